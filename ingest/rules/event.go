package rules

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/ingest/gazetteer"
	"github.com/newsgraph/newsgraph/kg"
)

// findEvents adds events named by lower-case phrases around a place or an
// actor: "<Place> talks", "the Turkish offensive", "Zambia's general
// elections", "the war in <Place>", "invasion of <Place>". Phrases with an
// indefinite article ("a Russian attack") are instances, not named events,
// and are left alone.
func (d *doc) findEvents() {
	type key struct{ class, anchor string }
	evs := map[key]*entity{}
	for n := range d.toks {
		t := &d.toks[n]
		class, ok := eventClass[t.lower]
		if !ok || t.kind != tWord || t.cap || d.inQuote[n] || d.mentAt[n] != nil {
			continue
		}
		si := int(d.sentOf[n])
		s := d.sents[si]
		// before: "<anchor>('s) <mods> noun"
		k := n - 1
		for k >= s.lo && k > n-5 && d.mentAt[k] == nil && (eventMods[d.toks[k].lower] || d.toks[k].kind == tNum || months[d.toks[k].lower] != 0 && d.toks[k].cap) {
			k--
		}
		if k-2 >= s.lo && d.toks[k].text == ")" && d.toks[k-2].text == "(" {
			k -= 3 // "African Union (AU) summit"
		}
		poss := false
		if k >= s.lo && (d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s") {
			poss = true
			k--
		}
		var anchor *mention
		if k >= s.lo {
			if m := d.mentAt[k]; m != nil && m.ent != nil && m.hi == k+1 && m.ent.kind != kg.Person && m.ent.kind != kg.Event {
				anchor = m
			}
		}
		if anchor != nil {
			if anchor.lo > s.lo {
				p := d.toks[anchor.lo-1].lower
				if (p == "a" || p == "an" || p == "another" || p == "any") && class != "talks" && class != "summit" {
					continue
				}
			}
			actor := anchor.demonym || poss || isCountry(anchor.ent.name) || anchor.ent.kind != kg.Place && !atPlace[t.lower]
			if class == "attack" && actor && t.lower != "offensive" && t.lower != "crackdown" && t.lower != "siege" {
				continue // "the U.S. airstrike", "Russia's drone attack": one strike among many
			}
			// the name: the anchor without its possessive, the kept modifiers, the noun
			parts := []string{anchor.name}
			if poss && anchor.ent.kind == kg.Place && !anchor.demonym {
				parts[0] = anchor.ent.name
			}
			for j := k + 1; j <= n; j++ {
				w := d.toks[j]
				if w.text == "(" || w.text == ")" || d.mentAt[j] != nil {
					continue
				}
				if w.lower == "'s" || w.lower == "\u2019s" || w.kind == tNum || months[w.lower] != 0 && w.cap || w.lower == "scheduled" || w.lower == "upcoming" || w.lower == "planned" || w.lower == "latest" || w.lower == "new" || w.lower == "recent" {
					continue
				}
				parts = append(parts, w.text)
			}
			name := strings.Join(parts, " ")
			kk := key{class, anchor.ent.id()}
			if oneOf[class] {
				kk.anchor = ""
			}
			e := evs[kk]
			if e == nil {
				e = d.entityFor(kg.Event, name)
				evs[kk] = e
				d.linkEvent(e, anchor.ent, si)
			} else if name != e.name {
				e.aliases[name] = true
			}
			if e.start.IsZero() {
				// "Zambia's scheduled August 12 general elections",
				// "Malawi's general election on May 21"
				lo, hi := k+1, n
				if n+1 < s.hi && d.toks[n+1].lower == "on" {
					lo, hi = n+2, min(s.hi, n+6)
				}
				if lo < hi {
					if r, ok := findDate(d.toks, lo, hi, d.art, true, nil); ok && r.prec == kg.PrecisionDay {
						e.start = r.t
					}
				}
			}
			d.eventMention(e, anchor.lo, n+1)
			continue
		}
		// after: "the noun in/of <Place>"
		if n+2 >= s.hi {
			continue
		}
		prep := d.toks[n+1].lower
		if prep != "in" && prep != "of" && prep != "against" && prep != "on" && !(prep == "at" && atPlace[t.lower]) {
			continue
		}
		at := n + 2
		for at+1 < s.hi && at < n+4 && compass[d.toks[at].lower] && d.mentAt[at] == nil {
			at++ // "the earthquake in western Nepal"
		}
		m := d.mentAt[at]
		if m == nil || m.ent == nil || m.lo != at || m.ent.kind == kg.Person || m.ent.kind == kg.Event || d.possessor(m) {
			continue
		}
		kk := key{class, m.ent.id()}
		if oneOf[class] {
			kk.anchor = ""
		}
		e := evs[kk]
		name := t.text + " " + prep + " " + m.ent.name
		if e == nil {
			det := k >= s.lo && (d.toks[k].lower == "the" || poss || d.mentAt[k] != nil)
			if !det || class == "attack" && prep != "against" && !atPlace[t.lower] {
				continue
			}
			e = d.entityFor(kg.Event, name)
			evs[kk] = e
			d.linkEvent(e, m.ent, si)
		} else if name != e.name {
			e.aliases[name] = true
		}
		d.eventMention(e, n, m.hi)
	}
}

