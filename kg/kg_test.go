package kg_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

func TestEntityID(t *testing.T) {
	tests := []struct {
		name string
		kind kg.Kind
		in   string
		want string
	}{
		{"plain", kg.Person, "Angela Merkel", "person:angela-merkel"},
		{"case and punctuation fold", kg.Person, "  ANGELA   merkel. ", "person:angela-merkel"},
		{"diacritics fold", kg.Person, "José Martí", "person:jose-marti"},
		{"apostrophe dropped", kg.Place, "Côte d’Ivoire", "place:cote-divoire"},
		{"dots", kg.Place, "U.S.", "place:u-s"},
		{"non-latin kept", kg.Place, "Київ", "place:київ"},
		{"kind prefix", kg.Organization, "NATO", "organization:nato"},
		{"nothing sluggable", kg.Event, "?!", "event:_"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := kg.EntityID(tt.kind, tt.in); got != tt.want {
				t.Errorf("EntityID(%s, %q) = %q, want %q", tt.kind, tt.in, got, tt.want)
			}
		})
	}
}

func TestArticleIDStable(t *testing.T) {
	a := kg.ArticleID("Text of an article.\n")
	if b := kg.ArticleID("  Text of an article."); a != b {
		t.Errorf("surrounding white space changed the id: %q vs %q", a, b)
	}
	if c := kg.ArticleID("Text of another article."); a == c {
		t.Errorf("different texts share id %q", a)
	}
	if !strings.HasPrefix(a, "article:") {
		t.Errorf("id %q lacks the article: prefix", a)
	}
}

func TestRelationIDDependsOnEveryPart(t *testing.T) {
	base := kg.RelationID("a", kg.Said, "s", "t", 1, 2, "q")
	variants := map[string]string{
		"article": kg.RelationID("b", kg.Said, "s", "t", 1, 2, "q"),
		"type":    kg.RelationID("a", kg.Met, "s", "t", 1, 2, "q"),
		"source":  kg.RelationID("a", kg.Said, "x", "t", 1, 2, "q"),
		"target":  kg.RelationID("a", kg.Said, "s", "", 1, 2, "q"),
		"start":   kg.RelationID("a", kg.Said, "s", "t", 0, 2, "q"),
		"end":     kg.RelationID("a", kg.Said, "s", "t", 1, 3, "q"),
		"quote":   kg.RelationID("a", kg.Said, "s", "t", 1, 2, "Q"),
		"joins":   kg.RelationID("a", kg.Said, "st", "", 1, 2, "q"),
	}
	for part, id := range variants {
		if id == base {
			t.Errorf("changing the %s did not change the id", part)
		}
	}
	if again := kg.RelationID("a", kg.Said, "s", "t", 1, 2, "q"); again != base {
		t.Errorf("same parts gave %q then %q", base, again)
	}
}

func TestParseEnums(t *testing.T) {
	if k, err := kg.ParseKind(" person "); err != nil || k != kg.Person {
		t.Errorf("ParseKind(person) = %v, %v", k, err)
	}
	if _, err := kg.ParseKind("ANIMAL"); !errors.Is(err, kg.ErrInvalid) {
		t.Errorf("ParseKind(ANIMAL) err = %v, want ErrInvalid", err)
	}
	if r, err := kg.ParseRelType("met"); err != nil || r != kg.Met {
		t.Errorf("ParseRelType(met) = %v, %v", r, err)
	}
	if _, err := kg.ParseRelType("LOVED"); !errors.Is(err, kg.ErrInvalid) {
		t.Errorf("ParseRelType(LOVED) err = %v, want ErrInvalid", err)
	}
	if s, err := kg.ParseStatus("Denied"); err != nil || s != kg.Denied {
		t.Errorf("ParseStatus(Denied) = %v, %v", s, err)
	}
	for _, k := range kg.Kinds {
		if !k.Valid() || k.Label() == "" {
			t.Errorf("kind %q: valid %v label %q", k, k.Valid(), k.Label())
		}
	}
}

func validSubgraph() kg.Subgraph {
	art := kg.Article{Text: "Alpha met Beta in Gamma.", Date: time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)}
	art.ID = kg.ArticleID(art.Text)
	a := kg.Entity{ID: kg.EntityID(kg.Person, "Alpha"), Kind: kg.Person, Name: "Alpha", Mentions: 1}
	b := kg.Entity{ID: kg.EntityID(kg.Person, "Beta"), Kind: kg.Person, Name: "Beta", Mentions: 1}
	rel := kg.Relation{
		Type: kg.Met, Source: a.ID, Target: b.ID, Status: kg.Happened, Precision: kg.PrecisionArticle,
		Date: art.Date, Confidence: 0.8,
		Evidence: kg.Evidence{ArticleID: art.ID, Sentence: art.Text, Start: 0, End: len(art.Text)},
	}
	rel.ID = kg.RelationID(art.ID, rel.Type, rel.Source, rel.Target, 0, len(art.Text), "")
	return kg.Subgraph{
		Article:   art,
		Entities:  []kg.Entity{a, b},
		Mentions:  []kg.Mention{{EntityID: a.ID, Text: "Alpha", Start: 0, End: 5}},
		Relations: []kg.Relation{rel},
	}
}

