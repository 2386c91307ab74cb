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

// SearchBetween finds the shortest routes between from and to of at most
// maxDepth hops by breadth-first search from both ends, always expanding
// the smaller frontier, so a route through a hub costs the hub's
// neighbours once instead of the neighbours of all of theirs. neighbours
// returns, for a frontier, every pair (u, v) where u is on the frontier and
// v is joined to u by an eligible relation in either direction (duplicates
// are fine). The answer is the same as a one-sided search from from:
// Sequences(to, limit) on the result gives the contract's paths (none when
// to is not reached).
func SearchBetween(from, to string, maxDepth int, neighbours func(frontier []string) ([][2]string, error)) (*ShortestRoutes, error) {
	fwd, bwd := NewShortestRoutes(from), NewShortestRoutes(to)
	if from == to {
		return fwd, nil
	}
	ff, bf := []string{from}, []string{to}
	a, b := 0, 0
	for a+b < maxDepth && len(ff) > 0 && len(bf) > 0 {
		side, other, front, depth := fwd, bwd, &ff, &a
		if len(bf) < len(ff) {
			side, other, front, depth = bwd, fwd, &bf, &b
		}
		pairs, err := neighbours(*front)
		if err != nil {
			return nil, err
		}
		in := make(map[string]bool, len(*front))
		for _, u := range *front {
			in[u] = true
		}
		*depth++
		var next, meet []string
		for _, p := range pairs {
			u, v := p[0], p[1]
			if in[u] && u != v && side.Step(u, v, *depth) {
				next = append(next, v)
				if other.Reached(v) {
					meet = append(meet, v)
				}
			}
		}
		*front = next
		if len(meet) > 0 {
			fwd.Join(bwd, meet)
			return fwd, nil
		}
	}
	return fwd, nil
}

// Join completes a bidirectional search. r searched from one end and back
// from the other; their last layers met at meet: the nodes r reached at
// its depth a and back at its depth b, where a+b is the first total depth
// at which the searches touch (so every shortest route passes through
// exactly one node of meet). Join continues r's routes past meet along
// back's predecessors towards back's start, after which r.Sequences(back's
// start, limit) is what a one-sided search of depth a+b would give. Each
// search must have expanded whole layers: every neighbour of a frontier
// given to Step.
func (r *ShortestRoutes) Join(back *ShortestRoutes, meet []string) {
	layer := meet
	for len(layer) > 0 {
		var next []string
		for _, x := range layer {
			d := r.dist[x] + 1
			for _, w := range back.preds[x] {
				if r.Step(x, w, d) {
					next = append(next, w)
				}
			}
		}
		layer = next
	}
}
