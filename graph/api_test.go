package graph_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/rules"
	"github.com/newsgraph/newsgraph/kg"
)

// env is one API over one store: the handler under test, the counting
// decorator around the real store, the broker and the captured log.
type env struct {
	store  *counting
	broker *graph.Broker
	h      http.Handler
	logs   *syncBuffer
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// newEnv opens a fresh store, seeds it with the fixture when seed is set,
// and builds the handler with the real ingest pipeline (the rules
// extractor) behind ingestArticles.
func newEnv(t *testing.T, open func(t *testing.T) kg.Store, seed bool, edit func(*graph.Config)) *env {
	t.Helper()
	s := open(t)
	if seed {
		if _, err := s.Upsert(context.Background(), fixture()); err != nil {
			t.Fatalf("seed: %v", err)
		}
	}
	return newEnvTB(t, s, edit)
}

// newEnvTB builds the API over the store s.
func newEnvTB(tb testing.TB, s kg.Store, edit func(*graph.Config)) *env {
	tb.Helper()
	c := newCounting(s)
	b := graph.NewBroker()
	pipe := &ingest.Pipeline{Extractor: rules.New(), Writer: c, Workers: 1, OnResult: func(r ingest.Result) {
		if r.Err == nil && !r.Unchanged {
			b.Publish(r.Subgraph)
		}
	}}
	logs := &syncBuffer{}
	cfg := graph.Config{Store: c, Ingester: pipelineIngester{pipe}, Broker: b, Logger: slog.New(slog.NewJSONHandler(logs, nil))}
	if edit != nil {
		edit(&cfg)
	}
	return &env{store: c, broker: b, h: graph.NewHandler(cfg), logs: logs}
}

// pipelineIngester is server.go's adapter of the pipeline to the API.
type pipelineIngester struct{ *ingest.Pipeline }

func (p pipelineIngester) Ingest(ctx context.Context, arts []kg.Article) ([]graph.IngestResult, error) {
	res, err := p.Articles(ctx, arts)
	out := make([]graph.IngestResult, len(res))
	for i, r := range res {
		out[i] = graph.IngestResult{Unchanged: r.Unchanged, Entities: r.Entities, Relations: r.Relations, Err: r.Err}
		if r.Err == nil {
			out[i].Article = r.Article
		}
	}
	return out, err
}

type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

func (e gqlError) code() string { c, _ := e.Extensions["code"].(string); return c }

type response struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

func (r response) codes() []string {
	var out []string
	for _, e := range r.Errors {
		out = append(out, e.code())
	}
	return out
}

// request is one GraphQL request; header holds extra HTTP headers.
type request struct {
	query      string
	vars       map[string]any
	op         string
	extensions map[string]any
	header     map[string]string
}

// post sends the request to the handler as a JSON POST.
func (e *env) post(t *testing.T, r request) response {
	t.Helper()
	return e.postTB(t, r)
}

func (e *env) postTB(t testing.TB, r request) response {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": r.query, "variables": r.vars, "operationName": r.op, "extensions": r.extensions})
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	e.h.ServeHTTP(w, req)
	var resp response
	if err := json.Unmarshal(w.Body.Bytes(), &resp); err != nil {
		t.Fatalf("decode %q: %v", w.Body.String(), err)
	}
	resp.Status = w.Code
	return resp
}

// ok runs a query that must succeed and decodes its data into out.
func (e *env) ok(t *testing.T, query string, vars map[string]any, out any) {
	t.Helper()
	resp := e.post(t, request{query: query, vars: vars})
	if len(resp.Errors) > 0 {
		t.Fatalf("query failed: %+v\n%s", resp.Errors, query)
	}
	if err := json.Unmarshal(resp.Data, out); err != nil {
		t.Fatalf("decode data %s: %v", resp.Data, err)
	}
}

// fails runs a query that must fail and returns the codes of its errors.
func (e *env) fails(t *testing.T, r request) []string {
	t.Helper()
	resp := e.post(t, r)
	if len(resp.Errors) == 0 {
		t.Fatalf("query succeeded, want an error: %s\n%s", resp.Data, r.query)
	}
	return resp.codes()
}

// runAPITests runs every API test against stores made by open, which must
// return a fresh, empty store on each call. Expectations come from the
// fixture or from the store's own answers, never from a recording, so both
// stores must give the same answers.
func runAPITests(t *testing.T, open func(t *testing.T) kg.Store) {
	read := newEnv(t, open, true, nil) // shared by the read-only tests
	t.Run("Entity", func(t *testing.T) { testEntity(t, read) })
	t.Run("EntitiesPagination", func(t *testing.T) { testEntitiesPagination(t, read) })
	t.Run("EntitiesFilters", func(t *testing.T) { testEntitiesFilters(t, read) })
	t.Run("EntityConnections", func(t *testing.T) { testEntityConnections(t, read) })
	t.Run("TotalCountOnlyWhenAsked", func(t *testing.T) { testTotalCount(t, read) })
	t.Run("Search", func(t *testing.T) { testSearch(t, read) })
	t.Run("SearchFastPath", func(t *testing.T) { testSearchFastPath(t, read) })
	t.Run("RelationsFastPath", func(t *testing.T) { testRelationsFastPath(t, read) })
	t.Run("Neighborhood", func(t *testing.T) { testNeighborhood(t, read) })
	t.Run("Paths", func(t *testing.T) { testPaths(t, read) })
	t.Run("Timeline", func(t *testing.T) { testTimeline(t, read) })
	t.Run("Investigations", func(t *testing.T) { testInvestigations(t, read) })
	t.Run("RelationsPagination", func(t *testing.T) { testRelationsPagination(t, read) })
	t.Run("Articles", func(t *testing.T) { testArticles(t, read) })
	t.Run("ArticlesBackward", func(t *testing.T) { testArticlesBackward(t, read) })
	t.Run("ArticleMentions", func(t *testing.T) { testArticleMentions(t, read) })
	t.Run("StatsAndHealth", func(t *testing.T) { testStats(t, read) })
	t.Run("NoNPlusOne", func(t *testing.T) { testNoNPlusOne(t, read) })
	t.Run("Limits", func(t *testing.T) { testLimits(t, read) })
	t.Run("PersistedQueries", func(t *testing.T) { testAPQ(t, read) })
	t.Run("ErrorMessages", func(t *testing.T) { testErrorMessages(t, read) })
	// From here on, tests open their own stores (on Neo4j that empties the
	// database the read-only tests above share).
	t.Run("WideNoNPlusOne", func(t *testing.T) { testWideNoNPlusOne(t, open) })
	t.Run("EntityRelationsOneCall", func(t *testing.T) { testEntityRelationsOneCall(t, open) })
	t.Run("EntityRelationPageOneCall", func(t *testing.T) { testEntityRelationPageOneCall(t, open) })
	t.Run("ArticlesNoNPlusOne", func(t *testing.T) { testArticlesNoNPlusOne(t, open) })
	t.Run("Errors", func(t *testing.T) { testErrors(t, open) })
	t.Run("Auth", func(t *testing.T) { testAuth(t, open) })
	t.Run("IngestAndDelete", func(t *testing.T) { testIngest(t, open) })
	t.Run("Subscription", func(t *testing.T) { testSubscription(t, open) })
}

const entityFields = `
fragment E on Entity {
  id name kind aliases mentions firstSeen lastSeen
  ... on Place { country }
  ... on Event { startDate endDate place { id name } participants { id } }
}`

type entityJSON struct {
	ID        string   `json:"id"`
	Name      string   `json:"name"`
	Kind      string   `json:"kind"`
	Aliases   []string `json:"aliases"`
	Mentions  int      `json:"mentions"`
	FirstSeen *string  `json:"firstSeen"`
	LastSeen  *string  `json:"lastSeen"`
	Country   *string  `json:"country"`
	StartDate *string  `json:"startDate"`
	EndDate   *string  `json:"endDate"`
	Place     *struct {
		ID   string `json:"id"`
		Name string `json:"name"`
	} `json:"place"`
	Participants []struct {
		ID string `json:"id"`
	} `json:"participants"`
}

func testEntity(t *testing.T, e *env) {
	q := `query($id: ID!) { entity(id: $id) { ...E } }` + entityFields
	tests := []struct {
		name string
		ent  kg.Entity
	}{
		{"person", ada},
		{"place with country", lakeTown},
		{"organization", guard},
		{"event", summit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want, err := e.store.Store.Entity(context.Background(), tt.ent.ID)
			if err != nil {
				t.Fatal(err)
			}
			var got struct{ Entity entityJSON }
			e.ok(t, q, map[string]any{"id": tt.ent.ID}, &got)
			g := got.Entity
			if g.ID != want.ID || g.Name != want.Name || g.Kind != string(want.Kind) || g.Mentions != want.Mentions {
				t.Errorf("entity = %+v, want %+v", g, want)
			}
			if d := deref(g.FirstSeen); d != want.FirstSeen.Format(kg.DateLayout) {
				t.Errorf("firstSeen = %q, want %s", d, want.FirstSeen.Format(kg.DateLayout))
			}
			if d := deref(g.LastSeen); d != want.LastSeen.Format(kg.DateLayout) {
				t.Errorf("lastSeen = %q, want %s", d, want.LastSeen.Format(kg.DateLayout))
			}
			switch tt.ent.Kind {
			case kg.Place:
				if deref(g.Country) != tt.ent.Country {
					t.Errorf("country = %v, want %q", deref(g.Country), tt.ent.Country)
				}
			case kg.Event:
				if deref(g.StartDate) != "2024-03-04" || deref(g.EndDate) != "2024-03-05" {
					t.Errorf("dates = %v..%v, want 2024-03-04..2024-03-05", deref(g.StartDate), deref(g.EndDate))
				}
				if g.Place == nil || g.Place.ID != lakeTown.ID {
					t.Errorf("place = %+v, want %s", g.Place, lakeTown.ID)
				}
				var ids []string
				for _, p := range g.Participants {
					ids = append(ids, p.ID)
				}
				sort.Strings(ids)
				if diff := cmp.Diff(ids, []string{ada.ID, clara.ID}); diff != "" {
					t.Errorf("participants (-got +want):\n%s", diff)
				}
			}
		})
	}
	t.Run("missing is null", func(t *testing.T) {
		var got struct{ Entity *entityJSON }
		e.ok(t, q, map[string]any{"id": "person:nobody-at-all"}, &got)
		if got.Entity != nil {
			t.Errorf("entity = %+v, want null", got.Entity)
		}
	})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

type pageInfoJSON struct {
	StartCursor     *string `json:"startCursor"`
	EndCursor       *string `json:"endCursor"`
	HasNextPage     bool    `json:"hasNextPage"`
	HasPreviousPage bool    `json:"hasPreviousPage"`
}

type entityConn struct {
	TotalCount int `json:"totalCount"`
	Edges      []struct {
		Cursor string `json:"cursor"`
		Node   struct {
			ID string `json:"id"`
		} `json:"node"`
	} `json:"edges"`
	PageInfo pageInfoJSON `json:"pageInfo"`
}

func (c entityConn) ids() []string {
	var out []string
	for _, e := range c.Edges {
		out = append(out, e.Node.ID)
	}
	return out
}

func testEntitiesPagination(t *testing.T, e *env) {
	q := `query($order: EntityOrder, $kind: [EntityKind!], $first: Int, $after: String, $last: Int, $before: String) {
  entities(orderBy: $order, kind: $kind, first: $first, after: $after, last: $last, before: $before) {
    totalCount
    edges { cursor node { id } }
    pageInfo { startCursor endCursor hasNextPage hasPreviousPage }
  }
}`
	for _, order := range []kg.EntityOrder{kg.ByMentions, kg.ByName, kg.ByLastSeen} {
		for _, kinds := range [][]kg.Kind{nil, {kg.Person}} {
			name := string(order)
			if kinds != nil {
				name += "/" + string(kinds[0])
			}
			t.Run(name, func(t *testing.T) {
				all, err := e.store.Store.Entities(context.Background(), kg.EntityFilter{Order: order, Kinds: kinds}, kg.Page{First: kg.MaxPageSize})
				if err != nil {
					t.Fatal(err)
				}
				var want []string
				for _, x := range all.Entities {
					want = append(want, x.ID)
				}
				vars := map[string]any{"order": order, "kind": kinds}

				// Forward, two at a time.
				var got []string
				vars["first"] = 2
				for i := 0; ; i++ {
					var page struct{ Entities entityConn }
					e.ok(t, q, vars, &page)
					if page.Entities.TotalCount != len(want) {
						t.Fatalf("totalCount = %d, want %d", page.Entities.TotalCount, len(want))
					}
					got = append(got, page.Entities.ids()...)
					if page.Entities.PageInfo.HasPreviousPage != (i > 0) {
						t.Errorf("page %d: hasPreviousPage = %v", i, page.Entities.PageInfo.HasPreviousPage)
					}
					if !page.Entities.PageInfo.HasNextPage {
						break
					}
					vars["after"] = *page.Entities.PageInfo.EndCursor
					if i > len(want) {
						t.Fatal("forward paging does not end")
					}
				}
				if diff := cmp.Diff(got, want); diff != "" {
					t.Errorf("forward pages (-got +want):\n%s", diff)
				}

				// Backward from the end, two at a time.
				got = nil
				vars = map[string]any{"order": order, "kind": kinds, "last": 2}
				for i := 0; ; i++ {
					var page struct{ Entities entityConn }
					e.ok(t, q, vars, &page)
					got = append(page.Entities.ids(), got...)
					if !page.Entities.PageInfo.HasPreviousPage {
						break
					}
					vars["before"] = *page.Entities.PageInfo.StartCursor
					if i > len(want) {
						t.Fatal("backward paging does not end")
					}
				}
				if diff := cmp.Diff(got, want); diff != "" {
					t.Errorf("backward pages (-got +want):\n%s", diff)
				}
			})
		}
	}
}

func testTotalCount(t *testing.T, e *env) {
	tests := []struct {
		name  string
		query string
		want  int
	}{
		{"not asked", `{ entities(first: 3) { edges { node { id } } } }`, 0},
		{"asked", `{ entities(first: 3) { totalCount edges { node { id } } } }`, 1},
		{"asked in a fragment", `{ entities(first: 3) { ...C } } fragment C on EntityConnection { totalCount }`, 1},
		{"only the count", `{ entities(kind: PERSON) { totalCount } }`, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.store.reset()
			var out map[string]any
			e.ok(t, tt.query, nil, &out)
			if got := e.store.reset()["CountEntities"]; got != tt.want {
				t.Errorf("CountEntities calls = %d, want %d", got, tt.want)
			}
		})
	}
	t.Run("count matches", func(t *testing.T) {
		var out struct{ Entities entityConn }
		e.ok(t, `{ entities(kind: PERSON) { totalCount } }`, nil, &out)
		if got, want := out.Entities.TotalCount, 4; got != want { // ada, bruno, clara, dmitri
			t.Errorf("totalCount(PERSON) = %d, want %d", got, want)
		}
	})
}

