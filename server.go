// Command newsgraph turns news articles into a knowledge graph and serves it
// over GraphQL and a built-in explorer.
//
//	newsgraph serve [--addr 127.0.0.1:8080] [--data DIR] [--ingest PATH|URL]... [--feed URL]...   (the default)
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
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"golang.org/x/net/netutil"

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
	exitOK          = 0
	exitFailed      = 1   // something failed: the store, the server, an input not found
	exitUsage       = 2   // bad flags, arguments or configuration
	exitPartial     = 3   // the run finished but some articles failed
	exitInterrupted = 130 // stopped by a signal (Ctrl-C, SIGTERM) before the end
)

// config is everything newsgraph can be told. Flags override environment
// variables, which override the defaults; the defaults of limits come from
// the packages that enforce them (graph, ingest), so each is written once.
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

	allowOpenWrites   bool
	maxRootFields     int
	maxAliases        int
	maxClientRequests int
	readTimeout       time.Duration
	writeTimeout      time.Duration
	idleTimeout       time.Duration
	maxConns          int
	gcPercent         int      // 0: leave the Go runtime's (GOGC, else 100)
	cors              string   // --cors-origins as given
	origins           []string // and as checked

	feeds        csvFlag
	feedInterval time.Duration
	ignoreRobots bool
	allowPrivate bool
	fetchTimeout time.Duration
	fetchPerHost int
	fetchDelay   time.Duration
}

// Defaults of the HTTP server's own limits.
const (
	defaultAddr        = "127.0.0.1:8080"
	defaultReadTimeout = 30 * time.Second  // a whole request, body included
	defaultIdleTimeout = 120 * time.Second // an idle keep-alive connection
	// writeGrace is how much longer than --timeout an answer may take to
	// write, when --write-timeout is not given.
	writeGrace      = 15 * time.Second
	defaultMaxConns = 512
	// defaultGCPercent is serve's garbage collection target (Go's GOGC):
	// the heap may grow to 5 times what is live before a collection. A
	// hub's neighborhood allocates about 2 MB, so with Go's 100 the
	// collector ran every 17 or so of them; at 400 it runs a quarter as
	// often, for about 140 MiB more at 100,000 articles (BENCHMARKS.md,
	// branch s18).
	defaultGCPercent = 400
)

type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(v string) error { *m = append(*m, v); return nil }

// csvFlag is a repeatable flag whose values may also come comma-separated
// (as its environment variable gives them).
type csvFlag []string

func (m *csvFlag) String() string { return strings.Join(*m, ",") }
func (m *csvFlag) Set(v string) error {
	for _, f := range strings.Split(v, ",") {
		if f = strings.TrimSpace(f); f != "" {
			*m = append(*m, f)
		}
	}
	return nil
}

// loadConfig reads the configuration of cmd from the environment and args.
// Every value is parsed strictly (strconv and time.ParseDuration, through
// the flag package, for the environment as for flags) and checked for
// range; an error names the flag or variable and the value. It returns
// flag.ErrHelp for -h.
func loadConfig(cmd string, args []string, getenv func(string) string, stderr io.Writer) (*config, *flag.FlagSet, error) {
	c := &config{}
	fs := flag.NewFlagSet("newsgraph "+cmd, flag.ContinueOnError)
	fs.SetOutput(stderr)
	envs := c.flags(fs, getenv, cmd == "serve")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, fs, err
		}
		return nil, fs, printedError{err} // the flag package has said why
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	// The environment fills what the command line did not give, through the
	// flags' own parsers, so that both doors accept the same values.
	fromEnv := map[string]string{}
	var err error
	fs.VisitAll(func(f *flag.Flag) {
		k := envs[f.Name]
		if err != nil || k == "" || given[f.Name] {
			return
		}
		if v := getenv(k); v != "" {
			fromEnv[f.Name] = k
			if serr := fs.Set(f.Name, v); serr != nil {
				err = fmt.Errorf("environment variable %s=%q: %s", k, v, wantOf(f, serr))
			}
		}
	})
	if err != nil {
		return nil, fs, err
	}
	name := func(flagName string) string {
		if k := fromEnv[flagName]; k != "" {
			return "environment variable " + k
		}
		return "--" + flagName
	}
	if err := c.check(name, given, cmd == "serve"); err != nil {
		return nil, fs, err
	}
	if !given["gc-percent"] && fromEnv["gc-percent"] == "" && getenv("GOGC") != "" {
		c.gcPercent = 0 // the operator set Go's own variable: the runtime has read it
	}
	return c, fs, nil
}

