package storetest

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

// eligible is the relation filter of traversals: allowed types and
// statuses, the date range, a target.
func eligible(types []kg.RelType, statuses []kg.Status, from, to time.Time) func(kg.Relation) bool {
	return func(r kg.Relation) bool {
		return r.Target != "" && (len(types) == 0 || slices.Contains(types, r.Type)) &&
			(len(statuses) == 0 || slices.Contains(statuses, r.Status)) && inRange(r.Date, from, to)
	}
}

func testNeighborhood(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s, m := loaded(t, open, newsCorpus(), graphCorpus())
	all := m.entities()
	// The layers each case must find, each in the order the walk takes
	// its nodes, are read off the picture in fixture.go: every group there
	// is one statement, so the latest date leads, then the node's place in
	// its layer, then the other end's ID.
	tests := []struct {
		name      string
		centre    kg.Entity
		opt       kg.NeighborhoodOptions
		layers    [][]kg.Entity
		truncated bool
	}{
		{"depth 1", gc, kg.NeighborhoodOptions{Depth: 1}, [][]kg.Entity{{gc}, {ga3, ga2, ga1}}, false},
		{"depth 2", gc, kg.NeighborhoodOptions{Depth: 2}, [][]kg.Entity{{gc}, {ga3, ga2, ga1}, {gb1, gb2}}, false},
		{"depth 3", gc, kg.NeighborhoodOptions{Depth: 3}, [][]kg.Entity{{gc}, {ga3, ga2, ga1}, {gb1, gb2}, {gd1}}, false},
		{"from the far end", ge1, kg.NeighborhoodOptions{Depth: 3}, [][]kg.Entity{{ge1}, {gd1}, {gb1}, {ga3, ga1}}, false},
		{"type filter", gc, kg.NeighborhoodOptions{Depth: 2, Types: []kg.RelType{kg.Met}}, [][]kg.Entity{{gc}, {ga1}, {ga2, gb1}}, false},
		{"type filter depth 3", gc, kg.NeighborhoodOptions{Depth: 3, Types: []kg.RelType{kg.Met}}, [][]kg.Entity{{gc}, {ga1}, {ga2, gb1}, {gd1, ga3, gb2}}, false},
		{"two types", gc, kg.NeighborhoodOptions{Depth: 1, Types: []kg.RelType{kg.Attacked, kg.Said}}, [][]kg.Entity{{gc}, {ga3, ga2, ga1}}, false},
		{"date range", gc, kg.NeighborhoodOptions{Depth: 2, From: day("2024-01-01"), To: day("2024-01-31")}, [][]kg.Entity{{gc}, {ga1}, {ga2, gb1}}, false},
		{"date from", gc, kg.NeighborhoodOptions{Depth: 1, From: day("2024-02-01")}, [][]kg.Entity{{gc}, {ga3, ga2}}, false},
		{"undated edges need no range", ga2, kg.NeighborhoodOptions{Depth: 1}, [][]kg.Entity{{ga2}, {gc, ga1, gb2}}, false},
		{"undated edges drop with a range", ga2, kg.NeighborhoodOptions{Depth: 1, To: day("2030-01-01")}, [][]kg.Entity{{ga2}, {gc, ga1}}, false},
		{"fan-out cuts", gc, kg.NeighborhoodOptions{Depth: 1, FanOut: 2}, [][]kg.Entity{{gc}, {ga3, ga2}}, true},
		{"fan-out exact", gc, kg.NeighborhoodOptions{Depth: 1, FanOut: 4}, [][]kg.Entity{{gc}, {ga3, ga2, ga1}}, false},
		{"fan-out 1 deep", gc, kg.NeighborhoodOptions{Depth: 2, FanOut: 1}, [][]kg.Entity{{gc}, {ga3}}, true},
		{"limit cuts", gc, kg.NeighborhoodOptions{Depth: 1, Limit: 3}, [][]kg.Entity{{gc}, {ga3, ga2, ga1}}, true},
		{"limit exact", gc, kg.NeighborhoodOptions{Depth: 1, Limit: 4}, [][]kg.Entity{{gc}, {ga3, ga2, ga1}}, false},
		{"limit before a deeper layer", gc, kg.NeighborhoodOptions{Depth: 2, Limit: 4}, [][]kg.Entity{{gc}, {ga3, ga2, ga1}, {gb1, gb2}}, true},
		{"limit 1", gc, kg.NeighborhoodOptions{Depth: 1, Limit: 1}, [][]kg.Entity{{gc}, {ga3, ga2, ga1}}, true},
		{"isolated", gz, kg.NeighborhoodOptions{Depth: 2}, [][]kg.Entity{{gz}}, false},
		{"only a targetless SAID", ada, kg.NeighborhoodOptions{Depth: 1, Types: []kg.RelType{kg.Said}}, [][]kg.Entity{{ada}, {celia}}, false},
		{"news graph", karsk, kg.NeighborhoodOptions{Depth: 2}, [][]kg.Entity{{karsk}, {dmitri, siege}, {celia, bruno}}, false},
		{"status filter", ga1, kg.NeighborhoodOptions{Depth: 2, Statuses: []kg.Status{kg.Denied}}, [][]kg.Entity{{ga1}, {gb1}}, false},
		{"status filter keeps parallel statements apart", gb1, kg.NeighborhoodOptions{Depth: 1, Statuses: []kg.Status{kg.Happened}}, [][]kg.Entity{{gb1}, {gd1, ga3, ga1}}, false},
		{"statuses of the news", dmitri, kg.NeighborhoodOptions{Depth: 1, Statuses: []kg.Status{kg.Planned, kg.Proposed}}, [][]kg.Entity{{dmitri}, {celia, bruno}}, false},
		{"no relation of the status", gc, kg.NeighborhoodOptions{Depth: 2, Statuses: []kg.Status{kg.Proposed}}, [][]kg.Entity{{gc}}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want kg.Graph
			for _, layer := range tt.layers {
				var l []kg.Entity
				for _, e := range layer {
					l = append(l, all[e.ID])
				}
				want.Nodes = append(want.Nodes, l...)
			}
			limit := tt.opt.Limit
			if limit == 0 {
				limit = kg.DefaultNodeLimit
			}
			if len(want.Nodes) > limit {
				want.Nodes = want.Nodes[:limit]
			}
			want.Truncated = tt.truncated
			in := make(map[string]bool)
			for _, e := range want.Nodes {
				in[e.ID] = true
			}
			// Which groups the walk followed is the model's to say; the
			// edges are their statements among the nodes.
			keep := eligible(tt.opt.Types, tt.opt.Statuses, tt.opt.From, tt.opt.To)
			followed := make(map[string]bool)
			for _, r := range m.neighborhood(tt.centre.ID, tt.opt).Edges {
				followed[kg.EdgeKey(r.Type, r.Status, r.Source, r.Target)] = true
			}
			want.Edges = m.relations(func(r kg.Relation) bool {
				return keep(r) && in[r.Source] && in[r.Target] && followed[kg.EdgeKey(r.Type, r.Status, r.Source, r.Target)]
			})

			got, err := s.Neighborhood(ctx, tt.centre.ID, tt.opt)
			if err != nil {
				t.Fatalf("Neighborhood: %v", err)
			}
			if diff := cmp.Diff(entityIDs(got.Nodes), entityIDs(want.Nodes), cmpOpts...); diff != "" {
				t.Errorf("Neighborhood node IDs (-got +want):\n%s", diff)
			}
			if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
				t.Errorf("Neighborhood (-got +want):\n%s", diff)
			}

			// Brief nodes: the same walk, each node with only its short
			// fields.
			brief := tt.opt
			brief.BriefNodes = true
			wantBrief := want
			wantBrief.Nodes = briefEntities(want.Nodes)
			got, err = s.Neighborhood(ctx, tt.centre.ID, brief)
			if err != nil {
				t.Fatalf("Neighborhood brief: %v", err)
			}
			if diff := cmp.Diff(got, wantBrief, cmpOpts...); diff != "" {
				t.Errorf("Neighborhood brief (-got +want):\n%s", diff)
			}

			agg := tt.opt
			agg.Aggregate = true
			want.Edges, want.Aggregates = kg.FoldEdges(want.Edges)
			got, err = s.Neighborhood(ctx, tt.centre.ID, agg)
			if err != nil {
				t.Fatalf("Neighborhood aggregated: %v", err)
			}
			if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
				t.Errorf("Neighborhood aggregated (-got +want):\n%s", diff)
			}

			agg.CountsOnly = true
			want.Edges, want.Aggregates = kg.CountEdges(want.Edges, want.Aggregates)
			got, err = s.Neighborhood(ctx, tt.centre.ID, agg)
			if err != nil {
				t.Fatalf("Neighborhood counts only: %v", err)
			}
			if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
				t.Errorf("Neighborhood counts only (-got +want):\n%s", diff)
			}

			agg.BriefNodes = true
			want.Nodes = briefEntities(want.Nodes)
			got, err = s.Neighborhood(ctx, tt.centre.ID, agg)
			if err != nil {
				t.Fatalf("Neighborhood counts only, brief: %v", err)
			}
			if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
				t.Errorf("Neighborhood counts only, brief (-got +want):\n%s", diff)
			}
		})
	}
	t.Run("invalid", func(t *testing.T) {
		for _, opt := range []kg.NeighborhoodOptions{
			{Depth: 0}, {Depth: kg.MaxDepth + 1}, {Depth: -1},
			{Depth: 1, Limit: -1}, {Depth: 1, Limit: kg.MaxNeighborhood + 1},
			{Depth: 1, FanOut: -1},
			{Depth: 1, Types: []kg.RelType{"LOVED"}},
			{Depth: 1, Statuses: []kg.Status{"HAPPENED"}},
		} {
			_, err := s.Neighborhood(ctx, gc.ID, opt)
			wantErr(t, fmt.Sprintf("Neighborhood(%+v)", opt), err, kg.ErrInvalid)
		}
		_, err := s.Neighborhood(ctx, "person:nobody", kg.NeighborhoodOptions{Depth: 1})
		wantErr(t, "Neighborhood of an unknown entity", err, kg.ErrNotFound)
	})
}

