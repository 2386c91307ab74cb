package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

func TestCorpusMode(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"--corpus", dir, "--articles", "7", "--seed", "3"}, &out, &errb, func(string) string { return "" })
	if code != 0 {
		t.Fatalf("exit %d, stderr %s", code, errb.String())
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(entries), 7; got != want {
		t.Errorf("files = %d, want %d", got, want)
	}
}

func TestUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
	}{
		{"unknown flag", []string{"--nope"}},
		{"zero articles", []string{"--corpus", "x", "--articles", "0"}},
		{"stray argument", []string{"extra"}},
		{"unknown question", []string{"--only", "entity,nope"}},
		{"reuse and reset", []string{"--store", "neo4j", "--neo4j-uri", "bolt://127.0.0.1:1", "--reuse", "--reset"}},
		{"reuse sqlite without data", []string{"--reuse"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			if got, want := run(context.Background(), tt.args, &out, &errb, func(string) string { return "" }), 2; got != want {
				t.Errorf("exit = %d, want %d (stderr %s)", got, want, errb.String())
			}
		})
	}
}
