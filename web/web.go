// Package web serves newsgraph's browser pages from assets embedded in the
// binary: the explorer at / (search, the graph, the evidence behind every
// line) and GraphiQL at /graphiql. Both talk to the GraphQL endpoint on the
// same origin and load nothing from anywhere else: the bundles in dist/
// hold every library (sigma.js, graphology, GraphiQL, React), built by
// build.sh from the pinned packages of package-lock.json and committed, so
// `go build` alone gives a working binary. `go generate ./web/` rebuilds
// them; scripts/test.sh fails when they are stale.
package web

//go:generate ./build.sh

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed dist
var dist embed.FS

// Options configure the pages.
type Options struct {
	// Endpoint is the GraphQL endpoint's path, relative to the pages
	// ("query") or absolute ("/query").
	Endpoint string
	// ExampleQuery and ExampleVariables fill GraphiQL's first tab.
	ExampleQuery, ExampleVariables string
}

// csp allows the pages nothing beyond their own origin: a library that
// tried to reach a CDN would be refused by the browser too.
const csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
	"font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'"

type asset struct {
	body  []byte
	ctype string
	etag  string
}

// Handler serves the explorer at "/", GraphiQL at "/graphiql" and their
// assets under "/assets/"; anything else is 404. Mount it at the root.
func Handler(opt Options) (http.Handler, error) {
	if opt.Endpoint == "" {
		opt.Endpoint = "query"
	}
	cfg, err := json.Marshal(map[string]string{"endpoint": opt.Endpoint, "query": opt.ExampleQuery, "variables": opt.ExampleVariables})
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	assets := map[string]asset{}
	err = fs.WalkDir(dist, "dist", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := dist.ReadFile(p)
		if err != nil {
			return err
		}
		name := strings.TrimPrefix(p, "dist/")
		if name == "graphiql.html" {
			// json.Marshal escapes <, > and &: the JSON cannot end the
			// script element it sits in.
			body = bytes.Replace(body, []byte("{{CONFIG}}"), cfg, 1)
		}
		sum := sha256.Sum256(body)
		assets[name] = asset{body: body, ctype: contentType(name), etag: `"` + hex.EncodeToString(sum[:12]) + `"`}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	if _, ok := assets["index.html"]; !ok {
		return nil, fmt.Errorf("web: dist/index.html missing: run go generate ./web/")
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var name string
		switch {
		case r.URL.Path == "/" || r.URL.Path == "":
			name = "index.html"
		case r.URL.Path == "/graphiql" || r.URL.Path == "/graphiql/":
			name = "graphiql.html"
		case strings.HasPrefix(r.URL.Path, "/assets/"):
			name = path.Clean(r.URL.Path)[1:]
		}
		a, ok := assets[name]
		if !ok {
			http.NotFound(w, r)
			return
		}
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		h := w.Header()
		h.Set("Content-Type", a.ctype)
		h.Set("ETag", a.etag)
		// Revalidated on every load, so a new binary's pages are never
		// mixed with an old one's cached assets.
		h.Set("Cache-Control", "no-cache")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		if strings.HasSuffix(name, ".html") {
			h.Set("Content-Security-Policy", csp)
		}
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(a.body))
	}), nil
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".html":
		return "text/html; charset=utf-8"
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	}
	return "text/plain; charset=utf-8"
}
