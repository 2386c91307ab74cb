package graph

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/newsgraph/newsgraph/kg"
)

// loaderWait is how long a loader collects keys before it calls the store.
// Resolvers of one list run concurrently and ask within microseconds.
const loaderWait = 2 * time.Millisecond

// loaders batch the lookups that would otherwise run once per list item.
type loaders struct {
	entity          *dataloadgen.Loader[string, kg.Entity]
	article         *dataloadgen.Loader[string, kg.Article]
	articleEntities *dataloadgen.Loader[string, []kg.EntityMentions]
	// relations holds each entity's first relations under one argument
	// set; a batch makes one RelationsOf call per argument set in it.
	relations *dataloadgen.Loader[relKey, []kg.Relation]
	// articles holds each entity's newest articles, keyed by how many: a
	// batch makes one ArticlesOf call per count in it.
	articles *dataloadgen.Loader[artKey, []kg.Article]
	// relationsIn holds each article's first relations of some types,
	// keyed by the types and how many: a batch makes one RelationsIn call
	// per such pair in it.
	relationsIn *dataloadgen.Loader[inKey, []kg.Relation]

	mu   sync.Mutex
	args map[string]relArgs // relArgs by key, for the relations loader
	// pages holds pages of relations read along with their entity
	// (entityWithPage), by pageKey.
	pages map[string]kg.RelationPage
}

// pageKey spells out a filter and a page, so that the relations field
// finds the page its entity's resolver read for the same arguments.
func pageKey(f kg.RelationFilter, p kg.Page) string {
	return fmt.Sprintf("%s %q %q %q %d %q %d %q", relArgs{f: f}.key(), f.Entity, f.Source, f.Target, p.First, p.After, p.Last, p.Before)
}

// entityWithPage reads entity id together with page p of its relations
// under f and the entities at their ends, in one store call, and keeps
// them: the relations field under the entity (relationPage) and its
// ends' resolvers then find them. ErrNotFound when there is no such
// entity.
func (l *loaders) entityWithPage(ctx context.Context, s kg.Store, id string, f kg.RelationFilter, p kg.Page) (kg.Entity, error) {
	page, ents, err := s.RelationsWithEnds(ctx, f, p)
	if err != nil {
		return kg.Entity{}, fmt.Errorf("load entity with a page of relations: %w", err)
	}
	e, ok := ents[id]
	if !ok {
		return kg.Entity{}, fmt.Errorf("entity %q: %w", id, kg.ErrNotFound)
	}
	l.mu.Lock()
	if l.pages == nil {
		l.pages = make(map[string]kg.RelationPage)
	}
	l.pages[pageKey(f, p)] = page
	l.mu.Unlock()
	l.primeEntities(ents)
	return e, nil
}

// relationPage is the page entityWithPage read for f and p, if it did.
func (l *loaders) relationPage(f kg.RelationFilter, p kg.Page) (kg.RelationPage, bool) {
	l.mu.Lock()
	defer l.mu.Unlock()
	page, ok := l.pages[pageKey(f, p)]
	return page, ok
}

// relArgs is one set of arguments of an entity's relations: a filter
// without an entity and how many relations to read per entity.
type relArgs struct {
	f kg.RelationFilter
	n int
}

// key spells the arguments out, so that equal sets share a batch (types
// and statuses in any order).
func (a relArgs) key() string {
	types, statuses := slices.Clone(a.f.Types), slices.Clone(a.f.Statuses)
	slices.Sort(types)
	slices.Sort(statuses)
	return fmt.Sprintf("%q %q %s %s %q %q %d", types, statuses, dateKey(a.f.From), dateKey(a.f.To), a.f.ArticleID, a.f.Text, a.n)
}

// relKey is one entity's relations under one argument set (relArgs.key).
type relKey struct{ args, id string }

// artKey is one entity's n newest articles.
type artKey struct {
	n  int
	id string
}

// inKey is one article's first n relations of some types (sorted and
// joined by commas; the types are kg's own names, without commas).
type inKey struct {
	types string
	n     int
	id    string
}

