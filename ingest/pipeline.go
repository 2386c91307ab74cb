package ingest

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"runtime"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/ingest/webpage"
	"github.com/newsgraph/newsgraph/kg"
)

// Extractor turns an article into its subgraph. ingest/rules implements it.
// It must be safe for concurrent use: the pipeline calls it from several
// goroutines.
type Extractor interface {
	Extract(ctx context.Context, a kg.Article) (kg.Subgraph, error)
}

// Writer is the part of the store the pipeline needs; kg.Store satisfies it.
type Writer interface {
	Upsert(ctx context.Context, batch []kg.Subgraph) ([]kg.UpsertResult, error)
}

// MaxFailures is how many failures a Summary lists.
const MaxFailures = 1000

// DefaultBatchSize is the number of articles per Upsert when
// Pipeline.BatchSize is zero. Larger batches write each shared index page,
// hub entity and summary edge once for more articles: on the synthetic
// corpus the embedded store ingests about 1.4 times as fast in batches of
// 200 as of 50, and Neo4j no slower (BENCHMARKS.md, "Ingest throughput").
// newsgraph gives the embedded store larger batches still (its
// --batch flag); this is what it gives Neo4j.
const DefaultBatchSize = 200

// flushAfter is the longest an extracted article waits for its batch to
// fill before the batch is written anyway: a slow trickle of input (a pipe,
// a feed) still reaches the store promptly.
const flushAfter = time.Second

// Pipeline extracts articles with concurrent workers and writes their
// subgraphs in batches. Its fields are read, never changed, by Run, so one
// Pipeline may serve concurrent runs.
type Pipeline struct {
	Extractor Extractor
	// Writer receives the subgraphs; nil only extracts.
	Writer Writer
	// Workers is how many articles are extracted at once (default
	// runtime.GOMAXPROCS(0)).
	Workers int
	// BatchSize is the number of articles per Upsert (default
	// DefaultBatchSize).
	BatchSize int
	// Logger receives batch retries at Warn, and failures and the summary
	// at Debug: the Summary and Run's error carry them to the caller, who
	// reports them (default: discarded).
	Logger *slog.Logger
	// Progress, if set, is called after each article is done.
	Progress func(Progress)
	// OnResult, if set, is called for every article (written, unchanged or
	// failed), in input order.
	OnResult func(Result)
}

// Progress is a running count, reported after each article.
type Progress struct {
	Done    int   // articles finished, failures included
	Failed  int   // of which failed
	Bytes   int64 // article text processed
	Elapsed time.Duration
}

// Result is what became of one article.
type Result struct {
	Name    string
	Article kg.Article
	// Subgraph is what was extracted (and written); empty if the article
	// failed or was already stored.
	Subgraph kg.Subgraph
	// Unchanged is true when the article was already stored, or appeared
	// earlier in the same run.
	Unchanged bool
	// Entities and Relations count what the article added: as reported by
	// the store, or as extracted when there is no Writer.
	Entities, Relations int
	Err                 error
}

// Summary totals a run.
type Summary struct {
	Read      int // docs received, bad ones included
	Written   int // articles written (extracted, when there is no Writer)
	Unchanged int
	Failed    int
	// Missing counts the failures that are inputs not found: a path that
	// does not exist, a folder without articles.
	Missing int
	// Unknown counts articles whose write failed as a whole (the store
	// went away) and whose fate the store could not be asked about: they
	// may or may not be stored. Re-ingesting them changes nothing if they
	// are.
	Unknown int
	// Entities and Relations total what the written articles added.
	Entities, Relations int
	// Failures lists the first MaxFailures failed articles, in input
	// order, with their errors; their Article is kept without its Text, so
	// a long run of bad input costs little memory. Failed counts them all.
	Failures []Result
	Elapsed  time.Duration
}

