package neo4j

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/kg"
)

// statusCond is the relation status filter of a traversal: with statuses,
// only relations of those (bound as $statuses); without, every relation.
func statusCond(r string, statuses []kg.Status, params map[string]any) string {
	if len(statuses) == 0 {
		return "true"
	}
	ss := make([]string, len(statuses))
	for i, st := range statuses {
		ss[i] = string(st)
	}
	params["statuses"] = ss
	return r + ".status IN $statuses"
}

// traversalCond is statusCond and the relation date filter of a traversal:
// with a range, only relations dated within it; without one, every
// relation.
func traversalCond(r string, statuses []kg.Status, from, to string, params map[string]any) string {
	cond := statusCond(r, statuses, params)
	if from != "" {
		cond += " AND " + r + ".date <> '' AND " + r + ".date >= $from"
		params["from"] = from
	}
	if to != "" {
		cond += " AND " + r + ".date <> '' AND " + r + ".date <= $to"
		params["to"] = to
	}
	return cond
}

// Neighborhood returns the entities around id by breadth-first search,
// walked in Go over the summary graph (summaryNeighborhood) or, with a
// date range, asked as one statement (neighborhoodQuery); see kg.Store and
// the storetest package doc for the exact rules. Relations ending at an Article
// (a SAID without target) join nothing and are not followed.
func (s *Store) Neighborhood(ctx context.Context, id string, opt kg.NeighborhoodOptions) (kg.Graph, error) {
	if err := s.check("neighborhood"); err != nil {
		return kg.Graph{}, err
	}
	var g kg.Graph
	op := "neighborhood of " + id
	limit, fanOut, err := opt.Check()
	if err != nil {
		return g, fmt.Errorf("neo4j: %s: %w", op, err)
	}
	params := map[string]any{
		"id":      id,
		"limit":   int64(limit),
		"fanout":  int64(fanOut),
		"fanout1": int64(fanOut + 1),
	}
	cond := traversalCond("r", opt.Statuses, kg.FormatDate(opt.From), kg.FormatDate(opt.To), params)
	edges := allEdges
	switch {
	case opt.Aggregate && opt.CountsOnly:
		edges = countedEdges
	case opt.Aggregate:
		edges = foldedEdges
	}
	nodeProj := entityProj
	if opt.BriefNodes {
		nodeProj = briefEntityProj
	}
	types := typeAlternation(opt.Types)
	if opt.From.IsZero() && opt.To.IsZero() {
		// Without a date range the walk and the aggregated edges read
		// the summary graph; a range needs the statements' dates.
		// Its statements (about five for a hub at depth 2) run in one
		// read transaction, which costs less than as many auto-commit
		// ones.
		out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
			run := func(q string, params map[string]any) ([]*neo4j.Record, error) { return txQuery(ctx, tx, q, params) }
			return summaryNeighborhood(run, id, opt, limit, fanOut, types, cond, params, edges, nodeProj)
		})
		if err != nil {
			return g, s.fail(op, err)
		}
		return out.(kg.Graph), nil
	}
	recs, err := s.query(ctx, neighborhoodQuery(types, cond, opt.Depth, edges, nodeProj), params)
	if err != nil {
		return g, s.fail(op, err)
	}
	if len(recs) == 0 {
		return g, s.fail(op, fmt.Errorf("entity %q: %w", id, kg.ErrNotFound))
	}
	if g, err = graphOf(recs[0], edges); err != nil {
		return g, s.fail(op, err)
	}
	// The statements among the nodes came back: keep those of the groups
	// the walk followed.
	var p props
	keys := p.strList("fkeys", recs[0].Values[3])
	if p.err != nil {
		return g, s.fail(op, p.err)
	}
	onlyGroups(&g, keys)
	return g, nil
}

