package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/kg"
)

// input is one question's arguments: an entity, a pair or a search text;
// for a later page of an entity's relations, the cursor it follows (After)
// and that cursor's relation order key (Ord, r.ord) for the Cypher.
type input struct {
	ID, To, Text string
	After, Ord   string
}

func (in input) vars() map[string]any {
	switch {
	case in.Text != "":
		return map[string]any{"text": in.Text}
	case in.To != "":
		return map[string]any{"from": in.ID, "to": in.To}
	case in.After != "":
		return map[string]any{"id": in.ID, "after": in.After}
	}
	return map[string]any{"id": in.ID}
}

func (in input) params() map[string]any {
	if in.To != "" {
		return map[string]any{"from": in.ID, "to": in.To}
	}
	if in.After != "" {
		return map[string]any{"id": in.ID, "ord": in.Ord}
	}
	if in.Text != "" {
		// The stored search keys are folded (kg.FoldName); a statement
		// written by hand folds the text the same way before asking.
		return map[string]any{"q": kg.FoldName(in.Text)}
	}
	return map[string]any{"id": in.ID}
}

// picked is what the questions are asked about: the most mentioned people
// (hubs, the entities an investigator opens first) and entities spread
// evenly over the name order (the long tail); later holds, for each hub
// with relations, the cursor of a later page of them.
type picked struct {
	hubs, sample []kg.Entity
	later        []input
}

// Sizes of the picks.
const (
	hubCount    = 100
	sampleCount = 400
	// laterAfter is how many of a hub's relations precede the later page
	// asked for: page 5 of 20.
	laterAfter = 80
)

// pickInputs reads the picks from the store. They depend only on what is
// stored, so runs over the same corpus ask the same questions.
func pickInputs(ctx context.Context, s kg.Store) (picked, error) {
	var p picked
	hp, err := s.Entities(ctx, kg.EntityFilter{Kinds: []kg.Kind{kg.Person}, Order: kg.ByMentions}, kg.Page{First: hubCount})
	if err != nil {
		return p, fmt.Errorf("bench: pick hubs: %w", err)
	}
	p.hubs = hp.Entities
	for _, h := range p.hubs {
		// After the hub's 80th relation, or its last when it has fewer
		// (then the page is empty, which still costs a look).
		rp, err := s.Relations(ctx, kg.RelationFilter{Entity: h.ID}, kg.Page{First: laterAfter})
		if err != nil {
			return p, fmt.Errorf("bench: pick later pages: %w", err)
		}
		if rp.PageInfo.EndCursor == "" {
			continue
		}
		c, err := kg.DecodeCursor(rp.PageInfo.EndCursor)
		if err != nil {
			return p, fmt.Errorf("bench: pick later pages: %w", err)
		}
		p.later = append(p.later, input{ID: h.ID, After: rp.PageInfo.EndCursor, Ord: relationOrd(c)})
	}
	n, err := s.CountEntities(ctx, kg.EntityFilter{})
	if err != nil {
		return p, fmt.Errorf("bench: count entities: %w", err)
	}
	step := max(1, n/sampleCount)
	after, i := "", 0
	for {
		page, err := s.Entities(ctx, kg.EntityFilter{Order: kg.ByName}, kg.Page{First: kg.MaxPageSize, After: after})
		if err != nil {
			return p, fmt.Errorf("bench: pick sample: %w", err)
		}
		for _, e := range page.Entities {
			if i%step == 0 && len(p.sample) < sampleCount {
				p.sample = append(p.sample, e)
			}
			i++
		}
		if !page.PageInfo.HasNextPage || len(page.Entities) == 0 {
			break
		}
		after = page.PageInfo.EndCursor
	}
	if len(p.hubs) == 0 || len(p.sample) < 2 {
		return p, fmt.Errorf("bench: store holds too few entities to ask about (%d people, %d sampled): %w", len(p.hubs), len(p.sample), kg.ErrInvalid)
	}
	return p, nil
}

// questionNames are the names of the questions, for --only.
var questionNames = []string{"entity", "search", "neighborhood", "neighborhood-sample", "paths", "relations", "relations-sample", "relations-later"}

