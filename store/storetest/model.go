package storetest

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/kg"
)

// day parses a "2006-01-02" date; "" is the zero time.
func day(s string) time.Time {
	t, err := kg.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return t
}

// ent builds an entity as one article sees it.
func ent(k kg.Kind, name string, mentions int, aliases ...string) kg.Entity {
	return kg.Entity{ID: kg.EntityID(k, name), Kind: k, Name: name, Mentions: mentions, Aliases: aliases}
}

// art builds an article whose ID is minted from its text.
func art(text, date string) kg.Article {
	return kg.Article{
		ID:     kg.ArticleID(text),
		Title:  "Title: " + text[:min(len(text), 20)],
		Date:   day(date),
		Source: "storetest",
		URL:    "https://example.test/" + kg.Slug(text[:min(len(text), 30)]),
		Text:   text,
	}
}

// relSpec describes a relation of a fixture compactly.
type relSpec struct {
	typ      kg.RelType
	src, dst kg.Entity // dst.ID == "" for a SAID without target
	date     string
	prec     kg.Precision
	status   kg.Status
	quote    string
	sentence string
}

// sub builds a subgraph: the relations' evidence points into the article's
// text at a distinct offset each, and their IDs are minted by kg.
func sub(a kg.Article, ents []kg.Entity, specs ...relSpec) kg.Subgraph {
	g := kg.Subgraph{Article: a, Entities: ents}
	for _, e := range ents {
		g.Mentions = append(g.Mentions, kg.Mention{EntityID: e.ID, Text: e.Name, Start: 0, End: len(e.Name)})
	}
	for i, s := range specs {
		prec, status := s.prec, s.status
		if prec == "" {
			prec = kg.PrecisionDay
			if s.date == "" {
				prec = kg.PrecisionNone
			}
		}
		if status == "" {
			status = kg.Happened
		}
		sentence := s.sentence
		if sentence == "" {
			sentence = fmt.Sprintf("%s %s %s (statement %d).", s.src.Name, strings.ToLower(string(s.typ)), s.dst.Name, i)
		}
		start := i * 10
		r := kg.Relation{
			Type: s.typ, Source: s.src.ID, Target: s.dst.ID, Date: day(s.date), Precision: prec, Status: status,
			Quote: s.quote, Confidence: float64(i%10) / 10,
			Evidence: kg.Evidence{ArticleID: a.ID, Sentence: sentence, Start: start, End: start + len(sentence)},
		}
		r.ID = kg.RelationID(a.ID, r.Type, r.Source, r.Target, start, r.Evidence.End, r.Quote)
		g.Relations = append(g.Relations, r)
	}
	return g
}

// model is the reference the suite derives expectations from: the rules of
// the package doc applied to the subgraphs stored so far, in plain Go.
type model struct {
	subs  []kg.Subgraph // stored articles, in upsert order
	first map[string]kg.Entity
}

func newModel(batches ...[]kg.Subgraph) *model {
	m := &model{first: make(map[string]kg.Entity)}
	for _, b := range batches {
		m.upsert(b)
	}
	return m
}

func (m *model) has(articleID string) bool {
	for _, g := range m.subs {
		if g.Article.ID == articleID {
			return true
		}
	}
	return false
}

// upsert records a batch the store accepted.
func (m *model) upsert(batch []kg.Subgraph) {
	for _, g := range batch {
		if m.has(g.Article.ID) {
			continue
		}
		m.subs = append(m.subs, g)
		for _, e := range g.Entities {
			f, ok := m.first[e.ID]
			if !ok {
				f = kg.Entity{ID: e.ID, Kind: e.Kind, Name: e.Name}
			}
			if f.Country == "" {
				f.Country = e.Country
			}
			if f.StartDate.IsZero() {
				f.StartDate = e.StartDate
			}
			if f.EndDate.IsZero() {
				f.EndDate = e.EndDate
			}
			if f.PlaceID == "" {
				f.PlaceID = e.PlaceID
			}
			m.first[e.ID] = f
		}
	}
}

// delete records a deleted article.
func (m *model) delete(id string) {
	var keep []kg.Subgraph
	for _, g := range m.subs {
		if g.Article.ID != id {
			keep = append(keep, g)
		}
	}
	m.subs = keep
	live := m.entities()
	for id := range m.first {
		if _, ok := live[id]; !ok {
			delete(m.first, id)
		}
	}
}

