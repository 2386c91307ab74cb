package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/newsgraph/newsgraph/kg"
	sqlite "modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// FileName is the database file Open creates in its directory.
const FileName = "newsgraph.db"

// BatchSize is how many articles an Upsert of ingest should carry for this
// store (newsgraph's default for it; ingest.DefaultBatchSize is Neo4j's).
// A batch changes an index page for most of the rows it adds, in ten
// indexes on relations alone, wherever their keys fall; a larger batch
// writes each page it changes, to the WAL and then to the file, once for
// more articles.
const BatchSize = 1000

//go:embed migrations/*.sql
var migrationFiles embed.FS

var _ kg.Store = (*Store)(nil)

// Store is a knowledge graph in one SQLite file. It is safe for concurrent
// use: writes are serialized, reads run in parallel.
type Store struct {
	path   string
	log    *slog.Logger
	w      *sql.DB // one connection: the single writer
	r      *sql.DB // a pool of read-only connections
	wmu    sync.Mutex
	closed atomic.Bool
	// stmts are the read pool's statements that a call runs many times
	// or on every call (the neighborhood's), by text: each is prepared
	// once per read connection and kept (readStmts).
	stmts sync.Map
}

// Option configures Open.
type Option func(*options)

type options struct {
	log         *slog.Logger
	readConns   int
	busyTimeout int // milliseconds
	// upTo stops the migrations at this schema version (0: all), so
	// tests can make a store of an older schema.
	upTo int
}

// WithLogger sets the logger (the default discards).
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.log = l } }

// WithReadConns sets how many read connections may be open at once
// (default 4).
func WithReadConns(n int) Option { return func(o *options) { o.readConns = n } }

// WithBusyTimeout sets how long a connection waits for a lock held by
// another process, in milliseconds (default 5000).
func WithBusyTimeout(ms int) Option { return func(o *options) { o.busyTimeout = ms } }

// Open opens (creating if missing) the store in dir and brings its schema up
// to date.
func Open(ctx context.Context, dir string, opts ...Option) (*Store, error) {
	o := options{log: slog.New(slog.DiscardHandler), readConns: 4, busyTimeout: 5000}
	for _, opt := range opts {
		opt(&o)
	}
	if o.readConns < 1 {
		o.readConns = 1
	}
	if dir == "" {
		return nil, fmt.Errorf("sqlite: open: no directory given: %w", kg.ErrInvalid)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("sqlite: open: %w", err)
	}
	path := filepath.Join(dir, FileName)
	pragmas := []string{
		"busy_timeout(" + strconv.Itoa(o.busyTimeout) + ")",
		"foreign_keys(1)",
		"journal_mode(WAL)",
		"synchronous(NORMAL)",
		// Statement journals (a write with triggers keeps one) in memory:
		// on disk they cost a pwrite per journalled page and were a fifth
		// of ingest's CPU time.
		"temp_store(MEMORY)",
		// Checkpoint the WAL every 64 MiB instead of every 4 MiB: a page
		// written by many ingest batches reaches the database file once
		// per checkpoint.
		"wal_autocheckpoint(16384)",
		// Truncate the WAL back to 64 MiB when a checkpoint lets it start
		// over: a batch of ingest writes hundreds of MiB to it, and
		// without a limit the file keeps the size of the largest batch
		// for as long as the store is open.
		"journal_size_limit(67108864)",
	}
	dsn := func(extra ...string) string {
		q := url.Values{}
		for _, p := range append(pragmas, extra...) {
			q.Add("_pragma", p)
		}
		return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
	}
	// 256 MiB of pages for the writer (the default is 2 MiB), enough for
	// a batch's: once a store holds a few thousand articles, every batch
	// of ingest changes tens of thousands of index pages (a row's key
	// lands at a random place in most indexes), and with 64 MiB the
	// writer wrote them to the WAL in the middle of the transaction to
	// make room, read them back and wrote them again at the commit.
	// Pages are allocated as they are read, so a small store uses less.
	w, err := sql.Open("sqlite", dsn("cache_size(-262144)")+"&_txlock=immediate")
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	w.SetMaxOpenConns(1)
	w.SetMaxIdleConns(1)
	w.SetConnMaxLifetime(0)
	w.SetConnMaxIdleTime(0)
	s := &Store{path: path, log: o.log, w: w}
	if err := s.migrate(ctx, o.upTo); err != nil {
		w.Close()
		return nil, err
	}
	// 64 MiB of pages per reader: a hub's neighborhood touches pages all
	// over the indexes, and rereading them from the OS costs more than
	// the walk.
	r, err := sql.Open("sqlite", dsn("query_only(1)", "cache_size(-65536)"))
	if err != nil {
		w.Close()
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	r.SetMaxOpenConns(o.readConns)
	r.SetMaxIdleConns(o.readConns)
	s.r = r
	if err := s.Ping(ctx); err != nil {
		s.Close()
		return nil, err
	}
	o.log.Debug("sqlite store open", "path", path)
	return s, nil
}

// migrate applies the embedded migrations the file has not seen yet, each in
// its own transaction, recording progress in PRAGMA user_version; upTo,
// if not 0, is the last version to apply.
func (s *Store) migrate(ctx context.Context, upTo int) error {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return fmt.Errorf("sqlite: migrate: %w", err)
	}
	sort.Strings(names)
	last := len(names)
	if upTo > 0 {
		last = min(upTo, last)
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	var version int
	if err := s.w.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return s.fail("migrate", err)
	}
	if version > len(names) {
		return fmt.Errorf("sqlite: migrate: schema version %d is newer than this program (%d): %w", version, len(names), kg.ErrConflict)
	}
	for i := version; i < last; i++ {
		body, err := migrationFiles.ReadFile(names[i])
		if err != nil {
			return fmt.Errorf("sqlite: migrate: %w", err)
		}
		// A migration that rebuilds a table (0012, 0013) takes seconds on
		// a store of 100,000 articles: say so before, so that a start-up
		// that waits on it says why. A new file, empty, has nothing to
		// wait for: there the line is a debug one.
		level := slog.LevelInfo
		if version == 0 {
			level = slog.LevelDebug
		}
		s.log.Log(ctx, level, "sqlite migration starting", "file", names[i], "version", i+1)
		start := time.Now()
		tx, err := s.w.BeginTx(ctx, nil)
		if err != nil {
			return s.fail("migrate", err)
		}
		if _, err := tx.ExecContext(ctx, string(body)); err != nil {
			tx.Rollback()
			return s.fail("migrate "+names[i], err)
		}
		// PRAGMA takes no parameters; the value is an integer we computed.
		if _, err := tx.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(i+1)); err != nil {
			tx.Rollback()
			return s.fail("migrate", err)
		}
		if err := tx.Commit(); err != nil {
			return s.fail("migrate", err)
		}
		s.log.Info("sqlite migration applied", "file", names[i], "version", i+1, "duration_ms", time.Since(start).Milliseconds())
	}
	return nil
}

