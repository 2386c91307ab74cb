package neo4j

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/internal/order"
)

// Order keys: one string per item whose byte order is the list's order
// (sort key, then ID; the NUL cannot occur in the folded names and dates
// before it).

func ordMentions(mentions int64, id string) string {
	return fmt.Sprintf("%019d", math.MaxInt64-mentions) + "\x00" + id
}

func ordName(sortName, id string) string { return sortName + "\x00" + id }

// ordOldest orders by date ascending, undated last, then ID.
func ordOldest(date, id string) string { return order.DateKey(date) + "\x00" + id }

// ordNewest orders by date descending, undated last, then ID.
func ordNewest(date, id string) string {
	if date == "" {
		return order.Undated + "\x00" + id
	}
	b := []byte(date)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '9' - (c - '0')
		}
	}
	return string(b) + "\x00" + id
}

// keyset describes a list ordered by one key, then by ID ascending.
type keyset struct {
	key  string // Cypher expression of the sort key
	num  bool   // the key is numeric (kg.Cursor.Num), else text (Key)
	desc bool   // the key sorts descending
	id   string // Cypher expression of the ID
	// textKey maps a cursor's Key to the value the key expression yields.
	textKey func(string) string
	// ord, when set, says the list is ordered by one stored string, the
	// key: ord gives its value at a cursor. One ascending string, range
	// indexed, lets a page be an index seek that stops after the page.
	ord func(kg.Cursor) string
}

func (k keyset) arg(c kg.Cursor) any {
	if k.ord != nil {
		return k.ord(c)
	}
	if k.num {
		return c.Num
	}
	if k.textKey != nil {
		return k.textKey(c.Key)
	}
	return c.Key
}

// cond is the condition "sorts after (later) or before (!later) the cursor
// in $<p>k, $<p>id", strictly or including the cursor's own position. It is
// written as a range on the key AND-ed with the tie-break, so that the
// planner can seek the key's index instead of scanning it.
func (k keyset) cond(p string, later, inclusive bool) string {
	if k.ord != nil {
		op := ">"
		if !later {
			op = "<"
		}
		if inclusive {
			op += "="
		}
		return fmt.Sprintf("%s %s $%sk", k.key, op, p)
	}
	up := later != k.desc // the key grows in the direction asked for
	keyOp, idOp := ">=", ">"
	if !up {
		keyOp = "<="
	}
	if !later {
		idOp = "<"
	}
	if inclusive {
		idOp += "="
	}
	return fmt.Sprintf("(%s %s $%sk AND (%s %s $%sk OR %s %s $%sid))",
		k.key, keyOp, p, k.key, keyOp[:1], p, k.id, idOp, p)
}

// after is "sorts strictly after the cursor $<p>"; notAfter its negation.
func (k keyset) after(p string) string    { return k.cond(p, true, false) }
func (k keyset) notAfter(p string) string { return k.cond(p, false, true) }

// before is "sorts strictly before the cursor $<p>"; notBefore its
// negation.
func (k keyset) before(p string) string    { return k.cond(p, false, false) }
func (k keyset) notBefore(p string) string { return k.cond(p, true, true) }

func (k keyset) orderBy(reverse bool) string {
	if k.ord != nil {
		if reverse {
			return " ORDER BY " + k.key + " DESC"
		}
		return " ORDER BY " + k.key + " ASC"
	}
	return order.By(k.key, k.id, k.desc, reverse)
}

// query is a read statement being built: MATCH clauses and AND-ed
// conditions on the last of them. Values are always parameters.
type query struct {
	match  string
	where  []string
	params map[string]any
	// union, when set, replaces match: one MATCH per relationship type,
	// each with the conditions, so that each can seek its type's indexes
	// (Cypher uses no relationship index for a pattern of several types).
	// The branches return ret.
	union []string
	ret   string
}

func newQuery(match string) query { return query{match: match, params: map[string]any{}} }

func (q *query) and(cond string) { q.where = append(q.where, cond) }

func (q *query) set(name string, v any) { q.params[name] = v }

func (q query) with(cond string) query {
	q.where = append(q.where[:len(q.where):len(q.where)], cond)
	return q
}

func (q query) cypher(tail string) string {
	return q.clause(q.match) + " " + tail
}

// build is the statement: for a simple query its MATCH, conditions and
// tail; for a union, each branch's MATCH and conditions with branchTail,
// inside CALL, followed by tail.
func (q query) build(branchTail, tail string) string {
	if len(q.union) == 0 {
		return q.cypher(tail)
	}
	parts := make([]string, len(q.union))
	for i, m := range q.union {
		parts[i] = q.clause(m) + " " + branchTail
	}
	return "CALL { " + strings.Join(parts, " UNION ALL ") + " } " + tail
}

// clause is match followed by the query's conditions.
func (q query) clause(match string) string {
	var b strings.Builder
	b.WriteString(match)
	for i, w := range q.where {
		if i == 0 {
			b.WriteString(" WHERE ")
		} else {
			b.WriteString(" AND ")
		}
		b.WriteString(w)
	}
	return b.String()
}

// paginate runs q as one keyset page in one read transaction. proj is the
// RETURN expression of an item; scan maps one returned item and gives its
// cursor. Items come back to scan in list order.
func (s *Store) paginate(ctx context.Context, op string, q query, proj string, k keyset, p kg.Page, scan func(any) (kg.Cursor, error)) ([]string, kg.PageInfo, error) {
	var info kg.PageInfo
	after, before, err := p.Decode()
	if err != nil {
		return nil, info, fmt.Errorf("neo4j: %s: %w", op, err)
	}
	base := q
	if after != nil {
		q.params["ak"], q.params["aid"] = k.arg(*after), after.ID
		q = q.with(k.after("a"))
	}
	if before != nil {
		q.params["bk"], q.params["bid"] = k.arg(*before), before.ID
		q = q.with(k.before("b"))
	}
	back := p.Backward()
	size := p.Size()
	q.params["limit"] = int64(size + 1)
	stmt := q.build("RETURN "+q.ret+k.orderBy(back)+" LIMIT $limit", "RETURN "+proj+" AS item"+k.orderBy(back)+" LIMIT $limit")
	type result struct {
		items      []any
		prev, next bool
	}
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		var r result
		recs, err := txQuery(ctx, tx, stmt, q.params)
		if err != nil {
			return nil, err
		}
		extra := len(recs) > size
		if extra {
			recs = recs[:size]
		}
		for _, rec := range recs {
			r.items = append(r.items, rec.Values[0])
		}
		// exists reports whether some item of the whole list meets cond.
		exists := func(cond string) (bool, error) {
			recs, err := txQuery(ctx, tx, base.with(cond).build("RETURN 1 AS one LIMIT 1", "RETURN 1 AS one LIMIT 1"), q.params)
			return len(recs) > 0, err
		}
		r.prev, r.next, err = p.Neighbours(extra,
			func() (bool, error) { return exists(k.notAfter("a")) },
			func() (bool, error) { return exists(k.notBefore("b")) })
		if err != nil {
			return nil, err
		}
		return r, nil
	})
	if err != nil {
		return nil, info, s.fail(op, err)
	}
	r := out.(result)
	if back {
		slices.Reverse(r.items)
	}
	cursors := make([]string, 0, len(r.items))
	for _, it := range r.items {
		c, err := scan(it)
		if err != nil {
			return nil, info, fmt.Errorf("neo4j: %s: %w", op, err)
		}
		cursors = append(cursors, c.Encode())
	}
	return cursors, kg.NewPageInfo(cursors, r.prev, r.next), nil
}
