// Command gen builds the gazetteer's embedded tables (../tables) from the raw
// and hand-written lists under ../data. It runs offline and its output is
// sorted, so CI can regenerate and compare: `go generate ./ingest/gazetteer`.
//
// It settles every policy decision ahead of time (which names a place
// answers to, which candidate wins an ambiguous name, which words count as
// common) so that the package only has to load maps.
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"github.com/newsgraph/newsgraph/ingest/gazetteer/gen/build"
)

func main() {
	data := flag.String("data", "data", "directory of raw inputs")
	out := flag.String("out", "tables", "directory to write the tables to")
	flag.Parse()
	files, err := build.Build(os.DirFS(*data))
	if err != nil {
		log.Fatalf("gen: %v", err)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		log.Fatalf("gen: %v", err)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(*out, f.Name), f.Data, 0o644); err != nil {
			log.Fatalf("gen: %v", err)
		}
	}
	fmt.Fprintf(os.Stderr, "gen: wrote %d tables to %s\n", len(files), *out)
}
