package rules

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/ingest/gazetteer"
	"github.com/newsgraph/newsgraph/kg"
)

func (d *doc) key(k kg.Kind, name string) string {
	return string(k) + "|" + joinCodes(fold(undot(name)))
}

// joinCodes joins a short run of letters to the number after it in a
// folded name, so that "U-19", "U 19" and "U19", "G-20" and "G20" are one
// name: "tarma u 19 cup" -> "tarma u19 cup".
func joinCodes(f string) string {
	if !strings.ContainsAny(f, "0123456789") {
		return f
	}
	ws := strings.Fields(f)
	out := ws[:0:0]
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if i+1 < len(ws) && len(w) <= 2 && allLetters(w) && allDigits(ws[i+1]) {
			w += ws[i+1]
			i++
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

func allLetters(w string) bool {
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return w != ""
}

// undot writes initialisms without their dots, so that "U.N. Security
// Council" and "UN Security Council" are one name.
func undot(name string) string {
	if !strings.Contains(name, ".") {
		return name
	}
	ws := strings.Fields(name)
	for i, w := range ws {
		if len(w) >= 4 && isInitialRun(strings.TrimSuffix(w, ".")) {
			ws[i] = strings.ReplaceAll(w, ".", "")
		}
	}
	return strings.Join(ws, " ")
}

func (d *doc) entityFor(k kg.Kind, name string) *entity {
	key := d.key(k, name)
	if e, ok := d.byKey[key]; ok {
		return e
	}
	e := &entity{kind: k, name: name, aliases: map[string]bool{}, order: len(d.ents), words: nameWords(name)}
	d.byKey[key] = e
	d.ents = append(d.ents, e)
	return e
}

func (d *doc) attach(m *mention, e *entity) {
	m.ent = e
	m.kind = e.kind
	if m.backer && e.kind == kg.Organization {
		e.affiliated = true
	} else {
		e.mentions++
	}
	e.named = e.named || !m.demonym
	e.plain = e.plain || !m.described
	e.described = !e.plain
	surface := m.name
	if surface != e.name {
		e.aliases[surface] = true
	}
	if m.alias != "" {
		e.aliases[m.alias] = true
	}
	if e.kind == kg.Organization && strings.Contains(e.name, " federal ") {
		// "the Somali federal government" is the Somali government
		e.aliases[strings.Replace(e.name, " federal ", " ", 1)] = true
	}
	if e.kind == kg.Place && (!m.demonym || d.toks[min(m.hi, len(d.toks)-1)].lower == "state") && m.hi < len(d.toks) && !d.toks[m.hi].cap && (adminWords[d.toks[m.hi].lower] || natureHeads[d.toks[m.hi].lower]) {
		// "in Tarma state", "the Varnok forest": the place's name with its
		// kind, as other texts write it ("Tarma State"); after an adjective
		// only "state" ("the Turkish state"): "a Peruvian region" is a
		// region of Peru, no name of it
		e.aliases[surface+" "+d.toks[m.hi].lower] = true
		if w := d.toks[m.hi].lower; w == "region" || w == "oblast" {
			// "the Odesa region": the oblast, by the name reference works give it
			if p, ok := gazetteer.LookupPlace(surface + " Oblast"); ok && p.Kind == gazetteer.Subdivision {
				e.aliases[p.Name] = true
			}
		}
	}
	if e.kind == kg.Organization && !m.ref && m.hi+1 < len(d.toks) && d.toks[m.hi].lower == "in" && postHeads[lastWord(surface)] {
		// "the U.S. Embassy in Baghdad": the name with where it is, as
		// other texts write it
		if p := d.mentAt[m.hi+1]; p != nil && p.lo == m.hi+1 && p.kind == kg.Place {
			e.aliases[surface+" in "+p.name] = true
		}
	}
	if e.kind == kg.Organization && !m.ref && m.lo > 0 && modifierCompound(d.toks[m.lo-1].text) && d.toks[m.lo-1].end+1 == d.toks[m.lo].start {
		// "the Houthi-run Health Ministry": the name with who runs it
		e.aliases[d.toks[m.lo-1].text+" "+surface] = true
	}
	if e.kind == kg.Organization && m.hi < len(d.toks) && !d.toks[m.hi].cap && (d.toks[m.hi].lower == "group" || d.toks[m.hi].lower == "militia") && !m.ref {
		// "the Islamic State group": the name with its kind, as other
		// texts write it
		e.aliases[surface+" "+d.toks[m.hi].lower] = true
	}
	if m.role != "" && e.role == "" {
		e.role = m.role
	}
	if m.nat != "" && e.nat == "" {
		e.nat = m.nat
	}
	if m.country != "" && e.country == "" {
		e.country = m.country
	}
}

// nameWords folds a person name into comparable words, without
// honorific-like words the gazetteer knows as titles.
func nameWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		for _, p := range strings.Split(foldWord(w), " ") {
			if p != "" {
				out = append(out, skeleton(p))
			}
		}
	}
	return out
}

// skeleton reduces a folded name word to its consonants after the first
// letter, with doubles collapsed and q read as g, so that transliteration
// variants meet: "Nasrallah", "Nasrallah" and "Nasralla"; "Sheik" and "Sheikh".
func skeleton(w string) string {
	if len(w) < 4 {
		return w
	}
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == 'q' {
			c = 'g'
		}
		if c == 'c' && (i+1 == len(w) || strings.IndexByte("eiy", w[i+1]) < 0) {
			c = 'k' // a hard c: "Macar" and "Makar"
		}
		if i > 0 && strings.IndexByte("aeiouyhw", c) >= 0 {
			continue
		}
		if n := len(b); n > 0 && b[n-1] == c {
			continue
		}
		b = append(b, c)
	}
	if len(b) < 2 {
		return w // "Lula" and "Leal" share no more than their first letter: too little to meet on
	}
	return string(b)
}

// leaderEntity reports a person whose office, as the article writes it,
// leads a state: a president (not a vice president), prime minister,
// premier, chancellor or monarch.
func leaderEntity(e *entity) bool {
	forms := []string{e.role}
	for a := range e.aliases {
		forms = append(forms, a)
	}
	for _, f := range forms {
		f = strings.ToLower(f)
		if strings.Contains(f, "vice") || strings.Contains(f, "deputy") {
			continue
		}
		for _, w := range []string{"president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan"} {
			if strings.Contains(f, w) {
				return true
			}
		}
	}
	return false
}

// givenSkeletonOnly reports a single unknown word that fits person e
// only by the spelling skeleton of e's given name: "Lusa" and "Luís
// Pereira". A given name alone names a person only spelled as written.
func givenSkeletonOnly(name string, w []string, e *entity) bool {
	if len(w) != 1 || len(e.words) < 2 || w[0] != e.words[0] || slices.Contains(e.words[1:], w[0]) {
		return false
	}
	first, _, _ := strings.Cut(e.name, " ")
	return fold(first) != fold(name)
}

// subseq reports whether short is a subsequence of long that ends with
// long's last word or (for one word) equals its first.
func subseq(short, long []string) bool {
	if len(short) == 0 || len(short) > len(long) {
		return false
	}
	if len(short) == 1 {
		return short[0] == long[len(long)-1] || short[0] == long[0]
	}
	if short[len(short)-1] != long[len(long)-1] {
		return false
	}
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
		}
	}
	return j == len(short)
}

// resolve turns mentions into entities.
func (d *doc) resolve() {
	ms := d.ments
	laterNames := d.laterNameWords()
	// 1. strong and fair non-person mentions, and gazetteer names
	for _, m := range ms {
		if m.ent != nil || m.unknown || m.kind == kg.Person {
			continue
		}
		if m.kind == kg.Organization && isAcronym(m.name) && m.canon == "" {
			continue // acronyms wait for their expansion
		}
		name := m.canon
		if name == "" {
			name = m.name
		}
		if m.kind == kg.Event && m.str < fair {
			continue
		}
		if m.kind == kg.Place && !m.demonym && m.hi-m.lo == 1 && (m.country != "" || m.typedBy == "type-coordinated-place" && d.someonesSurname(m.name)) {
			continue // a town's name, or a word typed a place only by its neighbour ("Rosales and Lorente met"), may be someone's surname: step 3
		}
		if m.kind == kg.Place && isAcronym(m.name) && fold(m.name) != fold(name) {
			continue // a country code may be an organization's initials: step 3
		}
		if m.kind == kg.Place && !m.demonym && m.hi-m.lo == 1 && laterNames[m.name] && d.speaksAsName(m.name) {
			continue // "Rui Montenegro Vidal ... Montenegro said": the person, step 3
		}
		if m.kind == kg.Organization && m.canon == "" && m.hi-m.lo == 1 {
			continue // "Intel", "the Church": maybe a short form, step 3
		}
		d.attach(m, d.entityFor(m.kind, name))
	}
	// 2. people, longest names first
	var people []*mention
	for _, m := range ms {
		if m.ent == nil && m.kind == kg.Person && !m.unknown {
			people = append(people, m)
		}
	}
	sort.SliceStable(people, func(i, j int) bool {
		return len(strings.Fields(people[i].name)) > len(strings.Fields(people[j].name))
	})
	var persons []*entity
	for _, m := range people {
		name := m.name
		if m.canon != "" {
			name = m.canon // "brothers Said and Cherif X": Said X
		}
		w := nameWords(name)
		if hit, n := d.idx.person(w); n == 1 {
			d.attach(m, hit)
			continue
		} else if n > 1 && len(w) == 1 {
			// "Colonel Makar" when two Makars are named: the nearest
			if e := d.nearestPerson(m, w); e != nil {
				d.attach(m, e)
				continue
			}
		} else if n > 1 && m.canon == "" {
			// "Ben Varnok" after "Nabil Ben Varnok" and his wife "Samia
			// Ben Varnok": the family name the story's subject, named
			// first, goes by
			if e := d.firstNamedWith(w); e != nil {
				d.attach(m, e)
				continue
			}
		}
		e := d.entityFor(kg.Person, name)
		persons = append(persons, e)
		d.idx.addPerson(e)
		d.attach(m, e)
	}
	d.idx.addOrgs(d.ents)
	// 3. acronyms and unknown single words
	orgApposed := map[string]bool{}
	for _, m := range ms {
		if m.ent == nil && m.kind == kg.Place && m.country != "" && m.hi-m.lo == 1 && d.groupApposed(m) {
			orgApposed[m.name] = true
		}
	}
	var pending []*mention
	for _, m := range ms {
		if m.ent != nil {
			continue
		}
		if m.role != "" && m.nat != "" && m.unknown && m.kind == kg.Person {
			continue // role forms: step 4
		}
		w := nameWords(m.name)
		// a person's surname or given name (not an acronym: "AMD"); a
		// town's name only as the surname spelled the same ("Rome" is
		// no "Rami")
		if hit, n := d.idx.person(w); n == 1 && !isAcronym(m.name) && !givenSkeletonOnly(m.name, w, hit) && (m.kind != kg.Place || fold(lastWord(hit.name)) == fold(m.name) || d.paternalSurname(m, hit) || d.familyNameFirst(m, hit) || d.calledByName(m, hit)) {
			d.attach(m, hit)
			continue
		} else if n > 1 && !isAcronym(m.name) && m.kind != kg.Place {
			// a surname two people share: the one named last before it
			if e := d.nearestPerson(m, w); e != nil && !givenSkeletonOnly(m.name, w, e) {
				d.attach(m, e)
				continue
			}
		}
		if m.opener && (m.unknown || m.typedBy == "type-noun-after") && !(m.unknown && m.hi-m.lo == 1 && !gazetteer.IsCommonWord(strings.ToLower(m.name)) && d.guessSingle(m) == kg.Person) {
			continue // a capitalised common word opening a sentence: "Rights group says ..."; but "Varga spoke"
		}
		// a spelling variant of an organization's name: "Hizballah"
		if e := d.orgVariant(w); e != nil && m.hi-m.lo == 1 && len(m.name) >= 5 && !isAcronym(m.name) {
			d.attach(m, e)
			continue
		}
		// "the Army": the one state army the article names, though a rebel
		// "Liberation Army" shares the word
		if m.hi-m.lo == 1 && ownerNouns[strings.ToLower(m.name)] && m.kind == kg.Organization {
			if e := d.ownerByNoun(strings.ToLower(m.name), nil); e != nil {
				d.attach(m, e)
				continue
			}

		}
		// "the Department", "the Church": the one organization with that head
		if m.hi-m.lo == 1 && d.orgish(m.lo) {
			if e := d.orgWithWord(m.name); e != nil {
				d.attach(m, e)
				continue
			}
		}
		// "the Dome", "the Stadium": the one place named with that head
		if m.hi-m.lo == 1 && placeSuffixes[m.name] {
			if e := d.placeEndingWith(m.name); e != nil {
				d.attach(m, e)
				continue
			}
		}
		if m.kind == kg.Place && m.canon != "" && isAcronym(m.name) {
			// "CHL officials": the Central Highlands League when the article
			// names it, else the country whose code it is
			if e := d.expansion(m.name); e != nil && e.kind == kg.Organization {
				d.attach(m, e)
				continue
			}
		}
		if m.kind == kg.Place && m.canon != "" && m.country != "" && m.hi-m.lo == 1 && orgApposed[m.name] {
			// "Fano, a loose network of militias,": a town's namesake the
			// article says is a group
			d.attach(m, d.entityFor(kg.Organization, m.name))
			continue
		}
		if m.kind == kg.Place && m.canon != "" {
			d.attach(m, d.entityFor(kg.Place, m.canon))
			continue
		}
		if in := mixedInitials(m.name); in != "" {
			// "the LoC" after "the Line of Control", "the MoD" after "the
			// Ministry of Defence": initials that keep a short word's letter
			if hits := d.idx.byInitials[in]; len(hits) == 1 {
				d.attach(m, hits[0])
				continue
			}
		}
		if isAcronym(m.name) {
			if e := d.expansion(m.name); e != nil {
				d.attach(m, e)
				continue
			}
			if d.inHeadline(m) && m.canon == "" {
				continue
			}
			d.attach(m, d.entityFor(kg.Organization, m.name))
			continue
		}
		// a shorter form of an organization: "Red Kite"; but "pulled
		// back towards Kalvoro" before "the Kalvoro Civil Society
		// Coordination" is the town the body is named after
		if e := d.orgPrefix(w); e != nil && !(m.hi-m.lo == 1 && d.movedToward(m)) {
			d.attach(m, e)
			continue
		}
		if d.inHeadline(m) || d.tcase[d.sentOf[m.lo]] {
			continue
		}
		if m.unknown {
			pending = append(pending, m)
			continue
		}
		d.attach(m, d.entityFor(m.kind, m.name))
	}
	// unknown single words count when the article names them twice or the
	// context types them
	count := map[string]int{}
	for _, m := range pending {
		count[m.name]++
	}
	// an organization is only the fallback guess: when one use of the word
	// is typed by its context ("in X"), every use is that
	guess := make([]kg.Kind, len(pending))
	typed := map[string]kg.Kind{}
	for i, m := range pending {
		guess[i] = d.guessSingle(m)
		_, apposed := d.appositiveKind(m)
		sure := guess[i] != kg.Organization || apposed
		if d.orgContext(m) || d.memberAt(m) {
			guess[i], sure = kg.Organization, true // "a shipping analyst at Sydvik": a firm, though named once
		}
		if _, ok := typed[m.name]; !ok && sure {
			typed[m.name] = guess[i]
		}
	}
	for i, m := range pending {
		// the word is already an entity of the article: one name, one entity
		if e := d.knownAs(m.name); e != nil {
			d.attach(m, e)
			continue
		}
		k := guess[i]
		if t, ok := typed[m.name]; ok {
			k = t
		}
		if count[m.name] < 2 && k == kg.Organization && !d.actsAt(m) && (!d.listedWithOrg(m) || d.allCommon(m.lo, m.hi) && !d.orgsOnBothSides(m)) && typed[m.name] != kg.Organization {
			continue
		}
		// a common English word capitalised ("the Lantern", "Harvest") is a
		// work's title, a nickname or a stressed noun as often as a body:
		// naming it twice or after "the" confirms nothing, only its
		// context, a statement, an act or companies on both sides does
		if k == kg.Organization && typed[m.name] != kg.Organization && gazetteer.IsCommonWord(strings.ToLower(m.name)) && !d.speaksOrActs(m) && !d.orgsOnBothSides(m) {
			continue
		}
		d.attach(m, d.entityFor(k, m.name))
	}
	// 4. role forms: the one person of that nationality (and role)
	for _, m := range ms {
		if m.ent != nil || m.kind != kg.Person || m.role == "" || m.nat == "" {
			continue
		}
		// the one of that nationality whose office is this one, else the
		// one of that nationality with no other office: "the Nigerian
		// president" is not "Nigerian Foreign Minister X"
		head := lastWord(strings.ToLower(m.role))
		var same, open []*entity
		for _, e := range persons {
			r := lastWord(strings.ToLower(e.role))
			if head == "leader" && leaderEntity(e) {
				r = head // "the Ethiopian leader": its president or prime minister
			}
			switch {
			case e.nat == m.nat && r == head:
				same = append(same, e)
			case e.nat == m.nat && e.role == "":
				open = append(open, e)
			}
		}
		switch {
		case len(same) == 1:
			d.attach(m, same[0])
		case len(same) == 0 && len(open) == 1:
			d.attach(m, open[0])
		}
	}
	// acronym definitions "Long Name (ACR)"
	d.acronymDefs()
	d.listOrgs()
	d.mergeShortOrgs()
	d.mergeShortEvents()
	d.mergeTheHeads()
	d.mergeHeadOrder()
	d.mergePlaceFirstWords()
	d.mergeInnerOrgs()
	d.mergeStateForces()
	d.homeOwners()
	d.mergeBorderForces()
	d.mergeNationalPolice()
	d.mergeLedMissions()
	d.mergeJuntas()
	d.mergeMinistries()
	d.mergeOfficialForms()
	d.unify()
	d.mergeMisspelledPeople()
	d.mergeNicknames()
	d.mergeMisspelledWords()
	d.guessesInLongerNames()
	d.capitalsAsCountries()
	d.demonymsThatName()
	d.countryOwnedOrgs()
	d.mediaServices()
	d.mergeAdminForms()
	d.mergeAirfieldForms()
	d.mergeSiteNamesakes()
	d.mergeOrgNamesakes()
	d.sitesOnlyVisited()
	d.possessedForces()
	d.orgShortNames()
	d.acronymsGuessedPlaces()
	d.doctrineFollowers()
	d.partyMembers()
	d.partyByHead()
	d.prefixedAcronyms()
	d.acronymLedNames()
	d.branchShortNames()
	d.titleAcronyms()
	d.parliamentsNamed()
	d.parenthesisGlosses()
	d.mergeEventAliasNamesakes()
}

// mergeEventAliasNamesakes folds an entity named like a short form of an
// event of the article into that event: "the Olympics", read once as a
// place ("at Olympics"), is the "Winter Olympics" whose short form or head
// it is.
func (d *doc) mergeEventAliasNamesakes() {
	var evs []*entity
	for _, e := range d.ents {
		if e.kind == kg.Event && e.mentions > 0 {
			evs = append(evs, e)
		}
	}
	if len(evs) == 0 {
		return
	}
	for _, e := range d.ents {
		if e.mentions == 0 || e.kind == kg.Event || e.kind == kg.Person {
			continue
		}
		head := gazetteer.IsEventHead(lastWord(e.name)) && !knownName(e.name) && !chamberNames[e.name]
		var hit *entity
		for _, o := range evs {
			if o.mentions > 0 && (o.aliases[e.name] || head && strings.HasSuffix(o.name, " "+e.name)) {
				if hit != nil && hit != o {
					hit = nil
					break
				}
				hit = o
			}
		}
		if hit != nil {
			d.merge(e, hit) // "turned away at Olympics", read as a place, is the "Winter Olympics"
		}
	}
}

