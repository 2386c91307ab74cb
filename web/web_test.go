package web_test

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/web"
)

func TestHandler(t *testing.T) {
	h, err := web.Handler(web.Options{Endpoint: "query", ExampleQuery: "query A { stats { articles } }", ExampleVariables: `{"x": "</script><script>alert(1)</script>"}`})
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string, header http.Header) *httptest.ResponseRecorder {
		t.Helper()
		r := httptest.NewRequest(http.MethodGet, path, nil)
		for k, v := range header {
			r.Header[k] = v
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	tests := []struct {
		path, wantType, wantBody string
	}{
		{"/", "text/html", `data-testid="graph"`},
		{"/graphiql", "text/html", `id="graphiql"`},
		{"/assets/explorer.js", "text/javascript", "sigma"},
		{"/assets/explorer.css", "text/css", "--ink"},
		{"/assets/graphiql.js", "text/javascript", "graphiql"},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			w := get(tt.path, nil)
			if w.Code != http.StatusOK || !strings.HasPrefix(w.Header().Get("Content-Type"), tt.wantType) || !strings.Contains(w.Body.String(), tt.wantBody) {
				t.Fatalf("GET %s = %d %q, want %s holding %q", tt.path, w.Code, w.Header().Get("Content-Type"), tt.wantType, tt.wantBody)
			}
			etag := w.Header().Get("ETag")
			if etag == "" || w.Header().Get("Cache-Control") != "no-cache" {
				t.Errorf("ETag %q, Cache-Control %q: want an ETag and revalidation", etag, w.Header().Get("Cache-Control"))
			}
			if again := get(tt.path, http.Header{"If-None-Match": {etag}}); again.Code != http.StatusNotModified {
				t.Errorf("revalidation with the ETag = %d, want 304", again.Code)
			}
			if tt.wantType == "text/html" && !strings.Contains(w.Header().Get("Content-Security-Policy"), "default-src 'self'") {
				t.Errorf("CSP %q: want only the page's origin", w.Header().Get("Content-Security-Policy"))
			}
		})
	}
	t.Run("pages load nothing from elsewhere", func(t *testing.T) {
		for _, p := range []string{"/", "/graphiql"} {
			body := get(p, nil).Body.String()
			if m := regexp.MustCompile(`(?i)(src|href)="(https?:)?//`).FindString(body); m != "" {
				t.Errorf("%s links outside its origin: %s", p, m)
			}
		}
	})
	t.Run("GraphiQL's examples are embedded as inert JSON", func(t *testing.T) {
		body := get("/graphiql", nil).Body.String()
		m := regexp.MustCompile(`(?s)<script type="application/json" id="newsgraph-config">(.*?)</script>`).FindStringSubmatch(body)
		if m == nil {
			t.Fatalf("no config element in %s", body)
		}
		var cfg map[string]string
		if err := json.Unmarshal([]byte(m[1]), &cfg); err != nil {
			t.Fatalf("config %q: %v", m[1], err)
		}
		if cfg["endpoint"] != "query" || cfg["query"] != "query A { stats { articles } }" || !strings.Contains(cfg["variables"], "alert(1)") {
			t.Errorf("config = %v", cfg)
		}
	})
	t.Run("anything else is 404 or refused", func(t *testing.T) {
		for _, p := range []string{"/nope", "/assets/", "/assets/missing.js", "/dist/index.html", "/graphiqlx"} {
			if w := get(p, nil); w.Code != http.StatusNotFound {
				t.Errorf("GET %s = %d, want 404", p, w.Code)
			}
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodPost, "/", nil))
		if w.Code != http.StatusMethodNotAllowed {
			t.Errorf("POST / = %d, want 405", w.Code)
		}
	})
}
