package storetest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

func testLookups(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	c := newsCorpus()
	s, m := loaded(t, open, c)
	t.Run("Entity not found", func(t *testing.T) {
		for _, id := range []string{"", "person:nobody", ada.ID + "-x", "PERSON:ADA-QUILL"} {
			_, err := s.Entity(ctx, id)
			wantErr(t, fmt.Sprintf("Entity(%q)", id), err, kg.ErrNotFound)
		}
	})
	t.Run("EntitiesByID", func(t *testing.T) {
		tests := []struct {
			name string
			ids  []string
		}{
			{"none", nil},
			{"one", []string{ada.ID}},
			{"known and unknown", []string{siege.ID, "person:nobody", port.ID}},
			{"duplicates", []string{ada.ID, ada.ID, celia.ID}},
			{"all kinds", []string{ada.ID, port.ID, northwind.ID, summit.ID}},
			{"only unknown", []string{"x", "y"}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.EntitiesByID(ctx, tt.ids)
				if err != nil {
					t.Fatal(err)
				}
				all := m.entities()
				var want []kg.Entity
				seen := make(map[string]bool)
				for _, id := range tt.ids {
					if e, ok := all[id]; ok && !seen[id] {
						want = append(want, e)
						seen[id] = true
					}
				}
				byID := func(es []kg.Entity) { sort.Slice(es, func(i, j int) bool { return es[i].ID < es[j].ID }) }
				byID(got)
				byID(want)
				if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
					t.Errorf("EntitiesByID(%q) (-got +want):\n%s", tt.ids, diff)
				}
			})
		}
	})
	t.Run("Article", func(t *testing.T) {
		for _, g := range c {
			got, err := s.Article(ctx, g.Article.ID)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got, g.Article, cmpOpts...); diff != "" {
				t.Errorf("Article(%q) (-got +want):\n%s", g.Article.ID, diff)
			}
		}
		for _, id := range []string{"", "article:nope", ada.ID} {
			_, err := s.Article(ctx, id)
			wantErr(t, fmt.Sprintf("Article(%q)", id), err, kg.ErrNotFound)
		}
	})
	t.Run("ArticleEntities", func(t *testing.T) {
		tests := []struct {
			name string
			ids  []string
		}{
			{"none", nil},
			{"one", []string{c[1].Article.ID}},
			{"all and an unknown", []string{c[0].Article.ID, c[1].Article.ID, "article:nope", c[2].Article.ID, c[3].Article.ID}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.ArticleEntities(ctx, tt.ids)
				if err != nil {
					t.Fatal(err)
				}
				want := make(map[string][]kg.EntityMentions)
				for _, id := range tt.ids {
					if m.has(id) {
						want[id] = m.mentionsIn(id)
					}
				}
				if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
					t.Errorf("ArticleEntities (-got +want):\n%s", diff)
				}
				if _, ok := got["article:nope"]; ok {
					t.Errorf("ArticleEntities has a key for an unknown article")
				}
			})
		}
	})
	t.Run("Stats", func(t *testing.T) {
		got, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(got, m.stats()); diff != "" {
			t.Errorf("Stats (-got +want):\n%s", diff)
		}
	})
}

// entityFilters are the filters Entities is checked with, each combined with
// every order.
func entityFilters() []struct {
	name string
	f    kg.EntityFilter
} {
	return []struct {
		name string
		f    kg.EntityFilter
	}{
		{"all", kg.EntityFilter{}},
		{"one kind", kg.EntityFilter{Kinds: []kg.Kind{kg.Person}}},
		{"two kinds", kg.EntityFilter{Kinds: []kg.Kind{kg.Event, kg.Place}}},
		{"every kind", kg.EntityFilter{Kinds: kg.Kinds}},
		{"name part", kg.EntityFilter{Name: "ar"}},
		{"name any case and diacritics", kg.EntityFilter{Name: "CELIA ÖRN"}},
		{"alias only", kg.EntityFilter{Name: "nwa"}},
		{"alias with punctuation", kg.EntityFilter{Name: "a. quill"}},
		{"name matching nothing", kg.EntityFilter{Name: "zzz"}},
		{"seen from", kg.EntityFilter{SeenFrom: day("2024-03-05")}},
		{"seen to", kg.EntityFilter{SeenTo: day("2024-03-01")}},
		{"seen range", kg.EntityFilter{SeenFrom: day("2024-01-01"), SeenTo: day("2024-03-09")}},
		{"empty range", kg.EntityFilter{SeenFrom: day("2025-01-01"), SeenTo: day("2025-12-31")}},
		{"everything", kg.EntityFilter{Kinds: []kg.Kind{kg.Person, kg.Organization}, Name: "a", SeenFrom: day("2024-01-01")}},
	}
}

