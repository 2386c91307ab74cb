package rules

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/ingest/gazetteer"
	"github.com/newsgraph/newsgraph/kg"
)

// Coreference: the stage after resolution. News names an actor once and
// then by description ("the president", "the airline", "the group"), by
// pronoun ("it said") or through its statement ("the statement said"). A
// reference rule finds such a phrase and, when the text makes clear which
// entity it is, lays a reference mention over it that points at the
// entity. Relation patterns read reference mentions as they read names; a
// reference never becomes an alias or a counted mention of its entity.
// When the text leaves a doubt (two ministers, no company named), no
// mention is laid: no relation is better than a wrong speaker.

// A refRule finds one kind of referring phrase. Like a pattern, it is a
// value with a name, a doc sentence, cue words and examples; TestRefRules
// runs the examples.
type refRule struct {
	name string
	doc  string
	// cues are the lower-case words a phrase of this kind starts with.
	cues map[string]bool
	// at reads a phrase starting at toks[i] and returns its end and the
	// entity it refers to, or nil.
	at func(d *doc, i int) (hi int, e *entity)
	// names: the phrase is the entity's own name ("police"), a counted
	// mention rather than a reference.
	names bool
	// examples are invented texts with the phrase in [brackets] and the
	// entity it must refer to ("" for none).
	examples []refExample
}

type refExample struct {
	text string
	want string
}

// refRules are tried in order at each token no mention covers.
var refRules = []*refRule{refStatement, refSpokesperson, refRole, refOfficeHolder, refCounterpart, refOrgNoun, refHisOrg, refPlace, refIt, refPolice, refLoyalists, refPersonsForces, refFamily, refCountryBody, refPortfolioMinistry, refArmyWeapons, refSupporters, refPeopleArmed, refOrgMission, refLeaderOffice, refDescribedPerson, refFormerLatter}

// refByCue maps each cue word to the rules it wakes, in order.
var refByCue = func() map[string][]*refRule {
	m := map[string][]*refRule{}
	for _, r := range refRules {
		for w := range r.cues {
			m[w] = append(m[w], r)
		}
	}
	return m
}()

// reference lays a reference mention for toks[lo:hi] on e.
func (d *doc) reference(lo, hi int, e *entity) {
	for k := lo; k < hi; k++ {
		if m := d.mentAt[k]; m != nil && m.backer && m.hi < hi {
			lo = m.hi // "the Rwanda-backed rebels": the reference starts past who backs them
		}
	}
	for k := lo; k < hi; k++ {
		if d.mentAt[k] != nil {
			return
		}
	}
	d.lay(&mention{lo: lo, hi: hi, kind: e.kind, str: fair, ref: true, ent: e}, lo)
}

// coreference runs the reference rules over the article.
func (d *doc) coreference() {
	d.collectTitles()
	d.collectIssuers()
	d.capitalDescriptions()
	for i := 0; i < len(d.toks); i++ {
		if d.mentAt[i] != nil || d.toks[i].kind != tWord {
			continue
		}
		for _, r := range refByCue[d.toks[i].lower] {
			if hi, e := r.at(d, i); e != nil && hi > i {
				if r.names {
					m := &mention{lo: i, hi: hi, kind: e.kind, str: fair, described: true}
					d.add(m, int(d.sentOf[i]))
					d.attach(m, e)
					i = hi - 1
					break
				}
				d.reference(i, hi, e)
				if w := d.toks[i].lower; w == "its" || w == "their" {
					d.mentAt[i].poss = true
				}
				i = hi - 1
				break
			}
		}
	}
	d.nameUsedFor()
	d.describedApposed()
	d.knownByName()
	d.aliasNamed()
	d.describedKnownAs()
	d.bareGovernmentForces()
	d.termsFor()
	d.rankedNames()
}

// rankedNames names a person the article knows only by a rank and one
// name by both, the form news and reference works use: "Lord Alli",
// "Pope Francis", "Sheikh Abdullah"; the bare name stays an alias. A
// person with a given name and a surname keeps them ("Sir Rui Lopes" is
// Rui Lopes).
func (d *doc) rankedNames() {
	for _, e := range d.ents {
		if e.kind != kg.Person || e.mentions == 0 || strings.Contains(e.name, " ") {
			continue
		}
		for _, r := range rankTitles {
			full := r + " " + e.name
			if !e.aliases[full] {
				continue
			}
			e.aliases[e.name] = true
			e.name = full
			e.words = nameWords(full)
			d.byKey[d.key(e.kind, full)] = e
			break
		}
	}
}

// lastQuotedName is the last organization named inside a quotation in
// the sentence before toks[k], or nil.
func (d *doc) lastQuotedName(k int) *mention {
	lo := d.sents[d.sentOf[k]].lo
	for j := k - 1; j >= lo; j-- {
		if m := d.mentAt[j]; m != nil && d.inQuote[j] && m.ent != nil && m.ent.kind == kg.Organization && !m.ref {
			return m
		}
	}
	return nil
}

// termsFor joins a name to the one a gloss after it says it stands for
// ("the Khawarij, the term the government uses for al-Shabaab"; "X, a
// name the group uses for Y"): X is Y, as the speaker calls it.
func (d *doc) termsFor() {
	for k := 2; k+2 < len(d.toks); k++ {
		if w := d.toks[k].lower; w != "term" && w != "name" || d.inQuote[k] {
			continue
		}
		var x *mention
		switch p := d.toks[k-1].lower; {
		case p == "the" || p == "a":
			b := k - 2 // the comma before the gloss, past a closing quotation mark
			if b > 0 && d.toks[b].kind == tQuote && !d.toks[b].open {
				b-- // "“Fitna al-Varnok,” the term": the comma inside the quotation marks
			}
			if d.toks[b].text != "," {
				continue
			}
			b--
			if b > 0 && d.toks[b].kind == tQuote {
				b--
			}
			if m := d.mentAt[b]; m != nil && m.hi == b+1 {
				x = m
			}
		case (p == "'s" || p == "\u2019s") && k >= 4:
			// "..., using the government's term for Y": the term is the
			// last name quoted before it in the sentence
			u := k - 3
			if d.toks[u].lower == "the" {
				u--
			}
			if u > 0 && d.toks[u].lower == "using" {
				x = d.lastQuotedName(u)
			}
		}
		if x == nil || x.ent == nil || x.ent.kind == kg.Event || x.ent.kind == kg.Person && x.typedBy != "type-person-shape" {
			continue // a name only guessed a person's may be the term
		}
		for j := k + 1; j < len(d.toks) && j < k+9 && d.toks[j].text != "." && d.toks[j].text != ","; j++ {
			if d.toks[j].lower != "for" {
				continue
			}
			n := j + 1
			if n < len(d.toks) && d.toks[n].lower == "the" {
				n++
			}
			if y := d.mentAt[min(n, len(d.toks)-1)]; n < len(d.toks) && y != nil && y.ent != nil && y.lo == n && y.ent != x.ent && (y.ent.kind == x.ent.kind || x.ent.kind == kg.Person && y.ent.kind == kg.Organization) {
				d.merge(x.ent, y.ent)
			}
			break
		}
	}
}

// describedKnownAs joins an organization and the initials its apposition
// says it is known by: "the Andean Development Council, the regional bloc
// known as ADEC,". The initials must start the name and be found in it in
// order ("IGAD" for the Intergovernmental Authority on Development).
func (d *doc) describedKnownAs() {
	for k := 3; k+2 < len(d.toks); k++ {
		if d.toks[k].lower != "known" || d.toks[k+1].lower != "as" || d.toks[k-1].text == "," || d.toks[k-1].cap || d.inQuote[k] {
			continue
		}
		x := d.mentAt[k+2]
		if x == nil || x.lo != k+2 || x.ent == nil || x.ent.kind != kg.Organization || !isAcronym(x.name) {
			continue
		}
		for j := k - 1; j > 0 && j > k-10; j-- {
			if d.toks[j].text != "," {
				continue
			}
			if m := d.mentAt[j-1]; m != nil && m.ent != nil && m.ent != x.ent && m.ent.kind == kg.Organization && !m.ref && lettersInOrder(x.name, m.ent.name) {
				d.merge(x.ent, m.ent)
			}
			break
		}
	}
}

// betweenBefore reports "between" opening the pair whose second member
// starts at toks[i] after "and": "between the rebels and [government
// troops]".
func (d *doc) betweenBefore(i int) bool {
	lo := d.sents[d.sentOf[i]].lo
	for k := i - 2; k >= lo && k > i-8; k-- {
		if d.toks[k].lower == "between" {
			return true
		}
		if d.toks[k].text == "," || d.toks[k].lower == "and" {
			return false
		}
	}
	return false
}

// bareGovernmentForces folds "government forces" that no country was
// found for into the one state force the article names, wherever it is
// named ("... by government forces ... soldiers of the Central African
// Armed Forces"). Run after coreference, which makes such descriptions.
func (d *doc) bareGovernmentForces() {
	var bare *entity
	var forces []*entity
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 {
			continue
		}
		switch {
		case e.name == "government forces" || e.name == "government troops":
			bare = e
		case d.orgKind(e) == "state force" && !strings.Contains(strings.ToLower(e.name), "mission") && !strings.Contains(e.name, "coalition"):
			forces = append(forces, e)
		}
	}
	if bare == nil || len(forces) == 0 {
		return
	}
	if len(forces) > 1 {
		// several forces: the one of the country the story is about
		// ("government troops" in a story from Bangui with Russian
		// instructors are the Central African Armed Forces), if one is
		c := d.mainCountry()
		dem, _ := gazetteer.DemonymFor(c)
		var own []*entity
		for _, f := range forces {
			if c != "" && (strings.Contains(f.name, c) || dem != "" && strings.Contains(f.name, dem)) {
				own = append(own, f)
			}
		}
		forces = own
	}
	if len(forces) == 1 {
		d.merge(bare, forces[0])
	}
}

// nameUsedFor reads a place's other name as the text explains it: "near
// Huangyan Island, the name Beijing uses for the shoal" after "Scarborough
// Shoal" makes the two one place, known by the name it had first.
func (d *doc) nameUsedFor() {
	var byLast map[string]*entity // the last place named so far, by its name's last word
	ms := slices.Clone(d.ments)
	slices.SortStableFunc(ms, func(a, b *mention) int { return a.lo - b.lo })
	for _, m := range ms {
		if m.ent == nil || m.ref {
			continue
		}
		if k := d.possessorsNameFor(m); k > 0 && m.ent.kind != kg.Event {
			// "Isla Tarma, Chile's name for the shoal": the shoal
			if t := byLast[d.toks[k].lower]; t != nil && t != m.ent && t.mentions > 0 {
				d.merge(m.ent, t)
			}
		}
		if m.ent.kind != kg.Place {
			continue
		}
		if x := d.whichCalls(m); x != nil && x.ent != nil && (x.ent.kind == kg.Place || x.ent.kind == kg.Person && x.typedBy == "type-person-shape") && x.ent != m.ent {
			d.merge(x.ent, m.ent) // "the Varnok Islands, which Chile calls the Tarma Islands"; "Varnok Shoal, which Beijing calls Mingyu Dao", a name that looked a person's
		}
		if m.hi+4 < len(d.toks) && d.toks[m.hi].text == "," && d.toks[m.hi+1].lower == "the" && (d.toks[m.hi+2].lower == "name" || d.toks[m.hi+2].lower == "names") {
			for k := m.hi + 3; k+2 < len(d.toks) && k < m.hi+10; k++ {
				if d.toks[k].kind == tPunct {
					break
				}
				if (d.toks[k].lower == "for" || d.toks[k].lower == "to") && d.toks[k+1].lower == "the" {
					if t := byLast[d.toks[k+2].lower]; t != nil && t != m.ent && t.mentions > 0 {
						d.merge(m.ent, t)
					}
					break
				}
			}
		}
		if m.ent.mentions > 0 {
			if byLast == nil {
				byLast = map[string]*entity{}
			}
			byLast[strings.ToLower(lastWord(m.ent.name))] = m.ent
		}
	}
}

// capitalDescriptions reads "the Qatari capital" as the capital the
// article names ("DOHA, Qatar — ... talks in the Qatari capital"): the
// adjective's mention becomes a reference to the city, and no mention of
// the country. A capital the article does not name is left alone.
func (d *doc) capitalDescriptions() {
	for _, m := range d.ments {
		if !m.demonym || m.ent == nil || m.ent.kind != kg.Place || m.lo == 0 || m.hi+1 > len(d.toks) || m.hi >= len(d.toks) {
			continue
		}
		if d.toks[m.lo-1].lower != "the" || d.toks[m.hi].lower != "capital" || d.mentAt[m.hi] != nil || m.hi+1 < len(d.toks) && (d.toks[m.hi+1].lower == "city" || d.toks[m.hi+1].kind == tWord && d.toks[m.hi+1].cap) {
			continue // "the Qatari capital Doha": the name follows
		}
		var city *entity
		for _, e := range d.ents {
			if e.kind != kg.Place || e.mentions == 0 {
				continue
			}
			if p, ok := gazetteer.LookupPlace(e.name); ok && p.Capital && p.Country == m.ent.name {
				city = e
				break
			}
		}
		if city == nil {
			continue
		}
		m.ent.mentions--
		m.ent, m.kind, m.demonym, m.ref = city, kg.Place, false, true
		m.hi++
		m.end = d.toks[m.hi-1].end
		m.name = d.text[m.start:m.end]
		d.mentAt[m.hi-1] = m
	}
}

// orgWithInitials is the organization named last before toks[i] whose
// initials are the letters of acr in any order: "Forces for the Liberation
// of Tarma" for the French "FLT" or "LFT".
func (d *doc) orgWithInitials(acr string, i int) *entity {
	want := sortedLetters(acr)
	for k := i - 1; k >= 0; k-- {
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && sortedLetters(initials(m.ent.name)) == want {
			return m.ent
		}
	}
	return nil
}

// sortedLetters are the upper-case letters of s, sorted.
func sortedLetters(s string) string {
	var rs []rune
	for _, r := range strings.ToUpper(s) {
		if unicode.IsLetter(r) {
			rs = append(rs, r)
		}
	}
	slices.Sort(rs)
	return string(rs)
}

// describedApposed joins an organization the text describes ("the UN
// mission") and the name set beside it: "the UN mission in the country,
// MINUSCA, said" is MINUSCA.
func (d *doc) describedApposed() {
	for _, m := range d.ments {
		if m.ent == nil || m.kind != kg.Organization || !m.described || m.ref {
			continue
		}
		k := m.hi
		for n := 0; k < len(d.toks) && n < 6 && d.toks[k].text != ","; n++ {
			w := d.toks[k].lower
			if o := d.mentAt[k]; o != nil && o.kind == kg.Place {
				k = o.hi
				continue
			}
			if w != "in" && w != "the" && w != "of" && w != "country" && w != "region" {
				k = len(d.toks)
				break
			}
			k++
		}
		if k+2 >= len(d.toks) || d.toks[k].text != "," {
			continue
		}
		x := d.mentAt[k+1]
		if x == nil || x.lo != k+1 || x.ent == nil || x.ent == m.ent || x.kind != kg.Organization || x.described || x.ref {
			continue
		}
		if e := x.hi; e < len(d.toks) && (d.toks[e].text == "," || d.toks[e].text == ")" || sayVerbs[d.toks[e].lower]) {
			d.merge(m.ent, x.ent)
		}
	}
}

// knownByName joins an organization and the name it is known by: "the command,
// known as AFRICOM,", "the militia, known by its French initials MPLT".
func (d *doc) knownByName() {
	for k := 2; k+2 < len(d.toks); k++ {
		if d.toks[k].lower != "known" || d.inQuote[k] {
			continue
		}
		c := k - 1 // the comma after the name
		if d.toks[c].text != "," {
			if c = d.apposedBefore(k); c < 2 {
				continue
			}
		}
		n := k + 1
		if a := d.knownAsAfter(k); a > 0 {
			// "the Varnok Shoal, known in Chile as X": the place's other name
			m, x := d.mentAt[c-1], d.mentAt[a]
			if m != nil && x != nil && x.lo == a && m.ent != nil && x.ent != nil && m.ent.kind == kg.Place && x.ent.kind == kg.Place && m.ent != x.ent && !m.ref {
				d.merge(x.ent, m.ent)
				continue
			}
		}
		switch d.toks[n].lower {
		case "as":
			n++
		case "locally", "in":
			// "the militants, known locally as X", "known in Peru as X"
			if n = d.knownAsAfter(k); n == 0 {
				continue
			}
			if d.toks[n-1].lower == "the" {
				n-- // read again below
			}
		case "by":
			n++
			if n < len(d.toks) && (d.toks[n].lower == "its" || d.toks[n].lower == "the" || d.toks[n].lower == "their") {
				n++
			}
			for j := 0; j < 2 && n < len(d.toks) && d.toks[n].kind == tWord && !aliasNouns[d.toks[n].lower] && (d.mentAt[n] == nil || d.mentAt[n].demonym); j++ {
				n++ // "its French initials", "the Arabic acronym"
			}
			if n >= len(d.toks) || !aliasNouns[d.toks[n].lower] {
				continue
			}
			n++
			if n < len(d.toks) && d.toks[n].text == "," {
				n++ // "known by its French acronym, VDP"
			}
		default:
			continue
		}
		if n < len(d.toks) && d.toks[n].lower == "the" {
			n++
		}
		quoted := n+1 < len(d.toks) && d.toks[n].kind == tQuote
		if quoted {
			n++ // known by the alias “El Indio”
		}
		m, x := d.mentAt[c-1], d.mentAt[min(n, len(d.toks)-1)]
		if m != nil && !m.ref && m.ent != nil && m.ent.kind == kg.Person && x != nil && x.lo == n && x.ent != nil && x.ent != m.ent && (d.toks[k+1].lower == "by" && (quoted || x.ent.kind == kg.Person) || quoted && c == k-1) {
			d.merge(x.ent, m.ent) // "X, known by the alias “El Indio”", "X, known as “El Indio”": a name of his
			continue
		}
		if n >= len(d.toks) || x == nil || x.lo != n || x.ent == nil || x.ent.kind != kg.Organization {
			continue
		}
		var e *entity
		switch w := d.toks[c-1].lower; {
		case m != nil && !m.ref:
			if j := m.lo - 1; c == k-1 && (j > 0 && d.toks[j].lower == "the" && d.toks[j-1].lower == "of" || j >= 0 && d.toks[j].lower == "of") {
				continue // "a mission of the Nordic Union, known as X": the mission's name; not "members of the X, a militia known as Y"
			}
			e = m.ent
		case m != nil && m.ent != nil && m.ent.kind == kg.Organization && m.ent.described && !m.ent.plain && m.lo == c-2 && d.toks[m.lo].lower == "the" && insurgentNouns[d.toks[c-1].lower]:
			// "The militants, known locally as X": the group "the
			// militants" refers to, which the text named only by a
			// description ("Islamist insurgents attacked ..."), now named
			if m.ent != x.ent && x.ent.kind == kg.Organization {
				d.merge(m.ent, x.ent)
			}
			continue
		case c >= 2 && d.toks[c-2].lower == "the" && d.toks[c-1].kind == tWord && !d.toks[c-1].cap:
			// "the command, known as X": the organization whose initials
			// X spells, in any order ("the militia, known by its French
			// initials MPLT"), or whose name holds the noun; a guess at
			// what "the militia" is joins nothing
			if isAcronym(x.name) {
				e = d.orgWithInitials(x.name, c-1)
			}
			if e == nil {
				e = d.orgByNoun(w, "name", c-1)
			}
		}
		if e == nil || e == x.ent || e.kind != kg.Organization {
			continue
		}
		if m != nil && x.canon != "" && m.canon == "" && !m.ref {
			d.merge(e, x.ent) // a known organization keeps its known name
		} else {
			d.merge(x.ent, e)
		}
	}
}

