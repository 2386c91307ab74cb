package neo4j

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"

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

// on is k with its key written as the expression key: a union branch
// that reads its own index in list order (branch.key) states the cursor
// conditions and the order on that index's property.
func (k keyset) on(key string) keyset {
	k.key = key
	return k
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
	// union, when set, replaces match: one MATCH per relationship type
	// (and end), each with the conditions, so that each can seek its
	// type's indexes (Cypher uses no relationship index for a pattern of
	// several types). The branches return ret.
	union []branch
	ret   string
	// seek, when set, says that every branch reads its own key
	// (branch.key), which holds seek and then the list's key: the branch
	// is the range of its index between seek and seekEnd, and the
	// cursors' values are written behind seek. An item may then come from
	// two branches (a relation of an entity with itself, from both
	// ends), and the union keeps it once.
	seek, seekEnd string
	// cursor holds the conditions on the list's key (paginate's cursors),
	// written on each branch's own key.
	cursor []keyCond
}

// branch is one MATCH of a union query.
type branch struct {
	match string
	// key, when set, is a property the branch's index holds that sorts
	// the branch's items in list order (an end's src_ord or dst_ord):
	// conditions on the key and the order are written on it, so that the
	// branch is one index seek from the cursor, cut at the page.
	key string
}

// keyCond is a keyset condition, "sorts after (later) or before (!later)
// the cursor in $<p>k, $<p>id", strictly or inclusively (keyset.cond).
type keyCond struct {
	p                string
	later, inclusive bool
}

// sortsAfter is "sorts strictly after the cursor $<p>"; notAfter its
// negation.
func sortsAfter(p string) keyCond { return keyCond{p: p, later: true} }
func notAfter(p string) keyCond   { return keyCond{p: p, inclusive: true} }

// sortsBefore is "sorts strictly before the cursor $<p>"; notBefore its
// negation.
func sortsBefore(p string) keyCond { return keyCond{p: p} }
func notBefore(p string) keyCond   { return keyCond{p: p, later: true, inclusive: true} }

func newQuery(match string) query { return query{match: match, params: map[string]any{}} }

func (q *query) and(cond string) { q.where = append(q.where, cond) }

func (q *query) set(name string, v any) { q.params[name] = v }

func (q query) with(c keyCond) query {
	q.cursor = append(q.cursor[:len(q.cursor):len(q.cursor)], c)
	return q
}

func (q query) cypher(tail string) string {
	return q.clause(q.match, keyset{}, nil) + " " + tail
}

// build is the statement: for a simple query its MATCH, conditions and
// tail; for a union, each branch's MATCH and conditions with branchTail
// (given the branch's keyset), inside CALL, followed by tail. k is the
// list's keyset, which the cursor conditions are written in.
func (q query) build(k keyset, branchTail func(keyset) string, tail string) string {
	if len(q.union) == 0 {
		return q.clause(q.match, k, nil) + " " + tail
	}
	parts := make([]string, len(q.union))
	for i, b := range q.union {
		bk := k
		var bounds []string
		if q.seek != "" {
			bk = k.on(b.key)
			bounds = []string{b.key + " >= $seek", b.key + " < $seek_end"}
		}
		parts[i] = q.clause(b.match, bk, bounds) + " " + branchTail(bk)
	}
	return "CALL { " + strings.Join(parts, " UNION ALL ") + " } " + tail
}

// clause is match followed by bounds, the query's conditions and its
// cursor conditions in k.
func (q query) clause(match string, k keyset, bounds []string) string {
	var b strings.Builder
	b.WriteString(match)
	conds := append(bounds[:len(bounds):len(bounds)], q.where...)
	for _, c := range q.cursor {
		conds = append(conds, k.cond(c.p, c.later, c.inclusive))
	}
	for i, w := range conds {
		if i == 0 {
			b.WriteString(" WHERE ")
		} else {
			b.WriteString(" AND ")
		}
		b.WriteString(w)
	}
	return b.String()
}

// pageStatements are the statements of one keyset page: the page itself
// (Size()+1 items in the direction read), and the two questions
// kg.Page.Neighbours may ask, whether some item of the whole list sorts
// at or before the After cursor (notAfter) and at or after the Before
// cursor (notBefore), "" without that cursor; and one, all of them as
// one statement, which paginate runs. All take params.
type pageStatements struct {
	page, notAfter, notBefore string
	// one returns one row: items, the page's items (proj) in the order
	// read, Size()+1 at most; not_after and not_before, the answers to
	// the two questions (null without their cursor); then the columns of
	// the extra clauses (pageExtra).
	one    string
	params map[string]any
}

// pageExtra is more of one statement's answer read along with a page:
// call, Cypher that sees page, the list of the page's items as matched
// (q.ret, in the order read, the one beyond the page left out), and
// cols, the columns it adds after the page's.
type pageExtra struct {
	call, cols string
}

