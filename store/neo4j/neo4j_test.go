package neo4j

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/internal/neo4jtest"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// server returns the test server's configuration (skipping the test, or
// failing it in CI, when there is none) and holds the cross-process lock on
// it until tb is done: the tests of several packages empty the same
// database. Only top-level tests and benchmarks call it.
func server(tb testing.TB) Config {
	tb.Helper()
	c := neo4jtest.Env(tb)
	neo4jtest.Lock(tb, c)
	return Config{URI: c.URI, Username: c.Username, Password: c.Password, Database: c.Database}
}

// openEmpty opens the store and empties its database.
func openEmpty(tb testing.TB, cfg Config) *Store {
	tb.Helper()
	ctx := context.Background()
	s, err := Open(ctx, cfg)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	if err := clear(ctx, s); err != nil {
		tb.Fatalf("clear: %v", err)
	}
	return s
}

// clear deletes every node and relationship, in batches so that a large
// database does not need one huge transaction.
func clear(ctx context.Context, s *Store) error {
	for {
		recs, err := cypher(ctx, s, "MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n", nil)
		if err != nil {
			return err
		}
		if n, _ := recs[0].Values[0].(int64); n == 0 {
			return nil
		}
	}
}

// cypher runs a statement on the store's database, for tests that look
// under the contract.
func cypher(ctx context.Context, s *Store, stmt string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := neo4j.ExecuteQuery(ctx, s.driver, stmt, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithWritersRouting())
	if err != nil {
		return nil, err
	}
	return res.Records, nil
}

// TestConformance runs the shared store suite against the server: every
// subtest gets the database emptied.
func TestConformance(t *testing.T) {
	cfg := server(t)
	storetest.Run(t, func(t *testing.T) kg.Store { return openEmpty(t, cfg) })
}

func BenchmarkUpsert(b *testing.B) {
	storetest.BenchUpsert(b, openEmpty(b, server(b)), 10000, 20000)
}

func BenchmarkQueries(b *testing.B) {
	storetest.BenchQueries(b, openEmpty(b, server(b)), 10000, 20000)
}

func names(t *testing.T, s *Store, stmt string) []string {
	t.Helper()
	recs, err := cypher(context.Background(), s, stmt, nil)
	if err != nil {
		t.Fatalf("%s: %v", stmt, err)
	}
	var out []string
	for _, r := range recs {
		n, _ := r.Values[0].(string)
		out = append(out, n)
	}
	return out
}

func TestSchema(t *testing.T) {
	cfg := server(t)
	s := openEmpty(t, cfg)
	// Open again: the schema statements must be idempotent.
	again, err := Open(context.Background(), cfg)
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	again.Close()

	constraints := names(t, s, "SHOW CONSTRAINTS YIELD name, type WHERE type ENDS WITH 'UNIQUENESS' RETURN name")
	indexes := names(t, s, "SHOW INDEXES YIELD name, type, state WHERE state = 'ONLINE' RETURN name")
	has := func(list []string, name string) bool {
		for _, n := range list {
			if n == name {
				return true
			}
		}
		return false
	}
	want := []struct{ name, in string }{
		{"entity_id", "constraint"},
		{"article_id", "constraint"},
		{"entity_kind", "index"},
		{"entity_sort_name", "index"},
		{"entity_mentions", "index"},
		{"entity_last_seen", "index"},
		{"entity_search_key", "index"},
		{"article_date", "index"},
		{"entity_order_mentions", "index"},
		{"entity_order_name", "index"},
		{"entity_order_last_seen", "index"},
		{"article_order", "index"},
		{entityFulltext, "index"},
		{relationFulltext, "index"},
		{summaryConstraint, "constraint"},
		{"edge_fan_lo", "index"},
		{"edge_fan_hi", "index"},
	}
	for _, rt := range kg.RelTypes {
		lt := strings.ToLower(string(rt))
		want = append(want,
			struct{ name, in string }{"rel_" + lt + "_id", "constraint"},
			struct{ name, in string }{"rel_" + lt + "_date", "index"},
			struct{ name, in string }{"rel_" + lt + "_order", "index"},
			struct{ name, in string }{"rel_" + lt + "_article", "index"},
			struct{ name, in string }{"rel_" + lt + "_fold_sentence", "index"},
			struct{ name, in string }{"rel_" + lt + "_src_order", "index"},
			struct{ name, in string }{"rel_" + lt + "_dst_order", "index"},
		)
	}
	for _, w := range want {
		t.Run(w.name, func(t *testing.T) {
			list := indexes
			if w.in == "constraint" {
				list = constraints
			}
			if !has(list, w.name) {
				t.Errorf("%s %q missing; have %v", w.in, w.name, list)
			}
		})
	}
}

