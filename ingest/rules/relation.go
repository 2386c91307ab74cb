package rules

import (
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/ingest/gazetteer"
	"github.com/newsgraph/newsgraph/kg"
)

// window bounds how far rules look from a verb, so that a run-on
// "sentence" of junk input costs linear time.
const window = 60

// Confidence levels by how a relation was read.
const (
	confQuote    = 0.9  // a quotation with its speaker in the same sentence
	confReported = 0.8  // "X said (that) ..."
	confCarried  = 0.6  // speaker or attacker carried from context
	confEvent    = 0.5  // event participation
	confVerb     = 0.75 // a verb with both ends named
)

// possessor reports whether the mention ending at token hi-1 is followed
// by a possessive "'s".
func (d *doc) possessor(m *mention) bool {
	return m.poss || m.hi < len(d.toks) && (d.toks[m.hi].lower == "'s" || d.toks[m.hi].lower == "\u2019s")
}

// personAfterTitles is the person named after one to four titles and role
// words from toks[k], before toks[hi]: "Prime Minister Ana Costa",
// "(foreign ministry) spokesman Rui Lopes". Nil if none.
func (d *doc) personAfterTitles(k, hi int) *mention {
	start := k
	for ; k < hi && k < start+4 && d.mentAt[k] == nil; k++ {
		w := d.toks[k].lower
		if _, ok := d.isTitle(k); !ok && !roleWords[w] && !titleLead[w] && !spokesNouns[w] {
			return nil
		}
	}
	if k == start || k >= hi {
		return nil
	}
	if p := d.mentAt[k]; p != nil && p.ent != nil && p.ent.kind == kg.Person {
		return p
	}
	return nil
}

// personOf is the person of "Ana Costa of the Daily Post", "Rep. Ana
// Costa of Ohio", when m names the place or body after "of", "from" or
// "at"; nil otherwise.
func (d *doc) personOf(m *mention, lo int) *mention {
	k := m.lo - 1
	for n := 0; k > lo && n < 2 && d.toks[k].kind == tWord && (!d.toks[k].cap && d.mentAt[k] == nil || modifierCompound(d.toks[k].text)) && d.toks[k].lower != "of" && d.toks[k].lower != "from" && d.toks[k].lower != "at" && d.toks[k].lower != "the"; n++ {
		k-- // "of the opposition X Party", "of the ruling X Party", "of Lima-based X": past the modifier
	}
	if k > lo && d.toks[k].lower == "the" {
		k--
	}
	if k > lo && d.toks[k].lower == "and" {
		// "X, leader of the Y Party and the Z movement said": the person
		// the first of the bodies joined describes
		j := k - 1
		if j-2 > lo && d.toks[j].text == ")" && d.toks[j-2].text == "(" {
			j -= 3 // "the Y Party (YP) and the Z movement"
		}
		if o := d.mentAt[j]; o != nil && o != m && o.ent != nil && o.ent.kind == kg.Organization && o.hi == j+1 {
			if p := d.personOf(o, lo); p != nil {
				return p
			}
		}
	}
	if k > lo && (d.toks[k].lower == "of" || d.toks[k].lower == "from" || d.toks[k].lower == "at") {
		if p := d.mentAt[k-1]; p != nil && p.ent != nil && p.ent.kind == kg.Person && !d.possessor(p) {
			return p
		}
		// "X, leader of the Y party said", its closing comma left out:
		// the person the apposition describes
		if j := k - 1; j-2 > lo && d.apposedRole(j) && !d.toks[j].cap {
			b := j - 1
			for n := 0; b > lo && n < 2 && !d.toks[b].cap && d.toks[b].kind == tWord && d.mentAt[b] == nil && d.toks[b].lower != "the" && d.toks[b].lower != "a" && d.toks[b].lower != "and"; n++ {
				b-- // "deputy", "senior"
			}
			if b > lo && (d.toks[b].lower == "the" || d.toks[b].lower == "a") {
				b--
			}
			if b > lo && d.toks[b].lower == "and" {
				// "X, the deputy Prime Minister and head of the Y said": an
				// office before the one the body gives
				c := b - 1
				for c > lo && c > b-7 && d.toks[c].text != "," && d.toks[c].kind == tWord && (d.mentAt[c] == nil || d.mentAt[c].kind != kg.Person) {
					c--
				}
				if c > lo && d.toks[c].text == "," && c+1 < b && d.toks[c+1].isArticle() {
					b = c
				}
			}
			if b > lo && d.toks[b].text == "," {
				if p := d.mentAt[b-1]; p != nil && p.ent != nil && p.ent.kind == kg.Person && p.hi == b && !d.possessor(p) {
					return p
				}
			}
		}
	}
	// "X, a senior Varnok Council official said", "X, the other ex-Varnok
	// official stated": an apposition whose closing comma is left out; the
	// person it describes speaks
	k = m.lo - 1
	for n := 0; k > lo && n < 4 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil && !d.toks[k].isArticle() && !connectors[d.toks[k].lower] && d.toks[k].lower != "at" && d.toks[k].lower != "from"; n++ {
		k-- // "senior", "other", "ex-"
	}
	if k-1 > lo && d.toks[k].isArticle() && d.toks[k-1].text == "," {
		if p := d.mentAt[k-2]; p != nil && p.ent != nil && p.ent.kind == kg.Person && p.hi == k-1 && !d.possessor(p) && (p.lo <= lo || d.atStart(p.lo, d.sents[d.sentOf[p.lo]])) {
			return p // the person opens the clause; "X met Y, the council said" is said of Y by the council
		}
	}
	return nil
}

// apposedRole reports a role or place at a body's head that describes a
// person in apposition: "leader", "head", "member", "founder".
func (d *doc) apposedRole(j int) bool {
	w := d.toks[j].lower
	return roleWords[w] || headNouns[w] || w == "member" || w == "founder" || w == "co-founder"
}

// unnamedPeopleIn reports a place at toks[at] that only says where
// unnamed people are: "witnesses in the eastern city of X", "residents of X".
func (d *doc) unnamedPeopleIn(at, lo int) bool {
	k := at - 1
	for n := 0; k > lo && n < 5 && (d.toks[k].lower == "the" || compass[d.toks[k].lower] || placeNouns[d.toks[k].lower] ||
		placePlurals[d.toks[k].lower] || d.toks[k].lower == "of" && (placeNouns[d.toks[k-1].lower] || placePlurals[d.toks[k-1].lower])); n++ {
		k-- // "in the eastern city of"
	}
	if k <= lo || d.toks[k].lower != "in" && d.toks[k].lower != "of" && d.toks[k].lower != "from" && d.toks[k].lower != "near" && d.toks[k].lower != "on" {
		return false
	}
	if unnamedPeople[d.toks[k-1].lower] {
		return true
	}
	// "residents of Dubai and Sharjah in the United Arab Emirates": past
	// the places the people are of
	for j, n := k-1, 0; j > lo && n < 4; n++ {
		m := d.mentAt[j]
		if m == nil || m.ent == nil || m.ent.kind != kg.Place || m.hi != j+1 {
			break
		}
		j = m.lo - 1
		if j > lo && d.toks[j].lower == "the" {
			j--
		}
		if j <= lo || !(d.toks[j].lower == "and" || d.toks[j].text == "," || d.toks[j].lower == "in" || d.toks[j].lower == "of" || d.toks[j].lower == "from") {
			break
		}
		if unnamedPeople[d.toks[j-1].lower] && (d.toks[j].lower == "of" || d.toks[j].lower == "in" || d.toks[j].lower == "from") {
			return true
		}
		j--
	}
	// "a local official in Tarma said": an official of the town, whom the
	// text does not name; "officials in Lima" may be the state's
	if m := d.mentAt[at]; m != nil && m.ent != nil && d.toks[k].lower == "in" && (d.toks[k-1].lower == "official" || d.toks[k-1].lower == "officials" || d.toks[k-1].lower == "source" || d.toks[k-1].lower == "sources") {
		p, ok := gazetteer.LookupPlace(m.ent.name)
		return !ok || p.Kind != gazetteer.Country && !p.Capital
	}
	return false
}

// platform reports a mention of an online service ("Facebook",
// "Telegram"), by what the article calls it or what the gazetteer does.
// platformName reports the name of a platform where statements are
// posted ("Telegram").
func platformName(name string) bool {
	return platforms[strings.ReplaceAll(fold(name), " ", "-")]
}

func (d *doc) platform(m *mention) bool {
	if m.ent == nil || m.ent.kind != kg.Organization {
		return false
	}
	if platformName(m.name) || platformName(m.ent.name) {
		return true
	}
	for a := range m.ent.aliases {
		if platformName(a) {
			return true
		}
	}
	return false
}

