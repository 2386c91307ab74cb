package graph_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/sqlite"
)

func openSQLite(t *testing.T) kg.Store {
	t.Helper()
	return openSQLiteTB(t)
}

func openSQLiteTB(t testing.TB) kg.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestAPISQLite(t *testing.T) { runAPITests(t, openSQLite) }
