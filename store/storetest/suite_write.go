package storetest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

func testUpsert(t *testing.T, open func(t *testing.T) kg.Store) {
	c := newsCorpus()
	tests := []struct {
		name    string
		batches [][]kg.Subgraph
	}{
		{"one batch", [][]kg.Subgraph{c}},
		{"one article per batch", [][]kg.Subgraph{{c[0]}, {c[1]}, {c[2]}, {c[3]}}},
		{"same batch twice", [][]kg.Subgraph{c, c}},
		{"duplicate within a batch", [][]kg.Subgraph{{c[0], c[1], c[0]}, {c[1], c[2], c[3]}}},
		{"empty batch", [][]kg.Subgraph{{}, c[:1], {}}},
		{"reverse order", [][]kg.Subgraph{{c[3], c[2]}, {c[1], c[0], c[3]}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := open(t)
			m := newModel()
			for i, b := range tt.batches {
				var want []kg.UpsertResult
				seen := make(map[string]bool)
				for _, g := range b {
					r := kg.UpsertResult{ArticleID: g.Article.ID, Unchanged: m.has(g.Article.ID) || seen[g.Article.ID]}
					if !r.Unchanged {
						r.Entities, r.Relations = len(g.Entities), len(g.Relations)
					}
					seen[g.Article.ID] = true
					want = append(want, r)
				}
				got, err := s.Upsert(ctx, b)
				if err != nil {
					t.Fatalf("Upsert(batch %d): %v", i, err)
				}
				if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
					t.Errorf("Upsert(batch %d) results (-got +want):\n%s", i, diff)
				}
				m.upsert(b)
			}
			checkState(t, s, m.state())

			// Upserting everything again reports every article unchanged
			// and changes nothing.
			before := snapshot(t, s)
			var all []kg.Subgraph
			for _, b := range tt.batches {
				all = append(all, b...)
			}
			got, err := s.Upsert(ctx, all)
			if err != nil {
				t.Fatalf("re-Upsert: %v", err)
			}
			for _, r := range got {
				if !r.Unchanged || r.Entities != 0 || r.Relations != 0 {
					t.Errorf("re-Upsert: %+v, want unchanged with zero counts", r)
				}
			}
			if diff := cmp.Diff(snapshot(t, s), before, cmpOpts...); diff != "" {
				t.Errorf("re-Upsert changed the store (-got +want):\n%s", diff)
			}
		})
	}
}

// extra is an article the atomicity and bad-input tests try to add.
func extra(text string) kg.Subgraph {
	a := art(text, "2024-04-01")
	x := ent(kg.Person, "Extra Person "+text[:5], 2, "Extra")
	y := ent(kg.Place, "Extra Place "+text[:5], 1)
	return sub(a, []kg.Entity{x, y, as(ada, 1)},
		relSpec{typ: kg.Met, src: x, dst: ada, date: "2024-04-01"},
		relSpec{typ: kg.Said, src: x, dst: nobody, quote: "Extra quote."},
		relSpec{typ: kg.OccurredIn, src: x, dst: y},
	)
}