// branchShortNames folds a "<region> Province" place into the group's
// branch whose name ends with it: "Central Africa Province" after "the
// Islamic State's Central Africa Province" is the branch, no province.
func (d *doc) branchShortNames() {
	for _, p := range d.ents {
		if p.kind != kg.Place || p.mentions == 0 || !affiliateHeads[lastWord(p.name)] || !strings.Contains(p.name, " ") {
			continue
		}
		for _, o := range d.ents {
			if o.kind == kg.Organization && o.mentions > 0 && strings.HasSuffix(o.name, " "+p.name) {
				d.merge(p, o)
				break
			}
		}
	}
}

// parenthesisGlosses reads a name glossed in brackets by a longer one as
// that body: "the Itamaraty (the Brazilian Ministry of External
// Relations)" is the ministry.
func (d *doc) parenthesisGlosses() {
	for _, m := range d.ments {
		if m.ent == nil || m.ref || m.ent.kind != kg.Organization || m.hi+3 >= len(d.toks) || d.toks[m.hi].text != "(" {
			continue
		}
		k := m.hi + 1
		if d.toks[k].lower == "the" {
			k++
		}
		n := d.mentAt[k]
		if n == nil || n.ent == nil || n.ent == m.ent || n.lo != k || n.ent.kind != kg.Organization || n.hi >= len(d.toks) || d.toks[n.hi].text != ")" || isAcronym(d.toks[k].text) {
			continue // "the Varnok Front (VF)": initials, which acronymDefs reads
		}
		if len(strings.Fields(n.ent.name)) <= len(strings.Fields(m.ent.name)) {
			continue // the gloss is the longer, fuller name
		}
		d.merge(m.ent, n.ent)
	}
}

// parliamentsNamed folds "the Palestinian parliament" into the one
// legislature of that country the article names ("the Palestinian
// Legislative Council", "Kenya's National Assembly"): a description of
// the body, no second one; and into the name before it in apposition
// ("the Kestrana, the Peruvian parliament"), whatever kind it was taken for.
func (d *doc) parliamentsNamed() {
	// "the Kestrana, the Peruvian parliament": the name the parliament goes by
	for _, o := range d.ments {
		if o.ent == nil || o.kind != kg.Organization || o.lo < 4 || d.toks[o.lo].lower != "the" && d.toks[o.lo-1].lower != "the" {
			continue
		}
		at := o.lo
		if d.toks[at].lower != "the" {
			at--
		}
		dem, head, ok := strings.Cut(o.ent.name, " ")
		if !ok || head != "parliament" && head != "legislature" || d.toks[at-1].text != "," {
			continue
		}
		if _, isDem := gazetteer.Demonym(dem); !isDem {
			continue
		}
		m := d.mentAt[at-2]
		if m == nil || m.ent == nil || m.ent == o.ent || m.hi != at-1 || m.ent.kind == kg.Person || m.demonym {
			continue
		}
		if _, place := gazetteer.LookupPlace(m.ent.name); place {
			continue // "Peru, the Peruvian parliament": no name of it
		}
		m.ent.kind = kg.Organization
		d.merge(o.ent, m.ent)
	}
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 {
			continue
		}
		dem, head, ok := strings.Cut(e.name, " ")
		if !ok || head != "parliament" && head != "legislature" {
			continue
		}
		country, isDem := gazetteer.Demonym(dem)
		if !isDem {
			continue
		}
		var hit *entity
		for _, o := range d.ents {
			if o == e || o.kind != kg.Organization || o.mentions == 0 || !legislatureName(o.name) || !d.ofCountry(o, country, dem) {
				continue
			}
			if hit != nil {
				hit = nil
				break
			}
			hit = o
		}
		if hit != nil {
			d.merge(e, hit)
		}
	}
}

// legislatureName reports the name of a legislature: "Palestinian
// Legislative Council", "National Assembly", "State Duma".
func legislatureName(name string) bool {
	for _, w := range strings.Fields(name) {
		if legislatureWords[w] {
			return true
		}
	}
	return false
}

// ofCountry reports an organization whose name or forms name the country
// or its demonym: "National Assembly of Kenya", "Palestinian Legislative
// Council".
func (d *doc) ofCountry(o *entity, country, dem string) bool {
	forms := []string{o.name}
	for a := range o.aliases {
		forms = append(forms, a)
	}
	for _, f := range forms {
		for _, w := range strings.Fields(f) {
			w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "\u2019s")
			if w == dem || w == country {
				return true
			}
		}
		if strings.Contains(f, " of "+country) || strings.HasPrefix(f, country+" ") || strings.HasPrefix(f, country+"'s ") {
			return true
		}
	}
	return false
}

// titleAcronyms reads the initials of an office as the one person the
// article names with that office before their name: "District Police
// Officer Saleem Khan ... The DPO said" is Saleem Khan, "Inspector General
// of Police X ... the IGP said" is X. Such initials name no organization.
func (d *doc) titleAcronyms() {
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 || !isAcronym(e.name) || len(e.name) < 2 || len(e.name) > 5 {
			continue
		}
		if _, known := gazetteer.LookupOrg(e.name); known {
			continue
		}
		var hit *entity
		for _, p := range d.ents {
			if p.kind != kg.Person || p.mentions == 0 || !d.titledAs(p, e.name) {
				continue
			}
			if hit != nil && hit != p {
				hit = nil
				break
			}
			hit = p
		}
		if hit != nil {
			d.merge(e, hit)
		}
	}
}

// titledAs reports a form of p's name that opens with an office whose
// initials are acr: "District Police Officer Saleem Khan" for "DPO".
func (d *doc) titledAs(p *entity, acr string) bool {
	for a := range p.aliases {
		title, ok := strings.CutSuffix(a, " "+p.name)
		if !ok {
			continue
		}
		ws := strings.Fields(title)
		for n := len(ws); n >= 2; n-- {
			if in := initials(strings.Join(ws[:n], " ")); in == acr || len(acr) >= 3 && in == acr[1:] {
				return true // "DPO" for "(District) Police Officer X", its first word lost as a sentence's capital
			}
		}
	}
	return false
}

// acronymLedNames folds "IS Sahel" into "Islamic State Sahel Province": a
// name whose first word is the initials of a known organization's first
// words and whose other words follow them there.
func (d *doc) acronymLedNames() {
	for _, e := range d.ents {
		if e.kind == kg.Event || e.mentions == 0 {
			continue
		}
		ws := strings.Fields(e.name)
		if len(ws) < 2 || !isAcronym(ws[0]) || len(ws[0]) < 2 {
			continue
		}
		acr, rest := ws[0], strings.Join(ws[1:], " ")
		var hit *entity
		for _, o := range d.ents {
			if o == e || o.kind != kg.Organization || o.mentions == 0 {
				continue
			}
			ow := strings.Fields(o.name)
			if len(ow) < len(acr)+len(ws)-1 || initials(strings.Join(ow[:len(acr)], " ")) != acr || !strings.HasPrefix(strings.Join(ow[len(acr):], " ")+" ", rest+" ") {
				continue
			}
			if hit != nil {
				hit = nil // two long forms: neither
				break
			}
			hit = o
		}
		if hit != nil {
			e.kind = kg.Organization
			d.merge(e, hit)
		}
	}
}

// prefixedAcronyms folds "Ayadaw PDF" into "Ayadaw People's Defence
// Force": a name that keeps its first words and shortens the rest to the
// initials of the longer one's rest.
func (d *doc) prefixedAcronyms() {
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 {
			continue
		}
		ws := strings.Fields(e.name)
		if len(ws) < 2 {
			continue
		}
		acr := ws[len(ws)-1]
		if !isAcronym(acr) || len(acr) < 2 {
			continue
		}
		prefix := strings.Join(ws[:len(ws)-1], " ") + " "
		var hit *entity
		for _, o := range d.ents {
			if o == e || o.kind != kg.Organization || o.mentions == 0 || !strings.HasPrefix(o.name, prefix) {
				continue
			}
			if strings.ReplaceAll(initials(strings.ReplaceAll(o.name[len(prefix):], "'s", "")), "'", "") == acr {
				if hit != nil {
					hit = nil // two long forms: neither
					break
				}
				hit = o
			}
		}
		if hit != nil {
			d.merge(e, hit)
		}
	}
}

// doctrineFollowers folds "the Maoists" into the one party whose name
// ends with that doctrine in brackets ("Communist Party of India
// (Maoist)"): its followers, as the article calls the party.
func (d *doc) doctrineFollowers() {
	parties := map[string]*entity{}
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 || !strings.HasSuffix(e.name, ")") {
			continue
		}
		if i := strings.LastIndexByte(e.name, '('); i > 0 {
			w := fold(e.name[i+1 : len(e.name)-1])
			if _, dup := parties[w]; dup {
				parties[w] = nil // two parties of one doctrine: neither
				continue
			}
			parties[w] = e
		}
	}
	if len(parties) == 0 {
		return
	}
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 {
			continue
		}
		if p := parties[strings.TrimSuffix(fold(e.name), "s")]; p != nil && p != e {
			d.merge(e, p)
		}
	}
}

// onlyEntity is the one live entity of the article that ok accepts, or
// nil when none or several do: the many "the one X the article names"
// rules read it.
func (d *doc) onlyEntity(ok func(*entity) bool) *entity {
	var hit *entity
	for _, e := range d.ents {
		if e.mentions == 0 || !ok(e) {
			continue
		}
		if hit != nil && hit != e {
			return nil
		}
		hit = e
	}
	return hit
}

// partyMembers folds "the Social Democrats" into the one party the
// article names by the same words as an adjective ("the Varnok Social
// Democratic Party"), and "Social Democrat" into either: news calls a
// party by its members.
func (d *doc) partyMembers() {
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 {
			continue
		}
		w := strings.Fields(e.name)
		last := w[len(w)-1]
		if last == "Democrat" && len(w) > 1 {
			// "Liberal Democrat leader X": a member's word for the party,
			// "the Liberal Democrats" or "the Christian Democratic Union"
			if pl := d.byKey[d.key(kg.Organization, e.name+"s")]; pl != nil && pl != e && pl.mentions > 0 {
				d.merge(e, pl)
				continue
			}
			last += "s"
		}
		if len(last) < 5 || !strings.HasSuffix(last, "s") || !unicode.IsUpper(rune(last[0])) {
			continue
		}
		adj := strings.TrimSuffix(last, "s")
		if adj == "Democrat" {
			adj = "Democratic"
		}
		phrase := strings.Join(append(w[:len(w)-1:len(w)-1], adj), " ") + " "
		// two parties of those words: neither
		if hit := d.onlyEntity(func(p *entity) bool {
			return p != e && p.kind == kg.Organization && partyName(p.name) && (strings.HasPrefix(p.name, phrase) || strings.Contains(p.name, " "+phrase))
		}); hit != nil {
			d.merge(e, hit)
		}
	}
}

// partyByHead folds a party called by its head word alone ("the
// Congress" after "the Nepali Congress") into the one party of that head
// the article names.
func (d *doc) partyByHead() {
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 || strings.Contains(e.name, " ") || !partyHeads[e.name] {
			continue
		}
		if hit := d.onlyEntity(func(p *entity) bool {
			return p != e && p.kind == kg.Organization && strings.HasSuffix(p.name, " "+e.name)
		}); hit != nil {
			d.merge(e, hit)
		}
	}
}

// partyName reports a name with a party's head noun: "Party", "Union".
func partyName(name string) bool {
	for _, w := range strings.Fields(name)[1:] {
		if partyHeads[w] {
			return true
		}
	}
	return false
}

// someonesSurname reports w as the last word of a person's name the
// article writes in full.
func (d *doc) someonesSurname(w string) bool {
	for _, m := range d.ments {
		if m.kind == kg.Person && m.hi-m.lo > 1 && strings.HasSuffix(m.name, " "+w) {
			return true
		}
	}
	return false
}

// laterNameWords are the words after the first of the people's names the
// article writes in full: "Montenegro" and "Vidal" in "Rui Montenegro
// Vidal".
func (d *doc) laterNameWords() map[string]bool {
	out := map[string]bool{}
	for _, m := range d.ments {
		if m.kind == kg.Person && m.hi-m.lo > 1 {
			for _, w := range strings.Fields(m.name)[1:] {
				out[w] = true
			}
		}
	}
	return out
}

// speaksAsName reports a place name the article uses as someone's name
// and never as a place: one use speaks ("Montenegro said", "Montenegro
// told reporters"), none stands after a preposition of place, as a
// demonym or as an owner. It reads every mention once per name.
func (d *doc) speaksAsName(name string) bool {
	if v, ok := d.spokenNames[name]; ok {
		return v
	}
	if d.spokenNames == nil {
		d.spokenNames = map[string]bool{}
	}
	v := d.speaksAsNameScan(name)
	d.spokenNames[name] = v
	return v
}

func (d *doc) speaksAsNameScan(name string) bool {
	speaks := false
	for _, m := range d.ments {
		if m.name != name || m.hi-m.lo != 1 {
			continue
		}
		if m.demonym || d.possessor(m) || m.lo > 0 && (locatives[d.toks[m.lo-1].lower] || placePreps[d.toks[m.lo-1].lower]) {
			return false
		}
		k := m.hi
		for k < len(d.toks) && k < m.hi+3 && skippable[d.toks[k].lower] {
			k++
		}
		if k < len(d.toks) && !d.toks[k].cap && (d.toks[k].lower == "said" || d.toks[k].lower == "told" || d.toks[k].lower == "says" || personVerbs[d.toks[k].lower]) {
			speaks = true
		}
	}
	return speaks
}

// calledByName reports a one-word mention that is the given name of
// person hit, the article's way of naming the person ("Abay Wolde ...
// Abay said", as Ethiopian and Eritrean names are written), though a town
// shares the word.
func (d *doc) calledByName(m *mention, hit *entity) bool {
	first, _, ok := strings.Cut(hit.name, " ")
	return ok && m.hi-m.lo == 1 && fold(first) == fold(m.name) && d.speaksAsName(m.name)
}

// familyNameFirst reports a one-word mention that is the first word of
// person hit's name and a surname that is no given name: "Gao" after
// "Gao Jianming", the family name written first as in Chinese or Korean
// names, not the town of Gao.
func (d *doc) familyNameFirst(m *mention, hit *entity) bool {
	first, _, ok := strings.Cut(hit.name, " ")
	return ok && m.hi-m.lo == 1 && fold(first) == fold(m.name) && gazetteer.IsSurname(m.name) && !gazetteer.IsGivenName(m.name)
}

// acronymsGuessedPlaces folds an acronym typed a place only by the noun
// after it ("shelled an MRF camp") into the organization the article
// knows by it ("the Moro Revolutionary Front (MRF)").
func (d *doc) acronymsGuessedPlaces() {
	guessed := d.typedOnlyBy(kg.Place, "type-noun-after")
	for _, p := range d.ents {
		if !guessed[p] || p.mentions == 0 || !isAcronym(p.name) {
			continue
		}
		for _, o := range d.ents {
			if o.kind == kg.Organization && o.mentions > 0 && o.aliases[p.name] {
				d.merge(p, o)
				break
			}
		}
	}
}

// orgShortNames folds a name typed a person's only by its shape into the
// organization whose longer name opens or ends with it: "Marula Ridge"
// after "Marula Ridge Platinum", "Vila Serrana" after "Esporte Clube Vila
// Serrana". A person's name that starts with a given name is kept.
func (d *doc) orgShortNames() {
	var orgs []*entity
	for _, e := range d.ents {
		if e.kind == kg.Organization && e.mentions > 0 && strings.Count(e.name, " ") >= 2 {
			orgs = append(orgs, e)
		}
	}
	if len(orgs) == 0 {
		return
	}
	shape := d.typedOnlyBy(kg.Person, "type-person-shape")
	for _, p := range d.ents {
		if !shape[p] || p.mentions == 0 || !strings.Contains(p.name, " ") || gazetteer.IsGivenName(strings.Fields(p.name)[0]) {
			continue
		}
		var hit *entity
		for _, o := range orgs {
			if strings.HasPrefix(o.name, p.name+" ") || strings.HasSuffix(o.name, " "+p.name) {
				if hit != nil && hit != o {
					hit = nil
					break
				}
				hit = o
			}
		}
		if hit != nil {
			d.merge(p, hit)
		}
	}
}

// mergeAdminForms makes "Koshi Province" and "Koshi" one place when the
// bare name is no town the gazetteer knows: the article writes one
// subdivision with and without its kind. A town and the district named
// after it ("Mandera" and "Mandera County", "Kyiv" and "Kyiv Oblast") stay
// two.
func (d *doc) mergeAdminForms() {
	byName := map[string]*entity{}
	key := func(name string) string { return fold(strings.ReplaceAll(name, "-", " ")) } // "North-West Region" and "North West"
	for _, e := range d.ents {
		if e.kind == kg.Place && e.mentions > 0 {
			byName[key(e.name)] = e
		}
	}
	// "in Kharkiv, Sumy and Poltava oblasts": each name in a list under a
	// plural kind is that subdivision where the article names it so
	for _, m := range d.ments {
		if m.ent == nil || m.ent.kind != kg.Place || m.ref || m.demonym {
			continue
		}
		if kind := d.pluralAdminAfter(m); kind != "" {
			if e := byName[key(m.ent.name+" "+kind)]; e != nil && e != m.ent {
				m.ent.mentions--
				d.attach(m, e)
			}
		}
	}
	for _, e := range d.ents {
		// "the City of Lima": the city the article also names "Lima"
		if rest, ok := strings.CutPrefix(e.name, "City of "); ok && e.kind == kg.Place && e.mentions > 0 {
			if b := byName[key(rest)]; b != nil && b != e && b.mentions > 0 {
				d.merge(e, b)
			}
		}
		// "Masaka City" beside "Masaka", a town the gazetteer knows by its
		// bare name; not "Gaza City" or "Mexico City", names of their own
		if rest, ok := strings.CutSuffix(e.name, " City"); ok && e.kind == kg.Place && e.mentions > 0 {
			if _, own := gazetteer.LookupPlace(e.name); !own {
				if p, town := gazetteer.LookupPlace(rest); town && p.Kind == gazetteer.City {
					if b := byName[key(rest)]; b != nil && b != e && b.mentions > 0 {
						d.merge(e, b)
					}
				}
			}
		}
	}
	for _, e := range d.ents {
		if e.kind != kg.Place || e.mentions == 0 {
			continue
		}
		bare, suf, ok := cutLastWord(e.name)
		if !ok || !adminKinds[suf] {
			continue
		}
		b := byName[key(bare)]
		if b == nil || b == e || b.mentions == 0 {
			continue
		}
		if p, ok := gazetteer.LookupPlace(bare); ok && (p.Kind == gazetteer.City || p.Kind == gazetteer.Country) {
			continue
		}
		d.merge(b, e)
	}
}

// pluralAdminAfter is the kind ("Oblast") of the plural that ends the
// list of places m is in ("Kharkiv, Sumy and Poltava oblasts"), or "".
func (d *doc) pluralAdminAfter(m *mention) string {
	k := m.hi
	for k < len(d.toks) && k < m.hi+12 {
		if d.toks[k].text == "," || d.toks[k].lower == "and" {
			k++
			continue
		}
		if o := d.mentAt[k]; o != nil && o.ent != nil && o.ent.kind == kg.Place && o.lo == k {
			k = o.hi
			continue
		}
		break
	}
	if k >= len(d.toks) || d.toks[k].cap {
		return ""
	}
	w := d.toks[k].lower
	if !strings.HasSuffix(w, "s") {
		return ""
	}
	sing := strings.TrimSuffix(w, "s")
	if strings.HasSuffix(w, "ies") {
		sing = strings.TrimSuffix(w, "ies") + "y" // counties
	}
	if sing == "" {
		return "" // "s" alone
	}
	kind := strings.ToUpper(sing[:1]) + sing[1:]
	if !adminKinds[kind] {
		return ""
	}
	return kind
}

