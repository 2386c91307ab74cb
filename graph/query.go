package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/kg"
)

type queryResolver struct{ *Resolver }

func (r queryResolver) Entity(ctx context.Context, id string) (model.Entity, error) {
	var e kg.Entity
	var err error
	if a, ok := r.relationsAsked(ctx); ok {
		// The entity comes with its first page of relations and their
		// ends: one round trip for the whole answer.
		e, err = r.loaders(ctx).entityWithRelations(ctx, r.store, id, a)
	} else if f, p, ok := r.relationPageAsked(ctx, id); ok {
		// Likewise for a later page, one direction or the largest page.
		e, err = r.loaders(ctx).entityWithPage(ctx, r.store, id, f, p)
	} else {
		e, err = r.store.Entity(ctx, id)
	}
	if errors.Is(err, kg.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	return model.FromEntity(e), nil
}

func (r queryResolver) Entities(ctx context.Context, kind []kg.Kind, name *string, seenFrom, seenTo *time.Time, orderBy *kg.EntityOrder, first *int, after *string, last *int, before *string) (*model.EntityConnection, error) {
	p, err := page(first, after, last, before)
	if err != nil {
		return nil, err
	}
	f := kg.EntityFilter{
		Kinds:    kind,
		Name:     strings.TrimSpace(deref(name, "")),
		SeenFrom: deref(seenFrom, time.Time{}),
		SeenTo:   deref(seenTo, time.Time{}),
		Order:    deref(orderBy, kg.ByMentions),
	}
	res, err := r.store.Entities(ctx, f, p)
	if err != nil {
		return nil, fmt.Errorf("entities: %w", err)
	}
	conn := &model.EntityConnection{
		Edges:    make([]*model.EntityEdge, len(res.Entities)),
		Nodes:    make([]model.Entity, len(res.Entities)),
		PageInfo: pageInfo(res.PageInfo),
	}
	var places []string
	for i, e := range res.Entities {
		conn.Nodes[i] = model.FromEntity(e)
		conn.Edges[i] = &model.EntityEdge{Cursor: res.Cursors[i], Node: conn.Nodes[i]}
		places = append(places, e.PlaceID)
	}
	// The count is a query of its own: run it only for a client that asked.
	if asksFor(fieldsAt(ctx), "totalCount") {
		if conn.TotalCount, err = r.store.CountEntities(ctx, f); err != nil {
			return nil, fmt.Errorf("count entities: %w", err)
		}
	}
	if asksFor(fieldsAt(ctx, "edges", "node"), "place") || asksFor(fieldsAt(ctx, "nodes"), "place") {
		r.prefetch(ctx, places)
	}
	r.prefetchEntityFields(ctx, res.Entities, []string{"edges", "node"}, []string{"nodes"})
	return conn, nil
}

func (r queryResolver) Search(ctx context.Context, text string, kinds []kg.Kind, first *int) ([]*model.SearchHit, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return nil, invalidf("search text is empty")
	}
	if len(text) > kg.MaxNameBytes {
		return nil, invalidf("search text longer than %d bytes", kg.MaxNameBytes)
	}
	n, err := limit("first", first, 20, kg.MaxPageSize)
	if err != nil {
		return nil, err
	}
	hits, err := r.store.Search(ctx, text, kinds, n)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	out := make([]*model.SearchHit, len(hits))
	es := make([]kg.Entity, len(hits))
	for i, h := range hits {
		field := model.SearchFieldName
		switch h.Field {
		case "alias":
			field = model.SearchFieldAlias
		case "evidence":
			field = model.SearchFieldEvidence
		}
		out[i] = &model.SearchHit{Entity: model.FromEntity(h.Entity), Score: h.Score, Matched: h.Matched, Field: field}
		es[i] = h.Entity
	}
	r.prefetchEntityFields(ctx, es, []string{"entity"})
	return out, nil
}