func testAtomic(t *testing.T, open func(t *testing.T) kg.Store) {
	c := newsCorpus()
	tests := []struct {
		name  string
		batch func() []kg.Subgraph
		kind  error
	}{
		{"valid then invalid", func() []kg.Subgraph {
			bad := extra("bad one: empty entity name")
			bad.Entities[1].Name = ""
			return []kg.Subgraph{c[2], extra("good one, would be new"), bad}
		}, kg.ErrInvalid},
		{"invalid first", func() []kg.Subgraph {
			bad := extra("bad two: unknown relation type")
			bad.Relations[0].Type = "LOVED"
			return []kg.Subgraph{bad, c[2]}
		}, kg.ErrInvalid},
		{"kind clash with stored entity", func() []kg.Subgraph {
			g := extra("clash one: ada as a place")
			g.Entities[2].Kind = kg.Place // same ID as the stored person
			return []kg.Subgraph{c[2], g}
		}, kg.ErrConflict},
		{"kind clash within the batch", func() []kg.Subgraph {
			g1, g2 := extra("clash two: first view"), extra("clash two: second view")
			g2.Entities[0].ID = g1.Entities[0].ID
			g2.Entities[0].Kind = kg.Organization
			return []kg.Subgraph{g1, c[3], g2}
		}, kg.ErrConflict},
		{"relation id already stored", func() []kg.Subgraph {
			g := extra("clash three: forged relation id")
			g.Relations[0].ID = c[0].Relations[0].ID
			return []kg.Subgraph{c[2], g}
		}, kg.ErrConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, m := loaded(t, open, c[:2])
			batch := tt.batch()
			_, err := s.Upsert(context.Background(), batch)
			wantErr(t, "Upsert", err, tt.kind)
			checkState(t, s, m.state())
			for _, g := range batch {
				if m.has(g.Article.ID) {
					continue
				}
				_, err := s.Article(context.Background(), g.Article.ID)
				wantErr(t, "Article of a refused batch", err, kg.ErrNotFound)
			}
		})
	}
}

func testBadInput(t *testing.T, open func(t *testing.T) kg.Store) {
	long := func(n int) string { return strings.Repeat("x", n+1) }
	tests := []struct {
		name   string
		mutate func(g *kg.Subgraph)
	}{
		{"unknown entity kind", func(g *kg.Subgraph) { g.Entities[0].Kind = "ROBOT" }},
		{"lower-case entity kind", func(g *kg.Subgraph) { g.Entities[0].Kind = "person" }},
		{"empty entity name", func(g *kg.Subgraph) { g.Entities[0].Name = "" }},
		{"empty entity id", func(g *kg.Subgraph) { g.Entities[1].ID = "" }},
		{"over-long entity name", func(g *kg.Subgraph) { g.Entities[0].Name = long(kg.MaxNameBytes) }},
		{"invalid UTF-8 name", func(g *kg.Subgraph) { g.Entities[0].Name = "Bad \xff\xfe name" }},
		{"invalid UTF-8 alias", func(g *kg.Subgraph) { g.Entities[0].Aliases = []string{"ok", "\xc3\x28"} }},
		{"empty alias", func(g *kg.Subgraph) { g.Entities[0].Aliases = []string{""} }},
		{"too many aliases", func(g *kg.Subgraph) {
			g.Entities[0].Aliases = nil
			for i := 0; i <= kg.MaxAliases; i++ {
				g.Entities[0].Aliases = append(g.Entities[0].Aliases, fmt.Sprint("alias ", i))
			}
		}},
		{"negative mentions", func(g *kg.Subgraph) { g.Entities[0].Mentions = -1 }},
		{"over-long country", func(g *kg.Subgraph) { g.Entities[1].Country = long(kg.MaxNameBytes) }},
		{"entity listed twice", func(g *kg.Subgraph) { g.Entities = append(g.Entities, g.Entities[0]) }},
		{"mention of unknown entity", func(g *kg.Subgraph) { g.Mentions = append(g.Mentions, kg.Mention{EntityID: "person:nobody-here"}) }},
		{"unknown relation type", func(g *kg.Subgraph) { g.Relations[0].Type = "LOVED" }},
		{"unknown status", func(g *kg.Subgraph) { g.Relations[0].Status = "maybe" }},
		{"unknown precision", func(g *kg.Subgraph) { g.Relations[0].Precision = "week" }},
		{"MET without target", func(g *kg.Subgraph) { g.Relations[0].Target = "" }},
		{"empty relation id", func(g *kg.Subgraph) { g.Relations[0].ID = "" }},
		{"relation listed twice", func(g *kg.Subgraph) { g.Relations = append(g.Relations, g.Relations[0]) }},
		{"confidence above 1", func(g *kg.Subgraph) { g.Relations[0].Confidence = 1.5 }},
		{"confidence NaN", func(g *kg.Subgraph) { g.Relations[0].Confidence = math.NaN() }},
		{"target outside the subgraph", func(g *kg.Subgraph) { g.Relations[0].Target = "person:somebody-else" }},
		{"evidence from another article", func(g *kg.Subgraph) { g.Relations[0].Evidence.ArticleID = "article:other" }},
		{"negative offsets", func(g *kg.Subgraph) { g.Relations[0].Evidence.Start = -5 }},
		{"end before start", func(g *kg.Subgraph) { g.Relations[0].Evidence.End = g.Relations[0].Evidence.Start - 1 }},
		{"over-long quote", func(g *kg.Subgraph) { g.Relations[1].Quote = long(kg.MaxQuoteBytes) }},
		{"over-long sentence", func(g *kg.Subgraph) { g.Relations[1].Evidence.Sentence = long(kg.MaxSentenceBytes) }},
		{"invalid UTF-8 quote", func(g *kg.Subgraph) { g.Relations[1].Quote = "\xff" }},
		{"empty article id", func(g *kg.Subgraph) { g.Article.ID = "" }},
		{"empty article text", func(g *kg.Subgraph) { g.Article.Text = "" }},
		{"invalid UTF-8 article text", func(g *kg.Subgraph) { g.Article.Text = "text \xed\xa0\x80 surrogate" }},
		{"over-long title", func(g *kg.Subgraph) { g.Article.Title = long(kg.MaxTitleBytes) }},
		{"over-long url", func(g *kg.Subgraph) { g.Article.URL = long(kg.MaxURLBytes) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := newsCorpus()
			s, m := loaded(t, open, c[:1])
			bad := extra("bad input: " + tt.name)
			tt.mutate(&bad)
			_, err := s.Upsert(context.Background(), []kg.Subgraph{c[1], bad})
			wantErr(t, "Upsert", err, kg.ErrInvalid)
			checkState(t, s, m.state())
		})
	}
}

