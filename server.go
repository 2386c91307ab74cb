// Command newsgraph turns news articles into a knowledge graph and serves it
// over GraphQL and a built-in explorer.
//
//	newsgraph serve [--addr :8080] [--data DIR] [--ingest PATH|URL]... [--feed URL]...   (the default)
//	newsgraph extract PATH|URL...  print what the extractor reads, as JSON
//	newsgraph ingest PATH|URL...   extract and write to the configured store
//	newsgraph watch URL...         check feeds at an interval and ingest their new items
//
// This file is the only place that reads configuration (flags over
// environment variables), builds the logger, chooses the store and wires
// the pipeline, the GraphQL handler and the HTTP server together.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/fetch"
	"github.com/newsgraph/newsgraph/ingest/rules"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/neo4j"
	"github.com/newsgraph/newsgraph/store/sqlite"
	"github.com/newsgraph/newsgraph/web"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// Exit codes.
const (
	exitOK      = 0
	exitFailed  = 1 // something failed: the store, the server, or some input
	exitUsage   = 2 // bad flags or arguments
	exitPartial = 3 // the run finished but some articles failed
)

// config is everything newsgraph can be told. Flags override environment
// variables, which override the defaults.
type config struct {
	addr       string
	data       string
	neo4jURI   string
	neo4jUser  string
	neo4jPass  string
	neo4jDB    string
	apiKey     string
	readKey    bool
	logFormat  string
	logLevel   string
	timeout    time.Duration
	workers    int
	batch      int
	ingest     multiFlag
	maxDepth   int
	complexity int
	cors       string

	feeds        multiFlag
	feedInterval time.Duration
	ignoreRobots bool
	allowPrivate bool
	fetchTimeout time.Duration
	fetchPerHost int
	fetchDelay   time.Duration
}

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

