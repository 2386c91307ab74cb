package sqlite

import (
	"container/heap"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/internal/order"
)

// traversal is the relation filter shared by Neighborhood and Paths: allowed
// types and statuses, a date range, and only relations with a target (a
// SAID without one joins nothing).
func traversal(types []kg.RelType, statuses []kg.Status, from, to string) (query, error) {
	q := query{from: "relations r"}
	q.and("r.target != ''")
	if len(types) > 0 {
		ts := make([]string, len(types))
		for i, t := range types {
			if !t.Valid() {
				return q, fmt.Errorf("relation type %q: %w", t, kg.ErrInvalid)
			}
			ts[i] = string(t)
		}
		q.and("r.type IN (SELECT value FROM json_each(?))", jsonStrings(ts))
	}
	if len(statuses) > 0 {
		ss := make([]string, len(statuses))
		for i, st := range statuses {
			if !st.Valid() {
				return q, fmt.Errorf("status %q: %w", st, kg.ErrInvalid)
			}
			ss[i] = string(st)
		}
		q.and("r.status IN (SELECT value FROM json_each(?))", jsonStrings(ss))
	}
	// The range on sort_date (the date, or order.Undated, which sorts
	// after every date), not date: the pair indexes hold sort_date, so a
	// ranged fan-out (foldedTopSQL) reads them without the table. The
	// unary + keeps the range from choosing the index (without statistics
	// the planner took relations_type's date range over an entity's
	// relations for a type filter), as the date did.
	if from != "" {
		q.and("+r.sort_date >= ? AND +r.sort_date < '"+order.Undated+"'", from)
	}
	if to != "" {
		q.and("+r.sort_date <= ?", to)
	}
	return q, nil
}

// summary is the filter of the summary graph (the edges table) matching
// traversal's filter without a date range: the groups of the allowed types
// and statuses. Groups hold only statements with a target.
func summary(types []kg.RelType, statuses []kg.Status) query {
	q := query{from: "edges g"}
	if len(types) > 0 {
		ts := make([]string, len(types))
		for i, t := range types {
			ts[i] = string(t)
		}
		q.and("g.type IN (SELECT value FROM json_each(?))", jsonStrings(ts))
	}
	if len(statuses) > 0 {
		ss := make([]string, len(statuses))
		for i, st := range statuses {
			ss[i] = string(st)
		}
		q.and("g.status IN (SELECT value FROM json_each(?))", jsonStrings(ss))
	}
	return q
}

