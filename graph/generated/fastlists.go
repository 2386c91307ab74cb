package generated

// This file is written by hand; graph/internal/fastlists patches
// generated.go to call it (see there for why).

import (
	"context"
	"io"
	"math"
	"strconv"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/kg"
)

// fastGraphEdges writes a list of graph edges straight to JSON when every
// selected field is a plain scalar of the edge (no relation, no
// relations): the same bytes gqlgen's generated code would write, fields
// in selection order under their aliases, without a goroutine and a
// resolver call per field, appended to one buffer (appendScalarList). Anything else (an object field, a value gqlgen
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
	return appendScalarList(len(v), fields, func(b []byte, i int, name string) []byte {
		e := v[i]
		switch name {
		case "__typename":
			return appendQuoted(b, "GraphEdge")
		case "id":
			return appendQuoted(b, e.ID)
		case "source":
			return appendQuoted(b, e.Source)
		case "target":
			return appendQuoted(b, e.Target)
		case "type":
			return appendQuoted(b, marshalNRelationType2githubᚗcomᚋnewsgraphᚋnewsgraphᚋkgᚐRelType[e.Type])
		case "status":
			return appendQuoted(b, marshalNStatus2githubᚗcomᚋnewsgraphᚋnewsgraphᚋkgᚐStatus[e.Status])
		case "caption":
			return appendQuoted(b, e.Caption)
		default: // weight
			return appendFloat(b, e.Weight)
		}
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
	return appendScalarList(len(v), fields, func(b []byte, i int, name string) []byte {
		n := v[i]
		switch name {
		case "__typename":
			return appendQuoted(b, "GraphNode")
		case "id":
			return appendQuoted(b, n.ID)
		case "label":
			return appendQuoted(b, n.Label)
		case "kind":
			return appendQuoted(b, marshalNEntityKind2githubᚗcomᚋnewsgraphᚋnewsgraphᚋkgᚐKind[n.Kind])
		case "caption":
			return appendQuoted(b, n.Caption)
		default: // weight
			return appendFloat(b, n.Weight)
		}
	}), true
}

// appendScalarList writes n objects of scalar fields as gqlgen does,
// [{"alias":value,…},…], a field whose alias was already written
// skipped, into one buffer written at once: value appends field name's
// value of object i. The keys are quoted once for the list.
func appendScalarList(n int, fields []graphql.CollectedField, value func(b []byte, i int, name string) []byte) graphql.Marshaler {
	type keyed struct {
		key  []byte // "alias":
		name string
	}
	var keys []keyed
	size := 2
	for j, f := range fields {
		if aliasBefore(fields[:j], f.Alias) {
			continue
		}
		k := append(appendQuoted(nil, f.Alias), ':')
		keys = append(keys, keyed{k, f.Name})
		size += len(k) + 24
	}
	return graphql.WriterFunc(func(w io.Writer) {
		b := make([]byte, 0, 2+n*size)
		b = append(b, '[')
		for i := range n {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, '{')
			for j, k := range keys {
				if j > 0 {
					b = append(b, ',')
				}
				b = append(b, k.key...)
				b = value(b, i, k.name)
			}
			b = append(b, '}')
		}
		w.Write(append(b, ']'))
	})
}

