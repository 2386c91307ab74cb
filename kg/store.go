package kg

import (
	"context"
	"time"
)

// Store is the contract between the graph and its persistence. store/sqlite
// and store/neo4j implement it and store/storetest holds both to the same
// behaviour. Every method takes the caller's context (a GraphQL request's
// deadline reaches the database through it). Errors wrap ErrNotFound,
// ErrInvalid, ErrConflict or ErrUnavailable where one applies.
type Store interface {
	// Upsert writes the subgraphs of a batch of articles in one transaction:
	// either all of them are written or, on error, none is. An article that is
	// already stored (same ID) is left as it is and reported unchanged, so
	// re-ingesting is a no-op. Results are in the order of the input.
	Upsert(ctx context.Context, batch []Subgraph) ([]UpsertResult, error)
	// DeleteArticle removes an article, its mentions and its relations, and
	// the entities no other article mentions; the aggregates of the entities
	// that remain are recomputed. ErrNotFound if there is no such article.
	DeleteArticle(ctx context.Context, id string) error

	// Entity returns one entity; ErrNotFound if absent.
	Entity(ctx context.Context, id string) (Entity, error)
	// EntitiesByID returns the entities that exist among ids, in no
	// particular order (loaders batch through it).
	EntitiesByID(ctx context.Context, ids []string) ([]Entity, error)
	// Entities lists entities with a filter, in an order, one keyset page at
	// a time.
	Entities(ctx context.Context, f EntityFilter, p Page) (EntityPage, error)
	// CountEntities counts what Entities would list over all pages.
	CountEntities(ctx context.Context, f EntityFilter) (int, error)
	// Search ranks entities whose name or aliases match text, then entities
	// named in evidence sentences that match it; at most limit hits.
	Search(ctx context.Context, text string, kinds []Kind, limit int) ([]SearchHit, error)

	// Neighborhood returns the entities within opt.Depth hops of id and the
	// relations the walk followed between them, capped by opt.Limit nodes
	// and opt.FanOut groups of parallel statements per node. Each layer
	// takes the strongest ties of the layer before it first (most
	// statements, then most recent, across the whole layer) and the walk
	// stops at the node limit, so that a store need read little more than
	// Limit groups however large the corpus; Truncated says whether a cap
	// cut anything. Stores answer it from a summary graph kept at write
	// time (one edge per group), reading statements only for the plain
	// edges or a date range.
	Neighborhood(ctx context.Context, id string, opt NeighborhoodOptions) (Graph, error)
	// Paths returns the shortest path (or all shortest paths) between two
	// entities, relations followed in either direction, at most opt.MaxDepth
	// hops long. No path is an empty slice, not an error.
	Paths(ctx context.Context, from, to string, opt PathOptions) ([]Path, error)

	// Relations lists relations with a filter, ordered by date then ID
	// (undated relations last), one keyset page at a time.
	Relations(ctx context.Context, f RelationFilter, p Page) (RelationPage, error)
	// RelationsWithEnds is Relations that also returns, read with the
	// page in one snapshot, the entities involved, by ID: every entity at
	// an end of a relation of the page, and each entity the filter pins
	// (Entity, Source, Target) that is stored, whether the page holds
	// relations or not. The API answers an entity with any page of its
	// relations and what it shows of their ends in one round trip.
	RelationsWithEnds(ctx context.Context, f RelationFilter, p Page) (RelationPage, map[string]Entity, error)
	// RelationsOf returns, for each entity of entityIDs, the first perEntity
	// relations with the entity at either end that pass f, in relation order
	// (date ascending, undated last, then ID), all in one query: the API
	// lists a page of entities with their relations through it. f.Entity,
	// Source and Target must be empty (ErrInvalid otherwise); perEntity 0
	// means DefaultPageSize, above MaxPageSize is ErrInvalid. An entity
	// without such relations, or unknown, has no key.
	RelationsOf(ctx context.Context, entityIDs []string, f RelationFilter, perEntity int) (map[string][]Relation, error)
	// RelationsOfEnds is RelationsOf that also returns, read in the same
	// query, the entities involved, by ID: each of entityIDs that is
	// stored (with relations or without) and every entity at an end of a
	// relation returned. The API answers an entity with its first page of
	// relations and what it shows of their ends in one round trip.
	RelationsOfEnds(ctx context.Context, entityIDs []string, f RelationFilter, perEntity int) (map[string][]Relation, map[string]Entity, error)

	// RelationsIn returns, for each article of articleIDs, the first
	// perArticle relations whose evidence is in it, of the given types (all
	// when empty), in relation order, all in one query: the API lists a page
	// of articles with their statements through it. perArticle 0 means
	// DefaultPageSize, negative or above MaxPageSize is ErrInvalid, as are
	// unknown types. An article without such relations, or unknown, has no
	// key.
	RelationsIn(ctx context.Context, articleIDs []string, types []RelType, perArticle int) (map[string][]Relation, error)

	// Article returns one article; ErrNotFound if absent.
	Article(ctx context.Context, id string) (Article, error)
	// ArticlesByID returns the articles that exist among ids, in no
	// particular order (loaders batch through it).
	ArticlesByID(ctx context.Context, ids []string) ([]Article, error)
	// Articles lists articles, newest first, one keyset page at a time.
	Articles(ctx context.Context, f ArticleFilter, p Page) (ArticlePage, error)
	// ArticlesOf returns, for each entity of entityIDs, the first
	// perEntity articles that mention it, newest first as Articles lists
	// them, all in one query: the API lists a page of entities with their
	// articles through it. perEntity 0 means DefaultPageSize, negative or
	// above MaxPageSize is ErrInvalid. An entity mentioned nowhere, or
	// unknown, has no key.
	ArticlesOf(ctx context.Context, entityIDs []string, perEntity int) (map[string][]Article, error)
	// ArticleEntities returns, for each article ID given, the entities it
	// mentions with their counts and mention spans in it, most mentioned
	// first.
	ArticleEntities(ctx context.Context, articleIDs []string) (map[string][]EntityMentions, error)

	// Stats counts what is stored.
	Stats(ctx context.Context) (Stats, error)
	// Ping reports whether the store is reachable (ErrUnavailable if not).
	Ping(ctx context.Context) error
	// Close releases the store's resources.
	Close() error
}

