package kg

import "sort"

// AddLayer is the contract's rule for growing a Store.Neighborhood answer
// by one breadth-first layer: the layer's entities are ordered by mentions
// descending, then ID ascending (by bytes), and appended to g.Nodes; if the
// nodes then exceed limit, the first limit are kept, g is marked Truncated
// and AddLayer reports true: the walk stops there.
func (g *Graph) AddLayer(layer []Entity, limit int) (full bool) {
	sort.Slice(layer, func(i, j int) bool {
		if layer[i].Mentions != layer[j].Mentions {
			return layer[i].Mentions > layer[j].Mentions
		}
		return layer[i].ID < layer[j].ID
	})
	g.Nodes = append(g.Nodes, layer...)
	if len(g.Nodes) > limit {
		g.Nodes = g.Nodes[:limit]
		g.Truncated = true
		return true
	}
	return false
}

// NodeIDs returns the IDs of g's nodes, in order.
func (g Graph) NodeIDs() []string {
	ids := make([]string, len(g.Nodes))
	for i, e := range g.Nodes {
		ids[i] = e.ID
	}
	return ids
}