var entityOrders = []kg.EntityOrder{"", kg.ByMentions, kg.ByName, kg.ByLastSeen}

func testEntities(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s, m := loaded(t, open, newsCorpus())
	for _, ft := range entityFilters() {
		for _, o := range entityOrders {
			f := ft.f
			f.Order = o
			t.Run(fmt.Sprintf("%s/%s", ft.name, o), func(t *testing.T) {
				want := m.list(f)
				got := allEntities(t, s, f)
				if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
					t.Errorf("Entities (-got +want):\n%s", diff)
				}
				n, err := s.CountEntities(ctx, f)
				if err != nil {
					t.Fatal(err)
				}
				if n != len(want) {
					t.Errorf("CountEntities = %d, want %d", n, len(want))
				}
			})
		}
	}
	t.Run("invalid", func(t *testing.T) {
		for _, f := range []kg.EntityFilter{
			{Order: "POPULARITY"},
			{Kinds: []kg.Kind{"ROBOT"}},
			{Kinds: []kg.Kind{kg.Person, "person"}},
		} {
			_, err := s.Entities(ctx, f, kg.Page{})
			wantErr(t, fmt.Sprintf("Entities(%+v)", f), err, kg.ErrInvalid)
			_, err = s.CountEntities(ctx, f)
			wantErr(t, fmt.Sprintf("CountEntities(%+v)", f), err, kg.ErrInvalid)
		}
	})
}

// withEnds lists pages of f through RelationsWithEnds, and checks the
// entities it returns with each page against the model: those at the
// ends of the page's relations, and those f pins that are stored. The page
// is left to the caller to check.
func withEnds(t *testing.T, s kg.Store, m *model, f kg.RelationFilter) lister[kg.Relation] {
	all := m.entities()
	return func(p kg.Page) ([]kg.Relation, []string, kg.PageInfo, error) {
		t.Helper()
		pg, ents, err := s.RelationsWithEnds(context.Background(), f, p)
		if err != nil {
			return nil, nil, kg.PageInfo{}, err
		}
		want := make(map[string]kg.Entity)
		for _, id := range []string{f.Entity, f.Source, f.Target} {
			if e, ok := all[id]; ok {
				want[id] = e
			}
		}
		for _, r := range pg.Relations {
			want[r.Source] = all[r.Source]
			if r.Target != "" {
				want[r.Target] = all[r.Target]
			}
		}
		if diff := cmp.Diff(ents, want, cmpOpts...); diff != "" {
			t.Errorf("RelationsWithEnds(%+v, %+v) entities (-got +want):\n%s", f, p, diff)
		}
		return pg.Relations, pg.Cursors, pg.PageInfo, nil
	}
}

// lister fetches one page of some list.
type lister[T any] func(p kg.Page) ([]T, []string, kg.PageInfo, error)

