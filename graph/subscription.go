package graph

import (
	"context"
	"slices"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/kg"
)

type subscriptionResolver struct{ *Resolver }

// ArticleIngested forwards every stored article from the broker. The
// goroutine ends when the client leaves (ctx) or the broker drops a slow
// client (its channel closes); either way the subscription completes.
func (r subscriptionResolver) ArticleIngested(ctx context.Context) (<-chan *model.ArticleIngested, error) {
	in := r.broker.subscribe(ctx)
	out := make(chan *model.ArticleIngested, 1)
	go func() {
		defer close(out)
		for res := range in {
			if !send(ctx, out, ingested(res)) {
				return
			}
		}
	}()
	return out, nil
}

func ingested(res kg.Subgraph) *model.ArticleIngested {
	a := res.Article
	ev := &model.ArticleIngested{Article: &a, Entities: []model.Entity{}, Relations: []*kg.Relation{}}
	for _, e := range res.Entities {
		// As seen in this article: its date stands for first and last seen.
		e.FirstSeen, e.LastSeen = a.Date, a.Date
		ev.Entities = append(ev.Entities, model.FromEntity(e))
	}
	for i := range res.Relations {
		ev.Relations = append(ev.Relations, &res.Relations[i])
	}
	return ev
}

// RelationAdded forwards every stored relation that passes the filter.
func (r subscriptionResolver) RelationAdded(ctx context.Context, types []kg.RelType, entity *string) (<-chan *kg.Relation, error) {
	in := r.broker.subscribe(ctx)
	id := deref(entity, "")
	out := make(chan *kg.Relation, 1)
	go func() {
		defer close(out)
		for res := range in {
			for i := range res.Relations {
				rel := &res.Relations[i]
				if len(types) > 0 && !slices.Contains(types, rel.Type) {
					continue
				}
				if id != "" && rel.Source != id && rel.Target != id {
					continue
				}
				if !send(ctx, out, rel) {
					return
				}
			}
		}
	}()
	return out, nil
}

func send[T any](ctx context.Context, ch chan<- T, v T) bool {
	select {
	case ch <- v:
		return true
	case <-ctx.Done():
		return false
	}
}