// summaryNeighborhood is Neighborhood without a date range, in one read
// transaction: the walk over the summary graph in Go (fanReader.walk),
// then one statement for the nodes, in the order taken, and the edges:
// the counted edges come from the fan keys the walk read; an aggregated
// edge is its group's EDGE and first statement; plain edges the
// statements among the nodes (cond, the traversal filter in params, and
// types) of the groups taken.
func summaryNeighborhood(run func(q string, params map[string]any) ([]*neo4j.Record, error), id string, opt kg.NeighborhoodOptions,
	limit, fanOut int, types, cond string, params map[string]any, edges edgeForm, nodeProj string) (kg.Graph, error) {
	var g kg.Graph
	fparams := map[string]any{}
	fr := &fanReader{run: run, q: fanQuery(summaryCond("e", opt.Types, opt.Statuses, fparams)), params: fparams}
	ids, taken, truncated, err := fr.walk(id, opt.Depth, limit, fanOut)
	if err != nil {
		return g, err
	}
	keys := make([]string, len(taken))
	for i, r := range taken {
		keys[i] = kg.EdgeKey(r.typ, r.status, r.lo, r.hi)
	}
	q := `UNWIND $ids AS id
MATCH (n:Entity {id: id})
WITH collect(n) AS nodes
`
	switch edges {
	case countedEdges:
		q += `RETURN [n IN nodes | n` + nodeProj + `] AS nodes, null AS edges`
	case foldedEdges:
		q += `CALL {
  UNWIND $keys AS k
  MATCH ()-[e:` + edgeType + ` {key: k}]->()
` + firstStatementCall() + `  WITH r, e ORDER BY e.first_ord
  RETURN collect({rel: ` + relProj("r") + `, n: e.n, first: e.first_date, last: e.last_date}) AS edges
}
RETURN [n IN nodes | n` + nodeProj + `] AS nodes, edges`
	default:
		q += statementsAmong(types, cond, allEdges) + `RETURN [n IN nodes | n` + nodeProj + `] AS nodes, edges`
	}
	np := map[string]any{"ids": ids, "keys": keys}
	for k, v := range params {
		np[k] = v
	}
	recs, err := run(q, np)
	if err != nil {
		return g, err
	}
	if len(recs) != 1 {
		return g, fmt.Errorf("record: neighborhood: %d rows", len(recs))
	}
	rec := recs[0]
	if edges == countedEdges {
		rec.Values = []any{rec.Values[0], truncated, nil}
		g, err = graphOf(rec, edges)
		if err == nil {
			countsFromFan(taken, &g)
		}
	} else {
		rec.Values = []any{rec.Values[0], truncated, rec.Values[1]}
		g, err = graphOf(rec, edges)
	}
	if err != nil {
		return g, err
	}
	if len(g.Nodes) == 0 || g.Nodes[0].ID != id {
		return g, fmt.Errorf("entity %q: %w", id, kg.ErrNotFound)
	}
	if edges == allEdges {
		onlyGroups(&g, keys)
	}
	if len(g.Nodes) != len(ids) {
		// An entity the walk reached was deleted before the nodes were
		// read (the transaction reads what is committed, statement by
		// statement): it is left out, with its edges.
		dropMissingEnds(&g)
	}
	return g, nil
}

// dropMissingEnds keeps the edges of g whose two ends are among its
// nodes, and their aggregates.
func dropMissingEnds(g *kg.Graph) {
	in := make(map[string]bool, len(g.Nodes))
	for _, n := range g.Nodes {
		in[n.ID] = true
	}
	out := g.Edges[:0]
	for _, r := range g.Edges {
		if in[r.Source] && in[r.Target] {
			out = append(out, r)
		} else if g.Aggregates != nil {
			delete(g.Aggregates, r.ID)
		}
	}
	g.Edges = out
}

// countsFromFan sets g's counted edges (kg.CountEdges) from the groups
// taken, in key order.
func countsFromFan(taken []fanRow, g *kg.Graph) {
	g.Edges = make([]kg.Relation, 0, len(taken))
	g.Aggregates = make(map[string]kg.EdgeAggregate, len(taken))
	for _, r := range taken {
		key := kg.EdgeKey(r.typ, r.status, r.lo, r.hi)
		g.Edges = append(g.Edges, kg.Relation{ID: key, Type: r.typ, Status: r.status, Source: r.lo, Target: r.hi})
		g.Aggregates[key] = kg.EdgeAggregate{Count: int(r.n)}
	}
	slices.SortFunc(g.Edges, func(a, b kg.Relation) int { return strings.Compare(a.ID, b.ID) })
}

// firstStatementCall is a subquery that finds r, the first statement of
// group e, by ID through its type's uniqueness constraint.
func firstStatementCall() string {
	var b strings.Builder
	b.WriteString(`  CALL {
    WITH e
`)
	for i, t := range kg.RelTypes {
		if i > 0 {
			b.WriteString("    UNION\n    WITH e\n")
		}
		b.WriteString(`    WITH e WHERE e.type = '` + string(t) + `'
    MATCH ()-[r:` + relType(t) + ` {id: e.first_id}]->()
    RETURN r
`)
	}
	b.WriteString("  }\n")
	return b.String()
}

