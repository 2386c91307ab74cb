package neo4j

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync/atomic"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"

	"github.com/newsgraph/newsgraph/kg"
)

// Config says how to reach the server. Only URI is required.
type Config struct {
	URI      string // bolt://host:7687, neo4j://host:7687, neo4j+s://…
	Username string
	Password string
	// Database is the database every statement runs against; "neo4j" if
	// empty.
	Database string
	// Logger receives the store's few log lines (opened, upsert timings at
	// debug level, path searches that outgrew allShortestPaths); a nil
	// Logger discards them (the global logger is never used).
	Logger *slog.Logger
	// ConnectTimeout bounds opening a socket (and Open's connectivity
	// check, at twice that); 5s if zero. Callers' context deadlines still
	// apply to every call.
	ConnectTimeout time.Duration
	// MaxRetryTime bounds how long a transaction is retried after transient
	// failures (deadlocks, leader switches); 15s if zero.
	MaxRetryTime time.Duration
	// MaxConnections caps the driver's connection pool; the driver's default
	// (100) if zero.
	MaxConnections int
}

// DefaultDatabase is the database used when Config.Database is empty.
const DefaultDatabase = "neo4j"

// Store is a kg.Store on a Neo4j 5 server. It is safe for concurrent use;
// it holds one driver (and its connection pool) for the life of the process.
type Store struct {
	driver neo4j.DriverWithContext
	db     string
	uri    string
	log    *slog.Logger
	closed atomic.Bool
}

var _ kg.Store = (*Store)(nil)

// Open connects to the server, verifies that it answers and makes sure the
// constraints and indexes exist. A server that cannot be reached is an error
// wrapping kg.ErrUnavailable that names the URI (never the password).
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		return nil, fmt.Errorf("neo4j: open: empty uri: %w", kg.ErrInvalid)
	}
	db := cfg.Database
	if db == "" {
		db = DefaultDatabase
	}
	logger := cfg.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	connect := cfg.ConnectTimeout
	if connect <= 0 {
		connect = 5 * time.Second
	}
	retry := cfg.MaxRetryTime
	if retry <= 0 {
		retry = 15 * time.Second
	}
	uri := redactURI(cfg.URI)
	driver, err := neo4j.NewDriverWithContext(cfg.URI, neo4j.BasicAuth(cfg.Username, cfg.Password, ""), func(c *config.Config) {
		c.SocketConnectTimeout = connect
		c.MaxTransactionRetryTime = retry
		if cfg.MaxConnections > 0 {
			c.MaxConnectionPoolSize = cfg.MaxConnections
		}
	})
	if err != nil {
		return nil, fmt.Errorf("neo4j: open %s: %w: %w", uri, err, kg.ErrInvalid)
	}
	s := &Store{driver: driver, db: db, uri: uri, log: logger}
	vctx, cancel := context.WithTimeout(ctx, 2*connect)
	err = driver.VerifyConnectivity(vctx)
	cancel()
	if err != nil {
		_ = driver.Close(context.WithoutCancel(ctx))
		return nil, fmt.Errorf("neo4j: connect to %s: %w: %w", uri, err, kg.ErrUnavailable)
	}
	fresh, summary, ends, fan, err := s.migrate(ctx)
	if err == nil && fresh {
		err = s.backfill(ctx)
	}
	if err == nil && (fresh || ends) {
		err = s.backfillEndOrder(ctx)
	}
	if err == nil && summary {
		err = s.backfillSummary(ctx)
	}
	if err == nil && fan && !summary {
		err = s.backfillFan(ctx)
	}
	if err != nil {
		_ = driver.Close(context.WithoutCancel(ctx))
		return nil, err
	}
	logger.Debug("neo4j store open", "uri", uri, "database", db)
	return s, nil
}

// redactURI drops any user information from the URI so that it can appear in
// errors and logs.
func redactURI(uri string) string {
	if i := strings.Index(uri, "://"); i >= 0 {
		rest := uri[i+3:]
		if j := strings.LastIndex(rest, "@"); j >= 0 && !strings.Contains(rest[:j], "/") {
			return uri[:i+3] + rest[j+1:]
		}
	}
	return uri
}

// Close releases the driver and its connections. Later calls, Close
// included, do nothing but answer ErrUnavailable (Close: nil).
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	if err := s.driver.Close(context.Background()); err != nil {
		return fmt.Errorf("neo4j: close: %w", err)
	}
	return nil
}

// Ping asks the server for a trivial answer; ErrUnavailable if it cannot.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.check("ping"); err != nil {
		return err
	}
	if _, err := s.query(ctx, "RETURN 1", nil); err != nil {
		return s.fail("ping", err)
	}
	return nil
}

