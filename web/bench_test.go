package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/synth"
)

// BenchmarkExplorer measures the explorer in Chromium on a synthetic
// corpus (the example articles are too few for a 200-node neighborhood):
// the first render of a 200-node neighborhood after the page load starts,
// and a neighborhood of up to 2,000 nodes panned and zoomed. Numbers, not
// assertions: BENCHMARKS.md has them. Run with
//
//	go test -run '^$' -bench Explorer -benchtime 1x ./web/
//
// ARTICLES sets the corpus size (default 3000).
func BenchmarkExplorer(b *testing.B) {
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	if _, err := os.Stat(chromium); err != nil {
		b.Skip("Chromium not found at " + chromium)
	}
	articles := 3000
	if n, err := fmt.Sscan(os.Getenv("ARTICLES"), &articles); n != 1 || err != nil {
		articles = 3000
	}
	dir := b.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if err := synth.WriteDir(corpus, 1, articles); err != nil {
		b.Fatal(err)
	}
	bin := filepath.Join(dir, "newsgraph")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/newsgraph/newsgraph").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	addr := freeAddr(b)
	srv := exec.Command(bin, "serve", "--addr", addr, "--data", filepath.Join(dir, "data"), "--ingest", corpus, "--log-format", "json")
	srv.Stdout, srv.Stderr = io.Discard, io.Discard
	srv.Env = serverEnv()
	if err := srv.Start(); err != nil {
		b.Fatal(err)
	}
	defer func() { srv.Process.Signal(os.Interrupt); srv.Wait() }()
	base := "http://" + addr + "/"
	deadline := time.Now().Add(10 * time.Minute)
	for {
		resp, err := http.Get(base + "readyz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			b.Fatal("server not ready")
		}
		time.Sleep(200 * time.Millisecond)
	}
	// The centre: the most mentioned person, whose two hops hold well over
	// 200 entities (the page asks for 200).
	var top struct {
		Data struct {
			Entities struct{ Nodes []struct{ ID string } }
		}
	}
	query(b, base, `{ entities(kind: PERSON, orderBy: MENTIONS, first: 1) { nodes { id } } }`, &top)
	centre := top.Data.Entities.Nodes[0].ID

	b.ResetTimer()
	for range b.N {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
		cmd := exec.CommandContext(ctx, "node", "test/bench.mjs")
		cmd.Env = append(os.Environ(), "BASE_URL="+base, "ENTITY="+centre, "CHROMIUM="+chromium)
		out, err := cmd.Output()
		cancel()
		if err != nil {
			b.Fatalf("bench.mjs: %v\n%s", err, out)
		}
		var res struct {
			Runs  []struct{ FirstRenderMs, Nodes, Edges float64 }
			Large struct {
				FirstRenderMs, Nodes, Edges, Fps, FrameP50Ms, FrameP95Ms, RedrawP50Ms float64
			}
		}
		if err := json.Unmarshal(out, &res); err != nil {
			b.Fatalf("bench.mjs output %q: %v", out, err)
		}
		var ms []float64
		for _, r := range res.Runs {
			ms = append(ms, r.FirstRenderMs)
		}
		sort.Float64s(ms)
		b.ReportMetric(ms[len(ms)/2], "ms-first-render-200")
		b.ReportMetric(res.Runs[0].Nodes, "nodes-200")
		b.ReportMetric(res.Runs[0].Edges, "edges-200")
		b.ReportMetric(res.Large.FirstRenderMs, "ms-first-render-large")
		b.ReportMetric(res.Large.Nodes, "nodes-large")
		b.ReportMetric(res.Large.Edges, "edges-large")
		b.ReportMetric(res.Large.Fps, "fps-large")
		b.ReportMetric(res.Large.FrameP95Ms, "ms-frame-p95-large")
		b.ReportMetric(res.Large.RedrawP50Ms, "ms-redraw-large")
		b.Logf("centre %s, %d articles: %s", centre, articles, strings.TrimSpace(string(out)))
	}
}

func query(tb testing.TB, base, q string, v any) {
	tb.Helper()
	body, _ := json.Marshal(map[string]string{"query": q})
	resp, err := http.Post(base+"query", "application/json", strings.NewReader(string(body)))
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(v); err != nil {
		tb.Fatal(err)
	}
}