func testVerbatim(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	c := hostileCorpus()
	s, m := loaded(t, open, c)
	checkState(t, s, m.state())
	for _, g := range c {
		got, err := s.Article(ctx, g.Article.ID)
		if err != nil {
			t.Fatalf("Article(%q): %v", g.Article.ID, err)
		}
		if diff := cmp.Diff(got, g.Article, cmpOpts...); diff != "" {
			t.Errorf("Article(%q) (-got +want):\n%s", g.Article.ID, diff)
		}
		for _, e := range g.Entities {
			got, err := s.Entity(ctx, e.ID)
			if err != nil {
				t.Fatalf("Entity(%q): %v", e.ID, err)
			}
			if diff := cmp.Diff(got, m.entity(e.ID), cmpOpts...); diff != "" {
				t.Errorf("Entity(%q) (-got +want):\n%s", e.ID, diff)
			}
		}
	}
	for _, h := range append(hostile, "%", "_", `\`, `'`, `"`, "*", "(", "\n") {
		t.Run(fmt.Sprintf("%q", h), func(t *testing.T) {
			hits, err := s.Search(ctx, h, nil, 0)
			if err != nil {
				t.Fatalf("Search(%q): %v", h, err)
			}
			if diff := cmp.Diff(hits, m.search(h, nil, kg.DefaultPageSize), cmpOpts...); diff != "" {
				t.Errorf("Search(%q) (-got +want):\n%s", h, diff)
			}
			rf := kg.RelationFilter{Text: h}
			if diff := cmp.Diff(relationIDs(allRelations(t, s, rf)), relationIDs(m.relations(relKeep(rf))), cmpOpts...); diff != "" {
				t.Errorf("Relations(Text: %q) (-got +want):\n%s", h, diff)
			}
			ef := kg.EntityFilter{Name: h}
			if diff := cmp.Diff(entityIDs(allEntities(t, s, ef)), entityIDs(m.list(ef)), cmpOpts...); diff != "" {
				t.Errorf("Entities(Name: %q) (-got +want):\n%s", h, diff)
			}
		})
	}
	// Nothing above dropped or emptied anything.
	checkState(t, s, m.state())
}

