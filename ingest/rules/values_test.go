package rules

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

// TestRefRules runs every reference rule's examples: the phrase in
// [brackets] must refer to the wanted entity, or to none.
func TestRefRules(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range refRules {
		t.Run(r.name, func(t *testing.T) {
			if seen[r.name] || !strings.HasPrefix(r.name, "ref-") || len(r.doc) < 20 || len(r.cues) == 0 || len(r.examples) == 0 {
				t.Errorf("want a unique ref- name, a doc sentence, cues and examples")
			}
			seen[r.name] = true
			for _, ex := range r.examples {
				lo := strings.Index(ex.text, "[")
				hi := strings.Index(ex.text, "]")
				if lo < 0 || hi < lo {
					t.Fatalf("%q: no [phrase]", ex.text)
				}
				text := ex.text[:lo] + ex.text[lo+1:hi] + ex.text[hi+1:]
				d := runDoc(t, text)
				got := ""
				for _, m := range d.ments {
					if m.start == lo && m.end == hi-1 && m.ent != nil {
						got = m.ent.id()
					}
				}
				if got != ex.want {
					t.Errorf("%q: %q refers to %q, want %q", ex.text, ex.text[lo+1:hi], got, ex.want)
				}
			}
		})
	}
}

// TestEventRules runs every event rule's examples: the events read from
// each must be exactly those it wants.
func TestEventRules(t *testing.T) {
	for _, r := range eventRules {
		t.Run(r.name, func(t *testing.T) {
			if !strings.HasPrefix(r.name, "event-") || len(r.doc) < 20 || len(r.cues) == 0 || len(r.examples) == 0 {
				t.Errorf("want an event- name, a doc sentence, cues and examples")
			}
			for _, ex := range r.examples {
				var got []string
				for _, e := range extractOne(t, ex.text).Entities {
					if e.Kind == kg.Event {
						got = append(got, e.Name)
					}
				}
				if diff := cmp.Diff(ex.want, got); diff != "" {
					t.Errorf("%q: events (-want +got):\n%s", ex.text, diff)
				}
			}
		})
	}
}

// TestTypeRules runs every type rule's examples: the name must be an
// entity of the wanted kind, typed by the rule.
func TestTypeRules(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range typeRules {
		t.Run(r.name, func(t *testing.T) {
			if seen[r.name] || !strings.HasPrefix(r.name, "type-") || len(r.doc) < 20 || len(r.examples) == 0 {
				t.Errorf("want a unique type- name, a doc sentence and examples")
			}
			seen[r.name] = true
			for _, ex := range r.examples {
				d := runDoc(t, ex.text)
				found := false
				for _, m := range d.ments {
					if m.name != ex.name || m.ref {
						continue
					}
					found = true
					kind := m.kind
					if m.ent != nil {
						kind = m.ent.kind
					}
					if kind != ex.want || m.typedBy != r.name {
						t.Errorf("%q: %q is %s typed by %q, want %s by %s", ex.text, ex.name, kind, m.typedBy, ex.want, r.name)
					}
				}
				if !found {
					t.Errorf("%q: no mention %q", ex.text, ex.name)
				}
			}
		})
	}
}
