package graph_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// testArticleMentions checks that an article's entities carry the spans
// ingest recorded, in text order, each reading its surface form out of the
// article's text.
func testArticleMentions(t *testing.T, e *env) {
	q := `query($id: ID!) { article(id: $id) { text entities(first: 50) { entity { id } count mentions { text start end } } } }`
	type span struct {
		Text       string
		Start, End int
	}
	for _, g := range fixture() {
		t.Run(g.Article.Title, func(t *testing.T) {
			var got struct {
				Article struct {
					Text     string
					Entities []struct {
						Entity   struct{ ID string }
						Count    int
						Mentions []span
					}
				}
			}
			e.ok(t, q, map[string]any{"id": g.Article.ID}, &got)
			if len(got.Article.Entities) != len(g.Entities) {
				t.Fatalf("%d entities, want %d", len(got.Article.Entities), len(g.Entities))
			}
			for _, ae := range got.Article.Entities {
				var want []span
				for _, m := range g.Mentions { // the fixture lists them in text order
					if m.EntityID == ae.Entity.ID {
						want = append(want, span{m.Text, m.Start, m.End})
					}
				}
				if diff := cmp.Diff(ae.Mentions, want); diff != "" {
					t.Errorf("%s mentions (-got +want):\n%s", ae.Entity.ID, diff)
				}
				for _, sp := range ae.Mentions {
					if got.Article.Text[sp.Start:sp.End] != sp.Text {
						t.Errorf("%s: text[%d:%d] = %q, want %q", ae.Entity.ID, sp.Start, sp.End, got.Article.Text[sp.Start:sp.End], sp.Text)
					}
				}
			}
		})
	}
}
