package neo4j

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/internal/order"
)

// ArticlesByID returns the articles that exist among ids, ordered by ID;
// see kg.Store.
func (s *Store) ArticlesByID(ctx context.Context, ids []string) ([]kg.Article, error) {
	if err := s.check("articles by id"); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, nil
	}
	recs, err := s.query(ctx, "UNWIND $ids AS id MATCH (a:Article {id: id}) WITH DISTINCT a RETURN a"+articleProj+" AS a ORDER BY a.id",
		map[string]any{"ids": ids})
	if err != nil {
		return nil, s.fail("articles by id", err)
	}
	var out []kg.Article
	for _, rec := range recs {
		a, err := articleOf(rec.Values[0])
		if err != nil {
			return nil, fmt.Errorf("neo4j: articles by id: %w", err)
		}
		out = append(out, a)
	}
	return out, nil
}

// RelationsOf returns the first perEntity relations of each entity, in
// relation order, in one statement: a subquery per entity expands its
// relationships, filters, orders and cuts. See kg.Store.
func (s *Store) RelationsOf(ctx context.Context, entityIDs []string, f kg.RelationFilter, perEntity int) (map[string][]kg.Relation, error) {
	const op = "relations of"
	page, params, err := s.relationsOfPage(op, entityIDs, f, perEntity)
	if err != nil {
		return nil, err
	}
	if params == nil {
		return map[string][]kg.Relation{}, nil
	}
	recs, err := s.query(ctx, `UNWIND $ids AS eid
MATCH (x:Entity {id: eid})
`+page+`
UNWIND rs AS r
RETURN eid, `+relProj("r")+` AS rel`, params)
	if err != nil {
		return nil, s.fail(op, err)
	}
	return keyedRelations(recs, op)
}

// RelationsOfEnds is RelationsOf with the entities involved, in the same
// one statement: after each entity's page, the distinct entities at the
// ends of its relations. See kg.Store.
func (s *Store) RelationsOfEnds(ctx context.Context, entityIDs []string, f kg.RelationFilter, perEntity int) (map[string][]kg.Relation, map[string]kg.Entity, error) {
	const op = "relations of with ends"
	rels, ents := map[string][]kg.Relation{}, map[string]kg.Entity{}
	page, params, err := s.relationsOfPage(op, entityIDs, f, perEntity)
	if err != nil {
		return nil, nil, err
	}
	if params == nil {
		return rels, ents, nil
	}
	recs, err := s.query(ctx, relationsOfEndsQuery(page), params)
	if err != nil {
		return nil, nil, s.fail(op, err)
	}
	for _, rec := range recs {
		eid, _ := rec.Values[0].(string)
		list, _ := rec.Values[2].([]any)
		ends, _ := rec.Values[3].([]any)
		for _, v := range append([]any{rec.Values[1]}, ends...) {
			e, err := entityOf(v)
			if err != nil {
				return nil, nil, fmt.Errorf("neo4j: %s: %w", op, err)
			}
			ents[e.ID] = e
		}
		for _, v := range list {
			r, err := relationOf(v)
			if err != nil {
				return nil, nil, fmt.Errorf("neo4j: %s: %w", op, err)
			}
			rels[eid] = append(rels[eid], r)
		}
		sort.Slice(rels[eid], func(i, j int) bool { return relationLess(rels[eid][i], rels[eid][j]) })
	}
	return rels, ents, nil
}

// relationsOfEndsQuery is RelationsOfEnds' statement around page
// (relationsOfPage).
func relationsOfEndsQuery(page string) string {
	return `UNWIND $ids AS eid
MATCH (x:Entity {id: eid})
` + page + `
CALL {
  WITH x, rs
  UNWIND rs AS r
  UNWIND [startNode(r), endNode(r)] AS e
  WITH DISTINCT x, e WHERE e:Entity AND e <> x
  RETURN collect(e` + entityProj + `) AS ends
}
RETURN eid, x` + entityProj + ` AS x, [r IN rs | ` + relProj("r") + `] AS rels, ends`
}

// relationsOfPage checks RelationsOf's arguments and builds the subquery
// that, given x, the entity, yields rs, the list of its first relations in
// relation order, with the statement's parameters; nil parameters when no
// ID is left to ask about.
func (s *Store) relationsOfPage(op string, entityIDs []string, f kg.RelationFilter, perEntity int) (string, map[string]any, error) {
	if err := s.check(op); err != nil {
		return "", nil, err
	}
	n, err := kg.CheckRelationsOf(f, perEntity)
	if err != nil {
		return "", nil, fmt.Errorf("neo4j: %s: %w", op, err)
	}
	q, err := relationQuery(f)
	if err != nil {
		return "", nil, fmt.Errorf("neo4j: %s: %w", op, err)
	}
	ids := distinctIDs(entityIDs)
	if len(ids) == 0 {
		return "", nil, nil
	}
	var cond string
	for _, w := range q.where {
		if w != ordExists { // the branches seek their own indexes
			cond += " AND " + w
		}
	}
	q.params["ids"] = ids
	q.params["n"] = int64(n)
	// The filter pins no end, so its conditions are on r alone. The page
	// is merged from one seek per type and end, each in relation order
	// from its src_ord or dst_ord index (endOrd) and cut at n, so that it
	// reads a few entries per branch however many relations x has; r.ord
	// holds the ID, so it orders alone. A relation of x with itself comes
	// from both ends, once.
	var branches []string
	for _, t := range kg.RelTypes {
		if len(f.Types) > 0 && !slices.Contains(f.Types, t) {
			continue
		}
		rt := relType(t)
		for _, end := range []string{"src_ord", "dst_ord"} {
			branches = append(branches, `    WITH x
    MATCH ()-[r:`+rt+`]->() USING INDEX SEEK r:`+rt+`(`+end+`)
    WHERE r.`+end+` STARTS WITH x.id + '\u0000'`+cond+`
    RETURN r ORDER BY r.`+end+` LIMIT $n
`)
		}
	}
	return `CALL {
  WITH x
  CALL {
` + strings.Join(branches, "    UNION ALL\n") + `  }
  WITH DISTINCT r ORDER BY ` + relationKeyset.key + ` LIMIT $n
  RETURN collect(r) AS rs
}`, q.params, nil
}