// checkPages walks a keyset-paginated list in every way a client can and
// compares each page with the slice of want it must be.
func checkPages[T any](t *testing.T, list lister[T], want []T, cursor func(T) kg.Cursor) {
	t.Helper()
	n := len(want)
	wantCursors := make([]string, n)
	for i, w := range want {
		wantCursors[i] = cursor(w).Encode()
	}
	check := func(what string, p kg.Page, lo, hi int, hasPrev, hasNext bool) kg.PageInfo {
		t.Helper()
		items, cursors, info, err := list(p)
		if err != nil {
			t.Fatalf("%s %+v: %v", what, p, err)
		}
		if diff := cmp.Diff(items, want[lo:hi], cmpOpts...); diff != "" {
			t.Errorf("%s %+v: items (-got +want):\n%s", what, p, diff)
		}
		if diff := cmp.Diff(cursors, wantCursors[lo:hi], cmpOpts...); diff != "" {
			t.Errorf("%s %+v: cursors (-got +want):\n%s", what, p, diff)
		}
		wantInfo := kg.PageInfo{HasPreviousPage: hasPrev, HasNextPage: hasNext}
		if hi > lo {
			wantInfo.StartCursor, wantInfo.EndCursor = wantCursors[lo], wantCursors[hi-1]
		}
		if diff := cmp.Diff(info, wantInfo); diff != "" {
			t.Errorf("%s %+v: page info (-got +want):\n%s", what, p, diff)
		}
		return info
	}
	check("whole list", kg.Page{First: kg.MaxPageSize}, 0, n, false, false)
	if n <= kg.DefaultPageSize {
		check("default page", kg.Page{}, 0, n, false, false)
	}
	for _, size := range []int{1, 2, 3} {
		// Forwards from the start.
		p := kg.Page{First: size}
		for lo := 0; ; lo += size {
			hi := min(lo+size, n)
			info := check(fmt.Sprintf("forward size %d at %d", size, lo), p, lo, hi, lo > 0, hi < n)
			if !info.HasNextPage || lo > n {
				break
			}
			p.After = info.EndCursor
		}
		// Backwards from the end.
		p = kg.Page{Last: size}
		for hi := n; ; hi -= size {
			lo := max(hi-size, 0)
			info := check(fmt.Sprintf("backward size %d at %d", size, hi), p, lo, hi, lo > 0, hi < n)
			if !info.HasPreviousPage || hi < 0 {
				break
			}
			p.Before = info.StartCursor
		}
	}
	// Pages around a cursor, for the items at both ends and in the middle.
	for _, k := range []int{0, 1, n / 2, n - 2, n - 1} {
		if k < 0 || k >= n {
			continue
		}
		c := wantCursors[k]
		check(fmt.Sprintf("first 2 before item %d", k), kg.Page{First: 2, Before: c}, 0, min(2, k), false, true)
		check(fmt.Sprintf("last 2 after item %d", k), kg.Page{Last: 2, After: c}, max(k+1, n-2), n, true, false)
		check(fmt.Sprintf("before item %d, default size", k), kg.Page{Before: c}, max(0, k-kg.DefaultPageSize), k, k > kg.DefaultPageSize, true)
		check(fmt.Sprintf("after item %d, default size", k), kg.Page{After: c}, k+1, min(n, k+1+kg.DefaultPageSize), true, k+1+kg.DefaultPageSize < n)
	}
	for _, p := range []kg.Page{
		{After: "not a cursor"},
		{Before: "!!!"},
		{After: kg.Cursor{Key: "x"}.Encode()}, // no ID
		{First: -1},
		{Last: -2},
		{First: kg.MaxPageSize + 1},
		{First: 1, Last: 1},
		{After: wantCursorOr(wantCursors, 0), Before: wantCursorOr(wantCursors, 0)},
	} {
		_, _, _, err := list(p)
		wantErr(t, fmt.Sprintf("page %+v", p), err, kg.ErrInvalid)
	}
}

func wantCursorOr(cs []string, i int) string {
	if i < len(cs) {
		return cs[i]
	}
	return kg.Cursor{ID: "x"}.Encode()
}

func entityCursor(o kg.EntityOrder) func(kg.Entity) kg.Cursor {
	return func(e kg.Entity) kg.Cursor {
		switch o {
		case kg.ByName:
			return kg.Cursor{Key: kg.FoldName(e.Name), ID: e.ID}
		case kg.ByLastSeen:
			return kg.Cursor{Key: dateKey(e.LastSeen), ID: e.ID}
		}
		return kg.Cursor{Num: int64(e.Mentions), ID: e.ID}
	}
}

func dateKey(d interface {
	IsZero() bool
	Format(string) string
}) string {
	if d.IsZero() {
		return ""
	}
	return d.Format(kg.DateLayout)
}

func testPagination(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s, m := loaded(t, open, newsCorpus(), graphCorpus())
	for _, o := range entityOrders {
		for _, ft := range []struct {
			name string
			f    kg.EntityFilter
		}{
			{"all", kg.EntityFilter{}},
			{"people", kg.EntityFilter{Kinds: []kg.Kind{kg.Person}}},
			{"nothing", kg.EntityFilter{Name: "no such thing"}},
		} {
			f := ft.f
			f.Order = o
			t.Run(fmt.Sprintf("entities/%s/%s", ft.name, o), func(t *testing.T) {
				checkPages(t, func(p kg.Page) ([]kg.Entity, []string, kg.PageInfo, error) {
					pg, err := s.Entities(ctx, f, p)
					return pg.Entities, pg.Cursors, pg.PageInfo, err
				}, m.list(f), entityCursor(o))
			})
		}
	}
	for _, ft := range []struct {
		name string
		f    kg.RelationFilter
	}{
		{"all", kg.RelationFilter{}},
		{"said", kg.RelationFilter{Types: []kg.RelType{kg.Said}}},
		{"nothing", kg.RelationFilter{Source: "person:nobody"}},
	} {
		t.Run("relations/"+ft.name, func(t *testing.T) {
			checkPages(t, func(p kg.Page) ([]kg.Relation, []string, kg.PageInfo, error) {
				pg, err := s.Relations(ctx, ft.f, p)
				return pg.Relations, pg.Cursors, pg.PageInfo, err
			}, m.relations(relKeep(ft.f)), func(r kg.Relation) kg.Cursor { return kg.Cursor{Key: dateKey(r.Date), ID: r.ID} })
		})
	}
	t.Run("articles", func(t *testing.T) {
		checkPages(t, func(p kg.Page) ([]kg.Article, []string, kg.PageInfo, error) {
			pg, err := s.Articles(ctx, kg.ArticleFilter{}, p)
			return pg.Articles, pg.Cursors, pg.PageInfo, err
		}, m.articles(nil), func(a kg.Article) kg.Cursor { return kg.Cursor{Key: dateKey(a.Date), ID: a.ID} })
	})
	t.Run("cursor of a deleted item", func(t *testing.T) {
		// Keyset cursors hold their position when the item goes away.
		all := m.articles(nil)
		mid := kg.Cursor{Key: dateKey(all[1].Date), ID: all[1].ID}.Encode()
		if err := s.DeleteArticle(ctx, all[1].ID); err != nil {
			t.Fatal(err)
		}
		pg, err := s.Articles(ctx, kg.ArticleFilter{}, kg.Page{First: kg.MaxPageSize, After: mid})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(pg.Articles, all[2:], cmpOpts...); diff != "" {
			t.Errorf("Articles after a deleted item's cursor (-got +want):\n%s", diff)
		}
		if !pg.PageInfo.HasPreviousPage || pg.PageInfo.HasNextPage {
			t.Errorf("page info %+v, want previous and no next", pg.PageInfo)
		}
	})
}

