// Package order holds the pieces of list order that both stores spell in
// their query languages: the sort key of an undated relation and the ORDER
// BY clause of a keyset page. store/sqlite and store/neo4j persist and query
// with these, so that a list (and a cursor into it) has one order whichever
// store serves it; kg states the order, this package is how the stores
// write it down. It is internal because only the stores need it.
package order

import "fmt"

// Undated is the sort key of an undated relation in relation order (date
// ascending, undated last): "~" sorts after every date kg.FormatDate
// writes. Both stores persist it in their sort columns, so changing it
// means migrating stored data.
const Undated = "~"

// DateKey is the sort key of a relation whose date kg.FormatDate wrote as
// d: d itself, or Undated when the relation has no date.
func DateKey(d string) string {
	if d == "" {
		return Undated
	}
	return d
}

// By is the ORDER BY clause, with a leading space, of a list ordered by the
// expression key (descending if desc) and then by the expression id
// ascending; reverse flips both directions, to read a keyset page from its
// end. SQL and Cypher spell it the same way. key and id are expressions
// the stores write, never user text.
func By(key, id string, desc, reverse bool) string {
	kd, idd := "ASC", "ASC"
	if desc {
		kd = "DESC"
	}
	if reverse {
		kd, idd = flip(kd), flip(idd)
	}
	return fmt.Sprintf(" ORDER BY %s %s, %s %s", key, kd, id, idd)
}

func flip(d string) string {
	if d == "ASC" {
		return "DESC"
	}
	return "ASC"
}