func testRelationsFastPath(t *testing.T, e *env) {
	// A page of relations asking scalars, its ends' identity and its
	// evidence's scalars skips gqlgen's per-field code
	// (graph/generated/fastlists.go); one more field of the source takes
	// gqlgen's own path. Both must write the same bytes, aliases,
	// __typename, fragments, directives, a missing target and quotes
	// included.
	const q = `query($id: ID!, $yes: Boolean!) {
  entity(id: $id) {
    relations(first: 50) {
      nodes {
        __typename rid: id type status date precision quote confidence @include(if: $yes)
        source { __typename id ... on Person { who: name } kind @skip(if: $yes) mentions %s }
        target { id name ... on Place { kind } }
        evidence { __typename sentence start end article { __typename id } }
      }
    }
  }
}`
	var all strings.Builder
	for _, id := range []string{ada.ID, bruno.ID, summit.ID, lakeTown.ID} {
		for _, yes := range []bool{true, false} {
			vars := map[string]any{"id": id, "yes": yes}
			fast := e.post(t, request{query: fmt.Sprintf(q, ""), vars: vars})
			slow := e.post(t, request{query: fmt.Sprintf(q, "firstSeen"), vars: vars})
			if len(fast.Errors)+len(slow.Errors) > 0 {
				t.Fatalf("errors: %+v %+v", fast.Errors, slow.Errors)
			}
			if !strings.Contains(string(fast.Data), `"rid":`) {
				t.Fatalf("bad test: no relations of %s in %s", id, fast.Data)
			}
			strip := regexp.MustCompile(`,"firstSeen":(null|"[^"]*")`)
			if got, want := string(fast.Data), strip.ReplaceAllString(string(slow.Data), ""); got != want {
				t.Errorf("%s include=%v: fast path wrote\n%s\ngqlgen wrote\n%s", id, yes, got, want)
			}
			all.Write(fast.Data)
		}
	}
	for _, s := range []string{`"quote":"`, `"quote":null`, `"target":null`, `"__typename":"Event"`, `"who":"`} {
		if !strings.Contains(all.String(), s) {
			t.Errorf("bad test: no %s in the answers", s)
		}
	}
}

func testSearchFastPath(t *testing.T, e *env) {
	// Hits asking only scalars and an entity's identity skip gqlgen's
	// per-field code (graph/generated/fastlists.go); one more entity field
	// takes gqlgen's own path. Both must write the same bytes.
	const q = `query($text: String!, $yes: Boolean!) {
  search(text: $text, first: 10) {
    __typename s: score matched field
    entity { __typename id ... on Person { who: name } ... on Place { name kind } kind @include(if: $yes) mentions %s }
  }
}`
	for _, text := range []string{"a", "lake", "clara"} {
		for _, yes := range []bool{true, false} {
			vars := map[string]any{"text": text, "yes": yes}
			fast := e.post(t, request{query: fmt.Sprintf(q, ""), vars: vars})
			slow := e.post(t, request{query: fmt.Sprintf(q, "firstSeen"), vars: vars})
			if len(fast.Errors)+len(slow.Errors) > 0 {
				t.Fatalf("errors: %+v %+v", fast.Errors, slow.Errors)
			}
			strip := regexp.MustCompile(`,"firstSeen":(null|"[^"]*")`)
			if got, want := string(fast.Data), strip.ReplaceAllString(string(slow.Data), ""); got != want {
				t.Errorf("%q include=%v: fast path wrote\n%s\ngqlgen wrote\n%s", text, yes, got, want)
			}
			if text == "a" && !strings.Contains(string(fast.Data), `"__typename":"Person"`) {
				t.Errorf("bad test: no person among the hits for %q: %s", text, fast.Data)
			}
		}
	}
}

func testSearch(t *testing.T, e *env) {
	q := `query($text: String!, $kinds: [EntityKind!]) { search(text: $text, kinds: $kinds, first: 5) { score matched field entity { id kind } } }`
	type hit struct {
		Score   float64
		Matched string
		Field   string
		Entity  struct{ ID, Kind string }
	}
	tests := []struct {
		name  string
		text  string
		kinds []kg.Kind
		first string // the top hit
		field string
	}{
		{"full name", "Clara Osei", nil, clara.ID, "NAME"},
		{"part of a name", "varga", nil, ada.ID, "NAME"},
		{"kind filter", "Lake Town", []kg.Kind{kg.Event}, summit.ID, "NAME"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct{ Search []hit }
			e.ok(t, q, map[string]any{"text": tt.text, "kinds": tt.kinds}, &got)
			if len(got.Search) == 0 {
				t.Fatalf("no hits for %q", tt.text)
			}
			top := got.Search[0]
			if top.Entity.ID != tt.first || top.Field != tt.field || top.Matched == "" {
				t.Errorf("top hit = %+v, want %s in %s", top, tt.first, tt.field)
			}
			for i := 1; i < len(got.Search); i++ {
				if got.Search[i].Score > got.Search[i-1].Score {
					t.Errorf("hits not ranked: %v", got.Search)
				}
			}
			for _, h := range got.Search {
				if len(tt.kinds) > 0 && h.Entity.Kind != string(tt.kinds[0]) {
					t.Errorf("hit %s of kind %s, want only %s", h.Entity.ID, h.Entity.Kind, tt.kinds[0])
				}
			}
		})
	}
	t.Run("empty text", func(t *testing.T) {
		codes := e.fails(t, request{query: q, vars: map[string]any{"text": "  "}})
		if diff := cmp.Diff(codes, []string{"INVALID_INPUT"}); diff != "" {
			t.Errorf("codes (-got +want):\n%s", diff)
		}
	})
}