// summaryCond is the filter of summary groups (EDGE e) matching a
// traversal's types and statuses, bound as $etypes and $estatuses.
func summaryCond(e string, types []kg.RelType, statuses []kg.Status, params map[string]any) string {
	cond := "true"
	if len(types) > 0 {
		ts := make([]string, len(types))
		for i, t := range types {
			ts[i] = string(t)
		}
		params["etypes"] = ts
		cond += " AND " + e + ".type IN $etypes"
	}
	if len(statuses) > 0 {
		ss := make([]string, len(statuses))
		for i, st := range statuses {
			ss[i] = string(st)
		}
		params["estatuses"] = ss
		cond += " AND " + e + ".status IN $estatuses"
	}
	return cond
}

// neighborhoodQuery is the walk of Neighborhood with a date range, as one
// statement: the summary graph counts every date, so the groups are folded
// from the statements in the range. The layers are spelled out, one block
// per depth (at most kg.MaxDepth), from a fixed text: only the closed
// relation-type alternation and the condition (bound parameters) vary.
// Each block reads, for every node of the frontier, its heaviest groups of
// statements, one more than the fan-out to tell whether it cut; merges
// them by weight, then the node's place in the frontier, then the node's
// own order; takes them in that order, each new end joining the next
// layer, and stops at the first group that would add a node beyond the
// limit, which ends the walk. The edges are then the eligible relations
// among the nodes (statementsAmong), of which the caller keeps those of
// the groups taken (fkeys). The nodes come back projected by nodeProj
// (entityProj, or briefEntityProj for kg.NeighborhoodOptions.BriefNodes).
func neighborhoodQuery(types, cond string, depth int, edges edgeForm, nodeProj string) string {
	var b strings.Builder
	b.WriteString(`MATCH (c:Entity {id: $id})
WITH [c] AS nodes, [c] AS layer, false AS cut, [] AS fkeys
`)
	top := `    MATCH (u)-[r:` + types + `]-(v:Entity)
    WHERE ` + cond + `
    WITH DISTINCT u, r, v
    WITH u, v, type(r) AS ty, r.status AS st, type(r) <> 'MET' AND startNode(r) <> u AS inward, count(r) AS n, max(r.date) AS last
    ORDER BY n DESC, last DESC, v.id, ty, st, inward
    LIMIT $fanout1
    WITH v, ty + ':' + st + ':' + CASE
      WHEN inward OR (ty = 'MET' AND v.id < u.id) THEN v.id + '->' + u.id
      ELSE u.id + '->' + v.id END AS k, n, last
`
	for range depth {
		// The layer's kept groups (i: the node's place in the layer, j:
		// the group's in the node's fan-out), merged by weight, then i,
		// then j; the new nodes in the order taken, and where the first
		// that finds no room was taken (ats[room]): the walk stops there.
		b.WriteString(`CALL {
  WITH layer
  UNWIND range(0, size(layer) - 1) AS i
  WITH i, layer[i] AS u
  CALL {
    WITH u
` + top + `    WITH collect({v: v, k: k, n: n, last: last}) AS cs
    RETURN cs[..$fanout] AS kept, size(cs) > $fanout AS over
  }
  RETURN reduce(a = [], x IN collect([j IN range(0, size(kept) - 1) | {c: kept[j], i: i, j: j}]) | a + x) AS cands,
    any(x IN collect(over) WHERE x) AS over
}
CALL {
  WITH cands
  UNWIND cands AS x
  WITH x ORDER BY x.c.n DESC, x.c.last DESC, x.i, x.j
  RETURN collect(x.c) AS taken
}
CALL {
  WITH taken, nodes
  UNWIND range(0, size(taken) - 1) AS at
  WITH taken[at].v AS v, at, nodes
  WHERE NOT v IN nodes
  WITH v, min(at) AS first
  ORDER BY first
  RETURN collect(v) AS news, collect(first) AS ats
}
WITH nodes, cut, over, fkeys, taken, news, ats, $limit - size(nodes) AS room
WITH cut OR over OR size(news) > room AS cut,
  nodes + news[..room] AS nodes,
  CASE WHEN size(news) > room THEN [] ELSE news END AS layer,
  CASE WHEN size(news) > room THEN taken[..ats[room]] ELSE taken END AS taken,
  fkeys
WITH cut, nodes, layer, fkeys + [x IN taken | x.k] AS fkeys
`)
	}
	// The statements among the nodes, of which the caller keeps the
	// followed groups' (fkeys).
	b.WriteString(statementsAmong(types, cond, edges))
	b.WriteString(`RETURN [n IN nodes | n` + nodeProj + `] AS nodes, cut, edges, fkeys`)
	return b.String()
}