func (c *config) flags(fs *flag.FlagSet, getenv func(string) string, server bool) {
	env := func(k, def string) string {
		if v := getenv(k); v != "" {
			return v
		}
		return def
	}
	fs.StringVar(&c.data, "data", env("NEWSGRAPH_DATA", defaultDataDir(getenv)), "embedded store directory, used when no Neo4j URI is set (env NEWSGRAPH_DATA)")
	fs.StringVar(&c.neo4jURI, "neo4j-uri", env("NEO4J_URI", ""), "Neo4j Bolt URI; when set Neo4j is the store (env NEO4J_URI)")
	fs.StringVar(&c.neo4jUser, "neo4j-username", env("NEO4J_USERNAME", "neo4j"), "Neo4j user (env NEO4J_USERNAME)")
	fs.StringVar(&c.neo4jPass, "neo4j-password", env("NEO4J_PASSWORD", ""), "Neo4j password (env NEO4J_PASSWORD)")
	fs.StringVar(&c.neo4jDB, "neo4j-database", env("NEO4J_DATABASE", "neo4j"), "Neo4j database (env NEO4J_DATABASE)")
	fs.StringVar(&c.logFormat, "log-format", env("NEWSGRAPH_LOG_FORMAT", "auto"), "log format: text, json, or auto (text on a terminal) (env NEWSGRAPH_LOG_FORMAT)")
	fs.StringVar(&c.logLevel, "log-level", env("NEWSGRAPH_LOG_LEVEL", "info"), "log level: debug, info, warn, error (env NEWSGRAPH_LOG_LEVEL)")
	fs.IntVar(&c.workers, "workers", envInt(getenv, "NEWSGRAPH_WORKERS", runtime.GOMAXPROCS(0)), "concurrent extraction workers (env NEWSGRAPH_WORKERS)")
	fs.IntVar(&c.batch, "batch", envInt(getenv, "NEWSGRAPH_BATCH", 50), "articles per store write (env NEWSGRAPH_BATCH)")
	fs.BoolVar(&c.ignoreRobots, "ignore-robots", envBool(getenv, "NEWSGRAPH_IGNORE_ROBOTS"), "fetch pages robots.txt disallows (env NEWSGRAPH_IGNORE_ROBOTS)")
	fs.DurationVar(&c.fetchTimeout, "fetch-timeout", envDuration(getenv, "NEWSGRAPH_FETCH_TIMEOUT", fetch.DefaultTimeout), "time limit of one HTTP request, body included (env NEWSGRAPH_FETCH_TIMEOUT)")
	fs.IntVar(&c.fetchPerHost, "fetch-per-host", envInt(getenv, "NEWSGRAPH_FETCH_PER_HOST", fetch.DefaultPerHost), "HTTP requests at once against one host (env NEWSGRAPH_FETCH_PER_HOST)")
	fs.DurationVar(&c.fetchDelay, "fetch-delay", envDuration(getenv, "NEWSGRAPH_FETCH_DELAY", fetch.DefaultHostDelay), "least time between two requests to one host; a longer robots.txt Crawl-delay wins (env NEWSGRAPH_FETCH_DELAY)")
	fs.DurationVar(&c.feedInterval, "feed-interval", envDuration(getenv, "NEWSGRAPH_FEED_INTERVAL", fetch.DefaultInterval), "how often each watched feed is checked, give or take a tenth (env NEWSGRAPH_FEED_INTERVAL)")
	if server {
		fs.StringVar(&c.addr, "addr", env("NEWSGRAPH_ADDR", ":8080"), "listen address (env NEWSGRAPH_ADDR)")
		fs.StringVar(&c.apiKey, "api-key", env("NEWSGRAPH_API_KEY", ""), "API key required for mutations; empty: writes are open (env NEWSGRAPH_API_KEY)")
		fs.BoolVar(&c.readKey, "require-key-for-reads", env("NEWSGRAPH_REQUIRE_KEY_FOR_READS", "") == "true", "require the API key for queries too (env NEWSGRAPH_REQUIRE_KEY_FOR_READS=true)")
		fs.DurationVar(&c.timeout, "timeout", envDuration(getenv, "NEWSGRAPH_TIMEOUT", 15*time.Second), "per-request time limit, passed down to the store (env NEWSGRAPH_TIMEOUT)")
		fs.IntVar(&c.maxDepth, "max-query-depth", envInt(getenv, "NEWSGRAPH_MAX_QUERY_DEPTH", 12), "deepest GraphQL selection accepted (env NEWSGRAPH_MAX_QUERY_DEPTH)")
		fs.IntVar(&c.complexity, "max-complexity", envInt(getenv, "NEWSGRAPH_MAX_COMPLEXITY", 20000), "highest GraphQL query cost accepted (env NEWSGRAPH_MAX_COMPLEXITY)")
		fs.Var(&c.ingest, "ingest", "ingest these files, folders or URLs before serving (repeatable)")
		fs.StringVar(&c.cors, "cors-origins", env("NEWSGRAPH_CORS_ORIGINS", ""), "comma-separated web origins whose pages may call /query from a browser, like https://newsroom.example; none by default (env NEWSGRAPH_CORS_ORIGINS)")
		for _, f := range strings.Split(getenv("NEWSGRAPH_FEEDS"), ",") {
			if f = strings.TrimSpace(f); f != "" {
				c.feeds = append(c.feeds, f)
			}
		}
		fs.Var(&c.feeds, "feed", "watch this feed while serving: ingest its new items every --feed-interval (repeatable; env NEWSGRAPH_FEEDS, comma-separated)")
		fs.BoolVar(&c.allowPrivate, "fetch-allow-private", envBool(getenv, "NEWSGRAPH_FETCH_ALLOW_PRIVATE"), "let ingestURLs reach loopback, private and link-local addresses (env NEWSGRAPH_FETCH_ALLOW_PRIVATE)")
	}
}

func defaultDataDir(getenv func(string) string) string {
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "newsgraph")
	}
	return "data"
}

func envInt(getenv func(string) string, k string, def int) int {
	var n int
	if _, err := fmt.Sscan(getenv(k), &n); err == nil {
		return n
	}
	return def
}

