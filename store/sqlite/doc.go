// Package sqlite is the embedded knowledge-graph store: one file,
// newsgraph.db, in a directory, no server to run. It is the default store
// and the reference the conformance suite (store/storetest) is first run
// against; store/neo4j answers the same queries the same way.
//
// # Why this shape
//
// A graph of statements fits plain tables well: articles, entities,
// mentions (article × entity, with the count, the forms used and where
// they stand in the text, a JSON column that goes with the row) and
// relations (one row per statement, evidence inline). The mention rows are
// the source of truth for entity aggregates (mention count, aliases, first
// and last seen). Upsert and DeleteArticle recompute the aggregates of the
// entities they touch from those rows, so deleting an article leaves
// exactly what the remaining articles support, and reads never aggregate.
//
// Derived columns keep queries index-friendly and identical in meaning to
// Neo4j's: fold_name (kg.FoldName of the name, the NAME order key),
// fold_names (folded name and aliases between '|', for the Name filter and
// name search), sort_date (the date, or '~' so undated relations sort last
// with a plain index), lower_quote and lower_sentence (the Text filter) and
// fold_sentence (evidence search). An FTS5 table with the trigram tokenizer
// indexes fold_sentence, so substring search over evidence of three
// characters or more does not scan every relation; the exact test is still
// instr() on the folded text, so the index changes speed, never answers.
//
// Dates are TEXT in kg.DateLayout ("" for unknown), which sorts correctly as
// text. List orders are keyset-paginated with the sort key and the ID, both
// bound as parameters; every value in every statement is a bound parameter,
// lists included (passed as one JSON array and expanded with json_each).
//
// Traversals run in Go over indexed adjacency queries, shaped for hubs
// (entities with thousands of relations, many of them parallel statements
// about the same pair): Neighborhood merges a layer's fan-outs by weight
// and stops at the node limit, reading each node's groups a few at a
// time (fan-out needs a per-node LIMIT), both directions in one range
// already in fan-out order (edge_ends) and cut there; Paths searches from both ends
// (kg.SearchBetween), a whole frontier per query over distinct neighbours
// from covering pair indexes, and then enumerates shortest paths over the
// predecessor graph in ID order. plan_test.go holds the query plans to
// those indexes.
//
// # Concurrency and durability
//
// The file is opened twice through database/sql: a single writer connection
// (transactions BEGIN IMMEDIATE, serialized by a mutex, so writers never
// meet SQLITE_BUSY inside the process) and a pool of query_only reader
// connections. WAL journaling lets readers run while a write is in
// progress; busy_timeout covers other processes holding the file;
// foreign_keys ties mentions and relations to their article.
//
// # Schema
//
// The schema lives in migrations/NNNN_*.sql, embedded in the binary and
// applied in order at Open, each in its own transaction; PRAGMA
// user_version records how many have been applied. A file whose version is
// newer than the program knows is refused with kg.ErrConflict rather than
// guessed at.
//
// The summary graph behind Neighborhood (migration 0007) is the edges
// table, one row per group of parallel statements, kept in step with
// relations by Upsert (one statement per batch adds the batch's
// statements to their groups, migration 0008) and by a trigger on delete
// (which takes a statement from its group). Its fan-outs are read
// heaviest first from edge_ends (migration 0012), each group once per
// end keyed in fan-out order with the text the walk reads of it
// (migration 0013), kept in step with edges by triggers; see
// Neighborhood for when the walk falls back to the statements.
//
// # Errors
//
// Driver errors are wrapped with the operation and mapped to kg kinds:
// busy, locked, I/O and a closed store are kg.ErrUnavailable, constraint
// violations kg.ErrConflict.
package sqlite
