package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/kg"
)

// MaxIngestURLs is the most URLs one ingestURLs call takes.
const MaxIngestURLs = 20

// WebIngester fetches URLs and runs what they hold through the ingest
// pipeline, one result per URL, in order; server.go adapts ingest/fetch to
// it, with a fetcher that refuses non-public addresses unless the operator
// allows them.
type WebIngester interface {
	IngestURLs(ctx context.Context, urls []string) []URLResult
}

// URLResult is what ingesting one URL did.
type URLResult struct {
	URL string
	// Kind is "page", "feed", "text" or "json"; "" when the URL could
	// not be read.
	Kind        string
	Title       string
	NotModified bool
	// Articles has one result per article read, in order.
	Articles []IngestResult
	// Err is why the URL could not be read: an error wrapping
	// kg.ErrInvalid or kg.ErrUnavailable whose message is written for
	// whoever gave the URL.
	Err error
	// Stopped is why the ingest stopped before the URL was done: the
	// request's deadline, or the store's error.
	Stopped error
}

// FeedLister reports the feeds the server watches.
type FeedLister interface {
	Feeds() []FeedStatus
}

// FeedStatus is what is known of one watched feed; zero times are unknown.
type FeedStatus struct {
	URL, Title                          string
	LastChecked, LastSuccess, NextCheck time.Time
	LastError                           string
	Articles, Items                     int
}

var urlKinds = map[string]model.URLKind{
	"page": model.URLKindPage, "feed": model.URLKindFeed, "text": model.URLKindText, "json": model.URLKindJSON,
}

func (r mutationResolver) IngestURLs(ctx context.Context, urls []string) ([]*model.URLResult, error) {
	if r.web == nil {
		return nil, fmt.Errorf("ingest URLs: fetching is not configured: %w", kg.ErrUnavailable)
	}
	if len(urls) == 0 {
		return nil, invalidf("no URLs given")
	}
	if len(urls) > MaxIngestURLs {
		return nil, invalidf("%d URLs, at most %d per call", len(urls), MaxIngestURLs)
	}
	for i, u := range urls {
		if len(u) > kg.MaxURLBytes {
			return nil, invalidf("URL %d: %d bytes, at most %d", i+1, len(u), kg.MaxURLBytes)
		}
	}
	results := r.web.IngestURLs(ctx, urls)
	out := make([]*model.URLResult, len(results))
	for i, res := range results {
		ur := &model.URLResult{URL: res.URL, NotModified: res.NotModified, Articles: []*model.IngestResult{}}
		if k, ok := urlKinds[res.Kind]; ok {
			ur.Kind = &k
		}
		if res.Title != "" {
			t := res.Title
			ur.Title = &t
		}
		for _, a := range res.Articles {
			ir := r.ingestResult(ctx, a, "")
			switch {
			case ir.Error != nil:
				ur.Failed++
			case ir.Unchanged:
				ur.Unchanged++
			default:
				ur.Written++
			}
			ur.Articles = append(ur.Articles, ir)
		}
		if res.Err != nil || res.Stopped != nil {
			msg := r.urlError(ctx, res, len(res.Articles))
			ur.Error = &msg
		}
		out[i] = ur
	}
	return out, nil
}

// urlError words why a URL failed for the client: fetch and read errors
// are written for whoever gave the URL; a run cut short says why;
// anything else is logged and shown as an internal error.
func (r mutationResolver) urlError(ctx context.Context, res URLResult, done int) string {
	if err := res.Err; err != nil {
		if errors.Is(err, kg.ErrInvalid) || errors.Is(err, kg.ErrUnavailable) {
			return err.Error()
		}
		r.log.ErrorContext(ctx, "ingest URL failed", "url", res.URL, "err", err)
		return "internal error"
	}
	err := res.Stopped
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		return fmt.Sprintf("the request's time limit ran out after %d articles; the rest were not ingested (watch large feeds with serve --feed)", done)
	case errors.Is(err, context.Canceled):
		return "cancelled"
	case errors.Is(err, kg.ErrUnavailable):
		r.log.WarnContext(ctx, "ingest URL stopped: store unavailable", "url", res.URL, "err", err)
		return "the store is unavailable"
	}
	r.log.ErrorContext(ctx, "ingest URL failed", "url", res.URL, "err", err)
	return "internal error"
}

func (r queryResolver) Feeds(ctx context.Context) ([]*model.Feed, error) {
	out := []*model.Feed{}
	if r.feeds == nil {
		return out, nil
	}
	for _, f := range r.feeds.Feeds() {
		m := &model.Feed{URL: f.URL, Articles: f.Articles, Items: f.Items}
		m.Title = optional(f.Title)
		m.LastError = optional(f.LastError)
		m.LastChecked = optionalTime(f.LastChecked)
		m.LastSuccess = optionalTime(f.LastSuccess)
		m.NextCheck = optionalTime(f.NextCheck)
		out = append(out, m)
	}
	return out, nil
}

func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func optionalTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	t = t.UTC()
	return &t
}
