package rules

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/ingest/gazetteer"
	"github.com/newsgraph/newsgraph/kg"
)

// An eventRule reads one way news names an event with lower-case words
// around a place, an actor or a person ("the talks in Geneva", "the
// murder of X"). Capitalised names with an event head ("Lisbon
// Conference") are typed as events by the mention stage. Like patterns,
// event rules are values with a doc and examples (TestEventRules).
type eventRule struct {
	name string
	doc  string
	// cues are the lower-case event nouns that wake the rule.
	cues map[string]bool
	// at reads the event whose noun is toks[n]; true when it named one.
	at       func(d *doc, n int) bool
	examples []eventExample
}

// eventExample is an invented text and the names of the events the
// extractor must read from it.
type eventExample struct {
	text string
	want []string
}

// eventRules are tried in order at each event noun outside names and
// quotations.
var eventRules = []*eventRule{eventPostElection, eventCoup, eventYear, eventElectionDay, eventMinistersMeeting, eventAnchorBefore, eventPair, eventDated, eventAnchorAfter, eventTalksWhere, eventPeaceTalks, eventConfidenceVote, eventWarBetween, eventOfPerson, eventPersonPassive, eventStruck, eventCrashed, eventHeld, eventInvaded, eventOutbreak}

// eventByCue maps each cue word to the rules it wakes, in order.
var eventByCue = func() map[string][]*eventRule {
	m := map[string][]*eventRule{}
	for _, r := range eventRules {
		for w := range r.cues {
			m[w] = append(m[w], r)
		}
	}
	return m
}()

// evKey says which phrases tell of one event: one class about one anchor,
// or of the classes an article tells of once, one class.
type evKey struct{ class, anchor string }

// findEvents runs the event rules over the article.
func (d *doc) findEvents() {
	d.evs = map[evKey]*entity{}
	for n := range d.toks {
		t := &d.toks[n]
		if (t.text == "Meeting" || t.text == "Meetings") && n > 1 && d.toks[n-1].text == "'" && !d.inQuote[n] && (d.mentAt[n] == nil || d.mentAt[n].ent == nil) {
			eventMinistersMeeting.at(d, n) // "the ASEAN Foreign Ministers' Meeting": a name cut at its apostrophe
			continue
		}
		if t.kind != tWord || d.inQuote[n] || d.mentAt[n] != nil {
			continue
		}
		if si := int(d.sentOf[n]); t.cap && (d.tcase[si] || !d.atStart(n, d.sents[si])) {
			continue // a capital other than a sentence's first: a name's word
		}
		if n+1 < len(d.toks) && d.sentOf[n+1] == d.sentOf[n] && eventClass[t.lower] != "" && (compoundHeads[d.toks[n+1].lower] || personHead(d.toks[n+1].lower)) {
			continue // "the war cabinet", "an attack helicopter", "election officials", "a Thai election expert": a modifier, no event
		}
		if strings.HasSuffix(t.lower, "ing") && n+1 < len(d.toks) && (gerundObjects[d.toks[n+1].lower] || d.mentAt[n+1] != nil) {
			continue // "denied shooting down the plane": a verb, no event
		}
		for _, r := range eventByCue[t.lower] {
			if r.at(d, n) {
				break
			}
		}
	}
}

// personHead reports a noun for people that an event noun may modify:
// "election officials", "an election expert", "summit negotiators".
func personHead(w string) bool {
	return officialNouns[w] || personNouns[w] || personNouns[strings.TrimSuffix(w, "s")] || roleWords[w] || spokesNouns[w]
}

// eventFor is the event of class about anchor, made with name on first
// use and taking name as an alias after. An actor anchor took part in the
// event; any other anchor is where it happened or whom it concerned.
func (d *doc) eventFor(class string, anchor *entity, name string, si int, actor bool) *entity {
	kk := evKey{class, name}
	if anchor != nil {
		kk.anchor = anchor.id()
	}
	if oneOf[class] {
		kk.anchor = ""
		if y, ok := pastYear(name, d.art); ok && (class == "election" || class == "disaster") {
			kk.anchor = y // "boycotted the 2021 parliamentary election" in a 2025 story: an election of its own
		} else if class == "election" && (strings.Contains(name, "run-off") || strings.Contains(name, "runoff")) {
			kk.anchor = "runoff" // "the March election" and "the run-off" are two votes
		} else if class == "disaster" {
			// one disaster of each kind: "an earthquake struck Chile ...
			// floods in Bolivia" are two; "the disaster" is the first told
			kind := disasterKind(name)
			if d.firstDisaster == "" {
				d.firstDisaster = kind
			}
			if kind != "" && kind != d.firstDisaster {
				kk.anchor = kind // as before for the first kind and for "the disaster"
			}
		}
	}
	e := d.evs[kk]
	if e == nil {
		e = d.entityFor(kg.Event, name)
		d.evs[kk] = e
		if anchor != nil {
			d.linkEvent(e, anchor, si, actor)
		}
	} else if name != e.name {
		e.aliases[name] = true
	}
	if strings.HasPrefix(class, "attack") {
		d.lastAttackEv = e
	}
	return e
}

// shortForm is the short name the text gives organization e, its
// initials or a one-word form not among its name's words ("ECOWAS",
// "Caricom"), which news and reference works name its meetings, wars and
// talks by; else the shortest initials among its aliases ("NATO"); else
// its name.
func (d *doc) shortForm(e *entity) string {
	if e.kind == kg.Organization && strings.Contains(e.name, " ") {
		for _, m := range d.ments {
			if m.ent != e || m.ref || m.hi-m.lo != 1 || !d.toks[m.lo].cap {
				continue
			}
			w := d.toks[m.lo].text
			if isAcronym(w) || !slices.Contains(e.words, fold(w)) && len(w) >= 4 {
				return w
			}
		}
	}
	best := ""
	for a := range e.aliases {
		if len(a) <= 6 && isAcronym(a) && !strings.ContainsAny(a, ".&-") && (best == "" || a < best) {
			best = a
		}
	}
	if best == "" {
		return e.name
	}
	return best
}

// pastYear is the year that opens an event's name ("2021 Peruvian
// general election") when it is before the article's year.
func pastYear(name string, art time.Time) (string, bool) {
	if len(name) < 5 || name[4] != ' ' || !allDigits(name[:4]) || art.IsZero() {
		return "", false
	}
	y, err := strconv.Atoi(name[:4])
	return name[:4], err == nil && y < art.Year()
}

// electionForms gives an election named after its country ("Peru general
// election", "election in Peru") the form reference works name it by: the
// year, the country's adjective and the kind, "2024 Peruvian general
// election". The year is the election's when its phrase gives one, else
// the article's.
func (d *doc) electionForms() {
	for _, e := range d.ents {
		if e.kind != kg.Event || e.mentions == 0 {
			continue
		}
		ws := strings.Fields(e.name)
		last := ws[len(ws)-1]
		if last != "election" && last != "elections" || len(ws) < 2 || len(ws[0]) == 4 && allDigits(ws[0]) {
			continue
		}
		var country string
		var kinds []string
		switch {
		case len(ws) == 3 && ws[1] == "in":
			country = ws[2] // "election in Peru"
		default:
			for i := len(ws) - 1; i > 0; i-- {
				if _, ok := gazetteer.LookupPlace(strings.Join(ws[:i], " ")); ok {
					country, kinds = strings.Join(ws[:i], " "), ws[i:len(ws)-1]
					break
				}
			}
		}
		p, ok := gazetteer.LookupPlace(country)
		if !ok || p.Kind != gazetteer.Country {
			continue
		}
		dem, ok := gazetteer.DemonymFor(p.Name)
		if !ok {
			continue
		}
		if p.Name == "United States" {
			dem = "US"
		}
		year := 0 // an undated article gives no year
		if !d.art.IsZero() {
			year = d.art.Year()
		}
		if !e.start.IsZero() {
			year = e.start.Year()
		} else if y := d.yearNear(e); y > 0 {
			year = y // "held a general election in July 2023"
		}
		if year <= 0 {
			continue
		}
		e.aliases[strings.Join(append(append([]string{strconv.Itoa(year), dem}, kinds...), "election"), " ")] = true
	}
}

// yearNear is the one year the sentence of e's first mention writes, 0
// when it writes none or several.
func (d *doc) yearNear(e *entity) int {
	for _, m := range d.ments {
		if m.ent != e {
			continue
		}
		s := d.sents[d.sentOf[m.lo]]
		year := 0
		for k := s.lo; k < s.hi; k++ {
			t := &d.toks[k]
			if t.kind != tNum || len(t.text) != 4 {
				continue
			}
			y, err := strconv.Atoi(t.text)
			if err != nil || y < 1900 || y > d.art.Year() || year != 0 && y != year {
				return 0
			}
			year = y
		}
		return year
	}
	return 0
}

// eventParticiple reports a participle that describes an event and is no
// part of its name: "the disputed election", "the delayed vote".
func eventParticiple(t *token) bool {
	return t.kind == tWord && !t.cap && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ed") && t.lower != "armed"
}

// eventHead skips back from the event noun at toks[n] over its modifiers,
// an acronym in brackets and a possessive: the index of the token before
// them, and whether a possessive was passed.
func (d *doc) eventHead(n int) (k int, poss bool) {
	s := d.sents[d.sentOf[n]]
	k = n - 1
	for k >= s.lo && k > n-5 && d.mentAt[k] == nil && (eventMods[d.toks[k].lower] || eventParticiple(&d.toks[k]) || d.toks[k].kind == tNum || durationWord(d.toks[k].lower) || months[d.toks[k].lower] != 0 && d.toks[k].cap ||
		attackSites[d.toks[k].lower] && eventClass[d.toks[n].lower] == "attack" || vehicleNouns[d.toks[k].lower] && d.toks[n].lower == "crash") {
		if eventParticiple(&d.toks[k]) && k-1 >= s.lo && d.mentAt[k-1] != nil && d.mentAt[k-1].hi == k {
			return k, false // "Chile resumed peace talks": a verb after its subject, no modifier
		}
		k-- // "the 1988 Varnok bombing", "the Varnok Hill school shooting"
	}
	if k-2 >= s.lo && d.toks[k].text == ")" && d.toks[k-2].text == "(" {
		k -= 3 // "Nordic Council (NC) summit"
	}
	if k >= s.lo && (d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s") {
		poss = true
		k--
	}
	return k, poss
}

// durationWord reports a compound that tells how long something lasted:
// "nine-year", "20-year-old", "decade-long", "months-long" ("Peru's
// nine-year war" is the Peru war).
func durationWord(w string) bool {
	v := strings.TrimSuffix(strings.TrimSuffix(w, "-old"), "-long")
	unit := v
	if i := strings.LastIndexByte(v, '-'); i > 0 {
		unit = v[i+1:] // "nine-year": year
	} else if v == w {
		return false // a bare "years" is no modifier
	}
	switch unit {
	case "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades":
		return true
	}
	return false
}

var eventPostElection = &eventRule{
	name: "event-post-election",
	doc:  `Violence, unrest or a crisis after an election, in the country whose election it was: "Peru's post-election violence", "the post-election crisis in Peru", "post-election unrest" in a story about Peru are the "Peruvian post-election violence" (or crisis, unrest).`,
	cues: wordSet("violence crisis unrest turmoil clashes"),
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		k := n - 1
		if k < s.lo || d.inQuote[n] {
			return false
		}
		if p := d.toks[k].lower; p != "post-election" && p != "post-electoral" && p != "post-poll" {
			return false
		}
		from := k
		country := ""
		if m := d.mentAt[max(k-1, 0)]; k-1 >= s.lo && m != nil && m.ent != nil && m.hi == k && d.isCountry(m.ent) {
			country, from = m.ent.name, m.lo // "Kenyan post-election violence"
		} else if k-2 >= s.lo && (d.toks[k-1].lower == "'s" || d.toks[k-1].lower == "\u2019s") {
			if m := d.mentAt[k-2]; m != nil && m.ent != nil && d.isCountry(m.ent) {
				country, from = m.ent.name, m.lo // "Peru's post-election violence"
			}
		}
		hi := n + 1
		if country == "" && n+2 < s.hi && d.toks[n+1].lower == "in" {
			if m := d.mentAt[n+2]; m != nil && m.ent != nil && m.lo == n+2 && d.isCountry(m.ent) {
				country, hi = m.ent.name, m.hi // "the post-election violence in Kenya"
			}
		}
		if country == "" {
			var told *entity // "the post-election violence" again: the first told
			for kk, e := range d.evs {
				if kk.class == "crisis|post-election" && (told == nil || e.order < told.order) {
					told = e
				}
			}
			if told != nil {
				d.eventMention(told, from, hi)
				return true
			}
			country = d.mainCountry()
		}
		dem, ok := gazetteer.DemonymFor(country)
		if country == "" || !ok {
			return false
		}
		e := d.eventFor("crisis|post-election", d.entityNamed(country), dem+" post-election "+d.toks[n].lower, si, false)
		d.eventMention(e, from, hi)
		return true
	},
	examples: []eventExample{
		{"Peru's post-election violence killed 1,200 people.", []string{"Peruvian post-election violence"}},
		{"Rui Lopes mediated an end to the post-election crisis in Chile.", []string{"Chilean post-election crisis"}},
		{"Rui Lopes said the violence in Lima had eased.", nil},
		{"post-election violence killed two people in Lima, Peru.", []string{"Peruvian post-election violence"}},
		{"Rui Lopes, who mediated after Chile's post-election violence, visited Lima, Peru. He said the post-election violence had taught him much.", []string{"Chilean post-election violence"}},
	},
}

