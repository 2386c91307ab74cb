package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/internal/order"
)

// Upsert writes a batch of subgraphs in one transaction; see kg.Store.
func (s *Store) Upsert(ctx context.Context, batch []kg.Subgraph) ([]kg.UpsertResult, error) {
	if err := s.check("upsert"); err != nil {
		return nil, err
	}
	for i := range batch {
		if err := batch[i].Validate(); err != nil {
			return nil, fmt.Errorf("sqlite: upsert: subgraph %d: %w", i, err)
		}
	}
	res := make([]kg.UpsertResult, len(batch))
	if len(batch) == 0 {
		return res, nil
	}
	err := s.write(ctx, "upsert", func(tx *sql.Tx) error {
		w, err := prepareWriter(ctx, tx)
		if err != nil {
			return err
		}
		defer w.close()
		var last int64 // relations with a greater rk are this batch's
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(rk), 0) FROM relations`).Scan(&last); err != nil {
			return err
		}
		added := make(map[string]*mentionDelta)
		for i := range batch {
			r, err := w.subgraph(ctx, &batch[i], added)
			if err != nil {
				return err
			}
			res[i] = r
		}
		if err := indexSentences(ctx, tx, last); err != nil {
			return err
		}
		if err := addEdges(ctx, tx, last); err != nil {
			return err
		}
		return w.accumulate(ctx, added)
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// indexSentences adds the evidence sentences of the statements written
// after rk last to the full-text index, in one statement per batch.
func indexSentences(ctx context.Context, tx *sql.Tx, last int64) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO relations_fts (rowid, fold_sentence) SELECT rk, fold_sentence FROM relations WHERE rk > ?`, last)
	return err
}

// addEdges adds the statements written after rk last to the summary graph
// (migration 0007): each group of parallel statements, as kg.FoldEdges
// groups them, gets their count, earliest and latest dates and first and
// last sort keys, folded into its row or starting one. Once per batch, so
// that a group many statements of the batch fall into is written once;
// the deletes' trigger takes them out again.
func addEdges(ctx context.Context, tx *sql.Tx, last int64) error {
	_, err := tx.ExecContext(ctx, addEdgesSQL, last)
	return err
}

const addEdgesSQL = `INSERT INTO edges (lo, hi, type, status, n, first_date, last_date, first_key, last_key)
	SELECT
		CASE WHEN type = 'MET' AND target < source THEN target ELSE source END AS l,
		CASE WHEN type = 'MET' AND target < source THEN source ELSE target END AS h,
		type, status, count(*),
		coalesce(min(NULLIF(date, '')), ''), coalesce(max(NULLIF(date, '')), ''),
		min(sort_date || '|' || id), max(sort_date || '|' || id)
	FROM relations WHERE rk > ? AND target != ''
	GROUP BY l, h, type, status
	ON CONFLICT (lo, hi, type, status) DO UPDATE SET
		n = n + excluded.n,
		first_date = CASE WHEN excluded.first_date != '' AND (first_date = '' OR excluded.first_date < first_date) THEN excluded.first_date ELSE first_date END,
		last_date = max(last_date, excluded.last_date),
		first_key = min(first_key, excluded.first_key),
		last_key = max(last_key, excluded.last_key)`

// write runs fn in the single writer's transaction.
func (s *Store) write(ctx context.Context, op string, fn func(tx *sql.Tx) error) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	if err := s.check(op); err != nil {
		return err
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return s.fail(op, err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return s.fail(op, err)
	}
	if err := tx.Commit(); err != nil {
		return s.fail(op, err)
	}
	return nil
}

// writer holds the statements of one write transaction, prepared once.
type writer struct {
	articleExists, insertArticle, upsertEntity, insertMention, insertRelation *sql.Stmt
	mentionsOf, entityName, updateAggregates                                  *sql.Stmt
	// stored is the row of each entity this transaction has upserted, as
	// the upsert returned it: an entity named again by a later article of
	// the batch is upserted again only when it would fill a kind-specific
	// field still empty, and accumulate reads the aggregates from here.
	stored map[string]*storedEntity
}

// storedEntity is an entity's row as an upsert of the running transaction
// returned it. Nothing else in the transaction changes these columns
// before accumulate, which writes the aggregates once per batch.
type storedEntity struct {
	kind, name, aliases, first, last     string
	country, startDate, endDate, placeID string
	mentions                             int
}