// check refuses work once the store is closed.
func (s *Store) check(op string) error {
	if s.closed.Load() {
		return fmt.Errorf("neo4j: %s: store closed: %w", op, kg.ErrUnavailable)
	}
	return nil
}

// query runs one read statement as an auto-commit transaction: the
// statement and its results travel in one round trip, where a managed
// transaction adds a BEGIN and a COMMIT. One statement reads one
// consistent snapshot either way. Transient failures (a leader switch, a
// deadlock) are retried a few times, as managed transactions would.
func (s *Store) query(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	var err error
	for attempt := range readAttempts {
		var recs []*neo4j.Record
		if recs, err = s.queryOnce(ctx, cypher, params); err == nil || !neo4j.IsRetryable(err) {
			return recs, err
		}
		t := time.NewTimer(time.Duration(attempt+1) * 50 * time.Millisecond)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, err
		case <-t.C:
		}
	}
	return nil, err
}

// readAttempts is how many times query tries a statement that fails
// transiently.
const readAttempts = 3

func (s *Store) queryOnce(ctx context.Context, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// exec runs one write statement on its own.
func (s *Store) exec(ctx context.Context, cypher string, params map[string]any) error {
	_, err := neo4j.ExecuteQuery(ctx, s.driver, cypher, params, neo4j.EagerResultTransformer,
		neo4j.ExecuteQueryWithDatabase(s.db), neo4j.ExecuteQueryWithWritersRouting())
	return err
}

// session opens a session on the store's database that shares bookmarks
// with ExecuteQuery, so a read after a write sees the write in a cluster.
func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{
		DatabaseName:    s.db,
		AccessMode:      mode,
		BookmarkManager: s.driver.ExecuteQueryBookmarkManager(),
	})
}

// write runs work in one managed write transaction. work may run more than
// once (the driver retries transient failures), so it must have no effects
// beyond the transaction.
func (s *Store) write(ctx context.Context, work func(tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	return sess.ExecuteWrite(ctx, work)
}

// read runs work in one managed read transaction (one consistent snapshot).
func (s *Store) read(ctx context.Context, work func(tx neo4j.ManagedTransaction) (any, error)) (any, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(context.WithoutCancel(ctx))
	return sess.ExecuteRead(ctx, work)
}

// txQuery runs one statement inside a managed transaction and collects its
// records.
func txQuery(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// txExec runs one statement inside a managed transaction, discarding its
// records.
func txExec(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) error {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// fail wraps err with the operation and, where it applies, the kg error
// kind: connectivity trouble and deadlines become ErrUnavailable, constraint
// violations ErrConflict. Errors already carrying a kind keep it.
func (s *Store) fail(op string, err error) error {
	if kind := errKind(err); kind != nil {
		return fmt.Errorf("neo4j: %s: %w: %w", op, err, kind)
	}
	return fmt.Errorf("neo4j: %s: %w", op, err)
}

// errKind says which kg error kind err should carry, nil if it carries one
// already or none applies.
func errKind(err error) error {
	for _, k := range []error{kg.ErrNotFound, kg.ErrInvalid, kg.ErrConflict, kg.ErrUnavailable} {
		if errors.Is(err, k) {
			return nil
		}
	}
	var limit *neo4j.TransactionExecutionLimit
	if errors.As(err, &limit) {
		if n := len(limit.Errors); n > 0 {
			if k := errKind(limit.Errors[n-1]); k != nil {
				return k
			}
		}
		return kg.ErrUnavailable
	}
	var conn *neo4j.ConnectivityError
	var netErr net.Error
	if errors.As(err, &conn) || errors.As(err, &netErr) ||
		errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return kg.ErrUnavailable
	}
	var usage *neo4j.UsageError
	if errors.As(err, &usage) && strings.Contains(strings.ToLower(usage.Message), "closed") {
		return kg.ErrUnavailable // the driver is shutting down
	}
	var dbErr *neo4j.Neo4jError
	if errors.As(err, &dbErr) {
		switch {
		case dbErr.Code == "Neo.ClientError.Schema.ConstraintValidationFailed":
			return kg.ErrConflict
		case strings.HasPrefix(dbErr.Code, "Neo.TransientError."),
			strings.HasPrefix(dbErr.Code, "Neo.ClientError.Security."),
			dbErr.Code == "Neo.ClientError.Database.DatabaseNotFound",
			dbErr.Code == "Neo.ClientError.Cluster.NotALeader":
			return kg.ErrUnavailable
		}
	}
	return nil
}
