package neo4j

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/newsgraph/newsgraph/kg"
)

// Upsert writes a batch of subgraphs in one write transaction. Every
// subgraph is validated first; the transaction then merges the articles
// (those already stored are left alone and reported unchanged), merges the
// new articles' entities (one UNWIND statement per kind), creates MENTIONS
// and relations (one statement per type), and adds the new articles'
// mentions to the aggregates of every entity it touched, as the entity
// merges read them back. Any error rolls the whole batch back.
func (s *Store) Upsert(ctx context.Context, batch []kg.Subgraph) ([]kg.UpsertResult, error) {
	if err := s.check("upsert"); err != nil {
		return nil, err
	}
	if err := checkBatch(batch); err != nil {
		return nil, fmt.Errorf("neo4j: upsert: %w", err)
	}
	if len(batch) == 0 {
		return []kg.UpsertResult{}, nil
	}
	// Article rows, first occurrence of each ID, in ID order so that
	// concurrent batches lock shared articles in the same order.
	var articles []map[string]any
	firstSeen := make(map[string]bool, len(batch))
	for i := range batch {
		if a := &batch[i].Article; !firstSeen[a.ID] {
			firstSeen[a.ID] = true
			articles = append(articles, articleRow(a))
		}
	}
	sort.Slice(articles, func(i, j int) bool { return articles[i]["id"].(string) < articles[j]["id"].(string) })
	start := time.Now()
	out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		// MERGE under the uniqueness constraint locks each article ID, so a
		// concurrent batch holding the same article waits for this one and
		// then finds it stored: exactly one writer creates an article.
		recs, err := txQuery(ctx, tx, cachedPlan+`UNWIND $rows AS row
MERGE (a:Article {id: row.id})
ON CREATE SET a += row, a._new = true
WITH a WHERE a._new
REMOVE a._new
RETURN a.id AS id`, map[string]any{"rows": articles})
		if err != nil {
			return nil, err
		}
		stored := make(map[string]bool, len(articles))
		for id := range firstSeen {
			stored[id] = true
		}
		for _, r := range recs {
			id, _ := r.Values[0].(string)
			delete(stored, id)
		}
		p, err := plan(batch, stored)
		if err != nil {
			return nil, err
		}
		if err := p.run(ctx, tx); err != nil {
			return nil, err
		}
		return p.results, nil
	})
	if err != nil {
		return nil, s.fail("upsert", err)
	}
	results := out.([]kg.UpsertResult)
	s.log.Debug("neo4j upsert", "articles", len(batch), "elapsed_ms", time.Since(start).Milliseconds())
	return results, nil
}

// cachedPlan prefixes Upsert's statements: keep the plan cached for the
// statement rather than plan it again when the store's statistics have
// moved (they move all the time during an ingest). Each of them finds what
// it touches by a unique ID through its constraint's index, the best plan
// at any size, and planning again was a fifth of the server's time in
// Upsert (a JFR profile of an ingest; BENCHMARKS.md, "Ingest
// throughput").
const cachedPlan = "CYPHER replan=skip "

// checkBatch validates every subgraph.
func checkBatch(batch []kg.Subgraph) error {
	for i := range batch {
		if err := batch[i].Validate(); err != nil {
			return err
		}
	}
	return nil
}

// writePlan is the rows of one batch, grouped the way the statements take
// them. Building it is pure, so a retried transaction rebuilds the same plan.
type writePlan struct {
	results   []kg.UpsertResult
	articles  int // new articles (created before the plan is made)
	entities  map[kg.Kind][]map[string]any
	mentions  []map[string]any
	relations map[kg.RelType][]map[string]any
	toArticle []map[string]any  // SAID without target
	touched   []string          // entity IDs whose aggregates change
	tallies   map[string]*tally // what the new articles add to them
	// relIDs are the new relation IDs by type, to check against the
	// relations stored under the other types (a type's own uniqueness
	// constraint covers it).
	relIDs map[kg.RelType][]string
	// summary is what the new statements add to the summary graph.
	summary []*groupDelta
}

