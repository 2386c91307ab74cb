package neo4j

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/kg"
)

// operators lists the operators of a profiled plan, depth first.
func operators(p neo4j.ProfiledPlan) []string {
	out := []string{strings.TrimSuffix(p.Operator(), "@neo4j")}
	for _, c := range p.Children() {
		out = append(out, operators(c)...)
	}
	return out
}

// explain returns the operators of stmt's plan, as profiled (the
// driver reads an EXPLAIN's plan tree wrongly).
func explain(t *testing.T, s *Store, stmt string, params map[string]any) []string {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), s.driver, "PROFILE "+stmt, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("PROFILE: %v", err)
	}
	return operators(res.Summary.Profile())
}

// TestRelationsPagePlan holds an entity's relations page (RelationsOfEnds,
// RelationsOf) to its shape: one range seek per type and end in the
// src_ord and dst_ord indexes, and no expansion of the entity's
// relationships, whose number grows with the corpus.
func TestRelationsPagePlan(t *testing.T) {
	s := openEmpty(t, server(t))
	// Every relationship type stored, so that the planner knows them.
	sg := subgraph("Ada Speaker said words and planned to strike Somewhere.", "2024-03-01")
	for _, rt := range []kg.RelType{kg.Met, kg.ParticipatedIn, kg.OccurredIn} {
		sg.Relations = append(sg.Relations, kg.Relation{ID: kg.RelationID(sg.Article.ID, rt, sg.Entities[0].ID, sg.Entities[1].ID, 0, 5, ""),
			Type: rt, Source: sg.Entities[0].ID, Target: sg.Entities[1].ID, Status: kg.Happened, Precision: kg.PrecisionNone, Confidence: 0.5,
			Evidence: kg.Evidence{ArticleID: sg.Article.ID, Sentence: sg.Article.Text, Start: 0, End: 5}})
	}
	if _, err := s.Upsert(context.Background(), []kg.Subgraph{sg}); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	tests := []struct {
		name  string
		f     kg.RelationFilter
		seeks int
	}{
		{"every type", kg.RelationFilter{}, 2 * len(kg.RelTypes)},
		{"one type", kg.RelationFilter{Types: []kg.RelType{kg.Met}}, 2},
		{"two types, statuses and dates", kg.RelationFilter{Types: []kg.RelType{kg.Said, kg.Attacked}, Statuses: []kg.Status{kg.Planned},
			From: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Text: "strike"}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page, params, err := s.relationsOfPage("test", []string{"person:ada"}, tt.f, 20)
			if err != nil {
				t.Fatalf("relationsOfPage: %v", err)
			}
			ops := explain(t, s, relationsOfEndsQuery(page), params)
			seeks := 0
			for _, op := range ops {
				if op == "DirectedRelationshipIndexSeekByRange" {
					seeks++
				}
				if strings.Contains(op, "Expand") || strings.Contains(op, "Scan") {
					t.Errorf("plan has %s: %v", op, ops)
				}
			}
			if seeks != tt.seeks {
				t.Errorf("%d relationship index seeks, want %d: %v", seeks, tt.seeks, ops)
			}
		})
	}
}

// TestEndOrderBackfill checks that a database written before src_ord and
// dst_ord (simulated by removing them and their indexes) gets them when
// reopened, and pages an entity's relations as before, a SAID without
// target included.
func TestEndOrderBackfill(t *testing.T) {
	cfg := server(t)
	s := openEmpty(t, cfg)
	ctx := context.Background()
	var batch []kg.Subgraph
	for i, date := range []string{"2024-03-11", "", "2024-01-02"} {
		batch = append(batch, subgraph(fmt.Sprintf("Ada Speaker said thing %d and planned to strike Somewhere.", i), date))
	}
	if _, err := s.Upsert(ctx, batch); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	ids := []string{batch[0].Entities[0].ID, batch[0].Entities[1].ID}
	type answer struct {
		Relations map[string][]kg.Relation
		Entities  map[string]kg.Entity
	}
	read := func(s *Store) answer {
		t.Helper()
		rels, ents, err := s.RelationsOfEnds(ctx, ids, kg.RelationFilter{}, 4)
		if err != nil {
			t.Fatalf("RelationsOfEnds: %v", err)
		}
		return answer{rels, ents}
	}
	want := read(s)
	if n := len(want.Relations[ids[0]]); n != 4 {
		t.Fatalf("fixture: %d relations of %s, want a page of 4", n, ids[0])
	}
	undo := []string{"MATCH ()-[r]->() REMOVE r.src_ord, r.dst_ord"}
	for _, rt := range kg.RelTypes {
		lt := strings.ToLower(relType(rt))
		undo = append(undo, "DROP INDEX rel_"+lt+"_src_order", "DROP INDEX rel_"+lt+"_dst_order")
	}
	again := undoAndReopen(t, s, cfg, undo...)
	if diff := cmp.Diff(read(again), want); diff != "" {
		t.Errorf("after backfill (-got +want):\n%s", diff)
	}
	recs, err := cypher(ctx, again, `MATCH (s)-[r]->(t) WHERE NOT r:MENTIONS AND NOT r:`+edgeType+`
RETURN count(*) AS n,
  count(CASE WHEN r.src_ord = s.id + '\u0000' + r.ord THEN 1 END) AS src,
  count(CASE WHEN t:Entity AND r.dst_ord = t.id + '\u0000' + r.ord OR t:Article AND r.dst_ord IS NULL THEN 1 END) AS dst`, nil)
	if err != nil {
		t.Fatal(err)
	}
	n, src, dst := recs[0].Values[0], recs[0].Values[1], recs[0].Values[2]
	if n != int64(6) || src != n || dst != n {
		t.Errorf("relations: %v, with src_ord right %v, with dst_ord right %v; want 6 each", n, src, dst)
	}
}
