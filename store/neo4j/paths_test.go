package neo4j

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/kg"
)

// pathIDs is a path as the IDs of its nodes and edges.
func pathIDs(ps []kg.Path) [][]string {
	out := [][]string{}
	for _, p := range ps {
		var ids []string
		for _, n := range p.Nodes {
			ids = append(ids, n.ID)
		}
		for _, e := range p.Edges {
			ids = append(ids, e.ID)
		}
		out = append(out, ids)
	}
	return out
}

// TestPathsRoute checks which way Paths answers: in one statement while
// allShortestPaths stays under pathCap, by the layered fallback (which
// logs it) once parallel relations reach the cap, with the same answer.
func TestPathsRoute(t *testing.T) {
	var logs bytes.Buffer
	cfg := server(t)
	cfg.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	s := openEmpty(t, cfg)
	ctx := context.Background()
	// Two articles tell the same (planned) attack: two parallel relations,
	// two paths for allShortestPaths; each also has a SAID to its Article,
	// which is no bridge.
	first := subgraph("Ada Speaker said words and struck Somewhere.", "2024-03-01")
	second := subgraph("Ada Speaker struck Somewhere again.", "2024-03-02")
	if _, err := s.Upsert(ctx, []kg.Subgraph{first, second}); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	ada, place := first.Entities[0].ID, first.Entities[1].ID
	// Both attacks are undated: relation order is by ID.
	edge := min(first.Relations[1].ID, second.Relations[1].ID)
	want := [][]string{{ada, place, edge}}
	tests := []struct {
		name     string
		cap      int64
		statuses []kg.Status
		want     [][]string
		fallBack bool
	}{
		{"under the cap", pathCap, nil, want, false},
		{"at the cap", 2, nil, want, true},
		{"at the cap, of the status", 2, []kg.Status{kg.Planned}, want, true},
		{"at the cap, of no status there", 1, []kg.Status{kg.Denied}, [][]string{}, false},
		{"under the cap, of no status there", pathCap, []kg.Status{kg.Happened, kg.Denied}, [][]string{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			defer func(c int64) { pathCap = c }(pathCap)
			pathCap = tt.cap
			logs.Reset()
			got, err := s.Paths(ctx, ada, place, kg.PathOptions{MaxDepth: 3, All: true, Statuses: tt.statuses})
			if err != nil {
				t.Fatalf("Paths: %v", err)
			}
			if diff := cmp.Diff(pathIDs(got), tt.want); diff != "" {
				t.Errorf("Paths (-got +want):\n%s", diff)
			}
			if fellBack := strings.Contains(logs.String(), "exceeded the allShortestPaths cap"); fellBack != tt.fallBack {
				t.Errorf("fell back = %v, want %v; log:\n%s", fellBack, tt.fallBack, logs.String())
			}
		})
	}
}

// TestPathsUnknownEnd checks that the one statement tells which end is
// missing, whichever it is.
func TestPathsUnknownEnd(t *testing.T) {
	s := openEmpty(t, server(t))
	ctx := context.Background()
	sg := subgraph("Ada Speaker said words and struck Somewhere.", "2024-03-01")
	if _, err := s.Upsert(ctx, []kg.Subgraph{sg}); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	known, unknown, other := sg.Entities[0].ID, "person:nobody", "person:no-one-either"
	tests := []struct {
		name, from, to, missing string
	}{
		{"from", unknown, known, unknown},
		{"to", known, unknown, unknown},
		{"both", unknown, other, unknown},
		{"same", unknown, unknown, unknown},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Paths(ctx, tt.from, tt.to, kg.PathOptions{MaxDepth: 2})
			if !errors.Is(err, kg.ErrNotFound) {
				t.Fatalf("Paths = %v, want ErrNotFound", err)
			}
			if got := err.Error(); !strings.Contains(got, `entity "`+tt.missing+`"`) {
				t.Errorf("error %q does not name entity %q", got, tt.missing)
			}
		})
	}
}