// missionOf reads a country's mission or envoy to the body m names,
// "Iran's mission to the United Nations", "the Peruvian ambassador to
// Chile": the country it speaks for, and where its mention starts; nil if
// m is no such body.
func (d *doc) missionOf(m *mention, lo int) (*entity, int) {
	k := m.lo - 1
	if k > lo && d.toks[k].lower == "the" {
		k--
	}
	if k <= lo || d.toks[k].lower != "to" && d.toks[k].lower != "for" {
		return nil, -1
	}
	n := k - 1
	if w := d.toks[n].lower; (w != "mission" && w != "delegation" || d.toks[k].lower == "for") && !envoyNouns[w] && !missionOffices[w] || n <= lo {
		return nil, -1
	}
	j := n - 1
	for x := 0; x < 2 && j > lo && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentAt[j] == nil && d.toks[j].lower != "'s" && d.toks[j].lower != "\u2019s" && d.toks[j].lower != "the"; x++ {
		j-- // "the UN special envoy for Yemen"
	}
	if d.toks[j].lower == "'s" || d.toks[j].lower == "\u2019s" {
		j--
	}
	if c := d.mentAt[max(j, lo)]; j >= lo && c != nil && c.ent != nil && c.hi == j+1 && (c.demonym || d.isCountry(c.ent) || c.ent.kind == kg.Organization && (envoyNouns[d.toks[n].lower] || missionOffices[d.toks[n].lower])) {
		return c.ent, c.lo // "the UN special envoy for Yemen met": the United Nations, not Yemen
	}
	return nil, -1
}

// thingOfPlace reports a place named after a thing of its own that the
// text makes speak: "the Constitution of Peru states", "said the office of
// the Peru President".
func (d *doc) thingOfPlace(m *mention, lo int) bool {
	k := m.lo - 1
	if k > lo && d.toks[k].lower == "the" {
		k--
	}
	return k-1 >= lo && d.toks[k].lower == "of" && placeOwnedNouns[d.toks[k-1].lower]
}

// subjectOf finds the entity that is the subject of the verb at toks[v]:
// the mention right before it, past auxiliaries, adverbs, a date ("on
// Tuesday") and an appositive between commas; "he" and "she" stand for the
// last person named before.
// apposedPersonSubject is the person set in apposition right before the
// verb at toks[v], after a description of them: "The head of the mission
// of the X Council, former foreign minister Rui Lopes, said". The person,
// not the body the description names.
func (d *doc) apposedPersonSubject(v, lo int) (*entity, int) {
	k := v - 1
	if k-2 <= lo || d.toks[k].text != "," {
		return nil, -1
	}
	m := d.mentAt[k-1]
	if m == nil || m.ent == nil || m.ent.kind != kg.Person || m.hi != k || m.ref || d.possessor(m) {
		return nil, -1
	}
	b := m.lo - 1
	for n := 0; b > lo && n < 5; n++ {
		t := &d.toks[b]
		if o := d.mentAt[b]; o != nil && o.demonym {
			b = o.lo - 1 // "former Peruvian foreign minister"
			continue
		}
		if o := d.mentAt[b]; o != nil && o.ent != nil && o.ent.kind == kg.Place && o.hi == b+1 && b+1 < m.lo && d.toks[b+1].cap && d.mentAt[b+1] == nil && !d.possessor(o) {
			b = o.lo - 1 // "Lima Democrat": a place that qualifies the title
			continue
		}
		if t.kind == tWord && (!t.cap && (lowerTitle(t.lower) || roleWords[t.lower] || personNouns[t.lower] || t.lower == "former" || t.lower == "foreign" || t.lower == "deputy") || d.titleAt(b) || t.cap && d.mentAt[b] == nil) {
			b--
			continue
		}
		break
	}
	if b-1 > lo && b < m.lo-1 && (d.toks[b].lower == "the" || d.toks[b].lower == "a") && d.toks[b-1].text == "," {
		b-- // "His lead counsel, the lawyer X, said"
	}
	if b <= lo || d.toks[b].text != "," {
		return nil, -1
	}
	// the description before the comma opens the sentence: "The head of ..."
	for x := b - 1; x >= lo; x-- {
		if d.toks[x].text == "," || d.toks[x].kind == tQuote || sayVerbs[d.toks[x].lower] || d.inQuote[x] {
			return nil, -1
		}
	}
	st := d.pastDateline(lo, b)
	if t := d.toks[st].lower; t != "the" && t != "a" && t != "an" && !possessivePronouns[t] {
		if o := d.mentAt[st]; o == nil || o.lo != st || !d.possessor(o) {
			return nil, -1 // not "Chepkwony's lawyer, Senior Counsel X, told reporters"
		}
	}
	return m.ent, m.lo
}

// namedAndUnnamed is the named party of a subject that joins it with
// unnamed people right before the verb at toks[v]: "the Peruvian army and
// local officials said" (the army), "Peru and residents said" (Peru).
func (d *doc) namedAndUnnamed(v, lo int) (*entity, int) {
	k := v - 1
	if k-2 <= lo || !(officialNouns[d.toks[k].lower] || unnamedPeople[d.toks[k].lower]) || d.toks[k].cap {
		return nil, -1
	}
	a := k - 1
	if a > lo && !d.toks[a].cap && d.toks[a].kind == tWord && d.mentAt[a] == nil && d.toks[a].lower != "and" {
		a-- // "local officials"
	}
	if a-1 <= lo || d.toks[a].lower != "and" {
		return nil, -1
	}
	m := d.mentAt[a-1]
	if m == nil || m.ent == nil || m.hi != a || m.demonym || d.possessor(m) || m.ent.kind == kg.Event {
		return nil, -1
	}
	return m.ent, m.lo
}

// possessedApposition is the name set off by commas after a description
// that opens the sentence with a possessive, right before the verb at
// toks[v]: "The Varnok Front's armed wing, the Tarma Brigades, said" (the
// Brigades), "The ship's Lima-based manager, Kestrel Maritime, said".
func (d *doc) possessedApposition(v, lo int) (*entity, int) {
	k := v - 1
	if k-2 <= lo || d.toks[k].text != "," {
		return nil, -1
	}
	m := d.mentAt[k-1]
	if m == nil || m.ent == nil || m.hi != k || m.ref || m.demonym || d.possessor(m) || !(m.ent.kind == kg.Organization || m.ent.kind == kg.Person) {
		return nil, -1
	}
	b := m.lo - 1
	if b > lo && d.toks[b].lower == "the" {
		b--
	}
	if b <= lo || d.toks[b].text != "," {
		return nil, -1
	}
	st := d.pastDateline(lo, b)
	if t := d.toks[st].lower; t == "the" || t == "a" || t == "an" {
		st++
	}
	possessive := false
	for x := st; x < b; x++ {
		t := &d.toks[x]
		if t.lower == "'s" || t.lower == "\u2019s" {
			possessive = x > st
			continue
		}
		if o := d.mentAt[x]; possessive && o != nil && o.ent != nil && !o.demonym && !modifierCompound(t.text) {
			return nil, -1 // "Russia's Federal Air Transport Agency, Rosaviatsia,": a name and its other name
		}
		if t.kind == tQuote || t.kind == tPunct && t.text != "-" || d.inQuote[x] || verbLike(t) && !strings.Contains(t.lower, "-") {
			return nil, -1 // a verb: a clause, no description ("Lima-based" is one)
		}
	}
	if !possessive || b-st > 8 {
		return nil, -1
	}
	return m.ent, m.lo
}

// speakingAside is where the aside that toks[v-1] closes opens when
// it starts with a participle of how the subject spoke right after a
// person's name ("Ana Costa, speaking in Lima after meeting Chile's
// minister, Rui Lopes, said"), so that the subject is the person before
// it; v otherwise.
func (d *doc) speakingAside(v, lo int) int {
	if v-1 <= lo || d.toks[v-1].text != "," {
		return v
	}
	for c := v - 2; c > lo+1 && c > v-25; c-- {
		t := &d.toks[c]
		if t.kind == tQuote || sayVerbs[t.lower] || t.text == ";" {
			return v
		}
		if t.text != "," || !asideParticiples[d.toks[c+1].lower] {
			continue
		}
		if m := d.mentAt[c-1]; m != nil && m.ent != nil && m.ent.kind == kg.Person && m.hi == c {
			return c
		}
		if w := &d.toks[c-1]; !w.cap && d.mentAt[c-1] == nil && (officialNouns[w.lower] || spokesNouns[w.lower] || orgMemberNouns[w.lower]) {
			return c // "a Peruvian Foreign Ministry official, speaking on condition of anonymity, said"
		}
		return v
	}
	return v
}

// reportedBefore reports a verb of speech or "that" right before the noun
// phrase at toks[k] (past its article): "X said the mission's observers had
// noted ...", where the phrase opens another speaker's reported clause.
func (d *doc) reportedBefore(k, lo int) bool {
	b := k - 1
	if b > lo && d.toks[b].isArticle() {
		b--
	}
	return b >= lo && (sayVerbs[d.toks[b].lower] || weakSayVerbs[d.toks[b].lower] || d.toks[b].lower == "that")
}

// includingSubject is the last named member of a plural subject that
// the text names by "including" before the verb at toks[v] (coSubjects
// reads the others): "Rights
// groups, including Amnesty International, have accused ...", "Several
// countries, including Chile and Peru, called for ...".
func (d *doc) includingSubject(v, lo int) (*entity, int) {
	k := v - 1
	for k > lo && (finiteAux[d.toks[k].lower] || lyAdverb(d.toks[k]) || d.toks[k].lower == "also") {
		k--
	}
	if k <= lo || d.toks[k].text != "," {
		return nil, -1
	}
	k--
	var last *entity // the member nearest the verb is the subject; coSubjects reads the others
	at := -1
	for k > lo {
		m := d.mentAt[k]
		if m == nil || m.ent == nil || m.hi != k+1 || m.demonym {
			break
		}
		if last == nil {
			last, at = m.ent, m.lo
		}
		k = m.lo - 1
		if k > lo && (d.toks[k].text == "," || d.toks[k].lower == "and") {
			k--
			if d.toks[k].lower == "and" {
				k-- // ", and"
			}
			continue
		}
		break
	}
	if last == nil || k-2 < lo || d.toks[k].lower != "including" || d.toks[k-1].text != "," {
		return nil, -1
	}
	if h := &d.toks[k-2]; h.kind != tWord || h.cap || !strings.HasSuffix(h.lower, "s") || d.mentAt[k-2] != nil {
		return nil, -1 // not "the report, including annexes, said"
	}
	return last, at
}