// apposedBefore is the comma that opens the apposition "known" at toks[k]
// ends ("the Varnok Guard, an auxiliary force known by", "the Andean
// Council, the 12-member bloc known as"): a, an or the and a few
// lower-case words after it; -1 if the words are not those.
func (d *doc) apposedBefore(k int) int {
	for j := k - 1; j > 1 && j >= k-5; j-- {
		t := &d.toks[j]
		if t.kind != tWord && (t.kind != tNum || !strings.Contains(t.text, "-")) || t.cap && (d.mentAt[j] == nil || !d.mentAt[j].demonym) {
			return -1 // lower-case words, "12-member", and a people's adjective ("a Haitian rights group")
		}
		if t.lower == "a" || t.lower == "an" || t.lower == "the" {
			if d.toks[j-1].text == "," {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// aliasNamed joins a person and the nickname given after ", alias":
// "Rui Lopes Vidal, alias “El Gato,” the alleged head of the cell".
func (d *doc) aliasNamed() {
	for k := 2; k+1 < len(d.toks); k++ {
		if d.toks[k].lower != "alias" || d.toks[k-1].text != "," || d.inQuote[k] && d.toks[k+1].kind != tQuote {
			continue
		}
		p := d.mentAt[k-2]
		if p == nil || p.ent == nil || p.ent.kind != kg.Person || p.hi != k-1 || p.ref {
			continue
		}
		n := k + 1
		if d.toks[n].kind == tQuote && n+1 < len(d.toks) {
			n++
		}
		if x := d.mentAt[n]; x != nil && x.ent != nil && x.lo == n && x.ent != p.ent && x.ent.kind != kg.Place {
			d.merge(x.ent, p.ent)
		}
	}
}

// whichCalls is the other name in "<m>, which <someone> calls (the) X":
// X's mention, or nil.
func (d *doc) whichCalls(m *mention) *mention {
	k := m.hi
	if k+4 >= len(d.toks) || d.toks[k].text != "," || d.toks[k+1].lower != "which" {
		return nil
	}
	o := d.mentAt[k+2]
	if o == nil || o.lo != k+2 || o.hi+1 >= len(d.toks) || d.toks[o.hi].lower != "calls" && d.toks[o.hi].lower != "called" {
		return nil
	}
	j := o.hi + 1
	if d.toks[j].lower == "the" && j+1 < len(d.toks) {
		j++
	}
	if x := d.mentAt[j]; x != nil && x.lo == j {
		return x
	}
	return nil
}

// possessorsNameFor is where the noun stands in "X, <country>'s name for
// the <noun>" after mention m; 0 if the words are not those.
func (d *doc) possessorsNameFor(m *mention) int {
	k := m.hi
	if k+6 >= len(d.toks) || d.toks[k].text != "," {
		return 0
	}
	o := d.mentAt[k+1]
	if o == nil || o.lo != k+1 || o.hi+4 >= len(d.toks) {
		return 0
	}
	j := o.hi
	if w := d.toks[j].lower; w != "'s" && w != "’s" {
		return 0
	}
	if d.toks[j+1].lower != "name" || d.toks[j+2].lower != "for" || d.toks[j+3].lower != "the" {
		return 0
	}
	return j + 4
}

// knownAsAfter is where the name stands after "known" at toks[k] and "as",
// past where or by whom ("known in Chile as X", "known locally as X"); 0
// if no "as" follows within a few words.
func (d *doc) knownAsAfter(k int) int {
	for j := k + 1; j < len(d.toks) && j < k+5; j++ {
		t := &d.toks[j]
		if t.lower == "as" {
			if j+1 < len(d.toks) && d.toks[j+1].lower == "the" {
				j++
			}
			if j+1 < len(d.toks) {
				return j + 1
			}
			return 0
		}
		if !(t.lower == "in" || t.lower == "to" || t.lower == "by" || t.lower == "locally" || t.lower == "the" || d.mentAt[j] != nil) {
			return 0
		}
	}
	return 0
}

// knownWhere is where "known" stands before the "as" at toks[j] when
// only where or by whom comes between: "known in China as"; -1 if not.
func (d *doc) knownWhere(j int) int {
	for k := j - 1; k > 0 && k > j-5; k-- {
		if d.toks[k].lower == "known" {
			if k+1 < j && d.knownAsAfter(k) > 0 {
				return k
			}
			return -1
		}
		if t := &d.toks[k]; !(t.lower == "in" || t.lower == "to" || t.lower == "by" || t.lower == "locally" || t.lower == "the" || t.cap) {
			return -1
		}
	}
	return -1
}

// ---- people by office

// collectTitles gathers, for every person, the words of the offices the
// article gives them: titles before the name ("Foreign Minister X",
// "government spokesman X") and appositives ("X, the foreign minister,").
func (d *doc) collectTitles() {
	d.titles = map[*entity][]string{}
	add := func(e *entity, lo, hi int) {
		var ws []string
		for k := lo; k < hi; k++ {
			t := &d.toks[k]
			if t.kind != tWord {
				continue
			}
			w := strings.TrimSuffix(t.lower, ".")
			if len(ws) > 0 && (w == "of" || w == "for" || w == "to") {
				break // "Special Representative of the Secretary-General": the office ends at its complement
			}
			if _, ok := lookupTitle(t.text); ok || roleWords[w] || titleLead[w] || officeWords[w] {
				ws = append(ws, w)
			}
		}
		if len(ws) > 0 {
			d.titles[e] = append(d.titles[e], strings.Join(ws, " "))
		}
	}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.kind != kg.Person || m.ref {
			continue
		}
		// titles before the name, capitalised or not
		lo := m.lo
		for lo > 0 && m.lo-lo < 5 && d.mentAt[lo-1] == nil && d.toks[lo-1].kind == tWord {
			t := &d.toks[lo-1]
			w := strings.TrimSuffix(t.lower, ".")
			if _, ok := lookupTitle(t.text); !ok && !roleWords[w] && !titleLead[w] && !officeWords[w] {
				break
			}
			lo--
		}
		if m.alias != "" && m.role != "" {
			add(m.ent, m.lo, m.hi) // the titles are inside the mention
			if i := strings.Index(m.alias, m.name); i > 0 {
				// "Foreign Minister Lars Holm": the mention holds only the name
				add(m.ent, lo, m.lo)
			}
		}
		if lo < m.lo {
			add(m.ent, lo, m.lo)
		}
		// an appositive: ", the foreign minister," or ", Somali Foreign Minister,"
		if m.hi < len(d.toks) && d.toks[m.hi].text == "," && !d.verbAt(m.hi+1) && !meetVerbs[d.peek(m.hi+1)] && !sayVerbs[d.peek(m.hi+1)] {
			// but not ", met the minister": a verb, no apposition
			end := m.hi + 1
			for end < len(d.toks) && end < m.hi+9 && d.toks[end].text != "," && d.toks[end].text != "." && d.toks[end].kind != tQuote {
				end++
			}
			add(m.ent, m.hi+1, end)
		}
		// "X was elected mayor", "X became prime minister", "X was sworn in
		// as president": an office the sentence gives X
		if k := m.hi; k+1 < len(d.toks) {
			if w := d.toks[k].lower; w == "was" || w == "is" || w == "has" || w == "had" {
				k++
				if d.toks[k].lower == "been" && k+1 < len(d.toks) {
					k++
				}
			}
			if d.toks[k].lower == "sworn" && k+2 < len(d.toks) && d.toks[k+1].lower == "in" {
				k++ // "was sworn in as president"
			}
			if w := d.toks[k].lower; k+1 < len(d.toks) && (w == "elected" || w == "appointed" || w == "named" || w == "became" || w == "becomes" || w == "in" && d.toks[k-1].lower == "sworn") {
				k++
				if d.toks[k].lower == "as" && k+1 < len(d.toks) {
					k++
				}
				if k+1 < len(d.toks) && (d.toks[k].lower == "the" || d.toks[k].lower == "new") {
					k++
				}
				end := k
				for end < len(d.toks) && end < k+4 && d.toks[end].kind == tWord && d.mentAt[end] == nil {
					end++
				}
				add(m.ent, k, end)
			}
		}
		// "the foreign minister, Lars Holm,"; "the UN special envoy for the
		// Andes, Lars Holm,": past the article of the office's complement
		if m.lo >= 2 && d.toks[m.lo-1].text == "," {
			b := m.lo - 2
			for b > 0 && m.lo-b < 12 && d.toks[b].kind == tWord && (d.toks[b].lower != "the" || officePreps[d.toks[b-1].lower]) && d.toks[b].lower != "'s" && d.toks[b].lower != "\u2019s" {
				b--
			}
			if w := d.toks[b].lower; w == "the" || (w == "'s" || w == "\u2019s") && b+1 < m.lo-1 && !d.toks[b+1].cap {
				add(m.ent, b+1, m.lo-1) // "Peru's foreign minister, Lars Holm,"
			}
		}
	}
}

var refCounterpart = &refRule{
	name: "ref-counterpart",
	doc:  `"his German counterpart": the one person the article gave that country's office.`,
	cues: possessivePronouns,
	at: func(d *doc, i int) (int, *entity) {
		j := i + 1
		if j+1 >= len(d.toks) || d.toks[j+1].lower != "counterpart" {
			return 0, nil
		}
		country, ok := demonymOf(d.toks[j].text)
		if !ok {
			return 0, nil
		}
		if n := j + 2; n+1 < len(d.toks) && d.toks[n].text == "," && d.mentAt[n+1] != nil {
			return 0, nil // "his Iranian counterpart, X": the apposition names him
		}
		var found *entity
		for _, e := range d.ents {
			if e.kind != kg.Person || e.nat != country {
				continue
			}
			if found != nil {
				return 0, nil // two of them: which one is left open
			}
			found = e
		}
		if found == nil {
			return 0, nil
		}
		if m := d.mentAt[j]; m != nil && m.demonym && m.lo == j && m.hi == j+1 {
			d.mentAt[j] = nil // the adjective is part of the phrase now
		}
		return j + 2, found
	},
	examples: []refExample{
		{"German Chancellor Olaf Brandt spoke first. President Ana Costa met [her German counterpart] on Monday.", "person:olaf-brandt"},
		{"President Ana Costa met [her German counterpart] on Monday.", ""},
		{"German Chancellor Olaf Brandt spoke first. Minister Ana Costa met [her German counterpart], Eva Stein, on Monday.", ""},
	},
}

var refRole = &refRule{
	name: "ref-role",
	doc:  `"the president", "the foreign minister", "the government spokesman": the one person the article gave that office, named last before.`,
	cues: wordSet("the"),
	at: func(d *doc, i int) (int, *entity) {
		j := i + 1
		for j < len(d.toks) && refModifiers[d.toks[j].lower] {
			j++
		}
		var ws []string
		k := j
		capital := false // "the Special Envoy": an office written in capitals
		for ; k < len(d.toks) && k < j+4 && d.toks[k].kind == tWord && d.mentAt[k] == nil; k++ {
			t := &d.toks[k]
			if !t.cap && (roleWords[t.lower] || titleLead[t.lower] || officeWords[t.lower]) {
				ws = append(ws, t.lower)
				continue
			}
			if t.cap && (officeNouns[t.text] || roleWords[t.lower] && t.lower != "general") {
				ws, capital = append(ws, t.lower), true
				continue
			}
			if t.cap && capitalOfficeModifiers[t.text] {
				capital = true
				continue
			}
			break
		}
		if len(ws) == 0 || !roleWords[ws[len(ws)-1]] && !officeNouns[strings.ToUpper(ws[len(ws)-1][:1])+ws[len(ws)-1][1:]] {
			return 0, nil
		}
		if capital && k < len(d.toks) && d.toks[k].cap && d.toks[k].kind == tWord {
			return 0, nil // "the Special Envoy Ana Costa": a title before a name
		}
		if k < len(d.toks) && (d.toks[k].cap && d.toks[k].kind == tWord || d.toks[k].lower == "of" || d.toks[k].lower == "'s") {
			return 0, nil // a title before a name, or "the president of X"
		}
		return k, d.personWithOffice(ws, i)
	},
	examples: []refExample{
		{"Foreign Minister Lars Holm arrived in Riga. [The foreign minister] said the talks had failed.", "person:lars-holm"},
		{"Peru's foreign minister, Ana Costa, met Chile's president on Monday. [The minister] said the talks had gone well.", "person:ana-costa"},
		{"Rui Lopes was elected mayor of Lima on Sunday. [The new mayor] said he would fight crime.", "person:rui-lopes"},
		{"Ana Costa was sworn in as president on Monday. [The president] said she would fight crime.", "person:ana-costa"},
		{"Government spokesman Rui Lopes spoke first. \u201cWe are calm,\u201d [the government spokesman] said.", "person:rui-lopes"},
		{"Ana Costa, the prime minister, left. Later [the prime minister] said she was tired.", "person:ana-costa"},
		{"President Ana Costa met Foreign Minister Rui Lopes. [The minister] said the visit went well.", "person:rui-lopes"},
		{"Defence Minister Ana Costa and Foreign Minister Rui Lopes met. [The minister] said little.", ""},
		{"[The president] said the talks had failed.", ""},
		{"Judge Ana Costa sentenced the three men on Monday. [The judge] said the sentence should deter others.", "person:ana-costa"},
		{"A judge sentenced the three men on Monday. [The judge] said the sentence should deter others.", ""},
		{"Archbishop Rui Lopes led the mass. \u201cWe are tired,\u201d [the archbishop] told reporters.", "person:rui-lopes"},
		{"The UN Special Envoy for Peru, Lars Holm, arrived in Lima. “A truce is near,” [the Special Envoy] told reporters.", "person:lars-holm"},
		{"Ana Costa, the Special Representative of the Secretary-General, spoke first. Later [the Special Representative] said the talks had failed.", "person:ana-costa"},
		{"The UN special envoy for the Great Lakes, Lars Holm, arrived in Lima. [The envoy] met President Ana Costa.", "person:lars-holm"},
		{"The ambassador to the United Nations, Rui Lopes, spoke. Later [the ambassador] left.", "person:rui-lopes"},
		{"The head of the mission, Ana Costa, met the minister on Monday. Later [the minister] left.", ""},
	},
}

var refDescribedPerson = &refRule{
	name: "ref-described-person",
	doc:  `"the contractor said", "the security contractor told": the one person an apposition before described with that noun ("X, a British security contractor,"), as the speaker of a verb of speech.`,
	cues: wordSet("the"),
	at: func(d *doc, i int) (int, *entity) {
		k := i + 1
		for k < len(d.toks) && k < i+4 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil && !sayVerbs[d.toks[k].lower] {
			k++
		}
		if k == i+1 || k >= len(d.toks) || !sayVerbs[d.toks[k].lower] && !quoteVerbs[d.toks[k].lower] {
			return 0, nil
		}
		noun := d.toks[k-1].lower
		if roleWords[noun] || spokesNouns[noun] || orgRefNouns[noun] != "" {
			return 0, nil // offices, spokesmen and bodies have rules of their own
		}
		return k, d.describedBy(noun, i)
	},
	examples: []refExample{
		{"Rui Lopes, a British security contractor, was charged in Lima. [The security contractor] said his colleagues had tried to kill him.", "person:rui-lopes"},
		{"Rui Lopes, a British security contractor, was charged in Lima. [The contractor] told the court he was innocent.", "person:rui-lopes"},
		{"Rui Lopes, a contractor, and Ana Costa, a contractor, were charged. [The contractor] said he was innocent.", ""},
		{"[The contractor] said he was innocent.", ""},
	},
}

// describedBy is the one person before toks[i] whom an apposition
// describes with noun as its last word ("X, a British security
// contractor,"), or nil when none or several are.
func (d *doc) describedBy(noun string, i int) *entity {
	var found *entity
	for k := 1; k+2 < i; k++ {
		if d.toks[k].text != "," || d.toks[k+1].lower != "a" && d.toks[k+1].lower != "an" {
			continue
		}
		m := d.mentAt[k-1]
		if m == nil || m.ent == nil || m.ent.kind != kg.Person || m.hi != k {
			continue
		}
		for x := k + 2; x < i && x < k+7 && d.toks[x].kind == tWord && (!d.toks[x].cap || d.mentAt[x] != nil && d.mentAt[x].demonym); x++ {
			if d.toks[x].lower == noun && x+1 < len(d.toks) && (d.toks[x+1].text == "," || d.toks[x+1].text == ".") {
				if found != nil && found != m.ent {
					return nil
				}
				found = m.ent
				break
			}
		}
	}
	return found
}

var refFormerLatter = &refRule{
	name: "ref-former-latter",
	doc:  `"the former", "the latter" standing alone: the first or the second of the two actors named together ("A and B"), or the only two named, in the sentence before or earlier in its own.`,
	cues: wordSet("the"),
	at: func(d *doc, i int) (int, *entity) {
		if i+2 >= len(d.toks) {
			return 0, nil
		}
		w := d.toks[i+1].lower
		if w != "former" && w != "latter" || d.toks[i+1].cap && i > 0 {
			return 0, nil
		}
		n := &d.toks[i+2]
		if !(n.kind == tPunct || finiteAux[n.lower] || beForms[n.lower] || sayVerbs[n.lower] || attackVerbs[n.lower] || n.lower == "also" || strings.HasSuffix(n.lower, "ly") || strings.HasSuffix(n.lower, "ed")) {
			return 0, nil // "the former president": an office, not a reference
		}
		a, b := d.pairBefore(i)
		if a == nil {
			return 0, nil
		}
		if w == "former" {
			return i + 2, a
		}
		return i + 2, b
	},
	examples: []refExample{
		{"The Varnok Front and the Tarma Army are rivals. [The former] has regularly attacked parts of Peru.", "organization:varnok-front"},
		{"The Varnok Front and the Tarma Army are rivals. [The latter] said it would attack Lima.", "organization:tarma-army"},
		{"Parts of the Varnok Front have ties with the Tarma Army. [The former] has attacked Lima.", "organization:varnok-front"},
		{"Ana Costa and Rui Lopes met [the former] president on Monday.", ""},
	},
}

// pairBefore is the last two actors joined by "and" before toks[i], in
// its sentence or the one before: "A and B", "A, and B".
func (d *doc) pairBefore(i int) (*entity, *entity) {
	lo := d.sents[max(0, int(d.sentOf[i])-1)].lo
	for k := i - 1; k > lo; k-- {
		if d.toks[k].lower != "and" {
			continue
		}
		p := k - 1
		if d.toks[p].text == "," && p > lo {
			p--
		}
		q := k + 1
		if q < i && d.toks[q].lower == "the" {
			q++
		}
		a, b := d.mentAt[p], d.mentAt[min(q, i-1)]
		if a != nil && b != nil && a != b && a.ent != nil && b.ent != nil && a.ent != b.ent && b.lo == q && actorKind(a.ent) && actorKind(b.ent) && !a.demonym && !b.demonym {
			return a.ent, b.ent
		}
	}
	// "Parts of the Shabaab group have ties with al-Qaeda. The former":
	// the two actors of the sentence before, when it names just two
	var two []*entity
	for k := lo; k < i; k++ {
		m := d.mentAt[k]
		if m == nil || m.ent == nil || m.lo != k || m.demonym || !actorKind(m.ent) || slices.Contains(two, m.ent) {
			continue
		}
		if two = append(two, m.ent); len(two) > 2 {
			return nil, nil
		}
	}
	if len(two) == 2 {
		return two[0], two[1]
	}
	return nil, nil
}

var refOfficeHolder = &refRule{
	name: "ref-office-holder",
	doc:  `"Iraq's prime minister met ...", "the UN special coordinator for Lebanon held talks": the one person the article gives that office, named before or after (a wire lede names the office first and the holder in a later paragraph); of that country by a demonym ("Peruvian Prime Minister X"), or by the dateline when the title names none; no one when two fit.`,
	cues: union(titleLead, roleWords, missionOffices, optionalOfficeWords),
	at: func(d *doc, i int) (int, *entity) {
		if d.inQuote[i] || i < 2 || d.toks[i].cap || d.tcase[d.sentOf[i]] {
			return 0, nil
		}
		j := i - 1
		if w := d.toks[j].lower; w == "'s" || w == "\u2019s" {
			j--
		}
		m := d.mentAt[j]
		if m == nil || m.ent == nil || m.hi != j+1 || m.ref {
			return 0, nil
		}
		country := d.isCountry(m.ent)
		switch {
		case country && (d.possessor(m) || m.demonym && m.lo > 0 && d.toks[m.lo-1].lower == "the"):
		case m.ent.kind == kg.Organization && !m.demonym && m.lo > 0 && d.toks[m.lo-1].lower == "the" && !d.possessor(m):
		default:
			return 0, nil
		}
		var ws []string
		k := i
		for ; k < len(d.toks) && k < i+4 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil; k++ {
			w := d.toks[k].lower
			if optionalOfficeWords[w] {
				continue
			}
			if !roleWords[w] && !titleLead[w] && !missionOffices[w] {
				break
			}
			ws = append(ws, w)
		}
		if len(ws) == 0 || !roleWords[ws[len(ws)-1]] && !missionOffices[ws[len(ws)-1]] || ws[len(ws)-1] == "general" {
			return 0, nil
		}
		if k < len(d.toks) && (d.toks[k].cap && d.toks[k].kind == tWord || d.mentAt[k] != nil || d.toks[k].lower == "of") {
			return 0, nil // "Iraq's Prime Minister X", "the UN envoy X": a title before a name
		}
		if k+1 < len(d.toks) && d.toks[k].text == "," && d.mentAt[k+1] != nil {
			return 0, nil // "Iraq's prime minister, X,": the apposition names the holder
		}
		home := country && d.datelineCountry() == m.ent.name
		var hit *entity
		for e, ts := range d.titles {
			if country && e.nat != m.ent.name && (e.nat != "" || !home) {
				continue // an office without a country is the dateline's country's
			}
			for _, t := range ts {
				if tw := strings.Fields(t); tw[len(tw)-1] == ws[len(ws)-1] && containsAll(tw, ws) {
					if hit != nil && hit != e {
						return 0, nil // two hold the office: which one is left open
					}
					hit = e
				}
			}
		}
		if hit == nil {
			return 0, nil
		}
		return k, hit
	},
	examples: []refExample{
		{"LIMA (AP) - Peru's [prime minister] met Chile's president on Tuesday. Prime Minister Rui Lopes arrived on Monday.", "person:rui-lopes"},
		{"The United Nations [special coordinator] for Peru held talks in Lima. The coordinator, Ana Berg, told reporters the talks went well.", "person:ana-berg"},
		{"Peru's [foreign minister] met his Chilean counterpart. Chilean Foreign Minister Ana Berg said little.", ""},
		{"LIMA (AP) - Chile's [foreign minister] met Peru's president. Foreign Minister Ana Berg said little.", ""},
		{"Chile's [foreign minister] met Peru's president. Chilean Foreign Minister Ana Berg said little.", "person:ana-berg"},
		{"Peru's [foreign minister] met Chile's president. Foreign Minister Ana Berg and Foreign Minister Rui Lopes spoke later.", ""},
		{"Peru's [deputy foreign minister] arrived on Monday. Foreign Minister Ana Berg spoke later.", ""},
	},
}

// optionalOfficeWords may qualify an office without changing who holds
// it: "the UN special coordinator" is the coordinator.
var optionalOfficeWords = wordSet(`special top senior`)

// personWithOffice is the person named before toks[i] whose offices end
// with the same word as ws and hold all its words; the one named last
// when several fit the head word, nil when the fullest fit is not one.
func (d *doc) personWithOffice(ws []string, i int) *entity {
	head := ws[len(ws)-1]
	var full, headOnly []*entity
	for e, ts := range d.titles {
		fit := 0
		for _, t := range ts {
			tw := strings.Fields(t)
			if tw[len(tw)-1] != head && !(head == "spokesperson" && spokesNouns[tw[len(tw)-1]]) {
				continue
			}
			f := 1
			if containsAll(tw, ws) {
				f = 2
			}
			fit = max(fit, f)
		}
		switch fit {
		case 2:
			full = append(full, e)
		case 1:
			headOnly = append(headOnly, e)
		}
	}
	pick := full
	if len(ws) > 1 && len(full) == 0 {
		return nil // "the foreign minister" when no one was named foreign minister
	}
	if len(pick) == 0 {
		pick = headOnly
	}
	if len(pick) == 0 {
		return nil
	}
	if len(pick) > 1 {
		// several fit: only when one of them is named clearly later than
		// the others, i.e. the last named
		return d.lastNamedOf(pick, i, true)
	}
	if d.firstMention(pick[0]) > i {
		return nil
	}
	return pick[0]
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// lastNamedOf is the one of es named last before toks[i] (by a mention of
// its own, not a reference); with strict, nil when another of es was named
// in the same sentence as it.
func (d *doc) lastNamedOf(es []*entity, i int, strict bool) *entity {
	in := map[*entity]bool{}
	for _, e := range es {
		in[e] = true
	}
	for k := i - 1; k >= 0 && k > i-2000; k-- {
		m := d.mentAt[k]
		if m == nil || m.ref || !in[m.ent] {
			continue
		}
		if strict {
			s := d.sents[d.sentOf[k]]
			for x := s.lo; x < s.hi; x++ {
				if o := d.mentAt[x]; o != nil && !o.ref && in[o.ent] && o.ent != m.ent {
					return nil
				}
			}
		}
		return m.ent
	}
	return nil
}

// firstMention is the token of e's first own mention.
func (d *doc) firstMention(e *entity) int {
	for _, m := range d.ments {
		if m.ent == e && !m.ref {
			return m.lo
		}
	}
	return len(d.toks)
}

// ---- organizations by description

var refOrgNoun = &refRule{
	name: "ref-org-noun",
	doc:  `"the airline", "the ministry", "the group", "the rebels", "the election commission": the organization named last before whose name holds the noun (and the words before it), or failing that whose kind fits it.`,
	cues: wordSet("the"),
	at: func(d *doc, i int) (int, *entity) {
		j := i + 1
		if j+1 < len(d.toks) && d.toks[j].lower == "world" && (d.toks[j+1].lower == "body" || d.toks[j+1].lower == "organization" || d.toks[j+1].lower == "organisation") {
			return j + 2, d.namedOrg("United Nations") // "the world body": the United Nations, where the article names it
		}
		rebel := false // "the jihadist group", "the rebel group": no state's force
		for j < len(d.toks) && j < i+3 && (refModifiers[d.toks[j].lower] || modifierCompound(d.toks[j].text)) {
			// "the jihadist group"; "the Rwanda-backed rebels": who backs them is no part of what they are
			rebel = rebel || armedAdjectives[d.toks[j].lower] || d.toks[j].lower == "rebel" || d.toks[j].lower == "militant"
			j++
		}
		// "the election commission", "the national electoral council":
		// lower-case words of the body's own name before its head noun,
		// which the body must then hold
		var nameWords []string
		for n := 1; n <= 2 && j+n < len(d.toks); n++ {
			if orgRefNouns[d.toks[j+n].lower] == "" || d.toks[j+n].cap {
				continue
			}
			ok := true
			for x := j; x < j+n; x++ {
				t := &d.toks[x]
				if t.kind != tWord || t.cap || d.mentAt[x] != nil || orgRefNouns[t.lower] != "" || refModifiers[t.lower] || len(t.lower) < 3 {
					ok = false
					break
				}
			}
			if ok {
				for x := j; x < j+n; x++ {
					nameWords = append(nameWords, d.toks[x].lower)
				}
				j += n
			}
			break
		}
		owners := "" // "the owners' association": whose it is, a word of its name
		if j+2 < len(d.toks) && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentAt[j] == nil && strings.HasSuffix(d.toks[j].lower, "s") &&
			(d.toks[j+1].text == "'" || d.toks[j+1].text == "\u2019") && d.toks[j+1].start == d.toks[j].end && !d.toks[j+2].cap && orgRefNouns[d.toks[j+2].lower] != "" && orgRefNouns[d.toks[j].lower] == "" {
			owners = d.toks[j].lower
			j += 2
		}
		if j >= len(d.toks) || d.mentAt[j] != nil || d.toks[j].cap {
			return 0, nil
		}
		noun := d.toks[j].lower
		class, ok := orgRefNouns[noun]
		if !ok {
			return 0, nil
		}
		if j+1 < len(d.toks) && (d.toks[j+1].cap && d.toks[j+1].kind == tWord || d.mentAt[j+1] != nil) {
			return 0, nil // "the group Hamas": the name follows
		}
		if j+1 < len(d.toks) && (d.toks[j+1].lower == "of" && !d.gerundAt(j+2) || d.toks[j+1].lower == "'s" && roleWords[d.peek(j+2)]) {
			return 0, nil // "the ministry of ..." names another one; not "accused the army of shelling X"
		}
		if e := d.trailingSubject(i, j, class); e != nil {
			return j + 1, e // "X agreed to buy Y, the retailer said": X
		}
		if si := int(d.sentOf[i]); class == "group" && si > 0 && i > d.sents[si].lo && d.toks[i-1].text == "," {
			// "The RSF did not respond. In a statement posted online, the
			// group said": the group the sentence before was about
			if e := d.subjectOrg(si - 1); e != nil && d.groupLike(e) {
				return j + 1, e
			}
		}
		e := d.orgByNoun(noun, class, i)
		for _, w := range nameWords {
			if e != nil && !slices.Contains(strings.Fields(strings.ToLower(e.name)), w) {
				return j + 1, nil // "the election commission" is not the human rights commission named before
			}
		}
		if e != nil && owners != "" && !slices.Contains(strings.Fields(strings.ToLower(e.name)), owners) {
			return j + 1, nil // "the workers' union" is not the teachers' union named before
		}
		if e != nil && broadcastNouns[noun] && !broadcaster(e.name) {
			return j + 1, nil // "the assault on the station" after a news agency's dateline: a building
		}
		if e != nil && rebel && class == "group" && d.orgKind(e) == "state force" && !rebelNamed(strings.Fields(e.name)) {
			return j + 1, nil // "the jihadist group" after "Nigeria's army" and unnamed militants: not the army
		}
		if e == nil && (noun == "army" || noun == "military") && j == i+1 {
			e = d.countryArmy() // "the army said" in a story from Sudan, which names no army: Sudan's
		}
		return j + 1, e
	},
	examples: []refExample{
		{"Ryanair cut fares on Monday. [The airline] said bookings rose.", "organization:ryanair"},
		{"The Tarma Owners Association called a strike on Monday. The minister met leaders of [the owners' association] on Tuesday.", "organization:tarma-owners-association"},
		{"The Tarma Teachers Association called a strike on Monday. [The owners' association] said it would join.", ""},
		{"The Revolutionary Armed Forces of Peru signed a peace deal in 2016. The Peruvian Army fought them. [The army] said two soldiers died.", "organization:peruvian-army"},
		{"Gunmen from the Varnok Front gang coalition stormed Tarma. The Kestrel Guard fled. [The coalition] said it held the town.", "organization:varnok-front"},
		{"Peru's military seized power on Monday. [The army] said it would hold elections.", "organization:peruvian-military"},
		{"The Armed Forces of Peru (AFP) cleared the town. Lima police and the Rapid Support Forces watched. [The military] said four soldiers were wounded.", "organization:armed-forces-of-peru"},
		{"The Kenya Defence Forces cleared the town. [The army] said four soldiers were wounded.", "organization:kenya-defence-forces"},
		{"The Kenya Defence Forces cleared the town. The Tarma People's Defence Force fled. [The army] said four soldiers were wounded.", "organization:kenya-defence-forces"},
		{"The Varnok Aviation Authority opened an inquiry. [The authority] said it would report soon.", "organization:varnok-aviation-authority"},
		{"The Kelvaro Election Commission set the date. [The election commission] said voting would not take place in three districts.", "organization:kelvaro-election-commission"},
		{"The Kelvaro Human Rights Commission met. [The election commission] said voting would be delayed.", ""},
		{"Hamas fired rockets at Sderot. [The group] said the strikes were a warning.", "organization:hamas"},
		{"The Tarma Front fired rockets at Lima. [The al-Qaeda-linked group] said the strikes were a warning.", "organization:tarma-front"},
		{"The Tarma Front fired rockets at Lima. The Iran-backed [group] said the strikes were a warning.", "organization:tarma-front"},
		{"Gunmen ambushed a patrol of the UN peacekeeping mission VARMIS near Tarma. The United Nations condemned it. One soldier died, [the mission] said.", "organization:varmis"},
		{"The United Nations condemned the attack. [The world body] said civilians must be protected.", "organization:united-nations"},
		{"The Varnok Council condemned the attack. [The world body] said civilians must be protected.", ""},
		{"The paramilitary Varnok Front attacked Tarma. [The paramilitary group] shelled Jauja on Wednesday.", "organization:varnok-front"},
		{"The Free Varnok Army claimed the blast at the Tarn Security headquarters. [The rebel group] said it would fight on.", "organization:free-varnok-army"},
		{"The militant group Varnok Dawn attacked a mall. Lima urged the Peruvian Army to act. [The group] said it would go on.", "organization:varnok-dawn"},
		{"Nortek Inc. and the Red Cross spoke. [The company] said it regretted the loss.", "organization:nortek-inc"},
		{"The talks ended. [The company] said it regretted the loss.", ""},
		{"TARMA (AFP) - [The jihadists] struck the village of Jauja on Monday night, residents told AFP.", ""},
		{"Peru's army fought the Varnok Front. The Varnok Front accused [the army] of shelling Tarma.", "organization:peruvian-army"},
		{"LIMA, Peru — Rebels attacked a base in Tarma on Monday. [The army] said two soldiers were killed.", "organization:peruvian-army"},
		{"Rebels attacked a base on Monday. [The army] said two soldiers were killed.", ""},
		{"Peru's army said its troops had repelled an attack by militants on a base. [The jihadist group] said it had killed 20 soldiers.", ""},
		{"LIMA, Peru — The Armed Forces of Peru said the road was open. Rebels attacked a base. [The army] said two soldiers were killed.", "organization:armed-forces-of-peru"},
		{"Peru's army fought the Varnok Front. The Varnok Front met [the ministry] of Tarma.", ""},
		{"The UN refugee agency, the Varnok Relief Office, met. Peru and the United Nations spoke. [The agency] said camps were full.", "organization:varnok-relief-office"},
		{"The Varnok Relief Office, the UN refugee agency, met. Peru and the United Nations spoke. [The agency] said camps were full.", "organization:varnok-relief-office"},
		{"The Tarma Disaster Management Authority said rivers were rising. Two million people have been affected, [the agency] said.", "organization:tarma-disaster-management-authority"},
		{"The Tarma Meteorological Service said rivers were rising. Two million people have been affected, [the agency] said.", "organization:tarma-meteorological-service"},
		{"UNHCR said 20,000 people had arrived. [The agency] said its appeal for Peru was underfunded.", "organization:un-high-commissioner-for-refugees"},
		{"The Fair Trade Commission fined Kestrel Freight. [The regulator] said the firm had lied.", "organization:fair-trade-commission"},
		{"The Varnok Warning Center issued an alert. [The centre] noted that waves could reach Tarma.", "organization:varnok-warning-center"},
		{"The Varnok Warning Center issued an alert. Shops in [the center] of Tarma closed.", ""},
		{"Varnok Retail Inc. agreed to buy television maker Kestrel Vision, [the retailer] said.", "organization:varnok-retail-inc"},
		{"Kestrel Chips Inc. rose. Varnok Retail Inc. agreed to buy Tavel Foods Inc., [the company] said.", "organization:varnok-retail-inc"},
		{"LIMA (Reuters) - Varnok Retail Inc. agreed to buy Tavel Foods Inc., [the company] said.", "organization:varnok-retail-inc"},
		{"Varnok TV aired the interview. [The station] said it stood by it.", "organization:varnok-tv"},
		{"The Varnok Support Forces shelled a camp. Doctors Without Borders treated the wounded. The Varnok Support Forces did not respond to a request for comment. In a statement posted online, [the group] said its fighters had repelled an attack.", "organization:varnok-support-forces"},
		{"The Tarma Army fights the junta. The attacks were recorded by the UN human rights office. [The group] has since captured the town of Ann.", "organization:tarma-army"},
		{"LIMA (AFP) - Gunmen attacked a police post. [The station] was hit by rockets.", ""},
		{"The Armed Forces of Peru denied the report, calling it an invention meant to justify [the rebels]' advance.", ""},
		{"Islamist insurgents attacked Tarma on Monday. The governor told state broadcaster VTV that [the fighters] had fled.", "organization:peruvian-insurgents"},
		{"Islamist insurgents attacked Tarma on Monday. Doctors Without Borders treated nine people. [The militants] pledged allegiance to the group in 2019.", "organization:peruvian-insurgents"},
		{"Insurgents attacked Tarma on Monday, according to Varnok Data, a conflict monitoring group. [The militants] pledged allegiance to the group in 2019.", "organization:peruvian-insurgents"},
	},
}

// oneOppositionParty is the one organization the article calls the
// opposition by name ("the opposition Varnok Party", "main opposition
// party X", "the opposition's X"), or nil when none or several.
func (d *doc) oneOppositionParty() *entity {
	var one *entity
	for _, m := range d.ments {
		if m.ent == nil || m.ent.kind != kg.Organization || m.ref || m.lo == 0 {
			continue
		}
		k := m.lo - 1
		if orgNouns[d.toks[k].lower] && k > 0 {
			k-- // "the opposition party X"
		}
		if d.toks[k].lower != "opposition" {
			continue
		}
		if one != nil && one != m.ent {
			return nil
		}
		one = m.ent
	}
	return one
}

// countryArmy is the army of the country the article is about, for "the
// army" where the article names none: an actor the text describes, kept
// only when a relation needs it. Nil when the country is not clear.
func (d *doc) countryArmy() *entity {
	c := d.mainCountry()
	if c == "" {
		return nil
	}
	dem, ok := gazetteer.DemonymFor(c)
	if !ok {
		return nil
	}
	if ce := d.entityNamed(c); ce != nil {
		if f := d.forcesFor(ce); f != nil && f != ce && f.mentions > 0 {
			return f // named further away than "the army" looks back: "the Malian Armed Forces"
		}
	}
	for _, e := range d.ents {
		if e.kind == kg.Organization && e.mentions > 0 && !d.describedArmy[e] && nationalForces(strings.ToLower(e.name)) && !rebelNamed(strings.Fields(e.name)) &&
			(strings.Contains(e.name, c) || strings.Contains(e.name, dem)) {
			return e // "the Armed Forces of the Philippines"
		}
	}
	name := dem + " army"
	if o, ok := gazetteer.LookupOrg(name); ok {
		name = o.Name // "Congolese army" is the FARDC
		if e := d.byKey[d.key(kg.Organization, name)]; e != nil && e.mentions > 0 {
			return e
		}
	}
	e := d.byKey[d.key(kg.Organization, name)]
	if e == nil {
		e = d.entityFor(kg.Organization, name)
		e.described = true
		if d.describedArmy == nil {
			d.describedArmy = map[*entity]bool{}
		}
		d.describedArmy[e] = true
		for _, f := range matchForms(name) {
			e.aliases[f] = true
		}
	}
	if d.describedArmy[e] {
		e.mentions++ // kept only as an end of a relation (extract.go's keep)
	}
	return e
}

// nationalForces reports the lower-case name of a state's whole armed
// forces: "armed forces of peru", "kenya defence forces", "uganda people's
// defence force"; not of a force apart from the army ("rapid support
// forces") nor of a local militia ("kani people's defence force").
func nationalForces(lname string) bool {
	for _, f := range []string{"armed forces", "defence force", "defense force"} {
		before, after, ok := strings.Cut(lname, f)
		if !ok {
			continue
		}
		before = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(before), "people's"))
		if _, ok := gazetteer.Demonym(before); ok || isCountry(before) {
			return true // "sudanese armed forces", "kenya defence forces"
		}
		if before != "" && before != "the" {
			return false // "revolutionary armed forces of colombia": rebels
		}
		after = strings.TrimPrefix(strings.TrimPrefix(after, "s"), " of ")
		return after != "" && isCountry(after) // "armed forces of the philippines"
	}
	return false
}

// oneArmedGroup is the one armed group the article has named before
// toks[i], for a bare "insurgents" or "militants" in a story about it;
// nil when it names none or several.
func (d *doc) oneArmedGroup(i int) *entity {
	var g *entity
	for k := 0; k < i; k++ {
		m := d.mentAt[k]
		if m == nil || m.ent == nil || m.ent.kind != kg.Organization || m.ref || m.described {
			continue
		}
		k = m.hi - 1
		if d.orgKind(m.ent) != "armed" || m.ent == g {
			continue
		}
		if g != nil {
			return nil
		}
		g = m.ent
	}
	return g
}

// firstNamedWithin reports an entity first named by name in one of the n
// sentences after toks[i]'s.
func (d *doc) firstNamedWithin(e *entity, i, n int) bool {
	for k := range d.toks {
		if m := d.mentAt[k]; m != nil && m.ent == e && !m.ref && !m.described {
			gap := int(d.sentOf[k]) - int(d.sentOf[i])
			return gap > 0 && gap <= n // not "the rebels attacked the X Front": the group they fought
		}
	}
	return false
}

// groupLike reports an organization "the group" may stand for: an armed
// group, a paramilitary force ("Rapid Support Forces") or one of no known
// kind that is no building; not a government, a state's own armed forces
// or a news outlet.
func (d *doc) groupLike(e *entity) bool {
	lname := strings.ToLower(e.name)
	switch d.orgKind(e) {
	case "armed":
		return true
	case "state force":
		w := lastWord(lname)
		return (w == "forces" || w == "force") && !nationalForces(lname)
	case "":
		return !buildingNouns[lastWord(lname)]
	}
	return false
}

// broadcaster reports a name that says it broadcasts: "Varnok TV",
// "Radio Tarma", "Kestrel Broadcasting Corp.".
func broadcaster(name string) bool {
	for _, w := range strings.Fields(strings.ToLower(name)) {
		if broadcastWords[strings.Trim(w, ".,")] {
			return true
		}
	}
	return false
}

// trailingSubject is the organization that opens the sentence when "the
// <noun>" at toks[i:j+1] speaks in a trailing attribution ("X agreed to buy
// Y, the retailer said") and its kind fits the noun; nil otherwise.
func (d *doc) trailingSubject(i, j int, class string) *entity {
	si := int(d.sentOf[i])
	if i == 0 || d.toks[i-1].text != "," || j+1 >= len(d.toks) || !sayVerbs[d.toks[j+1].lower] {
		return nil
	}
	e := d.sentenceSubject(si)
	if lo := d.pastDateline(d.sents[si].lo, i); lo > d.sents[si].lo {
		// "LIMA (Reuters) - X agreed ..., the company said": the subject
		// after the dateline
		e = nil
		if m := d.mentAt[lo]; m != nil && m.ent != nil && !d.possessor(m) {
			e = m.ent
		}
	}
	if e == nil || e.kind != kg.Organization {
		return nil
	}
	switch k := d.orgKind(e); {
	case k == class, k == "" && class != "name", class == "any" && k != "media":
		return e
	}
	return nil
}

// aliasHasWord reports a name the gazetteer knows e by that holds the
// word w: "UN refugee agency" for "agency".
func (d *doc) aliasHasWord(e *entity, w string) bool {
	o, ok := gazetteer.LookupOrg(e.name)
	if !ok {
		return false
	}
	for _, a := range o.Aliases {
		for _, x := range strings.Fields(strings.ToLower(a)) {
			if x == w {
				return true
			}
		}
	}
	return false
}

var refHisOrg = &refRule{
	name: "ref-his-org",
	doc:  `"his party", "her union", "his company": the body the person named last before is named with ("Varnok Movement politician Rui Lopes", "Rui Lopes of the Varnok Party"); another party named before may be a rival's.`,
	cues: wordSet("his her"),
	at: func(d *doc, i int) (int, *entity) {
		j := i + 1
		if j >= len(d.toks) || d.mentAt[j] != nil || d.toks[j].cap || !memberBodies[d.toks[j].lower] {
			return 0, nil
		}
		if j+1 < len(d.toks) && (d.toks[j+1].cap && d.toks[j+1].kind == tWord || d.mentAt[j+1] != nil || d.toks[j+1].lower == "of" || d.toks[j+1].lower == "'s" || d.toks[j+1].lower == "\u2019s") {
			return 0, nil // "his party, the Varnok Front," "his party's leader": another reading
		}
		p := d.personNamedBefore(i)
		if p == nil {
			return 0, nil // no one for the pronoun to stand for
		}
		return j + 1, d.affiliationOf(p, i)
	},
	examples: []refExample{
		{"Rui Lopes of the Varnok Party was shot dead. [His party] condemned the killing.", "organization:varnok-party"},
		{"Ana Costa, a member of the Tarma Teachers Union, was arrested. [Her union] said the arrest was illegal.", "organization:tarma-teachers-union"},
		{"The Tarma Party won the vote. Rui Lopes said [his party] would not join it.", ""},
		{"Varnok Movement politician Rui Lopes was shot dead. [His party] condemned the killing.", "organization:varnok-movement"},
		{"Rui Lopes was shot dead. [His party] condemned the killing.", ""},
	},
}

// personNamedBefore is the person named last before toks[i] in its sentence or
// the two before it.
func (d *doc) personNamedBefore(i int) *entity {
	lo := d.sents[max(0, int(d.sentOf[i])-2)].lo
	for k := i - 1; k >= lo; k-- {
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Person && !d.inQuote[k] {
			return m.ent
		}
	}
	return nil
}

// affiliationOf is the organization a person is named with before toks[i]:
// "Varnok Movement politician Rui Lopes", "Rui Lopes of the Varnok
// Movement", "Rui Lopes, a senator of the Varnok Movement"; nil if none.
func (d *doc) affiliationOf(p *entity, i int) *entity {
	org := func(k int) *entity {
		if k >= 0 && k < len(d.toks) {
			if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Organization {
				return m.ent
			}
		}
		return nil
	}
	for k := 0; k < i; k++ {
		m := d.mentAt[k]
		if m == nil || m.ent != p || m.lo != k || m.ref {
			continue
		}
		k = m.hi - 1
		b := m.lo - 1
		for b >= 0 && b > m.lo-3 && (roleWords[d.toks[b].lower] || personNouns[d.toks[b].lower]) {
			b-- // "Varnok Movement politician Rui Lopes"
		}
		if b < m.lo-1 {
			if e := org(b); e != nil {
				return e
			}
		}
		a := m.hi
		if a < len(d.toks) && d.toks[a].text == "," {
			a++ // "Rui Lopes, a senator of the Varnok Movement"
			for a < len(d.toks) && a < m.hi+5 && d.toks[a].lower != "of" && d.toks[a].kind == tWord && !d.toks[a].cap {
				a++
			}
		}
		if a+1 < len(d.toks) && d.toks[a].lower == "of" {
			a++
			if d.toks[a].lower == "the" {
				a++
			}
			if e := org(a); e != nil {
				return e
			}
		}
	}
	return nil
}

// orgByNoun is the organization named last before toks[i] within a few
// paragraphs whose name holds noun, or, for the kinds that allow it, whose
// kind fits: an armed group for "the rebels", a company for "the airline".
func (d *doc) orgByNoun(noun, class string, i int) *entity {
	sing := strings.TrimSuffix(noun, "s")
	for k := i - 1; k >= 0 && k > i-400; k-- {
		m := d.mentAt[k]
		if m == nil || m.ent == nil || m.ent.kind != kg.Organization {
			continue
		}
		k = m.lo
		lname := strings.ToLower(m.ent.name)
		if noun == "government" && (strings.HasSuffix(lname, " forces") || strings.HasSuffix(lname, " troops")) {
			continue // "the government" is not "government forces"
		}
		if forceSynonyms[noun] && d.orgKind(m.ent) == "armed" && !d.describedAs(m, noun) {
			continue // "the army" is no rebel "National Liberation Army"
		}
		if noun == "police" && i < len(d.toks) && d.otherCountrysForce(m.ent, int(d.sentOf[i])) {
			continue // "Amid Kenya's unrest, X was killed by police": not the "Indonesian police" of another story
		}
		for _, w := range strings.Fields(lname) {
			if w == noun || w == sing || strings.TrimSuffix(w, "s") == sing || w == otherSpelling[noun] || forceSynonyms[noun] && forceSynonyms[w] || noun == "agency" && agencyHeads[w] {
				return m.ent // "the army" is "Myanmar's military" too; "the agency" the "Disaster Management Authority"
			}
		}
		if forceSynonyms[noun] && nationalForces(lname) {
			return m.ent // "the military" is the "Armed Forces of Peru"
		}
		if d.describedAs(m, noun) {
			return m.ent
		}
		if class == "armed" && m.ent.described && !m.ent.plain && insurgentNouns[lastWord(lname)] && insurgentNouns[noun] {
			return m.ent // "the militants", "the fighters": the insurgents the text described before
		}
	}
	if noun == "agency" {
		// "UNHCR said ... The agency said": a body the gazetteer calls
		// an agency ("the UN refugee agency")
		for k := i - 1; k >= 0 && k > i-400; k-- {
			if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Organization {
				if d.aliasHasWord(m.ent, noun) {
					return m.ent
				}
				k = m.lo
			}
		}
	}
	if class == "name" {
		return nil
	}
	// the one of the kind the article names most (the last named of
	// them on a tie), else the last one of no known kind
	var best, armed, force, unknown *entity
	for k := i - 1; k >= 0 && k > i-400; k-- {
		m := d.mentAt[k]
		if m == nil || m.ent == nil || m.ent.kind != kg.Organization || m.ref || d.platform(m) {
			continue
		}
		k = m.lo
		if k > 0 && (d.toks[k-1].lower == "an" || d.toks[k-1].lower == "a") {
			continue // "an al-Qaeda affiliate": a modifier
		}
		if d.possessor(m) && m.hi+1 < len(d.toks) && affiliateNouns[d.toks[m.hi+1].lower] {
			continue // "X, al Qaeda's affiliate in the Sahel, ... The group said": X, not al Qaeda
		}
		if k > 0 && noun != "company" && noun != "firm" && orgRefNouns[d.toks[k-1].lower] == "company" && d.toks[k-1].lower != noun {
			continue // "the retailer" is not "television maker Vizio"
		}
		if k > 0 && class == "armed" && (orgRefNouns[d.toks[k-1].lower] == "media" || orgRefNouns[d.toks[k-1].lower] == "company") {
			continue // "the fighters" are not "state broadcaster X"
		}
		switch c := d.orgKind(m.ent); {
		case c == class, class == "any" && c != "government" && c != "media", class == "agency" && c == "government":
			if best == nil || m.ent.mentions > best.mentions {
				best = m.ent
			}
		case class == "group" && c == "armed":
			// "the group" is an armed group when the article names one
			if armed == nil || m.ent.mentions > armed.mentions {
				armed = m.ent
			}
		case class == "group" && c == "state force":
			if force == nil {
				force = m.ent // "the rebel group" may be a "Liberation Army", failing any other
			}
		case class == "group" && c != "government" && c != "media" && !buildingNouns[strings.ToLower(lastWord(m.ent.name))]:
			if best == nil {
				best = m.ent // else the one named last; but "the group" is no "Saudi Hospital"
			}
		case c == "" && unknown == nil && !(class == "armed" && (businessName(m.ent.name) || d.civilApposition(m))):
			unknown = m.ent // but "the rebels" are no airline, nor "X, a conflict monitoring group"
		}
	}
	if armed != nil {
		return d.affiliateOf(armed)
	}
	if best != nil {
		return d.affiliateOf(best)
	}
	if force != nil {
		return force
	}
	return unknown
}

// outletOf reports a name said to be another's outlet: "its Varnok radio
// station", "its Varnok news agency".
func (d *doc) outletOf(m *mention) bool {
	k := m.hi
	if m.lo == 0 || !possessivePronouns[d.toks[m.lo-1].lower] || k+1 >= len(d.toks) {
		return false
	}
	w := d.toks[k].lower
	return (broadcastWords[w] || w == "news" || w == "media") && (broadcastNouns[d.toks[k+1].lower] || mediaNouns[d.toks[k+1].lower] || d.toks[k+1].lower == "wing" || d.toks[k+1].lower == "arm" || d.toks[k+1].lower == "foundation")
}

// affiliateOf is the one affiliate of e the article names, whose name is
// e's and a region's ("Islamic State Sahel Province" for "Islamic State"):
// where a story names a group's branch and the group, "the group" is the
// branch it tells of. Else e.
func (d *doc) affiliateOf(e *entity) *entity {
	var aff *entity
	for _, o := range d.ents {
		if o == e || o.kind != kg.Organization || o.mentions == 0 || !strings.HasPrefix(o.name, e.name+" ") || !affiliateHeads[lastWord(o.name)] {
			continue
		}
		if aff != nil {
			return e
		}
		aff = o
	}
	if aff == nil {
		return e
	}
	return aff
}

// namedOrg is the organization of that name the article names, or nil.
func (d *doc) namedOrg(name string) *entity {
	for _, e := range d.ents {
		if e.kind == kg.Organization && e.mentions > 0 && e.name == name {
			return e
		}
	}
	return nil
}

// civilApposition reports an apposition after m that makes it a civil
// body: "X, a conflict monitoring group", "X, a rights watchdog", "X, the
// humanitarian charity".
func (d *doc) civilApposition(m *mention) bool {
	k := m.hi
	if k+2 >= len(d.toks) || d.toks[k].text != "," || !determiners[d.toks[k+1].lower] {
		return false
	}
	for j := k + 2; j < len(d.toks) && j < k+8 && d.toks[j].kind == tWord; j++ {
		if civilWords[d.toks[j].lower] {
			return true
		}
	}
	return false
}

// businessName reports a name with a company's or a flight's word in it:
// "Varnok Airlines", "Flight VA17".
func businessName(name string) bool {
	for _, w := range strings.Fields(name) {
		if companyWords[w] || mediaWords[w] || w == "Flight" {
			return true
		}
	}
	return false
}

// saysIn reports a verb of speech outside quotations in sentence si.
func (d *doc) saysIn(si int) bool {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if !d.inQuote[k] && sayVerbs[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// rebelNamed reports a force's name that marks it a rebel one: "Free
// Syrian Army", "National Liberation Army", "Irish Republican Army".
func rebelNamed(ws []string) bool {
	for _, w := range ws[:len(ws)-1] {
		if rebelNameWords[w] {
			return true
		}
	}
	return regionalArmy(ws)
}

// regionalArmy reports an army named after a people or a region, with no
// country in its name: "Arakan Army", "Kachin Independence Army"; not
// "Pakistan Army", "Sudanese National Army" nor "National Army".
func regionalArmy(ws []string) bool {
	if len(ws) < 2 || ws[len(ws)-1] != "Army" || stateArmyWords[ws[0]] {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
		if p, ok := gazetteer.LookupPlace(w); ok && p.Kind == gazetteer.Country {
			return false
		}
		if _, ok := gazetteer.Demonym(w); ok {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false // "the Arakan army" written as a common noun phrase is read elsewhere
		}
	}
	return true
}

// inPlaceOf reports "in the English city of X" before toks[k].
func (d *doc) inPlaceOf(k, lo int) bool {
	if k < lo+3 || d.toks[k-1].lower != "of" || !placeNouns[d.toks[k-2].lower] {
		return false
	}
	for j := k - 3; j >= lo && j > k-7; j-- {
		if d.toks[j].lower == "in" {
			return true
		}
	}
	return false
}

// describedAs reports an apposition that calls the mention m a noun:
// "the UN refugee agency, UNHCR," or "UNHCR, the UN refugee agency,".
func (d *doc) describedAs(m *mention, noun string) bool {
	b := m.lo - 1
	if b >= 0 && d.toks[b].lower == "the" {
		b--
	}
	if b > 0 && d.toks[b].text == "," && d.toks[b-1].lower == noun {
		return true
	}
	if p := m.lo - 1; p > 0 && d.toks[p].lower == noun && !d.toks[p].cap && d.mentAt[p] == nil && orgRefNouns[noun] == "name" && noun != "agency" {
		return true // "the UN peacekeeping mission MINUSCA": the noun before the name
	}
	if m.hi+2 < len(d.toks) && d.toks[m.hi].text == "," && d.toks[m.hi+1].lower == "the" {
		for k := m.hi + 2; k < len(d.toks) && k < m.hi+7 && d.toks[k].kind == tWord; k++ {
			if d.toks[k].lower == noun {
				return k+1 < len(d.toks) && (d.toks[k+1].text == "," || d.toks[k+1].text == ".")
			}
		}
	}
	// "the Varnok gang coalition": the nouns written after the name
	for k := m.hi; k < len(d.toks) && k < m.hi+2 && d.toks[k].kind == tWord && !d.toks[k].cap && orgNouns[d.toks[k].lower]; k++ {
		if d.toks[k].lower == noun && noun != "group" {
			return true // but "the Islamic State group": "the group" may be its branch (affiliateOf)
		}
	}
	return false
}

// orgKind guesses what an organization is from its name and how the
// article acts with it: "company", "armed" (a group that is no state's),
// "state force", "agency" (a public body), "media", "government" or "".
func (d *doc) orgKind(e *entity) string {
	if d.kinds == nil {
		d.kinds = map[*entity]string{}
	}
	if c, ok := d.kinds[e]; ok {
		return c
	}
	c := ""
	ws := strings.Fields(e.name)
	last := strings.TrimSuffix(ws[len(ws)-1], ".")
	lower := strings.ToLower(e.name)
	switch {
	case strings.HasSuffix(lower, " government") || strings.HasSuffix(lower, " administration") || strings.HasPrefix(lower, "ministry") || strings.Contains(lower, " ministry"):
		c = "government"
	case strings.Contains(lower, "news agency") || strings.Contains(lower, "press agency") || mediaWords[last] || mediaWords[last[strings.LastIndexByte(last, '-')+1:]]:
		c = "media" // "Amaq News Agency": an outlet, no government agency
	case agencyWords[last]:
		c = "agency"
	case gazetteer.IsOrgSuffix(last) || companyWords[last]:
		c = "company"
	case (stateForceWords[last] || len(ws) > 1 && stateForceWords[strings.ToUpper(last[:1])+last[1:]]) && rebelNamed(ws):
		c = "armed" // "Free Syrian Army", "National Liberation Army": a rebel force
	case stateForceWords[last] || len(ws) > 1 && stateForceWords[strings.ToUpper(last[:1])+last[1:]] ||
		strings.Contains(lower, "mission") || strings.HasSuffix(lower, "-led coalition"):
		// "the Malian Army", and as often "the Malian army"
		c = "state force"
	case armedWords[last]:
		c = "armed"
	case forcesOfCountry(e.name):
		c = "state force" // "Armed Forces of the Democratic Republic of the Congo"
	case armedPeopleNouns[last] && len(ws) > 1 && (peopleGroups[ws[0]] || len(ws) > 2 && peopleGroups[ws[1]]):
		c = "armed" // a people's armed men: "Druze gunmen"
	}
	if c == "" {
		// the article's own words: "the company X", "X fighters", "X attacked"
		for _, m := range d.ments {
			if m.ent != e || m.ref {
				continue
			}
			if m.lo > 0 && companyNouns[d.toks[m.lo-1].lower] && !(m.lo > 1 && (insurgentNouns[d.toks[m.lo-2].lower] || armedAdjectives[d.toks[m.lo-2].lower])) {
				c = "company" // not "the militant group X"
				break
			}
			if p := m.lo - 1; p > 0 && (d.toks[p].text == "," || d.toks[p].lower == "the") && (orgRefNouns[d.toks[p-1].lower] == "media" || d.toks[p-1].lower == "arm" && p > 1 && (d.toks[p-2].lower == "media" || d.toks[p-2].lower == "propaganda")) {
				c = "media" // "its propaganda outlet, X", "the newspaper X": an outlet
				break
			}
			if m.hi < len(d.toks) && (insurgentNouns[d.toks[m.hi].lower] || m.lo > 0 && insurgentNouns[strings.TrimSuffix(d.toks[m.lo-1].lower, "s")+"s"]) {
				c = "armed" // "Hamas militants", "the rebel group X"
				break
			}
			if m.lo > 1 && (d.toks[m.lo-1].lower == "group" || d.toks[m.lo-1].lower == "movement") && (insurgentNouns[d.toks[m.lo-2].lower] || armedAdjectives[d.toks[m.lo-2].lower]) {
				c = "armed" // "the Somali militant group X", "the jihadist group X"
				break
			}
		}
	}
	d.kinds[e] = c
	return c
}

// forcesOfCountry reports a state's forces named head first: "Armed Forces
// of Ukraine", "Army of the Republic of Peru"; not "Democratic Forces for
// the Liberation of Rwanda", a rebel group, nor "Liberation Army of Peru".
func forcesOfCountry(name string) bool {
	head, rest, ok := strings.Cut(name, " of ")
	if !ok {
		return false
	}
	ws := strings.Fields(head)
	if len(ws) == 0 || !stateForceWords[ws[len(ws)-1]] || rebelNamed(ws) {
		return false
	}
	p, known := gazetteer.LookupPlace(strings.TrimPrefix(rest, "the "))
	return known && p.Kind == gazetteer.Country
}

// ---- places by description

var refPlace = &refRule{
	name: "ref-place",
	doc:  `"the city", "the town", "the country": the place of that kind named last before, within a few paragraphs.`,
	cues: wordSet("the"),
	at: func(d *doc, i int) (int, *entity) {
		j := i + 1
		if j < len(d.toks) && (compass[d.toks[j].lower] || d.toks[j].lower == "capital" && d.peek(j+1) == "city") {
			j++ // "the northern city", "the capital city"
		}
		if j >= len(d.toks) || d.mentAt[j] != nil || d.toks[j].cap {
			return 0, nil
		}
		want, ok := placeRefNouns[d.toks[j].lower]
		if !ok {
			return 0, nil
		}
		if n := d.peek(j + 1); n == "of" || n == "'s" || j+1 < len(d.toks) && d.toks[j+1].cap && d.toks[j+1].kind == tWord {
			return 0, nil // "the city of Lviv", "the town Kidal": the name follows
		}
		for k := i - 1; k >= 0 && k > i-600; k-- {
			m := d.mentAt[k]
			if m == nil || m.ent == nil || m.ent.kind != kg.Place || m.ref || m.demonym {
				continue
			}
			k = m.lo
			p, known := gazetteer.LookupPlace(m.ent.name)
			switch {
			case want == "country" && known && p.Kind == gazetteer.Country,
				want == "city" && (known && p.Kind == gazetteer.City || !known),
				want == "capital" && known && p.Capital,
				want == "region" && known && p.Kind == gazetteer.Subdivision,
				want == "site" && strings.HasSuffix(strings.ToLower(m.ent.name), " "+d.toks[j].lower):
				return j + 1, m.ent
			}
		}
		return 0, nil
	},
	examples: []refExample{
		{"Rockets hit Kharkiv overnight. Russia said it had struck [the city] because of its factories.", "place:kharkiv"},
		{"Peru closed the border. Ana Costa said [the country] would reopen it.", "place:peru"},
		{"Ana Costa flew to Lima. She visited [the city] of Cusco.", ""},
		{"Shells hit the Abu Varnok camp on Monday. The army said rebels had shelled [the camp] from the east.", "place:abu-varnok-camp"},
		{"Shells hit Tarma on Monday. The army said rebels had shelled [the camp] from the east.", ""},
	},
}

// ---- pronouns

var refIt = &refRule{
	name: "ref-it",
	doc:  `"it" or "they" as the subject of a verb of speech or action, and "its" or "their" before an attack or a force: the organization or country that is the subject the sentences before name last.`,
	cues: wordSet("it they its their"),
	at: func(d *doc, i int) (int, *entity) {
		if d.inQuote[i] {
			return 0, nil
		}
		w := d.toks[i].lower
		v := i + 1
		if w == "its" || w == "their" {
			for v < len(d.toks) && v < i+4 && (eventMods[d.toks[v].lower] || d.toks[v].lower == "air" || weaponNouns[d.toks[v].lower] && v+1 < len(d.toks) && attackNouns[d.toks[v+1].lower]) {
				v++ // "its air strikes", "their drone attacks"
			}
			if v >= len(d.toks) || !(attackNouns[d.toks[v].lower] || forceNouns[d.toks[v].lower]) {
				return 0, nil
			}
		} else {
			for v < len(d.toks) && v < i+3 && (skippable[d.toks[v].lower] || d.toks[v].lower == "also") {
				v++
			}
			if v >= len(d.toks) || !(sayVerbs[d.toks[v].lower] || weakSayVerbs[d.toks[v].lower] || quoteVerbs[d.toks[v].lower] || claimVerbs[d.toks[v].lower] || attackVerbs[d.toks[v].lower] ||
				accuseVerbs[d.toks[v].lower] || blameVerbs[d.toks[v].lower] || dismissVerbs[d.toks[v].lower] ||
				launchVerbs[d.toks[v].lower] && d.toks[v].lower != "made" || d.toks[v].lower == "responded" || d.toks[v].lower == "retaliated") {
				return 0, nil
			}
		}
		si := int(d.sentOf[i])
		if w == "its" || w == "their" {
			for k := i - 1; k > d.sents[si].lo && k > i-12; k-- {
				if e, _ := d.accusedAt(k, d.sents[si].lo); e != nil {
					return i + 1, e // "accused Chile of seeking pretexts to continue its attacks": Chile's
				}
			}
			k := i - 1
			if k > d.sents[si].lo && d.toks[k].lower == "that" {
				k--
			}
			if k > d.sents[si].lo && sayVerbs[d.toks[k].lower] && !d.toks[k].cap {
				if e, _ := d.subjectOf(k, d.sents[si].lo); e != nil && (e.kind == kg.Organization || d.isCountry(e)) {
					return i + 1, e // "X, which backs the government, said its aircraft struck": the speaker's
				}
			}
		}
		if (w == "its" || w == "their") && si > 0 && d.opensClause(i) {
			// "Al-Shabaab, which is linked to al-Qaeda, has regained ground.
			// On Monday, its fighters stormed a base": the subject of the
			// sentence before, not a name in its clauses
			if e := d.subjectOrg(si - 1); e != nil {
				return i + 1, e
			}
		}
		plural := w == "they" || w == "their"
		lo := d.sents[max(0, si-2)].lo
		if plural {
			lo = d.sents[max(0, si-1)].lo // "they" looks back one sentence only
		}
		if !plural && si > 0 && d.sents[si].lo == i && w == "it" && !attackVerbs[d.toks[v].lower] {
			// "It said" opening a sentence: the organization that was the
			// subject of the sentence before, not one its clause names
			if e := d.subjectOrg(si - 1); e != nil {
				return i + 1, e
			}
		}
		if !plural && w == "it" && si > 0 && i >= d.sents[si].lo+2 && d.toks[i-1].lower == "and" && d.toks[i-2].text == "," && d.toks[d.sents[si].lo].lower == "it" {
			// "It said ..., and it warned": the same "it" as the sentence's
			// first, not an organization its first clause names
			if e := d.subjectOrg(si - 1); e != nil {
				return i + 1, e
			}
		}
		from := i - 1
		afterQuote := i > d.sents[si].lo+1 && d.toks[i-1].kind == tQuote && (d.toks[i-2].text == "," || d.toks[i-2].text == "." || d.toks[i-2].text == "?" || d.toks[i-2].text == "!")
		if !plural && w == "it" && afterQuote && sayVerbs[d.toks[v].lower] && si > 0 {
			// "“The coalition remains committed ...,” it said": the
			// speaker of the sentence before, not a name in the quotation
			if e := d.subjectOrg(si - 1); e != nil {
				return i + 1, e
			}
		}
		if !plural && w == "it" && i > d.sents[si].lo && d.toks[i-1].text == "," && sayVerbs[d.toks[v].lower] && (v+1 >= d.sents[si].hi || d.toks[v+1].kind == tPunct) {
			// "Air defences shot down 79 of the drones, it said.": the
			// speaker of the sentences before, not a name in the clause
			if si > 0 {
				if e := d.subjectOrg(si - 1); e != nil {
					return i + 1, e
				}
			}
			from = d.sents[si].lo - 1
		}
		for k := from; k >= lo; k-- {
			m := d.mentAt[k]
			if m == nil || m.ent == nil || d.inQuote[k] {
				continue
			}
			k = m.lo
			if d.possessor(m) || m.demonym {
				continue
			}
			j := m.lo - 1
			if j > lo && d.toks[j].lower == "the" {
				j--
			}
			if j >= lo && (d.toks[j].lower == "told" || d.toks[j].lower == "tells") && d.sentOf[j] == d.sentOf[i] {
				return 0, nil // "survivors told VOA they believed": those who told, not whom they told
			}
			switch {
			case m.ent.kind == kg.Organization && (d.platform(m) || d.outletOf(m)):
				continue // "posted on Telegram. It said": where it was said; "carried by its Varnok radio station, saying its fighters"
			case m.ent.kind == kg.Organization:
				return i + 1, m.ent
			case m.ent.kind == kg.Place && !plural && isCountry(m.ent.name) && d.leadsClause(m):
				return i + 1, m.ent
			case m.ent.kind == kg.Person:
				return 0, nil // a person is nearer: "it" is no actor then
			}
		}
		return 0, nil
	},
	examples: []refExample{
		{"The Varnok Front claimed the attack in a statement carried by its Tarnaq radio station, saying [its] fighters had won.", "organization:varnok-front"},
		{"The Andean Council against Varnok said [its] aircraft had struck hideouts in the mountains.", "organization:andean-council"},
		{"Peru's army fought the Varnok Front in Tarma. The Andean Council said it had sent observers. \u201cThe Varnok Front must stop,\u201d [it] said in a statement.", "organization:andean-council"},
		{"Several survivors told the Varnok Times [they] believed the Tarma Front had carried out the attack.", ""},
		{"The Varnok Times reported the raid. [It] said four people died.", "organization:varnok-times"},
		{"The Varnok Front that backs the government said [its] aircraft had struck Tarma Guard positions.", "organization:varnok-front"},
		{"The Varnok Front that backs the government, which has refrained from strikes since 2022, said [its] aircraft had struck Tarma Guard positions.", "organization:varnok-front"},
		{"The Varnok Front claimed the raid. It said its fighters had hit the base because the Peruvian Army was working with a rival group, and [it] warned that more attacks would follow.", "organization:varnok-front"},
		{"Ryanair rejected the report on Monday. [It] said the data were wrong.", "organization:ryanair"},
		{"The Kestrel Lawyers group said Varnok Guard drones hit a camp. [It] said the attack killed seven.", "organization:kestrel-lawyers"},
		{"Russia moved troops to the border. [It] said the drills were routine.", "place:russia"},
		{"The Peruvian Air Force said Chile launched 100 drones overnight. Air defence units shot down 79 of them, and the Chilean army lost four, [it] said.", "organization:peruvian-air-force"},
		{"The Varnok Front attacked Tarma. In a statement posted on Telegram, the group denied it. [It] accused the army of lying.", "organization:varnok-front"},
		{"A previously unknown group calling itself the Varnok Council claimed the bombing in a statement faxed to Al Jazeera. [It] said it had punished traitors.", "organization:varnok-council"},
		{"Hamas said the plan had failed. [It] also accused Israel of stalling.", "organization:hamas"},
		{"In a statement posted online, Hamas said the Red Cross was barred. [It] also accused Israel of stalling.", "organization:hamas"},
		{"The Pacific Warning Center issued an alert. [They] mentioned that a tsunami was possible.", "organization:pacific-warning-center"},
		{"The Pacific Warning Center issued an alert. Residents fled. Ana Costa stayed. [They] said a tsunami was possible.", ""},
		{"Ana Costa read the report. [It] said the data were wrong.", ""},
		{"The Chilean army said [it] had carried out airstrikes on Putre.", "organization:chilean-army"},
		{"Russia said on Monday that [its] air strikes on Idlib would go on.", "place:russia"},
		{"The Varnok Front, which is linked to the Tarma Council, has regained ground. On Monday, [its] fighters stormed an army base.", "organization:varnok-front"},
		{"The Varnok Front controls most of the city, according to the United Nations. [Its] fighters attacked a police station.", "organization:varnok-front"},
		{"The Varnok Front said it backed the truce and accused Chile of seeking pretexts to continue [its] attacks on Peru.", "place:chile"},
	},
}

// opensClause reports toks[i] as the first word of its sentence, or the
// first after an opening adverbial ("On Monday, its fighters").
func (d *doc) opensClause(i int) bool {
	s := d.sents[d.sentOf[i]]
	if i == s.lo {
		return true
	}
	if !clauseBreakers[d.toks[s.lo].lower] || d.toks[i-1].text != "," {
		return false
	}
	for k := s.lo + 1; k < i-1; k++ {
		if d.toks[k].kind == tPunct || d.toks[k].kind == tQuote || d.mentAt[k] != nil && d.mentAt[k].ent != nil {
			return false
		}
	}
	return true
}

// subjectOrg is the organization or country that opens sentence si as its
// subject, or nil (a person opening it, or none).
func (d *doc) subjectOrg(si int) *entity {
	s := d.sents[si]
	lo := s.lo
	if clauseBreakers[d.toks[lo].lower] || d.toks[lo].lower == "meanwhile" {
		// "In a statement posted online, the group said": past the
		// opening adverbial
		for k := lo + 1; k < s.hi && k < lo+15; k++ {
			if d.toks[k].text == "," {
				lo = k + 1
				break
			}
		}
	}
	if e := d.calledItself(lo, s.hi); e != nil {
		return e // "A previously unknown group calling itself X claimed ..."
	}
	for k := lo; k < s.hi && k < lo+4; k++ {
		m := d.mentAt[k]
		if m == nil || m.ent == nil || d.inQuote[k] {
			continue
		}
		if d.possessor(m) || m.demonym || !d.leadsClause(m) {
			return nil
		}
		if m.ent.kind == kg.Organization || m.ent.kind == kg.Place && isCountry(m.ent.name) {
			j := m.hi
			for j < s.hi && j < m.hi+3 && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentAt[j] == nil {
				j++
			}
			if p := d.mentAt[min(j, s.hi-1)]; j > m.hi && p != nil && p.ent != nil && p.ent.kind == kg.Person && p.lo == j {
				return nil // "US soul singer Ana Costa died": the country describes her
			}
			return m.ent
		}
		return nil
	}
	return nil
}

// calledItself reads a subject that introduces an organization by the name
// it gives itself: "A (previously unknown) group calling itself X",
// "a militia known as X", at toks[lo:hi]; X or nil.
func (d *doc) calledItself(lo, hi int) *entity {
	if lo >= hi || d.toks[lo].lower != "a" && d.toks[lo].lower != "an" {
		return nil
	}
	for k := lo + 1; k+1 < hi && k < lo+8; k++ {
		w := d.toks[k].lower
		if d.toks[k].kind != tWord || d.mentAt[k] != nil {
			return nil
		}
		n := k + 1
		switch {
		case w == "calling" && d.toks[n].lower == "itself" || w == "calling" && d.toks[n].lower == "themselves":
			n++
		case w == "known" && d.toks[n].lower == "as", w == "called":
			if w == "known" {
				n++
			}
		default:
			continue
		}
		if n < hi && d.toks[n].lower == "the" {
			n++
		}
		if m := d.mentAt[min(n, hi-1)]; n < hi && m != nil && m.ent != nil && m.ent.kind == kg.Organization && m.lo == n {
			return m.ent
		}
		return nil
	}
	return nil
}

// leadsClause reports whether mention m opens its sentence or clause: the
// subject of what follows.
func (d *doc) leadsClause(m *mention) bool {
	s := d.sents[d.sentOf[m.lo]]
	p := m.lo - 1
	if p >= s.lo && d.toks[p].lower == "the" {
		p--
	}
	return p < s.lo || d.toks[p].text == "," || d.toks[p].lower == "and" || d.toks[p].lower == "but"
}

// ---- statements and spokespeople speak for their issuer

// collectIssuers finds, for each statement noun the article writes, who
// issued it: "X's statement", "a statement from|by X", "X issued a
// statement", "in a statement, X said".
func (d *doc) collectIssuers() {
	d.issuer = map[int]*entity{}
	for n := range d.toks {
		if !statementNouns[d.toks[n].lower] || d.inQuote[n] {
			continue
		}
		at := n
		if d.mentAt[n] != nil {
			continue
		}
		if d.toks[n].cap {
			// "X released its 2012 World Growth Report": a statement
			// the title names; its issuer is read from where the title
			// starts
			for at > 0 && d.sentOf[at-1] == d.sentOf[n] && (d.toks[at-1].cap && d.toks[at-1].kind == tWord || d.toks[at-1].kind == tNum) && d.mentAt[at-1] == nil {
				at--
			}
		}
		if e := d.issuerOf(at); e != nil {
			d.issuer[n] = e
		}
	}
}

func (d *doc) issuerOf(n int) *entity {
	s := d.sents[d.sentOf[n]]
	// "X's statement", "X's lawyers' statement"
	k := n - 1
	for k > s.lo && k > n-3 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil && d.toks[k].lower != "'s" {
		k--
	}
	if k > s.lo && (d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s") {
		if m := d.mentAt[k-1]; m != nil && m.ent != nil && actorKind(m.ent) {
			return m.ent
		}
	}
	// "a statement (issued|released) from|by X"
	for k := n + 1; k < s.hi && k < n+4; k++ {
		w := d.toks[k].lower
		if w == "from" || w == "by" || w == "of" {
			if e := d.actorAt(k+1, s.hi); e != nil {
				return e
			}
			break
		}
		if !issueVerbs[w] && w != "jointly" {
			break
		}
	}
	// "X issued a statement"
	k = n - 1
	for k > s.lo && k > n-4 && (d.toks[k].lower == "a" || d.toks[k].lower == "an" || d.toks[k].lower == "the" || d.toks[k].lower == "its" || d.toks[k].lower == "their" || d.toks[k].lower == "joint" || d.toks[k].lower == "written" || d.toks[k].lower == "new") {
		k--
	}
	if k > s.lo && issueVerbs[d.toks[k].lower] {
		if e, _ := d.subjectOf(k, s.lo); e != nil && actorKind(e) {
			return e
		}
	}
	// "In a statement, X said"
	if k >= s.lo && d.toks[k].lower == "in" && n+1 < s.hi && d.toks[n+1].text == "," {
		if e := d.actorAt(n+2, s.hi); e != nil {
			return e
		}
	}
	// "X claimed the attack in a statement": the subject of the verb before
	if k > s.lo && d.toks[k].lower == "in" {
		for v := k - 1; v > s.lo && v > k-8; v-- {
			w := d.toks[v].lower
			if sayVerbs[w] || weakSayVerbs[w] || issueVerbs[w] {
				if e, _ := d.subjectOf(v, s.lo); e != nil && actorKind(e) {
					return e
				}
				break
			}
		}
	}
	return nil
}

// speaksAt reports whether the phrase toks[lo:hi] stands as the subject
// of a speech verb: one follows it (past "from X", auxiliaries and
// adverbs), or one stands right before it ("said a statement from X").
func (d *doc) speaksAt(lo, hi int) bool {
	if lo > 0 && (quoteVerbs[d.toks[lo-1].lower] || sayVerbs[d.toks[lo-1].lower]) {
		return true
	}
	if lo > 1 && d.toks[lo-1].lower == "to" && d.toks[lo-2].lower == "according" && d.toks[lo].lower == "the" &&
		(hi >= len(d.toks) || d.toks[hi].lower != "from" && d.toks[hi].lower != "by" && d.toks[hi].lower != "of") {
		return true // "..., according to the statement"; "according to a statement from X" is X's
	}
	k := hi
	if k < len(d.toks) && (d.toks[k].lower == "from" || d.toks[k].lower == "by" || d.toks[k].lower == "of") {
		k++
		for k < len(d.toks) && k < hi+6 && (d.mentAt[k] != nil || d.toks[k].lower == "the" || d.toks[k].lower == "'s") {
			k++
		}
	}
	for k < len(d.toks) && k < hi+8 && (skippable[d.toks[k].lower] || d.toks[k].lower == "also") {
		k++
	}
	if k >= len(d.toks) {
		return false
	}
	w := d.toks[k].lower
	return sayVerbs[w] || weakSayVerbs[w] || quoteVerbs[w] || w == "read" || w == "reads"
}

// actorAt is the person, organization or country named at toks[k], past
// "the", when it is no possessor of something else ("Ryanair's lawyers"
// speak for Ryanair all the same).
func (d *doc) actorAt(k, hi int) *entity {
	if k < hi && d.toks[k].lower == "the" {
		k++
	}
	if k >= hi {
		return nil
	}
	if m := d.mentAt[k]; m != nil && m.ent != nil && actorKind(m.ent) && !m.demonym {
		return m.ent
	}
	return nil
}

func actorKind(e *entity) bool {
	return e.kind == kg.Person || e.kind == kg.Organization || e.kind == kg.Place && isCountry(e.name)
}

var refStatement = &refRule{
	name: "ref-statement",
	doc:  `"the statement said", "a statement from X said", "the report states": the statement speaks for whoever issued it.`,
	cues: wordSet("the a an its their this"),
	at: func(d *doc, i int) (int, *entity) {
		n := i + 1
		for n < len(d.toks) && n < i+3 && d.toks[n].kind == tWord && !d.toks[n].cap && !statementNouns[d.toks[n].lower] && d.mentAt[n] == nil {
			n++ // "the joint statement", "the cabinet statement"
		}
		if n >= len(d.toks) || !statementNouns[d.toks[n].lower] || d.mentAt[n] != nil {
			return 0, nil
		}
		// only as a speaker: "the statement said", "said a statement from X"
		if !d.speaksAt(i, n+1) {
			return 0, nil
		}
		if e := d.issuer[n]; e != nil {
			return n + 1, e
		}
		if d.toks[i].lower != "the" && d.toks[i].lower != "its" && d.toks[i].lower != "their" && d.toks[i].lower != "this" {
			return 0, nil
		}
		// "the statement said": the statement issued last
		for k := n - 1; k >= 0 && k > n-400; k-- {
			if e := d.issuer[k]; e != nil && statementNouns[d.toks[k].lower] {
				return n + 1, e
			}
		}
		// "The Houthis said X. The statement said Y.": the organization
		// that spoke in the sentence before
		if si := int(d.sentOf[i]); si > 0 && d.toks[i].lower == "the" {
			if e := d.subjectOrg(si - 1); e != nil && d.saysIn(si-1) {
				return n + 1, e
			}
		}
		// "its statement": the organization "it" is
		return 0, nil
	},
	examples: []refExample{
		{"Kestrel Freight issued a statement on Friday. [The statement] said profits fell.", "organization:kestrel-freight"},
		{"Kestrel Bank released its 2012 Tarma Growth Report on Friday. [The report] found that incomes rose in the north.", "organization:kestrel-bank"},
		{"\u201cWe will appeal,\u201d said [a statement] from Kestrel Freight.", "organization:kestrel-freight"},
		{"[The statement] said profits fell.", ""},
		{"The Houthis said the strikes had killed ten people. [The statement] said the group would fight on.", "organization:houthis"},
		{"The Houthis fought on. [The statement] said the group would fight on.", ""},
		{"US singer Ana Costa died on Thursday, her publicist Rui Lopes stated. [The statement] said she was 76.", ""},
		{"The Islamic State group claimed the attack in a statement. [The statement] said two fighters carried it out.", "organization:islamic-state"},
		{"The Houthis said the strikes had killed ten people. Two ports were hit, according to [the statement].", "organization:houthis"},
		{"The Varnok Institute released a study on Monday. [The study] found that incomes rose.", "organization:varnok-institute"},
	},
}

var refSpokesperson = &refRule{
	name: "ref-spokesperson",
	doc:  `"a spokesman for X", "a spokeswoman for the ministry" speak for X, unless the spokesperson is named.`,
	cues: wordSet("a an the"),
	at: func(d *doc, i int) (int, *entity) {
		j := i + 1
		for j < len(d.toks) && j < i+3 && refModifiers[d.toks[j].lower] {
			j++
		}
		if j+2 >= len(d.toks) || !spokesNouns[d.toks[j].lower] && d.toks[j].lower != "spokesperson" {
			return 0, nil
		}
		if d.toks[j+1].lower != "for" && d.toks[j+1].lower != "of" {
			return 0, nil
		}
		e := d.actorAt(j+2, len(d.toks))
		if e == nil && d.toks[j+2].lower == "the" {
			if k := j + 3; k < len(d.toks) {
				if class, ok := orgRefNouns[d.toks[k].lower]; ok {
					e = d.orgByNoun(d.toks[k].lower, class, j+2)
				}
			}
		}
		if e == nil {
			return 0, nil
		}
		end := j + 2 // past the actor: "for (the) X"
		if d.peek(end) == "the" {
			end++
		}
		if m := d.mentAt[min(end, len(d.toks)-1)]; m != nil {
			end = m.hi
		} else {
			end++
		}
		// a named spokesperson is the speaker: ", (Brigadier General) Lars Holm, said"
		if end+1 < len(d.toks) && d.toks[end].text == "," {
			for k := end + 1; k < len(d.toks) && k < end+6; k++ {
				if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Person {
					return 0, nil
				}
				if _, title := d.isTitle(k); !title {
					break
				}
			}
		}
		return j + 1, e
	},
	examples: []refExample{
		{"\u201cWe regret the delay,\u201d said [a spokeswoman] for Kestrel Freight.", "organization:kestrel-freight"},
		{"Kestrel Freight cut jobs. [A spokesman] for the company said more cuts would follow.", "organization:kestrel-freight"},
		{"The strikes were carried out by the Saudi-led coalition, according to [a spokesman] for the coalition, Brigadier General Ali Saad.", ""},
	},
}

// ---- the country's bodies

var refCountryBody = &refRule{
	name: "ref-country-body",
	doc:  `"the country's electoral commission", "the nation's army": the body of the country the article is about, as "the Peruvian electoral commission".`,
	cues: wordSet("country nation"),
	at: func(d *doc, i int) (int, *entity) {
		if i == 0 || d.toks[i-1].lower != "the" || i+2 >= len(d.toks) || d.toks[i+1].lower != "'s" && d.toks[i+1].lower != "\u2019s" || d.inQuote[i] {
			return 0, nil
		}
		k := i + 2
		hi := -1
		for j := k; j < len(d.toks) && j < k+3 && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentAt[j] == nil; j++ {
			w := d.toks[j].lower
			if orgNounsAfterActor[w] || bodyHeads[w] || w == "ministry" {
				hi = j + 1
			}
		}
		if hi < 0 || hi < len(d.toks) && d.toks[hi].kind == tWord && !d.toks[hi].cap && (orgNounsAfterActor[d.toks[hi].lower] || bodyHeads[d.toks[hi].lower]) {
			return 0, nil
		}
		body := d.text[d.toks[k].start:d.toks[hi-1].end]
		for _, e := range d.ents {
			// "the Malawi Electoral Commission ... the country's electoral
			// commission": the body the article has named
			if e.kind == kg.Organization && e.mentions > 0 && strings.Contains(fold(e.name), fold(body)) {
				return hi, e
			}
		}
		c := d.mainCountry()
		dem, ok := gazetteer.DemonymFor(c)
		if c == "" || !ok {
			return 0, nil
		}
		return hi, d.describedOrg(dem + " " + body)
	},
	names: true,
	examples: []refExample{
		{"Ana Costa won Peru's presidential election, the [country's electoral commission] announced on Monday.", "organization:peruvian-electoral-commission"},
		{"Peru closed its border. The [country's] economy grew.", ""},
		{"The Peru Electoral Commission met. Ana Costa won, the [country's electoral commission] said.", "organization:peru-electoral-commission"},
	},
}

// namedOrgWith reports an organization the article names whose name
// holds the word w ("ministry"), in any case.
func (d *doc) namedOrgWith(w string) bool {
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 {
			continue
		}
		for _, x := range strings.Fields(strings.ToLower(e.name)) {
			if x == w {
				return true
			}
		}
	}
	return false
}

// ministerPortfolio is the portfolio, in lower case, of "<Portfolio>
// Minister" in the sentence of toks[i] or the one before ("Petroleum
// Minister X"), when one minister's portfolio is named there; "" if not.
func (d *doc) ministerPortfolio(i int) string {
	si := int(d.sentOf[i])
	lo := d.sents[max(0, si-1)].lo
	found := ""
	for k := lo + 1; k < i; k++ {
		if d.toks[k].text != "Minister" || !d.toks[k-1].cap || !ministryWords[d.toks[k-1].lower] || d.toks[k-1].lower == "prime" {
			continue
		}
		w := d.toks[k-1].lower
		if found != "" && found != w {
			return "" // two ministers: which ministry is not told
		}
		found = w
	}
	return found
}

// ministryCountryDemonym is the adjective of the country whose ministry
// an unnamed "the health ministry" of sentence si is: the country the
// sentence places things in, else the dateline's, else the article's.
func (d *doc) ministryCountryDemonym(si int) (string, bool) {
	c := d.storyCountry(si)
	if c == "" {
		return "", false
	}
	return d.demonymFor(c)
}

// storyCountry is the country sentence si places things in, else the
// dateline's, else the one the article is about; "" if none is clear.
func (d *doc) storyCountry(si int) string {
	if c := d.countryIn(si); c != "" {
		return c
	}
	if c := d.datelineCountry(); c != "" {
		return c
	}
	return d.mainCountry()
}

// onePlacePolice is the police of the one town or province the article
// names a police force after ("the Tarma police"), an organization of its
// own; nil when it names none or several.
func (d *doc) onePlacePolice() *entity {
	if d.policePlaceRead {
		if d.policePlace == nil {
			return nil
		}
		return d.entityFor(kg.Organization, d.policePlace.name+" police")
	}
	d.policePlaceRead = true // read once: "police" may recur thousands of times
	var place *entity
	for i := 1; i < len(d.toks); i++ {
		if d.toks[i].lower != "police" || d.toks[i].cap || d.inQuote[i] {
			continue
		}
		m := d.mentAt[i-1]
		if m == nil || m.ent == nil || m.ref || m.ent.kind != kg.Place || m.demonym || m.hi != i || d.isCountry(m.ent) || d.possessor(m) {
			continue // a name only: references are still being read
		}
		if place != nil && place != m.ent {
			return nil
		}
		place = m.ent
	}
	if place == nil {
		return nil
	}
	d.policePlace = place
	return d.entityFor(kg.Organization, place.name+" police")
}

// oneNamedPolice is the one police force the article names ("the
// National Police Service", "the Tarma State Police Command"), nil when it
// names none or several.
func (d *doc) oneNamedPolice() *entity {
	var found *entity
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 || e.described || !policeName(e.name) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// policeName reports a police force's name: "National Police Service",
// "Carabineros de Chile", "Gendarmerie Nationale"; not "Military Police"
// or a police station.
func policeName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || ws[0] == "Military" || ws[0] == "Riot" || ws[0] == "Inspector" || strings.Contains(name, "Station") || strings.Contains(name, "Academy") || strings.Contains(name, "Reserve") {
		return false
	}
	for _, w := range ws {
		if w == "Police" || w == "Carabineros" || w == "Gendarmerie" || w == "Constabulary" {
			return true
		}
	}
	return false
}

// sourcedAt reports a source phrase right before toks[j] (its article):
// "according to the ministry", "according to a statement from the
// presidency".
func (d *doc) sourcedAt(j int) bool {
	k := j - 1
	if k > 0 && (d.toks[k].lower == "from" || d.toks[k].lower == "by") {
		k--
		if k < 0 || !statementNouns[d.toks[k].lower] {
			return false
		}
		for k--; k > 0 && (d.toks[k].lower == "a" || d.toks[k].lower == "the" || d.toks[k].lower == "joint" || d.toks[k].lower == "written"); k-- {
		}
	}
	return k > 0 && d.toks[k].lower == "to" && d.toks[k-1].lower == "according"
}

var refLeaderOffice = &refRule{
	name: "ref-leader-office",
	doc:  `"the prime minister's office said", "the president's office": the office of that leader of the country the article is about ("Peruvian Prime Minister's Office", also "the Office of the Prime Minister of Peru").`,
	cues: wordSet("the"),
	at: func(d *doc, i int) (int, *entity) {
		k := i + 1
		title := ""
		switch {
		case k+1 < len(d.toks) && d.toks[k].text == "prime" && d.toks[k+1].text == "minister":
			title, k = "Prime Minister", k+2
		case k < len(d.toks) && (d.toks[k].text == "president" || d.toks[k].text == "premier"):
			title, k = "President", k+1
			if d.toks[k-1].text == "premier" {
				title = "Premier"
			}
		default:
			return 0, nil
		}
		if k+1 >= len(d.toks) || d.toks[k].lower != "'s" && d.toks[k].lower != "\u2019s" || d.toks[k+1].text != "office" || d.inQuote[i] {
			return 0, nil
		}
		for x := i + 1; x <= k+1; x++ {
			if d.mentAt[x] != nil {
				return 0, nil
			}
		}
		c := d.storyCountry(int(d.sentOf[i]))
		dem, ok := d.demonymFor(c)
		if c == "" || !ok {
			return 0, nil
		}
		e := d.describedOrg(dem + " " + title + "'s Office")
		e.aliases[title+"'s Office"] = true
		e.aliases["Office of the "+title+" of "+c] = true
		return k + 2, e
	},
	names: true,
	examples: []refExample{
		{"LIMA, Peru (AP) — Protesters marched on Monday. [The prime minister's office] said it had ordered an inquiry.", "organization:peruvian-prime-ministers-office"},
		{"Protesters marched in Lima, Peru. [The president's office] said the talks had been useful.", "organization:peruvian-presidents-office"},
		{"Protesters marched on Monday. [The prime minister's office] said it had ordered an inquiry.", ""},
	},
}

var refPortfolioMinistry = &refRule{
	name: "ref-portfolio-ministry",
	doc:  `"the health ministry said", "according to (a statement from) the defence ministry": the ministry of that portfolio the article has named, or that of the country the article is about ("Lebanese health ministry"); "Energy Minister X met ..., the ministry said", where the article names no ministry: the minister's.`,
	cues: wordSet("the a"),
	at: func(d *doc, i int) (int, *entity) {
		k := i + 1
		for k < len(d.toks) && k < i+4 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil && ministryWords[d.toks[k].lower] {
			k++ // "the public health ministry"
		}
		if k >= len(d.toks) || d.toks[k].lower != "ministry" || d.toks[k].cap || d.inQuote[i] || d.mentAt[k] != nil {
			return 0, nil
		}
		if k == i+1 {
			// "Petroleum Minister X met ..., the ministry said": the
			// ministry of the portfolio of the minister just named, where
			// the article names no ministry
			if d.toks[i].lower != "the" || !d.speaksAt(i, k+1) || d.namedOrgWith("ministry") {
				return 0, nil
			}
			w := d.ministerPortfolio(i)
			if w == "" {
				return 0, nil
			}
			dem, ok := d.ministryCountryDemonym(int(d.sentOf[i]))
			if !ok {
				return 0, nil
			}
			return k + 1, d.describedOrg(dem + " " + w + " ministry")
		}
		hi := k + 1
		speaks := hi // "a health ministry official said": the official speaks for the ministry
		if hi < len(d.toks) && ministrySpokes[d.toks[hi].lower] {
			speaks = hi + 1
			if speaks < len(d.toks) && (d.mentAt[speaks] != nil || d.toks[speaks].cap) {
				return 0, nil // "the interior ministry spokesman, Brig Gen X,": the named spokesman speaks
			}
		}
		according := i > 1 && d.toks[i-1].lower == "to" && d.toks[i-2].lower == "according" || d.sourcedAt(i)
		if d.toks[i].lower == "a" && speaks == hi || !according && !d.speaksAt(i, speaks) || hi < len(d.toks) && (d.toks[hi].lower == "of" || d.toks[hi].lower == "in") {
			return 0, nil // only as a speaker; "the health ministry of X", "the health ministry in X" name theirs
		}
		hi = speaks
		body := d.text[d.toks[i+1].start:d.toks[k].end]
		for _, e := range d.ents {
			// "Lebanon's health ministry said ... the health ministry said"
			if e.kind == kg.Organization && e.mentions > 0 && strings.Contains(fold(e.name), fold(body)) {
				return hi, e
			}
		}
		dem, ok := d.ministryCountryDemonym(int(d.sentOf[i]))
		if !ok {
			return 0, nil
		}
		return hi, d.describedOrg(dem + " " + body)
	},
	names: true,
	examples: []refExample{
		{"Ghana's Petroleum Minister Kofi Mensah will travel to Beijing next week, according to a statement from [the petroleum ministry].", "organization:ghanaian-petroleum-ministry"},
		{"Mali signed the deal. [The mines ministry] said the deal was fair.", "organization:malian-mines-ministry"},
		{"LIMA, Peru (AP) \u2014 Three soldiers were killed in Tarma on Thursday, [the defence ministry] said.", "organization:peruvian-defence-ministry"},
		{"Chilean strikes killed 40 people in Peru, according to [the health ministry].", "organization:peruvian-health-ministry"},
		{"Peru's health ministry said 40 people died. Nine were children, [the health ministry] said.", "organization:peruvian-health-ministry"},
		{"[The health ministry] building was closed.", ""},
		{"LIMA, Peru (AP) \u2014 Energy Minister Rui Lopes met the company's executives on Monday, [the ministry] said.", "organization:peruvian-energy-ministry"},
		{"LIMA, Peru (AP) \u2014 Energy Minister Rui Lopes met Mines Minister Ana Costa on Monday, [the ministry] said.", ""},
		{"LIMA, Peru (AP) \u2014 [A health ministry official] said 43 people were being treated in hospitals.", "organization:peruvian-health-ministry"},
	},
}

// demonymFor is the adjective of country c as the article writes it
// ("Nepali", where it does), else the usual one ("Nepalese").
func (d *doc) demonymFor(c string) (string, bool) {
	if a, ok := d.articleDemonym(c); ok {
		return a, true
	}
	for _, e := range d.ents {
		// "the Nepali Army": the adjective the article's own names use
		if first, _, ok := strings.Cut(e.name, " "); ok && e.kind == kg.Organization && e.mentions > 0 {
			if cc, ok := gazetteer.Demonym(first); ok && cc == c && !strings.HasSuffix(first, "s") {
				return first, true
			}
		}
	}
	return gazetteer.DemonymFor(c)
}

// describedOrg is the organization a description names ("Kosovan
// police", "Somali government"): one the article has named in one of the
// description's official forms ("Kosovo Police", "the Federal Government
// of Somalia") when there is one, else an entity of its own.
func (d *doc) describedOrg(name string) *entity {
	if e := d.byKey[d.key(kg.Organization, name)]; e != nil && e.mentions > 0 {
		return e
	}
	for _, f := range matchForms(name) {
		if e := d.byKey[d.key(kg.Organization, f)]; e != nil && e.mentions > 0 {
			return e
		}
	}
	return d.entityFor(kg.Organization, name)
}

// ---- the police

// otherCountrysForce reports a force named after a country ("Indonesian
// police") where sentence si names places of other countries only ("Amid
// Kenya's unrest, X was killed by police at Eldoret"): the sentence's
// police are those of the country it is in.
func (d *doc) otherCountrysForce(e *entity, si int) bool {
	first, _, _ := strings.Cut(e.name, " ")
	own, ok := gazetteer.Demonym(first)
	if !ok {
		return false
	}
	c := d.onlyCountryNamed(si)
	return c != "" && c != own
}

// placeCountry is the country a place is or lies in, "" when unknown.
func placeCountry(e *entity) string {
	if isCountry(e.name) {
		return e.name
	}
	return e.country
}

// onlyCountryNamed is the one country whose places (or itself) sentence si
// names, past possessives and demonyms; "" for none or several.
func (d *doc) onlyCountryNamed(si int) string {
	s := d.sents[si]
	one := ""
	for k := s.lo; k < s.hi; k++ {
		m := d.mentAt[k]
		if m == nil || m.ent == nil || m.ent.kind != kg.Place || m.demonym || m.lo != k {
			continue
		}
		c := placeCountry(m.ent)
		if c == "" {
			continue
		}
		if one != "" && c != one {
			return ""
		}
		one = c
	}
	return one
}

var refPolice = &refRule{
	name: "ref-police",
	doc:  `"police said", "the rebels attacked", "government forces shelled", "the presidency said": the police, rebels, forces or presidency of the country the article is about ("Brazilian police", "Libyan rebels", "Ghanaian presidency"), an organization of its own.`,
	cues: wordSet("police rebels insurgents opposition government security presidency"),
	at: func(d *doc, i int) (int, *entity) {
		if i > 0 && d.toks[i].lower == "police" && !d.inQuote[i] {
			// "Lima police said": the city's police, an organization of
			// its own, not the city
			if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.ent.kind == kg.Place && !m.demonym && m.hi == i && !d.isCountry(m.ent) && !d.possessor(m) {
				return i + 1, d.entityFor(kg.Organization, m.ent.name+" police")
			}
		}
		if d.inQuote[i] || i > 0 && (d.toks[i-1].cap && d.toks[i-1].kind == tWord && !d.atStart(i-1, d.sents[d.sentOf[i-1]]) || d.mentAt[i-1] != nil) {
			return 0, nil // "Ohio police", "Brazilian police": a name of its own
		}
		hi := i + 1
		noun := d.toks[i].lower
		bareGov := false
		if noun == "government" || noun == "security" {
			// "government forces", "security forces"; "the government said":
			// the country's government
			if hi < len(d.toks) && (d.toks[hi].lower == "forces" || noun == "government" && (d.toks[hi].lower == "troops" || d.toks[hi].lower == "soldiers")) {
				hi++
				noun += " forces" // "government troops" are its forces
			} else if noun == "government" && i > 0 && d.toks[i-1].lower == "the" && (d.govActs(hi) || d.govNamed(i, hi)) {
				bareGov = true
			} else {
				return 0, nil
			}
		}
		// only as a speaker or an actor: "police said", "said police",
		// "rebels attacked", "shelled by government forces"
		v := hi
		for v < len(d.toks) && v < hi+3 && skippable[d.toks[v].lower] {
			v++
		}
		w := d.peek(v)
		acts := sayVerbs[w] || weakSayVerbs[w] || policeVerbs[w] || attackVerbs[w] || claimVerbs[w] || extraQuoteVerbs[w] || appealVerbs[w] || accuseVerbs[w] // "the presidency condemned the attack and said"
		said := i > 0 && (quoteVerbs[d.toks[i-1].lower] || sayVerbs[d.toks[i-1].lower])
		p := d.peek(i - 1)
		if p == "the" {
			p = d.peek(i - 2)
		}
		if p == "and" && noun == "government forces" && d.betweenBefore(i) {
			p = "between" // "fighting between the militants and government troops"
		}
		if !acts && !said && !bareGov && p != "by" && p != "between" && p != "with" && p != "against" {
			return 0, nil
		}
		if noun == "opposition" {
			if p := d.oneOppositionParty(); p != nil {
				return hi, p // "the opposition Varnok Party ... The opposition accuses": that party
			}
		}
		if noun == "rebels" || noun == "insurgents" {
			if g := d.oneArmedGroup(i); g != nil {
				return hi, g // "Insurgents raided X" in a story about one insurgent group: that group
			}
			if g := d.oneArmedGroup(len(d.toks)); g != nil && d.firstNamedWithin(g, i, 2) {
				return hi, g // "Communist rebels ambushed a patrol ... Fighters of the X detonated": the group the lead names next
			}
		}
		name := noun
		if noun == "police" && i > 0 && policeKinds[d.toks[i-1].lower] {
			name = d.toks[i-1].lower + " police" // "riot police": a force of its own
		}
		if name == "police" {
			if e := d.onePlacePolice(); e != nil {
				return hi, e // "a checkpoint of the Tarma police ... Police said": that force
			}
			if e := d.oneNamedPolice(); e != nil && !d.otherCountrysForce(e, int(d.sentOf[i])) {
				return hi, e // "the Varnok Police Service said ... Police said": the force the article names
			}
		}
		c := d.countryIn(int(d.sentOf[i]))
		if c == "" && noun == "police" {
			c = d.onlyCountryNamed(int(d.sentOf[i])) // "Amid Kenya's unrest, X was killed by police at Eldoret": Kenya's
		}
		if c == "" && (bareGov || noun == "government forces") {
			c = d.mainCountry() // "DAKAR, Senegal — ... in Mali ... the government said": the country the story is about
		}
		if c == "" {
			c = d.datelineCountry() // "BEIRUT, Lebanon (AP) — ... police said": where the reporter is
		}
		if c == "" {
			c = d.mainCountry()
		}
		if c != "" && noun == "government forces" {
			// "government forces" where the article names the state's
			// army ("the Central African Armed Forces"): that army
			if ce := d.byKey[d.key(kg.Place, c)]; ce != nil {
				if f := d.forcesFor(ce); f != nil && f != ce && f.kind == kg.Organization && !d.describedArmy[f] {
					return hi, f
				}
			}
		}
		if c != "" {
			if dem, ok := gazetteer.DemonymFor(c); ok {
				name = dem + " " + name
			}
		}
		if name == "government forces" && d.toks[i+1].lower != "forces" {
			return 0, nil // "government troops" of no country the article tells: too loose to name
		}
		e := d.describedOrg(name)
		if noun == "presidency" && c != "" {
			e.aliases["Presidency of "+c] = true // as reference works name it
		}
		return hi, e
	},
	names: true,
	examples: []refExample{
		{"The singer was found in Lima, Peru. Peru's president spoke. [Police] said he had been robbed.", "organization:peruvian-police"},
		{"[Police] said the driver had fled.", "organization:police"},
		{"Chilean police arrested two men in Santiago. Amid Peru's unrest, Ana Costa was killed by [police] at Cusco on Thursday.", "organization:peruvian-police"},
		{"The singer was found in Lima, Peru. Peru's president spoke. [Police] said a man was robbed in Bogota on Monday.", "organization:colombian-police"},
		{"[Police] cars blocked the road.", ""},
		{"A Peruvian man was found ill in the Chilean city of Arica, [police] said.", "organization:chilean-police"},
		{"A Peruvian man was found ill in the Chilean town of Varnokby, [police] said.", "organization:chilean-police"},
		{"Fighting raged near Tripoli, Libya. [The rebels] attacked the port on Monday.", ""},
		{"LIMA, Peru (Reuters) - Communist [rebels] ambushed a patrol in the south on Monday. Fighters of the Varnok Front detonated a roadside bomb, the army said.", "organization:varnok-front"},
		{"Fighting raged in Lima, Peru, on Monday. Officials accused the [government] of failing to act.", "organization:peruvian-government"},
		{"Fighting raged in Lima, Peru, on Monday. The [government] side lost.", ""},
		{"Fighting raged near Tripoli, Libya. The [rebels] attacked the port on Monday.", "organization:libyan-rebels"},
		{"The Varnok Front fought the army in Tarma. [Rebels] attacked the port on Monday.", "organization:varnok-front"},
		{"Sirte in Libya was shelled by [government forces] on Monday.", "organization:libyan-government-forces"},
		{"The Libyan National Army fought rebels near Sirte, Libya. Fighting between the rebels and [government troops] lasted three hours.", "organization:libyan-national-army"},
		{"The Libyan National Army fought rebels near Sirte. Sirte in Libya was shelled by [government forces] on Monday.", "organization:libyan-national-army"},
		{"The [opposition] won the vote in Lebanon.", ""},
		{"The opposition Varnok Party won most seats in Peru. The [opposition] accuses the president of fraud.", "organization:varnok-party"},
		{"LIMA, Peru \u2014 Gunmen attacked a base in Tarma. The [presidency] condemned the attack and said the gunmen would be caught.", "organization:peruvian-presidency"},
		{"Nine people were detained, according to Lima [police].", "organization:lima-police"},
		{"Lima [police] said nine people were detained.", "organization:lima-police"},
		{"Gunmen attacked a checkpoint of the Tarma police in Peru. [Police] said three officers were killed.", "organization:tarma-police"},
		{"The Varnok Police Service said on Monday that roads were closed in Tarma, Peru. [Police] said three officers were hurt.", "organization:varnok-police-service"},
		{"Protesters marched in Lima, Peru, where the Peruvian National Police made arrests. [Police] said nine were held.", "organization:peruvian-national-police"},
		{"Protesters marched in Lima, Peru. On Monday, riot [police] fired tear gas.", "organization:peruvian-riot-police"},
		{"Protesters marched in Accra, Ghana. The [presidency] said in a statement that the talks had been useful.", "organization:ghanaian-presidency"},
		{"Protesters marched in Bamako, Mali. The [government] said it would send more troops to Kidal.", "organization:malian-government"},
		{"Rebels attacked Kidal in Mali. The statement said the [government] would send more troops.", "organization:malian-government"},
		{"The [government] of Peru fell.", ""},
		{"LIMA, Peru (AP) — Chilean jets struck Tacna. Chile said the strikes would go on. Chile denied it. [Police] said a Chilean missile hit a bus.", "organization:peruvian-police"},
	},
}

// countryIn is the country of the first place the sentence puts something
// in ("police said a man stabbed two fans in Brussels"), or "".
func (d *doc) countryIn(si int) string {
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi; k++ {
		m := d.mentAt[k]
		if m == nil || m.ent == nil || m.ent.kind != kg.Place || m.demonym || d.toks[k-1].lower != "in" && !d.inPlaceOf(k, s.lo) {
			continue
		}
		if isCountry(m.ent.name) {
			return m.ent.name
		}
		if m.ent.country == "" && d.inPlaceOf(k, s.lo) {
			// "in the English city of Salisbury": the nationality of the
			// place word
			for j := k - 3; j >= s.lo && j > k-7; j-- {
				if dm := d.mentAt[j]; dm != nil && dm.ent != nil && dm.demonym {
					return dm.ent.name
				}
			}
		}
		return m.ent.country
	}
	return ""
}

// datelineTown is the first place an article's dateline names
// ("MUMBAI, India (AP) —": Mumbai), or "".
func (d *doc) datelineTown() string {
	for si := 0; si < len(d.sents) && si < 3; si++ {
		s := d.sents[si]
		end := d.pastDateline(s.lo, s.hi)
		for k := s.lo; k < end; k++ {
			if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Place && !m.demonym {
				return m.ent.name
			}
		}
	}
	return ""
}

// datelineCountry is the country of the place an article's dateline
// names ("BEIRUT, Lebanon (AP) —", "KABUL (Reuters) -"), or "".
func (d *doc) datelineCountry() string {
	for si := 0; si < len(d.sents) && si < 3; si++ {
		s := d.sents[si]
		end := d.pastDateline(s.lo, s.hi)
		if end <= s.lo {
			continue
		}
		for k := s.lo; k < end; k++ {
			if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Place && !m.demonym {
				if isCountry(m.ent.name) {
					return m.ent.name
				}
				if m.ent.country != "" {
					return m.ent.country
				}
			}
		}
	}
	return ""
}

// mainCountry is the country the article names most often (through its
// places too; a mention in the headline or the lead counts twice), or "".
func (d *doc) mainCountry() string {
	if d.country != nil {
		return *d.country
	}
	best := d.countMainCountry()
	d.country = &best
	return best
}

// countMainCountry is mainCountry as the mentions found so far give it,
// for a stage that must not fix it before resolution is done.
func (d *doc) countMainCountry() string {
	count := map[string]int{}
	best, bestN := "", 0
	for _, m := range d.ments {
		if m.ent == nil || m.ent.kind != kg.Place || m.ref {
			continue
		}
		c := placeCountry(m.ent)
		if c == "" {
			continue
		}
		count[c]++
		if d.sentOf[m.lo] <= 1 {
			count[c]++ // the headline and the lead say what the story is about
		}
		if count[c] > bestN {
			best, bestN = c, count[c]
		}
	}
	return best
}

// peek is the lower-case word at toks[k], or "".
func (d *doc) peek(k int) string {
	if k >= 0 && k < len(d.toks) {
		return d.toks[k].lower
	}
	return ""
}

// forcesFor is the armed forces of country c that the article names as an
// organization ("the Peruvian army", "Peru's Armed Forces", "the Armed
// Forces of Peru"), so that "Peruvian troops" and "Peruvian forces" are
// that organization, as the text's own name for them; c itself when the
// article names no such body, or more than one.
// borderForce is the border guard the article names for country c ("the
// Border Troops of Tajikistan", "Kyrgyzstan's State Border Service"), or
// nil.
func (d *doc) borderForce(c *entity) *entity {
	if c == nil || c.kind != kg.Place {
		return nil
	}
	adj, _ := gazetteer.DemonymFor(c.name)
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 || !strings.Contains(e.name, "Border") && !strings.Contains(e.name, "Frontier") {
			continue
		}
		if strings.Contains(e.name, c.name) || adj != "" && strings.Contains(e.name, adj) {
			return e
		}
		for a := range e.aliases {
			if strings.Contains(a, c.name) || adj != "" && strings.Contains(a, adj) {
				return e
			}
		}
	}
	return nil
}

func (d *doc) forcesFor(c *entity) *entity {
	if c == nil || c.kind != kg.Place {
		return c
	}
	if e, ok := d.forces[c]; ok {
		if e == nil {
			return c
		}
		return e
	}
	if d.forces == nil {
		d.forces = map[*entity]*entity{}
	}
	adj, _ := gazetteer.DemonymFor(c.name)
	var found *entity
	n := 0
	for _, e := range d.ents {
		if e.kind != kg.Organization || d.orgKind(e) != "state force" || d.describedArmy[e] {
			continue
		}
		lower := strings.ToLower(e.name)
		if strings.Contains(lower, "police") || strings.Contains(lower, "guard") || strings.Contains(lower, "mission") || strings.Contains(lower, "coalition") || strings.Contains(lower, "air force") {
			continue
		}
		if adj != "" && !strings.HasPrefix(e.name, adj+" ") && armyAlias(e, adj) {
			// "the Armed Forces of the Democratic Republic of the Congo",
			// whose other names are "the Congolese army": "Congolese
			// troops" are theirs
			found = e
			n++
			continue
		}
		if !(strings.HasPrefix(e.name, c.name+" ") || adj != "" && strings.HasPrefix(e.name, adj+" ") || strings.HasSuffix(e.name, " of "+c.name) || strings.HasSuffix(e.name, " of the "+c.name)) {
			continue
		}
		if w := lastWord(lower); w != "army" && w != "military" && w != "forces" && w != "force" {
			continue // "Peruvian Navy", "Peru's 3rd Battalion": a part, not the whole
		}
		if !stateForceName(e.name, c.name, adj) {
			continue // "Myanmar National Democratic Alliance Army": a rebel army named after the country
		}
		found = e
		n++
	}
	if n != 1 {
		found = nil
	}
	d.forces[c] = found
	if found == nil {
		return c
	}
	return found
}

// armyAlias reports an organization the gazetteer also calls the
// adjective's army or armed forces ("Congolese army").
func armyAlias(e *entity, adj string) bool {
	o, ok := gazetteer.LookupOrg(e.name)
	if !ok {
		return false
	}
	for _, a := range o.Aliases {
		if strings.EqualFold(a, adj+" army") || strings.EqualFold(a, adj+" armed forces") {
			return true
		}
	}
	return false
}

// stateForceName reports a name of a state's armed forces: the country or
// its adjective and the head, with at most two words of the usual kinds
// between ("Peruvian Armed Forces", "Somali National Army", "Armed Forces of
// Peru", "Kenya Defence Forces"), not a rebel army named after the country.
func stateForceName(name, country, adj string) bool {
	ws := strings.Fields(name)
	var mid []string
	switch {
	case strings.HasPrefix(name, country+" "):
		mid = ws[len(strings.Fields(country)) : len(ws)-1]
	case adj != "" && strings.HasPrefix(name, adj+" "):
		mid = ws[len(strings.Fields(adj)) : len(ws)-1]
	default:
		return true // "Armed Forces of Peru"
	}
	if len(mid) > 2 {
		return false
	}
	for _, w := range mid {
		if !stateForceMids[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// govNamed reports "the government" at toks[i-1:hi] standing alone as a
// party of the sentence ("accused the government of", "the government's
// plan", "talks with the government"): not "the government of X" or "the
// government in X", which say whose, nor a modifier ("the government
// side", "the government forces").
func (d *doc) govNamed(i, hi int) bool {
	if hi >= len(d.toks) {
		return true
	}
	n := &d.toks[hi]
	switch {
	case (n.lower == "of" || n.lower == "in") && hi+1 < len(d.toks) && (d.toks[hi+1].cap || d.toks[hi+1].lower == "the" || d.mentAt[hi+1] != nil),
		n.lower == "and" || n.lower == "or":
		return false // "the government of Peru", "the government in Lima"; not "accused the government of failing"
	case n.kind == tWord && !n.cap && !d.verbAfterSubject(hi) && n.lower != "'s" && n.lower != "\u2019s" && n.lower != "to" && n.lower != "for" && n.lower != "that" && n.lower != "which" && n.lower != "on" && n.lower != "over" && n.lower != "after" && n.lower != "before" && n.lower != "of":
		return false // "the government side", "the government troops"
	}
	return true
}

// govActs reports a verb at toks[k] (past adverbs, a modal or "has") that
// makes "the government" before it act or speak: "the government said",
// "the government would send", "the government has accused".
func (d *doc) govActs(k int) bool {
	for n := 0; k < len(d.toks) && n < 3 && (skippable[d.toks[k].lower] || modals[d.toks[k].lower] || d.toks[k].lower == "also"); n++ {
		k++
	}
	if k >= len(d.toks) || d.toks[k].cap || d.toks[k].kind != tWord {
		return false
	}
	w := d.toks[k].lower
	return sayVerbs[w] || weakSayVerbs[w] || stateVerbs[w] || claimVerbs[w] || policyVerbs[w] || govActions[w]
}

// ---- the forces of a person

// refArmyWeapons reads a bare "army" or "military" before its weapons or
// troops as the army: "army drones struck a market", "said military
// jets had bombed the area".
var refArmyWeapons = &refRule{
	name: "ref-army-weapons",
	doc:  `"army drones struck", "military jets bombed": the army the article names, or the army of the country it is about.`,
	cues: wordSet("army military"),
	at: func(d *doc, i int) (int, *entity) {
		if d.inQuote[i] || i+1 >= len(d.toks) || !(weaponNouns[d.toks[i+1].lower] || troopNouns[d.toks[i+1].lower] || d.toks[i+1].lower == "aircraft") {
			return 0, nil
		}
		if i > 0 && (d.toks[i-1].kind == tWord && (d.toks[i-1].cap || determiners[d.toks[i-1].lower] || !d.atStart(i, d.sents[d.sentOf[i]]) && !reportVerbsBefore[d.toks[i-1].lower]) || d.mentAt[i-1] != nil) {
			return 0, nil // "the army drones", "Sudan's army", "Sudanese military jets": not bare
		}
		noun := d.toks[i].lower
		if e := d.orgByNoun(noun, "army", i); e != nil {
			return i + 1, e
		}
		return i + 1, d.countryArmy()
	},
	examples: []refExample{
		{"LIMA, Peru — Rebels held the town. Residents said [army] drones had struck a market on Monday.", "organization:peruvian-army"},
		{"The Peruvian Army fought the Varnok Front. [Army] jets bombed Tarma on Monday.", "organization:peruvian-army"},
		{"LIMA, Peru — Rebels held the town. The [army] drones were grounded.", ""},
		{"LIMA, Peru — Rebels held the town. Residents said [army] officers had fled.", ""},
	},
}

// refSupporters reads "MCP supporters" or "Costa supporters" in a
// sentence of violence as an actor of its own, "<X> supporters": the
// crowd of a party or a person, which the party or person did not lead
// into the fight.
var refSupporters = &refRule{
	name: "ref-supporters",
	doc:  `"<party or person> supporters" in a sentence that tells of violence: the organization "<X> supporters" ("MCP supporters clashed with police"), not the party.`,
	cues: wordSet("supporters"),
	at: func(d *doc, i int) (int, *entity) {
		if d.inQuote[i] {
			return 0, nil
		}
		var m *mention
		if i > 0 {
			m = d.mentAt[i-1]
		}
		if m == nil && d.peek(i+1) == "of" {
			// "supporters of the Varnok Party clashed with police"; but
			// "supporters of the Varnok Front" fighting are the Front
			if m = d.supportedAfter(i + 2); m != nil && m.ent != nil && m.ent.kind == kg.Organization && (d.orgKind(m.ent) == "armed" || d.orgKind(m.ent) == "state force") {
				m = nil
			}
		}
		if m == nil || m.ent == nil || m.hi != i && m.lo <= i || m.demonym || m.ent.kind != kg.Organization && m.ent.kind != kg.Person || d.possessor(m) {
			return 0, nil
		}
		if !d.tellsViolence(int(d.sentOf[i])) {
			return 0, nil
		}
		x := m.name
		if m.ent.kind == kg.Person {
			x = m.ent.surname()
		}
		return i + 1, d.entityFor(kg.Organization, x+" supporters")
	},
	names: true,
	examples: []refExample{
		{"Police said a group of VPP [supporters] attacked a convoy near Lima.", "organization:vpp-supporters"},
		{"Ana Costa lost the vote. Several hundred Costa [supporters] clashed with police in Lima.", "organization:costa-supporters"},
		{"VPP [supporters] cheered the result in Lima.", ""},
		{"[Supporters] of Peru's Varnok Party clashed with riot police outside the electoral council.", "organization:varnok-party-supporters"},
	},
}

// refOrgMission reads "the OSCE mission" as the organization's mission,
// a body of its own.
var refOrgMission = &refRule{
	name: "ref-org-mission",
	doc:  `"the OSCE mission", "the UN mission": the mission of that organization the article names ("the OSCE observation mission", "the United Nations Mission in Mali"), else an organization of its own, "<organization> mission".`,
	cues: wordSet("mission"),
	at: func(d *doc, i int) (int, *entity) {
		if d.inQuote[i] || i == 0 || d.toks[i].cap {
			return 0, nil
		}
		m := d.mentAt[i-1]
		if m == nil || m.ent == nil || m.hi != i || m.ent.kind != kg.Organization || d.possessor(m) || m.demonym {
			return 0, nil
		}
		if e := d.missionNamed(m); e != nil {
			return i + 1, e
		}
		return i + 1, d.entityFor(kg.Organization, m.name+" mission")
	},
	names: true,
	examples: []refExample{
		{"The Andean Council observer mission arrived in May. The Andean Council [mission] said the vote had been calm.", "organization:andean-council-observer-mission"},
		{"The United Nations Mission in Tarma (UNMIT) was attacked. A United Nations [mission] spokesman said two were hurt.", "organization:united-nations-mission-in-tarma"},
		{"The Andean Council [mission] said the vote had been calm.", "organization:andean-council-mission"},
	},
}

// missionNamed is the one mission of m's organization the article names
// ("OSCE observation mission" or "OSCE Mission in Peru" for "the OSCE
// mission"), or nil.
func (d *doc) missionNamed(m *mention) *entity {
	if strings.Contains(strings.ToLower(m.ent.name), "mission") {
		return m.ent // "the UN mission" where "the UN" is already the mission's short name
	}
	var hit *entity
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 || e == m.ent || !strings.Contains(strings.ToLower(e.name), "mission") {
			continue
		}
		if strings.HasPrefix(e.name, m.name+" ") || strings.HasPrefix(e.name, m.ent.name+" ") {
			if hit != nil && hit != e {
				return nil
			}
			hit = e
		}
	}
	return hit
}

// supportedAfter is the party or person after "supporters of" at toks[k],
// past an article and a country's possessive ("of Peru's Varnok Party").
func (d *doc) supportedAfter(k int) *mention {
	if d.peek(k) == "the" {
		k++
	}
	if m := d.mentAt[min(k, len(d.toks)-1)]; k < len(d.toks) && m != nil && m.lo == k && d.possessor(m) && m.ent != nil && m.ent.kind == kg.Place {
		k = m.hi + 1 // "Honduras' Liberal Party"
	}
	if k >= len(d.toks) {
		return nil
	}
	if m := d.mentAt[k]; m != nil && m.lo == k {
		return m
	}
	return nil
}

// tellsViolence reports a verb or noun of attack or fighting outside
// quotations in sentence si.
func (d *doc) tellsViolence(si int) bool {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		w := d.toks[k].lower
		if !d.inQuote[k] && (attackVerbs[w] || exchangeWords[w] || fightVerbs[w] || battleNouns[w] || attackNouns[w]) {
			return true
		}
	}
	return false
}

// refPeopleArmed reads "Druze gunmen" or "Fulani herders" in a sentence
// that tells of violence as an actor the text describes by the people it
// belongs to.
var refPeopleArmed = &refRule{
	name: "ref-people-armed",
	doc:  `"<people> gunmen|fighters|militias|settlers|herders" in a sentence that tells of violence ("Druze gunmen clashed with Bedouin tribal fighters"): the organization of that name, an actor the text describes by the ethnic or faith group it belongs to.`,
	cues: lowerSet(peopleGroups),
	at: func(d *doc, i int) (int, *entity) {
		lo := i
		if i > 0 && d.mentAt[i-1] != nil && d.mentAt[i-1].hi == i && d.mentAt[i-1].demonym {
			lo = d.mentAt[i-1].lo // "Rwandan Hutu militias": the people of a country
		}
		if d.inQuote[i] || !d.toks[i].cap || !peopleGroups[d.toks[i].text] || lo == i && i > 0 && d.mentAt[i-1] != nil && d.mentAt[i-1].hi == i {
			return 0, nil // not "the Kachin Independence Army": a name of its own
		}
		j := i + 1
		if w := d.peek(j); w == "tribal" || w == "armed" {
			j++ // "Bedouin tribal fighters"
		}
		if j >= len(d.toks) || d.toks[j].cap || !armedPeopleNouns[d.toks[j].lower] || d.mentAt[j] != nil {
			return 0, nil
		}
		if !d.tellsViolence(int(d.sentOf[i])) {
			return 0, nil
		}
		return j + 1, d.entityFor(kg.Organization, d.text[d.toks[lo].start:d.toks[j].end])
	},
	names: true,
	examples: []refExample{
		{"[Druze gunmen] clashed with government forces in the south.", "organization:druze-gunmen"},
		{"Peruvian [Hutu militias] attacked Tacna on Monday.", "organization:peruvian-hutu-militias"},
		{"[Fulani herders] attacked the village of Tarma on Monday.", "organization:fulani-herders"},
		{"[Bedouin tribal fighters] shelled the town.", "organization:bedouin-tribal-fighters"},
		{"[Druze fighters] marched in the town.", ""},
		{"[Varnok fighters] attacked the town.", ""},
	},
}

var refPersonsForces = &refRule{
	name: "ref-persons-forces",
	doc:  `"X's forces", "X's fighters" after a person's name: an organization named so, "X's forces", the armed men a leader commands; a country's or a group's forces are its own.`,
	cues: wordSet("forces troops fighters militia militiamen men rebels"),
	at: func(d *doc, i int) (int, *entity) {
		if d.inQuote[i] || i < 2 || d.toks[i-1].lower != "'s" && d.toks[i-1].lower != "’s" {
			return 0, nil
		}
		p := d.mentAt[i-2]
		if p == nil || p.ent == nil || p.ent.kind != kg.Person || p.ref || p.hi != i-1 {
			return 0, nil
		}
		return i + 1, d.entityFor(kg.Organization, p.name+"'s "+d.toks[i].lower)
	},
	names: true,
	examples: []refExample{
		{"Rebel leader Rui Lopes's [forces] attacked Tacna on Monday.", "organization:rui-lopess-forces"},
		{"Peru's [forces] attacked Tacna on Monday.", ""},
	},
}

var refFamily = &refRule{
	name: "ref-family",
	doc:  `"the X family said": the family speaks as one, an organization "X family" (a victim's or a defendant's family in a statement).`,
	cues: wordSet("family"),
	at: func(d *doc, i int) (int, *entity) {
		if d.inQuote[i] || i < 2 || d.toks[i-2].lower != "the" {
			return 0, nil
		}
		n := &d.toks[i-1]
		if n.kind != tWord || !n.cap || gazetteer.IsCommonWord(n.lower) && !gazetteer.IsSurname(n.text) || !d.speaksAt(i-2, i+1) {
			return 0, nil
		}
		if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.ent.kind != kg.Person {
			return 0, nil // "the Royal family", "the Varnok Group family of funds"
		}
		return i + 1, d.entityFor(kg.Organization, n.text+" family")
	},
	names: true,
	examples: []refExample{
		{"The Lopes [family] said they would appeal the ruling.", "organization:lopes-family"},
		{"The Lopes [family] moved to Lima in 1990.", ""},
	},
}

var refLoyalists = &refRule{
	name: "ref-loyalists",
	doc:  `"soldiers loyal to (President) X", "forces loyal to X": the organization "<X's surname> loyalists", not X, who leads them but is not said to fight.`,
	cues: wordSet("soldiers troops forces fighters gunmen militiamen men units"),
	at: func(d *doc, i int) (int, *entity) {
		if d.inQuote[i] || i+3 >= len(d.toks) || d.toks[i+1].lower != "loyal" || d.toks[i+2].lower != "to" {
			return 0, nil
		}
		k := i + 3
		for k < i+6 && k < len(d.toks) && d.toks[k].kind == tWord && (!d.toks[k].cap && d.mentAt[k] == nil || d.mentAt[k] != nil && d.mentAt[k].demonym) {
			k++ // "loyal to ousted President X", "loyal to Malagasy President X"
		}
		p := d.mentAt[min(k, len(d.toks)-1)]
		if p == nil {
			p = d.personAfterTitles(k, d.sents[d.sentOf[i]].hi)
		}
		if p == nil || p.ent == nil || p.ent.kind != kg.Person {
			return 0, nil
		}
		return i + 1, d.entityFor(kg.Organization, p.ent.surname()+" loyalists")
	},
	names: true,
	examples: []refExample{
		{"[Soldiers] loyal to ousted President Ana Costa attacked the barracks in Lima.", "organization:costa-loyalists"},
		{"[Forces] loyal to Rui Lopes held the airport.", "organization:lopes-loyalists"},
		{"[Troops] loyal to Peruvian President Ana Costa attacked a military camp.", "organization:costa-loyalists"},
		{"The [troops] remained loyal to the constitution.", ""},
	},
}

// gerundAt tells whether toks[k] is a lower-case verb form in -ing, as
// after "accused X of": "shelling", "carrying".
func (d *doc) gerundAt(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	t := &d.toks[k]
	return t.kind == tWord && !t.cap && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") && !ingNouns[t.lower]
}

// lettersInOrder reports an acronym whose first letter starts name and
// whose letters all appear in name in order, case aside.
func lettersInOrder(acr, name string) bool {
	a, n := []rune(strings.ToLower(acr)), []rune(strings.ToLower(name))
	if len(a) == 0 || len(n) == 0 || a[0] != n[0] {
		return false
	}
	j := 0
	for _, r := range n {
		if j < len(a) && r == a[j] {
			j++
		}
	}
	return j == len(a)
}
