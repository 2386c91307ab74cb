package generated

// This file is written by hand; graph/internal/fastlists patches
// generated.go to call it (see there for why).

import (
	"context"
	"io"
	"math"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/graph/model"
)

// fastGraphEdges writes a list of graph edges straight to JSON when every
// selected field is a plain scalar of the edge (no relation, no
// relations): the same bytes gqlgen's generated code would write, fields
// in selection order under their aliases, without a goroutine and a
// resolver call per field. Anything else (an object field, a value gqlgen
// would refuse) reports false and gqlgen's code runs. The fast path skips
// field middleware: the handler registers none (graph/handler.go).
func (ec *executionContext) fastGraphEdges(ctx context.Context, sel ast.SelectionSet, v []*model.GraphEdge) (graphql.Marshaler, bool) {
	fields := graphql.CollectFields(ec.OperationContext, sel, graphEdgeImplementors)
	for _, f := range fields {
		switch f.Name {
		case "__typename", "id", "source", "target", "type", "status", "caption", "weight":
		default:
			return nil, false
		}
	}
	for _, e := range v {
		if e == nil || !e.Type.Valid() || !e.Status.Valid() || !finite(e.Weight) {
			return nil, false
		}
	}
	return graphql.WriterFunc(func(w io.Writer) {
		writeList(w, len(v), fields, func(i int, f graphql.CollectedField) graphql.Marshaler {
			e := v[i]
			switch f.Name {
			case "__typename":
				return graphql.MarshalString("GraphEdge")
			case "id":
				return ec.marshalNID2string(ctx, f.Selections, e.ID)
			case "source":
				return ec.marshalNID2string(ctx, f.Selections, e.Source)
			case "target":
				return ec.marshalNID2string(ctx, f.Selections, e.Target)
			case "type":
				return ec.marshalNRelationType2githubᚗcomᚋnewsgraphᚋnewsgraphᚋkgᚐRelType(ctx, f.Selections, e.Type)
			case "status":
				return ec.marshalNStatus2githubᚗcomᚋnewsgraphᚋnewsgraphᚋkgᚐStatus(ctx, f.Selections, e.Status)
			case "caption":
				return ec.marshalNString2string(ctx, f.Selections, e.Caption)
			default: // weight
				return ec.marshalNFloat2float64(ctx, f.Selections, e.Weight)
			}
		})
	}), true
}

// fastGraphNodes is fastGraphEdges for nodes: every selected field but
// entity.
func (ec *executionContext) fastGraphNodes(ctx context.Context, sel ast.SelectionSet, v []*model.GraphNode) (graphql.Marshaler, bool) {
	fields := graphql.CollectFields(ec.OperationContext, sel, graphNodeImplementors)
	for _, f := range fields {
		switch f.Name {
		case "__typename", "id", "label", "kind", "caption", "weight":
		default:
			return nil, false
		}
	}
	for _, n := range v {
		if n == nil || !n.Kind.Valid() || !finite(n.Weight) {
			return nil, false
		}
	}
	return graphql.WriterFunc(func(w io.Writer) {
		writeList(w, len(v), fields, func(i int, f graphql.CollectedField) graphql.Marshaler {
			n := v[i]
			switch f.Name {
			case "__typename":
				return graphql.MarshalString("GraphNode")
			case "id":
				return ec.marshalNID2string(ctx, f.Selections, n.ID)
			case "label":
				return ec.marshalNString2string(ctx, f.Selections, n.Label)
			case "kind":
				return ec.marshalNEntityKind2githubᚗcomᚋnewsgraphᚋnewsgraphᚋkgᚐKind(ctx, f.Selections, n.Kind)
			case "caption":
				return ec.marshalNString2string(ctx, f.Selections, n.Caption)
			default: // weight
				return ec.marshalNFloat2float64(ctx, f.Selections, n.Weight)
			}
		})
	}), true
}

// writeList writes n objects as gqlgen does: [{"alias":value,…},…].
func writeList(w io.Writer, n int, fields []graphql.CollectedField, value func(i int, f graphql.CollectedField) graphql.Marshaler) {
	io.WriteString(w, "[")
	for i := range n {
		if i > 0 {
			io.WriteString(w, ",")
		}
		writeObject(w, fields, func(f graphql.CollectedField) graphql.Marshaler { return value(i, f) })
	}
	io.WriteString(w, "]")
}

