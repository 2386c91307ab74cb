package sqlite

import (
	"context"
	"strconv"
)

// SetSchemaVersionForTest overwrites the recorded schema version.
func (s *Store) SetSchemaVersionForTest(ctx context.Context, v int) error {
	_, err := s.w.ExecContext(ctx, "PRAGMA user_version = "+strconv.Itoa(v))
	return err
}

// PragmasForTest reads a pragma on the writer and on a reader connection.
func (s *Store) PragmasForTest(ctx context.Context, name string) (writer, reader string, err error) {
	if err = s.w.QueryRowContext(ctx, "PRAGMA "+name).Scan(&writer); err != nil {
		return
	}
	err = s.r.QueryRowContext(ctx, "PRAGMA "+name).Scan(&reader)
	return
}

// DropSummaryForTest takes the store back to schema version 6, before the
// summary graph (migration 0007), keeping its statements.
func (s *Store) DropSummaryForTest(ctx context.Context) error {
	for _, q := range []string{
		"DROP TRIGGER IF EXISTS relations_edges_insert",
		"DROP TRIGGER relations_edges_delete",
		"DROP TABLE edges",
		"PRAGMA user_version = 6",
	} {
		if _, err := s.w.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}
