package graph

import (
	"context"
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/coder/websocket"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/graph/generated"
	"github.com/newsgraph/newsgraph/kg"
)

// Defaults for the zero values of Config. The server's flags take their
// defaults from here.
const (
	DefaultMaxDepth      = 12
	DefaultMaxComplexity = 20000
	DefaultTimeout       = 15 * time.Second
	DefaultMaxTokens     = 10000
	// DefaultMaxRootFields bounds the top-level fields of one operation,
	// aliases included: each is a store call of its own, run in parallel.
	DefaultMaxRootFields = 20
	// DefaultMaxAliases bounds the aliased fields of one operation, at any
	// depth: an alias is the only way to ask one field many times.
	DefaultMaxAliases = 50
	// DefaultMaxClientRequests bounds the GraphQL requests one client
	// address may have running at once.
	DefaultMaxClientRequests = 8
	// MaxFields bounds the fields an operation stands for once its
	// fragments are expanded.
	MaxFields = 10000
	// MaxIngestArticles is the most articles one ingestArticles call takes.
	MaxIngestArticles = 100
	// MaxRequestBytes is the default bound on the body of one request.
	MaxRequestBytes = 32 << 20
)

// Ingester runs articles through extraction and storage. The articles
// come as the client gave them (no ID); the Ingester checks and normalises
// each one, so that one bad article fails alone. It returns one result per
// article, in input order, and an error only when the whole call failed
// (the store is unavailable, ctx is done). server.go adapts the ingest
// pipeline to it.
type Ingester interface {
	Ingest(ctx context.Context, arts []kg.Article) ([]IngestResult, error)
}

// IngestResult is what became of one article.
type IngestResult struct {
	// Article is the article as stored, its ID set; empty when it failed.
	Article kg.Article
	// Unchanged is true when the article was already stored.
	Unchanged bool
	// Entities and Relations count what the article added.
	Entities, Relations int
	// Err says why the article failed; kg.ErrInvalid marks the client's
	// fault, whose message is shown to the client.
	Err error
}

// Config is what NewHandler needs. Zero limits take the defaults above.
type Config struct {
	Store kg.Store
	// Ingester serves ingestArticles; without one the mutation answers
	// UNAVAILABLE.
	Ingester Ingester
	// Web serves ingestURLs; without it the mutation answers UNAVAILABLE.
	Web WebIngester
	// Feeds lists the watched feeds for the feeds query; without it the
	// list is empty.
	Feeds FeedLister
	// Broker feeds the subscriptions; without one they end at once.
	Broker *Broker
	// APIKey, when set, is required for mutations (Authorization: Bearer
	// <key> or X-API-Key: <key>; over a websocket, the same names in the
	// connection_init payload).
	APIKey string
	// RequireKeyForReads extends the key to queries and subscriptions.
	RequireKeyForReads bool
	// ReadOnly refuses every mutation with FORBIDDEN: the server is
	// reachable by others and has no key to tell writers apart.
	ReadOnly bool
	// MaxDepth bounds the nesting of selections (introspection excluded).
	MaxDepth int
	// MaxComplexity bounds the estimated cost of an operation; list fields
	// multiply their children's cost by the page size they ask for.
	MaxComplexity int
	// Timeout bounds each query and mutation (not subscriptions); the
	// deadline reaches the store through the context.
	Timeout time.Duration
	// MaxTokens bounds the number of tokens the parser reads.
	MaxTokens int
	// MaxRequestBytes bounds the body of one request; a larger one is
	// answered 413 with TOO_LARGE.
	MaxRequestBytes int64
	// MaxRootFields bounds the top-level fields of an operation, aliases
	// included; MaxAliases the aliased fields at any depth.
	MaxRootFields, MaxAliases int
	// MaxClientRequests bounds the requests one client address may have
	// running at once (websocket connections excepted); more are answered
	// 429 with TOO_MANY_REQUESTS. Zero takes the default, negative means
	// no limit.
	MaxClientRequests int
	// AllowedOrigins are the web origins ("https://newsroom.example",
	// "http://localhost:3000", or "*" for any) whose pages may call the
	// endpoint from a browser: their CORS preflights are answered, their
	// responses carry Access-Control-Allow-Origin, and their websockets
	// are let in. None by default: only pages of the server's own origin.
	AllowedOrigins []string
	// Logger receives internal errors and panics; nil discards.
	Logger *slog.Logger
}

