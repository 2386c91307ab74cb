package kg_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

func TestGraphAddLayer(t *testing.T) {
	e := func(id string, mentions int) kg.Entity { return kg.Entity{ID: id, Mentions: mentions} }
	centre := e("centre", 1)
	tests := []struct {
		name          string
		layer         []kg.Entity
		limit         int
		wantIDs       []string
		wantFull      bool
		wantTruncated bool
	}{
		{"mentions descending", []kg.Entity{e("a", 1), e("b", 9), e("c", 4)}, 10, []string{"centre", "b", "c", "a"}, false, false},
		{"ties by ID bytes", []kg.Entity{e("b", 2), e("a", 2), e("B", 2)}, 10, []string{"centre", "B", "a", "b"}, false, false},
		{"exactly the limit is not truncated", []kg.Entity{e("a", 1), e("b", 2)}, 3, []string{"centre", "b", "a"}, false, false},
		{"over the limit keeps the best", []kg.Entity{e("a", 1), e("b", 2), e("c", 3)}, 3, []string{"centre", "c", "b"}, true, true},
		{"empty layer", nil, 1, []string{"centre"}, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := kg.Graph{Nodes: []kg.Entity{centre}}
			full := g.AddLayer(tt.layer, tt.limit)
			if full != tt.wantFull || g.Truncated != tt.wantTruncated {
				t.Errorf("AddLayer full, Truncated = %v, %v, want %v, %v", full, g.Truncated, tt.wantFull, tt.wantTruncated)
			}
			if diff := cmp.Diff(g.NodeIDs(), tt.wantIDs); diff != "" {
				t.Errorf("nodes (-got +want):\n%s", diff)
			}
		})
	}
}