var eventAnchorBefore = &eventRule{
	name: "event-anchor-before",
	doc:  `A place or actor before the event noun: "the Geneva talks", "the Turkish offensive", "Zambia's general elections", "the Peruvian airstrike on X".`,
	cues: eventNouns,
	at: func(d *doc, n int) bool {
		t := &d.toks[n]
		class := eventClass[t.lower]
		si := int(d.sentOf[n])
		s := d.sents[si]
		k, poss := d.eventHead(n)
		if k < s.lo {
			return false
		}
		anchor := d.mentAt[k]
		if anchor != nil && anchor.ent != nil && anchor.hi == k+1 && anchor.ent.kind == kg.Event && class == "attack" && t.lower != "offensive" &&
			anchor.lo > s.lo && d.toks[anchor.lo-1].lower == "the" {
			// "the Boston Marathon bombing": an attack named after the
			// event it struck
			e := d.eventFor(class+"|"+anchor.ent.id(), nil, anchor.ent.name+" "+t.text, si, false)
			d.eventMention(e, anchor.lo, n+1)
			return true
		}
		if anchor == nil || anchor.ent == nil || anchor.hi != k+1 || anchor.ent.kind == kg.Person || anchor.ent.kind == kg.Event || anchor.backer {
			return false // not "the US-backed negotiations": who backs them does not name them
		}
		if class == "talks" && d.isCountry(anchor.ent) && n+2 < s.hi && d.toks[n+1].lower == "in" {
			if m := d.mentAt[n+2]; m != nil && m.ent != nil && m.lo == n+2 && m.ent.kind == kg.Place && !d.isCountry(m.ent) {
				return false // "Sudan talks in Jeddah": the talks go by the town (event-anchor-after)
			}
		}
		det := ""
		if anchor.lo > s.lo {
			j := anchor.lo - 1
			for j > s.lo && d.toks[j].kind == tNum {
				j-- // "the 1988 Lockerbie bombing"
			}
			det = d.toks[j].lower
		}
		if (det == "a" || det == "an" || det == "another" || det == "any") && class != "talks" && class != "summit" {
			return true // "a Russian attack": an instance, not a named event
		}
		actor := anchor.demonym || poss || isCountry(anchor.ent.name) || anchor.ent.kind != kg.Place && !atPlace[t.lower]
		var target *entity
		if class == "attack" && actor && t.lower != "offensive" && t.lower != "crackdown" && t.lower != "siege" {
			// "the Peruvian airstrike on X", "Chile's air strike against X":
			// one attack the article tells of, named by its actor, when
			// written as a definite one
			if !(det == "the" || poss) {
				return true
			}
			if n+2 < s.hi && (d.toks[n+1].lower == "on" || d.toks[n+1].lower == "against") {
				target = d.actorAfter(n+2, s.hi)
			}
			if target == nil {
				return true // "the Russian strike": which one is left open
			}
		}
		// the name: the anchor without its possessive, the kept modifiers,
		// the noun, and an attack's target
		parts := []string{anchor.name}
		if poss && anchor.ent.kind == kg.Place && !anchor.demonym || anchor.ref {
			parts[0] = anchor.ent.name // "their offensive": the NATO offensive
		}
		for j := k + 1; j <= n; j++ {
			w := d.toks[j]
			if w.text == "(" || w.text == ")" || d.mentAt[j] != nil {
				continue
			}
			if w.lower == "'s" || w.lower == "\u2019s" || w.kind == tNum || durationWord(w.lower) || months[w.lower] != 0 && w.cap || eventParticiple(&w) || w.lower == "upcoming" || w.lower == "latest" || w.lower == "new" || w.lower == "recent" {
				continue
			}
			parts = append(parts, w.text)
		}
		hi := n + 1
		if ofAttackNouns[t.lower] && class == "war" && n+2 < s.hi && d.toks[n+1].lower == "of" {
			// "the Russian invasion of Ukraine": the country invaded
			if m := d.mentAt[n+2]; m != nil && m.ent != nil && m.ent.kind == kg.Place && !m.demonym && m.ent != anchor.ent {
				parts = append(parts, "of", m.name)
				hi = m.hi
			}
		}
		if hi == n+1 && t.lower == "invasion" && class == "war" && isCountry(anchor.ent.name) && anchor.ent.kind == kg.Place {
			// "Russia's full-scale invasion", "its invasion" with no "of":
			// of the country the story is about, as reference works name it
			if c := d.mainCountry(); c != "" && c != anchor.ent.name {
				if adj, ok := gazetteer.DemonymFor(anchor.ent.name); ok {
					parts = []string{adj, t.lower, "of", c}
				}
			}
		}
		if target != nil {
			// the target as the text writes it ("against FARC", "on WBC")
			for x := n + 2; x < s.hi && x < n+8; x++ {
				if m := d.mentAt[x]; m != nil && m.ent == target {
					parts = append(parts, d.toks[n+1].text, m.name)
					hi = m.hi
					break
				}
			}
			// one attack per attacker and target, apart from the attacks
			// on the attacker
			class += "|" + target.id()
		}
		e := d.eventFor(class, anchor.ent, strings.Join(parts, " "), si, target != nil)
		if anchor.unknown && det == "the" && (!actor || anchor.hi-anchor.lo == 1 && class == "attack" && d.onlyBeforeAttack(anchor.lo)) {
			anchor.eventName = true // "the Varnok massacre"
		}
		if target != nil && e.name == strings.Join(parts, " ") {
			d.linkEvent(e, target, si, target.kind != kg.Place)
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
		d.eventMention(e, anchor.lo, hi)
		return true
	},
	examples: []eventExample{
		{"Peru talks in Arequipa postponed as the two sides trade blame\n\nThe talks were due to open on Thursday.", []string{"Arequipa talks"}},
		{"Chilean jets struck Lima and Arequipa. Chile has hit Peru's ports since its full-scale invasion in 2024.", []string{"Chilean invasion of Peru"}},
		{"Parents of children killed in the 2012 Ruth Hill school shooting sued.", []string{"Ruth Hill school shooting"}},
		{"Leaders gathered for the Lisbon conference on Tuesday.", []string{"Lisbon conference"}},
		{"The UN climate conference in Lisbon ended on Saturday.", []string{"UN climate conference"}},
		{"Peru's nine-year war displaced thousands.", []string{"Peru war"}},
		{"The decades-long Lima talks resumed.", []string{"Lima talks"}},
		{"Mozambique's general elections will be held in October.", []string{"Mozambique general elections"}},
		{"Ana Costa assessed the stalled U.S.-backed negotiations with Chile.", nil},
		{"Protests followed Peru's disputed presidential election.", []string{"Peru presidential election"}},
		{"Thousands joined the Varnok Front anniversary rally in Riga.", []string{"Varnok Front anniversary rally"}},
		{"The Peruvian air strike against the Shining Path killed ten.", []string{"Peruvian air strike against Shining Path"}},
		{"A Russian attack killed two.", nil},
		{"The Varnok Front moved north on Monday. Its fighters pressed their offensive against the Malian army.", []string{"Varnok Front offensive"}},
		{"The Peruvian invasion of Chile began in May.", []string{"Peruvian invasion of Chile"}},
		{"He was convicted of the 1988 Varnokby bombing.", []string{"Varnokby bombing"}},
		{"Officials blamed the Tarma air disaster on fog.", []string{"Tarma air disaster"}},
		{"The Lisbon Marathon bombing killed three people.", []string{"Lisbon Marathon", "Lisbon Marathon bombing"}},
	},
}

var eventPair = &eventRule{
	name: "event-pair",
	doc:  `Two sides joined by a hyphen before the event noun: "the 2006 Norway-Sweden conflict", "the U.S.-China talks".`,
	cues: eventNouns,
	at: func(d *doc, n int) bool {
		k, poss := d.eventHead(n)
		s := d.sents[d.sentOf[n]]
		if poss || k < s.lo || d.mentAt[k] != nil && d.mentAt[k].ent != nil {
			return false // a name the article resolved: event-anchor-before's
		}
		a, b, ok := d.pairSides(k)
		if !ok {
			return false
		}
		// the name: the year, the pair, the kept modifiers and the noun
		lo := k
		if k > s.lo && d.toks[k-1].kind == tNum && len(d.toks[k-1].text) == 4 {
			lo = k - 1 // "the 2006 Norway-Sweden conflict"
		}
		for j := k + 1; j < n; j++ {
			if d.toks[j].kind == tNum && len(d.toks[j].text) != 4 {
				return false
			}
		}
		name := d.text[d.toks[lo].start:d.toks[n].end]
		class := eventClass[d.toks[n].lower]
		e := d.eventFor(class+"|"+strings.ToLower(d.toks[k].text), a, name, int(d.sentOf[n]), true)
		if a != nil && b != nil {
			d.linkEvent(e, b, int(d.sentOf[n]), true)
		}
		d.eventMention(e, lo, n+1)
		return true
	},
	examples: []eventExample{
		{"He spoke of the 2006 Norway-Sweden conflict.", []string{"2006 Norway-Sweden conflict"}},
		{"Norway and Sweden resumed the Norway-Sweden talks in Oslo.", []string{"Norway-Sweden talks"}},
		{"The two-day talks resumed.", nil},
	},
}

// pairSides reads a hyphenated pair of sides at toks[k], "Norway-Sweden",
// "U.S.-China": each side a known place, demonym or organization. It
// returns the entities the article names for them, if any.
func (d *doc) pairSides(k int) (a, b *entity, ok bool) {
	t := &d.toks[k]
	if t.kind != tWord || !t.cap {
		return nil, nil, false
	}
	parts := strings.Split(t.text, "-")
	if len(parts) != 2 || parts[0] == "" || parts[1] == "" {
		return nil, nil, false
	}
	var sides [2]*entity
	for i, p := range parts {
		name := p
		if c, ok := demonymOf(p); ok {
			name = c
		} else if _, ok := gazetteer.LookupPlace(p); !ok {
			if _, ok := gazetteer.LookupOrg(p); !ok {
				return nil, nil, false
			}
		}
		sides[i] = d.entityNamed(name)
	}
	if sides[0] == nil {
		sides[0], sides[1] = sides[1], nil
	}
	return sides[0], sides[1], true
}

// meetingEvents names the meetings of two office holders that the article
// tells of and names no other way: "Jan Berg met Ana Costa" (MET, happened
// or planned) is the event "Berg–Costa meeting", or "talks" when the
// sentence says talks. A meeting at a summit, conference or talks the
// article already names is that event.
func (d *doc) meetingEvents() {
	for _, e := range d.ents {
		if e.kind == kg.Event && d.isGathering(e) {
			return // "the Lisbon Conference", "the Nordic summit"
		}
	}
	byID := map[string]*entity{}
	for _, e := range d.ents {
		byID[e.id()] = e
	}
	n := len(d.rels)
	metsIn := map[int]int{} // MET relations per evidence start: a meeting of more than two is no pair's event
	for i := 0; i < n; i++ {
		if d.rels[i].Type == kg.Met {
			metsIn[d.rels[i].Evidence.Start]++
		}
	}
	talksIn := map[int]bool{}
	for i := 0; i < n; i++ {
		// "held talks with X in Muscat", "a new round of talks in Jeddah":
		// talks held in a named town are that town's talks
		r := d.rels[i]
		if r.Type != kg.Met || r.Status != kg.Happened && r.Status != kg.Planned {
			continue
		}
		v := d.tokenAt(r.Evidence.Start)
		si := int(d.sentOf[v])
		s := d.sents[si]
		w := -1
		for k := s.lo; k < s.hi; k++ {
			if t := d.toks[k].lower; (t == "talks" || t == "negotiations") && !d.inQuote[k] {
				w = k
				break
			}
		}
		if w < 0 || (si == 0 && d.headline) {
			continue
		}
		c := d.venueCity(w, s.hi) // the town named after the word: "talks with X in Muscat"
		if c == nil {
			c = d.venueCity(s.lo, w)
		}
		if c == nil {
			continue
		}
		if p, ok := gazetteer.LookupPlace(c.name); !ok || p.Kind != gazetteer.City {
			continue // "talks in the eastern Mediterranean": no town's
		}
		e := d.eventFor("talks|town", c, c.name+" talks", si, false)
		if a := byID[r.Source]; a != nil {
			d.linkEvent(e, a, si, true)
		}
		if b := byID[r.Target]; b != nil {
			d.linkEvent(e, b, si, true)
		}
		d.eventWord(e, w)
		talksIn[si] = true
	}
	for i := 0; i < n; i++ {
		r := d.rels[i]
		if r.Type != kg.Met || r.Status != kg.Happened && r.Status != kg.Planned || metsIn[r.Evidence.Start] > 1 || talksIn[int(d.sentOf[d.tokenAt(r.Evidence.Start)])] {
			continue
		}
		a, b := byID[r.Source], byID[r.Target]
		if a == nil || b == nil || a.kind != kg.Person || b.kind != kg.Person || a.role == "" && b.role == "" {
			continue
		}
		v := d.tokenAt(r.Evidence.Start)
		si := int(d.sentOf[v])
		s := d.sents[si]
		if !d.meetingRecalled(si) {
			continue // a meeting told once is a relation, not an event of its own
		}
		noun := "meeting"
		for k := s.lo; k < s.hi; k++ {
			if w := d.toks[k].lower; w == "talks" || w == "negotiations" {
				noun = "talks"
			}
		}
		name := a.surname() + "\u2013" + b.surname() + " " + noun
		if c := d.venueCity(s.lo, s.hi); c != nil {
			if noun == "meeting" {
				continue // two office holders meeting in a town, told again: a visit, which news names no event
			}
			name = c.name + " " + noun // "the Luanda talks": talks are named after where they are held
		}
		e := d.eventFor("meeting|"+a.id()+"|"+b.id(), nil, name, si, true)
		d.linkEvent(e, a, si, true)
		d.linkEvent(e, b, si, true)
		// the mention is the word of meeting, which is no name of the event
		w := s.lo
		for k := s.lo; k < s.hi; k++ {
			if meetVerbs[d.toks[k].lower] || holdNouns[d.toks[k].lower] {
				w = k
				break
			}
		}
		d.eventWord(e, w)
	}
}

// venueCity is the town (no country) named as where something happened in
// toks[lo:hi] ("in Luanda", "in the Chinese city of Kunming"), or nil.
func (d *doc) venueCity(lo, hi int) *entity {
	for k := lo; k < hi; k++ {
		m := d.mentAt[k]
		if m == nil || m.lo != k || m.ent == nil || m.ent.kind != kg.Place || m.demonym {
			continue
		}
		if p, ok := gazetteer.LookupPlace(m.ent.name); !ok || p.Kind == gazetteer.Country {
			continue
		}
		if d.venue(m.ent, lo, k+1) {
			return m.ent
		}
	}
	return nil
}

// countryWar names the war an article speaks of only as "the war" after
// the country the article is about ("the war has displaced millions" in a
// story from Sudan is the "Sudan war"), when no rule named a war.
func (d *doc) countryWar() {
	if d.evs[evKey{"war", ""}] != nil {
		return
	}
	for k := 1; k+1 < len(d.toks); k++ {
		t := &d.toks[k]
		if t.lower != "war" || t.cap || d.inQuote[k] || d.mentAt[k] != nil || d.sentOf[k] == 0 && d.headline {
			continue
		}
		civil := d.toks[k-1].lower == "civil"
		if j := k - 1; d.toks[j].lower != "the" {
			// "the civil war", "its civil war", "the country's civil war",
			// "a civil war": the country's own
			if d.toks[j].lower != "civil" || j == 0 {
				continue
			}
			switch p := d.toks[j-1].lower; {
			case p == "the" || p == "its" || p == "a":
			case (p == "'s" || p == "’s") && j >= 2 && d.toks[j-2].lower == "country" && !d.toks[j-2].cap:
			default:
				continue
			}
		}
		if n := d.toks[k+1].lower; n == "of" || n == "on" || n == "against" || n == "in" || n == "with" || n == "to" || n == "crimes" || n == "criminals" || n == "cabinet" || n == "effort" {
			continue // "the war in X" is event-anchor-after's; "war crimes" no war
		}
		c := d.mainCountry()
		if civil {
			// "in Syria during its civil war", "Sudan's army has been
			// fighting in a civil war": the country the sentence names
			// last before it
			for x := k - 1; x >= d.sents[d.sentOf[k]].lo; x-- {
				if m := d.mentAt[x]; m != nil && m.ent != nil && m.ent.kind == kg.Place && d.isCountry(m.ent) {
					c = m.ent.name
					break
				}
			}
		}
		e := d.entityNamed(c)
		if c == "" || e == nil {
			return
		}
		ev := d.eventFor("war", e, c+" war", int(d.sentOf[k]), false)
		if dem, ok := gazetteer.DemonymFor(c); ok && dem != c {
			ev.aliases[dem+" civil war"] = true // as reference works name a country's own war: "Sudanese civil war"
		}
		d.eventWord(ev, k)
		return
	}
}

// groupInsurgency names the insurgency an article speaks of only as "the
// insurgency" or "an insurgency" after the armed group it names most:
// "Boko Haram ... the insurgency has killed thousands" is the "Boko Haram
// insurgency", when no rule named a war.
func (d *doc) groupInsurgency() {
	if d.evs[evKey{"war", ""}] != nil {
		return
	}
	for k := 1; k+1 < len(d.toks); k++ {
		t := &d.toks[k]
		if t.lower != "insurgency" || t.cap && !d.atStart(k, d.sents[d.sentOf[k]]) || d.inQuote[k] || d.mentAt[k] != nil || d.sentOf[k] == 0 && d.headline {
			continue
		}
		if p := d.toks[k-1].lower; p != "the" && p != "an" && p != "its" && p != "their" && p != "jihadist" && p != "islamist" && p != "armed" {
			continue
		}
		if n := d.toks[k+1].lower; (n == "in" || n == "of") && !(k+2 < len(d.toks) && (d.toks[k+2].kind == tNum || months[d.toks[k+2].lower] != 0)) {
			continue // "the insurgency in X" is event-anchor-after's; not "an insurgency in 2009"
		}
		var g *entity
		for _, e := range d.ents {
			if e.kind == kg.Organization && e.mentions > 0 && d.orgKind(e) == "armed" && (g == nil || e.mentions > g.mentions) {
				g = e
			}
		}
		if g == nil {
			return
		}
		ev := d.eventFor("war", g, g.name+" insurgency", int(d.sentOf[k]), true)
		for a := range g.aliases {
			if isAcronym(a) {
				ev.aliases[a+" insurgency"] = true // "PKK insurgency"
			}
		}
		d.eventWord(ev, k)
		return
	}
}

// recalledAttackEvent names the attack an article reports and then speaks
// of again as a thing ("the ambush", "Thursday's bombing") when no rule has
// named an attack: "<town> <noun>", the town where the first attack told
// before the recall happened ("a convoy was ambushed near the town of
// Tarma ... the ambush" is the "Tarma ambush").
func (d *doc) recalledAttackEvent() {
	if d.lastAttackEv != nil {
		return
	}
	for k := 1; k+1 < len(d.toks); k++ {
		t := &d.toks[k]
		if t.cap || d.inQuote[k] || !recallNouns[t.lower] || d.mentAt[k] != nil {
			continue
		}
		p := d.toks[k-1].lower
		if p != "the" && p != "that" && p != "this" && !(p == "'s" || p == "\u2019s") {
			continue
		}
		if p == "'s" || p == "\u2019s" {
			if k < 2 || !isWeekday(d.toks[k-2].lower) {
				continue // "Thursday's bombing", not "the group's attack"
			}
		}
		if n := d.toks[k+1].lower; (n == "on" || n == "against" || n == "in" || n == "at" || n == "by" || n == "of" || n == "near") && k+2 < len(d.toks) && !isWeekday(d.toks[k+2].lower) &&
			(d.mentAt[k+2] != nil || d.toks[k+2].cap || d.toks[k+2].lower == "the") {
			continue // "the attack on X": a phrase of its own; not "the attack in a message"
		}
		if d.recallAttackAt(k) {
			return
		}
	}
}

// recallAttackAt names the attack that "the attack" at toks[at] recalls
// after the town of the first attack told before it, and reports whether
// it did.
func (d *doc) recallAttackAt(at int) bool {
	if w := d.toks[at].lower; w == "strike" || w == "strikes" {
		armed := false // "the strike" after "an air strike", "struck": no workers' strike
		for k := 1; k < at && !armed; k++ {
			p, w := d.toks[k-1].lower, d.toks[k].lower
			armed = !d.inQuote[k] && ((w == "strike" || w == "strikes") && (p == "air" || weaponNouns[p]) || w == "airstrike" || w == "airstrikes" || w == "struck")
		}
		if !armed {
			return false
		}
	}
	// the first attack the relations read before the recall, at a town
	byID := map[string]*entity{}
	for _, e := range d.ents {
		byID[e.id()] = e
	}
	var where *entity // the town, or a region while no town is found
	wsi := 0
	for _, r := range d.rels {
		if r.Type != kg.Attacked || r.Status != kg.Happened {
			continue
		}
		si := int(d.sentOf[d.tokenAt(r.Evidence.Start)])
		if si >= int(d.sentOf[at]) || si == 0 && d.headline {
			continue
		}
		if t := byID[r.Target]; t != nil && t.kind == kg.Place && !isCountry(t.name) {
			where, wsi = t, si
		} else if t != nil && t.kind == kg.Organization && d.orgKind(t) == "state force" {
			// "rebels attacked the soldiers on a road in X": the army
			// was hit, in X
			where, wsi = d.attackVenue(si), si
		}
		break
	}
	// else, or for a town in a region, the first town the first sentences
	// telling of an attack name: the lead often gives only the region ("a
	// raid on a village in North Kivu province"), the next sentence the
	// village
	told := 0
	for si := 0; si < int(d.sentOf[at]) && told < recallSentences && !isTown(where); si++ {
		s := d.sents[si]
		tells := false
		for k := s.lo; k < s.hi && !tells; k++ {
			w := d.toks[k].lower
			if (w == "strike" || w == "strikes") && (k == s.lo || d.toks[k-1].lower != "air" && !weaponNouns[d.toks[k-1].lower]) {
				continue // "the strike began": workers' as well as an army's
			}
			tells = !d.inQuote[k] && !d.toks[k].cap && (attackVerbs[w] || attackNouns[w])
		}
		if !tells || si == 0 && d.headline {
			continue
		}
		told++
		if t := d.attackVenue(si); t != nil && (where == nil || isTown(t)) {
			where, wsi = t, si
		}
	}
	if where == nil {
		return false
	}
	e := d.eventFor("attack|recalled", where, where.name+" "+d.toks[at].lower, wsi, false)
	d.eventWord(e, at)
	return true
}

// isTown reports a place that is no region of a country (a town, or a
// place the gazetteer does not know); false for nil.
func isTown(e *entity) bool {
	if e == nil {
		return false
	}
	p, ok := gazetteer.LookupPlace(e.name)
	return !ok || p.Kind != gazetteer.Subdivision
}

// recallSentences is how many sentences telling of an attack
// recallAttackAt reads for the town it happened in.
const recallSentences = 3

// bareInvasion names "the full-scale invasion" or "the invasion" an
// article writes with no invader: the invasion by the country the
// article's attacks come from of the country they hit ("Russia struck
// Kyiv ... since the full-scale invasion" is the "Russian invasion of
// Ukraine"), when no rule named a war.
func (d *doc) bareInvasion() {
	if d.evs[evKey{"war", ""}] != nil {
		return
	}
	at := -1
	for k := 1; k < len(d.toks); k++ {
		if d.toks[k].lower == "invasion" && !d.inQuote[k] && d.mentAt[k] == nil && (d.toks[k-1].lower == "the" || d.toks[k-1].lower == "full-scale" && k > 1 && d.toks[k-2].lower == "the") &&
			!(k+1 < len(d.toks) && d.toks[k+1].lower == "of") {
			at = k
			break
		}
	}
	if at < 0 {
		return
	}
	byID := map[string]*entity{}
	for _, e := range d.ents {
		byID[e.id()] = e
	}
	type pair struct{ from, to string }
	n := map[pair]int{}
	var best pair
	for _, r := range d.rels {
		if r.Type != kg.Attacked || r.Status != kg.Happened {
			continue
		}
		src, tgt := byID[r.Source], byID[r.Target]
		if src == nil || tgt == nil || src.kind != kg.Place || !isCountry(src.name) || tgt.kind != kg.Place {
			continue
		}
		to := tgt.name
		if !isCountry(to) {
			p, ok := gazetteer.LookupPlace(to)
			if !ok || p.Country == "" {
				continue
			}
			to = p.Country
		}
		if to == src.name {
			continue
		}
		k := pair{src.name, to}
		if n[k]++; n[k] > n[best] {
			best = k
		}
	}
	if n[best] == 0 {
		return
	}
	dem, ok := gazetteer.DemonymFor(best.from)
	if !ok {
		return
	}
	to := d.entityNamed(best.to)
	if to == nil {
		to = d.entityFor(kg.Place, best.to)
	}
	e := d.eventFor("war", to, dem+" invasion of "+best.to, int(d.sentOf[at]), false)
	d.eventWord(e, at)
}

// floodEvent names the floods an article is about, after the place the
// first sentence telling of them names: "Floods and landslides have
// killed 41 people in central Vietnam ... the flooding" is the "Vietnam
// floods". Only when the article speaks of floods more than once and no
// rule named a disaster.
func (d *doc) floodEvent() {
	for _, e := range d.ents {
		if e.kind == kg.Event && e.mentions > 0 && classOf(d, e) == "disaster" {
			return
		}
	}
	first, n, singular := -1, 0, false
	for k := range d.toks {
		w := d.toks[k].lower
		if d.inQuote[k] || w != "flood" && w != "floods" && w != "flooding" {
			continue
		}
		if k+1 < len(d.toks) && compoundHeads[d.toks[k+1].lower] {
			continue // "flood defences"
		}
		n++
		if si := int(d.sentOf[k]); first < 0 && !(si == 0 && d.headline) {
			first, singular = k, w == "flood"
		}
	}
	if first < 0 || n < 2 {
		return
	}
	si := int(d.sentOf[first])
	s := d.sents[si]
	for k := d.pastDateline(s.lo, s.hi); k < s.hi; k++ {
		m := d.mentAt[k]
		if m == nil || m.ent == nil || m.lo != k || m.ent.kind != kg.Place || m.demonym || d.possessor(m) {
			continue
		}
		noun := "floods"
		if singular {
			noun = "flood"
		}
		e := d.eventFor("disaster", m.ent, m.ent.name+" "+noun, si, false)
		d.eventWord(e, first)
		return
	}
}

// attackVenue is the first town sentence si names as where its attack
// was or what it hit, or nil.
func (d *doc) attackVenue(si int) *entity {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		m := d.mentAt[k]
		if m == nil || m.lo != k || m.ent == nil || m.ent.kind != kg.Place || m.demonym || isCountry(m.ent.name) || !d.venue(m.ent, s.lo, k+1) && !d.attackedPlace(m, s.lo) {
			continue
		}
		return m.ent
	}
	return nil
}