// relationsInArticles loads the first n relations of the given types in
// each article of ids, in one batch with every other such request made
// meanwhile.
func (l *loaders) relationsInArticles(ctx context.Context, types []kg.RelType, n int, ids []string) ([][]kg.Relation, error) {
	ts := make([]string, len(types))
	for i, t := range types {
		ts[i] = string(t)
	}
	slices.Sort(ts)
	ts = slices.Compact(ts)
	keys := make([]inKey, len(ids))
	for i, id := range ids {
		keys[i] = inKey{types: strings.Join(ts, ","), n: n, id: id}
	}
	return l.relationsIn.LoadAll(ctx, keys)
}

// fetchRelationsIn groups a batch's keys by types and count and asks the
// store once per group.
func fetchRelationsIn(ctx context.Context, s kg.Store, keys []inKey) (map[inKey][]kg.Relation, error) {
	type group struct {
		types string
		n     int
	}
	return fetchGrouped(keys,
		func(k inKey) (group, string) { return group{k.types, k.n}, k.id },
		func(g group, id string) inKey { return inKey{g.types, g.n, id} },
		func(g group, ids []string) (map[string][]kg.Relation, error) {
			var types []kg.RelType
			if g.types != "" {
				for _, t := range strings.Split(g.types, ",") {
					types = append(types, kg.RelType(t))
				}
			}
			m, err := s.RelationsIn(ctx, ids, types, g.n)
			if err != nil {
				return nil, fmt.Errorf("load relations: %w", err)
			}
			return m, nil
		})
}

// articlesOf loads the n newest articles of each of ids, in one batch with
// every other request for articles made meanwhile.
func (l *loaders) articlesOf(ctx context.Context, n int, ids []string) ([][]kg.Article, error) {
	keys := make([]artKey, len(ids))
	for i, id := range ids {
		keys[i] = artKey{n: n, id: id}
	}
	return l.articles.LoadAll(ctx, keys)
}

// fetchArticles groups a batch's keys by count and asks the store once per
// count.
func fetchArticles(ctx context.Context, s kg.Store, keys []artKey) (map[artKey][]kg.Article, error) {
	return fetchGrouped(keys,
		func(k artKey) (int, string) { return k.n, k.id },
		func(n int, id string) artKey { return artKey{n, id} },
		func(n int, ids []string) (map[string][]kg.Article, error) {
			m, err := s.ArticlesOf(ctx, ids, n)
			if err != nil {
				return nil, fmt.Errorf("load articles: %w", err)
			}
			return m, nil
		})
}

// relationsOf loads the relations of each of ids under a, in one batch
// with every other request for relations made meanwhile.
func (l *loaders) relationsOf(ctx context.Context, a relArgs, ids []string) ([][]kg.Relation, error) {
	k := a.key()
	l.mu.Lock()
	l.args[k] = a
	l.mu.Unlock()
	keys := make([]relKey, len(ids))
	for i, id := range ids {
		keys[i] = relKey{args: k, id: id}
	}
	return l.relations.LoadAll(ctx, keys)
}

// fetchRelations groups a batch's keys by argument set and asks the store
// once per set, for the relations and the entities at their ends together:
// the entity loader is primed with those, so that the relations' source
// and target cost no second round trip.
func (l *loaders) fetchRelations(ctx context.Context, s kg.Store, keys []relKey) (map[relKey][]kg.Relation, error) {
	return fetchGrouped(keys,
		func(k relKey) (string, string) { return k.args, k.id },
		func(args, id string) relKey { return relKey{args, id} },
		func(ak string, ids []string) (map[string][]kg.Relation, error) {
			l.mu.Lock()
			a := l.args[ak]
			l.mu.Unlock()
			m, ents, err := s.RelationsOfEnds(ctx, ids, a.f, a.n)
			if err != nil {
				return nil, fmt.Errorf("load relations: %w", err)
			}
			l.primeEntities(ents)
			return m, nil
		})
}

// primeEntities caches entities read along with something else.
func (l *loaders) primeEntities(ents map[string]kg.Entity) {
	for id, e := range ents {
		l.entity.Prime(id, e)
	}
}

