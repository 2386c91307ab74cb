package graph_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// wideQuery asks a page of entities for their first relations, those
// relations' endpoints and evidence articles, their newest articles, and
// events' participants: every level below the page is a list per item.
const wideQuery = `query($n: Int, $per: Int, $types: [RelationType!]) {
  entities(first: $n) { edges { node {
    id kind
    relations(first: $per, types: $types) {
      pageInfo { hasNextPage startCursor endCursor }
      edges { cursor node { id source { name } target { name } evidence { article { id title } } } }
    }
    articles(first: $per) {
      pageInfo { hasNextPage startCursor endCursor }
      edges { cursor node { id title } }
    }
    ... on Event { participants(first: 3) { id name } }
  } } }
}`

type wideJSON struct {
	Entities struct {
		Edges []struct {
			Node struct {
				ID, Kind  string
				Relations struct {
					PageInfo struct {
						HasNextPage            bool
						StartCursor, EndCursor *string
					}
					Edges []struct {
						Cursor string
						Node   struct {
							ID       string
							Source   struct{ Name string }
							Target   *struct{ Name string }
							Evidence struct{ Article struct{ ID, Title string } }
						}
					}
				}
				Articles struct {
					PageInfo struct {
						HasNextPage            bool
						StartCursor, EndCursor *string
					}
					Edges []struct {
						Cursor string
						Node   struct{ ID, Title string }
					}
				}
				Participants []struct{ ID, Name string }
			}
		}
	}
}

// testWideNoNPlusOne checks, over a corpus larger than the fixture, that
// a page of entities with relations, endpoints, articles and participants
// costs the same store calls for 2 entities as for 20, and that the
// batched answers are those of the store's own per-entity lists.
func testWideNoNPlusOne(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	for _, b := range storetest.Synthetic(120, 600, "wide") {
		if _, err := s.Upsert(ctx, b); err != nil {
			t.Fatalf("seed: %v", err)
		}
	}
	e := newEnvTB(t, s, nil)
	tests := []struct {
		name  string
		per   int
		types []string
	}{
		{"five each", 5, nil},
		{"one each, typed", 1, []string{"MET", "ATTACKED"}},
		{"thirty each", 30, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls []map[string]int
			for _, n := range []int{2, 20} {
				e.store.reset()
				var got wideJSON
				e.ok(t, wideQuery, map[string]any{"n": n, "per": tt.per, "types": tt.types}, &got)
				calls = append(calls, e.store.reset())
				if len(got.Entities.Edges) != n {
					t.Fatalf("page of %d entities has %d", n, len(got.Entities.Edges))
				}
				checkWide(t, s, got, tt.per, tt.types)
			}
			t.Logf("store calls for pages of 2 and 20 entities: %v", calls)
			if diff := cmp.Diff(calls[1], calls[0]); diff != "" {
				t.Errorf("store calls grow with the page (-20 +2):\n%s", diff)
			}
			// One call per method, but RelationsOfEnds: one per argument
			// set (the relations asked for, the events' participants).
			// The relations' ends come with them: no EntitiesByID.
			for method, n := range calls[1] {
				if most := map[string]int{"RelationsOfEnds": 2}[method]; n > max(most, 1) {
					t.Errorf("%d %s calls for one page, want at most %d", n, method, max(most, 1))
				}
			}
		})
	}
}

const entityRelationsQuery = `query($id: ID!, $statuses: [Status!]) {
  entity(id: $id) {
    id name
    relations(first: 3, statuses: $statuses) {
      pageInfo { hasNextPage }
      edges { cursor node { id source { id name } target { id name } } }
    }
  }
}`