type sliceJSON struct {
	Truncated bool `json:"truncated"`
	Nodes     []struct {
		ID      string  `json:"id"`
		Label   string  `json:"label"`
		Kind    string  `json:"kind"`
		Caption string  `json:"caption"`
		Weight  float64 `json:"weight"`
		Entity  struct {
			ID string `json:"id"`
		} `json:"entity"`
	} `json:"nodes"`
	Edges []struct {
		ID        string  `json:"id"`
		Source    string  `json:"source"`
		Target    string  `json:"target"`
		Type      string  `json:"type"`
		Status    string  `json:"status"`
		Caption   string  `json:"caption"`
		Weight    float64 `json:"weight"`
		Relations []struct {
			ID     string `json:"id"`
			Status string `json:"status"`
			Source struct{ ID string }
			Target *struct{ ID string }
		} `json:"relations"`
	} `json:"edges"`
}

const sliceFields = `
fragment S on GraphSlice {
  truncated
  nodes { id label kind caption weight entity { id } }
  edges { id source target type status caption weight relations { id status source { id } target { id } } }
}`

// checkDrawable checks what drawing libraries rely on: IDs unique across
// nodes and edges, every edge between two nodes of the slice, a caption
// and a positive weight everywhere, and each edge's statements joining its
// endpoints with its status, which a caption names unless it is HAPPENED.
func checkDrawable(t *testing.T, s sliceJSON) {
	t.Helper()
	ids := map[string]bool{}
	nodes := map[string]bool{}
	for _, n := range s.Nodes {
		if ids[n.ID] {
			t.Errorf("id %q used twice", n.ID)
		}
		ids[n.ID], nodes[n.ID] = true, true
		if n.Label == "" || n.Caption == "" || n.Weight <= 0 || n.Entity.ID != n.ID {
			t.Errorf("node %+v: want label, caption, weight > 0 and its entity", n)
		}
	}
	for _, e := range s.Edges {
		if ids[e.ID] {
			t.Errorf("id %q used twice", e.ID)
		}
		ids[e.ID] = true
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s joins %s and %s, not both nodes of the slice", e.ID, e.Source, e.Target)
		}
		if e.Caption == "" || e.Weight != float64(len(e.Relations)) {
			t.Errorf("edge %s: caption %q, weight %v for %d statements", e.ID, e.Caption, e.Weight, len(e.Relations))
		}
		if named := strings.Contains(e.Caption, "("+strings.ToLower(e.Status)+")"); named != (e.Status != "HAPPENED") {
			t.Errorf("edge %s of status %s: caption %q", e.ID, e.Status, e.Caption)
		}
		for _, r := range e.Relations {
			if r.Status != e.Status {
				t.Errorf("edge %s of status %s carries relation %s of status %s", e.ID, e.Status, r.ID, r.Status)
			}
			ends := []string{r.Source.ID, r.Target.ID}
			sort.Strings(ends)
			want := []string{e.Source, e.Target}
			sort.Strings(want)
			if !slices.Equal(ends, want) {
				t.Errorf("edge %s carries relation %s between %v", e.ID, r.ID, ends)
			}
		}
	}
}