func (d *doc) subjectOf(v, lo int) (*entity, int) {
	if a := d.pastAside(v, lo); a < v {
		v = a // "X, however, said": the subject before the aside
	}
	if a := d.speakingAside(v, lo); a < v {
		v = a // "Ana Costa, speaking in Lima after meeting Chile's minister, Rui Lopes, said": Ana Costa
	}
	if e, at := d.appositiveSubject(v, lo); e != nil {
		return e, at
	}
	if e, at := d.apposedPersonSubject(v, lo); e != nil {
		return e, at
	}
	if e, at := d.possessedApposition(v, lo); e != nil {
		return e, at
	}
	if e, at := d.namedAndUnnamed(v, lo); e != nil {
		return e, at
	}
	if e, at := d.whichAfterApposition(v, lo); e != nil {
		return e, at
	}
	if e, at := d.includingSubject(v, lo); e != nil {
		return e, at
	}
	if r := v - 1; r-1 > lo && (d.toks[r].lower == "that" || d.toks[r].lower == "which") && !d.inQuote[r] && findingVerbs[d.toks[v].lower] {
		n := r - 1
		for n > lo && n > r-4 && (isWeekday(d.toks[n].lower) || months[d.toks[n].lower] != 0 || timeWords[d.toks[n].lower] || d.toks[n].lower == "on" || d.toks[n].kind == tNum) {
			n-- // "a report on Monday that found"
		}
		if statementNouns[d.toks[n].lower] || d.issuedBefore(r, lo) > 0 {
			// "a Varnok Agency report issued last week that concluded ...":
			// whoever the report is by
			if e, at := d.subjectOf(r, lo); e != nil {
				return e, at
			}
			if k := d.issuedObject(n, lo); k > 0 {
				return d.subjectOf(k, lo) // "X released a report that found ...": X
			}
			return nil, -1
		}
	}
	if k := d.issuedBefore(v, lo); k > 0 {
		// "A report by Amnesty International published on Monday said":
		// whoever the report is by, past when it came out
		if e, at := d.subjectOf(k, lo); e != nil {
			return e, at
		}
	}
	if e, at := d.thatClauseSubject(v, lo); e != nil {
		return e, at // "The coalition that backs the government said": the coalition
	}
	if w := d.officialWho(v, lo); w > 0 {
		// "A US official who attended the meeting said": the official,
		// past the relative clause
		if e, at := d.subjectOf(w, lo); e != nil {
			return e, at
		}
	}
	i := v - 1
	for i >= lo {
		t := &d.toks[i]
		if d.mentAt[i] != nil && d.mentAt[i].ent != nil {
			m := d.mentAt[i]
			if d.possessor(m) && m.hi == i+1 {
				return nil, -1
			}
			if b := m.lo - 1; b > lo && (d.toks[b].lower == "against" || d.toks[b].lower == "fighting") {
				// "The US-led coalition against IS said": the coalition,
				// not the enemy its name's phrase gives
				if o := d.mentAt[b-1]; o != nil && o.ent != nil && o.hi == b && o.ent.kind == kg.Organization && o.ent != m.ent {
					return o.ent, o.lo
				}
			}
			if e, at := d.missionOf(m, lo); e != nil {
				return e, at // "Iran's mission to the United Nations said": Iran
			}
			// "Ana Costa of the Daily Post said": the person, not where she works
			if m.ent.kind != kg.Person {
				if p := d.personOf(m, lo); p != nil {
					return p.ent, p.lo
				}
				if m.ent.kind == kg.Place && d.thingOfPlace(m, lo) {
					return nil, -1 // "the Constitution of Peru states": a text, not the country
				}
				if m.ent.kind == kg.Place && d.unnamedPeopleIn(m.lo, lo) {
					return nil, -1 // "witnesses in the city of X said": nobody the text names
				}
				in := m.lo - 1
				if in-1 > lo && compass[d.toks[in].lower] {
					in-- // "the force in south Lebanon"
				}
				if in-1 > lo && d.toks[in].text == "," {
					if c := d.mentAt[in-1]; c != nil && c.ent != nil && c.ent.kind == kg.Place && c.lo-1 > lo {
						in = c.lo - 1 // "officials in Lima, Peru said": where the town is
					}
				}
				if m.ent.kind == kg.Place && in > lo && d.toks[in].lower == "in" {
					// "officials at the Peruvian embassy in Santiago said",
					// "the U.S. Embassy in Lima said": the embassy, not where
					// it is
					if e, at := d.subjectOf(in, lo); e != nil && e.kind == kg.Organization && (!d.toks[in-1].cap || d.mentAt[in-1] != nil && d.mentAt[in-1].ent == e) {
						return e, at
					}
					if b := in - 1; !d.toks[b].cap && bodyNounsIn[d.toks[b].lower] {
						return nil, -1 // "the UN peacekeeping force in Peru said": a body the text does not name, not Peru
					}
				}
			}
			return m.ent, m.lo
		}
		if personPronouns[t.lower] {
			return d.lastPerson(i), i
		}
		if (orgNouns[t.lower] || orgRefNouns[t.lower] == "media" || ruleNouns[t.lower]) && i > lo {
			// "the Hamas movement said", "the official KCNA news agency
			// reported", "the Taliban administration said": the
			// organization the noun names
			j := i - 1
			if j-2 > lo && d.toks[j].text == ")" && d.toks[j-2].text == "(" {
				j -= 3 // "the Maritime Trade Operations (MTO) agency said"
			}
			if j > lo && !d.toks[j].cap && (d.toks[j].lower == "news" || d.toks[j].lower == "state" || d.toks[j].lower == "wire" || broadcastWords[d.toks[j].lower] || armedAdjectives[d.toks[j].lower] || d.toks[j].lower == "mercenary" || d.toks[j].lower == "rebel" || d.toks[j].lower == "militant") {
				j-- // "the Al-Masirah television channel said", "the Wagner mercenary group said"
			}
			if j > lo && !d.toks[j].cap && d.toks[j].kind == tWord && d.mentAt[j] == nil && (strings.HasSuffix(d.toks[j].lower, "ing") || d.toks[j].lower == "rights" || d.toks[j].lower == "research" || d.toks[j].lower == "advocacy") {
				j-- // "the DeepState monitoring project said", "the Varnok rights group said"
			}
			if m := d.mentAt[j]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && m.hi == j+1 {
				if p := d.personOf(m, lo); p != nil {
					return p.ent, p.lo // "Ana Costa of the Free Varnok party said": the person, not her party
				}
				return m.ent, m.lo
			}
		}
		if (orgMemberNouns[t.lower] || voiceMembers[t.lower] || watchMembers[t.lower]) && i > lo && !t.cap {
			// "the Varnok Union's officials said", "the Union's election
			// observers said": members the organization owns speak for it
			j := i - 1
			for n := 0; j > lo && n < 2 && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentAt[j] == nil && d.toks[j].lower != "'s" && d.toks[j].lower != "\u2019s"; n++ {
				j--
			}
			if j-1 > lo && (d.toks[j].lower == "'s" || d.toks[j].lower == "\u2019s") {
				if m := d.mentAt[j-1]; m != nil && m.ent != nil && m.hi == j && m.ent.kind == kg.Organization && !d.reportedBefore(m.lo, lo) {
					return m.ent, m.lo
				}
			}
		}
		if (orgMemberNouns[t.lower] || voiceMembers[t.lower]) && i > lo && !t.cap {
			// "a Varnok Front commander said", "a Lebanese military source
			// said": an unnamed member speaks for the organization named
			j := i - 1
			if j > lo && d.toks[j].text == ")" && j-2 > lo && d.toks[j-2].text == "(" {
				j -= 3 // "a Somali National Army (SNA) officer"
			}
			if m := d.mentAt[j]; m != nil && m.ent != nil && m.hi == j+1 && m.ent.kind == kg.Organization && !d.possessor(m) {
				if a := d.toks[max(m.lo-1, 0)].lower; a == "a" || a == "an" || a == "one" || a == "two" || a == "three" || a == "several" {
					return m.ent, m.lo
				}
				if voiceMembers[t.lower] && j == i-1 && (m.hi-m.lo >= 2 || isAcronym(m.name)) {
					return m.ent, m.lo // "Varnok Front commanders said", "Tarnsund University researchers said"
				}
			}
		}
		if subBodyNouns[t.lower] && i > lo+1 && !t.cap {
			// "the United Nations human rights office said", "the UN refugee
			// agency said": an unnamed part of the organization named before
			j := i - 1
			for n := 0; j > lo && n < 3 && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentAt[j] == nil; n++ {
				j--
			}
			if m := d.mentAt[j]; (j < i-1 || t.lower == "delegation") && m != nil && m.ent != nil && m.ent.kind == kg.Organization && m.hi == j+1 && !d.possessor(m) {
				return m.ent, m.lo
			}
			if i-2 >= lo && (d.toks[i-1].lower == "'s" || d.toks[i-1].lower == "\u2019s") {
				// "the European Union's delegation said": the body's own
				if m := d.mentAt[i-2]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && m.hi == i-1 {
					return m.ent, m.lo
				}
			}
		}
		if (insurgentNouns[t.lower] || forceNouns[t.lower]) && i > lo {
			// "Houthi rebels responded", "Russian troops replied": the
			// group or country the fighters belong to
			if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.hi == i && (m.ent.kind == kg.Organization || m.demonym) {
				return m.ent, m.lo
			}
			j := i - 1
			if j > lo && d.toks[j].lower == "armed" {
				j--
			}
			if m := d.mentAt[max(j-1, 0)]; j-1 > lo && (d.toks[j].lower == "'s" || d.toks[j].lower == "\u2019s") && m != nil && m.ent != nil && m.hi == j &&
				m.ent.kind == kg.Organization && strings.Contains(m.ent.name, " of ") {
				return m.ent, m.lo // "the General Staff of Peru's armed forces said": the staff
			}
		}
		if issueVerbs[t.lower] && i > lo && statementNouns[d.toks[i-1].lower] {
			i-- // "a report issued Tuesday states": past the participle
			continue
		}
		if t.lower == "on" && i > lo && issueVerbs[d.toks[i-1].lower] {
			i-- // "a report released on Thursday says"
			continue
		}
		if statementNouns[t.lower] && i > lo {
			// "a Baltic Energy Council report states": the issuer named
			// before the noun
			j := i - 1
			for n := 0; n < 2 && j > lo && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentAt[j] == nil &&
				!clauseBreakers[d.toks[j].lower] && !finiteAux[d.toks[j].lower] && !objectOpeners[d.toks[j].lower] && d.toks[j].lower != "'s"; n++ {
				j-- // "the council's annual report"
			}
			if d.toks[j].lower == "'s" || d.toks[j].lower == "\u2019s" {
				j--
			}
			if m := d.mentAt[max(j, lo)]; j >= lo && m != nil && m.ent != nil && m.hi == j+1 && !m.demonym && m.ent.kind != kg.Event {
				return m.ent, m.lo
			}
		}
		if orgAnaphors[t.lower] && i > lo && (d.toks[i-1].lower == "the" || i-1 > lo && d.toks[i-2].lower == "the" && (backedWord(d.toks[i-1].lower) ||
			genericAnaphors[t.lower] && groupKinds[d.toks[i-1].lower])) {
			// "the group said", "the ministry said", "the Iran-backed group
			// said", "the rights group said": the organization named last
			var ok func(*entity) bool
			if civilGroups[d.toks[i-1].lower] {
				ok = func(e *entity) bool { return !d.armedSide(e) } // "the volunteer group said": no armed one
			}
			if e := d.lastOrgIf(i, t.lower, ok); e != nil {
				return e, i - 1
			}
			return nil, -1
		}
		if skippable[t.lower] || isWeekday(t.lower) || t.lower == "n't" || (t.lower == "long" || t.lower == "never") && i > lo && (finiteAux[d.toks[i-1].lower] || d.toks[i-1].lower == "has" || d.toks[i-1].lower == "have") ||
			strings.HasSuffix(t.lower, "ly") && len(t.lower) > 5 && !t.cap && d.mentAt[i] == nil && !gazetteer.IsGivenName(t.text) ||
			beForms[t.lower] && strings.HasSuffix(d.toks[v].lower, "ing") {
			i-- // "supposedly told", "are stating"
			continue
		}
		if timeNouns[t.lower] && i-1 > lo && (d.toks[i-1].lower == "last" || d.toks[i-1].lower == "this") {
			i -= 2 // "the Varnok Council last year concluded": past the time
			if i > lo && (d.toks[i].lower == "earlier" || d.toks[i].lower == "later") {
				i-- // "earlier this month"
			}
			continue
		}
		if t.lower == "to" && i > lo && continueVerbs[d.toks[i-1].lower] && (sayVerbs[d.toks[v].lower] || weakSayVerbs[d.toks[v].lower]) {
			i -= 2 // "X continues to insist that": X
			continue
		}
		if (t.lower == "and" || t.lower == "but") && i > lo {
			// "He also accused Lind of X and said Y": the first verb's
			// subject, in the clause after the last "but" or semicolon
			from := lo
			for k := i - 1; k > lo; k-- {
				if (d.toks[k].lower == "but" || d.toks[k].text == ";") && !d.inQuote[k] {
					from = k + 1
					break
				}
			}
			for k := from + 1; k < i; k++ {
				// "The UN coordinator for Lebanon, X, warned that A and said
				// B": the person in apposition, as for the first verb
				if t := &d.toks[k]; d.toks[k-1].text == "," && t.kind == tWord && !t.cap && d.mentAt[k] == nil && !d.inQuote[k] && (sayVerbs[t.lower] || weakSayVerbs[t.lower] || appealVerbs[t.lower] || stanceVerbs[t.lower]) {
					if e, at := d.subjectOf(k, from); e != nil && (e.kind == kg.Person || d.knownAsAt(at) || at > from && d.toks[at-1].text == ",") {
						return e, at
					}
					break
				}
			}
			for k := from; k < i; k++ {
				if d.inQuote[k] {
					continue
				}
				if personPronouns[d.toks[k].lower] {
					return d.lastPerson(k), k
				}
				if m := d.mentAt[k]; m != nil && m.ent != nil && !d.possessor(m) && (m.ent.kind == kg.Person || m.ent.kind == kg.Organization && d.leadsSentence(m, lo)) {
					if m.lo > lo && complementPreps[d.toks[m.lo-1].lower] {
						k = m.hi - 1
						continue // "A spokesman for Holm, Rui Lopes, ... and said"
					}
					if m.ent.kind == kg.Person {
						if b := d.pastTitles(m.lo-1, from); b >= from && d.verbAt(b) {
							// "Soldiers detained President X and announced": X is
							// the object, and the subject is nobody named
							return nil, -1
						}
					}
					if p := d.personAfterTitles(m.hi, i); m.ent.kind != kg.Person && p != nil {
						return p.ent, p.lo // "Iran's foreign ministry spokesman Esmaeil Baghaei ... and warned"
					}
					return m.ent, m.lo
				}
			}
			return nil, -1
		}
		if t.text == "\u2014" || t.text == "--" {
			// "Holm \u2014 in hiding since June \u2014 said": past the dashes
			b := i - 1
			for b > lo && b > i-30 && d.toks[b].text != t.text {
				b--
			}
			if b > lo && d.toks[b].text == t.text {
				i = b - 1
				continue
			}
		}
		if t.text == ")" {
			// "The East African Community (EAC) has said", "X, a former
			// general (also known as \u201cthe Hawk\u201d), said": past the brackets
			b := i - 1
			for b > lo && b > i-30 && d.toks[b].text != "(" && d.toks[b].text != ")" {
				b--
			}
			if b >= lo && d.toks[b].text == "(" {
				i = b - 1
				continue
			}
		}
		if (t.lower == "governments" || t.lower == "authorities" || t.lower == "officials") && i-3 >= lo && d.toks[i-2].lower == "and" {
			// "the German and Qatari governments said": both countries
			// (coSubjects reads the first)
			if a, b := d.mentAt[i-3], d.mentAt[i-1]; a != nil && b != nil && a.demonym && b.demonym && a.ent != nil && b.ent != nil && a.hi == i-2 && b.hi == i && d.isCountry(a.ent) && d.isCountry(b.ent) {
				return b.ent, b.lo
			}
		}
		if officialNouns[t.lower] && i > lo {
			// "Somali officials said", "CHL officials said": they speak for
			// their organization or country
			if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.hi == i {
				if p := d.personOf(m, lo); p != nil && m.ent.kind != kg.Person {
					return p.ent, p.lo // "X, a senior Varnok Council official said": X, the official
				}
				if e := d.officialsOf(m); e != nil {
					return e, m.lo
				}
			}
			return nil, -1
		}
		if (t.lower == "office" || spokesNouns[t.lower] || bodyMembers[t.lower]) && i > lo+1 && (d.toks[i-1].lower == "'s" || d.toks[i-1].lower == "\u2019s") {
			// "Netanyahu's office said": the office speaks for its holder
			if m := d.mentAt[i-2]; m != nil && m.ent != nil && (m.ent.kind == kg.Person || m.ent.kind == kg.Organization) {
				return m.ent, m.lo
			}
		}
		if (spokesNouns[t.lower] || t.lower == "office") && i > lo && (d.toks[i-1].lower == "his" || d.toks[i-1].lower == "her") {
			// "X condemned it, his spokesman said": the person he speaks for
			if e := d.lastPerson(i - 1); e != nil {
				return e, i - 1
			}
			return nil, -1
		}
		if spokesNouns[t.lower] && i > lo {
			// "a Pentagon spokesman said"
			if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.ent.kind == kg.Organization {
				return m.ent, m.lo
			}
			// "a military spokesman said", "an army spokeswoman said":
			// the body of that noun the article named before
			if n := d.toks[i-1].lower; d.mentAt[i-1] == nil && !d.toks[i-1].cap && orgRefNouns[n] != "" && i-2 >= lo && (d.toks[i-2].lower == "a" || d.toks[i-2].lower == "an") {
				if e := d.orgByNoun(n, orgRefNouns[n], i-1); e != nil {
					return e, i - 2
				}
			}
		}
		if t.kind == tWord && !t.cap && !sayVerbs[t.lower] {
			// "Amina Yusuf, another resident said": a short appositive
			// with no closing comma
			k := i
			for k >= lo && k > i-6 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil && !sayVerbs[d.toks[k].lower] {
				k-- // not past "said": "X said the station was targeted" has no subject X
			}
			if k > lo && d.toks[k].text == "," {
				if m := d.mentAt[k-1]; m != nil && m.ent != nil && !d.possessor(m) && m.ent.kind == kg.Person {
					return m.ent, m.lo
				}
			}
			// "Ana Costa, who represents a district which Holm
			// visited, said": the antecedent of a relative clause
			if e, at := d.relativeSubject(i, lo); e != nil {
				return e, at
			}
			return nil, -1
		}
		if t.text == "," && i > lo {
			// "Nortek's chief executive, Linda Marsh, said": the name is the
			// whole appositive
			if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.ent.kind == kg.Person && !d.possessor(m) && m.lo > lo {
				b := m.lo - 1
				for b > lo && d.toks[b].cap && d.mentAt[b] == nil {
					if _, ok := d.isTitle(b); !ok {
						break
					}
					b-- // ", Maj. Gen. Ivan Sokolov,"
				}
				for n := 0; b > lo && n < 3 && !d.toks[b].cap && d.toks[b].kind == tWord && (roleWords[d.toks[b].lower] || lowerTitle(d.toks[b].lower) || lowerTitleModifiers[d.toks[b].lower] ||
					personNouns[d.toks[b].lower] || n > 0 && d.plainNoun(b)); n++ {
					b-- // ", deputy minister Rui Lopes,", ", lawyer Rui Lopes,", ", election expert Rui Lopes,"
				}
				if d.toks[b].text == "," {
					return m.ent, m.lo
				}
			}
			// "The UN refugee agency, UNHCR, said": an organization named
			// in apposition to what it is, with its acronym or not ("The
			// army's media wing, Varnok Press Office (VPO), said")
			e := i - 1
			if e-3 > lo && d.toks[e].text == ")" && d.toks[e-2].text == "(" {
				e -= 3
			}
			if m := d.mentAt[e]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && !d.possessor(m) && m.lo > lo+1 {
				b := m.lo - 1
				for b > lo && modifierCompound(d.toks[b].text) {
					b-- // "the Piraeus-based X"
				}
				if d.toks[b].lower == "the" {
					b--
				}
				if b > lo && d.toks[b].text == "," {
					// "The UN refugee agency, X,", "The UN mission in Ivory
					// Coast, X,": a description headed by an organization's noun
					for j := b - 1; j >= lo && j > b-8 && d.toks[j].text != ","; j-- {
						if n := d.toks[j].lower; !d.toks[j].cap && (orgNouns[n] || orgRefNouns[n] != "" || n == "mission" || n == "operator" || n == "owner") {
							return m.ent, m.lo
						}
					}
				}
			}
		}
		if t.text == "," {
			// an appositive: ", the EAC deputy executive secretary,"
			k := i - 1
			spoke := false
			for k >= lo && k > i-25 && d.toks[k].text != "," {
				if d.toks[k].kind == tQuote && k < i-16 {
					k = lo - 1
					break
				}
				spoke = spoke || sayVerbs[d.toks[k].lower] && !d.passive(k)
				k--
			}
			if spoke && k >= lo && !(k+1 < len(d.toks) && relativeWords[d.toks[k+1].lower]) {
				// a clause of its own said something; a relative clause
				// ("whom the opposition says won") may
				k = lo - 1
			}
			// ", which \u201cprevents ...\u201d websites, such as ... (DDoS),": a
			// relative clause may hold commas of its own
			if k > lo && d.toks[k].text == "," && !relativeWords[d.toks[k+1].lower] {
				for x := k - 1; x > lo && x > i-25; x-- {
					if d.toks[x].text == "," && (d.toks[x+1].lower == "which" || d.toks[x+1].lower == "who") {
						k = x
						break
					}
				}
			}
			if k > lo+2 && d.toks[k].text == "," && d.toks[k-1].kind == tNum && d.toks[k-2].text == "," {
				k -= 2 // "Ana Costa, 54, a former banker, said": past the age
			}
			if k > lo+4 && d.toks[k].text == "," && d.toks[k-1].text == ")" && d.toks[k-3].text == "(" && isAcronym(d.toks[k-2].text) {
				if m := d.mentAt[k-4]; m != nil && m.ent != nil && m.ent.kind == kg.Organization {
					k -= 3 // "the mission of the X (XO), led by Y, said": past the initials to the bracket
				}
			}
			if k >= lo && (d.toks[k].text == "," || d.toks[k].text == "(") && k > lo {
				if m := d.mentAt[k-1]; m != nil && m.ent != nil && m.ent.kind == kg.Place && !d.isCountry(m.ent) && m.lo > lo && locatives[d.toks[m.lo-1].lower] && i-k <= 4 {
					// "X, speaking at a rally in Battle Creek, Michigan,
					// called": the town's state, then the aside before it
					i = k
					continue
				}
				if m := d.mentAt[k-1]; m != nil && m.ent != nil && !d.possessor(m) {
					if p := d.personOf(m, lo); p != nil {
						return p.ent, p.lo // "Rep. Ana Costa of Ohio, who led the effort, said"
					}
					if m.ent.kind == kg.Place && d.unnamedPeopleIn(m.lo, lo) {
						return nil, -1 // "A resident of Tarma, reached by phone, said": nobody named
					}
					if m.ent.kind == kg.Person && m.lo-2 >= lo && d.toks[m.lo-1].lower == "of" {
						if o := d.mentAt[m.lo-2]; o != nil && o.ent != nil && o.ent.kind == kg.Organization {
							return o.ent, o.lo // "The Social Democrats of X, Merkel's partner, said": the party
						}
						if d.toks[m.lo-2].text == ")" && m.lo-3 >= lo {
							if o := d.mentAt[m.lo-3]; o != nil && o.ent != nil && o.ent.kind == kg.Organization {
								return o.ent, o.lo // "The Varnok Party (VP) of X, ..., said"
							}
						}
					}
					return m.ent, m.lo
				}
				if k-1 > lo && orgNouns[d.toks[k-1].lower] {
					// "the Kestrel Lawyers group, which ..., said": the
					// organization the noun names
					if m := d.mentAt[k-2]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && m.hi == k-1 {
						return m.ent, m.lo
					}
				}
				if personPronouns[d.toks[k-1].lower] {
					return d.lastPerson(k - 1), k - 1
				}
			}
			// "Meanwhile," and other openers
			return nil, -1
		}
		return nil, -1
	}
	return nil, -1
}