// appendQuoted appends s as a JSON string exactly as gqlgen's
// graphql.MarshalString writes it: '"', '\\' and control characters
// escaped (\t, \r, \n, else \u00XX), every other byte as it is. (gqlgen
// ranges over runes; a byte below 0x80 is never part of a longer UTF-8
// sequence, so ranging over bytes escapes the same ones.)
func appendQuoted(b []byte, s string) []byte {
	const hex = "0123456789ABCDEF" // gqlgen's case
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c != '\\' && c != '"' {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '\t':
			b = append(b, '\\', 't')
		case '\r':
			b = append(b, '\\', 'r')
		case '\n':
			b = append(b, '\\', 'n')
		case '\\':
			b = append(b, '\\', '\\')
		case '"':
			b = append(b, '\\', '"')
		default:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// appendFloat appends a finite f as gqlgen's Float marshaler writes it
// (fmt's %g, which is strconv's shortest 'g' form).
func appendFloat(b []byte, f float64) []byte {
	return strconv.AppendFloat(b, f, 'g', -1, 64)
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

// entityShapes writes an entity asked for its scalar identity only
// (__typename, id, name, kind, mentions), its fields collected once per
// concrete type so that fragments on a kind count.
type entityShapes struct {
	ec     *executionContext
	sel    ast.SelectionSet
	shapes map[string]entityShape
}

type entityShape struct {
	typename string
	fields   []graphql.CollectedField
}

// of is e's shape; false when e is of no known type or its selection asks
// more than the identity.
func (s *entityShapes) of(e model.Entity) (entityShape, bool) {
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
		return entityShape{}, false
	}
	if sh, ok := s.shapes[name]; ok {
		return sh, true
	}
	sh := entityShape{typename: name, fields: graphql.CollectFields(s.ec.OperationContext, s.sel, impl)}
	for _, f := range sh.fields {
		switch f.Name {
		case "__typename", "id", "name", "kind", "mentions":
		default:
			return entityShape{}, false
		}
	}
	if s.shapes == nil {
		s.shapes = map[string]entityShape{}
	}
	s.shapes[name] = sh
	return sh, true
}

func (s *entityShapes) write(ctx context.Context, sh entityShape, e *kg.Entity) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		writeObject(w, sh.fields, func(f graphql.CollectedField) graphql.Marshaler {
			switch f.Name {
			case "__typename":
				return graphql.MarshalString(sh.typename)
			case "id":
				return s.ec.marshalNID2string(ctx, f.Selections, e.ID)
			case "name":
				return s.ec.marshalNString2string(ctx, f.Selections, e.Name)
			case "kind":
				return s.ec.marshalNEntityKind2githubᚗcomᚋnewsgraphᚋnewsgraphᚋkgᚐKind(ctx, f.Selections, e.Kind)
			default: // mentions
				return s.ec.marshalNInt2int(ctx, f.Selections, e.Mentions)
			}
		})
	})
}

