package main

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
)

var graphqlBlock = regexp.MustCompile("(?s)```graphql\n(.*?)```")

// docQueries returns the GraphQL blocks of a Markdown file.
func docQueries(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, m := range graphqlBlock.FindAllStringSubmatch(string(b), -1) {
		out = append(out, m[1])
	}
	if len(out) == 0 {
		t.Fatalf("%s has no graphql blocks", path)
	}
	return out
}

// TestDocumentedQueriesValidate keeps the README and the API guide true to
// the schema: every GraphQL block in them must parse and validate.
func TestDocumentedQueriesValidate(t *testing.T) {
	src, err := os.ReadFile("schema.graphqls")
	if err != nil {
		t.Fatal(err)
	}
	schema, gerr := gqlparser.LoadSchema(&ast.Source{Name: "schema.graphqls", Input: string(src)})
	if gerr != nil {
		t.Fatalf("schema: %v", gerr)
	}
	for _, path := range []string{"README.md", "docs/api.md"} {
		for i, q := range docQueries(t, path) {
			if _, errs := gqlparser.LoadQueryWithRules(schema, q, nil); len(errs) > 0 { // nil: the default rules
				t.Errorf("%s, graphql block %d: %v\n%s", path, i+1, errs, q)
			}
		}
	}
}

// TestReadmeQueriesAnswer runs the README's example operations against a
// server with the examples ingested: each must answer without errors and
// with data, as the README promises.
func TestReadmeQueriesAnswer(t *testing.T) {
	base, _, _ := startServer(t, []string{"--data", t.TempDir(), "--ingest", "examples/articles"}, noEnv)
	opName := regexp.MustCompile(`(?m)^(?:query|mutation)\s+(\w+)`)
	for _, block := range docQueries(t, "README.md") {
		for _, m := range opName.FindAllStringSubmatch(block, -1) {
			name := m[1]
			t.Run(name, func(t *testing.T) {
				data := graphqlOp(t, base, block, name)
				for field, v := range data {
					js := toJSON(v)
					if v == nil || strings.Contains(js, `"nodes":[]`) || strings.Contains(js, `"edges":[]`) || strings.Contains(js, `"paths":[]`) {
						t.Errorf("%s.%s came back empty: %s", name, field, toJSON(v))
					}
				}
			})
		}
	}
}
