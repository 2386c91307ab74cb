package neo4j

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/kg"
)

// Entity returns one entity; see kg.Store.
func (s *Store) Entity(ctx context.Context, id string) (kg.Entity, error) {
	if err := s.check("entity"); err != nil {
		return kg.Entity{}, err
	}
	recs, err := s.query(ctx, "MATCH (e:Entity {id: $id}) RETURN e"+entityProj+" AS e", map[string]any{"id": id})
	if err != nil {
		return kg.Entity{}, s.fail("entity "+id, err)
	}
	if len(recs) == 0 {
		return kg.Entity{}, fmt.Errorf("neo4j: entity %q: %w", id, kg.ErrNotFound)
	}
	e, err := entityOf(recs[0].Values[0])
	if err != nil {
		return kg.Entity{}, fmt.Errorf("neo4j: entity %q: %w", id, err)
	}
	return e, nil
}

// EntitiesByID returns the entities that exist among ids, ordered by ID;
// see kg.Store.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) ([]kg.Entity, error) {
	if err := s.check("entities by id"); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, nil
	}
	recs, err := s.query(ctx, "UNWIND $ids AS id MATCH (e:Entity {id: id}) WITH DISTINCT e RETURN e"+entityProj+" AS e ORDER BY e.id",
		map[string]any{"ids": ids})
	if err != nil {
		return nil, s.fail("entities by id", err)
	}
	return entitiesOf(recs, 0)
}

func entitiesOf(recs []*neo4j.Record, col int) ([]kg.Entity, error) {
	var out []kg.Entity
	for _, rec := range recs {
		e, err := entityOf(rec.Values[col])
		if err != nil {
			return nil, fmt.Errorf("neo4j: %w", err)
		}
		out = append(out, e)
	}
	return out, nil
}

func entityQuery(f kg.EntityFilter) (query, error) {
	q := newQuery("MATCH (e:Entity)")
	q.ret = "e"
	if err := f.Check(); err != nil {
		return q, err
	}
	if len(f.Kinds) > 0 {
		ks := make([]string, len(f.Kinds))
		for i, k := range f.Kinds {
			ks[i] = string(k)
		}
		q.and("e.kind IN $kinds")
		q.set("kinds", ks)
	}
	if f.Name != "" {
		q.and("e.search_key CONTAINS $name")
		q.set("name", kg.FoldName(f.Name))
	}
	if !f.SeenFrom.IsZero() {
		q.and("e.last_seen <> '' AND e.last_seen >= $seen_from")
		q.set("seen_from", kg.FormatDate(f.SeenFrom))
	}
	if !f.SeenTo.IsZero() {
		q.and("e.first_seen <> '' AND e.first_seen <= $seen_to")
		q.set("seen_to", kg.FormatDate(f.SeenTo))
	}
	return q, nil
}

func entityKeyset(o kg.EntityOrder) (keyset, error) {
	switch o {
	case kg.ByMentions, "":
		return keyset{key: "e.ord_mentions", ord: func(c kg.Cursor) string { return ordMentions(c.Num, c.ID) }}, nil
	case kg.ByName:
		return keyset{key: "e.ord_name", ord: func(c kg.Cursor) string { return ordName(c.Key, c.ID) }}, nil
	case kg.ByLastSeen:
		return keyset{key: "e.ord_last_seen", ord: func(c kg.Cursor) string { return ordNewest(c.Key, c.ID) }}, nil
	}
	return keyset{}, fmt.Errorf("entity order %q: %w", o, kg.ErrInvalid)
}

// Entities lists one page of entities; see kg.Store.
func (s *Store) Entities(ctx context.Context, f kg.EntityFilter, p kg.Page) (kg.EntityPage, error) {
	if err := s.check("entities"); err != nil {
		return kg.EntityPage{}, err
	}
	var page kg.EntityPage
	q, err := entityQuery(f)
	if err != nil {
		return page, fmt.Errorf("neo4j: entities: %w", err)
	}
	k, err := entityKeyset(f.Order)
	if err != nil {
		return page, fmt.Errorf("neo4j: entities: %w", err)
	}
	// Always true, but it lets the planner walk the order's range index
	// and stop after the page instead of sorting every entity.
	q.and(k.key + " IS NOT NULL")
	cursors, info, _, err := s.paginate(ctx, "entities", q, "e"+entityProj, k, p, pageExtra{}, func(v any) (kg.Cursor, error) {
		e, err := entityOf(v)
		if err != nil {
			return kg.Cursor{}, err
		}
		page.Entities = append(page.Entities, e)
		return kg.EntityCursor(e, f.Order), nil
	})
	if err != nil {
		return kg.EntityPage{}, err
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
		return 0, fmt.Errorf("neo4j: count entities: %w", err)
	}
	recs, err := s.query(ctx, q.cypher("RETURN count(e) AS n"), q.params)
	if err != nil {
		return 0, s.fail("count entities", err)
	}
	n, _ := recs[0].Values[0].(int64)
	return int(n), nil
}

