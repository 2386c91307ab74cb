package neo4j

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/kg"
)

// dateCond is the relation date filter of a traversal: with a range, only
// relations dated within it; without one, every relation.
func dateCond(r string, from, to string, params map[string]any) string {
	cond := "true"
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

// Neighborhood returns the entities around id by breadth-first search, one
// query per layer; see kg.Store and the storetest package doc for the exact
// rules. Each node of a layer follows at most FanOut of its relations, most
// recent first; each layer's new nodes are ranked by mentions and the whole
// is capped at Limit nodes. Relations ending at an Article (a SAID without
// target) join nothing and are not followed.
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
	types := typeAlternation(opt.Types)
	params := map[string]any{"fanout": int64(fanOut + 1)}
	cond := dateCond("r", kg.FormatDate(opt.From), kg.FormatDate(opt.To), params)

	// One layer: for each frontier node in order, the other ends of its
	// relations, most recent first, one more than the fan-out to tell
	// whether it cut.
	layerQ := `UNWIND range(0, size($layer) - 1) AS i
MATCH (u:Entity {id: $layer[i]})
CALL {
  WITH u
  MATCH (u)-[r:` + types + `]-(v:Entity)
  WHERE ` + cond + `
  WITH DISTINCT r, v
  ORDER BY CASE r.date WHEN '' THEN 1 ELSE 0 END, r.date DESC, r.id
  LIMIT $fanout
  RETURN collect(v.id) AS vs
}
RETURN i, vs ORDER BY i`
	edgeQ := `UNWIND $ids AS sid
MATCH (s:Entity {id: sid})-[r:` + types + `]->(t:Entity)
WHERE t.id IN $ids AND ` + cond + `
RETURN ` + relProj("r") + ` AS rel ORDER BY ` + relationKeyset.key + `, r.id`
	// The same relations folded into one row per group (type and
	// endpoints, a MET's endpoints in either order): the group's first in
	// the contract's order, its size and date range.
	aggQ := `UNWIND $ids AS sid
MATCH (s:Entity {id: sid})-[r:` + types + `]->(t:Entity)
WHERE t.id IN $ids AND ` + cond + `
WITH r, type(r) AS ty, CASE WHEN type(r) = 'MET' AND t.id < s.id THEN [t.id, s.id] ELSE [s.id, t.id] END AS k
ORDER BY ` + relationKeyset.key + `, r.id
WITH ty, k, head(collect(r)) AS rep, count(r) AS n,
  min(CASE WHEN r.date <> '' THEN r.date END) AS first, max(CASE WHEN r.date <> '' THEN r.date END) AS last
WITH rep AS r, n, first, last
RETURN ` + relProj("r") + ` AS rel, n, coalesce(first, '') AS first, coalesce(last, '') AS last
ORDER BY ` + relationKeyset.key + `, r.id`
	if opt.Aggregate {
		edgeQ = aggQ
	}

	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		g := kg.Graph{}
		centre, err := txEntities(ctx, tx, []string{id})
		if err != nil {
			return nil, err
		}
		if len(centre) == 0 {
			return nil, fmt.Errorf("entity %q: %w", id, kg.ErrNotFound)
		}
		g.Nodes = centre
		seen := map[string]bool{id: true}
		layer := []string{id}
		for depth := 1; depth <= opt.Depth && len(layer) > 0; depth++ {
			params["layer"] = layer
			recs, err := txQuery(ctx, tx, layerQ, params)
			if err != nil {
				return nil, err
			}
			var next []string
			for _, rec := range recs {
				var p props
				vs := p.strList("vs", rec.Values[1])
				if p.err != nil {
					return nil, p.err
				}
				if len(vs) > fanOut {
					vs = vs[:fanOut]
					g.Truncated = true
				}
				for _, v := range vs {
					if !seen[v] {
						seen[v] = true
						next = append(next, v)
					}
				}
			}
			if len(next) == 0 {
				break
			}
			es, err := txEntities(ctx, tx, next)
			if err != nil {
				return nil, err
			}
			if g.AddLayer(es, limit) {
				break
			}
			layer = next
		}
		params["ids"] = g.NodeIDs()
		recs, err := txQuery(ctx, tx, edgeQ, params)
		if err != nil {
			return nil, err
		}
		for _, rec := range recs {
			r, err := relationOf(rec.Values[0])
			if err != nil {
				return nil, err
			}
			g.Edges = append(g.Edges, r)
			if opt.Aggregate {
				a, err := aggregateOf(rec.Values[1:])
				if err != nil {
					return nil, fmt.Errorf("relation %q: %w", r.ID, err)
				}
				if g.Aggregates == nil {
					g.Aggregates = map[string]kg.EdgeAggregate{}
				}
				g.Aggregates[r.ID] = a
			}
		}
		if opt.Aggregate && g.Aggregates == nil {
			g.Aggregates = map[string]kg.EdgeAggregate{}
		}
		return g, nil
	})
	if err != nil {
		return g, s.fail(op, err)
	}
	return out.(kg.Graph), nil
}

