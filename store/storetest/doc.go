// Package storetest is the conformance suite every [kg.Store] runs: one
// scenario, many implementations (store/sqlite always, store/neo4j when a
// server is given). The kg.Store doc comments say what each method is for;
// this comment fixes the details they leave open, so that two stores built
// independently answer every query identically. A store passes when
//
//	storetest.Run(t, func(t *testing.T) kg.Store { ... fresh, empty store ... })
//
// passes. Expectations in the suite are derived from the hand-built input
// (a small reference model in model.go computes aggregates, filters and
// orders the way the rules below say), never copied from a store's output.
//
// # Writes
//
// Upsert validates every subgraph ([kg.Subgraph.Validate]) before writing
// anything and writes the whole batch in one transaction: an error leaves the
// store exactly as it was. An article already stored (same ID, in the store
// or earlier in the same batch) is reported Unchanged with zero counts and
// nothing is written for it; otherwise Entities and Relations are the
// lengths of the subgraph's lists.
//
// An entity's Name and Kind are those of its first write. Writing an ID that
// is stored with another kind fails with ErrConflict; so does a relation ID
// already stored (relation IDs include the article ID, so only a forged ID
// can clash). Kind-specific fields (Country, StartDate, EndDate, PlaceID)
// keep a stored non-empty value and fill an empty one.
//
// Each (article, entity) pair of a subgraph is a mention row holding the
// entity's Mentions and Aliases as seen in that article. Entity aggregates
// are always derived from the mention rows still stored:
//   - Mentions is the sum of the counts;
//   - Aliases is the union of the per-article aliases, minus the exact
//     canonical name, sorted by bytes (Go's sort.Strings), empty when none;
//   - FirstSeen and LastSeen are the earliest and latest dates of the
//     mentioning articles that have a date; zero when none has.
//
// The mention row also holds the entity's mentions (Subgraph.Mentions with
// its EntityID) byte for byte: ArticleEntities returns them as Spans,
// sorted by Start, then End, then Text (by bytes), nil when the subgraph
// listed none for the entity; repeated identical mentions are all kept.
// They are deleted with the article's mention rows.
//
// DeleteArticle removes the article, its mention rows and the relations
// whose Evidence.ArticleID is the article; then the entities no remaining
// mention row supports, and any relation touching them; then recomputes the
// aggregates of the entities the article mentioned. Name, kind and
// kind-specific fields of the survivors stay as they are. An unknown ID is
// ErrNotFound.
//
// Both writes also keep the summary graph behind Neighborhood (one group
// per type, status and endpoints, see there) in step: Upsert adds each new
// statement with a target to its group, DeleteArticle takes each deleted
// statement out of its group and drops groups left empty, without counting
// any group again. It is observable only through Neighborhood; the random
// test checks it after every write.
//
// # Dates
//
// Dates are calendar dates in UTC (kg.DateLayout); the zero time is
// "unknown" and round-trips as the zero time. A range (From, To) is closed
// and each bound is optional; when any bound is given, undated items are
// excluded.
//
// # Orders and pages
//
//   - Entities: MENTIONS (also the default when Order is "") by Mentions
//     descending; NAME by kg.FoldName(Name) ascending; LAST_SEEN by LastSeen
//     descending with undated last. Ties break on ID ascending. An unknown
//     order is ErrInvalid.
//   - Relations: by Date ascending, undated last, then ID ascending.
//   - Articles: by Date descending, undated last, then ID ascending.
//
// IDs, like every string key of an order here, compare by bytes (Go's <),
// not by UTF-16 code units as Java and so Cypher's ORDER BY do.
//
// The cursor of an item is kg.Cursor{...}.Encode() with ID set and the sort
// key in Num (MENTIONS: the mention count) or Key (NAME: the folded name;
// LAST_SEEN, relations, articles: the date as "2006-01-02", "" when
// undated). Stores must produce exactly these cursors. Items sort strictly
// after the After cursor and strictly before the Before cursor (the item a
// cursor names need not still exist). Direction: Last, or Before without
// First, takes the items nearest the end (page.Backward()); otherwise those
// nearest the start. Size is page.Size(). Items of a page are always in list
// order. A page request failing kg.Page.Validate, or a malformed cursor, is
// ErrInvalid.
//
// PageInfo: StartCursor and EndCursor are the cursors of the first and last
// item ("" for an empty page). HasNextPage is true iff the whole list (same
// filter) holds an item after the page's last item; HasPreviousPage iff it
// holds one before the page's first item. For an empty page "after the
// last item" means "not before the Before cursor" and "before the first
// item" means "not after the After cursor"; both are false without
// cursors.
//
// # Filters
//
//   - EntityFilter.Name keeps entities for which kg.FoldName(text) is a
//     substring of kg.FoldName of the name or of one alias. Kinds outside
//     kg.Kinds are ErrInvalid. SeenFrom keeps LastSeen >= SeenFrom, SeenTo
//     keeps FirstSeen <= SeenTo (undated entities drop out).
//   - RelationFilter.Text keeps relations where strings.ToLower(text) is a
//     substring of strings.ToLower(Quote) or of strings.ToLower(Evidence
//     .Sentence): punctuation counts, "%" and "_" are literal, and the
//     lowering is Go's (a final "Σ" lowers to "σ", "İ" to "i"), not Java's
//     as Cypher's toLower does it. Entity
//     matches either end; Source, Target, ArticleID match exactly; Types and
//     Statuses outside the enums are ErrInvalid.
//   - ArticleFilter.EntityID keeps articles with a mention row for it.
//
// # Lookups
//
// Entity and Article return ErrNotFound for unknown (also empty) IDs.
// EntitiesByID returns each existing entity once, in any order; unknown IDs
// are skipped. ArticleEntities has a key for every existing article asked
// for (an empty slice if it mentions nothing) and none for unknown ones;
// each slice is ordered by count descending, then entity ID.
//
// ArticlesByID is EntitiesByID for articles.
//
// RelationsOf(ids, f, n) answers, for each distinct non-empty id, what
// Relations(f with Entity = id) would list first, cut to n: the relations
// with the entity at either end (a relation from an entity to itself
// once) that pass f's Types, Statuses, ArticleID, From, To and Text, in
// relation order. An id with no such relation, unknown ones included, has
// no key. f.Entity, Source or Target set is ErrInvalid (the ids pin the
// end); n 0 means kg.DefaultPageSize, negative or above kg.MaxPageSize is
// ErrInvalid; invalid types and statuses are ErrInvalid as for Relations.
// It is one query, however many ids.
//
// RelationsOfEnds(ids, f, n) answers RelationsOf's relations, with the
// same errors, and the entities involved by ID: each id that is stored
// and every entity at an end of a relation returned.
//
// RelationsWithEnds(f, p) answers Relations' page (relations, cursors,
// PageInfo), with the same errors, and the entities involved by ID: every
// entity at an end of a relation of the page, and each of f.Entity,
// Source and Target that is stored.
//
// ArticlesOf(ids, n) answers, for each distinct non-empty id, what
// Articles(EntityID = id) would list first, cut to n: the articles that
// mention the entity, newest first. An id mentioned nowhere, unknown ones
// included, has no key; n 0 means kg.DefaultPageSize, negative or above
// kg.MaxPageSize is ErrInvalid. It is one query, however many ids.
//
// RelationsIn(ids, types, n) answers, for each distinct non-empty article
// id, what Relations(ArticleID = id, Types = types) would list first, cut
// to n, SAIDs without target included. An id with no such relation,
// unknown ones included, has no key; n as for ArticlesOf; unknown types are
// ErrInvalid. It is one query, however many ids.
//
// Stats has an entry for every kind and every relation type, zeros
// included.
//
// # Search
//
// Let q = kg.FoldName(text). Text that is empty or has no letter or digit
// (q == "_") finds nothing, without error; text containing query syntax of
// any engine (quotes, stars, colons, parentheses) must not fail. limit 0
// means kg.DefaultPageSize; a negative limit, one above kg.MaxPageSize, a
// kind outside the enum, or text that is not valid UTF-8 or longer than
// kg.MaxSentenceBytes is ErrInvalid. Each entity is reported once, with
// its best tier (Score):
//
//	5 "name"     kg.FoldName(Name) == q             Matched = Name
//	4 "name"     FoldName(Name) has prefix q         Matched = Name
//	3 "alias"    FoldName(alias) has prefix q        Matched = first such alias (sorted order)
//	2 "name"     FoldName(Name) contains q           Matched = Name
//	2 "alias"    FoldName(alias) contains q          Matched = first such alias
//	1 "evidence" q is a substring of FoldName(Sentence) of a relation the
//	             entity is Source or Target of       Matched = that Sentence,
//	                                                 of the matching relation with the smallest ID
//
// Hits are ordered by Score descending, then Mentions descending, then ID;
// at most limit are returned; an empty answer is an empty slice.
//
// # Neighborhood
//
// Depth must be in 1..kg.MaxDepth; Limit 0 means kg.DefaultNodeLimit and
// FanOut 0 kg.DefaultFanOut; negative values or values above
// kg.MaxNeighborhood are ErrInvalid; unknown relation types and statuses
// are ErrInvalid; an unknown centre is ErrNotFound. Eligible relations are
// those of the allowed types (all when Types is empty) and statuses (all
// when Statuses is empty), dated within From..To (see Dates), with a
// non-empty Target: a SAID without target neither leads anywhere nor is
// returned. The walk is breadth-first, relations followed in either
// direction, strongest ties first:
//
//	layer 0 = {centre}
//	for depth 1..Depth: for each node u of the previous layer, fold u's
//	  eligible relations into groups as kg.FoldEdges does (type, status,
//	  endpoints, a MET's in either order) and order the groups by weight:
//	  number of statements descending, then latest date descending (a
//	  group with no dated statement last), then the other end's ID, then
//	  type, then status (u->v before v->u when both are alike in all of
//	  these); if there are more than FanOut groups, keep the first FanOut
//	  and mark the result Truncated. Merge the layer's kept groups into one
//	  order: weight (number, then latest date, as above), then u's place
//	  in the previous layer, then u's own order. Take the groups in that
//	  order: a group whose other end is not yet a node adds it to the
//	  nodes and to the next layer, in the order taken; but if the nodes
//	  already number Limit, the walk stops there, marked Truncated, and
//	  that group and the ones after it are not taken.
//
// Each layer thus holds the strongest ties of the layer before it, in the
// order of their strength: what the centre's closest associates are most
// often reported with, whatever the day's news or the entities' overall
// fame. The walk reads each node's groups heaviest first and stops at the
// node limit, so that it reads about Limit groups and the first few of
// each node it expands, however many groups each node has. Stores keep the groups as a summary graph maintained at write time
// (each upsert adds its statements to their groups, DeleteArticle takes
// them out), so that without a date range the walk and the aggregated
// edges cost the groups taken, not the statements; with a range the
// weights are those of the statements in it, which a store folds from the
// statements (a cost that grows with them). Plain edges are statements and
// are read as such.
//
// Nodes are the layers in order, the centre first. Edges are the eligible
// relations of the groups taken (both their ends are nodes), in relation
// order (date ascending, undated last, ID). Groups the walk did not take
// (two leaves of the last layer, say, or anything after the stop) are
// left out: the edges, like the nodes, are bounded by the walk and do not
// grow with the corpus. Aggregates is nil.
//
// With Aggregate the nodes are the same and the edges are folded as
// kg.FoldEdges does: one per group of (type, status, source, target), a
// MET's endpoints taken in either order, statements of different statuses
// never in one group; the group's first relation in relation order stands
// for it, in relation order, and Aggregates (never nil) maps its ID to the
// group's size and earliest and latest dates. This lets a store send one
// row per drawn edge instead of every parallel statement. With CountsOnly
// as well, the edges are kg.CountEdges of those: per group a relation with
// only its type, status and endpoints, its kg.EdgeKey as ID, the count as
// its aggregate, in key order.
//
// With BriefNodes the walk, the edges and Truncated are the same and each
// node is kg.BriefEntity of the entity: ID, kind, name, mentions, first
// and last seen, nothing else (what a drawn node shows), so that a store
// reads and sends the short fields only.
//
// # Paths
//
// MaxDepth must be in 1..kg.MaxPathDepth; Limit 0 means 10, negative or above
// kg.MaxPageSize is ErrInvalid; unknown types and statuses are ErrInvalid;
// an unknown endpoint is ErrNotFound. Relations of the allowed types and
// statuses (all when empty) with a target are followed in either
// direction; paths are shortest by hop count and never longer than
// MaxDepth (none: an empty slice). A path is a sequence of distinct nodes;
// between consecutive nodes its edge is the first joining relation (either
// direction, allowed types and statuses) in relation order. With All,
// every shortest path is returned, ordered by the sequence of node IDs
// compared element by element, at most Limit of them; without All, only the
// first of that order. from == to gives one path of one node and no edges.
//
// # Bad input and safety
//
// Anything failing kg validation is ErrInvalid and changes nothing. Every
// string (quotes, backslashes, SQL and Cypher fragments, %, _, newlines,
// emoji) is stored and read back byte for byte. A closed store answers
// ErrUnavailable.
package storetest