// attackedPlace reports a place named as what an attack is on: "an
// attack Monday by militants on the central town of Tenenkou".
func (d *doc) attackedPlace(m *mention, lo int) bool {
	j := m.lo - 1
	for n := 0; j > lo && n < 6; n++ {
		t := &d.toks[j]
		if o := d.mentAt[j]; o != nil && o.demonym {
			j = o.lo - 1
			continue
		}
		if t.lower == "the" || t.lower == "of" || placeNouns[t.lower] || compass[t.lower] || t.kind == tWord && !t.cap && n > 0 && d.mentAt[j] == nil && !attackPreps[t.lower] {
			j-- // "on the central town of X"
			continue
		}
		break
	}
	if j <= lo || !attackPreps[d.toks[j].lower] || d.toks[j].lower == "in" {
		return false
	}
	for k := j - 1; k >= lo && k > j-8; k-- {
		if attackNouns[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// meetingRecalled reports a later sentence that speaks of the meeting told
// in sentence si as a thing: "The five-hour meeting ended ...", "the talks
// were cordial", "after their meeting".
func (d *doc) meetingRecalled(si int) bool {
	for sj := si + 1; sj < len(d.sents) && sj <= si+6; sj++ {
		s := d.sents[sj]
		for k := s.lo; k+1 < s.hi; k++ {
			if w := d.toks[k].lower; w != "the" && w != "their" && w != "this" && w != "that" {
				continue
			}
			n := k + 1
			for n < s.hi && n < k+4 && (d.toks[n].kind == tNum || !d.toks[n].cap && d.toks[n].kind == tWord && !meetNouns[d.toks[n].lower] && d.mentAt[n] == nil && eventMods[d.toks[n].lower] || strings.Contains(d.toks[n].lower, "-hour") || strings.Contains(d.toks[n].lower, "-day")) {
				n++ // "the five-hour meeting", "the two-day talks"
			}
			if n < s.hi && meetNouns[d.toks[n].lower] && !(n+1 < s.hi && (d.toks[n+1].lower == "with" || d.toks[n+1].lower == "between")) {
				return true
			}
		}
	}
	return false
}

// isGathering reports an event that is a summit or talks: read so by an
// event rule, or named with such a head ("Lisbon Conference").
func (d *doc) isGathering(e *entity) bool {
	c := classOf(d, e)
	if c == "" {
		c = eventClass[strings.ToLower(lastWord(e.name))]
	}
	return c == "talks" || c == "summit"
}

// classOf is the class of an event the doc read (its evs key).
func classOf(d *doc, e *entity) string {
	for k, v := range d.evs {
		if v == e {
			c, _, _ := strings.Cut(k.class, "|")
			return c
		}
	}
	return ""
}

// surname is the name the article calls the person by alone when that is
// the first word of the full name ("Kim" of "Kim Jong Un"), else
// surnameOf the name.
func (e *entity) surname() string {
	f := strings.Fields(e.name)
	if len(f) > 1 && e.aliases[f[0]] && !e.aliases[f[len(f)-1]] {
		return f[0]
	}
	if len(f) > 2 && !e.aliases[f[len(f)-1]] {
		for _, w := range f[1 : len(f)-1] {
			if e.aliases[w] && !nameParticles[strings.ToLower(w)] {
				return w // "Rui Alberto Tavares da Costa ... Tavares said": Tavares
			}
		}
	}
	return surnameOf(e.name)
}

// surnameOf is a person's surname: the last word, or the first where the
// name is written surname first, as Korean names are ("Cho Tae-yul": a
// hyphenated given name), or a short listed surname stands before a word
// that is none.
func surnameOf(name string) string {
	f := strings.Fields(name)
	for len(f) > 1 && nameSuffix(f[len(f)-1]) {
		f = f[:len(f)-1] // "Charles III": Charles; "Martin Luther King Jr.": King
	}
	if len(f) < 2 {
		return strings.Join(f, " ")
	}
	// "Jean-Yves Le Drian", "Ursula von der Leyen", "Mohammed bin
	// Salman": the particles belong to the surname
	if k := len(f) - 2; k >= 1 && nameParticles[strings.ToLower(f[k])] {
		for k > 1 && nameParticles[strings.ToLower(f[k-1])] {
			k--
		}
		return strings.Join(f[k:], " ")
	}
	first, last := f[0], f[len(f)-1]
	if koreanGiven(last) && !gazetteer.IsSurname(last) ||
		len(f) <= 3 && len(first) <= 4 && gazetteer.IsSurname(first) && !gazetteer.IsGivenName(first) && !gazetteer.IsSurname(last) {
		return first
	}
	return last
}

// koreanGiven reports a hyphenated given name as Korean names write it,
// lower case after the hyphen ("Tae-yul", "Jong-un"), unlike a
// double-barrelled surname ("Djalo-Mendes", "Garba-Yola").
func koreanGiven(w string) bool {
	_, after, ok := strings.Cut(w, "-")
	if !ok || after == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(after)
	return unicode.IsLower(r)
}

// nameSuffix reports a regnal or generational suffix of a name: "III",
// "Jr.", "Sr.".
func nameSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "Jr", "Sr", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI":
		return true
	}
	return false
}

// lastWord is the last word of a name.
func lastWord(name string) string {
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		return name[i+1:]
	}
	return name
}

// entityNamed is the entity the article already has for a name the
// gazetteer knows, by its canonical name or as written; nil if none.
func (d *doc) entityNamed(s string) *entity {
	canon := s
	if p, ok := gazetteer.LookupPlace(s); ok {
		canon = p.Name
	} else if o, ok := gazetteer.LookupOrg(s); ok {
		canon = o.Name
	}
	for _, e := range d.ents {
		if e.kind != kg.Event && (e.name == canon || e.name == s || e.aliases[s]) {
			return e
		}
	}
	return nil
}