// lastPerson resolves "he" or "she" at token i: the subject of its own
// sentence when a person opens it, else the first person of one of the two
// sentences before, else the last person named before it there.
func (d *doc) lastPerson(i int) *entity {
	if e := d.lastPersonIf(i, d.pronounFits(i)); e != nil {
		return e
	}
	// no one of the pronoun's sex: the given name misled (many names go
	// with either sex somewhere), and the writer's "he" is the better guide
	return d.lastPersonIf(i, d.unsexed(i))
}

// unsexed accepts, for a pronoun of one sex at toks[i], only the people
// whose given names say the other: the second try of lastPerson.
func (d *doc) unsexed(i int) func(*entity) bool {
	fits := d.pronounFits(i)
	return func(e *entity) bool { return e != nil && !fits(e) }
}

// lastPersonIf is lastPerson among the people fits accepts.
func (d *doc) lastPersonIf(i int, fits func(*entity) bool) *entity {
	si := int(d.sentOf[i])
	// "The party would not replace Aydin, he said, ...": the clause before
	// the attribution is the reported words, whose people are not the speaker
	first := 0
	if i > 0 && d.toks[i-1].text == "," && i+2 < len(d.toks) && sayVerbs[d.toks[i+1].lower] && d.toks[i+1].lower != "according" && (d.toks[i+2].text == "," || d.toks[i+2].text == ".") {
		first = 1
		for k := d.sents[si].lo; k < i; k++ {
			if sayVerbs[d.toks[k].lower] && !d.inQuote[k] {
				first = 0 // "he said the gangs, some of whom, he says, are": another clause
				break
			}
		}
	}
	for back := first; back <= 2 && si-back >= 0; back++ {
		if back > 0 {
			// the one who spoke in that sentence, if someone did
			if e := d.speakerIn(si - back); e != nil && !d.quoteEnts[e] && fits(e) {
				return e
			}
			if e := d.saidIn(si - back); e != nil && !d.quoteEnts[e] && fits(e) {
				return e
			}
		}
		m := d.firstPerson(si - back)
		if m == nil || back == 0 && m.lo >= i {
			continue
		}
		if !d.quoteEnts[m.ent] && fits(m.ent) {
			return m.ent
		}
		// a speaker does not name himself in his quotation: the other
		// person of that sentence, the latest first
		s := d.sents[si-back]
		hi := s.hi
		if back == 0 {
			hi = i
		}
		for k := min(hi, s.lo+window) - 1; k > m.lo; k-- {
			if o := d.mentAt[k]; o != nil && o.ent != nil && o.ent.kind == kg.Person && !d.inQuote[k] && !d.possessor(o) && !d.quoteEnts[o.ent] && fits(o.ent) {
				return o.ent
			}
		}
	}
	// the sentences before were the speaker's own words: the last speaker
	lo := d.sents[max(0, si-6)].start
	for k := len(d.rels) - 1; k >= 0; k-- {
		r := &d.rels[k]
		if r.Evidence.Start < lo {
			break
		}
		if r.Type != kg.Said {
			continue
		}
		for _, e := range d.ents {
			if e.kind == kg.Person && e.id() == r.Source && fits(e) && !d.quoteEnts[e] {
				return e
			}
		}
		break
	}
	return nil
}

