package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"slices"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/internal/order"
)

// keyset describes a list ordered by one key column, then by id ascending.
type keyset struct {
	key  string // SQL expression of the sort key
	num  bool   // the key is numeric (kg.Cursor.Num), else text (Key)
	desc bool   // the key sorts descending
	id   string // SQL expression of the id column
	// textKey maps a cursor's Key to the value the key column holds (for
	// relations, "" becomes order.Undated).
	textKey func(string) string
}

func (k keyset) arg(c kg.Cursor) any {
	if k.num {
		return c.Num
	}
	if k.textKey != nil {
		return k.textKey(c.Key)
	}
	return c.Key
}

// after is the condition "the row sorts strictly after c".
func (k keyset) after(c kg.Cursor) (string, []any) {
	op := ">"
	if k.desc {
		op = "<"
	}
	v := k.arg(c)
	return fmt.Sprintf("(%s %s ? OR (%s = ? AND %s > ?))", k.key, op, k.key, k.id), []any{v, v, c.ID}
}

// before is the condition "the row sorts strictly before c".
func (k keyset) before(c kg.Cursor) (string, []any) {
	op := "<"
	if k.desc {
		op = ">"
	}
	v := k.arg(c)
	return fmt.Sprintf("(%s %s ? OR (%s = ? AND %s < ?))", k.key, op, k.key, k.id), []any{v, v, c.ID}
}

func (k keyset) orderBy(reverse bool) string {
	return order.By(k.key, k.id, k.desc, reverse)
}

// query is a SELECT being built: a FROM clause and AND-ed conditions.
type query struct {
	from  string
	where []string
	args  []any
}

func (q *query) and(cond string, args ...any) {
	q.where = append(q.where, cond)
	q.args = append(q.args, args...)
}

func (q *query) sql(cols string) string {
	s := "SELECT " + cols + " FROM " + q.from
	for i, w := range q.where {
		if i == 0 {
			s += " WHERE "
		} else {
			s += " AND "
		}
		s += w
	}
	return s
}

func (q query) with(cond string, args ...any) query {
	q.where = append(q.where[:len(q.where):len(q.where)], cond)
	q.args = append(q.args[:len(q.args):len(q.args)], args...)
	return q
}

// paginate runs q as one keyset page. scan reads one row and returns the
// cursor of the item it read. The cursors come back in list order; rows of a
// backward page are scanned in reverse, and the caller reverses its items
// when p.Backward().
func (s *Store) paginate(ctx context.Context, op string, q query, cols string, k keyset, p kg.Page, scan func(*sql.Rows) (kg.Cursor, error)) ([]string, kg.PageInfo, error) {
	// One read transaction: the page and its PageInfo see one snapshot.
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, kg.PageInfo{}, s.fail(op, err)
	}
	defer tx.Rollback()
	return s.paginateIn(ctx, tx, op, q, cols, k, p, scan)
}

// paginateIn is paginate in tx, a read transaction the caller may go on
// reading in.
func (s *Store) paginateIn(ctx context.Context, tx querier, op string, q query, cols string, k keyset, p kg.Page, scan func(*sql.Rows) (kg.Cursor, error)) ([]string, kg.PageInfo, error) {
	var info kg.PageInfo
	after, before, err := p.Decode()
	if err != nil {
		return nil, info, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	base := q
	if after != nil {
		cond, args := k.after(*after)
		q = q.with(cond, args...)
	}
	if before != nil {
		cond, args := k.before(*before)
		q = q.with(cond, args...)
	}
	back := p.Backward()
	size := p.Size()
	stmt := q.sql(cols) + k.orderBy(back) + " LIMIT ?"
	rows, err := tx.QueryContext(ctx, stmt, append(q.args, size+1)...)
	if err != nil {
		return nil, info, s.fail(op, err)
	}
	var cursors []string
	n := 0
	extra := false
	for rows.Next() {
		if n == size {
			extra = true
			break
		}
		c, err := scan(rows)
		if err != nil {
			rows.Close()
			return nil, info, s.fail(op, err)
		}
		cursors = append(cursors, c.Encode())
		n++
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, info, s.fail(op, err)
	}
	// exists reports whether some row of the whole list satisfies cond.
	exists := func(cond string, args []any) (bool, error) {
		var ok bool
		e := base.with(cond, args...)
		err := tx.QueryRowContext(ctx, "SELECT EXISTS ("+e.sql("1")+")", e.args...).Scan(&ok)
		return ok, err
	}
	notAfter := func(c kg.Cursor) (string, []any) { cond, args := k.after(c); return "NOT " + cond, args }
	notBefore := func(c kg.Cursor) (string, []any) { cond, args := k.before(c); return "NOT " + cond, args }
	prev, next, err := p.Neighbours(extra,
		func() (bool, error) { return exists(notAfter(*after)) },
		func() (bool, error) { return exists(notBefore(*before)) })
	if err != nil {
		return nil, info, s.fail(op, err)
	}
	if back {
		slices.Reverse(cursors)
	}
	info = kg.NewPageInfo(cursors, prev, next)
	return cursors, info, nil
}