// UpsertResult reports what Upsert did with one article.
type UpsertResult struct {
	ArticleID string
	// Unchanged is true when the article was already stored.
	Unchanged bool
	// Entities and Relations count what this article contributed (zero when
	// unchanged).
	Entities, Relations int
}

// Page asks for one page of a keyset-paginated list: First items after the
// After cursor, or Last items before the Before cursor. Cursors are opaque
// strings made by the store that returned them.
type Page struct {
	First  int
	After  string
	Last   int
	Before string
}

// Limits on pages and traversals; stores refuse larger values with
// ErrInvalid, the API clamps or refuses before they get there.
const (
	MaxPageSize      = 500
	MaxDepth         = 3
	MaxPathDepth     = 6
	MaxNeighborhood  = 2000
	DefaultPageSize  = 50
	DefaultNodeLimit = 200
	DefaultFanOut    = 50
)

// PageInfo describes where a page sits in its list.
type PageInfo struct {
	StartCursor, EndCursor       string
	HasNextPage, HasPreviousPage bool
}

// EntityOrder is the order Entities lists in. Ties break on ID.
type EntityOrder string

// The entity orders.
const (
	ByMentions EntityOrder = "MENTIONS"  // most mentioned first
	ByName     EntityOrder = "NAME"      // by folded name, A to Z
	ByLastSeen EntityOrder = "LAST_SEEN" // most recently seen first
)

// EntityFilter narrows Entities and CountEntities. Zero fields do not filter.
type EntityFilter struct {
	Kinds []Kind
	// Name keeps entities whose folded name or an alias contains the folded
	// text.
	Name string
	// SeenFrom and SeenTo keep entities seen in an article dated within the
	// closed range (approximated by their first and last seen dates).
	SeenFrom, SeenTo time.Time
	Order            EntityOrder
}

// EntityPage is one page of entities with a cursor for each.
type EntityPage struct {
	Entities []Entity
	Cursors  []string
	PageInfo PageInfo
}

// SearchHit is one ranked search result.
type SearchHit struct {
	Entity Entity
	Score  float64 // higher is better; comparable within one answer only
	// Matched is the text that matched: the name, an alias or an evidence
	// sentence.
	Matched string
	// Field is where it matched: "name", "alias" or "evidence".
	Field string
}