func TestOpenUnreachable(t *testing.T) {
	// Port 1 refuses connections at once; the timeout only guards against
	// a hang, it is not what is being tested.
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	tests := []struct {
		name, uri, shown string
	}{
		{"plain", "bolt://127.0.0.1:1", "bolt://127.0.0.1:1"},
		{"credentials in uri", "bolt://someone:hunter2@127.0.0.1:1", "bolt://127.0.0.1:1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Open(ctx, Config{URI: tt.uri, Username: "neo4j", Password: "hunter2", ConnectTimeout: time.Second})
			if err == nil {
				s.Close()
				t.Fatal("Open on a closed port succeeded")
			}
			if !errors.Is(err, kg.ErrUnavailable) {
				t.Errorf("Open error %v does not wrap kg.ErrUnavailable", err)
			}
			if !strings.Contains(err.Error(), tt.shown) {
				t.Errorf("Open error %q does not name %s", err, tt.shown)
			}
			if strings.Contains(err.Error(), "hunter2") {
				t.Errorf("Open error %q shows the password", err)
			}
			if ctx.Err() != nil {
				t.Errorf("Open returned only when the guard deadline passed: %v", err)
			}
		})
	}
}

func day(s string) time.Time {
	t, err := kg.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}

// subgraph builds a small article: a speaker who says something to no one
// and attacks a place.
func subgraph(text, date string) kg.Subgraph {
	a := kg.Article{ID: kg.ArticleID(text), Title: "t", Date: day(date), Source: "test", Text: text}
	speaker := kg.Entity{ID: kg.EntityID(kg.Person, "Ada Speaker"), Kind: kg.Person, Name: "Ada Speaker", Mentions: 2}
	place := kg.Entity{ID: kg.EntityID(kg.Place, "Somewhere"), Kind: kg.Place, Name: "Somewhere", Mentions: 1}
	said := kg.Relation{
		ID: kg.RelationID(a.ID, kg.Said, speaker.ID, "", 0, len(text), "words"), Type: kg.Said,
		Source: speaker.ID, Date: day(date), Precision: kg.PrecisionDay, Status: kg.Happened,
		Quote: "words", Confidence: 0.5, Evidence: kg.Evidence{ArticleID: a.ID, Sentence: text, Start: 0, End: len(text)},
	}
	hit := kg.Relation{
		ID: kg.RelationID(a.ID, kg.Attacked, speaker.ID, place.ID, 0, len(text), ""), Type: kg.Attacked,
		Source: speaker.ID, Target: place.ID, Precision: kg.PrecisionNone, Status: kg.Planned,
		Confidence: 0.75, Evidence: kg.Evidence{ArticleID: a.ID, Sentence: text, Start: 0, End: len(text)},
	}
	return kg.Subgraph{Article: a, Entities: []kg.Entity{speaker, place}, Relations: []kg.Relation{said, hit}}
}