var relationKeyset = keyset{key: "r.ord", ord: func(c kg.Cursor) string { return ordOldest(c.Key, c.ID) }}

// ordExists is always true; it lets each type walk its order index.
const ordExists = "r.ord IS NOT NULL"

func relationQuery(f kg.RelationFilter) (query, error) {
	if err := f.Check(); err != nil {
		return query{}, err
	}
	// An entity pinned at an end (the source if given, else the target,
	// else either end) is read from its src_ord or dst_ord indexes, in
	// relation order from the cursor: one seek per type and end, cut at
	// the page, however many relations the entity has. The conditions
	// below repeat every other end filter, so any combination holds.
	end, ends := "", []string(nil)
	switch {
	case f.Source != "":
		end, ends = f.Source, []string{"src_ord"}
	case f.Target != "":
		end, ends = f.Target, []string{"dst_ord"}
	case f.Entity != "":
		end, ends = f.Entity, []string{"src_ord", "dst_ord"}
	}
	q := newQuery("")
	q.ret = "r"
	for _, t := range kg.RelTypes {
		if len(f.Types) > 0 && !slices.Contains(f.Types, t) {
			continue
		}
		rt := relType(t)
		if end == "" {
			q.union = append(q.union, branch{match: "MATCH (s:Entity)-[r:" + rt + "]->(t)"})
			continue
		}
		for _, e := range ends {
			// Only entities are sources of these types: no label to check.
			q.union = append(q.union, branch{match: "MATCH (s)-[r:" + rt + "]->(t) USING INDEX SEEK r:" + rt + "(" + e + ")", key: "r." + e})
		}
	}
	if end != "" {
		// endOrd: the end's ID and a NUL, then ord; no ID holds a NUL,
		// so the end's relations are the keys from its ID and a NUL up to
		// its ID and the next byte.
		q.seek, q.seekEnd = endOrd(end, ""), end+"\x01"
	} else {
		q.and(ordExists)
	}
	// The seek implies the end it reads, unless that ID holds a NUL
	// (minted IDs never do; a filter may): then its range could reach
	// into the keys of another ID, and the end is checked too.
	exact := strings.ContainsRune(end, 0)
	if f.Source != "" && exact {
		q.and("s.id = $source")
		q.set("source", f.Source)
	}
	if f.Target != "" && (f.Source != "" || exact) {
		q.and("t:Entity AND t.id = $target")
		q.set("target", f.Target)
	}
	if f.Entity != "" && (f.Source != "" || f.Target != "" || exact) {
		q.and("(s.id = $entity OR (t:Entity AND t.id = $entity))")
		q.set("entity", f.Entity)
	}
	if len(f.Statuses) > 0 {
		ss := make([]string, len(f.Statuses))
		for i, st := range f.Statuses {
			ss[i] = string(st)
		}
		q.and("r.status IN $statuses")
		q.set("statuses", ss)
	}
	if f.ArticleID != "" {
		q.and("r.article_id = $article_id")
		q.set("article_id", f.ArticleID)
	}
	if !f.From.IsZero() {
		q.and("r.date <> '' AND r.date >= $from")
		q.set("from", kg.FormatDate(f.From))
	}
	if !f.To.IsZero() {
		q.and("r.date <> '' AND r.date <= $to")
		q.set("to", kg.FormatDate(f.To))
	}
	if f.Text != "" {
		q.and("(r.lower_quote CONTAINS $text OR r.lower_sentence CONTAINS $text)")
		q.set("text", strings.ToLower(f.Text))
	}
	return q, nil
}