var eventAnchorAfter = &eventRule{
	name: "event-anchor-after",
	doc:  `A place after the event noun: "the war in Ukraine", "the invasion of Kuwait", "the attacks on Lisbon"; a disaster so placed is named "Nepal earthquake", and so is one attack told with its dead ("a bombing in Tarma killed 12": "Tarma bombing").`,
	cues: eventNouns,
	at: func(d *doc, n int) bool {
		t := &d.toks[n]
		class := eventClass[t.lower]
		si := int(d.sentOf[n])
		s := d.sents[si]
		if n+2 >= s.hi {
			return false
		}
		prep := d.toks[n+1].lower
		nearAttack := class == "attack" && t.lower != "fighting" && n > s.lo && (d.toks[n-1].lower == "the" || d.toks[n-1].lower == "its" || t.lower == "ambush" && d.toks[n-1].lower == "an")
		if prep == "near" && (nearAttack || class == "disaster" && t.lower == "crash") {
			// "claimed the ambush near the town of Tarma": the Tarma ambush;
			// "a bus crash near Tarma killed 12": the Tarma bus crash
			at := n + 2
			if at+2 < s.hi && d.toks[at].lower == "the" && placeNouns[d.toks[at+1].lower] && d.toks[at+2].lower == "of" {
				at += 3
			}
			m := d.mentAt[min(at, s.hi-1)]
			if at >= s.hi || m == nil || m.lo != at || m.ent == nil || m.ent.kind != kg.Place || m.demonym || d.possessor(m) || isCountry(m.ent.name) {
				return false
			}
			noun := t.lower
			if !nearAttack {
				if !d.toldAfter(m.hi, s.hi) && !d.casualtyBefore(n, s.lo) {
					return false // "feared a crash near Tarma": none told
				}
				if n > s.lo && vehicleNouns[d.toks[n-1].lower] {
					noun = d.toks[n-1].lower + " " + noun
				}
			}
			d.eventMention(d.eventFor(class, m.ent, m.ent.name+" "+noun, si, false), n, n+1)
			return true
		}
		off := 0 // words between the noun and its preposition
		if prep == "between" && (t.lower == "talks" || t.lower == "negotiations" || t.lower == "summit") {
			// "a summit between the leaders of Peru and Chile in Lima":
			// the Lima summit, past who meets
			for p := n + 3; p < s.hi && p < n+12; p++ {
				if d.toks[p].kind != tWord || sayVerbs[d.toks[p].lower] || finiteAux[d.toks[p].lower] || topicPreps[d.toks[p].lower] {
					break
				}
				if d.toks[p].lower == "in" && d.toks[p-1].lower != "and" && p+1 < s.hi {
					off, prep = p-n-1, "in"
					break
				}
			}
		}
		if prep != "in" && prep != "of" && prep != "against" && prep != "on" && !(prep == "at" && atPlace[t.lower]) {
			return false
		}
		if class == "intervention" && prep != "in" || t.lower == "disaster" {
			return false // "the intervention of the UN": who stepped in, no war; "the humanitarian disaster in X": no one event
		}
		at := n + 2 + off
		for at+1 < s.hi && at < n+4 && (compass[d.toks[at].lower] || d.toks[at].lower == "the" || nearbyWords[d.toks[at].lower]) && d.mentAt[at] == nil {
			at++ // "the earthquake in western Nepal", "a shooting at the university", "the war in neighbouring Chile"
		}
		if class == "disaster" && prep == "in" && at+2 < s.hi && adminWords[d.toks[at].lower] && d.toks[at+1].lower == "of" && d.mentAt[at] == nil {
			at += 2 // "a quake in the western province of Tarma"
		}
		gathering := prep == "in" && (t.lower == "talks" || t.lower == "negotiations" || t.lower == "summit")
		if gathering {
			at = d.pastTownWords(n+2+off, s.hi) // "a summit in the Tajik city of Khujand"
		}
		if class == "attack" && (prep == "on" || prep == "against") {
			if p := d.facilityPlace(n+2, s.hi); p != nil {
				// "an attack on a military base in Tarma": the Tarma attack,
				// a specific one, whatever its article; "a drone strike on a
				// market in Tarma": the Tarma drone strike
				noun := t.lower
				if n > s.lo && (weaponNouns[d.toks[n-1].lower] || d.toks[n-1].lower == "air") && d.mentAt[n-1] == nil {
					noun = d.toks[n-1].lower + " " + noun
				}
				d.eventMention(d.eventFor(class, p.ent, p.name+" "+noun, si, false), n, n+1)
				return true
			}
		}
		m := d.mentAt[at]
		if m == nil || m.ent == nil || m.lo != at || m.ent.kind == kg.Person || m.ent.kind == kg.Event || d.possessor(m) {
			return false
		}
		if prep == "on" && d.platform(m) {
			return false // "live-streamed the attack on Facebook": where it was shown
		}
		k, poss := d.eventHead(n)
		if prep == "on" && k > s.lo && blameVerbs[d.toks[k-1].lower] && m.ent.kind == kg.Organization {
			return false // "blamed the attack on the Varnok Front": who did it, not what it hit
		}
		kk := evKey{class, m.ent.id()}
		if oneOf[class] {
			kk.anchor = ""
		}
		mname := m.name
		if m.ref {
			mname = m.ent.name // "talks in the Qatari capital": Doha
		}
		name := t.text + " " + prep + " " + mname // as written: "attack on WBC"
		if t.lower == "war" && prep == "in" && n > s.lo && d.toks[n-1].lower == "civil" && d.mentAt[n-1] == nil {
			name = "civil " + name // "the civil war in Peru": the country's own war, not any war there
		}
		if gathering && m.ent.kind == kg.Place {
			name = mname + " " + t.lower // "talks in Geneva": the Geneva talks; "a summit in Khujand": the Khujand summit
		}
		if prep == "in" && class == "disaster" && m.ent.kind == kg.Place {
			noun := t.lower
			if noun == "quake" {
				noun = "earthquake"
			}
			if noun == "crash" && n > s.lo && vehicleNouns[d.toks[n-1].lower] {
				noun = d.toks[n-1].lower + " " + noun // "a helicopter crash in Tarma": the Tarma helicopter crash
			}
			name = d.pastYearAt(n, s.hi) + mname + " " + noun // "a quake in Tarma": the Tarma earthquake
		}
		// "A bombing in Tarma killed 12", "12 were killed in a suicide
		// bombing in Tarma": one attack the article tells of, named after
		// its town, as a disaster is
		placed := class == "attack" && prep == "in" && m.ent.kind == kg.Place && !m.demonym && !isCountry(m.ent.name) && !strings.HasSuffix(t.lower, "s") &&
			t.lower != "fighting" && t.lower != "offensive" && (d.toldAfter(m.hi, s.hi) || d.casualtyBefore(n, s.lo))
		// "the attacks in Lima on November 13, 2015": the day's attacks,
		// one event named after the town
		placed = placed || class == "attack" && prep == "in" && (t.lower == "attacks" || t.lower == "bombings") && n > s.lo && d.toks[n-1].lower == "the" &&
			m.ent.kind == kg.Place && !m.demonym && !isCountry(m.ent.name) && d.dayAfter(m.hi-1, s.hi)
		if placed {
			noun := t.lower
			if n > s.lo && (weaponNouns[d.toks[n-1].lower] || vehicleNouns[d.toks[n-1].lower] || d.toks[n-1].lower == "suicide" || d.toks[n-1].lower == "air") && d.mentAt[n-1] == nil {
				noun = d.toks[n-1].lower + " " + noun // "a car bombing in Tarma": the Tarma car bombing
			}
			name = mname + " " + noun
		}
		if d.evs[kk] == nil {
			det := k >= s.lo && (d.toks[k].lower == "the" || poss || d.mentAt[k] != nil) || prep == "at" && atPlace[t.lower] || placed
			// "a summit of the African Union": a gathering of a body is one
			// the article can name, whatever its article
			det = det || prep == "of" && (class == "summit" || class == "talks") && m.ent.kind == kg.Organization
			// "launched a full-scale invasion of Ukraine": the war the
			// article tells of
			det = det || prep == "of" && class == "war" && ofAttackNouns[t.lower] && k > s.lo && launchVerbs[d.toks[k-1].lower]
			// "ahead of talks in Geneva", "for talks in Muscat": talks are
			// named after where they are held
			det = det || gathering && m.ent.kind == kg.Place && !m.demonym && (t.lower != "summit" || !isCountry(m.ent.name))
			// "A quake in Tarma in 2017 killed 600": a disaster the article
			// tells of, whatever its article
			det = det || class == "disaster" && prep == "in" && m.ent.kind == kg.Place && d.toldAfter(m.hi, s.hi)
			if !det || class == "attack" && prep == "in" && !atPlace[t.lower] && !placed {
				return false // "an attack in X", "the attack in X": where, not what
			}
		}
		if off > 0 {
			d.eventMention(d.eventFor(class, m.ent, name, si, false), n, n+1) // "talks between A and B in X": the talks, not who holds them
			return true
		}
		d.eventMention(d.eventFor(class, m.ent, name, si, false), n, m.hi)
		return true
	},
	examples: []eventExample{
		{"The gunman live-streamed the attack on Facebook.", nil},
		{"The invasion of Kuwait began on Monday.", []string{"invasion of Kuwait"}},
		{"Refugees fled the war in neighbouring Chile.", []string{"war in Chile"}},
		{"The civil war in Peru lasted two decades.", []string{"civil war in Peru"}},
		{"The attacks on Lisbon killed five.", []string{"attacks on Lisbon"}},
		{"The toll from the earthquake in northern Chile rose to 12.", []string{"Chile earthquake"}},
		{"A quake in the western province of Varnok in 2017 killed more than 600 people.", []string{"2017 Varnok earthquake"}},
		{"An earthquake in Tarma killed 41 people. A quake in Varnok in 2017 killed 600.", []string{"2017 Varnok earthquake", "Tarma earthquake"}},
		{"Experts warn of the risk of a quake in Varnok.", nil},
		{"Peru's war cabinet met in Lima.", nil},
		{"An attack in Lisbon killed five.", []string{"Lisbon attack"}},
		{"Twelve people died in a car bombing in Tarma on Monday.", []string{"Tarma car bombing"}},
		{"He was charged over the attacks in Lima on November 13, 2015.", []string{"Lima attacks"}},
		{"Attacks in Tarma rose last year. The attacks in Tarma worried residents.", nil},
		{"A bus crash near Tarma killed 12 people.", []string{"Tarma bus crash"}},
		{"Officials feared a crash near Tarma.", nil},
		{"Attacks in Tarma have risen this year. There was an attack in Tarma.", nil},
		{"Gunmen killed 12 soldiers in an attack on a military base in Tarma on Monday.", []string{"Tarma attack"}},
		{"Rights groups accused the army of a drone strike on a weekly market in the village of Tarma on Sunday.", []string{"Tarma drone strike"}},
		{"The Varnok Front claimed responsibility for the ambush near the town of Tarma in a statement.", []string{"Tarma ambush"}},
		{"Troops were ambushed near Tarma.", nil},
		{"Fighters killed 39 soldiers in an ambush near the village of Tarma in May.", []string{"Tarma ambush"}},
		{"An attack on a village in Tarma province killed 20.", nil},
		{"The capture of Tarma by the rebels displaced thousands.", []string{"capture of Tarma"}},
		{"Since the fall of Tarma in May, the rebels have pushed south.", []string{"fall of Tarma"}},
		{"Exports slumped after a fall in prices in Tarma.", nil},
		{"Peruvian forces launched a full-scale invasion of Chile on Thursday.", []string{"invasion of Chile"}},
		{"He flew to Oslo for a summit of the Nordic Council.", []string{"summit of Nordic Council"}},
		{"The strikes came ahead of talks in Geneva on Tuesday between Peruvian and Chilean delegations.", []string{"Geneva talks"}},
		{"The leaders agreed at a summit in the Peruvian city of Cusco to reopen the border.", []string{"Cusco summit"}},
		{"The leaders will meet at a summit in Peru next year.", nil},
		{"A summit between the leaders of Peru and Chile in Cusco ended early.", []string{"Cusco summit"}},
		{"Talks between Peru and the rebels in Cusco stalled.", []string{"Cusco talks"}},
		{"Talks between Peru and Chile on fishing rights in the Pacific stalled.", nil},
		{"LIMA, Peru \u2014 Delegations from Bolivia and Chile began direct talks in the Peruvian capital on Tuesday.", []string{"Lima talks"}},
		{"Six were killed in a shooting at the University of Lisbon.", []string{"shooting at University of Lisbon"}},
	},
}

// casualtyBefore reports "were killed in a", "died in an" right before
// the event noun at toks[n]: people lost in the one event named after.
func (d *doc) casualtyBefore(n, lo int) bool {
	k := n - 1
	for k > lo && (d.toks[k].lower == "suicide" || d.toks[k].lower == "air" || weaponNouns[d.toks[k].lower] || vehicleNouns[d.toks[k].lower]) && d.mentAt[k] == nil {
		k--
	}
	if k-1 <= lo || d.toks[k].lower != "a" && d.toks[k].lower != "an" || d.toks[k-1].lower != "in" {
		return false
	}
	w := d.toks[k-2].lower
	return w == "killed" || w == "wounded" || w == "injured" || w == "died" || w == "hurt"
}

// facilityPlace is the named town where the facility from toks[k] stands:
// "a military base in Tarma", "the army post at Tarma", "a police station
// outside the town of Tarma"; nil when no town follows the facility.
func (d *doc) facilityPlace(k, hi int) *mention {
	if k < hi && d.toks[k].isArticle() {
		k++
	}
	for n := 0; n < 2 && k < hi && d.mentAt[k] == nil && d.toks[k].kind == tWord && !d.toks[k].cap && !facilityNouns[d.toks[k].lower]; n++ {
		k++ // "a military base", "the army's post"
	}
	if k >= hi || !facilityNouns[d.toks[k].lower] || d.toks[k].lower == "troops" || d.toks[k].lower == "forces" || d.toks[k].lower == "soldiers" {
		return nil
	}
	k++
	if k >= hi || !locatives[d.toks[k].lower] && d.toks[k].lower != "outside" {
		return nil
	}
	k++
	if k+2 < hi && d.toks[k].lower == "the" && placeNouns[d.toks[k+1].lower] && d.toks[k+2].lower == "of" {
		k += 3 // "outside the town of Tarma"
	}
	m := d.mentAt[min(k, hi-1)]
	if k >= hi || m == nil || m.lo != k || m.ent == nil || m.ent.kind != kg.Place || m.demonym || d.possessor(m) || isCountry(m.ent.name) {
		return nil
	}
	if p, ok := gazetteer.LookupPlace(m.ent.name); ok && p.Kind != gazetteer.City || m.hi < hi && adminWords[d.toks[m.hi].lower] {
		return nil // "a village in Tarma province": a region, too wide to name the attack
	}
	return m
}