// TestSaidWithoutTarget checks the Neo4j-specific storage of a SAID with no
// addressee: a relationship to the Article it was read from, which reads
// back with an empty Target and goes with its article.
func TestSaidWithoutTarget(t *testing.T) {
	s := openEmpty(t, server(t))
	ctx := context.Background()
	sg := subgraph("Ada Speaker said words and planned to strike Somewhere.", "2024-03-01")
	if _, err := s.Upsert(ctx, []kg.Subgraph{sg}); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	said := sg.Relations[0]

	recs, err := cypher(ctx, s, "MATCH (:Entity {id: $s})-[r:SAID {id: $id}]->(a:Article) RETURN a.id", map[string]any{"s": said.Source, "id": said.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].Values[0] != sg.Article.ID {
		t.Fatalf("SAID without target: got %v, want one relationship to article %s", recs, sg.Article.ID)
	}

	page, err := s.Relations(ctx, kg.RelationFilter{Types: []kg.RelType{kg.Said}}, kg.Page{})
	if err != nil {
		t.Fatalf("Relations: %v", err)
	}
	if diff := cmp.Diff(page.Relations, []kg.Relation{said}); diff != "" {
		t.Errorf("Relations (-got +want):\n%s", diff)
	}

	paths, err := s.Paths(ctx, said.Source, sg.Entities[1].ID, kg.PathOptions{MaxDepth: 2, Types: []kg.RelType{kg.Said}})
	if err != nil {
		t.Fatalf("Paths: %v", err)
	}
	if len(paths) != 0 {
		t.Errorf("Paths over SAID only: got %d paths, want none (an article is no bridge)", len(paths))
	}

	if err := s.DeleteArticle(ctx, sg.Article.ID); err != nil {
		t.Fatalf("DeleteArticle: %v", err)
	}
	recs, err = cypher(ctx, s, "MATCH (n) RETURN count(n)", nil)
	if err != nil {
		t.Fatal(err)
	}
	if n := recs[0].Values[0].(int64); n != 0 {
		t.Errorf("after deleting the only article %d nodes remain, want 0", n)
	}
}

// TestKindLabels checks that entities carry their kind's label, which the
// count store behind Stats relies on.
func TestKindLabels(t *testing.T) {
	s := openEmpty(t, server(t))
	ctx := context.Background()
	sg := subgraph("Ada Speaker spoke of Somewhere.", "2024-03-02")
	if _, err := s.Upsert(ctx, []kg.Subgraph{sg}); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	recs, err := cypher(ctx, s, "MATCH (e:Entity) RETURN e.id, [l IN labels(e) WHERE l <> 'Entity'] ORDER BY e.id", nil)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]any{}
	for _, r := range recs {
		got[r.Values[0].(string)] = r.Values[1].([]any)
	}
	want := map[string][]any{}
	for _, e := range sg.Entities {
		want[e.ID] = []any{e.Kind.Label()}
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("labels (-got +want):\n%s", diff)
	}
}

// TestFailedBatchWritesNothing checks that a batch failing inside the
// transaction (here on a kind clash with a stored entity) leaves the store
// as it was, articles before the bad one included.
func TestFailedBatchWritesNothing(t *testing.T) {
	s := openEmpty(t, server(t))
	ctx := context.Background()
	first := subgraph("Ada Speaker arrived.", "2024-03-03")
	if _, err := s.Upsert(ctx, []kg.Subgraph{first}); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	good := subgraph("Ada Speaker left.", "2024-03-04")
	bad := subgraph("Ada Speaker returned.", "2024-03-05")
	// The same ID as the stored person, but claimed as an organization.
	bad.Entities[0].Kind = kg.Organization
	_, err = s.Upsert(ctx, []kg.Subgraph{good, bad})
	if !errors.Is(err, kg.ErrConflict) {
		t.Fatalf("Upsert with a kind clash: got %v, want kg.ErrConflict", err)
	}
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(after, before); diff != "" {
		t.Errorf("stats after the failed batch (-got +want):\n%s", diff)
	}
	if _, err := s.Article(ctx, good.Article.ID); !errors.Is(err, kg.ErrNotFound) {
		t.Errorf("Article of the failed batch: got %v, want kg.ErrNotFound", err)
	}
}

