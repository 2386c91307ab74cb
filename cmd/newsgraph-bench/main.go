package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/newsgraph/newsgraph/internal/synth"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

// options is what a run is told. Flags override environment variables.
type options struct {
	corpus   string
	articles int
	seed     int64
}

func parse(args []string, stderr io.Writer, getenv func(string) string) (*options, error) {
	o := &options{}
	fs := flag.NewFlagSet("newsgraph-bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.corpus, "corpus", "", "only write the synthetic corpus into this directory and stop")
	fs.IntVar(&o.articles, "articles", 10000, "number of synthetic articles")
	fs.Int64Var(&o.seed, "seed", 1, "seed of the synthetic corpus")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	if o.articles < 1 {
		return nil, fmt.Errorf("--articles %d: want at least 1", o.articles)
	}
	return o, nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	o, err := parse(args, stderr, getenv)
	if err != nil {
		fmt.Fprintf(stderr, "newsgraph-bench: %v\n", err)
		return 2
	}
	if o.corpus != "" {
		if err := synth.WriteDir(o.corpus, o.seed, o.articles); err != nil {
			fmt.Fprintf(stderr, "newsgraph-bench: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "wrote %d articles to %s\n", o.articles, o.corpus)
		return 0
	}
	fmt.Fprintln(stderr, "newsgraph-bench: give --corpus DIR")
	return 2
}
