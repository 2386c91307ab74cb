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
		// A failed article has no stored ID; the hash of the text sent
		// still tells the client which one it was.
		out[i] = r.ingestResult(ctx, res, kg.ArticleID(arts[i].Text))
	}
	return out, nil
}

// ingestResult is the client's view of what became of one article: its
// error's message when the input was at fault (or a fetched page was),
// "internal error" (logged) otherwise. id stands in for an article that
// failed before it had one.
func (r mutationResolver) ingestResult(ctx context.Context, res IngestResult, id string) *model.IngestResult {
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
		// article is a page that could not be fetched. The client's
		// article is a warning, not the server's error.
		r.log.WarnContext(ctx, "article refused", "article_id", ir.ArticleID, "err", res.Err)
		msg := strings.TrimSuffix(res.Err.Error(), ": "+kg.ErrInvalid.Error())
		ir.Error = &msg
	default:
		r.log.ErrorContext(ctx, "ingest article failed", "article_id", ir.ArticleID, "err", res.Err)
		msg := "internal error"
		ir.Error = &msg
	}
	return ir
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