func testNeighborhood(t *testing.T, e *env) {
	q := `query($id: ID!, $depth: Int, $types: [RelationType!], $aggregate: Boolean) {
  neighborhood(id: $id, depth: $depth, types: $types, aggregate: $aggregate) { ...S }
}` + sliceFields
	// Expected from the fixture: the entities one hop from the centre, over
	// relations with a target.
	oneHop := func(id string, types []kg.RelType) []string {
		set := map[string]bool{id: true}
		for _, r := range fixtureRelations(func(r kg.Relation) bool {
			return r.Target != "" && (len(types) == 0 || slices.Contains(types, r.Type))
		}) {
			if r.Source == id {
				set[r.Target] = true
			}
			if r.Target == id {
				set[r.Source] = true
			}
		}
		var out []string
		for k := range set {
			out = append(out, k)
		}
		sort.Strings(out)
		return out
	}
	tests := []struct {
		name  string
		id    string
		types []kg.RelType
	}{
		{"place", lakeTown.ID, nil},
		{"person", ada.ID, nil},
		{"only meetings", ada.ID, []kg.RelType{kg.Met}},
		{"organization attacks", guard.ID, []kg.RelType{kg.Attacked}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct{ Neighborhood sliceJSON }
			e.ok(t, q, map[string]any{"id": tt.id, "depth": 1, "types": tt.types}, &got)
			checkDrawable(t, got.Neighborhood)
			var ids []string
			for _, n := range got.Neighborhood.Nodes {
				ids = append(ids, n.ID)
			}
			if diff := cmp.Diff(ids, oneHop(tt.id, tt.types)); diff != "" {
				t.Errorf("nodes (-got +want):\n%s", diff)
			}
			for _, ed := range got.Neighborhood.Edges {
				if len(tt.types) > 0 && !slices.Contains(tt.types, kg.RelType(ed.Type)) {
					t.Errorf("edge %s of type %s, want only %v", ed.ID, ed.Type, tt.types)
				}
			}
		})
	}
	t.Run("aggregation", func(t *testing.T) {
		// One aggregated MET edge per pair and status (Bruno and Clara's
		// planned meeting, Ada and Bruno's denied one stay apart from those
		// that happened), or one edge per statement when not aggregated.
		for _, agg := range []bool{true, false} {
			var got struct{ Neighborhood sliceJSON }
			e.ok(t, q, map[string]any{"id": clara.ID, "types": []string{"MET"}, "aggregate": agg}, &got)
			checkDrawable(t, got.Neighborhood)
			statements := 0
			for _, ed := range got.Neighborhood.Edges {
				statements += int(ed.Weight)
			}
			// Every MET the walk followed: clara's (at depth 1 only the
			// centre's groups are followed, so ada's with bruno is no edge).
			in := map[string]bool{}
			for _, n := range got.Neighborhood.Nodes {
				in[n.ID] = true
			}
			met := fixtureRelations(func(r kg.Relation) bool {
				return r.Type == kg.Met && in[r.Source] && in[r.Target] && (r.Source == clara.ID || r.Target == clara.ID)
			})
			if statements != len(met) {
				t.Errorf("aggregate=%v: %d statements over the edges, want %d", agg, statements, len(met))
			}
			pairs := map[[3]string]bool{}
			for _, r := range met {
				p := [3]string{r.Source, r.Target, string(r.Status)}
				if p[1] < p[0] {
					p[0], p[1] = p[1], p[0]
				}
				pairs[p] = true
			}
			if want := map[bool]int{true: len(pairs), false: len(met)}[agg]; len(got.Neighborhood.Edges) != want {
				t.Errorf("aggregate=%v: %d edges, want %d", agg, len(got.Neighborhood.Edges), want)
			}
		}
	})
	t.Run("folded by the store", func(t *testing.T) {
		// Without relations selected the store folds the edges; with them
		// the resolver folds every statement. Both must draw the same.
		const edges = `query($id: ID!, $depth: Int, $types: [RelationType!]) {
  neighborhood(id: $id, depth: $depth, types: $types) { edges { id source target type caption weight relation { id date } %s } }
}`
		type edgeJSON struct {
			ID, Source, Target, Type, Caption string
			Weight                            float64
			Relation                          struct{ ID, Date string }
		}
		for _, c := range []struct {
			name  string
			id    string
			depth int
			types []kg.RelType
		}{
			{"place", lakeTown.ID, 2, nil},
			{"person", ada.ID, 2, nil},
			{"meetings", clara.ID, 2, []kg.RelType{kg.Met}},
		} {
			t.Run(c.name, func(t *testing.T) {
				vars := map[string]any{"id": c.id, "depth": c.depth, "types": c.types}
				var got, want struct{ Neighborhood struct{ Edges []edgeJSON } }
				e.ok(t, fmt.Sprintf(edges, ""), vars, &got)
				e.ok(t, fmt.Sprintf(edges, "relations { id }"), vars, &want)
				if len(want.Neighborhood.Edges) == 0 {
					t.Fatalf("bad test: no edges around %s", c.id)
				}
				if diff := cmp.Diff(got.Neighborhood.Edges, want.Neighborhood.Edges); diff != "" {
					t.Errorf("edges (-store folded +resolver folded):\n%s", diff)
				}
				// Ends, type and weight alone: the store only counts.
				const counted = `query($id: ID!, $depth: Int, $types: [RelationType!]) {
  neighborhood(id: $id, depth: $depth, types: $types) { edges { id source target type weight } }
}`
				var cnt struct{ Neighborhood struct{ Edges []edgeJSON } }
				e.ok(t, counted, vars, &cnt)
				drawn := slices.Clone(want.Neighborhood.Edges)
				for i := range drawn {
					drawn[i].Caption, drawn[i].Relation = "", struct{ ID, Date string }{}
				}
				if diff := cmp.Diff(cnt.Neighborhood.Edges, drawn); diff != "" {
					t.Errorf("edges (-store counted +resolver folded):\n%s", diff)
				}
			})
		}
	})
	t.Run("fast lists write what gqlgen writes", func(t *testing.T) {
		// Scalar-only selections of nodes and edges skip gqlgen's per-field
		// code (graph/generated/fastlists.go); asking for one object field
		// as well takes gqlgen's own path. Both must write the same bytes,
		// aliases, __typename, fragments and directives included.
		const q = `query($id: ID!, $yes: Boolean!) {
  neighborhood(id: $id, depth: 2) {
    nodes { __typename key: id id label ...K weight caption @include(if: $yes) %s }
    edges { id from: source target type status weight caption @skip(if: $yes) __typename %s }
  }
}
fragment K on GraphNode { kind label }`
		for _, yes := range []bool{true, false} {
			vars := map[string]any{"id": ada.ID, "yes": yes}
			fast := e.post(t, request{query: fmt.Sprintf(q, "", ""), vars: vars})
			slow := e.post(t, request{query: fmt.Sprintf(q, "entity { id }", "relation { id }"), vars: vars})
			if len(fast.Errors)+len(slow.Errors) > 0 {
				t.Fatalf("errors: %+v %+v", fast.Errors, slow.Errors)
			}
			if !strings.Contains(string(fast.Data), `"from":`) || !strings.Contains(string(fast.Data), `"key":`) {
				t.Fatalf("bad test: no nodes or edges in %s", fast.Data)
			}
			strip := regexp.MustCompile(`,"(entity|relation)":\{"id":"[^"]*"\}`)
			if got, want := string(fast.Data), strip.ReplaceAllString(string(slow.Data), ""); got != want {
				t.Errorf("include=%v: fast path wrote\n%s\ngqlgen wrote\n%s", yes, got, want)
			}
		}
	})
	t.Run("captions are made however they are asked", func(t *testing.T) {
		// The resolver makes captions only when the selection asks for
		// them (slice's sliceFields): under an alias, in a fragment, or
		// behind a directive they must still be there, and the same.
		type item struct {
			ID      string `json:"id"`
			Caption string `json:"c"`
		}
		var plain struct{ Neighborhood struct{ Nodes, Edges []item } }
		e.ok(t, `query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id c: caption entity { id } } edges { id c: caption relation { id } } } }`, map[string]any{"id": ada.ID}, &plain)
		if len(plain.Neighborhood.Nodes) < 3 || len(plain.Neighborhood.Edges) < 3 {
			t.Fatalf("bad test: %d nodes, %d edges", len(plain.Neighborhood.Nodes), len(plain.Neighborhood.Edges))
		}
		for _, it := range append(slices.Clone(plain.Neighborhood.Nodes), plain.Neighborhood.Edges...) {
			if it.Caption == "" {
				t.Fatalf("%s: no caption", it.ID)
			}
		}
		for _, q := range []string{
			`query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id c: caption } edges { id c: caption } } }`,
			`query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id ...N } edges { id ... on GraphEdge { c: caption } } } } fragment N on GraphNode { c: caption }`,
			`query($id: ID!, $yes: Boolean = true) { neighborhood(id: $id, depth: 2) { nodes { id c: caption @include(if: $yes) } edges { id c: caption @skip(if: false) } } }`,
		} {
			var got struct{ Neighborhood struct{ Nodes, Edges []item } }
			e.ok(t, q, map[string]any{"id": ada.ID}, &got)
			if diff := cmp.Diff(got.Neighborhood, plain.Neighborhood); diff != "" {
				t.Errorf("%s (-got +asked with everything):\n%s", q, diff)
			}
		}
	})
	t.Run("a node's entity is whole", func(t *testing.T) {
		// Without `entity` the store sends each node's short fields only
		// (kg.NeighborhoodOptions.BriefNodes); with it, the entity is the
		// one `entity(id:)` answers, aliases, country and dates included.
		const fields = `id name kind aliases mentions firstSeen lastSeen ... on Place { country } ... on Event { startDate endDate place { id } }`
		var hood struct {
			Neighborhood struct {
				Nodes []struct {
					ID     string          `json:"id"`
					Entity json.RawMessage `json:"entity"`
				} `json:"nodes"`
			} `json:"neighborhood"`
		}
		e.ok(t, `query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id entity { `+fields+` } } } }`, map[string]any{"id": ada.ID}, &hood)
		if len(hood.Neighborhood.Nodes) < 3 {
			t.Fatalf("bad test: %d nodes", len(hood.Neighborhood.Nodes))
		}
		country, place := false, false
		for _, n := range hood.Neighborhood.Nodes {
			var one struct {
				Entity json.RawMessage `json:"entity"`
			}
			e.ok(t, `query($id: ID!) { entity(id: $id) { `+fields+` } }`, map[string]any{"id": n.ID}, &one)
			if string(n.Entity) != string(one.Entity) {
				t.Errorf("node %s: entity %s, want %s", n.ID, n.Entity, one.Entity)
			}
			country = country || strings.Contains(string(one.Entity), `"country":"`)
			place = place || strings.Contains(string(one.Entity), `"place":{`)
		}
		if !country || !place {
			t.Errorf("bad test: no node with a country (%v) or a place (%v)", country, place)
		}
	})
	t.Run("status", func(t *testing.T) {
		// Ada met Clara; she denied meeting Bruno. The denied meeting is
		// an edge of its own, styled and captioned as denied, and gone
		// when only what happened is asked for, Bruno with it.
		// Each way the edges are made: counted or folded by the store, or
		// folded by the resolver from every statement.
		const q = `query($id: ID!, $statuses: [Status!], $caption: Boolean!, $relations: Boolean!) {
  neighborhood(id: $id, types: [MET], statuses: $statuses) {
    nodes { id }
    edges { id source target status weight caption @include(if: $caption) relations @include(if: $relations) { id } }
  }
}`
		type edgeJSON struct {
			ID, Source, Target, Status, Caption string
			Weight                              float64
		}
		held := edgeJSON{kg.EdgeKey(kg.Met, kg.Happened, ada.ID, clara.ID), ada.ID, clara.ID, "HAPPENED", "met, 2024-03-04", 1}
		denied := edgeJSON{kg.EdgeKey(kg.Met, kg.Denied, ada.ID, bruno.ID), ada.ID, bruno.ID, "DENIED", "met (denied), 2024-04-10", 1}
		for _, tt := range []struct {
			name      string
			statuses  []string
			wantNodes []string
			wantEdges []edgeJSON
		}{
			// Bruno and Clara's planned meeting joins two leaves: no step
			// of the walk follows it, so it is no edge.
			{"every status", nil, []string{ada.ID, bruno.ID, clara.ID}, []edgeJSON{denied, held}},
			{"happened only", []string{"HAPPENED"}, []string{ada.ID, clara.ID}, []edgeJSON{held}},
			{"denied only", []string{"DENIED"}, []string{ada.ID, bruno.ID}, []edgeJSON{denied}},
			{"planned only", []string{"PLANNED"}, []string{ada.ID}, nil},
		} {
			t.Run(tt.name, func(t *testing.T) {
				for _, mode := range []struct{ caption, relations bool }{{false, false}, {true, false}, {true, true}} {
					var got struct {
						Neighborhood struct {
							Nodes []struct{ ID string }
							Edges []edgeJSON
						}
					}
					e.ok(t, q, map[string]any{"id": ada.ID, "statuses": tt.statuses, "caption": mode.caption, "relations": mode.relations}, &got)
					wantEdges := slices.Clone(tt.wantEdges)
					for i := range wantEdges {
						if !mode.caption {
							wantEdges[i].Caption = ""
						}
					}
					var ids []string
					for _, n := range got.Neighborhood.Nodes {
						ids = append(ids, n.ID)
					}
					sort.Strings(ids)
					wantIDs := slices.Clone(tt.wantNodes)
					sort.Strings(wantIDs)
					if diff := cmp.Diff(ids, wantIDs); diff != "" {
						t.Errorf("nodes (-got +want):\n%s", diff)
					}
					if diff := cmp.Diff(got.Neighborhood.Edges, wantEdges, cmpopts.EquateEmpty()); diff != "" {
						t.Errorf("edges, %+v (-got +want):\n%s", mode, diff)
					}
				}
			})
		}
		codes := e.fails(t, request{query: q, vars: map[string]any{"id": ada.ID, "statuses": []string{"RUMOURED"}, "caption": true, "relations": false}})
		if diff := cmp.Diff(codes, []string{"GRAPHQL_VALIDATION_FAILED"}); diff != "" {
			t.Errorf("unknown status: codes (-got +want):\n%s", diff)
		}
	})
	t.Run("bad depth", func(t *testing.T) {
		codes := e.fails(t, request{query: q, vars: map[string]any{"id": ada.ID, "depth": 4}})
		if diff := cmp.Diff(codes, []string{"INVALID_INPUT"}); diff != "" {
			t.Errorf("codes (-got +want):\n%s", diff)
		}
	})
}

