package main

import (
	"context"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/internal/neo4jtest"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/neo4j"
	"github.com/newsgraph/newsgraph/store/sqlite"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// TestNeighborhoodStoresAgree asks both stores for neighborhoods of a
// corpus whose popular entities have hundreds of groups each, larger than
// the conformance suite's: there a walk reads each node's fan-out a chunk
// at a time and goes past the first chunk of many (Neo4j's walk in Go,
// fanReader, reads several nodes' rest in one statement; SQLite's one
// node at a time), which the suite's small graphs never reach. Both
// stores walk by the same rules, so their answers must be equal.
func TestNeighborhoodStoresAgree(t *testing.T) {
	conn := neo4jtest.Env(t)
	neo4jtest.Lock(t, conn)
	if testing.Short() {
		t.Skip("loads a corpus of 20,000 relations into both stores")
	}
	ctx := context.Background()
	n4, err := neo4j.Open(ctx, neo4j.Config{URI: conn.URI, Username: conn.Username, Password: conn.Password, Database: conn.Database})
	if err != nil {
		t.Fatal(err)
	}
	defer n4.Close()
	drv, err := driver.NewDriverWithContext(conn.URI, driver.BasicAuth(conn.Username, conn.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	empty := func() {
		for _, stmt := range []string{
			"MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*)",
			"MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*)",
		} {
			for {
				res, err := driver.ExecuteQuery(ctx, drv, stmt, nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(conn.Database))
				if err != nil {
					t.Fatalf("%s: %v", stmt, err)
				}
				if n, _ := res.Records[0].Values[0].(int64); n == 0 {
					break
				}
			}
		}
	}
	empty()
	defer empty()
	lite, err := sqlite.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer lite.Close()
	batches := storetest.Synthetic(600, 20000, "agree")
	for _, s := range []kg.Store{n4, lite} {
		for _, b := range batches {
			if _, err := s.Upsert(ctx, b); err != nil {
				t.Fatalf("Upsert: %v", err)
			}
		}
	}
	// The popular entities first (every article names some), then a few
	// of the rest.
	top, err := lite.Entities(ctx, kg.EntityFilter{Order: kg.ByMentions}, kg.Page{First: 6})
	if err != nil {
		t.Fatal(err)
	}
	centres := []string{batches[0][0].Entities[0].ID, batches[2][1].Entities[7].ID}
	for _, e := range top.Entities {
		centres = append(centres, e.ID)
	}
	opts := []kg.NeighborhoodOptions{
		{Depth: 2, Limit: 200, FanOut: 50, Aggregate: true, CountsOnly: true, BriefNodes: true}, // the explorer's
		{Depth: 2, Limit: 60, FanOut: 50, Aggregate: true},
		{Depth: 3, Limit: 400, FanOut: 30, Aggregate: true, CountsOnly: true},
		{Depth: 2, Limit: 120, FanOut: 100},
		{Depth: 1, Limit: 30, FanOut: 20, Aggregate: true, Types: []kg.RelType{kg.Met, kg.Said}, Statuses: []kg.Status{kg.Happened}},
		{Depth: 2, Limit: 500, FanOut: 10, Aggregate: true, CountsOnly: true, Types: []kg.RelType{kg.Attacked}},
	}
	for _, c := range centres {
		for i, opt := range opts {
			t.Run(fmt.Sprintf("%s/%d", c, i), func(t *testing.T) {
				want, err := lite.Neighborhood(ctx, c, opt)
				if err != nil {
					t.Fatalf("sqlite: %v", err)
				}
				got, err := n4.Neighborhood(ctx, c, opt)
				if err != nil {
					t.Fatalf("neo4j: %v", err)
				}
				if len(want.Nodes) < 2 && len(opt.Types) == 0 {
					t.Fatalf("sqlite found %d nodes: the case asks nothing", len(want.Nodes))
				}
				if diff := cmp.Diff(got, want); diff != "" {
					t.Errorf("neo4j (-) and sqlite (+) differ:\n%s", diff)
				}
			})
		}
	}
}
