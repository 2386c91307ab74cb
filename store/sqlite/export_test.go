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