func testPaths(t *testing.T, e *env) {
	q := `query($from: ID!, $to: ID!, $mode: PathMode, $max: Int) {
  paths(from: $from, to: $to, mode: $mode, maxDepth: $max, first: 10) {
    paths { length nodes { id } edges { id type source { id } target { id } evidence { sentence start end article { id title } } } }
    graph { ...S }
  }
}` + sliceFields
	type pathJSON struct {
		Length int
		Nodes  []struct{ ID string }
		Edges  []struct {
			ID       string
			Type     string
			Source   struct{ ID string }
			Target   *struct{ ID string }
			Evidence struct {
				Sentence   string
				Start, End int
				Article    struct{ ID, Title string }
			}
		}
	}
	var got struct {
		Paths struct {
			Paths []pathJSON
			Graph sliceJSON
		}
	}
	// Dmitri spoke about Ada; Ada met Bruno: dmitri–ada–bruno is two hops.
	e.ok(t, q, map[string]any{"from": dmitri.ID, "to": bruno.ID, "mode": "ALL_SHORTEST", "max": 4}, &got)
	if len(got.Paths.Paths) == 0 {
		t.Fatal("no path")
	}
	arts := map[string]kg.Article{}
	for _, g := range fixture() {
		arts[g.Article.ID] = g.Article
	}
	inGraph := map[string]bool{}
	for _, n := range got.Paths.Graph.Nodes {
		inGraph[n.ID] = true
	}
	for _, p := range got.Paths.Paths {
		if p.Length != 2 || len(p.Nodes) != 3 || len(p.Edges) != 2 {
			t.Errorf("path %+v: want 2 hops", p)
			continue
		}
		if p.Nodes[0].ID != dmitri.ID || p.Nodes[2].ID != bruno.ID {
			t.Errorf("path from %s to %s", p.Nodes[0].ID, p.Nodes[2].ID)
		}
		for i, ed := range p.Edges {
			ends := []string{ed.Source.ID, ed.Target.ID}
			if !slices.Contains(ends, p.Nodes[i].ID) || !slices.Contains(ends, p.Nodes[i+1].ID) {
				t.Errorf("edge %d (%v) does not join %s and %s", i, ends, p.Nodes[i].ID, p.Nodes[i+1].ID)
			}
			a := arts[ed.Evidence.Article.ID]
			if a.Text[ed.Evidence.Start:ed.Evidence.End] != ed.Evidence.Sentence || ed.Evidence.Article.Title != a.Title {
				t.Errorf("edge %s: evidence does not point into its article", ed.ID)
			}
		}
		for _, n := range p.Nodes {
			if !inGraph[n.ID] {
				t.Errorf("path node %s missing from the union graph", n.ID)
			}
		}
	}
	checkDrawable(t, got.Paths.Graph)

	t.Run("statuses", func(t *testing.T) {
		// Dmitri reaches Bruno through Ada, who denied meeting him; with
		// only what happened or was planned, the way goes round by Clara,
		// whose meeting with Bruno is planned; with only what happened,
		// there is none.
		const q = `query($from: ID!, $to: ID!, $statuses: [Status!]) {
  paths(from: $from, to: $to, statuses: $statuses, mode: ALL_SHORTEST) {
    paths { nodes { id } edges { status } }
    graph { edges { status } }
  }
}`
		for _, tt := range []struct {
			name     string
			statuses []string
			want     [][]string
		}{
			{"every status", nil, [][]string{{dmitri.ID, ada.ID, bruno.ID}}},
			{"happened or planned", []string{"HAPPENED", "PLANNED"}, [][]string{{dmitri.ID, ada.ID, clara.ID, bruno.ID}}},
			{"happened only", []string{"HAPPENED"}, nil},
		} {
			t.Run(tt.name, func(t *testing.T) {
				var got struct {
					Paths struct {
						Paths []struct {
							Nodes []struct{ ID string }
							Edges []struct{ Status string }
						}
						Graph struct{ Edges []struct{ Status string } }
					}
				}
				e.ok(t, q, map[string]any{"from": dmitri.ID, "to": bruno.ID, "statuses": tt.statuses}, &got)
				var seqs [][]string
				for _, p := range got.Paths.Paths {
					var seq []string
					for _, n := range p.Nodes {
						seq = append(seq, n.ID)
					}
					seqs = append(seqs, seq)
					for _, ed := range p.Edges {
						if len(tt.statuses) > 0 && !slices.Contains(tt.statuses, ed.Status) {
							t.Errorf("path edge of status %s, want one of %v", ed.Status, tt.statuses)
						}
					}
				}
				if diff := cmp.Diff(seqs, tt.want); diff != "" {
					t.Errorf("paths (-got +want):\n%s", diff)
				}
				for _, ed := range got.Paths.Graph.Edges {
					if len(tt.statuses) > 0 && !slices.Contains(tt.statuses, ed.Status) {
						t.Errorf("graph edge of status %s, want one of %v", ed.Status, tt.statuses)
					}
				}
			})
		}
	})
	t.Run("not connected within maxDepth", func(t *testing.T) {
		var got struct{ Paths struct{ Paths []pathJSON } }
		e.ok(t, q, map[string]any{"from": dmitri.ID, "to": bruno.ID, "max": 1}, &got)
		if len(got.Paths.Paths) != 0 {
			t.Errorf("got %d paths of at most 1 hop, want none", len(got.Paths.Paths))
		}
	})
	t.Run("maxDepth above 6", func(t *testing.T) {
		codes := e.fails(t, request{query: q, vars: map[string]any{"from": dmitri.ID, "to": bruno.ID, "max": 7}})
		if diff := cmp.Diff(codes, []string{"INVALID_INPUT"}); diff != "" {
			t.Errorf("codes (-got +want):\n%s", diff)
		}
	})
}

func testTimeline(t *testing.T, e *env) {
	q := `query($id: ID!, $first: Int, $after: String) {
  timeline(entity: $id, first: $first, after: $after) {
    edges { cursor node { date precision relation { id type } event { id } } }
    pageInfo { endCursor hasNextPage }
  }
}`
	type entry struct {
		Date      string
		Precision string
		Relation  struct{ ID, Type string }
		Event     *struct{ ID string }
	}
	for _, who := range []kg.Entity{ada, dmitri, summit} {
		t.Run(who.Name, func(t *testing.T) {
			var got []entry
			vars := map[string]any{"id": who.ID, "first": 2}
			for range 20 {
				var page struct {
					Timeline struct {
						Edges []struct {
							Cursor string
							Node   entry
						}
						PageInfo pageInfoJSON
					}
				}
				e.ok(t, q, vars, &page)
				for _, ed := range page.Timeline.Edges {
					got = append(got, ed.Node)
				}
				if !page.Timeline.PageInfo.HasNextPage {
					break
				}
				vars["after"] = *page.Timeline.PageInfo.EndCursor
			}
			want := fixtureRelations(func(r kg.Relation) bool {
				return !r.Date.IsZero() && (r.Source == who.ID || r.Target == who.ID)
			})
			slices.SortFunc(want, func(a, b kg.Relation) int {
				if c := a.Date.Compare(b.Date); c != 0 {
					return c
				}
				return strings.Compare(a.ID, b.ID)
			})
			var gotIDs, wantIDs []string
			for _, g := range got {
				gotIDs = append(gotIDs, g.Relation.ID)
			}
			for _, w := range want {
				wantIDs = append(wantIDs, w.ID)
			}
			if diff := cmp.Diff(gotIDs, wantIDs); diff != "" {
				t.Errorf("timeline (-got +want):\n%s", diff)
			}
			for _, g := range got {
				isEvent := who.Kind == kg.Event || g.Relation.Type == string(kg.ParticipatedIn)
				if isEvent != (g.Event != nil) || (g.Event != nil && g.Event.ID != summit.ID) {
					t.Errorf("entry %s (%s): event = %+v", g.Relation.ID, g.Relation.Type, g.Event)
				}
			}
		})
	}
}

type relConn struct {
	Edges []struct {
		Cursor string
		Node   struct {
			ID     string
			Type   string
			Status string
			Quote  *string
			Date   *string
			Source struct{ ID string }
			Target *struct{ ID string }
		}
	}
	PageInfo pageInfoJSON
}

func (c relConn) ids() []string {
	var out []string
	for _, e := range c.Edges {
		out = append(out, e.Node.ID)
	}
	return out
}

func sortedIDs(rs []kg.Relation) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.ID)
	}
	sort.Strings(out)
	return out
}

func testInvestigations(t *testing.T, e *env) {
	const sel = `{ edges { cursor node { id type status quote date source { id } target { id } } } pageInfo { hasNextPage endCursor } }`
	tests := []struct {
		name  string
		query string
		vars  map[string]any
		keep  func(kg.Relation) bool
	}{
		{"statements by speaker", `query($a: ID) { r: statements(speaker: $a) ` + sel + `}`, map[string]any{"a": dmitri.ID},
			func(r kg.Relation) bool { return r.Type == kg.Said && r.Source == dmitri.ID }},
		{"statements about", `query($a: ID) { r: statements(about: $a) ` + sel + `}`, map[string]any{"a": guard.ID},
			func(r kg.Relation) bool { return r.Type == kg.Said && r.Target == guard.ID }},
		{"statements by text", `query($a: String) { r: statements(text: $a) ` + sel + `}`, map[string]any{"a": "TALKS must"},
			func(r kg.Relation) bool { return r.Type == kg.Said && strings.Contains(r.Quote, "talks must") }},
		{"attacks by attacker", `query($a: ID) { r: attacks(attacker: $a) ` + sel + `}`, map[string]any{"a": guard.ID},
			func(r kg.Relation) bool { return r.Type == kg.Attacked && r.Source == guard.ID }},
		{"attacks on a place", `query($a: ID) { r: attacks(place: $a) ` + sel + `}`, map[string]any{"a": lakeTown.ID},
			func(r kg.Relation) bool { return r.Type == kg.Attacked && r.Target == lakeTown.ID }},
		{"attacks in a date range", `query { r: attacks(from: "2024-04-01", to: "2024-04-30") ` + sel + `}`, nil,
			func(r kg.Relation) bool { return r.Type == kg.Attacked && r.Date.Month() == 4 }},
		{"meetings of a participant", `query($a: ID) { r: meetings(participant: $a) ` + sel + `}`, map[string]any{"a": clara.ID},
			func(r kg.Relation) bool { return r.Type == kg.Met && (r.Source == clara.ID || r.Target == clara.ID) }},
		{"meetings between two, either direction", `query($a: ID, $b: ID) { r: meetings(participant: $a, with: $b) ` + sel + `}`, map[string]any{"a": clara.ID, "b": ada.ID},
			func(r kg.Relation) bool {
				return r.Type == kg.Met && ((r.Source == clara.ID && r.Target == ada.ID) || (r.Source == ada.ID && r.Target == clara.ID))
			}},
		{"planned meetings", `query { r: meetings(status: [PLANNED]) ` + sel + `}`, nil,
			func(r kg.Relation) bool { return r.Type == kg.Met && r.Status == kg.Planned }},
		{"relations of an article", `query($a: ID) { r: relations(article: $a) ` + sel + `}`, map[string]any{"a": fixture()[1].Article.ID},
			func(r kg.Relation) bool { return r.Evidence.ArticleID == fixture()[1].Article.ID }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct{ R relConn }
			e.ok(t, tt.query, tt.vars, &got)
			ids := got.R.ids()
			sort.Strings(ids)
			want := sortedIDs(fixtureRelations(tt.keep))
			if len(want) == 0 {
				t.Fatal("test expects nothing: the fixture lost what it tests")
			}
			if diff := cmp.Diff(ids, want); diff != "" {
				t.Errorf("relations (-got +want):\n%s", diff)
			}
		})
	}
	t.Run("meetings between two, paged one at a time", func(t *testing.T) {
		q := `query($a: ID, $b: ID, $after: String) { r: meetings(participant: $a, with: $b, first: 1, after: $after) ` + sel + `}`
		vars := map[string]any{"a": ada.ID, "b": clara.ID}
		var ids []string
		for range 10 {
			var got struct{ R relConn }
			e.ok(t, q, vars, &got)
			ids = append(ids, got.R.ids()...)
			if !got.R.PageInfo.HasNextPage {
				break
			}
			vars["after"] = *got.R.PageInfo.EndCursor
		}
		sort.Strings(ids)
		want := sortedIDs(fixtureRelations(func(r kg.Relation) bool {
			return r.Type == kg.Met && ((r.Source == clara.ID && r.Target == ada.ID) || (r.Source == ada.ID && r.Target == clara.ID))
		}))
		if diff := cmp.Diff(ids, want); diff != "" {
			t.Errorf("meetings (-got +want):\n%s", diff)
		}
	})
	t.Run("quote and undated", func(t *testing.T) {
		var got struct{ R relConn }
		e.ok(t, `query($a: ID) { r: statements(speaker: $a) `+sel+`}`, map[string]any{"a": dmitri.ID}, &got)
		n := len(got.R.Edges)
		if n == 0 {
			t.Fatal("no statements")
		}
		last := got.R.Edges[n-1].Node
		if last.Date != nil || deref(last.Quote) != "the Northern Guard was a threat" {
			t.Errorf("last statement = date %v quote %q, want the undated one last", deref(last.Date), deref(last.Quote))
		}
	})
}

