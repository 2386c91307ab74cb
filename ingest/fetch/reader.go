package fetch

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"mime"
	"net/url"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/html/charset"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/webpage"
	"github.com/newsgraph/newsgraph/kg"
)

// DefaultConcurrency is how many feed items a Reader fetches and reads at
// once when Reader.Concurrency is zero.
const DefaultConcurrency = 8

// Known is the part of the store a Reader asks what is stored already;
// kg.Store satisfies it.
type Known interface {
	ArticlesByID(ctx context.Context, ids []string) ([]kg.Article, error)
}

// Reader turns URLs into docs for the ingest pipeline. Its fields are set
// before use and not changed after.
type Reader struct {
	// Client fetches; required.
	Client *Client
	// State remembers feeds and pages between runs; nil remembers nothing.
	State *State
	// Known is the store: a feed item or page whose article it holds is
	// reported unchanged without being fetched again (when the state knows
	// it) or extracted again (when its text is the stored text). Nil asks
	// nothing.
	Known Known
	// Concurrency is how many feed items are fetched and read at once;
	// the Client's per-host limits apply on top.
	Concurrency int
	// Logger receives what is worth knowing about a URL beyond its docs.
	Logger *slog.Logger
}

// Kind is what a URL held.
type Kind string

// The kinds of document a URL can hold.
const (
	KindPage Kind = "page" // an HTML page: one article
	KindFeed Kind = "feed" // RSS, Atom or JSON Feed: one article per item
	KindText Kind = "text" // plain text: one article, as a .txt file
	KindJSON Kind = "json" // article records, as a .json or .jsonl file
)

// URLInfo is what became of one URL.
type URLInfo struct {
	URL  string
	Kind Kind
	// Title is a feed's title.
	Title string
	// Items is how many items a feed held (those past maxFeedItems are
	// not read).
	Items int
	// NotModified is true when the server said the document had not
	// changed since it was last read.
	NotModified bool
	// Err is why the URL could not be read: a *Error for a failed fetch,
	// an error wrapping kg.ErrInvalid for a document that is not an
	// article or a feed. Failures of single feed items are docs.
	Err error
}

// IsURL reports whether an input names an http or https URL rather than
// a path.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// Read calls fn with the docs of each input, in order: URLs are fetched,
// anything else is read by ingest.Read (files, folders, "-"). A URL that
// cannot be read is one doc with Err and the others go on. Read stops
// early only when ctx is done or fn fails, returning that error.
func (r *Reader) Read(ctx context.Context, inputs []string, stdin io.Reader, fn func(ingest.Doc) error) error {
	run := &inRun{}
	for _, in := range inputs {
		if err := ctx.Err(); err != nil {
			return err
		}
		if !IsURL(in) {
			if err := ingest.Read(ctx, []string{in}, stdin, fn); err != nil {
				return err
			}
			continue
		}
		info, err := r.readURL(ctx, in, run, fn)
		if err != nil {
			return err
		}
		if info.Err != nil {
			if err := fn(ingest.Doc{Name: in, Err: info.Err}); err != nil {
				return err
			}
		}
	}
	return nil
}

// ReadURL fetches one URL and calls fn with its docs: one for a page or
// a text, one per item for a feed, one per record for JSON. What went
// wrong with the URL as a whole is in URLInfo.Err (fn is then not
// called); the error returned is fn's, or ctx's.
func (r *Reader) ReadURL(ctx context.Context, raw string, fn func(ingest.Doc) error) (URLInfo, error) {
	return r.readURL(ctx, raw, &inRun{}, fn)
}

// inRun is the set of articles a run has been handed already: met again
// in the same run (a page linked from two feeds), an article is reported
// unchanged without being extracted twice, as the pipeline reports a
// repeated article. It is safe for concurrent use.
type inRun struct {
	mu  sync.Mutex
	ids map[string]bool
}

func (s *inRun) has(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ids[id]
}

func (s *inRun) add(id string) { s.claim(id) }