// testEntityRelationsOneCall checks that an entity asked with its first
// relations and their ends costs one store call, RelationsOfEnds, and
// answers what Relations and EntitiesByID say, with and without a filter,
// and null for an unknown entity.
func testEntityRelationsOneCall(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	for _, b := range storetest.Synthetic(60, 300, "one-call") {
		if _, err := s.Upsert(ctx, b); err != nil {
			t.Fatalf("seed: %v", err)
		}
	}
	e := newEnvTB(t, s, nil)
	page, err := s.Entities(ctx, kg.EntityFilter{}, kg.Page{First: 4})
	if err != nil {
		t.Fatal(err)
	}
	for _, ent := range page.Entities {
		for _, st := range [][]string{nil, {"HAPPENED", "PLANNED"}} {
			t.Run(fmt.Sprintf("%s %v", ent.ID, st), func(t *testing.T) {
				e.store.reset()
				var got struct {
					Entity struct {
						ID, Name  string
						Relations struct {
							PageInfo struct{ HasNextPage bool }
							Edges    []struct {
								Cursor string
								Node   struct {
									ID     string
									Source struct{ ID, Name string }
									Target *struct{ ID, Name string }
								}
							}
						}
					}
				}
				e.ok(t, entityRelationsQuery, map[string]any{"id": ent.ID, "statuses": st}, &got)
				if diff := cmp.Diff(e.store.reset(), map[string]int{"RelationsOfEnds": 1}); diff != "" {
					t.Errorf("store calls (-got +want):\n%s", diff)
				}
				if got.Entity.ID != ent.ID || got.Entity.Name != ent.Name {
					t.Errorf("entity = %s %q, want %s %q", got.Entity.ID, got.Entity.Name, ent.ID, ent.Name)
				}
				f := kg.RelationFilter{Entity: ent.ID}
				for _, x := range st {
					f.Statuses = append(f.Statuses, kg.Status(strings.ToLower(x)))
				}
				want, err := s.Relations(ctx, f, kg.Page{First: 3})
				if err != nil {
					t.Fatal(err)
				}
				if g, w := got.Entity.Relations.PageInfo.HasNextPage, want.PageInfo.HasNextPage; g != w {
					t.Errorf("hasNextPage = %v, want %v", g, w)
				}
				if g, w := len(got.Entity.Relations.Edges), len(want.Relations); g != w {
					t.Fatalf("%d relations, want %d", g, w)
				}
				for i, r := range want.Relations {
					edge := got.Entity.Relations.Edges[i]
					if edge.Node.ID != r.ID || edge.Cursor != want.Cursors[i] {
						t.Errorf("relation %d = %s (%s), want %s (%s)", i, edge.Node.ID, edge.Cursor, r.ID, want.Cursors[i])
					}
					es, err := s.EntitiesByID(ctx, []string{r.Source, r.Target})
					if err != nil {
						t.Fatal(err)
					}
					names := map[string]string{}
					for _, x := range es {
						names[x.ID] = x.Name
					}
					if edge.Node.Source.ID != r.Source || edge.Node.Source.Name != names[r.Source] {
						t.Errorf("relation %s: source %+v, want %s %q", r.ID, edge.Node.Source, r.Source, names[r.Source])
					}
					switch tg := edge.Node.Target; {
					case r.Target == "" && tg != nil:
						t.Errorf("relation %s: target %+v, want none", r.ID, *tg)
					case r.Target != "" && (tg == nil || tg.ID != r.Target || tg.Name != names[r.Target]):
						t.Errorf("relation %s: target %+v, want %s %q", r.ID, tg, r.Target, names[r.Target])
					}
				}
			})
		}
	}
	t.Run("unknown", func(t *testing.T) {
		var got struct{ Entity *struct{ ID string } }
		e.ok(t, entityRelationsQuery, map[string]any{"id": "person:nobody-at-all"}, &got)
		if got.Entity != nil {
			t.Errorf("entity = %+v, want null", got.Entity)
		}
	})
}

const entityRelationPageQuery = `query($id: ID!, $first: Int, $after: String, $direction: Direction, $types: [RelationType!]) {
  entity(id: $id) {
    id name
    relations(first: $first, after: $after, direction: $direction, types: $types) {
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id source { id name } target { id name } } }
    }
  }
}`