func testAggregates(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	c := newsCorpus()
	s, m := loaded(t, open, c[:2], c[2:])
	want := m.entities()
	for id, w := range want {
		t.Run(id, func(t *testing.T) {
			got, err := s.Entity(ctx, id)
			if err != nil {
				t.Fatalf("Entity: %v", err)
			}
			if diff := cmp.Diff(got, w, cmpOpts...); diff != "" {
				t.Errorf("Entity (-got +want):\n%s", diff)
			}
		})
	}
	// The rules the model applies, checked against the input directly.
	t.Run("rules", func(t *testing.T) {
		for _, id := range []string{ada.ID, bruno.ID, dmitri.ID, northwind.ID} {
			got, err := s.Entity(ctx, id)
			if err != nil {
				t.Fatalf("Entity(%q): %v", id, err)
			}
			sum, seen := 0, map[string]bool{}
			var dates []string
			for _, g := range c {
				for _, e := range g.Entities {
					if e.ID == id {
						sum += e.Mentions
						for _, a := range e.Aliases {
							seen[a] = true
						}
						if !g.Article.Date.IsZero() {
							dates = append(dates, g.Article.Date.Format(kg.DateLayout))
						}
					}
				}
			}
			if got.Mentions != sum {
				t.Errorf("%s: Mentions = %d, want the sum over articles %d", id, got.Mentions, sum)
			}
			if len(got.Aliases) != len(seen) {
				t.Errorf("%s: Aliases = %q, want the union of %v", id, got.Aliases, seen)
			}
			for i, a := range got.Aliases {
				if !seen[a] || (i > 0 && got.Aliases[i-1] >= a) {
					t.Errorf("%s: Aliases = %q, want the sorted union of %v", id, got.Aliases, seen)
				}
			}
			for _, d := range dates {
				if f := got.FirstSeen.Format(kg.DateLayout); f > d {
					t.Errorf("%s: FirstSeen %s after a mentioning article dated %s", id, f, d)
				}
				if l := got.LastSeen.Format(kg.DateLayout); l < d {
					t.Errorf("%s: LastSeen %s before a mentioning article dated %s", id, l, d)
				}
			}
		}
		mi, err := s.Entity(ctx, ministry.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !mi.FirstSeen.IsZero() || !mi.LastSeen.IsZero() {
			t.Errorf("entity named only by an undated article: seen %v..%v, want zero", mi.FirstSeen, mi.LastSeen)
		}
		p, err := s.Entity(ctx, port.ID)
		if err != nil {
			t.Fatal(err)
		}
		if p.Country != c[0].Entities[3].Country {
			t.Errorf("Port country = %q, want the first stored %q", p.Country, c[0].Entities[3].Country)
		}
		k, err := s.Entity(ctx, karsk.ID)
		if err != nil {
			t.Fatal(err)
		}
		if k.Country != c[2].Entities[3].Country {
			t.Errorf("Karsk country = %q, want the later value %q filling an empty one", k.Country, c[2].Entities[3].Country)
		}
	})
	t.Run("undated articles do not move first and last seen", func(t *testing.T) {
		var b []kg.Subgraph
		for i := 0; i < 6; i++ {
			g := extra(fmt.Sprintf("undated article %d naming a dated entity", i))
			g.Article.Date = time.Time{}
			b = append(b, g)
		}
		if _, err := s.Upsert(ctx, b); err != nil {
			t.Fatal(err)
		}
		m.upsert(b)
		got, err := s.Entity(ctx, ada.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(got, m.entity(ada.ID), cmpOpts...); diff != "" {
			t.Errorf("Entity (-got +want):\n%s", diff)
		}
		if got.FirstSeen.IsZero() || got.LastSeen.IsZero() {
			t.Errorf("seen %v..%v, want the dates of the dated articles", got.FirstSeen, got.LastSeen)
		}
	})
	t.Run("kind fields kept or filled", func(t *testing.T) {
		a := art("A later article about the siege, with dates and another place.", "2024-03-20")
		sg := as(siege, 1)
		sg.StartDate, sg.EndDate = day("2024-02-27"), day("2024-03-03") // stored empty: filled
		sg.PlaceID = port.ID                                            // stored non-empty: kept
		pl := as(port, 1)
		pl.Country = "Elsewhere" // stored non-empty: kept
		g := sub(a, []kg.Entity{sg, pl}, relSpec{typ: kg.OccurredIn, src: siege, dst: port, date: "2024-02-27"})
		if _, err := s.Upsert(ctx, []kg.Subgraph{g}); err != nil {
			t.Fatal(err)
		}
		m.upsert([]kg.Subgraph{g})
		got, err := s.Entity(ctx, siege.ID)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(got, m.entity(siege.ID), cmpOpts...); diff != "" {
			t.Errorf("Entity (-got +want):\n%s", diff)
		}
		if !got.StartDate.Equal(sg.StartDate) || !got.EndDate.Equal(sg.EndDate) || got.PlaceID != karsk.ID {
			t.Errorf("siege: %v..%v in %q; want the new dates filled in and the first place %q kept", got.StartDate, got.EndDate, got.PlaceID, karsk.ID)
		}
		p, err := s.Entity(ctx, port.ID)
		if err != nil {
			t.Fatal(err)
		}
		if p.Country == pl.Country {
			t.Errorf("port country overwritten with %q", p.Country)
		}
	})
	t.Run("first name kept", func(t *testing.T) {
		g := extra("a later article spelling a stored entity differently")
		g.Entities[2].Name = strings.ToUpper(ada.Name) // same ID, other spelling
		g.Entities[2].Aliases = []string{ada.Name, "Q."}
		if _, err := s.Upsert(ctx, []kg.Subgraph{g}); err != nil {
			t.Fatal(err)
		}
		m.upsert([]kg.Subgraph{g})
		got, err := s.Entity(ctx, ada.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Name != ada.Name {
			t.Errorf("Name = %q, want the first stored %q", got.Name, ada.Name)
		}
		if diff := cmp.Diff(got, m.entity(ada.ID), cmpOpts...); diff != "" {
			t.Errorf("Entity (-got +want):\n%s", diff)
		}
	})
}

func testDelete(t *testing.T, open func(t *testing.T) kg.Store) {
	c := newsCorpus()
	tests := []struct {
		name  string
		order []int // indexes into the corpus, deleted in turn
	}{
		{"first article", []int{0}},
		{"undated article", []int{2}},
		{"two in turn", []int{3, 1}},
		{"all", []int{1, 0, 3, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s, m := loaded(t, open, c)
			for _, i := range tt.order {
				id := c[i].Article.ID
				if err := s.DeleteArticle(ctx, id); err != nil {
					t.Fatalf("DeleteArticle(%q): %v", id, err)
				}
				m.delete(id)
				checkState(t, s, m.state())
				_, err := s.Article(ctx, id)
				wantErr(t, "Article after delete", err, kg.ErrNotFound)
				wantErr(t, "DeleteArticle twice", s.DeleteArticle(ctx, id), kg.ErrNotFound)
				// Entities only this article named are gone.
				for _, e := range c[i].Entities {
					if _, live := m.entities()[e.ID]; !live {
						_, err := s.Entity(ctx, e.ID)
						wantErr(t, "Entity only the deleted article named", err, kg.ErrNotFound)
					}
				}
			}
			// Deleted articles can be stored again.
			var again []kg.Subgraph
			for _, i := range tt.order {
				again = append(again, c[i])
			}
			res, err := s.Upsert(ctx, again)
			if err != nil {
				t.Fatalf("Upsert after delete: %v", err)
			}
			for _, r := range res {
				if r.Unchanged {
					t.Errorf("Upsert after delete: %+v reported unchanged", r)
				}
			}
			m.upsert(again)
			checkState(t, s, m.state())
		})
	}
	t.Run("unknown", func(t *testing.T) {
		s, m := loaded(t, open, c)
		for _, id := range []string{"", "article:0000", c[0].Article.ID + "x"} {
			wantErr(t, fmt.Sprintf("DeleteArticle(%q)", id), s.DeleteArticle(context.Background(), id), kg.ErrNotFound)
		}
		checkState(t, s, m.state())
	})
}

func testConcurrency(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	var corpus []kg.Subgraph
	corpus = append(corpus, newsCorpus()...)
	// Insertion order decides kind-specific values; give each entity one
	// value so that every order agrees.
	corpus[3].Entities[1].Country = ""
	for i := 0; i < 8; i++ {
		corpus = append(corpus, extra(fmt.Sprintf("concurrent article number %d", i)))
	}
	s := open(t)
	const workers = 4
	written := make([]map[string]int, workers)
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			written[w] = make(map[string]int)
			// Each worker walks the corpus from its own offset in batches
			// of its own size, so batches overlap across workers.
			n := len(corpus)
			size := w + 2
			for start := 0; start < n; start += size {
				var b []kg.Subgraph
				for j := start; j < start+size && j < n; j++ {
					b = append(b, corpus[(j+w*3)%n])
				}
				res, err := s.Upsert(ctx, b)
				if err != nil {
					errs <- fmt.Errorf("worker %d: %w", w, err)
					return
				}
				for _, r := range res {
					if !r.Unchanged {
						written[w][r.ArticleID]++
					}
				}
			}
		}(w)
	}
	// Readers run alongside: they must neither fail nor block writers.
	done := make(chan struct{})
	var rg sync.WaitGroup
	rerrs := make(chan error, 2)
	for r := 0; r < 2; r++ {
		rg.Add(1)
		go func(r int) {
			defer rg.Done()
			for {
				select {
				case <-done:
					return
				default:
				}
				if _, err := s.Entities(ctx, kg.EntityFilter{Order: kg.ByName}, kg.Page{First: 5}); err != nil {
					rerrs <- fmt.Errorf("reader %d: Entities: %w", r, err)
					return
				}
				if _, err := s.Neighborhood(ctx, ada.ID, kg.NeighborhoodOptions{Depth: 2}); err != nil && !errors.Is(err, kg.ErrNotFound) {
					rerrs <- fmt.Errorf("reader %d: Neighborhood: %w", r, err)
					return
				}
				if _, err := s.Paths(ctx, ada.ID, dmitri.ID, kg.PathOptions{MaxDepth: 3, All: true}); err != nil && !errors.Is(err, kg.ErrNotFound) {
					rerrs <- fmt.Errorf("reader %d: Paths: %w", r, err)
					return
				}
			}
		}(r)
	}
	wg.Wait()
	close(done)
	rg.Wait()
	close(rerrs)
	for err := range rerrs {
		t.Error(err)
	}
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for _, g := range corpus {
		n := 0
		for w := range written {
			n += written[w][g.Article.ID]
		}
		if n != 1 {
			t.Errorf("article %s reported written %d times, want once", g.Article.ID, n)
		}
	}
	m := newModel(corpus)
	checkState(t, s, m.state())
}

func testClosed(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	s, _ := loaded(t, open, newsCorpus())
	if err := s.Ping(ctx); err != nil {
		t.Fatalf("Ping before Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	wantErr(t, "Ping after Close", s.Ping(ctx), kg.ErrUnavailable)
	_, err := s.Entity(ctx, ada.ID)
	wantErr(t, "Entity after Close", err, kg.ErrUnavailable)
	_, err = s.Upsert(ctx, []kg.Subgraph{extra("after close")})
	wantErr(t, "Upsert after Close", err, kg.ErrUnavailable)
	_, err = s.ArticlesByID(ctx, []string{"article:x"})
	wantErr(t, "ArticlesByID after Close", err, kg.ErrUnavailable)
	_, err = s.RelationsOf(ctx, []string{ada.ID}, kg.RelationFilter{}, 1)
	wantErr(t, "RelationsOf after Close", err, kg.ErrUnavailable)
}