func testPaths(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s, m := loaded(t, open, newsCorpus(), graphCorpus())
	all := m.entities()
	// The shortest paths each case must find are read off the picture in
	// fixture.go; the suite orders them and picks their edges by the rules.
	tests := []struct {
		name     string
		from, to kg.Entity
		opt      kg.PathOptions
		paths    [][]kg.Entity
	}{
		{"one shortest", gc, gd1, kg.PathOptions{MaxDepth: 4}, [][]kg.Entity{{gc, ga1, gb1, gd1}, {gc, ga3, gb1, gd1}}},
		{"all shortest", gc, gd1, kg.PathOptions{MaxDepth: 4, All: true}, [][]kg.Entity{{gc, ga1, gb1, gd1}, {gc, ga3, gb1, gd1}}},
		{"all shortest, limit 1", gc, gd1, kg.PathOptions{MaxDepth: 3, All: true, Limit: 1}, [][]kg.Entity{{gc, ga1, gb1, gd1}, {gc, ga3, gb1, gd1}}},
		{"exact max depth", gc, gd1, kg.PathOptions{MaxDepth: 3, All: true}, [][]kg.Entity{{gc, ga1, gb1, gd1}, {gc, ga3, gb1, gd1}}},
		{"too deep", gc, gd1, kg.PathOptions{MaxDepth: 2, All: true}, nil},
		{"type filter", gc, gd1, kg.PathOptions{MaxDepth: 6, All: true, Types: []kg.RelType{kg.Met}}, [][]kg.Entity{{gc, ga1, gb1, gd1}}},
		{"type filter forces a detour", gc, gb2, kg.PathOptions{MaxDepth: 6, All: true, Types: []kg.RelType{kg.Met}}, [][]kg.Entity{{gc, ga1, ga2, gb2}}},
		{"undated edge", gc, gb2, kg.PathOptions{MaxDepth: 6, All: true}, [][]kg.Entity{{gc, ga2, gb2}}},
		{"against the direction", gb1, gc, kg.PathOptions{MaxDepth: 2, All: true}, [][]kg.Entity{{gb1, ga1, gc}, {gb1, ga3, gc}}},
		{"parallel statements", gc, ga1, kg.PathOptions{MaxDepth: 1, All: true}, [][]kg.Entity{{gc, ga1}}},
		{"parallel statements of one type", gc, ga1, kg.PathOptions{MaxDepth: 1, All: true, Types: []kg.RelType{kg.Met}}, [][]kg.Entity{{gc, ga1}}},
		{"long", ge1, gc, kg.PathOptions{MaxDepth: 6, All: true}, [][]kg.Entity{{ge1, gd1, gb1, ga1, gc}, {ge1, gd1, gb1, ga3, gc}}},
		{"long, too deep", ge1, gc, kg.PathOptions{MaxDepth: 3, All: true}, nil},
		{"same node", gc, gc, kg.PathOptions{MaxDepth: 1}, [][]kg.Entity{{gc}}},
		{"isolated", gc, gz, kg.PathOptions{MaxDepth: 6, All: true}, nil},
		{"other component", gc, ada, kg.PathOptions{MaxDepth: 6}, nil},
		{"news graph", karsk, bruno, kg.PathOptions{MaxDepth: 6, All: true}, [][]kg.Entity{{karsk, dmitri, bruno}}},
		{"status filter picks the hop's statement", ga1, gb1, kg.PathOptions{MaxDepth: 1, Statuses: []kg.Status{kg.Denied}}, [][]kg.Entity{{ga1, gb1}}},
		{"statuses and types", gc, gd1, kg.PathOptions{MaxDepth: 6, All: true, Statuses: []kg.Status{kg.Denied, kg.Happened}, Types: []kg.RelType{kg.Met}}, [][]kg.Entity{{gc, ga1, gb1, gd1}}},
		{"two routes", karsk, ada, kg.PathOptions{MaxDepth: 6, All: true}, [][]kg.Entity{{karsk, dmitri, bruno, ada}, {karsk, dmitri, celia, ada}}},
		{"status filter picks the route", karsk, ada, kg.PathOptions{MaxDepth: 6, All: true, Statuses: []kg.Status{kg.Happened, kg.Planned}}, [][]kg.Entity{{karsk, dmitri, bruno, ada}}},
		{"status filter picks the other route", karsk, ada, kg.PathOptions{MaxDepth: 6, All: true, Statuses: []kg.Status{kg.Happened, kg.Proposed, kg.Denied}}, [][]kg.Entity{{karsk, dmitri, celia, ada}}},
		{"no path of the status", gc, gd1, kg.PathOptions{MaxDepth: 6, All: true, Statuses: []kg.Status{kg.Denied}}, nil},
		{"statuses of the news", karsk, bruno, kg.PathOptions{MaxDepth: 6, All: true, Statuses: []kg.Status{kg.Happened, kg.Planned}}, [][]kg.Entity{{karsk, dmitri, bruno}}},
		{"statuses of the news, happened only", karsk, bruno, kg.PathOptions{MaxDepth: 6, All: true, Statuses: []kg.Status{kg.Happened}}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			seqs := slices.Clone(tt.paths)
			sort.Slice(seqs, func(i, j int) bool {
				return slices.Compare(entityIDs(seqs[i]), entityIDs(seqs[j])) < 0
			})
			limit := tt.opt.Limit
			if limit == 0 {
				limit = 10
			}
			if !tt.opt.All {
				limit = 1
			}
			if len(seqs) > limit {
				seqs = seqs[:limit]
			}
			keep := eligible(tt.opt.Types, tt.opt.Statuses, time.Time{}, time.Time{})
			var want []kg.Path
			for _, seq := range seqs {
				var p kg.Path
				for i, e := range seq {
					p.Nodes = append(p.Nodes, all[e.ID])
					if i == 0 {
						continue
					}
					a, b := seq[i-1].ID, e.ID
					joins := m.relations(func(r kg.Relation) bool {
						return keep(r) && ((r.Source == a && r.Target == b) || (r.Source == b && r.Target == a))
					})
					if len(joins) == 0 {
						t.Fatalf("bad test: no relation joins %s and %s", a, b)
					}
					p.Edges = append(p.Edges, joins[0])
				}
				want = append(want, p)
			}
			got, err := s.Paths(ctx, tt.from.ID, tt.to.ID, tt.opt)
			if err != nil {
				t.Fatalf("Paths: %v", err)
			}
			if got == nil {
				t.Errorf("Paths returned nil, want a non-nil slice")
			}
			if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
				t.Errorf("Paths (-got +want):\n%s", diff)
			}
		})
	}
	t.Run("invalid", func(t *testing.T) {
		for _, opt := range []kg.PathOptions{
			{MaxDepth: 0}, {MaxDepth: kg.MaxPathDepth + 1}, {MaxDepth: -1},
			{MaxDepth: 2, All: true, Limit: -1}, {MaxDepth: 2, All: true, Limit: kg.MaxPageSize + 1},
			{MaxDepth: 2, Types: []kg.RelType{"LOVED"}},
			{MaxDepth: 2, Statuses: []kg.Status{"maybe"}},
		} {
			_, err := s.Paths(ctx, gc.ID, gd1.ID, opt)
			wantErr(t, fmt.Sprintf("Paths(%+v)", opt), err, kg.ErrInvalid)
		}
		for _, ends := range [][2]string{{"person:nobody", gc.ID}, {gc.ID, "person:nobody"}} {
			_, err := s.Paths(ctx, ends[0], ends[1], kg.PathOptions{MaxDepth: 2})
			wantErr(t, fmt.Sprintf("Paths(%q, %q)", ends[0], ends[1]), err, kg.ErrNotFound)
		}
	})
}