// neo4jSchemes are the URI schemes of the Neo4j driver.
var neo4jSchemes = map[string]bool{"bolt": true, "bolt+s": true, "bolt+ssc": true, "neo4j": true, "neo4j+s": true, "neo4j+ssc": true}

// isPort reports whether s is a port number (0 picks a free one).
func isPort(s string) bool {
	n, err := strconv.ParseUint(s, 10, 16)
	return err == nil && n <= 65535
}

// printedError is a configuration error already printed, with the usage.
type printedError struct{ error }

// wantOf says what a flag accepts, for an error about a value it refused.
func wantOf(f *flag.Flag, err error) string {
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return err.Error()
	}
	switch g.Get().(type) {
	case time.Duration:
		return "want a duration with its unit, such as 30s, 2m or 1h"
	case int:
		return "want a whole number"
	case bool:
		return "want true or false (or 1 or 0)"
	}
	return err.Error()
}

// flags defines the flags of a command and returns the environment
// variable of each flag that has one.
func (c *config) flags(fs *flag.FlagSet, getenv func(string) string, server bool) map[string]string {
	envs := map[string]string{}
	str := func(p *string, name, env, def, usage string) {
		fs.StringVar(p, name, def, usage+" (env "+env+")")
		envs[name] = env
	}
	num := func(p *int, name, env string, def int, usage string) {
		fs.IntVar(p, name, def, usage+" (env "+env+")")
		envs[name] = env
	}
	dur := func(p *time.Duration, name, env string, def time.Duration, usage string) {
		fs.DurationVar(p, name, def, usage+" (env "+env+")")
		envs[name] = env
	}
	boolean := func(p *bool, name, env string, usage string) {
		fs.BoolVar(p, name, false, usage+" (env "+env+"=true)")
		envs[name] = env
	}
	str(&c.data, "data", "NEWSGRAPH_DATA", defaultDataDir(getenv), "embedded store directory, used when no Neo4j URI is set")
	str(&c.neo4jURI, "neo4j-uri", "NEO4J_URI", "", "Neo4j Bolt URI; when set Neo4j is the store")
	str(&c.neo4jUser, "neo4j-username", "NEO4J_USERNAME", "neo4j", "Neo4j user")
	str(&c.neo4jPass, "neo4j-password", "NEO4J_PASSWORD", "", "Neo4j password")
	str(&c.neo4jDB, "neo4j-database", "NEO4J_DATABASE", "neo4j", "Neo4j database")
	str(&c.logFormat, "log-format", "NEWSGRAPH_LOG_FORMAT", "auto", "log format: text, json, or auto (text on a terminal)")
	str(&c.logLevel, "log-level", "NEWSGRAPH_LOG_LEVEL", "info", "log level: debug, info, warn, error")
	num(&c.workers, "workers", "NEWSGRAPH_WORKERS", runtime.GOMAXPROCS(0), "concurrent extraction workers, at least 1")
	num(&c.batch, "batch", "NEWSGRAPH_BATCH", 0, fmt.Sprintf("articles per store write; 0: the store's own (%d for the embedded store, %d for Neo4j)", sqlite.BatchSize, ingest.DefaultBatchSize))
	boolean(&c.ignoreRobots, "ignore-robots", "NEWSGRAPH_IGNORE_ROBOTS", "fetch pages robots.txt disallows")
	dur(&c.fetchTimeout, "fetch-timeout", "NEWSGRAPH_FETCH_TIMEOUT", fetch.DefaultTimeout, "time limit of one HTTP request, body included")
	num(&c.fetchPerHost, "fetch-per-host", "NEWSGRAPH_FETCH_PER_HOST", fetch.DefaultPerHost, "HTTP requests at once against one host, at least 1")
	dur(&c.fetchDelay, "fetch-delay", "NEWSGRAPH_FETCH_DELAY", fetch.DefaultHostDelay, "least time between two requests to one host; a longer robots.txt Crawl-delay wins")
	dur(&c.feedInterval, "feed-interval", "NEWSGRAPH_FEED_INTERVAL", fetch.DefaultInterval, "how often each watched feed is checked, give or take a tenth")
	if !server {
		return envs
	}
	str(&c.addr, "addr", "NEWSGRAPH_ADDR", defaultAddr, "listen address; beyond loopback, writes need --api-key or --allow-open-writes")
	str(&c.apiKey, "api-key", "NEWSGRAPH_API_KEY", "", "API key required for mutations")
	boolean(&c.readKey, "require-key-for-reads", "NEWSGRAPH_REQUIRE_KEY_FOR_READS", "require the API key for queries too")
	boolean(&c.allowOpenWrites, "allow-open-writes", "NEWSGRAPH_ALLOW_OPEN_WRITES", "accept mutations without an API key on an address beyond loopback")
	dur(&c.timeout, "timeout", "NEWSGRAPH_TIMEOUT", graph.DefaultTimeout, "time limit of one query or mutation, passed down to the store")
	num(&c.maxDepth, "max-query-depth", "NEWSGRAPH_MAX_QUERY_DEPTH", graph.DefaultMaxDepth, "deepest GraphQL selection accepted")
	num(&c.complexity, "max-complexity", "NEWSGRAPH_MAX_COMPLEXITY", graph.DefaultMaxComplexity, "highest GraphQL operation cost accepted")
	num(&c.maxRootFields, "max-root-fields", "NEWSGRAPH_MAX_ROOT_FIELDS", graph.DefaultMaxRootFields, "most top-level fields (aliases included) in one operation")
	num(&c.maxAliases, "max-aliases", "NEWSGRAPH_MAX_ALIASES", graph.DefaultMaxAliases, "most aliased fields in one operation")
	num(&c.maxClientRequests, "max-client-requests", "NEWSGRAPH_MAX_CLIENT_REQUESTS", graph.DefaultMaxClientRequests, "GraphQL requests one client address may have running at once; 0: no limit")
	dur(&c.readTimeout, "read-timeout", "NEWSGRAPH_READ_TIMEOUT", defaultReadTimeout, "time limit to read one request, body included")
	dur(&c.writeTimeout, "write-timeout", "NEWSGRAPH_WRITE_TIMEOUT", 0, "time limit to answer one request (default: --timeout plus "+writeGrace.String()+"); websockets are exempt")
	dur(&c.idleTimeout, "idle-timeout", "NEWSGRAPH_IDLE_TIMEOUT", defaultIdleTimeout, "how long an idle keep-alive connection stays open")
	num(&c.maxConns, "max-connections", "NEWSGRAPH_MAX_CONNECTIONS", defaultMaxConns, "most connections open at once; more wait to be accepted")
	num(&c.gcPercent, "gc-percent", "NEWSGRAPH_GC_PERCENT", defaultGCPercent, "garbage collection target, as Go's GOGC: the heap grows this many percent over the live heap before a collection; 0: the Go runtime's own (GOGC if set, else 100), which GOGC set in the environment also keeps unless this is given")
	str(&c.cors, "cors-origins", "NEWSGRAPH_CORS_ORIGINS", "", "comma-separated web origins whose pages may call /query from a browser, like https://newsroom.example; none by default")
	fs.Var(&c.ingest, "ingest", "ingest these files, folders or URLs before serving (repeatable)")
	fs.Var(&c.feeds, "feed", "watch this feed while serving: ingest its new items every --feed-interval (repeatable; env NEWSGRAPH_FEEDS, comma-separated)")
	envs["feed"] = "NEWSGRAPH_FEEDS"
	boolean(&c.allowPrivate, "fetch-allow-private", "NEWSGRAPH_FETCH_ALLOW_PRIVATE", "let ingestURLs reach loopback, private and link-local addresses")
	return envs
}