func TestSubgraphValidate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*kg.Subgraph)
		ok     bool
	}{
		{"valid", func(*kg.Subgraph) {}, true},
		{"unknown kind", func(s *kg.Subgraph) { s.Entities[0].Kind = "ANIMAL" }, false},
		{"empty name", func(s *kg.Subgraph) { s.Entities[0].Name = "" }, false},
		{"long name", func(s *kg.Subgraph) { s.Entities[0].Name = strings.Repeat("x", kg.MaxNameBytes+1) }, false},
		{"bad utf-8 name", func(s *kg.Subgraph) { s.Entities[0].Name = "a\xffb" }, false},
		{"bad utf-8 alias", func(s *kg.Subgraph) { s.Entities[0].Aliases = []string{"\xc3"} }, false},
		{"quotes are fine", func(s *kg.Subgraph) { s.Entities[0].Name = `O'Brien "the \ one"; DROP TABLE x; --` }, true},
		{"duplicate entity", func(s *kg.Subgraph) { s.Entities = append(s.Entities, s.Entities[0]) }, false},
		{"dangling relation", func(s *kg.Subgraph) { s.Relations[0].Target = "person:nobody" }, false},
		{"dangling mention", func(s *kg.Subgraph) { s.Mentions[0].EntityID = "person:nobody" }, false},
		{"met without target", func(s *kg.Subgraph) { s.Relations[0].Target = "" }, false},
		{"said without target", func(s *kg.Subgraph) { s.Relations[0].Type = kg.Said; s.Relations[0].Target = "" }, true},
		{"bad status", func(s *kg.Subgraph) { s.Relations[0].Status = "rumoured" }, false},
		{"bad precision", func(s *kg.Subgraph) { s.Relations[0].Precision = "week" }, false},
		{"confidence above one", func(s *kg.Subgraph) { s.Relations[0].Confidence = 1.5 }, false},
		{"evidence from another article", func(s *kg.Subgraph) { s.Relations[0].Evidence.ArticleID = "article:other" }, false},
		{"bad offsets", func(s *kg.Subgraph) { s.Relations[0].Evidence.Start = 9; s.Relations[0].Evidence.End = 2 }, false},
		{"empty text", func(s *kg.Subgraph) { s.Article.Text = "" }, false},
		{"huge text", func(s *kg.Subgraph) { s.Article.Text = strings.Repeat("a", kg.MaxArticleBytes+1) }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := validSubgraph()
			tt.mutate(&s)
			err := s.Validate()
			if tt.ok && err != nil {
				t.Fatalf("Validate() = %v, want nil", err)
			}
			if !tt.ok && !errors.Is(err, kg.ErrInvalid) {
				t.Fatalf("Validate() = %v, want ErrInvalid", err)
			}
		})
	}
}

func TestCursorRoundTrip(t *testing.T) {
	for _, c := range []kg.Cursor{{ID: "person:a"}, {Key: "2024-01-02", ID: "rel:x"}, {Num: 42, ID: `weird "id" \ /`}} {
		got, err := kg.DecodeCursor(c.Encode())
		if err != nil {
			t.Fatalf("DecodeCursor(%v): %v", c, err)
		}
		if diff := cmp.Diff(got, c); diff != "" {
			t.Errorf("round trip (-got +want):\n%s", diff)
		}
	}
	for _, bad := range []string{"", "!!", "e30", "bm90IGpzb24"} {
		if _, err := kg.DecodeCursor(bad); !errors.Is(err, kg.ErrInvalid) {
			t.Errorf("DecodeCursor(%q) err = %v, want ErrInvalid", bad, err)
		}
	}
}

func TestPageValidate(t *testing.T) {
	tests := []struct {
		name string
		p    kg.Page
		ok   bool
	}{
		{"empty", kg.Page{}, true},
		{"first", kg.Page{First: 10}, true},
		{"last before", kg.Page{Last: 10, Before: "x"}, true},
		{"negative", kg.Page{First: -1}, false},
		{"too big", kg.Page{First: kg.MaxPageSize + 1}, false},
		{"both sizes", kg.Page{First: 1, Last: 1}, false},
		{"both cursors", kg.Page{After: "a", Before: "b"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.p.Validate()
			if (err == nil) != tt.ok {
				t.Errorf("Validate() = %v, want ok=%v", err, tt.ok)
			}
		})
	}
	if (kg.Page{}).Size() != kg.DefaultPageSize || (kg.Page{Last: 3}).Size() != 3 || !(kg.Page{Last: 3}).Backward() {
		t.Error("Size/Backward disagree with the page asked for")
	}
}