// testNeighborhoodAggregate holds an aggregated neighborhood to the fold
// of the plain one on the hub-heavy corpus, where thousands of parallel
// statements join the same pairs.
func testNeighborhoodAggregate(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	LoadHubGraph(t, s)
	tests := []struct {
		name   string
		centre string
		opt    kg.NeighborhoodOptions
	}{
		{"hub depth 1", TraversalHub(0).ID, kg.NeighborhoodOptions{Depth: 1, Limit: 200, FanOut: 50}},
		{"hub depth 2", TraversalHub(0).ID, kg.NeighborhoodOptions{Depth: 2, Limit: 200, FanOut: 50}},
		{"hub depth 2, MET only", TraversalHub(1).ID, kg.NeighborhoodOptions{Depth: 2, Limit: 100, FanOut: 30, Types: []kg.RelType{kg.Met}}},
		{"hub depth 2, dated range", TraversalHub(2).ID, kg.NeighborhoodOptions{Depth: 2, Limit: 100, FanOut: 30, From: day("2021-01-01"), To: day("2022-06-30")}},
		{"tail depth 2", TraversalTail(5).ID, kg.NeighborhoodOptions{Depth: 2, Limit: 200, FanOut: 50}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plain, err := s.Neighborhood(ctx, tt.centre, tt.opt)
			if err != nil {
				t.Fatalf("Neighborhood: %v", err)
			}
			want := plain
			want.Edges, want.Aggregates = kg.FoldEdges(plain.Edges)
			if len(want.Edges) == len(plain.Edges) && tt.name != "tail depth 2" {
				t.Fatalf("bad test: %d relations fold to as many edges", len(plain.Edges))
			}
			opt := tt.opt
			opt.Aggregate = true
			got, err := s.Neighborhood(ctx, tt.centre, opt)
			if err != nil {
				t.Fatalf("Neighborhood aggregated: %v", err)
			}
			if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
				t.Errorf("Neighborhood aggregated (-got +want):\n%s", diff)
			}

			opt.CountsOnly = true
			want.Edges, want.Aggregates = kg.CountEdges(want.Edges, want.Aggregates)
			if got, err = s.Neighborhood(ctx, tt.centre, opt); err != nil {
				t.Fatalf("Neighborhood counts only: %v", err)
			}
			if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
				t.Errorf("Neighborhood counts only (-got +want):\n%s", diff)
			}
		})
	}
}

