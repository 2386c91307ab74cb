package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/kg"
)

type mutationResolver struct{ *Resolver }

func (r mutationResolver) IngestArticles(ctx context.Context, inputs []*model.ArticleInput) ([]*model.IngestResult, error) {
	if r.ingester == nil {
		return nil, fmt.Errorf("ingest articles: no ingest pipeline configured: %w", kg.ErrUnavailable)
	}
	arts, err := articlesFromInput(inputs)
	if err != nil {
		return nil, err
	}
	results, err := r.ingester.Articles(ctx, arts)
	if err != nil {
		return nil, fmt.Errorf("ingest articles: %w", err)
	}
	out := make([]*model.IngestResult, len(results))
	for i, res := range results {
		ir := &model.IngestResult{ArticleID: res.Article.ID}
		if ir.ArticleID == "" && i < len(arts) {
			ir.ArticleID = arts[i].ID
		}
		switch {
		case res.Err == nil:
			ir.Unchanged, ir.Entities, ir.Relations = res.Unchanged, res.Entities, res.Relations
			a := res.Article
			ir.Article = &a
		case errors.Is(res.Err, kg.ErrInvalid):
			msg := res.Err.Error()
			ir.Error = &msg
		default:
			r.log.ErrorContext(ctx, "ingest article failed", "article_id", ir.ArticleID, "err", res.Err)
			msg := "internal error"
			ir.Error = &msg
		}
		out[i] = ir
	}
	return out, nil
}

// articlesFromInput checks the input before any extraction: the number of
// articles and every article's sizes and encoding (kg.Article.Validate).
func articlesFromInput(inputs []*model.ArticleInput) ([]kg.Article, error) {
	if len(inputs) == 0 {
		return nil, invalidf("no articles given")
	}
	if len(inputs) > MaxIngestArticles {
		return nil, invalidf("%d articles, at most %d per call", len(inputs), MaxIngestArticles)
	}
	arts := make([]kg.Article, len(inputs))
	for i, in := range inputs {
		if strings.TrimSpace(in.Text) == "" {
			return nil, invalidf("article %d: empty text", i)
		}
		a := kg.Article{
			ID:     kg.ArticleID(in.Text),
			Title:  strings.TrimSpace(deref(in.Title, "")),
			Date:   deref(in.Date, time.Time{}),
			Source: strings.TrimSpace(deref(in.Source, "")),
			URL:    strings.TrimSpace(deref(in.URL, "")),
			Text:   in.Text,
		}
		if err := a.Validate(); err != nil {
			return nil, fmt.Errorf("article %d: %w", i, err)
		}
		arts[i] = a
	}
	return arts, nil
}

func (r mutationResolver) DeleteArticle(ctx context.Context, id string) (string, error) {
	if err := r.store.DeleteArticle(ctx, id); err != nil {
		return "", fmt.Errorf("delete article: %w", err)
	}
	return id, nil
}