// eventMention records an event mention over toks[lo:hi], on top of the
// mentions of the words inside it.
func (d *doc) eventMention(e *entity, lo, hi int) {
	m := &mention{lo: lo, hi: hi, kind: kg.Event, str: fair, start: d.toks[lo].start, end: d.toks[hi-1].end}
	m.name = d.text[m.start:m.end]
	d.ments = append(d.ments, m)
	d.attach(m, e)
}

// linkEvent notes where an event happened and who took part, for
// eventRelations.
func (d *doc) linkEvent(e, anchor *entity, si int) {
	d.evLinks = append(d.evLinks, evLink{ev: e, anchor: anchor, sent: si})
	if anchor.kind == kg.Place && e.placeID == "" {
		e.placeID = anchor.id()
	}
}

// evLink ties an event to the entity its phrase was built on.
type evLink struct {
	ev, anchor *entity
	sent       int
}

// eventRelations writes OCCURRED_IN for events anchored on a place and
// PARTICIPATED_IN for those anchored on an actor.
func (d *doc) eventRelations() {
	// the parties to a meeting or attack take part in the event the same
	// sentence names
	bySent := map[int][]*entity{}
	for _, m := range d.ments {
		if m.ent != nil && m.ent.kind == kg.Event {
			si := int(d.sentOf[m.lo])
			bySent[si] = append(bySent[si], m.ent)
		}
	}
	n := len(d.rels)
	for i := 0; i < n; i++ {
		r := d.rels[i]
		if r.Type != kg.Met && r.Type != kg.Attacked {
			continue
		}
		si := int(d.sentOf[d.tokenAt(r.Evidence.Start)])
		for _, ev := range bySent[si] {
			for _, who := range []string{r.Source, r.Target} {
				d.addRel(kg.ParticipatedIn, who, ev.id(), si, r.Date, r.Precision, r.Status, "", confEvent)
			}
		}
	}
	for _, l := range d.evLinks {
		date, prec := d.relDate(l.sent, false)
		if l.anchor.kind == kg.Place && !d.isCountryActor(l) {
			d.addRel(kg.OccurredIn, l.ev.id(), l.anchor.id(), l.sent, date, prec, kg.Happened, "", confEvent)
		} else {
			d.addRel(kg.ParticipatedIn, l.anchor.id(), l.ev.id(), l.sent, date, prec, kg.Happened, "", confEvent)
		}
	}
}

// isCountryActor reports an event phrase whose place is written as a
// demonym ("the Turkish offensive"): the country took part.
func (d *doc) isCountryActor(l evLink) bool {
	for _, m := range d.ments {
		if m.ent == l.anchor && m.demonym && int(d.sentOf[m.lo]) == l.sent {
			return true
		}
	}
	return false
}

func isCountry(name string) bool {
	p, ok := gazetteer.LookupPlace(name)
	return ok && p.Kind == gazetteer.Country
}

// tokenAt is the index of the token starting at byte offset off, or of the
// last one before it.
func (d *doc) tokenAt(off int) int {
	k := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start > off })
	if k > 0 {
		k--
	}
	return k
}
