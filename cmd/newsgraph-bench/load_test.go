package main

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func TestPercentile(t *testing.T) {
	ten := []time.Duration{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	tests := []struct {
		name   string
		sorted []time.Duration
		p      float64
		want   time.Duration
	}{
		{"empty", nil, 50, 0},
		{"one", []time.Duration{7}, 99, 7},
		{"median of ten", ten, 50, 5},
		{"p90 of ten", ten, 90, 9},
		{"p99 of ten is the max", ten, 99, 10},
		{"p100", ten, 100, 10},
		{"p0 is the min", ten, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := percentile(tt.sorted, tt.p); got != tt.want {
				t.Errorf("percentile(%v, %v) = %v, want %v", tt.sorted, tt.p, got, tt.want)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	s := sample{
		latencies: []time.Duration{4 * time.Millisecond, 1 * time.Millisecond, 3 * time.Millisecond, 2 * time.Millisecond},
		errors:    1,
		firstErr:  errors.New("boom"),
		elapsed:   2 * time.Second,
	}
	got := summarize(s)
	want := Stats{Requests: 5, Errors: 1, FirstError: "boom", P50ms: 2, P90ms: 4, P99ms: 4, MaxMs: 4, PerSecond: 2, Seconds: 2}
	if diff := cmp.Diff(got, want); diff != "" {
		t.Errorf("summarize (-got +want):\n%s", diff)
	}
}

func TestRunLoad(t *testing.T) {
	tests := []struct {
		name               string
		clients, perClient int
		inputs             int
		failEvery          int
		wantOK, wantErrors int
	}{
		{"all succeed", 4, 5, 7, 0, 20, 0},
		{"some fail", 3, 4, 12, 3, 8, 4},
		{"one client", 1, 3, 2, 0, 3, 0},
		{"no inputs", 2, 2, 0, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			inputs := make([]int, tt.inputs)
			for i := range inputs {
				inputs[i] = i
			}
			var mu sync.Mutex
			asked := map[int]int{}
			s := runLoad(context.Background(), tt.clients, tt.perClient, 0, time.Second, inputs, func(ctx context.Context, in int) error {
				if _, ok := ctx.Deadline(); !ok {
					t.Error("request without a deadline")
				}
				mu.Lock()
				asked[in]++
				mu.Unlock()
				if tt.failEvery > 0 && in%tt.failEvery == 0 {
					return errors.New("refused")
				}
				return nil
			})
			if got, want := len(s.latencies), tt.wantOK; got != want {
				t.Errorf("successes = %d, want %d", got, want)
			}
			if got, want := s.errors, tt.wantErrors; got != want {
				t.Errorf("errors = %d, want %d", got, want)
			}
			total := 0
			for _, n := range asked {
				total += n
			}
			if got, want := total, tt.wantOK+tt.wantErrors; got != want {
				t.Errorf("requests sent = %d, want %d", got, want)
			}
			if n := tt.clients * tt.perClient; tt.inputs > 0 && n >= tt.inputs && len(asked) != tt.inputs {
				t.Errorf("%d of %d inputs asked about, want all", len(asked), tt.inputs)
			}
		})
	}
}

// TestMeasureAlternates checks that measure sends every side its share of
// requests in alternating rounds, after a warm-up of each.
func TestMeasureAlternates(t *testing.T) {
	o := &options{clients: 2, requests: 7, warmup: 1, timeout: time.Second}
	var mu sync.Mutex
	var order []int
	side := func(i int) func(context.Context, input) error {
		return func(context.Context, input) error {
			mu.Lock()
			defer mu.Unlock()
			if len(order) == 0 || order[len(order)-1] != i {
				order = append(order, i)
			}
			return nil
		}
	}
	st := measure(context.Background(), o, []input{{ID: "a"}, {ID: "b"}}, side(0), side(1), side(2))
	for i, s := range st {
		if got, want := s.Requests, o.clients*o.requests; got != want {
			t.Errorf("side %d: %d requests measured, want %d", i, got, want)
		}
	}
	// Warm-ups 0 1 2, then five rounds of 0 1 2.
	want := []int{0, 1, 2}
	for range measureRounds {
		want = append(want, 0, 1, 2)
	}
	if diff := cmp.Diff(order, want); diff != "" {
		t.Errorf("order of sides (-got +want):\n%s", diff)
	}
}

func TestRunLoadStopsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	var mu sync.Mutex
	s := runLoad(ctx, 2, 1000, 0, time.Second, []int{1}, func(ctx context.Context, _ int) error {
		mu.Lock()
		defer mu.Unlock()
		n++
		if n == 10 {
			cancel()
		}
		return nil
	})
	if got := len(s.latencies); got >= 2000 || got < 10 {
		t.Errorf("requests after cancel = %d, want between 10 and a few more", got)
	}
}

func TestReportGolden(t *testing.T) {
	r := Report{
		Date:         "2026-01-02T03:04Z",
		Machine:      Machine{CPUs: 2, GOMAXPROCS: 2, OS: "linux", Arch: "amd64", CPUModel: "Test CPU", MemoryGiB: 24, GoVersion: "go1.26"},
		Store:        "neo4j",
		StoreVersion: "5.26.0",
		Seed:         1,
		Articles:     100,
		Clients:      8,
		PerClient:    50,
		Ingest:       &Ingest{Read: 100, Written: 99, Failed: 1, Words: 45000, Workers: 2, Batch: 50, Seconds: 2, ArticlesPerSecond: 50, WordsPerSecond: 22500, TenthsPerSecond: []float64{80, 40.5}},
		Graph:        Size{Articles: 99, Entities: 1200, Relations: 3400},
		Queries: []Query{
			{Name: "entity", Asks: "entity by id", Inputs: 200, GraphQL: Stats{Requests: 400, P50ms: 1.5, P90ms: 2, P99ms: 3, MaxMs: 4, PerSecond: 900, Seconds: 0.44},
				Store: &Stats{Requests: 400, P50ms: 1, P90ms: 1.5, P99ms: 2, MaxMs: 3, PerSecond: 1500, Seconds: 0.3}, StoreRatio: 1.5,
				Cypher: &Stats{Requests: 400, P50ms: 0.5, P90ms: 1, P99ms: 1.5, MaxMs: 2, PerSecond: 2000, Seconds: 0.2}, Ratio: 3,
				CypherAutoCommit: &Stats{Requests: 400, P50ms: 0.4, P90ms: 0.9, P99ms: 1.4, MaxMs: 1.9, PerSecond: 2500, Seconds: 0.16}, RatioAutoCommit: 3.75,
				Answers: &Agreement{Checked: 25, Equal: 24, First: "entity map[id:x]: GraphQL {} Cypher null"}},
			{Name: "paths", Asks: "paths up to 4 hops", Inputs: 100, GraphQL: Stats{Requests: 400, Errors: 2, FirstError: "timeout", P50ms: 20, P90ms: 30, P99ms: 50, MaxMs: 60, PerSecond: 100, Seconds: 4}},
		},
		Notes:     []string{"a note"},
		LoadStart: "1.00 0.50 0.25",
		LoadEnd:   "2.00 1.00 0.50",
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "results-neo4j.md")
	if err := r.write(path); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"results-neo4j.md", "results-neo4j.json"} {
		t.Run(name, func(t *testing.T) {
			got, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name)
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(got), string(want)); diff != "" {
				t.Errorf("%s (-got +want):\n%s", name, diff)
			}
		})
	}
}

func TestMachine(t *testing.T) {
	m := machine()
	if l := loadAverage(); runtime.GOOS == "linux" && len(strings.Fields(l)) != 3 {
		t.Errorf("loadAverage() = %q, want three numbers", l)
	}
	if m.CPUs < 1 || m.GOMAXPROCS < 1 || m.OS == "" || m.Arch == "" || !strings.HasPrefix(m.GoVersion, "go") || m.CPUModel == "" {
		t.Errorf("machine() = %+v: fields missing", m)
	}
}