func testSearch(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s, m := loaded(t, open, newsCorpus())
	tests := []struct {
		name  string
		text  string
		kinds []kg.Kind
		limit int
		// top, when set, is the entity and field the first hit must have:
		// a check of the tiers independent of the model.
		top      kg.Entity
		topField string
	}{
		{name: "exact name", text: "Ada Quill", top: ada, topField: "name"},
		{name: "exact name any case", text: "aDA qUILL", top: ada, topField: "name"},
		{name: "name prefix", text: "ada", top: ada, topField: "name"},
		{name: "diacritics folded", text: "celia", top: celia, topField: "name"},
		{name: "diacritics in query", text: "CÉLIA ÖRN", top: celia, topField: "name"},
		{name: "exact beats partial", text: "karsk", top: karsk, topField: "name"},
		{name: "alias", text: "quill", top: ada, topField: "alias"},
		{name: "alias prefix", text: "vant", top: bruno, topField: "alias"},
		{name: "partial name", text: "alliance", top: northwind, topField: "name"},
		{name: "evidence", text: "lighthouse", top: bruno, topField: "evidence"},
		{name: "evidence with diacritics", text: "DENIED MEETING", top: celia, topField: "evidence"},
		{name: "kinds filter", text: "karsk", kinds: []kg.Kind{kg.Event}, top: siege, topField: "name"},
		{name: "two kinds", text: "o", kinds: []kg.Kind{kg.Place, kg.Organization}},
		{name: "limit", text: "a", limit: 2},
		{name: "short text", text: "or"},
		{name: "FTS syntax", text: `"quill*" OR (vantage) NEAR:x ^a -b`},
		{name: "only punctuation", text: `"*"()`},
		{name: "empty", text: ""},
		{name: "spaces", text: "   "},
		{name: "no match", text: "xylophone"},
		{name: "sql", text: `'; DROP TABLE entities; --`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Search(ctx, tt.text, tt.kinds, tt.limit)
			if err != nil {
				t.Fatalf("Search: %v", err)
			}
			limit := tt.limit
			if limit == 0 {
				limit = kg.DefaultPageSize
			}
			want := m.search(tt.text, tt.kinds, limit)
			if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
				t.Errorf("Search(%q) (-got +want):\n%s", tt.text, diff)
			}
			if tt.top.ID != "" {
				if len(got) == 0 || got[0].Entity.ID != tt.top.ID || got[0].Field != tt.topField {
					t.Errorf("Search(%q): first hit %+v, want %s by %s", tt.text, got, tt.top.ID, tt.topField)
				}
			}
			for i := 1; i < len(got); i++ {
				if got[i].Score > got[i-1].Score {
					t.Errorf("Search(%q): hit %d scores above hit %d", tt.text, i, i-1)
				}
			}
		})
	}
	t.Run("invalid", func(t *testing.T) {
		for _, c := range []struct {
			kinds []kg.Kind
			limit int
		}{{limit: -1}, {limit: kg.MaxPageSize + 1}, {kinds: []kg.Kind{"ROBOT"}}} {
			_, err := s.Search(ctx, "ada", c.kinds, c.limit)
			wantErr(t, fmt.Sprintf("Search(%+v)", c), err, kg.ErrInvalid)
		}
		for _, text := range []string{"ada \xff", strings.Repeat("a", kg.MaxSentenceBytes+1)} {
			_, err := s.Search(ctx, text, nil, 0)
			wantErr(t, fmt.Sprintf("Search(%.20q)", text), err, kg.ErrInvalid)
		}
	})
}