var eventTalksWhere = &eventRule{
	name: "event-talks-where",
	doc:  `Talks named after the city they are held in, told after who holds them: "direct talks with Chile in Lima", "talks between the two sides hosted by Peru in Lima" are the "Lima talks".`,
	cues: wordSet("talks negotiations"),
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		if c := d.talksTownBefore(n, s.lo); c != nil {
			// "invited back to the Red Sea city of Jeddah for a new round of
			// talks": the town they go to for them
			d.eventMention(d.eventFor("talks", c, c.name+" "+d.toks[n].lower, si, false), n, n+1)
			return true
		}
		if n+3 >= s.hi || d.toks[n+1].lower != "with" && d.toks[n+1].lower != "between" {
			return false
		}
		if d.toks[n+1].lower == "with" && !(n > s.lo && roundWords[d.toks[n-1].lower] || n > s.lo+1 && d.toks[n-2].lower == "of") {
			return false // "held talks with X in Y": a meeting, not a round of talks the news names
		}
		for k := n + 2; k+1 < s.hi && k < n+16; k++ {
			t := &d.toks[k]
			if t.text == "," || t.text == ";" || t.kind == tQuote || d.inQuote[k] || (t.lower == "on" || t.lower == "over" || t.lower == "about") && k > n+2 {
				return false // "talks with X on the border in Y": what about, then where
			}
			if t.lower != "in" {
				continue
			}
			m := d.mentAt[d.pastTownWords(k+1, s.hi)] // "in the Saudi city of Jeddah"
			if m == nil || m.ent == nil || m.ent.kind != kg.Place || d.isCountry(m.ent) || m.demonym || d.possessor(m) {
				return false
			}
			e := d.eventFor("talks", m.ent, m.name+" "+d.toks[n].lower, si, false)
			d.eventMention(e, n, n+1)
			return true
		}
		return false
	},
	examples: []eventExample{
		{"Delegations from both sides were invited back to the Peruvian city of Arequipa next month for a new round of talks.", []string{"Arequipa talks"}},
		{"Talks between the two sides brokered by Chile in the Peruvian city of Arequipa collapsed last year.", []string{"Arequipa talks"}},
		{"Ana Costa flew to Peru on Monday for talks.", nil},
		{"Ana Costa flew to Arequipa on Monday for talks with Rui Lopes.", nil},
		{"Peru remained open to a new round of direct talks with Chile in Lima.", []string{"Lima talks"}},
		{"The talks between the two sides hosted by Bolivia in Lima last year failed.", []string{"Lima talks"}},
		{"Talks between the two sides hosted by Bolivia in Lima last year failed.", []string{"Lima talks"}},
		{"Peru is ready for talks with Chile in Bolivia.", nil},
		{"Peru's foreign minister is due to hold talks with Chile's in Lima next week.", nil},
		{"Peru is ready for talks with Chile on the border dispute in Lima.", nil},
	},
}

// eventPeaceTalks reads peace talks that a state holds with an armed
// group or another state and that the sentence names by neither's place:
// "the government suspended peace talks with the Varnok Front" (in a story
// from Peru) is the "Peru–Varnok Front peace talks".
var eventPeaceTalks = &eventRule{
	name: "event-peace-talks",
	doc:  `Peace talks a subject holds, suspends or resumes "with" another party: "Peru's government suspended peace talks with the Varnok Front" is the "Peru–Varnok Front peace talks".`,
	cues: wordSet("talks negotiations"),
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		if n-2 <= s.lo || n+2 >= s.hi || d.toks[n-1].lower != "peace" || d.toks[n+1].lower != "with" || d.inQuote[n] || si == 0 && d.headline {
			return false
		}
		v := n - 2
		if !talksVerbs[d.toks[v].lower] {
			return false
		}
		j := n + 2
		if d.toks[j].lower == "the" {
			j++
		}
		if j >= s.hi {
			return false // "peace talks with the": the other side cut off
		}
		bm := d.mentAt[j]
		sm := d.mentAt[v-1]
		if bm == nil || bm.ent == nil || bm.lo != j || sm == nil || sm.ent == nil || sm.hi != v || bm.ent.kind == kg.Person || bm.ent.kind == kg.Event || sm.ent.kind == kg.Event || sm.ent.kind == kg.Person {
			return false
		}
		a := d.stateOf(sm.ent)
		name := a.name + "\u2013" + d.shortForm(bm.ent) + " peace talks"
		e := d.eventFor("talks|"+a.id()+"|"+bm.ent.id(), nil, name, si, true)
		d.linkEvent(e, a, si, true)
		d.linkEvent(e, bm.ent, si, true)
		d.eventMention(e, n-1, n+1)
		return true
	},
	examples: []eventExample{
		{"Peru's government suspended peace talks with the Varnok Front on Monday.", []string{"Peru\u2013Varnok Front peace talks"}},
		{"Peru resumed peace talks with the Varnok Front on Monday.", []string{"Peru\u2013Varnok Front peace talks"}},
		{"Peru called for peace talks with the Varnok Front.", nil},
		{"The Varnok Liberation Front (VLF) attacked Tarma. Peru suspended peace talks with the VLF on Monday.", []string{"Peru\u2013VLF peace talks"}},
	},
}

// eventMinistersMeeting reads a meeting of a body's ministers or
// leaders: "the NATO foreign ministers' meeting", "a meeting of ASEAN
// defence ministers" are the "NATO foreign ministers' meeting", "ASEAN
// defence ministers' meeting".
var eventMinistersMeeting = &eventRule{
	name: "event-ministers-meeting",
	doc:  `A meeting of a body's or a country's ministers or leaders, before or after the noun: "the NATO foreign ministers' meeting", "a meeting of ASEAN defence ministers".`,
	cues: wordSet("meeting meetings"),
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		if d.inQuote[n] || si == 0 && d.headline {
			return false
		}
		if k := n - 1; k-1 > s.lo && d.toks[k].text == "'" && d.toks[n].cap {
			// "the ASEAN Foreign Ministers' Meeting": a name the mention
			// stage cut at the apostrophe
			if m := d.mentAt[k-1]; m != nil && m.ent != nil && (m.ent.kind == kg.Organization || m.ent.kind == kg.Person) && m.hi == k && !m.ref &&
				(strings.HasSuffix(m.name, " Ministers") || strings.HasSuffix(m.name, " Leaders")) {
				m.ent.mentions--
				m.ent = nil
				e := d.eventFor("talks|ministers", nil, m.name+"' "+d.toks[n].text, si, false)
				d.eventMention(e, m.lo, n+1)
				return true
			}
		}
		// before: "<anchor> <portfolio> ministers' meeting"
		k := n - 1
		for k > s.lo && d.mentAt[k] == nil && (meetingRoles[d.toks[k].lower] || d.toks[k].kind == tQuote || d.toks[k].text == "'" || d.toks[k].lower == "'s") {
			k--
		}
		lo, hi, roleLo, roleHi := -1, n+1, k+1, n
		if k < n-1 && k >= s.lo {
			if m := d.mentAt[k]; m != nil && m.ent != nil && m.hi == k+1 && m.ent.kind != kg.Person && m.ent.kind != kg.Event {
				lo = m.lo
			}
		}
		// after: "a meeting of <anchor> <portfolio> ministers"
		if lo < 0 && n+3 < s.hi && d.toks[n+1].lower == "of" {
			j := n + 2
			if d.toks[j].lower == "the" {
				j++
			}
			if m := d.mentAt[j]; m != nil && m.ent != nil && m.lo == j && m.ent.kind != kg.Person && m.ent.kind != kg.Event {
				e := m.hi
				for e < s.hi && meetingRoles[d.toks[e].lower] {
					e++
				}
				if e > m.hi {
					lo, hi, roleLo, roleHi = n, e, m.hi, e
				}
			}
		}
		if lo < 0 {
			return false
		}
		var roles []string
		has := false
		for x := roleLo; x < roleHi; x++ {
			w := d.toks[x].lower
			if !meetingRoles[w] {
				continue
			}
			has = has || w == "ministers" || w == "leaders" || w == "ministerial"
			roles = append(roles, w)
		}
		if !has {
			return false
		}
		var a *entity
		if m := d.mentAt[lo]; m != nil && m.ent != nil {
			a = m.ent
		} else {
			a = d.mentAt[n+2].ent
			if d.mentAt[n+2] == nil || d.mentAt[n+2].ent == nil {
				a = d.mentAt[n+3].ent
			}
		}
		name := d.shortForm(a) + " " + strings.Join(roles, " ")
		if r := roles[len(roles)-1]; r == "ministers" || r == "leaders" {
			name += "'"
		}
		name += " meeting"
		e := d.eventFor("talks|ministers", a, name, si, true)
		d.eventMention(e, lo, hi)
		return true
	},
	examples: []eventExample{
		{"The NATO foreign ministers' meeting opened in Brussels on Tuesday.", []string{"NATO foreign ministers' meeting"}},
		{"Ana Costa will attend a meeting of NATO defence ministers in Brussels next week.", []string{"NATO defence ministers' meeting"}},
		{"Foreign ministers said the meeting was brief.", nil},
		{"The two met on the sidelines of the Nordic Foreign Ministers' Meeting in Oslo.", []string{"Nordic Foreign Ministers' Meeting"}},
	},
}

// eventWarBetween reads a war told by its two sides, one of them a
// country: "the war between Peru and the Varnok Front" is the "Peru–Varnok
// Front war". A war between a state's army and a group is the country's
// (countryWar).
var eventWarBetween = &eventRule{
	name: "event-war-between",
	doc:  `A war or conflict "between A and B", one of them a country: the "A–B war".`,
	cues: wordSet("war conflict"),
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		if d.inQuote[n] || si == 0 && d.headline || n+2 >= s.hi {
			return false
		}
		if d.toks[n+1].lower != "between" {
			return false
		}
		var a, b *entity
		a = d.actorAfter(n+2, s.hi)
		for k := n + 2; a != nil && k < s.hi && k < n+12; k++ {
			if d.toks[k].lower == "and" {
				b = d.actorAfter(k+1, s.hi)
				break
			}
		}
		if a == nil || b == nil || a == b || a.kind == kg.Person || b.kind == kg.Person {
			return false
		}
		if !d.isCountry(a) && !d.isCountry(b) {
			return false // "the war between the army and the RSF": a country's civil war, named after it (countryWar)
		}
		e := d.eventFor("war", nil, d.shortForm(a)+"\u2013"+d.shortForm(b)+" "+d.toks[n].lower, si, false)
		d.linkEvent(e, a, si, true)
		d.linkEvent(e, b, si, true)
		d.eventWord(e, n)
		return true
	},
	examples: []eventExample{
		{"The 14-month war between Peru and the Varnok Front ended in November.", []string{"Peru\u2013Varnok Front war"}},
		{"The war in Peru has killed thousands.", []string{"war in Peru"}},
		{"The conflict between Chile and the Varnok Front has killed thousands.", []string{"Chile\u2013Varnok Front conflict"}},
	},
}

// eventConfidenceVote reads a vote of no confidence or of censure: "a
// no-confidence vote against Prime Minister X" is the "no-confidence vote
// against X"; "the censure motion" in a story from Peru the "Peruvian
// censure motion".
var eventConfidenceVote = &eventRule{
	name: "event-confidence-vote",
	doc:  `A vote or motion of no confidence, censure or impeachment, named after whom it is against or else the article's country: "a no-confidence vote against Ana Costa", "the Peruvian censure motion".`,
	cues: wordSet("vote motion"),
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		if d.inQuote[n] || si == 0 && d.headline {
			return false
		}
		kind, hi := "", n+1
		switch {
		case n > s.lo && confidenceKinds[d.toks[n-1].lower]:
			kind = d.toks[n-1].lower // "no-confidence vote", "censure motion"
		case n+3 < s.hi && d.toks[n+1].lower == "of" && d.toks[n+2].lower == "no" && d.toks[n+3].lower == "confidence":
			kind, hi = "no-confidence", n+4 // "a vote of no confidence"
		case n+2 < s.hi && d.toks[n+1].lower == "of" && d.toks[n+2].lower == "censure":
			kind, hi = "censure", n+3
		default:
			return false
		}
		name := kind + " " + d.toks[n].lower
		var against *entity
		for k := hi; k < s.hi && k < hi+2; k++ {
			if d.toks[k].lower != "against" {
				continue
			}
			for j := k + 1; j < s.hi && j < k+6; j++ {
				if m := d.mentAt[j]; m != nil && m.ent != nil && m.lo == j && (m.ent.kind == kg.Person || m.ent.kind == kg.Organization) {
					against = m.ent
					break
				}
			}
		}
		var anchor *entity
		if against != nil {
			name += " against " + against.name
			anchor = against
		} else if c := d.mainCountry(); c != "" {
			if dem, ok := gazetteer.DemonymFor(c); ok {
				name = dem + " " + name
			}
			anchor = d.byKey[d.key(kg.Place, c)]
		}
		var e *entity
		for _, o := range d.ents {
			if o.kind == kg.Event && (strings.Contains(o.name, kind+" vote") || strings.Contains(o.name, kind+" motion")) {
				e = o // "the censure motion ... the censure vote": one vote of a kind
				break
			}
		}
		if e == nil {
			e = d.eventFor("vote", nil, name, si, false)
			if anchor != nil {
				d.linkEvent(e, anchor, si, anchor.kind != kg.Place)
			}
		}
		lo := n
		if hi == n+1 {
			lo = n - 1
		}
		d.eventMention(e, lo, hi)
		return true
	},
	examples: []eventExample{
		{"Lawmakers filed a no-confidence motion against Prime Minister Ana Costa on Monday.", []string{"no-confidence motion against Ana Costa"}},
		{"LIMA, Peru \u2014 The government survived a vote of no confidence on Monday.", []string{"Peruvian no-confidence vote"}},
		{"Voters expressed confidence in the vote.", nil},
		{"LIMA, Peru \u2014 Lawmakers filed a censure motion on Monday. The censure vote failed.", []string{"Peruvian censure motion"}},
	},
}

// stateOf is the country a government is of ("Peruvian government",
// "Government of Peru" are Peru's), else e itself.
func (d *doc) stateOf(e *entity) *entity {
	if e.kind != kg.Organization {
		return e
	}
	c := ""
	if rest, ok := strings.CutPrefix(e.name, "Government of "); ok {
		c = rest
	} else if dem, ok := strings.CutSuffix(e.name, " government"); ok {
		c, _ = gazetteer.Demonym(dem)
	}
	if c == "" {
		return e
	}
	if p := d.byKey[d.key(kg.Place, c)]; p != nil {
		return p
	}
	return e
}

var eventCoup = &eventRule{
	name: "event-coup",
	doc:  `A coup told with its year or its day, in the country the article is about: "the 2021 coup", "a coup in February 2021", "last week's coup" in an article from Peru is the "2021 Peru coup".`,
	cues: wordSet("coup"),
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		if d.art.IsZero() {
			return false
		}
		if n == s.lo {
			return false // "Coup plotters were arrested": no year or day before the noun
		}
		year, from := 0, n
		k := n - 1
		for k > s.lo && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil && (d.toks[k].lower == "military" || d.toks[k].lower == "failed" || d.toks[k].lower == "attempted") {
			k--
		}
		switch {
		case d.toks[k].kind == tNum && len(d.toks[k].text) == 4:
			year, _ = strconv.Atoi(d.toks[k].text) // "the 2021 coup"
			from = k
		case k-1 >= s.lo && (d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s") && (d.toks[k-1].lower == "week" || d.toks[k-1].lower == "month" || isWeekday(d.toks[k-1].lower)):
			year = d.art.Year() // "last week's coup"
			from = k - 1
		default:
			// "a coup in February 2021", "a coup in 2021"
			j := n + 1
			if j < s.hi && d.toks[j].lower == "in" {
				j++
				if j < s.hi && months[d.toks[j].lower] != 0 {
					j++
				}
				if j < s.hi && d.toks[j].kind == tNum && len(d.toks[j].text) == 4 {
					year, _ = strconv.Atoi(d.toks[j].text)
				}
			}
		}
		if year < 1900 || year > d.art.Year() {
			return false
		}
		c := d.countryIn(si)
		if c == "" {
			c = d.mainCountry()
		}
		if c == "" {
			return false
		}
		e := d.eventFor("coup", d.entityNamed(c), strconv.Itoa(year)+" "+c+" coup", si, false)
		d.eventMention(e, from, n+1)
		return true
	},
	examples: []eventExample{
		{"Peru's army has ruled since the 2021 coup.", []string{"2021 Peru coup"}},
		{"The army in Lima, Peru, seized power in a coup in February 2021.", []string{"2021 Peru coup"}},
		{"Soldiers in Lima, Peru, defended last week's coup.", []string{"2024 Peru coup"}},
		{"Soldiers in Lima, Peru, denied planning a coup.", nil},
	},
}