// Run reads docs from src, extracts them concurrently and writes them in
// batches of BatchSize, in input order. src calls yield for each doc and
// must stop, returning yield's error, when yield fails; Read fits:
//
//	p.Run(ctx, func(yield func(ingest.Doc) error) error {
//		return ingest.Read(ctx, paths, os.Stdin, yield)
//	})
//
// One bad article never stops a run: read errors, invalid articles,
// extraction errors (and panics) are recorded as failures. When a batch
// Upsert fails, its articles are retried one at a time so that only the bad
// one fails; Upsert is atomic, so nothing is half-written. An article whose
// ID was already seen in the run is reported unchanged without a write.
//
// Run returns an error only when ctx is done, the store is unavailable
// (kg.ErrUnavailable) or src fails on its own; the summary then covers what
// was finished. Articles extracted but not yet written are then neither
// written nor failed.
func (p *Pipeline) Run(ctx context.Context, src func(yield func(Doc) error) error) (Summary, error) {
	start := time.Now()
	if p.Extractor == nil {
		return Summary{}, fmt.Errorf("ingest: pipeline without an extractor: %w", kg.ErrInvalid)
	}
	workers := p.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	c := &collector{
		p:       p,
		log:     p.Logger,
		start:   start,
		size:    p.BatchSize,
		seen:    map[string]bool{},
		pending: map[int]item{},
	}
	if c.size <= 0 {
		c.size = DefaultBatchSize
	}
	if c.log == nil {
		c.log = slog.New(slog.DiscardHandler)
	}

	// At most window docs are between src and the collector, so memory stays
	// bounded however slow one article is.
	window := 4*workers + c.size
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job)
	results := make(chan item, window)
	tokens := make(chan struct{}, window)
	srcDone := make(chan error, 1)
	go func() {
		n := 0
		err := src(func(d Doc) error {
			if err := runCtx.Err(); err != nil {
				return err
			}
			select {
			case tokens <- struct{}{}:
			case <-runCtx.Done():
				return runCtx.Err()
			}
			select {
			case jobs <- job{seq: n, doc: d}:
				n++
				return nil
			case <-runCtx.Done():
				return runCtx.Err()
			}
		})
		close(jobs)
		srcDone <- err
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- p.extract(runCtx, j)
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	err := c.collect(ctx, results, tokens)
	cancel()
	for range results { // let the workers finish before returning
	}
	srcErr := <-srcDone
	if err == nil && srcErr != nil {
		if ctx.Err() != nil {
			err = ctx.Err()
		} else {
			err = fmt.Errorf("ingest: reading input: %w", srcErr)
		}
	}
	c.sum.Elapsed = time.Since(start)
	if err != nil {
		c.log.Debug("ingest stopped", "err", err, "read", c.sum.Read, "written", c.sum.Written, "failed", c.sum.Failed)
	} else {
		c.log.Debug("ingest done", "read", c.sum.Read, "written", c.sum.Written, "unchanged", c.sum.Unchanged,
			"failed", c.sum.Failed, "entities", c.sum.Entities, "relations", c.sum.Relations, "elapsed_ms", c.sum.Elapsed.Milliseconds())
	}
	return c.sum, err
}

// Articles extracts and writes a slice of articles (the GraphQL mutation)
// and returns one Result per article, in order. Each article is checked and
// normalised by ParseArticle, as the readers check a file, and named
// "article N" (from 1) in its errors; one bad article fails alone. Errors
// are Run's.
func (p *Pipeline) Articles(ctx context.Context, arts []kg.Article) ([]Result, error) {
	out := make([]Result, 0, len(arts))
	q := *p
	q.OnResult = func(r Result) {
		out = append(out, r)
		if p.OnResult != nil {
			p.OnResult(r)
		}
	}
	_, err := q.Run(ctx, func(yield func(Doc) error) error {
		for i, a := range arts {
			if err := yield(articleDoc(i, a)); err != nil {
				return err
			}
		}
		return nil
	})
	return out, err
}

// articleDoc checks and normalises the i-th (from 0) article given directly.
func articleDoc(i int, a kg.Article) Doc {
	return NewDoc(fmt.Sprintf("article %d", i+1), a)
}

// NewDoc checks and normalises an article given whole, as the readers do
// theirs. HTML is read as a page (its title, date, URL and source filling
// only what a leaves empty); other text as ParseArticle reads it, with the
// same encoding checks, header, line endings and white space as a text
// file. The ID is minted from the text. Problems are the Doc's Err, naming
// name.
func NewDoc(name string, a kg.Article) Doc {
	if !webpage.IsHTML([]byte(a.Text)) {
		parsed, err := ParseArticle(name, a)
		if err != nil {
			return Doc{Name: name, Article: a, Err: err}
		}
		return Doc{Name: name, Article: parsed}
	}
	if !utf8.ValidString(a.Text) {
		return Doc{Name: name, Article: a, Err: fmt.Errorf("read %s: not valid UTF-8 text: %w", name, kg.ErrInvalid)}
	}
	text := a.Text
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	a.Text = strings.TrimSpace(text)
	a.Title = strings.TrimSpace(a.Title)
	if err := fromHTML(name, &a, []byte(a.Text), "", parseURL(a.URL)); err != nil {
		return Doc{Name: name, Article: a, Err: err}
	}
	if err := finish(name, &a); err != nil {
		return Doc{Name: name, Article: a, Err: err}
	}
	return Doc{Name: name, Article: a}
}

type job struct {
	seq int
	doc Doc
}

