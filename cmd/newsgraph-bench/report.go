package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Report is everything one bench run measured. It is written as Markdown
// (for people and BENCHMARKS.md) and as JSON (for tools) side by side.
type Report struct {
	Date         string  `json:"date"` // UTC, minutes
	Machine      Machine `json:"machine"`
	Store        string  `json:"store"`
	StoreVersion string  `json:"store_version,omitempty"`
	Seed         int64   `json:"seed"`
	Articles     int     `json:"articles"`
	Clients      int     `json:"clients"`
	PerClient    int     `json:"requests_per_client"`
	Ingest       *Ingest `json:"ingest,omitempty"` // nil when --reuse skipped it
	Graph        Size    `json:"graph"`
	Queries      []Query `json:"queries"`
	// GCPercent is the garbage collection target the queries ran with (Go's
	// GOGC); 0 when the runtime's own.
	GCPercent int `json:"gc_percent,omitempty"`
	// LoadStart and LoadEnd are the load averages (1, 5, 15 min) when the
	// run began and ended.
	LoadStart string   `json:"load_start,omitempty"`
	LoadEnd   string   `json:"load_end,omitempty"`
	Notes     []string `json:"notes,omitempty"`
}

// Ingest is the end-to-end ingest measurement: files read, extracted by the
// rules extractor and written to the store by ingest.Pipeline.
type Ingest struct {
	Read              int     `json:"read"`
	Written           int     `json:"written"`
	Failed            int     `json:"failed"`
	Words             int     `json:"words"`
	Workers           int     `json:"workers"`
	Batch             int     `json:"batch"`
	Seconds           float64 `json:"seconds"`
	ArticlesPerSecond float64 `json:"articles_per_second"`
	WordsPerSecond    float64 `json:"words_per_second"`
	// TenthsPerSecond is the rate over each tenth of the corpus, in order.
	TenthsPerSecond []float64 `json:"tenths_articles_per_second,omitempty"`
}

// Size is what the store holds after ingest.
type Size struct {
	Articles  int `json:"articles"`
	Entities  int `json:"entities"`
	Relations int `json:"relations"`
}

// Query is one of the questions, asked through GraphQL and (on Neo4j)
// as hand-written Cypher with the same inputs and concurrency.
type Query struct {
	Name    string `json:"name"`
	Asks    string `json:"asks"`
	Inputs  int    `json:"inputs"`
	GraphQL Stats  `json:"graphql"`
	// Store is the same question asked of the kg.Store in-process.
	Store *Stats `json:"store,omitempty"`
	// StoreRatio is GraphQL p50 over store p50: what HTTP, GraphQL and the
	// resolvers add to the store's own work.
	StoreRatio float64 `json:"graphql_store_p50_ratio,omitempty"`
	Cypher     *Stats  `json:"cypher,omitempty"`
	// Ratio is GraphQL p50 over Cypher p50: what the API layer and the
	// store's way of asking cost over one hand-written statement.
	Ratio float64 `json:"graphql_cypher_p50_ratio,omitempty"`
	// CypherAutoCommit is the same statement sent as an auto-commit
	// transaction (one round trip, as the Neo4j store sends its reads)
	// rather than through ExecuteQuery; RatioAutoCommit is GraphQL p50
	// over its p50.
	CypherAutoCommit *Stats  `json:"cypher_auto_commit,omitempty"`
	RatioAutoCommit  float64 `json:"graphql_cypher_auto_commit_p50_ratio,omitempty"`
	// Answers compares the Cypher baseline's answers with the API's.
	Answers *Agreement `json:"answers,omitempty"`
}

