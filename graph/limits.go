package graph

import (
	"context"
	"net"
	"net/http"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// guard refuses operations that need the API key when the request did not
// bring it: mutations always, queries and subscriptions with
// RequireKeyForReads.
type guard struct {
	keys     keyChecker
	reads    bool
	readOnly bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = guard{}

func (guard) ExtensionName() string                          { return "APIKey" }
func (guard) Validate(schema graphql.ExecutableSchema) error { return nil }

func (g guard) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	if g.readOnly && opCtx.Operation.Operation == ast.Mutation {
		return coded(CodeForbidden, "%s", errReadOnly.Error())
	}
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

// expansionLimit refuses operations whose fragments, spread inside one
// another, stand for more than max fields: a few lines can otherwise
// expand to billions of fields, and every later step (the other limits,
// the cost, execution) walks the expansion. Each fragment's size is
// computed once, so the check itself is linear in the document.
type expansionLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = expansionLimit{}

func (expansionLimit) ExtensionName() string                          { return "ExpansionLimit" }
func (expansionLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (e expansionLimit) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	x := expander{doc: opCtx.Doc, max: e.max, sizes: map[string]int{}}
	if n := x.size(opCtx.Operation.SelectionSet); n > e.max {
		return coded(CodeTooComplex, "operation expands to more than %d fields through its fragments, the limit", e.max)
	}
	return nil
}

type expander struct {
	doc   *ast.QueryDocument
	max   int
	sizes map[string]int // fragment name -> expanded size; -1 while being sized
}

// size is the number of fields set expands to, saturated just above max.
func (x *expander) size(set ast.SelectionSet) int {
	n := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			n += 1 + x.size(s.SelectionSet)
		case *ast.InlineFragment:
			n += x.size(s.SelectionSet)
		case *ast.FragmentSpread:
			m, ok := x.sizes[s.Name]
			if !ok {
				x.sizes[s.Name] = -1 // a cycle, which validation refuses, counts 0
				if f := x.doc.Fragments.ForName(s.Name); f != nil {
					m = x.size(f.SelectionSet)
				}
				x.sizes[s.Name] = m
			}
			n += max(m, 0)
		}
		if n > x.max {
			return x.max + 1
		}
	}
	return n
}

// breadthLimit refuses operations that ask for too many fields side by
// side: more top-level fields than roots (each is a store call of its own,
// and they run in parallel) or more aliased fields than aliases at any
// depth (an alias is the only way to ask one field many times). Cost
// alone would let a small query of many cheap calls through; these bounds
// refuse it before it is costed.
type breadthLimit struct{ roots, aliases int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = breadthLimit{}

func (breadthLimit) ExtensionName() string                          { return "BreadthLimit" }
func (breadthLimit) Validate(schema graphql.ExecutableSchema) error { return nil }

func (b breadthLimit) MutateOperationContext(ctx context.Context, opCtx *graphql.OperationContext) *gqlerror.Error {
	keys := map[string]bool{}
	rootKeys(opCtx.Doc, opCtx.Operation.SelectionSet, keys, map[string]bool{})
	if len(keys) > b.roots {
		return coded(CodeTooComplex, "operation asks for %d top-level fields, which exceeds the limit of %d", len(keys), b.roots)
	}
	if n := countAliases(opCtx.Doc, opCtx.Operation.SelectionSet, map[string]bool{}, b.aliases); n > b.aliases {
		return coded(CodeTooComplex, "operation has more than %d aliased fields, the limit", b.aliases)
	}
	return nil
}

// rootKeys collects the response keys of set, through fragments:
// fields with the same key are merged and run once.
func rootKeys(doc *ast.QueryDocument, set ast.SelectionSet, keys, expanding map[string]bool) {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if !strings.HasPrefix(s.Name, "__") {
				keys[s.Alias] = true
			}
		case *ast.InlineFragment:
			rootKeys(doc, s.SelectionSet, keys, expanding)
		case *ast.FragmentSpread:
			if f := doc.Fragments.ForName(s.Name); f != nil && !expanding[s.Name] {
				expanding[s.Name] = true
				rootKeys(doc, f.SelectionSet, keys, expanding)
				delete(expanding, s.Name)
			}
		}
	}
}

// countAliases counts the fields of set named by an alias other than their
// own name, each fragment as often as it is spread; it stops counting past
// most, so a fragment spread many times over cannot make it work long.
func countAliases(doc *ast.QueryDocument, set ast.SelectionSet, expanding map[string]bool, most int) int {
	n := 0
	for _, sel := range set {
		if n > most {
			return n
		}
		switch s := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(s.Name, "__") {
				continue
			}
			if s.Alias != "" && s.Alias != s.Name {
				n++
			}
			n += countAliases(doc, s.SelectionSet, expanding, most-n)
		case *ast.InlineFragment:
			n += countAliases(doc, s.SelectionSet, expanding, most-n)
		case *ast.FragmentSpread:
			if f := doc.Fragments.ForName(s.Name); f != nil && !expanding[s.Name] {
				expanding[s.Name] = true
				n += countAliases(doc, f.SelectionSet, expanding, most-n)
				delete(expanding, s.Name)
			}
		}
	}
	return n
}

// clientLimit bounds the requests one client address has running at once,
// so that one client cannot take every store connection from the others.
type clientLimit struct {
	max     int
	mu      sync.Mutex
	running map[string]int
}

func newClientLimit(max int) *clientLimit {
	return &clientLimit{max: max, running: map[string]int{}}
}

// wrap answers 429 TOO_MANY_REQUESTS to a request from a client already at
// its limit. Websocket upgrades are not counted: a subscription lasts.
func (l *clientLimit) wrap(next http.Handler) http.Handler {
	if l.max <= 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
			next.ServeHTTP(w, r)
			return
		}
		client := r.RemoteAddr
		if host, _, err := net.SplitHostPort(client); err == nil {
			client = host
		}
		if !l.acquire(client) {
			w.Header().Set("Retry-After", "1")
			writeError(w, http.StatusTooManyRequests, coded(CodeTooManyRequests,
				"too many requests at once from this client (at most %d); retry when one has answered", l.max))
			return
		}
		defer l.release(client)
		next.ServeHTTP(w, r)
	})
}

func (l *clientLimit) acquire(client string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.running[client] >= l.max {
		return false
	}
	l.running[client]++
	return true
}

func (l *clientLimit) release(client string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.running[client]--; l.running[client] <= 0 {
		delete(l.running, client)
	}
}
