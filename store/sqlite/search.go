package sqlite

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/kg"
)

// Search ranks entities by how their name, aliases or evidence match text;
// see kg.Store and the storetest package doc.
func (s *Store) Search(ctx context.Context, text string, kinds []kg.Kind, limit int) ([]kg.SearchHit, error) {
	const op = "search"
	if err := s.check(op); err != nil {
		return nil, err
	}
	q, limit, err := kg.CheckSearch(text, kinds, limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	if q == "" {
		return []kg.SearchHit{}, nil // nothing to look for
	}
	ks := make([]string, len(kinds))
	for i, k := range kinds {
		ks[i] = string(k)
	}
	kindCond, kindArgs := "1", []any(nil)
	if len(ks) > 0 {
		kindCond, kindArgs = "e.kind IN (SELECT value FROM json_each(?))", []any{jsonStrings(ks)}
	}

	var hits []kg.SearchHit
	seen := make(map[string]bool)
	es, err := s.entities(ctx, s.r, op, `SELECT `+entityCols+` FROM entities e WHERE instr(e.fold_names, ?) > 0 AND `+kindCond,
		append([]any{q}, kindArgs...)...)
	if err != nil {
		return nil, err
	}
	for _, e := range es {
		h, ok := kg.GradeName(e, q)
		if ok {
			hits = append(hits, h)
			seen[e.ID] = true
		}
	}

	if len(hits) >= limit {
		// Evidence hits rank below every name hit: none would make the cut.
		return kg.RankHits(hits, limit), nil
	}
	// Evidence: the ends of relations whose sentence contains the text; the
	// trigram index narrows the scan when the text is long enough.
	rel := `SELECT r.id, r.source, r.target, r.sentence FROM relations r WHERE instr(r.fold_sentence, ?1) > 0`
	args := []any{q}
	if utf8.RuneCountInString(q) >= 3 {
		// Driven by the index; instr() keeps the answer exact.
		rel = `SELECT r.id, r.source, r.target, r.sentence FROM relations_fts JOIN relations r ON r.rk = relations_fts.rowid
			WHERE relations_fts MATCH ?2 AND instr(r.fold_sentence, ?1) > 0`
		args = append(args, `"`+strings.ReplaceAll(q, `"`, `""`)+`"`)
	}
	ev := `WITH hits AS MATERIALIZED (` + rel + `),
		ends AS (SELECT source AS eid, id, sentence FROM hits UNION ALL SELECT target, id, sentence FROM hits WHERE target != ''),
		best AS (SELECT eid, min(id) AS rid, sentence FROM ends GROUP BY eid)
		SELECT b.sentence, ` + entityCols + ` FROM best b JOIN entities e ON e.id = b.eid
		WHERE ` + kindCond + ` ORDER BY e.mentions DESC, e.id LIMIT ?`
	args = append(append(args, kindArgs...), limit+len(seen))
	rows, err := s.r.QueryContext(ctx, ev, args...)
	if err != nil {
		return nil, s.fail(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var sentence string
		e, err := scanEntity(scanFunc(func(dest ...any) error {
			return rows.Scan(append([]any{&sentence}, dest...)...)
		}))
		if err != nil {
			return nil, s.fail(op, err)
		}
		if !seen[e.ID] {
			hits = append(hits, kg.SearchHit{Entity: e, Score: kg.ScoreEvidence, Matched: sentence, Field: "evidence"})
		}
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail(op, err)
	}
	return kg.RankHits(hits, limit), nil
}
