package kg_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

// routes runs the breadth-first search a store runs, over undirected edges
// given as pairs, to at most maxDepth hops.
func routes(edges [][2]string, from, to string, maxDepth int) *kg.ShortestRoutes {
	r := kg.NewShortestRoutes(from)
	frontier := []string{from}
	for d := 1; d <= maxDepth && len(frontier) > 0 && !r.Reached(to); d++ {
		in := make(map[string]bool)
		for _, f := range frontier {
			in[f] = true
		}
		var next []string
		for _, e := range edges {
			for _, p := range [][2]string{{e[0], e[1]}, {e[1], e[0]}} {
				if in[p[0]] && p[0] != p[1] && r.Step(p[0], p[1], d) {
					next = append(next, p[1])
				}
			}
		}
		frontier = next
	}
	return r
}

func TestShortestRoutesSequences(t *testing.T) {
	tests := []struct {
		name     string
		edges    [][2]string
		from, to string
		maxDepth int
		limit    int
		want     [][]string
	}{
		{"one hop", [][2]string{{"a", "b"}}, "a", "b", 3, 10, [][]string{{"a", "b"}}},
		{"either direction", [][2]string{{"b", "a"}, {"c", "b"}}, "a", "c", 3, 10, [][]string{{"a", "b", "c"}}},
		{"diamond in ID order", [][2]string{{"a", "y"}, {"a", "x"}, {"y", "z"}, {"x", "z"}}, "a", "z", 3, 10, [][]string{{"a", "x", "z"}, {"a", "y", "z"}}},
		{"IDs compare by bytes", [][2]string{{"a", "m"}, {"a", "M"}, {"m", "z"}, {"M", "z"}}, "a", "z", 3, 10, [][]string{{"a", "M", "z"}, {"a", "m", "z"}}},
		{"limit keeps the first", [][2]string{{"a", "y"}, {"a", "x"}, {"y", "z"}, {"x", "z"}}, "a", "z", 3, 1, [][]string{{"a", "x", "z"}}},
		{"parallel relations count once", [][2]string{{"a", "b"}, {"b", "a"}, {"a", "b"}}, "a", "b", 3, 10, [][]string{{"a", "b"}}},
		{"longer routes are not shortest", [][2]string{{"a", "z"}, {"a", "b"}, {"b", "z"}}, "a", "z", 3, 10, [][]string{{"a", "z"}}},
		{"same-layer edges are no route", [][2]string{{"a", "b"}, {"a", "c"}, {"b", "c"}, {"c", "z"}}, "a", "z", 3, 10, [][]string{{"a", "c", "z"}}},
		{"branches that end elsewhere are dropped", [][2]string{{"a", "b"}, {"b", "dead"}, {"a", "c"}, {"c", "z"}}, "a", "z", 3, 10, [][]string{{"a", "c", "z"}}},
		{"out of depth", [][2]string{{"a", "b"}, {"b", "c"}}, "a", "c", 1, 10, nil},
		{"unreachable", [][2]string{{"a", "b"}, {"c", "d"}}, "a", "d", 3, 10, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := routes(tt.edges, tt.from, tt.to, tt.maxDepth).Sequences(tt.to, tt.limit)
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("Sequences(%q) (-got +want):\n%s", tt.to, diff)
			}
		})
	}
}

func TestShortestRoutesStep(t *testing.T) {
	r := kg.NewShortestRoutes("a")
	tests := []struct {
		name string
		u, v string
		d    int
		want bool
	}{
		{"new node joins the frontier", "a", "b", 1, true},
		{"second route to it does not", "c", "b", 1, false},
		{"the start is reached already", "b", "a", 2, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.Step(tt.u, tt.v, tt.d); got != tt.want {
				t.Errorf("Step(%q, %q, %d) = %v, want %v", tt.u, tt.v, tt.d, got, tt.want)
			}
		})
	}
}

// TestSearchBetween holds the two-sided search to the one-sided reference
// search on random graphs, with hubs and parallel edges, for every pair of
// nodes and every depth.
func TestSearchBetween(t *testing.T) {
	for seed := uint64(1); seed <= 30; seed++ {
		rng := rand.New(rand.NewPCG(seed, 7))
		n := 3 + rng.IntN(12)
		node := func(i int) string { return fmt.Sprintf("n%02d", i) }
		var edges [][2]string
		for k := rng.IntN(3 * n); k > 0; k-- {
			u, v := rng.IntN(n), rng.IntN(n)
			if rng.IntN(3) == 0 {
				u = 0 // a hub
			}
			edges = append(edges, [2]string{node(u), node(v)})
		}
		neighbours := func(frontier []string) ([][2]string, error) {
			in := make(map[string]bool)
			for _, f := range frontier {
				in[f] = true
			}
			var out [][2]string
			for _, e := range edges {
				if in[e[0]] {
					out = append(out, e)
				}
				if in[e[1]] {
					out = append(out, [2]string{e[1], e[0]})
				}
			}
			return out, nil
		}
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				for depth := 1; depth <= 5; depth++ {
					from, to := node(i), node(j)
					r, err := kg.SearchBetween(from, to, depth, neighbours)
					if err != nil {
						t.Fatal(err)
					}
					got := r.Sequences(to, 1000)
					want := routes(edges, from, to, depth).Sequences(to, 1000)
					if from == to {
						want = [][]string{{from}}
					}
					if diff := cmp.Diff(got, want); diff != "" {
						t.Fatalf("seed %d: SearchBetween(%s, %s, %d) (-got +want):\n%s\nedges %v", seed, from, to, depth, diff, edges)
					}
				}
			}
		}
	}
}