// Neighborhood returns the entities around id; see kg.Store and the
// storetest package doc for the exact rules. Without a date range the walk
// and aggregated edges read only the summary graph (the edges table), so a
// hub costs its fan-out, not its statements; with a range the summary,
// which counts every date, cannot tell which statements fall inside, and
// the groups are folded from the statements instead (cost growing with
// the node's statements in the range). Plain (not aggregated) edges are
// statements and are always read as such.
func (s *Store) Neighborhood(ctx context.Context, id string, opt kg.NeighborhoodOptions) (kg.Graph, error) {
	var g kg.Graph
	op := "neighborhood of " + id
	if err := s.check(op); err != nil {
		return g, err
	}
	limit, fanOut, err := opt.Check()
	if err != nil {
		return g, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	base, err := traversal(opt.Types, opt.Statuses, kg.FormatDate(opt.From), kg.FormatDate(opt.To))
	if err != nil {
		return g, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	sum := summary(opt.Types, opt.Statuses)
	useSummary := opt.From.IsZero() && opt.To.IsZero()
	nodesQ := nodesSQL
	if opt.BriefNodes {
		nodesQ = briefNodesSQL
	}
	// The kept statements: the node read, and the fan-out from the
	// summary when the walk reads it.
	qs := []string{nodesQ}
	if useSummary {
		qs = append(qs, summaryTopSQL(sum))
	}
	kept, err := s.readStmts(ctx, qs...)
	if err != nil {
		return g, s.fail(op, err)
	}
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return g, s.fail(op, err)
	}
	defer tx.Rollback()
	// The first n groups after skip of each node of us, in fan-out order,
	// appended to the node's slice in out.
	var tops func(us []string, skip, n int, out [][]topRow) error
	if useSummary {
		st := tx.StmtContext(ctx, kept[1])
		// The summary reads are a few per layer and small (at most fanOut+1
		// index entries a node): they run without the request's
		// cancellation, which costs database/sql and the driver a
		// goroutine each per statement, and the walk checks ctx before
		// each instead.
		quiet := context.WithoutCancel(ctx)
		args := slices.Clip(sum.args)
		tops = func(us []string, skip, n int, out [][]topRow) error {
			if err := ctx.Err(); err != nil {
				return err
			}
			rows, err := st.QueryContext(quiet, append(args, n, skip, jsonStrings(us))...)
			if err != nil {
				return err
			}
			return scanEnds(rows, us, out)
		}
	} else {
		q, args := foldedTopSQL(base)
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			return g, s.fail(op, err)
		}
		defer st.Close()
		tops = func(us []string, skip, n int, out [][]topRow) error {
			for i, u := range us {
				rows, err := st.QueryContext(ctx, args(u, skip, n)...)
				if err != nil {
					return err
				}
				if out[i], err = scanTop(rows, out[i]); err != nil {
					return err
				}
			}
			return nil
		}
	}

	// The nodes are read once the walk has chosen them, in one statement
	// (readNodes); the centre too, so an unknown one (which has no
	// groups: the walk finds nothing) is found missing there.
	// Sized for a walk that reaches the limit (the common question is a
	// hub's), up to a bound so that a large limit costs what it finds.
	size := min(limit, 1000)
	ids := make([]string, 1, size)
	ids[0] = id
	// seen gives a node's place in ids; a group followed joins two of
	// them, so it is keyed by their places (a group is followed from
	// both its ends when both are expanded: it is kept once).
	seen := make(map[string]int32, size)
	seen[id] = 0
	type groupKey struct {
		lo, hi int32
		typ    kg.RelType
		status kg.Status
	}
	followed := make(map[groupKey]struct{}, 2*size)
	groups := make([]group, 0, 2*size) // first taken first
	nodes := 1                         // ids and the layer being found
	layer := []string{id}
walk:
	for depth := 1; depth <= opt.Depth && len(layer) > 0; depth++ {
		// The layer's fan-outs merged by weight, then the node's place in
		// the layer (fanOuts). Each node's are read a few at a time: the
		// walk stops at the node limit, having taken about the room left
		// in all, so most nodes give only their heaviest groups. The first
		// chunks are read in one statement, where a group more costs
		// little and a node read again past its chunk costs a statement:
		// the chunk is the room left per node and 8 more (from 2 to 8 a
		// hub's neighborhood read 5 to 10% less CPU in the store; 12 and
		// 16 no less than 8).
		chunk := fanOut + 1
		if useSummary {
			chunk = min(chunk, (limit-nodes)/len(layer)+8)
		}
		f := fanOuts{tops: tops, fanOut: fanOut}
		if err := f.start(layer, chunk); err != nil {
			return g, s.fail(op, err)
		}
		found := len(ids) // the next layer: ids from here
		for len(f.h) > 0 {
			row := f.h[0].head()
			if _, ok := seen[row.other]; !ok {
				if nodes == limit {
					g.Truncated = true
					break walk
				}
				seen[row.other] = int32(len(ids))
				ids = append(ids, row.other)
				nodes++
			}
			grp := row.group
			key := groupKey{seen[grp.lo], seen[grp.hi], grp.typ, grp.status}
			if _, ok := followed[key]; !ok {
				followed[key] = struct{}{}
				groups = append(groups, grp)
			}
			cut, err := f.advance()
			if err != nil {
				return g, s.fail(op, err)
			}
			g.Truncated = g.Truncated || cut
		}
		layer = ids[found:]
	}
	if g.Nodes, err = readNodes(ctx, tx.StmtContext(ctx, kept[0]), ids, opt.BriefNodes); err != nil {
		return g, s.fail(op, err)
	}
	if len(g.Nodes) == 0 || g.Nodes[0].ID != id {
		return g, fmt.Errorf("sqlite: %s: %w", op, kg.ErrNotFound)
	}
	// The edges are the groups taken (both their ends are nodes).
	// The kept groups by kg.EdgeKey, for the edges read from statements.
	keys := func() map[string]bool {
		keys := make(map[string]bool, len(groups))
		for _, grp := range groups {
			keys[kg.EdgeKey(grp.typ, grp.status, grp.lo, grp.hi)] = true
		}
		return keys
	}
	switch {
	case opt.Aggregate && opt.CountsOnly && useSummary:
		summaryCounts(groups, &g)
	case opt.Aggregate && useSummary:
		err = s.summaryEdges(ctx, tx, op, groups, &g)
	case opt.Aggregate:
		err = s.aggregateEdges(ctx, tx, op, among(base, g.NodeIDs()), &g)
		if err == nil {
			g.Edges = onlyGroups(g.Edges, keys())
			aggs := make(map[string]kg.EdgeAggregate, len(g.Edges))
			for _, r := range g.Edges {
				aggs[r.ID] = g.Aggregates[r.ID]
			}
			g.Aggregates = aggs
		}
		if err == nil && opt.CountsOnly {
			g.Edges, g.Aggregates = kg.CountEdges(g.Edges, g.Aggregates)
		}
	default:
		err = s.statementEdges(ctx, tx, op, among(base, g.NodeIDs()), &g)
		g.Edges = onlyGroups(g.Edges, keys())
	}
	return g, err
}

