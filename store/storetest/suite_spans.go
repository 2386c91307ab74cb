package storetest

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

// spanned builds a subgraph whose mentions are every occurrence of each
// entity's name in text, listed last occurrence first (stores must put
// them in text order), plus the extra mentions given.
func spanned(text, date string, ents []kg.Entity, extra ...kg.Mention) kg.Subgraph {
	g := kg.Subgraph{Article: art(text, date)}
	for _, e := range ents {
		e.Mentions = max(strings.Count(text, e.Name), 1)
		g.Entities = append(g.Entities, e)
		var ms []kg.Mention
		for from := 0; ; {
			i := strings.Index(text[from:], e.Name)
			if i < 0 {
				break
			}
			ms = append(ms, kg.Mention{EntityID: e.ID, Text: e.Name, Start: from + i, End: from + i + len(e.Name)})
			from += i + len(e.Name)
		}
		for i := len(ms) - 1; i >= 0; i-- {
			g.Mentions = append(g.Mentions, ms[i])
		}
	}
	g.Mentions = append(g.Mentions, extra...)
	return g
}

// testSpans checks that mention spans round-trip through ArticleEntities in
// text order, survive re-ingest unduplicated and go with their article.
func testSpans(t *testing.T, open func(t *testing.T) kg.Store) {
	ctx := context.Background()
	text := "Célia Örn met Ada Quill. Later, Célia Örn said \"no\" to Ada Quill\nin Port Elmsworth; Célia Örn left."
	quill := strings.Index(text, "Quill")
	portAt := strings.Index(text, port.Name)
	a1 := spanned(text, "2024-05-01", []kg.Entity{celia, ada, port},
		// A short form, the same span twice, and one ending before another
		// starting at the same byte: all kept, ordered by start then end.
		kg.Mention{EntityID: ada.ID, Text: "Quill", Start: quill, End: quill + len("Quill")},
		kg.Mention{EntityID: port.ID, Text: "Port", Start: portAt, End: portAt + len("Port")},
		kg.Mention{EntityID: port.ID, Text: "Port", Start: portAt, End: portAt + len("Port")},
	)
	a2 := spanned("Ada Quill visited Port Elmsworth.", "2024-05-02", []kg.Entity{ada, port})
	// An entity listed without mentions has no spans.
	a2.Entities = append(a2.Entities, as(bruno, 1))
	for _, g := range []kg.Subgraph{a1, a2} {
		if err := g.Validate(); err != nil {
			t.Fatalf("fixture: %v", err)
		}
		for _, mt := range g.Mentions {
			if got := g.Article.Text[mt.Start:mt.End]; got != mt.Text {
				t.Fatalf("fixture: mention %q at %d:%d reads %q", mt.Text, mt.Start, mt.End, got)
			}
		}
	}
	ids := []string{a1.Article.ID, a2.Article.ID}
	check := func(t *testing.T, s kg.Store, m *model) {
		t.Helper()
		got, err := s.ArticleEntities(ctx, ids)
		if err != nil {
			t.Fatal(err)
		}
		want := make(map[string][]kg.EntityMentions)
		for _, id := range ids {
			if m.has(id) {
				want[id] = m.mentionsIn(id)
			}
		}
		if diff := cmp.Diff(got, want, cmpOpts...); diff != "" {
			t.Errorf("ArticleEntities (-got +want):\n%s", diff)
		}
		for aid, ems := range got {
			for _, em := range ems {
				for i, sp := range em.Spans {
					if i > 0 && sp.Start < em.Spans[i-1].Start {
						t.Errorf("article %s, %s: spans out of text order: %+v", aid, em.Entity.ID, em.Spans)
					}
				}
			}
		}
	}
	s, m := loaded(t, open, []kg.Subgraph{a1, a2})
	t.Run("round trip", func(t *testing.T) {
		check(t, s, m)
		got, err := s.ArticleEntities(ctx, []string{a1.Article.ID})
		if err != nil {
			t.Fatal(err)
		}
		for _, em := range got[a1.Article.ID] {
			if em.Entity.ID == celia.ID && len(em.Spans) != 3 {
				t.Errorf("%s has %d spans, want its 3 mentions", celia.ID, len(em.Spans))
			}
		}
	})
	t.Run("re-ingest", func(t *testing.T) {
		if _, err := s.Upsert(ctx, []kg.Subgraph{a1}); err != nil {
			t.Fatal(err)
		}
		check(t, s, m)
	})
	t.Run("deleted with the article", func(t *testing.T) {
		if err := s.DeleteArticle(ctx, a1.Article.ID); err != nil {
			t.Fatal(err)
		}
		m.delete(a1.Article.ID)
		check(t, s, m)
		// Written again after the delete, the article has its spans once.
		if _, err := s.Upsert(ctx, []kg.Subgraph{a1}); err != nil {
			t.Fatal(err)
		}
		m.upsert([]kg.Subgraph{a1})
		check(t, s, m)
	})
}
