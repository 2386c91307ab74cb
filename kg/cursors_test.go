package kg_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

func TestItemCursors(t *testing.T) {
	d := time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC)
	e := kg.Entity{ID: "person:ana-nunez", Name: "Ana Núñez", Mentions: 7, LastSeen: d}
	tests := []struct {
		name string
		got  kg.Cursor
		want kg.Cursor
	}{
		{"entity by mentions", kg.EntityCursor(e, kg.ByMentions), kg.Cursor{Num: 7, ID: e.ID}},
		{"entity in no order is by mentions", kg.EntityCursor(e, ""), kg.Cursor{Num: 7, ID: e.ID}},
		{"entity by folded name", kg.EntityCursor(e, kg.ByName), kg.Cursor{Key: "ana nunez", ID: e.ID}},
		{"entity by last seen", kg.EntityCursor(e, kg.ByLastSeen), kg.Cursor{Key: "2024-05-06", ID: e.ID}},
		{"entity never seen", kg.EntityCursor(kg.Entity{ID: "x"}, kg.ByLastSeen), kg.Cursor{ID: "x"}},
		{"relation by date", kg.RelationCursor(kg.Relation{ID: "r", Date: d}), kg.Cursor{Key: "2024-05-06", ID: "r"}},
		{"undated relation", kg.RelationCursor(kg.Relation{ID: "r"}), kg.Cursor{ID: "r"}},
		{"article by date", kg.ArticleCursor(kg.Article{ID: "a", Date: d}), kg.Cursor{Key: "2024-05-06", ID: "a"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.got, tt.want); diff != "" {
				t.Errorf("cursor (-got +want):\n%s", diff)
			}
		})
	}
}