// item is one doc on its way through: extracted, or failed.
type item struct {
	seq int
	res Result
	sub kg.Subgraph // set when extraction succeeded
	ok  bool
}

// extract runs the extractor on one doc, turning every kind of failure
// (a panic included) into a failed item.
func (p *Pipeline) extract(ctx context.Context, j job) (it item) {
	d := j.doc
	it = item{seq: j.seq, res: Result{Name: d.Name, Article: d.Article}}
	if d.Err != nil {
		it.res.Err = d.Err
		return it
	}
	if d.Stored {
		it.res.Unchanged = true
		return it
	}
	if err := ctx.Err(); err != nil {
		it.res.Err = err
		return it
	}
	a := d.Article
	a.ID = kg.ArticleID(a.Text)
	it.res.Article = a
	if err := a.Validate(); err != nil {
		it.res.Err = fmt.Errorf("ingest %s: %w", d.Name, err)
		return it
	}
	defer func() {
		if v := recover(); v != nil {
			it = item{seq: j.seq, res: Result{Name: d.Name, Article: a,
				Err: fmt.Errorf("extract %s: extractor panicked: %v", d.Name, v)}}
		}
	}()
	sub, err := p.Extractor.Extract(ctx, a)
	if err != nil {
		it.res.Err = fmt.Errorf("extract %s: %w", d.Name, err)
		return it
	}
	if sub.Article.ID == "" {
		sub.Article = a
	}
	if sub.Article.ID != a.ID {
		it.res.Err = fmt.Errorf("extract %s: extractor returned article %q for %q: %w", d.Name, sub.Article.ID, a.ID, kg.ErrInvalid)
		return it
	}
	if err := sub.Validate(); err != nil {
		it.res.Err = fmt.Errorf("extract %s: %w", d.Name, err)
		return it
	}
	it.sub, it.ok = sub, true
	return it
}

// collector puts items back in input order, batches them, writes the
// batches and reports. It runs on Run's goroutine only, so Progress and
// OnResult are never called concurrently.
type collector struct {
	p     *Pipeline
	log   *slog.Logger
	start time.Time
	size  int
	sum   Summary
	bytes int64

	next    int          // sequence number expected next
	pending map[int]item // items that arrived ahead of next
	batch   []item       // in order, awaiting the write (failures too, to keep the order)
	subs    int          // how many of batch are to be written
	seen    map[string]bool
	flushes int // batches written so far
}

func (c *collector) collect(ctx context.Context, results <-chan item, tokens <-chan struct{}) error {
	var timer *time.Timer
	var tick <-chan time.Time
	defer func() {
		if timer != nil {
			timer.Stop()
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick:
			tick = nil
			if err := c.flush(ctx); err != nil {
				return err
			}
		case it, more := <-results:
			if !more {
				return c.flush(ctx)
			}
			c.pending[it.seq] = it
			flushes := c.flushes
			for {
				it, ok := c.pending[c.next]
				if !ok {
					break
				}
				delete(c.pending, c.next)
				c.next++
				<-tokens
				if err := c.take(ctx, it); err != nil {
					return err
				}
			}
			if c.flushes != flushes {
				// The timer was the written batch's: the articles now
				// waiting get their own flushAfter. Left running, it
				// fired during the write and sent a batch of the few
				// articles taken since, every other batch.
				tick = nil
			}
			if len(c.batch) > 0 && tick == nil {
				if timer == nil {
					timer = time.NewTimer(flushAfter)
				} else {
					timer.Reset(flushAfter)
				}
				tick = timer.C
			}
			if len(c.batch) == 0 {
				tick = nil
			}
		}
	}
}

// take accepts the next item in order.
func (c *collector) take(ctx context.Context, it item) error {
	if err := ctx.Err(); err != nil {
		return err // cancelled: neither done nor failed
	}
	c.sum.Read++
	if c.p.Writer == nil {
		if it.ok {
			it.res.Subgraph = it.sub
			it.res.Entities, it.res.Relations = len(it.sub.Entities), len(it.sub.Relations)
		}
		c.report(it.res)
		return nil
	}
	if it.ok {
		if c.seen[it.sub.Article.ID] {
			it.ok = false
			it.res.Unchanged = true
		} else {
			c.seen[it.sub.Article.ID] = true
			c.subs++
		}
	}
	c.batch = append(c.batch, it)
	// Failures wait in the batch to keep the order; many of them in a row
	// (a broken feed) are reported without waiting for articles to write.
	if c.subs >= c.size || len(c.batch) >= 4*c.size {
		return c.flush(ctx)
	}
	return nil
}