// mergeAirfieldForms makes "the Tarma air base" and "the Tarma military
// airfield" one site: an article varies the words for one airfield.
func (d *doc) mergeAirfieldForms() {
	first := map[string]*entity{}
	for _, e := range d.ents {
		if e.kind != kg.Place || e.mentions == 0 {
			continue
		}
		stem := ""
		for _, h := range airfieldHeads {
			if len(e.name) > len(h)+1 && strings.EqualFold(e.name[len(e.name)-len(h):], h) && e.name[len(e.name)-len(h)-1] == ' ' {
				stem = fold(e.name[:len(e.name)-len(h)-1])
				break
			}
		}
		if stem == "" {
			continue
		}
		if o := first[stem]; o != nil && o != e {
			if d.support(e) > d.support(o) {
				d.merge(o, e)
				first[stem] = e
			} else {
				d.merge(e, o)
			}
			continue
		}
		first[stem] = e
	}
}

// mergeSiteNamesakes reads a bare name after the site named by it as the
// site: "the Engels air base ... two bombers at Engels", "Vnukovo Airport
// ... Vnukovo reopened", "the Chari River ... villages along the Chari".
// The bare name stays its own place where it is a country, a capital or a
// city of a million, where (for a river) it is once named without "the"
// (a town the river is named after), where two sites share it, or where
// a person or an organization of that name appears before the site does.
func (d *doc) mergeSiteNamesakes() {
	type site struct {
		e     *entity
		river bool
	}
	sites := map[string][]site{}
	for _, e := range d.ents {
		if e.kind != kg.Place || e.mentions == 0 {
			continue
		}
		if rest, ok := strings.CutPrefix(e.name, "River "); ok {
			sites[fold(rest)] = append(sites[fold(rest)], site{e, true}) // "the River Offin"
			continue
		}
		for _, h := range namesakeHeads {
			if len(e.name) > len(h)+1 && strings.EqualFold(e.name[len(e.name)-len(h):], h) && e.name[len(e.name)-len(h)-1] == ' ' {
				stem := fold(e.name[:len(e.name)-len(h)-1])
				sites[stem] = append(sites[stem], site{e, h == "River"})
				break
			}
		}
	}
	if len(sites) == 0 {
		return
	}
	firstAt := map[*entity]int{}
	for _, m := range d.ments {
		if m.ent != nil && !m.ref {
			if _, ok := firstAt[m.ent]; !ok {
				firstAt[m.ent] = m.lo
			}
		}
	}
	for _, b := range d.ents {
		ss := sites[fold(b.name)]
		if len(ss) != 1 || b.mentions == 0 || b == ss[0].e || b.kind == kg.Event {
			continue
		}
		st := ss[0]
		if b.kind != kg.Place && firstAt[b] < firstAt[st.e] {
			continue // "Ben Gurion" named before "Ben Gurion Airport": the man
		}
		if p, ok := gazetteer.LookupPlace(b.name); ok {
			if p.Kind == gazetteer.Country || p.Capital || p.Population >= 1000000 {
				continue
			}
		}
		if st.river && d.namedWithoutThe(b) {
			continue // "the Mathare River ... settlements in Mathare": a river's bare name takes "the", a town's namesake does not
		}
		d.merge(b, st.e)
		st.e.kind = kg.Place
	}
}

// mergeOrgNamesakes reads a bare name as the club or firm named after it
// that the article names, when no use of the name puts something in a
// place: "Kelborg" after "Kelborg Rovers" beat someone is the club, and
// "Velmora" after "Velmora Records" released something is the label, though
// both are towns' names too. A country keeps its name ("Varnok Airways"
// flies to Varnok), and so does a place the article says something
// happened in ("a match in Kelborg"). A bare word typed a person is the
// firm too when it is no one's given name or surname ("ProtoStar").
func (d *doc) mergeOrgNamesakes() {
	var orgs, tails map[string][]*entity
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 {
			continue
		}
		f := strings.Fields(e.name)
		if len(f) == 2 && d.sportsReport() {
			// "Borussia Dortmund ... Dortmund never recovered": a club
			// named after its town, the town's name last
			if p, ok := gazetteer.LookupPlace(f[1]); ok && p.Kind != gazetteer.Country {
				if tails == nil {
					tails = map[string][]*entity{}
				}
				tails[fold(f[1])] = append(tails[fold(f[1])], e)
			}
		}
		if len(f) < 2 || !namesakeTail(f[1:]) {
			continue
		}
		if orgs == nil {
			orgs = map[string][]*entity{}
		}
		orgs[fold(f[0])] = append(orgs[fold(f[0])], e)
	}
	for _, b := range d.ents {
		if b.mentions == 0 || strings.Contains(b.name, " ") || b.kind != kg.Place && b.kind != kg.Organization {
			continue
		}
		if os := tails[fold(b.name)]; len(os) == 1 && !d.locatedIn(b) {
			d.merge(b, os[0])
		}
	}
	if orgs == nil {
		return
	}
	for _, b := range d.ents {
		if b.mentions == 0 || strings.Contains(b.name, " ") {
			continue
		}
		os := orgs[fold(b.name)]
		if len(os) != 1 {
			continue
		}
		switch b.kind {
		case kg.Place:
			if p, ok := gazetteer.LookupPlace(b.name); ok && p.Kind == gazetteer.Country {
				continue
			}
			if d.locatedIn(b) {
				continue
			}
		case kg.Person:
			if gazetteer.IsGivenName(b.name) || gazetteer.IsSurname(b.name) {
				continue
			}
		default:
			continue
		}
		d.merge(b, os[0])
	}
}

// sitesOnlyVisited makes a place of a body named after its building
// ("the Varnok Space Centre", "the Tarma Embassy") that the article only
// puts things in, at or near, or pays visits to, and never makes act: "a
// launch at the Varnok Space Centre", "protesters outside the Tarma
// Embassy", "a visit to the Tarma Detention Centre". ("From" and "to"
// do not count otherwise: "a statement from the embassy" speaks; nor does "at" after
// someone's job: "an analyst at the Varnok Centre" works for it.)
func (d *doc) sitesOnlyVisited() {
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 || !siteHeads[lastWord(e.name)] {
			continue
		}
		visited := true
		for _, m := range d.ments {
			if m.ent != e {
				continue
			}
			p := d.prepBefore(m)
			visit := p > 0 && d.toks[p].lower == "to" && visitNouns[d.toks[p-1].lower] // "their weekly visit to the Tarma Detention Centre"
			if p < 0 || !(locatives[d.toks[p].lower] || d.toks[p].lower == "into" || visit) || d.toks[p].lower == "at" && p > 0 && (memberNouns[d.toks[p-1].lower] || roleWords[d.toks[p-1].lower]) {
				visited = false
				break
			}
		}
		if visited {
			e.kind = kg.Place
			for _, m := range d.ments {
				if m.ent == e {
					m.kind = kg.Place
				}
			}
		}
	}
}

// namesakeTail reports whether the words after a name's first make it a
// club's or a firm's: club words, corporate suffixes, firms' heads, and a
// place ("Kelborg Munich").
func namesakeTail(ws []string) bool {
	for _, w := range ws {
		if clubWords[w] || firmHeads[strings.ToLower(w)] || gazetteer.IsOrgSuffix(w) {
			continue
		}
		if p, ok := gazetteer.LookupPlace(w); ok && p.Kind != gazetteer.Country {
			continue
		}
		return false
	}
	return true
}

// locatedIn reports whether some mention of e by its own name follows a
// preposition of place ("in Kelborg", "near the Kelborg").
func (d *doc) locatedIn(e *entity) bool {
	for _, m := range d.ments {
		if p := d.prepBefore(m); m.ent == e && !m.ref && p >= 0 && locatingPreps[d.toks[p].lower] {
			return true
		}
	}
	return false
}

// prepBefore is the index of the word before mention m, past a "the", or -1.
func (d *doc) prepBefore(m *mention) int {
	p := m.lo - 1
	if p >= 0 && d.toks[p].lower == "the" {
		p--
	}
	return p
}

// namedWithoutThe reports whether some mention of e by its own name, out
// of the headline (which drops articles), has no "the" before it.
func (d *doc) namedWithoutThe(e *entity) bool {
	for _, m := range d.ments {
		if m.ent == e && !m.ref && !(d.headline && d.sentOf[m.lo] == 0) && (m.lo == 0 || d.toks[m.lo-1].lower != "the") {
			return true
		}
	}
	return false
}

// possessedForces reads "the General Staff of Ukraine's Armed Forces" as
// one body: a body "of <country>" whose possessive names the forces it
// belongs to is that body, not the forces in general, wherever a later
// word looks for who speaks or acts.
func (d *doc) possessedForces() {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.kind != kg.Organization || m.ref || m.hi+1 >= len(d.toks) || !d.possessor(m) {
			continue
		}
		_, country, ok := strings.Cut(m.ent.name, " of ")
		if p, found := gazetteer.LookupPlace(country); !ok || !found || p.Kind != gazetteer.Country {
			continue
		}
		n := d.mentAt[m.hi+1]
		if n == nil || n.lo != m.hi+1 || n.ent == nil || n.ent == m.ent || n.ref || !forcesNames[n.ent.name] {
			continue
		}
		n.ent.mentions--
		n.ent = m.ent
		n.ref = true
	}
}

// cutLastWord splits a name of two words or more before its last word.
func cutLastWord(name string) (string, string, bool) {
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return "", "", false
	}
	return name[:i], name[i+1:], true
}

// mediaServices reads "VOA's Urdu Service", "RFE/RL's Ukrainian Service": a
// broadcaster's service in one language is the broadcaster, no body of its
// own.
func (d *doc) mediaServices() {
	for _, m := range d.ments {
		e := m.ent
		if e == nil || e.kind != kg.Organization || m.ref || m.lo < 2 {
			continue
		}
		lang, head, ok := strings.Cut(e.name, " ")
		if !ok || head != "Service" {
			continue
		}
		if _, ok := gazetteer.Demonym(lang); !ok && !languageNames[strings.ToLower(lang)] {
			continue
		}
		if w := d.toks[m.lo-1].lower; w != "'s" && w != "\u2019s" {
			continue
		}
		o := d.mentAt[m.lo-2]
		if o == nil || o.ent == nil || o.ent == e || o.ent.kind != kg.Organization {
			continue
		}
		e.mentions--
		d.attach(m, o.ent)
	}
}

// countryOwnedOrgs names a state body written after its country's
// possessive in the forms other texts write it: "Kyrgyzstan's State Border
// Service" is also the "State Border Service of Kyrgyzstan".
func (d *doc) countryOwnedOrgs() {
	for _, m := range d.ments {
		o := m.ent
		if o == nil || o.kind != kg.Organization || m.ref || m.lo < 2 || d.orgKind(o) == "company" || d.orgKind(o) == "media" {
			continue
		}
		c := d.mentAt[m.lo-2]
		if c == nil || c.ent == nil || c.ent.kind != kg.Place || !d.isCountry(c.ent) || c.hi != m.lo-1 || !d.possessor(c) || c.demonym {
			continue
		}
		if !d.toks[m.lo].cap || strings.Contains(o.name, c.ent.name) {
			continue // "Peru's army", "Peru's Peruvian Navy": named already
		}
		if adj, _ := gazetteer.DemonymFor(c.ent.name); adj != "" && strings.Contains(o.name, adj) {
			continue
		}
		o.aliases[o.name+" of "+c.ent.name] = true
		o.aliases[c.ent.name+"'s "+o.name] = true
	}
}

// mergeOfficialForms folds an organization named in one of the official
// forms of another's name into it: "Chilean electoral commission" in the
// headline and "the Electoral Commission of Chile" in the body are one.
func (d *doc) mergeOfficialForms() {
	byName := map[string]*entity{}
	for _, e := range d.ents {
		if e.kind == kg.Organization && e.mentions > 0 {
			byName[fold(e.name)] = e
		}
	}
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 {
			continue
		}
		for _, f := range matchForms(e.name) {
			if rest, ok := strings.CutPrefix(f, "Ministry of "); ok && !strings.Contains(rest, " of ") {
				continue // "Ministry of Defence" alone may be another country's (mergeMinistries reads those)
			}
			o := byName[fold(f)]
			if o == nil || o == e || o.mentions == 0 {
				continue
			}
			if d.support(o) >= d.support(e) {
				d.merge(e, o)
			} else {
				d.merge(o, e)
			}
			break
		}
	}
}

// capitalsAsCountries reads a capital that acts or is dealt with as its
// country's government: "Lima denied the report", "relations with
// Tbilisi". Such a mention names the country (the capital is an alias);
// "they met in Vienna" stays the city.
func (d *doc) capitalsAsCountries() {
	folded := map[*entity]bool{}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.kind != kg.Place || m.ref {
			continue
		}
		p, ok := gazetteer.LookupPlace(m.ent.name)
		if !ok || !p.Capital || p.Country == "" || !d.actsAsState(m) {
			continue
		}
		city := m.ent
		city.mentions--
		if m.ent.name == "Brussels" {
			// "Brussels warned Budapest": the European Union, whose seat it
			// is, not Belgium
			d.attach(m, d.entityFor(kg.Organization, "European Union"))
			continue
		}
		d.attach(m, d.entityFor(kg.Place, p.Country))
		folded[city] = true
	}
	// A capital the article uses as its state and never as a location
	// ("Moscow said ...; Moscow's war aims"): every mention is the state's.
	for city := range folded {
		if d.usedAsLocation(city) {
			delete(folded, city)
		}
	}
	for _, m := range d.ments {
		if m.ent == nil || !folded[m.ent] || m.ref {
			continue
		}
		p, _ := gazetteer.LookupPlace(m.ent.name)
		m.ent.mentions--
		d.attach(m, d.entityFor(kg.Place, p.Country))
	}
}

// usedAsLocation reports a place named somewhere as where things are or
// happen: after a preposition of place ("in Kyiv", "from Moscow"; not
// "ties with Moscow"), as a dateline ("KYIV, Ukraine —"), as what is
// attacked or what has a city's parts ("Kyiv was hit", "Kyiv's mayor").
func (d *doc) usedAsLocation(e *entity) bool {
	for _, m := range d.ments {
		if m.ent != e || d.inCreditLine(m.lo) {
			continue // "(Reporting by X in Kinshasa; ...)": where the reporter was, not what the story says of the city
		}
		j := m.lo - 1
		if j > 0 && (d.toks[j].lower == "the" || d.toks[j].lower == "a") {
			j-- // "from the Pyongyang area"
		}
		if j < 0 && m.hi < len(d.toks) && d.toks[m.hi].lower == "and" {
			continue // a headline's first words: "Manila and rebels agree ..."
		}
		if j > 0 && d.toks[j].lower == "to" && transfers[d.toks[j-1].lower] {
			continue // "selling drones to Kyiv": the state receives them
		}
		if j > 0 && d.toks[j].lower == "from" && stateSupport[d.toks[j-1].lower] {
			continue // "pressure from Washington": the state presses
		}
		if j < 0 || locatives[d.toks[j].lower] || placePreps[d.toks[j].lower] || attackVerbs[d.toks[j].lower] || visitVerbs[d.toks[j].lower] ||
			d.toks[m.lo].text == strings.ToUpper(d.toks[m.lo].text) {
			return true // "in Kyiv", "to visit Ankara"
		}
		k := m.hi
		if k < len(d.toks) && (d.toks[k].text == "(" || d.toks[k].text == "\u2014" || d.toks[k].text == "--") {
			return true // a dateline: "Kyiv (AFP) -"
		}
		if k < len(d.toks) && !d.toks[k].cap && (orgNouns[d.toks[k].lower] || d.toks[k].lower == "police" || d.toks[k].lower == "authorities" || adminWords[d.toks[k].lower]) {
			return true // "the Bucharest police": the city's
		}
		if k+1 < len(d.toks) && (d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s") && cityParts[d.toks[k+1].lower] {
			return true // "Kyiv's mayor", "Moscow's airport"
		}
		if k+1 < len(d.toks) && beForms[d.toks[k].lower] && attackVerbs[d.toks[k+1].lower] {
			return true // "Kyiv was hit"
		}
	}
	return false
}

// lyAdverb reports an adverb in -ly between a subject and its verb
// ("repeatedly", "reportedly"); not "supply", "rally", "ally".
func lyAdverb(t token) bool {
	return t.kind == tWord && !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !notAdverbs[t.lower]
}

