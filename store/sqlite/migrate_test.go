package sqlite_test

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/sqlite"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// oddArticle is an article whose entity IDs hold spaces, a separator and
// letters of more than one byte, met both ways round and undated too: the
// fan-out text cuts the other end by its length in bytes.
func oddArticle() kg.Subgraph {
	date := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	text := "An article about Célia Örn 🦊 and 中文 | 1 MET."
	a := kg.Article{ID: kg.ArticleID(text), Title: "Odd", Date: date, Source: "test", Text: text}
	ents := []kg.Entity{
		{ID: "person:célia örn 🦊", Kind: kg.Person, Name: "Célia Örn", Mentions: 1},
		{ID: "place:中文 | 1 MET happened 2024-01-01", Kind: kg.Place, Name: "中文", Mentions: 1},
		{ID: storetest.TraversalHub(0).ID, Kind: storetest.TraversalHub(0).Kind, Name: storetest.TraversalHub(0).Name, Mentions: 1},
	}
	g := kg.Subgraph{Article: a, Entities: ents}
	for _, e := range ents {
		g.Mentions = append(g.Mentions, kg.Mention{EntityID: e.ID, Text: e.Name, Start: 0, End: 1})
	}
	for i, r := range []kg.Relation{
		{Type: kg.Met, Source: ents[1].ID, Target: ents[0].ID, Date: date, Precision: kg.PrecisionDay},
		{Type: kg.Met, Source: ents[0].ID, Target: ents[2].ID, Precision: kg.PrecisionNone},
		{Type: kg.Attacked, Source: ents[2].ID, Target: ents[1].ID, Date: date, Precision: kg.PrecisionDay},
	} {
		r.Status = kg.Happened
		r.Evidence = kg.Evidence{ArticleID: a.ID, Sentence: text, Start: i, End: i + 1}
		r.ID = kg.RelationID(a.ID, r.Type, r.Source, r.Target, r.Evidence.Start, r.Evidence.End, r.Quote)
		g.Relations = append(g.Relations, r)
	}
	return g
}

// TestEdgeEndsTextMigration opens a store written by schema version 12,
// whose fan-out rows (edge_ends) had no text: migration 0013 makes each
// row's, logging before and after, and the store then holds the rows a
// store written by this schema holds, answers its neighborhoods the same,
// and keeps the text right through later upserts and deletes.
func TestEdgeEndsTextMigration(t *testing.T) {
	ctx := context.Background()
	batches := storetest.HubGraph()
	batches[0] = append(batches[0], oddArticle())
	first, later := batches[:len(batches)-2], batches[len(batches)-2:]

	dir := t.TempDir()
	old, err := sqlite.Open(ctx, dir, sqlite.UpToVersionForTest(12))
	if err != nil {
		t.Fatal(err)
	}
	if v, err := old.SchemaVersion(ctx); err != nil || v != 12 {
		t.Fatalf("schema version of the old store = %d, %v; want 12", v, err)
	}
	fresh := open(t, t.TempDir())
	for _, batch := range first {
		for _, st := range []*sqlite.Store{old, fresh} {
			if _, err := st.Upsert(ctx, batch); err != nil {
				t.Fatalf("Upsert: %v", err)
			}
		}
	}
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	s, err := sqlite.Open(ctx, dir, sqlite.WithLogger(slog.New(slog.NewTextHandler(&logs, nil))))
	if err != nil {
		t.Fatalf("Open of the old store: %v", err)
	}
	defer s.Close()
	if v, err := s.SchemaVersion(ctx); err != nil || v < 13 {
		t.Fatalf("schema version after migration = %d, %v; want at least 13", v, err)
	}
	for _, msg := range []string{"sqlite migration starting", "sqlite migration applied"} {
		if !strings.Contains(logs.String(), "msg=\""+msg+"\" file=migrations/0013_edge_ends_text.sql version=13") {
			t.Errorf("no %q log for 0013; the log:\n%s", msg, logs.String())
		}
	}

	hoods := []kg.NeighborhoodOptions{
		{Depth: 2, Limit: 200, FanOut: 50, Aggregate: true, CountsOnly: true, BriefNodes: true},
		{Depth: 2, Limit: 200, FanOut: 50, Aggregate: true},
		{Depth: 2, Limit: 30, FanOut: 3},
		{Depth: 1, FanOut: 10, Types: []kg.RelType{kg.Met}},
	}
	centres := []string{storetest.TraversalHub(0).ID, storetest.TraversalHub(1).ID, storetest.TraversalTail(3).ID, "person:célia örn 🦊"}
	check := func(when string) {
		t.Helper()
		got, derived, err := s.EdgeEndsForTest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(got, derived); diff != "" {
			t.Errorf("%s: fan-out rows (-stored +from the summary):\n%s", when, diff)
		}
		want, _, err := fresh.EdgeEndsForTest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(got, want); diff != "" {
			t.Errorf("%s: fan-out rows (-migrated +written by this schema):\n%s", when, diff)
		}
		for _, c := range centres {
			for _, opt := range hoods {
				g, err := s.Neighborhood(ctx, c, opt)
				w, werr := fresh.Neighborhood(ctx, c, opt)
				if errors.Is(err, kg.ErrNotFound) && errors.Is(werr, kg.ErrNotFound) {
					continue // deleted with its articles (the odd one)
				}
				if err != nil || werr != nil {
					t.Fatalf("%s: Neighborhood(%s, %+v): %v; of the fresh store: %v", when, c, opt, err, werr)
				}
				if len(w.Edges) == 0 {
					t.Errorf("%s: Neighborhood(%s, %+v) has no edges: the test reads nothing", when, c, opt)
				}
				if diff := cmp.Diff(g, w); diff != "" {
					t.Errorf("%s: Neighborhood(%s, %+v) (-migrated +written by this schema):\n%s", when, c, opt, diff)
				}
			}
		}
	}
	check("after migration")

	// Later writes: new articles (groups grow and start), deletes of
	// articles holding some groups' statements (groups shrink and go),
	// and the deleted articles again.
	var gone []kg.Subgraph
	for i, batch := range first {
		if i%3 == 0 {
			gone = append(gone, batch[0], batch[len(batch)-1])
		}
	}
	for _, st := range []*sqlite.Store{s, fresh} {
		for _, batch := range later {
			if _, err := st.Upsert(ctx, batch); err != nil {
				t.Fatalf("Upsert: %v", err)
			}
		}
		for _, g := range gone {
			if err := st.DeleteArticle(ctx, g.Article.ID); err != nil {
				t.Fatalf("DeleteArticle: %v", err)
			}
		}
	}
	check("after later upserts and deletes")
	for _, st := range []*sqlite.Store{s, fresh} {
		if _, err := st.Upsert(ctx, gone); err != nil {
			t.Fatalf("Upsert of the deleted articles: %v", err)
		}
	}
	check("after upserting the deleted articles again")
}
