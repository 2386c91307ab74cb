package graph

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/kg"
)

type relationResolver struct{ *Resolver }

func (r relationResolver) Source(ctx context.Context, obj *kg.Relation) (model.Entity, error) {
	e, err := r.entity(ctx, obj.Source)
	if err != nil {
		return nil, fmt.Errorf("relation source: %w", err)
	}
	return e, nil
}

func (r relationResolver) Target(ctx context.Context, obj *kg.Relation) (model.Entity, error) {
	if obj.Target == "" {
		return nil, nil
	}
	e, err := r.entity(ctx, obj.Target)
	if err != nil {
		return nil, fmt.Errorf("relation target: %w", err)
	}
	return e, nil
}

func (r relationResolver) Quote(ctx context.Context, obj *kg.Relation) (*string, error) {
	return nonEmpty(obj.Quote), nil
}

type evidenceResolver struct{ *Resolver }

// Article loads the cited article only when more than its ID is asked for.
func (r evidenceResolver) Article(ctx context.Context, obj *kg.Evidence) (*kg.Article, error) {
	if !asksBeyond(fieldsAt(ctx), "id") {
		return &kg.Article{ID: obj.ArticleID}, nil
	}
	a, err := r.loaders(ctx).article.Load(ctx, obj.ArticleID)
	if err != nil {
		return nil, fmt.Errorf("evidence article: %w", err)
	}
	return &a, nil
}

type articleResolver struct{ *Resolver }

func (r articleResolver) Title(ctx context.Context, obj *kg.Article) (*string, error) {
	return nonEmpty(obj.Title), nil
}

func (r articleResolver) Source(ctx context.Context, obj *kg.Article) (*string, error) {
	return nonEmpty(obj.Source), nil
}

func (r articleResolver) URL(ctx context.Context, obj *kg.Article) (*string, error) {
	return nonEmpty(obj.URL), nil
}

func (r articleResolver) Entities(ctx context.Context, obj *kg.Article, first *int) ([]*kg.EntityMentions, error) {
	n, err := limit("first", first, kg.DefaultPageSize, kg.MaxPageSize)
	if err != nil {
		return nil, err
	}
	ms, err := r.loaders(ctx).articleEntities.Load(ctx, obj.ID)
	if err != nil {
		return nil, fmt.Errorf("article entities: %w", err)
	}
	ms = ms[:min(n, len(ms))]
	out := make([]*kg.EntityMentions, len(ms))
	for i := range ms {
		out[i] = &ms[i]
	}
	return out, nil
}

func (r articleResolver) Relations(ctx context.Context, obj *kg.Article, types []kg.RelType, first *int, after *string) (*model.RelationConnection, error) {
	n, ok, err := firstPageRead(first, after)
	if err != nil {
		return nil, err
	}
	if !ok {
		return r.relationPage(ctx, kg.RelationFilter{ArticleID: obj.ID, Types: types}, first, after, nil, nil)
	}
	if err := (kg.RelationFilter{Types: types}).Check(); err != nil {
		return nil, fmt.Errorf("relations: %w", err)
	}
	// The first page goes through a loader, so that a list of articles
	// asks the store once for all their statements.
	got, err := r.loaders(ctx).relationsInArticles(ctx, types, n, []string{obj.ID})
	if err != nil {
		return nil, fmt.Errorf("relations: %w", err)
	}
	return r.relationConn(ctx, firstPage(got[0], n-1)), nil
}

type articleEntityResolver struct{ *Resolver }

func (r articleEntityResolver) Entity(ctx context.Context, obj *kg.EntityMentions) (model.Entity, error) {
	return model.FromEntity(obj.Entity), nil
}

func (r articleEntityResolver) Mentions(ctx context.Context, obj *kg.EntityMentions) ([]*model.MentionSpan, error) {
	out := make([]*model.MentionSpan, len(obj.Spans))
	for i, m := range obj.Spans {
		out[i] = &model.MentionSpan{Text: m.Text, Start: m.Start, End: m.End}
	}
	return out, nil
}