// fills reports whether upserting e would change the stored row: e sets a
// kind-specific field the row still has empty (the upsert fills only
// those; see upsertEntity).
func (st *storedEntity) fills(e *kg.Entity) bool {
	fill := func(stored, v string) bool { return stored == "" && v != "" }
	return fill(st.country, e.Country) || fill(st.startDate, kg.FormatDate(e.StartDate)) ||
		fill(st.endDate, kg.FormatDate(e.EndDate)) || fill(st.placeID, e.PlaceID)
}

func prepareWriter(ctx context.Context, tx *sql.Tx) (*writer, error) {
	w := &writer{stored: make(map[string]*storedEntity)}
	for _, p := range []struct {
		st **sql.Stmt
		q  string
	}{
		{&w.articleExists, `SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?)`},
		{&w.insertArticle, `INSERT INTO articles (id, title, date, source, url, text) VALUES (?, ?, ?, ?, ?, ?)`},
		// Keep the first name and kind; fill kind-specific fields only where
		// still empty. RETURNING the stored kind catches a kind clash.
		{&w.upsertEntity, `INSERT INTO entities (id, kind, name, fold_name, fold_names, country, start_date, end_date, place_id)
			VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
			ON CONFLICT (id) DO UPDATE SET
				country    = CASE WHEN country = '' THEN excluded.country ELSE country END,
				start_date = CASE WHEN start_date = '' THEN excluded.start_date ELSE start_date END,
				end_date   = CASE WHEN end_date = '' THEN excluded.end_date ELSE end_date END,
				place_id   = CASE WHEN place_id = '' THEN excluded.place_id ELSE place_id END
			RETURNING kind, name, mentions, aliases, first_seen, last_seen, country, start_date, end_date, place_id`},
		{&w.insertMention, `INSERT INTO mentions (article_id, entity_id, count, aliases, spans) VALUES (?, ?, ?, ?, ?)`},
		{&w.insertRelation, `INSERT INTO relations (id, type, source, target, date, sort_date, precision, status, quote, confidence,
			article_id, sentence, start_offset, end_offset, lower_quote, lower_sentence, fold_sentence)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`},
		{&w.mentionsOf, `SELECT m.count, m.aliases, a.date FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.entity_id = ?`},
		{&w.entityName, `SELECT name FROM entities WHERE id = ?`},
		{&w.updateAggregates, `UPDATE entities SET mentions = ?, aliases = ?, fold_names = ?, first_seen = ?, last_seen = ? WHERE id = ?`},
	} {
		st, err := tx.PrepareContext(ctx, p.q)
		if err != nil {
			w.close()
			return nil, err
		}
		*p.st = st
	}
	return w, nil
}

func (w *writer) close() {
	for _, st := range []*sql.Stmt{w.articleExists, w.insertArticle, w.upsertEntity, w.insertMention, w.insertRelation, w.mentionsOf, w.entityName, w.updateAggregates} {
		if st != nil {
			st.Close()
		}
	}
}

func (w *writer) subgraph(ctx context.Context, g *kg.Subgraph, added map[string]*mentionDelta) (kg.UpsertResult, error) {
	a := &g.Article
	res := kg.UpsertResult{ArticleID: a.ID}
	var exists bool
	if err := w.articleExists.QueryRowContext(ctx, a.ID).Scan(&exists); err != nil {
		return res, err
	}
	if exists {
		res.Unchanged = true
		return res, nil
	}
	if _, err := w.insertArticle.ExecContext(ctx, a.ID, a.Title, kg.FormatDate(a.Date), a.Source, a.URL, a.Text); err != nil {
		return res, err
	}
	spans, err := spansByEntity(g.Mentions)
	if err != nil {
		return res, err
	}
	for i := range g.Entities {
		e := &g.Entities[i]
		st, err := w.upsert(ctx, e)
		if err != nil {
			return res, err
		}
		if st.kind != string(e.Kind) {
			return res, fmt.Errorf("article %s: entity %q is stored as %s, not %s: %w", a.ID, e.ID, st.kind, e.Kind, kg.ErrConflict)
		}
		if _, err := w.insertMention.ExecContext(ctx, a.ID, e.ID, e.Mentions, jsonStrings(e.Aliases), cmp.Or(spans[e.ID], "[]")); err != nil {
			return res, err
		}
		d := added[e.ID]
		if d == nil {
			d = &mentionDelta{aliases: make(map[string]bool)}
			added[e.ID] = d
		}
		d.add(e.Mentions, e.Aliases, kg.FormatDate(a.Date))
	}
	for i := range g.Relations {
		r := &g.Relations[i]
		d := kg.FormatDate(r.Date)
		sd := order.DateKey(d)
		out, err := w.insertRelation.ExecContext(ctx, r.ID, string(r.Type), r.Source, r.Target, d, sd,
			string(r.Precision), string(r.Status), r.Quote, r.Confidence,
			r.Evidence.ArticleID, r.Evidence.Sentence, r.Evidence.Start, r.Evidence.End,
			strings.ToLower(r.Quote), strings.ToLower(r.Evidence.Sentence), kg.FoldName(r.Evidence.Sentence))
		if err != nil {
			return res, err
		}
		if n, err := out.RowsAffected(); err != nil {
			return res, err
		} else if n == 0 {
			return res, fmt.Errorf("article %s: relation %q is already stored from another article: %w", a.ID, r.ID, kg.ErrConflict)
		}
	}
	res.Entities = len(g.Entities)
	res.Relations = len(g.Relations)
	return res, nil
}