func envBool(getenv func(string) string, k string) bool {
	b, _ := strconv.ParseBool(getenv(k))
	return b
}

func envDuration(getenv func(string) string, k string, def time.Duration) time.Duration {
	if d, err := time.ParseDuration(getenv(k)); err == nil {
		return d
	}
	return def
}

const usage = `newsgraph turns news articles into a knowledge graph and serves it over GraphQL.

Usage:
  newsgraph [serve] [flags]          serve the explorer at /, GraphiQL at /graphiql, GraphQL at /query
  newsgraph extract [flags] INPUT... print the extracted entities and relations as JSON
  newsgraph ingest [flags] INPUT...  extract and write to the store
  newsgraph watch [flags] URL...     check feeds every --feed-interval, ingest new items

INPUT is a file (.txt, .md, .json, .jsonl, .html), a folder (walked
recursively), - for standard input, or an http(s) URL of an article page or
an RSS, Atom or JSON Feed (every item is ingested). Run 'newsgraph COMMAND -h'
for the flags of a command.
`

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	cmd := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		cmd, args = args[0], args[1:]
	}
	var cfg config
	fs := flag.NewFlagSet("newsgraph "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	switch cmd {
	case "serve":
		cfg.flags(fs, getenv, true)
	case "extract", "ingest", "watch":
		cfg.flags(fs, getenv, false)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "newsgraph: unknown command %q\n\n%s", cmd, usage)
		return exitUsage
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	logger, err := newLogger(stderr, cfg.logFormat, cfg.logLevel)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph: %v\n", err)
		return exitUsage
	}
	switch cmd {
	case "extract":
		return runExtract(ctx, &cfg, fs.Args(), stdin, stdout, stderr, logger)
	case "ingest":
		return runIngest(ctx, &cfg, fs.Args(), stdin, stderr, logger)
	case "watch":
		return runWatch(ctx, &cfg, fs.Args(), stderr, logger)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "newsgraph serve: unexpected arguments %q (use --ingest PATH to load articles)\n", fs.Args())
		return exitUsage
	}
	origins, err := corsOrigins(cfg.cors)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph serve: --cors-origins: %v\n", err)
		return exitUsage
	}
	return runServe(ctx, &cfg, origins, stdin, stderr, logger)
}

