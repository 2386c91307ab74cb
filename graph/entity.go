package graph

import (
	"context"
	"fmt"
	"time"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/kg"
)

// The four entity types share their connection fields; each resolver type
// only hands its embedded kg.Entity to these.

func (r *Resolver) entityArticles(ctx context.Context, e *kg.Entity, first *int, after *string) (*model.ArticleConnection, error) {
	n, ok, err := firstPageRead(first, after)
	if err != nil {
		return nil, err
	}
	if !ok {
		return r.articlePage(ctx, kg.ArticleFilter{EntityID: e.ID}, first, after, nil, nil)
	}
	// The first page goes through the articles loader, so that a list of
	// entities asks the store once for all their articles.
	got, err := r.loaders(ctx).articlesOf(ctx, n, []string{e.ID})
	if err != nil {
		return nil, fmt.Errorf("articles: %w", err)
	}
	as := got[0]
	var res kg.ArticlePage
	if size := n - 1; len(as) > size {
		as, res.PageInfo.HasNextPage = as[:size], true
	}
	res.Articles = as
	for _, a := range as {
		res.Cursors = append(res.Cursors, kg.ArticleCursor(a).Encode())
	}
	if k := len(res.Cursors); k > 0 {
		res.PageInfo.StartCursor, res.PageInfo.EndCursor = res.Cursors[0], res.Cursors[k-1]
	}
	return articleConn(res), nil
}

// firstPageRead says how many items a batched first page reads (one more
// than the page, to know whether another follows), as an entity's
// articles and an article's relations do; ok is false for a later page or
// one as large as the largest, which need a call of their own.
func firstPageRead(first *int, after *string) (int, bool, error) {
	p, err := page(first, after, nil, nil)
	if err != nil {
		return 0, false, err
	}
	if p.After != "" || p.First >= kg.MaxPageSize {
		return 0, false, nil
	}
	return p.First + 1, true, nil
}

func (r *Resolver) entityRelations(ctx context.Context, e *kg.Entity, types []kg.RelType, statuses []kg.Status, dir *model.Direction, from, to *time.Time, first *int, after *string) (*model.RelationConnection, error) {
	a, ok, err := relationsArgs(types, statuses, dir, from, to, first, after)
	if err != nil {
		return nil, err
	}
	if ok {
		return r.batchedRelations(ctx, e.ID, a)
	}
	f := entityRelationFilter(e.ID, types, statuses, dir, from, to)
	p, err := page(first, after, nil, nil)
	if err != nil {
		return nil, err
	}
	// The entity's resolver may have read this page along with the
	// entity (relationPageAsked).
	if res, ok := r.loaders(ctx).relationPage(f, p); ok {
		return r.relationConn(ctx, res), nil
	}
	return r.relationPage(ctx, f, first, after, nil, nil)
}

// entityRelationFilter is the filter of entity id's relations field.
func entityRelationFilter(id string, types []kg.RelType, statuses []kg.Status, dir *model.Direction, from, to *time.Time) kg.RelationFilter {
	f := kg.RelationFilter{Types: types, Statuses: statuses, From: deref(from, time.Time{}), To: deref(to, time.Time{})}
	switch deref(dir, model.DirectionBoth) {
	case model.DirectionOut:
		f.Source = id
	case model.DirectionIn:
		f.Target = id
	default:
		f.Entity = id
	}
	return f
}

// relationsArgs turns the arguments of an entity's relations into a
// RelationsOf argument set when one can answer them: both directions, the
// first page, and a page smaller than the largest (one more relation than
// the page is read to know whether another page follows). ok is false when
// the field needs a Relations call of its own.
func relationsArgs(types []kg.RelType, statuses []kg.Status, dir *model.Direction, from, to *time.Time, first *int, after *string) (relArgs, bool, error) {
	p, err := page(first, after, nil, nil)
	if err != nil {
		return relArgs{}, false, err
	}
	if deref(dir, model.DirectionBoth) != model.DirectionBoth || p.After != "" || p.First >= kg.MaxPageSize {
		return relArgs{}, false, nil
	}
	f := kg.RelationFilter{Types: types, Statuses: statuses, From: deref(from, time.Time{}), To: deref(to, time.Time{})}
	return relArgs{f: f, n: p.First + 1}, true, nil
}

// batchedRelations answers an entity's first page of relations through
// the relations loader.
func (r *Resolver) batchedRelations(ctx context.Context, id string, a relArgs) (*model.RelationConnection, error) {
	got, err := r.loaders(ctx).relationsOf(ctx, a, []string{id})
	if err != nil {
		return nil, fmt.Errorf("relations: %w", err)
	}
	return r.relationConn(ctx, firstPage(got[0], a.n-1)), nil
}