// Relations lists one page of relations; see kg.Store.
func (s *Store) Relations(ctx context.Context, f kg.RelationFilter, p kg.Page) (kg.RelationPage, error) {
	page, _, err := s.relations(ctx, "relations", f, p, false)
	return page, err
}

// RelationsWithEnds lists one page of relations with the entities
// involved, in one statement; see kg.Store.
func (s *Store) RelationsWithEnds(ctx context.Context, f kg.RelationFilter, p kg.Page) (kg.RelationPage, map[string]kg.Entity, error) {
	return s.relations(ctx, "relations with ends", f, p, true)
}

// relationEnds reads, along with a page of relations, the distinct
// entities at their ends and those the filter pins ($pins).
var relationEnds = pageExtra{
	call: `CALL {
  WITH page
  UNWIND page AS r
  UNWIND [startNode(r), endNode(r)] AS e
  WITH DISTINCT e WHERE e:Entity
  RETURN collect(e` + entityProj + `) AS ends
}
CALL {
  UNWIND $pins AS id
  MATCH (x:Entity {id: id})
  RETURN collect(x` + entityProj + `) AS pinned
}`,
	cols: "ends + pinned AS ends",
}

// relations lists one page of relations, and when ends is set the
// entities involved (relationEnds), in one statement.
func (s *Store) relations(ctx context.Context, op string, f kg.RelationFilter, p kg.Page, ends bool) (kg.RelationPage, map[string]kg.Entity, error) {
	if err := s.check(op); err != nil {
		return kg.RelationPage{}, nil, err
	}
	var page kg.RelationPage
	q, err := relationQuery(f)
	if err != nil {
		return page, nil, fmt.Errorf("neo4j: %s: %w", op, err)
	}
	var extra pageExtra
	if ends {
		extra = relationEnds
		pins := []string{}
		for _, id := range []string{f.Entity, f.Source, f.Target} {
			if id != "" && !slices.Contains(pins, id) {
				pins = append(pins, id)
			}
		}
		q.set("pins", pins)
	}
	cursors, info, more, err := s.paginate(ctx, op, q, relProj("r"), relationKeyset, p, extra, func(v any) (kg.Cursor, error) {
		r, err := relationOf(v)
		if err != nil {
			return kg.Cursor{}, err
		}
		page.Relations = append(page.Relations, r)
		return kg.RelationCursor(r), nil
	})
	if err != nil {
		return kg.RelationPage{}, nil, err
	}
	page.Cursors, page.PageInfo = cursors, info
	if !ends {
		return page, nil, nil
	}
	list, _ := more[0].([]any)
	ents := make(map[string]kg.Entity, len(list))
	for _, v := range list {
		e, err := entityOf(v)
		if err != nil {
			return kg.RelationPage{}, nil, fmt.Errorf("neo4j: %s: %w", op, err)
		}
		ents[e.ID] = e
	}
	return page, ents, nil
}

// Article returns one article; see kg.Store.
func (s *Store) Article(ctx context.Context, id string) (kg.Article, error) {
	if err := s.check("article"); err != nil {
		return kg.Article{}, err
	}
	recs, err := s.query(ctx, "MATCH (a:Article {id: $id}) RETURN a"+articleProj+" AS a", map[string]any{"id": id})
	if err != nil {
		return kg.Article{}, s.fail("article "+id, err)
	}
	if len(recs) == 0 {
		return kg.Article{}, fmt.Errorf("neo4j: article %q: %w", id, kg.ErrNotFound)
	}
	a, err := articleOf(recs[0].Values[0])
	if err != nil {
		return kg.Article{}, fmt.Errorf("neo4j: article %q: %w", id, err)
	}
	return a, nil
}

// Articles lists one page of articles, newest first; see kg.Store.
func (s *Store) Articles(ctx context.Context, f kg.ArticleFilter, p kg.Page) (kg.ArticlePage, error) {
	if err := s.check("articles"); err != nil {
		return kg.ArticlePage{}, err
	}
	var page kg.ArticlePage
	q := newQuery("MATCH (a:Article)")
	if f.EntityID != "" {
		q = newQuery("MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $entity})")
		q.set("entity", f.EntityID)
	}
	if !f.From.IsZero() {
		q.and("a.date <> '' AND a.date >= $from")
		q.set("from", kg.FormatDate(f.From))
	}
	if !f.To.IsZero() {
		q.and("a.date <> '' AND a.date <= $to")
		q.set("to", kg.FormatDate(f.To))
	}
	q.ret = "a"
	k := keyset{key: "a.ord", ord: func(c kg.Cursor) string { return ordNewest(c.Key, c.ID) }}
	q.and("a.ord IS NOT NULL") // always true; lets the planner walk article_order
	cursors, info, _, err := s.paginate(ctx, "articles", q, "a"+articleProj, k, p, pageExtra{}, func(v any) (kg.Cursor, error) {
		a, err := articleOf(v)
		if err != nil {
			return kg.Cursor{}, err
		}
		page.Articles = append(page.Articles, a)
		return kg.ArticleCursor(a), nil
	})
	if err != nil {
		return kg.ArticlePage{}, err
	}
	page.Cursors, page.PageInfo = cursors, info
	return page, nil
}

