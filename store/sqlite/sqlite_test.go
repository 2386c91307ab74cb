package sqlite_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/sqlite"
	"github.com/newsgraph/newsgraph/store/storetest"
)

func open(t testing.TB, dir string) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), dir)
	if err != nil {
		t.Fatalf("Open(%q): %v", dir, err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) kg.Store { return open(t, t.TempDir()) })
}

func BenchmarkUpsert(b *testing.B) {
	storetest.BenchUpsert(b, open(b, b.TempDir()), 10000, 20000)
}

func BenchmarkQueries(b *testing.B) {
	storetest.BenchQueries(b, open(b, b.TempDir()), 10000, 20000)
}

func TestOpenNoDir(t *testing.T) {
	if s, err := sqlite.Open(context.Background(), ""); !errors.Is(err, kg.ErrInvalid) {
		if err == nil {
			s.Close()
		}
		t.Errorf("Open(\"\") error %v, want ErrInvalid", err)
	}
}

func TestOpenCreatesFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nested", "dir")
	s := open(t, dir)
	if _, err := os.Stat(filepath.Join(dir, sqlite.FileName)); err != nil {
		t.Errorf("database file: %v", err)
	}
	if got, want := s.Path(), filepath.Join(dir, sqlite.FileName); got != want {
		t.Errorf("Path() = %q, want %q", got, want)
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	batches := storetest.Synthetic(120, 300, "reopen")
	s := open(t, dir)
	for _, b := range batches {
		if _, err := s.Upsert(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	first, err := s.Entities(ctx, kg.EntityFilter{}, kg.Page{First: 20})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	s2 := open(t, dir)
	after, err := s2.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(after, before); diff != "" {
		t.Errorf("Stats after reopen (-got +want):\n%s", diff)
	}
	again, err := s2.Entities(ctx, kg.EntityFilter{}, kg.Page{First: 20})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(again, first); diff != "" {
		t.Errorf("Entities after reopen (-got +want):\n%s", diff)
	}
	// Re-ingesting after reopen is still a no-op.
	res, err := s2.Upsert(ctx, batches[0])
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range res {
		if !r.Unchanged {
			t.Errorf("re-upsert after reopen: %+v, want unchanged", r)
		}
	}
}

func TestMigrationsIdempotent(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var versions []int
	for i := 0; i < 3; i++ {
		s, err := sqlite.Open(ctx, dir)
		if err != nil {
			t.Fatalf("Open #%d: %v", i+1, err)
		}
		v, err := s.SchemaVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		versions = append(versions, v)
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
	if versions[0] < 1 {
		t.Errorf("schema version %d after first open, want at least 1", versions[0])
	}
	for i, v := range versions {
		if v != versions[0] {
			t.Errorf("schema version after open #%d = %d, want %d", i+1, v, versions[0])
		}
	}
}

func TestSecondOpenSameDir(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a := open(t, dir)
	b := open(t, dir)
	batches := storetest.Synthetic(60, 100, "second open")
	if _, err := a.Upsert(ctx, batches[0]); err != nil {
		t.Fatal(err)
	}
	sa, err := a.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := b.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(sb, sa); diff != "" {
		t.Errorf("second handle sees (-got +want):\n%s", diff)
	}
	// Writes through the second handle are seen by the first.
	if err := b.DeleteArticle(ctx, batches[0][0].Article.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Article(ctx, batches[0][0].Article.ID); err == nil {
		t.Errorf("first handle still sees an article the second deleted")
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := open(t, dir)
	v, err := s.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	// Simulate a file written by a later version of the program.
	raw := open(t, dir)
	if err := raw.SetSchemaVersionForTest(ctx, v+1); err != nil {
		t.Fatal(err)
	}
	raw.Close()
	if s, err := sqlite.Open(ctx, dir); err == nil {
		s.Close()
		t.Errorf("Open of a newer schema succeeded, want an error")
	}
}

// TestReadsOnOneConnection runs traversals and pages, which hold a read
// transaction for several queries, concurrently on a pool of a single read
// connection: none may wait for a second connection.
func TestReadsOnOneConnection(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, t.TempDir(), sqlite.WithReadConns(1))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	batches := storetest.Synthetic(200, 400, "one connection")
	for _, b := range batches {
		if _, err := s.Upsert(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	centre := batches[0][0].Entities[0].ID
	far := batches[0][len(batches[0])-1].Entities[3].ID
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 5; i++ {
				var err error
				switch (g + i) % 3 {
				case 0:
					_, err = s.Neighborhood(ctx, centre, kg.NeighborhoodOptions{Depth: 2})
				case 1:
					_, err = s.Paths(ctx, centre, far, kg.PathOptions{MaxDepth: 4, All: true})
				case 2:
					_, err = s.Entities(ctx, kg.EntityFilter{}, kg.Page{First: 10, After: kg.Cursor{Num: 3, ID: "m"}.Encode()})
				}
				if err != nil {
					errs <- err
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestConnectionSettings(t *testing.T) {
	ctx := context.Background()
	s := open(t, t.TempDir())
	tests := []struct {
		pragma       string
		writer, read string
	}{
		{"journal_mode", "wal", "wal"},
		{"foreign_keys", "1", "1"},
		{"busy_timeout", "5000", "5000"},
		{"query_only", "0", "1"},
		{"cache_size", "-262144", "-65536"},
		{"wal_autocheckpoint", "16384", "16384"},
		{"journal_size_limit", "67108864", "67108864"},
	}
	for _, tt := range tests {
		t.Run(tt.pragma, func(t *testing.T) {
			w, r, err := s.PragmasForTest(ctx, tt.pragma)
			if err != nil {
				t.Fatal(err)
			}
			if w != tt.writer || r != tt.read {
				t.Errorf("PRAGMA %s = %q on the writer, %q on readers; want %q, %q", tt.pragma, w, r, tt.writer, tt.read)
			}
		})
	}
}

func TestCanceledUpsertWritesNothing(t *testing.T) {
	s := open(t, t.TempDir())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	batches := storetest.Synthetic(60, 100, "canceled")
	if _, err := s.Upsert(ctx, batches[0]); !errors.Is(err, context.Canceled) {
		t.Errorf("Upsert with a canceled context: %v, want context.Canceled", err)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != 0 {
		t.Errorf("%d articles stored by a canceled Upsert, want 0", st.Articles)
	}
}

func BenchmarkTraversal(b *testing.B) {
	storetest.BenchTraversal(b, open(b, b.TempDir()))
}

// TestSummaryMigration opens a store written before the summary graph
// (schema version 6): the migration derives the summary from the stored
// statements, and neighborhoods read from it answer as before.
func TestSummaryMigration(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s := open(t, dir)
	storetest.LoadHubGraph(t, s)
	centre := storetest.TraversalHub(0).ID
	opts := []kg.NeighborhoodOptions{
		{Depth: 2, Limit: 200, FanOut: 50, Aggregate: true},
		{Depth: 2, Limit: 200, FanOut: 50, Aggregate: true, CountsOnly: true},
		{Depth: 1, FanOut: 10, Types: []kg.RelType{kg.Met}},
	}
	var before []kg.Graph
	for _, opt := range opts {
		g, err := s.Neighborhood(ctx, centre, opt)
		if err != nil {
			t.Fatalf("Neighborhood(%+v): %v", opt, err)
		}
		before = append(before, g)
	}
	if err := s.DropSummaryForTest(ctx); err != nil {
		t.Fatalf("drop summary: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s = open(t, dir)
	for i, opt := range opts {
		g, err := s.Neighborhood(ctx, centre, opt)
		if err != nil {
			t.Fatalf("Neighborhood(%+v) after migration: %v", opt, err)
		}
		if diff := cmp.Diff(g, before[i]); diff != "" {
			t.Errorf("Neighborhood(%+v) after migration (-got +want):\n%s", opt, diff)
		}
	}
}

// TestNarrowerIndexesMigration opens a store written by schema version 8,
// with every index on relations it had: the migrations after it drop the
// indexes no read needs any longer, and the reads those indexes served
// (neighbourhoods within a date range, relation pages by either end)
// answer as before.
func TestNarrowerIndexesMigration(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	old, err := sqlite.Open(ctx, dir, sqlite.UpToVersionForTest(8))
	if err != nil {
		t.Fatal(err)
	}
	if v, err := old.SchemaVersion(ctx); err != nil || v != 8 {
		t.Fatalf("schema version of the old store = %d, %v; want 8", v, err)
	}
	storetest.LoadHubGraph(t, old)
	centre := storetest.TraversalHub(0).ID
	from, to := time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2022, 6, 30, 0, 0, 0, 0, time.UTC)
	// Within a date range the walk reads statements, which a store of
	// version 8 answers with this code; without one it reads edge_ends
	// (0012), so that neighborhood is compared with a fresh store's below.
	hoods := []kg.NeighborhoodOptions{
		{Depth: 2, Limit: 200, FanOut: 50, Aggregate: true, From: from, To: to},
		{Depth: 2, Limit: 200, FanOut: 50, From: from},
		{Depth: 1, FanOut: 10, Types: []kg.RelType{kg.Met}, To: to},
	}
	unranged := kg.NeighborhoodOptions{Depth: 2, Limit: 200, FanOut: 50, Aggregate: true}
	pages := []kg.RelationFilter{
		{Source: centre},
		{Source: centre, Types: []kg.RelType{kg.Said}},
		{Target: centre, Types: []kg.RelType{kg.Met}},
		{Entity: centre, From: from, To: to},
	}
	read := func(s *sqlite.Store) (gs []kg.Graph, ps []kg.RelationPage) {
		t.Helper()
		for _, opt := range hoods {
			g, err := s.Neighborhood(ctx, centre, opt)
			if err != nil {
				t.Fatalf("Neighborhood(%+v): %v", opt, err)
			}
			gs = append(gs, g)
		}
		for _, f := range pages {
			p, err := s.Relations(ctx, f, kg.Page{First: 20})
			if err != nil {
				t.Fatalf("Relations(%+v): %v", f, err)
			}
			ps = append(ps, p)
		}
		return gs, ps
	}
	wantG, wantP := read(old)
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}
	s := open(t, dir)
	if v, err := s.SchemaVersion(ctx); err != nil || v < 10 {
		t.Fatalf("schema version after migration = %d, %v; want at least 10", v, err)
	}
	idx, err := s.IndexesForTest(ctx, "relations")
	if err != nil {
		t.Fatal(err)
	}
	for _, gone := range []string{"relations_source_recent", "relations_target_recent", "relations_source", "relations_target"} {
		for _, n := range idx {
			if n == gone {
				t.Errorf("index %s still there after migration (indexes: %v)", gone, idx)
			}
		}
	}
	gotG, gotP := read(s)
	if diff := cmp.Diff(gotG, wantG); diff != "" {
		t.Errorf("neighborhoods after migration (-got +want):\n%s", diff)
	}
	fresh := open(t, t.TempDir())
	storetest.LoadHubGraph(t, fresh)
	for _, st := range []*sqlite.Store{s, fresh} {
		g, err := st.Neighborhood(ctx, centre, unranged)
		if err != nil {
			t.Fatalf("Neighborhood(%+v): %v", unranged, err)
		}
		gotG = append(gotG, g)
	}
	if diff := cmp.Diff(gotG[len(gotG)-2], gotG[len(gotG)-1]); diff != "" {
		t.Errorf("neighborhood after migration (-got +fresh store's):\n%s", diff)
	}
	wantG = append(wantG, gotG[len(gotG)-1])
	if diff := cmp.Diff(gotP, wantP); diff != "" {
		t.Errorf("relation pages after migration (-got +want):\n%s", diff)
	}
	for _, g := range wantG {
		if len(g.Edges) == 0 {
			t.Errorf("a neighborhood of the hub has no edges: the test reads nothing")
		}
	}
}

// TestSummaryRows checks the summary graph row by row against a count of
// the statements: Upsert adds a batch's statements to their groups in one
// statement and the delete trigger takes them out, and after batches
// whose groups span other batches, deletes of articles holding a group's
// first or last statement, and a re-upsert, every row (size, dates, first
// and last keys) is what counting again gives, and the fan-out rows
// (edge_ends, kept by triggers on the summary) are the summary's.
func TestSummaryRows(t *testing.T) {
	ctx := context.Background()
	s := open(t, t.TempDir())
	batches := storetest.HubGraph()
	for _, batch := range batches {
		if _, err := s.Upsert(ctx, batch); err != nil {
			t.Fatalf("Upsert: %v", err)
		}
	}
	check := func(when string) {
		t.Helper()
		stored, counted, err := s.EdgesForTest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(stored) == 0 {
			t.Fatalf("%s: no summary rows", when)
		}
		if diff := cmp.Diff(stored, counted); diff != "" {
			t.Errorf("%s: summary rows (-stored +counted):\n%s", when, diff)
		}
		ends, derived, err := s.EdgeEndsForTest(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(ends) < len(stored) {
			t.Fatalf("%s: %d fan-out rows for %d groups", when, len(ends), len(stored))
		}
		if diff := cmp.Diff(ends, derived); diff != "" {
			t.Errorf("%s: fan-out rows (-stored +from the summary):\n%s", when, diff)
		}
	}
	check("after upserts")
	var gone []kg.Subgraph
	for i, batch := range batches {
		if i%3 == 0 {
			gone = append(gone, batch[0], batch[len(batch)-1])
		}
	}
	for _, g := range gone {
		if err := s.DeleteArticle(ctx, g.Article.ID); err != nil {
			t.Fatalf("DeleteArticle: %v", err)
		}
	}
	check("after deletes")
	if _, err := s.Upsert(ctx, gone); err != nil {
		t.Fatalf("Upsert of the deleted articles: %v", err)
	}
	check("after upserting the deleted articles again")
	if _, err := s.Upsert(ctx, gone); err != nil {
		t.Fatalf("second Upsert of the same articles: %v", err)
	}
	check("after upserting them once more (unchanged)")
}

// TestBatchedEntityUpserts checks that an entity named by several articles
// of one batch, upserted again only when a later article fills a
// kind-specific field still empty, is stored as writing the articles one
// batch each stores it: first name and kind, the first non-empty country,
// dates and place, and the aggregates of all its mentions. A later
// article giving it another kind still fails the batch as a conflict.
func TestBatchedEntityUpserts(t *testing.T) {
	ctx := context.Background()
	var arts []kg.Subgraph
	for _, b := range storetest.Synthetic(120, 1000, "batched") {
		arts = append(arts, b...)
	}
	// The same entities again, later, with the fields the first articles
	// left empty, other names and aliases, and other dates.
	date := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	var ids []string
	for i, g := range arts[:6] {
		text := "later article " + strconv.Itoa(i)
		a := kg.Article{ID: kg.ArticleID(text), Title: "Later", Date: date.AddDate(0, 0, i), Source: "test", Text: text}
		later := kg.Subgraph{Article: a}
		for j, e := range g.Entities {
			ids = append(ids, e.ID)
			e.Name += " again"
			e.Aliases = []string{"Alias " + strconv.Itoa(i), "Other " + strconv.Itoa(j%3)}
			switch e.Kind {
			case kg.Place:
				e.Country = "Elsewhere " + strconv.Itoa(i)
			case kg.Event:
				e.StartDate, e.EndDate = date, date.AddDate(0, 0, i)
				e.PlaceID = "place:somewhere-" + strconv.Itoa(i)
			}
			later.Entities = append(later.Entities, e)
		}
		arts = append(arts, later)
	}
	for i := range arts[:6] { // the first articles leave those fields empty
		for j := range arts[i].Entities {
			e := &arts[i].Entities[j]
			e.Country, e.StartDate, e.EndDate, e.PlaceID = "", time.Time{}, time.Time{}, ""
		}
	}
	batched, single := open(t, t.TempDir()), open(t, t.TempDir())
	if _, err := batched.Upsert(ctx, arts); err != nil {
		t.Fatalf("Upsert of %d articles in one batch: %v", len(arts), err)
	}
	for _, g := range arts {
		if _, err := single.Upsert(ctx, []kg.Subgraph{g}); err != nil {
			t.Fatalf("Upsert of article %s alone: %v", g.Article.ID, err)
		}
	}
	got, err := batched.EntitiesByID(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	want, err := single.EntitiesByID(ctx, ids)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) == 0 {
		t.Fatal("no entities stored")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities written in one batch (+) differ from one article at a time (-):\n%s", diff)
	}
	filled := false
	for _, e := range got {
		if e.Country != "" || e.PlaceID != "" {
			filled = true
		}
	}
	if !filled {
		t.Error("no later article filled a kind-specific field; the test checks nothing")
	}

	// Another kind for an entity an earlier article of the batch named.
	clash := open(t, t.TempDir())
	first := arts[0]
	text := "clashing article"
	bad := kg.Subgraph{Article: kg.Article{ID: kg.ArticleID(text), Title: "Clash", Date: date, Source: "test", Text: text}}
	e := first.Entities[0]
	e.Kind = kg.Event
	if first.Entities[0].Kind == kg.Event {
		e.Kind = kg.Person
	}
	bad.Entities = []kg.Entity{e}
	if _, err := clash.Upsert(ctx, []kg.Subgraph{first, bad}); !errors.Is(err, kg.ErrConflict) {
		t.Errorf("Upsert naming %s as %s after %s in one batch: %v, want kg.ErrConflict", e.ID, e.Kind, first.Entities[0].Kind, err)
	}
	if st, err := clash.Stats(ctx); err != nil || st.Articles != 0 {
		t.Errorf("after the failed batch: %+v, %v; want nothing stored", st, err)
	}
}