// pronounFits says which people the pronoun at toks[i] can stand for: "she"
// and "her" not a man, "he", "him" and "his" not a woman, by what the
// gazetteer knows of their given names; anyone when it knows nothing.
func (d *doc) pronounFits(i int) func(*entity) bool {
	var want byte
	switch d.toks[i].lower {
	case "she", "her", "hers", "herself":
		want = 'F'
	case "he", "him", "his", "himself":
		want = 'M'
	}
	return func(e *entity) bool {
		if want == 0 || e == nil {
			return true
		}
		s := e.sex()
		return s == 0 || s == want
	}
}

// firstPerson is the first person named outside quotations in sentence si
// (not as a possessor), cached.
func (d *doc) firstPerson(si int) *mention {
	if d.firstPer == nil {
		d.firstPer = make([]*mention, len(d.sents))
		d.firstDone = make([]bool, len(d.sents))
	}
	if d.firstDone[si] {
		return d.firstPer[si]
	}
	d.firstDone[si] = true
	s := d.sents[si]
	for k := d.pastLeadAdjunct(si); k < s.hi; k++ { // not "Like X," before the subject
		if d.inQuote[k] {
			continue
		}
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Person && !d.possessor(m) {
			d.firstPer[si] = m
			break
		}
	}
	return d.firstPer[si]
}

