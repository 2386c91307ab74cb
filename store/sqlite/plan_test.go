package sqlite

import (
	"context"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/kg"
)

// TestTraversalPlans holds the traversal statements to the indexes that make
// them cheap on hubs: a plan that falls back to reading or sorting all of a
// hub's relations gives the same answers, only slowly, so no other test
// would notice. The plans are SQLite's on an empty store, without
// statistics, as a fresh store runs them.
func TestTraversalPlans(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	// Neighborhood filters by types, statuses and dates, Paths by types and
	// statuses.
	filters := []struct {
		name     string
		types    []kg.RelType
		statuses []kg.Status
		from, to string
	}{
		{"all relations", nil, nil, "", ""},
		{"types", []kg.RelType{kg.Met, kg.Said}, nil, "", ""},
		{"types and dates", []kg.RelType{kg.Met, kg.Said}, nil, "2024-01-01", "2024-12-31"},
		{"statuses", nil, []kg.Status{kg.Happened, kg.Planned}, "", ""},
		{"types, statuses and dates", []kg.RelType{kg.Met}, []kg.Status{kg.Denied}, "2024-01-01", "2024-12-31"},
	}
	for _, f := range filters {
		base, err := traversal(f.types, f.statuses, f.from, f.to)
		if err != nil {
			t.Fatalf("traversal: %v", err)
		}
		sum := summary(f.types, f.statuses)
		topQ := summaryTopSQL(sum)
		topArgs := append(slices.Clone(sum.args), 51, 3, jsonStrings([]string{"u", "v"}))
		foldQ, foldArgs := foldedTopSQL(base)
		nbQ, nbArgs := neighboursSQL(base)
		firstQ, firstArgs := firstJoinSQL(base)
		edges := among(base, []string{"u", "v", "w"})
		tests := []struct {
			name  string
			paths bool // a Paths statement: no date filter
			query string
			args  []any
			want  []string // patterns, each to match a line of the plan
		}{
			// In fan-out order from the key: no sort.
			{"fan-out", false, topQ, topArgs, []string{`^SEARCH g USING PRIMARY KEY \(node=\?\)$`}},
			// A date range folds the node's statements in range: a read of
			// them from the pair indexes by end, never of the table.
			{"fan-out in a range", false, foldQ, foldArgs("u", 0, 51), []string{
				`^SEARCH r USING COVERING INDEX relations_source_pair \(source=\?`,
				`^SEARCH r USING COVERING INDEX relations_target_pair \(target=\?`,
			}},
			{"frontier neighbours", true, nbQ, nbArgs([]string{"u", "v"}), []string{
				`^SEARCH r USING COVERING INDEX relations_source_pair \(source=\?\)`,
				`^SEARCH r USING COVERING INDEX relations_target_pair \(target=\?\)`,
			}},
			{"first joining relation", true, firstQ, firstArgs("u", "v"), []string{
				`^SEARCH r USING COVERING INDEX relations_(source|target)_pair \((source=\? AND target|target=\? AND source)=\?\)`,
			}},
		}
		if len(f.types) == 0 {
			// Grouped on a pair index, only each group's first relation
			// read from the table. (With a type filter on an empty,
			// unanalysed database the planner prefers relations_type, for
			// this statement as for the plain edge list.)
			tests = append(tests, struct {
				name  string
				paths bool
				query string
				args  []any
				want  []string
			}{"aggregated edges", false, aggregateSQL(edges), edges.args, []string{
				`^SEARCH r USING (COVERING )?INDEX relations_(source|target)_pair \((source=\? AND target|target=\? AND source)=\?\)`,
				`^SEARCH r USING INDEX sqlite_autoindex_relations_1 \(id=\?\)`,
			}})
		}
		for _, tt := range tests {
			if tt.paths && f.from != "" {
				continue
			}
			t.Run(f.name+"/"+tt.name, func(t *testing.T) {
				got := plan(t, s, tt.query, tt.args)
				for _, w := range tt.want {
					if !regexp.MustCompile(`(?m)` + w).MatchString(got) {
						t.Errorf("plan of %s has no line matching %q:\n%s", tt.query, w, got)
					}
				}
				// The only sort allowed is the merge of two cut halves
				// (which SQLite may spell as a sort of each half's few
				// rows, read from a subquery, before merging them).
				lines := strings.Split(got, "\n")
				n := 0
				for i, l := range lines {
					if l == "USE TEMP B-TREE FOR ORDER BY" && (i == 0 || !strings.HasPrefix(lines[i-1], "SCAN (subquery")) {
						n++
					}
				}
				if n > 1 {
					t.Errorf("plan of %s sorts %d times:\n%s", tt.query, n, got)
				}
				// A node's fan-out is read in its order from edge_ends' key.
				if tt.name == "fan-out" && strings.Contains(got, "TEMP B-TREE") {
					t.Errorf("plan of %s sorts:\n%s", tt.query, got)
				}
			})
		}
	}
}

