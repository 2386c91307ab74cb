package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/internal/synth"
	"github.com/newsgraph/newsgraph/store/sqlite"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// options is what a run is told. Flags override environment variables.
type options struct {
	corpus   string
	store    string
	articles int
	seed     int64
	out      string
	clients  int
	requests int
	warmup   int
	timeout  time.Duration
	workers  int
	batch    int
	data     string
	neo4j    neo4jConn
	reset    bool
	reuse    bool
	only     map[string]bool
	cpuprof  string
	// gcPercent is the query phase's garbage collection target, serve's
	// default (server.go) unless told, so that the handler runs as served.
	gcPercent int
	ingprof   string
}

func parse(args []string, stderr io.Writer, getenv func(string) string) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("newsgraph-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.corpus, "corpus", "", "only write the synthetic corpus into this directory and stop")
	fs.StringVar(&o.store, "store", "sqlite", "store to measure: sqlite or neo4j")
	fs.IntVar(&o.articles, "articles", 10000, "number of synthetic articles")
	fs.Int64Var(&o.seed, "seed", 1, "seed of the synthetic corpus")
	fs.StringVar(&o.out, "out", "", "Markdown report (JSON beside it); default bench/results-<store>.md")
	fs.IntVar(&o.clients, "clients", 8, "concurrent GraphQL (and Cypher) clients")
	fs.IntVar(&o.requests, "requests", 50, "requests per client per question")
	fs.IntVar(&o.warmup, "warmup", 20, "unrecorded requests before each measurement")
	fs.DurationVar(&o.timeout, "timeout", 30*time.Second, "timeout of one request")
	fs.IntVar(&o.workers, "workers", 0, "ingest workers (default GOMAXPROCS)")
	fs.IntVar(&o.batch, "batch", 0, fmt.Sprintf("articles per store transaction during ingest; 0: the store's own (sqlite %d, neo4j %d)", sqlite.BatchSize, ingest.DefaultBatchSize))
	fs.StringVar(&o.data, "data", "", "sqlite: directory of the database (default a temporary one, removed at the end)")
	fs.StringVar(&o.neo4j.URI, "neo4j-uri", getenv("NEO4J_URI"), "neo4j: bolt URI (env NEO4J_URI)")
	fs.StringVar(&o.neo4j.Username, "neo4j-user", envOr(getenv, "NEO4J_USERNAME", "neo4j"), "neo4j: user (env NEO4J_USERNAME)")
	fs.StringVar(&o.neo4j.Password, "neo4j-password", getenv("NEO4J_PASSWORD"), "neo4j: password (env NEO4J_PASSWORD)")
	fs.StringVar(&o.neo4j.Database, "neo4j-database", envOr(getenv, "NEO4J_DATABASE", "neo4j"), "neo4j: database (env NEO4J_DATABASE)")
	fs.BoolVar(&o.reset, "reset", false, "neo4j: empty the database first if it holds anything (otherwise a non-empty database is refused)")
	fs.BoolVar(&o.reuse, "reuse", false, "skip the corpus and ingest; ask the questions of the graph already stored (--data for sqlite; a database an earlier run filled for neo4j)")
	fs.IntVar(&o.gcPercent, "gc-percent", 400, "garbage collection target (Go's GOGC) of the query phase, as newsgraph serve sets it by default; 0: the runtime's own (GOGC, else 100)")
	fs.StringVar(&o.cpuprof, "cpuprofile", "", "write a CPU profile of the query phase (this process: client, API and store) to this file")
	fs.StringVar(&o.ingprof, "ingest-cpuprofile", "", "write a CPU profile of the ingest phase (reading, extracting, writing) to this file")
	only := fs.String("only", "", "comma-separated questions to ask (entity, search, neighborhood, neighborhood-sample, paths, relations, relations-sample, relations-later); default all")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if *only != "" {
		o.only = map[string]bool{}
		for _, q := range strings.Split(*only, ",") {
			q = strings.TrimSpace(q)
			if !slices.Contains(questionNames, q) {
				return nil, fmt.Errorf("--only %q: unknown question %q; want some of %s", *only, q, strings.Join(questionNames, ", "))
			}
			o.only[q] = true
		}
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	switch {
	case o.articles < 1:
		return nil, fmt.Errorf("--articles %d: want at least 1", o.articles)
	case o.store != "sqlite" && o.store != "neo4j":
		return nil, fmt.Errorf("--store %q: want sqlite or neo4j", o.store)
	case o.store == "neo4j" && o.neo4j.URI == "" && o.corpus == "":
		return nil, fmt.Errorf("--store neo4j needs --neo4j-uri or NEO4J_URI")
	case o.reuse && o.reset:
		return nil, fmt.Errorf("--reuse and --reset exclude each other: one keeps the stored graph, the other empties it")
	case o.reuse && o.store == "sqlite" && o.data == "":
		return nil, fmt.Errorf("--reuse with --store sqlite needs --data, the directory of an earlier run's database")
	case o.clients < 1 || o.requests < 1 || o.warmup < 0 || o.batch < 0 || o.timeout <= 0:
		return nil, fmt.Errorf("--clients, --requests and --timeout must be positive, --batch not negative")
	}
	if o.batch == 0 {
		o.batch = sqlite.BatchSize
		if o.store == "neo4j" {
			o.batch = ingest.DefaultBatchSize
		}
	}
	if o.out == "" {
		o.out = "bench/results-" + o.store + ".md"
	}
	return o, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	o, err := parse(args, stderr, getenv)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph-bench: %v\n", err)
		return 2
	}
	if o.corpus != "" {
		if err := synth.WriteDir(o.corpus, o.seed, o.articles); err != nil {
			fmt.Fprintf(stderr, "newsgraph-bench: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "wrote %d articles to %s\n", o.articles, o.corpus)
		return 0
	}
	rep, err := bench(ctx, o, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph-bench: %v\n", err)
		return 1
	}
	if err := rep.write(o.out); err != nil {
		fmt.Fprintf(stderr, "newsgraph-bench: %v\n", err)
		return 1
	}
	var md strings.Builder
	rep.markdown(&md)
	fmt.Fprint(stdout, md.String())
	fmt.Fprintf(stderr, "newsgraph-bench: wrote %s\n", o.out)
	return 0
}

func envOr(getenv func(string) string, key, def string) string {
	if v := getenv(key); v != "" {
		return v
	}
	return def
}