// readNodes reads the entities ids names (st: nodesSQL, or briefNodesSQL
// if brief), whole or (brief) as
// kg.BriefEntity, in the order of ids (the order the walk took them), in
// one statement. An ID that names no entity is left out.
func readNodes(ctx context.Context, st *sql.Stmt, ids []string, brief bool) ([]kg.Entity, error) {
	if brief {
		return readBriefNodes(ctx, st, ids)
	}
	rows, err := st.QueryContext(ctx, jsonStrings(ids))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	es := make([]kg.Entity, 0, len(ids))
	next, inOrder := 0, true // the ids read so far, whether in their order
	for rows.Next() {
		e, err := scanEntity(rows)
		if err != nil {
			return nil, err
		}
		for inOrder && next < len(ids) && ids[next] != e.ID {
			next++
		}
		inOrder = inOrder && next < len(ids)
		next++
		es = append(es, e)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	if !inOrder {
		// The plan did not keep the array's order (TestNodesPlan holds it
		// to that): sort.
		at := make(map[string]int, len(ids))
		for i, id := range ids {
			at[id] = i
		}
		slices.SortFunc(es, func(a, b kg.Entity) int { return at[a.ID] - at[b.ID] })
	}
	return es, nil
}

// readBriefNodes is readNodes of brief nodes: briefNodesSQL's one row,
// every node's fields folded into one text, each node put at its place
// in ids.
func readBriefNodes(ctx context.Context, st *sql.Stmt, ids []string) ([]kg.Entity, error) {
	var text sql.NullString
	if err := st.QueryRowContext(ctx, jsonStrings(ids)).Scan(&text); err != nil {
		return nil, err
	}
	found := make([]kg.Entity, len(ids))
	have := make([]bool, len(ids))
	for rest := text.String; rest != ""; {
		i, e, tail, err := parseBriefNode(rest, ids)
		if err != nil {
			return nil, err
		}
		if have[i] {
			return nil, fmt.Errorf("node %q read twice", e.ID)
		}
		found[i], have[i], rest = e, true, tail
	}
	es := found[:0] // in place: each kept node moves down, if at all
	for i := range found {
		if have[i] {
			es = append(es, found[i])
		}
	}
	return es, nil
}

// nodesSQL and briefNodesSQL are readNodes' statements: they take the
// IDs as a JSON array and, in its order, find each by the primary key.
// The brief one reads only kg.BriefEntity's fields, and answers one
// row: every node as "place mentions kind first_seen last_seen len name"
// (place the ID's in the array, len the name's length in bytes), one
// after the other, so that the driver's cost per row and per column is
// paid once (see summaryTopSQL).
const (
	nodesSQL      = `SELECT ` + entityCols + ` FROM json_each(?) j JOIN entities e ON e.id = j.value`
	briefNodesSQL = `SELECT group_concat(j.key || ' ' || e.mentions || ' ' || e.kind || ' ' || e.first_seen || ' ' || e.last_seen || ' ' || octet_length(e.name) || ' ' || e.name, '') FROM json_each(?) j JOIN entities e ON e.id = j.value`
)

// parseBriefNode reads the first node of a briefNodesSQL text, a
// kg.BriefEntity of ids, with its place in ids and the text after it.
func parseBriefNode(text string, ids []string) (int, kg.Entity, string, error) {
	var e kg.Entity
	var f [5]string // place mentions kind first_seen last_seen
	name, rest, ok := cutFolded(text, &f)
	i, err := strconv.Atoi(f[0])
	if err != nil || !ok || i < 0 || i >= len(ids) {
		return 0, e, "", fmt.Errorf("node row %q: malformed", text)
	}
	e.ID, e.Kind, e.Name = ids[i], kg.Kind(f[2]), name
	first, last := f[3], f[4]
	if e.Mentions, err = strconv.Atoi(f[1]); err != nil {
		return 0, e, "", fmt.Errorf("node row %q: malformed", text)
	}
	if e.FirstSeen, err = kg.ParseDate(first); err != nil {
		return 0, e, "", fmt.Errorf("entity %q: %w", e.ID, err)
	}
	if e.LastSeen, err = kg.ParseDate(last); err != nil {
		return 0, e, "", fmt.Errorf("entity %q: %w", e.ID, err)
	}
	return i, e, rest, nil
}

// cutFolded reads one record of a text that folds rows into one: len(f)
// fields each ended by a space, then the last field's length in bytes, a
// space and the field itself, which may hold spaces. It returns the last
// field and the text after the record.
func cutFolded(text string, f *[5]string) (last, rest string, ok bool) {
	rest = text
	for i := range f {
		if f[i], rest, ok = strings.Cut(rest, " "); !ok {
			return "", "", false
		}
	}
	size, rest, ok := strings.Cut(rest, " ")
	l, err := strconv.Atoi(size)
	if !ok || err != nil || l < 0 || l > len(rest) {
		return "", "", false
	}
	return rest[:l], rest[l:], true
}

// fanOutCursor is one node's fan-out as the walk takes it: the node's
// first groups in fan-out order, read so far.
type fanOutCursor struct {
	u    string
	node int      // the node's place in its layer
	rows []topRow // read so far, in fan-out order
	pos  int      // the next to take
	all  bool     // rows hold every group of u up to fanOut+1
}

func (c *fanOutCursor) head() topRow { return c.rows[c.pos] }

// fanOuts merges the fan-outs of a layer's nodes, as a heap on their next
// groups: the heaviest first (size, then latest date), then
// the node's place in the layer. The nodes' first groups are read as a
// chunk each, all in one statement, and the rest of a node's up to
// fanOut+1 (one more, to tell whether it cuts) only if the walk goes past
// them.
type fanOuts struct {
	tops   func(us []string, skip, n int, out [][]topRow) error
	fanOut int
	h      fanOutCursors
}

// fanOutCursors is the heap (container/heap) of a layer's cursors, the
// next group to take first.
type fanOutCursors []*fanOutCursor

func (h fanOutCursors) Len() int      { return len(h) }
func (h fanOutCursors) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *fanOutCursors) Push(x any)   { *h = append(*h, x.(*fanOutCursor)) }
func (h *fanOutCursors) Pop() any {
	old := *h
	c := old[len(old)-1]
	*h = old[:len(old)-1]
	return c
}

