package fetch

import (
	"context"
	"sync"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/kg"
)

// maxParallelURLs is how many URLs Ingest reads at once.
const maxParallelURLs = 4

// Result is what ingesting one URL did.
type Result struct {
	URLInfo
	// Articles has one result per article read from the URL, in order:
	// written, unchanged or failed.
	Articles []ingest.Result
	// Stopped is why the run ended before the URL was done: ctx's error,
	// or the store's (kg.ErrUnavailable). Articles holds what was done.
	Stopped error
}

// Ingest reads each URL and runs its articles through p (whose OnResult
// still hears of each), a few URLs at once, and returns one Result per
// URL, in order. A URL that cannot be read has its Err; one whose run was
// cut short has Stopped. An article met under two of the URLs (a page and
// a feed that links to it) is extracted once; a URL given twice is read
// once, its copy reporting the articles unchanged.
func (r *Reader) Ingest(ctx context.Context, p *ingest.Pipeline, urls []string) []Result {
	out := make([]Result, len(urls))
	first := map[string]int{}
	run := &inRun{}
	slots := make(chan struct{}, maxParallelURLs)
	var wg sync.WaitGroup
	for i, u := range urls {
		if _, dup := first[u]; dup {
			continue
		}
		first[u] = i
		wg.Add(1)
		slots <- struct{}{}
		go func() {
			defer func() { <-slots; wg.Done() }()
			out[i] = r.ingestOne(ctx, p, u, run)
		}()
	}
	wg.Wait()
	for i, u := range urls {
		if j := first[u]; j != i {
			out[i] = out[j]
			out[i].Articles = make([]ingest.Result, len(out[j].Articles))
			for k, a := range out[j].Articles {
				if a.Err == nil {
					a.Unchanged, a.Subgraph, a.Entities, a.Relations = true, kg.Subgraph{}, 0, 0
				}
				out[i].Articles[k] = a
			}
		}
	}
	if err := r.State.Save(); err != nil {
		r.log().WarnContext(ctx, "fetch state not saved", "err", err)
	}
	return out
}

func (r *Reader) ingestOne(ctx context.Context, p *ingest.Pipeline, u string, run *inRun) Result {
	res := Result{URLInfo: URLInfo{URL: u}}
	q := *p
	q.OnResult = func(ar ingest.Result) {
		res.Articles = append(res.Articles, ar)
		if p.OnResult != nil {
			p.OnResult(ar)
		}
	}
	var info URLInfo
	_, err := q.Run(ctx, func(yield func(ingest.Doc) error) error {
		var err error
		info, err = r.readURL(ctx, u, run, yield)
		return err
	})
	info.URL = u
	res.URLInfo = info
	res.Stopped = err
	return res
}
