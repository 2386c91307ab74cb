package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/internal/order"
)

// ArticlesByID returns the articles that exist among ids; see kg.Store.
func (s *Store) ArticlesByID(ctx context.Context, ids []string) ([]kg.Article, error) {
	if err := s.check("articles by id"); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, nil
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+articleCols+` FROM articles a WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id`, jsonStrings(ids))
	if err != nil {
		return nil, s.fail("articles by id", err)
	}
	defer rows.Close()
	var out []kg.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, s.fail("articles by id", err)
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("articles by id", err)
	}
	return out, nil
}

// RelationsOf returns the first relations of each entity in one statement.
// See kg.Store.
func (s *Store) RelationsOf(ctx context.Context, entityIDs []string, f kg.RelationFilter, perEntity int) (map[string][]kg.Relation, error) {
	if err := s.check("relations of"); err != nil {
		return nil, err
	}
	n, err := kg.CheckRelationsOf(f, perEntity)
	if err != nil {
		return nil, fmt.Errorf("sqlite: relations of: %w", err)
	}
	q, err := relationQuery(f)
	if err != nil {
		return nil, fmt.Errorf("sqlite: relations of: %w", err)
	}
	// Each entity's relations are an ordered, limited subquery of their
	// own, correlated on the entity (both ends through their indexes), so
	// each costs what a one-entity page costs. Numbering every entity's
	// relations with ROW_NUMBER() OVER (PARTITION BY entity) and keeping
	// the first n was twice as slow as one query per entity on a corpus
	// with well-connected entities: it sorts all their relations.
	return s.relationsPer(ctx, s.r, "relations of", entityIDs, relationsOfMatch, q, n)
}

// relationsOfMatch is RelationsOf's condition: the entity at either end.
const relationsOfMatch = "(r.source = ids.id OR r.target = ids.id)"

// RelationsOfEnds is RelationsOf with the entities involved, read in one
// transaction (one snapshot; an embedded store pays no round trip per
// statement): the relations, then the entities asked about and those at
// the relations' ends. See kg.Store.
func (s *Store) RelationsOfEnds(ctx context.Context, entityIDs []string, f kg.RelationFilter, perEntity int) (map[string][]kg.Relation, map[string]kg.Entity, error) {
	const op = "relations of with ends"
	if err := s.check(op); err != nil {
		return nil, nil, err
	}
	n, err := kg.CheckRelationsOf(f, perEntity)
	if err != nil {
		return nil, nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	q, err := relationQuery(f)
	if err != nil {
		return nil, nil, fmt.Errorf("sqlite: %s: %w", op, err)
	}
	tx, err := s.r.BeginTx(ctx, nil)
	if err != nil {
		return nil, nil, s.fail(op, err)
	}
	defer tx.Rollback()
	rels, err := s.relationsPer(ctx, tx, op, entityIDs, relationsOfMatch, q, n)
	if err != nil {
		return nil, nil, err
	}
	ids := slices.Clone(entityIDs)
	for _, rs := range rels {
		for _, r := range rs {
			ids = append(ids, r.Source, r.Target)
		}
	}
	es, err := s.entitiesByID(ctx, tx, ids)
	if err != nil {
		return nil, nil, err
	}
	ents := make(map[string]kg.Entity, len(es))
	for _, e := range es {
		ents[e.ID] = e
	}
	return rels, ents, nil
}

// relationsPer answers RelationsOf and RelationsIn in one statement: for
// each distinct non-empty id, the first n relations that match (an SQL
// condition on r and ids.id) and pass q, in relation order.
func (s *Store) relationsPer(ctx context.Context, db querier, op string, ids []string, match string, q query, n int) (map[string][]kg.Relation, error) {
	out := make(map[string][]kg.Relation)
	if len(ids) == 0 {
		return out, nil
	}
	cond := ""
	if len(q.where) > 0 {
		cond = " AND " + strings.Join(q.where, " AND ")
	}
	stmt := `WITH ids (id) AS (SELECT DISTINCT value FROM json_each(?) WHERE value <> '')
SELECT ids.id, ` + relationCols + `
FROM ids JOIN relations r ON r.rk IN (
	SELECT r.rk FROM relations r WHERE ` + match + cond + `
	ORDER BY r.sort_date, r.id LIMIT ?)
ORDER BY ids.id, r.sort_date, r.id`
	args := []any{jsonStrings(ids)}
	args = append(args, q.args...)
	args = append(args, n)
	rows, err := db.QueryContext(ctx, stmt, args...)
	if err != nil {
		return nil, s.fail(op, err)
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		r, err := scanRelation(scanFunc(func(dest ...any) error {
			return rows.Scan(append([]any{&id}, dest...)...)
		}))
		if err != nil {
			return nil, s.fail(op, err)
		}
		out[id] = append(out[id], r)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail(op, err)
	}
	return out, nil
}

// ArticlesOf returns each entity's newest articles; see kg.Store. As in
// RelationsOf, each entity's articles are an ordered, limited subquery of
// their own, served by the mentions_entity index.
func (s *Store) ArticlesOf(ctx context.Context, entityIDs []string, perEntity int) (map[string][]kg.Article, error) {
	if err := s.check("articles of"); err != nil {
		return nil, err
	}
	n, err := kg.CheckArticlesOf(perEntity)
	if err != nil {
		return nil, fmt.Errorf("sqlite: articles of: %w", err)
	}
	out := make(map[string][]kg.Article)
	if len(entityIDs) == 0 {
		return out, nil
	}
	stmt := `WITH ids (id) AS (SELECT DISTINCT value FROM json_each(?) WHERE value <> '')
SELECT ids.id, ` + articleCols + `
FROM ids JOIN articles a ON a.id IN (
	SELECT a.id FROM mentions m JOIN articles a ON a.id = m.article_id
	WHERE m.entity_id = ids.id` + order.By("a.date", "a.id", true, false) + ` LIMIT ?)
ORDER BY ids.id,` + strings.TrimPrefix(order.By("a.date", "a.id", true, false), " ORDER BY")
	rows, err := s.r.QueryContext(ctx, stmt, jsonStrings(entityIDs), n)
	if err != nil {
		return nil, s.fail("articles of", err)
	}
	defer rows.Close()
	for rows.Next() {
		var eid string
		a, err := scanArticle(scanFunc(func(dest ...any) error {
			return rows.Scan(append([]any{&eid}, dest...)...)
		}))
		if err != nil {
			return nil, s.fail("articles of", err)
		}
		out[eid] = append(out[eid], a)
	}
	if err := rows.Err(); err != nil {
		return nil, s.fail("articles of", err)
	}
	return out, nil
}

// RelationsIn returns each article's first relations; see kg.Store. As in
// RelationsOf, each article's relations are an ordered, limited subquery
// of their own, served by the relations_article index.
func (s *Store) RelationsIn(ctx context.Context, articleIDs []string, types []kg.RelType, perArticle int) (map[string][]kg.Relation, error) {
	if err := s.check("relations in"); err != nil {
		return nil, err
	}
	n, err := kg.CheckRelationsIn(types, perArticle)
	if err != nil {
		return nil, fmt.Errorf("sqlite: relations in: %w", err)
	}
	q, err := relationQuery(kg.RelationFilter{Types: types})
	if err != nil {
		return nil, fmt.Errorf("sqlite: relations in: %w", err)
	}
	return s.relationsPer(ctx, s.r, "relations in", articleIDs, "r.article_id = ids.id", q, n)
}
