package graph_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// benchEnv is an API over SQLite holding storetest's synthetic corpus
// (about 5,000 entities and 20,000 relations), and the most mentioned
// entity to centre traversals on.
func benchEnv(b *testing.B) (*env, string) {
	b.Helper()
	var e *env
	var centre string
	b.StopTimer()
	defer b.StartTimer()
	s := openSQLiteTB(b)
	for _, batch := range storetest.Synthetic(5000, 20000, "bench") {
		if _, err := s.Upsert(context.Background(), batch); err != nil {
			b.Fatal(err)
		}
	}
	p, err := s.Entities(context.Background(), kg.EntityFilter{Order: kg.ByMentions}, kg.Page{First: 1})
	if err != nil || len(p.Entities) == 0 {
		b.Fatalf("no entities: %v", err)
	}
	centre = p.Entities[0].ID
	e = newEnvTB(b, s, nil)
	return e, centre
}

func benchQuery(b *testing.B, query string, vars map[string]any) {
	e, centre := benchEnv(b)
	if vars == nil {
		vars = map[string]any{}
	}
	vars["id"] = centre
	b.ResetTimer()
	for b.Loop() {
		resp := e.postTB(b, request{query: query, vars: vars})
		if len(resp.Errors) > 0 {
			b.Fatalf("%+v", resp.Errors)
		}
	}
}

func BenchmarkEntitiesPage(b *testing.B) {
	benchQuery(b, `query($id: ID!) { entity(id: $id) { id } entities(first: 50) { totalCount edges { cursor node { id name kind mentions lastSeen } } } }`, nil)
}

func BenchmarkRelationsPageWithEndpoints(b *testing.B) {
	benchQuery(b, `query($id: ID!) { relations(entity: $id, first: 50) { edges { node { id type date source { name } target { name } evidence { sentence article { title } } } } } }`, nil)
}

func BenchmarkNeighborhoodDepth2(b *testing.B) {
	benchQuery(b, `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { truncated nodes { id label kind caption weight } edges { id source target type caption weight } } }`, nil)
}

func BenchmarkSearch(b *testing.B) {
	benchQuery(b, `query($id: ID!) { entity(id: $id) { name } search(text: "a", first: 20) { score entity { id name } } }`, nil)
}

// BenchmarkEntitiesWithRelations is the page the N+1 tests count calls
// for: 50 entities, 5 relations each with endpoints and evidence articles.
func BenchmarkEntitiesWithRelations(b *testing.B) {
	benchQuery(b, `query($id: ID!) { entity(id: $id) { id } entities(first: 50) { edges { node { id relations(first: 5) { edges { node { source { name } target { name } evidence { article { title } } } } } } } } }`, nil)
}

func BenchmarkEntityByID(b *testing.B) {
	benchQuery(b, `query($id: ID!) { entity(id: $id) { id name kind aliases mentions firstSeen lastSeen } }`, nil)
}

// BenchmarkEntityRelationsPage is newsgraph-bench's relations question: an
// entity's first 20 relations with their ends and evidence, one store call.
func BenchmarkEntityRelationsPage(b *testing.B) {
	benchQuery(b, `query($id: ID!) { entity(id: $id) { relations(first: 20) { pageInfo { hasNextPage } nodes { id type status date source { id name kind } target { id name kind } evidence { sentence article { id } } } } } }`, nil)
}