func testRelations(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	c := newsCorpus()
	s, m := loaded(t, open, c, graphCorpus())
	tests := []struct {
		name string
		f    kg.RelationFilter
	}{
		{"all", kg.RelationFilter{}},
		{"one type", kg.RelationFilter{Types: []kg.RelType{kg.Said}}},
		{"two types", kg.RelationFilter{Types: []kg.RelType{kg.Met, kg.Attacked}}},
		{"structural types", kg.RelationFilter{Types: []kg.RelType{kg.ParticipatedIn, kg.OccurredIn}}},
		{"status", kg.RelationFilter{Statuses: []kg.Status{kg.Planned}}},
		{"statuses", kg.RelationFilter{Statuses: []kg.Status{kg.Denied, kg.Proposed}}},
		{"entity either end", kg.RelationFilter{Entity: ada.ID}},
		{"source", kg.RelationFilter{Source: bruno.ID}},
		{"target", kg.RelationFilter{Target: ada.ID}},
		{"source and target", kg.RelationFilter{Source: gc.ID, Target: ga1.ID}},
		{"article", kg.RelationFilter{ArticleID: c[2].Article.ID}},
		{"from", kg.RelationFilter{From: day("2024-03-01")}},
		{"to", kg.RelationFilter{To: day("2024-01-05")}},
		{"range", kg.RelationFilter{From: day("2024-01-02"), To: day("2024-03-01")}},
		{"one day", kg.RelationFilter{From: day("2024-03-05"), To: day("2024-03-05")}},
		{"text in quote", kg.RelationFilter{Text: "harbor"}},
		{"text any case", kg.RelationFilter{Text: "NO COMMENT"}},
		{"text in sentence", kg.RelationFilter{Text: "lighthouse"}},
		{"text with diacritics", kg.RelationFilter{Text: "célia örn"}},
		{"text percent", kg.RelationFilter{Text: "%"}},
		{"text underscore", kg.RelationFilter{Text: "_"}},
		{"combined", kg.RelationFilter{Types: []kg.RelType{kg.Said, kg.Met}, Entity: bruno.ID, Statuses: []kg.Status{kg.Planned}}},
		{"unknown entity", kg.RelationFilter{Entity: "person:nobody"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := m.relations(relKeep(tt.f))
			got := allRelations(t, s, tt.f)
			if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
				t.Errorf("Relations (-got +want):\n%s", diff)
			}
			checkPages(t, func(p kg.Page) ([]kg.Relation, []string, kg.PageInfo, error) {
				pg, err := s.Relations(ctx, tt.f, p)
				return pg.Relations, pg.Cursors, pg.PageInfo, err
			}, want, func(r kg.Relation) kg.Cursor { return kg.Cursor{Key: dateKey(r.Date), ID: r.ID} })
			t.Run("with ends", func(t *testing.T) {
				checkPages(t, withEnds(t, s, m, tt.f), want, func(r kg.Relation) kg.Cursor { return kg.Cursor{Key: dateKey(r.Date), ID: r.ID} })
			})
		})
	}
	t.Run("undated last", func(t *testing.T) {
		all := allRelations(t, s, kg.RelationFilter{})
		for i := 1; i < len(all); i++ {
			if all[i-1].Date.IsZero() && !all[i].Date.IsZero() {
				t.Errorf("undated relation %s listed before dated %s", all[i-1].ID, all[i].ID)
			}
		}
	})
	t.Run("invalid", func(t *testing.T) {
		for _, f := range []kg.RelationFilter{
			{Types: []kg.RelType{"LOVED"}},
			{Statuses: []kg.Status{"maybe"}},
		} {
			_, err := s.Relations(ctx, f, kg.Page{})
			wantErr(t, fmt.Sprintf("Relations(%+v)", f), err, kg.ErrInvalid)
		}
	})
	t.Run("text lowered like Go", func(t *testing.T) {
		// Text is lowered as Go's strings.ToLower does. Java's (Cypher's
		// toLower) differs: a word-final capital sigma becomes "ς", not
		// "σ", and a dotted capital I becomes two runes, not "i"; a store
		// that lowers on the server misses these. Last: it opens a store
		// of its own, which may empty the one above.
		sentence := "ΟΔΟΣ İKARO"
		a := art(sentence+" was the whole of the message sent that evening.", "2024-04-02")
		g := sub(a, []kg.Entity{ada, bruno},
			relSpec{typ: kg.Met, src: ada, dst: bruno, date: "2024-04-02", sentence: sentence},
			relSpec{typ: kg.Met, src: bruno, dst: ada, date: "2024-04-02", sentence: "Nothing of note."})
		s, m := loaded(t, open, []kg.Subgraph{g})
		for _, text := range []string{"οδοσ", "Σ İ", "ikaro", "ΟΔΟΣ İKARO"} {
			t.Run(text, func(t *testing.T) {
				f := kg.RelationFilter{Text: text}
				want := m.relations(relKeep(f))
				if len(want) != 1 || want[0].Evidence.Sentence != sentence {
					t.Fatalf("model finds %d relations for %q, want the one with %q", len(want), text, sentence)
				}
				if diff := cmp.Diff(allRelations(t, s, f), want, cmpOpts...); diff != "" {
					t.Errorf("Relations(Text: %q) (-got +want):\n%s", text, diff)
				}
			})
		}
	})
}