// entities computes every stored entity with its aggregates.
func (m *model) entities() map[string]kg.Entity {
	out := make(map[string]kg.Entity)
	aliases := make(map[string]map[string]bool)
	for _, g := range m.subs {
		d := g.Article.Date
		for _, e := range g.Entities {
			x, ok := out[e.ID]
			if !ok {
				x = m.first[e.ID]
				aliases[e.ID] = make(map[string]bool)
			}
			x.Mentions += e.Mentions
			for _, a := range e.Aliases {
				aliases[e.ID][a] = true
			}
			if !d.IsZero() {
				if x.FirstSeen.IsZero() || d.Before(x.FirstSeen) {
					x.FirstSeen = d
				}
				if d.After(x.LastSeen) {
					x.LastSeen = d
				}
			}
			out[e.ID] = x
		}
	}
	for id, x := range out {
		var as []string
		for a := range aliases[id] {
			if a != x.Name {
				as = append(as, a)
			}
		}
		sort.Strings(as)
		x.Aliases = as
		out[id] = x
	}
	return out
}

func (m *model) entity(id string) kg.Entity { return m.entities()[id] }

// relations lists the stored relations in relation order.
func (m *model) relations(keep func(kg.Relation) bool) []kg.Relation {
	live := m.entities()
	var out []kg.Relation
	for _, g := range m.subs {
		for _, r := range g.Relations {
			if _, ok := live[r.Source]; !ok {
				continue
			}
			if keep == nil || keep(r) {
				out = append(out, r)
			}
		}
	}
	sortRelations(out)
	return out
}

func sortRelations(rs []kg.Relation) {
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Date.IsZero() != b.Date.IsZero() {
			return !a.Date.IsZero()
		}
		if !a.Date.Equal(b.Date) {
			return a.Date.Before(b.Date)
		}
		return a.ID < b.ID
	})
}

// articles lists the stored articles, newest first.
func (m *model) articles(keep func(kg.Subgraph) bool) []kg.Article {
	var out []kg.Article
	for _, g := range m.subs {
		if keep == nil || keep(g) {
			out = append(out, g.Article)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Date.IsZero() != b.Date.IsZero() {
			return !a.Date.IsZero()
		}
		if !a.Date.Equal(b.Date) {
			return a.Date.After(b.Date)
		}
		return a.ID < b.ID
	})
	return out
}

// list applies an entity filter and order.
func (m *model) list(f kg.EntityFilter) []kg.Entity {
	kinds := make(map[kg.Kind]bool)
	for _, k := range f.Kinds {
		kinds[k] = true
	}
	q := kg.FoldName(f.Name)
	var out []kg.Entity
	for _, e := range m.entities() {
		if len(kinds) > 0 && !kinds[e.Kind] {
			continue
		}
		if f.Name != "" {
			hit := strings.Contains(kg.FoldName(e.Name), q)
			for _, a := range e.Aliases {
				hit = hit || strings.Contains(kg.FoldName(a), q)
			}
			if !hit {
				continue
			}
		}
		if !f.SeenFrom.IsZero() && (e.LastSeen.IsZero() || e.LastSeen.Before(f.SeenFrom)) {
			continue
		}
		if !f.SeenTo.IsZero() && (e.FirstSeen.IsZero() || e.FirstSeen.After(f.SeenTo)) {
			continue
		}
		out = append(out, e)
	}
	sortEntities(out, f.Order)
	return out
}

func sortEntities(es []kg.Entity, o kg.EntityOrder) {
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		switch o {
		case kg.ByName:
			if fa, fb := kg.FoldName(a.Name), kg.FoldName(b.Name); fa != fb {
				return fa < fb
			}
		case kg.ByLastSeen:
			if !a.LastSeen.Equal(b.LastSeen) {
				return a.LastSeen.After(b.LastSeen)
			}
		default:
			if a.Mentions != b.Mentions {
				return a.Mentions > b.Mentions
			}
		}
		return a.ID < b.ID
	})
}