func (r queryResolver) Neighborhood(ctx context.Context, id string, depth *int, types []kg.RelType, statuses []kg.Status, from, to *time.Time, nodes *int, fanOut *int, aggregate *bool) (*model.GraphSlice, error) {
	opt := kg.NeighborhoodOptions{Types: types, Statuses: statuses, From: deref(from, time.Time{}), To: deref(to, time.Time{})}
	var err error
	if opt.Depth, err = limit("depth", depth, 1, kg.MaxDepth); err != nil {
		return nil, err
	}
	if opt.Limit, err = limit("limit", nodes, kg.DefaultNodeLimit, kg.MaxNeighborhood); err != nil {
		return nil, err
	}
	if opt.FanOut, err = limit("fanOut", fanOut, kg.DefaultFanOut, kg.MaxPageSize); err != nil {
		return nil, err
	}
	// Folded edges cross the store boundary one per group unless the
	// selection wants every statement behind an edge.
	agg := deref(aggregate, true)
	edges := fieldsAt(ctx, "edges")
	opt.Aggregate = agg && !asksFor(edges, "relations")
	// An edge drawn by its ends, type and weight needs only the counts: the
	// store then never reads the statements behind it.
	opt.CountsOnly = opt.Aggregate && !asksFor(edges, "relation", "caption")
	// A node drawn by its label, kind, caption and weight needs only the
	// entity's short fields; its whole entity, or an edge's relation
	// (whose ends the loader serves from the nodes), needs it all.
	opt.BriefNodes = !asksFor(fieldsAt(ctx, "nodes"), "entity") && !asksFor(edges, "relation", "relations")
	g, err := r.store.Neighborhood(ctx, id, opt)
	if errors.Is(err, kg.ErrNotFound) {
		return nil, notFound(err, "no entity %q", id)
	}
	if err != nil {
		return nil, fmt.Errorf("neighborhood: %w", err)
	}
	// The slice holds every endpoint: prime the loader so edge relations'
	// sources and targets cost nothing more.
	if !opt.BriefNodes {
		l := r.loaders(ctx)
		for _, e := range g.Nodes {
			l.entity.Prime(e.ID, e)
		}
	}
	r.prefetchRelations(ctx, g.Edges, []string{"edges", "relation"}, []string{"edges", "relations"})
	r.prefetchEntityFields(ctx, g.Nodes, []string{"nodes", "entity"})
	return slice(g, agg, wantSlice(ctx)), nil
}

func (r queryResolver) Paths(ctx context.Context, from, to string, maxDepth *int, types []kg.RelType, statuses []kg.Status, mode *model.PathMode, first *int) (*model.PathResult, error) {
	opt := kg.PathOptions{Types: types, Statuses: statuses, All: deref(mode, model.PathModeShortest) == model.PathModeAllShortest}
	var err error
	if opt.MaxDepth, err = limit("maxDepth", maxDepth, 4, kg.MaxPathDepth); err != nil {
		return nil, err
	}
	if opt.Limit, err = limit("first", first, 10, kg.MaxPageSize); err != nil {
		return nil, err
	}
	paths, err := r.store.Paths(ctx, from, to, opt)
	if errors.Is(err, kg.ErrNotFound) {
		return nil, r.missingEntity(ctx, err, from, to)
	}
	if err != nil {
		return nil, fmt.Errorf("paths: %w", err)
	}
	if !opt.All && len(paths) > 1 {
		paths = paths[:1]
	}
	if len(paths) > opt.Limit {
		paths = paths[:opt.Limit]
	}
	sortPaths(paths)
	var union kg.Graph
	var rels []kg.Relation
	l := r.loaders(ctx)
	out := &model.PathResult{Paths: make([]*model.Path, len(paths))}
	for i, p := range paths {
		mp := &model.Path{Length: len(p.Edges), Nodes: make([]model.Entity, len(p.Nodes)), Edges: make([]*kg.Relation, len(p.Edges))}
		for j, e := range p.Nodes {
			mp.Nodes[j] = model.FromEntity(e)
			l.entity.Prime(e.ID, e)
		}
		for j := range p.Edges {
			mp.Edges[j] = &p.Edges[j]
		}
		out.Paths[i] = mp
		union.Nodes = append(union.Nodes, p.Nodes...)
		union.Edges = append(union.Edges, p.Edges...)
		rels = append(rels, p.Edges...)
	}
	r.prefetchRelations(ctx, rels, []string{"paths", "edges"}, []string{"graph", "edges", "relation"}, []string{"graph", "edges", "relations"})
	r.prefetchEntityFields(ctx, union.Nodes, []string{"paths", "nodes"}, []string{"graph", "nodes", "entity"})
	out.Graph = slice(union, false, wantSlice(ctx, "graph"))
	return out, nil
}

