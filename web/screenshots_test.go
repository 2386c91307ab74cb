package web_test

import (
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/synth"
)

// TestScreenshots takes the README's pictures of the explorer with the
// browser-test tooling (test/screenshots.mjs) when SCREENSHOTS names the
// folder to write them to:
//
//	SCREENSHOTS=$PWD/docs/screenshots go test -run Screenshots ./web/
//
// The corpus is synthetic (internal/synth, seed 1), so the pictures can be
// taken again identically apart from the force layout.
func TestScreenshots(t *testing.T) {
	out := os.Getenv("SCREENSHOTS")
	if out == "" {
		t.Skip("SCREENSHOTS is not set")
	}
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	if err := synth.WriteDir(corpus, 1, 800); err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "newsgraph")
	if b, err := exec.Command("go", "build", "-o", bin, "github.com/newsgraph/newsgraph").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	addr := freeAddr(t)
	srv := exec.Command(bin, "serve", "--addr", addr, "--data", filepath.Join(dir, "data"), "--ingest", corpus, "--log-format", "json")
	srv.Stdout, srv.Stderr = io.Discard, io.Discard
	srv.Env = serverEnv()
	if err := srv.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { srv.Process.Signal(os.Interrupt); srv.Wait() }()
	base := "http://" + addr + "/"
	deadline := time.Now().Add(5 * time.Minute)
	for {
		if resp, err := http.Get(base + "readyz"); err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		if time.Now().After(deadline) {
			t.Fatal("server not ready")
		}
		time.Sleep(200 * time.Millisecond)
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("node", "test/screenshots.mjs")
	cmd.Env = append(os.Environ(), "BASE_URL="+base, "OUT="+out)
	b, err := cmd.CombinedOutput()
	t.Logf("%s", b)
	if err != nil {
		t.Fatal(err)
	}
}