// TestRedactURI checks that user information never reaches errors or logs.
func TestRedactURI(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "bolt://db.example:7687", "bolt://db.example:7687"},
		{"user and password", "neo4j+s://u:p@db.example:7687", "neo4j+s://db.example:7687"},
		{"at sign in path", "bolt://db.example:7687/x@y", "bolt://db.example:7687/x@y"},
		{"not a url", "db.example", "db.example"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := redactURI(tt.in); got != tt.want {
				t.Errorf("redactURI(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestPathsFallback checks that the two ways Paths enumerates shortest
// paths agree: allShortestPaths, and the layered search it falls back to
// when parallel relations multiply the paths beyond pathCap.
func TestPathsFallback(t *testing.T) {
	s := openEmpty(t, server(t))
	ctx := context.Background()
	text := "A grid of people who met each other many times."
	a := kg.Article{ID: kg.ArticleID(text), Date: day("2024-04-01"), Source: "test", Text: text}
	// Three columns of three people; everyone meets everyone in the next
	// column three times, so 27 node sequences of 4 hops each stand for
	// 27 * 3^4 paths.
	var es []kg.Entity
	col := func(c, i int) kg.Entity {
		name := fmt.Sprintf("Grid %c%d", 'A'+c, i)
		return kg.Entity{ID: kg.EntityID(kg.Person, name), Kind: kg.Person, Name: name, Mentions: 1}
	}
	start, end := col(0, 0), col(4, 0)
	es = append(es, start, end)
	layers := [][]kg.Entity{{start}}
	for c := 1; c <= 3; c++ {
		var l []kg.Entity
		for i := 0; i < 3; i++ {
			l = append(l, col(c, i))
		}
		es = append(es, l...)
		layers = append(layers, l)
	}
	layers = append(layers, []kg.Entity{end})
	var rs []kg.Relation
	for c := 0; c+1 < len(layers); c++ {
		for _, u := range layers[c] {
			for _, v := range layers[c+1] {
				for k := 0; k < 3; k++ {
					r := kg.Relation{Type: kg.Met, Source: u.ID, Target: v.ID, Date: day("2024-03-0" + fmt.Sprint(k+1)),
						Precision: kg.PrecisionDay, Status: kg.Happened, Confidence: 0.5,
						Evidence: kg.Evidence{ArticleID: a.ID, Sentence: text, Start: 0, End: len(text)}}
					if k == 1 {
						r.Source, r.Target = v.ID, u.ID // either direction counts
					}
					r.ID = kg.RelationID(a.ID, r.Type, r.Source, r.Target, c*100+k, 0, u.ID+v.ID)
					rs = append(rs, r)
				}
			}
		}
	}
	if _, err := s.Upsert(ctx, []kg.Subgraph{{Article: a, Entities: es, Relations: rs}}); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	tests := []struct {
		name string
		opt  kg.PathOptions
		want int // node sequences
	}{
		{"all", kg.PathOptions{MaxDepth: 4, All: true, Limit: 100}, 27},
		{"first five", kg.PathOptions{MaxDepth: 4, All: true, Limit: 5}, 5},
		{"one", kg.PathOptions{MaxDepth: 6}, 1},
		{"too short", kg.PathOptions{MaxDepth: 3, All: true}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			direct, err := s.Paths(ctx, start.ID, end.ID, tt.opt)
			if err != nil {
				t.Fatalf("Paths: %v", err)
			}
			defer func(c int64) { pathCap = c }(pathCap)
			pathCap = 2
			fallback, err := s.Paths(ctx, start.ID, end.ID, tt.opt)
			if err != nil {
				t.Fatalf("Paths with the fallback: %v", err)
			}
			if diff := cmp.Diff(fallback, direct); diff != "" {
				t.Errorf("fallback vs allShortestPaths (-got +want):\n%s", diff)
			}
			if len(direct) != tt.want {
				t.Errorf("got %d paths, want %d", len(direct), tt.want)
			}
		})
	}
}

// TestKindClashOnlyInWrittenArticles checks that an entity claimed with two
// kinds is a conflict only among the articles the batch actually writes: a
// copy of an article already stored is skipped whatever it says.
func TestKindClashOnlyInWrittenArticles(t *testing.T) {
	cfg := server(t)
	ctx := context.Background()
	stored := subgraph("Ada Speaker was already here.", "2024-03-07")
	clash := func(sg kg.Subgraph) kg.Subgraph {
		sg.Entities = slices.Clone(sg.Entities)
		sg.Entities[0].Kind = kg.Organization
		return sg
	}
	fresh := subgraph("Ada Speaker came back.", "2024-03-08")
	tests := []struct {
		name  string
		batch []kg.Subgraph
		want  error
	}{
		{"stored copy with another kind", []kg.Subgraph{fresh, clash(stored)}, nil},
		{"two new articles disagree", []kg.Subgraph{fresh, clash(subgraph("Ada Speaker left again.", "2024-03-09"))}, kg.ErrConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openEmpty(t, cfg)
			if _, err := s.Upsert(ctx, []kg.Subgraph{stored}); err != nil {
				t.Fatalf("Upsert: %v", err)
			}
			_, err := s.Upsert(ctx, tt.batch)
			if (tt.want == nil && err != nil) || (tt.want != nil && !errors.Is(err, tt.want)) {
				t.Errorf("Upsert: got %v, want %v", err, tt.want)
			}
		})
	}
}

// TestOrderStrings checks that sorting by the order strings gives the
// contract's list orders, ties, undated items and long keys included.
func TestOrderStrings(t *testing.T) {
	type item struct {
		id, date, name string
		mentions       int64
	}
	items := []item{
		{"b", "2024-03-01", "beta", 3}, {"a", "2024-03-01", "beta", 3}, {"c", "", "alpha", 0},
		{"d", "1999-12-31", "alpha beta", 12}, {"e", "2024-03-10", "al", 1 << 40}, {"f", "", "zz", 3},
		{"a-b", "2024-03-10", "beta", 12}, {"a b", "0001-01-01", "", 0},
	}
	tests := []struct {
		name string
		ord  func(item) string
		less func(x, y item) bool // the contract's order
	}{
		{"mentions", func(i item) string { return ordMentions(i.mentions, i.id) }, func(x, y item) bool {
			if x.mentions != y.mentions {
				return x.mentions > y.mentions
			}
			return x.id < y.id
		}},
		{"name", func(i item) string { return ordName(i.name, i.id) }, func(x, y item) bool {
			if x.name != y.name {
				return x.name < y.name
			}
			return x.id < y.id
		}},
		{"newest", func(i item) string { return ordNewest(i.date, i.id) }, func(x, y item) bool {
			if (x.date == "") != (y.date == "") {
				return y.date == ""
			}
			if x.date != y.date {
				return x.date > y.date
			}
			return x.id < y.id
		}},
	}
	ids := func(is []item) []string {
		out := make([]string, len(is))
		for i, it := range is {
			out[i] = it.id
		}
		return out
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Clone(items)
			slices.SortFunc(got, func(x, y item) int { return strings.Compare(tt.ord(x), tt.ord(y)) })
			want := slices.Clone(items)
			slices.SortFunc(want, func(x, y item) int {
				switch {
				case tt.less(x, y):
					return -1
				case tt.less(y, x):
					return 1
				}
				return 0
			})
			if diff := cmp.Diff(ids(got), ids(want)); diff != "" {
				t.Errorf("order (-got +want):\n%s", diff)
			}
		})
	}
}

