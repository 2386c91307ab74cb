package neo4j

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/kg"
)

// backfill derives the properties later versions of this store added
// (order strings, folded and lowered copies) on nodes and relationships
// written before them, in batches, so that a database filled by an older
// build still lists and matches everything. Open runs it when it had to
// create the index that came with them; each step scans its label or type
// once.
func (s *Store) backfill(ctx context.Context) error {
	const batch = 5000
	for {
		recs, err := s.query(ctx, `MATCH (e:Entity) WHERE e.ord_mentions IS NULL OR e.ord_name IS NULL OR e.fold_aliases IS NULL
RETURN e.id, e.name, e.mentions, e.aliases, e.first_seen, e.last_seen LIMIT $n`, map[string]any{"n": int64(batch)})
		if err != nil {
			return s.fail("backfill entities", err)
		}
		if len(recs) == 0 {
			break
		}
		rows := make([]map[string]any, 0, len(recs))
		for _, rec := range recs {
			v := rec.Values
			id, _ := v[0].(string)
			name, _ := v[1].(string)
			n, _ := v[2].(int64)
			first, _ := v[4].(string)
			last, _ := v[5].(string)
			var p props
			aliases := p.strList("aliases", v[3])
			if p.err != nil {
				return fmt.Errorf("neo4j: backfill entity %q: %w", id, p.err)
			}
			t := &tally{}
			t.add(n, aliases, first)
			t.add(0, nil, last)
			row := t.row(id, name, kg.FoldName(name))
			row["sort_name"] = kg.FoldName(name)
			row["ord_name"] = ordName(kg.FoldName(name), id)
			rows = append(rows, row)
		}
		if err := s.exec(ctx, `UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.sort_name = row.sort_name, e.ord_name = row.ord_name, e.fold_aliases = row.fold_aliases,
  e.search_key = row.search_key, e.ord_mentions = row.ord_mentions, e.ord_last_seen = row.ord_last_seen`,
			map[string]any{"rows": rows}); err != nil {
			return s.fail("backfill entities", err)
		}
		s.log.Info("neo4j backfill", "what", "entities", "count", len(rows))
	}
	for {
		recs, err := s.query(ctx, "MATCH (a:Article) WHERE a.ord IS NULL RETURN a.id, a.date LIMIT $n", map[string]any{"n": int64(batch)})
		if err != nil {
			return s.fail("backfill articles", err)
		}
		if len(recs) == 0 {
			break
		}
		rows := make([]map[string]any, 0, len(recs))
		for _, rec := range recs {
			id, _ := rec.Values[0].(string)
			date, _ := rec.Values[1].(string)
			rows = append(rows, map[string]any{"id": id, "ord": ordNewest(date, id)})
		}
		if err := s.exec(ctx, "UNWIND $rows AS row MATCH (a:Article {id: row.id}) SET a.ord = row.ord", map[string]any{"rows": rows}); err != nil {
			return s.fail("backfill articles", err)
		}
		s.log.Info("neo4j backfill", "what", "articles", "count", len(rows))
	}
	for _, t := range kg.RelTypes {
		rt := relType(t)
		for {
			recs, err := s.query(ctx, "MATCH ()-[r:"+rt+"]->() WHERE r.ord IS NULL OR r.lower_sentence IS NULL OR r.fold_sentence IS NULL "+
				"RETURN r.id, r.quote, r.sentence, r.date LIMIT $n",
				map[string]any{"n": int64(batch)})
			if err != nil {
				return s.fail("backfill relations", err)
			}
			if len(recs) == 0 {
				break
			}
			rows := make([]map[string]any, 0, len(recs))
			for _, rec := range recs {
				id, _ := rec.Values[0].(string)
				quote, _ := rec.Values[1].(string)
				sentence, _ := rec.Values[2].(string)
				date, _ := rec.Values[3].(string)
				r := kg.Relation{ID: id, Quote: quote, Evidence: kg.Evidence{Sentence: sentence}}
				props := relationRow(&r)["props"].(map[string]any)
				rows = append(rows, map[string]any{"id": id, "fold_sentence": props["fold_sentence"],
					"lower_quote": props["lower_quote"], "lower_sentence": props["lower_sentence"],
					"ord": ordOldest(date, id)})
			}
			if err := s.exec(ctx, "UNWIND $rows AS row MATCH ()-[r:"+rt+" {id: row.id}]->() "+
				"SET r.fold_sentence = row.fold_sentence, r.lower_quote = row.lower_quote, r.lower_sentence = row.lower_sentence, r.ord = row.ord",
				map[string]any{"rows": rows}); err != nil {
				return s.fail("backfill relations", err)
			}
			s.log.Info("neo4j backfill", "what", "relations", "type", rt, "count", len(rows))
		}
	}
	return nil
}

// backfillEndOrder sets src_ord and dst_ord (endOrd) on relations written
// before them, after backfill has given every relation its ord. Open runs
// it when it had to create their index. Each type is one statement that
// commits every 10,000 relations (CALL ... IN TRANSACTIONS, which needs an
// auto-commit transaction), so that a large database is scanned once.
func (s *Store) backfillEndOrder(ctx context.Context) error {
	for _, t := range kg.RelTypes {
		rt := relType(t)
		err := func() error {
			sess := s.session(ctx, neo4j.AccessModeWrite)
			defer sess.Close(context.WithoutCancel(ctx))
			res, err := sess.Run(ctx, `MATCH (s:Entity)-[r:`+rt+`]->(t) WHERE r.src_ord IS NULL
CALL {
  WITH s, r, t
  SET r.src_ord = s.id + '\u0000' + r.ord,
    r.dst_ord = CASE WHEN t:Entity THEN t.id + '\u0000' + r.ord END
} IN TRANSACTIONS OF 10000 ROWS`, nil)
			if err != nil {
				return err
			}
			sum, err := res.Consume(ctx)
			if err != nil {
				return err
			}
			s.log.Info("neo4j backfill", "what", "relation ends", "type", rt, "count", sum.Counters().PropertiesSet())
			return nil
		}()
		if err != nil {
			return s.fail("backfill relation ends", err)
		}
	}
	return nil
}

// backfillFan gives the summary groups written before the fan keys theirs
// (fanCypher), in place of the top_lo and top_hi they had. Open runs it
// when it had to create the fan keys' index; one statement committing
// every 10,000 groups.
func (s *Store) backfillFan(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(context.WithoutCancel(ctx))
	res, err := sess.Run(ctx, `MATCH (a)-[e:`+edgeType+`]->(b) WHERE e.fan_lo IS NULL
CALL {
  WITH a, b, e
  WITH e, a.id AS lo, b.id AS hi
  REMOVE e.top_lo, e.top_hi
  `+fanCypher("e", "lo", "hi")+`
} IN TRANSACTIONS OF 10000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return s.fail("backfill fan keys", err)
	}
	s.log.Info("neo4j backfill", "what", "summary fan keys")
	return nil
}
