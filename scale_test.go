package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/internal/neo4jtest"
	"github.com/newsgraph/newsgraph/internal/synth"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/neo4j"
	"github.com/newsgraph/newsgraph/store/sqlite"
)

// Sizes of the concurrent ingest: ingesters processes, each given
// 2*corpus/ingesters consecutive articles of a corpus of -concurrent-corpus
// articles, starting corpus/ingesters after the previous one, so that
// every article is given to two processes that write it at about the same
// time. A larger corpus (go test -run TestConcurrentIngestNeo4j
// -concurrent-corpus 4000) is the measurement in BENCHMARKS.md.
const ingesters = 4

var concurrentCorpus = flag.Int("concurrent-corpus", 240, "articles of TestConcurrentIngestNeo4j's corpus, a multiple of 4")

// TestConcurrentIngestNeo4j runs several `newsgraph ingest` processes,
// built from this repository, writing overlapping corpora into one fresh
// Neo4j database at once through the neo4j:// (routing) scheme, as users
// scale ingest past one process or machine. Every process must succeed
// with no failed batch, each article must be written by exactly one of
// them, the database must hold no duplicate article, entity, relation or
// mention, and the graph must be the one a single process writes from the
// whole corpus (checked against the embedded store).
func TestConcurrentIngestNeo4j(t *testing.T) {
	conn := neo4jtest.Env(t)
	neo4jtest.Lock(t, conn)
	if testing.Short() {
		t.Skip("builds newsgraph and ingests a corpus four times over")
	}
	corpusSize := *concurrentCorpus
	if corpusSize < ingesters || corpusSize%ingesters != 0 {
		t.Fatalf("-concurrent-corpus %d: want a positive multiple of %d", corpusSize, ingesters)
	}
	perProcess := 2 * corpusSize / ingesters
	ctx := context.Background()
	uri := routingURI(t, conn.URI)
	drv, err := driver.NewDriverWithContext(uri, driver.BasicAuth(conn.Username, conn.Password, ""))
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	if err := drv.VerifyConnectivity(ctx); err != nil {
		t.Fatalf("%s: %v", uri, err)
	}
	cypher := func(stmt string) []*driver.Record {
		t.Helper()
		res, err := driver.ExecuteQuery(ctx, drv, stmt, nil, driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(conn.Database))
		if err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
		return res.Records
	}
	// Relationships first, in slices a small transaction holds: a node
	// deleted with thousands of them would not fit. The graph is removed
	// at the end too, since other packages' tests empty the database
	// with bigger slices.
	empty := func() {
		for _, stmt := range []string{
			"MATCH ()-[r]->() WITH r LIMIT 20000 DELETE r RETURN count(*)",
			"MATCH (n) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*)",
		} {
			for {
				n, _ := cypher(stmt)[0].Values[0].(int64)
				if n == 0 {
					break
				}
			}
		}
	}
	// A fresh database: no data and no schema, so that the processes
	// also race to create the constraints and indexes at start-up.
	empty()
	defer empty()
	for _, rec := range cypher("SHOW CONSTRAINTS YIELD name RETURN name") {
		cypher("DROP CONSTRAINT `" + rec.Values[0].(string) + "` IF EXISTS")
	}
	for _, rec := range cypher("SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name") {
		cypher("DROP INDEX `" + rec.Values[0].(string) + "` IF EXISTS")
	}

	tmp := t.TempDir()
	bin := filepath.Join(tmp, "newsgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	all := filepath.Join(tmp, "corpus")
	if err := synth.WriteDir(all, 12, corpusSize); err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(all, "*.txt"))
	if err != nil || len(files) != corpusSize {
		t.Fatalf("corpus: %d files, %v", len(files), err)
	}
	slices.Sort(files)

	// Only what the test sets reaches the processes' configuration.
	env := []string{"PATH=" + os.Getenv("PATH"), "HOME=" + tmp, "NEWSGRAPH_LOG_LEVEL=warn"}
	type result struct {
		code                     int
		stderr                   string
		read, written, unchanged int
		failed                   int
	}
	results := make([]result, ingesters)
	var wg sync.WaitGroup
	start := time.Now()
	for i := range ingesters {
		dir := filepath.Join(tmp, fmt.Sprintf("part%d", i))
		if err := os.Mkdir(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for j := range perProcess {
			f := files[(i*corpusSize/ingesters+j)%corpusSize]
			if err := os.Symlink(f, filepath.Join(dir, filepath.Base(f))); err != nil {
				t.Fatal(err)
			}
		}
		cmd := exec.Command(bin, "ingest", "--neo4j-uri", uri, "--neo4j-database", conn.Database,
			"--batch", "8", "--workers", "2", "--data", filepath.Join(tmp, fmt.Sprintf("data%d", i)), dir)
		cmd.Env = append(slices.Clone(env), "NEO4J_USERNAME="+conn.Username, "NEO4J_PASSWORD="+conn.Password)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		wg.Add(1)
		go func() {
			defer wg.Done()
			err := cmd.Run()
			r := &results[i]
			r.stderr = stderr.String()
			if err != nil {
				r.code = -1
				if ee, ok := err.(*exec.ExitError); ok {
					r.code = ee.ExitCode()
				}
			}
			r.read, r.written, r.unchanged, r.failed = summary(r.stderr)
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)

	var written, unchanged int
	for i, r := range results {
		if r.code != 0 || r.failed != 0 || r.read != perProcess {
			t.Errorf("process %d: exit %d, %d read, %d failed:\n%s", i, r.code, r.read, r.failed, r.stderr)
		}
		written += r.written
		unchanged += r.unchanged
	}
	t.Logf("%d processes, %d articles each (%d distinct), in %s: %d written, %d found already written",
		ingesters, perProcess, corpusSize, elapsed.Round(time.Millisecond), written, unchanged)
	if written != corpusSize || unchanged != ingesters*perProcess-corpusSize {
		t.Errorf("%d articles written and %d unchanged over all processes, want %d and %d: each article written once",
			written, unchanged, corpusSize, ingesters*perProcess-corpusSize)
	}

	// No duplicates, looked for under the store's constraints.
	dups := map[string]string{
		"articles":      "MATCH (a:Article) WITH a.id AS id, count(*) AS n WHERE n > 1 RETURN count(*)",
		"entities":      "MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(*)",
		"relations":     "MATCH ()-[r]->() WHERE NOT r:MENTIONS AND NOT r:EDGE WITH r.id AS id, count(*) AS n WHERE n > 1 RETURN count(*)",
		"summary edges": "MATCH ()-[r:EDGE]->() WITH r.key AS key, count(*) AS n WHERE n > 1 RETURN count(*)",
		"mentions":      "MATCH (a:Article)-[m:MENTIONS]->(e) WITH a, e, count(m) AS n WHERE n > 1 RETURN count(*)",
		"unlabelled":    "MATCH (n) WHERE NOT n:Article AND NOT n:Entity RETURN count(n)",
	}
	for what, stmt := range dups {
		if n, _ := cypher(stmt)[0].Values[0].(int64); n != 0 {
			t.Errorf("%d duplicate %s", n, what)
		}
	}

	// The same graph as one process writes from the whole corpus.
	one := filepath.Join(tmp, "one")
	cmd := exec.Command(bin, "ingest", "--data", one, all)
	cmd.Env = env
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("single ingest: %v\n%s", err, out)
	}
	want, err := sqlite.Open(ctx, one)
	if err != nil {
		t.Fatal(err)
	}
	defer want.Close()
	got, err := neo4j.Open(ctx, neo4j.Config{URI: uri, Username: conn.Username, Password: conn.Password, Database: conn.Database})
	if err != nil {
		t.Fatal(err)
	}
	defer got.Close()
	for _, s := range []kg.Store{got, want} {
		if _, err := s.Stats(ctx); err != nil {
			t.Fatal(err)
		}
	}
	gs, _ := got.Stats(ctx)
	ws, _ := want.Stats(ctx)
	if diff := cmp.Diff(gs, ws); diff != "" {
		t.Errorf("stats after concurrent ingest into Neo4j (-got) and one process into the embedded store (+want):\n%s", diff)
	}
	if diff := cmp.Diff(allEntities(t, got), allEntities(t, want)); diff != "" {
		t.Errorf("entities after concurrent ingest into Neo4j (-got) and one process into the embedded store (+want):\n%s", diff)
	}
	t.Logf("graph: %d articles, %d entities, %d relations; duplicates found: 0", gs.Articles, sum(gs.Entities), sum(gs.Relations))
}

// routingURI is the test server's URI with the neo4j:// scheme, the one
// that discovers a cluster's members (a single server is a cluster of
// one); bolt+s becomes neo4j+s and so on.
func routingURI(t *testing.T, uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		t.Fatalf("NEO4J_URI %q: %v", uri, err)
	}
	u.Scheme = strings.Replace(u.Scheme, "bolt", "neo4j", 1)
	return u.String()
}