// Less is the merged order of two nodes' next groups.
func (h fanOutCursors) Less(i, j int) bool {
	a, b := h[i], h[j]
	x, y := a.head(), b.head()
	if x.n != y.n {
		return x.n > y.n
	}
	if x.lastDate != y.lastDate {
		return x.lastDate > y.lastDate
	}
	return a.node < b.node
}

// start reads the first n groups of each node of layer and puts the nodes
// that have any in the heap.
func (f *fanOuts) start(layer []string, n int) error {
	// One array for the chunks of all (a node taken past its chunk moves
	// to one of its own, advance) when they are small, as the summary's
	// are (about the room left in all); otherwise each grows as it is
	// read.
	chunks := make([][]topRow, len(layer))
	if len(layer)*n <= 4096 {
		rows := make([]topRow, len(layer)*n)
		for i := range chunks {
			chunks[i] = rows[i*n : i*n : (i+1)*n]
		}
	}
	if err := f.tops(layer, 0, n, chunks); err != nil {
		return err
	}
	cs := make([]fanOutCursor, len(layer))
	f.h = make(fanOutCursors, 0, len(layer))
	for i, rows := range chunks {
		c := &cs[i]
		*c = fanOutCursor{u: layer[i], node: i, rows: rows, all: len(rows) < n || n > f.fanOut}
		if len(rows) > 0 {
			f.h = append(f.h, c)
		}
	}
	heap.Init(&f.h)
	return nil
}

// pastChunk is how many nodes, at most, one statement reads past their
// first chunk: the node the walk has come to the end of, and those of the
// layer most likely to come next. At 100,000 articles a hub's neighbours
// are so linked that the walk goes past the first chunk of about 27 of
// them (at most 50); read one by one, those statements were a third of
// the store's time. By eights (about 4 statements) a hub neighborhood
// cost 8% less store CPU there (4 to 15% from run to run) and no more at
// 4,000 articles, where about 10 are read past their chunk and a read for
// a node the walk then does not reach is wasted (reading every such node
// at the first, 20% more there).
var pastChunk = 8 // a variable so that a test can compare other sizes

// advance moves past the head's group. It reports whether the head's node
// has now given its fan-out and has more groups (the walk cuts there).
func (f *fanOuts) advance() (cut bool, err error) {
	c := f.h[0]
	c.pos++
	if c.pos == len(c.rows) && !c.all {
		if err := f.readRest(c); err != nil {
			return false, err
		}
	}
	if c.pos >= f.fanOut || c.pos == len(c.rows) {
		cut = c.pos == f.fanOut && len(c.rows) > f.fanOut
		heap.Pop(&f.h)
	} else {
		heap.Fix(&f.h, 0)
	}
	return cut, nil
}

// readRest reads the rest up to fanOut+1 of c's groups, the walk having
// taken its first chunk (a node the walk goes past its first chunk of is
// most often one it takes whole), and in the same statement those of up
// to pastChunk-1 other nodes of the layer still at their first chunk:
// the ones whose chunk ends heaviest, which the walk, going down by
// weight, comes to the end of next. Every node still at its first chunk
// holds exactly the chunk (start), so one skip serves them all. Reading
// a node's groups early changes nothing the walk takes, only when they
// are read.
func (f *fanOuts) readRest(c *fanOutCursor) error {
	batch := make([]*fanOutCursor, 0, len(f.h))
	batch = append(batch, c)
	for _, o := range f.h {
		if o != c && !o.all {
			batch = append(batch, o)
		}
	}
	if len(batch) > pastChunk {
		slices.SortFunc(batch[1:], func(a, b *fanOutCursor) int {
			x, y := a.rows[len(a.rows)-1], b.rows[len(b.rows)-1]
			if x.n != y.n {
				return y.n - x.n
			}
			if c := strings.Compare(y.lastDate, x.lastDate); c != 0 {
				return c
			}
			return a.node - b.node
		})
		batch = batch[:pastChunk]
	}
	skip := len(c.rows)
	n := f.fanOut + 1 - skip
	us := make([]string, len(batch))
	out := make([][]topRow, len(batch))
	for i, b := range batch {
		us[i] = b.u
		out[i] = slices.Grow(b.rows, n)
	}
	if err := f.tops(us, skip, n, out); err != nil {
		return err
	}
	for i, b := range batch {
		// Read up to fanOut+1: all there is to take, and whether it cuts.
		b.rows, b.all = out[i], true
	}
	return nil
}