// missingEntity says which of ids names no entity, after a store call
// that took them failed with ErrNotFound (each store words that its own
// way, so the API asks rather than reads the message).
func (r queryResolver) missingEntity(ctx context.Context, cause error, ids ...string) error {
	for _, id := range ids {
		if _, err := r.loaders(ctx).entity.Load(ctx, id); errors.Is(err, kg.ErrNotFound) {
			return notFound(cause, "no entity %q", id)
		}
	}
	return notFound(cause, "no entity %q or %q", ids[0], ids[len(ids)-1])
}

func (r queryResolver) Timeline(ctx context.Context, entity string, from, to *time.Time, first *int, after *string) (*model.TimelineConnection, error) {
	p, err := page(first, after, nil, nil)
	if err != nil {
		return nil, err
	}
	res, err := r.store.Relations(ctx, kg.RelationFilter{Entity: entity, From: deref(from, time.Time{}), To: deref(to, time.Time{})}, p)
	if err != nil {
		return nil, fmt.Errorf("timeline: %w", err)
	}
	// Undated relations sort last: the timeline ends where they begin.
	n := len(res.Relations)
	for i, rel := range res.Relations {
		if rel.Date.IsZero() {
			n = i
			break
		}
	}
	info := pageInfo(res.PageInfo)
	if n < len(res.Relations) {
		info.HasNextPage = false
		info.EndCursor = nil
		if n > 0 {
			info.EndCursor = &res.Cursors[n-1]
		} else {
			info.StartCursor = nil
		}
	}
	rels := res.Relations[:n]
	events := make([]string, n)
	for i, rel := range rels {
		switch {
		case strings.HasPrefix(entity, "event:"):
			events[i] = entity
		case rel.Type == kg.ParticipatedIn:
			events[i] = rel.Target
		case rel.Type == kg.OccurredIn:
			events[i] = rel.Source
		}
	}
	r.prefetch(ctx, events)
	r.prefetchRelations(ctx, rels, []string{"edges", "node", "relation"})
	conn := &model.TimelineConnection{Edges: make([]*model.TimelineEdge, n), PageInfo: info}
	for i := range rels {
		entry := &model.TimelineEntry{Date: rels[i].Date, Precision: rels[i].Precision, Relation: &rels[i]}
		if events[i] != "" {
			if e, err := r.loaders(ctx).entity.Load(ctx, events[i]); err == nil && e.Kind == kg.Event {
				entry.Event = &model.Event{Entity: e}
			}
		}
		conn.Edges[i] = &model.TimelineEdge{Cursor: res.Cursors[i], Node: entry}
	}
	return conn, nil
}

func (r queryResolver) Statements(ctx context.Context, speaker, about, text *string, from, to *time.Time, first *int, after *string) (*model.RelationConnection, error) {
	f := kg.RelationFilter{
		Types:  []kg.RelType{kg.Said},
		Source: deref(speaker, ""),
		Target: deref(about, ""),
		Text:   strings.TrimSpace(deref(text, "")),
		From:   deref(from, time.Time{}),
		To:     deref(to, time.Time{}),
	}
	return r.relationPage(ctx, f, first, after, nil, nil)
}

func (r queryResolver) Attacks(ctx context.Context, attacker, target, place *string, from, to *time.Time, first *int, after *string) (*model.RelationConnection, error) {
	t := deref(target, "")
	if pl := deref(place, ""); pl != "" {
		if t != "" && t != pl {
			return nil, invalidf("give target or place, not both")
		}
		t = pl
	}
	f := kg.RelationFilter{
		Types:  []kg.RelType{kg.Attacked},
		Source: deref(attacker, ""),
		Target: t,
		From:   deref(from, time.Time{}),
		To:     deref(to, time.Time{}),
	}
	return r.relationPage(ctx, f, first, after, nil, nil)
}

// meetingScanPages bounds how many store pages one meetings page may read
// while looking for meetings with a given partner.
const meetingScanPages = 20