// question is one of the things asked, as GraphQL and as Cypher.
type question struct {
	name, asks string
	inputs     []input
	graphql    string
	check      func(data map[string]json.RawMessage) error // refuses a wrong answer
	// cypher is the hand-written statement asking the same question: its
	// one row's first column is what the GraphQL answer holds under field
	// (compared as JSON, after canon when the order of lists is free).
	cypher string
	field  string
	canon  func(any) any
	// store asks the kg.Store directly, without the API layer.
	store func(ctx context.Context, s kg.Store, in input) error
}

// entityTypes is every relation type between entities, for Cypher
// patterns: Articles hang off MENTIONS and are never followed.
var entityTypes = func() string {
	var ts []string
	for _, t := range kg.RelTypes {
		ts = append(ts, string(t))
	}
	return strings.Join(ts, "|")
}()

func questions(p picked) []question {
	var people []kg.Entity
	for _, e := range p.sample {
		if e.Kind == kg.Person {
			people = append(people, e)
		}
	}
	if len(people) < 2 {
		people = p.sample
	}

	var byID, hubIDs, sampleHoods, pairs, texts []input
	for _, e := range p.sample {
		byID = append(byID, input{ID: e.ID})
	}
	// Hubs and the long tail are asked apart: their neighborhoods differ
	// in cost by two orders of magnitude, and a median over half of each
	// would fall in the gap between them and swing from run to run.
	for i := range hubCount {
		hubIDs = append(hubIDs, input{ID: p.hubs[i%len(p.hubs)].ID})
		sampleHoods = append(sampleHoods, input{ID: p.sample[(i*37)%len(p.sample)].ID})
	}
	for i := range 200 {
		from := people[i%len(people)]
		to := p.hubs[i%len(p.hubs)]
		if i%2 == 1 {
			to = people[(i*7+13)%len(people)]
		}
		if from.ID != to.ID {
			pairs = append(pairs, input{ID: from.ID, To: to.ID})
		}
	}
	seen := map[string]bool{}
	for _, e := range p.sample {
		if w := searchWord(e.Name); w != "" && !seen[w] {
			seen[w] = true
			texts = append(texts, input{Text: w})
		}
	}

	return []question{
		{
			name: "entity", asks: "one entity by ID with its fields", inputs: byID,
			graphql: `query($id: ID!) { entity(id: $id) { id name kind aliases mentions firstSeen lastSeen } }`,
			check:   notNull("entity"),
			store: func(ctx context.Context, s kg.Store, in input) error {
				_, err := s.Entity(ctx, in.ID)
				return err
			},
			field:  "entity",
			cypher: entityBaseline,
		},
		{
			name: "search", asks: "search a name word, top 20 hits", inputs: texts,
			graphql: `query($text: String!) { search(text: $text, first: 20) { score field matched entity { id name kind } } }`,
			check:   func(map[string]json.RawMessage) error { return nil },
			store: func(ctx context.Context, s kg.Store, in input) error {
				_, err := s.Search(ctx, in.Text, nil, 20)
				return err
			},
			field:  "search",
			cypher: searchBaseline,
		},
		{
			name: "neighborhood", asks: "neighborhood of a hub (the 100 most mentioned people), depth 2, 200 nodes, fan-out 50, aggregated edges", inputs: hubIDs,
			graphql: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200, fanOut: 50) { truncated nodes { id label kind weight } edges { id source target type weight } } }`,
			check:   notNull("neighborhood"),
			store: func(ctx context.Context, s kg.Store, in input) error {
				_, err := s.Neighborhood(ctx, in.ID, kg.NeighborhoodOptions{Depth: 2, Limit: 200, FanOut: 50, Aggregate: true, CountsOnly: true})
				return err
			},
			field:  "neighborhood",
			canon:  sortByID("nodes", "edges"),
			cypher: neighborhoodBaseline,
		},
		{
			name: "neighborhood-sample", asks: "neighborhood of an entity across the name order, depth 2, 200 nodes, fan-out 50, aggregated edges", inputs: sampleHoods,
			graphql: `query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200, fanOut: 50) { truncated nodes { id label kind weight } edges { id source target type weight } } }`,
			check:   notNull("neighborhood"),
			store: func(ctx context.Context, s kg.Store, in input) error {
				_, err := s.Neighborhood(ctx, in.ID, kg.NeighborhoodOptions{Depth: 2, Limit: 200, FanOut: 50, Aggregate: true, CountsOnly: true})
				return err
			},
			field:  "neighborhood",
			canon:  sortByID("nodes", "edges"),
			cypher: neighborhoodBaseline,
		},
		{
			name: "relations", asks: "first 20 relations of a hub (the 100 most mentioned people) with their ends and evidence", inputs: hubIDs,
			graphql: relationsQuery,
			check:   notNull("entity"),
			store:   relationsPage,
			field:   "entity",
			cypher:  relationsBaseline,
		},
		{
			name: "relations-sample", asks: "first 20 relations of an entity across the name order with their ends and evidence", inputs: byID,
			graphql: relationsQuery,
			check:   notNull("entity"),
			store:   relationsPage,
			field:   "entity",
			cypher:  relationsBaseline,
		},
		{
			name: "relations-later", asks: "page 5 of a hub's relations (20 after its 80th) with their ends and evidence", inputs: p.later,
			graphql: relationsLaterQuery,
			check:   notNull("entity"),
			store:   relationsLaterPage,
			field:   "entity",
			cypher:  relationsLaterBaseline,
		},
		{
			name: "paths", asks: "shortest path up to 4 hops between two people", inputs: pairs,
			graphql: `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxDepth: 4) { paths { length nodes { id name kind } edges { id type } } } }`,
			check:   notNull("paths"),
			store: func(ctx context.Context, s kg.Store, in input) error {
				_, err := s.Paths(ctx, in.ID, in.To, kg.PathOptions{MaxDepth: 4})
				return err
			},
			field:  "paths",
			cypher: pathsBaseline,
		},
	}
}

// relationsQuery asks for an entity's first page of relations as a
// client listing its statements would: each with its ends' names and the
// evidence sentence.
const relationsQuery = `query($id: ID!) { entity(id: $id) { relations(first: 20) { pageInfo { hasNextPage } nodes { id type status date source { id name kind } target { id name kind } evidence { sentence article { id } } } } } }`

// relationsPage asks the store what the API reads for relationsQuery:
// the entity, one more relation than the page, and the entities at their
// ends, in one call.
func relationsPage(ctx context.Context, s kg.Store, in input) error {
	_, ents, err := s.RelationsOfEnds(ctx, []string{in.ID}, kg.RelationFilter{}, 21)
	if err == nil && ents[in.ID].ID == "" {
		err = fmt.Errorf("entity %q: %w", in.ID, kg.ErrNotFound)
	}
	return err
}

// relationsLaterQuery is relationsQuery for the page after a cursor: what
// a client reads when it pages on through an entity's statements.
const relationsLaterQuery = `query($id: ID!, $after: String) { entity(id: $id) { relations(first: 20, after: $after) { pageInfo { hasNextPage } nodes { id type status date source { id name kind } target { id name kind } evidence { sentence article { id } } } } } }`

// relationsLaterPage asks the store what the API reads for
// relationsLaterQuery: the page after the cursor with the entity and the
// entities at the ends of its relations, in one call.
func relationsLaterPage(ctx context.Context, s kg.Store, in input) error {
	_, ents, err := s.RelationsWithEnds(ctx, kg.RelationFilter{Entity: in.ID}, kg.Page{First: 20, After: in.After})
	if err == nil && ents[in.ID].ID == "" {
		err = fmt.Errorf("entity %q: %w", in.ID, kg.ErrNotFound)
	}
	return err
}

// relationOrd is the relation order key of a relation's cursor as Neo4j
// stores it in r.ord: the date ("~" when undated, so that undated
// relations sort last), a NUL, the ID.
func relationOrd(c kg.Cursor) string {
	date := c.Key
	if date == "" {
		date = "~"
	}
	return date + "\x00" + c.ID
}

// searchWord is the last all-letter word of a name, at least four letters:
// what someone types into a search box ("Karovic").
func searchWord(name string) string {
	fields := strings.Fields(name)
	for i := len(fields) - 1; i >= 0; i-- {
		w := fields[i]
		if len(w) >= 4 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
			return w
		}
	}
	return ""
}

// notNull refuses an answer whose field is null.
func notNull(field string) func(map[string]json.RawMessage) error {
	return func(data map[string]json.RawMessage) error {
		if v, ok := data[field]; !ok || string(v) == "null" {
			return fmt.Errorf("answer: %s is null", field)
		}
		return nil
	}
}
