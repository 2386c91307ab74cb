package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/kg"
)

// slice shapes a kg.Graph for drawing libraries: nodes and edges sorted by
// ID (so both stores give the same answer), node IDs are entity IDs, edge
// IDs are relation IDs or, aggregated, kg.EdgeKey's
// "TYPE:status:source->target" — upper-case type names never start an
// entity or relation ID, so the two sets cannot meet. Relations without a target (a SAID to no one) have nothing to
// draw and are left out. When the store already folded the edges
// (g.Aggregates set), each relation stands for its group and the edge's
// Relations list is left empty: the resolver asks for folding only when
// the selection does not ask for that list.
// Captions and a node's entity are made only when want says the selection
// asks for them: a drawing of 200 nodes and their edges that asks for
// neither should not pay for formatting them.
func slice(g kg.Graph, aggregate bool, want sliceFields) *model.GraphSlice {
	out := &model.GraphSlice{Truncated: g.Truncated, Nodes: make([]*model.GraphNode, 0, len(g.Nodes)), Edges: []*model.GraphEdge{}}
	seen := make(map[string]bool, len(g.Nodes))
	for _, e := range g.Nodes {
		if seen[e.ID] {
			continue
		}
		seen[e.ID] = true
		n := &model.GraphNode{ID: e.ID, Label: e.Name, Kind: e.Kind, Weight: float64(max(e.Mentions, 1))}
		if want.nodeCaption {
			n.Caption = nodeCaption(e)
		}
		if want.nodeEntity {
			n.Entity = model.FromEntity(e)
		}
		out.Nodes = append(out.Nodes, n)
	}
	slices.SortFunc(out.Nodes, func(a, b *model.GraphNode) int { return cmp.Compare(a.ID, b.ID) })

	if g.Aggregates != nil {
		// Folded by the store: one relation per group already, each its
		// edge.
		out.Edges = make([]*model.GraphEdge, 0, len(g.Edges))
		for i := range g.Edges {
			rel := &g.Edges[i]
			if rel.Target == "" || !seen[rel.Source] || !seen[rel.Target] {
				continue
			}
			src, dst := kg.EdgeEnds(rel.Type, rel.Source, rel.Target)
			a := g.Aggregates[rel.ID]
			e := &model.GraphEdge{
				ID: kg.EdgeKey(rel.Type, rel.Status, src, dst), Source: src, Target: dst, Type: rel.Type, Status: rel.Status,
				Relation: rel, Weight: float64(a.Count),
			}
			if want.edgeCaption {
				e.Caption = caption(rel.Type, rel.Status, a)
			}
			out.Edges = append(out.Edges, e)
		}
		slices.SortFunc(out.Edges, func(a, b *model.GraphEdge) int { return cmp.Compare(a.ID, b.ID) })
		return out
	}

	rels := slices.Clone(g.Edges)
	slices.SortFunc(rels, compareRelations)
	rels = slices.CompactFunc(rels, func(a, b kg.Relation) bool { return a.ID == b.ID })
	edges := map[string]*model.GraphEdge{}
	for i := range rels {
		rel := &rels[i]
		if rel.Target == "" || !seen[rel.Source] || !seen[rel.Target] {
			continue
		}
		id, src, dst := rel.ID, rel.Source, rel.Target
		if aggregate {
			src, dst = kg.EdgeEnds(rel.Type, src, dst)
			id = kg.EdgeKey(rel.Type, rel.Status, src, dst)
		}
		e := edges[id]
		if e == nil {
			e = &model.GraphEdge{ID: id, Source: src, Target: dst, Type: rel.Type, Status: rel.Status, Relation: rel}
			edges[id] = e
			out.Edges = append(out.Edges, e)
		}
		e.Relations = append(e.Relations, rel)
	}
	for _, e := range out.Edges {
		e.Weight = float64(len(e.Relations))
		if want.edgeCaption {
			e.Caption = edgeCaption(e)
		}
	}
	slices.SortFunc(out.Edges, func(a, b *model.GraphEdge) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

// sliceFields says which of a slice's costlier fields the selection asks
// for.
type sliceFields struct {
	nodeCaption, nodeEntity, edgeCaption bool
}

// wantSlice is what the selection under path (the slice's field) asks of
// its nodes and edges. It errs towards making a field: fieldsAt collects
// fragments of every type.
func wantSlice(ctx context.Context, path ...string) sliceFields {
	nodes := fieldsAt(ctx, append(slices.Clip(path), "nodes")...)
	edges := fieldsAt(ctx, append(slices.Clip(path), "edges")...)
	return sliceFields{
		nodeCaption: asksFor(nodes, "caption"),
		nodeEntity:  asksFor(nodes, "entity"),
		edgeCaption: asksFor(edges, "caption"),
	}
}

// compareRelations orders relations as the stores list them: by date,
// undated last, then by ID.
func compareRelations(a, b kg.Relation) int {
	switch {
	case a.Date.IsZero() && !b.Date.IsZero():
		return 1
	case !a.Date.IsZero() && b.Date.IsZero():
		return -1
	}
	if c := a.Date.Compare(b.Date); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

func nodeCaption(e kg.Entity) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (%s), %d mention", e.Name, strings.ToLower(string(e.Kind)), e.Mentions)
	if e.Mentions != 1 {
		b.WriteByte('s')
	}
	if span := dateSpan(e.FirstSeen, e.LastSeen); span != "" {
		b.WriteString(", seen " + span)
	}
	return b.String()
}

func edgeCaption(e *model.GraphEdge) string {
	a := kg.EdgeAggregate{Count: len(e.Relations), First: e.Relations[0].Date, Last: e.Relations[0].Date}
	for _, r := range e.Relations {
		if !r.Date.IsZero() {
			a.Last = r.Date
		}
	}
	return caption(e.Type, e.Status, a)
}

// typeWords are the relation types as words, computed once: a slice may
// caption thousands of edges.
var typeWords = func() map[kg.RelType]string {
	m := make(map[kg.RelType]string, len(kg.RelTypes))
	for _, t := range kg.RelTypes {
		m[t] = strings.ToLower(strings.ReplaceAll(string(t), "_", " "))
	}
	return m
}()

// caption is an edge's text: the type, the status unless it happened,
// the number of statements and their date span: "met (denied),
// 2024-10-09".
func caption(t kg.RelType, status kg.Status, a kg.EdgeAggregate) string {
	s := typeWords[t]
	if s == "" {
		s = strings.ToLower(strings.ReplaceAll(string(t), "_", " "))
	}
	if status != kg.Happened && status != "" {
		s += " (" + string(status) + ")"
	}
	if a.Count > 1 {
		s += " ×" + strconv.Itoa(a.Count)
	}
	if span := dateSpan(a.First, a.Last); span != "" {
		s += ", " + span
	}
	return s
}

func dateSpan(from, to time.Time) string {
	switch {
	case from.IsZero() && to.IsZero():
		return ""
	case from.IsZero() || from.Equal(to):
		return to.Format(kg.DateLayout)
	case to.IsZero():
		return from.Format(kg.DateLayout)
	}
	return from.Format(kg.DateLayout) + " – " + to.Format(kg.DateLayout)
}

// sortPaths puts paths in a store-independent order: shorter first, then
// by the IDs of their nodes and edges.
func sortPaths(ps []kg.Path) {
	key := func(p kg.Path) string {
		var b strings.Builder
		for _, n := range p.Nodes {
			b.WriteString(n.ID + "\x00")
		}
		for _, e := range p.Edges {
			b.WriteString(e.ID + "\x00")
		}
		return b.String()
	}
	slices.SortStableFunc(ps, func(a, b kg.Path) int {
		if c := cmp.Compare(len(a.Edges), len(b.Edges)); c != 0 {
			return c
		}
		return cmp.Compare(key(a), key(b))
	})
}