// fastRelations is fastGraphEdges for a page of relations: their scalar
// fields, their ends asked for their scalar identity, and their evidence's
// scalars with the article's ID. The ends come from the resolvers, called
// in turn rather than each in a goroutine: the page's resolver has loaded
// them all before (relationConn prefetches them). An end the resolver
// fails on, or a value gqlgen would refuse, leaves the page to gqlgen.
func (ec *executionContext) fastRelations(ctx context.Context, sel ast.SelectionSet, v []*kg.Relation) (graphql.Marshaler, bool) {
	fields := graphql.CollectFields(ec.OperationContext, sel, relationImplementors)
	var sourceSel, targetSel, evidenceSel ast.SelectionSet
	once := func(dst *ast.SelectionSet, f graphql.CollectedField) bool {
		if *dst != nil {
			return false // asked twice under two aliases: leave it to gqlgen
		}
		*dst = f.Selections
		return true
	}
	for _, f := range fields {
		switch f.Name {
		case "__typename", "id", "type", "status", "date", "precision", "quote", "confidence":
		case "source":
			if !once(&sourceSel, f) {
				return nil, false
			}
		case "target":
			if !once(&targetSel, f) {
				return nil, false
			}
		case "evidence":
			if !once(&evidenceSel, f) {
				return nil, false
			}
		default:
			return nil, false
		}
	}
	var evFields, artFields []graphql.CollectedField
	if evidenceSel != nil {
		evFields = graphql.CollectFields(ec.OperationContext, evidenceSel, evidenceImplementors)
		var artSel ast.SelectionSet
		for _, f := range evFields {
			switch f.Name {
			case "__typename", "sentence", "start", "end":
			case "article":
				if !once(&artSel, f) {
					return nil, false
				}
			default:
				return nil, false
			}
		}
		if artSel != nil {
			artFields = graphql.CollectFields(ec.OperationContext, artSel, articleImplementors)
			for _, f := range artFields {
				if f.Name != "__typename" && f.Name != "id" {
					return nil, false
				}
			}
		}
	}
	type ends struct {
		source, target     model.Entity
		sourceSh, targetSh entityShape
		quote              *string
	}
	sources := &entityShapes{ec: ec, sel: sourceSel}
	targets := &entityShapes{ec: ec, sel: targetSel}
	rows := make([]ends, len(v))
	for i, r := range v {
		if r == nil || !r.Type.Valid() || !r.Status.Valid() || !r.Precision.Valid() || !finite(r.Confidence) {
			return nil, false
		}
		row := &rows[i]
		var err error
		var ok bool
		if sourceSel != nil {
			if row.source, err = ec.Resolvers.Relation().Source(ctx, r); err != nil || row.source == nil {
				return nil, false
			}
			if row.sourceSh, ok = sources.of(row.source); !ok {
				return nil, false
			}
		}
		if targetSel != nil {
			if row.target, err = ec.Resolvers.Relation().Target(ctx, r); err != nil {
				return nil, false
			}
			if row.target != nil {
				if row.targetSh, ok = targets.of(row.target); !ok {
					return nil, false
				}
			}
		}
		if row.quote, err = ec.Resolvers.Relation().Quote(ctx, r); err != nil {
			return nil, false
		}
	}
	return graphql.WriterFunc(func(w io.Writer) {
		writeList(w, len(v), fields, func(i int, f graphql.CollectedField) graphql.Marshaler {
			r, row := v[i], rows[i]
			switch f.Name {
			case "__typename":
				return graphql.MarshalString("Relation")
			case "id":
				return ec.marshalNID2string(ctx, f.Selections, r.ID)
			case "type":
				return ec.marshalNRelationType2githubᚗcomᚋnewsgraphᚋnewsgraphᚋkgᚐRelType(ctx, f.Selections, r.Type)
			case "status":
				return ec.marshalNStatus2githubᚗcomᚋnewsgraphᚋnewsgraphᚋkgᚐStatus(ctx, f.Selections, r.Status)
			case "date":
				return ec.marshalODate2timeᚐTime(ctx, f.Selections, r.Date)
			case "precision":
				return ec.marshalNDatePrecision2githubᚗcomᚋnewsgraphᚋnewsgraphᚋkgᚐPrecision(ctx, f.Selections, r.Precision)
			case "quote":
				return ec.marshalOString2ᚖstring(ctx, f.Selections, row.quote)
			case "confidence":
				return ec.marshalNFloat2float64(ctx, f.Selections, r.Confidence)
			case "source":
				return sources.write(ctx, row.sourceSh, row.source.Base())
			case "target":
				if row.target == nil {
					return graphql.Null
				}
				return targets.write(ctx, row.targetSh, row.target.Base())
			default: // evidence
				return graphql.WriterFunc(func(w io.Writer) {
					writeObject(w, evFields, func(f graphql.CollectedField) graphql.Marshaler {
						switch f.Name {
						case "__typename":
							return graphql.MarshalString("Evidence")
						case "sentence":
							return ec.marshalNString2string(ctx, f.Selections, r.Evidence.Sentence)
						case "start":
							return ec.marshalNInt2int(ctx, f.Selections, r.Evidence.Start)
						case "end":
							return ec.marshalNInt2int(ctx, f.Selections, r.Evidence.End)
						default: // article
							return graphql.WriterFunc(func(w io.Writer) {
								writeObject(w, artFields, func(f graphql.CollectedField) graphql.Marshaler {
									if f.Name == "__typename" {
										return graphql.MarshalString("Article")
									}
									return ec.marshalNID2string(ctx, f.Selections, r.Evidence.ArticleID)
								})
							})
						}
					})
				})
			}
		})
	}), true
}

// finite reports whether gqlgen can marshal f as a Float (not NaN or ±Inf).
func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }
