package kg_test

import (
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph/kg"
)

func TestCheckRelationsOf(t *testing.T) {
	tests := []struct {
		name      string
		f         kg.RelationFilter
		perEntity int
		want      int
		wantErr   error
	}{
		{"zero means the default", kg.RelationFilter{}, 0, kg.DefaultPageSize, nil},
		{"one", kg.RelationFilter{}, 1, 1, nil},
		{"the maximum", kg.RelationFilter{}, kg.MaxPageSize, kg.MaxPageSize, nil},
		{"above the maximum", kg.RelationFilter{}, kg.MaxPageSize + 1, 0, kg.ErrInvalid},
		{"negative", kg.RelationFilter{}, -1, 0, kg.ErrInvalid},
		{"other filters are fine", kg.RelationFilter{Types: []kg.RelType{kg.Met}, Text: "x", ArticleID: "a"}, 3, 3, nil},
		{"entity pinned", kg.RelationFilter{Entity: "person:x"}, 3, 0, kg.ErrInvalid},
		{"source pinned", kg.RelationFilter{Source: "person:x"}, 3, 0, kg.ErrInvalid},
		{"target pinned", kg.RelationFilter{Target: "person:x"}, 3, 0, kg.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := kg.CheckRelationsOf(tt.f, tt.perEntity)
			if !errors.Is(err, tt.wantErr) || (err != nil) != (tt.wantErr != nil) {
				t.Fatalf("CheckRelationsOf error = %v, want %v", err, tt.wantErr)
			}
			if got != tt.want {
				t.Errorf("CheckRelationsOf = %d, want %d", got, tt.want)
			}
		})
	}
}
