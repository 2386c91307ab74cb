package graph

import (
	"context"
	"time"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/graph/generated"
	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/kg"
)

// Cost model for extension.FixedComplexityLimit: a field costs 1 plus its
// children, and a field that returns many items multiplies its children's
// cost by how many it may return (first/last, a neighborhood's node bound,
// paths × hops). Every field that reaches the store adds what its call
// costs, and each alias of it is costed again, so a query of many small
// calls is not cheap:
const (
	// callCost is one store call that reads by key or walks an index: an
	// entity, a page, a neighborhood, a batch of a loader.
	callCost = 20
	// scanCost is a store call that may read a whole table or index
	// whatever the page size: counts (stats, totalCount), full-text search,
	// substring filters, path searches. At the default limit an operation
	// holds at most 20 of them.
	scanCost = 1000
	// loadCost is what one item adds to its loader's batch (a relation's
	// endpoints, an evidence's article): the batch itself is one call.
	loadCost = 1
)

// pageCost is what a page of n items costs with children of cost c.
func pageCost(c int, n int) int { return callCost + 1 + c*n }

// scanPageCost is pageCost for a call that may scan.
func scanPageCost(c int, n int) int { return scanCost + 1 + c*n }

// textCost is the cost of a call with an optional substring filter.
func textCost(text *string, c, n int) int {
	if text != nil && *text != "" {
		return scanPageCost(c, n)
	}
	return pageCost(c, n)
}

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

	// Fields read through a loader: one batched call for all the items.
	load := func(c int) int { return loadCost + 1 + c }
	c.Relation.Source, c.Relation.Target = load, load
	c.Evidence.Article = load
	c.ArticleEntity.Entity = load
	c.Event.Place = load

	q := &c.Query
	q.Entity = func(c int, _ string) int { return callCost + 1 + c }
	q.Article = func(c int, _ string) int { return callCost + 1 + c }
	q.Entities = func(c int, _ []kg.Kind, name str, _, _ date, _ *kg.EntityOrder, first num, _ str, last num, _ str) int {
		return textCost(name, c, size(first, last))
	}
	q.Search = func(c int, _ string, _ []kg.Kind, first num) int { return scanPageCost(c, size(first, nil)) }
	q.Neighborhood = func(c int, _ string, depth num, _ types, _ stats, _, _ date, limit, fanOut num, _ *bool) int {
		return pageCost(c, neighborhoodSize(depth, limit, fanOut))
	}
	q.Paths = func(c int, _, _ string, maxDepth num, _ types, _ stats, mode *model.PathMode, first num) int {
		n := 1
		if mode != nil && *mode == model.PathModeAllShortest {
			n = size(first, nil)
		}
		hops := min(max(deref(maxDepth, 4), 1), kg.MaxPathDepth)
		return scanPageCost(c, n*hops)
	}
	q.Timeline = func(c int, _ string, _, _ date, first num, _ str) int { return pageCost(c, size(first, nil)) }
	q.Statements = func(c int, _, _, text str, _, _ date, first num, _ str) int {
		return textCost(text, c, size(first, nil))
	}
	q.Attacks = func(c int, _, _, _ str, _, _ date, first num, _ str) int { return pageCost(c, size(first, nil)) }
	q.Meetings = func(c int, _, _ str, _ stats, _, _ date, first num, _ str) int {
		return pageCost(c, size(first, nil))
	}
	q.Relations = func(c int, _ types, _ stats, _, _, _, _, text str, _, _ date, first num, _ str, last num, _ str) int {
		return textCost(text, c, size(first, last))
	}
	q.Articles = func(c int, _, _ date, _ str, first num, _ str, last num, _ str) int {
		return pageCost(c, size(first, last))
	}

	q.Stats = func(c int) int { return scanCost + c }
	q.Health = func(c int) int { return callCost + c }

	c.Mutation.IngestArticles = func(c int, arts []*model.ArticleInput) int {
		// Extraction is the most expensive thing the API does; at the
		// default limit a full batch of MaxIngestArticles passes.
		return pageCost(c+5*callCost, max(len(arts), 1))
	}
	c.Mutation.DeleteArticle = func(c int, _ string) int { return 10*callCost + c }
	c.Mutation.IngestURLs = func(c int, urls []string) int {
		// A URL is a fetch and may be a feed of many articles: at the
		// default limit a full call of MaxIngestURLs passes.
		return pageCost(c+5*callCost, 5*max(len(urls), 1))
	}
}

func deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

// costLimit refuses operations that cost more than max. It is
// extension.FixedComplexityLimit with the one cost gqlgen's per-field
// functions cannot express: a connection's totalCount is one count per
// connection, where a field's cost is otherwise multiplied by the page
// size of the list it is in.
type costLimit struct {
	max int
	es  graphql.ExecutableSchema
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &costLimit{}

func (*costLimit) ExtensionName() string { return "ComplexityLimit" }

func (c *costLimit) Validate(es graphql.ExecutableSchema) error {
	c.es = es
	return nil
}

func (c *costLimit) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	cost := complexity.Calculate(ctx, c.es, opCtx.Operation, opCtx.Variables, complexity.WithFixedScalarValue(0))
	counts := countFields(opCtx.Doc, opCtx.Operation.SelectionSet, "EntityConnection", "totalCount", map[string]bool{})
	if counts > 0 {
		cost = min(cost+counts*scanCost, 1<<40)
	}
	if cost > c.max {
		return coded(CodeTooComplex, "operation has complexity %d, which exceeds the limit of %d", cost, c.max)
	}
	return nil
}

// countFields counts the selections of field on type typ in set, each
// fragment as often as it is spread.
func countFields(doc *ast.QueryDocument, set ast.SelectionSet, typ, field string, expanding map[string]bool) int {
	n := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == field && s.ObjectDefinition != nil && s.ObjectDefinition.Name == typ {
				n++
			}
			n += countFields(doc, s.SelectionSet, typ, field, expanding)
		case *ast.InlineFragment:
			n += countFields(doc, s.SelectionSet, typ, field, expanding)
		case *ast.FragmentSpread:
			if f := doc.Fragments.ForName(s.Name); f != nil && !expanding[s.Name] {
				expanding[s.Name] = true
				n += countFields(doc, f.SelectionSet, typ, field, expanding)
				delete(expanding, s.Name)
			}
		}
	}
	return n
}