func testRelationsPagination(t *testing.T, e *env) {
	q := `query($first: Int, $after: String, $last: Int, $before: String) {
  r: relations(first: $first, after: $after, last: $last, before: $before) { edges { cursor node { id } } pageInfo { startCursor endCursor hasNextPage hasPreviousPage } }
}`
	all, err := e.store.Store.Relations(context.Background(), kg.RelationFilter{}, kg.Page{First: kg.MaxPageSize})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, r := range all.Relations {
		want = append(want, r.ID)
	}
	var fwd, back []string
	vars := map[string]any{"first": 3}
	for range 20 {
		var got struct{ R relConn }
		e.ok(t, q, vars, &got)
		fwd = append(fwd, got.R.ids()...)
		if !got.R.PageInfo.HasNextPage {
			break
		}
		vars["after"] = *got.R.PageInfo.EndCursor
	}
	vars = map[string]any{"last": 3}
	for range 20 {
		var got struct{ R relConn }
		e.ok(t, q, vars, &got)
		back = append(got.R.ids(), back...)
		if !got.R.PageInfo.HasPreviousPage {
			break
		}
		vars["before"] = *got.R.PageInfo.StartCursor
	}
	if diff := cmp.Diff(fwd, want); diff != "" {
		t.Errorf("forward (-got +want):\n%s", diff)
	}
	if diff := cmp.Diff(back, want); diff != "" {
		t.Errorf("backward (-got +want):\n%s", diff)
	}
	if len(want) != len(fixtureRelations(func(kg.Relation) bool { return true })) {
		t.Errorf("store lists %d relations, fixture has %d", len(want), len(fixtureRelations(func(kg.Relation) bool { return true })))
	}
}

func testArticles(t *testing.T, e *env) {
	fx := fixture()
	q := `query($id: ID!) {
  article(id: $id) {
    id title date source url text
    entities(first: 50) { count entity { id } }
    relations(first: 50) { edges { node { id evidence { start end sentence article { id } } } } }
  }
}`
	for _, g := range fx {
		t.Run(g.Article.Title, func(t *testing.T) {
			var got struct {
				Article struct {
					ID, Title, Date, Source, URL, Text string
					Entities                           []struct {
						Count  int
						Entity struct{ ID string }
					}
					Relations struct {
						Edges []struct {
							Node struct {
								ID       string
								Evidence struct {
									Start, End int
									Sentence   string
									Article    struct{ ID string }
								}
							}
						}
					}
				}
			}
			e.ok(t, q, map[string]any{"id": g.Article.ID}, &got)
			a := got.Article
			if a.ID != g.Article.ID || a.Title != g.Article.Title || a.Date != g.Article.Date.Format(kg.DateLayout) || a.Text != g.Article.Text || a.URL != g.Article.URL {
				t.Errorf("article = %+v, want %+v", a, g.Article)
			}
			gotEnt := map[string]int{}
			for _, x := range a.Entities {
				gotEnt[x.Entity.ID] = x.Count
			}
			wantEnt := map[string]int{}
			for _, x := range g.Entities {
				wantEnt[x.ID] = x.Mentions
			}
			if diff := cmp.Diff(gotEnt, wantEnt); diff != "" {
				t.Errorf("entities (-got +want):\n%s", diff)
			}
			var ids []string
			for _, ed := range a.Relations.Edges {
				ids = append(ids, ed.Node.ID)
				ev := ed.Node.Evidence
				if ev.Article.ID != g.Article.ID || a.Text[ev.Start:ev.End] != ev.Sentence {
					t.Errorf("relation %s: evidence %+v does not point into the article", ed.Node.ID, ev)
				}
			}
			sort.Strings(ids)
			if diff := cmp.Diff(ids, sortedIDs(g.Relations)); diff != "" {
				t.Errorf("relations (-got +want):\n%s", diff)
			}
		})
	}
	t.Run("missing is null", func(t *testing.T) {
		var got struct{ Article *struct{ ID string } }
		e.ok(t, `{ article(id: "article:0000") { id } }`, nil, &got)
		if got.Article != nil {
			t.Errorf("article = %+v, want null", got.Article)
		}
	})
	t.Run("list", func(t *testing.T) {
		q := `query($entity: ID, $from: Date, $first: Int, $after: String) { articles(entity: $entity, from: $from, first: $first, after: $after) { edges { node { id date } } pageInfo { hasNextPage endCursor } } }`
		tests := []struct {
			name string
			vars map[string]any
			keep func(kg.Subgraph) bool
		}{
			{"all", nil, func(kg.Subgraph) bool { return true }},
			{"naming an entity", map[string]any{"entity": dmitri.ID}, func(g kg.Subgraph) bool {
				return slices.ContainsFunc(g.Entities, func(x kg.Entity) bool { return x.ID == dmitri.ID })
			}},
			{"from a date", map[string]any{"from": "2024-03-02"}, func(g kg.Subgraph) bool { return !g.Article.Date.Before(day("2024-03-02")) }},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				vars := map[string]any{"first": 1}
				for k, v := range tt.vars {
					vars[k] = v
				}
				var got []string
				for range 10 {
					var page struct {
						Articles struct {
							Edges []struct {
								Node struct{ ID, Date string }
							}
							PageInfo pageInfoJSON
						}
					}
					e.ok(t, q, vars, &page)
					for _, ed := range page.Articles.Edges {
						got = append(got, ed.Node.ID)
					}
					if !page.Articles.PageInfo.HasNextPage {
						break
					}
					vars["after"] = *page.Articles.PageInfo.EndCursor
				}
				var keep []kg.Subgraph
				for _, g := range fx {
					if tt.keep(g) {
						keep = append(keep, g)
					}
				}
				// Newest first.
				slices.SortFunc(keep, func(a, b kg.Subgraph) int { return b.Article.Date.Compare(a.Article.Date) })
				var want []string
				for _, g := range keep {
					want = append(want, g.Article.ID)
				}
				if diff := cmp.Diff(got, want); diff != "" {
					t.Errorf("articles (-got +want):\n%s", diff)
				}
			})
		}
	})
}

func testArticlesBackward(t *testing.T, e *env) {
	q := `query($last: Int, $before: String) { articles(last: $last, before: $before) { edges { node { id } } pageInfo { hasPreviousPage startCursor } } }`
	vars := map[string]any{"last": 1}
	var got []string
	for range 10 {
		var page struct {
			Articles struct {
				Edges []struct {
					Node struct{ ID string }
				}
				PageInfo pageInfoJSON
			}
		}
		e.ok(t, q, vars, &page)
		for i := len(page.Articles.Edges) - 1; i >= 0; i-- {
			got = append([]string{page.Articles.Edges[i].Node.ID}, got...)
		}
		if !page.Articles.PageInfo.HasPreviousPage {
			break
		}
		vars["before"] = *page.Articles.PageInfo.StartCursor
	}
	fx := fixture()
	slices.SortFunc(fx, func(a, b kg.Subgraph) int { return b.Article.Date.Compare(a.Article.Date) })
	var want []string
	for _, g := range fx {
		want = append(want, g.Article.ID)
	}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("articles paged backward (-got +want):\n%s", diff)
	}
}

func testStats(t *testing.T, e *env) {
	var got struct {
		Stats struct {
			Articles, Entities, Relations int
			EntitiesByKind                []struct {
				Kind  string
				Count int
			}
			RelationsByType []struct {
				Type  string
				Count int
			}
		}
		Health struct {
			Ok    bool
			Store string
		}
	}
	e.ok(t, `{ stats { articles entities relations entitiesByKind { kind count } relationsByType { type count } } health { ok store } }`, nil, &got)
	fx := fixture()
	ents := map[string]kg.Kind{}
	rels := map[string]int{}
	for _, g := range fx {
		for _, x := range g.Entities {
			ents[x.ID] = x.Kind
		}
		for _, r := range g.Relations {
			rels[string(r.Type)]++
		}
	}
	if got.Stats.Articles != len(fx) || got.Stats.Entities != len(ents) || got.Stats.Relations != len(fixtureRelations(func(kg.Relation) bool { return true })) {
		t.Errorf("stats = %+v, want %d articles, %d entities", got.Stats, len(fx), len(ents))
	}
	gotTypes := map[string]int{}
	for _, x := range got.Stats.RelationsByType {
		if x.Count > 0 {
			gotTypes[x.Type] = x.Count
		}
	}
	if diff := cmp.Diff(gotTypes, rels); diff != "" {
		t.Errorf("relations by type (-got +want):\n%s", diff)
	}
	if len(got.Stats.EntitiesByKind) != len(kg.Kinds) {
		t.Errorf("entitiesByKind lists %d kinds, want all %d", len(got.Stats.EntitiesByKind), len(kg.Kinds))
	}
	if !got.Health.Ok || got.Health.Store != "ok" {
		t.Errorf("health = %+v, want ok", got.Health)
	}
}