// pageOf builds the statements of page p of q, whose items are proj, in
// the list order k, with extra read along in the one statement.
func pageOf(q query, proj string, k keyset, p kg.Page, extra pageExtra) (pageStatements, error) {
	after, before, err := p.Decode()
	if err != nil {
		return pageStatements{}, err
	}
	arg := k.arg
	if q.seek != "" {
		q.params["seek"], q.params["seek_end"] = q.seek, q.seekEnd
		arg = func(c kg.Cursor) any { return q.seek + k.ord(c) }
	}
	var st pageStatements
	one := "RETURN 1 AS one LIMIT 1"
	// exists is whether some item of the whole list meets c.
	exists := func(c keyCond) string { return q.with(c).build(k, func(keyset) string { return one }, one) }
	page := q
	if after != nil {
		q.params["ak"], q.params["aid"] = arg(*after), after.ID
		page = page.with(sortsAfter("a"))
		st.notAfter = exists(notAfter("a"))
	}
	if before != nil {
		q.params["bk"], q.params["bid"] = arg(*before), before.ID
		page = page.with(sortsBefore("b"))
		st.notBefore = exists(notBefore("b"))
	}
	back := p.Backward()
	q.params["limit"] = int64(p.Size() + 1)
	q.params["size"] = int64(p.Size())
	tail := "RETURN " + proj + " AS item" + k.orderBy(back) + " LIMIT $limit"
	// The same page, as a list: the items matched, in the order read.
	v := q.ret
	listTail := "WITH " + v + k.orderBy(back) + " LIMIT $limit RETURN collect(" + v + ") AS vs"
	if q.seek != "" {
		tail = "WITH DISTINCT " + q.ret + " " + tail
		listTail = "WITH DISTINCT " + v + " " + listTail
	}
	branchTail := func(bk keyset) string { return "RETURN " + q.ret + bk.orderBy(back) + " LIMIT $limit" }
	st.page = page.build(k, branchTail, tail)
	// One statement, one round trip: the questions first (each a seek
	// that stops at the first item), then the page.
	var b strings.Builder
	flags := []string{"null AS not_after", "null AS not_before"}
	scope := []string{"vs", "vs[..$size] AS page"}
	for i, c := range []struct{ stmt, col string }{{st.notAfter, "not_after"}, {st.notBefore, "not_before"}} {
		if c.stmt != "" {
			b.WriteString("CALL { CALL { " + c.stmt + " } RETURN count(*) > 0 AS " + c.col + " } ")
			flags[i] = c.col
			scope = append(scope, c.col)
		}
	}
	b.WriteString("CALL { " + page.build(k, branchTail, listTail) + " } ")
	if extra.call != "" {
		b.WriteString("WITH " + strings.Join(scope, ", ") + " " + extra.call + " ")
	}
	b.WriteString("RETURN [" + v + " IN vs | " + proj + "] AS items, " + strings.Join(flags, ", "))
	if extra.cols != "" {
		b.WriteString(", " + extra.cols)
	}
	st.one = b.String()
	st.params = q.params
	return st, nil
}

// paginate runs q as one keyset page in one statement (pageOf). proj is
// the RETURN expression of an item, written on q.ret; scan maps one
// returned item and gives its cursor. Items come back to scan in list
// order. The values of extra's columns are returned as read.
func (s *Store) paginate(ctx context.Context, op string, q query, proj string, k keyset, p kg.Page, extra pageExtra, scan func(any) (kg.Cursor, error)) ([]string, kg.PageInfo, []any, error) {
	var info kg.PageInfo
	st, err := pageOf(q, proj, k, p, extra)
	if err != nil {
		return nil, info, nil, fmt.Errorf("neo4j: %s: %w", op, err)
	}
	recs, err := s.query(ctx, st.one, st.params)
	if err != nil {
		return nil, info, nil, s.fail(op, err)
	}
	if len(recs) != 1 {
		return nil, info, nil, fmt.Errorf("neo4j: %s: %d rows, want one", op, len(recs))
	}
	vals := recs[0].Values
	items, _ := vals[0].([]any)
	size := p.Size()
	more := len(items) > size
	if more {
		items = items[:size]
	}
	answer := func(v any) func() (bool, error) {
		return func() (bool, error) {
			b, ok := v.(bool)
			if !ok {
				return false, fmt.Errorf("neo4j: %s: page info: want a boolean, got %T", op, v)
			}
			return b, nil
		}
	}
	prev, next, err := p.Neighbours(more, answer(vals[1]), answer(vals[2]))
	if err != nil {
		return nil, info, nil, err
	}
	if p.Backward() {
		slices.Reverse(items)
	}
	cursors := make([]string, 0, len(items))
	for _, it := range items {
		c, err := scan(it)
		if err != nil {
			return nil, info, nil, fmt.Errorf("neo4j: %s: %w", op, err)
		}
		cursors = append(cursors, c.Encode())
	}
	return cursors, kg.NewPageInfo(cursors, prev, next), vals[3:], nil
}
