package graph

import (
	"time"

	"github.com/newsgraph/newsgraph/graph/generated"
	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/kg"
)

// Cost model for extension.FixedComplexityLimit: a field costs 1 plus its
// children, and a field that returns many items multiplies its children's
// cost by how many it may return (first/last, a neighborhood's node bound,
// paths × hops). A store call adds storeCost, so a query of many small
// calls is not free.
const storeCost = 2

// pageCost is what a page of n items costs with children of cost c.
func pageCost(c int, n int) int { return storeCost + 1 + c*n }

// size is the page size a connection will ask for: first or last, or the
// default. Values out of range are refused later with INVALID_INPUT; here
// they are clamped so the estimate stays finite.
func size(first, last *int) int {
	n := kg.DefaultPageSize
	switch {
	case first != nil:
		n = *first
	case last != nil:
		n = *last
	}
	return min(max(n, 1), kg.MaxPageSize)
}

// neighborhoodSize bounds the nodes a neighborhood may return:
// fanOut + fanOut² + … up to depth, capped by limit.
func neighborhoodSize(depth, limit, fanOut *int) int {
	d, l, f := deref(depth, 1), deref(limit, kg.DefaultNodeLimit), deref(fanOut, kg.DefaultFanOut)
	d = min(max(d, 1), kg.MaxDepth)
	l = min(max(l, 1), kg.MaxNeighborhood)
	f = min(max(f, 1), kg.MaxPageSize)
	n, level := 1, 1
	for range d {
		level *= f
		n += level
		if n >= l {
			return l
		}
	}
	return n
}

func setComplexity(c *generated.ComplexityRoot) {
	type (
		date  = *time.Time
		str   = *string
		num   = *int
		types = []kg.RelType
		stats = []kg.Status
	)
	entityRelations := func(c int, _ types, _ stats, _ *model.Direction, _, _ date, first num, _ str) int {
		return pageCost(c, size(first, nil))
	}
	entityArticles := func(c int, first num, _ str) int { return pageCost(c, size(first, nil)) }

	c.Person.Relations, c.Person.Articles = entityRelations, entityArticles
	c.Place.Relations, c.Place.Articles = entityRelations, entityArticles
	c.Organization.Relations, c.Organization.Articles = entityRelations, entityArticles
	c.Event.Relations, c.Event.Articles = entityRelations, entityArticles
	c.Event.Participants = func(c int, first num) int { return pageCost(c, size(first, nil)) }
	c.Article.Entities = func(c int, first num) int { return pageCost(c, size(first, nil)) }
	c.Article.Relations = func(c int, _ types, first num, _ str) int { return pageCost(c, size(first, nil)) }

	q := &c.Query
	q.Entity = func(c int, _ string) int { return storeCost + 1 + c }
	q.Article = func(c int, _ string) int { return storeCost + 1 + c }
	q.Entities = func(c int, _ []kg.Kind, _ str, _, _ date, _ *kg.EntityOrder, first num, _ str, last num, _ str) int {
		return pageCost(c, size(first, last))
	}
	q.Search = func(c int, _ string, _ []kg.Kind, first num) int { return pageCost(c, size(first, nil)) }
	q.Neighborhood = func(c int, _ string, depth num, _ types, _ stats, _, _ date, limit, fanOut num, _ *bool) int {
		return pageCost(c, neighborhoodSize(depth, limit, fanOut))
	}
	q.Paths = func(c int, _, _ string, maxDepth num, _ types, _ stats, mode *model.PathMode, first num) int {
		n := 1
		if mode != nil && *mode == model.PathModeAllShortest {
			n = size(first, nil)
		}
		hops := min(max(deref(maxDepth, 4), 1), kg.MaxPathDepth)
		return pageCost(c, n*hops)
	}
	q.Timeline = func(c int, _ string, _, _ date, first num, _ str) int { return pageCost(c, size(first, nil)) }
	q.Statements = func(c int, _, _, _ str, _, _ date, first num, _ str) int { return pageCost(c, size(first, nil)) }
	q.Attacks = func(c int, _, _, _ str, _, _ date, first num, _ str) int { return pageCost(c, size(first, nil)) }
	q.Meetings = func(c int, _, _ str, _ stats, _, _ date, first num, _ str) int {
		return pageCost(c, size(first, nil))
	}
	q.Relations = func(c int, _ types, _ stats, _, _, _, _, _ str, _, _ date, first num, _ str, last num, _ str) int {
		return pageCost(c, size(first, last))
	}
	q.Articles = func(c int, _, _ date, _ str, first num, _ str, last num, _ str) int {
		return pageCost(c, size(first, last))
	}

	c.Mutation.IngestArticles = func(c int, arts []*model.ArticleInput) int {
		// Extraction is the most expensive thing the API does.
		return pageCost(c+10*storeCost, max(len(arts), 1))
	}
	c.Mutation.DeleteArticle = func(c int, _ string) int { return 10*storeCost + c }
	c.Mutation.IngestURLs = func(c int, urls []string) int {
		// A URL may be a feed of many articles.
		return pageCost(c+10*storeCost, 5*max(len(urls), 1))
	}
}

func deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}