// flush writes the batch and reports its items. On a failed Upsert the
// articles are written one by one, so that one bad article costs only
// itself. It returns an error only when the store is unavailable or ctx is
// done; the items not written then are not reported.
func (c *collector) flush(ctx context.Context) error {
	if len(c.batch) == 0 {
		return nil
	}
	var subs []kg.Subgraph
	for _, it := range c.batch {
		if it.ok {
			subs = append(subs, it.sub)
		}
	}
	var res []kg.UpsertResult
	var err error
	if len(subs) > 0 {
		res, err = c.upsert(ctx, subs)
	}
	if err != nil {
		if fatal(ctx, err) {
			c.settle(c.batch)
			return err
		}
		c.log.Warn("batch upsert failed, writing its articles one at a time", "articles", len(subs), "err", err)
		res = nil
	}
	k := 0
	for _, it := range c.batch {
		if !it.ok {
			c.report(it.res)
			continue
		}
		var r kg.UpsertResult
		if res != nil {
			r = res[k]
		} else {
			one, err := c.upsert(ctx, []kg.Subgraph{it.sub})
			if err != nil {
				if fatal(ctx, err) {
					c.settle([]item{it})
					return err
				}
				delete(c.seen, it.sub.Article.ID) // a later copy may still be written
				it.res.Err = fmt.Errorf("write %s: %w", it.res.Name, err)
				c.report(it.res)
				k++
				continue
			}
			r = one[0]
		}
		k++
		it.res.Unchanged = r.Unchanged
		if !r.Unchanged {
			it.res.Subgraph = it.sub
		}
		it.res.Entities, it.res.Relations = r.Entities, r.Relations
		c.report(it.res)
	}
	c.batch, c.subs = c.batch[:0], 0
	c.flushes++
	return nil
}

// settleTimeout bounds how long settle waits for the store.
const settleTimeout = 3 * time.Second

// settle counts, after a write that failed as a whole (the store went
// away, the run was stopped), those of its articles the store holds
// anyway: a write can be committed and its answer lost. It asks a Writer
// that can tell (ArticlesByID, as kg.Store has), on a context of its own
// since the run's may be done; what it cannot learn counts as Unknown.
// Entities and relations of the articles found are not known, and not
// counted.
func (c *collector) settle(items []item) {
	var ids []string
	for _, it := range items {
		if it.ok {
			ids = append(ids, it.sub.Article.ID)
		}
	}
	if len(ids) == 0 {
		return
	}
	lookup, ok := c.p.Writer.(interface {
		ArticlesByID(ctx context.Context, ids []string) ([]kg.Article, error)
	})
	if !ok {
		c.sum.Unknown += len(ids)
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), settleTimeout)
	defer cancel()
	stored, err := lookup.ArticlesByID(ctx, ids)
	if err != nil {
		c.log.Warn("could not learn which articles of an interrupted write are stored", "articles", len(ids), "err", err)
		c.sum.Unknown += len(ids)
		return
	}
	c.sum.Written += len(stored)
}

// upsert calls the writer and checks that it answered for every article.
func (c *collector) upsert(ctx context.Context, subs []kg.Subgraph) ([]kg.UpsertResult, error) {
	res, err := c.p.Writer.Upsert(ctx, subs)
	if err != nil {
		return nil, err
	}
	if len(res) != len(subs) {
		return nil, fmt.Errorf("ingest: store answered %d results for %d articles", len(res), len(subs))
	}
	return res, nil
}

// fatal reports whether err ends the run rather than one article.
func fatal(ctx context.Context, err error) bool {
	return errors.Is(err, kg.ErrUnavailable) || ctx.Err() != nil
}

// report counts a finished article and tells the caller.
func (c *collector) report(r Result) {
	switch {
	case r.Err != nil:
		c.sum.Failed++
		if errors.Is(r.Err, fs.ErrNotExist) || errors.Is(r.Err, kg.ErrNotFound) {
			c.sum.Missing++
		}
		if len(c.sum.Failures) < MaxFailures {
			f := r
			f.Article.Text, f.Subgraph = "", kg.Subgraph{}
			c.sum.Failures = append(c.sum.Failures, f)
		}
		c.log.Debug("article failed", "name", r.Name, "err", r.Err)
	case r.Unchanged:
		c.sum.Unchanged++
	default:
		c.sum.Written++
		c.sum.Entities += r.Entities
		c.sum.Relations += r.Relations
	}
	c.bytes += int64(len(r.Article.Text))
	if c.p.OnResult != nil {
		c.p.OnResult(r)
	}
	if c.p.Progress != nil {
		c.p.Progress(Progress{
			Done:    c.sum.Written + c.sum.Unchanged + c.sum.Failed,
			Failed:  c.sum.Failed,
			Bytes:   c.bytes,
			Elapsed: time.Since(c.start),
		})
	}
}