// corsOrigins reads the comma-separated origins of --cors-origins, each
// checked (graph.CheckOrigin) and without a trailing slash, as browsers
// send them.
func corsOrigins(list string) ([]string, error) {
	var out []string
	for _, o := range strings.Split(list, ",") {
		o = strings.TrimSuffix(strings.TrimSpace(o), "/")
		if o == "" {
			continue
		}
		if err := graph.CheckOrigin(o); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	return out, nil
}

// newLogger builds the process's one logger: text on a terminal, JSON
// otherwise, unless told.
func newLogger(w io.Writer, format, level string) (*slog.Logger, error) {
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(level)); err != nil {
		return nil, fmt.Errorf("log level %q: want debug, info, warn or error", level)
	}
	opts := &slog.HandlerOptions{Level: lv}
	switch format {
	case "auto":
		if isTerminal(w) {
			return slog.New(slog.NewTextHandler(w, opts)), nil
		}
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("log format %q: want text, json or auto", format)
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// openStore opens Neo4j when a URI is configured, the embedded store
// otherwise.
func openStore(ctx context.Context, cfg *config, logger *slog.Logger) (kg.Store, error) {
	if cfg.neo4jURI != "" {
		s, err := neo4j.Open(ctx, neo4j.Config{
			URI: cfg.neo4jURI, Username: cfg.neo4jUser, Password: cfg.neo4jPass,
			Database: cfg.neo4jDB, Logger: logger,
		})
		if err != nil {
			return nil, err
		}
		logger.Info("store opened", "store", "neo4j", "uri", cfg.neo4jURI, "database", cfg.neo4jDB)
		return s, nil
	}
	s, err := sqlite.Open(ctx, cfg.data)
	if err != nil {
		return nil, err
	}
	logger.Info("store opened", "store", "sqlite", "dir", cfg.data)
	return s, nil
}

func newPipeline(cfg *config, w ingest.Writer, logger *slog.Logger) *ingest.Pipeline {
	return &ingest.Pipeline{
		Extractor: rules.New(),
		Writer:    w,
		Workers:   max(cfg.workers, 1),
		BatchSize: max(cfg.batch, 1),
		Logger:    logger,
	}
}

// source reads files, folders, standard input and URLs, in the pipeline's
// source shape.
func source(ctx context.Context, r *fetch.Reader, inputs []string, stdin io.Reader) func(yield func(ingest.Doc) error) error {
	return func(yield func(ingest.Doc) error) error {
		return r.Read(ctx, inputs, stdin, yield)
	}
}

// fetchState is where the fetch state lives: beside the embedded store,
// whichever store is in use.
func fetchState(cfg *config) string { return filepath.Join(cfg.data, "fetch-state.json") }

// newReader builds a web reader. allowPrivate is false only for URLs an
// API client gives; known is the store (nil when only extracting), and a
// reader with a store remembers what it fetched in the fetch state.
func newReader(cfg *config, allowPrivate bool, known fetch.Known, state *fetch.State, logger *slog.Logger) *fetch.Reader {
	return &fetch.Reader{
		Client: fetch.New(fetch.Options{
			Timeout:      cfg.fetchTimeout,
			PerHost:      cfg.fetchPerHost,
			HostDelay:    cfg.fetchDelay,
			IgnoreRobots: cfg.ignoreRobots,
			AllowPrivate: allowPrivate,
			Logger:       logger,
		}),
		State:  state,
		Known:  known,
		Logger: logger,
	}
}

// loadState reads the fetch state; one that cannot be read is set aside
// with a warning, as it is only a cache.
func loadState(cfg *config, logger *slog.Logger) *fetch.State {
	path := fetchState(cfg)
	st, err := fetch.LoadState(path)
	if err == nil {
		return st
	}
	logger.Warn("fetch state unreadable; set aside, starting afresh", "err", err, "moved_to", path+".bad")
	if err := os.Rename(path, path+".bad"); err != nil {
		logger.Warn("fetch state kept in memory only", "err", err)
		return fetch.NewState()
	}
	if st, err = fetch.LoadState(path); err != nil {
		return fetch.NewState()
	}
	return st
}

func saveState(st *fetch.State, logger *slog.Logger) {
	if err := st.Save(); err != nil {
		logger.Warn("fetch state not saved", "err", err)
	}
}

func runExtract(ctx context.Context, cfg *config, paths []string, stdin io.Reader, stdout, stderr io.Writer, logger *slog.Logger) int {
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "newsgraph extract: no input; give files, folders, URLs or - for standard input")
		return exitUsage
	}
	out := ingest.NewExtractionWriter(stdout)
	p := newPipeline(cfg, nil, logger)
	p.OnResult = func(r ingest.Result) {
		if r.Err == nil {
			if err := out.Add(r.Name, r.Subgraph); err != nil {
				logger.Error("write output", "err", err)
			}
		}
	}
	sum, err := p.Run(ctx, source(ctx, newReader(cfg, true, nil, fetch.NewState(), logger), paths, stdin))
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return report(stderr, "extract", sum, err)
}

func runIngest(ctx context.Context, cfg *config, paths []string, stdin io.Reader, stderr io.Writer, logger *slog.Logger) int {
	if len(paths) == 0 {
		fmt.Fprintln(stderr, "newsgraph ingest: no input; give files, folders, URLs or - for standard input")
		return exitUsage
	}
	store, err := openStore(ctx, cfg, logger)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph ingest: %v\n", err)
		return exitFailed
	}
	defer store.Close()
	p := newPipeline(cfg, store, logger)
	if isTerminal(stderr) {
		p.Progress = progressBar(stderr)
	}
	state := loadState(cfg, logger)
	sum, err := p.Run(ctx, source(ctx, newReader(cfg, true, store, state, logger), paths, stdin))
	saveState(state, logger)
	return report(stderr, "ingest", sum, err)
}

