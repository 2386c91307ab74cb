package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/internal/order"
)

const entityCols = `e.id, e.kind, e.name, e.aliases, e.mentions, e.first_seen, e.last_seen, e.country, e.start_date, e.end_date, e.place_id`

type scanner interface{ Scan(...any) error }

func scanEntity(r scanner) (kg.Entity, error) {
	var e kg.Entity
	var kind, aliases, first, last, start, end string
	if err := r.Scan(&e.ID, &kind, &e.Name, &aliases, &e.Mentions, &first, &last, &e.Country, &start, &end, &e.PlaceID); err != nil {
		return e, err
	}
	e.Kind = kg.Kind(kind)
	if err := json.Unmarshal([]byte(aliases), &e.Aliases); err != nil {
		return e, fmt.Errorf("entity %q: aliases: %w", e.ID, err)
	}
	if len(e.Aliases) == 0 {
		e.Aliases = nil
	}
	for _, d := range []struct {
		s string
		t *time.Time
	}{{first, &e.FirstSeen}, {last, &e.LastSeen}, {start, &e.StartDate}, {end, &e.EndDate}} {
		t, err := kg.ParseDate(d.s)
		if err != nil {
			return e, fmt.Errorf("entity %q: %w", e.ID, err)
		}
		*d.t = t
	}
	return e, nil
}

