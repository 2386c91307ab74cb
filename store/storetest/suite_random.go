package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

// randomCorpus builds n articles over a pool of entities, deterministically
// from seed: shared entities with varying aliases and counts, dated and
// undated articles and relations, parallel statements and SAIDs without
// target.
func randomCorpus(seed uint64, n int) []kg.Subgraph {
	rng := rand.New(rand.NewPCG(seed, seed^0x5eed))
	names := []string{"Rand Ana", "Rand Bo", "Rand Çelik", "Rand Dee", "Rand Eve", "Rand Fay",
		"Rand Gul", "Rand Hal", "Rand Ivo", "Rand Jo", "Rand Kai", "Rand Lem", "Rand Mo", "Rand Nia"}
	pool := make([]kg.Entity, len(names))
	for i, name := range names {
		pool[i] = ent(kg.Kinds[i%len(kg.Kinds)], name, 0)
	}
	dates := []string{"", "2024-01-01", "2024-01-15", "2024-02-01", "2024-02-01", "2024-03-31"}
	types := kg.RelTypes
	var out []kg.Subgraph
	for a := 0; a < n; a++ {
		art := art(fmt.Sprintf("Random article %d of seed %d.", a, seed), dates[rng.IntN(len(dates))])
		k := 2 + rng.IntN(5)
		perm := rng.Perm(len(pool))[:k]
		var ents []kg.Entity
		for _, i := range perm {
			e := as(pool[i], rng.IntN(4))
			for j := rng.IntN(3); j > 0; j-- {
				e.Aliases = append(e.Aliases, fmt.Sprintf("R%d", rng.IntN(6)))
			}
			e.Aliases = dedupe(e.Aliases)
			ents = append(ents, e)
		}
		var specs []relSpec
		for j := rng.IntN(2 * k); j > 0; j-- {
			src, dst := ents[rng.IntN(k)], ents[rng.IntN(k)]
			t := types[rng.IntN(len(types))]
			if src.ID == dst.ID {
				dst = ents[(rng.IntN(k-1)+1+indexOf(ents, src))%k]
			}
			if t == kg.Said && rng.IntN(3) == 0 {
				dst = nobody
			}
			specs = append(specs, relSpec{typ: t, src: src, dst: dst, date: dates[rng.IntN(len(dates))],
				status: kg.Statuses[rng.IntN(len(kg.Statuses))], quote: fmt.Sprintf("q%d", rng.IntN(5)),
				sentence: fmt.Sprintf("%s and %s, item %d.", src.Name, dst.Name, rng.IntN(8))})
		}
		out = append(out, sub(art, ents, specs...))
	}
	return out
}