// runWatch checks feeds until interrupted.
func runWatch(ctx context.Context, cfg *config, urls []string, stderr io.Writer, logger *slog.Logger) int {
	if len(urls) == 0 {
		fmt.Fprintln(stderr, "newsgraph watch: no feeds; give the URLs of RSS, Atom or JSON feeds")
		return exitUsage
	}
	for _, u := range urls {
		if !fetch.IsURL(u) {
			fmt.Fprintf(stderr, "newsgraph watch: %q is not an http or https URL\n", u)
			return exitUsage
		}
	}
	store, err := openStore(ctx, cfg, logger)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph watch: %v\n", err)
		return exitFailed
	}
	defer store.Close()
	state := loadState(cfg, logger)
	w := fetch.NewWatcher(newReader(cfg, true, store, state, logger), newPipeline(cfg, store, logger), urls, cfg.feedInterval, logger)
	logger.Info("watching feeds", "feeds", urls, "interval", cfg.feedInterval.String())
	w.Run(ctx)
	saveState(state, logger)
	logger.Info("stopped watching")
	return exitOK
}

// progressBar draws one self-overwriting status line on a terminal.
func progressBar(w io.Writer) func(ingest.Progress) {
	last := time.Time{}
	return func(pr ingest.Progress) {
		if time.Since(last) < 100*time.Millisecond {
			return
		}
		last = time.Now()
		rate := float64(pr.Done) / max(pr.Elapsed.Seconds(), 1e-9)
		fmt.Fprintf(w, "\r%d articles (%d failed), %.1f MB, %.0f articles/s ", pr.Done, pr.Failed, float64(pr.Bytes)/1e6, rate)
	}
}

// report prints the summary of a run and picks the exit code.
func report(w io.Writer, cmd string, sum ingest.Summary, err error) int {
	if isTerminal(w) {
		fmt.Fprint(w, "\r\033[K")
	}
	if cmd == "extract" {
		fmt.Fprintf(w, "newsgraph %s: %d articles read, %d extracted, %d failed; %d entities and %d relations found in %s\n",
			cmd, sum.Read, sum.Written, sum.Failed, sum.Entities, sum.Relations, sum.Elapsed.Round(time.Millisecond))
	} else {
		fmt.Fprintf(w, "newsgraph %s: %d articles read, %d written, %d unchanged, %d failed; %d entities and %d relations written in %s\n",
			cmd, sum.Read, sum.Written, sum.Unchanged, sum.Failed, sum.Entities, sum.Relations, sum.Elapsed.Round(time.Millisecond))
	}
	for _, f := range sum.Failures {
		fmt.Fprintf(w, "  failed: %v\n", f.Err)
	}
	switch {
	case err != nil:
		fmt.Fprintf(w, "newsgraph %s: %v\n", cmd, err)
		return exitFailed
	case sum.Failed > 0:
		return exitPartial
	case sum.Read == 0:
		fmt.Fprintf(w, "newsgraph %s: no articles found in the given paths\n", cmd)
		return exitFailed
	}
	return exitOK
}

