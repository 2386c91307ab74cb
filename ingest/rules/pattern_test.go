package rules

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

// relString is a relation in short: "SAID source: quote" for statements,
// "TYPE source -> target status" for the rest.
func relString(r kg.Relation) string {
	if r.Type == kg.Said {
		return string(r.Type) + " " + r.Source + ": " + r.Quote
	}
	return string(r.Type) + " " + r.Source + " -> " + r.Target + " " + string(r.Status)
}

// runDoc extracts text as Extract does and returns the working state, whose
// relBy says which pattern read each relation.
func runDoc(t *testing.T, text string) *doc {
	t.Helper()
	a := kg.Article{ID: kg.ArticleID(text), Text: text, Date: time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)}
	d := newDoc(a)
	d.events = true
	for _, st := range stages {
		st.run(d)
	}
	return d
}

// TestPatterns runs every pattern's examples: the relations of the
// pattern's type read from each example must be exactly those it wants, and
// at least one of them must come from the pattern itself, so that each
// example exercises the pattern it documents.
func TestPatterns(t *testing.T) {
	for _, p := range patterns {
		t.Run(p.name, func(t *testing.T) {
			for _, ex := range p.examples {
				d := runDoc(t, ex.text)
				var got []string
				mine := false
				for i, r := range d.rels {
					if r.Type != p.typ {
						continue
					}
					s := relString(r)
					got = append(got, s)
					if slices.Contains(strings.Split(d.relBy[i], "+"), p.name) && slices.Contains(ex.want, s) {
						mine = true
					}
				}
				slices.Sort(got)
				want := slices.Sorted(slices.Values(ex.want))
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%q: %s relations (-want +got):\n%s", ex.text, p.typ, diff)
					continue
				}
				if len(ex.want) > 0 && !mine {
					t.Errorf("%q: no wanted relation was read by %s (by: %v)", ex.text, p.name, d.relBy)
				}
			}
		})
	}
}

var patternName = regexp.MustCompile(`^(said|attack|met)-[a-z]+(-[a-z]+)*$`)

// TestPatternsDocumented holds every pattern to the contract doc.go
// describes: a unique name that says its relation, a doc sentence, one way
// to be called, and at least one example that reads a relation.
func TestPatternsDocumented(t *testing.T) {
	seen := map[string]bool{}
	for _, p := range patterns {
		if !patternName.MatchString(p.name) || seen[p.name] {
			t.Errorf("pattern name %q: want a unique said-…, attack-… or met-… name", p.name)
		}
		seen[p.name] = true
		if prefix, _, _ := strings.Cut(p.name, "-"); map[string]kg.RelType{"said": kg.Said, "attack": kg.Attacked, "met": kg.Met}[prefix] != p.typ {
			t.Errorf("%s: type %s does not match its name", p.name, p.typ)
		}
		if len(p.doc) < 20 || !strings.HasSuffix(strings.TrimRight(p.doc, "\"\u201d"), ".") {
			t.Errorf("%s: doc %q: want a sentence", p.name, p.doc)
		}
		if (p.at == nil) == (p.attribute == nil) {
			t.Errorf("%s: want exactly one of at and attribute", p.name)
		}
		if p.at != nil && len(p.cues) == 0 {
			t.Errorf("%s: a token pattern needs cue words", p.name)
		}
		positive := false
		for _, ex := range p.examples {
			positive = positive || len(ex.want) > 0
		}
		if !positive {
			t.Errorf("%s: no example that reads a relation", p.name)
		}
	}
}