// actsAsState reports a place mention that speaks, decides or is dealt
// with as a state: the subject of a verb of speech or policy, or the
// party of "relations|ties|talks with".
func (d *doc) actsAsState(m *mention) bool {
	if b := m.lo - 1; b >= 0 && (d.toks[b].lower == "capital" || d.toks[b].lower == "city") && !d.toks[b].cap {
		return false // "the march in the Peruvian capital Lima drew thousands": the city, named as such
	}
	if t := &d.toks[m.hi-1]; m.backer && (strings.HasSuffix(t.lower, "-led") || strings.HasSuffix(t.lower, "-backed")) {
		return true // "the Moscow-led alliance", "Tehran-backed militias"
	}
	if d.possessor(m) {
		// "Budapest's refusal", "under Beijing's auspices": the state's own
		// act or stand; "Kyiv's mayor" is the city's
		k := m.hi + 1
		for k < len(d.toks) && k < m.hi+4 && !d.toks[k].cap && d.toks[k].kind == tWord && !stanceNouns[d.toks[k].lower] && (strings.HasSuffix(d.toks[k].lower, "ed") || strings.HasSuffix(d.toks[k].lower, "ing") || d.toks[k].lower == "repeated" || d.toks[k].lower == "latest" || d.toks[k].lower == "new" || d.toks[k].lower == "continued" || claimAdjectives[d.toks[k].lower]) {
			k++ // "Budapest's continued refusal", "Beijing's growing ties", "Beijing's sweeping territorial claims"
		}
		for k < len(d.toks) && k < m.hi+4 && (d.toks[k].lower == "special" || d.toks[k].lower == "top" || d.toks[k].lower == "chief" || d.toks[k].lower == "new" || d.toks[k].lower == "own" || d.toks[k].kind == tQuote) {
			if q := d.toks[k]; q.kind == tQuote && q.open {
				for x := k + 1; x+1 < len(d.toks) && x < k+6 && d.toks[x].kind == tWord && !d.toks[x].cap; x++ {
					if c := d.toks[x+1]; c.kind == tQuote && !c.open {
						if x+2 < len(d.toks) && stanceNouns[d.toks[x+2].lower] {
							k = x + 1 // "Berlin's “interventionist and provocative” remarks"; not "Moscow's “shadow fleet”"
						} else if stanceNouns[d.toks[x].lower] {
							k = x - 1 // "Washington's “hostile policy”": the stance quoted whole
						}
						break
					}
				}
			}
			k++ // "Washington's special envoy", "Kinshasa's own failures", "Moscow's “shadow fleet”"
		}
		for k < len(d.toks) && k < m.hi+4 && stanceModifiers[d.toks[k].lower] {
			k++ // "Damascus' main military backer"
		}
		for k+1 < len(d.toks) && k < m.hi+5 && d.toks[k].kind == tWord && !d.toks[k].cap && !stanceNouns[d.toks[k].lower] && !stateEnvoys[d.toks[k].lower] && (d.toks[k+1].lower == "fleet" || d.toks[k+1].lower == "navy") {
			k++ // "Moscow's shadow fleet"
		}
		return m.hi < len(d.toks) && (d.toks[m.hi].lower == "'s" || d.toks[m.hi].lower == "\u2019s" || d.toks[m.hi].text == "'" || d.toks[m.hi].text == "\u2019") && k < len(d.toks) && !d.toks[k].cap && (stanceNouns[d.toks[k].lower] || stateEnvoys[d.toks[k].lower])
	}
	k := m.hi
	if k+1 < len(d.toks) && d.toks[k].text == "," && m.lo > 0 && !locatives[d.toks[m.lo-1].lower] && !nounPreps[d.toks[m.lo-1].lower] && apposOpeners[d.toks[k+1].lower] {
		// "Beijing, the largest buyer of its oil, said": past the apposition
		for x := k + 2; x < len(d.toks) && x < k+16 && d.toks[x].kind != tQuote && d.toks[x].text != "."; x++ {
			if d.toks[x].text == "," {
				if x+1 < len(d.toks) && (sayVerbs[d.toks[x+1].lower] || stateVerbs[d.toks[x+1].lower]) {
					return true
				}
				break
			}
		}
	}
	for k < len(d.toks) && k < m.hi+4 && (skippable[d.toks[k].lower] || d.toks[k].lower == "also" || d.toks[k].lower == "long" || d.toks[k].lower == "never" || d.toks[k].kind == tQuote || lyAdverb(d.toks[k])) {
		k++ // "Washington “stands with its allies”", "New Delhi has repeatedly denied", "Lima has long denied"
	}
	located := false // "the embassy in Lima said": the embassy speaks; but "officials in Lima said" is the state
	if b := m.lo - 1; b >= 1 && (d.toks[b].lower == "in" || d.toks[b].lower == "at") {
		o := d.mentAt[b-1]
		located = o != nil && o.kind == kg.Organization && o.hi == b
	}
	if !located && k < len(d.toks) && !d.toks[k].cap && (sayVerbs[d.toks[k].lower] || weakSayVerbs[d.toks[k].lower] || stateVerbs[d.toks[k].lower] || capitalActs[d.toks[k].lower] ||
		launchVerbs[d.toks[k].lower] && d.toks[k].lower != "made" || armedVerbs[d.toks[k].lower] || d.toks[k].lower == "attacked" || d.toks[k].lower == "invaded") {
		return true // "Moscow said", "Moscow launched an invasion"
	}
	if j := m.hi; !located && j+2 < len(d.toks) && d.toks[j].text == "," && (d.toks[j+1].lower == "which" || d.toks[j+1].lower == "who") {
		// "Paris, which has long opposed the deal", "drawing in
		// Washington, which has said": a relative clause of what states do
		x := j + 2
		for x < len(d.toks) && x < j+6 && (skippable[d.toks[x].lower] || lyAdverb(d.toks[x]) || d.toks[x].lower == "long") {
			x++
		}
		if x+1 < len(d.toks) && !d.toks[x].cap && (sayVerbs[d.toks[x].lower] || weakSayVerbs[d.toks[x].lower] || stateVerbs[d.toks[x].lower] || capitalActs[d.toks[x].lower] ||
			d.toks[x].lower == "led" && d.toks[x+1].lower != "to") {
			return true
		}
	}
	if k < len(d.toks) && k > m.hi && policyVerbs[d.toks[k].lower] && hypotheticals[d.toks[k-1].lower] {
		return true // "Washington would consider sending troops"
	}
	j := m.hi
	if c := d.mentAt[min(j+1, len(d.toks)-1)]; j+1 < len(d.toks) && d.toks[j].text == "," && c != nil && c.lo == j+1 && c.ent != nil && m.ent != nil && c.ent.name == m.ent.country && m.lo > 0 && (locatives[d.toks[m.lo-1].lower] || motionPreps[d.toks[m.lo-1].lower]) {
		return false // "a bus to Santiago, Chile, crashed": a town named with its country after a preposition is where, not who
	}
	if j+1 < len(d.toks) && d.toks[j].text == "," {
		// "Washington, by contrast, has pushed hard": past a short aside
		for x := j + 1; x < len(d.toks) && x < j+5; x++ {
			if d.toks[x].text == "," {
				j = x + 1
				break
			}
		}
	}
	if j == m.hi && j+1 < len(d.toks) && d.toks[j].kind == tQuote && !d.toks[j+1].cap {
		j++ // "Beijing “does not condone”"
	}
	subject := m.lo == 0 || !nounPreps[d.toks[m.lo-1].lower] && !locatives[d.toks[m.lo-1].lower] // not "Being Black in Lima should not be"
	if subject && j+1 < len(d.toks) && (modals[d.toks[j].lower] || d.toks[j].lower == "has" || d.toks[j].lower == "have" || d.toks[j].lower == "had") {
		// "Baku must understand", "Washington would provide", "Pristina has
		// blamed Belgrade"; not "Kyiv will be hit", "Kabul has been shaken"
		modal := modals[d.toks[j].lower]
		x := j + 1 // the verb, past "not", a quotation mark and adverbs
		if d.toks[x].lower == "not" && x+1 < len(d.toks) {
			x++
			modal = false // "Kyiv would not be": only a verb of state says it
		}
		if d.toks[x].kind == tQuote && x+1 < len(d.toks) {
			x++ // "Moscow would “closely follow”"
		}
		for x+1 < len(d.toks) && (lyAdverb(d.toks[x]) || d.toks[x].lower == "since" || d.toks[x].lower == "also") {
			x++ // "Brussels has since effectively frozen"
		}
		v := &d.toks[x]
		if v.kind == tWord && !v.cap && !beForms[v.lower] && v.lower != "been" && d.mentAt[x] == nil &&
			(modal || stateVerbs[v.lower] || sayVerbs[v.lower] || capitalActs[v.lower]) {
			return true // "Baghdad had failed to deliver"
		}
	}
	if subject && j+1 < len(d.toks) && (d.toks[j].lower == "has" || d.toks[j].lower == "have" || d.toks[j].lower == "had") {
		// "Kyiv has in turn stepped up drone strikes on Russian
		// refineries": a state's attacks, past "in turn" and adverbs
		x := j + 1
		if x+1 < len(d.toks) && d.toks[x].lower == "in" && d.toks[x+1].lower == "turn" {
			x += 2
		}
		for x < len(d.toks) && x < j+5 && (lyAdverb(d.toks[x]) || skippable[d.toks[x].lower]) {
			x++
		}
		if x < len(d.toks) && d.toks[x].kind == tWord && !d.toks[x].cap && strings.HasSuffix(d.toks[x].lower, "ed") && d.mentAt[x] == nil {
			for y := x + 1; y < len(d.toks) && y < x+6 && d.toks[y].kind == tWord && !d.toks[y].cap && d.mentAt[y] == nil; y++ {
				if attackNouns[d.toks[y].lower] && d.toks[y].lower != "fire" {
					return true
				}
			}
		}
	}
	if subject && j+2 < len(d.toks) && doForms[d.toks[j].lower] && d.toks[j+1].lower == "not" && stateBaseVerbs[d.toks[j+2].lower] {
		return true // "Beijing does not recognise the ruling"
	}
	if subject && j+1 < len(d.toks) && beForms[d.toks[j].lower] {
		a, quoted := j+1, false
		for a < len(d.toks) && a < j+5 && (d.toks[a].kind == tQuote || lyAdverb(d.toks[a]) || clauseAdverbs[d.toks[a].lower]) {
			quoted = quoted || d.toks[a].kind == tQuote
			a++ // "Washington was “working closely with ...”", "Brussels was “once again interfering”"
		}
		if a < len(d.toks) && (stateDoings[d.toks[a].lower] || quoted && d.stateIng(a)) {
			return true // "Washington was working with Riyadh", "Khartoum is bombing"
		}
	}
	if b := m.lo - 2; b >= 2 && d.toks[m.lo-1].lower == "in" && officialNouns[d.toks[b].lower] {
		for x := b - 1; x >= 1 && x >= b-3; x-- {
			if d.toks[x].lower == "to" && d.toks[x-1].lower == "according" {
				return true // "according to officials in Buenos Aires": the state's officials
			}
		}
	}
	if m.lo >= 2 && d.toks[m.lo-1].lower == "in" && stateSponsors[d.toks[m.lo-2].lower] {
		return true // "the gangs and their backers in Caracas"
	}
	if m.lo >= 2 && d.toks[m.lo-1].lower == "from" && stateSupport[d.toks[m.lo-2].lower] {
		return true // "under pressure from Washington", "with support from Abu Dhabi"
	}
	if subject && j+1 < len(d.toks) && (d.toks[j].lower == "has" || d.toks[j].lower == "have" || d.toks[j].lower == "had") {
		// "Washington has about 1,500 troops in the north-east", "Beijing
		// has major investments": what a state keeps abroad
		for x := j + 1; x < len(d.toks) && x < j+8 && !d.toks[x].cap && (d.toks[x].kind == tWord || d.toks[x].kind == tNum || d.toks[x].text == ","); x++ {
			if stateHoldings[d.toks[x].lower] {
				return true
			}
		}
	}
	if subject && j+1 < len(d.toks) && (beForms[d.toks[j].lower] || (d.toks[j].lower == "has" || d.toks[j].lower == "have") && d.toks[j+1].lower == "been") {
		// "Moscow was concerned", "Mogadishu has been angered", "Moscow was
		// "seriously concerned""
		a := j + 1
		if !beForms[d.toks[j].lower] {
			a++
		}
		for a < len(d.toks) && a < j+5 && (d.toks[a].kind == tQuote || strings.HasSuffix(d.toks[a].lower, "ly") || d.toks[a].lower == "also") {
			a++
		}
		if a < len(d.toks) && stanceAdjectives[d.toks[a].lower] {
			return true
		}
	}
	if m.lo >= 1 && d.toks[m.lo-1].lower == "what" && m.hi < len(d.toks) && (d.toks[m.hi].lower == "calls" || d.toks[m.hi].lower == "called" || d.toks[m.hi].lower == "describes" || d.toks[m.hi].lower == "described" || d.toks[m.hi].lower == "terms") {
		return true // "in what Kyiv calls a deliberate campaign"
	}
	if m.lo >= 2 && d.toks[m.lo-1].lower == "from" && stateEnvoys[d.toks[m.lo-2].lower] {
		return true // "delegations from Kyiv and Moscow"
	}
	if m.lo >= 4 && d.toks[m.lo-1].lower == "and" && d.toks[m.lo-3].lower == "from" && stateEnvoys[d.toks[m.lo-4].lower] {
		return true
	}
	if d.jointCapitals(m) {
		return true // "Seoul and Washington wrapped up joint drills": two capitals acting together
	}
	if m.lo >= 2 && (d.toks[m.lo-1].text == "," || d.toks[m.lo-1].lower == "and") {
		// "intelligence sharing with Bamako, Ouagadougou and Niamey": a
		// capital listed after one that acts as a state
		if p := d.mentAt[m.lo-2]; p != nil && p.hi == m.lo-1 && p.ent != nil && p.ent.kind == kg.Place {
			if pp, ok := gazetteer.LookupPlace(p.name); ok && pp.Capital && d.actsAsState(p) {
				return true
			}
		}
	}
	if m.lo > 0 && d.toks[m.lo-1].lower == "the" && m.hi < len(d.toks) && (d.toks[m.hi].lower == "regime" || d.toks[m.hi].lower == "government") {
		return true // "the Kinshasa regime": the state's rulers
	}
	if m.hi < len(d.toks) && stateEnvoys[d.toks[m.hi].lower] && !d.toks[m.hi].cap {
		return true // "Kyiv's and Moscow's negotiators", "Kigali envoys"
	}
	if m.lo >= 2 && d.toks[m.lo-1].lower == "by" && (stateAgentVerbs[d.toks[m.lo-2].lower] || stanceNouns[d.toks[m.lo-2].lower]) {
		return true // "militias armed by Kinshasa", "another step by Lima"
	}
	if m.lo >= 2 && d.toks[m.lo-1].lower == "on" && (d.toks[m.lo-2].lower == "called" || d.toks[m.lo-2].lower == "calls" || d.toks[m.lo-2].lower == "calling" || d.toks[m.lo-2].lower == "call") {
		return true // "called on Brussels to drop its demands", "we call on Baku to"
	}
	if m.lo >= 3 && d.toks[m.lo-1].lower == "of" && d.toks[m.lo-2].lower == "behalf" && d.toks[m.lo-3].lower == "on" {
		return true // "a war on behalf of Tehran"
	}
	if m.lo >= 2 && d.toks[m.lo-1].lower == "for" && stateAid[d.toks[m.lo-2].lower] {
		return true // "support for Kyiv", "the aid package for Kyiv": for the state
	}
	if m.lo >= 2 && (d.toks[m.lo-1].lower == "with" || d.toks[m.lo-1].lower == "to") && stateTies[d.toks[m.lo-2].lower] {
		return true // "relations with Tbilisi", "close ties to Damascus"
	}
	if m.lo >= 2 && d.toks[m.lo-1].lower == "to" && transfers[d.toks[m.lo-2].lower] {
		return true // "the supply of weapons and troops to Moscow": the state receives them
	}
	if m.lo >= 2 && d.toks[m.lo-1].lower == "that" && demandVerbs[d.toks[m.lo-2].lower] {
		return true // "demanded that Dushanbe stop provocations"
	}
	if m.lo >= 1 && stateObjects[d.toks[m.lo-1].lower] {
		return true // "represented Pyongyang at the forum", "accused Kyiv of"
	}
	if m.lo >= 1 && promptVerbs[d.toks[m.lo-1].lower] && m.hi+1 < len(d.toks) && d.toks[m.hi].lower == "to" && d.toks[m.hi+1].kind == tWord && !d.toks[m.hi+1].cap && d.mentAt[m.hi+1] == nil && !d.toks[m.hi+1].isArticle() {
		return true // "prompting Moscow to accuse Tallinn"; not "forced Kyiv to the brink"
	}
	if m.lo >= 2 && d.toks[m.lo-1].lower == "with" && coopVerbs[d.toks[m.lo-2].lower] {
		return true // "Washington was working with Riyadh"
	}
	if m.lo >= 3 && d.toks[m.lo-1].lower == "with" && d.toks[m.lo-2].kind == tQuote && stateTies[d.toks[m.lo-3].lower] {
		return true // "lodged “stern representations” with Washington"
	}
	// "relations between Lima and Santiago": both sides of the ties
	if m.lo >= 2 && d.toks[m.lo-1].lower == "between" && stateTies[d.toks[m.lo-2].lower] && m.hi+1 < len(d.toks) && d.toks[m.hi].lower == "and" {
		return true
	}
	if m.lo >= 4 && d.toks[m.lo-1].lower == "and" && d.toks[m.lo-3].lower == "between" && stateTies[d.toks[m.lo-4].lower] {
		return true
	}
	if m.lo >= 3 && d.toks[m.lo-1].lower == "and" {
		// "has long mediated between the rebels and Lima": a party to
		// what is mediated
		for b := m.lo - 2; b > 0 && b >= m.lo-6; b-- {
			if d.toks[b].lower == "between" {
				if mediateWords[d.toks[b-1].lower] {
					return true
				}
				break
			}
		}
	}
	if m.lo >= 1 && tellVerbs[d.toks[m.lo-1].lower] && !d.toks[m.lo-1].cap {
		// "we have told Lima again and again that ...": whom a state's
		// words are addressed to; not "told Lima residents", "told Lima
		// Mayor Ana Costa"
		if n := m.hi; n >= len(d.toks) || d.toks[n].kind != tWord && d.toks[n].lower != "'s" && d.toks[n].lower != "\u2019s" || d.toks[n].lower == "that" || d.toks[n].lower == "again" || d.toks[n].lower == "to" || d.toks[n].lower == "on" {
			return true
		}
	}
	if m.lo >= 3 && d.toks[m.lo-1].lower == "to" && d.toks[m.lo-2].lower == "in" && (giveForms[d.toks[m.lo-3].lower] || caveForms[d.toks[m.lo-3].lower]) {
		return true // "accused the minister of giving in to Lima", "caved in to Quito"
	}
	if m.lo >= 2 && d.toks[m.lo-1].lower == "to" && caveForms[d.toks[m.lo-2].lower] {
		return true // "refused to bow to Lima"
	}
	if b := m.lo - 2; b >= 1 && d.toks[m.lo-1].lower == "on" {
		if d.toks[b].kind == tQuote && b >= 2 {
			b-- // "would “never turn its back” on Lima"
		}
		if d.toks[b].lower == "back" && (d.toks[b-1].lower == "its" || d.toks[b-1].lower == "their") {
			return true // "would never turn its back on Lima"
		}
	}
	if subject && (m.lo == 0 || d.toks[m.lo-1].text != ",") && d.capitalDoes(j) {
		return true // "Pyongyang fired a missile", "London was circulating a draft"
	}
	// "will press Ottawa to", "accused Moscow of": a state as the
	// object of pressure, blame or appeal
	return m.lo >= 1 && stateObjectVerbs[d.toks[m.lo-1].lower] && m.hi < len(d.toks) && (d.toks[m.hi].lower == "to" || d.toks[m.hi].lower == "of" || d.toks[m.hi].lower == "for")
}

// stateIng reports a verb in -ing at toks[k] that no city does: not
// "mourning", "bracing".
func (d *doc) stateIng(k int) bool {
	v := &d.toks[k]
	return v.kind == tWord && !v.cap && strings.HasSuffix(v.lower, "ing") && len(v.lower) > 5 && !cityFates[v.lower] && d.mentAt[k] == nil
}

// capitalDoes reports a verb of action at toks[j], after a capital as
// its subject: a past form ("fired", "opposed", "had invited"), a form of
// "be" and a verb in -ing ("was circulating"), a modal, "not" and a verb
// ("would not sit down"), or "remained" and a stance ("remained
// committed"); not what befalls a city or what it hosts ("Lima woke to",
// "Lima was mourning", "Lima hosted", "Lima remained calm").
func (d *doc) capitalDoes(j int) bool {
	for j < len(d.toks) && (lyAdverb(d.toks[j]) || d.toks[j].lower == "also") {
		j++
	}
	if j+1 < len(d.toks) && (d.toks[j].lower == "remained" || d.toks[j].lower == "remains") {
		a := j + 1
		if d.toks[a].kind == tQuote && a+1 < len(d.toks) {
			a++
		}
		return stanceAdjectives[d.toks[a].lower] || d.toks[a].lower == "open" // "Lima remained committed", "Lima remained “open to dialogue”"
	}
	if j+1 < len(d.toks) && (d.toks[j].lower == "has" || d.toks[j].lower == "have" || d.toks[j].lower == "had") && d.toks[j+1].lower != "been" {
		j++ // "Lima had invited"
		for j < len(d.toks) && (lyAdverb(d.toks[j]) || d.toks[j].lower == "also" || d.toks[j].lower == "since" || d.toks[j].lower == "never") {
			j++ // "Lima has since strengthened", "Lima had never sent"
		}
		if j+2 < len(d.toks) && d.toks[j].lower == "for" && durationNouns[d.toks[j+1].lower] {
			j += 2 // "Lima had for years refused"
		}
		if j+1 >= len(d.toks) || beForms[d.toks[j].lower] || modals[d.toks[j].lower] {
			return false
		}
	}
	if j+1 >= len(d.toks) {
		return false
	}
	t := &d.toks[j]
	if t.kind != tWord || t.cap || d.mentAt[j] != nil {
		return false
	}
	switch {
	case beForms[t.lower]:
		return d.stateIng(j + 1)
	case modals[t.lower]:
		if d.toks[j+1].lower != "not" || j+2 >= len(d.toks) {
			return false
		}
		v := &d.toks[j+2]
		return v.kind == tWord && !v.cap && !beForms[v.lower] && v.lower != "have" && !cityFates[v.lower] && d.mentAt[j+2] == nil
	}
	if cityFates[t.lower] || d.toks[j+1].lower == "by" {
		return false
	}
	return pastVerbs[t.lower] || strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4 && !ownedSuffixes[t.lower]
}

// jointCapitals reports m as one of "X and Y <past verb>", both capitals
// of different countries: "Seoul and Washington wrapped up", "Lima and
// Quito signed".
func (d *doc) jointCapitals(m *mention) bool {
	var a, b *mention
	switch {
	case m.hi+1 < len(d.toks) && d.toks[m.hi].lower == "and":
		a, b = m, d.mentAt[m.hi+1]
	case m.lo >= 2 && d.toks[m.lo-1].lower == "and":
		a, b = d.mentAt[m.lo-2], m
	}
	if a == nil || b == nil || a.ent == nil || b.ent == nil || b.lo != a.hi+1 || b.hi >= len(d.toks) {
		return false
	}
	pa, oka := gazetteer.LookupPlace(a.name) // its own name: the other may be folded already
	pb, okb := gazetteer.LookupPlace(b.name)
	if !oka || !okb || !pa.Capital || !pb.Capital || pa.Country == pb.Country {
		return false
	}
	v := &d.toks[b.hi]
	return !v.cap && v.kind == tWord && (strings.HasSuffix(v.lower, "ed") || stateVerbs[v.lower] || stanceVerbsPlural[v.lower] || sayVerbs[v.lower] || modals[v.lower] || v.lower == "have")
}

