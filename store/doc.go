// Package store holds nothing but its subpackages: the kg.Store
// implementations (store/sqlite, embedded and the default; store/neo4j, for
// production) and the conformance suite they both pass (store/storetest).
// Only the program's main package chooses between them; everything else
// depends on the kg.Store contract, so a second backend cannot drift from
// the first without the suite noticing.
package store