// TestBackfill checks that a database written before the derived
// properties existed (simulated by removing them and the index that came
// with them) answers as before once reopened.
func TestBackfill(t *testing.T) {
	cfg := server(t)
	s := openEmpty(t, cfg)
	ctx := context.Background()
	batch := []kg.Subgraph{subgraph("Ada Speaker praised Somewhere.", "2024-03-11"), subgraph("Ada Speaker left Somewhere.", "")}
	batch[1].Entities[0].Aliases = []string{"Spéaker"}
	if _, err := s.Upsert(ctx, batch); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	type answers struct {
		Entities  [3][]kg.Entity
		Articles  []kg.Article
		Relations []kg.Relation
		Search    []kg.SearchHit
	}
	read := func(s *Store) answers {
		t.Helper()
		var a answers
		for i, o := range []kg.EntityOrder{kg.ByMentions, kg.ByName, kg.ByLastSeen} {
			p, err := s.Entities(ctx, kg.EntityFilter{Order: o}, kg.Page{})
			if err != nil {
				t.Fatalf("Entities(%s): %v", o, err)
			}
			a.Entities[i] = p.Entities
		}
		ap, err := s.Articles(ctx, kg.ArticleFilter{}, kg.Page{})
		if err != nil {
			t.Fatalf("Articles: %v", err)
		}
		a.Articles = ap.Articles
		rp, err := s.Relations(ctx, kg.RelationFilter{Text: "praised"}, kg.Page{})
		if err != nil {
			t.Fatalf("Relations: %v", err)
		}
		a.Relations = rp.Relations
		if a.Search, err = s.Search(ctx, "speaker", nil, 10); err != nil {
			t.Fatalf("Search: %v", err)
		}
		return a
	}
	want := read(s)
	if len(want.Entities[0]) != 2 || len(want.Articles) != 2 || len(want.Relations) != 2 || len(want.Search) == 0 {
		t.Fatalf("fixture reads back too little: %+v", want)
	}
	again := undoAndReopen(t, s, cfg,
		"DROP INDEX "+newestIndex,
		"MATCH (e:Entity) REMOVE e.ord_mentions, e.ord_name, e.ord_last_seen, e.fold_aliases, e.search_key",
		"MATCH (a:Article) REMOVE a.ord",
		"MATCH ()-[r]->() REMOVE r.fold_sentence, r.lower_quote, r.lower_sentence, r.ord",
	)
	if diff := cmp.Diff(read(again), want); diff != "" {
		t.Errorf("after backfill (-got +want):\n%s", diff)
	}
}

