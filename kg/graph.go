package kg

import "sort"

// NodeIDs returns the IDs of g's nodes, in order.
func (g Graph) NodeIDs() []string {
	ids := make([]string, len(g.Nodes))
	for i, e := range g.Nodes {
		ids[i] = e.ID
	}
	return ids
}

// FoldEdges is the contract's rule for an aggregated neighborhood
// (NeighborhoodOptions.Aggregate), given the relations of the plain answer
// in the contract's relation order: one relation per (type, status,
// source, target), MET pairs taken without direction, the first of each
// group standing for it, with the group's size and date range. Statements
// of different statuses are never folded together: a denied meeting is not
// one more meeting.
func FoldEdges(rels []Relation) ([]Relation, map[string]EdgeAggregate) {
	type key struct {
		t    RelType
		s    Status
		a, b string
	}
	var out []Relation
	aggs := map[string]EdgeAggregate{}
	rep := map[key]string{}
	for _, r := range rels {
		k := key{t: r.Type, s: r.Status}
		k.a, k.b = EdgeEnds(r.Type, r.Source, r.Target)
		id, ok := rep[k]
		if !ok {
			id = r.ID
			rep[k] = id
			out = append(out, r)
		}
		a := aggs[id]
		a.Count++
		if !r.Date.IsZero() {
			if a.First.IsZero() || r.Date.Before(a.First) {
				a.First = r.Date
			}
			if r.Date.After(a.Last) {
				a.Last = r.Date
			}
		}
		aggs[id] = a
	}
	return out, aggs
}

// EdgeKey names a group of parallel statements of one status:
// "TYPE:status:source->target" ("MET:denied:person:a->person:b"), a MET's
// endpoints in ID order since a meeting has no direction. Upper-case type
// names never start an entity or relation ID, so a key never equals
// either.
func EdgeKey(t RelType, status Status, source, target string) string {
	source, target = EdgeEnds(t, source, target)
	return string(t) + ":" + string(status) + ":" + source + "->" + target
}

// EdgeEnds are a group's endpoints as its edge shows them: as given, but
// a MET's in ID order, since a meeting has no direction.
func EdgeEnds(t RelType, source, target string) (string, string) {
	if t == Met && target < source {
		return target, source
	}
	return source, target
}

// CountEdges is the contract's rule for a counts-only neighborhood
// (NeighborhoodOptions.CountsOnly), given the folded edges and aggregates
// of FoldEdges: per group a relation holding only its type, status and
// endpoints, identified by its EdgeKey, with only the count, in key order.
func CountEdges(folded []Relation, aggs map[string]EdgeAggregate) ([]Relation, map[string]EdgeAggregate) {
	out := make([]Relation, 0, len(folded))
	counts := make(map[string]EdgeAggregate, len(folded))
	for _, r := range folded {
		src, dst := EdgeEnds(r.Type, r.Source, r.Target)
		key := EdgeKey(r.Type, r.Status, src, dst)
		out = append(out, Relation{ID: key, Type: r.Type, Status: r.Status, Source: src, Target: dst})
		counts[key] = EdgeAggregate{Count: aggs[r.ID].Count}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, counts
}