func testArticles(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	c := newsCorpus()
	s, m := loaded(t, open, c, graphCorpus(), hostileCorpus())
	mentions := func(id string) func(kg.Subgraph) bool {
		return func(g kg.Subgraph) bool {
			for _, e := range g.Entities {
				if e.ID == id {
					return true
				}
			}
			return false
		}
	}
	dated := func(from, to string) func(kg.Subgraph) bool {
		return func(g kg.Subgraph) bool { return inRange(g.Article.Date, day(from), day(to)) }
	}
	tests := []struct {
		name string
		f    kg.ArticleFilter
		keep func(kg.Subgraph) bool
	}{
		{"all", kg.ArticleFilter{}, nil},
		{"from", kg.ArticleFilter{From: day("2024-03-10")}, dated("2024-03-10", "")},
		{"to", kg.ArticleFilter{To: day("2024-03-01")}, dated("", "2024-03-01")},
		{"range", kg.ArticleFilter{From: day("2024-03-01"), To: day("2024-06-03")}, dated("2024-03-01", "2024-06-03")},
		{"entity", kg.ArticleFilter{EntityID: dmitri.ID}, mentions(dmitri.ID)},
		{"entity and range", kg.ArticleFilter{EntityID: celia.ID, From: day("2024-01-01")}, func(g kg.Subgraph) bool {
			return mentions(celia.ID)(g) && dated("2024-01-01", "")(g)
		}},
		{"unknown entity", kg.ArticleFilter{EntityID: "person:nobody"}, mentions("person:nobody")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkPages(t, func(p kg.Page) ([]kg.Article, []string, kg.PageInfo, error) {
				pg, err := s.Articles(ctx, tt.f, p)
				return pg.Articles, pg.Cursors, pg.PageInfo, err
			}, m.articles(tt.keep), func(a kg.Article) kg.Cursor { return kg.Cursor{Key: dateKey(a.Date), ID: a.ID} })
		})
	}
}

func testEmpty(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s := open(t)
	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(st, newModel().stats()); diff != "" {
		t.Errorf("Stats (-got +want):\n%s", diff)
	}
	ep, err := s.Entities(ctx, kg.EntityFilter{}, kg.Page{})
	if err != nil || len(ep.Entities) != 0 || ep.PageInfo != (kg.PageInfo{}) {
		t.Errorf("Entities = %+v, %v; want an empty page", ep, err)
	}
	if n, err := s.CountEntities(ctx, kg.EntityFilter{}); err != nil || n != 0 {
		t.Errorf("CountEntities = %d, %v; want 0", n, err)
	}
	rp, err := s.Relations(ctx, kg.RelationFilter{}, kg.Page{Last: 3})
	if err != nil || len(rp.Relations) != 0 || rp.PageInfo != (kg.PageInfo{}) {
		t.Errorf("Relations = %+v, %v; want an empty page", rp, err)
	}
	ap, err := s.Articles(ctx, kg.ArticleFilter{}, kg.Page{First: 3})
	if err != nil || len(ap.Articles) != 0 || ap.PageInfo != (kg.PageInfo{}) {
		t.Errorf("Articles = %+v, %v; want an empty page", ap, err)
	}
	if hits, err := s.Search(ctx, "anything", nil, 0); err != nil || len(hits) != 0 {
		t.Errorf("Search = %+v, %v; want no hits", hits, err)
	}
	if got, err := s.EntitiesByID(ctx, []string{ada.ID}); err != nil || len(got) != 0 {
		t.Errorf("EntitiesByID = %+v, %v; want none", got, err)
	}
	if got, err := s.ArticleEntities(ctx, []string{"article:nope"}); err != nil || len(got) != 0 {
		t.Errorf("ArticleEntities = %+v, %v; want an empty map", got, err)
	}
	_, err = s.Neighborhood(ctx, ada.ID, kg.NeighborhoodOptions{Depth: 1})
	wantErr(t, "Neighborhood", err, kg.ErrNotFound)
	_, err = s.Paths(ctx, ada.ID, ada.ID, kg.PathOptions{MaxDepth: 1})
	wantErr(t, "Paths", err, kg.ErrNotFound)
	wantErr(t, "DeleteArticle", s.DeleteArticle(ctx, "article:nope"), kg.ErrNotFound)
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
}

