// Package neo4jtest lets tests share one real Neo4j server. It reads the
// connection from the environment (NEO4J_URI, NEO4J_USERNAME,
// NEO4J_PASSWORD, NEO4J_DATABASE), skips the test when none is configured
// and fails it when the CI variable is set, since in CI a missing Neo4j is
// a failure, not a skip.
//
// `go test ./...` runs packages in parallel, and the store, API and bench
// tests each empty the database they use. Community edition has a single
// user database, so Lock serializes those tests across processes with a file
// lock keyed by the server's URI.
package neo4jtest

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// Conn is how to reach the test server.
type Conn struct {
	URI, Username, Password, Database string
}

// Env returns the configured server, or skips t (fails it under CI).
func Env(t testing.TB) Conn {
	t.Helper()
	c := Conn{
		URI:      os.Getenv("NEO4J_URI"),
		Username: os.Getenv("NEO4J_USERNAME"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
	if c.URI == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("NEO4J_URI is not set: CI must run the Neo4j tests (scripts/test.sh starts a server)")
		}
		t.Skip("NEO4J_URI is not set; scripts/test.sh starts a real Neo4j and sets it")
	}
	if c.Username == "" {
		c.Username = "neo4j"
	}
	if c.Database == "" {
		c.Database = "neo4j"
	}
	return c
}

// Lock takes the server's cross-process lock and holds it until t and its
// subtests are done.
func Lock(t testing.TB, c Conn) {
	t.Helper()
	sum := sha256.Sum256([]byte(c.URI + "\x00" + c.Database))
	path := filepath.Join(os.TempDir(), "newsgraph-neo4j-"+hex.EncodeToString(sum[:8])+".lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		t.Fatalf("neo4j test lock %s: %v", path, err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
		f.Close()
		t.Fatalf("neo4j test lock %s: %v", path, err)
	}
	t.Cleanup(func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	})
}