func plan(batch []kg.Subgraph, stored map[string]bool) (*writePlan, error) {
	p := &writePlan{
		results:   make([]kg.UpsertResult, len(batch)),
		entities:  map[kg.Kind][]map[string]any{},
		relations: map[kg.RelType][]map[string]any{},
		relIDs:    map[kg.RelType][]string{},
		tallies:   map[string]*tally{},
	}
	seenRelation := map[string]bool{}
	var added []*kg.Relation
	seenArticle := map[string]bool{}
	seenEntity := map[string]map[string]any{}
	for i := range batch {
		sg := &batch[i]
		id := sg.Article.ID
		p.results[i] = kg.UpsertResult{ArticleID: id}
		if stored[id] || seenArticle[id] {
			p.results[i].Unchanged = true
			continue
		}
		seenArticle[id] = true
		p.results[i].Entities = len(sg.Entities)
		p.results[i].Relations = len(sg.Relations)
		spans := make(map[string][]kg.Mention)
		for _, m := range sg.Mentions {
			spans[m.EntityID] = append(spans[m.EntityID], m)
		}
		p.articles++

		for j := range sg.Entities {
			e := &sg.Entities[j]
			row, ok := seenEntity[e.ID]
			switch {
			case ok && row["kind"] != string(e.Kind):
				return nil, fmt.Errorf("article %s: entity %q is %s here and %v in an earlier article of the batch: %w", id, e.ID, e.Kind, row["kind"], kg.ErrConflict)
			case ok:
				// A later article of the batch fills what earlier ones
				// left empty, as it would in a later batch.
				fillRow(row, entityRow(e))
			default:
				row = entityRow(e)
				seenEntity[e.ID] = row
				p.entities[e.Kind] = append(p.entities[e.Kind], row)
				p.touched = append(p.touched, e.ID)
			}
			t := p.tallies[e.ID]
			if t == nil {
				t = &tally{}
				p.tallies[e.ID] = t
			}
			t.add(int64(e.Mentions), e.Aliases, kg.FormatDate(sg.Article.Date))
			starts, ends, texts := spanLists(spans[e.ID])
			p.mentions = append(p.mentions, map[string]any{
				"article": id, "entity": e.ID, "count": int64(e.Mentions),
				"aliases": nonNil(e.Aliases), "starts": starts, "ends": ends, "texts": texts,
			})
		}
		for j := range sg.Relations {
			r := &sg.Relations[j]
			if seenRelation[r.ID] {
				return nil, fmt.Errorf("article %s: relation %q is also in another article of the batch: %w", id, r.ID, kg.ErrConflict)
			}
			seenRelation[r.ID] = true
			p.relIDs[r.Type] = append(p.relIDs[r.Type], r.ID)
			if r.Target == "" {
				p.toArticle = append(p.toArticle, relationRow(r))
				continue
			}
			p.relations[r.Type] = append(p.relations[r.Type], relationRow(r))
			added = append(added, r)
		}
	}
	p.summary = groupDeltas(added)
	// Merging entities in one global order (kind, then ID) makes
	// concurrent batches take their locks in the same order: no deadlocks
	// between writers.
	for _, rows := range p.entities {
		sort.Slice(rows, func(i, j int) bool { return rows[i]["id"].(string) < rows[j]["id"].(string) })
	}
	return p, nil
}

// fillRow sets the kind-specific fields of an entity row that are still
// empty from a later row of the same entity.
func fillRow(row, later map[string]any) {
	for _, k := range []string{"country", "start_date", "end_date", "place_id"} {
		if row[k] == "" {
			row[k] = later[k]
		}
	}
}

// checkRelationIDs fails with ErrConflict if a new relation's ID is stored
// under another type.
func (p *writePlan) checkRelationIDs(ctx context.Context, tx neo4j.ManagedTransaction) error {
	for _, t := range kg.RelTypes {
		var others []string
		for _, u := range kg.RelTypes {
			if u != t {
				others = append(others, p.relIDs[u]...)
			}
		}
		if len(others) == 0 {
			continue
		}
		recs, err := txQuery(ctx, tx, cachedPlan+"UNWIND $ids AS id MATCH ()-[r:"+relType(t)+" {id: id}]->() RETURN id LIMIT 1", map[string]any{"ids": others})
		if err != nil {
			return err
		}
		if len(recs) > 0 {
			return fmt.Errorf("relation %v is already stored from another article: %w", recs[0].Values[0], kg.ErrConflict)
		}
	}
	return nil
}

