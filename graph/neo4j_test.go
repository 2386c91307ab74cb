package graph_test

import (
	"context"
	"errors"
	"testing"

	"github.com/newsgraph/newsgraph/internal/neo4jtest"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/neo4j"
)

// TestAPINeo4j runs the API tests on the Neo4j store: the same queries must
// give the same answers as on SQLite. It needs NEO4J_URI (NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE); without it the test is skipped, unless
// CI is set, where a missing server is a failure (internal/neo4jtest).
func TestAPINeo4j(t *testing.T) {
	c := neo4jtest.Env(t)
	neo4jtest.Lock(t, c) // the store, bench and API tests share the database
	cfg := neo4j.Config{URI: c.URI, Username: c.Username, Password: c.Password, Database: c.Database}
	runAPITests(t, func(t *testing.T) kg.Store {
		t.Helper()
		s, err := neo4j.Open(context.Background(), cfg)
		if err != nil {
			t.Fatalf("neo4j.Open: %v", err)
		}
		t.Cleanup(func() { s.Close() })
		empty(t, s)
		return s
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