var summaryLine = regexp.MustCompile(`newsgraph ingest: (\d+) articles read, (\d+) written, (\d+) unchanged, (\d+) failed`)

// summary reads the counts of an ingest's summary line; -1 when there is
// none.
func summary(stderr string) (read, written, unchanged, failed int) {
	m := summaryLine.FindStringSubmatch(stderr)
	if m == nil {
		return -1, -1, -1, -1
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	return n(m[1]), n(m[2]), n(m[3]), n(m[4])
}

// allEntities lists every entity with its aggregates, by ID. An entity's
// name is the form the first article stored with it gives ("Croatian
// Army" or "Croatian army"), and which article is first depends on which
// process gets there first; the name is compared with the aliases, as one
// set of folded forms, which does not.
func allEntities(t *testing.T, s kg.Store) []string {
	t.Helper()
	var out []string
	p := kg.Page{First: kg.MaxPageSize}
	for {
		page, err := s.Entities(context.Background(), kg.EntityFilter{Order: kg.ByName}, p)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range page.Entities {
			var forms []string
			for _, f := range append([]string{e.Name}, e.Aliases...) {
				forms = append(forms, kg.FoldName(f))
			}
			slices.Sort(forms)
			forms = slices.Compact(forms)
			out = append(out, fmt.Sprintf("%s %s mentions=%d seen=%s..%s forms=%q", e.ID, e.Kind, e.Mentions,
				kg.FormatDate(e.FirstSeen), kg.FormatDate(e.LastSeen), forms))
		}
		if !page.PageInfo.HasNextPage {
			break
		}
		p.After = page.PageInfo.EndCursor
	}
	slices.Sort(out)
	return out
}

func sum[K comparable](m map[K]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
