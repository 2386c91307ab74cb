package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/kg"
)

type ingestResultJSON struct {
	ArticleID string
	Unchanged bool
	Entities  int
	Error     *string
	Article   *struct{ ID, Title, Date string }
}

// TestIngestEachArticle: one ingestArticles call with bad articles among
// good ones gives one result per article, in order; the good ones are
// written, each bad one says why, numbered from 1.
func TestIngestEachArticle(t *testing.T) {
	e := newEnv(t, openSQLite, false, nil)
	url := e.serve(t)
	good1 := "Maria Lindqvist met Tomas Brandt in Oslo on Monday."
	good2 := "Anna Berg said the harbor would reopen."
	arts := []map[string]any{
		{"text": good1, "title": "Talks"},
		{"text": "   "},
		{"text": "date 2024-01-02\n"}, // a header and no body
		{"text": strings.Repeat("word ", kg.MaxArticleBytes/5+1)},
		{"text": "date 2024-05-06\n\n" + good2}, // the header is read as the CLI reads it
	}
	resp := httpPost(t, http.DefaultClient, url, request{
		query: `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articleId unchanged entities error article { id title date } } }`,
		vars:  map[string]any{"a": arts},
	})
	if len(resp.Errors) > 0 {
		t.Fatalf("errors: %+v", resp.Errors)
	}
	var got struct{ IngestArticles []ingestResultJSON }
	if err := json.Unmarshal(resp.Data, &got); err != nil {
		t.Fatal(err)
	}
	rs := got.IngestArticles
	if len(rs) != len(arts) {
		t.Fatalf("%d results for %d articles: %+v", len(rs), len(arts), rs)
	}
	for i, want := range []string{"", "article 2: no article text", "article 3: no article text", "article 4: article is 8.0 MB", ""} {
		r := rs[i]
		switch {
		case want == "" && r.Error != nil:
			t.Errorf("article %d: error %q, want success", i+1, *r.Error)
		case want != "" && (r.Error == nil || !strings.Contains(*r.Error, want)):
			t.Errorf("article %d: error %v, want one containing %q", i+1, deref(r.Error), want)
		case want != "" && (r.Article != nil || r.Entities != 0):
			t.Errorf("article %d failed but reports %+v", i+1, r)
		}
	}
	for _, c := range []struct {
		i    int
		text string
		date string
	}{{0, good1, ""}, {4, good2, "2024-05-06"}} {
		a, err := e.store.Store.Article(context.Background(), kg.ArticleID(c.text))
		if err != nil {
			t.Errorf("article %d not written: %v", c.i+1, err)
			continue
		}
		if rs[c.i].ArticleID != a.ID || (c.date != "" && a.Date.Format(kg.DateLayout) != c.date) {
			t.Errorf("article %d: result %+v, stored %s dated %v", c.i+1, rs[c.i], a.ID, a.Date)
		}
	}
	if n, _ := e.store.Store.Stats(context.Background()); n.Articles != 2 {
		t.Errorf("%d articles stored, want the 2 good ones", n.Articles)
	}
}

// TestIngestRefusesWhatTheCLIRefuses: input the readers refuse is refused
// by the API too, never stored in another form.
func TestIngestRefusesWhatTheCLIRefuses(t *testing.T) {
	e := newEnv(t, openSQLite, false, nil)
	url := e.serve(t)
	const q = `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articleId error } }`
	t.Run("invalid UTF-8", func(t *testing.T) {
		body := []byte(`{"query": "` + strings.ReplaceAll(q, `"`, `\"`) + `", "variables": {"a": [{"text": "Anna Berg met ` + "\xff\xfe" + ` Tomas Brandt."}]}}`)
		res, err := http.Post(url+"/query", "application/json", bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		var out response
		json.Unmarshal(b, &out)
		if diff := cmp.Diff(out.codes(), []string{"INVALID_INPUT"}); diff != "" || res.StatusCode != http.StatusBadRequest {
			t.Errorf("status %d, codes (-got +want):\n%s\n%s", res.StatusCode, diff, b)
		}
	})
	t.Run("a number for text", func(t *testing.T) {
		resp := httpPost(t, http.DefaultClient, url, request{query: q, vars: map[string]any{"a": []any{map[string]any{"text": 5}}}})
		if len(resp.Errors) == 0 {
			t.Errorf("accepted 5 as an article's text: %s", resp.Data)
		}
	})
	if n, _ := e.store.Store.Stats(context.Background()); n.Articles != 0 {
		t.Errorf("%d articles stored, want none", n.Articles)
	}
}

// testErrorMessages: a client's error reads the same on every store, names
// what the client asked for and nothing of the backend; the store's own
// words go to the log.
func testErrorMessages(t *testing.T, e *env) {
	tests := []struct {
		name  string
		query string
		code  string
		msg   string
	}{
		{"neighborhood of nobody", `{ neighborhood(id: "person:nobody") { nodes { id } } }`, "NOT_FOUND", `no entity "person:nobody"`},
		{"paths to nobody", `{ paths(from: "` + ada.ID + `", to: "person:nobody") { paths { length } } }`, "NOT_FOUND", `no entity "person:nobody"`},
		{"paths from nobody", `{ paths(from: "person:nobody", to: "` + ada.ID + `") { paths { length } } }`, "NOT_FOUND", `no entity "person:nobody"`},
		{"delete nothing", `mutation { deleteArticle(id: "article:00") }`, "NOT_FOUND", `no article "article:00"`},
		{"page too large", `{ entities(first: 501) { edges { cursor } } }`, "INVALID_INPUT", "page size 501 above the maximum of 500"},
		{"bad date", `{ attacks(from: "last tuesday") { edges { cursor } } }`, "INVALID_INPUT", `date "last tuesday": want YYYY-MM-DD`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := e.post(t, request{query: tt.query})
			if len(resp.Errors) != 1 {
				t.Fatalf("errors %+v, want one", resp.Errors)
			}
			got := resp.Errors[0]
			if got.code() != tt.code || got.Message != tt.msg {
				t.Errorf("error %s %q, want %s %q", got.code(), got.Message, tt.code, tt.msg)
			}
		})
	}
}
