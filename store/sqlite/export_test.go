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