// txEntities reads the entities among ids inside a transaction.
func txEntities(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) ([]kg.Entity, error) {
	recs, err := txQuery(ctx, tx, "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e"+entityProj+" AS e", map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	return entitiesOf(recs, 0)
}

// Paths returns the shortest paths between two entities; see kg.Store and
// the storetest package doc. allShortestPaths finds them over Entity nodes
// only (so a SAID ending at an Article is no bridge), undirected, at most
// MaxDepth hops; paths are told apart by their node sequences, listed in
// order of those, and each hop is shown by the first relation (in relation
// order) between its two nodes.
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
	// The hop bound cannot be a parameter; it is an int checked above.
	// allShortestPaths yields one path per combination of parallel
	// relations; the cap stops a pair of heavily connected hubs from
	// turning that into millions of rows, and pathsBFS takes over.
	pathQ := `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:` + types + `*1..` + strconv.Itoa(opt.MaxDepth) + `]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
WITH p LIMIT $cap
RETURN [n IN nodes(p) | n.id] AS ids, count(*) AS n`
	adjQ := `UNWIND $frontier AS id
MATCH (u:Entity {id: id})-[:` + types + `]-(v:Entity)
WHERE u <> v
RETURN DISTINCT u.id AS u, v.id AS v`
	hopQ := `UNWIND $pairs AS pair
MATCH (a:Entity {id: pair[0]})-[r:` + types + `]-(b:Entity {id: pair[1]})
WITH pair, r ORDER BY ` + relationKeyset.key + `, r.id
WITH pair, head(collect(r)) AS r
RETURN pair, ` + relProj("r") + ` AS r`

	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		ends, err := txEntities(ctx, tx, []string{from, to})
		if err != nil {
			return nil, err
		}
		byID := make(map[string]kg.Entity)
		for _, e := range ends {
			byID[e.ID] = e
		}
		for _, id := range []string{from, to} {
			if _, ok := byID[id]; !ok {
				return nil, fmt.Errorf("entity %q: %w", id, kg.ErrNotFound)
			}
		}
		if from == to {
			return pathsResult{paths: []kg.Path{{Nodes: []kg.Entity{byID[from]}}}}, nil
		}
		recs, err := txQuery(ctx, tx, pathQ, map[string]any{"from": from, "to": to, "cap": pathCap})
		if err != nil {
			return nil, err
		}
		seqs := make([][]string, 0, len(recs))
		rows := int64(0)
		for _, rec := range recs {
			var p props
			seq := p.strList("ids", rec.Values[0])
			if p.err != nil {
				return nil, p.err
			}
			n, _ := rec.Values[1].(int64)
			rows += n
			seqs = append(seqs, seq)
		}
		fellBack := rows >= pathCap
		if fellBack {
			if seqs, err = pathsBFS(ctx, tx, adjQ, from, to, opt.MaxDepth, limit); err != nil {
				return nil, err
			}
		}
		sort.Slice(seqs, func(i, j int) bool { return slices.Compare(seqs[i], seqs[j]) < 0 }) // the order of kg.ShortestRoutes
		if len(seqs) > limit {
			seqs = seqs[:limit]
		}
		var need []string
		var pairs [][]string
		hop := make(map[[2]string]bool)
		for _, seq := range seqs {
			need = append(need, seq...)
			for i := 1; i < len(seq); i++ {
				key := [2]string{min(seq[i-1], seq[i]), max(seq[i-1], seq[i])}
				if !hop[key] {
					hop[key] = true
					pairs = append(pairs, key[:])
				}
			}
		}
		nodes, err := txEntities(ctx, tx, need)
		if err != nil {
			return nil, err
		}
		for _, e := range nodes {
			byID[e.ID] = e
		}
		edges := make(map[[2]string]kg.Relation, len(pairs))
		if len(pairs) > 0 {
			recs, err := txQuery(ctx, tx, hopQ, map[string]any{"pairs": pairs})
			if err != nil {
				return nil, err
			}
			for _, rec := range recs {
				var p props
				pair := p.strList("pair", rec.Values[0])
				if p.err != nil || len(pair) != 2 {
					return nil, fmt.Errorf("record: hop pair: %v", rec.Values[0])
				}
				r, err := relationOf(rec.Values[1])
				if err != nil {
					return nil, err
				}
				edges[[2]string{pair[0], pair[1]}] = r
			}
		}
		paths := make([]kg.Path, 0, len(seqs))
		for _, seq := range seqs {
			var p kg.Path
			for i, id := range seq {
				p.Nodes = append(p.Nodes, byID[id])
				if i > 0 {
					p.Edges = append(p.Edges, edges[[2]string{min(seq[i-1], id), max(seq[i-1], id)}])
				}
			}
			paths = append(paths, p)
		}
		return pathsResult{paths: paths, fellBack: fellBack}, nil
	})
	if err != nil {
		return nil, s.fail(op, err)
	}
	res := out.(pathsResult)
	if res.fellBack {
		s.log.Info("neo4j paths: parallel relations exceeded the allShortestPaths cap; enumerated by layers",
			"from", from, "to", to, "cap", pathCap)
	}
	return res.paths, nil
}

// pathsResult is what Paths' transaction returns; logging waits until it is
// done, since the driver may run the transaction more than once.
type pathsResult struct {
	paths    []kg.Path
	fellBack bool
}

// pathCap is how many paths (parallel relations counted apart) Paths takes
// from allShortestPaths before it enumerates node sequences itself. A
// variable so that a test can force the fallback.
var pathCap int64 = 10000

// pathsBFS finds the first limit shortest node sequences from from to to
// (in sequence order) by breadth-first search over distinct neighbours, one
// query per layer (adjQ), so parallel relations cost nothing.
func pathsBFS(ctx context.Context, tx neo4j.ManagedTransaction, adjQ, from, to string, maxDepth, limit int) ([][]string, error) {
	routes := kg.NewShortestRoutes(from)
	frontier := []string{from}
	for d := 1; d <= maxDepth && len(frontier) > 0 && !routes.Reached(to); d++ {
		recs, err := txQuery(ctx, tx, adjQ, map[string]any{"frontier": frontier})
		if err != nil {
			return nil, err
		}
		var next []string
		for _, rec := range recs {
			u, _ := rec.Values[0].(string)
			v, _ := rec.Values[1].(string)
			if routes.Step(u, v, d) {
				next = append(next, v)
			}
		}
		frontier = next
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
