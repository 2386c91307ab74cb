package storetest

import (
	"context"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/newsgraph/newsgraph/kg"
)

// Run runs the conformance suite. open must return a fresh, empty store each
// time it is called and should arrange its cleanup with t.Cleanup; a store
// must tolerate being closed twice. The suite calls open once per subtest,
// runs subtests one at a time and never uses two stores at once, so a
// backend with one shared database may simply empty it in open.
func Run(t *testing.T, open func(t *testing.T) kg.Store) {
	t.Run("Empty", func(t *testing.T) { testEmpty(t, open) })
	t.Run("Upsert", func(t *testing.T) { testUpsert(t, open) })
	t.Run("Atomic", func(t *testing.T) { testAtomic(t, open) })
	t.Run("BadInput", func(t *testing.T) { testBadInput(t, open) })
	t.Run("Verbatim", func(t *testing.T) { testVerbatim(t, open) })
	t.Run("Aggregates", func(t *testing.T) { testAggregates(t, open) })
	t.Run("Lookups", func(t *testing.T) { testLookups(t, open) })
	t.Run("Entities", func(t *testing.T) { testEntities(t, open) })
	t.Run("Pagination", func(t *testing.T) { testPagination(t, open) })
	t.Run("Search", func(t *testing.T) { testSearch(t, open) })
	t.Run("Relations", func(t *testing.T) { testRelations(t, open) })
	t.Run("HubRelations", func(t *testing.T) { testHubRelations(t, open) })
	t.Run("Batch", func(t *testing.T) { testBatch(t, open) })
	t.Run("Spans", func(t *testing.T) { testSpans(t, open) })
	t.Run("Articles", func(t *testing.T) { testArticles(t, open) })
	t.Run("Neighborhood", func(t *testing.T) { testNeighborhood(t, open) })
	t.Run("NeighborhoodAggregate", func(t *testing.T) { testNeighborhoodAggregate(t, open) })
	t.Run("NeighborhoodWeight", func(t *testing.T) { testNeighborhoodWeight(t, open) })
	t.Run("NeighborhoodStrongest", func(t *testing.T) { testNeighborhoodStrongest(t, open) })
	t.Run("NeighborhoodHostileIDs", func(t *testing.T) { testNeighborhoodHostileIDs(t, open) })
	t.Run("Paths", func(t *testing.T) { testPaths(t, open) })
	t.Run("DeleteArticle", func(t *testing.T) { testDelete(t, open) })
	t.Run("Random", func(t *testing.T) { testRandom(t, open) })
	t.Run("Concurrency", func(t *testing.T) { testConcurrency(t, open) })
	t.Run("Closed", func(t *testing.T) { testClosed(t, open) })
}

// cmpOpts compare model values with store values: nil and empty slices and
// maps are the same, times compare with Equal.
var cmpOpts = []cmp.Option{cmpopts.EquateEmpty()}

// loaded opens a store and upserts the batches into it, failing the test on
// error, and returns the store and the model of what it holds.
func loaded(t *testing.T, open func(t *testing.T) kg.Store, batches ...[]kg.Subgraph) (kg.Store, *model) {
	t.Helper()
	s := open(t)
	for i, b := range batches {
		if _, err := s.Upsert(context.Background(), b); err != nil {
			t.Fatalf("Upsert(batch %d): %v", i, err)
		}
	}
	return s, newModel(batches...)
}

// state is everything a store answers about its whole content.
type state struct {
	Stats     kg.Stats
	Entities  []kg.Entity
	Relations []kg.Relation
	Articles  []kg.Article
	Mentions  map[string][]kg.EntityMentions
}

// snapshot reads the whole content of a store through its public API.
func snapshot(t *testing.T, s kg.Store) state {
	t.Helper()
	ctx := context.Background()
	var st state
	var err error
	if st.Stats, err = s.Stats(ctx); err != nil {
		t.Fatalf("Stats: %v", err)
	}
	st.Entities = allEntities(t, s, kg.EntityFilter{Order: kg.ByName})
	st.Relations = allRelations(t, s, kg.RelationFilter{})
	st.Articles = allArticles(t, s, kg.ArticleFilter{})
	var ids []string
	for _, a := range st.Articles {
		ids = append(ids, a.ID)
	}
	if st.Mentions, err = s.ArticleEntities(ctx, ids); err != nil {
		t.Fatalf("ArticleEntities: %v", err)
	}
	return st
}

// want is the state the model says the store must be in.
func (m *model) state() state {
	st := state{Stats: m.stats(), Relations: m.relations(nil), Articles: m.articles(nil), Mentions: make(map[string][]kg.EntityMentions)}
	st.Entities = m.list(kg.EntityFilter{Order: kg.ByName})
	for _, a := range st.Articles {
		st.Mentions[a.ID] = m.mentionsIn(a.ID)
	}
	return st
}

func checkState(t *testing.T, s kg.Store, want state) {
	t.Helper()
	if diff := cmp.Diff(snapshot(t, s), want, cmpOpts...); diff != "" {
		t.Errorf("store content (-got +want):\n%s", diff)
	}
}

func allEntities(t *testing.T, s kg.Store, f kg.EntityFilter) []kg.Entity {
	t.Helper()
	var out []kg.Entity
	p := kg.Page{First: kg.MaxPageSize}
	for {
		pg, err := s.Entities(context.Background(), f, p)
		if err != nil {
			t.Fatalf("Entities(%+v, %+v): %v", f, p, err)
		}
		out = append(out, pg.Entities...)
		if !pg.PageInfo.HasNextPage {
			return out
		}
		p.After = pg.PageInfo.EndCursor
	}
}

func allRelations(t *testing.T, s kg.Store, f kg.RelationFilter) []kg.Relation {
	t.Helper()
	var out []kg.Relation
	p := kg.Page{First: kg.MaxPageSize}
	for {
		pg, err := s.Relations(context.Background(), f, p)
		if err != nil {
			t.Fatalf("Relations(%+v, %+v): %v", f, p, err)
		}
		out = append(out, pg.Relations...)
		if !pg.PageInfo.HasNextPage {
			return out
		}
		p.After = pg.PageInfo.EndCursor
	}
}

func allArticles(t *testing.T, s kg.Store, f kg.ArticleFilter) []kg.Article {
	t.Helper()
	var out []kg.Article
	p := kg.Page{First: kg.MaxPageSize}
	for {
		pg, err := s.Articles(context.Background(), f, p)
		if err != nil {
			t.Fatalf("Articles(%+v, %+v): %v", f, p, err)
		}
		out = append(out, pg.Articles...)
		if !pg.PageInfo.HasNextPage {
			return out
		}
		p.After = pg.PageInfo.EndCursor
	}
}

// wantErr checks that err wraps kind (nil kind: no error).
func wantErr(t *testing.T, what string, err, kind error) {
	t.Helper()
	switch {
	case kind == nil && err != nil:
		t.Errorf("%s: unexpected error %v", what, err)
	case kind != nil && !errors.Is(err, kind):
		t.Errorf("%s: error %v, want one wrapping %q", what, err, kind)
	}
}

func entityIDs(es []kg.Entity) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.ID
	}
	return out
}

func relationIDs(rs []kg.Relation) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = r.ID
	}
	return out
}