func (r queryResolver) Meetings(ctx context.Context, participant, with *string, status []kg.Status, from, to *time.Time, first *int, after *string) (*model.RelationConnection, error) {
	a, b := deref(participant, ""), deref(with, "")
	if b != "" && a == "" {
		a, b = b, ""
	}
	f := kg.RelationFilter{
		Types:    []kg.RelType{kg.Met},
		Statuses: status,
		Entity:   a,
		From:     deref(from, time.Time{}),
		To:       deref(to, time.Time{}),
	}
	if b == "" {
		return r.relationPage(ctx, f, first, after, nil, nil)
	}
	// A meeting has no direction and the store pins ends one at a time:
	// page through the participant's meetings and keep those whose other
	// end is the partner. Store cursors stay valid because the kept
	// relations are a subsequence of the store's order.
	p, err := page(first, after, nil, nil)
	if err != nil {
		return nil, err
	}
	want := p.First
	var kept kg.RelationPage
	scan := kg.Page{First: min(kg.MaxPageSize, max(4*want, kg.DefaultPageSize)), After: p.After}
	full, more := false, false
	for range meetingScanPages {
		res, err := r.store.Relations(ctx, f, scan)
		if err != nil {
			return nil, fmt.Errorf("meetings: %w", err)
		}
		for i, rel := range res.Relations {
			if rel.Source != b && rel.Target != b {
				continue
			}
			if len(kept.Relations) == want {
				full = true
				break
			}
			kept.Relations = append(kept.Relations, rel)
			kept.Cursors = append(kept.Cursors, res.Cursors[i])
		}
		more = res.PageInfo.HasNextPage
		if full || !more {
			break
		}
		scan.After = res.PageInfo.EndCursor
	}
	if n := len(kept.Cursors); n > 0 {
		kept.PageInfo.StartCursor, kept.PageInfo.EndCursor = kept.Cursors[0], kept.Cursors[n-1]
	}
	switch {
	case full:
		kept.PageInfo.HasNextPage = true
	case more:
		// The scan stopped before the end of the list: resume after the
		// last relation read, matching or not.
		kept.PageInfo.HasNextPage = true
		kept.PageInfo.EndCursor = scan.After
	}
	kept.PageInfo.HasPreviousPage = p.After != ""
	return r.relationConn(ctx, kept), nil
}

func (r queryResolver) Relations(ctx context.Context, types []kg.RelType, statuses []kg.Status, entity, source, target, article, text *string, from, to *time.Time, first *int, after *string, last *int, before *string) (*model.RelationConnection, error) {
	f := kg.RelationFilter{
		Types:     types,
		Statuses:  statuses,
		Entity:    deref(entity, ""),
		Source:    deref(source, ""),
		Target:    deref(target, ""),
		ArticleID: deref(article, ""),
		Text:      strings.TrimSpace(deref(text, "")),
		From:      deref(from, time.Time{}),
		To:        deref(to, time.Time{}),
	}
	return r.relationPage(ctx, f, first, after, last, before)
}

func (r queryResolver) Article(ctx context.Context, id string) (*kg.Article, error) {
	a, err := r.store.Article(ctx, id)
	if errors.Is(err, kg.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("article: %w", err)
	}
	return &a, nil
}

func (r queryResolver) Articles(ctx context.Context, from, to *time.Time, entity *string, first *int, after *string, last *int, before *string) (*model.ArticleConnection, error) {
	f := kg.ArticleFilter{From: deref(from, time.Time{}), To: deref(to, time.Time{}), EntityID: deref(entity, "")}
	return r.articlePage(ctx, f, first, after, last, before)
}

func (r queryResolver) Stats(ctx context.Context) (*model.Stats, error) {
	s, err := r.store.Stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("stats: %w", err)
	}
	out := &model.Stats{Articles: s.Articles}
	for _, k := range kg.Kinds {
		out.Entities += s.Entities[k]
		out.EntitiesByKind = append(out.EntitiesByKind, &model.KindCount{Kind: k, Count: s.Entities[k]})
	}
	for _, t := range kg.RelTypes {
		out.Relations += s.Relations[t]
		out.RelationsByType = append(out.RelationsByType, &model.TypeCount{Type: t, Count: s.Relations[t]})
	}
	return out, nil
}

func (r queryResolver) Health(ctx context.Context) (*model.Health, error) {
	err := r.store.Ping(ctx)
	switch {
	case err == nil:
		return &model.Health{Ok: true, Store: "ok"}, nil
	case errors.Is(err, context.DeadlineExceeded):
		return &model.Health{Store: "timeout"}, nil
	}
	r.log.WarnContext(ctx, "health: store ping failed", "err", err)
	return &model.Health{Store: "unavailable"}, nil
}

