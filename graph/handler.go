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

	"github.com/99designs/gqlgen/complexity"
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
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/kg"
)

// Defaults for the zero values of Config.
const (
	DefaultMaxDepth      = 12
	DefaultMaxComplexity = 20000
	DefaultTimeout       = 30 * time.Second
	DefaultMaxTokens     = 10000
	// MaxIngestArticles is the most articles one ingestArticles call takes.
	MaxIngestArticles = 100
	// MaxRequestBytes bounds the body of one HTTP request.
	MaxRequestBytes = 32 << 20
)

// Ingester runs articles through the ingest pipeline; *ingest.Pipeline
// satisfies it. Results are in input order.
type Ingester interface {
	Articles(ctx context.Context, arts []kg.Article) ([]ingest.Result, error)
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
	srv.AddTransport(transport.POST{})

	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(cfg.MaxTokens)
	srv.SetErrorPresenter(presenter(cfg.Logger))
	srv.SetRecoverFunc(recoverer(cfg.Logger))

	srv.Use(extension.Introspection{})
	srv.Use(extension.AutomaticPersistedQuery{Cache: lru.New[string](1000)})
	srv.Use(guard{keys: keys, reads: cfg.RequireKeyForReads})
	srv.Use(depthLimit{max: cfg.MaxDepth})
	srv.Use(extension.FixedComplexityLimit(cfg.MaxComplexity, complexity.WithFixedScalarValue(0)))

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
		if req.Body != nil {
			req.Body = http.MaxBytesReader(w, req.Body, MaxRequestBytes)
		}
		srv.ServeHTTP(w, req)
	})
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