// onlyGroups keeps the relations of the groups keyed in keys (kg.EdgeKey),
// in their order.
func onlyGroups(rels []kg.Relation, keys map[string]bool) []kg.Relation {
	out := rels[:0]
	for _, r := range rels {
		if keys[kg.EdgeKey(r.Type, r.Status, r.Source, r.Target)] {
			out = append(out, r)
		}
	}
	return out
}

// statementEdges fills g.Edges with every relation q selects, in relation
// order.
func (s *Store) statementEdges(ctx context.Context, tx *sql.Tx, op string, q query, g *kg.Graph) error {
	rows, err := tx.QueryContext(ctx, q.sql(relationCols)+relationKeyset.orderBy(false), q.args...)
	if err != nil {
		return s.fail(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanRelation(rows)
		if err != nil {
			return s.fail(op, err)
		}
		g.Edges = append(g.Edges, r)
	}
	if err := rows.Err(); err != nil {
		return s.fail(op, err)
	}
	return nil
}

// topOrder is the fan-out order of a node's groups (kg.NeighborhoodOptions):
// size descending, latest date descending with undated groups last (”
// is the least date), then the other end, type and status, and of u->v
// and v->u alike in all of those, the one with u as its lo end (side)
// first, as summaryTopSQL reads them.
const topOrder = " ORDER BY n DESC, last DESC, other, t, st, side DESC"

// topRow is one group of a node's fan-out, with the node's other end.
type topRow struct {
	other string
	group
}

// scanTop reads foldedTopSQL's rows onto out.
func scanTop(rows *sql.Rows, out []topRow) ([]topRow, error) {
	defer rows.Close()
	for rows.Next() {
		var r topRow
		if err := rows.Scan(&r.other, &r.typ, &r.status, &r.lo, &r.hi, &r.n, &r.lastDate); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// summaryTopSQL is the fan-out of several nodes read from the summary
// graph: each node's groups in fan-out order from edge_ends (migration
// 0012), which holds each group once per end keyed in that order, so that
// a hub costs one seek and n index entries however many statements it
// has. After sum's arguments it takes (n, skip, the nodes as a JSON
// array) and answers one row per node, (place in the array, its groups):
// the groups of a node folded into one text (endsCols, one after the
// other), so that the driver's cost per row and per column (two calls
// into SQLite per column of each, and a Go string per text) is paid once
// a node, and the nodes of a layer cost one statement. Each group's part
// of the text is stored with its row (migration 0013), not made at the
// read. The LIMIT and OFFSET are "? + 0", not "?": SQLite marks a
// statement whose plan may use a bare parameter's value in LIMIT or
// OFFSET as expired when that parameter is bound again, and so parsed
// and planned the statement anew on most executions (about 5% of a hub
// neighborhood's CPU).
func summaryTopSQL(sum query) string {
	ends := sum
	ends.from = "edge_ends g"
	ends = ends.with("g.node = j.value")
	return "SELECT j.key, coalesce((SELECT group_concat(x, '') FROM (" + ends.sql(endsCols+" AS x") +
		" ORDER BY g.n DESC, g.last_date DESC, g.other, g.type, g.status, g.side DESC LIMIT ? + 0 OFFSET ? + 0)), '') FROM json_each(?) j"
}

// endsCols is a fan-out row as one text: "n side type status last_date
// len other", len the other end's length in bytes. The type and status
// are names, the date is empty or kg.DateLayout; the other end is any
// text (an ID may hold spaces), cut by its length. edge_ends.txt holds
// it, made by the triggers that write the row (migration 0013): making
// it from the columns at every read cost SQLite about 0.37 µs a row, a
// fifth of the store's CPU for a hub's neighborhood at 100,000 articles.
const endsCols = `g.txt`

// scanEnds reads summaryTopSQL's rows for us, each node's groups
// appended to its slice in out.
func scanEnds(rows *sql.Rows, us []string, out [][]topRow) error {
	defer rows.Close()
	for rows.Next() {
		var i int
		var text string
		if err := rows.Scan(&i, &text); err != nil {
			return err
		}
		if i < 0 || i >= len(us) {
			return fmt.Errorf("fan-out of node %d of %d: malformed", i, len(us))
		}
		from := len(out[i])
		rs, err := parseEnds(text, us[i], out[i])
		if err != nil {
			return err
		}
		if !slices.IsSortedFunc(rs[from:], compareTop) {
			// group_concat took the groups out of the subquery's order
			// (TestSummaryTopOrder holds it to that order): sort.
			slices.SortFunc(rs[from:], compareTop)
		}
		out[i] = rs
	}
	return rows.Err()
}

// parseEnds reads the endsCols rows of u folded in text onto out.
func parseEnds(text, u string, out []topRow) ([]topRow, error) {
	for rest := text; rest != ""; {
		var r topRow
		var f [5]string // n side type status last_date
		other, tail, ok := cutFolded(rest, &f)
		var err error
		r.n, err = strconv.Atoi(f[0])
		side := f[1]
		if err != nil || !ok || (side != "0" && side != "1") {
			return nil, fmt.Errorf("fan-out of %q: malformed at %q", u, rest)
		}
		r.other, rest = other, tail
		r.typ, r.status, r.lastDate = kg.RelType(f[2]), kg.Status(f[3]), f[4]
		r.lo, r.hi = u, r.other
		if side == "0" {
			r.lo, r.hi = r.other, u
		}
		out = append(out, r)
	}
	return out, nil
}

// compareTop is the fan-out order of one node's groups (topOrder).
func compareTop(a, b topRow) int {
	if a.n != b.n {
		return b.n - a.n
	}
	if c := strings.Compare(b.lastDate, a.lastDate); c != 0 {
		return c
	}
	if c := strings.Compare(a.other, b.other); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.typ), string(b.typ)); c != 0 {
		return c
	}
	if c := strings.Compare(string(a.status), string(b.status)); c != 0 {
		return c
	}
	// The side: u as the lo end first.
	as, bs := a.lo != a.other || a.lo == a.hi, b.lo != b.other || b.lo == b.hi
	switch {
	case as == bs:
		return 0
	case as:
		return -1
	}
	return 1
}

// foldedTopSQL is summaryTopSQL's answer computed from the statements
// that base selects (a date range the summary cannot apply): u's
// relations folded into groups as the summary holds them, then ordered and
// cut the same way. It reads every statement of u in the range, from the
// pair indexes (relations_source_pair, relations_target_pair) alone.
func foldedTopSQL(base query) (string, func(u string, offset, n int) []any) {
	const lo = "CASE WHEN r.type = 'MET' AND r.target < r.source THEN r.target ELSE r.source END"
	const hi = "CASE WHEN r.type = 'MET' AND r.target < r.source THEN r.source ELSE r.target END"
	const d = "CASE r.sort_date WHEN '" + order.Undated + "' THEN '' ELSE r.sort_date END" // r.date, from the pair indexes
	const cols = lo + " AS lo, " + hi + " AS hi, r.type AS t, r.status AS st, " + d + " AS d"
	out := base.with("r.source = ?")
	in := base.with("r.target = ? AND r.source != ?")
	q := "SELECT other, t, st, lo, hi, n, last FROM (SELECT CASE WHEN lo = ? THEN hi ELSE lo END AS other, lo = ? AS side, lo, hi, count(*) AS n, max(d) AS last, t, st FROM (" +
		out.sql(cols) + " UNION ALL " + in.sql(cols) + ") GROUP BY lo, hi, t, st)" + topOrder + " LIMIT ? OFFSET ?"
	return q, func(u string, offset, n int) []any {
		args := []any{u, u}
		args = append(args, base.args...)
		args = append(args, u)
		args = append(args, base.args...)
		return append(args, u, u, n, offset)
	}
}

// group is one row of the summary graph.
type group struct {
	typ      kg.RelType
	status   kg.Status
	lo, hi   string
	n        int
	lastDate string
}

// summaryEdges fills g.Edges and g.Aggregates from summary groups, each
// as its first statement (the only statement read), in relation order.
func (s *Store) summaryEdges(ctx context.Context, tx *sql.Tx, op string, groups []group, g *kg.Graph) error {
	keys := make([][4]string, len(groups))
	for i, grp := range groups {
		keys[i] = [4]string{grp.lo, grp.hi, string(grp.typ), string(grp.status)}
	}
	set, err := json.Marshal(keys)
	if err != nil {
		return s.fail(op, err)
	}
	rows, err := tx.QueryContext(ctx, "SELECT "+relationCols+", g.n, g.first_date, g.last_date FROM json_each(?) j "+
		"JOIN edges g ON g.lo = j.value ->> 0 AND g.hi = j.value ->> 1 AND g.type = j.value ->> 2 AND g.status = j.value ->> 3 "+
		"JOIN relations r ON r.id = substr(g.first_key, instr(g.first_key, '|') + 1)"+relationKeyset.orderBy(false), string(set))
	if err != nil {
		return s.fail(op, err)
	}
	defer rows.Close()
	g.Edges = make([]kg.Relation, 0, len(groups))
	g.Aggregates = make(map[string]kg.EdgeAggregate, len(groups))
	if err := scanAggregated(rows, g); err != nil {
		return s.fail(op, err)
	}
	if len(g.Edges) != len(groups) {
		return s.fail(op, fmt.Errorf("summary: %d groups read back as %d edges", len(groups), len(g.Edges)))
	}
	return nil
}

// summaryCounts fills g.Edges and g.Aggregates as kg.CountEdges would,
// from summary groups alone: no statement is read.
func summaryCounts(groups []group, g *kg.Graph) {
	type keyed struct {
		id  string
		grp *group
	}
	// The IDs (kg.EdgeKey's) are cut from one string: a hub's
	// neighborhood takes about 1,000 groups at 100,000 articles, and a
	// string each was a thousand allocations a call.
	size := 0
	for i := range groups {
		grp := &groups[i]
		size += len(grp.typ) + len(grp.status) + len(grp.lo) + len(grp.hi) + len("::->")
	}
	var b strings.Builder
	b.Grow(size)
	ends := make([]int, len(groups))
	for i := range groups {
		grp := &groups[i]
		src, dst := kg.EdgeEnds(grp.typ, grp.lo, grp.hi)
		b.WriteString(string(grp.typ))
		b.WriteByte(':')
		b.WriteString(string(grp.status))
		b.WriteByte(':')
		b.WriteString(src)
		b.WriteString("->")
		b.WriteString(dst)
		ends[i] = b.Len()
	}
	ids := b.String()
	ks := make([]keyed, len(groups))
	from := 0
	for i := range groups {
		ks[i] = keyed{ids[from:ends[i]], &groups[i]}
		from = ends[i]
	}
	// Sorted before they become relations: a relation is large to move.
	slices.SortFunc(ks, func(a, b keyed) int { return strings.Compare(a.id, b.id) })
	g.Edges = make([]kg.Relation, len(ks))
	g.Aggregates = make(map[string]kg.EdgeAggregate, len(ks))
	for i, k := range ks {
		g.Edges[i] = kg.Relation{ID: k.id, Type: k.grp.typ, Status: k.grp.status, Source: k.grp.lo, Target: k.grp.hi}
		g.Aggregates[k.id] = kg.EdgeAggregate{Count: k.grp.n}
	}
}

// Paths returns the shortest paths between two entities; see kg.Store and
// the storetest package doc.
func (s *Store) Paths(ctx context.Context, from, to string, opt kg.PathOptions) ([]kg.Path, error) {
	op := "paths from " + from + " to " + to
	if err := s.check(op); err != nil {
		return nil, err
	}
	limit, err := opt.Check()
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	base, err := traversal(opt.Types, opt.Statuses, "", "")
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, s.fail(op, err)
	}
	defer tx.Rollback()
	ends, err := s.entitiesByID(ctx, tx, []string{from, to})
	if err != nil {
		return nil, err
	}
	byID := make(map[string]kg.Entity)
	for _, e := range ends {
		byID[e.ID] = e
	}
	for _, id := range []string{from, to} {
		if _, ok := byID[id]; !ok {
			return nil, fmt.Errorf("sqlite: %s: entity %q: %w", op, id, kg.ErrNotFound)
		}
	}
	if from == to {
		return []kg.Path{{Nodes: []kg.Entity{byID[from]}}}, nil
	}

	// Breadth-first from both ends (kg.SearchBetween), a frontier at a
	// time: its distinct neighbours in either direction, read from the
	// pair indexes (relations_source_pair, relations_target_pair) without
	// touching the table, parallel statements counted once.
	nbQ, nbArgs := neighboursSQL(base)
	nst, err := tx.PrepareContext(ctx, nbQ)
	if err != nil {
		return nil, s.fail(op, err)
	}
	defer nst.Close()
	routes, err := kg.SearchBetween(from, to, opt.MaxDepth, func(frontier []string) ([][2]string, error) {
		rows, err := nst.QueryContext(ctx, nbArgs(frontier)...)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		var pairs [][2]string
		for rows.Next() {
			var p [2]string
			if err := rows.Scan(&p[0], &p[1]); err != nil {
				return nil, err
			}
			pairs = append(pairs, p)
		}
		return pairs, rows.Err()
	})
	if err != nil {
		return nil, s.fail(op, err)
	}
	seqs := routes.Sequences(to, limit)
	if seqs == nil {
		return []kg.Path{}, nil
	}

	var need []string
	for _, seq := range seqs {
		need = append(need, seq...)
	}
	nodes, err := s.entitiesByID(ctx, tx, need)
	if err != nil {
		return nil, err
	}
	for _, e := range nodes {
		byID[e.ID] = e
	}
	firstQ, firstArgs := firstJoinSQL(base)
	st, err := tx.PrepareContext(ctx, firstQ)
	if err != nil {
		return nil, s.fail(op, err)
	}
	defer st.Close()
	edges := make(map[[2]string]kg.Relation)
	out := make([]kg.Path, 0, len(seqs))
	for _, seq := range seqs {
		var p kg.Path
		for i, id := range seq {
			p.Nodes = append(p.Nodes, byID[id])
			if i == 0 {
				continue
			}
			key := [2]string{min(seq[i-1], id), max(seq[i-1], id)}
			r, ok := edges[key]
			if !ok {
				r, err = scanRelation(st.QueryRowContext(ctx, firstArgs(key[0], key[1])...))
				if err != nil {
					return nil, s.fail(op, err)
				}
				edges[key] = r
			}
			p.Edges = append(p.Edges, r)
		}
		out = append(out, p)
	}
	return out, nil
}

