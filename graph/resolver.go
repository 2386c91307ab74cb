package graph

import (
	"context"
	"log/slog"
	"slices"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/graph/generated"
	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/kg"
)

// Resolver is the root of the resolvers: thin translations between GraphQL
// arguments and kg.Store calls.
type Resolver struct {
	store    kg.Store
	ingester Ingester
	web      WebIngester
	feeds    FeedLister
	broker   *Broker
	log      *slog.Logger
}

var _ generated.ResolverRoot = (*Resolver)(nil)

func (r *Resolver) Query() generated.QueryResolver                 { return queryResolver{r} }
func (r *Resolver) Mutation() generated.MutationResolver           { return mutationResolver{r} }
func (r *Resolver) Subscription() generated.SubscriptionResolver   { return subscriptionResolver{r} }
func (r *Resolver) Article() generated.ArticleResolver             { return articleResolver{r} }
func (r *Resolver) ArticleEntity() generated.ArticleEntityResolver { return articleEntityResolver{r} }
func (r *Resolver) Evidence() generated.EvidenceResolver           { return evidenceResolver{r} }
func (r *Resolver) Relation() generated.RelationResolver           { return relationResolver{r} }
func (r *Resolver) Person() generated.PersonResolver               { return personResolver{r} }
func (r *Resolver) Place() generated.PlaceResolver                 { return placeResolver{r} }
func (r *Resolver) Organization() generated.OrganizationResolver   { return organizationResolver{r} }
func (r *Resolver) Event() generated.EventResolver                 { return eventResolver{r} }

func (r *Resolver) loaders(ctx context.Context) *loaders { return loadersFrom(ctx, r.store) }

// entity loads one entity through the request's loader.
func (r *Resolver) entity(ctx context.Context, id string) (model.Entity, error) {
	e, err := r.loaders(ctx).entity.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	return model.FromEntity(e), nil
}

// prefetch loads the given entities in one batch, so that the resolvers of
// a page's items find them cached instead of each waiting on the loader.
// Errors are left for those resolvers to report.
func (r *Resolver) prefetch(ctx context.Context, ids []string) {
	if len(ids) == 0 {
		return
	}
	_, _ = r.loaders(ctx).entity.LoadAll(ctx, uniq(ids))
}

// page turns connection arguments into a store page, refusing sizes out of
// range (INVALID_INPUT) rather than clamping them, and malformed cursors
// before they reach the store.
func page(first *int, after *string, last *int, before *string) (kg.Page, error) {
	p := kg.Page{First: deref(first, 0), After: deref(after, ""), Last: deref(last, 0), Before: deref(before, "")}
	if (first != nil && *first < 1) || (last != nil && *last < 1) {
		return p, invalidf("first and last must be at least 1")
	}
	if p.First > kg.MaxPageSize || p.Last > kg.MaxPageSize {
		return p, invalidf("page size %d above the maximum of %d", max(p.First, p.Last), kg.MaxPageSize)
	}
	if first != nil && last != nil {
		return p, invalidf("give first or last, not both")
	}
	if p.After != "" && p.Before != "" {
		return p, invalidf("give after or before, not both")
	}
	if err := p.Validate(); err != nil {
		return p, invalidf("invalid page")
	}
	for _, c := range []string{p.After, p.Before} {
		if c == "" {
			continue
		}
		if _, err := kg.DecodeCursor(c); err != nil {
			return p, invalidf("malformed cursor")
		}
	}
	if p.First == 0 && p.Last == 0 {
		if p.Before != "" {
			p.Last = kg.DefaultPageSize
		} else {
			p.First = kg.DefaultPageSize
		}
	}
	return p, nil
}

// limit checks a size argument that is not a connection page.
func limit(name string, n *int, def, most int) (int, error) {
	v := deref(n, def)
	if v < 1 || v > most {
		return 0, invalidf("%s must be between 1 and %d", name, most)
	}
	return v, nil
}

