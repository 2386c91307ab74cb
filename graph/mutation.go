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
	switch {
	case len(inputs) == 0:
		return nil, invalidf("no articles given")
	case len(inputs) > MaxIngestArticles:
		return nil, invalidf("%d articles, at most %d per call", len(inputs), MaxIngestArticles)
	}
	// Each article is checked by the ingester, as the readers check a
	// file, so that a bad one fails alone.
	arts := make([]kg.Article, len(inputs))
	for i, in := range inputs {
		arts[i] = kg.Article{
			Title:  deref(in.Title, ""),
			Date:   deref(in.Date, time.Time{}),
			Source: deref(in.Source, ""),
			URL:    deref(in.URL, ""),
			Text:   in.Text,
		}
	}
	results, err := r.ingester.Ingest(ctx, arts)
	if err != nil {
		return nil, fmt.Errorf("ingest articles: %w", err)
	}
	if len(results) != len(arts) {
		return nil, fmt.Errorf("ingest articles: %d results for %d articles", len(results), len(arts))
	}
	out := make([]*model.IngestResult, len(results))
	for i, res := range results {
		ir := &model.IngestResult{ArticleID: res.Article.ID}
		switch {
		case res.Err == nil:
			ir.Unchanged, ir.Entities, ir.Relations = res.Unchanged, res.Entities, res.Relations
			a := res.Article
			ir.Article = &a
		case errors.Is(res.Err, kg.ErrInvalid):
			r.log.WarnContext(ctx, "article refused", "article", i+1, "err", res.Err)
			msg := strings.TrimSuffix(res.Err.Error(), ": "+kg.ErrInvalid.Error())
			ir.Error = &msg
		default:
			r.log.ErrorContext(ctx, "ingest article failed", "article", i+1, "err", res.Err)
			msg := fmt.Sprintf("article %d: internal error", i+1)
			ir.Error = &msg
		}
		if ir.ArticleID == "" {
			// A failed article has no stored ID; the hash of the text sent
			// still tells the client which one it was.
			ir.ArticleID = kg.ArticleID(arts[i].Text)
		}
		out[i] = ir
	}
	return out, nil
}

func (r mutationResolver) DeleteArticle(ctx context.Context, id string) (string, error) {
	err := r.store.DeleteArticle(ctx, id)
	if errors.Is(err, kg.ErrNotFound) {
		return "", notFound(err, "no article %q", id)
	}
	if err != nil {
		return "", fmt.Errorf("delete article: %w", err)
	}
	return id, nil
}
