package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// newsSite is a news site on loopback: three article pages with their
// furniture (ingest/webpage's test pages) and an RSS feed of them, to
// which a test can add an item.
type newsSite struct {
	*httptest.Server
	mu    sync.Mutex
	items []string // page paths in the feed
	hits  map[string]int
}

var sitePages = map[string]string{
	"/world/harbour-talks":         "harbor-talks.html",
	"/news/drones-hit-fuel-depots": "port-drone-strike.html",
	"/business/bank-probe":         "bank-probe.html",
}

func newNewsSite(t *testing.T) *newsSite {
	t.Helper()
	s := &newsSite{items: []string{"/world/harbour-talks", "/news/drones-hit-fuel-depots"}, hits: map[string]int{}}
	mux := http.NewServeMux()
	for path, file := range sitePages {
		data, err := os.ReadFile(filepath.Join("ingest", "webpage", "testdata", "pages", file))
		if err != nil {
			t.Fatal(err)
		}
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(data)
		})
	}
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		items := append([]string(nil), s.items...)
		s.mu.Unlock()
		etag := fmt.Sprintf(`"%d"`, len(items))
		w.Header().Set("ETag", etag)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback News</title>`)
		for _, p := range items {
			fmt.Fprintf(&b, "<item><title>%s</title><link>%s</link><guid>%s</guid></item>", p, p, p)
		}
		b.WriteString(`</channel></rss>`)
		w.Write([]byte(b.String()))
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *newsSite) add(path string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.items = append(s.items, path)
}

func (s *newsSite) hitsOf(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func TestIngestFeedCommand(t *testing.T) {
	site := newNewsSite(t)
	data := t.TempDir()
	ingest := func(args ...string) (int, string) {
		var stderr bytes.Buffer
		code := run(context.Background(), append([]string{"ingest", "--data", data, "--fetch-delay", "1ms"}, args...), strings.NewReader(""), &bytes.Buffer{}, &stderr, noEnv)
		return code, stderr.String()
	}
	code, out := ingest(site.URL + "/feed.xml")
	if code != exitOK || !strings.Contains(out, "2 articles read, 2 written, 0 unchanged, 0 failed") {
		t.Fatalf("first ingest: exit %d\n%s", code, out)
	}
	// Again: the feed answers 304 and nothing is fetched, extracted or
	// written.
	code, out = ingest(site.URL + "/feed.xml")
	if code != exitOK || !strings.Contains(out, "2 articles read, 0 written, 2 unchanged, 0 failed") {
		t.Errorf("second ingest: exit %d\n%s", code, out)
	}
	if n := site.hitsOf("/world/harbour-talks"); n != 1 {
		t.Errorf("the page was fetched %d times, want once", n)
	}
	// A page, a failing URL and a file mix; the failure is named and the
	// others go on.
	file := filepath.Join(t.TempDir(), "local.txt")
	os.WriteFile(file, []byte("President Anna Berg met Prime Minister Tomas Lind in Oslo on Monday."), 0o644)
	code, out = ingest(site.URL+"/business/bank-probe", site.URL+"/missing", file)
	if code != exitPartial || !strings.Contains(out, "2 written") || !strings.Contains(out, "failed: fetch "+site.URL+"/missing: 404 Not Found") {
		t.Errorf("mixed ingest: exit %d\n%s", code, out)
	}
}

func TestWatchCommand(t *testing.T) {
	site := newNewsSite(t)
	for _, args := range [][]string{{"watch"}, {"watch", "feeds.txt"}} {
		var stderr bytes.Buffer
		if code := run(context.Background(), args, strings.NewReader(""), &bytes.Buffer{}, &stderr, noEnv); code != exitUsage {
			t.Errorf("%v: exit %d, want %d\n%s", args, code, exitUsage, stderr.String())
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	logs := &syncBuffer{}
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"watch", "--data", t.TempDir(), "--feed-interval", "100ms", "--log-format", "json", site.URL + "/feed.xml"},
			strings.NewReader(""), &bytes.Buffer{}, logs, noEnv)
	}()
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(logs.String(), `"written":2`) || site.hitsOf("/feed.xml") < 2 {
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("no check wrote the feed's two articles:\n%s", logs)
		}
		time.Sleep(20 * time.Millisecond)
	}
	cancel()
	if code := <-done; code != exitOK {
		t.Errorf("watch ended with %d, want %d", code, exitOK)
	}
}

// A watched feed shows in the feeds query, and its new item reaches the
// graph within an interval.
func TestServeFeed(t *testing.T) {
	site := newNewsSite(t)
	base, _, logs := startServer(t, []string{"--data", t.TempDir(), "--feed", site.URL + "/feed.xml", "--feed-interval", "200ms", "--fetch-delay", "1ms"}, noEnv)
	feedQuery := `{ feeds { url title lastChecked lastSuccess nextCheck lastError articles items } }`
	wait := func(what string, ok func() bool) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for !ok() {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s; logs:\n%s", what, logs)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	articles := func() float64 {
		return graphql(t, base, `{ stats { articles } }`)["stats"].(map[string]any)["articles"].(float64)
	}
	wait("the feed's articles", func() bool { return articles() == 2 })
	events := subscribe(t, base, `subscription { articleIngested { article { title url } } }`)
	// An article of its own tells that the subscription is registered.
	for n := 0; ; n++ {
		graphql(t, base, fmt.Sprintf(`mutation { ingestArticles(articles: [{text: "Mayor Tilda Varga met Governor Osei Brand in Quillon (%d)."}]) { articleId } }`, n))
		select {
		case <-events:
		case <-time.After(time.Second):
			continue
		}
		break
	}
	site.add("/business/bank-probe")
	wait("the new item", func() bool { return articles() == 4 })
	select {
	case ev := <-events:
		if !strings.Contains(string(ev), `"title":"Prosecutors open probe into Baltic Union Bank transfers"`) {
			t.Errorf("subscription event %s", ev)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the subscription did not hear of the new item")
	}

	var feed map[string]any
	wait("the feeds query to count it", func() bool {
		feed = graphql(t, base, feedQuery)["feeds"].([]any)[0].(map[string]any)
		return feed["articles"].(float64) == 3
	})
	if feed["url"] != site.URL+"/feed.xml" || feed["title"] != "Loopback News" || feed["lastError"] != nil || feed["items"].(float64) != 3 {
		t.Errorf("feed = %v", feed)
	}
	for _, k := range []string{"lastChecked", "lastSuccess"} {
		if _, err := time.Parse(time.RFC3339, fmt.Sprint(feed[k])); err != nil {
			t.Errorf("%s = %v, want an RFC 3339 time", k, feed[k])
		}
	}
	got := graphql(t, base, `{ articles(first: 10) { nodes { title url source text } } }`)["articles"].(map[string]any)["nodes"].([]any)
	for _, a := range got {
		a := a.(map[string]any)
		if a["title"] == nil {
			continue // the test's own article
		}
		if !strings.HasPrefix(fmt.Sprint(a["url"]), "https://") || strings.Contains(fmt.Sprint(a["text"]), "<") ||
			strings.Contains(fmt.Sprint(a["text"]), "Most read") {
			t.Errorf("article %v %v: want the canonical URL and clean text", a["title"], a["url"])
		}
	}
}

func TestIngestURLsAPI(t *testing.T) {
	site := newNewsSite(t)
	mutation := fmt.Sprintf(`mutation { ingestURLs(urls: [%q, %q, %q]) { url kind title notModified written unchanged failed error articles { articleId unchanged error article { title url } } } }`,
		site.URL+"/feed.xml", site.URL+"/business/bank-probe", site.URL+"/missing")

	t.Run("refused by default", func(t *testing.T) {
		base, _, _ := startServer(t, []string{"--data", t.TempDir()}, noEnv)
		res := graphql(t, base, mutation)["ingestURLs"].([]any)
		for _, r := range res {
			r := r.(map[string]any)
			if !strings.Contains(fmt.Sprint(r["error"]), "refused: the address is not public") || r["kind"] != nil {
				t.Errorf("%v: error %v, want refused", r["url"], r["error"])
			}
		}
		if n := site.hitsOf("/feed.xml") + site.hitsOf("/robots.txt"); n != 0 {
			t.Errorf("the site got %d requests", n)
		}
	})
	t.Run("allowed", func(t *testing.T) {
		base, _, _ := startServer(t, []string{"--data", t.TempDir(), "--fetch-allow-private", "--fetch-delay", "1ms"}, noEnv)
		res := graphql(t, base, mutation)["ingestURLs"].([]any)
		if len(res) != 3 {
			t.Fatalf("%d results, want one per URL", len(res))
		}
		summary := func(r any) string {
			m := r.(map[string]any)
			return fmt.Sprintf("%v %v written=%v unchanged=%v failed=%v articles=%d", m["kind"], m["title"], m["written"], m["unchanged"], m["failed"], len(m["articles"].([]any)))
		}
		want := []string{"FEED Loopback News written=2 unchanged=0 failed=0 articles=2", "PAGE <nil> written=1 unchanged=0 failed=0 articles=1", "<nil> <nil> written=0 unchanged=0 failed=0 articles=0"}
		for i, r := range res {
			if got := summary(r); got != want[i] {
				t.Errorf("result %d = %s, want %s", i, got, want[i])
			}
		}
		if e := fmt.Sprint(res[2].(map[string]any)["error"]); !strings.Contains(e, site.URL+"/missing: 404 Not Found") {
			t.Errorf("missing page: error %q", e)
		}
		again := graphql(t, base, mutation)["ingestURLs"].([]any)
		if got := summary(again[0]); got != "FEED Loopback News written=0 unchanged=2 failed=0 articles=2" || again[0].(map[string]any)["notModified"] != true {
			t.Errorf("again: %s, notModified %v", got, again[0].(map[string]any)["notModified"])
		}
		if got := summary(again[1]); got != "PAGE <nil> written=0 unchanged=1 failed=0 articles=1" {
			t.Errorf("page again: %s", got)
		}
	})
}

// subscribe opens a graphql-transport-ws subscription and returns its
// events' data; it closes when the test ends.
func subscribe(t *testing.T, base, query string) <-chan json.RawMessage {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	conn, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+"/query", &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.CloseNow() })
	type msg struct {
		ID      string          `json:"id,omitempty"`
		Type    string          `json:"type"`
		Payload json.RawMessage `json:"payload,omitempty"`
	}
	if err := wsjson.Write(ctx, conn, msg{Type: "connection_init"}); err != nil {
		t.Fatal(err)
	}
	var ack msg
	if err := wsjson.Read(ctx, conn, &ack); err != nil || ack.Type != "connection_ack" {
		t.Fatalf("connection_init: %v %+v", err, ack)
	}
	payload, _ := json.Marshal(map[string]string{"query": query})
	if err := wsjson.Write(ctx, conn, msg{ID: "1", Type: "subscribe", Payload: payload}); err != nil {
		t.Fatal(err)
	}
	out := make(chan json.RawMessage, 16)
	go func() {
		for {
			var m msg
			if err := wsjson.Read(ctx, conn, &m); err != nil {
				return
			}
			if m.Type == "next" {
				out <- m.Payload
			}
		}
	}()
	return out
}

// serve --ingest takes URLs, NEWSGRAPH_FEEDS lists feeds to watch, and
// ingestURLs needs the API key when the server has one.
func TestServeWebConfig(t *testing.T) {
	site := newNewsSite(t)
	base, _, _ := startServer(t, []string{"--data", t.TempDir(), "--ingest", site.URL + "/business/bank-probe", "--api-key", "k3y"},
		envOf(map[string]string{"NEWSGRAPH_FEEDS": site.URL + "/feed.xml, " + site.URL + "/other.xml", "NEWSGRAPH_FEED_INTERVAL": "1h"}))
	var feeds []any
	deadline := time.Now().Add(20 * time.Second)
	for {
		feeds = graphql(t, base, `{ feeds { url lastChecked } }`)["feeds"].([]any)
		if len(feeds) == 2 && feeds[0].(map[string]any)["lastChecked"] != nil && feeds[1].(map[string]any)["lastChecked"] != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("feeds = %v", feeds)
		}
		time.Sleep(50 * time.Millisecond)
	}
	if feeds[1].(map[string]any)["url"] != site.URL+"/other.xml" {
		t.Errorf("feeds = %v", feeds)
	}
	// The --ingest page and the feed's two items.
	n := graphql(t, base, `{ stats { articles } }`)["stats"].(map[string]any)["articles"].(float64)
	if n < 1 || site.hitsOf("/business/bank-probe") == 0 {
		t.Errorf("--ingest URL: %v articles, page fetched %d times", n, site.hitsOf("/business/bank-probe"))
	}
	body, _ := json.Marshal(map[string]string{"query": fmt.Sprintf(`mutation { ingestURLs(urls: [%q]) { url } }`, site.URL+"/feed.xml")})
	resp, err := http.Post(base+"/query", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct {
		Errors []struct {
			Extensions map[string]any
		}
	}
	json.NewDecoder(resp.Body).Decode(&out)
	if len(out.Errors) == 0 || out.Errors[0].Extensions["code"] != "UNAUTHORIZED" {
		t.Errorf("ingestURLs without the key: %+v, want UNAUTHORIZED", out.Errors)
	}
}
