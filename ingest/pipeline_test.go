package ingest_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/rules"
	"github.com/newsgraph/newsgraph/internal/neo4jtest"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/neo4j"
	"github.com/newsgraph/newsgraph/store/sqlite"
)

// capsExtractor is a small deterministic Extractor for the tests that need
// an extractor to misbehave on purpose (most tests use the real one,
// ingest/rules): every run of two or more capitalised words is a person, and a sentence
// with two of them and the word "attacked" or "met" states that relation
// between the first two. Markers in the text make it misbehave on purpose:
// "[[fail]]" returns an error, "[[panic]]" panics, "[[clash]]" labels its
// people as organizations while keeping their person IDs, which a store must
// refuse once those IDs are stored as people.
type capsExtractor struct{}

func (capsExtractor) Extract(ctx context.Context, a kg.Article) (kg.Subgraph, error) {
	switch {
	case strings.Contains(a.Text, "[[fail]]"):
		return kg.Subgraph{}, fmt.Errorf("caps: cannot make sense of the text: %w", kg.ErrInvalid)
	case strings.Contains(a.Text, "[[panic]]"):
		panic("caps: index out of range")
	}
	kind := kg.Person
	if strings.Contains(a.Text, "[[clash]]") {
		kind = kg.Organization
	}
	sub := kg.Subgraph{Article: a}
	index := map[string]int{}
	start := 0
	for start < len(a.Text) {
		end := strings.Index(a.Text[start:], ". ")
		if end < 0 {
			end = len(a.Text)
		} else {
			end += start + 1
		}
		sentence := a.Text[start:end]
		var ids []string
		for _, name := range capsRuns(sentence) {
			id := kg.EntityID(kg.Person, name)
			i, ok := index[id]
			if !ok {
				i = len(sub.Entities)
				index[id] = i
				sub.Entities = append(sub.Entities, kg.Entity{ID: id, Kind: kind, Name: name})
			}
			sub.Entities[i].Mentions++
			ids = append(ids, id)
		}
		for _, verb := range []struct {
			word string
			t    kg.RelType
		}{{" attacked ", kg.Attacked}, {" met ", kg.Met}} {
			if len(ids) < 2 || ids[0] == ids[1] || !strings.Contains(sentence, verb.word) {
				continue
			}
			r := kg.Relation{Type: verb.t, Source: ids[0], Target: ids[1], Status: kg.Happened, Confidence: 0.5,
				Precision: kg.PrecisionNone, Evidence: kg.Evidence{ArticleID: a.ID, Sentence: sentence, Start: start, End: end}}
			if !a.Date.IsZero() {
				r.Date, r.Precision = a.Date, kg.PrecisionArticle
			}
			r.ID = kg.RelationID(a.ID, r.Type, r.Source, r.Target, start, end, "")
			sub.Relations = append(sub.Relations, r)
		}
		start = end
		for start < len(a.Text) && a.Text[start] == ' ' {
			start++
		}
	}
	return sub, ctx.Err()
}

// capsRuns returns the runs of two or more capitalised words in s.
func capsRuns(s string) []string {
	var runs []string
	var run []string
	flush := func() {
		if len(run) >= 2 {
			runs = append(runs, strings.Join(run, " "))
		}
		run = run[:0]
	}
	for _, w := range strings.Fields(s) {
		w = strings.TrimRight(w, ".,;:")
		if w != "" && unicode.IsUpper([]rune(w)[0]) {
			run = append(run, w)
			continue
		}
		flush()
	}
	flush()
	return runs
}

var (
	firstNames = []string{"Aldo", "Brina", "Cosmo", "Delia", "Ezra", "Fenna", "Gideon", "Halle", "Ivo"}
	lastNames  = []string{"Marsh", "Quell", "Ostrow", "Pell", "Tamsin", "Varro", "Wendt", "Yarrow", "Zell", "Brack", "Corrin"}
)

// person invents the i-th name.
func person(i int) string {
	return firstNames[i%len(firstNames)] + " " + lastNames[(i*7)%len(lastNames)]
}