// unify merges entities that are one by their names: the same name typed
// two ways ("the village of Saraf Jidad" and a guess that "Saraf Jidad" is
// a person) goes to the better supported kind, and a place named with a
// landform word ("Mayotte Island") to the place named without it.
func (d *doc) unify() {
	byName := map[string][]*entity{}
	for _, e := range d.ents {
		if e.mentions > 0 && e.kind != kg.Event {
			f := fold(e.name)
			byName[f] = append(byName[f], e)
		}
	}
	for _, es := range byName {
		if len(es) < 2 {
			continue
		}
		best := es[0]
		for _, e := range es[1:] {
			if d.support(e) > d.support(best) {
				best = e
			}
		}
		for _, e := range es {
			if e != best && e.mentions > 0 {
				d.merge(e, best)
			}
		}
	}
	for _, e := range d.ents {
		// "Ryanair Plc" is Ryanair
		ws := strings.Fields(e.name)
		if e.kind != kg.Organization || e.mentions == 0 || len(ws) < 2 || !gazetteer.IsOrgSuffix(strings.TrimSuffix(ws[len(ws)-1], ".")) || !legalSuffixes[strings.ToLower(strings.Trim(ws[len(ws)-1], "."))] {
			continue
		}
		if base := d.byKey[d.key(kg.Organization, strings.Join(ws[:len(ws)-1], " "))]; base != nil && base != e && base.mentions > 0 {
			d.merge(e, base)
		}
	}
	// "South Ossetian" beside "South Ossetia": an adjective of a place
	// the gazetteer does not know, no place of its own
	for _, e := range d.ents {
		if e.kind != kg.Place && (e.kind == kg.Event || strings.Contains(e.name, " ")) || e.mentions == 0 || !strings.HasSuffix(e.name, "n") {
			continue // "Transnistrian" guessed a person or a group is no better
		}
		for _, cut := range []string{"n", "an", "ian"} {
			base := d.byKey[d.key(kg.Place, strings.TrimSuffix(e.name, cut))]
			if base == nil || base == e || base.mentions == 0 {
				continue
			}
			for _, m := range d.ments {
				if m.ent == e {
					m.demonym = true
				}
			}
			d.merge(e, base)
			break
		}
	}
	for _, e := range d.ents {
		if e.kind != kg.Place || e.mentions == 0 {
			continue
		}
		ws := strings.Fields(e.name)
		if len(ws) < 2 || !landforms[ws[len(ws)-1]] {
			continue
		}
		base := d.byKey[d.key(kg.Place, strings.Join(ws[:len(ws)-1], " "))]
		if base != nil && base != e && base.mentions > 0 {
			d.merge(e, base)
		}
		if ws[len(ws)-1] == "Islands" && len(ws) == 2 {
			// "the Senkakus" beside "the Senkaku Islands"
			for _, k := range []kg.Kind{kg.Place, kg.Organization} {
				if pl := d.byKey[d.key(k, ws[0]+"s")]; pl != nil && pl != e && pl.mentions > 0 {
					d.merge(pl, e)
				}
			}
		}
	}
	d.mergeFacilities()
	d.mergeNamePrefixes()
	d.mergeNameVariants()
}

// mergeNameVariants folds the shorter forms of an organization's or a
// place's name into it: the singular of a group called in the plural
// ("Huthi fighters" ... "the Huthis"), the name without "Group" or a
// broadcaster's "TV" ("MTN" for "MTN Group", "Al Masirah" for "Al Masirah
// TV"), and without the Arabic article ("Mawasi" for "al-Mawasi").
func (d *doc) mergeNameVariants() {
	find := func(name string, kinds ...kg.Kind) *entity {
		for _, k := range kinds {
			if o := d.byKey[d.key(k, name)]; o != nil && o.mentions > 0 {
				return o
			}
		}
		return nil
	}
	for _, e := range d.ents {
		if e.mentions == 0 || e.kind != kg.Organization && e.kind != kg.Place {
			continue
		}
		ws := strings.Fields(e.name)
		var o *entity
		switch {
		case e.kind == kg.Organization && len(ws) == 1 && strings.HasSuffix(e.name, "s") && !strings.HasSuffix(e.name, "ss") && len(e.name) > 3:
			o = find(strings.TrimSuffix(e.name, "s"), kg.Organization, kg.Person)
		case e.kind == kg.Organization && len(ws) > 1 && (ws[len(ws)-1] == "Group" || broadcasterWords[ws[len(ws)-1]]):
			o = find(strings.Join(ws[:len(ws)-1], " "), kg.Organization, kg.Person)
		case len(ws[0]) > 3 && (strings.HasPrefix(ws[0], "al-") || strings.HasPrefix(ws[0], "Al-") || strings.HasPrefix(ws[0], "el-") || strings.HasPrefix(ws[0], "El-")):
			o = find(e.name[3:], e.kind, kg.Organization) // a bare name guessed an organization is no better
			if o != nil {
				if _, known := gazetteer.LookupPlace(o.name); known && e.kind == kg.Place {
					o = nil // a town the gazetteer knows under the bare name may be another
				}
			}
		}
		if o != nil && o != e {
			d.merge(o, e)
		}
	}
}

// mergeNamePrefixes folds a person named by the first words of one other
// person's longer name into that person, as names without a family name
// come ("Khalid Anwar Idris ... Khalid Anwar said"), or by its first and
// last word ("Khalid Idris"): two or more words, and only one longer name
// they fit.
func (d *doc) mergeNamePrefixes() {
	var persons []*entity
	for _, e := range d.ents {
		if e.kind == kg.Person && e.mentions > 0 {
			persons = append(persons, e)
		}
	}
	for _, e := range persons {
		ws := strings.Fields(e.name)
		if len(ws) < 2 || e.mentions == 0 {
			continue
		}
		var long *entity
		n := 0
		for _, o := range persons {
			ow := strings.Fields(o.name)
			if o != e && o.mentions > 0 && len(ow) > len(ws) && (slices.Equal(ow[:len(ws)], ws) || len(ws) == 2 && ow[0] == ws[0] && ow[len(ow)-1] == ws[1]) {
				long = o
				n++
			}
		}
		if n == 1 {
			d.merge(e, long)
		}
	}
}

// mergeFacilities folds the names of one site into one: a bare name into
// the facility it names when the gazetteer knows no town of that name ("the
// Jufra air base ... strikes on Jufra", "Tishreen Dam ... near Tishreen"),
// and the facility's forms with and without the words of its kind ("the
// Dioula gold mine ... the Dioula mine", "the Abu Shouk displacement camp
// ... Abu Shouk camp"). A known town stays apart from its facility:
// "Sanaa airport" is not Sanaa.
func (d *doc) mergeFacilities() {
	type site struct{ base, head string }
	first := map[site]*entity{}
	for _, e := range d.ents {
		if e.kind != kg.Place || e.mentions == 0 {
			continue
		}
		ws := strings.Fields(e.name)
		if len(ws) < 2 || !facilityHeads[strings.ToLower(ws[len(ws)-1])] {
			continue
		}
		k := len(ws) - 1
		for k > 1 && (ws[k-1] == strings.ToLower(ws[k-1]) || ws[k-1] == "IDP") {
			k-- // "displacement", "air", "gold", "IDP"
		}
		n := strings.Join(ws[:k], " ")
		if n == strings.ToLower(n) {
			continue
		}
		key := site{fold(n), strings.ToLower(ws[len(ws)-1])}
		if o := first[key]; o != nil && o != e && o.mentions > 0 {
			d.merge(e, o)
			continue
		}
		first[key] = e
		if _, known := gazetteer.LookupPlace(n); known {
			continue
		}
		if o := d.byKey[d.key(kg.Place, n)]; o != nil && o != e && o.mentions > 0 {
			d.merge(o, e)
		}
	}
}

// support is how well the article supports an entity's kind: its
// mentions typed by more than their shape, the gazetteer's first.
func (d *doc) support(e *entity) int {
	n := 0
	for _, m := range d.ments {
		if m.ent == e && !m.ref {
			n += int(m.str) * int(m.str)
		}
	}
	return n
}

// demonymsThatName marks the countries whose demonym names them after
// all: one standing for a person's country before the person's title
// ("Dominican president Ana Costa", "South African President X"), and a
// plural noun of the people ("the Israelis").
func (d *doc) demonymsThatName() {
	for _, m := range d.ments {
		if !m.demonym || m.ent == nil || m.ent.named || d.afterPrefix(m) {
			continue // "pro-European President X": no nationality
		}
		if w := m.name; strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !statelessPeoples[w] {
			if _, ok := gazetteer.Demonym(strings.TrimSuffix(w, "s")); ok {
				m.ent.named = true
				continue
			}
		}
		if d.personAfterTitles(m.hi, len(d.toks)) != nil {
			m.ent.named = true
		}
	}
}

// afterPrefix reports a mention written after a hyphenated prefix such as
// "pro-" or "anti-".
func (d *doc) afterPrefix(m *mention) bool {
	return m.lo > 0 && strings.HasSuffix(d.toks[m.lo-1].text, "-") && d.toks[m.lo-1].end == d.toks[m.lo].start
}

func (d *doc) inHeadline(m *mention) bool { return d.sentOf[m.lo] == 0 && d.tcase[0] }

// expansion finds the organization whose initials spell an acronym.
func (d *doc) expansion(acr string) *entity {
	hits := d.idx.byInitials[strings.ReplaceAll(acr, ".", "")]
	if len(hits) == 0 {
		return d.contraction(acr)
	}
	return hits[0]
}

// contraction is the one organization whose name a short form of five
// letters or more contracts from the first letters of its words
// ("AFRICOM" for "U.S. Africa Command"), or nil.
func (d *doc) contraction(acr string) *entity {
	if len(acr) < 5 || strings.Contains(acr, ".") {
		return nil
	}
	if _, place := gazetteer.LookupPlace(acr); place {
		return nil // "KINSHASA, Congo —": a dateline's town in capitals
	}
	return d.onlyEntity(func(e *entity) bool {
		return e.kind == kg.Organization && strings.Contains(e.name, " ") && contractionFit(acr, e.name)
	})
}

// mixedInitials are the capitals of a short form that keeps a function
// word's small letter ("LoC", "MoD", "DoD"): "LC", "MD", "DD"; "" for any
// other word.
func mixedInitials(w string) string {
	if len(w) < 3 || len(w) > 6 {
		return ""
	}
	var up []rune
	lower := 0
	for i, r := range w {
		switch {
		case unicode.IsUpper(r):
			up = append(up, r)
		case unicode.IsLower(r) && i > 0:
			lower++
		default:
			return ""
		}
	}
	last, _ := utf8.DecodeLastRuneInString(w)
	if len(up) < 2 || lower == 0 || lower > 2 || !unicode.IsUpper(last) {
		return ""
	}
	return string(up)
}

// initials are the capitals of a name's words, skipping function words.
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		lw := strings.ToLower(w)
		if lw == "of" || lw == "for" || lw == "and" || lw == "the" || lw == "&" {
			continue
		}
		for i, p := range strings.Split(w, "-") {
			r, _ := utf8.DecodeRuneInString(p)
			if i == 0 || unicode.IsUpper(r) {
				b.WriteRune(unicode.ToUpper(r)) // "Anti-Corruption": A, C
			}
		}
	}
	return b.String()
}

// orgPrefix finds the one organization whose name starts with the words w.
func (d *doc) orgPrefix(w []string) *entity {
	if len(w) == 0 {
		return nil
	}
	var hit *entity
	for _, e := range d.idx.orgByFirst[w[0]] {
		if len(e.words) <= len(w) {
			continue
		}
		ok := true
		for i := range w {
			if w[i] != e.words[i] {
				ok = false
				break
			}
		}
		if ok && subBodyHeads[lastWord(e.name)] {
			continue // "the Senate" is no "Senate Intelligence Committee": the body, not its part
		}
		if ok {
			switch {
			case hit == nil || hit == e || wordsPrefix(hit.words, e.words):
				hit = e // "Larkspur" for "Larkspur Gold" and "Larkspur Gold Corporation": the fuller
			case wordsPrefix(e.words, hit.words):
			default:
				return nil
			}
		}
	}
	return hit
}

// wordsPrefix reports whether a is a prefix of b.
func wordsPrefix(a, b []string) bool {
	return len(a) <= len(b) && slices.Equal(a, b[:len(a)])
}

// nameIndex finds entities by name words without scanning them all, so
// that long or junk input stays linear.
type nameIndex struct {
	byLast, byFirst map[string][]*entity // people
	orgByWord       map[string][]*entity
	orgByFirst      map[string][]*entity
	byInitials      map[string][]*entity // organizations and places of two words or more
	seen            map[*entity]bool
}

func (x *nameIndex) init() {
	if x.byLast == nil {
		x.byLast, x.byFirst = map[string][]*entity{}, map[string][]*entity{}
		x.orgByWord, x.orgByFirst = map[string][]*entity{}, map[string][]*entity{}
		x.byInitials = map[string][]*entity{}
		x.seen = map[*entity]bool{}
	}
}

func (x *nameIndex) addPerson(e *entity) {
	x.init()
	if len(e.words) == 0 {
		return
	}
	x.byLast[e.words[len(e.words)-1]] = append(x.byLast[e.words[len(e.words)-1]], e)
	x.byFirst[e.words[0]] = append(x.byFirst[e.words[0]], e)
	// "Cristina Fernandez de Kirchner" is "Fernandez" too, "Andres Manuel
	// Lopez Obrador" "Lopez": in a name of three words or more, a word
	// between the first and the last may stand alone
	if len(e.words) < 3 {
		return
	}
	for _, w := range e.words[1 : len(e.words)-1] {
		if !nameParticles[w] {
			x.byLast[w] = append(x.byLast[w], e)
		}
	}
}

// person finds the people whose names hold w as subseq defines; it
// returns one of them and how many there are (counting at most two).
func (x *nameIndex) person(w []string) (*entity, int) {
	x.init()
	if len(w) == 0 {
		return nil, 0
	}
	var hit *entity
	n := 0
	try := func(es []*entity) {
		for _, e := range es {
			if n > 1 {
				return
			}
			if e != hit && (subseq(w, e.words) || len(w) == 1 && len(e.words) > 2 && slices.Contains(e.words[1:len(e.words)-1], w[0]) && !nameParticles[w[0]]) {
				hit = e
				n++
			}
		}
	}
	try(x.byLast[w[len(w)-1]])
	if len(w) == 1 {
		try(x.byFirst[w[0]])
	}
	return hit, n
}

// addOrgs indexes the organizations and places among es.
func (x *nameIndex) addOrgs(es []*entity) {
	x.init()
	for _, e := range es {
		if x.seen[e] || e.kind != kg.Organization && e.kind != kg.Place {
			continue
		}
		x.seen[e] = true
		if strings.Contains(e.name, " ") {
			if in := initials(e.name); len(in) >= 2 {
				x.byInitials[in] = append(x.byInitials[in], e)
			}
		}
		if e.kind != kg.Organization || len(e.words) == 0 {
			continue
		}
		x.orgByFirst[e.words[0]] = append(x.orgByFirst[e.words[0]], e)
		for _, w := range e.words {
			x.orgByWord[w] = append(x.orgByWord[w], e)
		}
	}
}

// knownAs is the one place, person or organization already named name in
// the article, or nil.
func (d *doc) knownAs(name string) *entity {
	var hit *entity
	for _, k := range []kg.Kind{kg.Place, kg.Person, kg.Organization} {
		if e, ok := d.byKey[d.key(k, name)]; ok {
			if hit != nil {
				return nil
			}
			hit = e
		}
	}
	return hit
}

// orgContext reports whether the words around a lone unknown word make it
// an organization: "the company X", "a stake in X", "shares in X".
func (d *doc) orgContext(m *mention) bool {
	si := int(d.sentOf[m.lo])
	lo := d.sents[si].lo
	if m.lo <= lo {
		return false
	}
	p := d.toks[m.lo-1].lower
	if companyNouns[p] {
		return true
	}
	if m.hi < len(d.toks) && (insurgentNouns[d.toks[m.hi].lower] || d.toks[m.hi].lower == "forces" || d.toks[m.hi].lower == "fighters") {
		return true // "Kurdish Peshmerga forces", "Varnok rebels": an armed group
	}
	// "fans of X and Y": clubs, or bands
	of := m.lo - 1
	if p == "and" && m.lo-3 > lo && d.toks[m.lo-2].cap && d.mentAt[m.lo-2] != nil && d.mentAt[m.lo-2].hi-d.mentAt[m.lo-2].lo == 1 {
		of = m.lo - 3
	}
	if d.toks[of].lower == "of" && of-1 >= lo && fanNouns[d.toks[of-1].lower] {
		return true
	}
	if (p == "for" || p == "of") && m.lo-1 > lo && (spokesNouns[d.toks[m.lo-2].lower] || firmOfficers[d.toks[m.lo-2].lower] && d.toks[m.lo-2].lower != "subsidiary" && d.toks[m.lo-2].lower != "headquarters") {
		return true // "a spokesman for Tarnsund", "chief executive of Tarnsund": a body its officers speak for
	}
	if k := m.hi; k+1 < len(d.toks) && int(d.sentOf[k]) == si && !d.toks[k].cap && !gazetteer.IsCommonWord(strings.ToLower(m.name)) {
		// "Tarnsund spokesman Rui Lopes", "Tarnsund chief executive Rui
		// Lopes": the body its officer, named next, speaks for
		if d.toks[k].lower == "chief" && d.toks[k+1].lower == "executive" {
			k++
		}
		if (spokesNouns[d.toks[k].lower] || firmOfficers[d.toks[k].lower] && d.toks[k].lower != "subsidiary" && d.toks[k].lower != "headquarters") && k+1 < len(d.toks) {
			if n := d.mentAt[k+1]; n != nil && n.kind == kg.Person && n.lo == k+1 {
				return true
			}
		}
	}
	if (p == "in" || p == "of") && m.lo-1 > lo {
		q := d.toks[m.lo-2].lower
		return q == "stake" || q == "shares" || q == "stakes" || q == "shareholders" || q == "stock"
	}
	return d.sportsReport() && d.transferAt(m.lo, lo) // "joined Tarma from Varnok": clubs
}

// movedToward reports a lone word after a preposition of direction or
// after "the road to": "towards Kalvoro", "the road to Varsovo".
func (d *doc) movedToward(m *mention) bool {
	lo := d.sents[d.sentOf[m.lo]].lo
	if m.lo-1 < lo {
		return false
	}
	switch p := d.toks[m.lo-1].lower; p {
	case "towards", "toward", "near", "outside":
		return true
	case "to":
		return m.lo-2 >= lo && routeNouns[d.toks[m.lo-2].lower]
	}
	return false
}

// memberAt reports a lone word after "at" or "from" and someone who works
// there: "analysts at Bernstein", "researchers from Varnok".
func (d *doc) memberAt(m *mention) bool {
	lo := d.sents[d.sentOf[m.lo]].lo
	if m.lo-2 < lo {
		return false
	}
	p := d.toks[m.lo-1].lower
	return (p == "at" || p == "from") && memberNouns[d.toks[m.lo-2].lower]
}

