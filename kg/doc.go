// Package kg is newsgraph's domain model: the knowledge graph that ingest
// builds from news articles and that the stores persist and the GraphQL API
// serves. It imports only the standard library.
//
// # Nodes
//
// An [Entity] is one real-world person, place, organization or event (a
// closed set of [Kind]s). Its ID is minted here, deterministically, from its
// kind and its canonical name ([EntityID]): "person:angela-merkel". Every
// store keeps exactly these IDs, so the same article ingested into SQLite or
// Neo4j yields the same graph, and ingesting it twice changes nothing. Two
// surface forms are the same node only when ingest's entity resolution maps
// them to the same canonical name and kind; near misses stay apart.
//
// An [Article] is identified by a hash of its text ([ArticleID]), so the same
// article read from a text file, a JSON line or standard input is one node.
//
// # Relations: one per statement
//
// A [Relation] (ATTACKED, SAID, MET, and the structural PARTICIPATED_IN and
// OCCURRED_IN that tie events to their participants and places) is one
// statement read from one sentence of one article. Repeated statements are not
// folded into a single edge: each keeps its own date, precision, status, quote
// and [Evidence] (article, sentence, byte offsets). Investigators need every
// source and every date, and two articles often disagree on both; a folded
// edge would have to pick one. Deleting an article deletes exactly its
// statements. Views that want one line per pair of entities aggregate at
// query time (the weight of a graph edge is the number of statements behind
// it), one line per type and status ([FoldEdges], [EdgeKey]): a meeting one
// side denied is not folded into the meetings that happened.
//
// # Provenance
//
// Evidence offsets are byte offsets into [Article.Text] (not runes), half
// open: Text[Start:End] is the sentence. A [Mention] records where an entity
// was named. Entities carry aggregates derived from their mentions (mention
// count, aliases, first and last seen), which the stores recompute from the
// remaining articles when one is deleted.
//
// # Store contract
//
// [Store] is the contract that store/sqlite and store/neo4j implement and
// that store/storetest checks; its errors wrap the kinds declared in
// errors.go ([ErrNotFound], [ErrInvalid], [ErrConflict], [ErrUnavailable]).
package kg
