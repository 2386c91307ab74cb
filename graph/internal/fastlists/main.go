// Command fastlists patches gqlgen's generated code so that the big lists
// of the API (a graph slice's nodes and edges, search hits) can take the
// fast path written in graph/generated/fastlists.go. gqlgen marshals
// every element of a list of objects in a goroutine of its own and every
// field through its resolver machinery; a neighborhood of a few thousand
// edges then spends most of its time there. The patch inserts, at the top
// of each list marshaler, one call that returns early when the fast path
// applies; otherwise gqlgen's code runs unchanged.
//
// It runs after gqlgen in graph/generate.go and fails, naming the
// function, if gqlgen's output no longer has the shape it patches.
package main

import (
	"bytes"
	"fmt"
	"os"
)

// patches maps the first line of a generated list marshaler to the early
// return inserted after it.
var patches = []struct{ head, insert string }{
	{
		"func (ec *executionContext) marshalNGraphEdge2ᚕᚖgithubᚗcomᚋnewsgraphᚋnewsgraphᚋgraphᚋmodelᚐGraphEdgeᚄ(ctx context.Context, sel ast.SelectionSet, v []*model.GraphEdge) graphql.Marshaler {\n",
		"\tif m, ok := ec.fastGraphEdges(ctx, sel, v); ok {\n\t\treturn m\n\t}\n",
	},
	{
		"func (ec *executionContext) marshalNGraphNode2ᚕᚖgithubᚗcomᚋnewsgraphᚋnewsgraphᚋgraphᚋmodelᚐGraphNodeᚄ(ctx context.Context, sel ast.SelectionSet, v []*model.GraphNode) graphql.Marshaler {\n",
		"\tif m, ok := ec.fastGraphNodes(ctx, sel, v); ok {\n\t\treturn m\n\t}\n",
	},
	{
		"func (ec *executionContext) marshalNRelation2ᚕᚖgithubᚗcomᚋnewsgraphᚋnewsgraphᚋkgᚐRelationᚄ(ctx context.Context, sel ast.SelectionSet, v []*kg.Relation) graphql.Marshaler {\n",
		"\tif m, ok := ec.fastRelations(ctx, sel, v); ok {\n\t\treturn m\n\t}\n",
	},
	{
		"func (ec *executionContext) marshalNSearchHit2ᚕᚖgithubᚗcomᚋnewsgraphᚋnewsgraphᚋgraphᚋmodelᚐSearchHitᚄ(ctx context.Context, sel ast.SelectionSet, v []*model.SearchHit) graphql.Marshaler {\n",
		"\tif m, ok := ec.fastSearchHits(ctx, sel, v); ok {\n\t\treturn m\n\t}\n",
	},
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: fastlists path/to/generated.go")
		os.Exit(2)
	}
	if err := patch(os.Args[1]); err != nil {
		fmt.Fprintf(os.Stderr, "fastlists: %v\n", err)
		os.Exit(1)
	}
}

func patch(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	for _, p := range patches {
		if n := bytes.Count(src, []byte(p.head)); n != 1 {
			return fmt.Errorf("%s: want exactly one %q, found %d: has gqlgen changed its output?", path, p.head[:80], n)
		}
		if bytes.Contains(src, []byte(p.head+p.insert)) {
			continue // already patched
		}
		src = bytes.Replace(src, []byte(p.head), []byte(p.head+p.insert), 1)
	}
	return os.WriteFile(path, src, 0o644)
}