// lastOrg is the organization named last before toks[i], within a few
// paragraphs, that "the <noun>" can refer to.
func (d *doc) lastOrg(i int, noun string) *entity {
	return d.lastOrgIf(i, noun, nil)
}

// lastOrgIf is lastOrg among the organizations ok accepts (all when nil).
func (d *doc) lastOrgIf(i int, noun string, ok func(*entity) bool) *entity {
	for k := i - 2; k >= 0 && k > i-300; k-- {
		m := d.mentAt[k]
		if m == nil || m.ent == nil || ok != nil && m.ent.kind == kg.Organization && !ok(m.ent) {
			continue
		}
		k = m.lo
		if m.ent.kind != kg.Organization || k > 0 && (d.toks[k-1].lower == "an" || d.toks[k-1].lower == "a") {
			continue // "an al-Qaeda affiliate": a modifier
		}
		if d.platform(m) {
			continue // "in a statement posted on Telegram, the group said": where, not who
		}
		if k > 0 && (d.toks[k-1].lower == "told" || d.toks[k-1].lower == "tells") && noun == "group" {
			continue // "X's spokesman told Frontier that the group's fighters ...": the one told is no group
		}
		if k > 0 && (d.toks[k-1].lower == "its" || d.toks[k-1].lower == "their") && noun == "group" {
			continue // "claimed it through its Amaq news agency. The group said": the group, not what it owns
		}
		if d.possessor(m) && m.hi+1 < len(d.toks) && affiliateNouns[d.toks[m.hi+1].lower] {
			continue // "X, al Qaeda's affiliate in the Sahel, claimed ... The group said": X, not al Qaeda
		}
		if lower := strings.ToLower(m.ent.name); genericAnaphors[noun] || strings.Contains(lower, noun) || strings.Contains(strings.ReplaceAll(lower, " ", ""), noun) || d.describedAs(m, noun) {
			// "the coastguard" after "the Hellenic Coast Guard": the words run together
			return m.ent
		}
	}
	return nil
}

// leadsSentence reports whether mention m opens the sentence starting at
// toks[lo], past "the": the subject of its first verb.
func (d *doc) leadsSentence(m *mention, lo int) bool {
	return m.lo == lo || m.lo == lo+1 && d.toks[lo].lower == "the"
}

// inRelative reports toks[i] inside a relative clause set off by commas
// (", who was sworn in on Sunday,"), whose date is its own, not the
// sentence's.
func (d *doc) inRelative(i, lo int) bool {
	j := i - 1
	for j > lo && d.toks[j].text != "," && i-j < 25 {
		j--
	}
	if j <= lo || d.toks[j].text != "," || !relativeWords[d.toks[j+1].lower] {
		return false
	}
	hi := d.sents[d.sentOf[i]].hi
	for k := i + 1; k < hi && k < i+25; k++ {
		if d.toks[k].text == "," {
			return true
		}
	}
	return false
}

// relDate dates a relation read from sentence si: the first date the
// sentence states outside quotations, else the article's date standing in.
func (d *doc) relDate(si int, future bool) (time.Time, kg.Precision) {
	k := si * 2
	if future {
		k++
	}
	if r, ok := d.dateMemo[k]; ok {
		return r.t, r.prec
	}
	if d.dateMemo == nil {
		d.dateMemo = map[int]dateRef{}
	}
	s := d.sents[si]
	t, p := d.rangeDate(s.lo, min(s.hi, s.lo+4*window), future)
	d.dateMemo[k] = dateRef{t, p}
	return t, p
}

// deniedReport reports a clause that opens right before toks[at] as what
// a denial rejects: "rejected reports that", "denied claims that",
// "dismissed suggestions that".
func (d *doc) deniedReport(at, lo int) bool {
	k := at - 1
	for k > lo && determiners[d.toks[k].lower] {
		k-- // "reports that its forces had shelled"
	}
	if k <= lo || d.toks[k].lower != "that" {
		return false
	}
	k--
	if k > lo && reportNouns[d.toks[k].lower] {
		k--
	}
	return k >= lo && deniedCues[d.toks[k].lower] && d.toks[k].lower != "not" && d.toks[k].lower != "no"
}

// relativeDate dates what the verb at toks[v] tells inside a relative
// clause set off by commas (", which attacked Israel on Oct. 7,"): the
// clause's own date, if it states one.
func (d *doc) relativeDate(v, si int, future bool) (time.Time, kg.Precision, bool) {
	s := d.sents[si]
	if !d.inRelative(v, s.lo) {
		return time.Time{}, "", false
	}
	j := v - 1
	for j > s.lo && d.toks[j].text != "," {
		j--
	}
	hi := v + 1
	for hi < s.hi && d.toks[hi].text != "," {
		hi++
	}
	if r, ok := findDate(d.toks, j+1, hi, d.art, future, func(i int) bool { return d.inQuote[i] }); ok {
		return r.t, r.prec, true
	}
	return time.Time{}, "", false
}

// rangeDate is relDate over toks[lo:hi].
func (d *doc) rangeDate(lo, hi int, future bool) (time.Time, kg.Precision) {
	if r, ok := findDate(d.toks, lo, hi, d.art, future, func(i int) bool { return d.inQuote[i] || d.inRelative(i, lo) }); ok {
		return r.t, r.prec
	}
	if d.art.IsZero() {
		return time.Time{}, kg.PrecisionNone
	}
	return d.art, kg.PrecisionArticle
}

// subnationalPlace reports the id of a place that is no country: a
// region, a town or a site, which meets no one.
func (d *doc) subnationalPlace(id string) bool {
	e := d.placeByID(id)
	return e != nil && !d.isCountry(e)
}

// placeByID is the named place of the article whose ID is id, or nil.
func (d *doc) placeByID(id string) *entity {
	if !strings.HasPrefix(id, "place:") {
		return nil
	}
	for _, e := range d.ents {
		if e.kind == kg.Place && e.mentions > 0 && e.id() == id {
			return e
		}
	}
	return nil
}

// regionPlace reports whether the entity of id is a continent or a region
// of several countries.
func (d *doc) regionPlace(id string) bool {
	e := d.placeByID(id)
	return e != nil && isRegion(e.name)
}