// Entity returns one entity; see kg.Store.
func (s *Store) Entity(ctx context.Context, id string) (kg.Entity, error) {
	if err := s.check("entity"); err != nil {
		return kg.Entity{}, err
	}
	e, err := scanEntity(s.r.QueryRowContext(ctx, `SELECT `+entityCols+` FROM entities e WHERE e.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return kg.Entity{}, fmt.Errorf("sqlite: entity %q: %w", id, kg.ErrNotFound)
	}
	if err != nil {
		return kg.Entity{}, s.fail("entity "+id, err)
	}
	return e, nil
}

// EntitiesByID returns the entities that exist among ids; see kg.Store.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) ([]kg.Entity, error) {
	if err := s.check("entities by id"); err != nil {
		return nil, err
	}
	return s.entitiesByID(ctx, s.r, ids)
}

// querier is what reads need: the read pool or one read transaction (a
// query that holds a transaction must not ask the pool for a second
// connection, or concurrent callers can starve it).
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func (s *Store) entitiesByID(ctx context.Context, q querier, ids []string) ([]kg.Entity, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	return s.entities(ctx, q, "entities by id", `SELECT `+entityCols+` FROM entities e WHERE e.id IN (SELECT value FROM json_each(?)) ORDER BY e.id`, jsonStrings(ids))
}

func (s *Store) entities(ctx context.Context, db querier, op, q string, args ...any) ([]kg.Entity, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.fail(op, err)
	}
	defer rows.Close()
	var out []kg.Entity
	for rows.Next() {
		e, err := scanEntity(rows)
		if err != nil {
			return nil, s.fail(op, err)
		}
		out = append(out, e)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail(op, err)
	}
	return out, nil
}

func entityQuery(f kg.EntityFilter) (query, error) {
	q := query{from: "entities e"}
	if err := f.Check(); err != nil {
		return q, err
	}
	if len(f.Kinds) > 0 {
		ks := make([]string, len(f.Kinds))
		for i, k := range f.Kinds {
			ks[i] = string(k)
		}
		q.and("e.kind IN (SELECT value FROM json_each(?))", jsonStrings(ks))
	}
	if f.Name != "" {
		q.and("instr(e.fold_names, ?) > 0", kg.FoldName(f.Name))
	}
	if !f.SeenFrom.IsZero() {
		q.and("e.last_seen != '' AND e.last_seen >= ?", kg.FormatDate(f.SeenFrom))
	}
	if !f.SeenTo.IsZero() {
		q.and("e.first_seen != '' AND e.first_seen <= ?", kg.FormatDate(f.SeenTo))
	}
	return q, nil
}

func entityKeyset(o kg.EntityOrder) (keyset, error) {
	switch o {
	case kg.ByMentions, "":
		return keyset{key: "e.mentions", num: true, desc: true, id: "e.id"}, nil
	case kg.ByName:
		return keyset{key: "e.fold_name", id: "e.id"}, nil
	case kg.ByLastSeen:
		return keyset{key: "e.last_seen", desc: true, id: "e.id"}, nil
	}
	return keyset{}, fmt.Errorf("entity order %q: %w", o, kg.ErrInvalid)
}

// Entities lists one page of entities; see kg.Store.
func (s *Store) Entities(ctx context.Context, f kg.EntityFilter, p kg.Page) (kg.EntityPage, error) {
	var page kg.EntityPage
	if err := s.check("entities"); err != nil {
		return page, err
	}
	q, err := entityQuery(f)
	if err != nil {
		return page, fmt.Errorf("sqlite: entities: %w", err)
	}
	k, err := entityKeyset(f.Order)
	if err != nil {
		return page, fmt.Errorf("sqlite: entities: %w", err)
	}
	cursors, info, err := s.paginate(ctx, "entities", q, entityCols, k, p, func(rows *sql.Rows) (kg.Cursor, error) {
		e, err := scanEntity(rows)
		if err != nil {
			return kg.Cursor{}, err
		}
		page.Entities = append(page.Entities, e)
		return kg.EntityCursor(e, f.Order), nil
	})
	if err != nil {
		return kg.EntityPage{}, err
	}
	if p.Backward() {
		slices.Reverse(page.Entities)
	}
	page.Cursors, page.PageInfo = cursors, info
	return page, nil
}

// CountEntities counts what Entities would list; see kg.Store.
func (s *Store) CountEntities(ctx context.Context, f kg.EntityFilter) (int, error) {
	if err := s.check("count entities"); err != nil {
		return 0, err
	}
	q, err := entityQuery(f)
	if err != nil {
		return 0, fmt.Errorf("sqlite: count entities: %w", err)
	}
	var n int
	if err := s.r.QueryRowContext(ctx, q.sql("count(*)"), q.args...).Scan(&n); err != nil {
		return 0, s.fail("count entities", err)
	}
	return n, nil
}

const relationCols = `r.id, r.type, r.source, r.target, r.date, r.precision, r.status, r.quote, r.confidence, r.article_id, r.sentence, r.start_offset, r.end_offset`

func scanRelation(sc scanner) (kg.Relation, error) {
	var r kg.Relation
	var typ, d, prec, status string
	if err := sc.Scan(&r.ID, &typ, &r.Source, &r.Target, &d, &prec, &status, &r.Quote, &r.Confidence,
		&r.Evidence.ArticleID, &r.Evidence.Sentence, &r.Evidence.Start, &r.Evidence.End); err != nil {
		return r, err
	}
	r.Type, r.Precision, r.Status = kg.RelType(typ), kg.Precision(prec), kg.Status(status)
	var err error
	if r.Date, err = kg.ParseDate(d); err != nil {
		return r, fmt.Errorf("relation %q: %w", r.ID, err)
	}
	return r, nil
}

var relationKeyset = keyset{key: "r.sort_date", id: "r.id", textKey: order.DateKey}

func relationQuery(f kg.RelationFilter) (query, error) {
	q := query{from: "relations r"}
	if err := f.Check(); err != nil {
		return q, err
	}
	if len(f.Types) > 0 {
		ts := make([]string, len(f.Types))
		for i, t := range f.Types {
			ts[i] = string(t)
		}
		q.and("r.type IN (SELECT value FROM json_each(?))", jsonStrings(ts))
	}
	if len(f.Statuses) > 0 {
		ss := make([]string, len(f.Statuses))
		for i, st := range f.Statuses {
			ss[i] = string(st)
		}
		q.and("r.status IN (SELECT value FROM json_each(?))", jsonStrings(ss))
	}
	if f.Entity != "" {
		q.and("(r.source = ? OR r.target = ?)", f.Entity, f.Entity)
	}
	if f.Source != "" {
		q.and("r.source = ?", f.Source)
	}
	if f.Target != "" {
		q.and("r.target = ?", f.Target)
	}
	if f.ArticleID != "" {
		q.and("r.article_id = ?", f.ArticleID)
	}
	if !f.From.IsZero() {
		q.and("r.date != '' AND r.date >= ?", kg.FormatDate(f.From))
	}
	if !f.To.IsZero() {
		q.and("r.date != '' AND r.date <= ?", kg.FormatDate(f.To))
	}
	if f.Text != "" {
		t := strings.ToLower(f.Text)
		q.and("(instr(r.lower_quote, ?) > 0 OR instr(r.lower_sentence, ?) > 0)", t, t)
	}
	return q, nil
}

// Relations lists one page of relations; see kg.Store.
func (s *Store) Relations(ctx context.Context, f kg.RelationFilter, p kg.Page) (kg.RelationPage, error) {
	const op = "relations"
	if err := s.check(op); err != nil {
		return kg.RelationPage{}, err
	}
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return kg.RelationPage{}, s.fail(op, err)
	}
	defer tx.Rollback()
	return s.relations(ctx, tx, op, f, p)
}

// RelationsWithEnds is Relations with the entities involved, read in the
// same transaction; see kg.Store.
func (s *Store) RelationsWithEnds(ctx context.Context, f kg.RelationFilter, p kg.Page) (kg.RelationPage, map[string]kg.Entity, error) {
	const op = "relations with ends"
	if err := s.check(op); err != nil {
		return kg.RelationPage{}, nil, err
	}
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return kg.RelationPage{}, nil, s.fail(op, err)
	}
	defer tx.Rollback()
	page, err := s.relations(ctx, tx, op, f, p)
	if err != nil {
		return kg.RelationPage{}, nil, err
	}
	var ids []string
	for _, id := range []string{f.Entity, f.Source, f.Target} {
		if id != "" {
			ids = append(ids, id)
		}
	}
	for _, r := range page.Relations {
		ids = append(ids, r.Source)
		if r.Target != "" {
			ids = append(ids, r.Target)
		}
	}
	es, err := s.entitiesByID(ctx, tx, ids)
	if err != nil {
		return kg.RelationPage{}, nil, err
	}
	ents := make(map[string]kg.Entity, len(es))
	for _, e := range es {
		ents[e.ID] = e
	}
	return page, ents, nil
}

// relations lists one page of relations in tx.
func (s *Store) relations(ctx context.Context, tx querier, op string, f kg.RelationFilter, p kg.Page) (kg.RelationPage, error) {
	var page kg.RelationPage
	q, err := relationQuery(f)
	if err != nil {
		return page, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	cursors, info, err := s.paginateIn(ctx, tx, op, q, relationCols, relationKeyset, p, func(rows *sql.Rows) (kg.Cursor, error) {
		r, err := scanRelation(rows)
		if err != nil {
			return kg.Cursor{}, err
		}
		page.Relations = append(page.Relations, r)
		return kg.RelationCursor(r), nil
	})
	if err != nil {
		return kg.RelationPage{}, err
	}
	if p.Backward() {
		slices.Reverse(page.Relations)
	}
	page.Cursors, page.PageInfo = cursors, info
	return page, nil
}

const articleCols = `a.id, a.title, a.date, a.source, a.url, a.text`

func scanArticle(sc scanner) (kg.Article, error) {
	var a kg.Article
	var d string
	if err := sc.Scan(&a.ID, &a.Title, &d, &a.Source, &a.URL, &a.Text); err != nil {
		return a, err
	}
	var err error
	if a.Date, err = kg.ParseDate(d); err != nil {
		return a, fmt.Errorf("article %q: %w", a.ID, err)
	}
	return a, nil
}

// Article returns one article; see kg.Store.
func (s *Store) Article(ctx context.Context, id string) (kg.Article, error) {
	if err := s.check("article"); err != nil {
		return kg.Article{}, err
	}
	a, err := scanArticle(s.r.QueryRowContext(ctx, `SELECT `+articleCols+` FROM articles a WHERE a.id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return kg.Article{}, fmt.Errorf("sqlite: article %q: %w", id, kg.ErrNotFound)
	}
	if err != nil {
		return kg.Article{}, s.fail("article "+id, err)
	}
	return a, nil
}

// Articles lists one page of articles, newest first; see kg.Store.
func (s *Store) Articles(ctx context.Context, f kg.ArticleFilter, p kg.Page) (kg.ArticlePage, error) {
	var page kg.ArticlePage
	if err := s.check("articles"); err != nil {
		return page, err
	}
	q := query{from: "articles a"}
	if !f.From.IsZero() {
		q.and("a.date != '' AND a.date >= ?", kg.FormatDate(f.From))
	}
	if !f.To.IsZero() {
		q.and("a.date != '' AND a.date <= ?", kg.FormatDate(f.To))
	}
	if f.EntityID != "" {
		q.and("EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.entity_id = ?)", f.EntityID)
	}
	k := keyset{key: "a.date", desc: true, id: "a.id"}
	cursors, info, err := s.paginate(ctx, "articles", q, articleCols, k, p, func(rows *sql.Rows) (kg.Cursor, error) {
		a, err := scanArticle(rows)
		if err != nil {
			return kg.Cursor{}, err
		}
		page.Articles = append(page.Articles, a)
		return kg.ArticleCursor(a), nil
	})
	if err != nil {
		return kg.ArticlePage{}, err
	}
	if p.Backward() {
		slices.Reverse(page.Articles)
	}
	page.Cursors, page.PageInfo = cursors, info
	return page, nil
}

// ArticleEntities returns the entities each article mentions; see kg.Store.
func (s *Store) ArticleEntities(ctx context.Context, articleIDs []string) (map[string][]kg.EntityMentions, error) {
	if err := s.check("article entities"); err != nil {
		return nil, err
	}
	out := make(map[string][]kg.EntityMentions)
	if len(articleIDs) == 0 {
		return out, nil
	}
	ids := jsonStrings(articleIDs)
	rows, err := s.r.QueryContext(ctx, `SELECT a.id FROM articles a WHERE a.id IN (SELECT value FROM json_each(?))`, ids)
	if err != nil {
		return nil, s.fail("article entities", err)
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, s.fail("article entities", err)
		}
		out[id] = []kg.EntityMentions{}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.fail("article entities", err)
	}
	rows, err = s.r.QueryContext(ctx, `SELECT m.article_id, m.count, m.spans, `+entityCols+`
		FROM mentions m JOIN entities e ON e.id = m.entity_id
		WHERE m.article_id IN (SELECT value FROM json_each(?))
		ORDER BY m.article_id, m.count DESC, e.id`, ids)
	if err != nil {
		return nil, s.fail("article entities", err)
	}
	defer rows.Close()
	for rows.Next() {
		var aid, spans string
		var n int
		e, err := scanEntity(scanFunc(func(dest ...any) error {
			return rows.Scan(append([]any{&aid, &n, &spans}, dest...)...)
		}))
		if err != nil {
			return nil, s.fail("article entities", err)
		}
		ms, err := parseSpans(e.ID, spans)
		if err != nil {
			return nil, s.fail("article entities", err)
		}
		out[aid] = append(out[aid], kg.EntityMentions{Entity: e, Count: n, Spans: ms})
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("article entities", err)
	}
	return out, nil
}