func dedupe(ss []string) []string {
	seen := make(map[string]bool)
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

func indexOf(es []kg.Entity, e kg.Entity) int {
	for i, x := range es {
		if x.ID == e.ID {
			return i
		}
	}
	return -1
}

// testRandom checks the store against the model over random sequences of
// upserts and deletes, and then every traversal from every entity.
func testRandom(t *testing.T, open func(t *testing.T) kg.Store) {
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			ctx := context.Background()
			rng := rand.New(rand.NewPCG(seed, 99))
			corpus := randomCorpus(seed, 12)
			s := open(t)
			m := newModel()
			for step := 0; step < 10; step++ {
				if step > 2 && rng.IntN(3) == 0 && len(m.subs) > 0 {
					id := m.subs[rng.IntN(len(m.subs))].Article.ID
					if err := s.DeleteArticle(ctx, id); err != nil {
						t.Fatalf("step %d: DeleteArticle: %v", step, err)
					}
					m.delete(id)
				} else {
					var b []kg.Subgraph
					for j := 1 + rng.IntN(4); j > 0; j-- {
						b = append(b, corpus[rng.IntN(len(corpus))])
					}
					if _, err := s.Upsert(ctx, b); err != nil {
						t.Fatalf("step %d: Upsert: %v", step, err)
					}
					m.upsert(b)
				}
				checkState(t, s, m.state())
				checkSummary(t, s, m)
				if t.Failed() {
					t.Fatalf("step %d: store and model disagree", step)
				}
			}
			all := m.entities()
			var ids []string
			for _, e := range m.list(kg.EntityFilter{Order: kg.ByName}) {
				ids = append(ids, e.ID)
			}
			for _, id := range ids {
				for _, opt := range []kg.NeighborhoodOptions{
					{Depth: 1}, {Depth: 2, FanOut: 2}, {Depth: 3, Limit: 5}, {Depth: 2, Limit: 3, FanOut: 2},
					{Depth: 2, Types: []kg.RelType{kg.Met, kg.Said}, From: day("2024-01-10")},
					{Depth: 2, Statuses: []kg.Status{kg.Happened, kg.Planned}},
				} {
					got, err := s.Neighborhood(ctx, id, opt)
					if err != nil {
						t.Fatalf("Neighborhood(%s, %+v): %v", id, opt, err)
					}
					if diff := cmp.Diff(got, m.neighborhood(id, opt), cmpOpts...); diff != "" {
						t.Errorf("Neighborhood(%s, %+v) (-got +want):\n%s", id, opt, diff)
					}
				}
			}
			for i, from := range ids {
				for _, to := range ids[i:] {
					for _, opt := range []kg.PathOptions{
						{MaxDepth: 3, All: true},
						{MaxDepth: 6},
						{MaxDepth: 4, All: true, Limit: 2, Types: []kg.RelType{kg.Met, kg.Attacked, kg.ParticipatedIn}},
						{MaxDepth: 4, All: true, Statuses: []kg.Status{kg.Happened, kg.Denied}},
					} {
						got, err := s.Paths(ctx, from, to, opt)
						if err != nil {
							t.Fatalf("Paths(%s, %s, %+v): %v", from, to, opt, err)
						}
						if diff := cmp.Diff(got, m.paths(from, to, opt), cmpOpts...); diff != "" {
							t.Errorf("Paths(%s, %s, %+v) (-got +want):\n%s", from, to, opt, diff)
						}
					}
				}
			}
			for _, e := range all {
				for _, text := range []string{e.Name, string([]rune(e.Name)[:6]), "r1", "item 3"} {
					got, err := s.Search(ctx, text, nil, 5)
					if err != nil {
						t.Fatalf("Search(%q): %v", text, err)
					}
					if diff := cmp.Diff(got, m.search(text, nil, 5), cmpOpts...); diff != "" {
						t.Errorf("Search(%q) (-got +want):\n%s", text, diff)
					}
				}
			}
		})
	}
}

// checkSummary compares the aggregated and counted neighborhoods of every
// stored entity with the model's: they are read from the summary graph,
// which upserts and deletes keep in step with the statements.
func checkSummary(t *testing.T, s kg.Store, m *model) {
	t.Helper()
	ctx := context.Background()
	for id := range m.entities() {
		for _, opt := range []kg.NeighborhoodOptions{
			{Depth: 2, FanOut: 3, Aggregate: true},
			{Depth: 2, Limit: 4, FanOut: 2, Aggregate: true},
			{Depth: 3, Limit: 3, Aggregate: true, CountsOnly: true, From: day("2024-01-10")},
			{Depth: 2, Aggregate: true, CountsOnly: true},
			{Depth: 1, Types: []kg.RelType{kg.Met}, Statuses: []kg.Status{kg.Happened, kg.Denied}, Aggregate: true},
		} {
			got, err := s.Neighborhood(ctx, id, opt)
			if err != nil {
				t.Fatalf("Neighborhood(%s, %+v): %v", id, opt, err)
			}
			want := m.neighborhood(id, opt)
			want.Edges, want.Aggregates = kg.FoldEdges(want.Edges)
			if opt.CountsOnly {
				want.Edges, want.Aggregates = kg.CountEdges(want.Edges, want.Aggregates)
			}
			if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
				t.Errorf("Neighborhood(%s, %+v) (-got +want):\n%s", id, opt, diff)
			}
		}
	}
}