// upsert writes e's row (upsertEntity) and returns it as stored, unless
// the transaction has upserted e before and doing it again would change
// nothing (the stored kind is what the caller compares; a row's kind and
// name never change).
func (w *writer) upsert(ctx context.Context, e *kg.Entity) (*storedEntity, error) {
	if st := w.stored[e.ID]; st != nil && !st.fills(e) {
		return st, nil
	}
	st := &storedEntity{}
	fold := kg.FoldName(e.Name)
	err := w.upsertEntity.QueryRowContext(ctx, e.ID, string(e.Kind), e.Name, fold, "|"+fold+"|",
		e.Country, kg.FormatDate(e.StartDate), kg.FormatDate(e.EndDate), e.PlaceID).Scan(
		&st.kind, &st.name, &st.mentions, &st.aliases, &st.first, &st.last, &st.country, &st.startDate, &st.endDate, &st.placeID)
	if err != nil {
		return nil, err
	}
	w.stored[e.ID] = st
	return st, nil
}

// mentionDelta is what the articles of one batch add to an entity's
// aggregates.
type mentionDelta struct {
	count       int
	aliases     map[string]bool
	first, last string
}

func (d *mentionDelta) add(count int, aliases []string, date string) {
	d.count += count
	for _, a := range aliases {
		d.aliases[a] = true
	}
	d.seen(date)
}

func (d *mentionDelta) seen(date string) {
	if date == "" {
		return
	}
	if d.first == "" || date < d.first {
		d.first = date
	}
	if date > d.last {
		d.last = date
	}
}

// accumulate adds a batch's new mentions to the stored aggregates, as the
// batch's upserts returned them (writer.stored). Adding
// gives what recompute would (a sum, a union, a min and a max) without
// reading every mention row of an entity named in thousands of articles,
// which made writes slow down as the store grew.
func (w *writer) accumulate(ctx context.Context, added map[string]*mentionDelta) error {
	keys := make([]string, 0, len(added))
	for id := range added {
		keys = append(keys, id)
	}
	sort.Strings(keys)
	for _, id := range keys {
		d := added[id]
		st := w.stored[id]
		if st == nil {
			return fmt.Errorf("entity %q: mentioned but not upserted in this transaction", id)
		}
		name, aliasJSON, first, last, total := st.name, st.aliases, st.first, st.last, st.mentions
		var stored []string
		if err := json.Unmarshal([]byte(aliasJSON), &stored); err != nil {
			return fmt.Errorf("entity %q: aliases: %w", id, err)
		}
		for _, a := range stored {
			d.aliases[a] = true
		}
		delete(d.aliases, name)
		d.seen(first)
		d.seen(last)
		aliases := make([]string, 0, len(d.aliases))
		for a := range d.aliases {
			aliases = append(aliases, a)
		}
		sort.Strings(aliases)
		if _, err := w.updateAggregates.ExecContext(ctx, total+d.count, jsonStrings(aliases), foldNames(name, aliases), d.first, d.last, id); err != nil {
			return err
		}
	}
	return nil
}

