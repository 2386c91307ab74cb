package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/neo4jtest"
)

// TestBench runs the whole command on a small corpus: real files, the real
// pipeline and store, the real handler over HTTP on loopback, and on Neo4j
// the driver directly.
func TestBench(t *testing.T) {
	if testing.Short() {
		t.Skip("ingests a corpus and serves it")
	}
	tests := []struct {
		name  string
		store string
		args  func(t *testing.T) []string
	}{
		{"sqlite", "sqlite", func(t *testing.T) []string { return nil }},
		{"neo4j", "neo4j", func(t *testing.T) []string {
			c := neo4jtest.Env(t)
			// The command takes neo4jtest's lock itself.
			return []string{"--neo4j-uri", c.URI, "--neo4j-user", c.Username, "--neo4j-password", c.Password, "--neo4j-database", c.Database, "--reset"}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "results.md")
			args := append([]string{"--store", tt.store, "--articles", "30", "--seed", "5", "--clients", "2", "--requests", "3", "--warmup", "1", "--out", out}, tt.args(t)...)
			var stdout, stderr bytes.Buffer
			if code := run(context.Background(), args, &stdout, &stderr, func(string) string { return "" }); code != 0 {
				t.Fatalf("exit %d; stderr:\n%s", code, stderr.String())
			}
			raw, err := os.ReadFile(strings.TrimSuffix(out, ".md") + ".json")
			if err != nil {
				t.Fatal(err)
			}
			var rep Report
			if err := json.Unmarshal(raw, &rep); err != nil {
				t.Fatal(err)
			}
			if got, want := rep.Ingest.Read, 30; got != want {
				t.Errorf("ingest read %d articles, want %d", got, want)
			}
			if got, want := rep.Graph.Articles, rep.Ingest.Written; got != want || got == 0 {
				t.Errorf("store holds %d articles, ingest wrote %d", got, want)
			}
			if got := len(rep.Ingest.TenthsPerSecond); got < 8 {
				t.Errorf("rates of %d tenths of the corpus, want about 10", got)
			}
			if rep.Ingest.ArticlesPerSecond <= 0 || rep.Graph.Entities == 0 || rep.Graph.Relations == 0 {
				t.Errorf("empty measurements: %+v %+v", rep.Ingest, rep.Graph)
			}
			var names []string
			for _, q := range rep.Queries {
				names = append(names, q.Name)
				if got, want := q.GraphQL.Requests, 2*3; got != want {
					t.Errorf("%s: %d GraphQL requests, want %d", q.Name, got, want)
				}
				if q.GraphQL.Errors != 0 || q.GraphQL.P50ms <= 0 || q.Inputs == 0 {
					t.Errorf("%s: GraphQL %+v over %d inputs", q.Name, q.GraphQL, q.Inputs)
				}
				if q.Store == nil || q.Store.Errors != 0 || q.Store.Requests != 2*3 || q.StoreRatio <= 0 {
					t.Errorf("%s: store %+v ratio %v", q.Name, q.Store, q.StoreRatio)
				}
				if tt.store == "neo4j" {
					if q.Cypher == nil || q.Cypher.Errors != 0 || q.Cypher.Requests != 2*3 || q.Ratio <= 0 {
						t.Errorf("%s: Cypher %+v ratio %v", q.Name, q.Cypher, q.Ratio)
					}
					if c := q.CypherAutoCommit; c == nil || c.Errors != 0 || c.Requests != 2*3 || q.RatioAutoCommit <= 0 {
						t.Errorf("%s: Cypher auto-commit %+v ratio %v", q.Name, c, q.RatioAutoCommit)
					}
					// The baseline must answer what the API answers.
					if a := q.Answers; a == nil || a.Checked == 0 || a.Equal != a.Checked {
						t.Errorf("%s: Cypher and GraphQL answers: %+v", q.Name, a)
					}
				} else if q.Cypher != nil {
					t.Errorf("%s: Cypher measured on sqlite", q.Name)
				}
			}
			if got, want := strings.Join(names, ","), "entity,search,neighborhood,neighborhood-sample,relations,relations-sample,relations-later,paths"; got != want {
				t.Errorf("questions = %s, want %s", got, want)
			}
			md, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(md, stdout.Bytes()) {
				t.Errorf("stdout differs from %s", out)
			}
		})
	}
}
