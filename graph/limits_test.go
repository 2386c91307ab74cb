package graph_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/graph"
)

// serve puts the env's handler behind a real HTTP server.
func (e *env) serve(t *testing.T) string {
	t.Helper()
	srv := httptest.NewServer(e.h)
	t.Cleanup(srv.Close)
	return srv.URL
}

// httpPost sends one GraphQL request over HTTP from the given client and
// returns the status and the decoded answer.
func httpPost(t *testing.T, c *http.Client, url string, r request) response {
	t.Helper()
	body, err := json.Marshal(map[string]any{"query": r.query, "variables": r.vars})
	if err != nil {
		t.Fatal(err)
	}
	req, err := http.NewRequest(http.MethodPost, url+"/query", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	for k, v := range r.header {
		req.Header.Set(k, v)
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Errorf("POST: %v", err)
		return response{}
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var out response
	if err := json.Unmarshal(b, &out); err != nil {
		t.Errorf("decode %q: %v", b, err)
	}
	out.Status = resp.StatusCode
	return out
}

// aliases writes n aliased copies of field: "a0: field a1: field …",
// named after the field.
func aliases(n int, field string) string {
	name, _, _ := strings.Cut(field, " ")
	name, _, _ = strings.Cut(name, "(")
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "%s%d: %s\n", name, i, field)
	}
	return b.String()
}

// TestAliasBombs sends the small queries that used to hold the API until
// the request timeout: each must be refused with TOO_COMPLEX before any
// store call, by the bound on fields side by side and, with those bounds
// lifted, by the cost every store call carries.
func TestAliasBombs(t *testing.T) {
	open := openSQLite
	person := `entity(id: "` + ada.ID + `") { ... on Person { ` + aliases(300, `articles(first: 1) { nodes { id } }`) + ` } }`
	tests := []struct {
		name string
		edit func(*graph.Config)
		q    string
	}{
		{"1000 stats", nil, "{" + aliases(1000, "stats { articles }") + "}"},
		{"500 searches", nil, "{" + aliases(500, `search(text: "ada", first: 1) { score }`) + "}"},
		{"300 nested article pages", nil, "{" + person + "}"},
		{"1000 stats by cost alone", lift, "{" + aliases(1000, "stats { articles }") + "}"},
		{"500 searches by cost alone", lift, "{" + aliases(500, `search(text: "ada", first: 1) { score }`) + "}"},
		{"30 text scans by cost alone", lift, "{" + aliases(30, `relations(text: "zz", first: 1) { nodes { id } }`) + "}"},
		{"30 entity counts by cost alone", lift, "{" + aliases(30, `entities(name: "zz", first: 1) { totalCount }`) + "}"},
		{"1100 health checks by cost alone", lift, "{" + aliases(1100, "health { ok }") + "}"},
		{"fragments spread in fragments", lift, fragmentFan(12, 10)},
		{"fragment spread 500 times", nil, "{ entity(id: \"x\") { ...F } }\nfragment F on Entity { " + strings.Repeat("...G ", 500) + " }\nfragment G on Entity { a: articles(first: 1) { nodes { id } } }"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, open, true, tt.edit)
			url := e.serve(t)
			resp := httpPost(t, http.DefaultClient, url, request{query: tt.q})
			if got := resp.codes(); len(got) != 1 || got[0] != graph.CodeTooComplex {
				t.Errorf("codes = %v, want [TOO_COMPLEX]; errors %+v", got, resp.Errors)
			}
			if calls := e.store.reset(); len(calls) > 0 {
				t.Errorf("refused operation reached the store: %v", calls)
			}
		})
	}
	t.Run("a few aliases pass", func(t *testing.T) {
		e := newEnv(t, open, true, nil)
		url := e.serve(t)
		q := "{" + aliases(5, "stats { articles }") + aliases(5, `search(text: "ada", first: 5) { score }`) +
			`one: entity(id: "` + ada.ID + `") { name } two: entity(id: "` + bruno.ID + `") { name } }`
		if resp := httpPost(t, http.DefaultClient, url, request{query: q}); len(resp.Errors) > 0 {
			t.Errorf("errors: %+v", resp.Errors)
		}
	})
}

// fragmentFan writes an operation of levels fragments, each spreading the
// next fan times: a few hundred bytes that stand for fan^levels fields.
func fragmentFan(levels, fan int) string {
	var b strings.Builder
	b.WriteString("{ ...F0 }\n")
	for i := range levels - 1 {
		fmt.Fprintf(&b, "fragment F%d on Query { %s }\n", i, strings.Repeat(fmt.Sprintf("...F%d ", i+1), fan))
	}
	fmt.Fprintf(&b, "fragment F%d on Query { stats { articles } }\n", levels-1)
	return b.String()
}

// lift raises the bounds on root fields and aliases out of reach, so that
// only the cost limit stands.
func lift(c *graph.Config) { c.MaxRootFields, c.MaxAliases = 1<<30, 1<<30 }