// relationPage lists one page of relations and prefetches what the
// selection needs of them.
func (r *Resolver) relationPage(ctx context.Context, f kg.RelationFilter, first *int, after *string, last *int, before *string) (*model.RelationConnection, error) {
	p, err := page(first, after, last, before)
	if err != nil {
		return nil, err
	}
	if !asksEnds(ctx, []string{"edges", "node"}, []string{"nodes"}) {
		res, err := r.store.Relations(ctx, f, p)
		if err != nil {
			return nil, fmt.Errorf("relations: %w", err)
		}
		return r.relationConn(ctx, res), nil
	}
	// The relations' ends come with the page: one round trip.
	res, ents, err := r.store.RelationsWithEnds(ctx, f, p)
	if err != nil {
		return nil, fmt.Errorf("relations: %w", err)
	}
	r.loaders(ctx).primeEntities(ents)
	return r.relationConn(ctx, res), nil
}

func (r *Resolver) relationConn(ctx context.Context, res kg.RelationPage) *model.RelationConnection {
	r.prefetchRelations(ctx, res.Relations, []string{"edges", "node"}, []string{"nodes"})
	conn := &model.RelationConnection{
		Edges:    make([]*model.RelationEdge, len(res.Relations)),
		Nodes:    make([]*kg.Relation, len(res.Relations)),
		PageInfo: pageInfo(res.PageInfo),
	}
	for i := range res.Relations {
		conn.Nodes[i] = &res.Relations[i]
		conn.Edges[i] = &model.RelationEdge{Cursor: res.Cursors[i], Node: conn.Nodes[i]}
	}
	return conn
}

func (r *Resolver) articlePage(ctx context.Context, f kg.ArticleFilter, first *int, after *string, last *int, before *string) (*model.ArticleConnection, error) {
	p, err := page(first, after, last, before)
	if err != nil {
		return nil, err
	}
	res, err := r.store.Articles(ctx, f, p)
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	r.prefetchArticleFields(ctx, res.Articles, []string{"nodes"}, []string{"edges", "node"})
	return articleConn(res), nil
}

// prefetchArticleFields loads, in one call per argument set, the first
// page of relations and the entities that the selection at any of bases
// (paths to an Article) asks of each article of a page, so that the
// items' resolvers find them cached rather than depending on when each
// one runs.
func (r *Resolver) prefetchArticleFields(ctx context.Context, arts []kg.Article, bases ...[]string) {
	oc := graphql.GetOperationContext(ctx)
	if oc == nil || len(arts) == 0 {
		return
	}
	ids := make([]string, len(arts))
	for i, a := range arts {
		ids[i] = a.ID
	}
	entities := false
	for _, b := range bases {
		for _, f := range fieldsAt(ctx, b...) {
			switch f.Name {
			case "entities":
				entities = true
			case "relations":
				if types, n, ok := articleRelationsArgsOf(f.ArgumentMap(oc.Variables)); ok {
					_, _ = r.loaders(ctx).relationsInArticles(ctx, types, n, ids)
				}
			}
		}
	}
	if entities {
		// Every Article.entities field reads all of an article's entities
		// and cuts them itself, so one load serves any argument.
		_, _ = r.loaders(ctx).articleEntities.LoadAll(ctx, ids)
	}
}

// articleRelationsArgsOf reads the raw arguments of an Article.relations
// field as its resolver will see them; ok is false when they need a call
// of their own or do not read as expected.
func articleRelationsArgsOf(m map[string]any) ([]kg.RelType, int, bool) {
	var types []kg.RelType
	var first *int
	for name, v := range m {
		if v == nil {
			continue
		}
		switch name {
		case "types":
			vs, ok := v.([]any)
			if !ok {
				return nil, 0, false
			}
			for _, x := range vs {
				s, ok := x.(string)
				if !ok {
					return nil, 0, false
				}
				types = append(types, kg.RelType(s))
			}
		case "first":
			n, err := graphql.UnmarshalInt(v)
			if err != nil {
				return nil, 0, false
			}
			first = &n
		default:
			return nil, 0, false // after, or something unexpected
		}
	}
	n, ok, err := firstPageRead(first, nil)
	return types, n, ok && err == nil
}

// articleConn is a page of articles as a connection.
func articleConn(res kg.ArticlePage) *model.ArticleConnection {
	conn := &model.ArticleConnection{
		Edges:    make([]*model.ArticleEdge, len(res.Articles)),
		Nodes:    make([]*kg.Article, len(res.Articles)),
		PageInfo: pageInfo(res.PageInfo),
	}
	for i := range res.Articles {
		conn.Nodes[i] = &res.Articles[i]
		conn.Edges[i] = &model.ArticleEdge{Cursor: res.Cursors[i], Node: conn.Nodes[i]}
	}
	return conn
}
