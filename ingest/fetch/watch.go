package fetch

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/kg"
)

// DefaultInterval is how often a Watcher checks each feed when
// Watcher.Interval is zero.
const DefaultInterval = 15 * time.Minute

// Watcher checks feeds over and over and runs their new items through a
// pipeline, as any other ingest: the pipeline's OnResult (the server's
// subscriptions) hears of every article written. Each feed is checked at
// once and then every Interval, give or take a random tenth so that feeds
// and servers do not fall into step. Build one with NewWatcher.
type Watcher struct {
	reader   *Reader
	pipeline *ingest.Pipeline
	interval time.Duration
	log      *slog.Logger
	feeds    []*watched
}

type watched struct {
	url string
	mu  sync.Mutex
	st  FeedStatus
}

// FeedStatus is what is known of a watched feed.
type FeedStatus struct {
	URL   string
	Title string
	// LastChecked is when the last check started; zero before the first.
	LastChecked time.Time
	// LastSuccess is when a check last got the feed (a 304 Not Modified
	// counts).
	LastSuccess time.Time
	// NextCheck is when the next check is due.
	NextCheck time.Time
	// LastError is what went wrong in the last check ("" if nothing):
	// the feed's failure, or how many of its items failed and why the
	// first did.
	LastError string
	// Articles counts the articles the feed brought into the graph, as
	// far back as the fetch state goes.
	Articles int
	// Items is how many items the feed held at the last check.
	Items int
}

// NewWatcher returns a watcher of feeds (URLs, in the order given, each
// once) that reads with r and writes through p. interval 0 is
// DefaultInterval.
func NewWatcher(r *Reader, p *ingest.Pipeline, feeds []string, interval time.Duration, logger *slog.Logger) *Watcher {
	if interval <= 0 {
		interval = DefaultInterval
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	w := &Watcher{reader: r, pipeline: p, interval: interval, log: logger}
	seen := map[string]bool{}
	for _, u := range feeds {
		if seen[u] {
			continue
		}
		seen[u] = true
		f := r.State.feed(u)
		w.feeds = append(w.feeds, &watched{url: u, st: FeedStatus{URL: u, Title: f.Title, Articles: f.Articles, Items: len(f.Items)}})
	}
	return w
}

// Status returns the status of every watched feed, in order.
func (w *Watcher) Status() []FeedStatus {
	out := make([]FeedStatus, len(w.feeds))
	for i, f := range w.feeds {
		f.mu.Lock()
		out[i] = f.st
		f.mu.Unlock()
	}
	return out
}

// Run checks the feeds until ctx is done, then returns nil. Nothing else
// stops it: a feed that fails, or a store that is down, is a failed check
// (in the status and the log) tried again at the next interval.
func (w *Watcher) Run(ctx context.Context) error {
	var wg sync.WaitGroup
	for _, f := range w.feeds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.watch(ctx, f)
		}()
	}
	wg.Wait()
	return nil
}

func (w *Watcher) watch(ctx context.Context, f *watched) {
	for {
		w.check(ctx, f)
		d := time.Duration(float64(w.interval) * (0.9 + 0.2*rand.Float64()))
		f.mu.Lock()
		f.st.NextCheck = time.Now().Add(d).UTC().Truncate(time.Second)
		f.mu.Unlock()
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// check reads the feed once through the pipeline and records how it went.
func (w *Watcher) check(ctx context.Context, f *watched) {
	start := time.Now()
	var info URLInfo
	sum, err := w.pipeline.Run(ctx, func(yield func(ingest.Doc) error) error {
		var err error
		info, err = w.reader.ReadURL(ctx, f.url, yield)
		return err
	})
	if ctx.Err() != nil {
		return // shutting down: not a failure of the feed
	}
	msg := ""
	switch {
	case err != nil && errors.Is(err, kg.ErrUnavailable):
		msg = "the store is unavailable; the feed is checked again next time"
		w.log.WarnContext(ctx, "feed check stopped", "url", f.url, "err", err)
	case err != nil:
		msg = "internal error"
		w.log.ErrorContext(ctx, "feed check failed", "url", f.url, "err", err)
	case info.Err != nil:
		msg = info.Err.Error()
		w.log.WarnContext(ctx, "feed check failed", "url", f.url, "err", info.Err)
	case sum.Failed > 0:
		msg = fmt.Sprintf("%d of %d items failed; the first: %v", sum.Failed, sum.Read, sum.Failures[0].Err)
	}
	if sum.Written > 0 {
		w.reader.State.addArticles(f.url, sum.Written)
	}
	if err := w.reader.State.Save(); err != nil {
		w.log.WarnContext(ctx, "fetch state not saved", "err", err)
	}
	f.mu.Lock()
	st := &f.st
	st.LastChecked = start.UTC().Truncate(time.Second)
	if info.Err == nil && err == nil {
		st.LastSuccess = st.LastChecked
		st.Items = info.Items
		if info.Title != "" {
			st.Title = info.Title
		}
	}
	st.LastError = msg
	st.Articles += sum.Written
	f.mu.Unlock()
	w.log.InfoContext(ctx, "feed checked", "url", f.url, "not_modified", info.NotModified, "items", info.Items,
		"written", sum.Written, "unchanged", sum.Unchanged, "failed", sum.Failed, "elapsed_ms", time.Since(start).Milliseconds())
	for _, fl := range sum.Failures {
		w.log.WarnContext(ctx, "feed item failed", "url", f.url, "item", fl.Name, "err", fl.Err)
	}
}