// write writes the Markdown report to path and the JSON one beside it
// (same name, .json).
func (r *Report) write(path string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	var md strings.Builder
	r.markdown(&md)
	if err := os.WriteFile(path, []byte(md.String()), 0o644); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	js, err := json.MarshalIndent(r, "", "  ")
	if err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	jpath := strings.TrimSuffix(path, filepath.Ext(path)) + ".json"
	if err := os.WriteFile(jpath, append(js, '\n'), 0o644); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

func (r *Report) markdown(w io.Writer) {
	m := r.Machine
	fmt.Fprintf(w, "# newsgraph API benchmark: %s\n\n", r.Store)
	fmt.Fprintf(w, "Measured %s on %s/%s, %s (%d CPUs, GOMAXPROCS %d, %d GiB), %s.",
		r.Date, m.OS, m.Arch, m.CPUModel, m.CPUs, m.GOMAXPROCS, m.MemoryGiB, m.GoVersion)
	if r.StoreVersion != "" {
		fmt.Fprintf(w, " Store: %s %s.", r.Store, r.StoreVersion)
	}
	if r.LoadStart != "" {
		fmt.Fprintf(w, " Load average (1, 5, 15 min) %s at the start, %s at the end (%d CPUs; a busy machine makes slower, noisier numbers).", r.LoadStart, r.LoadEnd, m.CPUs)
	}
	fmt.Fprint(w, "\n\n")
	if r.Ingest != nil {
		r.ingestMarkdown(w)
	}
	fmt.Fprintf(w, "Graph measured: %d articles, %d entities, %d relations.\n\n", r.Graph.Articles, r.Graph.Entities, r.Graph.Relations)
	fmt.Fprint(w, "## Queries\n\n")
	fmt.Fprintf(w, "%d concurrent clients, %d requests each per query, over HTTP on 127.0.0.1 to the real GraphQL handler. Latencies in milliseconds, of successful requests; req/s counts them over the wall time of the run.\n\n",
		r.Clients, r.PerClient)
	if r.GCPercent > 0 {
		fmt.Fprintf(w, "Garbage collection target %d%% (GOGC), as `newsgraph serve` sets it by default.\n\n", r.GCPercent)
	}
	fmt.Fprintln(w, "| query | asks | inputs | requests | errors | p50 | p90 | p99 | max | req/s |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, q := range r.Queries {
		s := q.GraphQL
		fmt.Fprintf(w, "| %s | %s | %d | %d | %d | %.2f | %.2f | %.2f | %.2f | %.1f |\n",
			q.Name, q.Asks, q.Inputs, s.Requests, s.Errors, s.P50ms, s.P90ms, s.P99ms, s.MaxMs, s.PerSecond)
	}
	if r.hasStore() {
		fmt.Fprint(w, "\n### GraphQL against the store in-process\n\n")
		fmt.Fprintln(w, "The same questions, inputs and concurrency, asked of the kg.Store directly in the same process (no HTTP, no GraphQL). The ratio is GraphQL p50 over store p50: what the API layer adds.")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "| query | GraphQL p50 | store p50 | GraphQL/store p50 | GraphQL p99 | store p99 | GraphQL req/s | store req/s | store errors |")
		fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|")
		for _, q := range r.Queries {
			if q.Store == nil {
				continue
			}
			g, s := q.GraphQL, *q.Store
			fmt.Fprintf(w, "| %s | %.2f | %.2f | %.2f× | %.2f | %.2f | %.1f | %.1f | %d |\n",
				q.Name, g.P50ms, s.P50ms, q.StoreRatio, g.P99ms, s.P99ms, g.PerSecond, s.PerSecond, s.Errors)
		}
	}
	if r.hasCypher() {
		fmt.Fprint(w, "\n### GraphQL against hand-written Cypher\n\n")
		fmt.Fprintln(w, "The same questions, inputs and concurrency, asked as one hand-written Cypher statement each through the Go driver directly, with ExecuteQuery (the driver's documented call: a managed transaction) and as an auto-commit transaction (one round trip, as the Neo4j store sends its reads). The ratios are GraphQL p50 over Cypher p50: what the API layer and the store's way of asking cost over the database answering one statement. \"Same answers\" counts the inputs on which the statement's answer equals the API's, compared as JSON before the timing.")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "| query | GraphQL p50 | Cypher p50 | GraphQL/Cypher p50 | Cypher auto-commit p50 | GraphQL/auto-commit p50 | GraphQL p99 | Cypher p99 | GraphQL req/s | Cypher req/s | Cypher errors | same answers |")
		fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
		for _, q := range r.Queries {
			if q.Cypher == nil {
				continue
			}
			g, c := q.GraphQL, *q.Cypher
			same := "not compared"
			if a := q.Answers; a != nil {
				same = fmt.Sprintf("%d of %d", a.Equal, a.Checked)
			}
			auto, autoRatio := "–", "–"
			errs := c.Errors
			if a := q.CypherAutoCommit; a != nil {
				auto, autoRatio = fmt.Sprintf("%.2f", a.P50ms), fmt.Sprintf("%.2f×", q.RatioAutoCommit)
				errs += a.Errors
			}
			fmt.Fprintf(w, "| %s | %.2f | %.2f | %.2f× | %s | %s | %.2f | %.2f | %.1f | %.1f | %d | %s |\n",
				q.Name, g.P50ms, c.P50ms, q.Ratio, auto, autoRatio, g.P99ms, c.P99ms, g.PerSecond, c.PerSecond, errs, same)
		}
	}
	var errs []string
	for _, q := range r.Queries {
		if q.GraphQL.FirstError != "" {
			errs = append(errs, fmt.Sprintf("%s (GraphQL): %s", q.Name, q.GraphQL.FirstError))
		}
		if q.Store != nil && q.Store.FirstError != "" {
			errs = append(errs, fmt.Sprintf("%s (store): %s", q.Name, q.Store.FirstError))
		}
		if q.Cypher != nil && q.Cypher.FirstError != "" {
			errs = append(errs, fmt.Sprintf("%s (Cypher): %s", q.Name, q.Cypher.FirstError))
		}
		if q.CypherAutoCommit != nil && q.CypherAutoCommit.FirstError != "" {
			errs = append(errs, fmt.Sprintf("%s (Cypher auto-commit): %s", q.Name, q.CypherAutoCommit.FirstError))
		}
		if q.Answers != nil && q.Answers.First != "" {
			errs = append(errs, fmt.Sprintf("%s (answers differ): %s", q.Name, q.Answers.First))
		}
	}
	if len(errs) > 0 || len(r.Notes) > 0 {
		fmt.Fprint(w, "\n## Notes\n\n")
		for _, n := range r.Notes {
			fmt.Fprintf(w, "- %s\n", n)
		}
		for _, e := range errs {
			fmt.Fprintf(w, "- first error of %s\n", e)
		}
	}
}