// claim adds id and reports whether it was new: of two goroutines reading
// the same article at once, one claims it.
func (s *inRun) claim(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ids[id] {
		return false
	}
	if s.ids == nil {
		s.ids = map[string]bool{}
	}
	s.ids[id] = true
	return true
}

func (r *Reader) readURL(ctx context.Context, raw string, run *inRun, fn func(ingest.Doc) error) (URLInfo, error) {
	info := URLInfo{URL: raw}
	if _, err := parseURL(raw); err != nil {
		info.Err = &Error{URL: raw, Reason: err.Error()}
		return info, nil
	}
	feed := r.State.feed(raw)
	page, hasPage := r.State.page(raw)
	// A feed's validators, else a page's: a 304 then stands for what was
	// read with them.
	isFeed := feed.Validators != (Validators{})
	v := feed.Validators
	if !isFeed && hasPage {
		v = page.Validators
	}
	resp, err := r.Client.Get(ctx, raw, v)
	if err == nil && resp.NotModified {
		info.NotModified = true
		docs, ok, serr := r.unchanged(ctx, raw, isFeed, feed, page)
		if serr != nil {
			return info, serr
		}
		if ok {
			info.Kind, info.Title, info.Items = KindPage, "", len(docs)
			if isFeed {
				info.Kind, info.Title = KindFeed, feed.Title
			}
			return info, yieldAll(docs, fn)
		}
		// The store lost what the state remembers: read it afresh.
		info.NotModified = false
		resp, err = r.Client.Get(ctx, raw, Validators{})
	}
	if err != nil {
		info.Err = err
		return info, nil
	}
	return r.read(ctx, raw, resp, info, run, fn)
}

// unchanged makes the docs of a document the server says has not changed:
// what the state remembers of it, if the store still holds all of it.
func (r *Reader) unchanged(ctx context.Context, raw string, isFeed bool, feed feedState, page pageState) ([]ingest.Doc, bool, error) {
	var ids, names []string
	if isFeed {
		for _, guid := range slices.Sorted(maps.Keys(feed.Items)) {
			ids, names = append(ids, feed.Items[guid]), append(names, guid)
		}
	} else {
		ids, names = []string{page.ArticleID}, []string{raw}
	}
	stored, err := r.stored(ctx, ids)
	if err != nil {
		return nil, false, err
	}
	docs := make([]ingest.Doc, len(ids))
	for i, id := range ids {
		if !stored[id] {
			return nil, false, nil
		}
		docs[i] = ingest.Doc{Name: names[i], Article: kg.Article{ID: id}, Stored: true}
	}
	return docs, true, nil
}

// stored reports which of ids the store holds. Without a store nothing
// is known to be stored. A store that cannot answer ends the run, as a
// store that cannot write does.
func (r *Reader) stored(ctx context.Context, ids []string) (map[string]bool, error) {
	out := map[string]bool{}
	if r.Known == nil || len(ids) == 0 {
		return out, nil
	}
	for len(ids) > 0 {
		n := min(len(ids), kg.MaxPageSize)
		arts, err := r.Known.ArticlesByID(ctx, ids[:n])
		if err != nil {
			return nil, fmt.Errorf("fetch: asking the store what it holds: %w", err)
		}
		for _, a := range arts {
			out[a.ID] = true
		}
		ids = ids[n:]
	}
	return out, nil
}

func yieldAll(docs []ingest.Doc, fn func(ingest.Doc) error) error {
	for _, d := range docs {
		if err := fn(d); err != nil {
			return err
		}
	}
	return nil
}