var eventYear = &eventRule{
	name: "event-year",
	doc:  `A war, genocide, attack, revolution or crisis named by its year alone: "the 1994 genocide", "the 2020 war", "the 2017 bombing", "the 1952 revolution" name "1994 genocide", "2020 war", "2017 bombing", "1952 revolution".`,
	cues: wordSet("war genocide bombing bombings massacre attack attacks invasion uprising revolution coup crisis riots"),
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		k := n - 1
		if k-1 < s.lo || d.toks[k].kind != tNum || len(d.toks[k].text) != 4 || d.toks[k-1].lower != "the" || d.inQuote[n] {
			return false
		}
		y, err := strconv.Atoi(d.toks[k].text)
		if err != nil || y < 1900 || !d.art.IsZero() && y >= d.art.Year() {
			return false // this year's is told another way
		}
		if nx := n + 1; nx < s.hi && (d.toks[nx].lower == "in" || d.toks[nx].lower == "on" || d.toks[nx].lower == "against" || d.toks[nx].lower == "of") && nx+1 < s.hi && d.mentAt[nx+1] != nil {
			return false // "the 2020 war in X": event-anchor-after's
		}
		class := eventClass[d.toks[n].lower]
		if class == "" {
			class = "attack"
		}
		e := d.eventFor(class+"|year", nil, d.toks[k].text+" "+d.toks[n].lower, si, false)
		d.eventMention(e, k, n+1)
		return true
	},
	examples: []eventExample{
		{"Rwanda marked the 30th anniversary of the 1994 genocide on Sunday.", []string{"1994 genocide"}},
		{"The two countries fought in the 2020 war over the region.", []string{"2020 war"}},
		{"Tarvokia has been a republic since the 1952 revolution.", []string{"1952 revolution"}},
		{"The 2024 election was calm.", nil},
	},
}

// electionTold reports a sentence that says a vote was an election: it
// names seats or an election.
func (d *doc) electionTold(si int) bool {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if w := d.toks[k].lower; w == "seats" || w == "election" || w == "elections" {
			return true
		}
	}
	return false
}

var eventElectionDay = &eventRule{
	name: "event-election-day",
	doc:  `An election named by its day, in the country the article is about: "Monday's presidential election" in an article from Peru dated 2024 is the "2024 Peruvian presidential election".`,
	cues: wordSet("election elections vote referendum polls runoff run-off"),
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		if d.art.IsZero() {
			return false
		}
		if n == s.lo {
			return false // "Elections are due": no day or year before the noun
		}
		k := n - 1
		var mods []string
		for k > s.lo && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil && (electionMods[d.toks[k].lower] || d.toks[k].lower == "and" && len(mods) > 0 && electionKinds[d.toks[k-1].lower] && !d.toks[k-1].cap) {
			mods = append([]string{d.toks[k].lower}, mods...) // "regional and municipal"
			k--
		}
		year := d.art.Year()
		from := k - 1 // the event's mention starts here
		switch {
		case k-1 >= s.lo && (d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s"):
			day := d.toks[k-1].lower
			if mo := months[day]; mo != 0 && d.toks[k-1].cap {
				if time.Month(mo) > d.art.Month() {
					year-- // "October's election" in a March article: last year's
				}
			} else if day == "year" && k-2 >= s.lo && (d.toks[k-2].lower == "previous" || d.toks[k-2].lower == "last") {
				year-- // "the previous year's presidential election"
				from = k - 2
			} else if !isWeekday(day) && day != "yesterday" && day != "today" && day != "weekend" {
				return false // "Peru's election" is event-anchor-before's
			}
		case isYear(d.toks[k]) && len(mods) > 0 && k-2 >= s.lo && (d.toks[k-1].lower == "'s" || d.toks[k-1].lower == "\u2019s" || d.toks[k-1].text == "'" || d.toks[k-1].text == "\u2019") && d.mentAt[k-2] != nil && d.mentAt[k-2].ent != nil && d.isCountry(d.mentAt[k-2].ent):
			// "Honduras' 2017 presidential election": the country's
			y, err := strconv.Atoi(d.toks[k].text)
			if err != nil || y < 1900 || y > d.art.Year()+6 {
				return false
			}
			year, from = y, d.mentAt[k-2].lo
		case d.toks[k].kind == tNum && len(d.toks[k].text) == 4 && k-1 >= s.lo && (d.toks[k-1].lower == "the" || k-2 >= s.lo && d.toks[k-2].lower == "the" && (months[d.toks[k-1].lower] != 0 && d.toks[k-1].cap || disputeMods[d.toks[k-1].lower])):
			// "the 2019 presidential election", "the July 2023 general
			// election", "the 2022 election", "the April 2027 general
			// election"
			y, err := strconv.Atoi(d.toks[k].text)
			if err != nil || y < 1900 || y > d.art.Year()+6 || y > d.art.Year() && d.toks[k-1].lower == "the" && len(mods) == 0 {
				return false
			}
			year, from = y, k
		case (d.toks[k].lower == "last" || d.toks[k].lower == "previous") && k-1 >= s.lo && d.toks[k-1].lower == "the" && d.yearAfter(n, s.hi) > 0:
			from = k + 1 // "the last election in 2022"
		case d.toks[k].lower == "the" && (len(mods) > 0 && electionKinds[mods[0]] || d.toks[n].lower == "runoff" || d.toks[n].lower == "run-off" || d.toks[n].lower == "referendum" && len(mods) == 0):
			from = k + 1 // "the presidential runoff", "the referendum": this year's, in the country the article is about
		case len(mods) > 0 && electionKinds[mods[0]] && months[d.toks[k].lower] != 0 && d.toks[k].cap && k-1 >= s.lo && (d.toks[k-1].lower == "the" || d.toks[k-1].kind == tNum && k-2 >= s.lo && d.toks[k-2].lower == "the"):
			from = k // "the August general election", "the 12 April presidential election": this year's
		case d.toks[k].lower == "a" && len(mods) > 1 && (mods[0] == "snap" || mods[0] == "early") && electionKinds[mods[1]]:
			from = k + 1 // "a snap parliamentary election": this year's
		case d.toks[k].lower == "a" && len(mods) > 0 && electionKinds[mods[len(mods)-1]] && k-1 >= s.lo && (electionLeads[d.toks[k-1].lower] || d.toks[k-1].lower == "of" && k-2 >= s.lo && d.toks[k-2].lower == "ahead"):
			from = k + 1 // "two weeks before a general election": this year's
		case d.toks[k].lower == "a" && len(mods) > 0 && electionKinds[mods[len(mods)-1]] && k-2 >= s.lo && d.toks[k-1].lower == "of" && electionStages[d.toks[k-2].lower]:
			from = k + 1 // "cast ballots in the first phase of a general election": this year's
		case len(mods) > 0 && electionKinds[mods[len(mods)-1]] && electionLeads[d.toks[k].lower] && d.toks[n].lower == "elections":
			from = k + 1 // "three weeks before local elections": this year's
		case len(mods) == 0 && months[d.toks[k].lower] != 0 && d.toks[k].cap && k-1 >= s.lo && d.toks[k-1].lower == "the" && (d.toks[n].lower == "election" || d.toks[n].lower == "elections"):
			from = k // "the December elections": the last December's, in a January story
			if time.Month(months[d.toks[k].lower]) > d.art.Month() {
				year--
			}
		case len(mods) > 0 && electionKinds[mods[len(mods)-1]] && d.toks[k].lower == "in" && k-1 >= s.lo && ballotVerbs[d.toks[k-1].lower]:
			from = k + 1 // "Peruvians voted in parliamentary elections on Sunday": this year's
		case len(mods) > 0 && electionKinds[mods[len(mods)-1]] && d.toks[k].isArticle() && k-2 >= s.lo && (d.toks[k-1].lower == "in" && ballotVerbs[d.toks[k-2].lower] || holdVerbs[d.toks[k-1].lower]):
			from = k + 1 // "voted in a presidential runoff", "held a snap parliamentary election": this year's
		case len(mods) > 0 && electionKinds[mods[len(mods)-1]] && d.toks[k].isArticle() && d.dayAfter(n, s.hi):
			from = k + 1 // "face X in a run-off election on June 27": this year's
		case len(mods) > 0 && electionKinds[mods[len(mods)-1]] && d.yearAfter(n, s.hi) > 0 && !d.toks[k].cap && d.mentAt[k] == nil && !d.toks[k].isArticle():
			from = k + 1 // "won 22% in commune elections in 2022"
		default:
			return false
		}
		if y := d.yearAfter(n, s.hi); y > 0 {
			year = y // "the local elections in March 2024"
		}
		c := d.countryIn(si)
		if c == "" {
			c = d.mainCountry()
		}
		dem, ok := gazetteer.DemonymFor(c)
		if c == "" || !ok {
			return false
		}
		if c == "United States" {
			dem = "US" // "the 2016 US presidential election", as news writes it
		}
		noun := d.toks[n].lower
		switch noun {
		case "vote":
			if d.electionTold(si) {
				noun = "election" // "won 71 seats in Sunday's vote": the election, as reference works name it
			}
		case "elections", "polls":
			noun = "election"
			if len(mods) > 0 && manyContests[mods[len(mods)-1]] {
				noun = "elections" // "the 2024 Turkish local elections": many contests, as news names them
			}
		}
		name := strconv.Itoa(year) + " " + dem + " " + strings.Join(append(mods, noun), " ")
		e := d.eventFor("election", d.entityNamed(c), name, si, false)
		d.eventMention(e, from, n+1)
		return true
	},
	examples: []eventExample{
		{"Peru's electoral commission declared Rui Lopes the winner of Monday's presidential election.", []string{"2024 Peruvian presidential election"}},
		{"Peru's electoral commission met on Monday's holiday.", nil},
		{"President Rui Lopes, who will face Ana Costa in a run-off election on June 27, spoke in Lima, Peru.", []string{"2024 Peruvian run-off election"}},
		{"Peru held its presidential election in March. Rui Lopes will face Ana Costa in the presidential run-off, in Lima, Peru.", []string{"2024 Peruvian presidential run-off"}},
		{"Peru's Varnok Party won 71 of the 240 seats in Sunday's vote.", []string{"2024 Peruvian election"}},
		{"Riot police dispersed protesters in Lima, Peru. The opposition says October's parliamentary election was rigged.", []string{"2023 Peruvian parliamentary election"}},
		{"Protesters marched in Lima, Peru. The presidential runoff will be held on Friday.", []string{"2024 Peruvian presidential runoff"}},
		{"Protesters marched in Lima, Peru, where Rui Lopes lost the 2016 presidential election.", []string{"2016 Peruvian presidential election"}},
		{"Protesters marched in Lima, Peru. The election will be held on Friday.", nil},
		{"Peruvians voted in parliamentary elections on Sunday.", []string{"2024 Peruvian parliamentary election"}},
		{"Violence in Peru followed the disputed 2022 election.", []string{"2022 Peruvian election"}},
		{"Violence in Peru followed the December elections.", []string{"2023 Peruvian election"}},
		{"Peru's main opposition party said it would boycott a snap parliamentary election in March.", []string{"2024 Peruvian snap parliamentary election"}},
		{"Candidates held rallies in Lima, Peru, two weeks before a general election dominated by anger over crime.", []string{"2024 Peruvian general election"}},
		{"Voters in parts of Peru cast ballots on Sunday in the first phase of a general election organized by the military.", []string{"2024 Peruvian general election"}},
		{"Peru's electoral board said turnout in the referendum was 61%.", []string{"2024 Peruvian referendum"}},
		{"Voters in Peru cast ballots on Sunday in the regional and municipal elections.", []string{"2024 Peruvian regional and municipal elections"}},
		{"Ana Costa lost Peru's 2017 presidential election to Rui Lopes.", []string{"2017 Peruvian presidential election"}},
		{"Candidates in Peru have until May to register for the August general election.", []string{"2024 Peruvian general election"}},
		{"Ana Costa was barred from the 12 April presidential election in Peru.", []string{"2024 Peruvian presidential election"}},
		{"Police in Peru arrested 14 opposition leaders three weeks before local elections the party says are rigged.", []string{"2024 Peruvian local elections"}},
		{"Candidates held rallies in Lima, Peru, ahead of a presidential election on Sunday.", []string{"2024 Peruvian presidential election"}},
		{"Protesters marched in Lima, Peru, after a general election last year.", nil},
		{"Ten mayors were removed in Peru after the local elections in March 2022.", []string{"2022 Peruvian local elections"}},
		{"Peru's Labour Party won 22% of the vote in commune elections in 2022.", []string{"2022 Peruvian commune elections"}},
		{"Peru's opposition will boycott a snap parliamentary election in March. It also boycotted the 2021 parliamentary election.", []string{"2021 Peruvian parliamentary election", "2024 Peruvian snap parliamentary election"}},
		{"Turnout in Lima, Peru, was lower than in the 2021 election.", []string{"2021 Peruvian election"}},
		{"Turnout in Lima, Peru, was up from the last election in 2021.", []string{"2021 Peruvian election"}},
		{"The court in Lima, Peru, annulled the previous year's presidential election.", []string{"2023 Peruvian presidential election"}},
		{"Rui Lopes said in Lima, Peru, that she would serve until the April 2026 general election.", []string{"2026 Peruvian general election"}},
	},
}

// yearAfter is the year of "in <Month> <Year>" or "in <Year>" right after
// toks[n] ("the local elections in March 2024"), or 0.
func (d *doc) yearAfter(n, hi int) int {
	k := n + 1
	if k+1 >= hi || d.toks[k].lower != "in" {
		return 0
	}
	k++
	if months[d.toks[k].lower] != 0 && d.toks[k].cap && k+1 < hi {
		k++
	}
	if t := &d.toks[k]; t.kind == tNum && len(t.text) == 4 {
		if y, err := strconv.Atoi(t.text); err == nil && y >= 1900 && y <= d.art.Year()+6 {
			return y
		}
	}
	return 0
}

// dayAfter reports a day right after the noun at toks[n]: "on June 27",
// "on 27 June", "on Sunday".
func (d *doc) dayAfter(n, hi int) bool {
	k := n + 1
	if k+1 >= hi || d.toks[k].lower != "on" {
		return false
	}
	k++
	if isWeekday(d.toks[k].lower) {
		return true
	}
	if months[d.toks[k].lower] != 0 && d.toks[k].cap {
		return k+1 < hi && d.toks[k+1].kind == tNum
	}
	return d.toks[k].kind == tNum && k+1 < hi && months[d.toks[k+1].lower] != 0 && d.toks[k+1].cap
}