// testNoNPlusOne checks that the store calls a page causes do not grow with
// the page: endpoints, places and articles of a page's items are loaded in
// one batch each.
func testNoNPlusOne(t *testing.T, e *env) {
	queries := []struct {
		name  string
		query string
	}{
		{"relations with endpoints and evidence", `query($n: Int) {
  relations(first: $n) { edges { node {
    id source { id name ... on Event { place { name } } }
    target { id name kind }
    evidence { sentence article { id title date } }
  } } }
}`},
		{"entities with event places", `query($n: Int) {
  entities(first: $n, orderBy: NAME) { totalCount edges { node { id name ... on Event { place { id name } } } } }
}`},
		{"neighborhood with edge endpoints", `query($n: Int) {
  neighborhood(id: "` + ada.ID + `", depth: 2, limit: $n) {
    nodes { id entity { name } }
    edges { id relation { source { name } target { name } evidence { article { title } } } }
  }
}`},
		{"entities with relations, endpoints and articles", `query($n: Int) {
  entities(first: $n) { nodes { id relations(first: 3) { pageInfo { hasNextPage } nodes { source { name } target { name } evidence { article { title } } } } } }
}`},
		{"entities with one argument set under two names", `query($n: Int) {
  entities(first: $n) { nodes { a: relations(first: 2, types: [MET, SAID]) { nodes { id } } b: relations(first: 2, types: [SAID, MET]) { nodes { source { name } } } } }
}`},
		{"neighborhood nodes with their relations", `query($n: Int) {
  neighborhood(id: "` + ada.ID + `", depth: 2, limit: $n) { nodes { entity { relations(first: 2) { nodes { target { name } } } } } }
}`},
		{"search hits with their relations", `query($n: Int) {
  search(text: "a", first: $n) { entity { relations(first: 2, types: [MET, SAID]) { nodes { source { name } evidence { article { title } } } } } }
}`},
		{"articles with their entities", `query($n: Int) {
  articles(first: $n) { edges { node { id entities(first: 5) { count entity { name } } } } }
}`},
	}
	for _, q := range queries {
		t.Run(q.name, func(t *testing.T) {
			var calls []map[string]int
			for _, n := range []int{1, 2, 5, 50} {
				e.store.reset()
				var out map[string]any
				e.ok(t, q.query, map[string]any{"n": n}, &out)
				calls = append(calls, e.store.reset())
			}
			for i := 1; i < len(calls); i++ {
				for method, n := range calls[i] {
					if n != calls[0][method] && !(calls[0][method] == 0 && n == 1) {
						t.Errorf("%s calls grow with the page: %v then %v", method, calls[0], calls[i])
					}
				}
			}
			t.Logf("store calls for pages of 1, 2, 5, 50: %v", calls)
			for method, n := range calls[len(calls)-1] {
				if n > 1 {
					t.Errorf("%d %s calls for one page, want at most 1", n, method)
				}
			}
		})
	}
}

func testLimits(t *testing.T, e *env) {
	deep := `{ entity(id: "` + ada.ID + `") { ... on Person { relations(first: 1) { edges { node { source { ... on Person { relations(first: 1) { edges { node { source { ... on Person { relations(first: 1) { edges { node { id } } } } } } } } } } } } } } } }`
	tests := []struct {
		name string
		req  request
		want string
	}{
		{"depth", request{query: deep}, "TOO_COMPLEX"},
		{"depth through fragments", request{query: `{ entity(id: "x") { ...A } }
fragment A on Person { relations(first: 1) { edges { node { source { ...B } } } } }
fragment B on Person { relations(first: 1) { edges { node { source { ...C } } } } }
fragment C on Person { relations(first: 1) { edges { node { id } } } }`}, "TOO_COMPLEX"},
		{"complexity", request{query: `{ entities(first: 500) { edges { node { ... on Person { relations(first: 500) { edges { node { id } } } } } } } }`}, "TOO_COMPLEX"},
		{"neighborhood complexity", request{query: `{ neighborhood(id: "x", depth: 3, limit: 2000, fanOut: 500) { nodes { entity { articles(first: 100) { nodes { id title } } } } } }`}, "TOO_COMPLEX"},
		{"page size", request{query: `{ entities(first: 501) { edges { cursor } } }`}, "INVALID_INPUT"},
		{"negative page", request{query: `{ relations(last: -1) { edges { cursor } } }`}, "INVALID_INPUT"},
		{"first and last", request{query: `{ articles(first: 1, last: 1) { edges { cursor } } }`}, "INVALID_INPUT"},
		{"bad cursor", request{query: `{ entities(after: "not a cursor") { edges { cursor } } }`}, "INVALID_INPUT"},
		{"bad date", request{query: `{ attacks(from: "last tuesday") { edges { cursor } } }`}, "INVALID_INPUT"},
		{"token limit", request{query: "{ stats { articles " + strings.Repeat("articles ", 20000) + "} }"}, "TOO_COMPLEX"},
		{"too many articles", request{query: `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articleId } }`,
			vars: map[string]any{"a": slices.Repeat([]map[string]any{{"text": "x"}}, graph.MaxIngestArticles+1)}}, "INVALID_INPUT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			codes := e.fails(t, tt.req)
			if len(codes) == 0 || codes[0] != tt.want {
				t.Errorf("codes = %v, want %s", codes, tt.want)
			}
		})
	}
	t.Run("introspection is not depth limited", func(t *testing.T) {
		var out map[string]any
		e.ok(t, `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }`, nil, &out)
	})
	t.Run("timeout reaches the store", func(t *testing.T) {
		// The decorator waits for the request's deadline, then calls the
		// real store with the expired context.
		slow := newEnv(t, func(t *testing.T) kg.Store { return e.store.Store }, false, func(c *graph.Config) { c.Timeout = 100 * time.Millisecond })
		slow.store.block.Store(true)
		resp := slow.post(t, request{query: `{ entities { edges { cursor } } }`})
		if diff := cmp.Diff(resp.codes(), []string{"TIMEOUT"}); diff != "" {
			t.Errorf("codes (-got +want):\n%s", diff)
		}
		if calls := slow.store.reset(); calls["Entities"] != 1 {
			t.Errorf("store calls = %v, want the one Entities call", calls)
		}
	})
	t.Run("deadline before execution", func(t *testing.T) {
		slow := newEnv(t, func(t *testing.T) kg.Store { return e.store.Store }, false, func(c *graph.Config) { c.Timeout = time.Nanosecond })
		resp := slow.post(t, request{query: `{ stats { articles } }`})
		if diff := cmp.Diff(resp.codes(), []string{"TIMEOUT"}); diff != "" {
			t.Errorf("codes (-got +want):\n%s", diff)
		}
	})
}

func testAPQ(t *testing.T, e *env) {
	q := `query APQ { stats { articles } }`
	sum := sha256.Sum256([]byte(q))
	ext := map[string]any{"persistedQuery": map[string]any{"version": 1, "sha256Hash": hex.EncodeToString(sum[:])}}

	resp := e.post(t, request{extensions: ext})
	if diff := cmp.Diff(resp.codes(), []string{"PERSISTED_QUERY_NOT_FOUND"}); diff != "" {
		t.Fatalf("hash before registration (-got +want):\n%s", diff)
	}
	if resp := e.post(t, request{query: q, extensions: ext}); len(resp.Errors) > 0 {
		t.Fatalf("registering: %+v", resp.Errors)
	}
	resp = e.post(t, request{extensions: ext})
	if len(resp.Errors) > 0 {
		t.Fatalf("hash after registration: %+v", resp.Errors)
	}
	var got struct{ Stats struct{ Articles int } }
	if err := json.Unmarshal(resp.Data, &got); err != nil || got.Stats.Articles != len(fixture()) {
		t.Errorf("persisted query answered %s, want %d articles", resp.Data, len(fixture()))
	}
}

func testErrors(t *testing.T, open func(t *testing.T) kg.Store) {
	e := newEnv(t, open, true, nil)
	secret := errors.New(`driver: SELECT secret_column FROM hidden_table near "x": syntax error`)
	tests := []struct {
		name    string
		err     error
		want    string
		message string
	}{
		{"internal", secret, "INTERNAL", "internal error"},
		{"unavailable", errors.Join(kg.ErrUnavailable, secret), "UNAVAILABLE", "service unavailable"},
		{"not found", kg.ErrNotFound, "NOT_FOUND", ""},
		{"invalid", kg.ErrInvalid, "INVALID_INPUT", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e.store.fail.Store(&tt.err)
			defer e.store.fail.Store(nil)
			resp := e.post(t, request{query: `{ entities { edges { cursor } } }`})
			if diff := cmp.Diff(resp.codes(), []string{tt.want}); diff != "" {
				t.Fatalf("codes (-got +want):\n%s", diff)
			}
			msg := resp.Errors[0].Message
			if tt.message != "" && msg != tt.message {
				t.Errorf("message = %q, want %q", msg, tt.message)
			}
			if strings.Contains(msg, "secret_column") || strings.Contains(msg, "driver") {
				t.Errorf("message %q leaks the store's error", msg)
			}
		})
	}
	t.Run("panic", func(t *testing.T) {
		e.store.panic.Store(true)
		defer e.store.panic.Store(false)
		resp := e.post(t, request{query: `{ entities { edges { cursor } } }`})
		if diff := cmp.Diff(resp.codes(), []string{"INTERNAL"}); diff != "" {
			t.Fatalf("codes (-got +want):\n%s", diff)
		}
		if msg := resp.Errors[0].Message; msg != "internal error" {
			t.Errorf("message = %q, want internal error", msg)
		}
		if !strings.Contains(e.logs.String(), "store exploded") {
			t.Errorf("panic not logged; log:\n%s", e.logs.String())
		}
	})
	if !strings.Contains(e.logs.String(), "secret_column") {
		t.Errorf("internal error not logged; log:\n%s", e.logs.String())
	}
	t.Run("not found on delete", func(t *testing.T) {
		resp := e.post(t, request{query: `mutation { deleteArticle(id: "article:00") }`})
		if diff := cmp.Diff(resp.codes(), []string{"NOT_FOUND"}); diff != "" {
			t.Errorf("codes (-got +want):\n%s", diff)
		}
	})
	t.Run("validation keeps its code", func(t *testing.T) {
		resp := e.post(t, request{query: `{ nosuchfield }`})
		if diff := cmp.Diff(resp.codes(), []string{"GRAPHQL_VALIDATION_FAILED"}); diff != "" {
			t.Errorf("codes (-got +want):\n%s", diff)
		}
	})
}