func (p *writePlan) run(ctx context.Context, tx neo4j.ManagedTransaction) error {
	if p.articles == 0 {
		return nil
	}
	if err := p.checkRelationIDs(ctx, tx); err != nil {
		return err
	}
	// Lock the stored entities the batch touches first, in ID order. The
	// statements below lock a node where they write it (a property set, a
	// relationship added), in their own row order, and batches sharing
	// entities then deadlocked under several writers (ingest processes)
	// until the driver's retries ran out; taken up front in one global
	// order, the locks make one batch wait for the other instead.
	ids := slices.Clone(p.touched)
	slices.Sort(ids)
	if err := txExec(ctx, tx, cachedPlan+"UNWIND $ids AS id MATCH (e:Entity {id: id}) SET e._lock = true REMOVE e._lock", map[string]any{"ids": ids}); err != nil {
		return err
	}
	// The aggregates stored before this batch, as the merges below find
	// them (a new entity's are empty).
	var stored []*neo4j.Record
	for _, k := range kg.Kinds {
		rows := p.entities[k]
		if len(rows) == 0 {
			continue
		}
		// New entities take the row; stored ones keep their name and fill
		// attributes they lack. A stored entity of another kind under the
		// same ID is a conflict. Each merged entity comes back with its
		// stored aggregates, which addAggregates adds to: the merge holds
		// its write lock until commit, so they cannot change in between.
		cypher := cachedPlan + `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e:` + label(k) + `, e.kind = row.kind, e.name = row.name, e.sort_name = row.sort_name, e.ord_name = row.ord_name,
  e.country = row.country, e.start_date = row.start_date, e.end_date = row.end_date, e.place_id = row.place_id,
  e.mentions = 0, e.aliases = [], e.first_seen = '', e.last_seen = ''
ON MATCH SET e.country = CASE e.country WHEN '' THEN row.country ELSE e.country END,
  e.start_date = CASE e.start_date WHEN '' THEN row.start_date ELSE e.start_date END,
  e.end_date = CASE e.end_date WHEN '' THEN row.end_date ELSE e.end_date END,
  e.place_id = CASE e.place_id WHEN '' THEN row.place_id ELSE e.place_id END
RETURN e.id, e.name, e.sort_name, e.mentions, e.aliases, e.first_seen, e.last_seen, e.kind`
		recs, err := txQuery(ctx, tx, cypher, map[string]any{"rows": rows})
		if err != nil {
			return err
		}
		for _, r := range recs {
			if kind, _ := r.Values[7].(string); kind != string(k) {
				return fmt.Errorf("entity %v is stored as %v, written as %s: %w", r.Values[0], r.Values[7], k, kg.ErrConflict)
			}
		}
		stored = append(stored, recs...)
	}
	if err := txExec(ctx, tx, cachedPlan+`UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MATCH (e:Entity {id: row.entity})
CREATE (a)-[:MENTIONS {count: row.count, aliases: row.aliases,
  span_starts: row.starts, span_ends: row.ends, span_texts: row.texts}]->(e)`, map[string]any{"rows": p.mentions}); err != nil {
		return err
	}
	for _, t := range kg.RelTypes {
		rows := p.relations[t]
		if len(rows) == 0 {
			continue
		}
		cypher := cachedPlan + `UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[r:` + relType(t) + `]->(t) SET r = row.props`
		if err := txExec(ctx, tx, cypher, map[string]any{"rows": rows}); err != nil {
			return err
		}
	}
	if len(p.toArticle) > 0 {
		// A SAID with no addressee ends at the article it was read from.
		if err := txExec(ctx, tx, cachedPlan+`UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (a:Article {id: row.article_id})
CREATE (s)-[r:SAID]->(a) SET r = row.props`, map[string]any{"rows": p.toArticle}); err != nil {
			return err
		}
	}
	if err := addSummary(ctx, tx, p.summary); err != nil {
		return err
	}
	return addAggregates(ctx, tx, stored, p.tallies)
}

// tally accumulates an entity's aggregates: the sum of mention counts, the
// union of aliases, the earliest and latest dated article.
type tally struct {
	mentions    int64
	aliases     map[string]bool
	first, last string
}