// addRel appends a relation, once per statement: ATTACKED and MET are
// kept once per article for the same ends and status (the first sentence
// stating them is the evidence), SAID once per speaker and quotation.
func (d *doc) addRel(t kg.RelType, src, tgt string, si int, date time.Time, prec kg.Precision, st kg.Status, quote string, conf float64) {
	if src == "" || (tgt == "" && t != kg.Said && t != kg.Attacked) || src == tgt {
		return
	}
	if si == 0 && d.headline && t != kg.ParticipatedIn && t != kg.OccurredIn {
		return // the headline's relations are the body's
	}
	if t == kg.Met && d.subnationalPlace(src) && d.subnationalPlace(tgt) {
		return // "where Peru's Puno region meets Bolivia's La Paz department": lands, no parties
	}
	if t == kg.Met && (d.regionPlace(src) || d.regionPlace(tgt)) {
		return // "West African leaders meeting in Abuja": a region of several states is no party
	}
	key := string(t) + "|" + src + "|" + tgt
	if t == kg.Met && tgt < src {
		key = string(t) + "|" + tgt + "|" + src
	}
	if t == kg.Said {
		key += "|" + quote
	} else {
		// a denied or planned attack or meeting is a statement apart from
		// one that happened, but one sentence states one of them
		here := key + "|@" + strconv.Itoa(si)
		if d.relSeen[here] {
			return
		}
		d.relSeen[here] = true
		key += "|" + string(st)
	}
	if d.relSeen[key] {
		return
	}
	d.relSeen[key] = true
	if t == kg.Met {
		d.metIn[si] = true
	}
	s := d.sents[si]
	ev := kg.Evidence{ArticleID: d.a.ID, Sentence: d.text[s.start:s.end], Start: s.start, End: s.end}
	if len(ev.Sentence) > kg.MaxSentenceBytes {
		ev.Sentence = truncUTF8(ev.Sentence, kg.MaxSentenceBytes)
		ev.End = ev.Start + len(ev.Sentence)
	}
	d.relBy = append(d.relBy, d.by)
	d.rels = append(d.rels, kg.Relation{
		ID:   kg.RelationID(d.a.ID, t, src, tgt, ev.Start, ev.End, quote),
		Type: t, Source: src, Target: tgt, Date: date, Precision: prec, Status: st,
		Quote: quote, Confidence: conf, Evidence: ev,
	})
}

// status reads the cues in toks[lo:hi] (the words between the subject and
// the verb): a negation or refusal denies, an offer proposes, a future or
// plan plans.
func (d *doc) status(lo, hi int) kg.Status {
	st := kg.Happened
	for k := lo; k < hi; k++ {
		if d.inQuote[k] {
			continue
		}
		w := d.toks[k].lower
		if w == "," && k+1 < hi && (d.toks[k+1].lower == "who" || d.toks[k+1].lower == "which") {
			// ", who will lead the inquiry, met": a relative clause's
			// own tense, not the verb's
			j := k + 2
			for j < hi && d.toks[j].text != "," {
				j++
			}
			if j < hi {
				k = j
				continue
			}
		}
		if w == "may" && d.toks[k].cap {
			continue // the month
		}
		switch {
		case deniedCues[w] || w == "n't" || w == "called" && d.peek(k+1) == "off":
			return kg.Denied // "was called off": cancelled
		case proposedCues[w]:
			st = kg.Proposed
		case plannedCues[w] && st == kg.Happened:
			if w == "to" && (!(k+1 < hi || k+1 == hi) || d.peek(k+1) == "have") {
				continue // "is alleged to have attacked": done, not planned
			}
			if w == "to" && k+1 < len(d.toks) && (d.toks[k+1].cap || d.toks[k+1].kind != tWord || objectOpeners[d.toks[k+1].lower]) {
				continue // "travelled to Paris for talks": a place, no infinitive
			}
			if w == "to" && d.pastTripBefore(k, lo) {
				continue // "travelled to Lima to meet X": the purpose of a trip made
			}
			if commitCues[w] && d.peek(k+1) != "to" {
				continue // "pledged support at a meeting with X": a meeting held; "pledged to meet X" is planned
			}
			st = kg.Planned
		}
	}
	return st
}

// pastTripBefore reports a past verb of travel among the few words before
// toks[k], in its clause: "flew to Oslo to".
func (d *doc) pastTripBefore(k, lo int) bool {
	for j := k - 1; j >= lo && j > k-6; j-- {
		w := d.toks[j].lower
		if w == "," || w == "will" || w == "would" || w == "plans" || w == "planned" {
			return false
		}
		if pastTripVerbs[w] {
			return true
		}
	}
	return false
}

// officialsOf is whom "<m> officials" speak for: the organization m
// names, or for a country (or its demonym) the country's government when
// the article names it, else the country itself when the article names
// it.
func (d *doc) officialsOf(m *mention) *entity {
	switch {
	case m.ent.kind == kg.Organization:
		return m.ent
	case m.ent.kind != kg.Place:
		return nil
	}
	if e := d.governmentOf(m); e != nil {
		return e
	}
	if isCountry(m.ent.name) && m.ent.named {
		return m.ent // a country the article names, not only its adjective
	}
	return nil
}

// saidIn is the person whose statement the relation patterns read last
// from sentence si, or nil.
func (d *doc) saidIn(si int) *entity {
	s := d.sents[si]
	for i := len(d.rels) - 1; i >= 0; i-- {
		r := &d.rels[i]
		if r.Evidence.Start < s.start {
			break
		}
		if r.Type != kg.Said || r.Evidence.Start != s.start {
			continue
		}
		for _, e := range d.ents {
			if e.kind == kg.Person && e.id() == r.Source {
				return e
			}
		}
	}
	return nil
}

// relativeSubject finds "X (...) who|which <clause>" ending at toks[i]:
// X, the subject of the verb after the clause, when the clause holds no
// verb of speech.
func (d *doc) relativeSubject(i, lo int) (*entity, int) {
	for k := i; k > lo && k > i-25; k-- {
		w := d.toks[k].lower
		if sayVerbs[w] && !d.passive(k) || d.toks[k].kind == tQuote {
			return nil, -1
		}
		if w != "who" && w != "which" {
			continue
		}
		p := k - 1
		if p > lo && d.toks[p].text == "," {
			p--
		}
		if p > lo && d.toks[p].text == ")" {
			for p > lo && p > k-8 && d.toks[p].text != "(" {
				p--
			}
			p--
		}
		if w == "who" && p > lo && d.mentAt[p] == nil && !d.toks[p].cap && roleWords[d.toks[p].lower] {
			// "met Chile's foreign minister, who told reporters": the
			// country whose unnamed officer speaks
			for q := p - 1; q > lo && q > p-4; q-- {
				if m := d.mentAt[q]; m != nil && m.ent != nil {
					if d.possessor(m) && (d.isCountry(m.ent) || m.ent.kind == kg.Organization) && d.unnamedLeader(m.hi, p+1) {
						return m.ent, m.lo
					}
					break
				}
			}
		}
		if p > lo+1 && w == "which" && orgNouns[d.toks[p].lower] && d.mentAt[p] == nil {
			// "the DeepState monitoring project, which ..., said": the
			// organization the noun names
			q := p - 1
			if q > lo && !d.toks[q].cap && d.toks[q].kind == tWord && d.mentAt[q] == nil && strings.HasSuffix(d.toks[q].lower, "ing") {
				q--
			}
			if m := d.mentAt[q]; m != nil && m.ent != nil && m.hi == q+1 && m.ent.kind == kg.Organization {
				return m.ent, m.lo
			}
		}
		if p >= lo {
			if m := d.mentAt[p]; m != nil && m.ent != nil && !d.possessor(m) && (m.ent.kind == kg.Person || m.ent.kind == kg.Organization) {
				if w == "which" && m.ent.kind == kg.Person {
					continue // "a district which X visited": X is no antecedent
				}
				return m.ent, m.lo
			}
		}
	}
	return nil, -1
}

// appositiveSubject reads "NAME, <who or what they are>, said": the
// sentence opens with a person, organization or country and a comma, and
// the verb at toks[v] follows the appositive's closing comma (past a day
// or an adverb). Nil when the sentence is no such one.
func (d *doc) appositiveSubject(v, lo int) (*entity, int) {
	k := v - 1
	for k > lo && (skippable[d.toks[k].lower] || isWeekday(d.toks[k].lower) || strings.HasSuffix(d.toks[k].lower, "ly") && !d.toks[k].cap) {
		k--
	}
	if k <= lo || d.toks[k].text != "," {
		return nil, -1
	}
	if n := d.mentAt[k-1]; n != nil && n.ent != nil && n.lo-3 >= lo && d.knownAsAt(n.lo) &&
		n.ent.kind == kg.Organization && !d.personBefore(d.pastDateline(lo, k), n.lo) {
		return n.ent, n.lo // "The UN mission in Iraq, known as UNAMI, urged": the name it goes by; not "X, a spokeswoman for the UN force, known as Y, said"
	}
	start := d.pastDateline(lo, k)
	if a := d.openingTime(start, k); a > start {
		start = a // "Late on Tuesday, X, the ..., claimed"
	}
	if start < k && d.toks[start].lower == "the" {
		start++
	}
	for n := 0; n < 3 && start < k && d.mentAt[start] == nil && d.toks[start].cap && d.titleAt(start); n++ {
		start++ // "Congresswoman Ana Costa of the X party, one of ..., said"
	}
	m := d.mentAt[start]
	if m == nil || m.ent == nil || m.lo != start || m.demonym || d.possessor(m) || m.hi >= k {
		return nil, -1
	}
	c := m.hi // the comma after the name, past an acronym in brackets: "X (JNIM), al Qaeda's affiliate,"
	if c+3 < k && d.toks[c].text == "(" && d.toks[c+2].text == ")" {
		c += 3
	}
	if m.ent.kind == kg.Person && c+2 < k && d.toks[c].lower == "of" {
		// "Ana Costa of the Varnok party,": whose member she is
		x := c + 1
		if d.toks[x].lower == "the" {
			x++
		}
		if o := d.mentAt[x]; o != nil && o.ent != nil && o.lo == x && o.ent.kind == kg.Organization {
			x = o.hi
			if x < k && d.toks[x].kind == tWord && !d.toks[x].cap && orgNouns[d.toks[x].lower] {
				x++ // "party"
			}
			c = x
		}
	}
	if d.toks[c].text != "," || c >= k || k-c > 40 || !(m.ent.kind == kg.Person || m.ent.kind == kg.Organization || d.isCountry(m.ent)) {
		return nil, -1
	}
	if n := d.mentAt[c+1]; n != nil && n.ent != nil && !n.ref && !d.possessor(n) && !n.demonym {
		return nil, -1 // "Peru, Chile and Bolivia said": a list, no appositive
	}
	for x := c + 1; x < k; x++ {
		if sayVerbs[d.toks[x].lower] && d.inRelativeClause(x, c) {
			continue // "X, a group that Lima says operates from Chile, claimed": inside the description
		}
		if d.inQuote[x] || d.toks[x].kind == tQuote || sayVerbs[d.toks[x].lower] && !d.nounAfterDeterminer(x) || d.toks[x].text == ";" {
			return nil, -1 // "X, the minister said, ...": an attribution of its own; not "X, formed by leaders of the protests, said"
		}
	}
	return m.ent, m.lo
}