// testEntityRelationPageOneCall checks that an entity asked with a page of
// its relations the relations loader does not answer (after a cursor, one
// direction, the largest page) and their ends costs one store call,
// RelationsWithEnds, and answers what Relations and EntitiesByID say,
// page info included; and that a relations list asking for ends costs
// one call too.
func testEntityRelationPageOneCall(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	for _, b := range storetest.Synthetic(60, 300, "page-call") {
		if _, err := s.Upsert(ctx, b); err != nil {
			t.Fatalf("seed: %v", err)
		}
	}
	e := newEnvTB(t, s, nil)
	ents, err := s.Entities(ctx, kg.EntityFilter{}, kg.Page{First: 2})
	if err != nil {
		t.Fatal(err)
	}
	type pageJSON struct {
		PageInfo struct {
			HasNextPage, HasPreviousPage bool
			StartCursor, EndCursor       *string
		}
		Edges []struct {
			Cursor string
			Node   struct {
				ID     string
				Source struct{ ID, Name string }
				Target *struct{ ID, Name string }
			}
		}
	}
	// check compares an answer with what the store lists for f and p.
	check := func(t *testing.T, got pageJSON, f kg.RelationFilter, p kg.Page) {
		t.Helper()
		want, err := s.Relations(ctx, f, p)
		if err != nil {
			t.Fatal(err)
		}
		info := kg.PageInfo{HasNextPage: got.PageInfo.HasNextPage, HasPreviousPage: got.PageInfo.HasPreviousPage}
		if got.PageInfo.StartCursor != nil {
			info.StartCursor, info.EndCursor = *got.PageInfo.StartCursor, *got.PageInfo.EndCursor
		}
		if diff := cmp.Diff(info, want.PageInfo); diff != "" {
			t.Errorf("page info (-got +want):\n%s", diff)
		}
		if g, w := len(got.Edges), len(want.Relations); g != w {
			t.Fatalf("%d relations, want %d", g, w)
		}
		var ids []string
		for _, r := range want.Relations {
			ids = append(ids, r.Source, r.Target)
		}
		es, err := s.EntitiesByID(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		names := map[string]string{}
		for _, x := range es {
			names[x.ID] = x.Name
		}
		for i, r := range want.Relations {
			edge := got.Edges[i]
			if edge.Node.ID != r.ID || edge.Cursor != want.Cursors[i] {
				t.Errorf("relation %d = %s (%s), want %s (%s)", i, edge.Node.ID, edge.Cursor, r.ID, want.Cursors[i])
			}
			if edge.Node.Source.ID != r.Source || edge.Node.Source.Name != names[r.Source] {
				t.Errorf("relation %s: source %+v, want %s %q", r.ID, edge.Node.Source, r.Source, names[r.Source])
			}
			switch tg := edge.Node.Target; {
			case r.Target == "" && tg != nil:
				t.Errorf("relation %s: target %+v, want none", r.ID, *tg)
			case r.Target != "" && (tg == nil || tg.ID != r.Target || tg.Name != names[r.Target]):
				t.Errorf("relation %s: target %+v, want %s %q", r.ID, tg, r.Target, names[r.Target])
			}
		}
	}
	for _, ent := range ents.Entities {
		all, err := s.Relations(ctx, kg.RelationFilter{Entity: ent.ID}, kg.Page{First: kg.MaxPageSize})
		if err != nil {
			t.Fatal(err)
		}
		if len(all.Cursors) < 6 {
			t.Fatalf("%s has %d relations: the test pages too little", ent.ID, len(all.Cursors))
		}
		tests := []struct {
			name string
			vars map[string]any
			f    kg.RelationFilter
			p    kg.Page
		}{
			{"after a cursor", map[string]any{"first": 3, "after": all.Cursors[1]}, kg.RelationFilter{Entity: ent.ID}, kg.Page{First: 3, After: all.Cursors[1]}},
			{"the last page", map[string]any{"first": 3, "after": all.Cursors[len(all.Cursors)-3]}, kg.RelationFilter{Entity: ent.ID}, kg.Page{First: 3, After: all.Cursors[len(all.Cursors)-3]}},
			{"after the last", map[string]any{"first": 3, "after": all.Cursors[len(all.Cursors)-1]}, kg.RelationFilter{Entity: ent.ID}, kg.Page{First: 3, After: all.Cursors[len(all.Cursors)-1]}},
			{"outgoing", map[string]any{"first": 2, "direction": "OUT"}, kg.RelationFilter{Source: ent.ID}, kg.Page{First: 2}},
			{"incoming after a cursor", map[string]any{"first": 2, "direction": "IN", "after": all.Cursors[0]}, kg.RelationFilter{Target: ent.ID}, kg.Page{First: 2, After: all.Cursors[0]}},
			{"typed, after a cursor", map[string]any{"first": 2, "types": []string{"MET", "SAID"}, "after": all.Cursors[2]}, kg.RelationFilter{Entity: ent.ID, Types: []kg.RelType{kg.Met, kg.Said}}, kg.Page{First: 2, After: all.Cursors[2]}},
			{"the largest page", map[string]any{"first": kg.MaxPageSize}, kg.RelationFilter{Entity: ent.ID}, kg.Page{First: kg.MaxPageSize}},
		}
		for _, tt := range tests {
			t.Run(ent.ID+"/"+tt.name, func(t *testing.T) {
				vars := map[string]any{"id": ent.ID}
				for k, v := range tt.vars {
					vars[k] = v
				}
				e.store.reset()
				var got struct {
					Entity struct {
						ID, Name  string
						Relations pageJSON
					}
				}
				e.ok(t, entityRelationPageQuery, vars, &got)
				if diff := cmp.Diff(e.store.reset(), map[string]int{"RelationsWithEnds": 1}); diff != "" {
					t.Errorf("store calls (-got +want):\n%s", diff)
				}
				if got.Entity.ID != ent.ID || got.Entity.Name != ent.Name {
					t.Errorf("entity = %s %q, want %s %q", got.Entity.ID, got.Entity.Name, ent.ID, ent.Name)
				}
				check(t, got.Entity.Relations, tt.f, tt.p)
			})
		}
	}
	t.Run("relations list", func(t *testing.T) {
		ent := ents.Entities[0]
		e.store.reset()
		var got struct{ Relations pageJSON }
		e.ok(t, `query($id: ID!) { relations(entity: $id, first: 4) {
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  edges { cursor node { id source { id name } target { id name } } } } }`, map[string]any{"id": ent.ID}, &got)
		if diff := cmp.Diff(e.store.reset(), map[string]int{"RelationsWithEnds": 1}); diff != "" {
			t.Errorf("store calls (-got +want):\n%s", diff)
		}
		check(t, got.Relations, kg.RelationFilter{Entity: ent.ID}, kg.Page{First: 4})
	})
	t.Run("unknown", func(t *testing.T) {
		var got struct{ Entity *struct{ ID string } }
		e.ok(t, entityRelationPageQuery, map[string]any{"id": "person:nobody-at-all", "first": 2, "direction": "OUT"}, &got)
		if got.Entity != nil {
			t.Errorf("entity = %+v, want null", got.Entity)
		}
	})
}

// checkWide compares each entity's relations with what Relations (one
// call per entity, on the store itself) lists, cursors and page info
// included, and participants with the event's PARTICIPATED_IN sources.
func checkWide(t *testing.T, s kg.Store, got wideJSON, per int, types []string) {
	t.Helper()
	ctx := context.Background()
	var ts []kg.RelType
	for _, x := range types {
		ts = append(ts, kg.RelType(x))
	}
	names := map[string]string{}
	for _, edge := range got.Entities.Edges {
		node := edge.Node
		want, err := s.Relations(ctx, kg.RelationFilter{Entity: node.ID, Types: ts}, kg.Page{First: per})
		if err != nil {
			t.Fatal(err)
		}
		var gotIDs, gotCursors []string
		for _, r := range node.Relations.Edges {
			gotIDs = append(gotIDs, r.Node.ID)
			gotCursors = append(gotCursors, r.Cursor)
			names[r.Node.ID] = r.Node.Source.Name
		}
		var wantIDs []string
		for _, r := range want.Relations {
			wantIDs = append(wantIDs, r.ID)
			es, err := s.EntitiesByID(ctx, []string{r.Source})
			if err != nil || len(es) != 1 {
				t.Fatalf("source of %s: %v", r.ID, err)
			}
			if names[r.ID] != es[0].Name {
				t.Errorf("relation %s: source name %q, want %q", r.ID, names[r.ID], es[0].Name)
			}
		}
		if diff := cmp.Diff(gotIDs, wantIDs); diff != "" {
			t.Errorf("%s relations (-got +want):\n%s", node.ID, diff)
		}
		if diff := cmp.Diff(gotCursors, want.Cursors); diff != "" {
			t.Errorf("%s cursors (-got +want):\n%s", node.ID, diff)
		}
		if g, w := node.Relations.PageInfo.HasNextPage, want.PageInfo.HasNextPage; g != w {
			t.Errorf("%s hasNextPage = %v, want %v", node.ID, g, w)
		}
		for _, r := range node.Relations.Edges {
			a, err := s.Article(ctx, r.Node.Evidence.Article.ID)
			if err != nil || a.Title != r.Node.Evidence.Article.Title {
				t.Errorf("relation %s: article %+v, store says %q (%v)", r.Node.ID, r.Node.Evidence.Article, a.Title, err)
			}
		}
		wantA, err := s.Articles(ctx, kg.ArticleFilter{EntityID: node.ID}, kg.Page{First: per})
		if err != nil {
			t.Fatal(err)
		}
		var gotA, gotACursors, wantAIDs []string
		for _, a := range node.Articles.Edges {
			gotA, gotACursors = append(gotA, a.Node.ID), append(gotACursors, a.Cursor)
		}
		for _, a := range wantA.Articles {
			wantAIDs = append(wantAIDs, a.ID)
		}
		if diff := cmp.Diff(gotA, wantAIDs); diff != "" {
			t.Errorf("%s articles (-got +want):\n%s", node.ID, diff)
		}
		if diff := cmp.Diff(gotACursors, wantA.Cursors); diff != "" {
			t.Errorf("%s article cursors (-got +want):\n%s", node.ID, diff)
		}
		if g, w := node.Articles.PageInfo.HasNextPage, wantA.PageInfo.HasNextPage; g != w {
			t.Errorf("%s articles hasNextPage = %v, want %v", node.ID, g, w)
		}
		if node.Kind == string(kg.Event) {
			ps, err := s.Relations(ctx, kg.RelationFilter{Target: node.ID, Types: []kg.RelType{kg.ParticipatedIn}}, kg.Page{First: kg.MaxPageSize})
			if err != nil {
				t.Fatal(err)
			}
			var wantP []string
			for _, r := range ps.Relations {
				if len(wantP) < 3 && !slices.Contains(wantP, r.Source) {
					wantP = append(wantP, r.Source)
				}
			}
			var gotP []string
			for _, p := range node.Participants {
				gotP = append(gotP, p.ID)
			}
			if diff := cmp.Diff(gotP, wantP); diff != "" {
				t.Errorf("%s participants (-got +want):\n%s", node.ID, diff)
			}
		}
	}
}

// testArticlesNoNPlusOne checks that a page of articles with their first
// statements costs the same store calls for 2 articles as for many, and
// that each article's statements, cursors and hasNextPage are what
// Relations lists for it.
func testArticlesNoNPlusOne(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	for _, b := range storetest.Synthetic(300, 1500, "arts") {
		if _, err := s.Upsert(ctx, b); err != nil {
			t.Fatalf("seed: %v", err)
		}
	}
	total, err := s.Articles(ctx, kg.ArticleFilter{}, kg.Page{First: kg.MaxPageSize})
	if err != nil {
		t.Fatal(err)
	}
	many := len(total.Articles)
	if many < 4 {
		t.Fatalf("bad test: %d articles", many)
	}
	e := newEnvTB(t, s, nil)
	const q = `query($n: Int, $per: Int, $types: [RelationType!]) {
  articles(first: $n) { nodes { id relations(first: $per, types: $types) {
    pageInfo { hasNextPage }
    edges { cursor node { id type } }
  } } }
}`
	type pageJSON struct {
		Articles struct {
			Nodes []struct {
				ID        string
				Relations struct {
					PageInfo struct{ HasNextPage bool }
					Edges    []struct {
						Cursor string
						Node   struct{ ID, Type string }
					}
				}
			}
		}
	}
	for _, tt := range []struct {
		name  string
		per   int
		types []kg.RelType
	}{
		{"three each", 3, nil},
		{"ten each, typed", 10, []kg.RelType{kg.Said, kg.Met}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var calls []map[string]int
			for _, n := range []int{2, many} {
				e.store.reset()
				var got pageJSON
				e.ok(t, q, map[string]any{"n": n, "per": tt.per, "types": tt.types}, &got)
				calls = append(calls, e.store.reset())
				if len(got.Articles.Nodes) != n {
					t.Fatalf("page of %d articles has %d", n, len(got.Articles.Nodes))
				}
				for _, a := range got.Articles.Nodes {
					want, err := s.Relations(ctx, kg.RelationFilter{ArticleID: a.ID, Types: tt.types}, kg.Page{First: tt.per})
					if err != nil {
						t.Fatal(err)
					}
					var ids, cursors, wantIDs []string
					for _, r := range a.Relations.Edges {
						ids, cursors = append(ids, r.Node.ID), append(cursors, r.Cursor)
					}
					for _, r := range want.Relations {
						wantIDs = append(wantIDs, r.ID)
					}
					if diff := cmp.Diff(ids, wantIDs); diff != "" {
						t.Errorf("%s relations (-got +want):\n%s", a.ID, diff)
					}
					if diff := cmp.Diff(cursors, want.Cursors); diff != "" {
						t.Errorf("%s cursors (-got +want):\n%s", a.ID, diff)
					}
					if g, w := a.Relations.PageInfo.HasNextPage, want.PageInfo.HasNextPage; g != w {
						t.Errorf("%s hasNextPage = %v, want %v", a.ID, g, w)
					}
				}
			}
			t.Logf("store calls for pages of 2 and %d articles: %v", many, calls)
			if diff := cmp.Diff(calls[1], calls[0]); diff != "" {
				t.Errorf("store calls grow with the page (-%d +2):\n%s", many, diff)
			}
		})
	}
}
