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

	// One statement: the name tiers are graded on the server so that only
	// the best limit entities travel (the tiers rank as
	// kg.ScoreExact..kg.ScorePartial do; kg.GradeName then says what
	// matched for those); evidence is searched only when fewer than limit
	// names match, since evidence hits rank below every name hit. Evidence
	// hits are the ends of relations whose folded sentence contains the
	// text, each with the sentence of its matching relation of least ID;
	// one UNION branch per type, so each uses its type's text index.
	params["limit"] = int64(limit)
	var branches []string
	for _, t := range kg.RelTypes {
		branches = append(branches, "MATCH (s:Entity)-[r:"+relType(t)+"]->(t) WHERE r.fold_sentence CONTAINS $q RETURN r.id AS rid, r.sentence AS sentence, s.id AS sid, CASE WHEN t:Entity THEN t.id ELSE '' END AS tid")
	}
	recs, err := s.query(ctx, `CALL {
  MATCH (e:Entity)
  WHERE e.search_key CONTAINS $q AND `+kindCond+`
  WITH e, CASE
    WHEN e.sort_name = $q THEN 5
    WHEN e.sort_name STARTS WITH $q THEN 4
    WHEN any(a IN e.fold_aliases WHERE a STARTS WITH $q) THEN 3
    ELSE 2 END AS tier
  ORDER BY tier DESC, e.mentions DESC, e.id
  LIMIT $limit
  RETURN collect(e) AS named
}
CALL {
  WITH named
  WITH [n IN named | n.id] AS ids WHERE size(ids) < $limit
  CALL { `+strings.Join(branches, " UNION ALL ")+` }
  UNWIND [sid, tid] AS eid
  WITH ids, eid, rid, sentence WHERE eid <> '' AND NOT eid IN ids
  WITH ids, eid, rid, sentence ORDER BY rid
  WITH ids, eid, head(collect(sentence)) AS sentence
  MATCH (e:Entity {id: eid}) WHERE `+kindCond+`
  WITH ids, sentence, e ORDER BY e.mentions DESC, e.id
  RETURN collect({sentence: sentence, e: e`+entityProj+`}) AS evidence
}
RETURN [n IN named | n`+entityProj+`] AS named, evidence[..$limit - size(named)] AS evidence`, params)
	if err != nil {
		return nil, s.fail(op, err)
	}
	if len(recs) != 1 {
		return nil, fmt.Errorf("neo4j: %s: %d rows, want 1", op, len(recs))
	}
	named, ok1 := recs[0].Values[0].([]any)
	evidence, ok2 := recs[0].Values[1].([]any)
	if !ok1 || !ok2 {
		return nil, fmt.Errorf("neo4j: %s: columns %T, %T", op, recs[0].Values[0], recs[0].Values[1])
	}
	var hits []kg.SearchHit
	for _, v := range named {
		e, err := entityOf(v)
		if err != nil {
			return nil, fmt.Errorf("neo4j: %s: %w", op, err)
		}
		if h, ok := kg.GradeName(e, q); ok {
			hits = append(hits, h)
		}
	}
	for _, v := range evidence {
		m, _ := v.(map[string]any)
		e, err := entityOf(m["e"])
		if err != nil {
			return nil, fmt.Errorf("neo4j: %s: %w", op, err)
		}
		sentence, _ := m["sentence"].(string)
		hits = append(hits, kg.SearchHit{Entity: e, Score: kg.ScoreEvidence, Matched: sentence, Field: "evidence"})
	}
	return kg.RankHits(hits, limit), nil
}