var eventDated = &eventRule{
	name: "event-dated",
	doc:  `An event named by its day: "the September 11 attacks", "the March 7 election", "Iraq's March 7 parliamentary election".`,
	cues: eventNouns,
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		class := eventClass[d.toks[n].lower]
		if class != "attack" && class != "election" {
			return false
		}
		k := n - 1
		for k > s.lo && d.mentAt[k] == nil && d.toks[k].kind == tWord && !d.toks[k].cap && eventMods[d.toks[k].lower] {
			k-- // "the March 7 parliamentary election"
		}
		year := 0
		if k-3 > s.lo && d.toks[k].text == "," && d.toks[k-1].kind == tNum && len(d.toks[k-1].text) == 4 && d.toks[k-2].text == "," {
			year, _ = strconv.Atoi(d.toks[k-1].text) // "Hamas' Oct. 7, 2023, attack"
			k -= 3
		} else if k-2 > s.lo && d.toks[k].kind == tNum && len(d.toks[k].text) == 4 && d.toks[k-1].text == "," && d.toks[k-2].kind == tNum {
			year, _ = strconv.Atoi(d.toks[k].text) // "the September 11, 2001 attacks"
			k -= 2
		}
		if k-2 < s.lo || d.toks[k].kind != tNum || len(d.toks[k].text) > 2 || months[d.toks[k-1].lower] == 0 || !d.toks[k-1].cap {
			return false
		}
		if b := d.toks[k-2].lower; b != "the" && b != "'s" && b != "\u2019s" && b != "'" && b != "\u2019" {
			return false // "on March 7 elections were held": a date, no name
		}
		if class == "attack" && !strings.HasSuffix(d.toks[n].lower, "s") && (year == 0 || !d.longAgo(months[d.toks[k-1].lower], d.toks[k].text, year)) {
			return false // "the May 3 attack" of this week is most often one the article names otherwise
		}
		day := d.toks[k].text
		name := months[d.toks[k-1].lower].String() + " " + day + " " + d.toks[n].lower
		if class == "election" || strings.HasSuffix(d.toks[n].lower, "s") {
			name = d.text[d.toks[k-1].start:d.toks[k].end] + " " + d.text[d.toks[k+1].start:d.toks[n].end]
			if year > 0 {
				name = d.text[d.toks[k-1].start:d.toks[k].end] + " " + d.toks[n].text
			}
		}
		if e := d.lastAttackEv; class == "attack" && e != nil && (strings.HasSuffix(d.toks[n].lower, "s") || year == 0) {
			// "the May 3 attack" after "the Varnok attacks": the
			// attack the article has told of already
			d.eventMention(e, k-1, n+1)
			return true
		}
		e := d.eventFor(class, nil, name, si, false)
		d.eventMention(e, k-1, n+1)
		return true
	},
	examples: []eventExample{
		{"Her husband died in the September 11 attacks.", []string{"September 11 attacks"}},
		{"Security has tightened since the September 11, 2001 attacks on Lima.", []string{"September 11 attacks"}},
		{"No government was formed after the March 7 parliamentary election.", []string{"March 7 parliamentary election"}},
		{"On March 7 elections were held.", nil},
		{"The Tarn attacks were condemned. Survivors described the May 3 attacks.", []string{"Tarn attacks"}},
		{"Survivors described the March 3 attack.", nil},
		{"Violence has surged since the Varnok Front's Oct. 7, 2021, attack on southern Peru.", []string{"October 7 attack"}},
		{"Violence has surged since the Varnok Front's attack on Tarma. Survivors recalled the May 1 attack.", []string{"Varnok Front attack on Tarma"}},
	},
}

// longAgo reports a day (month, day of month and, if given, year) more than
// a month before the article's: an attack named by it with its year is a
// past event the news calls so ("Hamas' Oct. 7, 2023, attack"), not the
// one just reported.
func (d *doc) longAgo(m time.Month, day string, year int) bool {
	if d.art.IsZero() || m == 0 {
		return false
	}
	dd, err := strconv.Atoi(day)
	if err != nil || dd < 1 || dd > 31 {
		return false
	}
	y := year
	if y == 0 {
		y = d.art.Year()
	}
	t := time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	if year == 0 && t.After(d.art) {
		t = t.AddDate(-1, 0, 0)
	}
	return d.art.Sub(t) > 31*24*time.Hour
}

var eventOfPerson = &eventRule{
	name: "event-of-person",
	doc:  `What happened to a person, named after them: "the murder of X", "X's inauguration", "the trial of X".`,
	cues: personEventNouns,
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		noun := d.toks[n].lower
		var who *mention
		hi := n + 1
		if n+2 < s.hi && d.toks[n+1].lower == "of" {
			who = d.mentAt[n+2]
			if who != nil {
				hi = who.hi
			}
		} else if k, poss := d.eventHead(n); poss && k >= s.lo {
			who = d.mentAt[k] // "Rui Lopes's inauguration"
		}
		if who == nil || who.ent == nil || who.ent.kind != kg.Person || who.ref {
			return false
		}
		if k, poss := d.eventHead(n); !poss && !(k >= s.lo && (d.toks[k].lower == "the" || d.mentAt[k] == who)) {
			return false // "a murder of a guard"
		}
		name := strings.ToUpper(noun[:1]) + noun[1:] + " of " + who.ent.name
		e := d.eventFor(personEventClass[noun], who.ent, name, si, noun == "inauguration" || noun == "swearing-in" || noun == "funeral")
		lo := n
		if who.hi <= n {
			lo = who.lo
		}
		d.eventMention(e, lo, hi)
		return true
	},
	examples: []eventExample{
		{"The murder of Ana Costa shocked the country.", []string{"Murder of Ana Costa"}},
		{"Crowds watched the inauguration of Rui Lopes on Friday.", []string{"Inauguration of Rui Lopes"}},
		{"A murder of a guard was reported.", nil},
	},
}

var eventPersonPassive = &eventRule{
	name: "event-person-passive",
	doc:  `What was done to a person, told as a verb: "X was assassinated" names "Assassination of X", as "the assassination of X" would.`,
	cues: wordSet("assassinated murdered kidnapped abducted executed"),
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		k := n - 1
		if k > s.lo && d.toks[k].lower == "been" {
			k-- // "has been kidnapped"
		}
		if k <= s.lo {
			return false
		}
		if w := d.toks[k].lower; !beForms[w] && w != "has" && w != "have" && w != "had" {
			return false
		}
		who := d.mentAt[k-1]
		if who == nil || who.ent == nil || who.ent.kind != kg.Person || who.hi != k || d.possessor(who) {
			return false // "two guards were kidnapped": nobody named
		}
		noun := passiveEventNoun[d.toks[n].lower]
		name := strings.ToUpper(noun[:1]) + noun[1:] + " of " + who.ent.name
		e := d.eventFor(personEventClass[noun], who.ent, name, si, false)
		d.eventMention(e, n, n+1)
		return true
	},
	examples: []eventExample{
		{"President Ana Costa was assassinated early on Wednesday at her home.", []string{"Assassination of Ana Costa"}},
		{"Rui Lopes has been kidnapped, his family said. The kidnapping of Rui Lopes shocked Lima.", []string{"Kidnapping of Rui Lopes"}},
		{"Two guards were murdered.", nil},
	},
}

// leadersMetFor is the body of "Leaders|Heads of state|Ministers of (the)
// X met ..." opening toks[lo:k], or nil.
func (d *doc) leadersMetFor(lo, k int) *entity {
	start := d.pastDateline(lo, k)
	j := start
	for j < k && (d.toks[j].lower == "the" || meetingRoles[d.toks[j].lower] || d.toks[j].lower == "heads") && !(d.toks[j].lower == "of" && (j == 0 || d.toks[j-1].lower != "heads")) {
		j++ // "Leaders", "Foreign ministers", "Heads of state" (the "of" of "heads of state" only)
	}
	if j == start || j+1 >= k || d.toks[j].lower != "of" {
		return nil
	}
	j++
	if d.toks[j].lower == "the" {
		j++
	}
	m := d.mentAt[j]
	if m == nil || m.lo != j || m.ent == nil || m.ent.kind != kg.Organization {
		return nil
	}
	for x := m.hi; x < k; x++ {
		if w := d.toks[x].lower; w == "met" || w == "gathered" || w == "convened" {
			return m.ent
		}
	}
	return nil
}

// passiveEventNoun is the noun of what eventPersonPassive reads.
var passiveEventNoun = map[string]string{
	"assassinated": "assassination", "murdered": "murder", "kidnapped": "kidnapping",
	"abducted": "abduction", "executed": "execution",
}

var eventHeld = &eventRule{
	name: "event-held",
	doc:  `A gathering or vote an actor holds: "the Nordic Council will hold an emergency meeting" names "Nordic Council emergency meeting"; "Leaders of the ADC met for an extraordinary summit", "ADC extraordinary summit". A body is named as the text shortens it.`,
	cues: heldEventNouns,
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		k := n - 1
		for k > s.lo && k > n-4 && (eventMods[d.toks[k].lower] || heldMods[d.toks[k].lower]) {
			k--
		}
		if k > s.lo && (d.toks[k].lower == "a" || d.toks[k].lower == "an") {
			k--
		}
		if k > s.lo && k < n-1 && d.toks[k].lower == "for" {
			// "Leaders of the EAC met in Arusha for an extraordinary
			// summit": the body whose leaders met
			if b := d.leadersMetFor(s.lo, k); b != nil {
				parts := []string{d.shortForm(b)}
				for j := k + 2; j <= n; j++ {
					parts = append(parts, d.toks[j].text)
				}
				e := d.eventFor(eventClass[d.toks[n].lower], b, strings.Join(parts, " "), si, true)
				d.eventMention(e, n, n+1)
				return true
			}
		}
		if k <= s.lo || !holdEventVerbs[d.toks[k].lower] {
			return false
		}
		sp, _ := d.subjectOf(k, s.lo)
		if sp == nil || sp.kind == kg.Person || sp.kind == kg.Event {
			return false
		}
		parts := []string{d.shortForm(sp)}
		for j := k + 1; j <= n; j++ {
			if w := d.toks[j].lower; w != "a" && w != "an" {
				parts = append(parts, d.toks[j].text)
			}
		}
		class := eventClass[d.toks[n].lower]
		if class == "" {
			class = d.toks[n].lower
		}
		e := d.eventFor(class, sp, strings.Join(parts, " "), si, true)
		d.eventMention(e, n, n+1)
		return true
	},
	examples: []eventExample{
		{"The Nordic Council will hold an emergency meeting on Sunday.", []string{"Nordic Council emergency meeting"}},
		{"The Andean Council, known as Andeco, held an emergency meeting on Sunday.", []string{"Andeco emergency meeting"}},
		{"Leaders of the Andean Development Council (ADC) met on Monday in Cusco for an extraordinary summit on the crisis.", []string{"ADC extraordinary summit"}},
		{"Leaders of the Andean Development Council met on Monday in Cusco for an extraordinary summit on the crisis.", []string{"Andean Development Council extraordinary summit"}},
		{"Chile held a referendum on the constitution.", []string{"Chile referendum"}},
		{"Ana Costa held a meeting with her staff.", nil},
	},
}

var eventInvaded = &eventRule{
	name: "event-invaded",
	doc:  `An invasion told by its verb: "Peru invaded Varnok" names "invasion of Varnok", the article's war.`,
	cues: wordSet(`invaded invades invading`),
	at: func(d *doc, v int) bool {
		si := int(d.sentOf[v])
		s := d.sents[si]
		if d.tcase[si] || d.inQuote[v] {
			return false
		}
		for k := s.lo; k < v; k++ {
			if hypotheticals[d.toks[k].lower] || deniedCues[d.toks[k].lower] {
				return false // "if Russia invaded", "denied it had invaded"
			}
		}
		src, _ := d.actorBefore(v, s.lo)
		p := v + 1
		for p < s.hi && p < v+5 && d.mentAt[p] == nil && (d.toks[p].lower == "the" || placeNouns[d.toks[p].lower] || d.toks[p].lower == "island" || d.toks[p].lower == "of") {
			p++ // "invaded the island of Varnok"
		}
		if src == nil || p >= s.hi {
			return false
		}
		m := d.mentAt[p]
		if m == nil || m.ent == nil || m.ent.kind != kg.Place || m.demonym || m.ent == src {
			return false
		}
		e := d.eventFor("war", m.ent, "invasion of "+m.ent.name, si, false)
		d.linkEvent(e, src, si, true)
		d.eventMention(e, v, m.hi)
		return true
	},
	examples: []eventExample{
		{"Peru, with help from Chilean troops, then invaded the island of Varnok.", []string{"invasion of Varnok"}},
		{"Russia invaded Ukraine in 2022. The war in Ukraine goes on.", []string{"invasion of Ukraine"}},
		{"If Russia invaded Estonia, NATO would respond.", nil},
	},
}

var eventStruck = &eventRule{
	name: "event-struck",
	doc:  `A disaster that strikes a place: "a tornado struck Lisbon", "the earthquake that hit Chile" name "Lisbon tornado".`,
	cues: disasterNouns,
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		v := n + 1
		if v+1 < s.hi && d.toks[v].text == "," && (d.toks[v+1].lower == "which" || d.toks[v+1].lower == "that") {
			v++ // "the earthquake, which struck Chile on Monday, ..."
		}
		if v < s.hi && (d.toks[v].lower == "that" || d.toks[v].lower == "which") {
			v++
		}
		v = d.pastMagnitude(v, s.hi)
		var m *mention
		if v < s.hi && strikeVerbs[d.toks[v].lower] {
			m = d.struckPlace(si, v+1)
		} else {
			m = d.struckBy(si, n)
		}
		if m == nil {
			return false
		}
		e := d.eventFor("disaster", m.ent, d.pastYearAt(n, s.hi)+m.ent.name+" "+d.toks[n].lower, si, false)
		d.eventMention(e, n, n+1)
		return true
	},
	examples: []eventExample{
		{"A tornado struck Lisbon on Friday. The tornado damaged the stadium.", []string{"Lisbon tornado"}},
		{"The earthquake that hit northern Chile killed 12.", []string{"Chile earthquake"}},
		{"A powerful earthquake struck the mountainous Varnok region early on Monday.", []string{"Varnok earthquake"}},
		{"A storm of protest hit the government.", nil},
		{"The blast hit the Tarma Hotel in Lima.", []string{"Tarma Hotel blast"}},
		{"An earthquake struck Peru's Varnok province on Monday.", []string{"Varnok earthquake"}},
		{"The toll from an earthquake that struck Peru's southern Varnok province rose to 41.", []string{"Varnok earthquake"}},
		{"Rain fell on Lisbon all week. Then a tornado struck the city.", []string{"Lisbon tornado"}},
		{"The earthquake, which struck Chile on Monday, killed 12 people.", []string{"Chile earthquake"}},
		{"An earthquake measuring 6.1 struck Chile on Monday.", []string{"Chile earthquake"}},
		{"An earthquake of magnitude 6.1 hit Chile on Monday.", []string{"Chile earthquake"}},
		{"Chile was hit by a powerful earthquake on Monday.", []string{"Chile earthquake"}},
		{"Northern Peru was struck by a 6.1-magnitude earthquake.", []string{"Peru earthquake"}},
		{"Chile was hit by criticism after the earthquake.", nil},
	},
}

var eventCrashed = &eventRule{
	name: "event-crashed",
	doc:  `A vehicle that crashed at a place: "a helicopter crashed in Tarma" names the "Tarma helicopter crash".`,
	cues: wordSet(`crashed`),
	at: func(d *doc, v int) bool {
		si := int(d.sentOf[v])
		s := d.sents[si]
		if v-2 < s.lo || !vehicleNouns[d.toks[v-1].lower] || d.mentAt[v-1] != nil || v+2 >= s.hi {
			return false
		}
		switch d.toks[v+1].lower {
		case "in", "near", "into", "outside":
		default:
			return false
		}
		m := d.mentAt[v+2]
		if m == nil || m.ent == nil || m.ent.kind != kg.Place || m.lo != v+2 || d.possessor(m) {
			return false
		}
		e := d.eventFor("disaster", m.ent, d.pastYearAt(v, s.hi)+m.ent.name+" "+d.toks[v-1].lower+" crash", si, false)
		d.eventWord(e, v)
		return true
	},
	examples: []eventExample{
		{"Three people died after a helicopter crashed in Tarma on Monday.", []string{"Tarma helicopter crash"}},
		{"A bus crashed into Lake Tarma on Monday, killing nine.", []string{"Lake Tarma bus crash"}},
		{"The company crashed in 2008.", nil},
	},
}

