package graph

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/transport"

	"github.com/newsgraph/newsgraph/graph/generated"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/sqlite"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// TestPostAsGqlgen holds the POST transport to gqlgen's: the same status,
// Content-Type and bytes for answers with data alone (the written-through
// path), with characters json.Marshal escapes, with errors, and for
// requests gqlgen refuses, under each Accept header.
func TestPostAsGqlgen(t *testing.T) {
	ctx := context.Background()
	s, err := sqlite.Open(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	batches := storetest.Synthetic(40, 120, "post")
	// Names with characters json.Marshal escapes and gqlgen does not
	// (edge IDs hold "->" too): the answers naming them are written
	// through, escaped as json.Marshal escapes them.
	odd := []string{"Lee <Ann> & Co", "Line\u2028Break", "Para\u2029Graph"}
	for i, name := range odd {
		batches[0][0].Entities[i].Name = name
	}
	for _, batch := range batches {
		if _, err := s.Upsert(ctx, batch); err != nil {
			t.Fatal(err)
		}
	}
	p, err := s.Entities(ctx, kg.EntityFilter{Order: kg.ByMentions}, kg.Page{First: 1})
	if err != nil || len(p.Entities) == 0 {
		t.Fatalf("no entities: %v", err)
	}
	hub := p.Entities[0].ID
	oddID := batches[0][0].Entities[0].ID

	var last *graphql.Response // the last response ours wrote
	serve := func(tr graphql.Transport) http.Handler {
		c := generated.Config{Resolvers: &Resolver{store: s}}
		srv := handler.New(generated.NewExecutableSchema(c))
		srv.AddTransport(tr)
		srv.SetErrorPresenter(presenter(slog.New(slog.DiscardHandler)))
		_, mine := tr.(post)
		srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
			resp := next(withLoaders(ctx, s))
			if mine {
				last = resp
			}
			return resp
		})
		return srv
	}
	ours, theirs := serve(post{}), serve(transport.POST{})

	body := func(query string, vars map[string]any) string {
		b, err := json.Marshal(map[string]any{"query": query, "variables": vars})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	bodies := map[string]string{
		"neighborhood":   body(`query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200, fanOut: 50) { truncated nodes { id label kind weight } edges { id source target type weight } } }`, map[string]any{"id": hub}),
		"captions":       body(`query($id: ID!) { neighborhood(id: $id, depth: 2) { nodes { id caption entity { id name } } edges { id caption } } }`, map[string]any{"id": hub}),
		"escaped names":  body(`query($id: ID!) { entity(id: $id) { id name } neighborhood(id: $id) { nodes { label } } }`, map[string]any{"id": oddID}),
		"search":         body(`query { search(text: "a", first: 5) { score matched entity { id name } } }`, nil),
		"not found":      body(`query { entity(id: "person:nobody") { id } }`, nil),
		"bad argument":   body(`query($id: ID!) { neighborhood(id: $id, depth: 9) { truncated } }`, map[string]any{"id": hub}),
		"parse error":    body(`query { entity(id: `, nil),
		"unknown field":  body(`query { nope }`, nil),
		"missing var":    body(`query($id: ID!) { entity(id: $id) { id } }`, nil),
		"not JSON":       `{"query": `,
		"typename alone": body(`{ __typename }`, nil),
	}
	for name, b := range bodies {
		for _, accept := range []string{"", "application/json", "application/graphql-response+json", "*/*", "text/html, application/graphql-response+json;q=0.9", "text/plain"} {
			do := func(h http.Handler) *httptest.ResponseRecorder {
				req := httptest.NewRequest(http.MethodPost, "/query", strings.NewReader(b))
				req.Header.Set("Content-Type", "application/json")
				if accept != "" {
					req.Header.Set("Accept", accept)
				}
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				return w
			}
			got, want := do(ours), do(theirs)
			// The answers of data alone are written through, not
			// marshalled (else this test compares json.Marshal with
			// itself).
			if fast := name == "neighborhood" || name == "captions" || name == "escaped names"; fast && !throughFast(last) {
				t.Errorf("%s, Accept %q: not written through: errors %v, extensions %v, %d bytes of data", name, accept, last.Errors, last.Extensions, len(last.Data))
			}
			if got.Code != want.Code || got.Header().Get("Content-Type") != want.Header().Get("Content-Type") || !bytes.Equal(got.Body.Bytes(), want.Body.Bytes()) {
				t.Errorf("%s, Accept %q: got %d %q\n%s\nwant %d %q\n%s", name, accept,
					got.Code, got.Header().Get("Content-Type"), got.Body, want.Code, want.Header().Get("Content-Type"), want.Body)
			}
			if name == "escaped names" && accept == "" && !strings.Contains(want.Body.String(), `\u003cAnn\u003e`) {
				t.Errorf("bad test: no escaped name in %s", want.Body)
			}
		}
	}
}

// TestWriteJSONResponse holds writeJSONResponse to json.Marshal's bytes,
// through the written-through path where the data is compact and
// through json.Marshal where it is not.
func TestWriteJSONResponse(t *testing.T) {
	for _, tt := range []struct {
		data    string
		through bool
	}{
		{`{"a":"b c","d":[1,2.5,null,true]}`, true},
		{`{"a":"say \"x\" \\","b":null}`, true},
		{`{"e":"MET:happened:person:a->person:b","f":"<b>&amp;</b>"}`, true},
		{"{\"a\":\"line\u2028para\u2029 \u2027\u202a\u00e9\"}", true},
		{`{"a":"\u003c and \\u003e"}`, true},
		{`{"a":"x\\\\", "b":1}`, false},
		{`{"a":"x\\\" y","b":"\\\\\\\"\\\\"}`, true},
		{`{"a": 1}`, false},
		{"{\"a\":1}\n", false},
		{"[1,\t2]", false},
	} {
		resp := &graphql.Response{Data: json.RawMessage(tt.data)}
		if got := throughFast(resp); got != tt.through {
			t.Errorf("throughFast(%q) = %v, want %v", tt.data, got, tt.through)
		}
		var got bytes.Buffer
		writeJSONResponse(&got, resp)
		want, err := json.Marshal(resp)
		if err != nil {
			t.Fatal(err)
		}
		if got.String() != string(want) {
			t.Errorf("data %q: wrote\n%s\njson.Marshal writes\n%s", tt.data, got.String(), want)
		}
	}
}
