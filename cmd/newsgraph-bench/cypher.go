package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"syscall"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// neo4jConn is how to reach Neo4j.
type neo4jConn struct {
	URI, Username, Password, Database string
}

// cypher asks questions through the Go driver directly, bypassing the API
// and the store: the baseline the GraphQL numbers are compared with.
type cypher struct {
	drv driver.DriverWithContext
	db  string
}

func openCypher(ctx context.Context, c neo4jConn) (*cypher, error) {
	drv, err := driver.NewDriverWithContext(c.URI, driver.BasicAuth(c.Username, c.Password, ""))
	if err != nil {
		return nil, fmt.Errorf("bench: neo4j driver: %w", err)
	}
	if err := drv.VerifyConnectivity(ctx); err != nil {
		drv.Close(ctx)
		return nil, fmt.Errorf("bench: neo4j at %s: %w", c.URI, err)
	}
	return &cypher{drv: drv, db: c.Database}, nil
}

func (c *cypher) close(ctx context.Context) { c.drv.Close(ctx) }

// do runs one read statement and reads every record, as the driver's
// documentation shows it: ExecuteQuery, a managed transaction (BEGIN, the
// statement, COMMIT) retried on transient failures.
func (c *cypher) do(ctx context.Context, q string, params map[string]any) error {
	_, err := driver.ExecuteQuery(ctx, c.drv, q, params, driver.EagerResultTransformer,
		driver.ExecuteQueryWithDatabase(c.db), driver.ExecuteQueryWithReadersRouting())
	if err != nil {
		return fmt.Errorf("cypher: %w", err)
	}
	return nil
}

// doAutoCommit runs one read statement as an auto-commit transaction
// (one round trip), the way the Neo4j store sends its reads.
func (c *cypher) doAutoCommit(ctx context.Context, q string, params map[string]any) error {
	sess := c.drv.NewSession(ctx, driver.SessionConfig{DatabaseName: c.db, AccessMode: driver.AccessModeRead})
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, q, params)
	if err == nil {
		_, err = res.Collect(ctx)
	}
	if err != nil {
		return fmt.Errorf("cypher: %w", err)
	}
	return nil
}

// answer asks q and returns the first column of its first row, nil when
// there is no row.
func (c *cypher) answer(ctx context.Context, q string, params map[string]any) (any, error) {
	res, err := driver.ExecuteQuery(ctx, c.drv, q, params, driver.EagerResultTransformer,
		driver.ExecuteQueryWithDatabase(c.db), driver.ExecuteQueryWithReadersRouting())
	if err != nil {
		return nil, fmt.Errorf("cypher: %w", err)
	}
	if len(res.Records) == 0 || len(res.Records[0].Values) == 0 {
		return nil, nil
	}
	return res.Records[0].Values[0], nil
}

// version is the server's version, "unknown" if it cannot be read.
func (c *cypher) version(ctx context.Context) string {
	res, err := driver.ExecuteQuery(ctx, c.drv, "CALL dbms.components() YIELD versions RETURN versions[0] AS v", nil,
		driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(c.db))
	if err != nil || len(res.Records) == 0 {
		return "unknown"
	}
	if v, ok := res.Records[0].Values[0].(string); ok {
		return v
	}
	return "unknown"
}

// prepare makes sure the benchmark starts from an empty database: it
// refuses a database that holds anything unless reset allows emptying it.
// With reuse it wants the opposite: a database an earlier run filled.
func (c *cypher) prepare(ctx context.Context, reset, reuse bool, progress func(string, ...any)) error {
	res, err := driver.ExecuteQuery(ctx, c.drv, "MATCH (n) RETURN count(n) AS n", nil,
		driver.EagerResultTransformer, driver.ExecuteQueryWithDatabase(c.db))
	if err != nil {
		return fmt.Errorf("bench: neo4j: count nodes: %w", err)
	}
	n, _ := res.Records[0].Values[0].(int64)
	if reuse {
		if n == 0 {
			return fmt.Errorf("bench: neo4j database %q is empty; --reuse needs the graph of an earlier run", c.db)
		}
		return nil
	}
	if n == 0 {
		return nil
	}
	if !reset {
		return fmt.Errorf("bench: neo4j database %q holds %d nodes; give --reset to empty it first", c.db, n)
	}
	progress("emptying neo4j database %q (%d nodes)", c.db, n)
	// CALL … IN TRANSACTIONS needs an auto-commit transaction: session.Run.
	// Relationships go first, in small batches, so that deleting a hub
	// with thousands of them never exceeds the transaction memory limit.
	s := c.drv.NewSession(ctx, driver.SessionConfig{DatabaseName: c.db, AccessMode: driver.AccessModeWrite})
	defer s.Close(ctx)
	for _, q := range []string{
		"MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 5000 ROWS",
		"MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS",
	} {
		r, err := s.Run(ctx, q, nil)
		if err == nil {
			_, err = r.Consume(ctx)
		}
		if err != nil {
			return fmt.Errorf("bench: neo4j: empty database: %w", err)
		}
	}
	return nil
}

// lockNeo4j takes the cross-process lock internal/neo4jtest takes (same
// file, keyed by URI and database), so a bench run and the tests that empty
// the database never overlap. It waits for the lock and returns its release.
func lockNeo4j(c neo4jConn, progress func(string, ...any)) (func(), error) {
	sum := sha256.Sum256([]byte(c.URI + "\x00" + c.Database))
	path := filepath.Join(os.TempDir(), "newsgraph-neo4j-"+hex.EncodeToString(sum[:8])+".lock")
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o600)
	if err != nil {
		return nil, fmt.Errorf("bench: neo4j lock: %w", err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		progress("waiting for %s (tests are using neo4j)", path)
		if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil {
			f.Close()
			return nil, fmt.Errorf("bench: neo4j lock: %w", err)
		}
	}
	return func() {
		syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}
