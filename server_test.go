package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// syncBuffer is a bytes.Buffer safe for the server goroutine and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func noEnv(string) string { return "" }

func envOf(m map[string]string) func(string) string {
	return func(k string) string { return m[k] }
}

// startServer runs `newsgraph serve` in the background and waits until it
// answers /healthz. Cancelling the returned function shuts it down and
// returns its exit code.
func startServer(t *testing.T, args []string, getenv func(string) string) (base string, stop func() int, logs *syncBuffer) {
	t.Helper()
	addr := freeAddr(t)
	// An --addr in args (the last one wins) is told on the same free port:
	// "0.0.0.0:PORT" listens on every interface.
	for i, a := range args {
		if a == "--addr" && i+1 < len(args) {
			args[i+1] = strings.Replace(args[i+1], "PORT", addr[strings.LastIndexByte(addr, ':')+1:], 1)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	logs = &syncBuffer{}
	done := make(chan int, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", addr}, args...), strings.NewReader(""), io.Discard, logs, getenv)
	}()
	base = "http://" + addr
	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case code := <-done:
			cancel()
			t.Fatalf("server exited with %d before answering:\n%s", code, logs)
		default:
		}
		resp, err := http.Get(base + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("server did not answer /healthz:\n%s", logs)
		}
		time.Sleep(50 * time.Millisecond)
	}
	var once sync.Once
	code := -1
	stop = func() int {
		once.Do(func() {
			cancel()
			select {
			case code = <-done:
			case <-time.After(30 * time.Second):
				t.Errorf("server did not shut down within 30s")
			}
		})
		return code
	}
	t.Cleanup(func() { stop() })
	return base, stop, logs
}

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func graphql(t *testing.T, base, query string) map[string]any {
	t.Helper()
	return graphqlOp(t, base, query, "")
}

func toJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func graphqlOp(t *testing.T, base, query, operation string) map[string]any {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query, "operationName": operation})
	resp, err := http.Post(base+"/query", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatalf("POST /query: %v", err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatalf("decode GraphQL answer: %v", err)
	}
	if errs, ok := out["errors"]; ok {
		t.Fatalf("GraphQL errors: %v", errs)
	}
	return out["data"].(map[string]any)
}

func TestServeEmbedded(t *testing.T) {
	data := t.TempDir()
	base, stop, logs := startServer(t, []string{"--data", data, "--ingest", "examples/articles", "--log-format", "json"}, noEnv)

	if code, body := get(t, base+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz = %d %q", code, body)
	}
	if code, body := get(t, base+"/readyz"); code != http.StatusOK {
		t.Errorf("/readyz = %d %q", code, body)
	}
	if code, body := get(t, base+"/"); code != http.StatusOK || !strings.Contains(body, `data-testid="graph"`) {
		t.Errorf("/ = %d, want the explorer; got %.200q", code, body)
	}
	if code, body := get(t, base+"/graphiql"); code != http.StatusOK || !strings.Contains(body, "person:ingrid-solberg") {
		t.Errorf("/graphiql = %d, want GraphiQL with the examples; got %.200q", code, body)
	}
	data1 := graphql(t, base, `{ stats { articles entities relations } }`)
	stats := data1["stats"].(map[string]any)
	if n := stats["articles"].(float64); n < 5 {
		t.Errorf("stats.articles = %v after ingesting examples/articles/, want at least 5", n)
	}
	if n := stats["entities"].(float64); n == 0 {
		t.Error("stats.entities = 0 after ingesting examples/articles/")
	}
	if code := stop(); code != exitOK {
		t.Errorf("graceful shutdown exit code = %d, want %d; logs:\n%s", code, exitOK, logs)
	}
	// The logs are JSON lines with stable keys.
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		if !strings.HasPrefix(line, "{") {
			continue // the ingest summary is plain text
		}
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Errorf("log line is not JSON: %q", line)
		}
	}

	// Restarting on the same directory keeps the graph and ingests nothing new.
	base, _, logs = startServer(t, []string{"--data", data, "--ingest", "examples/articles"}, noEnv)
	again := graphql(t, base, `{ stats { articles entities relations } }`)["stats"].(map[string]any)
	if fmt.Sprint(again) != fmt.Sprint(stats) {
		t.Errorf("stats after re-ingest = %v, want unchanged %v", again, stats)
	}
	if !strings.Contains(logs.String(), "0 written") {
		t.Errorf("re-ingest summary should report 0 written:\n%s", logs)
	}
}