// statementsAmong is a subquery giving edges, the eligible relations
// (types, cond) among nodes: every statement in relation order, folded
// per group (the first statement, count and dates), or counted per group
// as columns, as edges asks.
func statementsAmong(types, cond string, edges edgeForm) string {
	var b strings.Builder
	b.WriteString(`CALL {
  WITH nodes
  UNWIND nodes AS s
  MATCH (s)-[r:` + types + `]->(t:Entity)
  WHERE t IN nodes AND ` + cond + `
`)
	switch edges {
	case countedEdges:
		// Counted per pair of nodes first, so that no statement is read;
		// the meetings' directions are folded over the few pairs after.
		// Columns of scalars cost the driver far less than a map per edge.
		b.WriteString(`  WITH s, t, type(r) AS ty, r.status AS st, count(r) AS n
  WITH ty, st, CASE WHEN ty = 'MET' AND t.id < s.id THEN [t.id, s.id] ELSE [s.id, t.id] END AS k, n
  WITH ty, st, k, sum(n) AS n
  RETURN {types: collect(ty), statuses: collect(st), sources: collect(k[0]), targets: collect(k[1]), counts: collect(n)} AS edges
}
`)
	case foldedEdges:
		// A group's first relation in relation order is the one with the
		// least ord (ord is unique: it ends with the ID).
		b.WriteString(`  WITH r, type(r) AS ty, r.status AS st, CASE WHEN type(r) = 'MET' AND t.id < s.id THEN [t.id, s.id] ELSE [s.id, t.id] END AS k
  WITH ty, st, k, collect(r) AS rs, min(r.ord) AS o, count(r) AS n,
    min(CASE WHEN r.date <> '' THEN r.date END) AS first, max(CASE WHEN r.date <> '' THEN r.date END) AS last
  WITH [x IN rs WHERE x.ord = o][0] AS r, o, n, first, last
  ORDER BY o
  RETURN collect({rel: ` + relProj("r") + `, n: n, first: coalesce(first, ''), last: coalesce(last, '')}) AS edges
}
`)
	default:
		b.WriteString(`  WITH r ORDER BY r.ord
  RETURN collect({rel: ` + relProj("r") + `}) AS edges
}
`)
	}
	return b.String()
}

// edgeForm is how a neighborhood's edges come back: every statement,
// folded per group, or counted per group.
type edgeForm int

const (
	allEdges edgeForm = iota
	foldedEdges
	countedEdges
)

// graphOf reads the one row of neighborhoodQuery.
func graphOf(rec *neo4j.Record, edges edgeForm) (kg.Graph, error) {
	aggregate := edges != allEdges
	var g kg.Graph
	nodes, ok1 := rec.Values[0].([]any)
	cut, ok2 := rec.Values[1].(bool)
	if !ok1 || !ok2 {
		return g, fmt.Errorf("record: neighborhood columns %T, %T", rec.Values[0], rec.Values[1])
	}
	g.Truncated = cut
	g.Nodes = make([]kg.Entity, 0, len(nodes))
	for _, v := range nodes {
		e, err := entityOf(v)
		if err != nil {
			return g, err
		}
		g.Nodes = append(g.Nodes, e)
	}
	if rec.Values[2] == nil {
		return g, nil // edges made by the caller
	}
	if edges == countedEdges {
		err := countsOf(rec.Values[2], &g)
		return g, err
	}
	rows, ok := rec.Values[2].([]any)
	if !ok {
		return g, fmt.Errorf("record: neighborhood edges %T", rec.Values[2])
	}
	if aggregate {
		g.Aggregates = make(map[string]kg.EdgeAggregate, len(rows))
	}
	g.Edges = make([]kg.Relation, 0, len(rows))
	for _, v := range rows {
		m, ok := v.(map[string]any)
		if !ok {
			return g, fmt.Errorf("record: neighborhood edge %T", v)
		}
		r, err := relationOf(m["rel"])
		if err != nil {
			return g, err
		}
		g.Edges = append(g.Edges, r)
		if aggregate {
			a, err := aggregateOf([]any{m["n"], m["first"], m["last"]})
			if err != nil {
				return g, fmt.Errorf("relation %q: %w", r.ID, err)
			}
			g.Aggregates[r.ID] = a
		}
	}
	return g, nil
}