func (t *tally) add(count int64, aliases []string, date string) {
	t.mentions += count
	if t.aliases == nil {
		t.aliases = make(map[string]bool)
	}
	for _, a := range aliases {
		t.aliases[a] = true
	}
	if date != "" {
		if t.first == "" || date < t.first {
			t.first = date
		}
		if date > t.last {
			t.last = date
		}
	}
}

// row is the aggregate row of entity id: aliases sorted by bytes, without
// the exact canonical name.
func (t *tally) row(id, name, sortName string) map[string]any {
	aliases := make([]string, 0, len(t.aliases))
	for a := range t.aliases {
		if a != name {
			aliases = append(aliases, a)
		}
	}
	sort.Strings(aliases)
	folded := make([]string, len(aliases))
	for i, a := range aliases {
		folded[i] = kg.FoldName(a)
	}
	return map[string]any{
		"id": id, "mentions": t.mentions, "aliases": aliases, "first_seen": t.first, "last_seen": t.last,
		"fold_aliases": folded, "search_key": searchKey(sortName, folded),
		"ord_mentions": ordMentions(t.mentions, id), "ord_last_seen": ordNewest(t.last, id),
	}
}

// setAggregates writes aggregate rows (tally.row).
func setAggregates(ctx context.Context, tx neo4j.ManagedTransaction, rows []map[string]any) error {
	if len(rows) == 0 {
		return nil
	}
	return txExec(ctx, tx, cachedPlan+`UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.mentions = row.mentions, e.aliases = row.aliases, e.first_seen = row.first_seen,
  e.last_seen = row.last_seen, e.fold_aliases = row.fold_aliases, e.search_key = row.search_key,
  e.ord_mentions = row.ord_mentions, e.ord_last_seen = row.ord_last_seen`, map[string]any{"rows": rows})
}

// addAggregates adds the tallies of a batch's new articles to the stored
// aggregates of their entities, recs as the entity merges returned them
// (id, name, sort_name, mentions, aliases, first_seen, last_seen first).
// Adding is exact: the stored aggregates are those of the MENTIONS already
// stored, and sum, union, min and max compose. The transaction holds each
// entity's write lock since it merged it (creating it, or setting its
// properties, locks it until commit), so no other writer changed the
// aggregates between the merge that read them and this write.
func addAggregates(ctx context.Context, tx neo4j.ManagedTransaction, recs []*neo4j.Record, tallies map[string]*tally) error {
	if len(recs) == 0 {
		return nil
	}
	rows := make([]map[string]any, 0, len(recs))
	for _, rec := range recs {
		v := rec.Values
		id, _ := v[0].(string)
		name, _ := v[1].(string)
		sortName, _ := v[2].(string)
		n, _ := v[3].(int64)
		first, _ := v[5].(string)
		last, _ := v[6].(string)
		var p props
		aliases := p.strList("aliases", v[4])
		if p.err != nil {
			return fmt.Errorf("entity %q: %w", id, p.err)
		}
		t := &tally{}
		t.add(n, aliases, first)
		t.add(0, nil, last)
		if d := tallies[id]; d != nil {
			t.add(d.mentions, mapKeys(d.aliases), d.first)
			t.add(0, nil, d.last)
		}
		rows = append(rows, t.row(id, name, sortName))
	}
	return setAggregates(ctx, tx, rows)
}

func mapKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// reaggregate recomputes the aggregates of the given entities from their
// MENTIONS, and deletes those no article mentions any more (with whatever
// relations still reach them).
func reaggregate(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) error {
	if len(ids) == 0 {
		return nil
	}
	// Lock each entity (in ID order) before reading its MENTIONS, so that
	// a concurrent upsert adding to the aggregates either finishes first or
	// waits for this transaction.
	ids = slices.Sorted(slices.Values(ids))
	recs, err := txQuery(ctx, tx, `UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e._lock = true REMOVE e._lock
WITH e
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
RETURN e.id AS id, e.name AS name, e.sort_name AS sort_name,
  collect(CASE WHEN m IS NULL THEN NULL ELSE [m.count, m.aliases, a.date] END) AS ms`, map[string]any{"ids": ids})
	if err != nil {
		return err
	}
	rows := make([]map[string]any, 0, len(recs))
	var orphans []string
	for _, rec := range recs {
		id, _ := rec.Values[0].(string)
		name, _ := rec.Values[1].(string)
		sortName, _ := rec.Values[2].(string)
		ms, _ := rec.Values[3].([]any)
		if len(ms) == 0 {
			orphans = append(orphans, id)
			continue
		}
		t := &tally{}
		for _, x := range ms {
			m, ok := x.([]any)
			if !ok || len(m) != 3 {
				return fmt.Errorf("entity %q: record: mention aggregate: got %T", id, x)
			}
			var p props
			n, _ := m[0].(int64)
			aliases := p.strList("aliases", m[1])
			if p.err != nil {
				return fmt.Errorf("entity %q: %w", id, p.err)
			}
			d, _ := m[2].(string)
			t.add(n, aliases, d)
		}
		rows = append(rows, t.row(id, name, sortName))
	}
	if err := setAggregates(ctx, tx, rows); err != nil {
		return err
	}
	if len(orphans) > 0 {
		if err := txExec(ctx, tx, "UNWIND $ids AS id MATCH (e:Entity {id: id}) DETACH DELETE e", map[string]any{"ids": orphans}); err != nil {
			return err
		}
	}
	return nil
}

