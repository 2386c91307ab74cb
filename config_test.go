package main

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/fetch"
	"github.com/newsgraph/newsgraph/store/sqlite"
)

// TestConfig checks how flags and environment variables become the
// configuration: defaults from one place, strict parsing, flags over the
// environment, and a bad value refused with its name and value.
func TestConfig(t *testing.T) {
	tests := []struct {
		name  string
		cmd   string
		args  []string
		env   map[string]string
		check func(t *testing.T, c *config)
		// wantErr lists what the error must name; empty for success.
		wantErr []string
	}{
		{name: "defaults", cmd: "serve", check: func(t *testing.T, c *config) {
			want := config{
				addr: "127.0.0.1:8080", data: "data", neo4jUser: "neo4j", neo4jDB: "neo4j",
				logFormat: "auto", logLevel: "info",
				timeout: graph.DefaultTimeout, maxDepth: graph.DefaultMaxDepth, complexity: graph.DefaultMaxComplexity,
				maxRootFields: graph.DefaultMaxRootFields, maxAliases: graph.DefaultMaxAliases,
				maxClientRequests: graph.DefaultMaxClientRequests,
				batch:             sqlite.BatchSize,
				readTimeout:       defaultReadTimeout, idleTimeout: defaultIdleTimeout,
				writeTimeout: graph.DefaultTimeout + writeGrace,
				maxConns:     defaultMaxConns, gcPercent: defaultGCPercent,
				fetchTimeout: fetch.DefaultTimeout, fetchPerHost: fetch.DefaultPerHost,
				fetchDelay: fetch.DefaultHostDelay, feedInterval: fetch.DefaultInterval,
			}
			want.workers = c.workers // the number of CPUs
			if c.workers < 1 {
				t.Errorf("workers = %d, want the number of CPUs", c.workers)
			}
			if diff := cmp.Diff(*c, want, cmp.AllowUnexported(config{})); diff != "" {
				t.Errorf("config (-got +want):\n%s", diff)
			}
		}},
		{name: "XDG data home", cmd: "ingest", env: map[string]string{"XDG_DATA_HOME": "/x"}, check: func(t *testing.T, c *config) {
			if c.data != "/x/newsgraph" {
				t.Errorf("data = %q", c.data)
			}
		}},
		{name: "environment", cmd: "serve", env: map[string]string{
			"NEWSGRAPH_ADDR": ":9000", "NEWSGRAPH_TIMEOUT": "20s", "NEWSGRAPH_BATCH": "7", "NEWSGRAPH_WORKERS": "3",
			"NEWSGRAPH_REQUIRE_KEY_FOR_READS": "1", "NEWSGRAPH_ALLOW_OPEN_WRITES": "true", "NEWSGRAPH_API_KEY": "k",
			"NEWSGRAPH_READ_TIMEOUT": "1m", "NEWSGRAPH_IDLE_TIMEOUT": "2m", "NEWSGRAPH_MAX_CONNECTIONS": "10",
		}, check: func(t *testing.T, c *config) {
			if c.addr != ":9000" || c.timeout != 20*time.Second || c.batch != 7 || c.workers != 3 || !c.readKey ||
				!c.allowOpenWrites || c.apiKey != "k" || c.readTimeout != time.Minute || c.idleTimeout != 2*time.Minute || c.maxConns != 10 {
				t.Errorf("config = %+v", *c)
			}
			if c.writeTimeout != 20*time.Second+writeGrace {
				t.Errorf("writeTimeout = %v, want the timeout plus %v", c.writeTimeout, writeGrace)
			}
		}},
		{name: "flags over environment", cmd: "serve", args: []string{"--timeout", "5s", "--batch", "9", "--require-key-for-reads=false"},
			env: map[string]string{"NEWSGRAPH_TIMEOUT": "20s", "NEWSGRAPH_BATCH": "7", "NEWSGRAPH_REQUIRE_KEY_FOR_READS": "true"},
			check: func(t *testing.T, c *config) {
				if c.timeout != 5*time.Second || c.batch != 9 || c.readKey {
					t.Errorf("config = %+v", *c)
				}
			}},
		{name: "explicit write timeout", cmd: "serve", args: []string{"--write-timeout", "40s"}, check: func(t *testing.T, c *config) {
			if c.writeTimeout != 40*time.Second {
				t.Errorf("writeTimeout = %v", c.writeTimeout)
			}
		}},
		{name: "bool env 1 is not ignored", cmd: "serve", env: map[string]string{"NEWSGRAPH_REQUIRE_KEY_FOR_READS": "yes"},
			wantErr: []string{"NEWSGRAPH_REQUIRE_KEY_FOR_READS", `"yes"`}},
		{name: "duration without unit", cmd: "serve", env: map[string]string{"NEWSGRAPH_TIMEOUT": "15"},
			wantErr: []string{"NEWSGRAPH_TIMEOUT", `"15"`}},
		{name: "number in float notation", cmd: "ingest", env: map[string]string{"NEWSGRAPH_BATCH": "1e3"},
			wantErr: []string{"NEWSGRAPH_BATCH", `"1e3"`}},
		{name: "flag number in float notation", cmd: "ingest", args: []string{"--batch", "1e3"},
			wantErr: []string{"batch", `"1e3"`}},
		{name: "zero workers", cmd: "extract", env: map[string]string{"NEWSGRAPH_WORKERS": "0"},
			wantErr: []string{"NEWSGRAPH_WORKERS", `"0"`}},
		{name: "batch default with Neo4j", cmd: "ingest", args: []string{"--neo4j-uri", "bolt://localhost:7687"}, check: func(t *testing.T, c *config) {
			if c.batch != ingest.DefaultBatchSize {
				t.Errorf("batch = %d, want %d", c.batch, ingest.DefaultBatchSize)
			}
		}},
		{name: "batch 0 is the store's", cmd: "ingest", args: []string{"--batch", "0"}, check: func(t *testing.T, c *config) {
			if c.batch != sqlite.BatchSize {
				t.Errorf("batch = %d, want %d", c.batch, sqlite.BatchSize)
			}
		}},
		{name: "negative batch flag", cmd: "ingest", args: []string{"--batch=-1"}, wantErr: []string{"--batch", `"-1"`}},
		{name: "gc percent from the environment", cmd: "serve", env: map[string]string{"NEWSGRAPH_GC_PERCENT": "200"}, check: func(t *testing.T, c *config) {
			if c.gcPercent != 200 {
				t.Errorf("gcPercent = %d, want 200", c.gcPercent)
			}
		}},
		{name: "GOGC keeps the runtime's", cmd: "serve", env: map[string]string{"GOGC": "150"}, check: func(t *testing.T, c *config) {
			if c.gcPercent != 0 {
				t.Errorf("gcPercent = %d, want 0 (GOGC is the runtime's)", c.gcPercent)
			}
		}},
		{name: "gc percent flag over GOGC", cmd: "serve", args: []string{"--gc-percent", "300"}, env: map[string]string{"GOGC": "150"}, check: func(t *testing.T, c *config) {
			if c.gcPercent != 300 {
				t.Errorf("gcPercent = %d, want 300", c.gcPercent)
			}
		}},
		{name: "negative gc percent", cmd: "serve", env: map[string]string{"NEWSGRAPH_GC_PERCENT": "-1"},
			wantErr: []string{"NEWSGRAPH_GC_PERCENT", `"-1"`}},
		{name: "zero timeout", cmd: "serve", args: []string{"--timeout", "0s"}, wantErr: []string{"--timeout", `"0s"`}},
		{name: "write timeout not above timeout", cmd: "serve", args: []string{"--timeout", "30s", "--write-timeout", "10s"},
			wantErr: []string{"--write-timeout", "--timeout"}},
		{name: "bad log level", cmd: "serve", env: map[string]string{"NEWSGRAPH_LOG_LEVEL": "loud"},
			wantErr: []string{"NEWSGRAPH_LOG_LEVEL", `"loud"`}},
		{name: "bad log format flag", cmd: "serve", args: []string{"--log-format", "xml"}, wantErr: []string{"--log-format", `"xml"`}},
		{name: "bad max complexity", cmd: "serve", env: map[string]string{"NEWSGRAPH_MAX_COMPLEXITY": "lots"},
			wantErr: []string{"NEWSGRAPH_MAX_COMPLEXITY", `"lots"`}},
		{name: "address without a port", cmd: "serve", env: map[string]string{"NEWSGRAPH_ADDR": "localhost"},
			wantErr: []string{"NEWSGRAPH_ADDR", `"localhost"`}},
		{name: "address with a bad port", cmd: "serve", args: []string{"--addr", "127.0.0.1:http8080"}, wantErr: []string{"--addr", `"127.0.0.1:http8080"`}},
		{name: "Neo4j URI of another scheme", cmd: "ingest", env: map[string]string{"NEO4J_URI": "http://localhost:7474"},
			wantErr: []string{"NEO4J_URI", `"http://localhost:7474"`}},
		{name: "Neo4j cluster URI", cmd: "ingest", env: map[string]string{"NEO4J_URI": "neo4j+s://x.databases.neo4j.io"}, check: func(t *testing.T, c *config) {
			if c.neo4jURI != "neo4j+s://x.databases.neo4j.io" {
				t.Errorf("neo4jURI = %q", c.neo4jURI)
			}
		}},
		{name: "zero aliases", cmd: "serve", args: []string{"--max-aliases", "0"}, wantErr: []string{"--max-aliases", `"0"`}},
		{name: "no client request limit", cmd: "serve", args: []string{"--max-client-requests", "0"}, check: func(t *testing.T, c *config) {
			if got := c.graphConfig().MaxClientRequests; got >= 0 {
				t.Errorf("graph MaxClientRequests = %d, want negative (no limit)", got)
			}
		}},
		{name: "feeds from the environment", cmd: "serve", env: map[string]string{"NEWSGRAPH_FEEDS": "https://a.example/feed, https://b.example/atom"}, check: func(t *testing.T, c *config) {
			if len(c.feeds) != 2 || c.feeds[1] != "https://b.example/atom" {
				t.Errorf("feeds = %q", c.feeds)
			}
		}},
		{name: "bad fetch delay", cmd: "ingest", env: map[string]string{"NEWSGRAPH_FETCH_DELAY": "fast"}, wantErr: []string{"NEWSGRAPH_FETCH_DELAY", `"fast"`}},
		{name: "empty variable is unset", cmd: "serve", env: map[string]string{"NEWSGRAPH_TIMEOUT": ""}, check: func(t *testing.T, c *config) {
			if c.timeout != graph.DefaultTimeout {
				t.Errorf("timeout = %v", c.timeout)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			c, _, err := loadConfig(tt.cmd, tt.args, envOf(tt.env), &stderr)
			if len(tt.wantErr) > 0 {
				if err == nil {
					t.Fatalf("no error, want one naming %q", tt.wantErr)
				}
				msg := err.Error() + stderr.String()
				for _, w := range tt.wantErr {
					if !strings.Contains(msg, w) {
						t.Errorf("error %q does not name %s", msg, w)
					}
				}
				return
			}
			if err != nil {
				t.Fatalf("loadConfig: %v\n%s", err, stderr.String())
			}
			tt.check(t, c)
		})
	}
}

// A bad value stops the command with exit code 2 and a message naming the
// variable and its value, before anything is opened.
func TestBadConfigExits2(t *testing.T) {
	for _, env := range []map[string]string{
		{"NEWSGRAPH_TIMEOUT": "15"},
		{"NEWSGRAPH_BATCH": "1e3"},
		{"NEWSGRAPH_REQUIRE_KEY_FOR_READS": "on"},
	} {
		var stderr bytes.Buffer
		code := run(context.Background(), []string{"serve", "--data", t.TempDir()}, strings.NewReader(""), &bytes.Buffer{}, &stderr, envOf(env))
		if code != exitUsage {
			t.Errorf("%v: exit code %d, want %d\n%s", env, code, exitUsage, stderr.String())
		}
		for k, v := range env {
			if !strings.Contains(stderr.String(), k) || !strings.Contains(stderr.String(), v) {
				t.Errorf("%v: message does not name %s and %q:\n%s", env, k, v, stderr.String())
			}
		}
	}
}