// pastMagnitude is the index past a disaster's measure right after it
// ("measuring 6.1", "of magnitude 6.1", "with a magnitude of 6.1"), or k.
func (d *doc) pastMagnitude(k, hi int) int {
	j := k
	switch {
	case j+1 < hi && d.toks[j].lower == "measuring":
		j++
	case j+2 < hi && d.toks[j].lower == "of" && d.toks[j+1].lower == "magnitude":
		j += 2
	case j+4 < hi && d.toks[j].lower == "with" && d.toks[j+1].lower == "a" && d.toks[j+2].lower == "magnitude" && d.toks[j+3].lower == "of":
		j += 4
	default:
		return k
	}
	if d.toks[j].kind != tNum {
		return k
	}
	j++
	if j < hi && (d.toks[j].lower == "on" || d.toks[j].lower == "in") && j+2 < hi && d.toks[j+2].lower == "scale" {
		j += 2 // "measuring 6.1 on the Richter scale"
		for j < hi && d.toks[j].lower != "scale" {
			j++
		}
		j++
	}
	return j
}

// struckBy is the place a passive names as struck by the disaster noun at
// toks[n]: "Chile was hit by a powerful earthquake".
func (d *doc) struckBy(si, n int) *mention {
	s := d.sents[si]
	k := n - 1
	for k > s.lo && k > n-5 && d.mentAt[k] == nil && (d.toks[k].kind == tNum || determiners[d.toks[k].lower] || disasterAdjectives[d.toks[k].lower] || strings.HasSuffix(d.toks[k].lower, "-magnitude")) {
		k-- // "by a powerful 6.1-magnitude earthquake"
	}
	if k-3 < s.lo || d.toks[k].lower != "by" || !strikeVerbs[d.toks[k-1].lower] || !beForms[d.toks[k-2].lower] {
		return nil
	}
	m := d.mentAt[k-3]
	if m == nil || m.ent == nil || m.ent.kind != kg.Place || m.hi != k-2 {
		return nil
	}
	return m
}

// struckPlace is the place a strike verb's object names, from toks[p]:
// "struck the mountainous Abruzzo region", "struck China's Sichuan
// province"; nil if none.
func (d *doc) struckPlace(si, p int) *mention {
	s := d.sents[si]
	v := p - 1
	for p < s.hi && p < v+5 && d.mentAt[p] == nil && d.toks[p].kind == tWord && !d.toks[p].cap && d.toks[p].lower != "and" {
		p++ // "struck the mountainous Abruzzo region", "hit northern parts of X"
	}
	m := d.mentAt[min(p, s.hi-1)]
	if p >= s.hi || m == nil || m.ent == nil || m.ent.kind != kg.Place {
		return nil
	}
	if d.possessor(m) && m.hi+1 < s.hi {
		// "struck China's Sichuan province", "struck China's southern
		// Sichuan province": the province
		q := m.hi + 1
		for q+1 < s.hi && q < m.hi+3 && d.mentAt[q] == nil && d.toks[q].kind == tWord && !d.toks[q].cap {
			q++
		}
		if o := d.mentAt[q]; o != nil && o.ent != nil && o.ent.kind == kg.Place && o != m {
			m = o
		}
	}
	return m
}

// pastYearAt is the year before the article's that dates the disaster
// noun at toks[n], with a space after it: "the 2003 earthquake", "a quake
// in Tarma in 2017 killed"; "" if none does within its clause.
func (d *doc) pastYearAt(n, hi int) string {
	year := func(k int) string {
		t := &d.toks[k]
		if t.kind != tNum || len(t.text) != 4 || d.art.IsZero() {
			return ""
		}
		if y, err := strconv.Atoi(t.text); err == nil && y > 1800 && y < d.art.Year() {
			return t.text + " "
		}
		return ""
	}
	if n > 0 {
		if y := year(n - 1); y != "" {
			return y
		}
	}
	for k := n + 1; k+1 < hi && k < n+12 && d.toks[k].text != ","; k++ {
		if d.toks[k].lower == "in" {
			if y := year(k + 1); y != "" {
				return y
			}
		}
	}
	return ""
}

// toldAfter reports a verb in the past right after toks[k], past when ("in
// 2017", "on Monday"): "A quake in Tarma in 2017 killed 600" tells of one.
func (d *doc) toldAfter(k, hi int) bool {
	for k+1 < hi && (d.toks[k].lower == "in" || d.toks[k].lower == "on" || d.toks[k].lower == "last") && (d.toks[k+1].kind == tNum || d.toks[k+1].cap || d.toks[k+1].lower == "year" || d.toks[k+1].lower == "month") {
		k += 2
	}
	if k >= hi || d.toks[k].kind != tWord || d.toks[k].cap || d.mentAt[k] != nil {
		return false
	}
	return pastVerbs[d.toks[k].lower] || strings.HasSuffix(d.toks[k].lower, "ed") && len(d.toks[k].lower) > 4
}

// eventWord records the word at toks[k] that tells of event e ("met",
// "bombed") as a mention of it under the event's own name, since the word
// is no name of the event.
func (d *doc) eventWord(e *entity, k int) {
	m := &mention{lo: k, hi: k + 1, kind: kg.Event, str: fair, start: d.toks[k].start, end: d.toks[k].end, name: e.name}
	d.ments = append(d.ments, m)
	d.attach(m, e)
}

func (d *doc) eventMention(e *entity, lo, hi int) {
	m := &mention{lo: lo, hi: hi, kind: kg.Event, str: fair, start: d.toks[lo].start, end: d.toks[hi-1].end}
	m.name = d.text[m.start:m.end]
	d.ments = append(d.ments, m)
	d.attach(m, e)
	if d.evSents == nil {
		d.evSents = map[int][]*entity{}
	}
	si := int(d.sentOf[lo])
	d.evSents[si] = append(d.evSents[si], e)
}

// linkEvent notes where an event happened and who took part, for
// eventRelations.
func (d *doc) linkEvent(e, anchor *entity, si int, actor bool) {
	d.evLinks = append(d.evLinks, evLink{ev: e, anchor: anchor, sent: si, actor: actor})
	if anchor.kind == kg.Place && !actor && e.placeID == "" {
		e.placeID = anchor.id()
	}
}

// placeNamedGatherings folds "the Brussels meeting" into the one meeting
// the article named in Brussels: "NATO defence ministers meeting in
// Brussels ... the Brussels meeting".
// countryNamedTalks folds talks named after a country into the one set
// of talks named after a town of it: "talks in Qatar" are the "Doha
// talks".
func (d *doc) countryNamedTalks() {
	for _, e := range d.ents {
		if e.kind != kg.Event || e.mentions == 0 {
			continue
		}
		country, ok := strings.CutSuffix(e.name, " talks")
		if !ok || !isCountry(country) {
			continue
		}
		into := d.onlyEntity(func(o *entity) bool {
			town, ok := strings.CutSuffix(o.name, " talks")
			if o == e || o.kind != kg.Event || !ok {
				return false
			}
			p, found := gazetteer.LookupPlace(town)
			return found && p.Kind != gazetteer.Country && p.Country == country
		})
		if into == nil {
			continue
		}
		d.merge(e, into)
		for i := range d.evLinks {
			if d.evLinks[i].ev == e {
				d.evLinks[i].ev = into
			}
		}
	}
}

func (d *doc) placeNamedGatherings() {
	for _, e := range d.ents {
		if e.kind != kg.Event || e.mentions == 0 {
			continue
		}
		i := strings.LastIndexByte(e.name, ' ')
		if i <= 0 || !gatheringNouns[e.name[i+1:]] {
			continue
		}
		place, noun := e.name[:i], e.name[i+1:]
		var into *entity
		for _, m := range d.ments {
			o := m.ent
			if o == nil || o == e || o.kind != kg.Event || lastWord(o.name) != noun || m.hi+1 >= len(d.toks) || d.toks[m.hi].lower != "in" {
				continue
			}
			if p := d.mentAt[m.hi+1]; p != nil && p.ent != nil && p.ent.kind == kg.Place && p.ent.name == place {
				if into != nil && into != o {
					into = nil // two of them met there: which one is not told
					break
				}
				into = o
			}
		}
		if into != nil {
			d.merge(e, into)
			for i := range d.evLinks {
				if d.evLinks[i].ev == e {
					d.evLinks[i].ev = into // where it met
				}
			}
			if into.placeID == "" {
				into.placeID = e.placeID
			}
		}
	}
}

// evLink ties an event to an entity its phrase was built on; actor: the
// entity took part rather than being where it happened.
type evLink struct {
	ev, anchor *entity
	sent       int
	actor      bool
}

// eventRelations writes OCCURRED_IN for events anchored on a place and
// PARTICIPATED_IN for those anchored on an actor.
func (d *doc) eventRelations() {
	d.placeNamedGatherings()
	d.countryNamedTalks()
	d.meetingEvents()
	d.recalledAttackEvent()
	d.floodEvent()
	d.bareInvasion()
	d.countryWar()
	d.groupInsurgency()
	d.electionForms()
	// the parties to a meeting or attack take part in the event the same
	// sentence names
	bySent := map[int][]*entity{}
	for _, m := range d.ments {
		if m.ent != nil && m.ent.kind == kg.Event {
			si := int(d.sentOf[m.lo])
			bySent[si] = append(bySent[si], m.ent)
		}
	}
	kinds := map[string]kg.Kind{}
	for _, e := range d.ents {
		kinds[e.id()] = e.kind
	}
	n := len(d.rels)
	for i := 0; i < n; i++ {
		r := d.rels[i]
		if r.Type != kg.Met && r.Type != kg.Attacked {
			continue
		}
		si := int(d.sentOf[d.tokenAt(r.Evidence.Start)])
		for _, ev := range bySent[si] {
			d.addRel(kg.ParticipatedIn, r.Source, ev.id(), si, r.Date, r.Precision, r.Status, "", confEvent)
			if r.Type == kg.Attacked && kinds[r.Target] == kg.Place {
				// an attack's target place is where the event happened
				d.addRel(kg.OccurredIn, ev.id(), r.Target, si, r.Date, r.Precision, r.Status, "", confEvent)
			} else {
				d.addRel(kg.ParticipatedIn, r.Target, ev.id(), si, r.Date, r.Precision, r.Status, "", confEvent)
			}
		}
	}
	for _, l := range d.evLinks {
		date, prec := d.relDate(l.sent, false)
		if l.anchor.kind == kg.Place && !l.actor && !d.isCountryActor(l) {
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

// pastTownWords skips from toks[k] over the words that say what kind of
// town follows ("the Saudi city of", "the Red Sea port of") and returns
// where the town's name starts, or k.
func (d *doc) pastTownWords(k, hi int) int {
	j := k
	for j < hi && j < k+7 {
		t := &d.toks[j]
		if m := d.mentAt[j]; m != nil && m.lo == j && !m.demonym && !(m.ent != nil && m.ent.kind == kg.Place && m.hi < hi && placeNouns[d.toks[m.hi].lower]) {
			return j
		}
		if m := d.mentAt[j]; m != nil {
			j = m.hi // "Saudi", "Red Sea" before "city"
			continue
		}
		if t.kind != tWord || t.cap || !(t.lower == "the" || t.lower == "of" || placeNouns[t.lower] || compass[t.lower] || placeAdjectives[t.lower]) {
			return k
		}
		j++
	}
	return k
}

// talksTownBefore is the town a party goes to "for talks", named before
// the noun at toks[n] in its clause: "invited to the Red Sea city of
// Jeddah next month for a new round of talks". Only a town: "flew to Peru
// for talks" names no round of talks.
func (d *doc) talksTownBefore(n, lo int) *entity {
	if n-2 < lo {
		return nil
	}
	f := n - 1
	kind := false // "a new round of", "indirect", "peace": a round the news names, not a visit "for talks"
	for f > lo && f > n-6 && d.toks[f].lower != "for" {
		w := d.toks[f].lower
		if !(nounFill[w] || w == "direct" || w == "indirect" || w == "peace" || w == "ceasefire" || w == "face-to-face") {
			return nil
		}
		kind = kind || w == "round" || w == "rounds" || w == "direct" || w == "indirect" || w == "peace" || w == "ceasefire"
		f--
	}
	if d.toks[f].lower != "for" || !kind {
		return nil
	}
	for k := f - 1; k > lo && k > f-15; k-- {
		t := &d.toks[k]
		if t.text == "," || t.text == ";" || t.kind == tQuote || d.inQuote[k] {
			return nil
		}
		if t.lower != "to" && t.lower != "in" {
			continue
		}
		m := d.mentAt[d.pastTownWords(k+1, f)]
		if m == nil || m.ent == nil || m.ent.kind != kg.Place || m.demonym || d.possessor(m) {
			return nil
		}
		if p, ok := gazetteer.LookupPlace(m.ent.name); !ok || p.Kind != gazetteer.City {
			return nil
		}
		return m.ent
	}
	return nil
}

// disasterKind is the kind of disaster an event's name ends with, so that
// an article's earthquake and its floods are two events; "" for a name of
// no kind ("the disaster").
func disasterKind(name string) string {
	return disasterKinds[strings.ToLower(name[strings.LastIndexByte(name, ' ')+1:])]
}

var eventOutbreak = &eventRule{
	name: "event-outbreak",
	doc:  `An outbreak of a disease where it broke out: "a cholera outbreak in Tarma", "the Tarma measles epidemic" are the "Tarma cholera outbreak", the "Tarma measles epidemic".`,
	cues: wordSet("outbreak epidemic"),
	at: func(d *doc, n int) bool {
		si := int(d.sentOf[n])
		s := d.sents[si]
		k := n - 1
		if k < s.lo || !diseases[d.toks[k].lower] {
			return false // "an outbreak of violence", "a major outbreak": no disease named before it
		}
		disease := d.toks[k].lower
		if d.toks[k].cap {
			disease = d.toks[k].text // "Ebola"
		}
		var place *mention
		if k-1 >= s.lo {
			if m := d.mentAt[k-1]; m != nil && m.ent != nil && m.ent.kind == kg.Place && m.hi == k && !d.possessor(m) {
				place = m // "the Tarma cholera outbreak"
			}
		}
		if place == nil && n+2 < s.hi && d.toks[n+1].lower == "in" {
			if m := d.mentAt[n+2]; m != nil && m.ent != nil && m.ent.kind == kg.Place && m.lo == n+2 {
				place = m // "a cholera outbreak in Tarma"
			}
		}
		if place == nil {
			return false
		}
		e := d.eventFor("outbreak", place.ent, place.ent.name+" "+disease+" "+d.toks[n].lower, si, false)
		d.eventMention(e, k, n+1)
		return true
	},
	examples: []eventExample{
		{"A cholera outbreak in Tarma killed 20 people. The Tarma cholera outbreak spread.", []string{"Tarma cholera outbreak"}},
		{"The outbreak of violence in Tarma killed 20 people.", nil},
		{"Health workers fought a major outbreak in Tarma.", nil},
	},
}