// guessSingle types a lone capitalised word that matched nothing.
func (d *doc) guessSingle(m *mention) kg.Kind {
	si := int(d.sentOf[m.lo])
	lo := d.sents[si].lo
	if m.lo > lo {
		p := d.toks[m.lo-1].lower
		if d.memberAt(m) {
			return kg.Organization // "analysts at Bernstein", "researchers from Varnok"
		}
		switch p {
		case "in", "at", "near", "outside", "across", "towards", "toward":
			return kg.Place
		}
		if d.movedToward(m) {
			return kg.Place // "the road to Varsovo"
		}
		if armedVerbs[p] || (p == "on" || p == "upon") && m.lo-2 >= lo && attackNouns[d.toks[m.lo-2].lower] {
			return kg.Place // "shelled X", "airstrikes on X": where the blows fell
		}
		if d.titleBefore(m.lo, si) {
			return kg.Person
		}
	}
	if m.hi < d.sents[si].hi && sayVerbs[d.toks[m.hi].lower] && (gazetteer.IsGivenName(m.name) || surnameLike(m.name)) {
		return kg.Person // "Peskov told reporters"
	}
	if !isAcronym(m.name) && (d.metObject(m, lo) || d.personVerbAfter(m.hi, d.sents[si].hi)) {
		return kg.Person // "is expected to meet Varga", "Varga spoke by phone"
	}
	if k, ok := d.appositiveKind(m); ok {
		return k
	}
	if d.sportsReport() && d.playerName(m) {
		return kg.Person // a sports report's lone names are its players: "Deco scored"
	}
	if gazetteer.IsGivenName(m.name) && d.kinBefore(m.lo) {
		return kg.Person // "his father, Philippe,", "her son Tom"
	}
	if d.ageAfter(m.hi) {
		return kg.Person // "Tarik, 16, said": an age is a person's
	}
	return kg.Organization
}

// ageAfter reports an age in apposition at toks[k]: ", 16," or ", 16 at
// the time,".
func (d *doc) ageAfter(k int) bool {
	if k+2 >= len(d.toks) || d.toks[k].text != "," || d.toks[k+1].kind != tNum {
		return false
	}
	n, err := strconv.Atoi(d.toks[k+1].text)
	if err != nil || n < 1 || n > 115 {
		return false
	}
	return d.toks[k+2].text == "," || d.toks[k+2].lower == "at" && k+4 < len(d.toks) && d.toks[k+4].lower == "time"
}

// kinBefore reports a relative's noun right before the name at toks[k],
// with or without a comma, or before the first of two names joined by
// "and": "his father, Philippe", "her brother Tom", "his parents, Ana and
// Rui".
func (d *doc) kinBefore(k int) bool {
	if k >= 3 && d.toks[k-1].lower == "and" && d.mentAt[k-2] != nil && d.mentAt[k-2].hi == k-1 {
		k = d.mentAt[k-2].lo // the second of two names
	}
	if k >= 1 && d.toks[k-1].text == "," {
		k--
	}
	return k >= 1 && (kinNouns[d.toks[k-1].lower] || d.toks[k-1].lower == "parents")
}

// playerName reports a lone unknown word of a sports report that may be a
// player's name: no acronym, no word of a quotation (often another
// language's), no plural ("the Reds", "Champions") and no "-man" of a
// nationality ("the Welshman"), unless the name lists know it.
func (d *doc) playerName(m *mention) bool {
	if isAcronym(m.name) || d.inQuote[m.lo] || strings.Contains(m.name, " ") {
		return false
	}
	if gazetteer.IsGivenName(m.name) || gazetteer.IsSurname(m.name) {
		return true
	}
	return !strings.HasSuffix(m.name, "s") && !strings.HasSuffix(m.name, "man") && !strings.HasSuffix(m.name, "men")
}

// paternalSurname reports a place name that is the middle word of a
// three-word person's name, the first of two surnames by which Spanish and
// Portuguese names are cut short ("Javier Cárdenas Rincón ... Cárdenas
// said"), where it does not follow a preposition of place.
func (d *doc) paternalSurname(m *mention, p *entity) bool {
	ws := strings.Fields(p.name)
	if len(ws) != 3 || m.hi-m.lo != 1 || fold(ws[1]) != fold(m.name) || !gazetteer.IsGivenName(ws[0]) {
		return false
	}
	return m.lo == 0 || !locatives[d.toks[m.lo-1].lower] && !placePreps[d.toks[m.lo-1].lower]
}

// orgsOnBothSides reports a word listed between two organizations:
// "General Motors, Ford and Stellantis" (a common word too, but a name
// there).
func (d *doc) orgsOnBothSides(m *mention) bool {
	org := func(k int) bool {
		o := d.mentAt[k]
		return o != nil && o != m && o.ent != nil && o.ent.kind == kg.Organization
	}
	before := m.lo >= 2 && (d.toks[m.lo-1].text == "," || d.toks[m.lo-1].lower == "and") && org(m.lo-2)
	k := m.hi
	if k < len(d.toks) && d.toks[k].text == "," {
		k++
	}
	if k < len(d.toks) && d.toks[k].lower == "and" {
		k++
	}
	return before && k > m.hi && k < len(d.toks) && org(k)
}

// metObject reports a word met or spoken with: "meet X", "talks with
// X", "spoke by phone with X": someone, not something.
func (d *doc) metObject(m *mention, lo int) bool {
	k := m.lo - 1
	if k < lo {
		return false
	}
	if w := d.toks[k].lower; w == "meet" || w == "met" || w == "meets" {
		return true
	}
	if d.toks[k].lower != "with" {
		return false
	}
	for j := k - 1; j >= lo && j > k-5; j-- {
		switch d.toks[j].lower {
		case "spoke", "speaks", "talked", "talks", "met", "meet", "meeting", "phone", "telephone", "call":
			return true
		}
	}
	return false
}

// personVerbAfter reports a verb only people do after a subject ending
// before toks[k], past auxiliaries and "is expected to": "X spoke", "X is
// expected to meet".
func (d *doc) personVerbAfter(k, hi int) bool {
	for n := 0; k < hi && n < 4 && (skippable[d.toks[k].lower] || beForms[d.toks[k].lower] || d.toks[k].lower == "expected" || d.toks[k].lower == "to"); n++ {
		k++
	}
	return k < hi && personVerbs[d.toks[k].lower]
}

// surnameLike reports a word that is a listed surname and no common
// word, or that ends the way Slavic, Greek, Armenian, Turkish and other
// surnames end ("-ov", "-enko", "-poulos", "-yan", "-oglu").
func surnameLike(w string) bool {
	if gazetteer.IsSurname(w) && !gazetteer.IsCommonWord(strings.ToLower(w)) {
		return true
	}
	lw := strings.ToLower(w)
	for _, suf := range surnameEndings {
		if len(lw) > len(suf)+2 && strings.HasSuffix(lw, suf) {
			return true
		}
	}
	return false
}

// appositiveKind types a name by the appositive after it: "Varnokia, an
// economic union", "Kidal, a town in the north", "Lopes, a lawyer".
func (d *doc) appositiveKind(m *mention) (kg.Kind, bool) {
	s := d.sents[d.sentOf[m.lo]]
	k := m.hi
	if k+2 >= s.hi || d.toks[k].text != "," || !(d.toks[k+1].lower == "a" || d.toks[k+1].lower == "an" || d.toks[k+1].lower == "the") {
		return "", false
	}
	for x := k + 2; x < s.hi && x < k+6; x++ {
		w := d.toks[x].lower
		switch {
		case d.toks[x].kind != tWord || d.toks[x].cap:
			return "", false
		case placeNouns[w] || buildingNouns[w]:
			return kg.Place, true
		case roleWords[w] || personNouns[w]:
			return kg.Person, true
		case orgNouns[w] || companyNouns[w] || orgRefNouns[w] != "" || w == "union" || w == "bloc" || w == "alliance":
			return kg.Organization, true
		}
	}
	return "", false
}

// groupApposed reports ", a|an <words> <group noun>" after m, the group
// noun ending the description: "Fano, a loose network of militias,",
// "Fano, an armed group,"; not "Tamale, a claim the police denied".
func (d *doc) groupApposed(m *mention) bool {
	s := d.sents[d.sentOf[m.lo]]
	k := m.hi
	if k+2 >= s.hi || d.toks[k].text != "," || d.toks[k+1].lower != "a" && d.toks[k+1].lower != "an" {
		return false
	}
	for x := k + 2; x+1 < s.hi && x < k+6; x++ {
		t := &d.toks[x]
		if t.kind != tWord || t.cap || determiners[t.lower] {
			return false
		}
		if orgNouns[t.lower] {
			n := &d.toks[x+1]
			return n.text == "," || n.text == "." || appositionEnds[n.lower]
		}
	}
	return false
}

// commaAcronym reports initials set off by commas right after a body's
// name of two words or more, at toks[o] (the first comma): "the ruling
// Varnok Progressive Party, TNS, and the opposition". The initials must
// be unknown to the gazetteer, not another body's of the article, and used
// again on their own, as a short form is.
func (d *doc) commaAcronym(i, o int) bool {
	if o+2 >= len(d.toks) || d.toks[o].text != "," || d.toks[o+2].text != "," {
		return false
	}
	lm := d.mentAt[i]
	acr := d.toks[o+1].text
	if lm == nil || lm.ent == nil || lm.ent.kind != kg.Organization || lm.hi != i+1 || lm.hi-lm.lo < 2 || !isAcronym(acr) || len(acr) > 6 || strings.Contains(acr, ".") {
		return false
	}
	if _, ok := gazetteer.LookupOrg(acr); ok {
		return false
	}
	if _, ok := gazetteer.LookupPlace(acr); ok {
		return false
	}
	if e := d.orgWithInitials(acr, o+1); e != nil && e != lm.ent {
		return false
	}
	for k := o + 3; k < len(d.toks); k++ {
		if d.toks[k].text == acr {
			return true
		}
	}
	return false
}

// acronymDefs joins "Long Name (ACR)" pairs.
func (d *doc) acronymDefs() {
	for i := 0; i+3 < len(d.toks); i++ {
		o := i + 1
		if d.toks[o].lower == "'s" || d.toks[o].lower == "\u2019s" {
			o++ // "the Lisbon Diplomatic Institute's (LDInst) examination"
		}
		orForm := d.toks[o].text == "," && o+3 < len(d.toks) && d.toks[o+1].lower == "or" && (d.toks[o+3].text == "," || d.toks[o+3].text == ".")
		if orForm {
			o++ // "the Varnok Liberation Front, or VLF, said"
		}
		if !orForm && d.commaAcronym(i, o) {
			orForm = true // "the ruling Serbian Progressive Party, SNS, and": its initials in its own language
		}
		if o+2 >= len(d.toks) || !orForm && (d.toks[o].text != "(" || d.toks[o+2].text != ")") {
			continue
		}
		if orForm && (d.mentAt[i] == nil || d.mentAt[i].ent == nil || d.mentAt[i].ent.kind != kg.Organization ||
			!isAcronym(d.toks[o+1].text) && !(wordContraction(d.toks[o+1].text) && contractionFit(d.toks[o+1].text, d.mentAt[i].name))) {
			continue // "Peru, or Chile,": no initials; but "the Commission on Elections, or Comelec,"
		}
		lm, am := d.mentAt[i], d.mentAt[o+1]
		if lm != nil && lm.kind == kg.Place && !orForm {
			// "the UN Stabilization Mission in the DRC (MONUSCO)": known
			// initials are the mission's, whose name takes in the place
			j := lm.lo - 1
			if j > 0 && d.toks[j].lower == "the" {
				j--
			}
			if j > 0 && d.toks[j].lower == "in" {
				if om := d.mentAt[j-1]; om != nil && om.ent != nil && om.kind == kg.Organization && placedBodies[lastWord(om.name)] && am != nil && am.canon != "" {
					lm = om
				}
			}
		}
		acr := d.toks[o+1].text
		if lm == nil || lm.ent == nil || !isAcronym(acr) && !mixedAcronym(acr) && !hyphenAcronym(acr) && !(wordContraction(acr) && lm.ent.kind == kg.Organization && contractionFit(acr, lm.name)) {
			continue // but "Commission on Elections (Comelec)": a short form spelled as a word
		}
		// an organization may be known by the initials of its name in
		// another language: "Farmers' Union (UC)"
		if !initialsFit(acr, lm.name) && !(lm.ent.kind == kg.Organization && lm.hi-lm.lo >= 2 && (len(strings.ReplaceAll(acr, "-", "")) <= 6 || contractionFit(acr, lm.name) ||
			am != nil && am.ent != nil && am.ent.kind == kg.Organization && am.canon != "" || // a known body's short form: "Mozambique Liberation Front (FRELIMO)
			lm.hi-lm.lo >= 4 && isAcronym(acr) && len(acr) <= 10)) { // "National Federation of Mining Cooperatives of Bolivia (FENCOMIN)": its name's own language
			continue
		}
		if !initialsFit(acr, lm.name) && am != nil && am.ent != nil && am.canon != "" && strings.ToUpper(lm.name) == lm.name {
			continue // "UNITED NATIONS (AP)": a dateline's agency, known by its own name
		}
		if am != nil && am.ent != nil && am.ent != lm.ent && am.ent.kind == kg.Place && lm.ent.kind == kg.Organization && !d.isCountry(am.ent) {
			d.merge(am.ent, lm.ent) // "the Civic Party (PO)": the party's initials, not the river Po
		} else if am != nil && am.ent != nil && am.ent != lm.ent && am.canon != "" && lm.canon == "" && (!initialsFit(acr, lm.name) || mostWordsShared(lm.name, am.ent.name)) && d.orgKind(am.ent) != "media" {
			d.merge(lm.ent, am.ent) // a known organization keeps its known name: "Group for the Support of Islam and Muslims (JNIM)"
			continue
		} else if am != nil && am.ent != nil && am.ent != lm.ent {
			known := am.canon != "" && lm.canon == "" && am.ent.name != lm.ent.name
			other := am.ent.name
			d.merge(am.ent, lm.ent)
			if known {
				delete(lm.ent.aliases, other) // "the Senegalese National Army (SNA)": its initials, not the other body's name
			}
		} else if am == nil {
			lm.ent.aliases[acr] = true
		}
		// the abbreviation used on its own elsewhere is the same one
		if e := d.byKey[d.key(kg.Organization, acr)]; e != nil && e != lm.ent && e.mentions > 0 {
			d.merge(e, lm.ent)
		}
		// and so is its first part: "(CSP-DPA)" and later "the CSP"
		if head, _, ok := strings.Cut(acr, "-"); ok && hyphenAcronym(acr) && len(head) >= 2 {
			if _, known := gazetteer.LookupOrg(head); !known {
				if e := d.byKey[d.key(kg.Organization, head)]; e != nil && e != lm.ent && e.mentions > 0 {
					d.merge(e, lm.ent)
				}
			}
		}
	}
}

// mostWordsShared reports two names of which at least half the words of
// the longer are the other's, folded: "Jama'at Nasr al-Islam wal Muslimin"
// and the known "Jama'at Nusrat al-Islam wal-Muslimin" spell one name two
// ways.
func mostWordsShared(a, b string) bool {
	for _, w := range append(strings.Fields(a), strings.Fields(b)...) {
		if (isCountry(w) || demonymWord(w)) && !(strings.Contains(a, w) && strings.Contains(b, w)) {
			return false // "Senegalese National Army" is no "Somali National Army"
		}
	}
	wa, wb := strings.Fields(fold(a)), strings.Fields(fold(b))
	if len(wa) < len(wb) {
		wa, wb = wb, wa
	}
	shared := 0
	for _, w := range wa {
		if slices.Contains(wb, w) {
			shared++
		}
	}
	return len(wa) > 0 && 2*shared >= len(wa)
}

// contractionFit reports a short form made of the first letters of two
// or more of a name's words, in order: "CENTCOM" for "Central Command",
// "AFRICOM" for "Africa Command".
func contractionFit(acr, name string) bool {
	acr = strings.ToUpper(acr)
	ws := strings.Fields(strings.ToUpper(name))
	failed := map[[3]int]bool{} // states already tried, so that long names stay polynomial
	var fit func(a, w, used int) bool
	fit = func(a, w, used int) bool {
		if a == len(acr) {
			return used >= 2
		}
		if w == len(ws) {
			return false
		}
		key := [3]int{a, w, min(used, 2)}
		if failed[key] {
			return false
		}
		for l := 1; l <= len(ws[w]) && a+l <= len(acr); l++ {
			if ws[w][:l] != acr[a:a+l] {
				break
			}
			if fit(a+l, w+1, used+1) {
				return true
			}
		}
		if fit(a, w+1, used) { // a word the short form leaves out ("U.S.")
			return true
		}
		failed[key] = true
		return false
	}
	return fit(0, 0, 0)
}

// wordContraction reports a short form written as one capitalised word,
// no given name or place: "Comelec", "Mercosur".
func wordContraction(w string) bool {
	if len(w) < 4 || len(w) > 10 || !unicode.IsUpper(rune(w[0])) || gazetteer.IsGivenName(w) {
		return false
	}
	for _, r := range w[1:] {
		if !unicode.IsLower(r) {
			return false
		}
	}
	_, place := gazetteer.LookupPlace(w)
	return !place
}

// hyphenAcronym reports initials in parts joined by hyphens: "CSP-DPA".
func hyphenAcronym(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !isAcronym(p) {
			return false
		}
	}
	return true
}

// merge folds entity from into to.
func (d *doc) merge(from, to *entity) {
	if from == to {
		return
	}
	for _, m := range d.ments {
		if m.ent == from {
			m.ent = to
			m.kind = to.kind
		}
	}
	to.mentions += from.mentions
	to.affiliated = to.affiliated || from.affiliated
	to.named = to.named || from.named
	to.plain = to.plain || from.plain
	to.described = !to.plain
	from.mentions = 0
	d.byKey[d.key(from.kind, from.name)] = to
	to.aliases[from.name] = true
	for a := range from.aliases {
		to.aliases[a] = true
	}
}

// orgVariant finds the one organization a single word spells another way
// ("Hizballah" for "Hezbollah").
func (d *doc) orgVariant(w []string) *entity {
	if len(w) != 1 {
		return nil
	}
	var hit *entity
	for _, e := range d.idx.orgByWord[w[0]] {
		if len(e.words) != 1 {
			continue // "House" is no spelling of "White House"
		}
		if hit != nil && hit != e {
			return nil
		}
		hit = e
	}
	return hit
}

// orgWithWord finds the one organization whose name holds the word.
func (d *doc) orgWithWord(word string) *entity {
	var hits []*entity
	for _, e := range d.idx.orgByWord[skeleton(foldWord(word))] {
		ws := strings.Fields(e.name)
		if len(ws) == 2 && colours[strings.ToLower(ws[0])] {
			continue // "the House" is not the White House, nor the Blue House
		}
		for _, x := range ws {
			if strings.EqualFold(x, word) && !slices.Contains(hits, e) {
				hits = append(hits, e)
			}
		}
	}
	if len(hits) == 1 {
		return hits[0]
	}
	// "National Police" and "Peruvian National Police": the short form is
	// the long one's, so "Police" is too
	var long *entity
	for _, e := range hits {
		if long == nil || len(e.name) > len(long.name) {
			long = e
		}
	}
	for _, e := range hits {
		if e != long && !strings.HasSuffix(long.name, " "+e.name) {
			return nil
		}
	}
	return long
}

// placeEndingWith finds the one place of the article whose name of
// several words ends with word.
func (d *doc) placeEndingWith(word string) *entity {
	var hit *entity
	for _, e := range d.ents {
		if e.kind != kg.Place || e.mentions == 0 || !strings.HasSuffix(e.name, " "+word) {
			continue
		}
		if hit != nil {
			return nil
		}
		hit = e
	}
	return hit
}

// actsAt reports a lone word that speaks or acts: followed by a verb of
// speech or a possessive, or preceded by "the".
func (d *doc) actsAt(m *mention) bool {
	return d.speaksOrActs(m) || m.lo > 0 && d.toks[m.lo-1].lower == "the"
}

// speaksOrActs reports a say verb, a possessive or an attack verb right
// after m.
func (d *doc) speaksOrActs(m *mention) bool {
	if m.hi >= len(d.toks) {
		return false
	}
	n := d.toks[m.hi].lower
	return sayVerbs[n] || n == "'s" || n == "\u2019s" || attackVerbs[n]
}

