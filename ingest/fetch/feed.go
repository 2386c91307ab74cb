package fetch

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"net/url"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/webpage"
	"github.com/newsgraph/newsgraph/kg"
)

const (
	// maxFeedItems bounds the items read from one feed document.
	maxFeedItems = 10000
	// minFeedText is how much text (in bytes, headline excluded) an item
	// must carry in the feed's content (content:encoded, Atom content,
	// JSON Feed content_html or content_text) to be read from the feed
	// instead of from its link: feeds that carry only a teaser send the
	// reader to the page for the rest. A description is a teaser; it is
	// read only for an item without a link.
	minFeedText = 500
)

// isFeed reports whether a document is RSS, Atom or JSON Feed.
func isFeed(mediaType string, body []byte) bool {
	switch mediaType {
	case "application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml":
		return true
	case "text/html", "application/xhtml+xml":
		return false
	}
	if webpage.IsHTML(body) {
		return false
	}
	if trimmed := bytes.TrimLeft(body, " \t\r\n"); len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') {
		// Any JSON object passes for a JSON Feed with gofeed; a JSON Feed
		// says which it is.
		var head struct {
			Version string `json:"version"`
		}
		return json.NewDecoder(bytes.NewReader(trimmed)).Decode(&head) == nil && strings.Contains(head.Version, "jsonfeed.org/version")
	}
	return gofeed.DetectFeedType(bytes.NewReader(body)) != gofeed.FeedTypeUnknown
}

// readFeed reads every item of a feed, in feed order, fetching and
// reading several at once. An item the store already holds (known to the
// state by its GUID, or by its link as a page) is neither fetched nor
// extracted again.
func (r *Reader) readFeed(ctx context.Context, raw string, resp *Response, info URLInfo, run *inRun, fn func(ingest.Doc) error) (URLInfo, error) {
	f, err := gofeed.NewParser().Parse(bytes.NewReader(resp.Body))
	if err != nil {
		info.Err = fmt.Errorf("read %s: malformed feed: %v: %w", raw, err, kg.ErrInvalid)
		return info, nil
	}
	info.Title = strings.Join(strings.Fields(f.Title), " ")
	items := f.Items
	info.Items = len(items)
	if len(items) > maxFeedItems {
		r.log().WarnContext(ctx, "feed has too many items; reading the first", "url", raw, "items", len(items), "read", maxFeedItems)
		items = items[:maxFeedItems]
	}
	source := info.Title
	if source == "" {
		source = strings.TrimPrefix(resp.URL.Hostname(), "www.")
	}

	prev := r.State.feed(raw)
	plans := make([]itemPlan, len(items))
	var candidates []string
	for i, it := range items {
		p := itemPlan{n: i + 1, item: it, link: resolve(resp.URL, it.Link)}
		p.guid = strings.TrimSpace(it.GUID)
		if p.guid == "" {
			p.guid = p.link
		}
		if p.guid == "" {
			sum := sha256.Sum256([]byte(it.Title + "\x00" + it.Content + "\x00" + it.Description))
			p.guid = "sha256:" + hex.EncodeToString(sum[:12])
		}
		if id, ok := prev.Items[p.guid]; ok {
			p.known = id
		} else if pg, ok := r.State.page(p.link); ok && p.link != "" {
			p.known = pg.ArticleID
		}
		if p.known != "" {
			candidates = append(candidates, p.known)
		}
		plans[i] = p
	}
	stored, err := r.stored(ctx, candidates)
	if err != nil {
		return info, err
	}

	seen := map[string]string{}
	failed := 0
	err = r.ordered(ctx, len(plans), func(ctx context.Context, i int) (ingest.Doc, error) {
		p := plans[i]
		if p.known != "" && (stored[p.known] || run.has(p.known)) {
			return ingest.Doc{Name: p.name(raw), Article: kg.Article{ID: p.known, URL: p.link, Title: p.item.Title}, Stored: true}, nil
		}
		return r.item(ctx, raw, p, source, run)
	}, func(i int, d ingest.Doc) error {
		if d.Err == nil && d.Article.ID != "" {
			seen[plans[i].guid] = d.Article.ID
			run.add(d.Article.ID)
		} else {
			failed++
		}
		return fn(d)
	})
	if err != nil {
		return info, err
	}
	v := resp.Validators
	if failed > 0 {
		// Come back for the failed items even if the feed stays the same.
		v = Validators{}
	}
	r.State.setFeed(raw, v, info.Title, seen)
	return info, nil
}

// itemPlan is what is known of a feed item before it is read.
type itemPlan struct {
	n     int // position in the feed, from 1
	item  *gofeed.Item
	guid  string
	link  string // absolute, or ""
	known string // the article ID the state remembers for it
}