// writeObject writes one object as gqlgen does: {"alias":value,…}, a field
// whose alias was already written skipped.
func writeObject(w io.Writer, fields []graphql.CollectedField, value func(f graphql.CollectedField) graphql.Marshaler) {
	io.WriteString(w, "{")
	written := 0
	for j, f := range fields {
		if aliasBefore(fields[:j], f.Alias) {
			continue
		}
		if written > 0 {
			io.WriteString(w, ",")
		}
		graphql.MarshalString(f.Alias).MarshalGQL(w)
		io.WriteString(w, ":")
		value(f).MarshalGQL(w)
		written++
	}
	io.WriteString(w, "}")
}

func aliasBefore(fields []graphql.CollectedField, alias string) bool {
	for _, f := range fields {
		if f.Alias == alias {
			return true
		}
	}
	return false
}

// fastSearchHits is fastGraphEdges for search hits: their scalar fields
// and an entity asked for its scalar identity only (__typename, id, name,
// kind, mentions), per concrete type so that fragments on a kind count.
func (ec *executionContext) fastSearchHits(ctx context.Context, sel ast.SelectionSet, v []*model.SearchHit) (graphql.Marshaler, bool) {
	fields := graphql.CollectFields(ec.OperationContext, sel, searchHitImplementors)
	var entitySel ast.SelectionSet
	for _, f := range fields {
		switch f.Name {
		case "__typename", "score", "matched", "field":
		case "entity":
			if entitySel != nil {
				return nil, false // asked twice under two aliases: leave it to gqlgen
			}
			entitySel = f.Selections
		default:
			return nil, false
		}
	}
	// The entity's fields, collected once per concrete type.
	type shape struct {
		typename string
		fields   []graphql.CollectedField
	}
	shapes := map[string]shape{}
	shapeOf := func(e model.Entity) (shape, bool) {
		var name string
		var impl []string
		switch e.(type) {
		case *model.Person:
			name, impl = "Person", personImplementors
		case *model.Place:
			name, impl = "Place", placeImplementors
		case *model.Organization:
			name, impl = "Organization", organizationImplementors
		case *model.Event:
			name, impl = "Event", eventImplementors
		default:
			return shape{}, false
		}
		if sh, ok := shapes[name]; ok {
			return sh, true
		}
		sh := shape{typename: name, fields: graphql.CollectFields(ec.OperationContext, entitySel, impl)}
		for _, f := range sh.fields {
			switch f.Name {
			case "__typename", "id", "name", "kind", "mentions":
			default:
				return shape{}, false
			}
		}
		shapes[name] = sh
		return sh, true
	}
	entities := make([]shape, len(v))
	for i, h := range v {
		if h == nil || h.Entity == nil || !h.Field.IsValid() || !finite(h.Score) || !h.Entity.Base().Kind.Valid() {
			return nil, false
		}
		if entitySel != nil {
			sh, ok := shapeOf(h.Entity)
			if !ok {
				return nil, false
			}
			entities[i] = sh
		}
	}
	return graphql.WriterFunc(func(w io.Writer) {
		writeList(w, len(v), fields, func(i int, f graphql.CollectedField) graphql.Marshaler {
			h := v[i]
			switch f.Name {
			case "__typename":
				return graphql.MarshalString("SearchHit")
			case "score":
				return ec.marshalNFloat2float64(ctx, f.Selections, h.Score)
			case "matched":
				return ec.marshalNString2string(ctx, f.Selections, h.Matched)
			case "field":
				return ec.marshalNSearchField2githubᚗcomᚋnewsgraphᚋnewsgraphᚋgraphᚋmodelᚐSearchField(ctx, f.Selections, h.Field)
			default: // entity
				e, sh := h.Entity.Base(), entities[i]
				return graphql.WriterFunc(func(w io.Writer) {
					writeObject(w, sh.fields, func(f graphql.CollectedField) graphql.Marshaler {
						switch f.Name {
						case "__typename":
							return graphql.MarshalString(sh.typename)
						case "id":
							return ec.marshalNID2string(ctx, f.Selections, e.ID)
						case "name":
							return ec.marshalNString2string(ctx, f.Selections, e.Name)
						case "kind":
							return ec.marshalNEntityKind2githubᚗcomᚋnewsgraphᚋnewsgraphᚋkgᚐKind(ctx, f.Selections, e.Kind)
						default: // mentions
							return ec.marshalNInt2int(ctx, f.Selections, e.Mentions)
						}
					})
				})
			}
		})
	}), true
}

// finite reports whether gqlgen can marshal f as a Float (not NaN or ±Inf).
func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