// stats counts what the model holds, every kind and type present.
func (m *model) stats() kg.Stats {
	st := kg.Stats{Articles: len(m.subs), Entities: make(map[kg.Kind]int), Relations: make(map[kg.RelType]int)}
	for _, k := range kg.Kinds {
		st.Entities[k] = 0
	}
	for _, t := range kg.RelTypes {
		st.Relations[t] = 0
	}
	for _, e := range m.entities() {
		st.Entities[e.Kind]++
	}
	for _, r := range m.relations(nil) {
		st.Relations[r.Type]++
	}
	return st
}

// mentionsIn lists the entities an article mentions with their counts, most
// mentioned first.
func (m *model) mentionsIn(articleID string) []kg.EntityMentions {
	all := m.entities()
	var out []kg.EntityMentions
	for _, g := range m.subs {
		if g.Article.ID != articleID {
			continue
		}
		for _, e := range g.Entities {
			var spans []kg.Mention
			for _, mt := range g.Mentions {
				if mt.EntityID == e.ID {
					spans = append(spans, mt)
				}
			}
			sort.SliceStable(spans, func(i, j int) bool {
				a, b := spans[i], spans[j]
				if a.Start != b.Start {
					return a.Start < b.Start
				}
				if a.End != b.End {
					return a.End < b.End
				}
				return a.Text < b.Text
			})
			out = append(out, kg.EntityMentions{Entity: all[e.ID], Count: e.Mentions, Spans: spans})
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Entity.ID < out[j].Entity.ID
	})
	return out
}

// relKeep is a RelationFilter as a predicate.
func relKeep(f kg.RelationFilter) func(kg.Relation) bool {
	in := func(n int, has func(i int) bool) bool {
		if n == 0 {
			return true
		}
		for i := 0; i < n; i++ {
			if has(i) {
				return true
			}
		}
		return false
	}
	return func(r kg.Relation) bool {
		switch {
		case !in(len(f.Types), func(i int) bool { return f.Types[i] == r.Type }):
		case !in(len(f.Statuses), func(i int) bool { return f.Statuses[i] == r.Status }):
		case f.Entity != "" && r.Source != f.Entity && r.Target != f.Entity:
		case f.Source != "" && r.Source != f.Source:
		case f.Target != "" && r.Target != f.Target:
		case f.ArticleID != "" && r.Evidence.ArticleID != f.ArticleID:
		case !inRange(r.Date, f.From, f.To):
		case f.Text != "" && !strings.Contains(strings.ToLower(r.Quote), strings.ToLower(f.Text)) &&
			!strings.Contains(strings.ToLower(r.Evidence.Sentence), strings.ToLower(f.Text)):
		default:
			return true
		}
		return false
	}
}

// inRange applies an optional closed date range; undated values pass only
// when no bound is given.
func inRange(d, from, to time.Time) bool {
	if from.IsZero() && to.IsZero() {
		return true
	}
	if d.IsZero() {
		return false
	}
	return (from.IsZero() || !d.Before(from)) && (to.IsZero() || !d.After(to))
}