// testNeighborhoodWeight holds the fan-out to its order (heaviest group
// first, then the most recent) and the summary graph behind it to the
// statements stored: upserts add to a group and deleting an article takes
// its statements out of their groups, so the order follows.
func testNeighborhoodWeight(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	hub := ent(kg.Person, "Weight Hub", 1)
	old := ent(kg.Person, "Weight Old", 1)
	fresh := ent(kg.Person, "Weight Fresh", 1)
	vague := ent(kg.Person, "Weight Vague", 1)
	a1 := sub(art("Weight article one: the hub met the old friend twice.", "2020-01-01"), []kg.Entity{hub, old},
		relSpec{typ: kg.Met, src: hub, dst: old, date: "2020-01-01"},
		relSpec{typ: kg.Met, src: old, dst: hub, date: "2020-01-02"})
	a2 := sub(art("Weight article two: the hub met the old friend again.", "2020-02-01"), []kg.Entity{hub, old},
		relSpec{typ: kg.Met, src: hub, dst: old, date: "2020-02-01"})
	a3 := sub(art("Weight article three: the hub attacked a fresh face.", "2024-01-01"), []kg.Entity{hub, fresh},
		relSpec{typ: kg.Attacked, src: hub, dst: fresh, date: "2024-01-01"})
	a4 := sub(art("Weight article four: someone vague met the hub.", ""), []kg.Entity{hub, vague},
		relSpec{typ: kg.Met, src: vague, dst: hub},
		relSpec{typ: kg.Met, src: hub, dst: vague, status: kg.Denied})
	s, m := loaded(t, open, []kg.Subgraph{a1, a2, a3, a4})
	check := func(name string, opt kg.NeighborhoodOptions, want []string) {
		t.Helper()
		got, err := s.Neighborhood(ctx, hub.ID, opt)
		if err != nil {
			t.Fatalf("%s: Neighborhood: %v", name, err)
		}
		if diff := cmp.Diff(entityIDs(got.Nodes)[1:], want, cmpOpts...); diff != "" {
			t.Errorf("%s: layer 1 (-got +want):\n%s", name, diff)
		}
		if diff := cmp.Diff(got, m.neighborhood(hub.ID, opt), cmpOpts...); diff != "" {
			t.Errorf("%s: Neighborhood (-got +want):\n%s", name, diff)
		}
		opt.Aggregate = true
		got, err = s.Neighborhood(ctx, hub.ID, opt)
		if err != nil {
			t.Fatalf("%s: Neighborhood aggregated: %v", name, err)
		}
		folded := m.neighborhood(hub.ID, opt)
		folded.Edges, folded.Aggregates = kg.FoldEdges(folded.Edges)
		if diff := cmp.Diff(got, folded, cmpOpts...); diff != "" {
			t.Errorf("%s: Neighborhood aggregated (-got +want):\n%s", name, diff)
		}
	}
	// Three MET statements with the old friend outweigh one recent attack;
	// the vague meetings (two groups of one: happened and denied) are
	// undated, so they come after the attack.
	check("heaviest first", kg.NeighborhoodOptions{Depth: 1, FanOut: 1}, []string{old.ID})
	// (A layer lists its nodes in the order the walk takes them.)
	check("then most recent", kg.NeighborhoodOptions{Depth: 1, FanOut: 2}, []string{old.ID, fresh.ID})
	check("undated last", kg.NeighborhoodOptions{Depth: 1, FanOut: 3}, []string{old.ID, fresh.ID, vague.ID})
	// In a range the weight is that of the statements in it.
	check("weight within a range", kg.NeighborhoodOptions{Depth: 1, FanOut: 1, From: day("2020-02-01")}, []string{fresh.ID})
	check("statuses apart", kg.NeighborhoodOptions{Depth: 1, FanOut: 1, Statuses: []kg.Status{kg.Denied}}, []string{vague.ID})

	for _, id := range []string{a1.Article.ID, a4.Article.ID} {
		if err := s.DeleteArticle(ctx, id); err != nil {
			t.Fatalf("DeleteArticle(%s): %v", id, err)
		}
		m.delete(id)
	}
	// One MET left with the old friend, older than the attack.
	check("after deletes", kg.NeighborhoodOptions{Depth: 1, FanOut: 1}, []string{fresh.ID})
	check("after deletes, all", kg.NeighborhoodOptions{Depth: 1}, []string{fresh.ID, old.ID})
	if _, err := s.Upsert(ctx, []kg.Subgraph{a1}); err != nil {
		t.Fatalf("Upsert again: %v", err)
	}
	m.upsert([]kg.Subgraph{a1})
	check("written again", kg.NeighborhoodOptions{Depth: 1, FanOut: 1}, []string{old.ID})
}