// recompute derives the aggregates of the given entities from their mention
// rows: the sum of counts, the sorted union of aliases minus the name, and
// the earliest and latest dated mentioning article.
func (w *writer) recompute(ctx context.Context, ids map[string]bool) error {
	keys := make([]string, 0, len(ids))
	for id := range ids {
		keys = append(keys, id)
	}
	sort.Strings(keys)
	for _, id := range keys {
		var name string
		if err := w.entityName.QueryRowContext(ctx, id).Scan(&name); err == sql.ErrNoRows {
			continue // deleted
		} else if err != nil {
			return err
		}
		rows, err := w.mentionsOf.QueryContext(ctx, id)
		if err != nil {
			return err
		}
		total := 0
		first, last := "", ""
		set := make(map[string]bool)
		for rows.Next() {
			var n int
			var aliases, d string
			if err := rows.Scan(&n, &aliases, &d); err != nil {
				rows.Close()
				return err
			}
			total += n
			var as []string
			if err := json.Unmarshal([]byte(aliases), &as); err != nil {
				rows.Close()
				return fmt.Errorf("entity %q: aliases: %w", id, err)
			}
			for _, a := range as {
				if a != name {
					set[a] = true
				}
			}
			if d != "" {
				if first == "" || d < first {
					first = d
				}
				if d > last {
					last = d
				}
			}
		}
		if err := rows.Close(); err != nil {
			return err
		}
		if err := rows.Err(); err != nil {
			return err
		}
		aliases := make([]string, 0, len(set))
		for a := range set {
			aliases = append(aliases, a)
		}
		sort.Strings(aliases)
		if _, err := w.updateAggregates.ExecContext(ctx, total, jsonStrings(aliases), foldNames(name, aliases), first, last, id); err != nil {
			return err
		}
	}
	return nil
}

// DeleteArticle removes an article and what only it supported; see kg.Store.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	if err := s.check("delete article"); err != nil {
		return err
	}
	return s.write(ctx, "delete article "+id, func(tx *sql.Tx) error {
		var exists bool
		if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM articles WHERE id = ?)`, id).Scan(&exists); err != nil {
			return err
		}
		if !exists {
			return fmt.Errorf("article %q: %w", id, kg.ErrNotFound)
		}
		rows, err := tx.QueryContext(ctx, `SELECT entity_id FROM mentions WHERE article_id = ?`, id)
		if err != nil {
			return err
		}
		touched := make(map[string]bool)
		for rows.Next() {
			var e string
			if err := rows.Scan(&e); err != nil {
				rows.Close()
				return err
			}
			touched[e] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		ids := jsonSet(touched)
		for _, q := range []struct {
			sql  string
			args []any
		}{
			{`DELETE FROM relations WHERE article_id = ?`, []any{id}},
			{`DELETE FROM mentions WHERE article_id = ?`, []any{id}},
			{`DELETE FROM articles WHERE id = ?`, []any{id}},
			// Entities no remaining article mentions, and what touches them.
			{`CREATE TEMP TABLE IF NOT EXISTS orphans (id TEXT PRIMARY KEY)`, nil},
			{`DELETE FROM temp.orphans`, nil},
			{`INSERT INTO temp.orphans SELECT value FROM json_each(?) WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = value)`, []any{ids}},
			{`DELETE FROM relations WHERE source IN (SELECT id FROM temp.orphans) OR target IN (SELECT id FROM temp.orphans)`, nil},
			{`DELETE FROM entities WHERE id IN (SELECT id FROM temp.orphans)`, nil},
			{`DELETE FROM temp.orphans`, nil},
		} {
			if _, err := tx.ExecContext(ctx, q.sql, q.args...); err != nil {
				return err
			}
		}
		w, err := prepareWriter(ctx, tx)
		if err != nil {
			return err
		}
		defer w.close()
		return w.recompute(ctx, touched)
	})
}

func jsonStrings(ss []string) string {
	if ss == nil {
		ss = []string{}
	}
	b, _ := json.Marshal(ss) // strings always marshal
	return string(b)
}

func jsonSet(m map[string]bool) string {
	ss := make([]string, 0, len(m))
	for k := range m {
		ss = append(ss, k)
	}
	sort.Strings(ss)
	return jsonStrings(ss)
}

// foldNames is the text the Name filter and name search look in: folded
// name and aliases between '|' (which folded text never contains).
func foldNames(name string, aliases []string) string {
	var b strings.Builder
	b.WriteString("|")
	b.WriteString(kg.FoldName(name))
	b.WriteString("|")
	for _, a := range aliases {
		b.WriteString(kg.FoldName(a))
		b.WriteString("|")
	}
	return b.String()
}
