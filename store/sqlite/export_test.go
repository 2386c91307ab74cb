package sqlite

import (
	"context"
	"strconv"
)

// UpToVersionForTest makes Open stop the migrations at schema version v,
// as an older program would leave the file.
func UpToVersionForTest(v int) Option { return func(o *options) { o.upTo = v } }

// IndexesForTest lists the names of the indexes on a table, sorted.
func (s *Store) IndexesForTest(ctx context.Context, table string) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? ORDER BY name", table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

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
// summary graph (migrations 0007 and 0012), keeping its statements.
func (s *Store) DropSummaryForTest(ctx context.Context) error {
	for _, q := range []string{
		"DROP TRIGGER IF EXISTS relations_edges_insert",
		"DROP TRIGGER relations_edges_delete",
		"DROP TABLE edges",
		"DROP TABLE IF EXISTS edge_ends",
		"PRAGMA user_version = 6",
	} {
		if _, err := s.w.ExecContext(ctx, q); err != nil {
			return err
		}
	}
	return nil
}

// EdgesForTest reads the summary graph's rows as stored and as counted
// again from the statements (migration 0007's backfill), each row as one
// string, in the same order.
func (s *Store) EdgesForTest(ctx context.Context) (stored, counted []string, err error) {
	const cols = `lo || ' ' || hi || ' ' || type || ' ' || status || ' ' || n || ' ' || first_date || ' ' || last_date || ' ' || first_key || ' ' || last_key`
	recount := `SELECT
		CASE WHEN type = 'MET' AND target < source THEN target ELSE source END AS lo,
		CASE WHEN type = 'MET' AND target < source THEN source ELSE target END AS hi,
		type, status, count(*) AS n,
		coalesce(min(NULLIF(date, '')), '') AS first_date, coalesce(max(NULLIF(date, '')), '') AS last_date,
		min(sort_date || '|' || id) AS first_key, max(sort_date || '|' || id) AS last_key
	FROM relations WHERE target != ''
	GROUP BY 1, 2, 3, 4`
	const order = " ORDER BY lo, hi, type, status"
	if stored, err = s.rowStrings(ctx, "SELECT "+cols+" FROM edges"+order); err != nil {
		return nil, nil, err
	}
	counted, err = s.rowStrings(ctx, "SELECT "+cols+" FROM ("+recount+")"+order)
	return stored, counted, err
}

// EdgeEndsForTest reads edge_ends (migrations 0012 and 0013) as stored
// and as derived from the summary graph's rows (each group once per end,
// once for a group of a node with itself, with its fan-out text), each
// row as one string, in the same order.
func (s *Store) EdgeEndsForTest(ctx context.Context) (stored, derived []string, err error) {
	const cols = `node || ' ' || n || ' ' || last_date || ' ' || other || ' ' || type || ' ' || status || ' ' || side || ' | ' || txt`
	// txt (migration 0013) as the statement of migration 0012 made it
	// at every read.
	const txt = `n || ' ' || side || ' ' || type || ' ' || status || ' ' || last_date || ' ' || octet_length(other) || ' ' || other AS txt`
	derive := `SELECT *, ` + txt + ` FROM (SELECT lo AS node, n, last_date, hi AS other, type, status, 1 AS side FROM edges
		UNION ALL SELECT hi, n, last_date, lo, type, status, 0 FROM edges WHERE hi != lo)`
	const order = " ORDER BY node, other, type, status, side"
	if stored, err = s.rowStrings(ctx, "SELECT "+cols+" FROM edge_ends"+order); err != nil {
		return nil, nil, err
	}
	derived, err = s.rowStrings(ctx, "SELECT "+cols+" FROM ("+derive+")"+order)
	return stored, derived, err
}

// rowStrings runs a query of one text column and returns its rows.
func (s *Store) rowStrings(ctx context.Context, q string) ([]string, error) {
	rows, err := s.r.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var row string
		if err := rows.Scan(&row); err != nil {
			return nil, err
		}
		out = append(out, row)
	}
	return out, rows.Err()
}
