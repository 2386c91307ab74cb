package neo4j

import (
	"context"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/kg"
)

// The summary graph: one EDGE relationship per group of parallel
// statements (kg.FoldEdges: type, status and endpoints, a MET's in ID
// order), from the group's lo end to its hi end, holding the group's size
// (n), its earliest and latest dates (empty when none is dated), the order
// keys (r.ord) and IDs of its first and last statement in relation order
// (the first stands for the group in an aggregated neighborhood, the last
// is its latest evidence), its kg.EdgeKey (key, unique) and its weight w
// (see weight). fan_lo and fan_hi (fanCypher) are the group's place in
// its lo and its hi end's fan-out: indexed, they list an entity's groups
// in fan-out order from either end, which is Neighborhood's fan-out, and
// carry all the walk needs of a group. Upsert adds each batch's statements to their
// groups and DeleteArticle takes them out, so the summary is never counted
// again; SAIDs without target are in no group.
const edgeType = "EDGE"

// weightCypher is the fan-out order of group e as one string, ascending
// for heaviest first: the statement count descending (ten digits,
// inverted), then the latest date descending with undated last (the
// digits inverted as ordNewest does, "~" when undated).
func weightCypher(e string) string {
	return `right('0000000000' + toString(9999999999 - ` + e + `.n), 10) + CASE ` + e + `.last_date WHEN '' THEN '` + "~" + `' ELSE ` +
		`reduce(s = '', c IN split(` + e + `.last_date, '') | s + CASE WHEN c >= '0' AND c <= '9' THEN toString(9 - toInteger(c)) ELSE c END) END`
}

// fanCypher sets group e's fan keys, given its ends' IDs: each end's ID,
// then, each after a NUL, the weight w, the other end's ID, the type, the
// status and the side ("0" as lo, "1" as hi), so that one end's keys sort
// in fan-out order (kg.NeighborhoodOptions: heaviest first, then the other
// end, type and status, u->v before v->u) and the two ends' keys of one
// node merge by plain string order. A group of a node with itself has no
// hi key: it is in the node's fan-out once. fanOf reads a key back.
func fanCypher(e, lo, hi string) string {
	rest := func(other, side string) string {
		return ` + '\u0000' + ` + e + `.w + '\u0000' + ` + other + ` + '\u0000' + ` + e + `.type + '\u0000' + ` + e + `.status + '\u0000` + side + `'`
	}
	return `SET ` + e + `.fan_lo = ` + lo + rest(hi, "0") + `,
  ` + e + `.fan_hi = CASE WHEN ` + lo + ` <> ` + hi + ` THEN ` + hi + rest(lo, "1") + ` END`
}

// groupDelta is what a set of statements adds to (or takes from) one
// group.
type groupDelta struct {
	key, typ, status, lo, hi string
	n                        int64
	firstDate, lastDate      string
	firstOrd, lastOrd        string
	ords, dates              []string // every statement's, for a delete
}

func (d *groupDelta) add(r *kg.Relation) {
	date := kg.FormatDate(r.Date)
	ord := ordOldest(date, r.ID)
	if d.n == 0 || ord < d.firstOrd {
		d.firstOrd = ord
	}
	if d.n == 0 || ord > d.lastOrd {
		d.lastOrd = ord
	}
	if date != "" && (d.firstDate == "" || date < d.firstDate) {
		d.firstDate = date
	}
	if date > d.lastDate {
		d.lastDate = date
	}
	d.n++
	d.ords = append(d.ords, ord)
	if date != "" {
		d.dates = append(d.dates, date)
	}
}

// groupDeltas folds statements with a target into their groups, in key
// order (so that concurrent writers lock groups in one order).
func groupDeltas(rels []*kg.Relation) []*groupDelta {
	byKey := map[string]*groupDelta{}
	for _, r := range rels {
		if r.Target == "" {
			continue
		}
		lo, hi := kg.EdgeEnds(r.Type, r.Source, r.Target)
		key := kg.EdgeKey(r.Type, r.Status, lo, hi)
		d := byKey[key]
		if d == nil {
			d = &groupDelta{key: key, typ: string(r.Type), status: string(r.Status), lo: lo, hi: hi}
			byKey[key] = d
		}
		d.add(r)
	}
	out := make([]*groupDelta, 0, len(byKey))
	for _, d := range byKey {
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].key < out[j].key })
	return out
}