// TestRelationPagePlans holds relation pages by one end to that end's
// pair index (migration 0010 dropped the narrower (end, type) indexes):
// a seek of the end's entries, the type filter read from the index
// before the row, never a scan of the table.
func TestRelationPagePlans(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	tests := []struct {
		f    kg.RelationFilter
		want string
	}{
		{kg.RelationFilter{Source: "u"}, `(?m)^SEARCH r USING INDEX relations_source_pair \(source=\?\)$`},
		{kg.RelationFilter{Source: "u", Types: []kg.RelType{kg.Said}}, `(?m)^SEARCH r USING INDEX relations_source_pair \(source=\?\)$`},
		{kg.RelationFilter{Target: "u", Types: []kg.RelType{kg.Met, kg.Said}}, `(?m)^SEARCH r USING INDEX relations_target_pair \(target=\?\)$`},
		{kg.RelationFilter{Source: "u", Target: "v"}, `(?m)^SEARCH r USING INDEX relations_(source|target)_pair \((source=\? AND target|target=\? AND source)=\?\)$`},
	}
	for _, tt := range tests {
		q, err := relationQuery(tt.f)
		if err != nil {
			t.Fatal(err)
		}
		stmt := q.sql(relationCols) + relationKeyset.orderBy(false) + " LIMIT ?"
		got := plan(t, s, stmt, append(slices.Clone(q.args), 21))
		if !regexp.MustCompile(tt.want).MatchString(got) {
			t.Errorf("plan of the page %+v has no line matching %q:\n%s", tt.f, tt.want, got)
		}
		if regexp.MustCompile(`(?m)^SCAN r\b`).MatchString(got) {
			t.Errorf("plan of the page %+v scans relations:\n%s", tt.f, got)
		}
	}
}

// TestNodesPlan holds a neighborhood's node read to the primary key and
// the walk's order: the IDs are read in their array's order and each
// node found by its ID, never by a scan of the entities (readNodes then
// need not sort them).
func TestNodesPlan(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	for _, q := range []string{nodesSQL, briefNodesSQL} {
		got := plan(t, s, q, []any{jsonStrings([]string{"u", "v"})})
		if !regexp.MustCompile(`(?s)^SCAN j VIRTUAL TABLE INDEX \d+:\S*\nSEARCH e USING PRIMARY KEY \(id=\?\)$`).MatchString(strings.TrimSpace(got)) {
			t.Errorf("plan of %s is not the IDs in order, each entity by primary key:\n%s", q, got)
		}
	}
}

// plan returns the details of EXPLAIN QUERY PLAN for query, one per line.
func plan(t *testing.T, s *Store, query string, args []any) string {
	t.Helper()
	rows, err := s.r.QueryContext(context.Background(), "EXPLAIN QUERY PLAN "+query, args...)
	if err != nil {
		t.Fatalf("EXPLAIN QUERY PLAN %s: %v", query, err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var id, parent, notused int
		var detail string
		if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
			t.Fatalf("scan plan: %v", err)
		}
		b.WriteString(detail + "\n")
	}
	if err := rows.Err(); err != nil {
		t.Fatalf("plan rows: %v", err)
	}
	return b.String()
}