// search ranks entities by the tiers of the package doc.
//
// It deliberately does not call kg.GradeName or kg.RankHits, which both
// stores use: the model is the suite's oracle, written from the package doc
// (the literal scores of its table, a plain sort), so that a mistake in the
// shared rule shows up as a disagreement instead of being agreed with.
func (m *model) search(text string, kinds []kg.Kind, limit int) []kg.SearchHit {
	q := kg.FoldName(text)
	if strings.TrimSpace(text) == "" || q == "_" {
		return nil
	}
	ok := func(k kg.Kind) bool {
		if len(kinds) == 0 {
			return true
		}
		for _, x := range kinds {
			if x == k {
				return true
			}
		}
		return false
	}
	var hits []kg.SearchHit
	all := m.entities()
	got := make(map[string]bool)
	for _, e := range all {
		if !ok(e.Kind) {
			continue
		}
		name := kg.FoldName(e.Name)
		h := kg.SearchHit{Entity: e}
		firstAlias := func(match func(string, string) bool) string {
			for _, a := range e.Aliases {
				if match(kg.FoldName(a), q) {
					return a
				}
			}
			return ""
		}
		switch {
		case name == q:
			h.Score, h.Matched, h.Field = 5, e.Name, "name"
		case strings.HasPrefix(name, q):
			h.Score, h.Matched, h.Field = 4, e.Name, "name"
		case firstAlias(strings.HasPrefix) != "":
			h.Score, h.Matched, h.Field = 3, firstAlias(strings.HasPrefix), "alias"
		case strings.Contains(name, q):
			h.Score, h.Matched, h.Field = 2, e.Name, "name"
		case firstAlias(strings.Contains) != "":
			h.Score, h.Matched, h.Field = 2, firstAlias(strings.Contains), "alias"
		default:
			continue
		}
		hits = append(hits, h)
		got[e.ID] = true
	}
	evidence := make(map[string]kg.Relation)
	for _, r := range m.relations(nil) {
		if !strings.Contains(kg.FoldName(r.Evidence.Sentence), q) {
			continue
		}
		for _, id := range []string{r.Source, r.Target} {
			if id == "" || got[id] {
				continue
			}
			if b, seen := evidence[id]; !seen || r.ID < b.ID {
				evidence[id] = r
			}
		}
	}
	for id, r := range evidence {
		if e := all[id]; ok(e.Kind) {
			hits = append(hits, kg.SearchHit{Entity: e, Score: 1, Matched: r.Evidence.Sentence, Field: "evidence"})
		}
	}
	sort.Slice(hits, func(i, j int) bool {
		a, b := hits[i], hits[j]
		if a.Score != b.Score {
			return a.Score > b.Score
		}
		if a.Entity.Mentions != b.Entity.Mentions {
			return a.Entity.Mentions > b.Entity.Mentions
		}
		return a.Entity.ID < b.Entity.ID
	})
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// neighborhood applies the Neighborhood rules of the package doc.
func (m *model) neighborhood(id string, opt kg.NeighborhoodOptions) kg.Graph {
	all := m.entities()
	limit, fanOut := opt.Limit, opt.FanOut
	if limit == 0 {
		limit = kg.DefaultNodeLimit
	}
	if fanOut == 0 {
		fanOut = kg.DefaultFanOut
	}
	rels := m.relations(eligible(opt.Types, opt.Statuses, opt.From, opt.To))
	g := kg.Graph{Nodes: []kg.Entity{all[id]}}
	seen := map[string]bool{id: true}
	followed := map[string]bool{}
	layer := []string{id}
walk:
	for depth := 1; depth <= opt.Depth && len(layer) > 0; depth++ {
		// The layer's fan-outs, merged: weight, then the node's place in
		// the layer, then its own fan-out order.
		type candidate struct {
			group
			node, pos int
		}
		var cands []candidate
		for i, u := range layer {
			var rs []kg.Relation
			for _, r := range rels {
				if r.Source == u || r.Target == u {
					rs = append(rs, r)
				}
			}
			gs := topGroups(u, rs)
			if len(gs) > fanOut {
				gs = gs[:fanOut]
				g.Truncated = true
			}
			for j, grp := range gs {
				cands = append(cands, candidate{grp, i, j})
			}
		}
		sort.Slice(cands, func(i, j int) bool {
			x, y := cands[i], cands[j]
			if x.count != y.count {
				return x.count > y.count
			}
			if !x.last.Equal(y.last) {
				return x.last.After(y.last)
			}
			if x.node != y.node {
				return x.node < y.node
			}
			return x.pos < y.pos
		})
		var next []string
		for _, c := range cands {
			if !seen[c.other] {
				if len(g.Nodes) == limit {
					g.Truncated = true
					break walk
				}
				seen[c.other] = true
				g.Nodes = append(g.Nodes, all[c.other])
				next = append(next, c.other)
			}
			followed[c.key] = true
		}
		layer = next
	}
	for _, r := range rels {
		if followed[kg.EdgeKey(r.Type, r.Status, r.Source, r.Target)] {
			g.Edges = append(g.Edges, r)
		}
	}
	return g
}

// group is one group of parallel statements (kg.FoldEdges) as seen from
// one of its ends.
type group struct {
	key    string // kg.EdgeKey
	other  string
	typ    kg.RelType
	status kg.Status
	count  int
	last   time.Time
	fromLo bool // seen from its lo end (kg.EdgeEnds' first)
}

// topGroups folds u's relations into groups and orders them for the
// fan-out: count descending, latest date descending (groups with no dated
// statement last), then the other end's ID, the type and the status, and
// of u->v and v->u alike in all of those, u->v first.
func topGroups(u string, rs []kg.Relation) []group {
	type key struct {
		t    kg.RelType
		s    kg.Status
		a, b string
	}
	byKey := map[key]*group{}
	var out []*group
	for _, r := range rs {
		a, b := kg.EdgeEnds(r.Type, r.Source, r.Target)
		k := key{r.Type, r.Status, a, b}
		grp := byKey[k]
		if grp == nil {
			other := b
			if a != u {
				other = a
			}
			grp = &group{key: kg.EdgeKey(r.Type, r.Status, a, b), other: other, typ: r.Type, status: r.Status, fromLo: a == u}
			byKey[k] = grp
			out = append(out, grp)
		}
		grp.count++
		if r.Date.After(grp.last) {
			grp.last = r.Date
		}
	}
	sort.Slice(out, func(i, j int) bool {
		x, y := out[i], out[j]
		if x.count != y.count {
			return x.count > y.count
		}
		if !x.last.Equal(y.last) {
			return x.last.After(y.last)
		}
		if x.other != y.other {
			return x.other < y.other
		}
		if x.typ != y.typ {
			return x.typ < y.typ
		}
		if x.status != y.status {
			return x.status < y.status
		}
		return x.fromLo && !y.fromLo
	})
	gs := make([]group, len(out))
	for i, g := range out {
		gs[i] = *g
	}
	return gs
}

// paths applies the Paths rules of the package doc: breadth-first distances
// from both ends pick the nodes on shortest paths, and a depth-first walk in
// ID order lists the paths.
func (m *model) paths(from, to string, opt kg.PathOptions) []kg.Path {
	all := m.entities()
	if from == to {
		return []kg.Path{{Nodes: []kg.Entity{all[from]}}}
	}
	rels := m.relations(eligible(opt.Types, opt.Statuses, time.Time{}, time.Time{}))
	adj := make(map[string][]string)
	for _, r := range rels {
		if r.Source == r.Target {
			continue
		}
		adj[r.Source] = append(adj[r.Source], r.Target)
		adj[r.Target] = append(adj[r.Target], r.Source)
	}
	for k, vs := range adj {
		sort.Strings(vs)
		adj[k] = slicesCompact(vs)
	}
	bfs := func(start string) map[string]int {
		dist := map[string]int{start: 0}
		queue := []string{start}
		for len(queue) > 0 {
			u := queue[0]
			queue = queue[1:]
			for _, v := range adj[u] {
				if _, ok := dist[v]; !ok {
					dist[v] = dist[u] + 1
					queue = append(queue, v)
				}
			}
		}
		return dist
	}
	df, dt := bfs(from), bfs(to)
	d, ok := df[to]
	if !ok || d > opt.MaxDepth {
		return []kg.Path{}
	}
	limit := opt.Limit
	if limit == 0 {
		limit = 10
	}
	if !opt.All {
		limit = 1
	}
	var seqs [][]string
	var walk func(seq []string)
	walk = func(seq []string) {
		if len(seqs) >= limit {
			return
		}
		u := seq[len(seq)-1]
		if u == to {
			seqs = append(seqs, append([]string(nil), seq...))
			return
		}
		for _, v := range adj[u] {
			if dv, ok := dt[v]; ok && df[v] == df[u]+1 && df[v]+dv == d {
				walk(append(seq, v))
			}
		}
	}
	walk([]string{from})
	out := []kg.Path{}
	for _, seq := range seqs {
		var p kg.Path
		for i, id := range seq {
			p.Nodes = append(p.Nodes, all[id])
			if i == 0 {
				continue
			}
			a := seq[i-1]
			for _, r := range rels { // relation order: the first one joining
				if (r.Source == a && r.Target == id) || (r.Source == id && r.Target == a) {
					p.Edges = append(p.Edges, r)
					break
				}
			}
		}
		out = append(out, p)
	}
	return out
}

func slicesCompact(ss []string) []string {
	out := ss[:0]
	for i, s := range ss {
		if i == 0 || s != ss[i-1] {
			out = append(out, s)
		}
	}
	return out
}