func (r *Report) hasStore() bool {
	for _, q := range r.Queries {
		if q.Store != nil {
			return true
		}
	}
	return false
}

func (r *Report) hasCypher() bool {
	for _, q := range r.Queries {
		if q.Cypher != nil {
			return true
		}
	}
	return false
}

// ingestMarkdown writes the ingest section.
func (r *Report) ingestMarkdown(w io.Writer) {
	in := r.Ingest
	fmt.Fprint(w, "## Ingest\n\n")
	fmt.Fprintf(w, "%d synthetic articles (internal/synth, seed %d, %d words) read from files, extracted by the rules extractor and written by ingest.Pipeline (%d workers, batches of %d):\n\n",
		in.Read, r.Seed, in.Words, in.Workers, in.Batch)
	fmt.Fprintln(w, "| articles | written | failed | seconds | articles/s | words/s |")
	fmt.Fprintln(w, "|---:|---:|---:|---:|---:|---:|")
	fmt.Fprintf(w, "| %d | %d | %d | %.1f | %.1f | %.0f |\n\n", in.Read, in.Written, in.Failed, in.Seconds, in.ArticlesPerSecond, in.WordsPerSecond)
	if len(in.TenthsPerSecond) > 0 {
		var ts []string
		for _, t := range in.TenthsPerSecond {
			ts = append(ts, fmt.Sprintf("%.1f", t))
		}
		fmt.Fprintf(w, "Articles/s over each tenth of the corpus, first to last (does writing slow down as the store grows?): %s.\n\n", strings.Join(ts, ", "))
	}
}