// entityWithRelations reads entity id together with its first relations
// under a and the entities at their ends, in one store call, and primes
// the loaders with them: the relations field under the entity and its
// ends' resolvers then find them cached. ErrNotFound when there is no
// such entity.
func (l *loaders) entityWithRelations(ctx context.Context, s kg.Store, id string, a relArgs) (kg.Entity, error) {
	rels, ents, err := s.RelationsOfEnds(ctx, []string{id}, a.f, a.n)
	if err != nil {
		return kg.Entity{}, fmt.Errorf("load entity with relations: %w", err)
	}
	e, ok := ents[id]
	if !ok {
		return kg.Entity{}, fmt.Errorf("entity %q: %w", id, kg.ErrNotFound)
	}
	k := a.key()
	l.mu.Lock()
	l.args[k] = a
	l.mu.Unlock()
	l.relations.Prime(relKey{args: k, id: id}, rels[id])
	l.primeEntities(ents)
	return e, nil
}

// fetchGrouped answers a batch whose keys are an ID under some shared
// arguments: it groups the keys by those arguments (split), asks fetch
// once per group, in the order groups first appear, and files each ID's
// answer under its key (join), the zero value when the answer has none.
// A group that fails fails each of its keys.
func fetchGrouped[K, G comparable, V any](keys []K, split func(K) (G, string), join func(G, string) K, fetch func(G, []string) (map[string]V, error)) (map[K]V, error) {
	groups := make(map[G][]string)
	var order []G
	for _, k := range keys {
		g, id := split(k)
		if _, ok := groups[g]; !ok {
			order = append(order, g)
		}
		groups[g] = append(groups[g], id)
	}
	out := make(map[K]V, len(keys))
	errs := dataloadgen.MappedFetchError[K]{}
	for _, g := range order {
		m, err := fetch(g, groups[g])
		for _, id := range groups[g] {
			if err != nil {
				errs[join(g, id)] = err
				continue
			}
			out[join(g, id)] = m[id]
		}
	}
	if len(errs) > 0 {
		return out, errs
	}
	return out, nil
}

type loadersKey struct{}

// lazyLoaders makes a response's loaders on first use: most queries (an
// entity, a search, a neighborhood of plain fields) never batch anything.
type lazyLoaders struct {
	once sync.Once
	s    kg.Store
	l    *loaders
}

func (z *lazyLoaders) get() *loaders {
	z.once.Do(func() { z.l = newLoaders(z.s) })
	return z.l
}

func withLoaders(ctx context.Context, s kg.Store) context.Context {
	return context.WithValue(ctx, loadersKey{}, &lazyLoaders{s: s})
}

// loadersFrom returns the request's loaders, or fresh ones when the
// context has none (a subscription's root resolver runs before any
// response exists).
func loadersFrom(ctx context.Context, s kg.Store) *loaders {
	if z, ok := ctx.Value(loadersKey{}).(*lazyLoaders); ok {
		return z.get()
	}
	return newLoaders(s)
}

func newLoaders(s kg.Store) *loaders {
	l := &loaders{
		args: make(map[string]relArgs),
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
			as, err := s.ArticlesByID(ctx, ids)
			if err != nil {
				return nil, fmt.Errorf("load articles: %w", err)
			}
			m := make(map[string]kg.Article, len(as))
			for _, a := range as {
				m[a.ID] = a
			}
			return m, missing(m, ids, "article")
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
	l.relations = dataloadgen.NewMappedLoader(func(ctx context.Context, keys []relKey) (map[relKey][]kg.Relation, error) {
		return l.fetchRelations(ctx, s, keys)
	}, dataloadgen.WithWait(loaderWait))
	l.articles = dataloadgen.NewMappedLoader(func(ctx context.Context, keys []artKey) (map[artKey][]kg.Article, error) {
		return fetchArticles(ctx, s, keys)
	}, dataloadgen.WithWait(loaderWait))
	l.relationsIn = dataloadgen.NewMappedLoader(func(ctx context.Context, keys []inKey) (map[inKey][]kg.Relation, error) {
		return fetchRelationsIn(ctx, s, keys)
	}, dataloadgen.WithWait(loaderWait))
	return l
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