// keyedRelations groups rows of (key, relation) by key, each group in
// relation order.
func keyedRelations(recs []*neo4j.Record, op string) (map[string][]kg.Relation, error) {
	out := make(map[string][]kg.Relation)
	for _, rec := range recs {
		key, _ := rec.Values[0].(string)
		r, err := relationOf(rec.Values[1])
		if err != nil {
			return nil, fmt.Errorf("neo4j: %s: %w", op, err)
		}
		out[key] = append(out[key], r)
	}
	for _, rs := range out {
		sort.Slice(rs, func(i, j int) bool { return relationLess(rs[i], rs[j]) })
	}
	return out, nil
}

// ArticlesOf returns each entity's newest articles; see kg.Store. One
// statement: per entity, its articles in article order (a.ord, newest
// first), limited.
func (s *Store) ArticlesOf(ctx context.Context, entityIDs []string, perEntity int) (map[string][]kg.Article, error) {
	const op = "articles of"
	if err := s.check(op); err != nil {
		return nil, err
	}
	n, err := kg.CheckArticlesOf(perEntity)
	if err != nil {
		return nil, fmt.Errorf("neo4j: %s: %w", op, err)
	}
	out := make(map[string][]kg.Article)
	ids := distinctIDs(entityIDs)
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := s.query(ctx, `UNWIND $ids AS eid
MATCH (x:Entity {id: eid})
CALL {
  WITH x
  MATCH (a:Article)-[:MENTIONS]->(x)
  WITH a ORDER BY a.ord LIMIT $n
  RETURN a`+articleProj+` AS a
}
RETURN eid, a`, map[string]any{"ids": ids, "n": int64(n)})
	if err != nil {
		return nil, s.fail(op, err)
	}
	for _, rec := range recs {
		eid, _ := rec.Values[0].(string)
		a, err := articleOf(rec.Values[1])
		if err != nil {
			return nil, fmt.Errorf("neo4j: %s: %w", op, err)
		}
		out[eid] = append(out[eid], a)
	}
	for _, as := range out {
		sort.Slice(as, func(i, j int) bool {
			return ordNewest(kg.FormatDate(as[i].Date), as[i].ID) < ordNewest(kg.FormatDate(as[j].Date), as[j].ID)
		})
	}
	return out, nil
}

// RelationsIn returns each article's first relations; see kg.Store. One
// statement: per article, one branch per relation type, each seeking its
// type's article_id index, merged in relation order and limited.
func (s *Store) RelationsIn(ctx context.Context, articleIDs []string, types []kg.RelType, perArticle int) (map[string][]kg.Relation, error) {
	const op = "relations in"
	if err := s.check(op); err != nil {
		return nil, err
	}
	n, err := kg.CheckRelationsIn(types, perArticle)
	if err != nil {
		return nil, fmt.Errorf("neo4j: %s: %w", op, err)
	}
	ids := distinctIDs(articleIDs)
	if len(ids) == 0 {
		return map[string][]kg.Relation{}, nil
	}
	var branches []string
	for _, t := range kg.RelTypes {
		if len(types) == 0 || slices.Contains(types, t) {
			branches = append(branches, "WITH aid MATCH (s:Entity)-[r:"+relType(t)+"]->(t) WHERE r.article_id = aid RETURN r")
		}
	}
	recs, err := s.query(ctx, `UNWIND $ids AS aid
CALL {
  WITH aid
  CALL { `+strings.Join(branches, " UNION ALL ")+` }
  WITH r ORDER BY `+relationKeyset.key+`, r.id LIMIT $n
  RETURN `+relProj("r")+` AS rel
}
RETURN aid, rel`, map[string]any{"ids": ids, "n": int64(n)})
	if err != nil {
		return nil, s.fail(op, err)
	}
	return keyedRelations(recs, op)
}

// distinctIDs drops empty and repeated IDs, keeping the first of each.
func distinctIDs(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	var out []string
	for _, id := range ids {
		if id != "" && !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// relationLess is relation order: date ascending, undated last, then ID.
func relationLess(a, b kg.Relation) bool {
	ka, kb := order.DateKey(kg.FormatDate(a.Date)), order.DateKey(kg.FormatDate(b.Date))
	if ka != kb {
		return ka < kb
	}
	return a.ID < b.ID
}
