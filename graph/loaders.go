package graph

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"
	"golang.org/x/sync/errgroup"

	"github.com/newsgraph/newsgraph/kg"
)

// ArticlesByID is an optional batch method a store may offer beside
// kg.Store. With it, the article loader makes one call per batch; without
// it, one Article call per distinct article in the batch.
type ArticlesByID interface {
	ArticlesByID(ctx context.Context, ids []string) ([]kg.Article, error)
}

// articleFetchers is how many Article calls the article loader makes at
// once when the store has no ArticlesByID.
const articleFetchers = 4

// loaderWait is how long a loader collects keys before it calls the store.
// Resolvers of one list run concurrently and ask within microseconds.
const loaderWait = 2 * time.Millisecond

// loaders batch the lookups that would otherwise run once per list item.
type loaders struct {
	entity          *dataloadgen.Loader[string, kg.Entity]
	article         *dataloadgen.Loader[string, kg.Article]
	articleEntities *dataloadgen.Loader[string, []kg.EntityMentions]
}

type loadersKey struct{}

func withLoaders(ctx context.Context, s kg.Store) context.Context {
	return context.WithValue(ctx, loadersKey{}, newLoaders(s))
}

// loadersFrom returns the request's loaders, or fresh ones when the
// context has none (a subscription's root resolver runs before any
// response exists).
func loadersFrom(ctx context.Context, s kg.Store) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return newLoaders(s)
}

func newLoaders(s kg.Store) *loaders {
	return &loaders{
		entity: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []string) (map[string]kg.Entity, error) {
			es, err := s.EntitiesByID(ctx, ids)
			if err != nil {
				return nil, fmt.Errorf("load entities: %w", err)
			}
			m := make(map[string]kg.Entity, len(es))
			for _, e := range es {
				m[e.ID] = e
			}
			return m, missing(m, ids, "entity")
		}, dataloadgen.WithWait(loaderWait)),
		article: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []string) (map[string]kg.Article, error) {
			m := make(map[string]kg.Article, len(ids))
			if b, ok := s.(ArticlesByID); ok {
				as, err := b.ArticlesByID(ctx, ids)
				if err != nil {
					return nil, fmt.Errorf("load articles: %w", err)
				}
				for _, a := range as {
					m[a.ID] = a
				}
				return m, missing(m, ids, "article")
			}
			// One call per article, a few at a time: the stores serve
			// concurrent reads.
			errs := dataloadgen.MappedFetchError[string]{}
			var mu sync.Mutex
			var g errgroup.Group
			g.SetLimit(articleFetchers)
			for _, id := range ids {
				g.Go(func() error {
					a, err := s.Article(ctx, id)
					mu.Lock()
					defer mu.Unlock()
					if err != nil {
						errs[id] = fmt.Errorf("load article: %w", err)
					} else {
						m[id] = a
					}
					return nil
				})
			}
			g.Wait()
			if len(errs) > 0 {
				return m, errs
			}
			return m, nil
		}, dataloadgen.WithWait(loaderWait)),
		articleEntities: dataloadgen.NewMappedLoader(func(ctx context.Context, ids []string) (map[string][]kg.EntityMentions, error) {
			m, err := s.ArticleEntities(ctx, ids)
			if err != nil {
				return nil, fmt.Errorf("load article entities: %w", err)
			}
			out := make(map[string][]kg.EntityMentions, len(ids))
			for _, id := range ids {
				out[id] = m[id] // an article naming nothing has no key
			}
			return out, nil
		}, dataloadgen.WithWait(loaderWait)),
	}
}

// missing reports the keys a batch did not find as ErrNotFound, each on
// its own key.
func missing[V any](m map[string]V, ids []string, what string) error {
	errs := dataloadgen.MappedFetchError[string]{}
	for _, id := range ids {
		if _, ok := m[id]; !ok {
			errs[id] = fmt.Errorf("%s %q: %w", what, id, kg.ErrNotFound)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return errs
}