// TestClientConcurrency: one client address may have MaxClientRequests
// requests running; one more is refused at once with 429 and
// TOO_MANY_REQUESTS, while another address is still served.
func TestClientConcurrency(t *testing.T) {
	e := newEnv(t, openSQLite, true, func(c *graph.Config) {
		c.MaxClientRequests = 2
		c.Timeout = 3 * time.Second
	})
	url := e.serve(t)
	e.store.block.Store(true) // reads wait for the request's deadline
	var wg sync.WaitGroup
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			httpPost(t, http.DefaultClient, url, request{query: `{ stats { articles } }`})
		}()
	}
	// Wait until both are inside the store.
	for deadline := time.Now().Add(10 * time.Second); ; {
		e.store.mu.Lock()
		n := e.store.calls["Stats"]
		e.store.mu.Unlock()
		if n == 2 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the two requests never reached the store")
		}
		time.Sleep(10 * time.Millisecond)
	}
	resp := httpPost(t, http.DefaultClient, url, request{query: `{ health { ok } }`})
	if resp.Status != http.StatusTooManyRequests || len(resp.codes()) != 1 || resp.codes()[0] != "TOO_MANY_REQUESTS" {
		t.Errorf("third request: status %d, codes %v; want 429 TOO_MANY_REQUESTS", resp.Status, resp.codes())
	}
	// Another address (127.0.0.2 is loopback too) is not held up.
	other := &http.Client{Transport: &http.Transport{DialContext: (&net.Dialer{
		LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 2)},
	}).DialContext}}
	e.store.block.Store(false)
	if resp := httpPost(t, other, url, request{query: `{ health { ok } }`}); len(resp.Errors) > 0 || resp.Status != http.StatusOK {
		t.Errorf("another client: status %d, errors %+v", resp.Status, resp.Errors)
	}
	wg.Wait()
	if resp := httpPost(t, http.DefaultClient, url, request{query: `{ health { ok } }`}); len(resp.Errors) > 0 {
		t.Errorf("after the others answered: %+v", resp.Errors)
	}
}

// TestEveryErrorHasACode sends requests gqlgen refuses before GraphQL
// starts, and a body over the limit: each answer is an HTTP error status
// with extensions.code on every error.
func TestEveryErrorHasACode(t *testing.T) {
	e := newEnv(t, openSQLite, false, func(c *graph.Config) { c.MaxRequestBytes = 1 << 10 })
	url := e.serve(t)
	big := `{"query": "{ stats { articles } }", "variables": {"x": "` + strings.Repeat("x", 2<<10) + `"}}`
	tests := []struct {
		name       string
		method     string
		path       string
		ctype      string
		body       io.Reader
		wantStatus int
		wantCode   string
	}{
		{"body over the limit", http.MethodPost, "/query", "application/json", strings.NewReader(big), http.StatusRequestEntityTooLarge, graph.CodeTooLarge},
		{"chunked body over the limit", http.MethodPost, "/query", "application/json", io.MultiReader(strings.NewReader(big)), http.StatusRequestEntityTooLarge, graph.CodeTooLarge},
		{"mutation over GET", http.MethodGet, `/query?query=mutation{deleteArticle(id:"x")}`, "", nil, http.StatusNotAcceptable, graph.CodeInvalidInput},
		{"transport not supported", http.MethodPut, "/query", "application/json", strings.NewReader(`{"query": "{ stats { articles } }"}`), http.StatusBadRequest, graph.CodeInvalidInput},
		{"not JSON", http.MethodPost, "/query", "text/plain", strings.NewReader(`{ stats { articles } }`), http.StatusBadRequest, graph.CodeInvalidInput},
		{"bad variables over GET", http.MethodGet, `/query?query={stats{articles}}&variables=nope`, "", nil, http.StatusBadRequest, graph.CodeInvalidInput},
		{"malformed JSON", http.MethodPost, "/query", "application/json", strings.NewReader(`{"query": `), http.StatusBadRequest, graph.CodeInvalidInput},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := http.NewRequest(tt.method, url+tt.path, tt.body)
			if err != nil {
				t.Fatal(err)
			}
			if tt.ctype != "" {
				req.Header.Set("Content-Type", tt.ctype)
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			var out response
			if err := json.Unmarshal(b, &out); err != nil {
				t.Fatalf("answer %q is not a GraphQL response: %v", b, err)
			}
			if resp.StatusCode != tt.wantStatus {
				t.Errorf("status %d, want %d (%s)", resp.StatusCode, tt.wantStatus, b)
			}
			if codes := out.codes(); len(codes) == 0 || codes[0] != tt.wantCode {
				t.Errorf("codes %v, want [%s] (%s)", codes, tt.wantCode, b)
			}
			for _, er := range out.Errors {
				if er.code() == "" {
					t.Errorf("error without a code: %+v", er)
				}
			}
		})
	}
}