// idOfOrdCypher is idOfOrd in Cypher: the ID follows a ten-character date
// or the one-character undated key, and a "\x00".
func idOfOrdCypher(ord string) string {
	return "CASE WHEN " + ord + " STARTS WITH '~' THEN substring(" + ord + ", 2) ELSE substring(" + ord + ", 11) END"
}

// idOfOrd is the relation ID of an order key (ordOldest).
func idOfOrd(ord string) string {
	_, id, _ := strings.Cut(ord, "\x00")
	return id
}

// addSummary adds groups of new statements to the summary graph.
func addSummary(ctx context.Context, tx neo4j.ManagedTransaction, ds []*groupDelta) error {
	if len(ds) == 0 {
		return nil
	}
	rows := make([]map[string]any, len(ds))
	for i, d := range ds {
		rows[i] = map[string]any{"key": d.key, "type": d.typ, "status": d.status, "lo": d.lo, "hi": d.hi, "n": d.n,
			"first_date": d.firstDate, "last_date": d.lastDate, "first_ord": d.firstOrd, "last_ord": d.lastOrd,
			"first_id": idOfOrd(d.firstOrd), "last_id": idOfOrd(d.lastOrd)}
	}
	return txExec(ctx, tx, cachedPlan+`UNWIND $rows AS row
MATCH (a:Entity {id: row.lo})
MATCH (b:Entity {id: row.hi})
MERGE (a)-[e:`+edgeType+` {key: row.key}]->(b)
ON CREATE SET e.type = row.type, e.status = row.status, e.n = 0, e.first_date = '', e.last_date = '',
  e.first_ord = row.first_ord, e.first_id = row.first_id, e.last_ord = row.last_ord, e.last_id = row.last_id
SET e.n = e.n + row.n,
  e.first_date = CASE WHEN row.first_date <> '' AND (e.first_date = '' OR row.first_date < e.first_date) THEN row.first_date ELSE e.first_date END,
  e.last_date = CASE WHEN row.last_date > e.last_date THEN row.last_date ELSE e.last_date END,
  e.first_id = CASE WHEN row.first_ord < e.first_ord THEN row.first_id ELSE e.first_id END,
  e.first_ord = CASE WHEN row.first_ord < e.first_ord THEN row.first_ord ELSE e.first_ord END,
  e.last_id = CASE WHEN row.last_ord > e.last_ord THEN row.last_id ELSE e.last_id END,
  e.last_ord = CASE WHEN row.last_ord > e.last_ord THEN row.last_ord ELSE e.last_ord END
WITH e, row
SET e.w = `+weightCypher("e")+`
`+fanCypher("e", "row.lo", "row.hi"), map[string]any{"rows": rows})
}

