package kg

import (
	"slices"
	"sort"
)

// ShortestRoutes records a breadth-first search from one entity for
// Store.Paths and turns it into the contract's answer: every shortest
// sequence of distinct nodes to a target, ordered by the node IDs compared
// element by element (by bytes). Stores differ in how they find the
// neighbours of a frontier (one SQL or Cypher query per layer); they feed
// what they find to Step and take the sequences from Sequences, so the rule
// of which routes count and in what order lives here once.
type ShortestRoutes struct {
	dist  map[string]int      // hops from the start to each node reached
	preds map[string][]string // each node's predecessors on shortest routes
	from  string
}

// NewShortestRoutes starts a search at from (depth 0).
func NewShortestRoutes(from string) *ShortestRoutes {
	return &ShortestRoutes{dist: map[string]int{from: 0}, preds: make(map[string][]string), from: from}
}

// Step records that v neighbours u, where u is on the frontier at depth
// d-1. It reports whether v is reached for the first time, that is whether
// it belongs to the next frontier. A neighbour already reached at a smaller
// depth is not a shortest route through u and is ignored; the same pair
// given twice (parallel relations) counts once.
func (r *ShortestRoutes) Step(u, v string, d int) bool {
	dv, ok := r.dist[v]
	if !ok {
		r.dist[v] = d
		dv = d
	}
	if dv == d && !slices.Contains(r.preds[v], u) {
		r.preds[v] = append(r.preds[v], u)
	}
	return !ok
}

// Reached reports whether id has been reached.
func (r *ShortestRoutes) Reached(id string) bool {
	_, ok := r.dist[id]
	return ok
}

// Sequences returns the first limit shortest node sequences from the start
// to to, in the contract's order; none (nil) if to was not reached.
func (r *ShortestRoutes) Sequences(to string, limit int) [][]string {
	if !r.Reached(to) {
		return nil
	}
	// The nodes on some shortest route, and each one's successors on them.
	succ := make(map[string][]string)
	on := map[string]bool{to: true}
	stack := []string{to}
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, u := range r.preds[v] {
			succ[u] = append(succ[u], v)
			if !on[u] {
				on[u] = true
				stack = append(stack, u)
			}
		}
	}
	for _, vs := range succ {
		sort.Strings(vs)
	}
	// Depth-first in ID order yields the sequences in order.
	var seqs [][]string
	var walk func(path []string)
	walk = func(path []string) {
		if len(seqs) >= limit {
			return
		}
		u := path[len(path)-1]
		if u == to {
			seqs = append(seqs, slices.Clone(path))
			return
		}
		for _, v := range succ[u] {
			walk(append(path, v))
		}
	}
	walk([]string{r.from})
	return seqs
}
