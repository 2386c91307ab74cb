// Command newsgraph-bench measures newsgraph end to end on a synthetic
// corpus, so that the numbers in BENCHMARKS.md can be reproduced on any
// machine and compared between the two stores.
//
//	newsgraph-bench --store sqlite|neo4j [--articles 10000] [--out bench/results-sqlite.md]
//	newsgraph-bench --store neo4j --reuse [--only neighborhood,paths] [--clients 1]
//	newsgraph-bench --corpus DIR [--articles 10000]   (only write the corpus)
//	newsgraph-bench --articles 2000 --workers 2 --only entity --ingest-cpuprofile ingest.prof   (profile the ingest)
//
// It writes the articles of internal/synth to files, ingests them through
// the real pipeline (readers, rules extractor, batched upserts) into the
// chosen store, then serves the real GraphQL handler on a loopback port and
// sends it a bounded number of requests from concurrent clients for the
// questions an investigator asks: one entity, a search, a neighbourhood of
// depth 2 (of a hub, and of an entity from the long tail) and paths of up
// to 4 hops. It asks the same questions of the store in process, and on
// Neo4j as hand-written Cypher through the driver (with ExecuteQuery and
// as auto-commit transactions), to show what the API layer costs. Each
// Cypher statement returns exactly what its GraphQL question returns; the
// bench compares both answers as JSON on 25 inputs before timing, and
// reports how many agree. The sides are timed in alternating rounds, so
// that load drifting over a run weighs on all of them alike. Inputs (entity
// IDs, search words, pairs) are picked deterministically from the store,
// so two runs on the same corpus ask the same things; --reuse asks them of
// a graph an earlier run left, without ingesting again.
//
// Every loop is bounded and the process stops by itself. The Neo4j database
// is shared with the tests, which empty it: a Neo4j run takes the same
// cross-process lock as internal/neo4jtest, and refuses to run on a
// non-empty database unless --reset says it may empty it.
package main