// read turns a fetched document into docs by what it is.
func (r *Reader) read(ctx context.Context, raw string, resp *Response, info URLInfo, run *inRun, fn func(ingest.Doc) error) (URLInfo, error) {
	mediaType, params, _ := mime.ParseMediaType(resp.ContentType)
	body := resp.Body
	switch {
	case isFeed(mediaType, body):
		info.Kind = KindFeed
		return r.readFeed(ctx, raw, resp, info, run, fn)
	case mediaType == "text/html" || mediaType == "application/xhtml+xml" || webpage.IsHTML(body):
		info.Kind = KindPage
		d, err := r.page(ctx, raw, resp, itemHints{}, run)
		if err != nil {
			return info, err
		}
		if d.Err != nil {
			info.Err = d.Err
			return info, nil
		}
		return info, fn(d)
	case strings.HasSuffix(mediaType, "json") || startsWithAny(body, "{["):
		info.Kind = KindJSON
		return info, ingest.ParseJSON(raw, body, func(d ingest.Doc) error {
			webSource(&d, raw, resp.URL)
			return fn(d)
		})
	case strings.HasPrefix(mediaType, "text/") || mediaType == "":
		info.Kind = KindText
		text, err := decodeText(body, params["charset"])
		if err != nil {
			info.Err = fmt.Errorf("read %s: %v: %w", raw, err, kg.ErrInvalid)
			return info, nil
		}
		a, err := ingest.ParseText(raw, text)
		d := ingest.Doc{Name: raw, Article: a, Err: err}
		webSource(&d, raw, resp.URL)
		return info, fn(d)
	}
	info.Err = fmt.Errorf("read %s: not an article: the server sent %s, not HTML, a feed, text or JSON: %w", raw, mediaType, kg.ErrInvalid)
	return info, nil
}

// webSource gives a text or JSON article read from a URL the URL and the
// host as its source, unless it named its own.
func webSource(d *ingest.Doc, raw string, final *url.URL) {
	if d.Err != nil {
		return
	}
	base := filepath.Base(raw)
	if i := strings.LastIndexByte(d.Name, ':'); i > len(raw) {
		base = filepath.Base(d.Name[:i])
	}
	if d.Article.Source == base || d.Article.Source == "" {
		d.Article.Source = strings.TrimPrefix(final.Hostname(), "www.")
	}
	if d.Article.URL == "" && d.Name == raw {
		d.Article.URL = final.String()
	}
}

func startsWithAny(b []byte, chars string) bool {
	b = bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\uFEFF")), " \t\r\n")
	return len(b) > 0 && strings.IndexByte(chars, b[0]) >= 0
}

// decodeText converts a text body to UTF-8 by its declared charset.
func decodeText(body []byte, label string) ([]byte, error) {
	label = strings.ToLower(strings.TrimSpace(label))
	if label == "" || label == "utf-8" || label == "utf8" || label == "us-ascii" {
		return body, nil
	}
	rd, err := charset.NewReaderLabel(label, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("unknown charset %q", label)
	}
	return io.ReadAll(rd)
}

// itemHints are what a feed says of an item: used where the page itself
// does not say.
type itemHints struct {
	title string
	date  time.Time
	feed  string // the feed's URL, for messages
	n     int    // the item's position in the feed, from 1
}

// page reads one HTML page into a doc, unchanged if the store holds its
// text already. The error is ctx's or the store's.
func (r *Reader) page(ctx context.Context, raw string, resp *Response, h itemHints, run *inRun) (ingest.Doc, error) {
	name := raw
	a, err := ingest.ParseHTML(name, resp.Body, resp.ContentType, resp.URL)
	if err != nil {
		if h.feed != "" {
			err = fmt.Errorf("%w (item %d of %s)", err, h.n, h.feed)
		}
		return ingest.Doc{Name: name, Err: err}, nil
	}
	if a.Title == "" {
		a.Title = clip(h.title, kg.MaxTitleBytes)
	}
	if a.Date.IsZero() {
		a.Date = h.date
	}
	r.State.setPage(resp.Validators, a.ID, raw, resp.URL.String(), a.URL)
	if !run.claim(a.ID) {
		return ingest.Doc{Name: name, Article: a, Stored: true}, nil
	}
	stored, err := r.stored(ctx, []string{a.ID})
	if err != nil {
		return ingest.Doc{}, err
	}
	return ingest.Doc{Name: name, Article: a, Stored: stored[a.ID]}, nil
}

// clip cuts s to at most n bytes on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

func (r *Reader) log() *slog.Logger {
	if r.Logger == nil {
		return slog.New(slog.DiscardHandler)
	}
	return r.Logger
}
