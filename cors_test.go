package main

import (
	"context"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// TestCORS holds --cors-origins to what a browser on another origin needs,
// through the real server: preflights answered, responses marked for the
// allowed origins only, and websockets let in from those origins only.
func TestCORS(t *testing.T) {
	const allowed, other = "http://newsroom.test:3000", "http://elsewhere.test"
	base, _, _ := startServer(t, []string{"--data", t.TempDir(), "--cors-origins", allowed + "/, https://desk.test"}, noEnv)

	do := func(method, origin string, header http.Header) *http.Response {
		t.Helper()
		req, err := http.NewRequest(method, base+"/query", strings.NewReader(`{"query":"{ stats { articles } }"}`))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("Content-Type", "application/json")
		if origin != "" {
			req.Header.Set("Origin", origin)
		}
		for k, v := range header {
			req.Header[k] = v
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("%s /query: %v", method, err)
		}
		resp.Body.Close()
		return resp
	}
	preflight := http.Header{"Access-Control-Request-Method": {"POST"}, "Access-Control-Request-Headers": {"content-type, x-api-key"}}

	t.Run("preflight of an allowed origin", func(t *testing.T) {
		resp := do(http.MethodOptions, allowed, preflight)
		if resp.StatusCode/100 != 2 {
			t.Errorf("status %d, want 2xx", resp.StatusCode)
		}
		if got := resp.Header.Get("Access-Control-Allow-Origin"); got != allowed {
			t.Errorf("Access-Control-Allow-Origin = %q, want %q", got, allowed)
		}
		if got := strings.ToLower(resp.Header.Get("Access-Control-Allow-Headers")); !strings.Contains(got, "x-api-key") || !strings.Contains(got, "content-type") {
			t.Errorf("Access-Control-Allow-Headers = %q, want content-type and x-api-key", got)
		}
		if got := resp.Header.Get("Access-Control-Allow-Methods"); !strings.Contains(got, "POST") {
			t.Errorf("Access-Control-Allow-Methods = %q, want POST", got)
		}
	})
	t.Run("request of an allowed origin", func(t *testing.T) {
		for _, origin := range []string{allowed, "https://desk.test"} {
			resp := do(http.MethodPost, origin, nil)
			if resp.StatusCode != http.StatusOK || resp.Header.Get("Access-Control-Allow-Origin") != origin {
				t.Errorf("POST from %s: %d, Access-Control-Allow-Origin %q", origin, resp.StatusCode, resp.Header.Get("Access-Control-Allow-Origin"))
			}
		}
	})
	t.Run("other origins get no grant", func(t *testing.T) {
		for _, method := range []string{http.MethodOptions, http.MethodPost} {
			resp := do(method, other, preflight)
			if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "" {
				t.Errorf("%s from %s: Access-Control-Allow-Origin = %q, want none", method, other, got)
			}
		}
	})
	t.Run("same origin and no origin work as before", func(t *testing.T) {
		if resp := do(http.MethodPost, "", nil); resp.StatusCode != http.StatusOK {
			t.Errorf("POST without Origin: %d", resp.StatusCode)
		}
	})
	t.Run("websockets", func(t *testing.T) {
		ws := "ws" + strings.TrimPrefix(base, "http") + "/query"
		for _, tt := range []struct {
			origin string
			ok     bool
		}{{allowed, true}, {"https://desk.test", true}, {other, false}, {"", true}} {
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			h := http.Header{}
			if tt.origin != "" {
				h.Set("Origin", tt.origin)
			}
			c, resp, err := websocket.Dial(ctx, ws, &websocket.DialOptions{HTTPHeader: h, Subprotocols: []string{"graphql-transport-ws"}})
			if (err == nil) != tt.ok {
				t.Errorf("websocket from %q: err %v, want allowed %v", tt.origin, err, tt.ok)
			}
			if err == nil {
				c.Close(websocket.StatusNormalClosure, "")
			} else if resp != nil && resp.StatusCode != http.StatusForbidden {
				t.Errorf("websocket from %q refused with %d, want 403", tt.origin, resp.StatusCode)
			}
			cancel()
		}
	})
}

// TestCORSDefaultsAndBadOrigins: without the flag no origin is granted;
// an origin that is not scheme://host[:port] is a usage error that names
// it.
func TestCORSDefaultsAndBadOrigins(t *testing.T) {
	base, _, _ := startServer(t, []string{"--data", t.TempDir()}, noEnv)
	req, _ := http.NewRequest(http.MethodOptions, base+"/query", nil)
	req.Header.Set("Origin", "http://newsroom.test")
	req.Header.Set("Access-Control-Request-Method", "POST")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "" {
		t.Errorf("default: Access-Control-Allow-Origin = %q, want none", got)
	}

	for _, bad := range []string{"newsroom.test", "ftp://newsroom.test", "https://newsroom.test/path", "https://*.test", "https://user@newsroom.test"} {
		var stderr syncBuffer
		code := run(context.Background(), []string{"serve", "--data", t.TempDir(), "--cors-origins", "http://ok.test," + bad}, strings.NewReader(""), &stderr, &stderr, noEnv)
		if code != exitUsage || !strings.Contains(stderr.String(), bad) {
			t.Errorf("--cors-origins %q: exit %d, stderr %q; want %d naming the origin", bad, code, stderr.String(), exitUsage)
		}
	}
	// The environment variable works like the flag.
	base, _, _ = startServer(t, []string{"--data", t.TempDir()}, envOf(map[string]string{"NEWSGRAPH_CORS_ORIGINS": "http://newsroom.test"}))
	req, _ = http.NewRequest(http.MethodOptions, base+"/query", nil)
	req.Header.Set("Origin", "http://newsroom.test")
	req.Header.Set("Access-Control-Request-Method", "POST")
	if resp, err = http.DefaultClient.Do(req); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if got := resp.Header.Get("Access-Control-Allow-Origin"); got != "http://newsroom.test" {
		t.Errorf("NEWSGRAPH_CORS_ORIGINS: Access-Control-Allow-Origin = %q", got)
	}
}