// countsOf reads the counted edges of neighborhoodQuery: five columns of
// the same length, the groups' types, statuses, sources, targets and
// counts.
func countsOf(v any, g *kg.Graph) error {
	var p props
	m, ok := v.(map[string]any)
	if !ok {
		return fmt.Errorf("record: neighborhood counts %T", v)
	}
	types := p.strList("types", m["types"])
	statuses := p.strList("statuses", m["statuses"])
	sources := p.strList("sources", m["sources"])
	targets := p.strList("targets", m["targets"])
	counts, ok := m["counts"].([]any)
	if p.err != nil || !ok || len(statuses) != len(types) || len(sources) != len(types) || len(targets) != len(types) || len(counts) != len(types) {
		return fmt.Errorf("record: neighborhood counts: %v (%d types, %d statuses, %d sources, %d targets, %d counts)",
			p.err, len(types), len(statuses), len(sources), len(targets), len(counts))
	}
	// Sorted by key through an index, so that whole relations are not
	// swapped around.
	keys := make([]string, len(types))
	order := make([]int, len(types))
	for i, t := range types {
		keys[i] = kg.EdgeKey(kg.RelType(t), kg.Status(statuses[i]), sources[i], targets[i])
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(keys[a], keys[b]) })
	g.Edges = make([]kg.Relation, 0, len(types))
	g.Aggregates = make(map[string]kg.EdgeAggregate, len(types))
	for _, i := range order {
		n, ok := counts[i].(int64)
		if !ok {
			return fmt.Errorf("record: neighborhood count %T", counts[i])
		}
		g.Edges = append(g.Edges, kg.Relation{ID: keys[i], Type: kg.RelType(types[i]), Status: kg.Status(statuses[i]), Source: sources[i], Target: targets[i]})
		g.Aggregates[keys[i]] = kg.EdgeAggregate{Count: int(n)}
	}
	return nil
}

// Paths returns the shortest paths between two entities; see kg.Store and
// the storetest package doc. allShortestPaths finds them over Entity nodes
// only (so a SAID ending at an Article is no bridge), undirected, at most
// MaxDepth hops; paths are told apart by their node sequences, listed in
// order of those, and each hop is shown by the first relation (in relation
// order) between its two nodes. The whole question is one statement
// (pathsQuery), ends and unknown ends included; only when parallel
// relations multiply the paths beyond pathCap does it take more
// (pathsFallback).
func (s *Store) Paths(ctx context.Context, from, to string, opt kg.PathOptions) ([]kg.Path, error) {
	if err := s.check("paths"); err != nil {
		return nil, err
	}
	op := "paths from " + from + " to " + to
	limit, err := opt.Check()
	if err != nil {
		return nil, fmt.Errorf("neo4j: %s: %w", op, err)
	}
	types := typeAlternation(opt.Types)
	filter := map[string]any{}
	cond := statusCond("r", opt.Statuses, filter)
	params := map[string]any{"from": from, "to": to, "cap": pathCap, "limit": int64(limit)}
	maps.Copy(params, filter)
	recs, err := s.query(ctx, pathsQuery(types, cond, opt.MaxDepth), params)
	if err != nil {
		return nil, s.fail(op, err)
	}
	if len(recs) != 1 {
		return nil, s.fail(op, fmt.Errorf("record: paths: %d rows", len(recs)))
	}
	rec := recs[0]
	for i, id := range []string{from, to} {
		if rec.Values[i] == nil {
			return nil, s.fail(op, fmt.Errorf("entity %q: %w", id, kg.ErrNotFound))
		}
	}
	if from == to {
		e, err := entityOf(rec.Values[0])
		if err != nil {
			return nil, s.fail(op, err)
		}
		return []kg.Path{{Nodes: []kg.Entity{e}}}, nil
	}
	rows, ok := rec.Values[2].(int64)
	if !ok {
		return nil, s.fail(op, fmt.Errorf("record: paths: row count %T", rec.Values[2]))
	}
	if rows < pathCap {
		paths, err := pathsOf(rec.Values[3], rec.Values[4])
		if err != nil {
			return nil, s.fail(op, err)
		}
		return paths, nil
	}
	paths, err := s.pathsFallback(ctx, types, cond, filter, from, to, opt.MaxDepth, limit)
	if err != nil {
		return nil, s.fail(op, err)
	}
	s.log.Info("neo4j paths: parallel relations exceeded the allShortestPaths cap; enumerated by layers",
		"from", from, "to", to, "cap", pathCap)
	return paths, nil
}

