package graph_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/neo4j"
)

// TestAPINeo4j runs the API tests on the Neo4j store: the same queries must
// give the same answers as on SQLite. It needs NEO4J_URI (NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE); without it the test is skipped, unless
// CI is set, where a missing server is a failure.
func TestAPINeo4j(t *testing.T) {
	uri := os.Getenv("NEO4J_URI")
	if uri == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("NEO4J_URI is not set; CI must run the Neo4j tests")
		}
		t.Skip("NEO4J_URI is not set; skipping Neo4j tests")
	}
	cfg := neo4j.Config{
		URI:      uri,
		Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
	lockNeo4j(t)
	runAPITests(t, func(t *testing.T) kg.Store {
		t.Helper()
		ctx := context.Background()
		s, err := neo4j.Open(ctx, cfg)
		if err != nil {
			t.Fatalf("neo4j.Open: %v", err)
		}
		t.Cleanup(func() { s.Close() })
		empty(t, s)
		return s
	})
}

// lockNeo4j serializes the packages whose tests share the one Neo4j
// database: go test runs packages in parallel, and each empties the
// database before use. The lock is released when the test ends.
func lockNeo4j(t *testing.T) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(os.TempDir(), "newsgraph-neo4j-tests.lock"), os.O_CREATE|os.O_RDWR, 0o666)
	if err != nil {
		t.Fatalf("neo4j test lock: %v", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		t.Fatalf("neo4j test lock: %v", err)
	}
	t.Cleanup(func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	})
}

// empty deletes every article through the contract, which deletes every
// entity and relation with them, and checks that nothing is left.
func empty(t *testing.T, s kg.Store) {
	t.Helper()
	ctx := context.Background()
	for {
		p, err := s.Articles(ctx, kg.ArticleFilter{}, kg.Page{First: kg.MaxPageSize})
		if err != nil {
			t.Fatalf("empty: %v", err)
		}
		if len(p.Articles) == 0 {
			break
		}
		for _, a := range p.Articles {
			if err := s.DeleteArticle(ctx, a.ID); err != nil && !errors.Is(err, kg.ErrNotFound) {
				t.Fatalf("empty: %v", err)
			}
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("empty: %v", err)
	}
	for k, n := range st.Entities {
		if n > 0 {
			t.Fatalf("empty: %d %s entities left without articles", n, k)
		}
	}
}