// check refuses values out of range and fills the derived defaults. name
// says how a flag's value was given.
func (c *config) check(name func(string) string, given map[string]bool, server bool) error {
	bad := func(flagName string, v any, want string) error {
		return fmt.Errorf("%s=%q: %s", name(flagName), fmt.Sprint(v), want)
	}
	switch c.logFormat {
	case "auto", "text", "json":
	default:
		return bad("log-format", c.logFormat, "want text, json or auto")
	}
	var lv slog.Level
	if err := lv.UnmarshalText([]byte(c.logLevel)); err != nil {
		return bad("log-level", c.logLevel, "want debug, info, warn or error")
	}
	if c.neo4jURI != "" {
		u, err := url.Parse(c.neo4jURI)
		if err != nil || !neo4jSchemes[u.Scheme] || u.Host == "" {
			return bad("neo4j-uri", c.neo4jURI, "want a Bolt URI such as bolt://localhost:7687 or neo4j+s://host (schemes bolt, neo4j, with +s or +ssc)")
		}
	}
	for _, n := range []struct {
		flag string
		v    int
		min  int
	}{
		{"workers", c.workers, 1}, {"batch", c.batch, 0}, {"fetch-per-host", c.fetchPerHost, 1},
		{"max-query-depth", c.maxDepth, 1}, {"max-complexity", c.complexity, 1},
		{"max-root-fields", c.maxRootFields, 1}, {"max-aliases", c.maxAliases, 1},
		{"max-client-requests", c.maxClientRequests, 0}, {"max-connections", c.maxConns, 1},
		{"gc-percent", c.gcPercent, 0},
	} {
		if n.v < n.min && (server || n.flag == "workers" || n.flag == "batch" || n.flag == "fetch-per-host") {
			return bad(n.flag, n.v, fmt.Sprintf("want a whole number of at least %d", n.min))
		}
	}
	for _, d := range []struct {
		flag string
		v    time.Duration
		min  time.Duration
	}{{"fetch-timeout", c.fetchTimeout, 1}, {"feed-interval", c.feedInterval, 1}, {"fetch-delay", c.fetchDelay, 0}} {
		if d.v < d.min {
			return bad(d.flag, d.v, "want a duration with its unit, such as 30s or 2m, not below zero")
		}
	}
	if c.batch == 0 {
		// Larger batches write each index page a batch changes once for
		// more articles; the embedded store gains from it, Neo4j was not
		// measured faster (BENCHMARKS.md).
		c.batch = sqlite.BatchSize
		if c.neo4jURI != "" {
			c.batch = ingest.DefaultBatchSize
		}
	}
	if !server {
		return nil
	}
	if _, port, err := net.SplitHostPort(c.addr); err != nil || !isPort(port) {
		return bad("addr", c.addr, "want host:port, such as 127.0.0.1:8080 or 0.0.0.0:8080")
	}
	origins, err := corsOrigins(c.cors)
	if err != nil {
		return bad("cors-origins", c.cors, err.Error())
	}
	c.origins = origins
	for _, d := range []struct {
		flag string
		v    time.Duration
	}{{"timeout", c.timeout}, {"read-timeout", c.readTimeout}, {"idle-timeout", c.idleTimeout}} {
		if d.v <= 0 {
			return bad(d.flag, d.v, "want a positive duration such as 30s or 2m")
		}
	}
	switch {
	case !given["write-timeout"] && c.writeTimeout == 0:
		c.writeTimeout = c.timeout + writeGrace
	case c.writeTimeout <= c.timeout:
		return fmt.Errorf("%s=%q must be longer than %s=%q, or answers are cut off", name("write-timeout"), c.writeTimeout, name("timeout"), c.timeout)
	}
	return nil
}