// goodArticle invents the i-th article: two people who met and one who
// attacked another, on a date.
func goodArticle(i int) kg.Article {
	text := fmt.Sprintf("Story %d. Yesterday %s met %s at the harbour. Later %s attacked %s near the bridge. Nobody else came.",
		i, person(i), person(i+1), person(i+2), person(i+3))
	return kg.Article{Text: text, Date: time.Date(2020, 1, 1+i%28, 0, 0, 0, 0, time.UTC), Source: fmt.Sprintf("wire-%d", i)}
}

var cities = []string{"Lisbon", "Porto", "Braga", "Madrid", "Seville", "Lyon", "Turin"}

// newsArticle invents the i-th article in the style of a wire report,
// for the real extractor: a meeting, an attack and a quote.
func newsArticle(i int) kg.Article {
	text := fmt.Sprintf("Foreign Minister %s met his counterpart %s in %s on Tuesday. "+
		"Rebels attacked the town of %s overnight, police said. "+
		"\"We will not give up on round %d,\" %s told reporters after the talks.",
		person(i), person(i+1), cities[i%len(cities)], cities[(i+3)%len(cities)], i, person(i))
	return kg.Article{Text: text, Date: time.Date(2021, 3, 1+i%28, 0, 0, 0, 0, time.UTC), Source: fmt.Sprintf("wire-%d", i)}
}

// docs turns articles into Docs named "art-N.txt" with IDs minted.
func docs(arts ...kg.Article) []ingest.Doc {
	var out []ingest.Doc
	for i, a := range arts {
		a.ID = kg.ArticleID(a.Text)
		out = append(out, ingest.Doc{Name: fmt.Sprintf("art-%02d.txt", i), Article: a})
	}
	return out
}

func fromSlice(ds []ingest.Doc) func(func(ingest.Doc) error) error {
	return func(yield func(ingest.Doc) error) error {
		for _, d := range ds {
			if err := yield(d); err != nil {
				return err
			}
		}
		return nil
	}
}

// forStores runs test on each real store: SQLite always, Neo4j when the
// environment names a server (see internal/neo4jtest).
func forStores(t *testing.T, test func(t *testing.T, s kg.Store)) {
	t.Run("sqlite", func(t *testing.T) { test(t, openStore(t)) })
	t.Run("neo4j", func(t *testing.T) { test(t, openNeo4j(t)) })
}