// pathsQuery is Paths as one statement. Both ends are optional matches, so
// that the one row tells a missing end (null) from no path. allShortestPaths
// yields one path per combination of parallel relations: the first $cap
// are taken (the row count tells Paths whether that cut), grouped into node
// sequences, ordered by their ID lists (Cypher orders strings by code
// point, lists element by element: kg.ShortestRoutes' order) and the first
// $limit kept. Each distinct hop is then shown by its first relation in
// relation order, looked up between its two bound nodes. from == to skips
// the search (allShortestPaths refuses equal ends). The hop bound cannot be
// a parameter; it is an int checked by kg.PathOptions.Check. cond filters
// each relation r (statusCond); a predicate on all of a path's relations
// is one the shortest-path search applies as it expands.
func pathsQuery(types, cond string, maxDepth int) string {
	return `OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL {
  WITH a, b
  WITH a, b WHERE a <> b
  MATCH p = allShortestPaths((a)-[:` + types + `*1..` + strconv.Itoa(maxDepth) + `]-(b))
  WHERE all(n IN nodes(p) WHERE n:Entity) AND all(r IN relationships(p) WHERE ` + cond + `)
  WITH p LIMIT $cap
  WITH nodes(p) AS ns, count(*) AS n
  WITH ns, n, [x IN ns | x.id] AS ids
  ORDER BY ids
  RETURN collect(ns)[..$limit] AS seqs, sum(n) AS rows
}
` + hopsCall(types, cond) + `
RETURN a` + entityProj + ` AS a, b` + entityProj + ` AS b, rows,
  [ns IN seqs | [n IN ns | n` + entityProj + `]] AS seqs, hops`
}

// hopsCall is the subquery that shows each distinct hop of seqs (lists of
// nodes) by its first relation in relation order: the least ord, ord being
// unique. cond filters the relation r as in pathsQuery.
func hopsCall(types, cond string) string {
	return `CALL {
  WITH seqs
  UNWIND seqs AS ns
  UNWIND range(1, size(ns) - 1) AS i
  WITH ns[i - 1] AS x, ns[i] AS y
  WITH DISTINCT CASE WHEN x.id < y.id THEN [x, y] ELSE [y, x] END AS pair
  WITH pair[0] AS u, pair[1] AS v
  CALL {
    WITH u, v
    MATCH (u)-[r:` + types + `]-(v)
    WHERE ` + cond + `
    RETURN r ORDER BY r.ord LIMIT 1
  }
  RETURN collect({u: u.id, v: v.id, rel: ` + relProj("r") + `}) AS hops
}`
}

// pathsOf assembles paths from node sequences (lists of projected
// entities) and hops (maps of u, v and a projected relation, u < v).
func pathsOf(seqsVal, hopsVal any) ([]kg.Path, error) {
	seqs, ok1 := seqsVal.([]any)
	hops, ok2 := hopsVal.([]any)
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("record: paths columns %T, %T", seqsVal, hopsVal)
	}
	edges := make(map[[2]string]kg.Relation, len(hops))
	for _, h := range hops {
		p, err := asProps(h)
		if err != nil {
			return nil, fmt.Errorf("hop: %w", err)
		}
		u, v := p.str("u"), p.str("v")
		if p.err != nil {
			return nil, fmt.Errorf("hop: %w", p.err)
		}
		r, err := relationOf(p.m["rel"])
		if err != nil {
			return nil, err
		}
		edges[[2]string{u, v}] = r
	}
	paths := make([]kg.Path, 0, len(seqs))
	for _, sv := range seqs {
		ns, ok := sv.([]any)
		if !ok {
			return nil, fmt.Errorf("record: path nodes %T", sv)
		}
		p := kg.Path{Nodes: make([]kg.Entity, 0, len(ns)), Edges: make([]kg.Relation, 0, max(len(ns)-1, 0))}
		for i, nv := range ns {
			e, err := entityOf(nv)
			if err != nil {
				return nil, err
			}
			p.Nodes = append(p.Nodes, e)
			if i == 0 {
				continue
			}
			u, v := p.Nodes[i-1].ID, e.ID
			r, ok := edges[[2]string{min(u, v), max(u, v)}]
			if !ok {
				return nil, fmt.Errorf("record: no relation for hop %q-%q", u, v)
			}
			p.Edges = append(p.Edges, r)
		}
		paths = append(paths, p)
	}
	return paths, nil
}