func TestNeo4jDownAtStartup(t *testing.T) {
	var stderr bytes.Buffer
	uri := "bolt://127.0.0.1:1"
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	code := run(ctx, []string{"serve", "--addr", "127.0.0.1:0"}, strings.NewReader(""), io.Discard, &stderr,
		envOf(map[string]string{"NEO4J_URI": uri, "NEO4J_PASSWORD": "secret-password"}))
	if code != exitFailed {
		t.Errorf("exit code = %d, want %d", code, exitFailed)
	}
	msg := stderr.String()
	if !strings.Contains(msg, uri) {
		t.Errorf("error does not name the URI %s:\n%s", uri, msg)
	}
	if strings.Contains(msg, "secret-password") || strings.Contains(msg, "goroutine ") || strings.Contains(msg, "panic") {
		t.Errorf("error leaks the password or a stack trace:\n%s", msg)
	}
}

func TestCommandErrors(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(good, []byte("date 2024-01-02\n\nPresident Anna Berg met Prime Minister Tomas Lind in Oslo on Monday."), 0o644)
	os.WriteFile(bad, []byte("date 2024-99-99 Text with a broken date."), 0o644)
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"unknown command", []string{"frobnicate"}, exitUsage, "unknown command"},
		{"extract without input", []string{"extract"}, exitUsage, "no input"},
		{"bad log level", []string{"extract", "--log-level", "loud", good}, exitUsage, `--log-level="loud"`},
		{"extract one bad file", []string{"extract", good, bad}, exitPartial, "bad.txt"},
		{"missing path", []string{"extract", filepath.Join(dir, "nope")}, exitFailed, "nope"},
		{"missing path among good ones", []string{"extract", good, filepath.Join(dir, "nope")}, exitFailed, "not found"},
		{"empty folder", []string{"ingest", "--data", t.TempDir(), empty}, exitFailed, "no articles"},
		{"ingest one bad file", []string{"ingest", "--data", t.TempDir(), good, bad}, exitPartial, "bad.txt"},
		{"serve with stray args", []string{"serve", "x"}, exitUsage, "unexpected arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(context.Background(), tt.args, strings.NewReader(""), &stdout, &stderr, noEnv)
			if code != tt.wantCode {
				t.Errorf("exit code = %d, want %d\nstderr:\n%s", code, tt.wantCode, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.wantErr) {
				t.Errorf("stderr does not mention %q:\n%s", tt.wantErr, stderr.String())
			}
		})
	}
}

// An interrupted ingest says so, and what it wrote, rather than "context
// canceled".
func TestIngestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// The signal comes once the store is open, as the input is read.
	stdin := cancelOnRead{strings.NewReader("Anna Berg met Tomas Brandt in Oslo."), cancel}
	var stderr bytes.Buffer
	code := run(ctx, []string{"ingest", "--data", t.TempDir(), "-"}, stdin, io.Discard, &stderr, noEnv)
	if code != exitInterrupted {
		t.Errorf("exit code %d, want %d", code, exitInterrupted)
	}
	if msg := stderr.String(); !strings.Contains(msg, "interrupted") || !strings.Contains(msg, "0 articles written") || strings.Contains(msg, "context canceled") {
		t.Errorf("message:\n%s", msg)
	}
}

