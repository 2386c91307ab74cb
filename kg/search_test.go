package kg_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

func TestGradeName(t *testing.T) {
	e := func(name string, aliases ...string) kg.Entity {
		return kg.Entity{ID: kg.EntityID(kg.Person, name), Kind: kg.Person, Name: name, Aliases: aliases}
	}
	hit := func(e kg.Entity, score float64, matched, field string) kg.SearchHit {
		return kg.SearchHit{Entity: e, Score: score, Matched: matched, Field: field}
	}
	tests := []struct {
		name   string
		entity kg.Entity
		q      string
		want   kg.SearchHit
		wantOK bool
	}{
		{"exact after folding", e("Ana Núñez"), "ana nunez", hit(e("Ana Núñez"), kg.ScoreExact, "Ana Núñez", "name"), true},
		{"name prefix", e("Ana Núñez"), "ana", hit(e("Ana Núñez"), kg.ScorePrefix, "Ana Núñez", "name"), true},
		{"alias prefix beats name substring", e("Ana Núñez", "Nunez"), "nunez", hit(e("Ana Núñez", "Nunez"), kg.ScoreAlias, "Nunez", "alias"), true},
		{"first matching alias wins", e("Bo Ek", "Lind", "Lindqvist"), "lind", hit(e("Bo Ek", "Lind", "Lindqvist"), kg.ScoreAlias, "Lind", "alias"), true},
		{"name prefix beats alias prefix", e("Lind Ek", "Lindqvist"), "lind", hit(e("Lind Ek", "Lindqvist"), kg.ScorePrefix, "Lind Ek", "name"), true},
		{"name substring", e("Ana Núñez"), "nez", hit(e("Ana Núñez"), kg.ScorePartial, "Ana Núñez", "name"), true},
		{"name substring before alias substring", e("Ana Roe", "Xroe"), "roe", hit(e("Ana Roe", "Xroe"), kg.ScorePartial, "Ana Roe", "name"), true},
		{"alias substring", e("Bo Ek", "The Harbour Office"), "harbour", hit(e("Bo Ek", "The Harbour Office"), kg.ScorePartial, "The Harbour Office", "alias"), true},
		{"no match", e("Bo Ek", "Lind"), "zed", kg.SearchHit{}, false},
		{"text is not folded here", e("Ana"), "ANA", kg.SearchHit{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := kg.GradeName(tt.entity, tt.q)
			if ok != tt.wantOK {
				t.Fatalf("GradeName(%q) ok = %v, want %v", tt.q, ok, tt.wantOK)
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("GradeName(%q) (-got +want):\n%s", tt.q, diff)
			}
		})
	}
}

func TestRankHits(t *testing.T) {
	h := func(id string, score float64, mentions int) kg.SearchHit {
		return kg.SearchHit{Entity: kg.Entity{ID: id, Mentions: mentions}, Score: score}
	}
	ids := func(hs []kg.SearchHit) []string {
		out := []string{}
		for _, x := range hs {
			out = append(out, x.Entity.ID)
		}
		return out
	}
	tests := []struct {
		name  string
		hits  []kg.SearchHit
		limit int
		want  []string
	}{
		{"score first", []kg.SearchHit{h("a", 1, 9), h("b", 5, 1), h("c", 3, 1)}, 10, []string{"b", "c", "a"}},
		{"then mentions", []kg.SearchHit{h("a", 2, 1), h("b", 2, 7), h("c", 2, 3)}, 10, []string{"b", "c", "a"}},
		{"then ID by bytes", []kg.SearchHit{h("b", 2, 1), h("B", 2, 1), h("a", 2, 1)}, 10, []string{"B", "a", "b"}},
		{"limit keeps the best", []kg.SearchHit{h("a", 1, 1), h("b", 4, 1), h("c", 5, 1)}, 2, []string{"c", "b"}},
		{"nil is an empty answer", nil, 5, []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := kg.RankHits(tt.hits, tt.limit)
			if got == nil {
				t.Fatal("RankHits returned nil, want an empty slice")
			}
			if diff := cmp.Diff(ids(got), tt.want); diff != "" {
				t.Errorf("RankHits order (-got +want):\n%s", diff)
			}
		})
	}
}