type scanFunc func(...any) error

func (f scanFunc) Scan(dest ...any) error { return f(dest...) }

// Stats counts what is stored; see kg.Store.
func (s *Store) Stats(ctx context.Context) (kg.Stats, error) {
	st := kg.Stats{Entities: make(map[kg.Kind]int), Relations: make(map[kg.RelType]int)}
	if err := s.check("stats"); err != nil {
		return st, err
	}
	for _, k := range kg.Kinds {
		st.Entities[k] = 0
	}
	for _, t := range kg.RelTypes {
		st.Relations[t] = 0
	}
	tx, err := s.r.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return st, s.fail("stats", err)
	}
	defer tx.Rollback()
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM articles`).Scan(&st.Articles); err != nil {
		return st, s.fail("stats", err)
	}
	for _, q := range []struct {
		sql string
		put func(string, int)
	}{
		{`SELECT kind, count(*) FROM entities GROUP BY kind`, func(k string, n int) { st.Entities[kg.Kind(k)] = n }},
		{`SELECT type, count(*) FROM relations GROUP BY type`, func(t string, n int) { st.Relations[kg.RelType(t)] = n }},
	} {
		rows, err := tx.QueryContext(ctx, q.sql)
		if err != nil {
			return st, s.fail("stats", err)
		}
		for rows.Next() {
			var k string
			var n int
			if err := rows.Scan(&k, &n); err != nil {
				rows.Close()
				return st, s.fail("stats", err)
			}
			q.put(k, n)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return st, s.fail("stats", err)
		}
	}
	return st, nil
}