// testHubRelations pages through the relations of an entity at either end
// of many: a store may read such a page from each end in relation order
// and merge the two (the embedded one does), so the pages must still be
// the model's, with the same cursors, in both directions and with every
// filter: parallel statements on one day (ordered by ID), undated ones
// last, SAIDs without target, and a statement of the hub about itself
// (at both ends, listed once). The hub's relations as source and as
// target are paged too, also from cursors of the other end's relations.
func testHubRelations(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	hub := ent(kg.Person, "Hana Hubble", 0)
	others := []kg.Entity{ada, bruno, celia, dmitri, port, karsk, northwind, summit}
	types := []kg.RelType{kg.Met, kg.Said, kg.Attacked}
	statuses := []kg.Status{kg.Happened, kg.Planned, kg.Denied}
	var batch []kg.Subgraph
	for a := range 3 {
		var specs []relSpec
		for j := range 24 {
			i := a*24 + j
			x := relSpec{typ: types[i%3], src: hub, dst: others[i%len(others)], status: statuses[(i/3)%3]}
			if i%4 == 0 {
				x.src, x.dst = x.dst, x.src
			}
			if i%7 != 0 {
				x.date = fmt.Sprintf("2024-0%d-0%d", 1+i%3, 1+i%4)
			}
			if x.typ == kg.Said {
				x.quote = fmt.Sprintf("Quote %d.", i)
				if i%5 == 0 {
					x.src, x.dst = hub, nobody
				}
			}
			if i == 10 {
				x.dst = hub
			}
			specs = append(specs, x)
		}
		ents := []kg.Entity{as(hub, 3)}
		for _, e := range others {
			ents = append(ents, as(e, 1))
		}
		batch = append(batch, sub(art(fmt.Sprintf("Hub article %d: Hana Hubble and the others.", a), "2024-04-01"), ents, specs...))
	}
	s, m := loaded(t, open, batch)
	filters := []struct {
		name string
		f    kg.RelationFilter
	}{
		{"all", kg.RelationFilter{Entity: hub.ID}},
		{"one type", kg.RelationFilter{Entity: hub.ID, Types: []kg.RelType{kg.Said}}},
		{"two types and a status", kg.RelationFilter{Entity: hub.ID, Types: []kg.RelType{kg.Met, kg.Attacked}, Statuses: []kg.Status{kg.Denied}}},
		{"range", kg.RelationFilter{Entity: hub.ID, From: day("2024-01-03"), To: day("2024-02-04")}},
		{"from", kg.RelationFilter{Entity: hub.ID, From: day("2024-02-02")}},
		{"and a source", kg.RelationFilter{Entity: hub.ID, Source: ada.ID}},
		{"as source", kg.RelationFilter{Source: hub.ID}},
		{"as target", kg.RelationFilter{Target: hub.ID}},
		{"as target, one type and a status", kg.RelationFilter{Target: hub.ID, Types: []kg.RelType{kg.Met}, Statuses: []kg.Status{kg.Happened, kg.Denied}}},
		{"as source, with text", kg.RelationFilter{Source: hub.ID, Text: "quote"}},
		{"as target of a source", kg.RelationFilter{Source: ada.ID, Target: hub.ID}},
	}
	for _, tt := range filters {
		t.Run(tt.name, func(t *testing.T) {
			want := m.relations(relKeep(tt.f))
			if len(want) < 4 {
				t.Fatalf("the model keeps %d relations: the test reads too little", len(want))
			}
			checkPages(t, func(p kg.Page) ([]kg.Relation, []string, kg.PageInfo, error) {
				pg, err := s.Relations(ctx, tt.f, p)
				return pg.Relations, pg.Cursors, pg.PageInfo, err
			}, want, func(r kg.Relation) kg.Cursor { return kg.Cursor{Key: dateKey(r.Date), ID: r.ID} })
			checkPages(t, withEnds(t, s, m, tt.f), want, func(r kg.Relation) kg.Cursor { return kg.Cursor{Key: dateKey(r.Date), ID: r.ID} })
			if tt.f.Source != "" || tt.f.Target != "" {
				return
			}
			f := tt.f
			f.Entity = ""
			for _, n := range []int{1, 5, 21, kg.MaxPageSize} {
				got, err := s.RelationsOf(ctx, []string{hub.ID, ada.ID}, f, n)
				if err != nil {
					t.Fatal(err)
				}
				if diff := cmp.Diff(got[hub.ID], want[:min(n, len(want))], cmpOpts...); diff != "" {
					t.Errorf("RelationsOf(%d) of the hub (-got +want):\n%s", n, diff)
				}
			}
		})
	}
	t.Run("an ID that holds the hub's and more", func(t *testing.T) {
		// The hub's ID, a NUL and a date: no entity, so no relations,
		// though a store keying relations by end ID, NUL and date might
		// read the hub's.
		id := hub.ID + "\x00" + "2024-01-02"
		for _, f := range []kg.RelationFilter{{Entity: id}, {Source: id}, {Target: id}} {
			pg, err := s.Relations(ctx, f, kg.Page{First: kg.MaxPageSize})
			if err != nil {
				t.Fatalf("Relations(%+v): %v", f, err)
			}
			if len(pg.Relations) != 0 || pg.PageInfo.HasNextPage || pg.PageInfo.HasPreviousPage {
				t.Errorf("Relations(%+v) = %d relations, %+v; want none", f, len(pg.Relations), pg.PageInfo)
			}
			pg, ents, err := s.RelationsWithEnds(ctx, f, kg.Page{First: kg.MaxPageSize})
			if err != nil {
				t.Fatalf("RelationsWithEnds(%+v): %v", f, err)
			}
			if len(pg.Relations) != 0 || pg.PageInfo.HasNextPage || pg.PageInfo.HasPreviousPage || len(ents) != 0 {
				t.Errorf("RelationsWithEnds(%+v) = %d relations, %+v, %d entities; want none", f, len(pg.Relations), pg.PageInfo, len(ents))
			}
		}
	})
	t.Run("cursors of the other end", func(t *testing.T) {
		// A store that reads the two ends apart must place a cursor
		// wherever it falls: the list of the hub as source paged from
		// every item of both ends, those where the list turns from one end
		// to the other included, and likewise as target.
		all := m.relations(relKeep(kg.RelationFilter{Entity: hub.ID}))
		pos := make(map[string]int, len(all))
		for i, r := range all {
			pos[r.ID] = i
		}
		cursor := func(r kg.Relation) string { return kg.Cursor{Key: dateKey(r.Date), ID: r.ID}.Encode() }
		for _, f := range []kg.RelationFilter{{Source: hub.ID}, {Target: hub.ID}} {
			list := m.relations(relKeep(f))
			for k, at := range all {
				var before, after []kg.Relation
				notBefore, notAfter := false, false
				for _, r := range list {
					switch p := pos[r.ID]; {
					case p < k:
						before = append(before, r)
						notAfter = true
					case p > k:
						after = append(after, r)
						notBefore = true
					default:
						notAfter, notBefore = true, true
					}
				}
				const size = 3
				for _, tt := range []struct {
					p                kg.Page
					want             []kg.Relation
					hasPrev, hasNext bool
				}{
					{kg.Page{First: size, After: cursor(at)}, after[:min(size, len(after))], notAfter, len(after) > size},
					{kg.Page{Last: size, Before: cursor(at)}, before[max(0, len(before)-size):], len(before) > size, notBefore},
				} {
					pg, err := s.Relations(ctx, f, tt.p)
					if err != nil {
						t.Fatalf("Relations(%+v, %+v): %v", f, tt.p, err)
					}
					rels, cs, info, err := withEnds(t, s, m, f)(tt.p)
					if err != nil {
						t.Fatalf("RelationsWithEnds(%+v, %+v): %v", f, tt.p, err)
					}
					if diff := cmp.Diff(kg.RelationPage{Relations: rels, Cursors: cs, PageInfo: info}, pg, cmpOpts...); diff != "" {
						t.Errorf("RelationsWithEnds(%+v, %+v) at item %d of both ends, against Relations (-got +want):\n%s", f, tt.p, k, diff)
					}
					var cursors []string
					for _, r := range tt.want {
						cursors = append(cursors, cursor(r))
					}
					wantInfo := kg.NewPageInfo(cursors, tt.hasPrev, tt.hasNext)
					if diff := cmp.Diff(pg.Relations, tt.want, cmpOpts...); diff != "" {
						t.Errorf("Relations(%+v) at item %d of both ends (-got +want):\n%s", f, k, diff)
					}
					if diff := cmp.Diff(pg.Cursors, cursors, cmpOpts...); diff != "" {
						t.Errorf("Relations(%+v) at item %d of both ends: cursors (-got +want):\n%s", f, k, diff)
					}
					if diff := cmp.Diff(pg.PageInfo, wantInfo); diff != "" {
						t.Errorf("Relations(%+v) at item %d of both ends: page info (-got +want):\n%s", f, k, diff)
					}
				}
			}
		}
	})
}
