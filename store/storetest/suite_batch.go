package storetest

import (
	"context"
	"fmt"
	"sort"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

// testBatch checks the batched reads loaders use: ArticlesByID,
// RelationsOf, ArticlesOf and RelationsIn, against the model.
func testBatch(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	c := newsCorpus()
	s, m := loaded(t, open, c, graphCorpus())
	t.Run("ArticlesByID", func(t *testing.T) {
		tests := []struct {
			name string
			ids  []string
		}{
			{"none", nil},
			{"one", []string{c[1].Article.ID}},
			{"known and unknown", []string{c[2].Article.ID, "article:nope", c[0].Article.ID}},
			{"duplicates", []string{c[3].Article.ID, c[3].Article.ID}},
			{"only unknown", []string{"", ada.ID}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.ArticlesByID(ctx, tt.ids)
				if err != nil {
					t.Fatal(err)
				}
				var want []kg.Article
				seen := make(map[string]bool)
				for _, id := range tt.ids {
					for _, a := range m.articles(nil) {
						if a.ID == id && !seen[id] {
							want = append(want, a)
							seen[id] = true
						}
					}
				}
				byID := func(as []kg.Article) { sort.Slice(as, func(i, j int) bool { return as[i].ID < as[j].ID }) }
				byID(got)
				byID(want)
				if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
					t.Errorf("ArticlesByID(%q) (-got +want):\n%s", tt.ids, diff)
				}
			})
		}
	})
	t.Run("RelationsOf", func(t *testing.T) {
		every := []string{ada.ID, bruno.ID, celia.ID, port.ID, northwind.ID, summit.ID, gc.ID, ga1.ID}
		tests := []struct {
			name string
			ids  []string
			f    kg.RelationFilter
			n    int
		}{
			{"none", nil, kg.RelationFilter{}, 5},
			{"one, all its relations", []string{ada.ID}, kg.RelationFilter{}, kg.MaxPageSize},
			{"many, default limit", every, kg.RelationFilter{}, 0},
			{"many, one each", every, kg.RelationFilter{}, 1},
			{"many, two each", every, kg.RelationFilter{}, 2},
			{"unknown and duplicates", []string{"person:nobody", ada.ID, ada.ID, ""}, kg.RelationFilter{}, 3},
			{"types", every, kg.RelationFilter{Types: []kg.RelType{kg.Said, kg.Met}}, 3},
			{"structural types", every, kg.RelationFilter{Types: []kg.RelType{kg.ParticipatedIn, kg.OccurredIn}}, 2},
			{"statuses", every, kg.RelationFilter{Statuses: []kg.Status{kg.Planned, kg.Denied}}, 4},
			{"range", every, kg.RelationFilter{From: day("2024-01-02"), To: day("2024-03-01")}, 3},
			{"from", every, kg.RelationFilter{From: day("2024-03-01")}, 10},
			{"text", every, kg.RelationFilter{Text: "HARBOR"}, 10},
			{"article", every, kg.RelationFilter{ArticleID: c[2].Article.ID}, 10},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.RelationsOf(ctx, tt.ids, tt.f, tt.n)
				if err != nil {
					t.Fatal(err)
				}
				n := tt.n
				if n == 0 {
					n = kg.DefaultPageSize
				}
				keep := relKeep(tt.f)
				want := make(map[string][]kg.Relation)
				for _, id := range tt.ids {
					if id == "" {
						continue
					}
					rs := m.relations(func(r kg.Relation) bool { return (r.Source == id || r.Target == id) && keep(r) })
					if len(rs) > n {
						rs = rs[:n]
					}
					if len(rs) > 0 {
						want[id] = rs
					}
				}
				if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
					t.Errorf("RelationsOf(%q, %+v, %d) (-got +want):\n%s", tt.ids, tt.f, tt.n, diff)
				}

				rels, ents, err := s.RelationsOfEnds(ctx, tt.ids, tt.f, tt.n)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(rels, want, cmpOpts...); diff != "" {
					t.Errorf("RelationsOfEnds(%q, %+v, %d) relations (-got +want):\n%s", tt.ids, tt.f, tt.n, diff)
				}
				all := m.entities()
				wantEnts := make(map[string]kg.Entity)
				for _, id := range tt.ids {
					if e, ok := all[id]; ok {
						wantEnts[id] = e
					}
				}
				for _, rs := range want {
					for _, r := range rs {
						wantEnts[r.Source] = all[r.Source]
						if r.Target != "" {
							wantEnts[r.Target] = all[r.Target]
						}
					}
				}
				if diff := cmp.Diff(ents, wantEnts, cmpOpts...); diff != "" {
					t.Errorf("RelationsOfEnds(%q, %+v, %d) entities (-got +want):\n%s", tt.ids, tt.f, tt.n, diff)
				}
			})
		}
		t.Run("invalid", func(t *testing.T) {
			for _, tt := range []struct {
				f kg.RelationFilter
				n int
			}{
				{kg.RelationFilter{Entity: ada.ID}, 5},
				{kg.RelationFilter{Source: ada.ID}, 5},
				{kg.RelationFilter{Target: ada.ID}, 5},
				{kg.RelationFilter{Types: []kg.RelType{"LOVED"}}, 5},
				{kg.RelationFilter{Statuses: []kg.Status{"maybe"}}, 5},
				{kg.RelationFilter{}, -1},
				{kg.RelationFilter{}, kg.MaxPageSize + 1},
			} {
				_, err := s.RelationsOf(ctx, []string{ada.ID}, tt.f, tt.n)
				wantErr(t, fmt.Sprintf("RelationsOf(%+v, %d)", tt.f, tt.n), err, kg.ErrInvalid)
				_, _, err = s.RelationsOfEnds(ctx, []string{ada.ID}, tt.f, tt.n)
				wantErr(t, fmt.Sprintf("RelationsOfEnds(%+v, %d)", tt.f, tt.n), err, kg.ErrInvalid)
			}
		})
	})
	t.Run("ArticlesOf", func(t *testing.T) {
		every := []string{ada.ID, bruno.ID, celia.ID, port.ID, northwind.ID, summit.ID, gc.ID, ga1.ID, dmitri.ID}
		tests := []struct {
			name string
			ids  []string
			n    int
		}{
			{"none", nil, 5},
			{"one, all its articles", []string{ada.ID}, kg.MaxPageSize},
			{"many, default limit", every, 0},
			{"many, one each", every, 1},
			{"many, two each", every, 2},
			{"unknown and duplicates", []string{"person:nobody", ada.ID, ada.ID, ""}, 3},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.ArticlesOf(ctx, tt.ids, tt.n)
				if err != nil {
					t.Fatal(err)
				}
				n := tt.n
				if n == 0 {
					n = kg.DefaultPageSize
				}
				want := make(map[string][]kg.Article)
				for _, id := range tt.ids {
					if id == "" {
						continue
					}
					as := m.articles(func(g kg.Subgraph) bool {
						for _, e := range g.Entities {
							if e.ID == id {
								return true
							}
						}
						return false
					})
					if len(as) > n {
						as = as[:n]
					}
					if len(as) > 0 {
						want[id] = as
					}
				}
				if tt.name == "many, two each" && len(want) < 3 {
					t.Fatalf("bad test: only %d entities have articles", len(want))
				}
				if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
					t.Errorf("ArticlesOf(%q, %d) (-got +want):\n%s", tt.ids, tt.n, diff)
				}
			})
		}
		t.Run("invalid", func(t *testing.T) {
			for _, n := range []int{-1, kg.MaxPageSize + 1} {
				_, err := s.ArticlesOf(ctx, []string{ada.ID}, n)
				wantErr(t, fmt.Sprintf("ArticlesOf(%d)", n), err, kg.ErrInvalid)
			}
		})
	})
	t.Run("RelationsIn", func(t *testing.T) {
		var every []string
		for _, g := range c {
			every = append(every, g.Article.ID)
		}
		tests := []struct {
			name  string
			ids   []string
			types []kg.RelType
			n     int
		}{
			{"none", nil, nil, 5},
			{"one, all its relations", every[:1], nil, kg.MaxPageSize},
			{"many, default limit", every, nil, 0},
			{"many, one each", every, nil, 1},
			{"many, two each", every, nil, 2},
			{"types", every, []kg.RelType{kg.Said, kg.Met}, 3},
			{"unknown and duplicates", []string{"article:nope", every[0], every[0], ""}, nil, 3},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.RelationsIn(ctx, tt.ids, tt.types, tt.n)
				if err != nil {
					t.Fatal(err)
				}
				n := tt.n
				if n == 0 {
					n = kg.DefaultPageSize
				}
				keep := relKeep(kg.RelationFilter{Types: tt.types})
				want := make(map[string][]kg.Relation)
				for _, id := range tt.ids {
					if id == "" {
						continue
					}
					rs := m.relations(func(r kg.Relation) bool { return r.Evidence.ArticleID == id && keep(r) })
					if len(rs) > n {
						rs = rs[:n]
					}
					if len(rs) > 0 {
						want[id] = rs
					}
				}
				if tt.name == "many, two each" && len(want) < 3 {
					t.Fatalf("bad test: only %d articles have relations", len(want))
				}
				if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
					t.Errorf("RelationsIn(%q, %v, %d) (-got +want):\n%s", tt.ids, tt.types, tt.n, diff)
				}
			})
		}
		t.Run("invalid", func(t *testing.T) {
			for _, tt := range []struct {
				types []kg.RelType
				n     int
			}{
				{nil, -1},
				{nil, kg.MaxPageSize + 1},
				{[]kg.RelType{"LOVED"}, 5},
			} {
				_, err := s.RelationsIn(ctx, every[:1], tt.types, tt.n)
				wantErr(t, fmt.Sprintf("RelationsIn(%v, %d)", tt.types, tt.n), err, kg.ErrInvalid)
			}
		})
	})
	t.Run("after delete", func(t *testing.T) {
		// Relations of a deleted article, and of entities it alone
		// mentioned, are gone from the batch too.
		id := c[1].Article.ID
		if err := s.DeleteArticle(ctx, id); err != nil {
			t.Fatal(err)
		}
		m.delete(id)
		got, err := s.RelationsOf(ctx, []string{ada.ID, bruno.ID, port.ID}, kg.RelationFilter{}, kg.MaxPageSize)
		if err != nil {
			t.Fatal(err)
		}
		want := make(map[string][]kg.Relation)
		for _, e := range []string{ada.ID, bruno.ID, port.ID} {
			if rs := m.relations(func(r kg.Relation) bool { return r.Source == e || r.Target == e }); len(rs) > 0 {
				want[e] = rs
			}
		}
		if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
			t.Errorf("RelationsOf after delete (-got +want):\n%s", diff)
		}
		as, err := s.ArticlesByID(ctx, []string{id})
		if err != nil {
			t.Fatal(err)
		}
		if len(as) != 0 {
			t.Errorf("ArticlesByID(deleted) = %d articles, want none", len(as))
		}
	})
}
