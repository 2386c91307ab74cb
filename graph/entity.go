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
	return r.articlePage(ctx, kg.ArticleFilter{EntityID: e.ID}, first, after, nil, nil)
}

func (r *Resolver) entityRelations(ctx context.Context, e *kg.Entity, types []kg.RelType, statuses []kg.Status, dir *model.Direction, from, to *time.Time, first *int, after *string) (*model.RelationConnection, error) {
	f := kg.RelationFilter{Types: types, Statuses: statuses, From: deref(from, time.Time{}), To: deref(to, time.Time{})}
	switch deref(dir, model.DirectionBoth) {
	case model.DirectionOut:
		f.Source = e.ID
	case model.DirectionIn:
		f.Target = e.ID
	default:
		f.Entity = e.ID
	}
	return r.relationPage(ctx, f, first, after, nil, nil)
}

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
	// A participant may be recorded by several statements: read a few
	// pages' worth and keep the first n distinct sources.
	res, err := r.store.Relations(ctx, kg.RelationFilter{Types: []kg.RelType{kg.ParticipatedIn}, Target: obj.ID}, kg.Page{First: kg.MaxPageSize})
	if err != nil {
		return nil, fmt.Errorf("event participants: %w", err)
	}
	var ids []string
	for _, rel := range res.Relations {
		ids = append(ids, rel.Source)
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