// testNeighborhoodStrongest holds a deeper layer to the strongest ties of
// the layer before it, taken across that layer in order of weight (not by
// the parent's place alone, nor by the entities' mentions), and the walk
// to its stop at the node limit: the groups after it are no edges, though
// both their ends are nodes.
func testNeighborhoodStrongest(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	hub := ent(kg.Person, "Strong Hub", 1)
	a := ent(kg.Person, "Strong A", 1)
	b := ent(kg.Person, "Strong B", 1)
	x := ent(kg.Person, "Strong X", 9) // most mentioned, weakest tie
	y := ent(kg.Person, "Strong Y", 1)
	art1 := sub(art("Strong article one: the hub and A, thrice; the hub and B once.", "2021-01-01"),
		[]kg.Entity{hub, a, b},
		relSpec{typ: kg.Met, src: hub, dst: a, date: "2020-01-01"},
		relSpec{typ: kg.Met, src: a, dst: hub, date: "2020-01-02"},
		relSpec{typ: kg.Met, src: hub, dst: a, date: "2020-01-03"},
		relSpec{typ: kg.Met, src: hub, dst: b, date: "2021-01-01"},
		relSpec{typ: kg.Met, src: a, dst: b})
	art2 := sub(art("Strong article two: B and Y twice; A and X once, lately.", "2022-01-01"),
		[]kg.Entity{a, b, x, y},
		relSpec{typ: kg.Met, src: b, dst: y, date: "2019-01-01"},
		relSpec{typ: kg.Met, src: y, dst: b, date: "2019-01-02"},
		relSpec{typ: kg.Attacked, src: a, dst: x, date: "2022-01-01"})
	duelA := ent(kg.Organization, "Strong Duel A", 1)
	duelB := ent(kg.Organization, "Strong Duel B", 1)
	art3 := sub(art("Strong article three: A and B attacked each other on one day.", "2023-05-05"),
		[]kg.Entity{duelA, duelB},
		relSpec{typ: kg.Attacked, src: duelA, dst: duelB, date: "2023-05-05"},
		relSpec{typ: kg.Attacked, src: duelB, dst: duelA, date: "2023-05-05"})
	s, m := loaded(t, open, []kg.Subgraph{art1, art2, art3})
	// Two groups alike but for their direction: u->v first, from either
	// end, from the summary and from the statements in a range.
	for _, tt := range []struct{ from, to kg.Entity }{{duelA, duelB}, {duelB, duelA}} {
		for _, opt := range []kg.NeighborhoodOptions{{Depth: 1, FanOut: 1}, {Depth: 1, FanOut: 1, From: day("2023-01-01")}} {
			got, err := s.Neighborhood(ctx, tt.from.ID, opt)
			if err != nil {
				t.Fatalf("Neighborhood: %v", err)
			}
			if len(got.Edges) != 1 || got.Edges[0].Source != tt.from.ID || !got.Truncated {
				t.Errorf("Neighborhood(%s, %+v) = %+v, want the one attack by %s, truncated", tt.from.ID, opt, got, tt.from.ID)
			}
			if diff := cmp.Diff(got, m.neighborhood(tt.from.ID, opt), cmpOpts...); diff != "" {
				t.Errorf("Neighborhood(%s, %+v) (-got +want):\n%s", tt.from.ID, opt, diff)
			}
		}
	}
	hubA := kg.EdgeKey(kg.Met, kg.Happened, hub.ID, a.ID)
	hubB := kg.EdgeKey(kg.Met, kg.Happened, hub.ID, b.ID)
	bY := kg.EdgeKey(kg.Met, kg.Happened, b.ID, y.ID)
	aX := kg.EdgeKey(kg.Attacked, kg.Happened, a.ID, x.ID)
	aB := kg.EdgeKey(kg.Met, kg.Happened, a.ID, b.ID)
	tests := []struct {
		name      string
		opt       kg.NeighborhoodOptions
		nodes     []kg.Entity
		groups    []string // the groups taken, as kg.EdgeKey
		truncated bool
	}{
		// Depth 2 takes, across A and B: hub-A (3, seen), B-Y (2), A-X
		// (1, 2022), B-hub (1, 2021, seen), A-B (1, undated, seen).
		{"strongest first across the layer", kg.NeighborhoodOptions{Depth: 2}, []kg.Entity{hub, a, b, y, x}, []string{hubA, hubB, bY, aX, aB}, false},
		{"stop at the limit", kg.NeighborhoodOptions{Depth: 2, Limit: 4}, []kg.Entity{hub, a, b, y}, []string{hubA, hubB, bY}, true},
		{"stop before a layer", kg.NeighborhoodOptions{Depth: 2, Limit: 3}, []kg.Entity{hub, a, b}, []string{hubA, hubB}, true},
		{"fan-out 1", kg.NeighborhoodOptions{Depth: 2, FanOut: 1}, []kg.Entity{hub, a}, []string{hubA}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := m.entities()
			want := kg.Graph{Truncated: tt.truncated}
			for _, e := range tt.nodes {
				want.Nodes = append(want.Nodes, all[e.ID])
			}
			want.Edges = m.relations(func(r kg.Relation) bool {
				return slices.Contains(tt.groups, kg.EdgeKey(r.Type, r.Status, r.Source, r.Target))
			})
			got, err := s.Neighborhood(ctx, hub.ID, tt.opt)
			if err != nil {
				t.Fatalf("Neighborhood: %v", err)
			}
			if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
				t.Errorf("Neighborhood (-got +want):\n%s", diff)
			}
			if diff := cmp.Diff(m.neighborhood(hub.ID, tt.opt), want, cmpOpts...); diff != "" {
				t.Errorf("model (-got +want):\n%s", diff)
			}
			opt := tt.opt
			opt.Aggregate, opt.CountsOnly = true, true
			want.Edges, want.Aggregates = kg.CountEdges(kg.FoldEdges(want.Edges))
			if got, err = s.Neighborhood(ctx, hub.ID, opt); err != nil {
				t.Fatalf("Neighborhood counts only: %v", err)
			}
			if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
				t.Errorf("Neighborhood counts only (-got +want):\n%s", diff)
			}
		})
	}
}