// undoAndReopen runs statements that take a store back to what an older
// build left (dropping what a backfill makes), then opens it again, as an
// upgraded binary would; the store is closed when the test ends.
func undoAndReopen(t *testing.T, s *Store, cfg Config, stmts ...string) *Store {
	t.Helper()
	ctx := context.Background()
	for _, stmt := range stmts {
		if _, err := cypher(ctx, s, stmt, nil); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	again, err := Open(ctx, cfg)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	t.Cleanup(func() { again.Close() })
	return again
}

// TestAggregatesUnderConcurrentWrites checks the locking that keeps
// aggregates exact: upserts add to an entity's stored aggregates while
// deletes recount them, concurrently, on the same entities.
func TestAggregatesUnderConcurrentWrites(t *testing.T) {
	s := openEmpty(t, server(t))
	ctx := context.Background()
	var old, fresh []kg.Subgraph
	for i := 0; i < 6; i++ {
		old = append(old, subgraph(fmt.Sprintf("Ada Speaker said old thing %d about Somewhere.", i), fmt.Sprintf("2023-01-%02d", i+1)))
		fresh = append(fresh, subgraph(fmt.Sprintf("Ada Speaker said new thing %d about Somewhere.", i), fmt.Sprintf("2024-02-%02d", i+1)))
	}
	if _, err := s.Upsert(ctx, old); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	errs := make(chan error, 2)
	go func() {
		for _, g := range old {
			if err := s.DeleteArticle(ctx, g.Article.ID); err != nil {
				errs <- fmt.Errorf("DeleteArticle: %w", err)
				return
			}
		}
		errs <- nil
	}()
	go func() {
		for _, g := range fresh {
			if _, err := s.Upsert(ctx, []kg.Subgraph{g}); err != nil {
				errs <- fmt.Errorf("Upsert: %w", err)
				return
			}
		}
		errs <- nil
	}()
	for range 2 {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	for i, e := range fresh[0].Entities {
		t.Run(e.ID, func(t *testing.T) {
			got, err := s.Entity(ctx, e.ID)
			if err != nil {
				t.Fatalf("Entity: %v", err)
			}
			want := e
			want.Mentions = len(fresh) * fresh[0].Entities[i].Mentions
			want.FirstSeen, want.LastSeen = fresh[0].Article.Date, fresh[len(fresh)-1].Article.Date
			if diff := cmp.Diff(got, want); diff != "" {
				t.Errorf("aggregates (-got +want):\n%s", diff)
			}
		})
	}
}

// TestSummaryBackfill checks that a database written before the summary
// graph (simulated by removing its EDGE relationships and its constraint)
// gets it derived once when reopened, and answers neighborhoods as before.
func TestSummaryBackfill(t *testing.T) {
	cfg := server(t)
	s := openEmpty(t, cfg)
	batch := upsertStrikes(t, s)
	centre := batch[0].Entities[0].ID
	opts := []kg.NeighborhoodOptions{
		{Depth: 1, Aggregate: true},
		{Depth: 1, Aggregate: true, CountsOnly: true},
	}
	read := func(s *Store) []kg.Graph { return neighborhoods(t, s, centre, opts) }
	want := read(s)
	if got := want[1].Aggregates; len(got) != 1 {
		t.Fatalf("fixture: want one group of three statements, got %v", got)
	}
	again := undoAndReopen(t, s, cfg,
		"DROP CONSTRAINT "+summaryConstraint,
		"MATCH ()-[e:"+edgeType+"]->() DELETE e",
	)
	if diff := cmp.Diff(read(again), want); diff != "" {
		t.Errorf("after backfill (-got +want):\n%s", diff)
	}
}

// TestAggregatesOfNewEntitiesUnderConcurrentUpserts checks that batches
// written at once, each naming the same entities in several of its
// articles, create each entity once and add up its aggregates exactly,
// although the entities do not exist yet when the batches start: the
// merge that creates or finds an entity is also where Upsert reads the
// aggregates it adds to.
func TestAggregatesOfNewEntitiesUnderConcurrentUpserts(t *testing.T) {
	s := openEmpty(t, server(t))
	ctx := context.Background()
	const writers, batches, perBatch = 4, 3, 2
	var all []kg.Subgraph
	work := make([][][]kg.Subgraph, writers)
	for w := range writers {
		for b := range batches {
			var batch []kg.Subgraph
			for a := range perBatch {
				sg := subgraph(fmt.Sprintf("Ada Speaker said thing %d-%d-%d about Somewhere.", w, b, a), fmt.Sprintf("2024-%02d-%02d", w+1, b*perBatch+a+1))
				batch = append(batch, sg)
				all = append(all, sg)
			}
			work[w] = append(work[w], batch)
		}
	}
	errs := make(chan error, writers)
	for w := range writers {
		go func() {
			for _, batch := range work[w] {
				if _, err := s.Upsert(ctx, batch); err != nil {
					errs <- fmt.Errorf("writer %d: Upsert: %w", w, err)
					return
				}
			}
			errs <- nil
		}()
	}
	for range writers {
		if err := <-errs; err != nil {
			t.Fatal(err)
		}
	}
	for i, e := range all[0].Entities {
		t.Run(e.ID, func(t *testing.T) {
			recs, err := cypher(ctx, s, "MATCH (e:Entity {id: $id}) RETURN count(e)", map[string]any{"id": e.ID})
			if err != nil {
				t.Fatal(err)
			}
			if n, _ := recs[0].Values[0].(int64); n != 1 {
				t.Errorf("%d nodes, want 1", n)
			}
			got, err := s.Entity(ctx, e.ID)
			if err != nil {
				t.Fatalf("Entity: %v", err)
			}
			want := e
			want.Mentions = len(all) * all[0].Entities[i].Mentions
			want.FirstSeen, want.LastSeen = day("2024-01-01"), day(fmt.Sprintf("2024-%02d-%02d", writers, batches*perBatch))
			if diff := cmp.Diff(got, want); diff != "" {
				t.Errorf("aggregates (-got +want):\n%s", diff)
			}
		})
	}
}
