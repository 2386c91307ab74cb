package fetch_test

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/fetch"
	"github.com/newsgraph/newsgraph/ingest/rules"
	"github.com/newsgraph/newsgraph/internal/synth"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/sqlite"
)

// benchPages is the size of the benchmark's feed.
const benchPages = 1000

// synthSite serves a feed of n synthetic articles (internal/synth), each
// on a page laid out as a news site lays it out: a cookie banner,
// navigation, advertisements, the article with JSON-LD and Open Graph
// metadata, a "most read" list, related stories, a newsletter box, a
// footer, inline scripts and styles; about 60 KB a page, as real ones are.
// The feed carries titles and teasers only, so every page is fetched.
func synthSite(tb testing.TB, n int) (*httptest.Server, []synth.Article) {
	arts := make([]synth.Article, n)
	for i := range n {
		arts[i] = synth.Generate(7, i)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/feed.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		var b strings.Builder
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Synthetic Times</title><link>/</link><description>Invented news</description>`)
		for i, a := range arts {
			fmt.Fprintf(&b, "<item><title>%s</title><link>/news/%d.html</link><guid>synth-%d</guid><pubDate>%s</pubDate><description>%s</description></item>\n",
				html.EscapeString(a.Title), i, i, a.Date.Format(time.RFC1123Z), html.EscapeString(firstSentence(a.Text)))
		}
		b.WriteString("</channel></rss>")
		w.Write([]byte(b.String()))
	})
	mux.HandleFunc("/news/", func(w http.ResponseWriter, r *http.Request) {
		i, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(r.URL.Path, "/news/"), ".html"))
		if err != nil || i < 0 || i >= n {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(synthPage(arts, i)))
	})
	srv := httptest.NewServer(mux)
	tb.Cleanup(srv.Close)
	return srv, arts
}

func firstSentence(s string) string {
	if i := strings.IndexAny(s, ".\n"); i > 0 {
		return s[:i+1]
	}
	return s
}

// filler is page weight that is not text: minified script and style.
var filler = strings.Repeat(`!function(e,t){"use strict";var n=e.dataLayer=e.dataLayer||[];function r(){n.push(arguments)}r("js",new Date),r("config","G-SYNTH",{anonymize_ip:!0});var o=t.createElement("script");o.async=!0,o.src="/static/ads.js?v=3";t.head.appendChild(o)}(window,document);`, 80)

var style = strings.Repeat(`.story p{font:18px/1.6 Georgia,serif;margin:0 0 1em}.nav a{padding:0 8px;color:#222}.ad-slot{min-height:250px;background:#f4f4f4}`, 60)

func synthPage(arts []synth.Article, i int) string {
	a := arts[i]
	var b strings.Builder
	esc := html.EscapeString
	date := a.Date.Format(time.DateOnly)
	fmt.Fprintf(&b, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s | Synthetic Times</title>`, esc(a.Title))
	fmt.Fprintf(&b, `<link rel="canonical" href="https://synthetic-times.example/news/%d"><meta property="og:title" content="%s"><meta property="og:site_name" content="Synthetic Times">`, i, esc(a.Title))
	fmt.Fprintf(&b, `<meta property="article:published_time" content="%sT08:00:00Z"><style>%s</style><script>%s</script>`, date, style, filler)
	fmt.Fprintf(&b, `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":%q,"datePublished":"%sT08:00:00Z","publisher":{"@type":"Organization","name":"Synthetic Times"}}</script></head>`, a.Title, date)
	b.WriteString(`<body><div class="cookie-banner" role="dialog"><p>We and our partners use cookies to personalise content and advertising. Accept all or manage your choices.</p><button>Accept all</button><button>Manage</button></div>`)
	b.WriteString(`<header class="site-header"><a class="logo" href="/">Synthetic Times</a><nav class="nav">`)
	for _, s := range []string{"World", "Politics", "Business", "Markets", "Technology", "Science", "Climate", "Health", "Culture", "Books", "Sport", "Opinion", "Video", "Podcasts", "Newsletters", "Subscribe"} {
		fmt.Fprintf(&b, `<a href="/%s">%s</a>`, strings.ToLower(s), s)
	}
	b.WriteString(`</nav></header><div class="ad-slot" data-ad="top"><span>Advertisement</span></div><main><article class="story">`)
	fmt.Fprintf(&b, `<h1>%s</h1><div class="byline">By Staff Reporter</div><time datetime="%s">%s</time><div class="story-body">`, esc(a.Title), date, a.Date.Format("2 January 2006"))
	paras := strings.Split(a.Text, "\n\n")
	for k, p := range paras {
		fmt.Fprintf(&b, "<p>%s</p>", esc(p))
		if k == len(paras)/2 {
			b.WriteString(`<div class="ad-slot" data-ad="mid"><span>Advertisement</span></div><aside class="related-inline"><h3>Read more</h3><ul>`)
			for j := 1; j <= 3; j++ {
				o := arts[(i+j*7)%len(arts)]
				fmt.Fprintf(&b, `<li><a href="/news/%d.html">%s</a></li>`, (i+j*7)%len(arts), esc(o.Title))
			}
			b.WriteString(`</ul></aside>`)
		}
	}
	b.WriteString(`</div><div class="share"><a href="#">Share on Facebook</a><a href="#">Share on X</a><a href="#">Email</a></div></article>`)
	b.WriteString(`<aside class="most-read"><h2>Most read</h2><ol>`)
	for j := 1; j <= 10; j++ {
		o := (i + j*31) % len(arts)
		fmt.Fprintf(&b, `<li><a href="/news/%d.html">%s</a></li>`, o, esc(arts[o].Title))
	}
	b.WriteString(`</ol></aside><section class="newsletter"><h2>The Morning Brief</h2><p>The day's essential stories, in your inbox before breakfast. Sign up now.</p><form><input type="email"><button>Sign up</button></form></section></main>`)
	b.WriteString(`<footer class="site-footer"><nav>`)
	for j := range 30 {
		fmt.Fprintf(&b, `<a href="/page/%d">Footer link %d</a>`, j, j)
	}
	b.WriteString(`</nav><p>© 2025 Synthetic Times Ltd. All rights reserved.</p></footer>`)
	fmt.Fprintf(&b, `<script>%s</script></body></html>`, filler)
	return b.String()
}

// The synthetic pages read clean: every paragraph, none of the furniture.
// Their items' descriptions run to several paragraphs; a description is a
// teaser still, and every page is fetched.
func TestSynthPages(t *testing.T) {
	srv, arts := synthSite(t, 12)
	r := newReader(testOptions())
	info, docs := readURL(t, r, srv.URL+"/feed.xml")
	if info.Err != nil || len(docs) != 12 {
		t.Fatalf("info %+v, %d docs", info, len(docs))
	}
	for i, d := range docs {
		if d.Err != nil {
			t.Fatalf("%s: %v", d.Name, d.Err)
		}
		if want := arts[i].Title + "\n\n" + arts[i].Text; d.Article.Text != want {
			t.Errorf("%s: text differs from the article:\n got %.300q\nwant %.300q", d.Name, d.Article.Text, want)
		}
		if d.Article.URL != fmt.Sprintf("https://synthetic-times.example/news/%d", i) || !d.Article.Date.Equal(arts[i].Date) {
			t.Errorf("%s: url %s date %v", d.Name, d.Article.URL, d.Article.Date)
		}
	}
}

// BenchmarkFeedIngest ingests a local feed of 1,000 HTML pages end to end
// (fetch, readability, extraction, the embedded store) and reports
// articles/s; then it times each stage alone, one article at a time, and
// reports the time per article and the share of each. The client's
// politeness delay is off: the site is local.
//
//	go test ./ingest/fetch -run XXX -bench FeedIngest -benchtime 1x
func BenchmarkFeedIngest(b *testing.B) {
	srv, _ := synthSite(b, benchPages)
	opt := fetch.Options{AllowPrivate: true, HostDelay: -1, PerHost: 8}
	ctx := context.Background()
	for b.Loop() {
		store, err := sqlite.Open(ctx, b.TempDir())
		if err != nil {
			b.Fatal(err)
		}
		r := &fetch.Reader{Client: fetch.New(opt), State: fetch.NewState(), Known: store}
		p := &ingest.Pipeline{Extractor: rules.New(), Writer: store}
		start, cpu := time.Now(), cpuTime()
		res := r.Ingest(ctx, p, []string{srv.URL + "/feed.xml"})
		elapsed, cpuUsed := time.Since(start), cpuTime()-cpu
		if res[0].Err != nil || res[0].Stopped != nil || len(res[0].Articles) != benchPages {
			b.Fatalf("%+v", res[0].URLInfo)
		}
		for _, a := range res[0].Articles {
			if a.Err != nil {
				b.Fatal(a.Err)
			}
		}
		store.Close()
		b.ReportMetric(float64(benchPages)/elapsed.Seconds(), "articles/s")
		if cpuUsed > 0 {
			// Per second of CPU (all cores, the local site's serving
			// included): what a busy machine shows less of than wall time.
			b.ReportMetric(float64(benchPages)/cpuUsed.Seconds(), "articles/cpu-s")
		}
	}
	b.StopTimer()
	stages(b, srv.URL)
}

// stages times each stage of the ingest alone, one article at a time, in
// CPU time (user and system, the local site's serving included in fetch's)
// where the system tells it, else in wall time.
func stages(b *testing.B, base string) {
	ctx := context.Background()
	client := fetch.New(fetch.Options{AllowPrivate: true, HostDelay: -1})
	var tFetch, tRead, tExtract, tStore time.Duration
	bodies := make([]*fetch.Response, benchPages)
	clock := cpuTime
	if clock() == 0 {
		t0 := time.Now()
		clock = func() time.Duration { return time.Since(t0) }
	}
	runtime.GC()
	start := clock()
	for i := range benchPages {
		resp, err := client.Get(ctx, fmt.Sprintf("%s/news/%d.html", base, i), fetch.Validators{})
		if err != nil {
			b.Fatal(err)
		}
		bodies[i] = resp
	}
	tFetch = clock() - start
	arts := make([]kg.Article, benchPages)
	runtime.GC()
	start = clock()
	for i, resp := range bodies {
		a, err := ingest.ParseHTML(resp.URL.String(), resp.Body, resp.ContentType, resp.URL)
		if err != nil {
			b.Fatal(err)
		}
		arts[i] = a
	}
	tRead = clock() - start
	ex := rules.New()
	subs := make([]kg.Subgraph, benchPages)
	runtime.GC()
	start = clock()
	for i, a := range arts {
		s, err := ex.Extract(ctx, a)
		if err != nil {
			b.Fatal(err)
		}
		subs[i] = s
	}
	tExtract = clock() - start
	store, err := sqlite.Open(ctx, b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	runtime.GC()
	start = clock()
	for i := 0; i < len(subs); i += ingest.DefaultBatchSize {
		if _, err := store.Upsert(ctx, subs[i:min(i+ingest.DefaultBatchSize, len(subs))]); err != nil {
			b.Fatal(err)
		}
	}
	tStore = clock() - start
	total := tFetch + tRead + tExtract + tStore
	for _, s := range []struct {
		name string
		d    time.Duration
	}{{"fetch", tFetch}, {"readability", tRead}, {"extract", tExtract}, {"store", tStore}} {
		b.ReportMetric(float64(s.d.Microseconds())/1000/benchPages, s.name+"-ms/article")
		b.ReportMetric(100*float64(s.d)/float64(total), s.name+"-%")
	}
	b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "cores")
}
