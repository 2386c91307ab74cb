package kg_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

// wantErr checks err against the error kind a case expects (nil: none).
func wantErr(t *testing.T, err, want error) {
	t.Helper()
	if !errors.Is(err, want) || (err != nil) != (want != nil) {
		t.Fatalf("error = %v, want %v", err, want)
	}
}

func TestNeighborhoodOptionsCheck(t *testing.T) {
	tests := []struct {
		name               string
		opt                kg.NeighborhoodOptions
		wantLimit, wantFan int
		wantErr            error
	}{
		{"defaults", kg.NeighborhoodOptions{Depth: 1}, kg.DefaultNodeLimit, kg.DefaultFanOut, nil},
		{"given", kg.NeighborhoodOptions{Depth: kg.MaxDepth, Limit: 7, FanOut: 3, Types: []kg.RelType{kg.Met}}, 7, 3, nil},
		{"maxima", kg.NeighborhoodOptions{Depth: 2, Limit: kg.MaxNeighborhood, FanOut: kg.MaxNeighborhood}, kg.MaxNeighborhood, kg.MaxNeighborhood, nil},
		{"depth zero", kg.NeighborhoodOptions{}, 0, 0, kg.ErrInvalid},
		{"depth too deep", kg.NeighborhoodOptions{Depth: kg.MaxDepth + 1}, 0, 0, kg.ErrInvalid},
		{"negative limit", kg.NeighborhoodOptions{Depth: 1, Limit: -1}, 0, 0, kg.ErrInvalid},
		{"limit too large", kg.NeighborhoodOptions{Depth: 1, Limit: kg.MaxNeighborhood + 1}, 0, 0, kg.ErrInvalid},
		{"negative fan-out", kg.NeighborhoodOptions{Depth: 1, FanOut: -1}, 0, 0, kg.ErrInvalid},
		{"fan-out too large", kg.NeighborhoodOptions{Depth: 1, FanOut: kg.MaxNeighborhood + 1}, 0, 0, kg.ErrInvalid},
		{"unknown type", kg.NeighborhoodOptions{Depth: 1, Types: []kg.RelType{kg.Met, "LIKED"}}, 0, 0, kg.ErrInvalid},
		{"known statuses", kg.NeighborhoodOptions{Depth: 1, Statuses: kg.Statuses}, kg.DefaultNodeLimit, kg.DefaultFanOut, nil},
		{"unknown status", kg.NeighborhoodOptions{Depth: 1, Statuses: []kg.Status{kg.Denied, "HAPPENED"}}, 0, 0, kg.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			limit, fan, err := tt.opt.Check()
			wantErr(t, err, tt.wantErr)
			if diff := cmp.Diff([]int{limit, fan}, []int{tt.wantLimit, tt.wantFan}); diff != "" {
				t.Errorf("limit, fan-out (-got +want):\n%s", diff)
			}
		})
	}
}

func TestPathOptionsCheck(t *testing.T) {
	tests := []struct {
		name      string
		opt       kg.PathOptions
		wantLimit int
		wantErr   error
	}{
		{"one path without All", kg.PathOptions{MaxDepth: 2, Limit: 5}, 1, nil},
		{"default with All", kg.PathOptions{MaxDepth: 2, All: true}, kg.DefaultPathLimit, nil},
		{"given with All", kg.PathOptions{MaxDepth: kg.MaxPathDepth, All: true, Limit: 4, Types: []kg.RelType{kg.Said}}, 4, nil},
		{"maximum with All", kg.PathOptions{MaxDepth: 1, All: true, Limit: kg.MaxPageSize}, kg.MaxPageSize, nil},
		{"depth zero", kg.PathOptions{All: true}, 0, kg.ErrInvalid},
		{"depth too deep", kg.PathOptions{MaxDepth: kg.MaxPathDepth + 1}, 0, kg.ErrInvalid},
		{"negative limit", kg.PathOptions{MaxDepth: 1, Limit: -1}, 0, kg.ErrInvalid},
		{"limit too large even without All", kg.PathOptions{MaxDepth: 1, Limit: kg.MaxPageSize + 1}, 0, kg.ErrInvalid},
		{"unknown type", kg.PathOptions{MaxDepth: 1, Types: []kg.RelType{"met"}}, 0, kg.ErrInvalid},
		{"known statuses", kg.PathOptions{MaxDepth: 1, Statuses: []kg.Status{kg.Happened, kg.Planned}}, 1, nil},
		{"unknown status", kg.PathOptions{MaxDepth: 1, Statuses: []kg.Status{"rumoured"}}, 0, kg.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.opt.Check()
			wantErr(t, err, tt.wantErr)
			if got != tt.wantLimit {
				t.Errorf("limit = %d, want %d", got, tt.wantLimit)
			}
		})
	}
}

func TestCheckSearch(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		kinds   []kg.Kind
		limit   int
		wantQ   string
		wantN   int
		wantErr error
	}{
		{"folds the text", "  Ana NÚÑEZ ", nil, 3, "ana nunez", 3, nil},
		{"default limit", "ana", []kg.Kind{kg.Person, kg.Place}, 0, "ana", kg.DefaultPageSize, nil},
		{"blank finds nothing", "   ", nil, 0, "", kg.DefaultPageSize, nil},
		{"punctuation finds nothing", "?!*", nil, 0, "", kg.DefaultPageSize, nil},
		{"query syntax is text", `a"b`, nil, 1, kg.FoldName(`a"b`), 1, nil},
		{"negative limit", "ana", nil, -1, "", 0, kg.ErrInvalid},
		{"limit too large", "ana", nil, kg.MaxPageSize + 1, "", 0, kg.ErrInvalid},
		{"unknown kind", "ana", []kg.Kind{"ANIMAL"}, 0, "", 0, kg.ErrInvalid},
		{"invalid UTF-8", "an\xffa", nil, 0, "", 0, kg.ErrInvalid},
		{"too long", strings.Repeat("a", kg.MaxSentenceBytes+1), nil, 0, "", 0, kg.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, n, err := kg.CheckSearch(tt.text, tt.kinds, tt.limit)
			wantErr(t, err, tt.wantErr)
			if q != tt.wantQ || n != tt.wantN {
				t.Errorf("CheckSearch = %q, %d, want %q, %d", q, n, tt.wantQ, tt.wantN)
			}
		})
	}
}
