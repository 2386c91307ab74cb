package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/sqlite"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// copied reports whether the database file holds every page of the
// store, that is whether the WAL has been checkpointed into it, and the
// two sizes.
func copied(t *testing.T, s *sqlite.Store) (ok bool, file, want int64) {
	t.Helper()
	ctx := context.Background()
	var n [2]int64
	for i, p := range []string{"page_count", "page_size"} {
		_, r, err := s.PragmasForTest(ctx, p)
		if err != nil {
			t.Fatal(err)
		}
		if n[i], err = strconv.ParseInt(r, 10, 64); err != nil {
			t.Fatal(err)
		}
	}
	fi, err := os.Stat(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	want = n[0] * n[1]
	return fi.Size() >= want, fi.Size(), want
}

// waitCopied waits until the checkpointer has copied the WAL into the
// database file.
func waitCopied(t *testing.T, s *sqlite.Store) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ok, file, want := copied(t, s)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("database file is %d bytes after 10s, want %d: the WAL was not checkpointed", file, want)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestCheckpointerCopiesWAL: no connection checkpoints after its commits
// (wal_autocheckpoint is off), so what reaches the database file while the
// store is open is the checkpointer's work.
func TestCheckpointerCopiesWAL(t *testing.T) {
	ctx := context.Background()
	s := open(t, t.TempDir())
	if filepath.Base(s.Path()) != sqlite.FileName {
		t.Fatalf("path %s", s.Path())
	}
	for _, b := range storetest.Synthetic(120, 600, "checkpointer") {
		if _, err := s.Upsert(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	waitCopied(t, s)
}

// TestWriterCheckpointsWhenWALGrows: when the checkpointer has fallen
// behind and the WAL has grown past its limit, the writer checkpoints
// after its commit; below the limit it does not.
func TestWriterCheckpointsWhenWALGrows(t *testing.T) {
	ctx := context.Background()
	s := open(t, t.TempDir())
	var batches [][]kg.Subgraph
	for i := range 3 {
		batches = append(batches, storetest.Synthetic(120, 300, "writer checkpoint "+strconv.Itoa(i))...)
	}
	if _, err := s.Upsert(ctx, batches[0]); err != nil {
		t.Fatal(err)
	}
	waitCopied(t, s)
	_, limit := s.WALFramesForTest()
	s.HaltCheckpointerForTest(limit + 1)

	if _, err := s.Upsert(ctx, batches[1]); err != nil {
		t.Fatal(err)
	}
	if ok, file, want := copied(t, s); !ok {
		t.Errorf("after a commit with the WAL past its limit: database file %d bytes, want %d", file, want)
	}
	if frames, _ := s.WALFramesForTest(); frames != 0 {
		t.Errorf("after the writer's checkpoint: %d frames left to copy, want 0", frames)
	}

	if _, err := s.Upsert(ctx, batches[2]); err != nil {
		t.Fatal(err)
	}
	if ok, file, want := copied(t, s); ok {
		t.Errorf("after a commit with the WAL below its limit: database file %d bytes, want less than %d (no checkpoint)", file, want)
	}
}
