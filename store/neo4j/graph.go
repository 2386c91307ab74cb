package neo4j

import (
	"context"
	"fmt"
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
	recs, err := s.query(ctx, pathsQuery(types, opt.MaxDepth),
		map[string]any{"from": from, "to": to, "cap": pathCap, "limit": int64(limit)})
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
	paths, err := s.pathsFallback(ctx, types, from, to, opt.MaxDepth, limit)
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
// a parameter; it is an int checked by kg.PathOptions.Check.
func pathsQuery(types string, maxDepth int) string {
	return `OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (b:Entity {id: $to})
CALL {
  WITH a, b
  WITH a, b WHERE a <> b
  MATCH p = allShortestPaths((a)-[:` + types + `*1..` + strconv.Itoa(maxDepth) + `]-(b))
  WHERE all(n IN nodes(p) WHERE n:Entity)
  WITH p LIMIT $cap
  WITH nodes(p) AS ns, count(*) AS n
  WITH ns, n, [x IN ns | x.id] AS ids
  ORDER BY ids
  RETURN collect(ns)[..$limit] AS seqs, sum(n) AS rows
}
` + hopsCall(types) + `
RETURN a` + entityProj + ` AS a, b` + entityProj + ` AS b, rows,
  [ns IN seqs | [n IN ns | n` + entityProj + `]] AS seqs, hops`
}

// hopsCall is the subquery that shows each distinct hop of seqs (lists of
// nodes) by its first relation in relation order: the least ord, ord being
// unique.
func hopsCall(types string) string {
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
// one snapshot.
func (s *Store) pathsFallback(ctx context.Context, types, from, to string, maxDepth, limit int) ([]kg.Path, error) {
	adjQ := `UNWIND $frontier AS id
MATCH (u:Entity {id: id})-[:` + types + `]-(v:Entity)
WHERE u <> v
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
` + hopsCall(types) + `
RETURN [ns IN seqs | [n IN ns | n` + entityProj + `]] AS seqs, hops`
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		seqs, err := pathsBFS(ctx, tx, adjQ, from, to, maxDepth, limit)
		if err != nil {
			return nil, err
		}
		if len(seqs) == 0 {
			return []kg.Path{}, nil
		}
		recs, err := txQuery(ctx, tx, seqQ, map[string]any{"seqs": seqs})
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
// relations cost nothing.
func pathsBFS(ctx context.Context, tx neo4j.ManagedTransaction, adjQ, from, to string, maxDepth, limit int) ([][]string, error) {
	routes, err := kg.SearchBetween(from, to, maxDepth, func(frontier []string) ([][2]string, error) {
		recs, err := txQuery(ctx, tx, adjQ, map[string]any{"frontier": frontier})
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
