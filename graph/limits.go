package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// guard refuses operations that need the API key when the request did not
// bring it: mutations always, queries and subscriptions with
// RequireKeyForReads.
type guard struct {
	keys  keyChecker
	reads bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = guard{}

func (guard) ExtensionName() string                          { return "APIKey" }
func (guard) Validate(schema graphql.ExecutableSchema) error { return nil }

func (g guard) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	if !g.keys.required() || authorized(ctx) {
		return nil
	}
	if opCtx.Operation.Operation == ast.Mutation || g.reads {
		return coded(CodeUnauthorized, "%s", errUnauthorized.Error())
	}
	return nil
}

// depthLimit refuses operations whose selections nest deeper than max
// fields, following fragment spreads and inline fragments. gqlgen has no
// such limit; complexity alone lets a narrow, very deep query through.
// Introspection fields (__schema, __type, __typename) are not counted, so
// GraphiQL's own schema query always passes.
type depthLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string                          { return "DepthLimit" }
func (depthLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	depth := selectionDepth(opCtx.Doc, opCtx.Operation.SelectionSet, map[string]bool{})
	if depth > d.max {
		return coded(CodeTooComplex, "operation nests %d levels deep, which exceeds the limit of %d", depth, d.max)
	}
	return nil
}

// selectionDepth is the number of nested fields in the deepest branch of
// set. Fragments being expanded are tracked so a (validation-refused)
// cycle cannot recurse forever.
func selectionDepth(doc *ast.QueryDocument, set ast.SelectionSet, expanding map[string]bool) int {
	deepest := 0
	for _, sel := range set {
		d := 0
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			d = 1 + selectionDepth(doc, s.SelectionSet, expanding)
		case *ast.InlineFragment:
			d = selectionDepth(doc, s.SelectionSet, expanding)
		case *ast.FragmentSpread:
			f := doc.Fragments.ForName(s.Name)
			if f == nil || expanding[s.Name] {
				continue
			}
			expanding[s.Name] = true
			d = selectionDepth(doc, f.SelectionSet, expanding)
			delete(expanding, s.Name)
		}
		deepest = max(deepest, d)
	}
	return deepest
}