type cancelOnRead struct {
	r      io.Reader
	cancel func()
}

func (c cancelOnRead) Read(p []byte) (int, error) {
	c.cancel()
	return c.r.Read(p)
}

func TestExtractPrintsEvalFormat(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := run(context.Background(), []string{"extract", "examples/articles"}, strings.NewReader(""), &stdout, &stderr, noEnv)
	if code != exitOK {
		t.Fatalf("extract examples: exit %d\n%s", code, stderr.String())
	}
	var doc struct {
		Articles []struct {
			Source    string           `json:"source"`
			Entities  []map[string]any `json:"entities"`
			Relations []map[string]any `json:"relations"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &doc); err != nil {
		t.Fatalf("extract output is not the documented JSON: %v\n%.500s", err, stdout.String())
	}
	sources := map[string]bool{}
	for _, a := range doc.Articles {
		sources[a.Source] = true
		if len(a.Entities) == 0 {
			t.Errorf("%s: no entities", a.Source)
		}
	}
	for _, want := range []string{"01-harbor-talks.txt", "03-bank-probe.txt", "05-summit.txt"} {
		if !sources[want] {
			t.Errorf("no article with source %q in %v", want, sources)
		}
	}
}

// TestReadyzFollowsNeo4j starts a Neo4j of its own, serves from it, stops
// Neo4j (readiness must fail) and starts it again with scripts/neo4j.sh
// (readiness must come back without restarting newsgraph, and the graph
// must still be there).
func TestReadyzFollowsNeo4j(t *testing.T) {
	if testing.Short() {
		t.Skip("starts and stops a Neo4j server")
	}
	if _, err := exec.LookPath("mvn"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("CI needs Maven to start Neo4j")
		}
		t.Skip("no Maven to start Neo4j")
	}
	home := t.TempDir()
	port := strings.TrimPrefix(freeAddr(t), "127.0.0.1:")
	env := append(os.Environ(), "NEO4J_BOLT_PORT="+port, "NEO4J_PASSWORD=readyz-test-pw", "NEO4J_HEAP=512m")
	neo := func(action string) {
		t.Helper()
		cmd := exec.Command("scripts/neo4j.sh", action, home)
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("neo4j.sh %s: %v\n%s", action, err, out)
		}
	}
	neo("start")
	t.Cleanup(func() { neo("stop") })

	// A generous timeout: the first write to a cold Neo4j on a busy
	// machine can take longer than the default.
	base, _, logs := startServer(t, []string{"--timeout", "2m"}, envOf(map[string]string{
		"NEO4J_URI": "bolt://127.0.0.1:" + port, "NEO4J_PASSWORD": "readyz-test-pw",
	}))
	waitReady := func(want int) {
		t.Helper()
		deadline := time.Now().Add(90 * time.Second)
		for {
			code, _ := get(t, base+"/readyz")
			if code == want {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("/readyz stayed %d, want %d; logs:\n%s", code, want, logs)
			}
			time.Sleep(500 * time.Millisecond)
		}
	}
	waitReady(http.StatusOK)
	ing := graphql(t, base, `mutation { ingestArticles(articles: [{text: "Anna Berg met Tomas Brandt in Oslo."}]) { error } }`)
	if fmt.Sprint(ing) != "map[ingestArticles:[map[error:<nil>]]]" {
		t.Fatalf("ingest: %v", ing)
	}
	neo("stop")
	waitReady(http.StatusServiceUnavailable)
	if code, _ := get(t, base+"/healthz"); code != http.StatusOK {
		t.Errorf("/healthz = %d while Neo4j is away, want 200 (the process is up)", code)
	}
	neo("start")
	waitReady(http.StatusOK)
	if st := graphql(t, base, `{ stats { articles } }`)["stats"].(map[string]any); st["articles"] != 1.0 {
		t.Errorf("after restarting Neo4j, stats = %v, want the 1 article ingested before", st)
	}
}