// listOrgs turns towns named among organizations in a list into
// organizations ("Dell, Sony, Lenovo and Asus").
func (d *doc) listOrgs() {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.kind != kg.Place {
			continue
		}
		if p, ok := gazetteer.LookupPlace(m.ent.name); ok && p.Kind != gazetteer.City || !ok && m.str > fair {
			continue
		}
		if !d.listedWithOrg(m) || m.ent.mentions > 1 {
			continue
		}
		if m.lo > 0 && locatives[d.toks[m.lo-1].lower] {
			continue // "In Lima, State Department spokesman X said": where
		}
		e := m.ent
		e.mentions--
		delete(d.byKey, d.key(e.kind, e.name))
		d.attach(m, d.entityFor(kg.Organization, m.name))
	}
}

// mergeInnerOrgs folds an organization whose words all stand, in order
// and ending alike, in the one longer organization of the article
// ("Varnok Hospital" in "Varnok Community Hospital", "Ministry of Trade"
// in "Peruvian Ministry of Trade").
func (d *doc) mergeInnerOrgs() {
	var orgs []*entity
	for _, e := range d.ents {
		if e.kind == kg.Organization && e.mentions > 0 && len(e.words) >= 2 {
			orgs = append(orgs, e)
		}
	}
	for _, e := range orgs {
		var hit *entity
		n := 0
		for _, o := range orgs {
			if o != e && o.mentions > 0 && len(o.words) > len(e.words) && e.words[len(e.words)-1] == o.words[len(o.words)-1] && inOrder(e.words, o.words) && !distinctKnown(e.name, o.name) {
				hit = o
				n++
			}
		}
		if n == 1 {
			d.merge(e, hit)
		}
	}
}

// distinctKnown reports a short name the gazetteer knows as an organization
// of its own, which a longer name holding its words is not: the "Arakan
// Army" is no short form of the "Arakan Rohingya Salvation Army".
func distinctKnown(short, long string) bool {
	s, ok := gazetteer.LookupOrg(short)
	if !ok {
		return false
	}
	l, ok := gazetteer.LookupOrg(long)
	return !ok || l.Name != s.Name
}

// bodyOfItsOwn reports a known organization whose name opens a longer
// name with a head of its own: the "African Union" is no short form of the
// "African Union Transition Mission in Somalia"; "Toyota" is of "Toyota
// Motor Corporation".
func bodyOfItsOwn(short, long string) bool {
	if long == short+" dissidents" {
		return true // the fighters who broke away from the group
	}
	if rest, ok := strings.CutPrefix(long, short+"-"); ok {
		if suf, _, _ := strings.Cut(rest, " "); runSuffixes[suf] || backerSuffixes[suf] {
			return true // the "Taliban-run health ministry" is no name of the Taliban
		}
	}
	s, ok := gazetteer.LookupOrg(short)
	if !ok {
		return false
	}
	if l, ok := gazetteer.LookupOrg(long); ok && l.Name != s.Name {
		// both known, as two: the "United Nations" and its "United Nations
		// Mission in South Sudan", the "Islamic State" and its "Islamic
		// State Sahel Province"
		return true
	}
	sh, lh := lastWord(short), strings.Fields(long)
	for _, w := range lh[len(strings.Fields(short)):] {
		if w != sh && gazetteer.IsOrgHead(strings.ToLower(w)) && gazetteer.IsOrgHead(strings.ToLower(sh)) {
			return true
		}
	}
	return false
}

// mergeStateForces folds "the Peruvian military" or "Chile's army" into the
// one force of that country the article names ("Peruvian Armed Forces",
// "Chilean Army"): two names of one army.
func (d *doc) mergeStateForces() {
	countryOf := func(w string) string {
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if c, ok := gazetteer.Demonym(w); ok {
			return c
		}
		if isCountry(w) {
			return w
		}
		return ""
	}
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 {
			continue
		}
		ws := strings.Fields(e.name)
		if len(ws) != 2 || !genericForces[strings.ToLower(ws[1])] {
			continue
		}
		c := countryOf(ws[0])
		if c == "" {
			continue
		}
		var hit *entity
		n := 0
		for _, o := range d.ents {
			if o == e || o.kind != kg.Organization || o.mentions == 0 {
				continue
			}
			ows := strings.Fields(o.name)
			if last := ows[len(ows)-1]; len(ows) < 2 || last != "Forces" && last != "Army" && last != "Military" {
				continue
			}
			for _, w := range ows[:len(ows)-1] {
				if countryOf(w) == c {
					hit = o
					n++
					break
				}
			}
		}
		if n == 1 {
			d.merge(e, hit)
		}
	}
}

// homeOwners folds "the Army" or "the Police", left alone where the
// article names two such bodies (ownerByNoun), into the one of the
// dateline's country: "JAMMU (PTI) - ... the Army" with the Pakistan Army
// and the Indian Army named is the Indian Army.
func (d *doc) homeOwners() {
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 || strings.Contains(e.name, " ") || !ownerNouns[strings.ToLower(e.name)] {
			continue
		}
		if o := d.homeOwnerByNoun(strings.ToLower(e.name)); o != nil && o != e {
			d.merge(e, o)
		}
	}
}

// mergeJuntas folds "the Varnok junta" into "the Varnok military" where
// the article names both: the military that rules is the junta.
func (d *doc) mergeJuntas() {
	for _, e := range d.ents {
		ws := strings.Fields(e.name)
		if e.kind != kg.Organization || e.mentions == 0 || len(ws) < 2 || ws[len(ws)-1] != "junta" {
			continue
		}
		owner := strings.Join(ws[:len(ws)-1], " ")
		c, ok := gazetteer.Demonym(owner)
		if !ok {
			c = owner
		}
		dem, _ := gazetteer.DemonymFor(c)
		hit := d.onlyEntity(func(o *entity) bool {
			return o != e && o.kind == kg.Organization && (o.name == c+" military" || dem != "" && o.name == dem+" military")
		})
		if hit != nil {
			d.merge(e, hit)
		}
	}
}

// mergeBorderForces folds "Kyrgyz border guards" into the one border body
// of that country the article names ("the Kyrgyz Border Service").
// mergeLedMissions folds "the Kenya-led mission" into the one mission the
// article names ("the Multinational Security Support mission"): a
// mission called by who leads it is the mission named.
func (d *doc) mergeLedMissions() {
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 || !strings.HasSuffix(e.name, "-led mission") || strings.Count(e.name, " ") != 1 {
			continue
		}
		hit := d.onlyEntity(func(o *entity) bool {
			return o.kind == kg.Organization && strings.Contains(strings.ToLower(o.name), "mission") && !strings.HasSuffix(o.name, "-led mission")
		})
		if hit != nil {
			d.merge(e, hit)
		}
	}
}

// mergeNationalPolice folds "Kenyan police" into the one police the
// article names without a country ("the National Police Service") when
// the article is about that country: a country's police is its national
// police, whatever the article calls it.
func (d *doc) mergeNationalPolice() {
	national := d.onlyEntity(func(o *entity) bool {
		return o.kind == kg.Organization && o.mentions > 0 && nationalPoliceNames[o.name]
	})
	if national == nil {
		return
	}
	main := d.countMainCountry() // not mainCountry, which would fix the answer before resolution is done
	if main == "" {
		return
	}
	for _, e := range d.ents {
		ws := strings.Fields(e.name)
		if e == national || e.kind != kg.Organization || len(ws) != 2 || strings.ToLower(ws[1]) != "police" {
			continue
		}
		c, ok := gazetteer.Demonym(ws[0])
		if !ok && isCountry(ws[0]) {
			c, ok = ws[0], true
		}
		if ok && c == main {
			d.merge(e, national)
		}
	}
}

func (d *doc) mergeBorderForces() {
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 {
			continue
		}
		ws := strings.Fields(e.name)
		if len(ws) != 3 || ws[1] != "border" || !borderForceNouns[ws[2]] {
			continue
		}
		c, ok := gazetteer.Demonym(ws[0])
		if !ok {
			continue
		}
		dem, _ := gazetteer.DemonymFor(c)
		var hit *entity
		n := 0
		for _, o := range d.ents {
			if o == e || o.kind != kg.Organization || o.mentions == 0 || !strings.Contains(o.name, "Border") {
				continue
			}
			if strings.Contains(o.name, c) || dem != "" && strings.Contains(o.name, dem) {
				hit = o
				n++
			}
		}
		if n == 1 {
			d.merge(e, hit)
		}
	}
}

// mergeMinistries folds the two ways English names one ministry: "the
// Ministry of Foreign Affairs" and "the Foreign Ministry", "the Ministry of
// Defence" and "the Defence Ministry". A ministry named without its country
// ("the Foreign Ministry" after "Peru's Ministry of Foreign Affairs") is the
// one country's whose ministry of that portfolio the article names, when it
// names only one. The name used first stays.
func (d *doc) mergeMinistries() {
	type group struct {
		countries map[string]bool
		all       []*entity
	}
	groups := map[string]*group{}
	var order []string
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 {
			continue
		}
		country, port, ok := ministryKey(e.name)
		if !ok {
			continue
		}
		g := groups[port]
		if g == nil {
			g = &group{countries: map[string]bool{}}
			groups[port] = g
			order = append(order, port)
		}
		g.all = append(g.all, e)
		if country != "" {
			g.countries[country] = true
		}
	}
	for _, port := range order {
		g := groups[port]
		if len(g.countries) > 1 {
			// two countries' ministries: fold each country's own forms only
			first := map[string]*entity{}
			for _, e := range g.all {
				c, _, _ := ministryKey(e.name)
				if f, ok := first[c]; ok {
					d.merge(e, f)
					continue
				}
				first[c] = e
			}
			continue
		}
		for _, e := range g.all[1:] {
			d.merge(e, g.all[0])
		}
	}
}

// ministryKey splits a ministry's name into the country it belongs to ("" when
// it names none) and its portfolio, whichever way it is written ("Ministry
// of Foreign Affairs", "Chilean Foreign Ministry": "foreign"); ok is false
// for other names.
func ministryKey(name string) (country, port string, ok bool) {
	ws := strings.Fields(name)
	switch {
	case len(ws) >= 3 && ws[0] == "Ministry" && ws[1] == "of":
		port = ws[2]
		if port == "the" && len(ws) > 3 {
			port = ws[3]
		}
	case len(ws) >= 2 && strings.EqualFold(ws[len(ws)-1], "Ministry"):
		port = titleCase(ws[len(ws)-2])
		if len(ws) == 3 {
			country = ws[0]
		}
	case len(ws) >= 4 && ws[1] == "Ministry" && ws[2] == "of":
		country, port = ws[0], ws[3]
	default:
		return "", "", false
	}
	if !portfolio[port] {
		return "", "", false
	}
	if port == "Defense" {
		port = "Defence"
	}
	if country != "" {
		if c, ok := gazetteer.Demonym(country); ok {
			country = c
		}
	}
	return strings.ToLower(country), strings.ToLower(port), true
}

// inOrder reports whether the words of short stand in long in order.
func inOrder(short, long []string) bool {
	j := 0
	for _, w := range long {
		if j < len(short) && short[j] == w {
			j++
		}
	}
	return j == len(short)
}

// mergeShortEvents folds a named event into the one longer name of an
// event of the article that holds all its words: "the Olympics" and "the
// Winter Games" are the "Winter Olympics" an article names, "the Cup" its
// "World Cup"; with two such events, neither. "Games" is the head of the
// names of multi-sport events ("the Olympics" are "the Olympic Games"), so
// "the Games" alone is the one such event the article names.
func (d *doc) mergeShortEvents() {
	type eventWords struct {
		words map[string]bool
		games bool // "Games", or a name that implies it ("Olympics")
	}
	ws := map[*entity]eventWords{}
	var evs []*entity
	for _, e := range d.ents {
		if e.kind != kg.Event || e.mentions == 0 {
			continue
		}
		w := eventWords{words: map[string]bool{}}
		for _, f := range strings.Fields(strings.ToLower(e.name)) {
			if len(f) > 3 && strings.HasSuffix(f, "s") {
				f = f[:len(f)-1] // "Olympics", "Paralympics"
			}
			switch f {
			case "the", "of":
				continue
			case "game":
				w.games = true
				continue
			case "olympic", "paralympic":
				w.games = true
			}
			w.words[f] = true
		}
		ws[e] = w
		evs = append(evs, e)
	}
	// "the Lima Olympics" and "the Summer Olympics": one games named by
	// its town and by its season, when the article names one of each
	var bySeason, byTown []*entity
	for _, e := range evs {
		we := ws[e]
		if !we.games || len(we.words) != 2 {
			continue
		}
		for w := range we.words {
			switch {
			case w == "olympic" || w == "paralympic":
			case w == "summer" || w == "winter":
				bySeason = append(bySeason, e)
			case d.placeWord(w):
				byTown = append(byTown, e)
			}
		}
	}
	others := 0 // other games the article names, whatever their type ("the Cusco Olympics" taken for a place)
	for _, e := range d.ents {
		if l := strings.ToLower(e.name); e.mentions > 0 && e.kind != kg.Organization && e.kind != kg.Event && strings.Contains(l, " ") && (strings.Contains(l, "olympic") || strings.HasSuffix(l, " games")) {
			others++
		}
	}
	if len(bySeason) == 1 && len(byTown) == 1 && bySeason[0] != byTown[0] && others == 0 {
		d.merge(bySeason[0], byTown[0])
		delete(ws, bySeason[0])
		evs = slices.DeleteFunc(evs, func(e *entity) bool { return e == bySeason[0] })
	}
	// the longest first, so that "the Games" meets one event at most
	sort.SliceStable(evs, func(i, j int) bool { return len(ws[evs[i]].words) > len(ws[evs[j]].words) })
	for _, e := range evs {
		we := ws[e]
		if len(we.words) == 0 && !we.games {
			continue
		}
		if long := d.onlyEntity(func(o *entity) bool {
			wo, ok := ws[o]
			if !ok || o == e || len(wo.words) <= len(we.words) || we.games && !wo.games {
				return false
			}
			for w := range we.words {
				if !wo.words[w] {
					return false
				}
			}
			return true
		}); long != nil {
			d.merge(e, long)
		}
	}
}

// mergeTheHeads folds a one-word name written only after "the", a common
// word, into the one longer entity of the article whose name ends in it:
// "the Forum" after "the World Peace Forum", "the Agency" after "the
// Varnok Space Agency". A word that ends no longer name, or several, stays.
func (d *doc) mergeTheHeads() {
	bare := map[*entity]bool{} // named at least once otherwise than "the X"
	for _, m := range d.ments {
		if m.ent != nil && (m.lo == 0 || d.toks[m.lo-1].lower != "the" || m.hi-m.lo != 1) {
			bare[m.ent] = true
		}
	}
	for _, e := range d.ents {
		if e.mentions == 0 || e.kind == kg.Person || strings.Contains(e.name, " ") || !gazetteer.IsCommonWord(strings.ToLower(e.name)) || knownName(e.name) || chamberNames[e.name] || bare[e] {
			continue // "the House" is the legislature, not "the White House"
		}
		if long := d.onlyEntity(func(o *entity) bool {
			return o != e && o.kind != kg.Person && strings.HasSuffix(o.name, " "+e.name)
		}); long != nil {
			d.merge(e, long)
		}
	}
}

// mergeHeadOrder folds "Hotel X" into "X Hotel" (and the like for
// stadiums, arenas and markets): one building, its head word written before
// or after its name.
func (d *doc) mergeHeadOrder() {
	for _, e := range d.ents {
		if e.mentions == 0 || e.kind == kg.Person || e.kind == kg.Event {
			continue
		}
		head, rest, ok := strings.Cut(e.name, " ")
		if !ok || !orderFreeHeads[head] {
			continue
		}
		if o := d.onlyEntity(func(o *entity) bool { return o != e && o.kind == e.kind && o.name == rest+" "+head }); o != nil {
			d.merge(e, o)
		}
	}
}

// mergePlaceFirstWords folds a place named by the first word of the one
// longer town name of the article into it: "Tarvo" after "Tarvo dos
// Campos", "Rio" after "Rio de Janeiro". Not a place the gazetteer knows
// by the short name ("Papua" and "Papua New Guinea", "Mexico" and
// "Mexico City"), nor the town a region or a site is named
// after ("Tarma Province", "Tarma Dam").
func (d *doc) mergePlaceFirstWords() {
	byFirst := map[string][]*entity{} // the places of several words, by their first
	for _, o := range d.ents {
		if first, _, ok := strings.Cut(o.name, " "); ok && o.kind == kg.Place && o.mentions > 0 {
			byFirst[first] = append(byFirst[first], o)
		}
	}
	for _, e := range d.ents {
		if e.kind != kg.Place || e.mentions == 0 || strings.Contains(e.name, " ") || d.isCountry(e) || len(byFirst[e.name]) != 1 {
			continue
		}
		if _, known := gazetteer.LookupPlace(e.name); known {
			continue // "Papua" is no "Papua New Guinea"
		}
		o := byFirst[e.name][0]
		rest := strings.Fields(o.name[len(e.name)+1:])
		last := strings.ToLower(rest[len(rest)-1])
		if o.mentions == 0 || adminWords[last] || siteWords[last] || placeSuffixes[rest[len(rest)-1]] || last == "city" || compass[last] || gazetteer.IsCommonWord(last) {
			continue
		}
		// "Tarvo dos Campos", "Tarvo Peru": a town named with its saint's or
		// country's name; not "Papua New Guinea"
		if placeLinkers[rest[0]] && len(rest) > 1 || len(rest) == 1 && isCountry(rest[0]) {
			d.merge(e, o)
		}
	}
}

// placeWord reports a lower-case word that is the name of a place of the
// article or the gazetteer: "lima".
func (d *doc) placeWord(w string) bool {
	for _, e := range d.ents {
		if e.kind == kg.Place && e.mentions > 0 && strings.ToLower(e.name) == w {
			return true
		}
	}
	_, ok := gazetteer.LookupPlace(w)
	return ok
}

// mergeShortOrgs folds an organization into the one longer
// organization of the article whose name starts with it ("Toyota" and
// "Toyota Motor Corporation").
func (d *doc) mergeShortOrgs() {
	d.idx.addOrgs(d.ents)
	for _, e := range d.ents {
		if e.kind != kg.Organization || e.mentions == 0 || len(e.words) == 0 || isAcronym(e.name) {
			continue
		}
		if long := d.orgPrefix(e.words); long != nil && long != e && long.mentions > 0 && !bodyOfItsOwn(e.name, long.name) {
			d.merge(e, long)
			continue
		}
		if long := d.orgArticleTail(e); long != nil {
			d.merge(e, long)
			continue
		}
		if long := d.orgAfterTown(e); long != nil {
			d.merge(e, long)
		}
	}
	// "Southern Cross Lithium ... Southern Cross will build": a name
	// guessed a place that opens one company's name before its business
	for _, e := range d.ents {
		if e.kind != kg.Place || e.mentions == 0 || len(e.words) == 0 {
			continue
		}
		if _, ok := gazetteer.LookupPlace(e.name); ok {
			continue
		}
		if long := d.onlyEntity(func(o *entity) bool {
			if o.kind != kg.Organization || !strings.HasPrefix(o.name, e.name+" ") {
				return false
			}
			rest := strings.Fields(o.name[len(e.name)+1:])
			return len(rest) <= 2 && companyWords[rest[0]]
		}); long != nil {
			d.merge(e, long)
		}
	}
}

// orgAfterTown is the one company whose name is a town's and then e's
// one word and more: "Hengrui" after "Ningbo Hengrui New Energy", as news
// shortens "<town> <name> <business>" names; nil if none or several.
func (d *doc) orgAfterTown(e *entity) *entity {
	if strings.Contains(e.name, " ") || gazetteer.IsCommonWord(strings.ToLower(e.name)) {
		return nil
	}
	var long *entity
	for _, o := range d.ents {
		ws := strings.Fields(o.name)
		if o == e || o.kind != kg.Organization || o.mentions == 0 || len(ws) < 3 || ws[1] != e.name {
			continue
		}
		if p, ok := gazetteer.LookupPlace(ws[0]); !ok || p.Kind != gazetteer.City {
			continue
		}
		if long != nil {
			return nil
		}
		long = o
	}
	return long
}

