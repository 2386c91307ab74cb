package neo4j

import (
	"context"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/kg"
)

// Search ranks entities by how their name, aliases or evidence sentences
// match text; see kg.Store and the storetest package doc. Matching is on
// folded text (kg.FoldName) so that case and diacritics do not matter, and
// is a substring match served by the TEXT (trigram) indexes on the entity
// search key and on each relation type's folded sentence.
func (s *Store) Search(ctx context.Context, text string, kinds []kg.Kind, limit int) ([]kg.SearchHit, error) {
	if err := s.check("search"); err != nil {
		return nil, err
	}
	const op = "search"
	q, limit, err := kg.CheckSearch(text, kinds, limit)
	if err != nil {
		return nil, fmt.Errorf("neo4j: %s: %w", op, err)
	}
	if q == "" {
		return []kg.SearchHit{}, nil // nothing to look for
	}
	ks := make([]string, len(kinds))
	for i, k := range kinds {
		ks[i] = string(k)
	}
	params := map[string]any{"q": q, "kinds": ks}
	kindCond := "(size($kinds) = 0 OR e.kind IN $kinds)"

	// Name tiers are graded on the server so that only the best limit
	// entities travel (the tiers rank as kg.ScoreExact..kg.ScorePartial do);
	// kg.GradeName then says what matched for those.
	params["limit"] = int64(limit)
	recs, err := s.query(ctx, `MATCH (e:Entity)
WHERE e.search_key CONTAINS $q AND `+kindCond+`
WITH e, CASE
  WHEN e.sort_name = $q THEN 5
  WHEN e.sort_name STARTS WITH $q THEN 4
  WHEN any(a IN e.fold_aliases WHERE a STARTS WITH $q) THEN 3
  ELSE 2 END AS tier
RETURN e`+entityProj+` AS e ORDER BY tier DESC, e.mentions DESC, e.id LIMIT $limit`, params)
	if err != nil {
		return nil, s.fail(op, err)
	}
	es, err := entitiesOf(recs, 0)
	if err != nil {
		return nil, err
	}
	var hits []kg.SearchHit
	seen := make(map[string]bool)
	for _, e := range es {
		if h, ok := kg.GradeName(e, q); ok {
			hits = append(hits, h)
			seen[e.ID] = true
		}
	}
	if len(hits) >= limit {
		// Evidence hits rank below every name hit: none would make the cut.
		return kg.RankHits(hits, limit), nil
	}

	// Evidence: the ends of relations whose folded sentence contains the
	// text, each with the sentence of its matching relation of least ID.
	// One branch per type, so each uses its type's text index.
	var branches []string
	for _, t := range kg.RelTypes {
		branches = append(branches, "MATCH (s:Entity)-[r:"+relType(t)+"]->(t) WHERE r.fold_sentence CONTAINS $q RETURN r.id AS rid, r.sentence AS sentence, s.id AS sid, CASE WHEN t:Entity THEN t.id ELSE '' END AS tid")
	}
	named := make([]string, 0, len(seen))
	for id := range seen {
		named = append(named, id)
	}
	params["named"] = named
	params["limit"] = int64(limit - len(hits))
	recs, err = s.query(ctx, "CALL { "+strings.Join(branches, " UNION ALL ")+` }
UNWIND [sid, tid] AS eid
WITH eid, rid, sentence WHERE eid <> '' AND NOT eid IN $named
WITH eid, rid, sentence ORDER BY rid
WITH eid, head(collect(sentence)) AS sentence
MATCH (e:Entity {id: eid}) WHERE `+kindCond+`
RETURN sentence, e`+entityProj+` AS e ORDER BY e.mentions DESC, e.id LIMIT $limit`, params)
	if err != nil {
		return nil, s.fail(op, err)
	}
	for _, rec := range recs {
		e, err := entityOf(rec.Values[1])
		if err != nil {
			return nil, fmt.Errorf("neo4j: %s: %w", op, err)
		}
		sentence, _ := rec.Values[0].(string)
		hits = append(hits, kg.SearchHit{Entity: e, Score: kg.ScoreEvidence, Matched: sentence, Field: "evidence"})
	}
	return kg.RankHits(hits, limit), nil
}
