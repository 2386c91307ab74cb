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

// profile runs stmt under PROFILE and returns its plan.
func profile(t *testing.T, s *Store, stmt string, params map[string]any) neo4j.ProfiledPlan {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), s.driver, "PROFILE "+stmt, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithReadersRouting())
	if err != nil {
		t.Fatalf("PROFILE: %v", err)
	}
	return res.Summary.Profile()
}

// walkPlan calls f on every operator of p, depth first.
func walkPlan(p neo4j.ProfiledPlan, f func(neo4j.ProfiledPlan)) {
	f(p)
	for _, c := range p.Children() {
		walkPlan(c, f)
	}
}

// hubOfRelations is a hub's graph for the page plans: 200 relations of
// every type, as source and as target, many on one day (ordered by ID),
// some undated, one with itself.
func hubOfRelations() (hub kg.Entity, batch []kg.Subgraph) {
	hub = kg.Entity{ID: kg.EntityID(kg.Person, "Hana Hub"), Kind: kg.Person, Name: "Hana Hub", Mentions: 1}
	var others []kg.Entity
	for _, n := range []string{"Ada One", "Bo Two", "Cy Three"} {
		others = append(others, kg.Entity{ID: kg.EntityID(kg.Person, n), Kind: kg.Person, Name: n, Mentions: 1})
	}
	for a := range 4 {
		text := fmt.Sprintf("Hub article %d: Hana Hub met the others.", a)
		art := kg.Article{ID: kg.ArticleID(text), Title: "t", Date: day("2024-04-01"), Source: "test", Text: text}
		g := kg.Subgraph{Article: art, Entities: append([]kg.Entity{hub}, others...)}
		for i := range 50 {
			typ := kg.RelTypes[i%len(kg.RelTypes)]
			src, dst := hub.ID, others[i%len(others)].ID
			if i%2 == 1 {
				src, dst = dst, src
			}
			if a == 0 && i == 7 {
				dst = hub.ID
			}
			r := kg.Relation{ID: kg.RelationID(art.ID, typ, src, dst, i, i+1, ""), Type: typ, Source: src, Target: dst,
				Status: kg.Happened, Precision: kg.PrecisionDay, Confidence: 0.5,
				Evidence: kg.Evidence{ArticleID: art.ID, Sentence: text, Start: i, End: i + 1}}
			if i%11 != 0 {
				r.Date = day(fmt.Sprintf("2024-01-0%d", 1+i%3))
			} else {
				r.Precision = kg.PrecisionNone
			}
			g.Relations = append(g.Relations, r)
		}
		batch = append(batch, g)
	}
	return hub, batch
}

// TestRelationsLaterPagePlan holds every page of an entity's relations
// (Relations with Entity, Source or Target: after or before a cursor deep
// in a hub's list, and the statements behind its PageInfo) to the shape of
// the first: one range seek per type and end in the src_ord and dst_ord
// indexes, each reading at most a page (and the one more that says
// whether another follows) of index entries from the cursor, and no
// expansion of the entity's relationships nor scan; and the one statement
// that holds them all and the page's ends, as paginate runs it.
func TestRelationsLaterPagePlan(t *testing.T) {
	s := openEmpty(t, server(t))
	ctx := context.Background()
	hub, batch := hubOfRelations()
	if _, err := s.Upsert(ctx, batch); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	const size = 5
	filters := []struct {
		name     string
		f        kg.RelationFilter
		branches int
	}{
		{"either end", kg.RelationFilter{Entity: hub.ID}, 2 * len(kg.RelTypes)},
		{"source", kg.RelationFilter{Source: hub.ID}, len(kg.RelTypes)},
		{"target", kg.RelationFilter{Target: hub.ID}, len(kg.RelTypes)},
		{"either end, two types", kg.RelationFilter{Entity: hub.ID, Types: []kg.RelType{kg.Met, kg.Said}}, 4},
	}
	for _, ft := range filters {
		all, err := s.Relations(ctx, ft.f, kg.Page{First: kg.MaxPageSize})
		if err != nil {
			t.Fatalf("Relations: %v", err)
		}
		if n := len(all.Cursors); n < 4*size {
			t.Fatalf("%s: %d relations of the hub, want a list of several pages", ft.name, n)
		}
		mid := all.Cursors[len(all.Cursors)/2]
		for _, pt := range []struct {
			name string
			p    kg.Page
		}{
			{"first page", kg.Page{First: size}},
			{"after a cursor", kg.Page{First: size, After: mid}},
			{"last before a cursor", kg.Page{Last: size, Before: mid}},
			{"first before a cursor", kg.Page{First: size, Before: mid}},
			{"last after a cursor", kg.Page{Last: size, After: mid}},
		} {
			t.Run(ft.name+"/"+pt.name, func(t *testing.T) {
				q, err := relationQuery(ft.f)
				if err != nil {
					t.Fatalf("relationQuery: %v", err)
				}
				q.set("pins", []string{hub.ID})
				st, err := pageOf(q, relProj("r"), relationKeyset, pt.p, relationEnds)
				if err != nil {
					t.Fatalf("pageOf: %v", err)
				}
				// The one statement paginate runs holds the page and the
				// questions, each with its own seeks.
				parts := 1
				for _, c := range []string{st.notAfter, st.notBefore} {
					if c != "" {
						parts++
					}
				}
				for _, stmt := range []struct {
					name, cypher string
					most         int64 // index entries a seek may read
					branches     int
				}{
					{"page", st.page, size + 1, ft.branches},
					{"not after", st.notAfter, 1, ft.branches},
					{"not before", st.notBefore, 1, ft.branches},
					{"one statement with ends", st.one, size + 1, parts * ft.branches},
				} {
					if stmt.cypher == "" {
						continue
					}
					seeks := 0
					var hits int64
					walkPlan(profile(t, s, stmt.cypher, st.params), func(p neo4j.ProfiledPlan) {
						op := strings.TrimSuffix(p.Operator(), "@neo4j")
						hits += p.DbHits()
						if strings.Contains(op, "Expand") || strings.Contains(op, "Scan") {
							t.Errorf("%s: plan has %s", stmt.name, op)
						}
						if op == "DirectedRelationshipIndexSeekByRange" {
							seeks++
							if p.Records() > stmt.most {
								t.Errorf("%s: a seek read %d index entries, want at most %d", stmt.name, p.Records(), stmt.most)
							}
						}
					})
					if seeks != stmt.branches {
						t.Errorf("%s: %d relationship index seeks, want %d", stmt.name, seeks, stmt.branches)
					}
					t.Logf("%s: %d db hits", stmt.name, hits)
				}
			})
		}
	}
}