func pageInfo(p kg.PageInfo) *model.PageInfo {
	return &model.PageInfo{
		StartCursor:     nonEmpty(p.StartCursor),
		EndCursor:       nonEmpty(p.EndCursor),
		HasNextPage:     p.HasNextPage,
		HasPreviousPage: p.HasPreviousPage,
	}
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func uniq(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := ids[:0:0]
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// fieldsAt collects the fields selected at path below the current field,
// over every branch and fragment.
func fieldsAt(ctx context.Context, path ...string) []graphql.CollectedField {
	fc := graphql.GetFieldContext(ctx)
	oc := graphql.GetOperationContext(ctx)
	if fc == nil || oc == nil {
		return nil
	}
	fields := graphql.CollectFields(oc, fc.Field.Selections, nil)
	for _, name := range path {
		var next []graphql.CollectedField
		for _, f := range fields {
			if f.Name == name {
				next = append(next, graphql.CollectFields(oc, f.Selections, nil)...)
			}
		}
		fields = next
	}
	return fields
}

// asksFor reports whether any of fields is named one of names.
func asksFor(fields []graphql.CollectedField, names ...string) bool {
	for _, f := range fields {
		for _, n := range names {
			if f.Name == n {
				return true
			}
		}
	}
	return false
}

// asksBeyond reports whether fields hold anything but the given names.
func asksBeyond(fields []graphql.CollectedField, names ...string) bool {
	for _, f := range fields {
		if f.Name == "__typename" {
			continue
		}
		if !asksFor([]graphql.CollectedField{f}, names...) {
			return true
		}
	}
	return false
}

// prefetchRelations loads, in one batch each, the endpoints and the
// articles of rels when the selection at any of bases (paths to a
// Relation) asks for them.
func (r *Resolver) prefetchRelations(ctx context.Context, rels []kg.Relation, bases ...[]string) {
	ents, arts := relationNeeds(ctx, rels, bases...)
	r.prefetch(ctx, ents)
	r.prefetchArticles(ctx, arts)
}

// asksEnds reports whether the selection at any of bases (paths to a
// Relation) asks for its source or target.
func asksEnds(ctx context.Context, bases ...[]string) bool {
	for _, b := range bases {
		if asksFor(fieldsAt(ctx, b...), "source", "target") {
			return true
		}
	}
	return false
}

// relationNeeds lists the endpoints and the articles of rels that the
// selection at any of bases asks for.
func relationNeeds(ctx context.Context, rels []kg.Relation, bases ...[]string) (ents, arts []string) {
	var wantEnds, wantArts bool
	wantEnds = asksEnds(ctx, bases...)
	for _, b := range bases {
		wantArts = wantArts || asksBeyond(fieldsAt(ctx, append(b[:len(b):len(b)], "evidence", "article")...), "id")
	}
	if wantEnds {
		ents = make([]string, 0, 2*len(rels))
		for _, rel := range rels {
			ents = append(ents, rel.Source, rel.Target)
		}
	}
	if wantArts {
		arts = make([]string, 0, len(rels))
		for _, rel := range rels {
			arts = append(arts, rel.Evidence.ArticleID)
		}
	}
	return ents, arts
}

// prefetchArticles loads the given articles in one batch.
func (r *Resolver) prefetchArticles(ctx context.Context, ids []string) {
	if ids = uniq(ids); len(ids) > 0 {
		_, _ = r.loaders(ctx).article.LoadAll(ctx, ids)
	}
}

// prefetchEntityFields loads, for a page of entities, what the selection at
// any of bases (paths to an Entity) will ask of each: the first page of
// relations for every argument set of a relations field (and their
// endpoints and articles), and the participants of events, in one batch
// each, so that the items' resolvers find them cached.
func (r *Resolver) prefetchEntityFields(ctx context.Context, es []kg.Entity, bases ...[]string) {
	oc := graphql.GetOperationContext(ctx)
	if oc == nil || len(es) == 0 {
		return
	}
	ids := make([]string, len(es))
	var events []string
	for i, e := range es {
		ids[i] = e.ID
		if e.Kind == kg.Event {
			events = append(events, e.ID)
		}
	}
	l := r.loaders(ctx)
	var rels []kg.Relation
	var paths [][]string
	var participants []string
	for _, b := range bases {
		for _, f := range fieldsAt(ctx, b...) {
			switch {
			case f.Name == "relations":
				a, ok := relationsArgsOf(f.ArgumentMap(oc.Variables))
				if !ok {
					continue
				}
				got, _ := l.relationsOf(ctx, a, ids)
				for _, rs := range got {
					rels = append(rels, rs...)
				}
				paths = append(paths, slices.Concat(b, []string{"relations", "edges", "node"}), slices.Concat(b, []string{"relations", "nodes"}))
			case f.Name == "articles":
				if n, ok := articlesArgsOf(f.ArgumentMap(oc.Variables)); ok {
					l.articlesOf(ctx, n, ids)
				}
			case f.Name == "participants" && len(events) > 0:
				got, _ := l.relationsOf(ctx, participantArgs, events)
				for _, rs := range got {
					for _, rel := range rs {
						participants = append(participants, rel.Source)
					}
				}
			}
		}
	}
	ents, arts := relationNeeds(ctx, rels, paths...)
	r.prefetch(ctx, append(ents, participants...))
	r.prefetchArticles(ctx, arts)
}

// relationsAsked says whether the selection of the entity being resolved
// asks for a first page of its relations that the relations loader can
// answer, and with which arguments (the first such field's).
func (r *Resolver) relationsAsked(ctx context.Context) (relArgs, bool) {
	oc := graphql.GetOperationContext(ctx)
	if oc == nil {
		return relArgs{}, false
	}
	for _, f := range fieldsAt(ctx) {
		if f.Name != "relations" {
			continue
		}
		if a, ok := relationsArgsOf(f.ArgumentMap(oc.Variables)); ok {
			return a, true
		}
	}
	return relArgs{}, false
}

// relationPageAsked says whether the selection of entity id, being
// resolved, asks for a page of its relations that the relations loader
// cannot answer (after a cursor, one direction, or as large as the
// largest page), and which: the first such field's filter and page.
// Arguments the resolver will refuse are not asked for here.
func (r *Resolver) relationPageAsked(ctx context.Context, id string) (kg.RelationFilter, kg.Page, bool) {
	oc := graphql.GetOperationContext(ctx)
	if oc == nil {
		return kg.RelationFilter{}, kg.Page{}, false
	}
	for _, f := range fieldsAt(ctx) {
		if f.Name != "relations" {
			continue
		}
		a, ok := relationsFieldOf(f.ArgumentMap(oc.Variables))
		if !ok {
			continue
		}
		if _, batched, err := relationsArgs(a.types, a.statuses, a.dir, a.from, a.to, a.first, a.after); err != nil || batched {
			continue
		}
		p, err := page(a.first, a.after, nil, nil)
		if err != nil {
			continue
		}
		rf := entityRelationFilter(id, a.types, a.statuses, a.dir, a.from, a.to)
		if rf.Check() != nil {
			continue
		}
		return rf, p, true
	}
	return kg.RelationFilter{}, kg.Page{}, false
}

// articlesArgsOf reads the raw arguments of an articles field as
// relationsArgsOf does; ok is false when they need a call of their own.
func articlesArgsOf(m map[string]any) (int, bool) {
	var first *int
	for name, v := range m {
		if v == nil {
			continue
		}
		if name != "first" {
			return 0, false // after, or something unexpected
		}
		n, err := graphql.UnmarshalInt(v)
		if err != nil {
			return 0, false
		}
		first = &n
	}
	n, ok, err := firstPageRead(first, nil)
	return n, ok && err == nil
}

// relationsField is the arguments of an entity's relations field, typed
// as gqlgen hands them to its resolver.
type relationsField struct {
	types    []kg.RelType
	statuses []kg.Status
	dir      *model.Direction
	from, to *time.Time
	first    *int
	after    *string
}

// relationsArgsOf reads the raw arguments of a relations field the way
// gqlgen would hand them to its resolver; ok is false when they need a
// call of their own or do not read as expected (the resolver then reports
// what is wrong).
func relationsArgsOf(m map[string]any) (relArgs, bool) {
	a, ok := relationsFieldOf(m)
	if !ok || a.after != nil {
		return relArgs{}, false
	}
	ra, ok, err := relationsArgs(a.types, a.statuses, a.dir, a.from, a.to, a.first, a.after)
	return ra, ok && err == nil && ra.f.Check() == nil
}

// relationsFieldOf reads the raw arguments of a relations field; ok is
// false when they do not read as expected.
func relationsFieldOf(m map[string]any) (relationsField, bool) {
	var a relationsField
	for name, v := range m {
		if v == nil {
			continue
		}
		switch name {
		case "types", "statuses":
			vs, ok := v.([]any)
			if !ok {
				return relationsField{}, false
			}
			for _, x := range vs {
				s, ok := x.(string)
				if !ok {
					return relationsField{}, false
				}
				if name == "types" {
					a.types = append(a.types, kg.RelType(s))
				} else {
					// The enum's values are the statuses in capitals.
					a.statuses = append(a.statuses, kg.Status(strings.ToLower(s)))
				}
			}
		case "direction":
			s, ok := v.(string)
			if !ok {
				return relationsField{}, false
			}
			d := model.Direction(s)
			a.dir = &d
		case "from", "to":
			t, err := model.UnmarshalDate(v)
			if err != nil {
				return relationsField{}, false
			}
			if name == "from" {
				a.from = &t
			} else {
				a.to = &t
			}
		case "first":
			n, err := graphql.UnmarshalInt(v)
			if err != nil {
				return relationsField{}, false
			}
			a.first = &n
		case "after":
			s, ok := v.(string)
			if !ok {
				return relationsField{}, false
			}
			a.after = &s
		default:
			return relationsField{}, false
		}
	}
	return a, true
}