func (c Config) withDefaults() Config {
	if c.MaxDepth <= 0 {
		c.MaxDepth = DefaultMaxDepth
	}
	if c.MaxComplexity <= 0 {
		c.MaxComplexity = DefaultMaxComplexity
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.MaxTokens <= 0 {
		c.MaxTokens = DefaultMaxTokens
	}
	if c.MaxRequestBytes <= 0 {
		c.MaxRequestBytes = MaxRequestBytes
	}
	if c.MaxRootFields <= 0 {
		c.MaxRootFields = DefaultMaxRootFields
	}
	if c.MaxAliases <= 0 {
		c.MaxAliases = DefaultMaxAliases
	}
	if c.MaxClientRequests == 0 {
		c.MaxClientRequests = DefaultMaxClientRequests
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}

// NewHandler returns the GraphQL endpoint: POST and GET queries, and
// subscriptions over a websocket (graphql-transport-ws and graphql-ws).
func NewHandler(cfg Config) http.Handler {
	cfg = cfg.withDefaults()
	r := &Resolver{store: cfg.Store, ingester: cfg.Ingester, web: cfg.Web, feeds: cfg.Feeds, broker: cfg.Broker, log: cfg.Logger}
	c := generated.Config{Resolvers: r}
	setComplexity(&c.Complexity)
	srv := handler.New(generated.NewExecutableSchema(c))

	keys := keyChecker{key: cfg.APIKey}
	srv.AddTransport(transport.Websocket{
		// A browser's websocket from another origin is refused unless that
		// origin is allowed (the same-origin check is the library's).
		Implementation: transport.CoderWebsocketImplementation{
			AcceptOptions: websocket.AcceptOptions{OriginPatterns: cfg.AllowedOrigins},
		},
		KeepAlivePingInterval: 10 * time.Second,
		InitFunc: func(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
			key := bearer(p.Authorization())
			if key == "" {
				key = p.GetString("X-API-Key")
			}
			if key != "" {
				ctx = withAuthorized(ctx, keys.ok(key))
			}
			return ctx, nil, nil
		},
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(post{})

	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(cfg.MaxTokens)
	srv.SetErrorPresenter(presenter(cfg.Logger))
	srv.SetRecoverFunc(recoverer(cfg.Logger))

	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(guard{keys: keys, reads: cfg.RequireKeyForReads, readOnly: cfg.ReadOnly})
	srv.Use(expansionLimit{max: MaxFields})
	srv.Use(breadthLimit{roots: cfg.MaxRootFields, aliases: cfg.MaxAliases})
	srv.Use(depthLimit{max: cfg.MaxDepth})
	srv.Use(&costLimit{max: cfg.MaxComplexity})

	timeout := cfg.Timeout
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		if op := graphql.GetOperationContext(ctx).Operation; op != nil && op.Operation == ast.Subscription {
			return next(ctx)
		}
		ctx, cancel := context.WithTimeout(ctx, timeout)
		h := next(ctx)
		first := true
		return func(ctx context.Context) *graphql.Response {
			resp := h(ctx)
			if first && resp == nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
				// The deadline passed before execution began: the executor
				// ends the stream without a word, so say why.
				resp = &graphql.Response{Errors: gqlerror.List{coded(CodeTimeout, "request timed out")}}
			}
			// Queries and mutations answer once; release the timer.
			first = false
			cancel()
			return resp
		}
	})
	// Loaders live for one response: one request for a query or mutation,
	// one event for a subscription, so a long subscription never serves
	// stale entities from a cache.
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		return next(withLoaders(ctx, cfg.Store))
	})

	var h http.Handler = http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		if key := requestKey(req); key != "" {
			req = req.WithContext(withAuthorized(req.Context(), keys.ok(key)))
		}
		if strings.EqualFold(req.Header.Get("Upgrade"), "websocket") {
			srv.ServeHTTP(w, req)
			return
		}
		if !limitBody(w, req, cfg.MaxRequestBytes) {
			return
		}
		cw := &codeWriter{ResponseWriter: w}
		srv.ServeHTTP(cw, req)
		cw.finish()
	})
	// Preflights are answered by CORS before they count against a client.
	h = newClientLimit(cfg.MaxClientRequests).wrap(h)
	if len(cfg.AllowedOrigins) > 0 {
		h = cors.New(cors.Options{
			AllowedOrigins: cfg.AllowedOrigins,
			AllowedMethods: []string{http.MethodGet, http.MethodPost},
			AllowedHeaders: []string{"Content-Type", "Accept", "Authorization", "X-API-Key"},
			// Keys travel in headers, never in cookies.
			AllowCredentials: false,
			MaxAge:           600,
		}).Handler(h)
	}
	return h
}

// CheckOrigin reports whether s can be an entry of Config.AllowedOrigins:
// "*", or a scheme (http or https), a host and an optional port, with no
// path, query or credentials ("https://newsroom.example:8443").
func CheckOrigin(s string) error {
	if s == "*" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil ||
		(u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" || strings.ContainsAny(u.Host, "*?[]") {
		return fmt.Errorf("origin %q: want scheme://host[:port], like https://newsroom.example or http://localhost:3000, or *", s)
	}
	return nil
}

// keyChecker compares API keys in constant time.
type keyChecker struct{ key string }

func (k keyChecker) required() bool { return k.key != "" }

func (k keyChecker) ok(key string) bool {
	if k.key == "" {
		return true
	}
	// Hashing first makes the comparison independent of the lengths.
	a, b := sha256.Sum256([]byte(key)), sha256.Sum256([]byte(k.key))
	return subtle.ConstantTimeCompare(a[:], b[:]) == 1
}

func requestKey(r *http.Request) string {
	if k := bearer(r.Header.Get("Authorization")); k != "" {
		return k
	}
	return strings.TrimSpace(r.Header.Get("X-API-Key"))
}

func bearer(h string) string {
	const p = "bearer "
	if len(h) > len(p) && strings.EqualFold(h[:len(p)], p) {
		return strings.TrimSpace(h[len(p):])
	}
	return ""
}

type authKey struct{}

func withAuthorized(ctx context.Context, ok bool) context.Context {
	return context.WithValue(ctx, authKey{}, ok)
}

func authorized(ctx context.Context) bool {
	ok, _ := ctx.Value(authKey{}).(bool)
	return ok
}
