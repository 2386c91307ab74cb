// Package graph serves the knowledge graph over GraphQL: gqlgen's
// executable schema (generated into graph/generated from schema.graphqls),
// thin resolvers over kg.Store, per-request loaders, limits, an error
// presenter, subscriptions fed by an in-process broker, and the examples
// GraphiQL (package web) opens with.
//
// # Why the shapes are what they are
//
// Entity is a GraphQL interface with one type per kind (Person, Place,
// Organization, Event) rather than one type with a kind enum, because the
// kinds carry different fields (a place's country, an event's dates, place
// and participants) and investigators select them with inline fragments;
// `kind` stays on the interface for clients that only want a label. It binds
// cleanly in gqlgen because each type is a one-field wrapper around
// kg.Entity in graph/model (Person{kg.Entity}, …): fields bind to the
// embedded struct by promotion, and gqlgen's generated type switch sees four
// distinct Go types. The generated code lives in graph/generated, not in
// this package, because gqlgen names its config type Config, which this
// package's public Config would collide with.
//
// Lists are Relay connections whose cursors are the stores' own keyset
// cursors (kg.Cursor), so a page never skips or repeats an item when others
// are written meanwhile, and both stores accept each other's cursors.
// EntityConnection.totalCount costs a count query and runs only when the
// field is selected (the root resolver inspects its selection).
//
// neighborhood and paths answer with a GraphSlice: node IDs are entity
// IDs, edge IDs are relation IDs or, aggregated,
// "TYPE:status:source->target", every edge names its endpoints by node ID,
// and every element has a type (kind) for styling, a caption and a weight.
// That is the common shape of cytoscape.js, vis-network, NVL, graphology
// and force-graph, so a client maps it in one line (docs/api.md shows
// how). By default one edge stands for all statements of one type and one
// status between two entities (weight = count), as kg's doc asks of views:
// a denied meeting is never drawn as one more meeting. `aggregate: false`
// gives one edge per statement.
//
// The resolver asks the store for only what the selection shows: edges
// folded by the store unless `relations` is selected, and counted only
// (no statement read; kg.NeighborhoodOptions.CountsOnly) unless `relation`
// or `caption` is; its nodes carry only the short fields a drawn node
// shows (kg.NeighborhoodOptions.BriefNodes) unless `entity` is selected
// on a node or a relation on an edge. The slice's node and edge lists and search hits, when
// their selections hold only scalars, are written to JSON directly rather
// than through gqlgen's goroutine and resolver per element and field
// (graph/generated/fastlists.go, patched in by go generate): a neighborhood
// of a few thousand edges spent most of its time there.
//
// # Cost
//
// A root field makes one store call where its selection allows; the
// entities a page refers to (relation endpoints, event places, article
// mentions) come through dataloadgen loaders that batch and cache them for
// one response (one request, or one subscription event so a long-lived
// subscription never serves stale entities). Page resolvers prefetch what
// their selection will ask for, so the batch does not depend on timing.
// Entity.relations and Event.participants go through a loader keyed by
// (argument set, entity) that asks kg.Store.RelationsOf once per argument
// set in a batch, and the entities page prefetches them for every
// argument set its selection holds (with their endpoints and evidence
// articles), so a page of entities with their relations, endpoints and
// articles costs the same few calls for 2 entities as for 20. Only the
// first page of both directions batches (RelationsOf reads one more
// relation than asked to fill hasNextPage): a relations field with
// `after`, a direction, or first: 500 costs one RelationsWithEnds call
// per item (Relations when no end is asked for). Query.entity reads the
// entity with such a page and its ends in that one call, as it reads it
// with a first page through RelationsOfEnds.
// Entity.articles and Article.relations work the same way through
// kg.Store.ArticlesOf and RelationsIn (the first page of every entity or
// article in one call); a later page costs one call per item, and the
// complexity limit charges for them. The articles page prefetches its
// articles' entities (kg.Store.ArticleEntities) in one call.
//
// Limits guard the store, and are checked before anything runs: a bound
// on the fields an operation expands to through its fragments, on its
// top-level fields and on its aliases (each alias is another store call),
// a depth limit on selections (fragments included, introspection
// excepted), and a cost limit (complexity.go) where every field that
// reaches the store carries the cost of its call, counts and text scans
// far more than lookups, and list fields multiply their children's cost by
// the page size, node bound or paths × hops they ask for. Page sizes are
// refused above kg.MaxPageSize; the parser has a token limit; each
// operation has a timeout whose deadline reaches the store; the request
// body is bounded (413 TOO_LARGE) and must be UTF-8; one client address
// may have only so many requests running (429 TOO_MANY_REQUESTS).
//
// # Errors
//
// The presenter gives every error an extensions.code: NOT_FOUND,
// INVALID_INPUT, CONFLICT, TOO_COMPLEX (depth, complexity, tokens,
// breadth), TOO_LARGE, TOO_MANY_REQUESTS, TIMEOUT, UNAUTHORIZED,
// FORBIDDEN (a server that refuses writes), UNAVAILABLE; gqlgen's GRAPHQL_PARSE_FAILED,
// GRAPHQL_VALIDATION_FAILED and PERSISTED_QUERY_NOT_FOUND pass through.
// Anything else is logged with its path and shown as "internal error"
// (INTERNAL), so no driver message or query text reaches a client. Missing
// single objects (entity, article) are null, not errors.
//
// # Writes and subscriptions
//
// Mutations need the API key when one is configured (Authorization:
// Bearer or X-API-Key, compared in constant time; over a websocket the same
// names in the connection_init payload); RequireKeyForReads extends that to
// everything; ReadOnly refuses every mutation. ingestArticles runs the same
// pipeline as the ingest command through Ingester, which graph declares
// and the command adapts, one result per article. The Broker hands stored
// articles to subscriptions without ever blocking ingest: a subscriber that
// falls SubscriberBuffer articles behind is dropped and its subscription
// ends.
package graph
