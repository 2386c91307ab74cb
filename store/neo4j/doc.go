// Package neo4j is the production kg.Store, on a Neo4j 5 server through the
// official Go driver. A graph database earns its place here for the
// traversals (neighbourhoods, shortest paths) investigators run over a graph
// that keeps growing; everything else mirrors store/sqlite so that both
// stores pass one conformance suite (store/storetest) and give the same
// answers, cursors included.
//
// # Model
//
//	(:Entity:Person|Place|Organization|Event {id, kind, name, sort_name, aliases,
//	    mentions, first_seen, last_seen, country, start_date, end_date, place_id,
//	    fold_aliases, search_key, ord_mentions, ord_name, ord_last_seen})
//	(:Article {id, title, date, source, url, text, ord})
//	(:Article)-[:MENTIONS {count, aliases}]->(:Entity)
//	(:Entity)-[:ATTACKED|SAID|MET|PARTICIPATED_IN|OCCURRED_IN {id, date, precision,
//	    status, quote, confidence, article_id, sentence, start, end,
//	    fold_sentence, lower_quote, lower_sentence, ord, src_ord, dst_ord}]->(:Entity)
//
// sort_name, fold_aliases, search_key and fold_sentence are kg.FoldName of
// the name, aliases and sentence, and lower_* strings.ToLower of quote and
// sentence, all computed in Go: the contract defines matching by those Go
// functions, and Cypher's toLower (Java) differs on some letters.
//
// IDs are kg's own (never element IDs), so the same article yields the
// same graph here and in SQLite. Each kg.Relation is its own relationship:
// statements are not folded (see kg's doc). Labels and relationship types
// come only from kg's closed enums, through switch statements, and every
// value is a parameter; the one number formatted into Cypher, the hop bound
// of a path query (Cypher cannot take it as a parameter), is an int checked
// against kg.MaxPathDepth first.
//
// MENTIONS is the source of truth for an entity's aggregates: mention count
// (sum), aliases (sorted union minus the canonical name), first and last
// seen (earliest and latest mentioning article date). Upsert adds a batch's
// new MENTIONS to the stored aggregates (sum, union, min and max compose, so
// this equals a recount without reading every MENTIONS of a popular
// entity); DeleteArticle recounts the entities the article mentioned from
// the MENTIONS that remain, and deletes those left with none. Both hold the
// entities' write locks while they read and write aggregates. An entity
// keeps the name it was first stored with.
//
// The ord* properties make each list order (sort key, then ID, directions
// included) one string compared by bytes: the mention count as a
// zero-padded complement, dates with their digits complemented (newest
// first, undated last), then NUL and the ID. A range index on it turns a
// keyset page into an index seek that stops after the page, where a
// two-key order with mixed directions would sort every tie. Cursors still
// carry the contract's key and ID; the store derives the order string.
// Relations carry one too (date ascending, undated last, then ID); since
// Cypher uses no relationship index for a pattern of several types, a
// relation list not pinned to an entity is a UNION of one ordered, limited
// index walk per type. src_ord and dst_ord are ord behind the ID of the
// source and of the target entity (none for a SAID ending at an article):
// the first page of one entity's relations (RelationsOf, RelationsOfEnds)
// is a UNION of one seek per type and end, each cut at the page, instead
// of every relation of the entity sorted, which a hub has tens of
// thousands of. Every page of Relations with Entity, Source or Target is
// such a UNION too, each seek starting at the cursor's ord behind the
// entity's ID (a keyset on each branch's own key), so that page 50 reads
// as few index entries as page 1; so are the reads behind its PageInfo.
//
// Every keyset page is one statement, one round trip: the questions
// behind PageInfo (is there an item at or before the After cursor, at or
// after the Before cursor; each a seek that stops at its first item) as
// subqueries, then the page collected into a list, so that an empty page
// still answers them. RelationsWithEnds reads the entities at the page's
// ends and those its filter pins in the same statement.
//
// Dates are "YYYY-MM-DD" strings (kg.DateLayout), "" when unknown, so that
// string order is date order and the cursors SQLite makes work here too.
// Undated relations sort last through the key "~".
//
// # SAID without a target
//
// A SAID with no addressee still needs an end node. It ends at the Article
// it was read from: that keeps the statement next to its provenance, goes
// away with its article, needs no placeholder entity (which would appear in
// counts, searches and neighbourhoods and tie unrelated speakers together)
// and no second storage scheme. Reads map an Article end back to Target ==
// "", and traversals match (:Entity) ends only, so an article is never a
// bridge between two speakers.
//
// # Indexes
//
// Open creates, idempotently: uniqueness constraints on Entity.id and
// Article.id and on each relationship type's id (relationship uniqueness is
// in Community Edition since 5.7; it also backs lookups by id and makes a
// duplicate relation ID a conflict); range indexes on the order strings
// (ord_mentions, ord_name, ord_last_seen, Article.ord, each type's ord,
// src_ord and dst_ord), on
// kind, sort_name,
// mentions, first and last seen, Article.date, and each type's date and
// article_id; TEXT (trigram) indexes on Entity.search_key
// (folded name and aliases) and each type's fold_sentence, which serve the
// substring semantics of the Name filter and Search exactly as SQLite does;
// and FULLTEXT indexes (standard-folding analyzer) over Entity name and
// aliases and over relation sentence and quote, for ranked word queries by
// operators and tools (the contract's substring semantics cannot be served
// exactly by Lucene tokens, so Search does not depend on them).
//
// When Open has to create the index of the newest derived property, the
// database may come from an older build: it backfills the derived
// properties (order strings, folded and lowered copies) in batches before
// returning; likewise src_ord and dst_ord when it creates their index
// (backfillEndOrder).
//
// # Transactions
//
// Upsert validates the whole batch, then runs one managed write
// transaction: merge the articles (those already stored are skipped),
// merge entities with one UNWIND statement per kind, create MENTIONS and
// one UNWIND statement per relation type, then add to the aggregates. A failing
// batch leaves the store unchanged. DeleteArticle is one write transaction
// too. Managed transactions may be retried by the driver, so their callbacks
// only build rows and run statements. Reads of more than one statement
// (pages and their neighbours, the paths fallback, neighborhoods without
// a date range) run in one read transaction (read committed, as every
// Neo4j transaction; cheaper than as many auto-commit statements). A read
// that is one statement (entity lookups, search, neighborhoods with a
// date range, paths) runs as an auto-commit transaction: one round trip, where a managed transaction adds BEGIN and
// COMMIT; transient failures are retried a few times, as the driver would.
// Every call names the database.
//
// Entities are merged in (kind, ID) order and articles in ID order, so
// concurrent batches take their locks in one order; two batches holding the
// same article serialize on its uniqueness lock and exactly one writes it.
//
// # Traversals
//
// Neighborhood is a breadth-first walk (at most kg.MaxDepth layers; each
// frontier node's heaviest groups of statements, one more than the
// fan-out to see whether it cut, merged by weight across the layer and
// taken until the node limit), which keeps the caps exact and
// deterministic, then the edges of the groups it took: every statement,
// one per group, or (CountsOnly) only counts. Without a date range the
// groups are the summary graph (summary.go): EDGE relationships kept by
// Upsert and DeleteArticle, each with a fan key per end (fan_lo, fan_hi)
// that sorts in fan-out order and holds all the walk reads of it. The
// walk runs in Go (walk.go), as the embedded store's does, in one read
// transaction: a layer's nodes' first groups in one statement of range
// seeks in the edge_fan_lo and edge_fan_hi indexes that read only the
// keys, more of a node's only when the walk goes past them (several
// nodes' at once), then one statement for the nodes and the edges, so
// that a hub costs about as many index entries as the groups the walk
// takes, not its fan-out's neighbours' whole fan-outs nor its statements.
// With a range the groups are folded from the statements in it, by one
// statement that spells the walk out layer by layer.
// Paths is one statement too: allShortestPaths over (:Entity) nodes, the
// node sequences ordered, and each hop shown by its first relation in
// relation order. Since allShortestPaths yields one path per combination
// of parallel relations, it takes at most pathCap rows; beyond that Paths
// enumerates node sequences itself by a layered search over distinct
// neighbours.
//
// Errors: connectivity failures, exhausted retries and deadlines wrap
// kg.ErrUnavailable; constraint violations kg.ErrConflict.
package neo4j