// ArticleEntities returns the entities each article mentions, most
// mentioned first; every stored article asked for has an entry.
func (s *Store) ArticleEntities(ctx context.Context, articleIDs []string) (map[string][]kg.EntityMentions, error) {
	if err := s.check("article entities"); err != nil {
		return nil, err
	}
	out := make(map[string][]kg.EntityMentions)
	if len(articleIDs) == 0 {
		return out, nil
	}
	recs, err := s.query(ctx, `UNWIND $ids AS id
MATCH (a:Article {id: id})
WITH DISTINCT a
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
RETURN a.id AS article, m.count AS count, CASE WHEN e IS NULL THEN NULL ELSE e`+entityProj+` END AS e,
  m.span_starts AS starts, m.span_ends AS ends, m.span_texts AS texts`,
		map[string]any{"ids": articleIDs})
	if err != nil {
		return nil, s.fail("article entities", err)
	}
	for _, rec := range recs {
		aid, _ := rec.Values[0].(string)
		if _, ok := out[aid]; !ok {
			out[aid] = []kg.EntityMentions{}
		}
		if rec.Values[2] == nil {
			continue
		}
		e, err := entityOf(rec.Values[2])
		if err != nil {
			return nil, fmt.Errorf("neo4j: article entities: %w", err)
		}
		n, _ := rec.Values[1].(int64)
		spans, err := spansOf(e.ID, rec.Values[3], rec.Values[4], rec.Values[5])
		if err != nil {
			return nil, fmt.Errorf("neo4j: article entities: %w", err)
		}
		out[aid] = append(out[aid], kg.EntityMentions{Entity: e, Count: int(n), Spans: spans})
	}
	for _, ms := range out {
		sort.Slice(ms, func(i, j int) bool {
			if ms[i].Count != ms[j].Count {
				return ms[i].Count > ms[j].Count
			}
			return ms[i].Entity.ID < ms[j].Entity.ID
		})
	}
	return out, nil
}

// Stats counts what is stored, from Neo4j's count store (constant time per
// label and type); see kg.Store.
func (s *Store) Stats(ctx context.Context) (kg.Stats, error) {
	if err := s.check("stats"); err != nil {
		return kg.Stats{}, err
	}
	st := kg.Stats{Entities: make(map[kg.Kind]int), Relations: make(map[kg.RelType]int)}
	var parts []string
	parts = append(parts, "CALL { MATCH (a:Article) RETURN count(a) AS articles }")
	ret := []string{"articles"}
	for i, k := range kg.Kinds {
		parts = append(parts, fmt.Sprintf("CALL { MATCH (e:%s) RETURN count(e) AS k%d }", label(k), i))
		ret = append(ret, fmt.Sprintf("k%d", i))
	}
	for i, t := range kg.RelTypes {
		parts = append(parts, fmt.Sprintf("CALL { MATCH ()-[r:%s]->() RETURN count(r) AS t%d }", relType(t), i))
		ret = append(ret, fmt.Sprintf("t%d", i))
	}
	recs, err := s.query(ctx, strings.Join(parts, " ")+" RETURN "+strings.Join(ret, ", "), nil)
	if err != nil {
		return st, s.fail("stats", err)
	}
	v := recs[0].Values
	n := func(i int) int { x, _ := v[i].(int64); return int(x) }
	st.Articles = n(0)
	for i, k := range kg.Kinds {
		st.Entities[k] = n(1 + i)
	}
	for i, t := range kg.RelTypes {
		st.Relations[t] = n(1 + len(kg.Kinds) + i)
	}
	return st, nil
}