// firstPage is the first page of size relations out of rels, the first
// size+1 in relation order, as Relations would list it: the cursors, and
// whether another page follows.
func firstPage(rels []kg.Relation, size int) kg.RelationPage {
	var res kg.RelationPage
	if len(rels) > size {
		rels, res.PageInfo.HasNextPage = rels[:size], true
	}
	res.Relations = rels
	for _, rel := range rels {
		res.Cursors = append(res.Cursors, kg.Cursor{Key: dateKey(rel.Date), ID: rel.ID}.Encode())
	}
	if n := len(res.Cursors); n > 0 {
		res.PageInfo.StartCursor, res.PageInfo.EndCursor = res.Cursors[0], res.Cursors[n-1]
	}
	return res
}

// dateKey is a date as the stores write it in cursors: "" when unknown.
func dateKey(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(kg.DateLayout)
}

// participantArgs reads an event's PARTICIPATED_IN relations: a few pages'
// worth, since a participant may be recorded by several statements.
var participantArgs = relArgs{f: kg.RelationFilter{Types: []kg.RelType{kg.ParticipatedIn}}, n: kg.MaxPageSize}

type personResolver struct{ *Resolver }

func (r personResolver) Articles(ctx context.Context, obj *model.Person, first *int, after *string) (*model.ArticleConnection, error) {
	return r.entityArticles(ctx, obj.Base(), first, after)
}

func (r personResolver) Relations(ctx context.Context, obj *model.Person, types []kg.RelType, statuses []kg.Status, dir *model.Direction, from, to *time.Time, first *int, after *string) (*model.RelationConnection, error) {
	return r.entityRelations(ctx, obj.Base(), types, statuses, dir, from, to, first, after)
}

type placeResolver struct{ *Resolver }

func (r placeResolver) Country(ctx context.Context, obj *model.Place) (*string, error) {
	return nonEmpty(obj.Country), nil
}

func (r placeResolver) Articles(ctx context.Context, obj *model.Place, first *int, after *string) (*model.ArticleConnection, error) {
	return r.entityArticles(ctx, obj.Base(), first, after)
}

func (r placeResolver) Relations(ctx context.Context, obj *model.Place, types []kg.RelType, statuses []kg.Status, dir *model.Direction, from, to *time.Time, first *int, after *string) (*model.RelationConnection, error) {
	return r.entityRelations(ctx, obj.Base(), types, statuses, dir, from, to, first, after)
}

type organizationResolver struct{ *Resolver }

func (r organizationResolver) Articles(ctx context.Context, obj *model.Organization, first *int, after *string) (*model.ArticleConnection, error) {
	return r.entityArticles(ctx, obj.Base(), first, after)
}

func (r organizationResolver) Relations(ctx context.Context, obj *model.Organization, types []kg.RelType, statuses []kg.Status, dir *model.Direction, from, to *time.Time, first *int, after *string) (*model.RelationConnection, error) {
	return r.entityRelations(ctx, obj.Base(), types, statuses, dir, from, to, first, after)
}

type eventResolver struct{ *Resolver }

func (r eventResolver) Place(ctx context.Context, obj *model.Event) (*model.Place, error) {
	if obj.PlaceID == "" {
		return nil, nil
	}
	e, err := r.loaders(ctx).entity.Load(ctx, obj.PlaceID)
	if err != nil {
		return nil, fmt.Errorf("event place: %w", err)
	}
	return &model.Place{Entity: e}, nil
}

func (r eventResolver) Participants(ctx context.Context, obj *model.Event, first *int) ([]model.Entity, error) {
	n, err := limit("first", first, kg.DefaultPageSize, kg.MaxPageSize)
	if err != nil {
		return nil, err
	}
	got, err := r.loaders(ctx).relationsOf(ctx, participantArgs, []string{obj.ID})
	if err != nil {
		return nil, fmt.Errorf("event participants: %w", err)
	}
	var ids []string
	for _, rel := range got[0] {
		if rel.Target == obj.ID {
			ids = append(ids, rel.Source)
		}
	}
	ids = uniq(ids)
	if len(ids) > n {
		ids = ids[:n]
	}
	es, err := r.loaders(ctx).entity.LoadAll(ctx, ids)
	if err != nil {
		return nil, fmt.Errorf("event participants: %w", err)
	}
	out := make([]model.Entity, len(es))
	for i, e := range es {
		out[i] = model.FromEntity(e)
	}
	return out, nil
}

func (r eventResolver) Articles(ctx context.Context, obj *model.Event, first *int, after *string) (*model.ArticleConnection, error) {
	return r.entityArticles(ctx, obj.Base(), first, after)
}

func (r eventResolver) Relations(ctx context.Context, obj *model.Event, types []kg.RelType, statuses []kg.Status, dir *model.Direction, from, to *time.Time, first *int, after *string) (*model.RelationConnection, error) {
	return r.entityRelations(ctx, obj.Base(), types, statuses, dir, from, to, first, after)
}
