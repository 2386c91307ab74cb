package neo4j

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/kg"
)

// Names of the FULLTEXT indexes: ranked word queries for operators and
// tools (db.index.fulltext.queryNodes / queryRelationships); the contract's
// substring semantics are served by the TEXT indexes instead, see the
// package doc.
const (
	entityFulltext   = "entity_names"
	relationFulltext = "relation_text"
)

// schema lists the constraints and indexes Open makes sure exist. Every
// statement is idempotent (IF NOT EXISTS), so Open can run on every start.
func schema() []string {
	stmts := []string{
		"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
		"CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE",
		"CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)",
		"CREATE INDEX entity_sort_name IF NOT EXISTS FOR (e:Entity) ON (e.sort_name)",
		"CREATE INDEX entity_mentions IF NOT EXISTS FOR (e:Entity) ON (e.mentions)",
		"CREATE INDEX entity_last_seen IF NOT EXISTS FOR (e:Entity) ON (e.last_seen)",
		"CREATE INDEX entity_first_seen IF NOT EXISTS FOR (e:Entity) ON (e.first_seen)",
		"CREATE TEXT INDEX entity_search_key IF NOT EXISTS FOR (e:Entity) ON (e.search_key)",
		"CREATE INDEX article_date IF NOT EXISTS FOR (a:Article) ON (a.date)",
		// The list orders as single strings (see ordMentions and friends):
		// a page is a seek in one of these that stops after the page.
		"CREATE INDEX entity_order_mentions IF NOT EXISTS FOR (e:Entity) ON (e.ord_mentions)",
		"CREATE INDEX entity_order_name IF NOT EXISTS FOR (e:Entity) ON (e.ord_name)",
		"CREATE INDEX entity_order_last_seen IF NOT EXISTS FOR (e:Entity) ON (e.ord_last_seen)",
		"CREATE INDEX article_order IF NOT EXISTS FOR (a:Article) ON (a.ord)",
		"CREATE FULLTEXT INDEX " + entityFulltext + " IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases] " +
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
		"CREATE FULLTEXT INDEX " + relationFulltext + " IF NOT EXISTS FOR ()-[r:" + allTypes() + "]-() ON EACH [r.sentence, r.quote] " +
			"OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
	}
	// The summary graph (summary.go): a group by its key, and an entity's
	// groups in fan-out order from either end. The fan keys replaced
	// top_lo and top_hi (an end and the weight only), whose indexes go.
	stmts = append(stmts,
		"CREATE CONSTRAINT "+summaryConstraint+" IF NOT EXISTS FOR ()-[e:"+edgeType+"]-() REQUIRE e.key IS UNIQUE",
		"DROP INDEX edge_top_lo IF EXISTS",
		"DROP INDEX edge_top_hi IF EXISTS",
		"CREATE INDEX "+fanIndex+" IF NOT EXISTS FOR ()-[e:"+edgeType+"]-() ON (e.fan_lo)",
		"CREATE INDEX edge_fan_hi IF NOT EXISTS FOR ()-[e:"+edgeType+"]-() ON (e.fan_hi)",
	)
	for _, t := range kg.RelTypes {
		rt := relType(t)
		lt := strings.ToLower(rt)
		// A relationship uniqueness constraint (Community Edition since 5.7)
		// both refuses a second relation with the same ID and backs lookups
		// by ID with an index.
		stmts = append(stmts,
			fmt.Sprintf("CREATE CONSTRAINT rel_%s_id IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.id IS UNIQUE", lt, rt),
			fmt.Sprintf("CREATE INDEX rel_%s_date IF NOT EXISTS FOR ()-[r:%s]-() ON (r.date)", lt, rt),
			fmt.Sprintf("CREATE INDEX rel_%s_order IF NOT EXISTS FOR ()-[r:%s]-() ON (r.ord)", lt, rt),
			fmt.Sprintf("CREATE INDEX rel_%s_article IF NOT EXISTS FOR ()-[r:%s]-() ON (r.article_id)", lt, rt),
			fmt.Sprintf("CREATE TEXT INDEX rel_%s_fold_sentence IF NOT EXISTS FOR ()-[r:%s]-() ON (r.fold_sentence)", lt, rt),
			// An entity's relations in relation order, as source and as
			// target (endOrd): its relations page.
			fmt.Sprintf("CREATE INDEX rel_%s_src_order IF NOT EXISTS FOR ()-[r:%s]-() ON (r.src_ord)", lt, rt),
			fmt.Sprintf("CREATE INDEX rel_%s_dst_order IF NOT EXISTS FOR ()-[r:%s]-() ON (r.dst_ord)", lt, rt),
		)
	}
	return stmts
}