// orgArticleTail is the organization whose longer name ends with e's, when
// e's opens with the Arabic article: "al-Furqan" after "Jaysh al-Furqan",
// "al-Nusra" after "Jabhat al-Nusra"; nil if none or more than one.
func (d *doc) orgArticleTail(e *entity) *entity {
	if len(e.name) < 5 || !strings.EqualFold(e.name[:3], "al-") && !strings.EqualFold(e.name[:3], "al ") {
		return nil
	}
	var long *entity
	for _, o := range d.ents {
		if o == e || o.kind != kg.Organization || o.mentions == 0 || len(o.name) <= len(e.name)+1 {
			continue
		}
		tail := o.name[len(o.name)-len(e.name):]
		if o.name[len(o.name)-len(e.name)-1] == ' ' && fold(tail) == fold(e.name) {
			if long != nil {
				return nil
			}
			long = o
		}
	}
	return long
}

// listedWithOrg reports a name standing in a comma list next to an
// organization ("Lenovo, Asus, and Dell").
func (d *doc) listedWithOrg(m *mention) bool {
	isOrg := func(k int) bool {
		o := d.mentAt[k]
		if o == nil || o == m {
			return false
		}
		if o.ent != nil {
			return o.ent.kind == kg.Organization
		}
		return o.kind == kg.Organization && o.str >= fair
	}
	if k := m.lo - 1; k > 0 && (d.toks[k].text == "," || d.toks[k].lower == "and") {
		if d.toks[k].lower == "and" && k > 0 && d.toks[k-1].text == "," {
			k--
		}
		if k > 0 && isOrg(k-1) {
			return true
		}
	}
	if k := m.hi; k+1 < len(d.toks) && (d.toks[k].text == "," || d.toks[k].lower == "and") {
		if d.toks[k].text == "," && k+2 < len(d.toks) && d.toks[k+1].lower == "and" {
			k++
		}
		if isOrg(k+1) && !d.possessor(d.mentAt[k+1]) {
			return true // but not "X, Al Jazeera's reporter, said": a possessive opens no list
		}
	}
	return false
}

// firstNamedWith is the person named first in the article whose longer
// name ends with the words w, or nil. The people are listed in the order
// the text names them once for each length of w, so many such mentions
// cost one pass each over the people, not over the text.
func (d *doc) firstNamedWith(w []string) *entity {
	if d.peopleInOrder == nil || d.peopleFor != len(w) {
		// listed again for each length: the people of longer names are
		// all read before any shorter name is (resolve, step 2)
		d.peopleInOrder, d.peopleFor = []*entity{}, len(w)
		seen := map[*entity]bool{}
		for k := range d.toks {
			if o := d.mentAt[k]; o != nil && o.lo == k && o.ent != nil && o.ent.kind == kg.Person && !seen[o.ent] {
				seen[o.ent] = true
				d.peopleInOrder = append(d.peopleInOrder, o.ent)
			}
		}
	}
	for _, e := range d.peopleInOrder {
		if len(e.words) > len(w) && slices.Equal(e.words[len(e.words)-len(w):], w) {
			return e
		}
	}
	return nil
}

// nearestPerson picks, among the people whose names hold the words w, the
// one mentioned last before m (or first after it).
func (d *doc) nearestPerson(m *mention, w []string) *entity {
	// a name spelled as written first: "Navalny" is Alexei Navalny, not
	// Yulia Navalnaya, whom the spelling skeleton also matches
	last := fold(lastWord(m.name))
	spelled := func(e *entity) bool {
		for _, x := range strings.Fields(e.name) {
			if fold(x) == last {
				return true
			}
		}
		return false
	}
	for _, exact := range []bool{true, false} {
		ok := func(k int) *entity {
			o := d.mentAt[k]
			if o == nil || o.ent == nil || o.ent.kind != kg.Person || len(o.ent.words) <= len(w) || !subseq(w, o.ent.words) || exact && !spelled(o.ent) {
				return nil
			}
			return o.ent
		}
		for k := m.lo - 1; k >= 0 && k > m.lo-2000; k-- {
			if e := ok(k); e != nil {
				return e
			}
		}
		for k := m.hi; k < len(d.toks) && k < m.hi+2000; k++ {
			if e := ok(k); e != nil {
				return e
			}
		}
	}
	return nil
}

// mixedAcronym reports an abbreviation written in mixed case, as some
// organizations write theirs: "IRBr", "FaSinPat".
func mixedAcronym(w string) bool {
	if len(w) < 3 || len(w) > 8 || !unicode.IsUpper(rune(w[0])) {
		return false
	}
	upper := 0
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2
}

// officialForms returns the other usual names of an organization: the
// United Nations' bodies with its name written out or short ("UN Security
// Council", "United Nations Security Council"), and a country's institution
// named "<Demonym> <body>", as reference works and other articles write
// them: "Chilean foreign ministry" is also the "Chilean Ministry of Foreign
// Affairs" and the "Ministry of Foreign Affairs of Chile", "Chilean
// Ministry of Health" the "Chilean Health Ministry",
// "Chilean Electoral Commission" the "Electoral Commission of Chile",
// "Chilean government" the "Government of Chile", and a national army,
// military or armed forces each of the others.
func officialForms(name string) []string {
	if forms, ok := usDepartmentForms[name]; ok {
		return forms // "State Department" is the "United States Department of State"
	}
	for _, un := range []string{"UN ", "U.N. "} {
		if rest, ok := strings.CutPrefix(name, un); ok && rest != "" {
			return []string{"United Nations " + rest} // "UN Security Council"
		}
	}
	if rest, ok := strings.CutPrefix(name, "United Nations "); ok && rest != "" {
		return []string{"UN " + rest}
	}
	if c, ok := strings.CutPrefix(name, "General Staff of "); ok && isCountry(strings.TrimPrefix(c, "the ")) {
		// "the General Staff of Ukraine's armed forces": the General
		// Staff of the Armed Forces of Ukraine
		return []string{"General Staff of the Armed Forces of " + c}
	}
	dem, body, ok := strings.Cut(name, " ")
	if !ok {
		return nil
	}
	if d2, b2, ok := strings.Cut(body, " "); ok {
		if _, two := gazetteer.Demonym(dem + " " + d2); two {
			dem, body = dem+" "+d2, b2 // "South Korean foreign ministry", "Central African government"
		}
	}
	if nationAdjectives[dem] {
		return nil // "Scottish Government", "Welsh Government": a nation's own, not the "Government of United Kingdom"
	}
	country, ok := gazetteer.Demonym(dem)
	if !ok {
		if p, place := gazetteer.LookupPlace(dem); place && p.Kind == gazetteer.Country && p.Name == dem {
			country, ok = dem, true // "Seychelles electoral commission"
		}
	}
	if !ok {
		return nil
	}
	ws := strings.Fields(body)
	if adj, ok := gazetteer.DemonymFor(country); country == dem && ok && adj != country {
		// "Sudan army" in a headline: the forms of the "Sudanese army"
		return append([]string{adj + " " + body}, officialForms(adj+" "+body)...)
	}
	if country == dem {
		// "Seychelles electoral commission": a country with no adjective
		// of its own names its bodies with its name
		if len(ws) >= 2 && bodyHeads[strings.ToLower(ws[len(ws)-1])] {
			for i, w := range ws {
				ws[i] = titleCase(w)
			}
			return []string{strings.Join(ws, " ") + " of " + theCountry(country)}
		}
		return nil
	}
	low := strings.ToLower(body)
	switch {
	case low == "government" || low == "federal government" || low == "central government":
		// "Somalia's federal government" is the "Federal Government of Somalia"
		out := []string{"Government of " + country}
		if federalStates[country] {
			out = append(out, "Federal Government of "+country)
		}
		if strings.Contains(country, " ") {
			out = append(out, country+" government") // "Burkinabe government" is the "Burkina Faso government"
		}
		return out
	case low == "coast guard" || low == "coastguard":
		return []string{dem + " Coast Guard", country + " Coast Guard"} // "the Chinese coast guard" is the "China Coast Guard"
	case low == "general staff":
		// "the Ukrainian General Staff" is the "General Staff of the Armed
		// Forces of Ukraine"
		return []string{"General Staff of the Armed Forces of " + theCountry(country), "General Staff of " + theCountry(country)}
	case low == "army" || low == "military" || low == "armed forces":
		var out []string
		for _, f := range []string{"army", "military", "Armed Forces"} {
			if !strings.EqualFold(f, low) {
				out = append(out, dem+" "+f)
			}
		}
		// as reference works name them: "Pakistan Army", "Armed Forces
		// of the Philippines"
		if country != dem {
			out = append(out, country+" Army", country+" Armed Forces", country+" military") // and "the Myanmar military"
		}
		return append(out, "Armed Forces of "+theCountry(country))
	case low == "police":
		// "Malawian police" is the "Malawi Police Service", "Nepal
		// Police", the "Peruvian National Police": the usual official
		// forms of a national police
		return []string{country + " Police", country + " Police Service", country + " Police Force", dem + " National Police", "National Police of " + theCountry(country)}
	case len(ws) >= 2 && strings.EqualFold(ws[len(ws)-1], "ministry"):
		p := make([]string, len(ws)-1)
		for i, w := range ws[:len(ws)-1] {
			p[i] = titleCase(w)
		}
		port := strings.Join(p, " ")
		// "Pakistan Foreign Ministry", "Foreign Ministry of Kyrgyzstan"
		forms := []string{country + " " + strings.Join(p, " ") + " Ministry", strings.Join(p, " ") + " Ministry of " + theCountry(country)}
		if port == "Foreign" {
			port = "Foreign Affairs"
		}
		if port == "Defence" || port == "Defense" {
			// the name several states give it: "Turkish Ministry of
			// National Defence", "Taiwan Ministry of National Defense"
			forms = append(forms, dem+" Ministry of National "+port, country+" Ministry of National "+port)
		}
		return spellings(append([]string{dem + " Ministry of " + port, "Ministry of " + port + " of " + country, "Ministry of " + port, country + " Ministry of " + port}, forms...))
	case len(ws) >= 3 && ws[0] == "Ministry" && ws[1] == "of":
		port := strings.Join(ws[2:], " ")
		of := "Ministry of " + port + " of " + country // "Ministry of Foreign Affairs of Japan"
		bare := "Ministry of " + port                  // "Ministry of Unification", as its own name
		if port == "Foreign Affairs" {
			port = "Foreign"
		}
		return spellings([]string{dem + " " + port + " Ministry", of, bare})
	case len(ws) >= 2 && allCapitalised(ws):
		return []string{body + " of " + country, country + " " + body} // "Ghanaian Electoral Commission" is the "Electoral Commission of Ghana", the "Ghana Electoral Commission"
	case (len(ws) >= 2 || low == "parliament") && bodyHeads[strings.ToLower(ws[len(ws)-1])]:
		for i, w := range ws {
			ws[i] = titleCase(w)
		}
		return []string{strings.Join(ws, " ") + " of " + theCountry(country)} // "Chilean electoral commission"
	}
	return nil
}

// spellings adds to forms their British or American spellings: a
// "Ministry of Defense" is written "Ministry of Defence" as often.
func spellings(forms []string) []string {
	out := forms
	for _, f := range forms {
		switch {
		case strings.Contains(f, "Defense"):
			out = append(out, strings.ReplaceAll(f, "Defense", "Defence"))
		case strings.Contains(f, "Defence"):
			out = append(out, strings.ReplaceAll(f, "Defence", "Defense"))
		}
	}
	return out
}

// theCountry is a country's name as it stands after "of": "the
// Philippines", "the United States", "Peru".
func theCountry(c string) string {
	if theCountries[c] || strings.HasPrefix(c, "United ") || strings.HasPrefix(c, "Republic ") || strings.HasPrefix(c, "Democratic ") || strings.HasPrefix(c, "Central ") || strings.HasSuffix(c, " Republic") {
		return "the " + c
	}
	return c
}

// allCapitalised reports words that all open with a capital letter.
func allCapitalised(ws []string) bool {
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// matchForms are the forms by which a described body may already be named
// in the article: its official forms, and for a country's army the names
// states give their forces ("Ethiopian National Defense Force", "Kenya
// Defence Forces"). Those last only find a body the text names; they are
// never given as aliases, since most are no real name.
func matchForms(name string) []string {
	forms := officialForms(name)
	dem, body, ok := strings.Cut(name, " ")
	if !ok {
		return forms
	}
	switch strings.ToLower(body) {
	case "army", "military", "armed forces":
	default:
		return forms
	}
	country, ok := gazetteer.Demonym(dem)
	if !ok {
		return forms
	}
	for _, rest := range armyNames {
		forms = append(forms, dem+" "+rest)
		if country != dem {
			forms = append(forms, country+" "+rest)
		}
	}
	return forms
}

// inCreditLine reports toks[k] inside a wire story's credit line:
// "(Reporting by Ana Costa in Lima; Editing by Rui Lopes)". Where each
// sentence's credit starts is found once.
func (d *doc) inCreditLine(k int) bool {
	if d.creditAt == nil {
		d.creditAt = make([]int32, len(d.sents))
		for si, s := range d.sents {
			d.creditAt[si] = int32(s.hi)
			for j := s.lo; j+1 < s.hi; j++ {
				if w := d.toks[j].lower; (w == "reporting" || w == "writing" || w == "editing") && d.toks[j+1].lower == "by" &&
					(j == s.lo || d.toks[j-1].text == "(" || d.toks[j-1].text == ";" || d.toks[j-1].lower == "additional") {
					d.creditAt[si] = int32(j)
					break
				}
			}
		}
	}
	return int32(k) > d.creditAt[d.sentOf[k]]
}

// guessesInLongerNames folds a "person" guessed only from the shape of
// its name, or a lone word guessed an organization, into the organization
// or site whose name holds it whole:
// "Serra Azul executives" after "Mineração Serra Azul SA", "a shutdown of
// Córrego Fundo" after "the Córrego Fundo mine".
func (d *doc) guessesInLongerNames() {
	guessed := d.typedOnlyBy(kg.Person, "type-person-shape")
	for e, ok := range d.typedOnlyBy(kg.Organization, "type-single-word") {
		guessed[e] = ok // "Sanoukou" after "the Sanoukou mine": the mine
	}
	for _, p := range d.ents {
		if !guessed[p] || p.mentions == 0 || !strings.Contains(p.name, " ") && p.kind == kg.Person {
			continue
		}
		// two of them hold it: which one is not told
		if into := d.onlyEntity(func(o *entity) bool {
			return o != p && o.kind != kg.Person && o.kind != kg.Event && len(o.name) > len(p.name) && strings.Contains(" "+o.name+" ", " "+p.name+" ")
		}); into != nil {
			d.merge(p, into)
		}
	}
}

// typedOnlyBy marks the entities of kind whose every mention the type
// rule named typed: a guess the article never confirmed another way.
func (d *doc) typedOnlyBy(kind kg.Kind, rule string) map[*entity]bool {
	only := map[*entity]bool{}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.kind != kind {
			continue
		}
		if _, seen := only[m.ent]; !seen {
			only[m.ent] = true
		}
		if m.typedBy != rule {
			only[m.ent] = false
		}
	}
	return only
}

// mergeNicknames folds a person named by the familiar form of a given
// name into the one person of the article whose given name it shortens:
// "Jim" and "Jim Holt" into "James Holt", "Bill" into "William Ross".
func (d *doc) mergeNicknames() {
	for _, e := range d.ents {
		if e.kind != kg.Person || e.mentions == 0 {
			continue
		}
		first, rest, _ := strings.Cut(e.name, " ")
		formal := nicknames[first]
		if formal == "" {
			continue
		}
		if o := d.onlyEntity(func(o *entity) bool {
			of, orest, ok := strings.Cut(o.name, " ")
			return o != e && o.kind == kg.Person && ok && strings.Contains(" "+formal+" ", " "+of+" ") && (rest == "" || rest == orest)
		}); o != nil && !d.sameSentence(e, o) {
			d.merge(e, o)
		}
	}
}

// mergeMisspelledPeople joins two people of the article whose names of
// two or more words differ in one letter of one long word, as a slip of
// the writer's spells a name twice ("Pierre Aubameyang", then "Pierre
// Augameyang"): one person, named mostly the first way.
func (d *doc) mergeMisspelledPeople() {
	var people []*entity
	for _, e := range d.ents {
		if e.kind == kg.Person && e.mentions > 0 && strings.Count(e.name, " ") >= 1 {
			people = append(people, e)
		}
	}
	if len(people) > 200 {
		return // a run-on text of names: no pairwise reading
	}
	for i, a := range people {
		for _, b := range people[i+1:] {
			if a.mentions == 0 || b.mentions == 0 || !oneSlip(a.name, b.name) || d.sameSentence(a, b) {
				continue // "Ana Marques and Ana Marquez met": two people
			}
			if d.support(b) > d.support(a) {
				d.merge(a, b)
			} else {
				d.merge(b, a)
			}
		}
	}
}

// mergeMisspelledWords joins a lone word of six letters or more that one
// slip of the writer turns into another name of the article: a person's
// surname ("Varnokin" for Rui Varnoksin's) or another lone word
// ("Tarmacorp" and "Tarmacrop"). A known place or given name is left
// alone ("Gambia" is no slip for "Zambia"), and so is a word that more
// than one name fits, and so are initials ("SPLA-IO" and "SPLM-IO" are two
// bodies).
func (d *doc) mergeMisspelledWords() {
	lone := func(e *entity) bool {
		if e.kind == kg.Event || e.mentions == 0 || strings.Contains(e.name, " ") || utf8.RuneCountInString(e.name) < 6 || gazetteer.IsGivenName(e.name) || isAcronym(e.name) {
			return false
		}
		_, place := gazetteer.LookupPlace(e.name)
		return !place
	}
	var words []*entity
	for _, e := range d.ents {
		if lone(e) {
			words = append(words, e)
		}
	}
	if len(words) > 200 {
		return // a run-on text of names: no pairwise reading
	}
	for _, e := range words {
		if e.mentions == 0 {
			continue
		}
		var to *entity
		n := 0
		for _, o := range d.ents {
			if o == e || o.mentions == 0 || o.kind == kg.Event {
				continue
			}
			w := o.name
			if o.kind == kg.Person {
				w = lastWord(o.name)
			} else if strings.Contains(o.name, " ") {
				continue
			}
			if w != e.name && utf8.RuneCountInString(w) >= 6 && oneEdit(e.name, w) {
				to = o
				n++
			}
		}
		if n != 1 || to.kind != kg.Person && d.support(e) > d.support(to) {
			continue
		}
		d.merge(e, to)
	}
}

// oneSlip reports two names of the same words but one, a word of six
// letters or more that one letter changed, added, dropped or swapped with
// its neighbour turns into the other.
func oneSlip(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	diff := -1
	for i := range wa {
		if wa[i] != wb[i] {
			if diff >= 0 {
				return false
			}
			diff = i
		}
	}
	if diff < 0 || len(wa[diff]) < 6 || len(wb[diff]) < 6 {
		return false
	}
	return oneEdit(wa[diff], wb[diff])
}

// oneEdit reports two different words one edit apart: a letter changed,
// added or dropped, or two neighbours swapped.
func oneEdit(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if len(x) == len(y) {
		if x[i+1:] == y[i+1:] {
			return true // changed
		}
		return i+1 < len(x) && x[i] == y[i+1] && x[i+1] == y[i] && x[i+2:] == y[i+2:] // swapped
	}
	return x[i:] == y[i+1:] // added or dropped
}

// sameSentence reports two entities named in one sentence.
func (d *doc) sameSentence(a, b *entity) bool {
	in := map[int32]bool{}
	for _, m := range d.ments {
		if m.ent == a && !m.ref {
			in[d.sentOf[m.lo]] = true
		}
	}
	for _, m := range d.ments {
		if m.ent == b && !m.ref && in[d.sentOf[m.lo]] {
			return true
		}
	}
	return false
}
