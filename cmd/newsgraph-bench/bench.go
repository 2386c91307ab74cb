package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/rules"
	"github.com/newsgraph/newsgraph/internal/synth"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/neo4j"
	"github.com/newsgraph/newsgraph/store/sqlite"
)

// bench runs the whole benchmark and returns its report.
func bench(ctx context.Context, o *options, stderr io.Writer) (*Report, error) {
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	progress := func(format string, args ...any) {
		fmt.Fprintf(stderr, "%s  "+format+"\n", append([]any{time.Now().UTC().Format("15:04:05")}, args...)...)
	}
	rep := &Report{
		Date:      time.Now().UTC().Format("2006-01-02T15:04Z"),
		Machine:   machine(),
		Store:     o.store,
		Seed:      o.seed,
		Articles:  o.articles,
		Clients:   o.clients,
		PerClient: o.requests,
		LoadStart: loadAverage(),
	}

	tmp, err := os.MkdirTemp("", "newsgraph-bench-")
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	defer os.RemoveAll(tmp)

	var (
		store kg.Store
		cy    *cypher
	)
	switch o.store {
	case "sqlite":
		dir := o.data
		if dir == "" {
			dir = filepath.Join(tmp, "db")
		}
		s, err := sqlite.Open(ctx, dir, sqlite.WithLogger(logger))
		if err != nil {
			return nil, fmt.Errorf("bench: %w", err)
		}
		store = s
		rep.StoreVersion = "modernc.org/sqlite " + moduleVersion("modernc.org/sqlite")
	case "neo4j":
		release, err := lockNeo4j(o.neo4j, progress)
		if err != nil {
			return nil, err
		}
		defer release()
		if cy, err = openCypher(ctx, o.neo4j); err != nil {
			return nil, err
		}
		defer cy.close(context.Background())
		if err := cy.prepare(ctx, o.reset, o.reuse, progress); err != nil {
			return nil, err
		}
		s, err := neo4j.Open(ctx, neo4j.Config{
			URI: o.neo4j.URI, Username: o.neo4j.Username, Password: o.neo4j.Password,
			Database: o.neo4j.Database, Logger: logger,
		})
		if err != nil {
			return nil, fmt.Errorf("bench: %w", err)
		}
		store = s
		rep.StoreVersion = "server " + cy.version(ctx) + ", driver " + moduleVersion("github.com/neo4j/neo4j-go-driver/v5")
	default:
		return nil, fmt.Errorf("bench: store %q: want sqlite or neo4j", o.store)
	}
	defer store.Close()

	if o.reuse {
		progress("reusing the graph already in %s", o.store)
	} else if err := ingestCorpus(ctx, o, store, rep, filepath.Join(tmp, "corpus"), logger, progress); err != nil {
		return nil, err
	}
	st, err := store.Stats(ctx)
	if err != nil {
		return nil, fmt.Errorf("bench: %w", err)
	}
	rep.Graph.Articles = st.Articles
	for _, n := range st.Entities {
		rep.Graph.Entities += n
	}
	for _, n := range st.Relations {
		rep.Graph.Relations += n
	}

	in, err := pickInputs(ctx, store)
	if err != nil {
		return nil, err
	}

	// The real handler on a loopback port, spoken to over real HTTP.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("bench: listen: %w", err)
	}
	srv := &http.Server{
		Handler: graph.NewHandler(graph.Config{
			Store:   store,
			Logger:  logger,
			Timeout: o.timeout,
			// The bench's clients all come from loopback; each stands
			// for a different user.
			MaxClientRequests: -1,
		}),
		ReadHeaderTimeout: 10 * time.Second,
	}
	go srv.Serve(ln)
	defer srv.Close()
	gql := newGQLClient("http://"+ln.Addr().String()+"/query", o.clients)
	if o.gcPercent > 0 {
		defer debug.SetGCPercent(debug.SetGCPercent(o.gcPercent))
		rep.GCPercent = o.gcPercent
	}

	if o.cpuprof != "" {
		f, err := os.Create(o.cpuprof)
		if err != nil {
			return nil, fmt.Errorf("bench: cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return nil, fmt.Errorf("bench: cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	for _, q := range questions(in) {
		if o.only != nil && !o.only[q.name] {
			continue
		}
		row := Query{Name: q.name, Asks: q.asks, Inputs: len(q.inputs)}
		if cy != nil && q.field != "" {
			a := compareAnswers(ctx, q, q.inputs, compareCount, gql, cy)
			row.Answers = &a
			progress("%s: Cypher and GraphQL answers equal on %d of %d inputs", q.name, a.Equal, a.Checked)
		}
		sides := []func(context.Context, input) error{
			func(ctx context.Context, in input) error { return gql.do(ctx, q.graphql, in.vars(), q.check) },
			func(ctx context.Context, in input) error { return q.store(ctx, store, in) },
		}
		if cy != nil {
			sides = append(sides,
				func(ctx context.Context, in input) error { return cy.do(ctx, q.cypher, in.params()) },
				func(ctx context.Context, in input) error { return cy.doAutoCommit(ctx, q.cypher, in.params()) })
		}
		progress("%s: %d clients × %d requests over %d inputs, %d sides in %d alternating rounds", q.name, o.clients, o.requests, len(q.inputs), len(sides), min(measureRounds, o.requests))
		st := measure(ctx, o, q.inputs, sides...)
		row.GraphQL, row.Store = st[0], &st[1]
		if st[1].P50ms > 0 {
			row.StoreRatio = row.GraphQL.P50ms / st[1].P50ms
		}
		if cy != nil {
			row.Cypher, row.CypherAutoCommit = &st[2], &st[3]
			if st[2].P50ms > 0 {
				row.Ratio = row.GraphQL.P50ms / st[2].P50ms
			}
			if st[3].P50ms > 0 {
				row.RatioAutoCommit = row.GraphQL.P50ms / st[3].P50ms
			}
		}
		rep.Queries = append(rep.Queries, row)
	}
	rep.LoadEnd = loadAverage()
	return rep, ctx.Err()
}

// ingestCorpus writes the synthetic corpus to files and ingests it through
// the real pipeline, recording the rates in rep. The corpus goes to files
// first, so that ingest is measured as a user runs it: reading files,
// extracting, writing.
func ingestCorpus(ctx context.Context, o *options, store kg.Store, rep *Report, corpus string, logger *slog.Logger, progress func(string, ...any)) error {
	progress("writing %d synthetic articles (seed %d)", o.articles, o.seed)
	words, err := writeCorpus(corpus, o.seed, o.articles)
	if err != nil {
		return err
	}
	workers := o.workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	p := &ingest.Pipeline{
		Extractor: rules.New(),
		Writer:    store,
		Workers:   workers,
		BatchSize: o.batch,
		Logger:    logger,
	}
	// The rate of each tenth of the corpus shows whether writes slow down
	// as the store grows.
	var marks []time.Duration
	p.Progress = func(pr ingest.Progress) {
		if len(marks) < 10 && pr.Done >= (len(marks)+1)*o.articles/10 {
			marks = append(marks, pr.Elapsed)
		}
	}
	progress("ingesting into %s (%d workers, batches of %d)", o.store, workers, o.batch)
	if o.ingprof != "" {
		f, err := os.Create(o.ingprof)
		if err != nil {
			return fmt.Errorf("bench: ingest cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("bench: ingest cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}
	sum, err := p.Run(ctx, func(yield func(ingest.Doc) error) error {
		return ingest.Read(ctx, []string{corpus}, nil, yield)
	})
	if err != nil {
		return fmt.Errorf("bench: ingest: %w", err)
	}
	secs := sum.Elapsed.Seconds()
	rep.Ingest = &Ingest{
		Read: sum.Read, Written: sum.Written, Failed: sum.Failed, Words: words,
		Workers: workers, Batch: o.batch, Seconds: secs,
		ArticlesPerSecond: float64(sum.Read) / secs,
		WordsPerSecond:    float64(words) / secs,
	}
	prev := time.Duration(0)
	for i, m := range marks {
		n := (i+1)*o.articles/10 - i*o.articles/10
		if d := (m - prev).Seconds(); d > 0 {
			rep.Ingest.TenthsPerSecond = append(rep.Ingest.TenthsPerSecond, float64(n)/d)
		}
		prev = m
	}
	for _, f := range sum.Failures {
		rep.Notes = append(rep.Notes, fmt.Sprintf("ingest failure: %s: %v", f.Name, f.Err))
		if len(rep.Notes) >= 5 {
			break
		}
	}
	progress("ingested %d articles in %.1fs: %.1f articles/s (%d failed)", sum.Read, secs, rep.Ingest.ArticlesPerSecond, sum.Failed)
	return nil
}

// compareCount is how many inputs of each question are asked of both the
// API and the Cypher baseline, to check that they answer alike.
const compareCount = 25

// measureRounds is how many alternating rounds measure splits each
// side's requests into.
const measureRounds = 5

// measure asks the same question of each side (the API, the store, the
// hand-written Cypher): it warms every side up (one client, unrecorded),
// then runs the bounded load in alternating rounds, each side in turn, so
// that the machine's load and the server's warmth, which drift over a run,
// weigh on every side alike rather than on whichever goes first.
func measure(ctx context.Context, o *options, inputs []input, sides ...func(context.Context, input) error) []Stats {
	for _, do := range sides {
		runLoad(ctx, 1, min(o.warmup, len(inputs)), 0, o.timeout, inputs, do)
	}
	samples := make([]sample, len(sides))
	rounds := min(measureRounds, o.requests)
	start := 0
	for r := range rounds {
		n := o.requests / rounds
		if r < o.requests%rounds {
			n++
		}
		for i, do := range sides {
			samples[i].add(runLoad(ctx, o.clients, n, start, o.timeout, inputs, do))
		}
		start += o.clients * n
	}
	out := make([]Stats, len(sides))
	for i, s := range samples {
		out[i] = summarize(s)
	}
	return out
}

// writeCorpus writes the articles as files and counts their words.
func writeCorpus(dir string, seed int64, n int) (int, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("bench: corpus: %w", err)
	}
	words := 0
	for a := range synth.Articles(seed, n) {
		words += a.Words()
		if err := os.WriteFile(filepath.Join(dir, a.Name+".txt"), []byte(a.File()), 0o644); err != nil {
			return 0, fmt.Errorf("bench: corpus: %w", err)
		}
	}
	return words, nil
}

// moduleVersion is the version of a dependency compiled in.
func moduleVersion(path string) string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "unknown"
	}
	for _, d := range bi.Deps {
		if d.Path == path {
			if d.Replace != nil {
				d = d.Replace
			}
			return strings.TrimSpace(d.Version)
		}
	}
	return "unknown"
}