// testNeighborhoodHostileIDs walks a graph whose entity IDs (not minted
// from names) and names hold spaces, newlines, tabs, quotes and
// separators, both ways round and undated too: a store that packs a
// row's fields into one string (SQLite's fan-out and brief node reads)
// must still tell them apart. Plain, aggregated and counted, brief and
// whole.
func testNeighborhoodHostileIDs(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	odd := func(k kg.Kind, id, name string) kg.Entity {
		return kg.Entity{ID: id, Kind: k, Name: name, Mentions: 1}
	}
	centre := odd(kg.Person, "person:a b  c", "A B  C")
	others := []kg.Entity{
		odd(kg.Person, "person: lead", " Lead"),
		odd(kg.Person, "person:trail ", "Trail "),
		odd(kg.Organization, "organization:x\ny\tz", "X\nY\tZ"),
		odd(kg.Place, `place:'q' "r" \s | 1 MET happened 2024-01-01`, `'Q' "R" \S | 1 MET happened 2024-01-01`),
		odd(kg.Event, "event:0 1 2", "0 1 2"),
	}
	ents := append([]kg.Entity{centre}, others...)
	a1 := sub(art("Hostile ids one: they met, attacked and met again.", "2024-03-01"), ents,
		relSpec{typ: kg.Met, src: centre, dst: others[0], date: "2024-03-01"},
		relSpec{typ: kg.Met, src: others[0], dst: centre, date: "2024-03-02"},
		relSpec{typ: kg.Attacked, src: others[1], dst: centre},
		relSpec{typ: kg.Attacked, src: centre, dst: others[1], status: kg.Denied},
		relSpec{typ: kg.Said, src: centre, dst: others[2], date: "2024-02-01"},
		relSpec{typ: kg.Met, src: others[2], dst: others[3]},
		relSpec{typ: kg.ParticipatedIn, src: others[3], dst: others[4], date: "2024-01-05"},
		relSpec{typ: kg.OccurredIn, src: others[4], dst: others[3], date: "2024-01-05"},
	)
	a2 := sub(art("Hostile ids two: the centre met the lead once more.", "2024-04-01"), []kg.Entity{centre, others[0], others[3]},
		relSpec{typ: kg.Met, src: centre, dst: others[0], date: "2024-04-01"},
		relSpec{typ: kg.Met, src: centre, dst: others[3]},
	)
	s, m := loaded(t, open, []kg.Subgraph{a1, a2})
	for _, opt := range []kg.NeighborhoodOptions{
		{Depth: 2},
		{Depth: 2, BriefNodes: true},
		{Depth: 2, Aggregate: true},
		{Depth: 2, Aggregate: true, CountsOnly: true, BriefNodes: true},
		{Depth: 3, FanOut: 2, Limit: 4, Aggregate: true, CountsOnly: true, BriefNodes: true},
	} {
		got, err := s.Neighborhood(ctx, centre.ID, opt)
		if err != nil {
			t.Fatalf("Neighborhood(%+v): %v", opt, err)
		}
		want := m.neighborhood(centre.ID, opt)
		if opt.Aggregate {
			want.Edges, want.Aggregates = kg.FoldEdges(want.Edges)
			if opt.CountsOnly {
				want.Edges, want.Aggregates = kg.CountEdges(want.Edges, want.Aggregates)
			}
		}
		if len(got.Nodes) < 2 {
			t.Fatalf("Neighborhood(%+v): bad test: %d nodes", opt, len(got.Nodes))
		}
		if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
			t.Errorf("Neighborhood(%+v) (-got +want):\n%s", opt, diff)
		}
	}
}
