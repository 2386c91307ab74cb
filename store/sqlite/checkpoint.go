package sqlite

import (
	"context"
	"database/sql"
	"log/slog"
	"sync"
	"sync/atomic"
)

// walLimit is how many frames (pages) the WAL may hold before the writer
// copies it into the database file itself instead of leaving it to the
// checkpointer: 256 MiB of 4 KiB pages, a few batches of ingest (a batch
// of 200 articles into a store of 20,000 writes about 46,000 pages). A
// larger limit (1 GiB) was no faster: every page read looks the page up
// in the WAL's index first.
const walLimit = 1 << 16

// checkpointer copies the WAL into the database file (a PASSIVE
// checkpoint) on a connection and a goroutine of its own, after each
// commit, so that the writer does not: a batch of ingest rewrites tens
// of thousands of index pages once a store holds a few thousand
// articles, and copying them took the writer a third of each batch's
// time at 20,000 articles (BENCHMARKS.md, "Follow-up: ingest that does
// not slow as the store grows"). The writer's wal_autocheckpoint is off; the writer goes
// on with the next batch while the copy runs, and its next commit starts
// the WAL again from the beginning only when the copy was complete as
// its transaction began, which a busy writer seldom sees. So the WAL
// grows until it holds walLimit frames; then the writer checkpoints
// itself after its commit (writerCheckpoint: only what the checkpointer
// has not copied yet), and its next commit starts the WAL again.
type checkpointer struct {
	db   *sql.DB // one connection, not query_only
	log  *slog.Logger
	wake chan struct{}
	stop chan struct{}
	done chan struct{}
	// mu is held by whoever checkpoints: one checkpoint at a time in this
	// process (SQLite refuses a second one anyway).
	mu sync.Mutex
	// frames is the WAL's size in frames as the last checkpoint found it.
	frames   atomic.Int64
	stopOnce sync.Once
}

func startCheckpointer(db *sql.DB, log *slog.Logger) *checkpointer {
	c := &checkpointer{db: db, log: log, wake: make(chan struct{}, 1), stop: make(chan struct{}), done: make(chan struct{})}
	go c.run()
	return c
}

func (c *checkpointer) run() {
	defer close(c.done)
	for {
		select {
		case <-c.stop:
			return
		case <-c.wake:
			c.mu.Lock()
			log, _, err := c.checkpoint(context.Background(), c.db)
			if err == nil {
				c.frames.Store(log)
			}
			c.mu.Unlock()
			if err != nil {
				c.log.Warn("sqlite checkpoint", "err", err)
			}
		}
	}
}

// committed tells the checkpointer that the writer has committed: the
// next checkpoint starts as soon as the running one (if any) is over.
func (c *checkpointer) committed() {
	select {
	case c.wake <- struct{}{}:
	default: // one is already due
	}
}

// writerCheckpoint checkpoints on the writer's connection when the WAL
// has grown past walLimit, waiting for a running checkpoint first. The
// caller holds the writer, so no frame is added meanwhile.
func (c *checkpointer) writerCheckpoint(ctx context.Context, w *sql.DB) error {
	if c.frames.Load() <= walLimit {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	log, copied, err := c.checkpoint(ctx, w)
	if err != nil {
		return err
	}
	// Nothing can have been added since it began: when it copied every
	// frame, the next commit starts the WAL from the beginning.
	c.frames.Store(log - copied)
	return nil
}

// checkpoint runs a PASSIVE checkpoint on db and returns the WAL's size
// in frames as it began and how many of them are now in the database
// file. A checkpoint another process is running makes it copy nothing
// (busy), which is not an error: the next commit asks again.
func (c *checkpointer) checkpoint(ctx context.Context, db *sql.DB) (log, copied int64, err error) {
	var busy int64
	err = db.QueryRowContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)").Scan(&busy, &log, &copied)
	return log, copied, err
}

// halt stops the goroutine; the writer's bound still holds.
func (c *checkpointer) halt() {
	c.stopOnce.Do(func() { close(c.stop) })
	<-c.done
}

// close stops the goroutine and closes the connection.
func (c *checkpointer) close() error {
	c.halt()
	return c.db.Close()
}