// neighboursSQL is the expansion of a Paths frontier: the distinct
// (frontier node, neighbour) pairs in either direction, read from the pair
// indexes (relations_source_pair, relations_target_pair) without touching
// the table, parallel statements counted once.
func neighboursSQL(base query) (string, func(frontier []string) []any) {
	out := base.with("r.source IN (SELECT value FROM json_each(?))")
	in := base.with("r.target IN (SELECT value FROM json_each(?))")
	q := out.sql("r.source, r.target") + " UNION " + in.sql("r.target, r.source")
	return q, func(frontier []string) []any {
		set := jsonStrings(frontier)
		args := append(slices.Clone(base.args), set)
		args = append(args, base.args...)
		return append(args, set)
	}
}

// firstJoinSQL is the first relation (relation order) joining a pair in
// either direction: the first of each direction, read in relation order
// from the pair indexes, then the earlier of the two, so the parallel
// statements between hubs are never sorted.
func firstJoinSQL(base query) (string, func(a, b string) []any) {
	const first = " ORDER BY r.sort_date, r.id LIMIT 1"
	const keyCols = "r.sort_date AS k, r.id AS i"
	pair := base.with("r.source = ? AND r.target = ?")
	q := "SELECT " + relationCols + " FROM relations r WHERE r.id = (SELECT i FROM (SELECT * FROM (" +
		pair.sql(keyCols) + first + ") UNION ALL SELECT * FROM (" + pair.sql(keyCols) + first + ")) ORDER BY k, i LIMIT 1)"
	return q, func(a, b string) []any {
		args := append(slices.Clone(base.args), a, b)
		args = append(args, base.args...)
		return append(args, b, a)
	}
}