// pastAside is the comma that opens a short aside of contrast or
// sequence between a subject and its verb at toks[v] ("X, however,
// said", "Y, for its part, denied"), or v when there is none.
func (d *doc) pastAside(v, lo int) int {
	k := v - 1
	if k-2 <= lo || d.toks[k].text != "," {
		return v
	}
	for j := k - 1; j > lo && j >= k-4; j-- {
		if d.toks[j].text == "," {
			for x := j + 1; x < k; x++ {
				if d.toks[x].kind != tWord || d.toks[x].cap || !asideWords[d.toks[x].lower] {
					return v
				}
			}
			return j
		}
	}
	return v
}

// openingTime is the first word after a time adjunct and its comma that
// open a clause at toks[k] ("Late on Tuesday, ", "On Monday, ",
// "Earlier, "), or k.
func (d *doc) openingTime(k, hi int) int {
	a := k
	for a < hi && a < k+5 {
		switch w := d.toks[a].lower; {
		case w == "on" || w == "late" || w == "early" || w == "earlier" || w == "later" || w == "overnight" || isWeekday(w):
			a++
			continue
		}
		if b := d.skipTimeAdjunct(a, hi); b > a {
			a = b
			continue
		}
		break
	}
	if a > k && a+1 < hi && d.toks[a].text == "," {
		return a + 1
	}
	return k
}

// knownAsAt reports ", known as (the)" right before toks[k].
func (d *doc) knownAsAt(k int) bool {
	if k > 0 && d.toks[k-1].lower == "the" {
		k--
	}
	return k >= 3 && d.toks[k-1].lower == "as" && d.toks[k-2].lower == "known" && d.toks[k-3].text == ","
}

// personBefore reports a person named in toks[lo:hi].
func (d *doc) personBefore(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Person {
			return true
		}
	}
	return false
}

// backedWord reports a compound that says who stands behind a group:
// "Iran-backed", "Saudi-led", "Kabul-based".
func backedWord(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && backerSuffixes[w[i+1:]]
}

// inRelativeClause reports a word at toks[x] that a relative pronoun after
// toks[lo] opens the clause of, a few words before it: "a group that Lima
// says operates", "whom officials say".
func (d *doc) inRelativeClause(x, lo int) bool {
	for k := x - 1; k > lo && k >= x-4; k-- {
		if w := d.toks[k].lower; w == "that" || w == "which" || w == "who" || w == "whom" {
			return true
		}
	}
	return false
}

// officialWho finds "who" right after an official's noun before the verb
// at toks[v], with the clause between them unbroken by a comma, a quote or
// another verb of speech: "A US official who attended the talks said". It
// returns the index of "who", or 0.
func (d *doc) officialWho(v, lo int) int {
	for k := v - 1; k > lo && k > v-15; k-- {
		t := &d.toks[k]
		if t.text == "," || t.kind == tQuote || d.inQuote[k] || sayVerbs[t.lower] || t.text == ";" {
			return 0
		}
		if t.lower == "who" {
			if p := d.toks[k-1].lower; (officialNouns[p] || spokesNouns[p] || orgMemberNouns[p]) && !d.toks[k-1].cap && k+1 < v {
				return k
			}
			return 0
		}
	}
	return 0
}

// thatClauseSubject reads "X that|who <verb> Y <verb>" before toks[v]: the
// subject X, past a restrictive relative clause whose object Y would
// otherwise be read as the subject ("The Saudi-led coalition that backs
// the government said"). It returns nil when no such clause is there.
func (d *doc) thatClauseSubject(v, lo int) (*entity, int) {
	k := v - 1
	if k > lo && d.toks[k].text == "," {
		// "..., which has refrained from strikes since 2022, said": past
		// the non-restrictive clause
		for j := k - 1; j > lo && j > k-25; j-- {
			if d.toks[j].text == "," && j+1 < k && relativeWords[d.toks[j+1].lower] {
				k = j - 1
				break
			}
		}
	}
	for k > lo && skippable[d.toks[k].lower] {
		k--
	}
	if k < lo || k < 0 {
		return nil, -1 // the verb opens the text: no subject before it
	}
	y := d.mentAt[k]
	if y == nil || y.ent == nil || y.hi != k+1 {
		return nil, -1
	}
	j := y.lo - 1
	if j > lo && (d.toks[j].lower == "the" || d.toks[j].lower == "its") {
		j--
	}
	n := 0
	for j > lo && n < 3 && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentAt[j] == nil && d.toks[j].lower != "that" && d.toks[j].lower != "who" {
		j-- // "backs", "has long opposed"
		n++
	}
	if n == 0 || j <= lo || d.toks[j].lower != "that" && d.toks[j].lower != "who" || d.inQuote[j] {
		return nil, -1
	}
	x := d.mentAt[j-1]
	if x == nil || x.ent == nil || x.hi != j || d.possessor(x) || x.demonym || x.ent.kind == kg.Event {
		return nil, -1
	}
	if w := d.toks[j+1].lower; sayVerbs[w] || w == "it" || w == "they" {
		return nil, -1 // "X said that Y said": a clause of speech, no relative
	}
	return x.ent, x.lo
}

// issuedBefore finds a participle of issuing right before the verb at
// toks[v], past the time it gives ("published on Monday", "released in
// July"), after a statement's noun: "A report by X published in July
// said". It returns the participle's index, or 0.
func (d *doc) issuedBefore(v, lo int) int {
	k := v - 1
	for k > lo && k > v-6 && (d.toks[k].kind == tNum || isWeekday(d.toks[k].lower) || months[d.toks[k].lower] != 0 || timeWords[d.toks[k].lower]) {
		k--
	}
	if k <= lo || !issueVerbs[d.toks[k].lower] || d.toks[k].cap {
		return 0
	}
	for j := k - 1; j >= lo && j > k-8; j-- {
		if statementNouns[d.toks[j].lower] {
			return k
		}
		if d.toks[j].text == "," || d.toks[j].kind == tQuote {
			break
		}
	}
	return 0
}

// issuedObject is the verb of issuing whose object is the statement noun
// at toks[n] ("released a new report", "issued its annual survey"), or 0.
func (d *doc) issuedObject(n, lo int) int {
	j := n - 1
	for k := 0; j > lo && k < 2 && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentAt[j] == nil && !determiners[d.toks[j].lower] && !possessivePronouns[d.toks[j].lower]; k++ {
		j-- // "a new report", "its annual report"
	}
	if j <= lo || !determiners[d.toks[j].lower] && !possessivePronouns[d.toks[j].lower] {
		return 0
	}
	if j--; issueVerbs[d.toks[j].lower] && !d.toks[j].cap {
		return j
	}
	return 0
}

// whichAfterApposition reads "X (XF), the Sahel's main affiliate, which
// said": the antecedent of "which" or "who" before toks[v] is the name the
// apposition describes, not a name inside the apposition.
func (d *doc) whichAfterApposition(v, lo int) (*entity, int) {
	w := v - 1
	for w > lo && skippable[d.toks[w].lower] {
		w--
	}
	if w-2 <= lo || d.toks[w].lower != "which" && d.toks[w].lower != "who" || d.toks[w-1].text != "," {
		return nil, -1
	}
	for c := w - 2; c > lo && c > w-16; c-- {
		if d.toks[c].kind == tQuote || d.toks[c].text == "." {
			return nil, -1
		}
		if d.toks[c].text != "," {
			continue
		}
		if !apposOpeners[d.toks[c+1].lower] {
			return nil, -1
		}
		j := c - 1
		if j-2 > lo && d.toks[j].text == ")" && d.toks[j-2].text == "(" {
			j -= 3 // "the Varnok Front (VF), the ..."
		}
		if m := d.mentAt[j]; m != nil && m.ent != nil && m.hi == j+1 && (m.ent.kind == kg.Organization || m.ent.kind == kg.Person) && !m.demonym {
			return m.ent, m.lo
		}
		return nil, -1
	}
	return nil, -1
}