// openNeo4j opens the test server's store, holding its lock until t is
// done, and empties it through the store contract.
func openNeo4j(t *testing.T) kg.Store {
	t.Helper()
	c := neo4jtest.Env(t)
	neo4jtest.Lock(t, c)
	ctx := context.Background()
	s, err := neo4j.Open(ctx, neo4j.Config{URI: c.URI, Username: c.Username, Password: c.Password, Database: c.Database})
	if err != nil {
		t.Fatalf("neo4j.Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	for {
		page, err := s.Articles(ctx, kg.ArticleFilter{}, kg.Page{First: kg.MaxPageSize})
		if err != nil {
			t.Fatalf("emptying neo4j: %v", err)
		}
		if len(page.Articles) == 0 {
			break
		}
		for _, a := range page.Articles {
			if err := s.DeleteArticle(ctx, a.ID); err != nil {
				t.Fatalf("emptying neo4j: %v", err)
			}
		}
	}
	if st, err := s.Stats(ctx); err != nil || st.Articles != 0 || sum(st.Entities) != 0 {
		t.Fatalf("neo4j not empty after deleting every article: %+v, %v", st, err)
	}
	return s
}

func sum[K comparable](m map[K]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func writeFile(root, name, content string) error {
	return os.WriteFile(filepath.Join(root, name), []byte(content), 0o644)
}

func openStore(t *testing.T) *sqlite.Store {
	t.Helper()
	s, err := sqlite.Open(context.Background(), t.TempDir())
	if err != nil {
		t.Fatalf("sqlite.Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// snapshot is what a store holds, as far as these tests care.
type snapshot struct {
	Stats    kg.Stats
	Entities []kg.Entity
	Articles []string
}

func snap(t *testing.T, s kg.Store) snapshot {
	t.Helper()
	ctx := context.Background()
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ents, err := s.Entities(ctx, kg.EntityFilter{Order: kg.ByName}, kg.Page{First: kg.MaxPageSize})
	if err != nil {
		t.Fatal(err)
	}
	arts, err := s.Articles(ctx, kg.ArticleFilter{}, kg.Page{First: kg.MaxPageSize})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range arts.Articles {
		ids = append(ids, a.ID)
	}
	return snapshot{Stats: st, Entities: ents.Entities, Articles: ids}
}

// failure is a failed Result as compared in tests.
type failure struct {
	Name   string
	Reason string // a substring of the error
}

func failures(sum ingest.Summary, want []failure) []failure {
	var got []failure
	for i, f := range sum.Failures {
		r := f.Err.Error()
		if i < len(want) && strings.Contains(r, want[i].Reason) && strings.Contains(r, f.Name) {
			r = want[i].Reason
		}
		got = append(got, failure{f.Name, r})
	}
	return got
}

func TestPipelineExtractOnly(t *testing.T) {
	var arts []kg.Article
	for i := range 30 {
		arts = append(arts, goodArticle(i))
	}
	ds := docs(arts...)
	bad := []ingest.Doc{
		{Name: "feed.jsonl:7", Err: fmt.Errorf("read feed.jsonl:7: malformed JSON: %w", kg.ErrInvalid)},
		{Name: "fail.txt", Article: kg.Article{Text: "Some Body wrote this. [[fail]]"}},
		{Name: "panic.txt", Article: kg.Article{Text: "Some Body wrote this. [[panic]]"}},
		{Name: "huge.txt", Article: kg.Article{Text: strings.Repeat("x", kg.MaxArticleBytes+1)}},
	}
	// Interleave the bad docs with the good ones.
	all := append([]ingest.Doc{}, ds[:5]...)
	all = append(all, bad[0])
	all = append(all, ds[5:12]...)
	all = append(all, bad[1], bad[2])
	all = append(all, ds[12:20]...)
	all = append(all, bad[3])
	all = append(all, ds[20:]...)

	var names []string
	var progress []ingest.Progress
	entities, relations := 0, 0
	p := &ingest.Pipeline{
		Extractor: capsExtractor{},
		Workers:   4,
		BatchSize: 3,
		OnResult:  func(r ingest.Result) { names = append(names, r.Name) },
		Progress:  func(pr ingest.Progress) { progress = append(progress, pr) },
	}
	for _, d := range ds {
		sub, err := capsExtractor{}.Extract(context.Background(), d.Article)
		if err != nil {
			t.Fatal(err)
		}
		entities += len(sub.Entities)
		relations += len(sub.Relations)
	}
	sum, err := p.Run(context.Background(), fromSlice(all))
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	var wantNames []string
	for _, d := range all {
		wantNames = append(wantNames, d.Name)
	}
	if diff := cmp.Diff(names, wantNames); diff != "" {
		t.Errorf("results not in input order (-got +want):\n%s", diff)
	}
	got := ingest.Summary{Read: sum.Read, Written: sum.Written, Unchanged: sum.Unchanged, Failed: sum.Failed, Entities: sum.Entities, Relations: sum.Relations}
	want := ingest.Summary{Read: len(all), Written: len(ds), Failed: len(bad), Entities: entities, Relations: relations}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("summary (-got +want):\n%s", diff)
	}
	wantFail := []failure{
		{"feed.jsonl:7", "malformed JSON"},
		{"fail.txt", "cannot make sense of the text"},
		{"panic.txt", "extractor panicked: caps: index out of range"},
		{"huge.txt", "bytes, at most"},
	}
	if diff := cmp.Diff(failures(sum, wantFail), wantFail); diff != "" {
		t.Errorf("failures (-got +want):\n%s", diff)
	}
	for _, f := range sum.Failures {
		if f.Article.Text != "" {
			t.Errorf("%s: failure keeps %d bytes of text", f.Name, len(f.Article.Text))
		}
	}
	if !errors.Is(sum.Failures[1].Err, kg.ErrInvalid) {
		t.Errorf("extractor error %v lost its kind", sum.Failures[1].Err)
	}
	for i, pr := range progress {
		if pr.Done != i+1 {
			t.Fatalf("progress %d: Done = %d, want %d", i, pr.Done, i+1)
		}
	}
	if last := progress[len(progress)-1]; last.Failed != len(bad) {
		t.Errorf("last progress: Failed = %d, want %d", last.Failed, len(bad))
	}
}

// TestPipelineManyFailures checks that the summary lists a bounded number
// of failures and counts them all.
func TestPipelineManyFailures(t *testing.T) {
	n := ingest.MaxFailures + 5
	p := &ingest.Pipeline{Extractor: capsExtractor{}}
	sum, err := p.Run(context.Background(), func(yield func(ingest.Doc) error) error {
		for i := range n {
			if err := yield(ingest.Doc{Name: fmt.Sprintf("feed.jsonl:%d", i+1), Err: fmt.Errorf("read feed.jsonl:%d: malformed JSON: %w", i+1, kg.ErrInvalid)}); err != nil {
				return err
			}
		}
		return yield(ingest.Doc{Name: "ok.txt", Article: kg.Article{Text: "Ok Name wrote."}})
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Failed != n || len(sum.Failures) != ingest.MaxFailures || sum.Written != 1 {
		t.Errorf("summary: %d failed, %d listed, %d written; want %d, %d, 1", sum.Failed, len(sum.Failures), sum.Written, n, ingest.MaxFailures)
	}
	if got, want := sum.Failures[len(sum.Failures)-1].Name, fmt.Sprintf("feed.jsonl:%d", ingest.MaxFailures); got != want {
		t.Errorf("last listed failure %s, want %s", got, want)
	}
}

// TestPipelineDeterministic checks that the extraction output does not
// depend on the number of workers or the batch size.
func TestPipelineDeterministic(t *testing.T) {
	var arts []kg.Article
	for i := range 30 {
		arts = append(arts, newsArticle(i))
	}
	ds := docs(arts...)
	x := rules.New()
	run := func(workers, batch int) string {
		var buf bytes.Buffer
		out := ingest.NewExtractionWriter(&buf)
		p := &ingest.Pipeline{Extractor: x, Workers: workers, BatchSize: batch,
			OnResult: func(r ingest.Result) {
				if err := out.Add(r.Name, r.Subgraph); err != nil {
					t.Error(err)
				}
			}}
		if _, err := p.Run(context.Background(), fromSlice(ds)); err != nil {
			t.Fatal(err)
		}
		if err := out.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	want := run(1, 1)
	if !strings.Contains(want, `"type":"MET"`) || !strings.Contains(want, `"type":"SAID"`) {
		t.Fatalf("the extractor found no relations:\n%s", want)
	}
	for _, c := range [][2]int{{8, 1}, {3, 7}, {8, 50}} {
		if got := run(c[0], c[1]); got != want {
			t.Errorf("workers %d, batch %d: output differs from one worker's", c[0], c[1])
		}
	}
}

func TestPipelineStoreIdempotent(t *testing.T) { forStores(t, testPipelineStoreIdempotent) }

func testPipelineStoreIdempotent(t *testing.T, s kg.Store) {
	var arts []kg.Article
	for i := range 25 {
		arts = append(arts, newsArticle(i))
	}
	ds := docs(arts...)
	p := &ingest.Pipeline{Extractor: rules.New(), Writer: s, Workers: 3, BatchSize: 4}
	ctx := context.Background()

	first, err := p.Run(ctx, fromSlice(ds))
	if err != nil {
		t.Fatalf("first Run: %v", err)
	}
	if first.Written != len(ds) || first.Failed != 0 || first.Unchanged != 0 {
		t.Fatalf("first run: %+v, want %d written", first, len(ds))
	}
	before := snap(t, s)
	if got, want := before.Stats.Articles, len(ds); got != want {
		t.Errorf("store holds %d articles, want %d", got, want)
	}
	rels := 0
	for _, n := range before.Stats.Relations {
		rels += n
	}
	if rels != first.Relations || first.Relations == 0 {
		t.Errorf("store holds %d relations, summary says %d", rels, first.Relations)
	}

	var results []ingest.Result
	p2 := *p
	p2.OnResult = func(r ingest.Result) { results = append(results, r) }
	second, err := p2.Run(ctx, fromSlice(ds))
	if err != nil {
		t.Fatalf("second Run: %v", err)
	}
	got := ingest.Summary{Read: second.Read, Written: second.Written, Unchanged: second.Unchanged, Failed: second.Failed, Entities: second.Entities, Relations: second.Relations}
	if diff := cmp.Diff(got, ingest.Summary{Read: len(ds), Unchanged: len(ds)}); diff != "" {
		t.Errorf("second run (-got +want):\n%s", diff)
	}
	for _, r := range results {
		if !r.Unchanged || len(r.Subgraph.Entities) != 0 || r.Article.ID == "" {
			t.Errorf("%s: second run result %+v, want unchanged with an article and no subgraph", r.Name, r)
		}
	}
	if diff := cmp.Diff(snap(t, s), before); diff != "" {
		t.Errorf("second run changed the store (-after +before):\n%s", diff)
	}
}

func TestPipelineBadArticleAmongGood(t *testing.T) { forStores(t, testPipelineBadArticleAmongGood) }

func testPipelineBadArticleAmongGood(t *testing.T, s kg.Store) {
	var arts []kg.Article
	for i := range 9 {
		arts = append(arts, newsArticle(i))
	}
	ds := docs(arts...)
	all := append([]ingest.Doc{}, ds[:4]...)
	all = append(all,
		ingest.Doc{Name: "dates.txt", Err: fmt.Errorf(`read dates.txt: malformed date "2020-13-01": %w`, kg.ErrInvalid)},
		ingest.Doc{Name: "latin1.txt", Article: kg.Article{Text: "Caf\xe9 owners in Lisbon said so."}},
	)
	all = append(all, ds[4:7]...)
	all = append(all, ingest.Doc{Name: "huge.txt", Article: kg.Article{Text: strings.Repeat("Lisbon. ", kg.MaxArticleBytes/8+1)}})
	all = append(all, ds[7:]...)
	p := &ingest.Pipeline{Extractor: rules.New(), Writer: s, Workers: 2, BatchSize: 50}
	sum, err := p.Run(context.Background(), fromSlice(all))
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if sum.Written != len(ds) || sum.Failed != 3 || sum.Read != len(all) {
		t.Errorf("summary %+v, want %d read, %d written and 3 failed", sum, len(all), len(ds))
	}
	wantFail := []failure{
		{"dates.txt", `malformed date "2020-13-01"`},
		{"latin1.txt", "not valid UTF-8"},
		{"huge.txt", "bytes, at most"},
	}
	if diff := cmp.Diff(failures(sum, wantFail), wantFail); diff != "" {
		t.Errorf("failures (-got +want):\n%s", diff)
	}
	for _, f := range sum.Failures {
		if !errors.Is(f.Err, kg.ErrInvalid) {
			t.Errorf("%s: error %v does not wrap kg.ErrInvalid", f.Name, f.Err)
		}
	}
	var want []string
	for _, d := range ds {
		want = append(want, d.Article.ID)
	}
	got := snap(t, s).Articles
	if diff := cmp.Diff(got, want, sortStrings); diff != "" {
		t.Errorf("stored articles (-got +want):\n%s", diff)
	}
}

var sortStrings = cmp.Transformer("sort", func(in []string) []string {
	out := append([]string(nil), in...)
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if out[j] < out[i] {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
})

// TestPipelineBatchRetry has the real store refuse one article of a batch
// (it names a stored person as an organization): the batch fails as a
// whole, and the retry one by one loses only that article.
func TestPipelineBatchRetry(t *testing.T) { forStores(t, testPipelineBatchRetry) }

func testPipelineBatchRetry(t *testing.T, s kg.Store) {
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	a0, a1, a2, a3 := goodArticle(0), goodArticle(1), goodArticle(2), goodArticle(3)
	clash := kg.Article{Text: fmt.Sprintf("%s spoke. [[clash]]", person(1))} // person(1) is met in a0
	ds := docs(a0, a1, clash, a2, a3)
	p := &ingest.Pipeline{Extractor: capsExtractor{}, Writer: s, Workers: 2, BatchSize: 10, Logger: logger}
	var results []ingest.Result
	p.OnResult = func(r ingest.Result) { results = append(results, r) }
	sum, err := p.Run(context.Background(), fromSlice(ds))
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if sum.Written != 4 || sum.Failed != 1 {
		t.Errorf("summary %+v, want 4 written and 1 failed", sum)
	}
	if len(sum.Failures) != 1 || sum.Failures[0].Name != ds[2].Name || !errors.Is(sum.Failures[0].Err, kg.ErrConflict) {
		t.Errorf("failures %+v, want %s with a conflict", sum.Failures, ds[2].Name)
	}
	if !strings.Contains(logs.String(), "batch upsert failed") {
		t.Errorf("no retry was logged:\n%s", logs.String())
	}
	for _, r := range results {
		if r.Err == nil && (r.Entities == 0 || len(r.Subgraph.Entities) != r.Entities) {
			t.Errorf("%s: written with %d entities reported, subgraph has %d", r.Name, r.Entities, len(r.Subgraph.Entities))
		}
	}
	if got := snap(t, s).Stats.Articles; got != 4 {
		t.Errorf("store holds %d articles, want 4", got)
	}
}

func TestPipelineDuplicateInRun(t *testing.T) { forStores(t, testPipelineDuplicateInRun) }

func testPipelineDuplicateInRun(t *testing.T, s kg.Store) {
	a := newsArticle(1)
	crlf := a
	crlf.Text = "\r\n" + strings.ReplaceAll(a.Text, ". ", ".\r\n") + "\r\n"
	lf := a
	lf.Text = strings.ReplaceAll(a.Text, ". ", ".\n")
	p := &ingest.Pipeline{Extractor: rules.New(), Writer: s, BatchSize: 10}
	res, err := p.Articles(context.Background(), []kg.Article{lf, crlf, newsArticle(2)})
	if err != nil {
		t.Fatalf("Articles: %v", err)
	}
	type brief struct {
		Name      string
		ID        string
		Unchanged bool
		Failed    bool
	}
	var got []brief
	for _, r := range res {
		got = append(got, brief{r.Name, r.Article.ID, r.Unchanged, r.Err != nil})
	}
	want := []brief{
		{"article 1", kg.ArticleID(lf.Text), false, false},
		{"article 2", kg.ArticleID(lf.Text), true, false},
		{"article 3", kg.ArticleID(newsArticle(2).Text), false, false},
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("results (-got +want):\n%s", diff)
	}
	if n := snap(t, s).Stats.Articles; n != 2 {
		t.Errorf("store holds %d articles, want 2", n)
	}
}

func TestPipelineArticlesInvalid(t *testing.T) {
	p := &ingest.Pipeline{Extractor: capsExtractor{}}
	res, err := p.Articles(context.Background(), []kg.Article{
		{Text: "  "}, {Text: "Caf\xe9"}, {Text: "Ok Name was here."},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range res {
		if r.Err != nil {
			got = append(got, r.Name+": failed")
		} else {
			got = append(got, r.Name+": ok")
		}
	}
	want := []string{"article 1: failed", "article 2: failed", "article 3: ok"}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("results (-got +want):\n%s", diff)
	}
	if !strings.Contains(res[1].Err.Error(), "not valid UTF-8") {
		t.Errorf("bad UTF-8: error %v", res[1].Err)
	}
}

// TestPipelineStoreDown closes the store after the first batch: the run
// stops with kg.ErrUnavailable and a summary of what was written.
func TestPipelineStoreDown(t *testing.T) { forStores(t, testPipelineStoreDown) }

func testPipelineStoreDown(t *testing.T, s kg.Store) {
	var arts []kg.Article
	for i := range 12 {
		arts = append(arts, newsArticle(i))
	}
	p := &ingest.Pipeline{Extractor: rules.New(), Writer: s, Workers: 2, BatchSize: 4}
	p.OnResult = func(r ingest.Result) {
		if r.Err == nil {
			s.Close() // after the first batch is written
		}
	}
	sum, err := p.Run(context.Background(), fromSlice(docs(arts...)))
	if !errors.Is(err, kg.ErrUnavailable) {
		t.Fatalf("Run error %v, want kg.ErrUnavailable", err)
	}
	if sum.Written != 4 || sum.Failed != 0 {
		t.Errorf("summary %+v, want the first batch of 4 written and nothing failed", sum)
	}
}

func TestPipelineCancel(t *testing.T) {
	var arts []kg.Article
	for i := range 200 {
		arts = append(arts, newsArticle(i))
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	p := &ingest.Pipeline{Extractor: rules.New(), Workers: 4, BatchSize: 5,
		OnResult: func(ingest.Result) {
			if n++; n == 10 {
				cancel()
			}
		}}
	sum, err := p.Run(ctx, fromSlice(docs(arts...)))
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("Run error %v, want context.Canceled", err)
	}
	if sum.Written != 10 || sum.Failed != 0 {
		t.Errorf("summary %+v: want the 10 results seen before the cancel and no failures", sum)
	}
}

// TestPipelineReadsFolder runs the pipeline the way the CLI does, over Read.
func TestPipelineReadsFolder(t *testing.T) {
	root := t.TempDir()
	files := map[string]string{
		"a.txt":     "date 2021-01-02\n\nHarbour talks\n\n" + newsArticle(1).Text,
		"b.jsonl":   "{\"text\": \"Rebels attacked the town of Porto overnight, police said.\", \"date\": \"2021-01-03\"}\nnot json\n",
		"c.txt":     "date 2021-02-30 Bad date.",
		"skip.docx": "ignored",
	}
	for name, content := range files {
		if err := writeFile(root, name, content); err != nil {
			t.Fatal(err)
		}
	}
	s := openStore(t)
	p := &ingest.Pipeline{Extractor: rules.New(), Writer: s}
	ctx := context.Background()
	sum, err := p.Run(ctx, func(yield func(ingest.Doc) error) error {
		return ingest.Read(ctx, []string{root}, nil, yield)
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 4 || sum.Written != 2 || sum.Failed != 2 {
		t.Errorf("summary %+v, want 4 read, 2 written, 2 failed", sum)
	}
	st := snap(t, s).Stats
	rels := 0
	for _, n := range st.Relations {
		rels += n
	}
	if sum.Relations == 0 || sum.Relations != rels || st.Articles != 2 {
		t.Errorf("summary says %d relations, store holds %d relations in %d articles", sum.Relations, rels, st.Articles)
	}
}

// TestPipelineConcurrentRuns shares one Pipeline and one store between runs
// on several goroutines (run it with -race).
func TestPipelineConcurrentRuns(t *testing.T) { forStores(t, testPipelineConcurrentRuns) }

func testPipelineConcurrentRuns(t *testing.T, s kg.Store) {
	p := &ingest.Pipeline{Extractor: rules.New(), Writer: s, Workers: 3, BatchSize: 3}
	var wg sync.WaitGroup
	sums := make([]ingest.Summary, 4)
	errs := make([]error, 4)
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var arts []kg.Article
			for i := range 15 {
				arts = append(arts, newsArticle(g*10+i)) // runs overlap by 5 articles
			}
			sums[g], errs[g] = p.Run(context.Background(), fromSlice(docs(arts...)))
		}()
	}
	wg.Wait()
	written := 0
	for g := range 4 {
		if errs[g] != nil || sums[g].Failed != 0 {
			t.Errorf("run %d: %v, %+v", g, errs[g], sums[g].Failures)
		}
		written += sums[g].Written
	}
	if got := snap(t, s).Stats.Articles; got != written || got != 45 {
		t.Errorf("store holds %d articles, runs wrote %d, want 45", got, written)
	}
}

// TestPipelineSourceFails checks that an input that breaks down on its own
// ends the run with its error, after the docs it gave.
func TestPipelineSourceFails(t *testing.T) {
	broken := errors.New("connection reset")
	p := &ingest.Pipeline{Extractor: rules.New(), Workers: 2}
	sum, err := p.Run(context.Background(), func(yield func(ingest.Doc) error) error {
		for _, d := range docs(newsArticle(1), newsArticle(2)) {
			if err := yield(d); err != nil {
				return err
			}
		}
		return broken
	})
	if !errors.Is(err, broken) {
		t.Fatalf("Run error %v, want the source's", err)
	}
	if sum.Read != 2 || sum.Written != 2 {
		t.Errorf("summary %+v, want the 2 docs given before the failure", sum)
	}
}

// lostAnswer is a real store whose failAt-th Upsert commits and then
// reports the store gone, as when Neo4j dies between its commit and its
// answer.
type lostAnswer struct {
	kg.Store
	calls, failAt int
}

func (l *lostAnswer) Upsert(ctx context.Context, batch []kg.Subgraph) ([]kg.UpsertResult, error) {
	res, err := l.Store.Upsert(ctx, batch)
	if l.calls++; l.calls == l.failAt && err == nil {
		return nil, fmt.Errorf("connection reset after commit: %w", kg.ErrUnavailable)
	}
	return res, err
}

func TestPipelineCountsWhatWasCommitted(t *testing.T) {
	forStores(t, testPipelineCountsWhatWasCommitted)
}

// testPipelineCountsWhatWasCommitted: when the store goes away during a
// write, the summary counts the articles the store holds, not only those
// whose write was answered.
func testPipelineCountsWhatWasCommitted(t *testing.T, s kg.Store) {
	w := &lostAnswer{Store: s, failAt: 3}
	p := &ingest.Pipeline{Extractor: rules.New(), Writer: w, BatchSize: 5, Workers: 2}
	var arts []kg.Article
	for i := range 30 {
		arts = append(arts, newsArticle(i))
	}
	sum, err := p.Run(context.Background(), func(yield func(ingest.Doc) error) error {
		for i, a := range arts {
			a.ID = kg.ArticleID(a.Text)
			if err := yield(ingest.Doc{Name: fmt.Sprint(i), Article: a}); err != nil {
				return err
			}
		}
		return nil
	})
	if !errors.Is(err, kg.ErrUnavailable) {
		t.Fatalf("Run: %v, want the store unavailable", err)
	}
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if sum.Written != st.Articles || sum.Unknown != 0 {
		t.Errorf("summary: %d written, %d unknown; the store holds %d articles", sum.Written, sum.Unknown, st.Articles)
	}
}

// pacedExtractor is capsExtractor with a pace: "Story 4." is slow, so
// that the stories after it are extracted first and wait their turn, and
// the stories from "Story 7." on wait until the writer has written its
// first batch.
type pacedExtractor struct{ written <-chan struct{} }

func (x pacedExtractor) Extract(ctx context.Context, a kg.Article) (kg.Subgraph, error) {
	var i int
	if _, err := fmt.Sscanf(a.Text, "Story %d.", &i); err != nil {
		return kg.Subgraph{}, err
	}
	switch {
	case i == 4:
		time.Sleep(100 * time.Millisecond)
	case i >= 7:
		<-x.written
		time.Sleep(200 * time.Millisecond)
	}
	return capsExtractor{}.Extract(ctx, a)
}

// slowWriter takes longer than the pipeline's flushAfter (a second) over
// its first batch, and records the size of every batch.
type slowWriter struct {
	sizes   []int
	written chan struct{}
}

func (w *slowWriter) Upsert(ctx context.Context, batch []kg.Subgraph) ([]kg.UpsertResult, error) {
	w.sizes = append(w.sizes, len(batch))
	if len(w.sizes) == 1 {
		time.Sleep(1200 * time.Millisecond)
		close(w.written)
	}
	res := make([]kg.UpsertResult, len(batch))
	for i, g := range batch {
		res[i] = kg.UpsertResult{ArticleID: g.Article.ID, Entities: len(g.Entities), Relations: len(g.Relations)}
	}
	return res, nil
}

// TestPipelineFullBatchAfterSlowWrite: a write that takes longer than
// flushAfter does not send the next batch early. The articles that waited
// in order during the write (5 and 6) and those extracted after it (7 to
// 9) make one full batch; the timer of the batch written before used to
// fire during the write and send 5 and 6 alone.
func TestPipelineFullBatchAfterSlowWrite(t *testing.T) {
	w := &slowWriter{written: make(chan struct{})}
	var arts []kg.Article
	for i := range 10 {
		arts = append(arts, goodArticle(i))
	}
	p := &ingest.Pipeline{Extractor: pacedExtractor{written: w.written}, Writer: w, Workers: 2, BatchSize: 5}
	sum, err := p.Run(context.Background(), fromSlice(docs(arts...)))
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	if sum.Written != len(arts) {
		t.Errorf("written %d articles, want %d", sum.Written, len(arts))
	}
	if diff := cmp.Diff(w.sizes, []int{5, 5}); diff != "" {
		t.Errorf("batch sizes (-got +want):\n%s", diff)
	}
}