// among narrows a traversal filter to the relations joining two of ids.
func among(base query, ids []string) query {
	set := jsonStrings(ids)
	return base.with("r.source IN (SELECT value FROM json_each(?)) AND r.target IN (SELECT value FROM json_each(?))", set, set)
}

// aggregateSQL folds the relations q selects into one row per group (type,
// status and endpoints, a MET's endpoints taken in either order): the group's
// first relation in the contract's order, the group's size and its
// earliest and latest dates. The grouping reads only columns of the pair
// indexes (the date is sort_date unless undated); the first relation is
// the least sort_date|id key, and only it is read from the table.
func aggregateSQL(q query) string {
	const lo = "CASE WHEN r.type = 'MET' AND r.target < r.source THEN r.target ELSE r.source END"
	const hi = "CASE WHEN r.type = 'MET' AND r.target < r.source THEN r.source ELSE r.target END"
	const date = "NULLIF(r.sort_date, '" + order.Undated + "')"
	groups := q.sql("count(*) AS n, coalesce(min("+date+"), '') AS first, coalesce(max("+date+"), '') AS last, min(r.sort_date || '|' || r.id) AS k") +
		" GROUP BY r.type, r.status, " + lo + ", " + hi
	return "SELECT " + relationCols + ", g.n, g.first, g.last FROM (" + groups + ") g\n" +
		"JOIN relations r ON r.id = substr(g.k, instr(g.k, '|') + 1)" + relationKeyset.orderBy(false)
}

