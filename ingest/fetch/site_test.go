package fetch_test

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// site is a news site on loopback, as the tests need one: article pages
// with their furniture (ingest/webpage's test pages), RSS 2.0, Atom and
// JSON Feed documents, and the ways a server answers besides 200.
type site struct {
	*httptest.Server
	t *testing.T

	mu       sync.Mutex
	hits     map[string]int // requests per path
	agents   map[string]bool
	inFlight int
	maxIn    int
	extra    []feedItem // items added to /watch.xml while a test runs
	busy     int        // 429s /busy.html still answers
	flaky    int        // 503s /flaky.html still answers
}

// pages are ingest/webpage's test pages, by the path the site serves them
// at.
var pages = map[string]string{
	"/world/harbour-talks":         "harbor-talks.html",
	"/news/drones-hit-fuel-depots": "port-drone-strike.html",
	"/2024/09/02/arctic-summit/":   "arctic-summit.html",
	"/business/bank-probe":         "bank-probe.html",
	"/mundo/cessar-fogo.html":      "lisbon-ceasefire.html",
}

func page(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "webpage", "testdata", "pages", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

type feedItem struct {
	guid, link, title, date, content string
}

// feedContent is an item's full text, carried in the feed.
const feedContent = `<p>Finnish President Aino Lehtonen met Swedish Prime Minister Nils Ekberg in Turku on Tuesday to discuss a joint coast guard for the Archipelago Sea, the Finnish presidency said.</p>` +
	`<p>"Our islands do not stop at the border, and neither should our patrols," Lehtonen said after the meeting. Ekberg said Sweden would send two patrol boats to Mariehamn in the spring.</p>` +
	`<p>The Aland regional government said it welcomed the plan but wanted a say in where the boats would be based. Officials in Stockholm said a treaty could be signed before the summer.</p>`

func rss(items []feedItem) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel><title>The Test Wire</title><link>http://example.test/</link><description>Invented news</description>
`)
	for _, it := range items {
		fmt.Fprintf(&b, "<item><title>%s</title>", it.title)
		if it.link != "" {
			fmt.Fprintf(&b, "<link>%s</link>", it.link)
		}
		if it.guid != "" {
			fmt.Fprintf(&b, `<guid isPermaLink="false">%s</guid>`, it.guid)
		}
		if it.date != "" {
			fmt.Fprintf(&b, "<pubDate>%s</pubDate>", it.date)
		}
		b.WriteString("<description>A teaser, not the article.</description>")
		if it.content != "" {
			fmt.Fprintf(&b, "<content:encoded><![CDATA[%s]]></content:encoded>", it.content)
		}
		b.WriteString("</item>\n")
	}
	b.WriteString("</channel></rss>\n")
	return b.String()
}

var rssItems = []feedItem{
	{guid: "tw-1", link: "/world/harbour-talks", title: "Harbour talks to resume", date: "Thu, 14 Mar 2024 09:12:00 +0100"},
	{guid: "tw-2", link: "/news/drones-hit-fuel-depots?utm_source=rss", title: "Drones hit depots", date: "Mon, 19 Aug 2024 10:00:00 GMT"},
	{guid: "tw-3", link: "/coast-guard", title: "Leaders plan joint coast guard", date: "Tue, 03 Dec 2024 08:00:00 GMT", content: feedContent},
	{guid: "tw-4", link: "/business/bank-probe", title: "Bank probe opens", date: "Mon, 06 May 2024 14:05:31 GMT"},
}

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Polar Review</title>
  <id>urn:uuid:60a76c80-d399-11d9-b93c-0003939e0af6</id>
  <updated>2024-09-02T06:30:00Z</updated>
  <entry>
    <title>Leaders plan summit on Arctic shipping</title>
    <link href="/2024/09/02/arctic-summit/"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a</id>
    <updated>2024-09-02T06:30:00Z</updated>
    <summary>Norway, Iceland and Denmark plan a summit.</summary>
  </entry>
  <entry>
    <title>Mediators propose ceasefire talks in Lisbon</title>
    <link href="/mundo/cessar-fogo.html"/>
    <id>urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6b</id>
    <updated>2024-10-11T12:00:00Z</updated>
  </entry>
</feed>
`

const jsonFeed = `{
  "version": "https://jsonfeed.org/version/1.1",
  "title": "Harbour Times",
  "items": [
    {"id": "ht-1", "url": "/business/bank-probe", "title": "Prosecutors open probe", "date_published": "2024-05-06T14:05:31Z"},
    {"id": "ht-2", "title": "Leaders plan joint coast guard", "date_published": "2024-12-03T08:00:00Z", "content_html": %q}
  ]
}`

func newSite(t *testing.T) *site {
	s := &site{t: t, hits: map[string]int{}, agents: map[string]bool{}}
	mux := http.NewServeMux()
	for path, file := range pages {
		data := page(t, file)
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			if file == "lisbon-ceasefire.html" {
				w.Header().Set("Content-Type", "text/html") // the page's <meta> says ISO-8859-1
			}
			w.Write(data)
		})
	}
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "User-agent: *\nDisallow: /private/\n\nUser-agent: badbot\nDisallow: /\n")
	})
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		fmt.Fprint(w, rss(rssItems))
	})
	mux.HandleFunc("/atom.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		fmt.Fprint(w, atom)
	})
	mux.HandleFunc("/feed.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/feed+json")
		fmt.Fprintf(w, jsonFeed, feedContent)
	})
	mux.HandleFunc("/old/feed", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/feed.xml", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/moved-story", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/world/harbour-talks", http.StatusFound)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	// An ETag and a Last-Modified: a request that sends either back is
	// answered 304.
	mux.HandleFunc("/watch.xml", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		items := append(append([]feedItem{}, rssItems[:2]...), s.extra...)
		s.mu.Unlock()
		etag := fmt.Sprintf(`"v%d"`, len(items))
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", "Tue, 03 Dec 2024 08:00:00 GMT")
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, rss(items))
	})
	mux.HandleFunc("/busy.html", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		busy := s.busy > 0
		s.busy--
		s.mu.Unlock()
		if busy {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(page(t, "bank-probe.html"))
	})
	mux.HandleFunc("/very-busy.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "3600")
		http.Error(w, "come back in an hour", http.StatusTooManyRequests)
	})
	mux.HandleFunc("/flaky.html", func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		flaky := s.flaky > 0
		s.flaky--
		s.mu.Unlock()
		if flaky {
			http.Error(w, "upstream hiccup", http.StatusServiceUnavailable)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write(page(t, "arctic-summit.html"))
	})
	mux.HandleFunc("/down.html", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusBadGateway)
	})
	mux.HandleFunc("/slow.html", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(5 * time.Second):
		case <-r.Context().Done():
		}
	})
	mux.HandleFunc("/big.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<!doctype html><html><body><p>"))
		w.Write(bytes.Repeat([]byte("words and more words "), 100_000)) // 2 MB, no Content-Length
		w.Write([]byte("</p></body></html>"))
	})
	mux.HandleFunc("/gzip.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zw.Write(page(t, "port-drone-strike.html"))
		zw.Close()
	})
	mux.HandleFunc("/private/memo.html", func(w http.ResponseWriter, r *http.Request) {
		w.Write(page(t, "bank-probe.html"))
	})
	mux.HandleFunc("/logo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n"))
	})
	mux.HandleFunc("/shell.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, `<!doctype html><html><head><title>App</title><script src="/app.js"></script></head><body><div id="root"></div></body></html>`)
	})
	mux.HandleFunc("/story.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprint(w, "date 2024-03-14\n\nMinisters meet in Oslo\n\nNorwegian Foreign Minister Ingrid Solberg met Marek Tamm in Oslo on Wednesday.\n")
	})
	mux.HandleFunc("/export.jsonl", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/x-ndjson")
		fmt.Fprint(w, `{"title": "One", "date": "2024-01-02", "text": "Mayor Tilda Varga met Governor Osei Brand in Quillon."}`+"\n"+`{"text": ""}`+"\n")
	})
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		s.agents[r.UserAgent()] = true
		s.inFlight++
		s.maxIn = max(s.maxIn, s.inFlight)
		s.mu.Unlock()
		defer func() {
			s.mu.Lock()
			s.inFlight--
			s.mu.Unlock()
		}()
		if r.URL.Path != "/robots.txt" && r.URL.Path != "/slow.html" {
			time.Sleep(2 * time.Millisecond) // a little latency, so concurrency shows
		}
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *site) hitsOf(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func (s *site) resetHits() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.hits = map[string]int{}
}

func (s *site) addItem(it feedItem) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.extra = append(s.extra, it)
}
