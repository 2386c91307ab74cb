package web_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestBrowser runs the browser tests (test/pages.test.mjs) in Debian's
// Chromium, driven by playwright-core, against the real newsgraph binary
// serving the example articles, and the drawing examples served from a
// second origin that the server allows. Each browser test is reported as
// a subtest. Without Chromium, Node.js or the installed packages the test
// is skipped on a developer's machine and fails in CI (CI set), where
// scripts/test.sh installs them.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are not short")
	}
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	missing := func(what string) {
		t.Helper()
		if os.Getenv("CI") != "" {
			t.Fatalf("%s: CI must run the browser tests (scripts/test.sh installs Chromium and runs go generate ./web/, which installs the npm packages)", what)
		}
		t.Skipf("%s; scripts/test.sh installs it", what)
	}
	if _, err := os.Stat(chromium); err != nil {
		missing("Chromium not found at " + chromium)
	}
	node, err := exec.LookPath("node")
	if err != nil {
		missing("node not found")
	}
	if _, err := os.Stat("node_modules/playwright-core/package.json"); err != nil {
		missing("web/node_modules holds no playwright-core (run go generate ./web/)")
	}

	dir := t.TempDir()
	bin := filepath.Join(dir, "newsgraph")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/newsgraph/newsgraph").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	examples := httptest.NewServer(http.FileServer(http.Dir("../examples/drawing")))
	defer examples.Close()

	addr := freeAddr(t)
	var logs bytes.Buffer
	srv := exec.Command(bin, "serve", "--addr", addr, "--data", filepath.Join(dir, "data"),
		"--ingest", "../examples/articles", "--cors-origins", examples.URL, "--log-format", "json")
	srv.Stdout, srv.Stderr = &logs, &logs
	srv.Env = serverEnv()
	if err := srv.Start(); err != nil {
		t.Fatalf("start newsgraph: %v", err)
	}
	defer func() {
		srv.Process.Signal(os.Interrupt)
		done := make(chan error, 1)
		go func() { done <- srv.Wait() }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			srv.Process.Kill()
			<-done
		}
	}()
	base := "http://" + addr + "/"
	waitReady(t, base+"readyz", &logs)

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, node, "--test", "--test-reporter=tap", "--test-concurrency=1", "test/pages.test.mjs")
	cmd.Env = append(os.Environ(), "BASE_URL="+base, "EXAMPLES_URL="+examples.URL, "CHROMIUM="+chromium)
	out, runErr := cmd.CombinedOutput()
	results := parseTAP(out)
	if len(results) == 0 {
		t.Fatalf("no browser test ran (%v):\n%s\nserver log:\n%s", runErr, out, logs.String())
	}
	for _, r := range results {
		t.Run(r.name, func(t *testing.T) {
			switch {
			case r.skip:
				t.Skip(r.detail)
			case !r.ok:
				t.Errorf("failed in the browser:\n%s", r.detail)
			}
		})
	}
	if runErr != nil && !t.Failed() {
		t.Fatalf("node --test: %v\n%s", runErr, out)
	}
	if t.Failed() {
		t.Logf("server log:\n%s", logs.String())
	}
}

// serverEnv is the environment for a newsgraph server of a test: this
// process's, without newsgraph's settings. scripts/test.sh exports the
// Neo4j of the store tests (NEO4J_URI...): a server that followed it would
// write into the database those tests empty and compare.
func serverEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_") && !strings.HasPrefix(kv, "NEWSGRAPH_") {
			env = append(env, kv)
		}
	}
	return env
}

type tapResult struct {
	name     string
	ok, skip bool
	detail   string
}

var tapLine = regexp.MustCompile(`^(not ok|ok) \d+ - (.*?)(?: # (SKIP|TODO)\b.*)?$`)

// parseTAP reads the top-level results of node's TAP reporter, each with
// the indented diagnostics that follow it.
func parseTAP(out []byte) []tapResult {
	var res []tapResult
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if m := tapLine.FindStringSubmatch(line); m != nil {
			res = append(res, tapResult{name: m[2], ok: m[1] == "ok", skip: m[3] == "SKIP"})
			continue
		}
		if len(res) > 0 && strings.HasPrefix(line, "  ") {
			res[len(res)-1].detail += line + "\n"
		}
	}
	return res
}

func freeAddr(tb testing.TB) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func waitReady(t *testing.T, url string, logs fmt.Stringer) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("newsgraph did not get ready:\n%s", logs)
}