// NeighborhoodOptions bound a neighborhood query.
type NeighborhoodOptions struct {
	Depth    int       // hops, 1..MaxDepth
	Types    []RelType // relation types to follow; empty follows all
	Statuses []Status  // statuses to follow (Happened alone leaves denied meetings out); empty follows all
	From, To time.Time // keep relations dated within the range (undated ones are kept only without a range)
	// Limit is the most nodes, the centre included: the walk stops at the
	// first group that would add one more, so the groups after it (even
	// between nodes already kept) are not followed.
	Limit int
	// FanOut is the most groups of parallel statements (as Aggregate folds
	// them) followed out of one node, heaviest first: most statements,
	// then latest date (undated last), then the other end's ID, type and
	// status.
	FanOut int
	// Aggregate folds parallel statements: Graph.Edges then holds one
	// relation per (type, status, source, target), MET pairs taken without
	// direction, namely the first of the group in the contract's relation
	// order (the earliest dated, undated last, then by ID), and
	// Graph.Aggregates says how many statements each stands for.
	Aggregate bool
	// CountsOnly, with Aggregate, asks only for what drawing an edge
	// needs, as CountEdges gives it: each relation in Graph.Edges carries
	// just Type, Status, Source and Target (a MET's endpoints in ID
	// order), its ID is their EdgeKey, its aggregate holds just the Count,
	// and the edges come in ID order. A store then counts the statements between two
	// nodes without reading any of them.
	CountsOnly bool
	// BriefNodes asks only for what drawing a node needs, as BriefEntity
	// gives it: each entity in Graph.Nodes carries just ID, Kind, Name,
	// Mentions, FirstSeen and LastSeen, the rest left zero. A store then
	// reads the short fields of each node and parses nothing else.
	BriefNodes bool
}

// Graph is a slice of the graph: entities and the relations among them.
type Graph struct {
	Nodes     []Entity
	Edges     []Relation
	Truncated bool
	// Aggregates is set only by an aggregated neighborhood
	// (NeighborhoodOptions.Aggregate), keyed by the ID of each relation in
	// Edges, which stands for its whole group.
	Aggregates map[string]EdgeAggregate
}

// EdgeAggregate describes a group of parallel statements: how many, and
// the earliest and latest dates among them (zero when none is dated).
type EdgeAggregate struct {
	Count       int
	First, Last time.Time
}

// PathOptions bound a paths query.
type PathOptions struct {
	MaxDepth int       // hops, 1..MaxPathDepth
	Types    []RelType // empty follows all
	Statuses []Status  // empty follows all
	All      bool      // all shortest paths instead of one
	Limit    int       // most paths returned when All
}

// Path is a walk between two entities: Nodes[i] and Nodes[i+1] are joined by
// Edges[i] (in either direction).
type Path struct {
	Nodes []Entity
	Edges []Relation
}

// RelationFilter narrows Relations. Zero fields do not filter.
type RelationFilter struct {
	Types    []RelType
	Statuses []Status
	// Entity keeps relations with the entity at either end; Source and
	// Target pin one end each.
	Entity, Source, Target string
	// ArticleID keeps relations read from that article.
	ArticleID string
	// From and To keep relations dated within the closed range.
	From, To time.Time
	// Text keeps relations whose quote or sentence contains the text
	// (case-insensitive).
	Text string
}

// RelationPage is one page of relations.
type RelationPage struct {
	Relations []Relation
	Cursors   []string
	PageInfo  PageInfo
}

// ArticleFilter narrows Articles.
type ArticleFilter struct {
	From, To time.Time
	// EntityID keeps articles that mention the entity.
	EntityID string
}

// ArticlePage is one page of articles.
type ArticlePage struct {
	Articles []Article
	Cursors  []string
	PageInfo PageInfo
}

// EntityMentions is an entity as mentioned by one article.
type EntityMentions struct {
	Entity Entity
	Count  int // mentions in that article
	// Spans are where the article names the entity: the Subgraph.Mentions
	// of the entity as written, in text order (Start, then End, then
	// Text), so a reader can highlight each one in Article.Text.
	Spans []Mention
}

// Stats counts what is stored.
type Stats struct {
	Articles  int
	Entities  map[Kind]int
	Relations map[RelType]int
}