func testAuth(t *testing.T, open func(t *testing.T) kg.Store) {
	const key = "s3cret-key"
	mutation := `mutation { deleteArticle(id: "article:00") }` // NOT_FOUND once past the key
	query := `{ stats { articles } }`
	tests := []struct {
		name   string
		reads  bool
		query  string
		header map[string]string
		want   []string // codes; nil for success
	}{
		{"mutation without key", false, mutation, nil, []string{"UNAUTHORIZED"}},
		{"mutation with wrong key", false, mutation, map[string]string{"Authorization": "Bearer nope"}, []string{"UNAUTHORIZED"}},
		{"mutation with bearer", false, mutation, map[string]string{"Authorization": "Bearer " + key}, []string{"NOT_FOUND"}},
		{"mutation with X-API-Key", false, mutation, map[string]string{"X-API-Key": key}, []string{"NOT_FOUND"}},
		{"read is open", false, query, nil, nil},
		{"read needs key", true, query, nil, []string{"UNAUTHORIZED"}},
		{"read with key", true, query, map[string]string{"X-API-Key": key}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, open, false, func(c *graph.Config) { c.APIKey, c.RequireKeyForReads = key, tt.reads })
			resp := e.post(t, request{query: tt.query, header: tt.header})
			if diff := cmp.Diff(resp.codes(), tt.want); diff != "" {
				t.Errorf("codes (-got +want):\n%s", diff)
			}
			if calls := e.store.reset(); slices.Contains(tt.want, "UNAUTHORIZED") && len(calls) > 0 {
				t.Errorf("refused request reached the store: %v", calls)
			}
		})
	}
}

const newsText = `Maria Lindqvist met Tomas Brandt in Oslo on Monday. Lindqvist said the talks were "useful and frank".`

func testIngest(t *testing.T, open func(t *testing.T) kg.Store) {
	e := newEnv(t, open, false, nil)
	q := `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articleId unchanged entities relations error article { id title } } }`
	vars := map[string]any{"a": []map[string]any{{"text": newsText, "title": "Talks in Oslo", "date": "2024-05-06"}}}
	type result struct {
		ArticleID string
		Unchanged bool
		Entities  int
		Relations int
		Error     *string
		Article   *struct{ ID, Title string }
	}
	var first struct{ IngestArticles []result }
	e.ok(t, q, vars, &first)
	if len(first.IngestArticles) != 1 {
		t.Fatalf("results = %+v, want 1", first.IngestArticles)
	}
	r := first.IngestArticles[0]
	if r.ArticleID != kg.ArticleID(newsText) || r.Unchanged || r.Entities == 0 || r.Error != nil || r.Article == nil || r.Article.Title != "Talks in Oslo" {
		t.Errorf("first ingest = %+v", r)
	}
	stored, err := e.store.Store.Article(context.Background(), r.ArticleID)
	if err != nil || stored.Text != newsText {
		t.Fatalf("stored article = %+v, %v", stored, err)
	}

	var again struct{ IngestArticles []result }
	e.ok(t, q, vars, &again)
	if got := again.IngestArticles[0]; !got.Unchanged || got.ArticleID != r.ArticleID {
		t.Errorf("second ingest = %+v, want unchanged", got)
	}

	var del struct{ DeleteArticle string }
	e.ok(t, `mutation($id: ID!) { deleteArticle(id: $id) }`, map[string]any{"id": r.ArticleID}, &del)
	if del.DeleteArticle != r.ArticleID {
		t.Errorf("deleteArticle = %q, want %q", del.DeleteArticle, r.ArticleID)
	}
	if _, err := e.store.Store.Article(context.Background(), r.ArticleID); !errors.Is(err, kg.ErrNotFound) {
		t.Errorf("article after delete: %v, want not found", err)
	}
	t.Run("empty text", func(t *testing.T) {
		var got struct{ IngestArticles []result }
		e.ok(t, q, map[string]any{"a": []map[string]any{{"text": " "}}}, &got)
		if r := got.IngestArticles; len(r) != 1 || r[0].Error == nil || !strings.Contains(*r[0].Error, "article 1: no article text") {
			t.Errorf("results = %+v, want article 1 refused for want of text", r)
		}
	})
}

func testEntitiesFilters(t *testing.T, e *env) {
	q := `query($name: String, $from: Date, $to: Date, $kind: [EntityKind!]) {
  entities(name: $name, seenFrom: $from, seenTo: $to, kind: $kind, first: 500) { totalCount edges { node { id } } }
}`
	// seen says whether an entity is named by an article dated in [from, to].
	seen := func(id, from, to string) bool {
		for _, g := range fixture() {
			d := g.Article.Date
			if (from != "" && d.Before(day(from))) || (to != "" && d.After(day(to))) {
				continue
			}
			if slices.ContainsFunc(g.Entities, func(x kg.Entity) bool { return x.ID == id }) {
				return true
			}
		}
		return false
	}
	all := map[string]kg.Entity{}
	for _, g := range fixture() {
		for _, x := range g.Entities {
			all[x.ID] = x
		}
	}
	tests := []struct {
		name string
		vars map[string]any
		keep func(kg.Entity) bool
	}{
		{"name, any case", map[string]any{"name": "OSEI"}, func(x kg.Entity) bool { return x.ID == clara.ID }},
		{"name part", map[string]any{"name": "town"}, func(x kg.Entity) bool { return strings.Contains(strings.ToLower(x.Name), "town") }},
		{"seen from", map[string]any{"from": "2024-04-01"}, func(x kg.Entity) bool { return seen(x.ID, "2024-04-01", "") }},
		{"seen until", map[string]any{"to": "2024-03-01"}, func(x kg.Entity) bool { return seen(x.ID, "", "2024-03-01") }},
		{"one kind as a single value", map[string]any{"kind": "ORGANIZATION"}, func(x kg.Entity) bool { return x.Kind == kg.Organization }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct{ Entities entityConn }
			e.ok(t, q, tt.vars, &got)
			ids := got.Entities.ids()
			sort.Strings(ids)
			var want []string
			for id, x := range all {
				if tt.keep(x) {
					want = append(want, id)
				}
			}
			sort.Strings(want)
			if diff := cmp.Diff(ids, want); diff != "" {
				t.Errorf("entities (-got +want):\n%s", diff)
			}
			if got.Entities.TotalCount != len(want) {
				t.Errorf("totalCount = %d, want %d", got.Entities.TotalCount, len(want))
			}
		})
	}
}

func testEntityConnections(t *testing.T, e *env) {
	q := `query($id: ID!, $dir: Direction, $types: [RelationType!]) {
  entity(id: $id) {
    relations(direction: $dir, types: $types, first: 500) { nodes { id } }
    articles(first: 500) { nodes { id } }
  }
}`
	tests := []struct {
		name  string
		who   kg.Entity
		dir   string
		types []string
		keep  func(kg.Relation) bool
	}{
		{"both ends", ada, "BOTH", nil, func(r kg.Relation) bool { return r.Source == ada.ID || r.Target == ada.ID }},
		{"out", ada, "OUT", nil, func(r kg.Relation) bool { return r.Source == ada.ID }},
		{"in", ada, "IN", nil, func(r kg.Relation) bool { return r.Target == ada.ID }},
		{"typed", guard, "BOTH", []string{"SAID"}, func(r kg.Relation) bool {
			return r.Type == kg.Said && (r.Source == guard.ID || r.Target == guard.ID)
		}},
		{"event", summit, "IN", nil, func(r kg.Relation) bool { return r.Target == summit.ID }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct {
				Entity struct {
					Relations struct{ Nodes []struct{ ID string } }
					Articles  struct{ Nodes []struct{ ID string } }
				}
			}
			e.ok(t, q, map[string]any{"id": tt.who.ID, "dir": tt.dir, "types": tt.types}, &got)
			var ids []string
			for _, n := range got.Entity.Relations.Nodes {
				ids = append(ids, n.ID)
			}
			sort.Strings(ids)
			if diff := cmp.Diff(ids, sortedIDs(fixtureRelations(tt.keep))); diff != "" {
				t.Errorf("relations (-got +want):\n%s", diff)
			}
			var arts, wantArts []string
			for _, n := range got.Entity.Articles.Nodes {
				arts = append(arts, n.ID)
			}
			for _, g := range fixture() {
				if slices.ContainsFunc(g.Entities, func(x kg.Entity) bool { return x.ID == tt.who.ID }) {
					wantArts = append(wantArts, g.Article.ID)
				}
			}
			sort.Strings(arts)
			sort.Strings(wantArts)
			if diff := cmp.Diff(arts, wantArts); diff != "" {
				t.Errorf("articles (-got +want):\n%s", diff)
			}
		})
	}
}
