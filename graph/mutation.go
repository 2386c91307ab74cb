package graph

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/ingest"
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
		id := ""
		if i < len(arts) {
			id = arts[i].ID
		}
		out[i] = r.ingestResult(ctx, res, id)
	}
	return out, nil
}

// ingestResult is the client's view of what became of one article: its
// error's message when the input was at fault (or a fetched page was),
// "internal error" (logged) otherwise. id stands in for an article that
// failed before it had one.
func (r mutationResolver) ingestResult(ctx context.Context, res ingest.Result, id string) *model.IngestResult {
	ir := &model.IngestResult{ArticleID: res.Article.ID}
	if ir.ArticleID == "" {
		ir.ArticleID = id
	}
	switch {
	case res.Err == nil:
		ir.Unchanged, ir.Entities, ir.Relations = res.Unchanged, res.Entities, res.Relations
		a := res.Article
		ir.Article = &a
	case errors.Is(res.Err, kg.ErrInvalid), errors.Is(res.Err, kg.ErrUnavailable):
		// Store failures end the run and never get here: an unavailable
		// article is a page that could not be fetched.
		msg := res.Err.Error()
		ir.Error = &msg
	default:
		r.log.ErrorContext(ctx, "ingest article failed", "article_id", ir.ArticleID, "err", res.Err)
		msg := "internal error"
		ir.Error = &msg
	}
	return ir
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