// SchemaVersion reports the schema version recorded in the file.
func (s *Store) SchemaVersion(ctx context.Context) (int, error) {
	if err := s.check("schema version"); err != nil {
		return 0, err
	}
	var v int
	if err := s.r.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return 0, s.fail("schema version", err)
	}
	return v, nil
}

// Path is the database file's path.
func (s *Store) Path() string { return s.path }

// Ping reports whether the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.check("ping"); err != nil {
		return err
	}
	var one int
	if err := s.r.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return s.fail("ping", err)
	}
	return nil
}

// Close closes the database; later calls fail with kg.ErrUnavailable.
func (s *Store) Close() error {
	if s.closed.Swap(true) {
		return nil
	}
	s.wmu.Lock()
	defer s.wmu.Unlock()
	var errs []error
	s.stmts.Range(func(_, st any) bool {
		errs = append(errs, st.(*sql.Stmt).Close())
		return true
	})
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	errs = append(errs, s.w.Close())
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("sqlite: close: %w", err)
	}
	return nil
}

func (s *Store) check(op string) error {
	if s.closed.Load() {
		return fmt.Errorf("sqlite: %s: store closed: %w", op, kg.ErrUnavailable)
	}
	return nil
}

// fail wraps a driver error with the operation and the kg kind it means.
func (s *Store) fail(op string, err error) error {
	if err == nil {
		return nil
	}
	if kindOf(err) != nil {
		return fmt.Errorf("sqlite: %s: %w", op, err)
	}
	if s.closed.Load() || strings.Contains(err.Error(), "database is closed") {
		return fmt.Errorf("sqlite: %s: %w: %w", op, kg.ErrUnavailable, err)
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL, sqlite3.SQLITE_READONLY:
			return fmt.Errorf("sqlite: %s: %w: %w", op, kg.ErrUnavailable, err)
		case sqlite3.SQLITE_CONSTRAINT:
			return fmt.Errorf("sqlite: %s: %w: %w", op, kg.ErrConflict, err)
		case sqlite3.SQLITE_TOOBIG:
			return fmt.Errorf("sqlite: %s: %w: %w", op, kg.ErrInvalid, err)
		}
	}
	return fmt.Errorf("sqlite: %s: %w", op, err)
}

func kindOf(err error) error {
	for _, k := range []error{kg.ErrNotFound, kg.ErrInvalid, kg.ErrConflict, kg.ErrUnavailable} {
		if errors.Is(err, k) {
			return k
		}
	}
	return nil
}

// readStmts are the read pool's kept statements of the texts qs
// (Store.stmts), prepared on first use. They must be asked for before a
// read transaction begins: preparing takes a connection from the pool,
// which a caller holding one must not wait for. Within a transaction,
// tx.StmtContext then runs each on the transaction's connection,
// prepared there only the first time.
func (s *Store) readStmts(ctx context.Context, qs ...string) ([]*sql.Stmt, error) {
	out := make([]*sql.Stmt, len(qs))
	for i, q := range qs {
		st, ok := s.stmts.Load(q)
		if !ok {
			p, err := s.r.PrepareContext(ctx, q)
			if err != nil {
				return nil, err
			}
			if st, ok = s.stmts.LoadOrStore(q, p); ok {
				p.Close()
			}
		}
		out[i] = st.(*sql.Stmt)
	}
	return out, nil
}