func runServe(ctx context.Context, cfg *config, origins []string, stdin io.Reader, stderr io.Writer, logger *slog.Logger) int {
	store, err := openStore(ctx, cfg, logger)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph serve: %v\n", err)
		return exitFailed
	}
	defer store.Close()

	broker := graph.NewBroker()
	pipe := newPipeline(cfg, store, logger)
	pipe.OnResult = broker.Publish

	// The operator's inputs (--ingest, --feed) may reach any address; an
	// API client's URLs only public ones, unless the operator allows more.
	state := loadState(cfg, logger)
	defer saveState(state, logger)
	own := newReader(cfg, true, store, state, logger)
	api := newReader(cfg, cfg.allowPrivate, store, state, logger)

	if len(cfg.ingest) > 0 {
		sum, err := pipe.Run(ctx, source(ctx, own, cfg.ingest, stdin))
		saveState(state, logger)
		if code := report(stderr, "serve --ingest", sum, err); code == exitFailed {
			return code
		}
	}
	for _, f := range cfg.feeds {
		if !fetch.IsURL(f) {
			fmt.Fprintf(stderr, "newsgraph serve: --feed %q is not an http or https URL\n", f)
			return exitUsage
		}
	}
	watcher := fetch.NewWatcher(own, pipe, cfg.feeds, cfg.feedInterval, logger)

	pages, err := web.Handler(web.Options{Endpoint: "query", ExampleQuery: graph.ExampleQuery, ExampleVariables: graph.ExampleVariables})
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph serve: %v\n", err)
		return exitFailed
	}
	mux := http.NewServeMux()
	mux.Handle("/", pages)
	mux.Handle("/query", graph.NewHandler(graph.Config{
		Store:              store,
		Ingester:           pipe,
		Web:                webIngester{api, pipe},
		Feeds:              feedLister{watcher},
		Broker:             broker,
		APIKey:             cfg.apiKey,
		RequireKeyForReads: cfg.readKey,
		MaxDepth:           cfg.maxDepth,
		MaxComplexity:      cfg.complexity,
		Timeout:            cfg.timeout,
		AllowedOrigins:     origins,
		Logger:             logger,
	}))
	if len(origins) > 0 {
		logger.Info("cross-origin requests allowed", "origins", strings.Join(origins, ","))
	}
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("/readyz", func(w http.ResponseWriter, r *http.Request) {
		pctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := store.Ping(pctx); err != nil {
			logger.Warn("not ready", "err", err)
			http.Error(w, "store unavailable\n", http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ready\n"))
	})

	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph serve: listen on %s: %v\n", cfg.addr, err)
		return exitFailed
	}
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: 10 * time.Second,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	logger.Info("serving", "addr", ln.Addr().String(), "explorer", "http://"+displayAddr(ln.Addr())+"/", "graphiql", "http://"+displayAddr(ln.Addr())+"/graphiql")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	watching := make(chan struct{})
	if len(cfg.feeds) > 0 {
		logger.Info("watching feeds", "feeds", []string(cfg.feeds), "interval", cfg.feedInterval.String())
		go func() {
			defer close(watching)
			watcher.Run(ctx)
		}()
	} else {
		close(watching)
	}
	select {
	case err := <-errc:
		fmt.Fprintf(stderr, "newsgraph serve: %v\n", err)
		return exitFailed
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	sctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	<-watching
	if err := srv.Shutdown(sctx); err != nil {
		logger.Error("shutdown", "err", err)
		return exitFailed
	}
	return exitOK
}

func displayAddr(a net.Addr) string {
	host, port, err := net.SplitHostPort(a.String())
	if err != nil || host == "::" || host == "0.0.0.0" || host == "" {
		return "localhost:" + port
	}
	return net.JoinHostPort(host, port)
}

// webIngester serves ingestURLs with the API's reader.
type webIngester struct {
	r *fetch.Reader
	p *ingest.Pipeline
}

func (w webIngester) IngestURLs(ctx context.Context, urls []string) []graph.URLResult {
	res := w.r.Ingest(ctx, w.p, urls)
	out := make([]graph.URLResult, len(res))
	for i, r := range res {
		out[i] = graph.URLResult{URL: r.URL, Kind: string(r.Kind), Title: r.Title, NotModified: r.NotModified,
			Articles: r.Articles, Err: r.Err, Stopped: r.Stopped}
	}
	return out
}

// feedLister serves the feeds query from the watcher.
type feedLister struct{ w *fetch.Watcher }

func (f feedLister) Feeds() []graph.FeedStatus {
	st := f.w.Status()
	out := make([]graph.FeedStatus, len(st))
	for i, s := range st {
		out[i] = graph.FeedStatus{URL: s.URL, Title: s.Title, LastChecked: s.LastChecked, LastSuccess: s.LastSuccess,
			NextCheck: s.NextCheck, LastError: s.LastError, Articles: s.Articles, Items: s.Items}
	}
	return out
}