// pathsFallback answers Paths when allShortestPaths hit pathCap: the node
// sequences come from pathsBFS, then one statement fetches their nodes and
// hops (as pathsQuery does), all in one read transaction so that they see
// one snapshot. cond and its parameters (filter) are pathsQuery's.
func (s *Store) pathsFallback(ctx context.Context, types, cond string, filter map[string]any, from, to string, maxDepth, limit int) ([]kg.Path, error) {
	adjQ := `UNWIND $frontier AS id
MATCH (u:Entity {id: id})-[r:` + types + `]-(v:Entity)
WHERE u <> v AND ` + cond + `
RETURN DISTINCT u.id AS u, v.id AS v`
	// The nodes of each sequence, in order (collect keeps the order of
	// the unwound list).
	seqQ := `UNWIND $seqs AS ids
CALL {
  WITH ids
  UNWIND ids AS id
  MATCH (n:Entity {id: id})
  RETURN collect(n) AS ns
}
WITH collect(ns) AS seqs
` + hopsCall(types, cond) + `
RETURN [ns IN seqs | [n IN ns | n` + entityProj + `]] AS seqs, hops`
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		seqs, err := pathsBFS(ctx, tx, adjQ, filter, from, to, maxDepth, limit)
		if err != nil {
			return nil, err
		}
		if len(seqs) == 0 {
			return []kg.Path{}, nil
		}
		params := map[string]any{"seqs": seqs}
		maps.Copy(params, filter)
		recs, err := txQuery(ctx, tx, seqQ, params)
		if err != nil {
			return nil, err
		}
		if len(recs) != 1 {
			return nil, fmt.Errorf("record: paths: %d rows", len(recs))
		}
		return pathsOf(recs[0].Values[0], recs[0].Values[1])
	})
	if err != nil {
		return nil, err
	}
	return out.([]kg.Path), nil
}

// pathCap is how many paths (parallel relations counted apart) Paths takes
// from allShortestPaths before it enumerates node sequences itself. A
// variable so that a test can force the fallback.
var pathCap int64 = 10000

// pathsBFS finds the first limit shortest node sequences from from to to
// (in sequence order) by breadth-first search from both ends over distinct
// neighbours (kg.SearchBetween), one query per layer (adjQ), so parallel
// relations cost nothing. filter holds adjQ's other parameters.
func pathsBFS(ctx context.Context, tx neo4j.ManagedTransaction, adjQ string, filter map[string]any, from, to string, maxDepth, limit int) ([][]string, error) {
	routes, err := kg.SearchBetween(from, to, maxDepth, func(frontier []string) ([][2]string, error) {
		params := map[string]any{"frontier": frontier}
		maps.Copy(params, filter)
		recs, err := txQuery(ctx, tx, adjQ, params)
		if err != nil {
			return nil, err
		}
		pairs := make([][2]string, 0, len(recs))
		for _, rec := range recs {
			u, _ := rec.Values[0].(string)
			v, _ := rec.Values[1].(string)
			pairs = append(pairs, [2]string{u, v})
		}
		return pairs, nil
	})
	if err != nil {
		return nil, err
	}
	return routes.Sequences(to, limit), nil
}

// aggregateOf reads the count, first and last date columns of an
// aggregated neighborhood row.
func aggregateOf(vals []any) (kg.EdgeAggregate, error) {
	var a kg.EdgeAggregate
	n, ok := vals[0].(int64)
	first, ok1 := vals[1].(string)
	last, ok2 := vals[2].(string)
	if !ok || !ok1 || !ok2 {
		return a, fmt.Errorf("aggregate columns %T, %T, %T", vals[0], vals[1], vals[2])
	}
	a.Count = int(n)
	var err error
	if a.First, err = kg.ParseDate(first); err != nil {
		return a, err
	}
	a.Last, err = kg.ParseDate(last)
	return a, err
}