// graphConfig is what the configuration tells the GraphQL handler.
func (c *config) graphConfig() graph.Config {
	clients := c.maxClientRequests
	if clients == 0 {
		clients = -1 // no limit; graph takes 0 for its default
	}
	return graph.Config{
		APIKey:             c.apiKey,
		RequireKeyForReads: c.readKey,
		MaxDepth:           c.maxDepth,
		MaxComplexity:      c.complexity,
		MaxRootFields:      c.maxRootFields,
		MaxAliases:         c.maxAliases,
		MaxClientRequests:  clients,
		Timeout:            c.timeout,
		AllowedOrigins:     c.origins,
	}
}

func defaultDataDir(getenv func(string) string) string {
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "newsgraph")
	}
	return "data"
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
	switch cmd {
	case "serve", "extract", "ingest", "watch":
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	default:
		fmt.Fprintf(stderr, "newsgraph: unknown command %q\n\n%s", cmd, usage)
		return exitUsage
	}
	cfg, fs, err := loadConfig(cmd, args, getenv, stderr)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case err != nil:
		if !errors.As(err, new(printedError)) {
			fmt.Fprintf(stderr, "newsgraph %s: %v\n", cmd, err)
		}
		return exitUsage
	}
	logger := newLogger(stderr, cfg.logFormat, cfg.logLevel)
	switch cmd {
	case "extract":
		return runExtract(ctx, cfg, fs.Args(), stdin, stdout, stderr, logger)
	case "ingest":
		return runIngest(ctx, cfg, fs.Args(), stdin, stderr, logger)
	case "watch":
		return runWatch(ctx, cfg, fs.Args(), stderr, logger)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "newsgraph serve: unexpected arguments %q (use --ingest PATH to load articles)\n", fs.Args())
		return exitUsage
	}
	return runServe(ctx, cfg, stdin, stderr, logger)
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
// otherwise, unless told. format and level were checked by loadConfig.
func newLogger(w io.Writer, format, level string) *slog.Logger {
	var lv slog.Level
	_ = lv.UnmarshalText([]byte(level))
	opts := &slog.HandlerOptions{Level: lv}
	if format == "json" || format == "auto" && !isTerminal(w) {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
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
	s, err := sqlite.Open(ctx, cfg.data, sqlite.WithLogger(logger))
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

// pipelineIngester lets the API run articles through the ingest pipeline.
type pipelineIngester struct{ *ingest.Pipeline }

func (p pipelineIngester) Ingest(ctx context.Context, arts []kg.Article) ([]graph.IngestResult, error) {
	res, err := p.Articles(ctx, arts)
	return apiResults(res), err
}

// apiResults gives the API what it needs of the pipeline's results.
func apiResults(res []ingest.Result) []graph.IngestResult {
	out := make([]graph.IngestResult, len(res))
	for i, r := range res {
		out[i] = graph.IngestResult{Unchanged: r.Unchanged, Entities: r.Entities, Relations: r.Relations, Err: r.Err}
		if r.Err == nil {
			out[i].Article = r.Article
		}
	}
	return out
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
	if sum.Unknown > 0 {
		fmt.Fprintf(w, "newsgraph %s: %d articles may or may not be stored: the store went away while writing them and could not be asked; ingest them again (re-ingesting changes nothing)\n", cmd, sum.Unknown)
	}
	switch {
	case errors.Is(err, context.Canceled):
		fmt.Fprintf(w, "newsgraph %s: interrupted; %d articles written before the stop; run it again to finish (re-ingesting changes nothing)\n", cmd, sum.Written)
		return exitInterrupted
	case err != nil:
		fmt.Fprintf(w, "newsgraph %s: %v\n", cmd, err)
		return exitFailed
	case sum.Missing > 0:
		fmt.Fprintf(w, "newsgraph %s: %d of the given paths not found or without articles\n", cmd, sum.Missing)
		return exitFailed
	case sum.Failed > 0:
		return exitPartial
	case sum.Read == 0:
		fmt.Fprintf(w, "newsgraph %s: no articles found in the given paths\n", cmd)
		return exitFailed
	}
	return exitOK
}

func runServe(ctx context.Context, cfg *config, stdin io.Reader, stderr io.Writer, logger *slog.Logger) int {
	// Bind first: a taken port is reported before any work is done.
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph serve: listen on %s: %v\n", cfg.addr, err)
		return exitFailed
	}
	defer ln.Close()
	readOnly := writePolicy(cfg, ln.Addr(), logger)
	if cfg.gcPercent > 0 {
		debug.SetGCPercent(cfg.gcPercent)
	}

	store, err := openStore(ctx, cfg, logger)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph serve: %v\n", err)
		return exitFailed
	}
	defer store.Close()

	broker := graph.NewBroker()
	pipe := newPipeline(cfg, store, logger)
	pipe.OnResult = func(r ingest.Result) {
		if r.Err == nil && !r.Unchanged {
			broker.Publish(r.Subgraph)
		}
	}

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
	gcfg := cfg.graphConfig()
	gcfg.Store, gcfg.Ingester, gcfg.Broker, gcfg.Logger = store, pipelineIngester{pipe}, broker, logger
	gcfg.Web, gcfg.Feeds = webIngester{api, pipe}, feedLister{watcher}
	gcfg.ReadOnly = readOnly
	mux.Handle("/query", graph.NewHandler(gcfg))
	if len(cfg.origins) > 0 {
		logger.Info("cross-origin requests allowed", "origins", strings.Join(cfg.origins, ","))
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

	// Slow or idle clients are cut off; hijacked connections (websockets)
	// have their deadlines cleared by net/http, so subscriptions last.
	srv := &http.Server{
		Handler:           mux,
		ReadHeaderTimeout: min(10*time.Second, cfg.readTimeout),
		ReadTimeout:       cfg.readTimeout,
		WriteTimeout:      cfg.writeTimeout,
		IdleTimeout:       cfg.idleTimeout,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	logger.Info("serving", "addr", ln.Addr().String(), "explorer", "http://"+displayAddr(ln.Addr())+"/", "graphiql", "http://"+displayAddr(ln.Addr())+"/graphiql")
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(netutil.LimitListener(ln, cfg.maxConns)) }()
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

// writePolicy decides whether mutations are refused for want of a key, and
// says so: a server reachable beyond loopback without an API key takes
// writes only when --allow-open-writes says it may.
func writePolicy(cfg *config, addr net.Addr, logger *slog.Logger) (readOnly bool) {
	if cfg.apiKey != "" || isLoopback(addr) {
		return false
	}
	if cfg.allowOpenWrites {
		logger.Warn("writes are open: anyone who can reach this address may ingest and delete articles; set --api-key to require a key",
			"addr", addr.String())
		return false
	}
	logger.Warn("writes are refused: the server listens beyond loopback without an API key; set --api-key (or --allow-open-writes to accept writes from anyone)",
		"addr", addr.String())
	return true
}

// isLoopback reports whether a listener's address is reachable only from
// this machine.
func isLoopback(a net.Addr) bool {
	ta, ok := a.(*net.TCPAddr)
	return ok && ta.IP.IsLoopback()
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
			Articles: apiResults(r.Articles), Err: r.Err, Stopped: r.Stopped}
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