// migrate creates the constraints and indexes and waits until they are
// online, so the first queries after Open can use them.
//
// It reports whether it created the index that came with the newest
// derived properties (see backfill): then the database may hold nodes and
// relationships written by an older build, which need those properties.
//
// summary reports whether it created the summary graph's constraint: then
// the database may hold statements written before the summary existed.
// ends reports whether it created the index of relations by their ends
// (endOrderIndex): then relations may lack src_ord and dst_ord. fan
// reports whether it created the index of the fan keys (fanIndex): then
// summary groups may lack them.
func (s *Store) migrate(ctx context.Context) (fresh, summary, ends, fan bool, err error) {
	for _, stmt := range schema() {
		res, err := neo4j.ExecuteQuery(ctx, s.driver, stmt, nil, neo4j.EagerResultTransformer,
			neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithWritersRouting())
		if equivalentExists(err) {
			// Another process opening the same database created it
			// between this statement's check and its write.
			continue
		}
		if err != nil {
			return false, false, false, false, s.fail("schema", err)
		}
		if strings.Contains(stmt, " "+newestIndex+" ") && res.Summary.Counters().IndexesAdded() > 0 {
			fresh = true
		}
		if strings.Contains(stmt, " "+summaryConstraint+" ") && res.Summary.Counters().ConstraintsAdded() > 0 {
			summary = true
		}
		if strings.Contains(stmt, " "+endOrderIndex+" ") && res.Summary.Counters().IndexesAdded() > 0 {
			ends = true
		}
		if strings.Contains(stmt, " "+fanIndex+" ") && res.Summary.Counters().IndexesAdded() > 0 {
			fan = true
		}
	}
	if err := s.exec(ctx, "CALL db.awaitIndexes(300)", nil); err != nil {
		return false, false, false, false, s.fail("await indexes", err)
	}
	return fresh, summary, ends, fan, nil
}

// fanIndex is the index created with the summary groups' fan keys
// (fanCypher).
const fanIndex = "edge_fan_lo"

// endOrderIndex is the index created with the relations' src_ord and
// dst_ord (endOrd).
const endOrderIndex = "rel_attacked_src_order"

// summaryConstraint is the constraint created with the summary graph.
const summaryConstraint = "edge_key"

// equivalentExists reports whether err says that the constraint or index
// a CREATE ... IF NOT EXISTS asked for exists already: the server checks
// and creates in two steps, so processes that open one database at once
// (several ingesters starting together) race between them.
func equivalentExists(err error) bool {
	var ne *neo4j.Neo4jError
	return errors.As(err, &ne) && ne.Code == "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"
}

// newestIndex is the index created with the newest derived properties.
const newestIndex = "rel_attacked_order"

// label is the Cypher label of an entity kind. It panics on a kind outside
// the closed set: callers validate first, and text never reaches a label.
func label(k kg.Kind) string {
	if !k.Valid() {
		panic(fmt.Sprintf("neo4j: label of invalid kind %q", k))
	}
	return k.Label()
}

// relType is the Cypher relationship type of a relation type, taken from
// the closed set only.
func relType(t kg.RelType) string {
	switch t {
	case kg.Attacked:
		return "ATTACKED"
	case kg.Said:
		return "SAID"
	case kg.Met:
		return "MET"
	case kg.ParticipatedIn:
		return "PARTICIPATED_IN"
	case kg.OccurredIn:
		return "OCCURRED_IN"
	}
	panic(fmt.Sprintf("neo4j: relationship type of invalid relation type %q", t))
}

// typeAlternation is "A|B|C" for a relationship pattern: the given types,
// or every type when none is given. Types must have been validated.
func typeAlternation(types []kg.RelType) string {
	if len(types) == 0 {
		return allTypes()
	}
	seen := make(map[kg.RelType]bool, len(types))
	var parts []string
	for _, t := range kg.RelTypes { // stable order, duplicates dropped
		for _, u := range types {
			if u == t && !seen[t] {
				seen[t] = true
				parts = append(parts, relType(t))
			}
		}
	}
	return strings.Join(parts, "|")
}

func allTypes() string {
	parts := make([]string, len(kg.RelTypes))
	for i, t := range kg.RelTypes {
		parts[i] = relType(t)
	}
	return strings.Join(parts, "|")
}