// DeleteArticle removes an article, its MENTIONS and relations in one write
// transaction, then recomputes the aggregates of the entities it mentioned
// and deletes those nothing mentions any more.
func (s *Store) DeleteArticle(ctx context.Context, id string) error {
	if err := s.check("delete article"); err != nil {
		return err
	}
	_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		recs, err := txQuery(ctx, tx, `MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:MENTIONS]->(e:Entity)
RETURN a.id AS article, collect(e.id) AS ids`, map[string]any{"id": id})
		if err != nil {
			return nil, err
		}
		if len(recs) == 0 {
			return nil, fmt.Errorf("article %q: %w", id, kg.ErrNotFound)
		}
		var p props
		touched := p.strList("ids", recs[0].Values[1])
		if p.err != nil {
			return nil, p.err
		}
		var gone []*kg.Relation
		for _, t := range kg.RelTypes {
			recs, err := txQuery(ctx, tx, "MATCH (s:Entity)-[r:"+relType(t)+" {article_id: $id}]->(t:Entity) RETURN r.id, r.status, s.id, t.id, r.date", map[string]any{"id": id})
			if err != nil {
				return nil, err
			}
			for _, rec := range recs {
				r := &kg.Relation{Type: t}
				v := rec.Values
				st, ok1 := v[1].(string)
				d, ok2 := v[4].(string)
				r.ID, _ = v[0].(string)
				r.Source, _ = v[2].(string)
				r.Target, _ = v[3].(string)
				r.Status = kg.Status(st)
				if r.Date, err = kg.ParseDate(d); err != nil || !ok1 || !ok2 {
					return nil, fmt.Errorf("relation %q: record: status %T, date %T: %v", r.ID, v[1], v[4], err)
				}
				gone = append(gone, r)
			}
			if err := txExec(ctx, tx, "MATCH ()-[r:"+relType(t)+" {article_id: $id}]->() DELETE r", map[string]any{"id": id}); err != nil {
				return nil, err
			}
		}
		if err := takeSummary(ctx, tx, groupDeltas(gone)); err != nil {
			return nil, err
		}
		if err := txExec(ctx, tx, "MATCH (a:Article {id: $id}) DETACH DELETE a", map[string]any{"id": id}); err != nil {
			return nil, err
		}
		return nil, reaggregate(ctx, tx, touched)
	})
	if err != nil {
		return s.fail("delete article", err)
	}
	return nil
}

// spanLists sorts an entity's mentions in one article into text order
// (start, end, text) and splits them into parallel lists, the shape a
// relationship property can hold.
func spanLists(ms []kg.Mention) (starts, ends []int64, texts []string) {
	ms = slices.Clone(ms)
	slices.SortStableFunc(ms, func(a, b kg.Mention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return a.End - b.End
		}
		return strings.Compare(a.Text, b.Text)
	})
	starts, ends, texts = make([]int64, len(ms)), make([]int64, len(ms)), make([]string, len(ms))
	for i, m := range ms {
		starts[i], ends[i], texts[i] = int64(m.Start), int64(m.End), m.Text
	}
	return starts, ends, texts
}

// nonNil gives the server an empty list rather than null for no strings.
func nonNil(ss []string) []string {
	if ss == nil {
		return []string{}
	}
	return ss
}
