package ingest_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/rules"
	"github.com/newsgraph/newsgraph/kg"
)

// harborPage is an invented article laid out as a news site lays it out
// (navigation, cookie banner, advertisements, "most read", footer,
// scripts): ingest/webpage's test page.
func harborPage(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("webpage", "testdata", "pages", "harbor-talks.html"))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// furniture is text around the harbor page's story that must never be
// stored.
var furniture = []string{"<", ">", "cookies", "Accept all", "Subscribe", "Most read", "Royal wedding",
	"Sign up", "All rights reserved", "Privacy policy", "Share on", "dataLayer", "doctype", "DOCTYPE"}

// HTML is read as a page, not as markup, by every door: a folder walk, a
// text file that holds HTML, a file with an unknown extension, standard
// input, a JSON record and the API's articles. Each gives the same
// article.
func TestHTMLFromEveryInput(t *testing.T) {
	page := harborPage(t)
	root := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("walk/story.html", page)
	write("walk/ignored.png", []byte("not read"))
	saved := write("saved.txt", page)
	download := write("story.download", page)
	record, _ := json.Marshal(map[string]string{"content": string(page)})
	jsonl := write("export.jsonl", append(record, '\n'))

	var got []kg.Article
	names := []string{}
	err := ingest.Read(context.Background(), []string{filepath.Join(root, "walk"), saved, download, jsonl, "-"},
		strings.NewReader(string(page)), func(d ingest.Doc) error {
			if d.Err != nil {
				t.Errorf("%s: %v", d.Name, d.Err)
				return nil
			}
			names = append(names, d.Name)
			got = append(got, d.Article)
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	p := ingest.Pipeline{Extractor: rules.New()}
	res, err := p.Articles(context.Background(), []kg.Article{{Text: string(page)}})
	if err != nil || res[0].Err != nil {
		t.Fatalf("Articles: %v %v", err, res[0].Err)
	}
	names = append(names, "API")
	got = append(got, res[0].Article)

	if len(got) != 6 {
		t.Fatalf("read %d articles (%v), want 6", len(got), names)
	}
	want := got[0]
	if want.Title != "Ministers agree to resume harbour talks in Geneva" || want.Date.Format(kg.DateLayout) != "2024-03-14" ||
		want.URL != "https://ledger.example/world/2024/03/14/harbour-talks-geneva" || want.Source != "The Northern Ledger" {
		t.Errorf("article = %q %v %q %q, want the page's headline, date, canonical URL and site", want.Title, want.Date, want.URL, want.Source)
	}
	if !strings.HasPrefix(want.Text, "Ministers agree to resume harbour talks in Geneva\n\nNorway and Estonia") {
		t.Errorf("text starts %q", want.Text[:min(80, len(want.Text))])
	}
	for _, f := range furniture {
		if strings.Contains(want.Text, f) {
			t.Errorf("text holds %q", f)
		}
	}
	for i, a := range got {
		if a.ID != want.ID || a.Text != want.Text || a.Title != want.Title || !a.Date.Equal(want.Date) || a.URL != want.URL {
			t.Errorf("%s: article %s %q %v %q differs from %s's", names[i], a.ID, a.Title, a.Date, a.URL, names[0])
		}
	}
}

// What the extractor reads from a page, and the store keeps, points into
// the stored text and holds no markup.
func TestHTMLExtractedCleanly(t *testing.T) {
	store := openStore(t)
	p := ingest.Pipeline{Extractor: rules.New(), Writer: store}
	res, err := p.Articles(context.Background(), []kg.Article{{Text: string(harborPage(t))}})
	if err != nil || res[0].Err != nil {
		t.Fatalf("Articles: %v %v", err, res[0].Err)
	}
	r := res[0]
	a, err := store.Article(context.Background(), r.Article.ID)
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != r.Article.Text {
		t.Fatalf("stored text differs from the text read")
	}
	if len(r.Subgraph.Relations) == 0 {
		t.Fatal("no relations read from the page")
	}
	for _, e := range r.Subgraph.Entities {
		for _, f := range append(furniture, "html", "Advertisement") {
			if strings.Contains(strings.ToLower(e.ID+" "+e.Name), strings.ToLower(f)) {
				t.Errorf("entity %s %q comes from page furniture or markup", e.ID, e.Name)
			}
		}
	}
	for _, m := range r.Subgraph.Mentions {
		if m.End > len(a.Text) || a.Text[m.Start:m.End] != m.Text {
			t.Errorf("mention %q at %d..%d does not point into the stored text", m.Text, m.Start, m.End)
		}
	}
	for _, rel := range r.Subgraph.Relations {
		ev := rel.Evidence
		if ev.End > len(a.Text) || a.Text[ev.Start:ev.End] != ev.Sentence {
			t.Errorf("evidence %q at %d..%d does not point into the stored text", ev.Sentence, ev.Start, ev.End)
		}
		for _, f := range furniture {
			if strings.Contains(ev.Sentence+rel.Quote, f) {
				t.Errorf("evidence %q holds %q", ev.Sentence, f)
			}
		}
	}
	if !hasEntity(r.Subgraph, "person:ingrid-solberg") || !hasEntity(r.Subgraph, "person:marek-tamm") {
		t.Errorf("the story's people were not found: %v", r.Subgraph.Entities)
	}
}

func hasEntity(s kg.Subgraph, id string) bool {
	for _, e := range s.Entities {
		if e.ID == id {
			return true
		}
	}
	return false
}

// A page without an article is a failure naming the input, and the others
// go on.
func TestHTMLNotAnArticle(t *testing.T) {
	shell := `<!doctype html><html><head><title>App</title><script src="/app.js"></script></head><body><div id="root"></div></body></html>`
	p := ingest.Pipeline{Extractor: rules.New()}
	res, err := p.Articles(context.Background(), []kg.Article{{Text: shell, Source: "shell"}, {Text: "Mayor Tilda Varga met Governor Osei Brand."}})
	if err != nil {
		t.Fatal(err)
	}
	if res[0].Err == nil || !strings.Contains(res[0].Err.Error(), "read article 1: not an article") {
		t.Errorf("err = %v, want read article 1: not an article", res[0].Err)
	}
	if res[1].Err != nil {
		t.Errorf("the good article failed: %v", res[1].Err)
	}
}