func (p itemPlan) name(feed string) string {
	if p.link != "" {
		return p.link
	}
	return fmt.Sprintf("%s item %d", feed, p.n)
}

// item reads one feed item: from the feed when it carries the whole text,
// else from its link.
func (r *Reader) item(ctx context.Context, feed string, p itemPlan, source string, run *inRun) (ingest.Doc, error) {
	it := p.item
	title := strings.Join(strings.Fields(html.UnescapeString(it.Title)), " ")
	date := itemDate(it)
	name := p.name(feed)
	// The content is the article when it is long enough; a description
	// is a teaser, read only when there is no page to fetch.
	var inFeed ingest.Doc
	for k, body := range []string{it.Content, it.Description} {
		if len(strings.TrimSpace(body)) == 0 || k == 1 && p.link != "" {
			continue
		}
		d := ingest.NewDoc(name, kg.Article{Title: title, Date: date, URL: p.link, Source: source, Text: withTitle(title, body)})
		if d.Err == nil && (len(d.Article.Text)-len(title) >= minFeedText || p.link == "") {
			d.Stored = !run.claim(d.Article.ID)
			if !d.Stored {
				st, err := r.stored(ctx, []string{d.Article.ID})
				if err != nil {
					return ingest.Doc{}, err
				}
				d.Stored = st[d.Article.ID]
			}
			return d, nil
		}
		if inFeed.Name == "" {
			inFeed = d
		}
	}
	if p.link == "" {
		if inFeed.Name != "" {
			return inFeed, nil
		}
		return ingest.Doc{Name: name, Err: fmt.Errorf("read %s: the item has no link and no text: %w", name, kg.ErrInvalid)}, nil
	}
	resp, err := r.Client.Get(ctx, p.link, Validators{})
	if err != nil {
		return ingest.Doc{Name: name, Err: fmt.Errorf("%w (item %d of %s)", err, p.n, feed)}, nil
	}
	mediaType := strings.ToLower(strings.TrimSpace(strings.Split(resp.ContentType, ";")[0]))
	if mediaType != "" && mediaType != "text/html" && mediaType != "application/xhtml+xml" && !webpage.IsHTML(resp.Body) {
		return ingest.Doc{Name: name, Err: fmt.Errorf("read %s: not an article: the server sent %s, not an HTML page (item %d of %s): %w", name, mediaType, p.n, feed, kg.ErrInvalid)}, nil
	}
	return r.page(ctx, p.link, resp, itemHints{title: title, date: date, feed: feed, n: p.n}, run)
}

// withTitle puts an item's title before its text, as a page's headline
// comes first.
func withTitle(title, body string) string {
	if title == "" {
		return body
	}
	if webpage.IsHTML([]byte(body)) {
		return "<h1>" + html.EscapeString(title) + "</h1>" + body
	}
	if strings.HasPrefix(strings.TrimSpace(body), title) {
		return body
	}
	return title + "\n\n" + body
}

// itemDate is the item's publication date (its update date if it has no
// other), as a calendar day.
func itemDate(it *gofeed.Item) time.Time {
	t := it.PublishedParsed
	if t == nil {
		t = it.UpdatedParsed
	}
	if t == nil {
		return time.Time{}
	}
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

// resolve makes an item's link absolute against the feed's URL; "" if it
// is not an http(s) link.
func resolve(base *url.URL, link string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	u, err := url.Parse(link)
	if err != nil {
		return ""
	}
	u = base.ResolveReference(u)
	if u.Scheme != "http" && u.Scheme != "https" {
		return ""
	}
	u.Fragment = ""
	return u.String()
}

// ordered runs work for 0..n-1, Concurrency at a time, and calls yield
// with the results in order. At most Concurrency results wait to be
// yielded, so memory stays bounded however long the feed. It returns
// yield's error, or work's (which stops everything), or ctx's.
func (r *Reader) ordered(ctx context.Context, n int, work func(context.Context, int) (ingest.Doc, error), yield func(int, ingest.Doc) error) error {
	conc := r.Concurrency
	if conc <= 0 {
		conc = DefaultConcurrency
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	type result struct {
		d   ingest.Doc
		err error
	}
	results := make([]chan result, n)
	for i := range results {
		results[i] = make(chan result, 1)
	}
	slots := make(chan struct{}, conc)
	go func() {
		for i := range n {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			go func() {
				d, err := work(ctx, i)
				results[i] <- result{d, err}
			}()
		}
	}()
	for i := range n {
		var res result
		select {
		case res = <-results[i]:
		case <-ctx.Done():
			return ctx.Err()
		}
		<-slots
		if res.err != nil {
			return res.err
		}
		if err := yield(i, res.d); err != nil {
			return err
		}
	}
	return nil
}