// takeSummary takes deleted statements out of their groups, after they
// are deleted: a group left empty goes; a bound (first or last statement
// or date) that a deleted statement held is read again from the group's
// remaining statements, the only case that reads them.
func takeSummary(ctx context.Context, tx neo4j.ManagedTransaction, ds []*groupDelta) error {
	if len(ds) == 0 {
		return nil
	}
	rows := make([]map[string]any, len(ds))
	for i, d := range ds {
		rows[i] = map[string]any{"key": d.key, "n": d.n, "ords": d.ords, "dates": nonNil(d.dates)}
	}
	params := map[string]any{"rows": rows}
	if err := txExec(ctx, tx, `UNWIND $rows AS row
MATCH ()-[e:`+edgeType+` {key: row.key}]->()
WITH e, row WHERE e.n <= row.n
DELETE e`, params); err != nil {
		return err
	}
	return txExec(ctx, tx, `UNWIND $rows AS row
MATCH (a)-[e:`+edgeType+` {key: row.key}]->(b)
SET e.n = e.n - row.n
WITH a, b, e, row
CALL {
  WITH a, b, e, row
  WITH a, b, e WHERE e.first_ord IN row.ords OR e.last_ord IN row.ords OR e.first_date IN row.dates OR e.last_date IN row.dates
  MATCH (a)-[r:`+allTypes()+`]-(b)
  WHERE type(r) = e.type AND r.status = e.status AND (e.type = 'MET' OR startNode(r) = a)
  WITH e, min(r.ord) AS fo, max(r.ord) AS lo, min(CASE WHEN r.date <> '' THEN r.date END) AS fd, max(CASE WHEN r.date <> '' THEN r.date END) AS ld
  SET e.first_ord = fo, e.last_ord = lo, e.first_date = coalesce(fd, ''), e.last_date = coalesce(ld, ''),
    e.first_id = `+idOfOrdCypher("fo")+`, e.last_id = `+idOfOrdCypher("lo")+`
}
WITH e, a.id AS lo, b.id AS hi
SET e.w = `+weightCypher("e")+`
`+fanCypher("e", "lo", "hi"), params)
}

// backfillSummary derives the summary graph of a database written before
// it, counted once per relation type (Open runs it when it had to create
// the summary's constraint); each group is then kept up to date by writes.
func (s *Store) backfillSummary(ctx context.Context) error {
	const batch = 5000
	for _, t := range kg.RelTypes {
		recs, err := s.query(ctx, "MATCH (a:Entity)-[r:"+relType(t)+"]->(b:Entity) "+
			"RETURN a.id, b.id, r.status, count(r), min(r.ord), max(r.ord), "+
			"coalesce(min(CASE WHEN r.date <> '' THEN r.date END), ''), coalesce(max(CASE WHEN r.date <> '' THEN r.date END), '')", nil)
		if err != nil {
			return s.fail("backfill summary", err)
		}
		var ds []*groupDelta
		flush := func() error {
			if len(ds) == 0 {
				return nil
			}
			_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
				return nil, addSummary(ctx, tx, ds)
			})
			ds = ds[:0]
			return err
		}
		for _, rec := range recs {
			v := rec.Values
			src, _ := v[0].(string)
			dst, _ := v[1].(string)
			status, _ := v[2].(string)
			d := &groupDelta{typ: string(t), status: status}
			d.lo, d.hi = kg.EdgeEnds(t, src, dst)
			d.key = kg.EdgeKey(t, kg.Status(status), d.lo, d.hi)
			d.n, _ = v[3].(int64)
			d.firstOrd, _ = v[4].(string)
			d.lastOrd, _ = v[5].(string)
			d.firstDate, _ = v[6].(string)
			d.lastDate, _ = v[7].(string)
			ds = append(ds, d)
			if len(ds) == batch {
				if err := flush(); err != nil {
					return s.fail("backfill summary", err)
				}
			}
		}
		if err := flush(); err != nil {
			return s.fail("backfill summary", err)
		}
		s.log.Info("neo4j backfill", "what", "summary", "type", relType(t), "groups", len(recs))
	}
	return nil
}

// onlyGroups keeps the edges of g whose group (kg.EdgeKey) is among keys,
// in their order, and their aggregates.
func onlyGroups(g *kg.Graph, keys []string) {
	in := make(map[string]bool, len(keys))
	for _, k := range keys {
		in[k] = true
	}
	out := g.Edges[:0]
	for _, r := range g.Edges {
		if in[kg.EdgeKey(r.Type, r.Status, r.Source, r.Target)] {
			out = append(out, r)
		}
	}
	g.Edges = out
	if g.Aggregates != nil {
		aggs := make(map[string]kg.EdgeAggregate, len(out))
		for _, r := range out {
			aggs[r.ID] = g.Aggregates[r.ID]
		}
		g.Aggregates = aggs
	}
}