// aggregateEdges fills g.Edges and g.Aggregates with the folded relations
// among g's nodes (kg.NeighborhoodOptions.Aggregate).
func (s *Store) aggregateEdges(ctx context.Context, tx *sql.Tx, op string, q query, g *kg.Graph) error {
	rows, err := tx.QueryContext(ctx, aggregateSQL(q), q.args...)
	if err != nil {
		return s.fail(op, err)
	}
	defer rows.Close()
	g.Aggregates = map[string]kg.EdgeAggregate{}
	if err := scanAggregated(rows, g); err != nil {
		return s.fail(op, err)
	}
	return nil
}

// multiScanner hands a row's leading columns to a row scanner and the
// trailing ones to extra.
type multiScanner struct {
	rows  *sql.Rows
	extra []any
}

func (m multiScanner) Scan(dest ...any) error {
	return m.rows.Scan(append(dest[:len(dest):len(dest)], m.extra...)...)
}

// scanAggregated appends the rows of an aggregated edge query (a relation,
// then its group's count and first and last dates) to g's edges and
// aggregates.
func scanAggregated(rows *sql.Rows, g *kg.Graph) error {
	for rows.Next() {
		var n int
		var first, last string
		r, err := scanRelation(multiScanner{rows, []any{&n, &first, &last}})
		if err != nil {
			return err
		}
		a := kg.EdgeAggregate{Count: n}
		if a.First, err = kg.ParseDate(first); err != nil {
			return err
		}
		if a.Last, err = kg.ParseDate(last); err != nil {
			return err
		}
		g.Edges = append(g.Edges, r)
		g.Aggregates[r.ID] = a
	}
	return rows.Err()
}
