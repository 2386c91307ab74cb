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

// strength says how sure a mention's type is.
type strength uint8

const (
	weak   strength = iota // a guess from shape alone
	fair                   // a contextual cue
	strong                 // a gazetteer entry or an unambiguous head word
)

// mention is one naming of an entity: tokens toks[lo:hi].
type mention struct {
	lo, hi     int
	start, end int
	name       string // the name without titles, as written
	canon      string // canonical name when a gazetteer knows it
	kind       kg.Kind
	str        strength
	unknown    bool   // single word of unknown type
	role       string // office from a title ("president")
	nat        string // country from a demonym before the title
	alias      string // extra surface form to record ("Mr Putin")
	demonym    bool
	opener     bool   // a common word capitalised as a sentence's first word
	country    string // a place's country
	ent        *entity
	// ref: a description or pronoun the coreference stage resolved to ent
	// ("the airline"); it is read like a name but never counted or
	// exported as a mention or an alias.
	ref bool
	// typedBy is the type rule that typed the mention, if one did.
	typedBy string
	// described: a description standing for an actor ("Iraqi
	// insurgents"), no name
	described bool
	// poss: a possessive pronoun reference ("its"), which possesses what
	// follows as "X's" does.
	poss bool
	// backer: a place named inside a compound modifier ("Iran-backed"),
	// which supports or hosts what follows and owns none of it.
	backer bool
	// eventName: an unknown word the article uses only to name an event
	// ("the Varnok massacre"), no entity of its own unless used otherwise.
	eventName bool
}

// entity is one entity of the article.
type entity struct {
	kind kg.Kind
	name string
	// idv caches the ID minted for idKind and idName, the kind and name
	// the entity had then (merges may rename it).
	idv, idName string
	idKind      kg.Kind
	aliases     map[string]bool
	mentions    int
	country     string
	nat         string
	role        string
	words       []string // folded name words, for surname matching
	placeID     string
	start       time.Time // an event's date, when its phrase gives one
	order       int
	// named: some mention names the entity; a country seen only through
	// its demonym ("Italian officials") is no mention of the country.
	named bool
	// described: the entity is an actor the text names only by a
	// description ("Iraqi insurgents", "Brazilian police"); plain: some
	// mention names it otherwise.
	described, plain bool
	// affiliated: an organization named in a compound modifier ("a
	// NATO-backed uprising"), which names it without counting as a
	// mention of an actor
	affiliated bool
}

func (e *entity) id() string {
	if e.idv == "" || e.idName != e.name || e.idKind != e.kind {
		e.idv, e.idName, e.idKind = kg.EntityID(e.kind, e.name), e.name, e.kind
	}
	return e.idv
}

// sex is the sex a person's given name mostly goes with ('M', 'F'), or 0.
func (e *entity) sex() byte {
	if e.kind != kg.Person {
		return 0
	}
	first, rest, _ := strings.Cut(e.name, " ")
	if rest != "" && e.aliases[first] {
		// "Lin Bao ... Lin said": the family name comes first, and
		// says nothing of the person's sex
		return 0
	}
	if s, ok := gazetteer.Sex(first); ok {
		return s
	}
	return 0
}

func (e *entity) export() kg.Entity {
	out := kg.Entity{ID: e.id(), Kind: e.kind, Name: e.name, Mentions: e.mentions, PlaceID: e.placeID, StartDate: e.start}
	if e.affiliated && out.Mentions == 0 {
		out.Mentions = 1 // "a NATO-backed uprising": named once
	}
	if e.kind == kg.Place && e.country != e.name {
		out.Country = e.country
	}
	fn := kg.FoldName(e.name)
	seen := map[string]bool{}
	for a := range e.aliases {
		if a == "" || a == e.name || len(a) > kg.MaxNameBytes {
			continue
		}
		if kg.FoldName(a) == fn && strings.EqualFold(a, e.name) {
			continue
		}
		if seen[a] {
			continue
		}
		seen[a] = true
		out.Aliases = append(out.Aliases, a)
	}
	if e.kind == kg.Organization {
		forms := officialForms(e.name)
		if o, ok := gazetteer.LookupOrg(e.name); ok && o.Name == e.name {
			// the other names the gazetteer knows it by ("Congolese army"
			// for the FARDC), as other texts write them
			forms = append(forms, o.Aliases...)
			if o.Acronym != "" {
				forms = append(forms, o.Acronym)
			}
		}
		folded := map[string]bool{}
		for a := range seen {
			folded[strings.ToLower(a)] = true
		}
		for _, a := range forms {
			if !folded[strings.ToLower(a)] && !strings.EqualFold(a, e.name) && len(a) <= kg.MaxNameBytes {
				seen[a], folded[strings.ToLower(a)] = true, true
				out.Aliases = append(out.Aliases, a)
			}
		}
	}
	sort.Strings(out.Aliases)
	if len(out.Aliases) > kg.MaxAliases {
		out.Aliases = out.Aliases[:kg.MaxAliases]
	}
	return out
}

// peopleNamedPlace reports a people's name that is also a region's, read
// as the region where a place is meant: "in Amhara", "the Amhara region",
// "the National Movement of Amhara".
func (d *doc) peopleNamedPlace(i int) bool {
	if _, ok := gazetteer.LookupPlace(d.toks[i].text); !ok {
		return false
	}
	if i+1 < len(d.toks) && adminWords[d.toks[i+1].lower] {
		return true // "the Amhara region"
	}
	j := i - 1
	if j >= 0 && d.toks[j].lower == "of" && (i+1 >= len(d.toks) || d.toks[i+1].kind != tWord || d.toks[i+1].cap) {
		return true // "the National Movement of Amhara (NaMA)"; not "of Amhara farmers"
	}
	return j >= 0 && (locatives[d.toks[j].lower] || d.toks[j].lower == "from" || d.toks[j].lower == "to" || d.toks[j].lower == "into")
}

// isTitleRunStart reports that toks[lo:last] are all titles or the
// country words titles follow ("Deputy White House Press Secretary",
// "United States President"): a run of offices, not a name's words.
func (d *doc) isTitleRunStart(lo, last int) bool {
	for k := lo; k < last; k++ {
		if _, ok := d.isTitle(k); ok {
			continue
		}
		if _, ok := gazetteer.LookupPlace(d.toks[k].text); ok {
			continue
		}
		if m := d.mentAt[k]; m != nil && (m.demonym || m.kind == kg.Place) {
			continue
		}
		if k+1 < last {
			if _, ok := gazetteer.LookupOrg(d.text[d.toks[k].start:d.toks[k+1].end]); ok {
				k++ // "White House Press Secretary": a known body of two words
				continue
			}
		}
		return false
	}
	return true
}

// placeOnly reports a country or other known place of one or two words at
// toks[k] that ends the name run there: "Yemen", "South Sudan".
func (d *doc) placeOnly(k int) bool {
	for n := 2; n >= 1; n-- {
		if k+n > len(d.toks) {
			continue
		}
		if k+n < len(d.toks) && d.toks[k+n].kind == tWord && d.toks[k+n].cap {
			continue // "Committee on Foreign Relations": more name follows
		}
		if p, ok := gazetteer.LookupPlace(d.text[d.toks[k].start:d.toks[k+n-1].end]); ok && p.Kind == gazetteer.Country {
			return true
		}
	}
	return false
}

// knownOrgEnd reports a word that ends, with the one or two capitalised
// words before it, an organization the gazetteer knows: "Ansar Allah",
// "Jund Allah".
func (d *doc) knownOrgEnd(i int) bool {
	for n := 1; n <= 2 && i-n >= 0; n++ {
		if !d.toks[i-n].cap || d.toks[i-n].kind != tWord || d.sentOf[i-n] != d.sentOf[i] {
			return false
		}
		if _, ok := gazetteer.LookupOrg(d.text[d.toks[i-n].start:d.toks[i].end]); ok {
			return true
		}
	}
	return false
}

// stanceAdjective reports a capitalised adjective of attitude toward a
// people or a place: "Russophobic", "Eurosceptic" (not "-phile", which
// ends given names: "Théophile").
func stanceAdjective(w string) bool {
	for _, suf := range []string{"phobic", "phobia", "sceptic", "skeptic", "sceptics", "skeptics"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// nameWord reports whether toks[i] can be part of a name.
func (d *doc) nameWord(i int) bool {
	if i >= len(d.toks) {
		return false // the text ends
	}
	t := &d.toks[i]
	if t.kind != tWord || !t.cap || t.lower == "'s" || t.lower == "\u2019s" {
		return false
	}
	if nonNameCaps[t.lower] && !d.givenBeforeSurname(i) && !d.monthSurname(i) && !d.knownOrgEnd(i) &&
		!(i > 0 && bodyNounsBefore[d.toks[i-1].lower] && i+1 < len(d.toks) && d.toks[i+1].cap && d.toks[i+1].kind == tWord) &&
		!d.advocacyAt(i) && !d.advocacyAt(i+1) && !(isWeekday(t.lower) && i+1 < len(d.toks) && d.toks[i+1].kind == tWord && mediaWords[d.toks[i+1].text]) {
		return false // but "the charity Christian Aid", "Muslims for Peace", "Jewish Voice for Peace", "the Sunday Times": a body's name opens with it
	}
	if stanceAdjective(t.lower) {
		return false // "the Russophobic course", "Eurosceptic parties": an adjective
	}
	if t.lower == "molotov" && strings.HasPrefix(d.peek(i+1), "cocktail") {
		return false // "Molotov cocktails": a thing, named after a man
	}
	if ethnicNames[t.lower] && !(i+1 < len(d.toks) && d.toks[i+1].cap && d.toks[i+1].kind == tWord) &&
		!(i > 0 && d.toks[i-1].cap && d.toks[i-1].kind == tWord && d.toks[i-1].end+1 == t.start && !ethnicNames[d.toks[i-1].lower] && !d.atStart(i-1, d.sents[d.sentOf[i]])) &&
		!d.peopleNamedPlace(i) {
		return false // "Hema militias", "Rohingya refugees": a people; "Oromo Liberation Front" is a name, "Ana Baloch" a surname
	}
	// "French-Colombian", "Peruvian-Chile": demonyms or places joined are
	// an adjective ("the Peruvian-Chile border")
	if k := strings.IndexByte(t.text, '-'); k > 0 {
		_, dem1 := gazetteer.Demonym(t.text[:k])
		_, dem2 := gazetteer.Demonym(t.text[k+1:])
		_, pl1 := gazetteer.LookupPlace(t.text[:k])
		_, pl2 := gazetteer.LookupPlace(t.text[k+1:])
		if dem1 && dem2 || dem1 && pl2 || pl1 && dem2 {
			return false
		}
		// "the Norway-Sweden conflict", "Israel-Hamas talks": two sides, a
		// country or organization among them (event-pair names the
		// event), unless the whole is one place ("Guinea-Bissau"); two
		// cities joined stay a name ("Urbana-Champaign")
		a, b := t.text[:k], t.text[k+1:]
		if (pl1 || dem1 || isOrg(a)) && (pl2 || dem2 || isOrg(b)) && (isCountry(a) || isCountry(b) || isOrg(a) || isOrg(b)) && !knownWhole(t.text) {
			return false
		}
	}
	// "Apple-exclusive", "Russia-backed": a name used as a modifier
	if k := strings.LastIndexByte(t.text, '-'); k > 0 && k+1 < len(t.text) {
		r, _ := utf8.DecodeRuneInString(t.text[k+1:])
		first := t.text[:k]
		second := t.text[k+1:]
		// "Ki-moon", "Jong-un", "Sang-hoon": a romanised two-syllable given name
		korean := !isAcronym(first) && strings.IndexByte(second, '-') < 0 && !backerSuffixes[second] && !holderSuffixes[second] &&
			(k <= 3 || k <= 6 && len(second) <= 5 && !knownName(first) &&
				!(gazetteer.IsCommonWord(strings.ToLower(first)) && gazetteer.IsCommonWord(second)) ||
				k <= 5 && len(second) <= 5 && d.shortSurnameBeside(i)) // "Kang Sung-ho", whose syllables are English words too
		if unicode.IsLower(r) && !wordCap(t.text[k+1:]) && !hyphenPrefixes[strings.ToLower(first)] && !joinPrefixes[strings.ToLower(first)] && !korean {
			return false
		}
	}
	return true
}

// shortSurnameBeside reports a capitalised surname of at most four
// letters right before or after toks[i], as a Korean or Chinese given name
// of two syllables stands beside: "Kang Sung-ho", "Sung-ho Kang".
func (d *doc) shortSurnameBeside(i int) bool {
	for _, j := range []int{i - 1, i + 1} {
		if j < 0 || j >= len(d.toks) {
			continue
		}
		if t := &d.toks[j]; t.kind == tWord && t.cap && len(t.text) <= 4 && gazetteer.IsSurname(t.text) {
			return true
		}
	}
	return false
}

// isOrg reports an organization the gazetteer knows.
func isOrg(w string) bool {
	_, ok := gazetteer.LookupOrg(w)
	return ok
}

// knownWhole reports a hyphenated name the gazetteer knows whole.
func knownWhole(w string) bool {
	_, ok := gazetteer.LookupPlace(w)
	return ok || isOrg(w)
}

// teamNickname reports a capitalised plural that is no name or word of its
// own: "Celtics", "Lakers", "Yankees" after a city.
func teamNickname(t *token) bool {
	w := t.text
	if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	return !gazetteer.IsSurname(w) && !gazetteer.IsGivenName(w) && !knownName(w) && !nonNameCaps[t.lower]
}

// capSeenElsewhere reports a name the article also writes where no weapon
// noun follows it (then it may be a maker or a group after all).
func (d *doc) capSeenElsewhere(k int) bool {
	w := d.toks[k].text
	for i := range d.toks {
		if i != k && d.toks[i].text == w && !(i+1 < len(d.toks) && weaponNouns[d.toks[i+1].lower]) && !d.inQuote[i] {
			return true
		}
	}
	return false
}

// givenBeforeSurname reports a word of nonNameCaps that is also a given
// name and stands before a surname: "Christian Lindner", "April Ryan", not
// "Christian Democrats", "Christian Aid" or "in April Peru".
func (d *doc) givenBeforeSurname(i int) bool {
	t := &d.toks[i]
	month := months[t.lower] != 0
	if !faithWords[t.lower] && !month || !gazetteer.IsGivenName(t.text) || i+1 >= len(d.toks) {
		return false
	}
	n := &d.toks[i+1]
	if month && (i > 0 && monthPreps[d.toks[i-1].lower] || nonNameCaps[n.lower] || knownName(n.text)) {
		return false // "in April Peru", "April Monday"
	}
	if !month && i > 0 && (determiners[d.toks[i-1].lower] || strings.HasSuffix(d.toks[i-1].lower, "ly") && !d.toks[i-1].cap) {
		return false // "the mainly Muslim Kokoro quarter", "a Christian Tarma family": an adjective
	}
	return n.kind == tWord && n.cap && !d.orgish(i+1) && !partyMembers[n.lower] && !gazetteer.IsCommonWord(n.lower)
}

// monthSurname reports a month word that is a surname: after a given name
// ("Theresa May", "Brian May"), or alone once the article used it so ("May
// said"), never before a day or after a word of time ("in May", "May 7").
func (d *doc) monthSurname(i int) bool {
	t := &d.toks[i]
	if months[t.lower] == 0 || strings.HasSuffix(t.lower, ".") || len(t.lower) < 3 || i+1 < len(d.toks) && d.toks[i+1].kind == tNum {
		return false
	}
	if i > 0 && d.toks[i-1].kind == tWord && d.toks[i-1].cap && gazetteer.IsGivenName(d.toks[i-1].text) && months[d.toks[i-1].lower] == 0 && !isWeekday(d.toks[i-1].lower) {
		if d.monthNames == nil {
			d.monthNames = map[string]bool{}
		}
		d.monthNames[t.lower] = true
		return true
	}
	return d.monthNames[t.lower] && i > 0 && !monthPreps[d.toks[i-1].lower] && d.toks[i-1].kind != tNum
}

// knownName reports whether w is a place, demonym or organization by
// itself ("Kyiv-based", "NATO-style"), so not a syllable of a given name.
func knownName(w string) bool {
	if _, ok := gazetteer.LookupPlace(w); ok {
		return true
	}
	if _, ok := gazetteer.Demonym(w); ok {
		return true
	}
	_, ok := gazetteer.LookupOrg(w)
	return ok
}

func fold(s string) string { return kg.FoldName(s) }

// foldWord folds one name word and drops an Arabic article ("al-Hakim" ->
// "hakim").
func foldWord(w string) string {
	f := kg.Slug(w)
	for _, p := range []string{"al-", "el-", "ad-", "adh-", "as-", "ash-", "ar-", "an-", "at-", "ath-", "az-"} {
		if strings.HasPrefix(f, p) && len(f) > len(p) {
			return f[len(p):]
		}
	}
	return strings.ReplaceAll(f, "-", " ")
}

// findMentions finds and types the article's names: capitalised runs,
// "<demonym> government|army|ministry", "<X>-led coalition" and "the
// <demonym> leader".
func (d *doc) findMentions() {
	for si := range d.sents {
		d.spansIn(si)
	}
	d.splitPlaceFromPerson()
	d.splitOfficeFromPerson()
	d.splitPartyPlaceFromPerson()
	d.findActorOrgs()
	d.findDescribedOrgs()
	d.findLedGroups()
	d.findRunBodies()
	d.findDissidents()
	d.findRoleForms()
	d.findBackerNames()
	d.findAdministrations()
	d.sportsClubs()
	d.nameWordsNoVerbs()
}

// sportsReport reports an article from the sports pages: one that uses
// at least four different words of sports reporting ("league", "goal",
// "striker", "season").
func (d *doc) sportsReport() bool {
	if d.sports == 0 {
		d.sports = 1
		var seen [4]string
		n := 0
		for i := range d.toks {
			t := &d.toks[i]
			if t.kind != tWord || t.cap || len(t.lower) < 3 || !sportsTerms[t.lower] || slices.Contains(seen[:n], t.lower) {
				continue
			}
			seen[n] = t.lower
			if n++; n == len(seen) {
				d.sports = 2
				break
			}
		}
	}
	return d.sports == 2
}

// gameSentence reports a sentence of a sports report that tells of play:
// it holds a score ("4-0"), a verb of a result ("beat", "hammered") or a
// word of the game ("goal", "penalty").
func (d *doc) gameSentence(si int) bool {
	if !d.sportsReport() {
		return false
	}
	if d.games == nil {
		d.games = make([]int8, len(d.sents))
	}
	if d.games[si] == 0 {
		d.games[si] = 1
		s := d.sents[si]
		for k := s.lo; k < s.hi; k++ {
			t := &d.toks[k]
			if sportsTerms[t.lower] || resultVerbs[t.lower] || scoreToken(t) {
				d.games[si] = 2
				break
			}
		}
	}
	return d.games[si] == 2
}

// sportsClubs types a city of a sports report that plays as its club:
// "Tarma beat Varnok 2-1", "Tarma's coach", "against Tarma" (clubs go by
// their city's name), though "in Tarma" and "Tarma, Peru" stay the city.
func (d *doc) sportsClubs() {
	if !d.sportsReport() {
		return
	}
	// "in Tarma", "Tarma, Peru", a dateline: the city
	located := func(m *mention) bool {
		s := d.sents[d.sentOf[m.lo]]
		return m.lo > s.lo && (placePreps[d.toks[m.lo-1].lower] || locatives[d.toks[m.lo-1].lower] || d.toks[m.lo-1].lower == "of") ||
			m.hi+1 < s.hi && d.toks[m.hi].text == "," && d.knownPlaceWord(m.hi+1) || d.pastDateline(s.lo, m.lo) > m.lo
	}
	for _, m := range d.ments {
		if m.kind != kg.Place || m.ref || m.demonym || m.described || m.hi-m.lo > 2 {
			continue
		}
		p, ok := gazetteer.LookupPlace(m.name)
		if !ok || p.Kind != gazetteer.City || located(m) {
			continue
		}
		if s := d.sents[d.sentOf[m.lo]]; d.gameSentence(int(d.sentOf[m.lo])) || d.transferAt(m.lo, s.lo) {
			m.kind, m.canon, m.country, m.typedBy = kg.Organization, "", "", "sports-club"
		}
	}
	// a city that plays as its club once is the club wherever it stands
	// alone, "Tarma signed him in May" after "Tarma beat Varnok", unless
	// the article also puts something in it
	var clubs map[string]bool
	for _, m := range d.ments {
		if m.kind != kg.Organization || m.ref || m.hi-m.lo > 2 {
			continue
		}
		if p, ok := gazetteer.LookupPlace(m.name); ok && p.Kind == gazetteer.City {
			if clubs == nil {
				clubs = map[string]bool{}
			}
			clubs[m.name] = true
		}
	}
	if clubs == nil {
		return
	}
	// but a city the article also puts something in keeps its other uses:
	// "a win in Tarma", then "Tarma tried to pull a goal back" is unclear
	for _, m := range d.ments {
		if clubs[m.name] && m.kind == kg.Place && located(m) {
			delete(clubs, m.name)
		}
	}
	for _, m := range d.ments {
		if !clubs[m.name] || m.kind != kg.Place || m.ref || m.demonym || m.described {
			continue
		}
		m.kind, m.canon, m.country, m.typedBy = kg.Organization, "", "", "sports-club"
	}
}

// transferAt reports a city at toks[k] of a sports report that a player
// joins, leaves or plays for: "joined Tarma", "signed for Tarma", "played
// for Tarma", "moved to Varnok from Tarma".
func (d *doc) transferAt(k, lo int) bool {
	if k-1 < lo {
		return false
	}
	switch d.toks[k-1].lower {
	case "joined", "joins", "join", "joining", "left", "leaves", "leaving":
		return true
	case "for", "with", "from", "to":
		for j := k - 2; j >= lo && j >= k-7; j-- {
			w := d.toks[j].lower
			if transferVerbs[w] {
				return d.toks[k-1].lower != "with" || w == "signed" || w == "signs" || w == "signing"
			}
			if w == "." || w == ";" {
				break
			}
		}
	}
	return false
}

// nameWordsNoVerbs keeps a word of a name spelled like a verb of speech
// from reading as one: "Said" in "met Said Harthy" is a man and "State" in
// "the Islamic State group" part of a name, not "said" or "state". The
// stages after look words up by their lower-case form; inside a person's
// name of two words or more, and for "State" or "state" inside any such
// name ("the Borno state government"), that form no longer matches the
// verb. ("States" in "the United States" keeps
// its form: the stages that read lists of countries look for it.)
func (d *doc) nameWordsNoVerbs() {
	for _, m := range d.ments {
		if m.ref || m.demonym || m.hi-m.lo < 2 || m.str < fair {
			continue
		}
		for k := m.lo; k < m.hi; k++ {
			if t := &d.toks[k]; sayVerbs[t.lower] && (t.cap && m.kind == kg.Person || t.lower == "state") && !d.tcase[d.sentOf[k]] {
				t.lower += "\u00b7" // "Said al-Harthy": a name word
			}
		}
	}
}

// splitPlaceFromPerson parts a place of two or more words from the person
// named after it in one run of capitals: "Inspector General of Police
// Khyber Pakhtunkhwa Zulfiqar Ali Khattak" is the province, then the
// officer.
func (d *doc) splitPlaceFromPerson() {
	n := len(d.ments)
	for i := 0; i < n; i++ {
		m := d.ments[i]
		if m.kind != kg.Person || m.ref || m.hi-m.lo < 3 {
			continue
		}
		if m.lo >= 2 && d.toks[m.lo-1].lower == "of" && d.titleAt(m.lo-2) && isCountry(d.toks[m.lo].text) {
			// "Prime Minister of Iraq Ana Costa": the office's country, then
			// its holder
			if p, ok := gazetteer.LookupPlace(d.toks[m.lo].text); ok {
				d.cutPrefix(m, m.lo+1, &p)
				continue
			}
		}
		if m.hi-m.lo < 4 {
			continue
		}
		for k := 2; k <= m.hi-m.lo-2 && k <= 3; k++ {
			name := d.text[d.toks[m.lo].start:d.toks[m.lo+k-1].end]
			p, ok := gazetteer.LookupPlace(name)
			if !ok || p.Kind == gazetteer.Region || gazetteer.IsCommonWord(d.toks[m.lo+k].lower) || d.orgish(m.hi-1) {
				continue
			}
			d.cutPrefix(m, m.lo+k, &p)
			break
		}
	}
}

// cutPrefix cuts toks[m.lo:k] off the front of mention m: the mention of
// place p when p is given, else no mention at all.
func (d *doc) cutPrefix(m *mention, k int, p *gazetteer.Place) {
	if p != nil {
		pm := &mention{lo: m.lo, hi: k, str: strong, kind: kg.Place, canon: p.Name, country: p.Country}
		pm.start, pm.end = d.toks[pm.lo].start, d.toks[pm.hi-1].end
		pm.name = d.text[pm.start:pm.end]
		for j := pm.lo; j < pm.hi; j++ {
			d.mentAt[j] = pm
		}
		d.ments = append(d.ments, pm)
	} else {
		for j := m.lo; j < k; j++ {
			d.mentAt[j] = nil
		}
	}
	m.lo, m.start = k, d.toks[k].start
	m.name = d.text[m.start:m.end]
}

// splitOfficeFromPerson parts the portfolio or place of an office from
// the person named after it in one run of capitals: "Minister of Strategic
// Affairs Ana Costa" is Ana Costa, "the governor of the Parana Rui Lopes"
// Parana and Rui Lopes. The person starts at the first given name after
// the office's "of"; a place before it is a place, a portfolio no entity.
func (d *doc) splitOfficeFromPerson() {
	n := len(d.ments)
	for i := 0; i < n; i++ {
		m := d.ments[i]
		if m.kind != kg.Person || m.ref || m.hi-m.lo < 3 || d.orgish(m.hi-1) || placeSuffixes[d.toks[m.hi-1].text] || siteWords[d.toks[m.hi-1].lower] {
			continue // "Our Lady of Mount Carmel Cathedral": a name, no office
		}
		of := m.lo - 1
		if of > 0 && d.toks[of].lower == "the" {
			of--
		}
		if of < 1 || d.toks[of].lower != "of" || d.sentOf[of] != d.sentOf[m.lo] {
			continue
		}
		if _, ok := lookupTitle(d.toks[of-1].text); !ok && !officeWords[d.toks[of-1].lower] && !roleWords[d.toks[of-1].lower] {
			continue
		}
		for k := m.lo + 1; k <= m.hi-2; k++ {
			if !gazetteer.IsGivenName(d.toks[k].text) || gazetteer.IsGivenName(d.toks[k-1].text) {
				continue
			}
			if p, ok := gazetteer.LookupPlace(d.text[d.toks[m.lo].start:d.toks[k-1].end]); ok {
				d.cutPrefix(m, k, &p)
			} else {
				d.cutPrefix(m, k, nil)
			}
			break
		}
	}
}

// splitPartyPlaceFromPerson parts a lawmaker's place and party from the
// name they precede, as American news writes them: "New York Democrat Ana
// Costa" is New York and Ana Costa, "Ohio Republican Rui Lopes" Ohio and
// Rui Lopes.
func (d *doc) splitPartyPlaceFromPerson() {
	n := len(d.ments)
	for i := 0; i < n; i++ {
		m := d.ments[i]
		if m.ref || m.hi-m.lo < 4 || m.kind != kg.Person && m.kind != kg.Organization {
			continue
		}
		for k := m.lo + 2; k <= m.hi-2; k++ {
			if p := &d.toks[k-1]; !p.cap || !partyAdjectives[p.lower] || !gazetteer.IsGivenName(d.toks[k].text) {
				continue
			}
			p, ok := gazetteer.LookupPlace(d.text[d.toks[m.lo].start:d.toks[k-2].end])
			if !ok {
				break
			}
			d.cutPrefix(m, k-1, &p) // the state
			d.cutPrefix(m, k, nil)  // the party
			m.kind, m.canon, m.typedBy = kg.Person, "", "party-place"
			break
		}
	}
}

// findAdministrations reads "the X administration", a government named
// after its head, as one organization: "the Costa administration said"
// speaks for the government, not for Costa.
func (d *doc) findAdministrations() {
	for _, m := range d.ments {
		k := m.hi
		if m.ref || m.demonym || m.lo < 1 || k >= len(d.toks) || d.toks[k].text != "administration" || d.toks[m.lo-1].lower != "the" ||
			m.kind != kg.Person && !m.unknown && !(m.kind == kg.Place && m.hi-m.lo == 1 && m.country != "") || m.hi-m.lo > 3 || d.sentOf[k] != d.sentOf[m.lo] {
			continue
		}
		m.hi, m.end = k+1, d.toks[k].end
		m.name = d.text[m.start:m.end]
		m.kind, m.canon, m.unknown, m.role, m.nat, m.alias, m.str, m.typedBy = kg.Organization, "", false, "", "", "", fair, "administration"
		d.mentAt[k] = m
	}
}

// findBackerNames finds the place or organization the gazetteer knows
// inside a compound modifier: "the Iran-backed Houthis" names Iran, "the
// New York-based group" New York, "a NATO-backed uprising" NATO. The
// modifier's own word ("-backed") is no part of the name.
func (d *doc) findBackerNames() {
	for k := range d.toks {
		t := &d.toks[k]
		h := strings.LastIndexByte(t.text, '-')
		if t.kind != tWord || !t.cap || h <= 0 || !backerSuffixes[t.text[h+1:]] && !holderSuffixes[t.text[h+1:]] {
			continue
		}
		if m := d.mentAt[k]; m != nil && (m.lo != k || m.hi == k+1 || k+1 < len(d.toks) && !d.toks[k+1].cap) {
			continue // "the Saudi-led coalition": one name
		}
		// the whole run of capitalised words that ends at the hyphen
		si := int(d.sentOf[k])
		lo := k
		for lo > d.sents[si].lo && lo > k-3 && d.toks[lo-1].kind == tWord && d.toks[lo-1].cap && d.mentAt[lo-1] == nil && !d.toks[lo-1].isArticle() {
			lo--
		}
		end := t.start + h
		name := d.text[d.toks[lo].start:end]
		p, found := gazetteer.LookupPlace(name)
		o, org := gazetteer.LookupOrg(name)
		if !found && !org {
			continue
		}
		// a modifier, read as a possessor is: never the actor of what
		// follows ("the Iran-backed Houthis attacked": the Houthis);
		// "a NATO-backed uprising", "al Qaeda-linked fighters" name the
		// organization all the same
		m := &mention{lo: lo, hi: k + 1, str: strong, start: d.toks[lo].start, end: end, name: name, poss: true, backer: true}
		if org {
			// named, but out of reach of the patterns: the affiliation
			// neither acts nor speaks, nor is "the group" later
			m.kind, m.canon = kg.Organization, o.Name
			d.ments = append(d.ments, m)
			continue
		}
		m.kind, m.canon, m.country = kg.Place, p.Name, p.Country
		if n := d.mentAt[k]; n != nil {
			// "Iran-backed Houthis": the Houthis start after the modifier
			n.lo = k + 1
			n.start = d.toks[k+1].start
			n.name = d.text[n.start:n.end]
		}
		for j := lo; j <= k; j++ {
			d.mentAt[j] = m
		}
		d.ments = append(d.ments, m)
	}
}

// findDescribedOrgs turns a known body's name and the lower-case words the
// news uses for one of its parts into that part, when the gazetteer knows
// the whole as its alias: "the UN refugee agency" is UNHCR, "the U.N.
// human rights office" the OHCHR.
func (d *doc) findDescribedOrgs() {
	gone := map[*mention]bool{}
	for _, m := range d.ments {
		if m.kind != kg.Organization || m.hi >= len(d.toks) || m.ref {
			continue
		}
		si := int(d.sentOf[m.lo])
		end := d.sents[si].hi
		base := m.name
		if m.canon == "United Nations" {
			base = "UN" // "U.N.", "UN", "United Nations" alike
		}
		for n := 3; n >= 1; n-- {
			hi := m.hi + n
			if hi > end {
				continue
			}
			ok := true
			for k := m.hi; k < hi; k++ {
				if t := &d.toks[k]; t.kind != tWord || t.cap || d.mentAt[k] != nil && d.mentAt[k] != m {
					ok = false
					break
				}
			}
			if !ok {
				continue
			}
			words := d.text[d.toks[m.hi].start:d.toks[hi-1].end]
			o, found := gazetteer.LookupOrg(base + " " + words)
			if !found && d.observerMission(m.hi, hi) {
				// "the ECOWAS observer mission", "the OSCE election
				// observation mission": a body of its own, named so
				o, found = gazetteer.Org{Name: m.name + " " + words}, true
			}
			if !found || o.Name == m.canon || d.namedAfter(hi, end) {
				continue
			}
			om := d.lay(&mention{lo: m.lo, hi: hi, kind: kg.Organization, str: strong, canon: o.Name}, m.lo)
			om.alias = base + " " + d.text[d.toks[m.hi].start:d.toks[hi-1].end] // "UN human rights office" for "U.N. human rights office"
			gone[m] = true
			break
		}
	}
	if len(gone) > 0 {
		ms := d.ments[:0]
		for _, m := range d.ments {
			if !gone[m] {
				ms = append(ms, m)
			}
		}
		d.ments = ms
	}
}

// observerMission reports the words of an observer mission, toks[lo:hi]:
// "observer mission", "election observation mission".
func (d *doc) observerMission(lo, hi int) bool {
	if d.toks[hi-1].lower != "mission" || hi-lo < 2 {
		return false
	}
	for k := lo; k < hi-1; k++ {
		if !observerWords[d.toks[k].lower] {
			return false
		}
	}
	return true
}

// namedAfter reports a name right after a description ending at toks[k],
// directly or in apposition: "the UN refugee agency UNHCR", "the UN
// refugee agency, the Varnok Relief Agency,".
func (d *doc) namedAfter(k, end int) bool {
	if k < end && d.mentAt[k] != nil {
		return true
	}
	if k+1 < end && d.toks[k].text == "," {
		if d.toks[k+1].lower == "the" {
			k++
		}
		return k+1 < end && d.mentAt[k+1] != nil && d.mentAt[k+1].ent == nil && !d.mentAt[k+1].demonym
	}
	return false
}

func (d *doc) spansIn(si int) {
	s := d.sents[si]
	d.partiesNamedTogether(si)
	foreign := d.foreignSentence(si)
	for i := s.lo; i < s.hi; i++ {
		if !d.nameWord(i) && !d.faithName(i, s.hi) && !d.articleBeforeName(i, s.hi) {
			continue
		}
		if foreign && d.knownRun(i, s.hi) == 0 && (i+1 >= s.hi || !d.nameWord(i+1) || gazetteer.IsCommonWord(d.toks[i].lower)) {
			continue // "Stolz auf unsere Arbeit": a language whose nouns take capitals
		}
		// a name its bracketed acronym spells, whatever words it holds:
		// "United Kingdom Maritime Trade Operations (UKMTO)"
		if k := d.spelledRun(i, s.hi); k > 0 {
			d.addSpan(si, i, k)
			i = k - 1
			continue
		}
		// the longest name the gazetteer knows from here, with any small
		// words inside ("Organization for Security and Co-operation in Europe")
		if k := d.knownRun(i, s.hi); k > 0 {
			k = d.ofCountryAfter(k, s.hi) // "the People's Party of Kazakhstan": one country's party of a common name
			k = d.doctrineAfter(i, k, s.hi)
			if k < s.hi && d.toks[k].text == "Party" && d.toks[k-1].text != "Party" {
				if _, ok := gazetteer.LookupOrg(d.text[d.toks[i].start:d.toks[k-1].end]); ok {
					k++ // "the Law and Order Party": a party the gazetteer knows by its short name
				}
			}
			d.addSpan(si, i, k)
			i = k - 1
			continue
		}
		j := i + 1
		for j < s.hi {
			if d.nameWord(j) || j > i && (d.faithName(j, s.hi) || d.faithInKnown(i, j, s.hi)) {
				j++ // "the Interim Arab Council", "the United Arab Emirates": an ethnic word inside
				continue
			}
			if t := &d.toks[j]; t.text == "/" && j+1 < s.hi && t.start == d.toks[j-1].end && d.toks[j+1].start == t.end && d.nameWord(j+1) && d.slashJoined(i, j) {
				j += 2 // "RFE/RL", "Radio Free Europe/Radio Liberty": one name, its parts joined
				continue
			}
			// "Women's March", "Mother's Day": a possessive before an event's head
			if t := &d.toks[j]; (t.lower == "'s" || t.lower == "\u2019s") && j+1 < s.hi && d.toks[j+1].cap && d.toks[j+1].kind == tWord && gazetteer.IsEventHead(d.toks[j+1].text) && !(j+2 < s.hi && d.toks[j+2].kind == tNum) &&
				!(j+2 < s.hi && d.toks[j+2].lower == "and" && d.fieldsBeforeBody(j+1, j+2)) && // not "Varnok's Disaster and Emergency Relief Authority"
				!(j-1 == i && isCountry(d.toks[i].text) && d.toks[j+1].text == "Congress") {
				// but "Peru's Congress" is the country's legislature
				j += 2
				continue
			}
			// "Women's World Cup", "Men's Hockey World Cup": a possessive of
			// people before a name whose head is an event's
			if t := &d.toks[j]; (t.lower == "'s" || t.lower == "\u2019s") && j == i+1 && peopleNouns[d.toks[i].lower] {
				k := j + 1
				for k < s.hi && k < j+5 && d.nameWord(k) {
					k++
				}
				if k > j+1 && gazetteer.IsEventHead(d.toks[k-1].text) {
					j = k
					continue
				}
			}
			// "St. Anthony's Hospital", "People's Party": a possessive before an
			// organization's head, the possessor no place or organization
			if t := &d.toks[j]; (t.lower == "'s" || t.lower == "\u2019s") && j+1 < s.hi && d.nameWord(j+1) && d.orgish(j+1) && !d.known(i, j) && !knownName(d.toks[j-1].text) &&
				!d.orgish(j-1) && !possessorBodies[d.toks[j-1].text] && // not "the Varnok Ministry's Office of X", "the Treasury's Office of X"
				!d.knownOrgFrom(j+1, s.hi) { // not "Rui Lopes's Movement for Democratic Change": a known body, its leader's
				j += 2
				continue
			}
			// "People's Liberation Army", "People's Defence Force": the
			// people's possessive before a name whose head, a few words on,
			// is an organization's
			if t := &d.toks[j]; (t.lower == "'s" || t.lower == "\u2019s") && peopleNouns[d.toks[j-1].lower] && j+1 < s.hi && d.nameWord(j+1) {
				k := j + 1
				for k < s.hi && k < j+5 && d.nameWord(k) && !d.orgish(k) {
					k++
				}
				if k < s.hi && k < j+5 && d.nameWord(k) && d.orgish(k) {
					j = k + 1
					continue
				}
			}
			// "Varnok Airline Pilots' Association": a plural possessive inside a name
			if t := &d.toks[j]; (t.text == "'" || t.text == "\u2019") && t.start == d.toks[j-1].end && strings.HasSuffix(d.toks[j-1].text, "s") && j+1 < s.hi && d.nameWord(j+1) && d.orgish(j+1) {
				j += 2
				continue
			}
			// "Channel 4": a number after a broadcaster's head word
			if d.toks[j].kind == tNum && mediaWords[d.toks[j-1].text] && len(d.toks[j].text) <= 3 {
				j++
				break
			}
			// "Ministry of Information, Culture and Tourism": a ministry of
			// several portfolios, listed with commas
			if d.toks[j].text == "," && j-i >= 3 && (d.toks[i].text == "Ministry" || d.toks[i].text == "Department") && d.toks[i+1].lower == "of" && d.allPortfolio(i+2, j) {
				k := j + 1
				for k < s.hi && (portfolio[d.toks[k].text] || d.toks[k].text == "," && k+1 < s.hi && portfolio[d.toks[k+1].text]) {
					k++
				}
				if k > j+1 && k+1 < s.hi && d.toks[k].lower == "and" && portfolio[d.toks[k+1].text] {
					j = k + 2
					for j < s.hi && portfolio[d.toks[j].text] {
						j++
					}
					continue
				}
			}
			// "Meteorology, Climatology and Geophysical Agency": fields listed
			// with commas before a body's head, each a plain word
			f := i
			if d.toks[i].lower == "the" {
				f++
			}
			if d.toks[j].text == "," && j-f == 1 && d.fieldWord(f) {
				k := j
				for k+1 < s.hi && d.toks[k].text == "," && d.fieldWord(k+1) {
					k += 2
				}
				if k+1 < s.hi && d.toks[k].lower == "and" {
					e := k + 1
					for e < s.hi && e < k+5 && d.nameWord(e) {
						e++
					}
					if e > k+1 && d.orgish(e-1) {
						j = e
						break
					}
				}
			}
			// "the Kenya–Ethiopia Joint Ministerial Commission": two sides
			// joined by a dash before a body's head
			if t := &d.toks[j]; (t.text == "\u2013" || t.text == "-") && t.start == d.toks[j-1].end && j+1 < s.hi && d.toks[j+1].start == t.end && d.nameWord(j+1) {
				e := j + 1
				for e < s.hi && e < j+6 && d.nameWord(e) {
					e++
				}
				if e > j+2 && d.orgish(e-1) {
					j = e
					break
				}
			}
			// "Armed Conflict Location & Event Data Project": an ampersand
			// stands only inside a name
			if d.toks[j].text == "&" && j+1 < s.hi && d.nameWord(j+1) {
				j += 2
				continue
			}
			// "Campaign to Stop Varnok Robots", "Center to Prevent Gun
			// Violence": a body named for what it would do
			if d.toks[j].lower == "to" && !d.toks[j].cap && purposeHeads[d.toks[j-1].text] && j+2 < s.hi && d.toks[j+1].cap && purposeVerbs[d.toks[j+1].lower] && d.nameWord(j+2) {
				k := j + 2
				for k < s.hi && k < j+7 && d.nameWord(k) {
					k++
				}
				j = k
				continue
			}
			// "Mission in Darfur", "Mission to Moldova": a mission is named
			// after where it is
			if (d.toks[j].lower == "in" && (inHeads[d.toks[j-1].text] || d.toks[j-1].text == "Court" && d.localCourt(i, j)) || d.toks[j].lower == "to" && d.toks[j-1].text == "Mission") && j+1 < s.hi && d.nameWord(j+1) {
				j += 2
				continue
			}
			// "Ministry of Defence", "Center for Coastal and Maritime Studies"
			c := d.toks[j].lower
			if d.toks[j].kind == tWord && !d.toks[j].cap && (connectors[c] || c == "and" || c == "the" || c == "on" && onHeads[d.toks[j-1].text]) && j+1 < s.hi {
				k := j + 1
				if (c == "of" || c == "for") && k+1 < s.hi && d.toks[k].lower == "the" {
					k++ // "Committee for the Protection of Journalists"
				}
				if (c == "of" || c == "for") && k+1 < s.hi && k > j+1 && d.toks[k].lower == "former" && d.nameWord(k+1) {
					k++ // "Tribunal for the former Yugoslavia"
				}
				if c != "of" && c != "for" && c != "and" && c != "the" && k+1 < s.hi && !d.toks[k].cap && connectors[d.toks[k].lower] {
					k++ // "Ursula von der Leyen", "Pedro de la Cruz"
				}
				if c == "on" && k < s.hi && d.placeOnly(k) {
					break // "the Security Council on Yemen": what it meets about, no part of its name
				}
				if k < s.hi && (d.nameWord(k) || c == "and" && d.longFormBeforeAcronym(i, j) || c == "of" && d.toks[k].cap && faithWords[d.toks[k].lower] && k+1 < s.hi && d.nameWord(k+1)) && d.joinOK(i, j, c) {
					j = k + 1
					continue
				}
			}
			break
		}
		if j > i+1 && i > s.lo && strings.HasSuffix(d.toks[i-1].text, "-") && d.toks[i-1].end == d.toks[i].start {
			// "pro-Russian Party of Socialists": the adjective after "pro-"
			// or "anti-" is no part of the name that follows it
			if _, ok := demonymOf(d.toks[i].text); ok {
				d.addSpan(si, i, i+1)
				i++
			}
		}
		if d.toks[i].text == "University" && j > i+2 && d.toks[i+1].lower == "of" && j+1 < s.hi && d.toks[j].text == "," && d.nameWord(j+1) &&
			(j+2 >= s.hi || d.toks[j+2].kind == tPunct) {
			if _, ok := gazetteer.LookupPlace(d.toks[j+1].text); ok {
				j += 2 // "the University of California, Berkeley": one campus
			}
		}
		if j < s.hi && d.toks[j].cap && d.toks[j].start == d.toks[j-1].end+1 && modifierCompound(d.toks[j].text) {
			i = j // "the New York-based group": the name is part of a modifier
			continue
		}
		if i > s.lo && j-i >= 2 && placePairWord(d.toks[i-1].text) && d.toks[i-1].end+1 == d.toks[i].start &&
			(d.orgish(j-1) || placeSuffixes[d.toks[j-1].text] || corridorWords[d.toks[j-1].text]) {
			i-- // "the China-Pakistan Economic Corridor", "the Chad-Cameroon Joint Commission": the sides open the name
			if a, _, _ := strings.Cut(d.toks[i].text, "-"); i > s.lo && d.toks[i-1].cap && d.toks[i-1].kind == tWord {
				if _, ok := gazetteer.LookupPlace(d.toks[i-1].text + " " + a); ok {
					i-- // "the South Africa-Nigeria Bi-National Commission"
				}
			}
		}
		j = d.doctrineAfter(i, j, s.hi)
		if j < s.hi && isYear(d.toks[j]) && d.toks[j].start == d.toks[j-1].end+1 && (gazetteer.IsEventHead(d.toks[j-1].text) || yearEvents[d.toks[j-1].text]) {
			j++ // "Euro 2028", "Tarma Pride 2018": an event and its year
		}
		if j < s.hi && j-i >= 3 && d.toks[j].lower == "mission" && !d.toks[j].cap && !d.orgish(j-1) && !d.known(i, j) {
			j++ // "the Multinational Security Support mission": a body whose name ends in its lower-case head
		}
		d.addSpan(si, i, j)
		i = j - 1
	}
}

// fieldsBeforeBody reports "<fields> and <fields> <body head>" around the
// "and" at toks[j], the name opening at toks[lo]: "National Customs and
// Border Agency", "Flood and Emergency Management Authority".
// Each side is one to three capitalised words that are common words or
// portfolios, none of them a body's own head; the second ends in one.
func (d *doc) fieldsBeforeBody(lo, j int) bool {
	if j-lo > 3 || d.known(lo, j) {
		return false
	}
	for k := lo; k < j; k++ {
		t := &d.toks[k]
		if !t.cap || t.kind != tWord || fieldBodyHeads[t.text] || gazetteer.IsGivenName(t.text) || !gazetteer.IsCommonWord(t.lower) && !portfolio[t.text] {
			return false
		}
	}
	k := j + 1
	for k < len(d.toks) && k < j+5 && d.nameWord(k) && !fieldBodyHeads[d.toks[k].text] {
		if t := &d.toks[k]; !gazetteer.IsCommonWord(t.lower) && !portfolio[t.text] {
			return false
		}
		k++
	}
	return k > j+1 && k < len(d.toks) && fieldBodyHeads[d.toks[k].text] && !(k+1 < len(d.toks) && d.nameWord(k+1))
}

// doctrineAfter is past the bracketed doctrine that ends a party's name at
// toks[k]: "Communist Party of India (Maoist)", "Communist Party of Nepal
// (Unified Marxist-Leninist)"; k itself when there is none.
func (d *doc) doctrineAfter(lo, k, hi int) int {
	if k+2 >= hi || d.toks[k].text != "(" || !d.anyOrgish(lo, k) {
		return k
	}
	doctrine := false
	for x := k + 1; x < hi && x < k+5; x++ {
		t := &d.toks[x]
		if t.text == ")" {
			if doctrine {
				return x + 1
			}
			return k
		}
		if !t.cap || t.kind != tWord || isAcronym(t.text) {
			return k
		}
		w := strings.ToLower(t.text)
		doctrine = doctrine || strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ists")
	}
	return k
}

// slashJoined reports a name that goes on past the slash at toks[j]: two
// acronyms ("RFE/RL") or a name the gazetteer knows whole ("Radio Free
// Europe/Radio Liberty"); not two places ("Lima/Callao").
func (d *doc) slashJoined(i, j int) bool {
	if _, ok := gazetteer.LookupPlace(d.text[d.toks[i].start:d.toks[j-1].end]); ok {
		for k := j + 1; k < len(d.toks) && k < j+4 && (k == j+1 || d.nameWord(k)); k++ {
			if _, ok := gazetteer.LookupPlace(d.text[d.toks[j+1].start:d.toks[k].end]); ok {
				return false // "DUBAI/CAIRO (Reuters)", "WASHINGTON/PORT SUDAN": two datelines' cities
			}
		}
	}
	if isAcronym(d.toks[j-1].text) && isAcronym(d.toks[j+1].text) {
		return true
	}
	for k := j + 1; k < len(d.toks) && k < j+5 && d.nameWord(k); k++ {
		if _, ok := gazetteer.LookupOrg(d.text[d.toks[i].start:d.toks[k].end]); ok {
			return true
		}
	}
	return false
}

// forTheOf reports a body named for what it does, "X for the Y of Z", at
// the "for" at toks[j]: "Volunteers for the Defence of the Homeland",
// "Convention for the Respect of Human Rights"; not a place's or a
// person's name before it.
func (d *doc) forTheOf(lo, j int) bool {
	if j+3 >= len(d.toks) || d.toks[j+1].lower != "the" || gazetteer.IsGivenName(d.toks[lo].text) {
		return false
	}
	if _, ok := gazetteer.LookupPlace(d.text[d.toks[lo].start:d.toks[j-1].end]); ok {
		return false
	}
	k := j + 2
	for k < len(d.toks) && k < j+6 && d.nameWord(k) {
		k++
	}
	if k == j+2 || k+1 >= len(d.toks) || d.toks[k].lower != "of" {
		return false
	}
	return d.nameWord(k+1) || d.toks[k+1].lower == "the" && k+2 < len(d.toks) && d.nameWord(k+2)
}

// placePairWord reports one word of places, peoples or their combining
// forms joined by hyphens: "Franco-German", "Belgrade-Pristina",
// "Sino-Indian". It modifies what follows ("talks", "border") and names
// no entity of its own.
func placePairWord(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	if _, ok := gazetteer.LookupPlace(w); ok {
		return false // "Guinea-Bissau"
	}
	if _, ok := gazetteer.LookupOrg(w); ok {
		return false
	}
	for _, p := range parts {
		if combiningForms[p] {
			continue
		}
		if _, ok := demonymOf(p); ok {
			continue
		}
		if _, ok := gazetteer.LookupPlace(p); !ok || len(p) < 3 {
			return false
		}
	}
	return true
}

// localCourt reports a court of a district, a region or a town in
// toks[lo:hi], one that a town's name after "in" names: "the District
// Court in Lublin", but not "the Federal High Court in Abuja", which only
// sits there.
func (d *doc) localCourt(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if localCourtWords[d.toks[k].text] {
			return true
		}
	}
	return false
}

// modifierCompound reports a name joined to a participle that makes it a
// modifier: "York-based", "Saudi-led", "rebel-held".
func modifierCompound(w string) bool {
	k := strings.LastIndexByte(w, '-')
	return k > 0 && (backerSuffixes[w[k+1:]] || holderSuffixes[w[k+1:]])
}

// ofCountryAfter extends a known name ending in a party's or movement's
// head at toks[k-1] over "of <country>" after it: many countries have a
// "People's Party" or a "Socialist Party", and "of Kazakhstan" says which.
// It returns the new end, or k.
func (d *doc) ofCountryAfter(k, hi int) int {
	if k+1 >= hi || d.toks[k].lower != "of" || !partyHeads[d.toks[k-1].text] && !societyHeads[d.toks[k-1].text] {
		return k
	}
	for e := k + 2; e <= hi && e <= k+4; e++ {
		if !d.nameWord(e - 1) {
			break
		}
		if isCountry(d.text[d.toks[k+1].start:d.toks[e-1].end]) && (e == hi || !d.nameWord(e)) {
			return e
		}
	}
	return k
}

// faithInKnown reports a capitalised religious or ethnic adjective at
// toks[j] inside a name the gazetteer knows from toks[i]: "United Arab
// Emirates", "Syrian Arab Republic".
func (d *doc) faithInKnown(i, j, hi int) bool {
	t := &d.toks[j]
	if t.kind != tWord || !t.cap || !faithWords[t.lower] {
		return false
	}
	for k := j + 1; k < hi && k < j+4 && d.nameWord(k); k++ {
		if d.known(i, k+1) {
			return true
		}
	}
	return false
}

// faithName reports a capitalised religious or ethnic adjective, no name
// by itself, that opens an organization's name: "Arab League", "Muslim
// Brotherhood", "Christian Democratic Union".
func (d *doc) faithName(i, hi int) bool {
	t := &d.toks[i]
	if t.kind != tWord || !t.cap || !faithWords[t.lower] || i+1 >= hi || !d.nameWord(i+1) {
		return false
	}
	k := i + 1
	for k < hi && k < i+5 && d.nameWord(k) {
		k++
	}
	if k-i > 2 && d.known(i+1, k) && !d.known(i, k) {
		return false // "the Christian Lebanese Forces party": a known name after its people's adjective
	}
	return d.anyOrgish(i+1, k) || d.known(i, k) || partyMembers[d.toks[i+1].lower] || gazetteer.IsEventHead(d.toks[k-1].lower) || d.advocacyAt(i+1)
}

// allPortfolio reports toks[lo:hi] all portfolio words ("Foreign Affairs").
func (d *doc) allPortfolio(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !portfolio[d.toks[k].text] {
			return false
		}
	}
	return lo < hi
}

// ordinalNum reports a number written as an ordinal: "8th", "82nd", "101st".
func ordinalNum(w string) bool {
	n := len(w)
	if n < 3 || !allDigits(w[:n-2]) {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// allDigits reports a non-empty run of ASCII digits.
func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// articleBeforeName reports the Arabic article written apart and in lower
// case before a name the gazetteer knows with it: "al Qaeda", "al Shabaab".
func (d *doc) articleBeforeName(i, hi int) bool {
	t := &d.toks[i]
	if t.cap || t.lower != "al" && t.lower != "el" || i+1 >= hi || !d.nameWord(i+1) || d.toks[i+1].start != t.end+1 {
		return false
	}
	_, ok := gazetteer.LookupOrg(t.text + " " + d.toks[i+1].text)
	return ok
}

// joinOK decides whether the connector at toks[j] joins the name
// toks[lo:j] to what follows.
func (d *doc) joinOK(lo, j int, c string) bool {
	left := d.text[d.toks[lo].start:d.toks[j-1].end]
	if (c == "of" || c == "for" || c == "and") && d.acronymAhead(lo, j) {
		return true // "Liberation Tigers of Tamil Eelam (LTTE)": the acronym spells the whole
	}
	if c == "of" && societyHeads[d.toks[j-1].text] && strings.HasPrefix(left, "Red ") && d.ofCountryAfter(j, len(d.toks)) > j {
		return true // "the Red Cross of Chad": the country's own society
	}
	if c == "the" && j+1 < len(d.toks) && !epithets[d.toks[j+1].text] {
		return false // "the Northern Alliance the X militia": two names, a comma left out; but "Alexander the Great"
	}
	switch c {
	case "and", "for", "the":
		if _, ok := d.isTitle(j - 1); ok && c == "for" {
			return true
		}
		if c == "for" && d.forTheOf(lo, j) {
			return true
		}
		if c == "for" && d.advocacyAt(j-1) {
			return true // "Voice for Peace", "Lawyers for Human Rights": a group named for its cause
		}
		if c == "and" && j+1 < len(d.toks) && portfolio[d.toks[j-1].text] && portfolio[d.toks[j+1].text] && j-lo >= 3 && (d.toks[j-2].lower == "of" || d.toks[j-2].lower == "for") {
			return true // "Minister of Youth and Sports X", "State Minister for Labour and Employment X": one office of two portfolios
		}
		if c == "and" {
			// "Trinidad and Tobago" as a whole; never two organizations
			// ("General Motors and Ford")
			if j+1 < len(d.toks) {
				both := left + " and " + d.toks[j+1].text
				if _, ok := gazetteer.LookupPlace(both); ok {
					return true
				}
				if _, ok := gazetteer.LookupOrg(both); ok {
					return true
				}
				if p := d.mentAt[max(lo-2, 0)]; lo >= 2 && d.toks[lo-1].text == "," && p != nil && p.hi == lo-1 && p.kind == kg.Organization {
					return false // "Gulfstar Trading, Coral Bay Energy and Meridian Crest": the last two of a list of bodies
				}
			}
			if d.longFormBeforeAcronym(lo, j) {
				return true // "Group for the Support of Islam and Muslims (JNIM)": one name, whatever its acronym spells
			}
			if d.fieldsBeforeBody(lo, j) {
				return true // "National Customs and Border Agency": two fields, then the body's head
			}
			if j-lo >= 3 && (d.toks[lo+1].lower == "for" || d.toks[lo+1].lower == "of") && d.orgish(lo) && !d.known(lo, j) {
				// "Center for Research and Security Studies": the "and"
				// joins what the body is for, when the words after it end
				// in no head of a body of their own ("Center for Research
				// and Varnok University" are two)
				k := j + 1
				for k < len(d.toks) && k < j+4 && d.nameWord(k) {
					k++
				}
				if k > j+1 && !(k < len(d.toks) && d.nameWord(k)) && !gazetteer.IsOrgHead(d.toks[k-1].text) && !gazetteer.IsGivenName(d.toks[j+1].text) {
					return true
				}
			}
			if d.orgish(j-1) && !portfolio[d.toks[j-1].text] || gazetteer.IsOrgSuffix(strings.TrimSuffix(d.toks[j-1].text, ".")) {
				return false
			}
			if _, ok := gazetteer.LookupOrg(left); ok {
				return false
			}
			if _, ok := gazetteer.LookupPlace(left); ok {
				return false
			}
			if _, dem := demonymOf(left); dem && j-lo == 1 {
				return false // "waving Georgian and European Union flags": an adjective, then a body
			}
			// "Peace and Unity Movement", "Foreign and Commonwealth
			// Office": the run after "and" ends with an organization's head
			k := j + 1
			for k < len(d.toks) && k < j+5 && d.nameWord(k) {
				k++
			}
			countryLed := j-lo >= 2 && isCountry(d.toks[lo].text) && d.allCommon(lo+1, j) // "Vietnam Disaster and Dyke Management Authority"
			if k > j+1 && d.orgish(k-1) && !portfolio[d.toks[k-1].text] && !d.anyOrgishBeyond(lo, j) && (d.allCommon(lo, j) || countryLed || j-lo == 1 && gazetteer.IsGivenName(left)) {
				// "Bill and Ada Lind Foundation": a couple's foundation too
				return true // not "rivals AMD and Taiwan Semiconductor Co.": two companies
			}
		}
		for k := j + 1; k+1 < len(d.toks) && k < j+5 && d.nameWord(k); k++ {
			if _, ok := d.isTitle(k); ok && gazetteer.IsGivenName(d.toks[k+1].text) {
				return false // "Fed Chair X and FDIC Chairman Y": two people
			}
		}
		for k := lo; c == "and" && k+1 < j; k++ {
			if _, ok := d.isTitle(k); ok && gazetteer.IsGivenName(d.toks[k+1].text) {
				return false // "Oil Minister Ana Costa and Varnel's director": a person, then another name
			}
			if _, ok := d.isTitle(lo); ok && k > lo && portfolio[d.toks[k].text] && gazetteer.IsGivenName(d.toks[k+1].text) {
				return false // "Minister of Mines and Petroleum Ana Costa and Rui Lopes": the office's last word, then a person
			}
		}
		if c == "and" && j+1 < len(d.toks) && isCountry(d.toks[j+1].text) && !(j+2 < len(d.toks) && d.nameWord(j+2)) {
			return false // "Radio Varnok International and France": a country of its own
		}
		for k := lo; k < j; k++ {
			if d.orgish(k) {
				return true
			}
		}
		return false
	case "of":
		head := false
		for k := lo; k < j; k++ {
			w := d.toks[k].text
			if d.orgish(k) || gazetteer.IsEventHead(w) || placeSuffixes[w] || ofHeads[w] || d.toks[k].lower == "for" && d.forTheOf(lo, k) {
				head = true // "Strategic Framework for the Defence of the People of Azawad"
			}
		}
		if _, ok := d.isTitle(j - 1); ok {
			head = true
		}
		if lo > 0 && mediaDescriptors[d.toks[lo-1].lower] {
			head = true // "the state-run Global New Light of Myanmar": a paper's name, whatever its words
		}
		if !head {
			return false
		}
		if _, ok := gazetteer.LookupPlace(left); ok && !(j-lo == 1 && (placeSuffixes[left] || ofHeads[left] && isOrg(left))) {
			// "Russia of the tsars"; but "Gulf of Mexico" is one name
			// although "the Gulf" is a place, and so is "Commonwealth of
			// Independent States" although a town is called Commonwealth
		}
		if _, ok := gazetteer.Demonym(left); ok {
			return false
		}
		k := j + 1
		if k < len(d.toks) && d.toks[k].lower == "the" {
			k++
		}
		if k < len(d.toks) {
			if e := d.knownRun(k, len(d.toks)); e > 0 {
				if _, ok := gazetteer.LookupOrg(d.text[d.toks[k].start:d.toks[e-1].end]); ok {
					return false // "the Minsk Group of the Organization for Security and Co-operation in Europe": a body of a known organization
				}
			}
		}
		return true
	}
	return j-lo >= 1
}

func (d *doc) orgish(k int) bool {
	w := d.toks[k].text
	if a, b, ok := strings.Cut(w, "-"); ok && len(b) > 1 && (compass[strings.ToLower(b)] || isCountry(b)) {
		w = a // "Liberation Movement-North": a branch of the movement; "Democratic Party-Varnok": the country's party
	}
	if w == "International" && k+1 < len(d.toks) && d.toks[k+1].cap && d.toks[k+1].kind == tWord {
		if _, place := gazetteer.LookupPlace(d.toks[k+1].text); !place {
			return false // "International Politics": an adjective, not the suffix of "Amnesty International"
		}
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 && i+1 < len(w) && strings.Count(w, "-") >= 2 {
		// "Tehreek-i-Taliban", "Lashkar-e-Taiba": a transliterated name
		// whose parts are joined; its first or last part says what it is
		if p := w[:strings.IndexByte(w, '-')]; orgWords[p] || isOrg(w[i+1:]) || orgWords[w[i+1:]] {
			return true
		}
	}
	// a legal suffix ends a firm's name; inside a name, "Ag" is Tuareg for
	// "son of" ("Ibrahim Ag Tarvo") and "Ab" a Malay short form of "Abdul"
	suffix := gazetteer.IsOrgSuffix(w) && !nonASCII(w) && !(len(w) <= 3 && !isAcronym(w) && k+1 < len(d.toks) && d.toks[k+1].cap && d.toks[k+1].kind == tWord)
	return gazetteer.IsOrgHead(w) || suffix || orgWords[w] || orgWords[unapostrophe(w)] || companyWords[w] || mediaWords[w] && len(w) > 3 || // "Fernando Có Mendes": "Có" is no "Co"
		partyMembers[d.toks[k].lower] && d.toks[k].cap
}

func (d *doc) isTitle(k int) (gazetteer.Title, bool) {
	t := &d.toks[k]
	if t.kind != tWord {
		return gazetteer.Title{}, false
	}
	if isAcronym(t.text) && strings.Contains(d.text, "("+t.text+")") {
		return gazetteer.Title{}, false // "the Democratic Alliance for Mozambique (ADM)": initials, not "Adm." for admiral
	}
	if k > 0 && k+1 < len(d.toks) && d.toks[k-1].kind == tWord && d.toks[k-1].cap && d.toks[k+1].kind == tWord && d.toks[k+1].cap &&
		d.sentOf[k-1] == d.sentOf[k+1] && gazetteer.IsGivenName(d.toks[k-1].text) && !gazetteer.IsCommonWord(d.toks[k-1].lower) && !d.knownPlaceWord(k-1) && !isAcronym(d.toks[k-1].text) {
		if _, after := lookupTitle(d.toks[k+1].text); !after {
			if _, before := lookupTitle(d.toks[k-1].text); !before {
				return gazetteer.Title{}, false // "Farhan Sultan Baig", "Mohammed Amir Khan": a middle name, between a given name and more name
			}
		}
	}
	ti, ok := lookupTitle(t.text)
	if ok && ti.Role != "" && !strings.EqualFold(ti.Role, t.text) && k > 0 && k+1 < len(d.toks) && d.toks[k-1].kind == tWord && d.toks[k-1].cap &&
		!gazetteer.IsCommonWord(d.toks[k-1].lower) && !d.knownPlaceWord(k-1) && !isAcronym(d.toks[k-1].text) && d.mentAt[k-1] == nil &&
		!(d.toks[k+1].kind == tWord && d.toks[k+1].cap) && d.toks[k+1].text != "." {
		return gazetteer.Title{}, false // "officer, Arindam Sen, in Kolkata": a surname, not "Sen." for senator
	}
	return ti, ok
}

// knownPlaceWord reports a word the gazetteer knows as a place or a
// nationality: "Oman" in "Oman Sultan Haitham".
func (d *doc) knownPlaceWord(k int) bool {
	if _, ok := gazetteer.LookupPlace(d.toks[k].text); ok {
		return true
	}
	_, ok := gazetteer.Demonym(d.toks[k].text)
	return ok
}

// lookupTitle asks the gazetteer for a title written with or without its
// abbreviation dot.
func lookupTitle(w string) (gazetteer.Title, bool) {
	if titleModifiers[w] {
		return gazetteer.Title{Word: w}, true // part of a title run, no role
	}
	if t, ok := gazetteer.LookupTitle(w); ok {
		return t, true
	}
	if strings.HasSuffix(w, ".") && len(w) > 1 {
		return gazetteer.LookupTitle(strings.TrimSuffix(w, "."))
	}
	if head, rest, ok := strings.Cut(w, "-"); ok && len(head) > 3 && rest != "" {
		// "Secretaries-General", "Attorneys-General": a compound title's
		// plural, its first word in the plural
		one := strings.TrimSuffix(head, "s")
		if strings.HasSuffix(head, "ies") {
			one = strings.TrimSuffix(head, "ies") + "y"
		}
		if one != head {
			return gazetteer.LookupTitle(one + "-" + rest)
		}
	}
	if head, rest, ok := strings.Cut(w, "-"); ok && (strings.EqualFold(rest, "elect") || strings.EqualFold(rest, "designate")) {
		return gazetteer.LookupTitle(head) // "President-Elect", "Prime Minister-designate": the office to be
	}
	return gazetteer.Title{}, false
}

// anyPlace reports a word of toks[lo:hi] that the gazetteer knows as a
// place: "Minister of Foreign Affairs of Peru".
func (d *doc) anyPlace(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if _, ok := gazetteer.LookupPlace(d.toks[k].text); ok && d.toks[k].cap {
			return true
		}
	}
	return false
}

// portfolioBeforeAnd reports a run of portfolio words toks[lo:hi] that
// "and" joins to more portfolio words and a title: "Energy" in "Energy
// and Mines Minister X".
func (d *doc) portfolioBeforeAnd(lo, hi, end int) bool {
	for k := lo; k < hi; k++ {
		if !portfolio[d.toks[k].text] {
			return false
		}
	}
	k := hi + 1
	if hi >= end || d.toks[hi].lower != "and" || k >= end || !portfolio[d.toks[k].text] {
		return false
	}
	for k < end && portfolio[d.toks[k].text] {
		k++
	}
	_, title := d.isTitle(min(k, end-1))
	return k < end && title
}

// fieldOnly reports an office's field of plain words and portfolios
// ("Public Service", "State for Foreign Affairs"), with no name in it.
func (d *doc) fieldOnly(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		if t.kind != tWord || !portfolio[t.text] && !gazetteer.IsCommonWord(t.lower) {
			return false
		}
	}
	return true
}

// officeTitleRun reads the capitalised run toks[lo:hi] as an office that
// names no person: an optional body's initials ("UN"), capitalised words
// of the office ending in an office noun ("Special Envoy", "Force
// Commander", "Secretary-General"), or "Resident" before "and ...
// Coordinator", and an optional "for|in|on|to <place>". It returns where
// the office words start (after the initials), or -1.
func (d *doc) officeTitleRun(si, lo, hi int) int {
	s := d.sents[si]
	start := lo
	if start < hi && (d.toks[start].lower == "the" || d.toks[start].lower == "a") {
		start++
	}
	if start < hi && isAcronym(d.toks[start].text) {
		start++ // the body's initials: "UN"
	}
	if start+2 < hi && portfolioHeads[d.toks[start].text] && (d.toks[start+1].lower == "of" || d.toks[start+1].lower == "for") && !d.known(start+2, hi) && !d.anyPlace(start+2, hi) && !d.givenNameIn(start+2, hi) &&
		(hi < s.hi && (d.toks[hi].text == "," || d.toks[hi].lower == "at") || d.fieldOnly(start+2, hi)) {
		// "the Minister of Territorial Administration, X", "Director of
		// Operations at X", "the Minister for Public Service said": the
		// portfolio, no body ("Prime Minister of Peru" names its country)
		return start
	}
	k := start
	for k < hi && d.toks[k].cap && d.toks[k].kind == tWord && !officeNouns[d.toks[k].text] {
		if gazetteer.IsGivenName(d.toks[k].text) || d.toks[k].text == "Office" || d.toks[k].text == "Office's" || d.known(k, k+1) {
			return -1 // "Office of the Special Envoy" is a body; "Ana" opens a name
		}
		k++
	}
	if k-start > 3 {
		return -1
	}
	if k == hi && k > start && k < s.hi && d.toks[k].lower == "and" && k+1 < s.hi && d.toks[k+1].cap {
		// "the UN Resident and Humanitarian Coordinator": the office goes on
		for j := k + 1; j < s.hi && j < k+5 && d.toks[j].cap; j++ {
			if officeNouns[d.toks[j].text] {
				return start
			}
		}
		return -1
	}
	if k >= hi || !officeNouns[d.toks[k].text] {
		return -1
	}
	k++
	if k+2 < hi && d.toks[k].lower == "of" && d.toks[k+1].lower == "the" && officeNouns[d.toks[k+2].text] && k+3 == hi {
		return start // "the Special Representative of the Secretary-General"
	}
	if k < hi {
		if w := d.toks[k].lower; w != "for" && w != "in" && w != "on" && w != "to" {
			return -1 // "Special Envoy Ana Costa": the office before the name
		}
	}
	if d.givenNameIn(k, hi) {
		return -1 // "Special Envoy for Chile Ana Costa": the name follows
	}
	return start
}

// fieldWordsAfterTitle is fieldWords after a title a few words before
// toks[lo] ("Assistant Secretary of State for | Western Hemisphere
// Affairs Ana Costa"); 0 with no title there.
func (d *doc) fieldWordsAfterTitle(lo, hi int) int {
	for k := lo - 2; k >= 0 && k >= lo-5; k-- {
		if _, ok := d.isTitle(k); ok && d.toks[k].cap {
			return d.fieldWords(lo, hi)
		}
	}
	return 0
}

// fieldWords is how many common words open toks[lo:hi], an office's
// field after its "for" or "on", before a person's given name and
// surname: 1 for "(High Commissioner for) Peace Ana Costa"; 0 if the
// words are not that.
func (d *doc) fieldWords(lo, hi int) int {
	for n := 1; n <= 3 && lo+n+1 < hi; n++ {
		t := &d.toks[lo+n-1]
		if t.kind != tWord || !gazetteer.IsCommonWord(t.lower) || gazetteer.IsGivenName(t.text) {
			return 0
		}
		if gazetteer.IsGivenName(d.toks[lo+n].text) && !d.known(lo+n, lo+n+1) {
			return n
		}
	}
	return 0
}

// addSpan analyses the capitalised run toks[lo:hi] of sentence si.
func (d *doc) addSpan(si, lo, hi int) {
	s := d.sents[si]
	for k := lo + 1; k+1 < hi; k++ {
		if t, ok := d.isTitle(k); ok && t.Honorific && d.toks[k].cap && d.nameWord(k+1) {
			// "Director of Medical Services Dr. Ana Costa": after an office
			// and "of" or "for", the words before an honorific are the
			// office's field, and the honorific opens a person's name
			office := lo >= 2 && (d.toks[lo-1].lower == "of" || d.toks[lo-1].lower == "for") && d.titleAt(lo-2)
			if t, ok := d.isTitle(lo); ok && !t.Honorific && k-lo >= 3 && (d.toks[lo+1].lower == "of" || d.toks[lo+1].lower == "for") {
				office = true
			}
			if office {
				d.addSpan(si, k, hi)
				return
			}
		}
	}
	if d.portfolioBeforeAnd(lo, hi, s.hi) {
		return // "Energy and Mines Minister X": the first half of the portfolio, no name
	}
	if hi-lo == 2 && (d.toks[lo].text == "Group" || d.toks[lo].text == "Pool") && len(strings.TrimSuffix(d.toks[lo+1].text, ".")) == 1 {
		return // "Varnok leads Group E": a tournament's group, no body
	}
	for k := lo + 2; k+1 < hi; k++ {
		if d.toks[k].lower == "of" && d.toks[k-1].cap && adminWords[d.toks[k-1].lower] && isCountry(d.text[d.toks[k+1].start:d.toks[hi-1].end]) {
			// "the Varnok Oblast of Ukraine": the region, then its country
			d.addSpan(si, lo, k)
			d.addSpan(si, k+1, hi)
			return
		}
	}
	if hi-lo > 1 && d.toks[hi-1].kind == tWord {
		if _, dem := gazetteer.Demonym(d.toks[hi-1].text); dem {
			// "in Lima Chilean officials said": a place where another
			// country's people are; without the preposition, "Kosovo Serbs"
			// are a people of their own
			ok := false
			if lo > 0 && locatives[d.toks[lo-1].lower] {
				_, ok = gazetteer.LookupPlace(d.text[d.toks[lo].start:d.toks[hi-2].end])
			} else if hi-lo > 2 && d.atStart(lo, d.sents[si]) && locatives[d.toks[lo].lower] {
				_, ok = gazetteer.LookupPlace(d.text[d.toks[lo+1].start:d.toks[hi-2].end]) // "In Lima Chilean officials said"
			}
			if ok {
				d.addSpan(si, lo, hi-1)
				d.addSpan(si, hi-1, hi)
				return
			}
		}
	}
	if hi < s.hi && hi-lo <= 2 && (armsNouns[d.toks[hi].text] || currencyNouns[d.toks[hi].text]) && !d.atStart(lo, s) && !d.known(lo, hi) && !d.anyOrgish(lo, hi) {
		if _, dem := demonymOf(d.text[d.toks[lo].start:d.toks[hi-1].end]); !dem {
			return // "two Kestrel rifles", "5 million TVK francs": a model or a currency, no body
		}
	}
	if w := d.toks[hi-1].lower; (strings.HasSuffix(w, "ism") || strings.HasSuffix(w, "isms")) && gazetteer.IsCommonWord(w) && !d.anyOrgish(lo, hi) && !d.known(lo, hi) {
		return // "Far-Right Extremism", "Islamic Fundamentalism": a doctrine, no one's name
	}
	for k := lo + 1; k+1 < hi; k++ {
		if nameEndSuffixes[strings.TrimSuffix(d.toks[k].text, ".")] && d.toks[k+1].cap {
			// "Goalscorers for Varnok FC Rui Lopes (12)": a club's or a
			// firm's suffix ends its name; what follows is another name
			d.addSpan(si, lo, k+1)
			d.addSpan(si, k+1, hi)
			return
		}
	}
	if hi < s.hi && hi-lo <= 2 && seaNouns[d.toks[hi].text] {
		if p, ok := gazetteer.LookupPlace(d.text[d.toks[lo].start:d.toks[hi].end]); ok {
			// "the Indian ocean": a sea the gazetteer knows, its noun in
			// lower case
			d.add(&mention{lo: lo, hi: hi + 1, kind: kg.Place, canon: p.Name, country: p.Country, str: strong}, si)
			return
		}
	}
	if lo > s.lo+1 && d.toks[lo-1].text == "river" && d.toks[lo-2].lower == "the" && hi-lo <= 2 && !d.known(lo, hi) && !d.anyOrgish(lo, hi) {
		// "the river Tarvo": the river, named with its noun in lower case
		d.add(&mention{lo: lo - 1, hi: hi, kind: kg.Place, canon: "River " + d.text[d.toks[lo].start:d.toks[hi-1].end], str: strong}, si)
		return
	}
	if hi < s.hi && islandNouns[d.toks[hi].text] && !d.anyOrgish(lo, hi) && hi-lo <= 3 && !d.known(lo, hi) &&
		!(lo > s.lo && (d.toks[lo-1].lower == "and" || d.toks[lo-1].text == ",")) { // not "Samar, Negros and Mindanao islands"
		// "the Marquesas islands", "the Gambier archipelago": the islands'
		// name, written with their noun in lower case
		d.add(&mention{lo: lo, hi: hi + 1, kind: kg.Place, str: strong}, si)
		return
	}
	if lo > s.lo && (shipNouns[d.toks[lo-1].lower] || d.toks[lo-1].lower == "carrier" && lo-1 > s.lo && (d.toks[lo-2].lower == "bulk" || d.toks[lo-2].lower == "aircraft" || d.toks[lo-2].lower == "cargo")) && !d.known(lo, hi) && !d.anyOrgish(lo, hi) {
		return // "the tanker Nordvik Aurora", "the bulk carrier Aegean Star": a ship's name, no place, person or body
	}
	if hi-lo > 2 && d.toks[hi-2].text == "Flight" && flightCode(d.toks[hi-1].text) {
		d.add(&mention{lo: lo, hi: hi, kind: kg.Event, str: strong}, si) // "Varnok Air Flight VA17"
		return
	}
	if hi-lo > 1 && d.toks[hi-1].text == "Flight" && hi < s.hi && (d.toks[hi].kind == tNum || flightCode(d.toks[hi].text)) {
		// "Malaysia Airlines Flight 370": the flight, which the news
		// names for what befell it
		d.add(&mention{lo: lo, hi: hi + 1, kind: kg.Event, str: strong}, si)
		return
	}
	if hi-lo == 3 && d.toks[lo+1].text == "/" && !d.known(lo, hi) {
		// "the AFC/M23 rebel alliance": an alliance named after a known
		// group and its partner is, in the news, that group
		a, aok := gazetteer.LookupOrg(d.toks[lo].text)
		b, bok := gazetteer.LookupOrg(d.toks[lo+2].text)
		if aok != bok {
			o := a
			if bok {
				o = b
			}
			d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, canon: o.Name, str: strong}, si)
			return
		}
	}
	if hi-lo == 1 && hi < s.hi && d.toks[hi].kind == tWord && !d.toks[hi].cap && placePairWord(d.toks[lo].text) {
		return // "the Franco-German proposal", "the Belgrade-Pristina dialogue": who takes part, no name
	}
	if hi-lo >= 2 && hi < s.hi && weaponNouns[d.toks[hi].lower] && (d.known(lo, hi-1) || d.orgish(hi-2)) && !d.orgish(hi-1) && !d.known(lo, hi) {
		hi-- // "four Royal Air Force Typhoon jets": the force, then its aircraft's model
	}
	if hi-lo >= 2 && (isAcronym(d.toks[lo].text) || strings.Contains(d.toks[lo].text, ".")) && !d.known(lo, hi) {
		// "U.S. Middle East envoy X": a country's short form, then the
		// region of the office
		if p, ok := gazetteer.LookupPlace(d.toks[lo].text); ok && p.Kind == gazetteer.Country {
			if _, ok := gazetteer.LookupPlace(d.text[d.toks[lo+1].start:d.toks[hi-1].end]); ok {
				d.addSpan(si, lo, lo+1)
				d.addSpan(si, lo+1, hi)
				return
			}
		}
	}
	if hi-lo >= 2 && hi < s.hi && partyAdjectives[d.toks[hi-1].lower] && !d.toks[hi].cap && d.toks[hi].kind == tWord &&
		(roleWords[d.toks[hi].lower] || partyMembers[d.toks[hi].lower] || d.toks[hi].lower == "lawmakers" || d.toks[hi].lower == "senators" || d.toks[hi].lower == "majority" || d.toks[hi].lower == "minority") {
		// "Senate Democratic leader X", "House Republican lawmakers": the
		// chamber, and the party by its adjective
		if o, ok := gazetteer.LookupOrg(d.toks[hi-1].text + " Party"); ok {
			d.addSpan(si, lo, hi-1)
			d.add(&mention{lo: hi - 1, hi: hi, kind: kg.Organization, canon: o.Name, str: strong}, si)
			return
		}
	}
	if hi-lo >= 2 && hi < s.hi && d.toks[hi].kind == tNum && planeMakers[d.toks[hi-1].text] {
		// "an Ethiopian Airlines Boeing 737": the airline, then the maker
		// of the model
		d.addSpan(si, lo, hi-1)
		d.add(&mention{lo: hi - 1, hi: hi, kind: kg.Organization, str: strong}, si)
		return
	}
	if t := d.officeTitleRun(si, lo, hi); t >= 0 {
		// "the UN Special Envoy for Yemen, X,", "the Force Commander", "the
		// UN Resident and Humanitarian Coordinator in Sudan": an office,
		// written in capitals, whose body and place are named, not itself
		if t > lo {
			d.addSpan(si, lo, t)
		}
		e := t
		for e < hi && d.toks[e].lower != "for" && d.toks[e].lower != "in" && d.toks[e].lower != "on" && d.toks[e].lower != "to" {
			e++
		}
		if e+1 < hi && !(portfolioHeads[d.toks[t].text] && !d.known(e+1, hi) && !d.anyPlace(e+1, hi)) {
			d.addSpan(si, e+1, hi) // not "Minister for Public Service": its field
		}
		return
	}
	// leading words that are capitalised only because they open a sentence
	for lo < hi {
		t := &d.toks[lo]
		atStart := d.atStart(lo, s)
		if t.lower == "the" || t.lower == "a" || t.lower == "an" || !t.cap && (connectors[t.lower] || t.lower == "and" || t.lower == "for") && !d.articleBeforeName(lo, hi) {
			lo++ // "Forces of the X Front" after "Forces" was dropped: not "of the X Front"
			continue
		}
		if _, ok := d.isTitle(lo); ok && hi-lo > 1 && !(hi-lo == 2 && d.known(lo+1, hi) && !gazetteer.IsGivenName(d.toks[lo+1].text) && !gazetteer.IsSurname(d.toks[lo+1].text)) {
			break
		}
		if hi-lo > 2 && lo+1 < len(d.toks) {
			if _, ok := lookupTitle(t.text + " " + d.toks[lo+1].text); ok {
				break // "First Minister X" opening a sentence: a title of two words
			}
		}
		if hi-lo > 1 && (d.known(lo, lo+2) || hi-lo > 2 && d.known(lo, lo+3)) {
			break // "South African President ...", "United Arab Emirates"
		}
		if atStart && hi-lo > 1 && d.recurs(lo, hi) {
			break // the whole name also stands mid-sentence: "Red Kite Communications"
		}
		if ordinals[t.lower] && hi-lo > 1 && (gazetteer.IsEventHead(d.toks[hi-1].text) || d.toks[hi-1].text == "War" || d.orgish(hi-1) || placeSuffixes[d.toks[hi-1].text]) {
			break // "Second World War", "Third Army", "Second Varnok Shoal"
		}
		if (stormWords[t.text] || t.text == "Operation") && hi-lo > 1 {
			break // "Typhoon Haiyan killed ...": the storm's name opens the sentence
		}
		if atStart && hi-lo > 1 && (t.lower == "suspected" || t.lower == "alleged" || t.lower == "presumed" || t.lower == "purported") {
			lo++ // "Suspected Varnok Front rebels killed ...": no part of the name
			continue
		}
		apposed := atStart && hi-lo == 2 && d.orgAppositionAt(hi) // "Emergency Lawyers, a rights group,": the whole name
		// "Police Scotland confirmed", though "the police" comes later
		// "Border Guard Chile said", "Armed Forces of Peru spokesman", though
		// "the border" and "armed" are written in lower case elsewhere too
		forceOf := atStart && d.toks[hi-1].cap && (hi-lo == 2 && d.orgish(lo) && d.knownPlaceWord(lo+1) || d.wordOpensBody(lo, hi))
		if (numberWords[t.lower] || numberWords[strings.SplitN(t.lower, "-", 2)[0]] || (atStart && d.openerWord(lo) && !d.known(lo, hi) && !apposed && !forceOf)) && !d.spelledByAcronym(lo, hi) {
			lo++
			continue
		}
		if atStart && !apposed && (gazetteer.IsCommonWord(t.lower) || commonCompound(t.lower)) && !gazetteer.IsGivenName(t.text) && !d.capSeen[t.lower] && !(isAcronym(t.text) && d.known(lo, lo+1)) && (!d.allOrgish(lo+1, hi) || d.known(lo+1, hi)) && !(hi-lo >= 3 && d.orgish(hi-1)) && !(hi-lo == 2 && d.toks[lo+1].kind == tNum) &&
			!(hi-lo >= 3 && d.known(lo, hi)) && !d.wordOpensBody(lo, hi) && // "Armed Forces of the Philippines", "Border Guard Bangladesh": the word opens the body's name
			!(partyNames[t.lower] && hi-lo == 1) && !(hi-lo >= 5 && d.forTheOf(lo, lo+1)) &&
			!(clubWords[t.text] && hi-lo == 2 && d.known(lo+1, hi)) && !(hi-lo > 2 && d.advocacyAt(lo)) &&
			!(hi-lo == 2 && d.orgish(lo) && !gazetteer.IsCommonWord(d.toks[lo+1].lower) && !gazetteer.IsGivenName(d.toks[lo+1].text)) { // "Radio Dabanga reported": the station's name
			if _, ok := lookupTitle(t.text); !ok || hi-lo == 2 && d.known(lo+1, hi) {
				if _, ok := gazetteer.Demonym(t.text); !ok {
					lo++
					continue
				}
			}
		}
		break
	}
	if hi-lo > 1 && (d.toks[hi-1].text == "Flight" || hi-lo > 2 && d.toks[hi-2].text == "Flight" && isAcronym(d.toks[hi-1].text)) {
		// "Malaysia Airlines Flight 370", "Varnok Air Flight VA17": the airline
		for hi > lo && d.toks[hi-1].text != "Flight" {
			hi--
		}
		hi--
	}
	for hi > lo && (d.toks[hi-1].lower == "of" || d.toks[hi-1].lower == "and" || d.toks[hi-1].lower == "the" || d.toks[hi-1].lower == "on") {
		hi--
	}
	if hi-lo > 1 && d.toks[hi-1].cap && (personPronouns[d.toks[hi-1].lower] || d.toks[hi-1].lower == "it" || d.toks[hi-1].lower == "they" || d.toks[hi-1].lower == "the") && isInitials(d.toks[hi-2].text) {
		hi-- // "posted on X. He said": the platform, then a new sentence
	}
	if lo < hi && unitHeads[d.toks[hi-1].text] {
		// "the 8th Infantry Division", "Light Infantry Battalion 552": a
		// military unit's number is part of its name
		front := d.toks[hi-1].text == "Front" // "the 36th Front"; but "35 Varnok Front fighters" are a count
		if lo > s.lo && (ordinalNum(d.toks[lo-1].text) || !front && d.toks[lo-1].kind == tNum && len(d.toks[lo-1].text) <= 4 && allDigits(d.toks[lo-1].text)) && d.toks[lo-1].end+1 == d.toks[lo].start && d.mentAt[lo-1] == nil {
			lo-- // "the 153 Task Force Battalion"
		} else if !front && hi < s.hi && d.toks[hi].kind == tNum && len(d.toks[hi].text) <= 4 && allDigits(d.toks[hi].text) && d.toks[hi].start == d.toks[hi-1].end+1 && d.mentAt[hi] == nil {
			hi++
		}
	}
	if lo-1 > s.lo && hi-lo > 1 && d.toks[lo-1].cap && numberWords[d.toks[lo-1].lower] && d.toks[lo-2].lower == "the" && d.mentAt[lo-1] == nil && d.toks[lo-1].end+1 == d.toks[lo].start && d.orgish(hi-1) {
		lo-- // "the Three Brotherhood Alliance": a number word opens the name; not "Four Royal Air Force jets"
	}
	if hi-lo > 1 && (d.toks[hi-1].text == "Photo" || d.toks[hi-1].text == "Photos") {
		hi-- // a photo credit: "(AP Photo/Evan Vucci)"
	}
	if lo >= hi {
		return
	}
	if lo > s.lo && (d.toks[lo-1].lower == "for" || d.toks[lo-1].lower == "to" || d.toks[lo-1].lower == "on") && !d.toks[lo-1].cap && hi-lo >= 3 {
		// "the UN envoy for Yemen Saud al-Otaibi": the country of the
		// office, then the person
		for n := 2; n >= 1; n-- {
			if lo+n+1 >= hi {
				continue
			}
			if p, ok := gazetteer.LookupPlace(d.text[d.toks[lo].start:d.toks[lo+n-1].end]); ok && p.Kind == gazetteer.Country && gazetteer.IsGivenName(d.toks[lo+n].text) && !d.known(lo, lo+n+1) &&
				!d.known(lo+n, lo+n+1) && !d.anyOrgish(lo+n, hi) {
				d.add(&mention{lo: lo, hi: lo + n, kind: kg.Place, canon: p.Name, str: strong}, si)
				d.addSpan(si, lo+n, hi)
				return
			}
		}
		if n := d.fieldWordsAfterTitle(lo, hi); n > 0 {
			// "High Commissioner for Peace Ana Costa", "Assistant
			// Secretary for Western Hemisphere Affairs Ana Costa": the
			// office's field, then the person
			d.addSpan(si, lo+n, hi)
			return
		}
	}
	if hi-lo == 1 && regionPrefixes[d.toks[lo].text] && hi+2 < s.hi && d.toks[hi].lower == "and" && regionPrefixes[d.toks[hi+1].text] && d.nameWord(hi+2) {
		// "the Middle and Lower Juba regions": Middle Juba, its name
		// shared with the one after "and"
		e := hi + 2
		for e < s.hi && d.nameWord(e) {
			e++
		}
		d.add(&mention{lo: lo, hi: hi, kind: kg.Place, canon: d.toks[lo].text + " " + d.text[d.toks[hi+2].start:d.toks[e-1].end], str: fair}, si)
		return
	}
	if hi-lo > 1 && shipPrefixes[d.toks[lo].text] {
		return // "USS Carl Vinson", "BRP Datu Tamblot": a ship, no entity of the graph
	}
	if hi-lo > 1 && d.toks[lo].text == "Shuttle" || hi-lo > 2 && d.toks[lo].text == "Space" && d.toks[lo+1].text == "Shuttle" ||
		hi-lo == 1 && d.craftName(d.toks[lo].text) {
		return // "Space Shuttle Atlantis", "the space shuttle Endeavour", then "Atlantis": a craft, no entity
	}
	if hi < len(d.toks) && strings.HasPrefix(d.toks[hi].text, "$") && d.toks[hi].start == d.toks[hi-1].end {
		return // "US$3.7 million", "HK$10": a currency, no country
	}
	if hi-lo >= 3 && hi+2 < len(d.toks) && d.toks[hi].text == "(" && d.toks[hi+2].text == ")" && !d.known(lo, hi) {
		// "United Kingdom Maritime Trade Operations (UKMTO)": a name its
		// acronym spells is one organization, whatever titles or places it
		// holds
		if m := d.typeSpan(si, lo, hi); m.typedBy == "type-acronym-defined" {
			d.add(m, si)
			return
		}
	}
	if lo >= 2 && (d.toks[lo-1].lower == "in" || d.toks[lo-1].lower == "for") && d.anyLaw(lo-2, lo-1) && !d.known(lo, hi) {
		return // "the Nobel Prize in Literature": the prize's field
	}
	if d.anyLaw(lo, hi) || hi < s.hi && d.toks[hi].kind == tNum && hi-lo == 1 && !d.known(lo, hi) && d.peek(hi+1) != "times" {
		return // laws, awards and numbered sections are no entities here, but "Boeing 737" names Boeing
	}
	if hi-lo == 1 && lo > s.lo && hi < s.hi && d.toks[lo-1].text == "(" && d.toks[hi].text == ")" && lo >= 2 && d.toks[lo-2].kind == tWord && !d.toks[lo-2].cap {
		return // "regional support funds (RSF)": an abbreviation of a common noun
	}
	if hi-lo == 1 && adjOnly[d.toks[lo].lower] {
		return
	}
	if hi-lo == 1 && partyAdjectives[d.toks[lo].lower] && hi < s.hi && d.toks[hi].kind == tWord && !d.toks[hi].cap && !sayVerbs[d.toks[hi].lower] && !d.verbAfterSubject(hi) &&
		!(partyNames[d.toks[lo].lower] && (roleWords[d.toks[hi].lower] || officeWords[d.toks[hi].lower] || d.toks[hi].lower == "mp" || d.toks[hi].lower == "candidate")) {
		return // "the Democratic presidential nomination": an adjective; but "Labour gained 15", "Labour leader X"
	}
	if hi-lo == 1 && holidays[d.toks[lo].lower] && hi < s.hi && d.toks[hi].kind == tWord && !d.toks[hi].cap {
		return // "a Christmas market": a day, no place
	}
	if k, local := d.siteHead(lo, hi, s.hi); k > hi && (d.siteName(lo, hi) || namesakeSites[d.toks[k-1].lower] && !d.anyOrgish(lo, hi)) {
		// "the Karsk oil refinery": a named site, a place of its own
		d.add(&mention{lo: lo, hi: k, kind: kg.Place, str: strong, typedBy: "site"}, si)
		if local {
			if d.siteOf == nil {
				d.siteOf = map[string]string{}
			}
			d.siteOf[d.text[d.toks[lo].start:d.toks[hi-1].end]] = d.text[d.toks[lo].start:d.toks[k-1].end]
		}
		return
	}
	if site := d.siteOf[d.text[d.toks[lo].start:d.toks[hi-1].end]]; site != "" {
		// "the Tarbela market ... in Tarbela": the market again
		d.add(&mention{lo: lo, hi: hi, kind: kg.Place, canon: site, str: strong}, si)
		return
	}
	if hi-lo == 1 && languages[d.toks[lo].lower] && lo > s.lo && (d.toks[lo-1].lower == "in" || d.toks[lo-1].lower == "into" || d.toks[lo-1].lower == "speak" || d.toks[lo-1].lower == "speaks") && !(hi < s.hi && d.mentAt[hi] == nil && d.nameWord(hi)) && !d.modifiesNoun(hi, s.hi) {
		return // "he replied in Quechua": a language, no place
	}
	if hi-lo > 2 && partyAdjectives[d.toks[lo].lower] && gazetteer.IsGivenName(d.toks[lo+1].text) && !d.known(lo, hi) {
		lo++ // "Republican Kevin McCarthy": a party member, named after his party
	}
	if lo > s.lo && hi < s.hi && d.toks[lo-1].kind == tQuote && d.toks[hi].kind == tQuote && !d.known(lo, hi) {
		if _, title := d.isTitle(lo); title || lo-2 >= s.lo && shoutVerbs[d.toks[lo-2].lower] {
			return // "the “King of Pop”", "shouted “Allahu Akbar”": an epithet or a cry, nobody's name
		}
	}
	if lo >= 2 && (d.toks[lo-1].lower == "called" || d.toks[lo-1].lower == "named" || d.toks[lo-1].lower == "dubbed") && !d.known(lo, hi) {
		n := lo - 2
		if n > 0 && d.toks[n].text == "," {
			n-- // "The species, named X"
		}
		if thingNouns[d.toks[n].lower] {
			return // "ransomware called WannaCry", "a ship named X": a thing, no entity
		}
	}
	if lo > s.lo && namedThings[d.toks[lo-1].lower] && !d.known(lo, hi) && !(hi < s.hi && (orgNouns[d.toks[hi].lower] || gazetteer.IsOrgHead(d.toks[hi].lower))) {
		return // "the Turkish vessel Mavi Marmara", "the film X": a thing's name
	}
	if lo >= 3 && d.toks[lo-1].lower == "the" && d.toks[lo-2].text == "," && thingNouns[d.toks[lo-3].lower] && !d.known(lo, hi) {
		return // "a cargo ship, the Maersk Alabama,": a thing in apposition
	}
	if hi-lo == 1 && hi < s.hi && crimeNamed[d.toks[hi].lower] && !d.known(lo, hi) && d.onlyBeforeAttack(lo) {
		return // "the Lockerbie bomber": named after the attack, no entity of its own
	}
	if hi < s.hi && diseaseNouns[d.toks[hi].lower] && !d.known(lo, hi) {
		return // "the Ebola outbreak", "the Zika virus": a disease, no entity
	}
	if hi-lo == 2 && (d.toks[lo].text == "El" || d.toks[lo].text == "La") && climatePatterns[kg.FoldName(d.text[d.toks[lo].start:d.toks[hi-1].end])] {
		return // "warming waters linked to El Niño": a climate pattern, no entity
	}
	if hi-lo == 1 && lo > s.lo && kinPlurals[d.toks[lo-1].lower] && gazetteer.IsGivenName(d.toks[lo].text) && hi+3 < s.hi && d.toks[hi].lower == "and" && d.nameWord(hi+1) && d.nameWord(hi+2) {
		// "brothers Said and Cherif Kouachi": the first shares the surname
		k := hi + 2
		for k+1 < s.hi && d.nameWord(k+1) {
			k++
		}
		surname := d.text[d.toks[hi+2].start:d.toks[k].end]
		d.add(&mention{lo: lo, hi: hi, kind: kg.Person, canon: d.toks[lo].text + " " + surname, str: strong}, si)
		return
	}
	if d.workTitle(lo, hi, s) {
		return // "the album "Eras"", "Netflix's "The Crown"", "a new album, Cowboy Carter,": a work, no entity
	}
	if d.productName(lo, hi) {
		if !d.known(lo, lo+1) {
			return // "Galaxy S24", "Falcon X": a product and its model
		}
		hi = lo + 1 // "Airbus A320": the maker is named
	}
	if hi < s.hi && craftNouns[d.toks[hi].lower] && !d.known(lo, hi) {
		return // "NASA's Curiosity rover": a craft, no entity
	}
	if hi < s.hi && weaponSystemNouns[d.toks[hi].lower] && !d.known(lo, hi) {
		return // "two more IRIS-T systems", "a Patriot battery": a weapon, no entity
	}
	if hi-lo == 1 && modelNumber(d.toks[lo].text) && !d.known(lo, hi) {
		return // "MiG-21", "F-16", "Su-27": a model, no entity
	}
	if hi-lo == 1 && hi < s.hi && weaponNouns[d.toks[hi].lower] && !d.known(lo, hi) && !d.capSeenElsewhere(lo) {
		return // "ATACMS missiles", "Shahed drones": a weapon's name
	}
	if lo > s.lo && (d.toks[lo-1].lower == "its" || d.toks[lo-1].lower == "their") && hi < s.hi && (weaponNouns[d.toks[hi].lower] || ownedCraftNouns[d.toks[hi].lower]) && !d.known(lo, hi) {
		return // "two of its A-29 Super Tucano aircraft": the owner's model, no entity
	}
	if hi-lo == 1 && isAcronym(d.toks[lo].text) && (commonAcronyms[strings.ToUpper(strings.ReplaceAll(d.toks[lo].text, ".", ""))] || hasDigit(d.toks[lo].text)) && !d.known(lo, hi) {
		return // "DNA", "NGO", "EF2": things, not organizations
	}
	full := d.text[d.toks[lo].start:d.toks[hi-1].end]
	atStart := d.atStart(lo, s)
	opener := atStart && hi-lo == 1 && gazetteer.IsCommonWord(d.toks[lo].lower) && !(isAcronym(d.toks[lo].text) && d.known(lo, hi)) // "US officials said": the country, not "us"
	if opener && !d.known(lo, hi) && !d.capAlone[d.toks[lo].lower] && !gazetteer.IsGivenName(d.toks[lo].text) && !d.surnameBefore(lo) && hi < s.hi && d.toks[hi].kind == tWord && !d.toks[hi].cap &&
		!sayVerbs[d.toks[hi].lower] && !pastVerbs[d.toks[hi].lower] && !finiteAux[d.toks[hi].lower] && !strings.HasSuffix(d.toks[hi].lower, "ed") && !gazetteer.IsOrgHead(d.toks[lo].lower) {
		// "Security researchers said": a common word opening the sentence,
		// written capitalised elsewhere only inside a longer name
		return
	}
	if atStart && !d.known(lo, hi) && !d.capSeen[d.toks[lo].lower] && !gazetteer.IsGivenName(d.toks[lo].text) && !isAcronym(d.toks[lo].text) && !d.anyOrgish(lo, hi) {
		if _, ok := d.isTitle(lo); !ok {
			if hi-lo == 1 && !(hi < s.hi && (sayVerbs[d.toks[hi].lower] || d.toks[hi].lower == "'s" || d.toks[hi].lower == "’s")) && !d.namedBefore(lo) &&
				!(!gazetteer.IsCommonWord(d.toks[lo].lower) && (d.personVerbAfter(hi, s.hi) || d.appositionThenVerb(hi, s.hi))) {
				return // "Gunmen attacked ...": capitalised only as the first word; but "Varga spoke by phone"
			}
			if hi-lo > 1 && !gazetteer.IsCommonWord(d.toks[lo].lower) && !gazetteer.IsCommonWord(d.toks[lo+1].lower) && false {
				if _, ok := demonymOf(d.toks[lo].text); !ok {
					if !d.known(lo+1, hi) || hi-lo == 2 {
						lo++ // "Chipmaker Nortek sues ..."
						full = d.text[d.toks[lo].start:d.toks[hi-1].end]
					}
				}
			}
		}
	}
	if society := nationalSociety(full); society && lo >= 2 && (d.toks[lo-1].lower == "'s" || d.toks[lo-1].lower == "\u2019s") {
		// "Lebanon's Red Cross": the country's own society, not the ICRC
		if dem, ok := gazetteer.DemonymFor(d.toks[lo-2].text); ok {
			d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, canon: dem + " " + full, str: strong}, si)
			return
		}
	}
	if o, ok := gazetteer.LookupOrg(full); ok {
		if p, place := lookupPlace(full); place && p.Kind == gazetteer.Region && lo > s.lo && d.toks[lo-1].lower == "the" {
			// "in the Amazon", "the Amazon city of Belem": the region the
			// article writes with its article, not the company
			d.add(&mention{lo: lo, hi: hi, kind: kg.Place, canon: p.Name, country: p.Country, str: strong}, si)
			return
		}
		d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, canon: o.Name, str: strong}, si)
		return
	}
	if p, ok := lookupPlace(full); ok {
		if p.Kind == gazetteer.City && d.inResult(lo, hi, s) {
			// "Manchester City beat Chelsea 3-1": clubs, not towns
			d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, str: fair}, si)
			return
		}
		if p.Kind == gazetteer.City && hi < s.hi && sportsRoles[d.toks[hi].lower] {
			// "Barcelona midfielder X": the city's club
			d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, str: fair}, si)
			return
		}
		if p.Kind == gazetteer.City && !p.Capital && p.Population < 200000 && d.companyNamed(lo, hi) {
			// "Monsanto chief executive X", "Nokia shares": a company named
			// like a small town
			d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, str: fair}, si)
			return
		}
		if p.Kind != gazetteer.Country && lo > s.lo && companyNouns[d.toks[lo-1].lower] {
			// "the telecoms company Nokia": a company named after a town
			d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, str: fair}, si)
			return
		}
		d.add(&mention{lo: lo, hi: hi, kind: kg.Place, canon: p.Name, country: p.Country, str: strong}, si)
		return
	}
	if isUpperRun(strings.ReplaceAll(full, " ", "")) && len(full) > 3 {
		// a dateline: "TOKYO —", "KYIV, Ukraine"
		if p, ok := lookupPlace(titleCase(full)); ok {
			d.add(&mention{lo: lo, hi: hi, kind: kg.Place, canon: p.Name, country: p.Country, str: strong}, si)
			return
		}
	}
	if d.toks[lo].text == "Operation" && hi-lo > 1 {
		// "Operation Pillar of Kestrel": a named operation, whatever
		// titles or portfolios its words look like
		d.add(&mention{lo: lo, hi: hi, kind: kg.Event, str: fair}, si)
		return
	}
	// "California Business": a place and a common word
	if hi-lo == 2 && gazetteer.IsCommonWord(d.toks[lo+1].lower) && !d.orgish(lo+1) && !placeSuffixes[d.toks[lo+1].text] && !gazetteer.IsEventHead(d.toks[lo+1].text) && !clubWords[d.toks[lo+1].text] &&
		!(gazetteer.IsGivenName(d.toks[lo].text) && gazetteer.IsSurname(d.toks[lo+1].text)) { // but "Kent Walker" is a person
		if p, ok := lookupPlace(d.toks[lo].text); ok {
			d.add(&mention{lo: lo, hi: lo + 1, kind: kg.Place, canon: p.Name, country: p.Country, str: strong}, si)
			return
		}
	}
	if hi-lo > 2 && d.toks[lo].text == "Interim" && d.orgish(hi-1) && !d.givenNameIn(lo+1, hi) {
		// "the Interim Varnok Council": an interim body, not a title
		d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, str: fair}, si)
		return
	}
	if hi-lo > 3 && d.orgish(lo) && d.toks[lo+1].lower == "of" && !d.givenNameIn(lo+2, hi) {
		// "Ministry of Health and Social Welfare": portfolios that look
		// like titles, with no person after them
		d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, str: fair}, si)
		return
	}
	// titles: the person's name follows the last title of the run
	// titles count only in a leading run, after at most a short prefix
	// ("United States President ..."): "Sheikh" inside a name stays there
	// The last office title among the first words wins ("Deputy White
	// House Press Secretary Jane Doe"); honorifics count only in the
	// leading run, so "Sheikh" inside a name stays there.
	last := -1
	titleEnd := min(hi-1, lo+6)
	for k := lo + 1; k < titleEnd; k++ {
		if onHeads[d.toks[k].text] && k+1 < hi && d.toks[k+1].lower == "on" {
			titleEnd = k // "Committee on Foreign Relations": titles inside an organization's name
		}
		if w := d.toks[k].lower; (w == "for" || w == "of") && !d.toks[k].cap && (d.orgish(lo) || w == "for" && d.forTheOf(lo, k)) {
			titleEnd = min(titleEnd, k) // "Movement for the Defence of Democracy": the same
		}
	}
	for k := lo; k < titleEnd; k++ {
		if t, ok := d.isTitle(k); ok && !t.Honorific {
			last = k
		}
	}
	if last < 0 {
		for k := lo; k < titleEnd && k <= lo+3; k++ {
			if _, ok := d.isTitle(k); ok {
				last = k
				break
			}
		}
	}
	for last >= 0 && last+1 < hi {
		if last+2 < hi {
			if _, ok := lookupTitle(d.toks[last].text + " " + d.toks[last+1].text + " " + d.toks[last+2].text); ok {
				last += 2 // "Private First Class X": a title of three words
				continue
			}
			if _, ok := lookupTitle(d.toks[last+1].text + " " + d.toks[last+2].text); ok {
				last += 2 // "Former First Lady X": a title of two words after another
				continue
			}
		}
		if _, ok := d.isTitle(last + 1); !ok {
			break
		}
		last++
	}
	// "John Major", "Martin Luther King Jr.": given names, then a surname
	// that is also a title, and at most a suffix
	surnameTitle := false
	if _, title := d.isTitle(lo); !title && hi-lo > 1 && gazetteer.IsGivenName(d.toks[lo].text) && !d.anyOrgish(lo, hi) {
		p := lo + 1
		for p < hi {
			if _, ok := d.isTitle(p); ok {
				break
			}
			p++
		}
		if p < hi && d.onlySuffixes(p+1, hi) {
			last, surnameTitle = -1, true
		}
	}
	if _, title := d.isTitle(lo); !title && hi-lo >= 3 && nameHonorifics[d.toks[lo+1].lower] && !d.anyOrgish(lo, hi) {
		if _, t2 := d.isTitle(lo + 2); !t2 {
			last, surnameTitle = -1, true // "Abdullahi Sheikh Warsame": the honorific is part of the name
		}
	}
	if last == hi-1 {
		last = -1 // only titles: "Defence Minister"
	}
	if last >= 0 && hi-last > 2 && landformEnds[d.toks[hi-1].text] && d.toks[last+1].lower != "of" {
		last = -1 // "Lord Varnok Island", "Prince Ana Islands": a landform named after a title and a name
	}
	if last > lo && last == hi-2 && !d.isTitleRunStart(lo, last) && gazetteer.IsCommonWord(d.toks[hi-1].lower) &&
		!gazetteer.IsGivenName(d.toks[hi-1].text) && !gazetteer.IsSurname(d.toks[hi-1].text) {
		last = -1 // "United Kingdom Maritime Trade Operations": a body's word, no office before a person
	}
	core := last + 1
	if last >= 0 {
		// "Minister of Defence Paolo De Luca": skip the portfolio
		for core < hi && (connectors[d.toks[core].lower] && !foreignArticles[d.toks[core].text] || d.toks[core].lower == "the" || portfolio[d.toks[core].text] ||
			d.toks[core].lower == "and" && core > last+1 && portfolio[d.toks[core-1].text] && core+1 < hi && portfolio[d.toks[core+1].text]) {
			core++ // "Minister of Health and Social Welfare"
		}
		if core > last+1 && core+2 < hi && (d.toks[core-1].lower == "for" || d.toks[core-1].lower == "to" || d.toks[core-1].lower == "on") {
			// "Special Envoy for Sudan Ana Costa", "Ambassador to South
			// Sudan Rui Lopes": the country of the office, then the person
			c := core
			for n := 2; n >= 1; n-- {
				if core+n < hi {
					if p, ok := gazetteer.LookupPlace(d.text[d.toks[core].start:d.toks[core+n-1].end]); ok && p.Kind == gazetteer.Country && d.nameWord(core+n) {
						core += n
						break
					}
				}
			}
			if core == c {
				core += d.fieldWords(core, hi) // "High Commissioner for Peace Ana Costa": the office's field
			}
		}
		if core > last+1 && core+2 < hi && (d.toks[core-1].lower == "for" || d.toks[core-1].lower == "the") && !gazetteer.IsGivenName(d.toks[core].text) {
			// "Minister for the Olympics Ana Costa": the office's field,
			// then the person from her given name on
			for g := core + 1; g+1 < hi && g <= core+2; g++ {
				if gazetteer.IsGivenName(d.toks[g].text) && !d.knownPlaceWord(g) {
					core = g
					break
				}
			}
		}
		if core >= hi && last+1 < hi && connectors[d.toks[last+1].lower] && d.officePrefix(lo) {
			// "UN High Commissioner for Refugees", "Minister of
			// Defence": an office that acts as an organization
			d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, str: fair}, si)
			return
		}
		if core >= hi {
			last = -1
		}
	}
	if last >= 0 && d.toks[last+1].lower == "of" && (d.anyOrgish(core, hi) || d.known(core, hi) || d.nameInApposition(hi)) {
		// "Deputy Speaker of the Latvian Parliament", "President of
		// Venezuela": an office of an organization or country, no name
		d.prefixEntity(si, core, hi)
		return
	}
	if last >= 0 && hi-core == 1 && d.known(core, hi) && hi < s.hi && !d.toks[hi].cap && (roleWords[d.toks[hi].lower] || lowerTitle(d.toks[hi].lower)) {
		// "Former Lima mayor X": the office's town, though a surname is
		// spelled so
		d.prefixEntity(si, core, hi)
		return
	}
	if last >= 0 && hi-core == 1 && d.known(core, hi) && !gazetteer.IsGivenName(d.toks[core].text) && !gazetteer.IsSurname(d.toks[core].text) {
		// "Former Peruvian president": no name after the titles
		last = -1
	}
	if last >= 0 && hi-core == 1 && !d.anyOrgish(lo, hi) && d.commonRemainder(last, core) {
		// "the Parliamentary Commissioner for Standards", "the Queen of
		// Soul", "two Vice Presidents": an office, a nickname or a plural,
		// no one's name after the title
		if core == last+1 {
			d.titlesOnly(si, lo, last) // a title and its plural: only titles, as "Defence Minister" is
			return
		}
		last = -1
	}
	if last >= 0 && core == last+2 && hi-core <= 2 && (d.toks[last+1].lower == "of" || d.toks[last+1].lower == "for") && !d.givenNameIn(core, hi) && !gazetteer.IsSurname(d.toks[core].text) {
		// "Chief Executive of Kelvarospace": a name right after the
		// office's "of" is what the office belongs to, not its holder's
		d.addSpan(si, core, hi)
		return
	}
	// "Mining Minister Ana Gold": a given name and a surname
	// after the titles are a person's, though the surname is a firm's word
	givenSurname := hi-core == 2 && gazetteer.IsGivenName(d.toks[core].text) && !d.orgish(core) && gazetteer.IsSurname(d.toks[core+1].text)
	if last >= 0 && (!d.anyOrgish(core, hi) || givenSurname) {
		role, nat := "", ""
		honor := ""
		for k := lo; k <= last; k++ {
			if t, ok := d.isTitle(k); ok {
				if t.Honorific {
					honor = d.toks[k].text
				} else if t.Role != "" {
					role = t.Role
				}
			}
		}
		// what stands before the run of titles that ends at the last one is
		// a place, demonym or organization ("Natural Resources Defense
		// Council President X": "Defense" is no title there)
		p := last
		for p > lo {
			if p-2 >= lo {
				if _, three := lookupTitle(d.toks[p-2].text + " " + d.toks[p-1].text + " " + d.toks[p].text); three {
					p -= 2 // "National Security Adviser"
					continue
				}
			}
			_, one := d.isTitle(p - 1)
			_, two := lookupTitle(d.toks[p-1].text + " " + d.toks[p].text) // "Press Secretary"
			if !one && !two {
				break
			}
			p--
		}
		for p-1 > lo && officeQualifiers[d.toks[p-1].text] {
			p-- // "World Health Organization Country Director X": the office's scope, no word of the body's name
		}
		if p > lo {
			nat = d.prefixEntity(si, lo, p)
		}
		m := &mention{lo: core, hi: hi, kind: kg.Person, str: strong, role: role, nat: nat}
		if role != "" {
			m.alias = d.text[d.toks[lo].start:d.toks[hi-1].end]
		}
		if honor != "" && role == "" {
			m.alias = honor + " " + d.text[d.toks[core].start:d.toks[hi-1].end]
		}
		d.add(m, si)
		return
	}
	if hi-lo == 2 && d.toks[hi-1].text == "State" && !d.known(lo, hi) && !adjOnly[d.toks[lo].lower] {
		if _, title := d.isTitle(lo); !title {
			if _, dem := gazetteer.Demonym(d.toks[lo].text); !dem {
				// "Borno State", "Chin State": a state of a federation, not
				// the title word of "Minister of State"
				m := &mention{lo: lo, hi: hi, kind: kg.Place, str: strong, typedBy: "state"}
				if p, ok := gazetteer.LookupPlace(d.toks[lo].text); ok && p.Kind == gazetteer.Subdivision {
					m.canon, m.country = p.Name, p.Country // "Kachin State" is Kachin
				}
				d.add(m, si)
				return
			}
		}
	}
	// a run that is only titles ("Defence Minister", "President")
	if t, ok := d.isTitle(hi - 1); ok && !t.Honorific && !d.anyOrgish(lo, hi) && !surnameTitle {
		d.titlesOnly(si, lo, hi)
		return
	}
	if c, ok := demonymOf(full); ok && (hi-lo == 1 || !d.anyOrgish(lo, hi)) {
		d.add(&mention{lo: lo, hi: hi, kind: kg.Place, canon: c, demonym: true, str: strong}, si)
		return
	}
	// a leading demonym: "Ukrainian Emergency Service" is an organization,
	// "Russian Vladimir Putin" a country and a person
	if c, ok := gazetteer.Demonym(d.toks[lo].text); ok && hi-lo > 1 {
		if d.anyOrgish(lo+1, hi) || nationalSociety(d.text[d.toks[lo+1].start:d.toks[hi-1].end]) || d.partyNamed(full) || d.advocacyAt(lo+1) || lo > 0 && bodyNounsBefore[d.toks[lo-1].lower] || hi-lo > 2 && d.toks[hi-2].text == "Episcopal" && d.toks[hi-1].text == "Conference" {
			// "the Peruvian Episcopal Conference": the country's bishops
			d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, str: strong}, si)
			return
		}
		if last := d.toks[hi-1].lower; hi-lo <= 3 && (last == "revolution" || last == "war" || last == "uprising" || last == "genocide" || last == "intifada") && d.toks[hi-1].cap {
			// "the Cuban Revolution", "the Iranian Civil War": a history's
			// event, named after its people
			d.add(&mention{lo: lo, hi: hi, kind: kg.Event, str: strong}, si)
			return
		}
		if last := d.toks[hi-1].text; placeSuffixes[last] && last != "State" {
			// "the Crimean Bridge", "the Arabian Sea": a place's name
			d.add(&mention{lo: lo, hi: hi, kind: kg.Place, str: strong}, si)
			return
		}
		d.add(&mention{lo: lo, hi: lo + 1, kind: kg.Place, canon: c, demonym: true, str: strong}, si)
		lo++
		if c, ok := demonymOf(d.toks[lo].text); ok && hi-lo > 1 && !d.anyOrgish(lo+1, hi) {
			// "Syrian Kurdish YPG": a second nationality word
			d.add(&mention{lo: lo, hi: lo + 1, kind: kg.Place, canon: c, demonym: true, str: strong}, si)
			lo++
		}
		full = d.text[d.toks[lo].start:d.toks[hi-1].end]
		if p, ok := gazetteer.LookupPlace(full); ok {
			d.add(&mention{lo: lo, hi: hi, kind: kg.Place, canon: p.Name, country: p.Country, str: strong}, si)
			return
		}
	}
	if w := d.toks[lo].text; hi-lo == 1 {
		if h := strings.LastIndexByte(w, '-'); h > 0 && kindSuffixes[w[h+1:]] {
			return // "Varnok-type drones", "a Tarma-class frigate": what kind of thing, no name
		}
		if lo > 0 && d.toks[lo-1].text == "," && gazetteer.IsOrgSuffix(strings.TrimSuffix(w, ".")) {
			return // "Handgun Control, Inc.": the company's legal form, no name
		}
		if len(w) >= 3 && strings.HasSuffix(w, "s") && isAcronym(w[:len(w)-1]) {
			return // "NGOs", "MPs": a common noun's abbreviation in the plural
		}
		if nationalityNouns[w] {
			return // "the Welshman": a person's nationality, no name
		}
		if stem, n, ok := numberedName(w); ok {
			p, known := gazetteer.LookupPlace(stem)
			if len(n) <= 2 && (known && p.Kind != gazetteer.Country || hi < s.hi && constituencyNouns[d.toks[hi].lower]) {
				d.add(&mention{lo: lo, hi: hi, kind: kg.Place, str: strong}, si) // "Tarma-2": a constituency numbered after its town
				return
			}
			return // "Varnok-7", "Kestrel-136": a model's or a craft's designation, no entity
		}
		if d.titleFragment(lo, s) {
			return // "Album of the Year", "the Rights of the Child": a word of a title-case phrase, no name
		}
	}
	if d.inWorkTitle(lo, s) && !d.known(lo, hi) {
		return // "a study titled Security Impact of the Drought": a work's title, no entity
	}
	if hi-lo >= 2 && d.toks[hi-1].text == "Report" && !d.known(lo, hi) && !d.anyOrgish(lo, hi-1) {
		return // "the 2012 World Growth Report": a document, no entity (its issuer speaks through it)
	}
	if hi-lo >= 2 && d.toks[lo].text == "Best" && awardCategories[d.toks[hi-1].lower] || hi-lo >= 4 && d.toks[hi-1].text == "Year" && d.toks[hi-2].lower == "the" && d.toks[hi-3].lower == "of" {
		return // "Best Music Video", "Album of the Year": a prize's category, no name
	}
	m := d.typeSpan(si, lo, hi)
	m.opener = opener
	d.add(m, si)
}

// numberedName splits a designation of a word and a number ("Varnok-7",
// "Kestrel-136b"): the word of three letters or more, the number of
// digits with at most one lower-case letter after them. "G-20" or "F-16"
// have shorter words (modelNumber reads those).
func numberedName(w string) (stem, num string, ok bool) {
	h := strings.LastIndexByte(w, '-')
	if h < 3 || h == len(w)-1 {
		return "", "", false
	}
	stem, num = w[:h], w[h+1:]
	if n := len(num); n > 1 && num[n-1] >= 'a' && num[n-1] <= 'z' {
		num = num[:n-1]
	}
	if !allDigits(num) || len(num) == 4 && (num[:2] == "19" || num[:2] == "20") {
		return "", "", false // "Tarmun-2021": an exercise or a show of a year
	}
	for _, r := range stem {
		if !unicode.IsLetter(r) {
			return "", "", false
		}
	}
	return stem, num, true
}

// inWorkTitle reports a name at toks[lo] inside the title of a work named
// after "titled" or "entitled": the title runs on, past a colon, to the
// next comma or the sentence's end, for at most a dozen words.
func (d *doc) inWorkTitle(lo int, s sentence) bool {
	for k := lo - 1; k >= s.lo && k >= lo-12; k-- {
		switch w := d.toks[k].lower; {
		case w == "titled" || w == "entitled":
			return true
		case w == "," || w == ";" || w == "." || d.toks[k].kind == tWord && !d.toks[k].cap && !connectors[w] && w != "and" && w != "the" && w != "in" && w != "on" && w != "to" && w != "a":
			return false
		}
	}
	return false
}

// titleFragment reports a lone capitalised common word at toks[k] that
// is one end of a title-case phrase the name rules did not join, "Album"
// and "Year" in "Album of the Year", "Rights" and "Child" in "the
// Convention on the Rights of the Child": it names nothing by itself. A
// word that heads a body, a title, a known name or a given name is kept.
func (d *doc) titleFragment(k int, s sentence) bool {
	t := &d.toks[k]
	if !gazetteer.IsCommonWord(t.lower) || gazetteer.IsGivenName(t.text) || d.orgish(k) || d.known(k, k+1) || d.atStart(k, s) {
		return false
	}
	if _, ok := d.isTitle(k); ok {
		return false
	}
	if j := k + 1; j+1 < s.hi && (d.toks[j].lower == "of" || d.toks[j].lower == "for") {
		if d.toks[j+1].lower == "the" {
			j++
		}
		if j+1 < s.hi && d.toks[j+1].cap && d.toks[j+1].kind == tWord {
			return true
		}
	}
	if j := k - 1; j-1 >= s.lo && d.toks[j].lower == "the" {
		j--
		if w := d.toks[j].lower; j-1 >= s.lo && (w == "of" || w == "for" || w == "on") && d.toks[j-1].cap && d.toks[j-1].kind == tWord {
			return true
		}
	}
	return false
}

// appositionThenVerb reports ", a|an|the <description>, <verb>" at toks[k]:
// what a name opening a sentence is, then what it does ("Viasna, a human
// rights center, said").
func (d *doc) appositionThenVerb(k, hi int) bool {
	if k+2 >= hi || d.toks[k].text != "," || !(d.toks[k+1].lower == "a" || d.toks[k+1].lower == "an" || d.toks[k+1].lower == "the") {
		return false
	}
	for x := k + 2; x+1 < hi && x < k+16; x++ {
		if d.toks[x].kind == tQuote || d.toks[x].text == ";" {
			return false
		}
		if d.toks[x].text == "," {
			return d.verbAfterSubject(x + 1)
		}
	}
	return false
}

// fieldWord reports a capitalised plain word that names a field of work,
// no place, person or organization of its own: "Meteorology".
func (d *doc) fieldWord(k int) bool {
	t := &d.toks[k]
	return t.kind == tWord && t.cap && d.mentAt[k] == nil && !gazetteer.IsGivenName(t.text) && !gazetteer.IsSurname(t.text) && !d.known(k, k+1) && !d.orgish(k)
}

// orgSpan adds an organization mention over toks[lo:hi] with its
// canonical name, taking toks[from:hi] as its own: the tokens before from
// keep the mention they had ("Peru" in "Peru's ombudsman's office" stays
// the country's).
func (d *doc) orgSpan(lo, hi, from int, canon string, described bool) *mention {
	return d.lay(&mention{lo: lo, hi: hi, kind: kg.Organization, str: fair, canon: canon, described: described}, from)
}

// lay puts mention m, its span toks[m.lo:m.hi] set, into the article:
// its offsets and text from the span, toks[from:m.hi] taken as its own,
// and the article's list of mentions.
func (d *doc) lay(m *mention, from int) *mention {
	m.start, m.end = d.toks[m.lo].start, d.toks[m.hi-1].end
	m.name = d.text[m.start:m.end]
	for x := from; x < m.hi; x++ {
		d.mentAt[x] = m
	}
	d.ments = append(d.ments, m)
	return m
}

// subdivisionGovernment reads "the Borno State government", "the Kano
// state government", "the provincial government of Ituri"... written
// after a state or province the gazetteer knows: the subdivision's
// government, an organization of its own ("Borno State government").
// After any place but a country, a word of local government before
// "government", "authorities" or "administration" makes one too ("the
// Kassala state government", "Tarma city authorities", "the Lima
// municipal administration").
func (d *doc) subdivisionGovernment(m *mention, p gazetteer.Place) {
	if m.demonym || p.Kind == gazetteer.Country {
		return
	}
	k := m.hi
	local := k < len(d.toks) && localGovWords[d.toks[k].lower] && !d.toks[k].cap && d.mentAt[k] == nil
	if p.Kind != gazetteer.Subdivision && !local {
		return
	}
	if local {
		k++
	}
	if k >= len(d.toks) || d.toks[k].cap || d.mentAt[k] != nil || int(d.sentOf[k]) != int(d.sentOf[m.lo]) {
		return
	}
	head := d.toks[k].lower
	if head != "government" && !(local && (head == "authorities" || head == "administration")) {
		return
	}
	if k+1 < len(d.toks) && (d.toks[k+1].lower == "area" || d.toks[k+1].lower == "areas") {
		return // "the Damasak local government area": a district, no body
	}
	if !local && p.Kind == gazetteer.Subdivision && m.hi < k && d.toks[m.hi].lower != "state" && d.toks[m.hi].lower != "provincial" && d.toks[m.hi].lower != "regional" {
		return
	}
	name := d.text[d.toks[m.lo].start:d.toks[m.hi-1].end]
	canon := ""
	switch {
	case head == "government" && (p.Kind == gazetteer.Subdivision || d.toks[m.hi].lower == "state") && (k == m.hi || d.toks[m.hi].lower == "state" || d.toks[m.hi].lower == "provincial" || d.toks[m.hi].lower == "regional"):
		if !strings.HasSuffix(name, " State") && d.toks[m.hi].lower == "state" {
			name += " State" // "the Kano state government": Kano State's
		}
		canon = name + " government"
	default:
		canon = name + " " + d.toks[m.hi].lower + " " + head // "Tarma city authorities"
	}
	d.orgSpan(m.lo, k+1, m.lo, canon, false)
}

// foreignSentence reports a sentence in another language, quoted in the
// original: at least three of its lower-case words and two thirds of them
// are no English ("Stolz auf unsere Arbeit und Mühe"), or, right after
// such a sentence, none is ("Genießt es!"). Its lone capitalised words are
// no names unless the gazetteer knows them.
func (d *doc) foreignSentence(si int) bool {
	if d.foreign == nil {
		d.foreign = make([]int8, len(d.sents))
	}
	if d.foreign[si] != 0 {
		return d.foreign[si] == 2
	}
	s := d.sents[si]
	n, english, depth := 0, 0, 0
	for k := s.lo; k < s.hi; k++ {
		t := &d.toks[k]
		switch t.text {
		case "(", "[":
			depth++
		case ")", "]":
			depth--
		}
		if t.kind != tWord || t.cap || len(t.lower) < 2 || strings.ContainsAny(t.lower, "-'’") || depth > 0 ||
			k > s.lo && d.toks[k-1].text == "/" || k+1 < s.hi && d.toks[k+1].text == "/" {
			continue // not initials in brackets or a credit line's "mk/sri"
		}
		n++
		if gazetteer.IsCommonWord(t.lower) {
			english++
		}
	}
	foreign := n >= 3 && english*2 <= n || n >= 1 && english == 0 && si > 0 && d.foreignSentence(si-1)
	d.foreign[si] = 1
	if foreign {
		d.foreign[si] = 2
	}
	return foreign
}

// partiesNamedTogether reads two parties named by their adjectives before
// one plural noun: "the Republican and Democratic parties", "the Labour and
// Conservative parties" are the two parties the gazetteer knows.
func (d *doc) partiesNamedTogether(si int) {
	s := d.sents[si]
	for k := s.lo + 3; k < s.hi; k++ {
		if d.toks[k].lower != "parties" || d.toks[k].cap || d.toks[k-2].lower != "and" {
			continue
		}
		a, b := k-3, k-1
		if !d.toks[a].cap || !d.toks[b].cap || d.toks[a].kind != tWord || d.toks[b].kind != tWord {
			continue
		}
		oa, aok := gazetteer.LookupOrg(d.toks[a].text + " Party")
		ob, bok := gazetteer.LookupOrg(d.toks[b].text + " Party")
		if !aok || !bok {
			continue
		}
		d.add(&mention{lo: a, hi: a + 1, kind: kg.Organization, canon: oa.Name, str: strong}, si)
		d.add(&mention{lo: b, hi: b + 1, kind: kg.Organization, canon: ob.Name, str: strong}, si)
	}
}

// partyNamed reports a name the article writes before a lower-case noun
// of a party or movement ("the ruling Georgian Dream party"): a demonym
// opening it is part of the party's name, wherever the name stands.
func (d *doc) partyNamed(full string) bool {
	for _, n := range []string{" party", " movement", " alliance", " coalition", " bloc"} {
		if i := strings.Index(d.text, full+n); i >= 0 {
			if e := i + len(full) + len(n); e == len(d.text) || !unicode.IsLetter(rune(d.text[e])) {
				return true
			}
		}
	}
	return false
}

// siteHead returns the end of the site noun (siteWords, or siteNouns after
// facilityMods) written in lower case after the name lo..k, or k when there is none, and
// whether the site is a local one, which its name alone stands for later.
func (d *doc) siteHead(lo, k, end int) (int, bool) {
	for j := k; j < end && j < k+3 && d.toks[j].kind == tWord && !d.toks[j].cap; j++ {
		w := d.toks[j].lower
		mods := j > k && facilityMods[d.toks[j-1].lower]
		if !siteWords[w] && !(mods && siteNouns[w]) {
			if facilityMods[w] {
				continue // "the Karsk nuclear power plant"
			}
			break
		}
		if isCountry(d.text[d.toks[lo].start:d.toks[k-1].end]) {
			return k, false // "a Peru army base": a base in the country, which names no site
		}
		if local := localSites[w] || mods && localMods[d.toks[j-1].lower]; local {
			if w == "camp" && j > k && (d.toks[j-1].lower == "refugee" || d.toks[j-1].lower == "displacement") {
				return j + 1, true // "the Jenin refugee camp": a camp known by its town's name
			}
			if _, town := gazetteer.LookupPlace(d.text[d.toks[lo].start:d.toks[k-1].end]); town {
				return k, false // "a Kano market": a market in Kano
			}
			return j + 1, true
		}
		return j + 1, false
	}
	return k, false
}

// siteName reports a name that can name a site: neither a nationality, an
// organization nor a person ("a Russian oil refinery", "the Hamas camp",
// "the Rivera camp" are no sites).
func (d *doc) siteName(lo, hi int) bool {
	if _, ok := gazetteer.Demonym(d.toks[lo].text); ok && hi-lo == 1 {
		return false
	}
	if d.anyOrgish(lo, hi) || d.anyAcronym(lo, hi) {
		return false
	}
	if _, ok := gazetteer.LookupOrg(d.text[d.toks[lo].start:d.toks[hi-1].end]); ok {
		return false
	}
	if _, ok := d.isTitle(lo); ok {
		return false
	}
	for k := lo; k < hi; k++ {
		w := d.toks[k].text
		if _, ok := gazetteer.LookupPlace(w); !ok && (gazetteer.IsGivenName(w) || gazetteer.IsSurname(w)) {
			return false
		}
	}
	return true
}

// allOrgish reports a run of head words only ("Freight", "Holdings"),
// which are no name without the word before them.
func (d *doc) allOrgish(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !d.orgish(k) {
			return false
		}
	}
	return lo < hi
}

// workTitle reports a name that is the title of a work: after a noun of
// works ("the album X", "a new album, X,"), or quoted after such a noun or
// a possessive ("Netflix's "The Crown"").
func (d *doc) workTitle(lo, hi int, s sentence) bool {
	if d.known(lo, hi) {
		return false
	}
	k := lo - 1
	if k > s.lo && (d.toks[k].text == "The" || d.toks[k].text == "A") {
		k-- // "\u201cThe Crown\u201d": the article is part of the title
	}
	quoted := k >= s.lo && d.toks[k].kind == tQuote
	if quoted {
		k--
	}
	if k >= s.lo && d.toks[k].text == "," {
		// "a new album, X, which": an apposition closed by a comma; not
		// "... in the film, Ana Costa said"
		if quoted || hi >= s.hi || d.toks[hi].text != "," || hi+1 < s.hi && (sayVerbs[d.toks[hi+1].lower] || d.mentAt[hi+1] != nil) {
			return false
		}
		k--
	}
	if k < s.lo {
		return false
	}
	w := d.toks[k].lower
	return workNouns[w] || quoted && (w == "'s" || w == "\u2019s")
}

// allNameWords reports whether every token of toks[lo:hi] is a name word.
func (d *doc) allNameWords(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !d.nameWord(k) {
			return false
		}
	}
	return true
}

// plainWords reports a run of no title, portfolio, demonym or place word:
// "Intuitive Machines", not "Chinese Commerce" or "U.S. Secretary".
func (d *doc) plainWords(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		w := d.toks[k].text
		if _, ok := d.isTitle(k); ok || portfolio[w] || knownName(w) {
			return false
		}
		if _, ok := demonymOf(w); ok {
			return false
		}
	}
	return true
}

// anyOrgishBeyond reports a word in toks[lo:hi] that heads a body by
// itself, not only as a field a body works in: "Security" in "National
// Security and Defense Council" names the field, "Council" the body.
func (d *doc) anyOrgishBeyond(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if d.orgish(k) && !portfolio[d.toks[k].text] {
			return true
		}
	}
	return false
}

func (d *doc) anyOrgish(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if d.orgish(k) {
			return true
		}
	}
	return false
}

// prefixEntity records what stands before a title ("United States" in
// "United States President ...") and returns its country, if any.
func (d *doc) prefixEntity(si, lo, hi int) string {
	for lo < hi {
		if _, ok := d.isTitle(lo); !ok {
			break
		}
		lo++
	}
	if h := hi; h-lo > 1 && portfolio[d.toks[h-1].text] {
		for h-1 > lo && portfolio[d.toks[h-1].text] {
			h--
		}
		if _, dem := demonymOf(d.text[d.toks[lo].start:d.toks[h-1].end]); dem {
			hi = h // "Congolese Communications Minister": the country, then the portfolio
		}
	}
	if d.allPortfolio(lo, hi) {
		return "" // "Humanitarian Action Minister X": the office's field, no body
	}
	for hi > lo {
		s := d.text[d.toks[lo].start:d.toks[hi-1].end]
		if c, ok := demonymOf(s); ok {
			d.add(&mention{lo: lo, hi: hi, kind: kg.Place, canon: c, demonym: true, str: strong}, si)
			return c
		}
		if o, ok := gazetteer.LookupOrg(s); ok && strings.Contains(s, " ") {
			// "White House Chief of Staff X": the organization, though a
			// hamlet somewhere bears the name
			d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, canon: o.Name, str: strong}, si)
			return ""
		}
		if p, ok := lookupPlace(s); ok {
			d.add(&mention{lo: lo, hi: hi, kind: kg.Place, canon: p.Name, country: p.Country, str: strong}, si)
			if p.Country != "" {
				return p.Country
			}
			return p.Name
		}
		if o, ok := gazetteer.LookupOrg(s); ok {
			d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, canon: o.Name, str: strong}, si)
			return ""
		}
		if d.anyOrgish(lo, hi) && hi-lo > 1 {
			d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, str: fair}, si)
			return ""
		}
		if hi-lo > 1 && hi-lo <= 4 && !gazetteer.IsGivenName(d.toks[lo].text) && d.allNameWords(lo, hi) && d.plainWords(lo, hi) {
			// "Intuitive Machines CEO Ada Lind": the employer, however
			// plain its words
			d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, str: fair}, si)
			return ""
		}
		if hi-lo == 1 && !gazetteer.IsCommonWord(d.toks[lo].lower) && !d.atStart(lo, d.sents[si]) {
			// "Nortek CEO Ada Lind": the employer
			d.add(&mention{lo: lo, hi: hi, kind: kg.Organization, str: fair}, si)
			return ""
		}
		hi--
	}
	return ""
}

// anyPartyWord reports a party-name adjective in toks[lo:hi].
func (d *doc) anyPartyWord(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if partyWords[d.toks[k].text] {
			return true
		}
	}
	return false
}

// typeSpan decides the type of a name with no title before it: the first
// type rule that knows wins.
func (d *doc) typeSpan(si, lo, hi int) *mention {
	c := &spanCtx{si: si, lo: lo, hi: hi, n: hi - lo, last: d.toks[hi-1].text}
	if isRoman(c.last) && c.n > 1 {
		c.last = d.toks[hi-2].text // "World War III"
	}
	if isYear(d.toks[hi-1]) && c.n > 1 {
		c.last = d.toks[hi-2].text // "Euro 2028"
	}
	if lo > d.sents[si].lo {
		c.prev = d.toks[lo-1].lower
	}
	if lo-1 > d.sents[si].lo {
		c.prev2 = d.toks[lo-2].lower
	}
	for k := hi; k < d.sents[si].hi; k++ {
		if d.toks[k].kind != tQuote {
			c.next = d.toks[k].lower
			break
		}
	}
	m := &mention{lo: lo, hi: hi}
	for _, r := range typeRules {
		if k, str, ok := r.typ(d, c); ok {
			m.kind, m.str, m.typedBy = k, str, r.name
			m.unknown = str == weak && k == kg.Organization && (c.n == 1 || r.name == "type-common-words")
			return m
		}
	}
	m.kind, m.str, m.typedBy = kg.Organization, weak, "type-default"
	return m
}

// titleBefore reports a lower-case title or role word right before a name
// ("spokesman Ivan Sokolov", "a lawyer named Ada Lind").
func (d *doc) titleBefore(lo, si int) bool {
	if lo <= d.sents[si].lo {
		return false
	}
	p := d.toks[lo-1]
	if p.kind != tWord || p.cap {
		return false
	}
	if roleWords[p.lower] {
		return true
	}
	t, ok := lookupTitle(p.text)
	return ok && !t.Honorific
}

func isAcronym(w string) bool {
	n := 0
	for i, r := range w {
		if r == '.' || r == '&' || r == '-' && i > 0 && i < len(w)-1 {
			continue // "U.S.", "AT&T", "ISIS-K"
		}
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return n >= 2 && !isRoman(w)
}

// isRoman reports a Roman numeral of a name ("World War II", "Pope Leo
// XIV"), which is no acronym.
func isRoman(w string) bool {
	switch w {
	case "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI":
		return true
	}
	return false
}

// add records a mention unless it overlaps one already recorded.
func (d *doc) add(m *mention, si int) {
	if m.lo >= m.hi {
		return
	}
	for k := m.lo; k < m.hi; k++ {
		if d.mentAt[k] != nil {
			return
		}
	}
	m.start, m.end = d.toks[m.lo].start, d.toks[m.hi-1].end
	m.name = d.text[m.start:m.end]
	// in a headline written in title case only known names count
	if d.tcase[si] && (m.str < strong || m.kind == kg.Person && m.canon == "" && !d.known(m.lo, m.hi) || m.canon == "" && m.hi-m.lo > 4 && !d.known(m.lo, m.hi)) {
		// a person too, when only a title made the name: "UN Envoy Meets
		// Houthi Negotiators" (the body names whom it means); and a long
		// run a head word typed: "Somali Army Says It Repelled Assault"
		m.str = weak
		m.unknown = true
	}
	for k := m.lo; k < m.hi; k++ {
		d.mentAt[k] = m
	}
	d.ments = append(d.ments, m)
}

// localBody reads a town's or province's body named in lower case after
// its possessive at toks[k] ("Basra's health directorate said", "Kherson's
// regional administration"): "Basra health directorate". It reports
// whether it made one.
func (d *doc) localBody(m *mention, k int) bool {
	si := int(d.sentOf[m.lo])
	end := d.sents[si].hi
	j := k
	for j < end && j < k+3 && (ministryWords[d.toks[j].lower] || localQualifiers[d.toks[j].lower]) && !d.toks[j].cap && d.mentAt[j] == nil {
		j++ // "health", "state security", "regional disaster management"
	}
	if j > k || k > m.hi || m.lo > 0 && d.toks[m.lo-1].lower == "the" {
		prefix := m.name
		if j > k {
			prefix += " " + d.text[d.toks[k].start:d.toks[j-1].end]
		}
		if d.holderOffice(m, k, j, end, prefix) {
			return true // "the Tarma state prosecutor's office", "Tarma's governor's office"
		}
	}
	if j-2 >= k && d.toks[j-2].lower == "civil" && (d.toks[j-1].lower == "defence" || d.toks[j-1].lower == "defense") && (j >= end || !localBodyNouns[d.toks[j].lower] || d.toks[j].cap) {
		j-- // "Gaza civil defence said": the service's own name
	} else if j == k || j >= end || d.toks[j].cap || d.mentAt[j] != nil || !localBodyNouns[d.toks[j].lower] {
		return false // "Basra's police": the city's force is read elsewhere; a qualifier is wanted
	}
	d.orgSpan(m.lo, j+1, m.hi, m.name+" "+d.text[d.toks[k].start:d.toks[j].end], false)
	return true
}

// holderOffice reads the office of an official named by title after a
// place and its qualifiers (toks[k:j]): "Colombia's ombudsman's office",
// "the Tarma state prosecutor's office", "Puno's governor's office". The
// office is a body of its own, named from prefix, the place and its
// qualifiers as the organization's name begins.
func (d *doc) holderOffice(m *mention, k, j, end int, prefix string) bool {
	h := j
	if h+1 < end && d.toks[h].lower == "attorney" || h+1 < end && d.toks[h].lower == "prosecutor" && d.toks[h+1].lower == "general" {
		h++ // "attorney general's office", "prosecutor general's office"
	}
	if h+2 >= end || !officeHolders[d.toks[j].lower] || d.toks[j].cap || d.mentAt[j] != nil ||
		d.toks[h+1].lower != "'s" && d.toks[h+1].lower != "\u2019s" || d.toks[h+2].lower != "office" || d.toks[h+2].cap {
		return false
	}
	if h+3 < end && d.toks[h+3].lower == "of" {
		return false // "the governor's office of X": another's
	}
	d.orgSpan(m.lo, h+3, m.hi, prefix+" "+d.text[d.toks[j].start:d.toks[h].end]+"'s office", true)
	m.alias = ""
	return true
}

// findActorOrgs turns "<demonym or place> government/ministry/army" into
// organizations ("Iraqi government", "Russia's defence ministry").
func (d *doc) findActorOrgs() {
	for _, m := range d.ments {
		if m.kind != kg.Place || m.hi >= len(d.toks) || d.sided(m.lo) {
			continue // "pro-Russian separatists" are no Russian body
		}
		if d.bodyInCountry(m) {
			continue
		}
		if p, ok := gazetteer.LookupPlace(m.canon); ok && p.Kind != gazetteer.Country {
			if k := m.hi; k+1 < len(d.toks) && (d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s") && !m.demonym {
				if o := d.mentAt[k+1]; o != nil && o.lo == k+1 && o.canon == "" && (o.kind == kg.Organization && d.generic(o) || portfolioBody(o.name)) {
					o.canon = m.name + " " + o.name // "Gaza's Health Ministry": the Gaza Health Ministry
					continue
				}
				if d.localBody(m, k+1) {
					continue
				}
			}
			if (m.lo > 0 && d.toks[m.lo-1].lower == "the" || m.lo == d.sents[d.sentOf[m.lo]].lo) && !m.demonym && d.localBody(m, m.hi) {
				continue // "the Michoacán state security department said", "Gaza civil defence said"
			}
			d.subdivisionGovernment(m, p)
			continue
		} else if !ok && !m.demonym {
			continue
		}
		if b := m.lo - 2; b >= 0 && d.toks[m.lo-1].lower == "of" && !m.demonym && d.mentAt[b] == nil && (d.toks[b].lower == "government" || d.toks[b].lower == "army" || d.toks[b].lower == "military" || d.toks[b].lower == "parliament") {
			// "the government of Japan announced": Japan's government, as
			// "the Japanese government"
			om := d.lay(&mention{lo: b, hi: m.hi, kind: kg.Organization, str: fair}, b)
			om.canon = d.actorOrgName(m, d.toks[b:b+1])
			if a, ok := gazetteer.DemonymFor(m.canon); ok && !ownAdjective[m.canon] && strings.HasPrefix(om.canon, m.canon+" ") {
				om.canon = a + om.canon[len(m.canon):] // "Japanese government", as "Japan's government" is
			}
			if o, ok := gazetteer.LookupOrg(om.canon); ok {
				om.canon = o.Name
			}
			m.alias = ""
			continue
		}
		k := m.hi
		if k < len(d.toks) && (d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s") {
			k++
		}
		si := int(d.sentOf[m.lo])
		end := d.sents[si].hi
		if o := d.mentAt[min(k, end-1)]; k > m.hi && o != nil && o.lo == k && o.kind == kg.Organization && o.canon == "" && (d.generic(o) || d.ministryOf(o) || o.name == "General Staff" || portfolioBody(o.name)) {
			// "Russia's Defence Ministry", "Somalia's Ministry of Health":
			// the country's own ministry
			o.canon = d.actorOrgName(m, d.toks[o.lo:o.hi])
			continue
		}
		if k+2 < end && lyAdverb(d.toks[k]) && standingWords[d.toks[k+1].lower] && !d.toks[k+1].cap && d.mentAt[k+1] == nil {
			k += 2 // "Yemen's internationally recognised government": the government
		}
		if k+1 < end && k > m.hi && !d.toks[k].cap && d.mentAt[k] == nil && ledCompound(d.toks[k].lower) && institutions[d.toks[k+1].lower] {
			k++ // "Sudan's army-led government": the government
		}
		j := k
		for j < end && j < k+3 && (ministryWords[d.toks[j].lower] || d.toks[j].lower == "state" && j+1 < end && d.toks[j+1].lower == "department") && !d.toks[j].cap {
			j++ // "the US state department": the portfolio "state" before its department
		}
		if d.holderOffice(m, k, j, end, d.actorOrgName(m, d.toks[k:j])) {
			continue // "Colombia's ombudsman's office said"
		}
		// the head is the last organization noun of the qualifiers and the
		// word after them: "the Norwegian government met", "the Egyptian
		// security forces", "the Chilean disaster management agency"
		for j > k && (j >= end || d.toks[j].cap || !orgNounsAfterActor[d.toks[j].lower]) {
			j--
		}
		if j >= end || d.toks[j].cap || !orgNounsAfterActor[d.toks[j].lower] || d.mentAt[j] != nil {
			continue
		}
		if qualifiedOrgNouns[d.toks[j].lower] && j == k {
			continue // "Russian forces": the country acting
		}
		if d.toks[j].lower == "military" && j+1 < end && militaryQualities[d.toks[j+1].lower] {
			continue // "Peru's military edge", "Chilean military aid": an adjective, no army
		}
		// the organization takes the whole phrase; the country keeps its
		// own mention only through the organization's name
		// a state's institution is a named actor; other descriptions
		// ("Iraqi insurgents", "the Israeli embassy") count only when needed
		// keep the country mention too: replace it in place
		om := d.lay(&mention{lo: m.lo, hi: j + 1, kind: kg.Organization, str: fair, described: !institutions[d.toks[j].lower]}, m.hi)
		om.canon = d.actorOrgName(m, d.toks[k:j+1])
		if o, ok := gazetteer.LookupOrg(om.canon); ok {
			om.canon = o.Name // "the Congolese army" is the FARDC
		} else if o, ok := gazetteer.LookupOrg(d.text[d.toks[m.lo].start:d.toks[j].end]); ok {
			om.canon = o.Name // "the US state department": the State Department, as written
		}
		m.alias = ""
	}
}

// ledCompound reports a modifier that says who runs or backs a body:
// "army-led", "military-backed", "state-run".
func ledCompound(w string) bool {
	_, suf, ok := strings.Cut(w, "-")
	return ok && (suf == "led" || suf == "backed" || suf == "run" || suf == "dominated" || suf == "controlled" || suf == "appointed")
}

// bodyInCountry reads "the foreign ministry in Lima", "the health
// ministry in Peru": a state's body named by where it sits, its country's
// own, as "the Peruvian foreign ministry" is. It reports whether it laid
// such a mention over m.
func (d *doc) bodyInCountry(m *mention) bool {
	in := m.lo - 1
	if in > 2 && d.toks[in].lower == "capital" && !d.toks[in].cap {
		// "the health ministry in the (Peruvian) capital Lima"
		x := in - 1
		for x > in-3 && x > 0 && d.toks[x].lower != "the" && (d.mentAt[x] != nil && d.mentAt[x].demonym || d.toks[x].kind == tWord && !d.toks[x].cap && !strings.Contains(d.toks[x].lower, "-")) {
			x--
		}
		if d.toks[x].lower == "the" {
			in = x - 1
		}
	}
	if m.demonym || in < 2 || d.toks[in].lower != "in" || d.possessor(m) {
		return false // not "the army in Sudan's civil war"
	}
	p, ok := gazetteer.LookupPlace(m.canon)
	if !ok || p.Kind != gazetteer.Country && !(p.Capital && p.Country != "") {
		return false
	}
	country := m.canon
	if p.Kind != gazetteer.Country {
		country = p.Country
	}
	j := in - 1 // the body's head noun: "ministry", "government"
	if t := &d.toks[j]; t.cap || d.mentAt[j] != nil || !seatedBodies[t.lower] {
		return false // not "the military in Afghanistan", which may be anyone's
	}
	k := j
	for k-1 > 0 && k > j-2 && !d.toks[k-1].cap && d.toks[k-1].kind == tWord && d.mentAt[k-1] == nil && ministryWords[d.toks[k-1].lower] {
		k-- // "the foreign ministry", "the health ministry"
	}
	if k == 0 || d.toks[k-1].lower != "the" || k == j && (d.toks[j].lower == "authorities" || d.toks[j].lower == "ministry") {
		return false // "the ministry in Lima", "the authorities in Peru": which ones, the text does not say
	}
	name := country
	if a, ok := gazetteer.DemonymFor(country); ok && !ownAdjective[country] {
		name = a
	}
	for x := k; x <= j; x++ {
		name += " " + d.toks[x].lower
	}
	om := d.lay(&mention{lo: k, hi: m.hi, kind: kg.Organization, str: fair}, k)
	om.canon = name
	if o, ok := gazetteer.LookupOrg(name); ok {
		om.canon = o.Name
	}
	return true
}

// portfolioBody reports a body's name made of portfolio words and a
// local body's head ("Health Directorate", "Water Department"), which
// a place before it owns: "Basra's Health Directorate".
func portfolioBody(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || !localBodyNouns[strings.ToLower(ws[len(ws)-1])] {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if !portfolio[w] {
			return false
		}
	}
	return true
}

// findDissidents adds "dissidents of the former X (rebel group)" as the
// group news and reference works call "X dissidents": the fighters who
// kept their arms when X made peace.
func (d *doc) findDissidents() {
	for k := 0; k+3 < len(d.toks); k++ {
		if d.toks[k].lower != "dissidents" || d.toks[k].cap || d.mentAt[k] != nil || d.toks[k+1].lower != "of" {
			continue
		}
		j := k + 2
		if d.toks[j].lower == "the" {
			j++
		}
		for j < len(d.toks) && j < k+6 && (d.toks[j].lower == "former" || d.toks[j].lower == "now-demobilized" || d.toks[j].lower == "now-demobilised" || d.toks[j].lower == "disbanded") {
			j++
		}
		m := d.mentAt[min(j, len(d.toks)-1)]
		if j >= len(d.toks) || m == nil || m.lo != j || m.kind != kg.Organization {
			continue
		}
		short, hi := m.name, m.hi
		if hi+2 < len(d.toks) && d.toks[hi].text == "(" && isAcronym(d.toks[hi+1].text) && d.toks[hi+2].text == ")" {
			short, hi = d.toks[hi+1].text, hi+3 // "the former Revolutionary Armed Forces of Colombia (FARC)"
		}
		for n := 0; hi < len(d.toks) && n < 2 && (d.toks[hi].lower == "rebel" || d.toks[hi].lower == "guerrilla" || d.toks[hi].lower == "group" || d.toks[hi].lower == "rebels" || d.toks[hi].lower == "guerrillas"); n++ {
			hi++ // "the former FARC rebel group"
		}
		d.orgSpan(k, hi, k, short+" dissidents", true)
	}
}

// findLedGroups adds "<Name>-led coalition|alliance|forces|mission" as an
// organization: a military grouping news writing names by its leader.
func (d *doc) findLedGroups() {
	for si := range d.sents {
		s := d.sents[si]
		for k := s.lo; k+1 < s.hi; k++ {
			t := &d.toks[k]
			if !t.cap || !strings.HasSuffix(t.lower, "-led") || len(t.lower) < 6 || d.mentAt[k] != nil || d.mentAt[k+1] != nil {
				continue
			}
			h := &d.toks[k+1]
			if !h.cap && insurgentNouns[h.lower] && isOrg(t.text[:len(t.text)-4]) {
				// "M23-led rebels": fighters of the group that leads them
				m := &mention{lo: k, hi: k + 1, kind: kg.Organization, str: fair}
				m.start, m.end = t.start, t.end-len("-led")
				m.name = d.text[m.start:m.end]
				m.canon = m.name
				d.mentAt[k] = m
				d.ments = append(d.ments, m)
				continue
			}
			if h.cap || !ledGroups[h.lower] {
				continue
			}
			lo := k
			for j := k - 1; j >= s.lo && j > k-3 && d.toks[j].kind == tWord && d.toks[j].cap && d.mentAt[j] == nil && !d.toks[j].isArticle(); j-- {
				if _, ok := gazetteer.LookupOrg(d.text[d.toks[j].start : t.end-len("-led")]); ok {
					lo = j // "an African Union-led force"
				}
			}
			m := &mention{lo: lo, hi: k + 2, kind: kg.Organization, str: fair}
			m.start, m.end = d.toks[lo].start, h.end
			m.name = d.text[m.start:m.end]
			m.canon = m.name
			for x := lo; x < k+2; x++ {
				d.mentAt[x] = m
			}
			d.ments = append(d.ments, m)
		}
	}
}

// findRunBodies adds "<Name>-run <portfolio> <body>" as a body of its
// own: "the Houthi-run health ministry", "the Hamas-run government media
// office". News names such a body by who runs it and what it does; it is
// neither that group nor a state's ministry. Without a portfolio ("the
// Houthi-run government", "Houthi-run television") the group itself
// speaks.
func (d *doc) findRunBodies() {
	for si := range d.sents {
		s := d.sents[si]
		for k := s.lo; k+1 < s.hi; k++ {
			t := &d.toks[k]
			dash := strings.LastIndexByte(t.lower, '-')
			if !t.cap || dash <= 0 || !runSuffixes[t.lower[dash+1:]] || d.inQuote[k] {
				continue
			}
			if m := d.mentAt[k]; !isOrg(t.text[:dash]) && (m == nil || m.kind != kg.Organization || m.lo != k || m.hi != k+1) {
				continue // "Houthi-run": a group the gazetteer or the text names
			}
			j := k + 1
			armed := false
			for j < s.hi && j < k+4 && (ministryWords[d.toks[j].lower] || d.toks[j].lower == "media") && !d.toks[j].cap && d.mentAt[j] == nil {
				armed = armed || securityPortfolios[d.toks[j].lower]
				j++
			}
			if armed {
				continue // "the Taliban-run interior ministry": the group's own arm, the group acting
			}
			if j >= s.hi || j == k+1 || d.toks[j].cap || d.mentAt[j] != nil || !runBodyNouns[d.toks[j].lower] {
				continue // "the Houthi-run government", "Houthi-run television": the group itself
			}
			// the group stays named apart: "the Houthi-run health
			// ministry" names the Houthis too
			g := d.mentAt[k]
			if g == nil {
				g = &mention{lo: k, hi: k + 1, kind: kg.Organization, str: fair}
				d.ments = append(d.ments, g)
			}
			g.start, g.end = t.start, t.start+dash
			g.name = d.text[g.start:g.end]
			if o, ok := gazetteer.LookupOrg(g.name); ok {
				g.canon = o.Name
			}
			d.orgSpan(k, j+1, k, d.text[t.start:d.toks[j].end], false)
		}
	}
}

// articleDemonym is the adjective the article itself writes for country
// c ("Nepali"), from its first demonym that is no plural noun.
func (d *doc) articleDemonym(c string) (string, bool) {
	if d.demonyms == nil {
		d.demonyms = map[string]string{}
		for _, o := range d.ments {
			if _, ok := d.demonyms[o.canon]; !ok && o.demonym && !strings.HasSuffix(o.name, "s") {
				d.demonyms[o.canon] = o.name
			}
		}
	}
	a, ok := d.demonyms[c]
	return a, ok
}

// actorOrgName is "<Demonym> <words>" with the words as written, or
// "<Country> <words>" when the article never uses the demonym.
func (d *doc) actorOrgName(m *mention, ws []token) string {
	c := m.name
	if a, ok := d.articleDemonym(m.canon); ok && m.demonym && !strings.HasSuffix(m.name, "s") {
		c = a // "Filipino navy personnel" after "the Philippine navy": one navy, named as the article first names the people
	}
	if !m.demonym {
		c = m.canon
		if a, ok := d.articleDemonym(m.canon); ok {
			c = a
		} else if a, ok := gazetteer.DemonymFor(m.canon); ok && !ownAdjective[m.canon] && m.hi < len(d.toks) && (d.toks[m.hi].lower == "'s" || d.toks[m.hi].lower == "\u2019s") {
			c = a // "China's foreign ministry" is the Chinese one; "U.S. military" stays
		}
	}
	parts := []string{c}
	for i, w := range ws {
		if i == len(ws)-1 && (w.lower == "cabinet" || w.lower == "administration") && len(ws) == 1 {
			parts = append(parts, "government") // "the Egyptian cabinet" is its government
			continue
		}
		parts = append(parts, w.text)
	}
	return strings.Join(parts, " ")
}

// findRoleForms marks "the <Demonym> leader/president/..." as mentions to
// be resolved to a person named earlier or later with that nationality.
func (d *doc) findRoleForms() {
	for i := 0; i+2 < len(d.toks); i++ {
		if d.toks[i].lower != "the" && !possessivePronouns[d.toks[i].lower] {
			continue
		}
		dm := d.mentAt[i+1]
		if dm == nil || !dm.demonym || dm.hi != i+2 {
			continue
		}
		j := i + 2
		role := ""
		if possessivePronouns[d.toks[i].lower] && d.toks[j].lower != "counterpart" {
			continue // "his Cambodian counterpart, X,": X is Cambodia's
		}
		if (roleWords[d.toks[j].lower] || d.toks[j].lower == "counterpart") && !d.toks[j].cap {
			role = d.toks[j].lower
		} else if j+1 < len(d.toks) && (d.toks[j].lower == "prime" || d.toks[j].lower == "foreign" || d.toks[j].lower == "defence" || d.toks[j].lower == "defense") && roleWords[d.toks[j+1].lower] {
			role = d.toks[j].lower + " " + d.toks[j+1].lower
			j++
		}
		if role == "" || d.mentAt[j] != nil {
			continue
		}
		if j+2 < len(d.toks) && d.toks[j+1].text == "," {
			if p := d.mentAt[j+2]; p != nil && p.lo == j+2 && p.kind == kg.Person {
				// "the French ambassador, Jean-Luc Marchand,": the person
				// named in apposition, who holds the office
				if p.role == "" {
					p.role = role
				}
				if p.nat == "" {
					p.nat = dm.canon
				}
				continue
			}
		}
		if role == "counterpart" || d.toks[i].lower != "the" {
			continue // "her Chilean counterpart" with no name: the meeting patterns read the country
		}
		m := &mention{lo: i, hi: j + 1, kind: kg.Person, str: weak, role: role, nat: dm.canon}
		m.start, m.end = d.toks[i].start, d.toks[j].end
		m.name = d.text[m.start:m.end]
		m.unknown = true
		m.alias = "the" + m.name[3:]
		m.name = m.alias
		// the role form owns its tokens; the demonym stays a country mention
		for x := i + 2; x <= j; x++ {
			d.mentAt[x] = m
		}
		d.mentAt[i] = m
		d.ments = append(d.ments, m)
	}
}

// allCommon reports whether every word of toks[lo:hi] is a common English
// word and none a given name: "Academy Award" is no person.
// modifiesNoun reports a lower-case word at toks[i] that a capitalised
// adjective before it modifies ("in Russian strikes", not "in Russian to
// reporters").
func (d *doc) modifiesNoun(i, hi int) bool {
	if i >= hi {
		return false
	}
	t := &d.toks[i]
	return t.kind == tWord && !t.cap && !clauseBreakers[t.lower] && !finiteAux[t.lower] && !clauseOpeners[t.lower] && !conjunctions[t.lower]
}

func (d *doc) allCommon(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		if !gazetteer.IsCommonWord(t.lower) || gazetteer.IsGivenName(t.text) {
			return false
		}
	}
	return true
}

// orgAppositionAt reports ", a|an <words> <organization noun>" at toks[k],
// the description's head a group, agency or the like: ", a Sudanese rights
// group that", ", an aid agency,".
func (d *doc) orgAppositionAt(k int) bool {
	if k+3 >= len(d.toks) || d.toks[k].text != "," || d.toks[k+1].lower != "a" && d.toks[k+1].lower != "an" {
		return false
	}
	for j := k + 2; j+1 < len(d.toks) && j < k+7 && d.toks[j].kind == tWord && (!d.toks[j].cap || j == k+2 && demonymWord(d.toks[j].text)); j++ {
		n := &d.toks[j+1]
		if n.kind == tWord && !n.cap && !appositionEnds[n.lower] {
			continue // not the head yet
		}
		return orgNouns[d.toks[j].lower] || apposedOrgNouns[d.toks[j].lower]
	}
	return false
}

// openerWord reports whether the capitalised word at toks[i], which opens
// a sentence, is an ordinary word: one the article also writes in lower
// case, a contraction, or an -ing/-ly form.
func (d *doc) openerWord(i int) bool {
	t := &d.toks[i]
	d.seen()
	if d.capSeen[t.lower] {
		return false // written capitalised mid-sentence too: a name
	}
	if d.lowerSeen[t.lower] {
		return true
	}
	if k := strings.IndexAny(t.text, "'\u2019"); k > 0 && !orgWords[unapostrophe(t.text)] {
		return true // "Don't", "Gov't"; but "Jama'at Varnok" opens a group's name
	}
	if i+1 < len(d.toks) && d.nameWord(i+1) {
		return false
	}
	if _, ok := gazetteer.LookupPlace(t.text); ok {
		return false
	}
	if _, ok := gazetteer.LookupOrg(t.text); ok {
		return false
	}
	if _, ok := gazetteer.Demonym(t.text); ok {
		return false
	}
	if gazetteer.IsGivenName(t.text) {
		return false // "Mohammed bin Salman met ...", "Ahmed": a name, though it ends like a verb
	}
	for _, suf := range []string{"ing", "ly", "ed"} {
		if strings.HasSuffix(t.lower, suf) && len(t.lower) > len(suf)+2 {
			return true
		}
	}
	return false
}

// hasPlaceWord reports a multi-word name with a known place or a number
// word in it ("Villa Rosa", "Kilometer Nine"): no person's name.
func (d *doc) hasPlaceWord(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if gazetteer.IsGivenName(d.toks[k].text) {
			return false
		}
	}
	for k := lo; k < hi; k++ {
		if numberWords[d.toks[k].lower] {
			return true
		}
		if p, ok := gazetteer.LookupPlace(d.toks[k].text); ok && p.Kind != gazetteer.City {
			return true
		}
	}
	return false
}

// demonymOf reads a demonym, also regional ones the gazetteer lacks
// ("Latin American" -> "Latin America", "South African").
func demonymOf(w string) (string, bool) {
	if c, ok := gazetteer.Demonym(w); ok {
		return c, true
	}
	if !strings.Contains(w, " ") {
		return "", false
	}
	for _, cut := range []string{"ns", "n"} {
		if strings.HasSuffix(w, cut) {
			// "Sri Lankan", "Costa Ricans": the place by its own name, not
			// by another name a gazetteer lists for it ("Le Pen" is no
			// "Le Pe" of a town that has that name in some language)
			stem := strings.TrimSuffix(w, cut)
			if p, ok := gazetteer.LookupPlace(stem); ok && kg.FoldName(p.Name) == kg.FoldName(stem) {
				return p.Name, true
			}
		}
	}
	return "", false
}

// recurs reports whether the words toks[lo:hi] occur again in the article.
func (d *doc) recurs(lo, hi int) bool {
	d.seen()
	for k := lo; k < hi; k++ {
		if !d.capSeen[d.toks[k].lower] && d.toks[k].cap {
			return false
		}
	}
	return true
}

func (d *doc) anyLaw(lo, hi int) bool {
	if d.known(lo, hi) {
		return false // "Law and Justice", a party
	}
	first := lo
	for first < hi-1 {
		if _, ok := d.isTitle(first); !ok {
			break
		}
		first++ // "President Bill Okafor"
	}
	for k := lo; k < hi; k++ {
		if lawHeads[d.toks[k].text] {
			if (k == first || k+2 == hi) && k+1 < hi && d.toks[k+1].lower != "of" && gazetteer.IsGivenName(d.toks[k].text) {
				continue // "Bill Okafor", "NASA chief Bill Okafor": a given name, not a bill
			}
			if w := d.toks[hi-1].text; k+1 < hi && (gazetteer.IsOrgHead(w) || orgWords[strings.ToLower(w)]) {
				continue // "Collective Security Treaty Organization": a body named after its treaty
			}
			return true
		}
	}
	return false
}

// seen fills the sets of words the article writes in lower case, and
// capitalised other than at a sentence's start.
func (d *doc) seen() {
	if d.lowerSeen != nil {
		return
	}
	d.lowerSeen = map[string]bool{}
	d.capSeen = map[string]bool{}
	d.capAlone = map[string]bool{}
	for k := range d.toks {
		t := &d.toks[k]
		if t.kind != tWord {
			continue
		}
		if !t.cap {
			d.lowerSeen[t.lower] = true
			continue
		}
		si := d.sentOf[k]
		if d.atStart(k, d.sents[si]) || d.tcase[si] {
			continue
		}
		d.capSeen[t.lower] = true
		if !(k > 0 && d.toks[k-1].cap && d.toks[k-1].kind == tWord) && !(k+1 < len(d.toks) && d.toks[k+1].cap && d.toks[k+1].kind == tWord) {
			d.capAlone[t.lower] = true
		}
	}
}

// known reports whether the gazetteer knows toks[lo:hi] as a whole.
// wordOpensBody reports a common word that opens a body's name before
// the body's head and its country or "of": "Border Guard Chile", "Armed
// Forces of Peru".
func (d *doc) wordOpensBody(lo, hi int) bool {
	return hi-lo >= 3 && d.orgish(lo+1) && !d.orgish(lo) && (hi-lo == 3 && d.knownPlaceWord(lo+2) || hi-lo >= 4 && d.toks[lo+2].lower == "of")
}

// titlesOnly records what stands before the first title in toks[lo:hi]
// ("Peruvian" in "Peruvian Defence Minister"), a run of titles that names
// no one.
func (d *doc) titlesOnly(si, lo, hi int) {
	p := lo
	for p < hi {
		if _, ok := d.isTitle(p); ok {
			break
		}
		p++
	}
	if p > lo {
		d.prefixEntity(si, lo, p)
	}
}

// commonRemainder reports that the one word at toks[core], after the
// titles that end at toks[last], is a common English word no one is named
// by: a plural ("Vice Presidents", "Health Surveys"), or any common word
// after "of" or "for" ("Commissioner for Standards", "Queen of Soul"). A
// singular right after its title may be a surname spelled as a word
// ("Vice President Pence"), so it stays a name.
func (d *doc) commonRemainder(last, core int) bool {
	t := &d.toks[core]
	w := t.lower
	if t.kind != tWord || !gazetteer.IsCommonWord(w) || gazetteer.IsGivenName(t.text) || gazetteer.IsSurname(t.text) || isAcronym(t.text) {
		return false
	}
	if core > last+1 && connectors[d.toks[core-1].lower] {
		return true
	}
	sing, ok := strings.CutSuffix(w, "s")
	return ok && !strings.HasSuffix(sing, "s") && (gazetteer.IsCommonWord(sing) || strings.HasSuffix(sing, "ie") && gazetteer.IsCommonWord(strings.TrimSuffix(sing, "ie")+"y"))
}

func (d *doc) known(lo, hi int) bool {
	if lo >= hi {
		return false
	}
	w := d.text[d.toks[lo].start:d.toks[hi-1].end]
	if _, ok := gazetteer.LookupPlace(w); ok {
		return true
	}
	if _, ok := gazetteer.LookupOrg(w); ok {
		return true
	}
	_, ok := demonymOf(w)
	return ok
}

// initialsFit reports whether every letter of an acronym is, in order, the
// initial of a word (or hyphenated part) of name: "OSCE" fits
// "Organization for Security and Co-operation in Europe", "AP" does not fit
// "Armenia".
func initialsFit(acr, name string) bool {
	var inits []rune
	for _, w := range strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' }) {
		r, _ := utf8.DecodeRuneInString(w)
		inits = append(inits, unicode.ToUpper(r))
	}
	j := 0
	for _, r := range acr {
		if !unicode.IsLetter(r) {
			continue
		}
		for j < len(inits) && inits[j] != unicode.ToUpper(r) {
			j++
		}
		if j == len(inits) {
			return false
		}
		j++
	}
	return true
}

// atStart reports whether toks[i] opens a sentence, a quotation, a
// bracket or the body after a dateline dash: a position where any word is
// capitalised.
func (d *doc) atStart(i int, s sentence) bool {
	if i == s.lo || d.toks[i].para {
		return true
	}
	p := d.toks[i-1]
	return p.kind == tQuote || p.text == "(" || p.text == "\u2014" || p.text == "\u2013" || p.text == ":" || p.text == "--" || p.text == "-"
}

func (d *doc) anyAcronym(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if isAcronym(d.toks[k].text) {
			return true
		}
	}
	return false
}

// lookupPlace asks the gazetteer, keeping a town's name as written when the
// gazetteer's canonical name for it shares nothing with it (an alias
// collision is likelier than a renamed town).
func lookupPlace(name string) (gazetteer.Place, bool) {
	p, ok := gazetteer.LookupPlace(name)
	if !ok || p.Kind == gazetteer.Country || p.Kind == gazetteer.Region {
		return p, ok
	}
	if fold(p.Name) != fold(name) && !strings.Contains(fold(p.Name), fold(name)) && !strings.Contains(fold(name), fold(p.Name)) && !gazetteer.OwnPlaceName(name) {
		if strings.ToUpper(name) == name && !strings.Contains(name, " ") {
			return gazetteer.Place{}, false // "HUR": an acronym, not a town's other name
		}
		if _, dem := gazetteer.Demonym(name); dem {
			return gazetteer.Place{}, false // "Kazakh police": a country's adjective, not a town's other name
		}
		p.Name = name // a name list's other spelling: the writer's, lest another town's name be taken for it
	}
	return p, true // its own name or another of its own ("Kiev" for Kyiv): the canonical one
}

// scoreToken reports a game's score: "3-1", "2-2".
func scoreToken(t *token) bool {
	return t.kind == tNum && strings.Count(t.text, "-") == 1 && !strings.HasPrefix(t.text, "-") && !strings.HasSuffix(t.text, "-")
}

// inResult reports a name in a sports result: before or after a verb of
// winning or losing that a score follows or precedes ("X beat Y 3-1", "X
// drew 2-2 with Y", "X lost 1-0 to Y").
func (d *doc) inResult(lo, hi int, s sentence) bool {
	p := lo - 1
	if p > s.lo && d.toks[p].lower == "the" {
		p--
	}
	if p >= s.lo && (locatives[d.toks[p].lower] || d.toks[p].lower == "of") {
		return false // "beat England 1-0 in Sydney", "in the World Cup final": where
	}
	score := func(a, b int) bool {
		for k := max(a, s.lo); k < b && k < s.hi; k++ {
			if scoreToken(&d.toks[k]) {
				return true
			}
		}
		return false
	}
	if hi < s.hi && resultVerbs[d.toks[hi].lower] && score(hi+1, hi+6) {
		return true // "X beat Y 3-1", "X drew 2-2 with Y"
	}
	for k := lo - 1; k >= s.lo && k > lo-6; k-- {
		if resultVerbs[d.toks[k].lower] {
			return score(k+1, hi+3) // "beat X 3-1", "lost 1-0 to X"
		}
	}
	return false
}

// titleCase writes "NEW YORK" as "New York".
func titleCase(s string) string {
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		ws[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(ws, " ")
}

// knownRun returns the end of the longest run of three or more words from
// toks[i] that the gazetteer knows as an organization or place and that
// holds lower-case words, or 0.
func (d *doc) knownRun(i, hi int) int {
	best := 0
	small := false
	for k := i + 1; k < hi && k <= i+10; k++ {
		t := &d.toks[k]
		if t.kind != tWord {
			break
		}
		if !t.cap {
			small = true
			if !capAfterHyphen(t.text) {
				continue // "al-Islam", "wal-Muslimin" may end a name
			}
		}
		if !small || k-i < 2 {
			continue
		}
		name := d.text[d.toks[i].start:t.end]
		if _, ok := gazetteer.LookupOrg(name); ok {
			best = k + 1
		} else if _, ok := gazetteer.LookupPlace(name); ok {
			best = k + 1
		}
	}
	return best
}

// unapostrophe is w without its apostrophes: "Jama'at" is written
// "Jamaat" too.
func unapostrophe(w string) string {
	if !strings.ContainsAny(w, "'\u2019") {
		return w
	}
	return strings.NewReplacer("'", "", "\u2019", "").Replace(w)
}

// knownOrgFrom reports an organization the gazetteer knows opening at
// toks[k]: "Movement for Democratic Change", "Hamas".
func (d *doc) knownOrgFrom(k, hi int) bool {
	if e := d.knownRun(k, hi); e > 0 {
		_, ok := gazetteer.LookupOrg(d.text[d.toks[k].start:d.toks[e-1].end])
		return ok
	}
	e := k
	for e < hi && d.nameWord(e) {
		e++
	}
	if e == k {
		return false
	}
	_, ok := gazetteer.LookupOrg(d.text[d.toks[k].start:d.toks[e-1].end])
	return ok
}

// capAfterHyphen reports a lower-case particle joined to a capitalised
// word: "al-Islam", "wal-Muslimin".
func capAfterHyphen(w string) bool {
	k := strings.IndexByte(w, '-')
	if k <= 0 || k+1 >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[k+1:])
	return unicode.IsUpper(r)
}

// listHead reads the plural noun that introduces a list holding toks[lo]
// ("companies such as", "countries including"): "org", "place" or "".
func (d *doc) listHead(lo, si int) string {
	s := d.sents[si]
	for k := lo - 1; k > s.lo && k > lo-16; k-- {
		t := &d.toks[k]
		if t.lower == "of" && placePlurals[d.toks[k-1].lower] {
			// "the towns of Varnok and Pelm", "the regions of Ostra in
			// the north and eastern Tavel"
			return "place"
		}
		if t.text == "," && k-1 > s.lo && orgPlurals[d.toks[k-1].lower] && !d.toks[k-1].cap {
			// "three traders, Gulfstar Trading, Coral Bay Energy and
			// Meridian Crest"; not "the chief executives of the two
			// companies, X and Y"
			for j := k - 2; j >= s.lo && j > k-6; j-- {
				if w := d.toks[j].lower; w == "of" || w == "for" || w == "at" || w == "with" {
					return ""
				} else if d.toks[j].cap || d.toks[j].kind != tWord && d.toks[j].kind != tNum {
					break
				}
			}
			return "org"
		}
		if t.lower == "including" || t.lower == "as" && d.toks[k-1].lower == "such" || t.lower == "like" {
			n := k - 1
			if t.lower == "as" {
				n = k - 2
			}
			if n < s.lo {
				return ""
			}
			switch {
			case orgPlurals[d.toks[n].lower]:
				return "org"
			case placePlurals[d.toks[n].lower]:
				return "place"
			}
			return ""
		}
		if !(t.cap || t.text == "," || t.lower == "and" || t.lower == "or" || t.kind == tNum || t.text == "&" || t.text == "." ||
			compass[t.lower] || t.lower == "the" && compass[d.toks[k+1].lower] ||
			t.lower == "in" && k+2 < lo && d.toks[k+1].lower == "the" && compass[d.toks[k+2].lower]) {
			return ""
		}
	}
	return ""
}

func hasDigit(w string) bool {
	return strings.IndexFunc(w, unicode.IsDigit) >= 0
}

// productName reports a name ending in a model designation ("S24", "X",
// "Pro", "747") with no head word of an organization or event: a
// product, which is no entity of the graph.
func (d *doc) productName(lo, hi int) bool {
	if hi-lo == 1 && lo > 1 && d.toks[lo-1].kind == tNum && isUpperRun(d.toks[lo].text) && len(d.toks[lo].text) <= 4 && !d.known(lo, hi) &&
		(determiners[d.toks[lo-2].lower] || d.toks[lo-2].cap) {
		if n, err := strconv.Atoi(d.toks[lo-1].text); err == nil && n < 1000 {
			return true // "the 737 MAX", "the 320 NEO": a model after its number
		}
	}
	if hi-lo < 2 || d.anyOrgish(lo, hi) || d.known(lo, hi) {
		return false
	}
	last := d.toks[hi-1].text
	for k := lo; k < hi; k++ {
		if gazetteer.IsEventHead(d.toks[k].text) || placeSuffixes[d.toks[k].text] {
			return false
		}
	}
	if modelWords[last] || len(last) == 1 && isUpperRun(last) {
		return true
	}
	return hasDigit(last) && !isRoman(last) && strings.IndexFunc(last, unicode.IsLetter) >= 0
}

// isInitials reports a person's initials: "J.", "J.D.", "J.R.R.".
func isInitials(w string) bool {
	if !strings.HasSuffix(w, ".") || len(w) > 8 {
		return false
	}
	for _, p := range strings.Split(strings.TrimSuffix(w, "."), ".") {
		if len(p) != 1 || !isUpperRun(p) {
			return false
		}
	}
	return true
}

// generic reports an organization's name made only of words of office
// ("Defence Ministry", "Foreign Office"), which names a different body in
// each country.
func (d *doc) generic(m *mention) bool {
	for k := m.lo; k < m.hi; k++ {
		w := d.toks[k].lower
		if !ministryWords[w] && !orgNounsAfterActor[w] && w != "office" {
			return false
		}
	}
	return true
}

// ministryOf reports a state body named by its portfolio alone: "Ministry
// of Health", "Ministry of Foreign Affairs", "Department of Defense".
func (d *doc) ministryOf(m *mention) bool {
	if m.hi-m.lo < 3 || d.toks[m.lo+1].lower != "of" || d.toks[m.lo].text != "Ministry" && d.toks[m.lo].text != "Department" {
		return false
	}
	for k := m.lo + 2; k < m.hi; k++ {
		if !portfolio[d.toks[k].text] && d.toks[k].lower != "and" {
			return false
		}
	}
	return true
}

// officePrefix reports an organization or place before the titles at
// toks[lo]: "UN High Commissioner for Refugees" is the UN's office,
// "Chief of State" nobody's in particular.
func (d *doc) officePrefix(lo int) bool {
	_, title := d.isTitle(lo)
	return !title && (knownName(d.toks[lo].text) || isAcronym(d.toks[lo].text))
}

// commonCompound reports a hyphenated word made of common words and
// prefixes: "co-defendant", "ex-husband".
func commonCompound(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !wordPrefixes[p] && !gazetteer.IsCommonWord(p) {
			return false
		}
	}
	return true
}

// givenNameIn reports a known given name among toks[lo:hi].
func (d *doc) givenNameIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if gazetteer.IsGivenName(d.toks[k].text) {
			return true
		}
	}
	return false
}

// onlySuffixes reports that toks[lo:hi] hold nothing but generational
// suffixes ("Jr.", "III"), if anything.
func (d *doc) onlySuffixes(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if !nameSuffixes[strings.TrimSuffix(d.toks[k].text, ".")] && d.toks[k].text != "." {
			return false
		}
	}
	return true
}

// nameInApposition reports ", <given name> ..." at toks[k]: "the Grand
// Imam of al-Azhar, Ahmed el-Tayeb": the title's holder is named after it,
// so what the title is of is no person.
func (d *doc) nameInApposition(k int) bool {
	return k+1 < len(d.toks) && d.toks[k].text == "," && d.toks[k+1].cap && gazetteer.IsGivenName(d.toks[k+1].text)
}

// companyNamed reports that the article writes the name at toks[lo:hi]
// somewhere before a company's role or its shares: "Monsanto chief
// executive X", "Nokia shares fell".
func (d *doc) companyNamed(lo, hi int) bool {
	if d.companyNames == nil {
		d.companyNames = map[string]bool{}
		for k := 1; k < len(d.toks); k++ {
			if companyRoles[d.toks[k].lower] {
				d.companyNames[d.toks[k-1].text] = true
				if k > 1 {
					d.companyNames[d.toks[k-2].text+" "+d.toks[k-1].text] = true
				}
			}
		}
	}
	switch hi - lo {
	case 1:
		return d.companyNames[d.toks[lo].text]
	case 2:
		return d.companyNames[d.toks[lo].text+" "+d.toks[lo+1].text]
	}
	return false
}

// spelledRun returns the end of the run of capitalised words (and the small
// words of names) from toks[i] that a bracketed acronym right after it
// spells, three letters or more; 0 if none.
func (d *doc) spelledRun(i, hi int) int {
	k := i
	for k < hi && k < i+10 && (d.toks[k].kind == tWord && d.toks[k].cap || k > i && (connectors[d.toks[k].lower] || d.toks[k].lower == "and" || d.toks[k].lower == "the")) {
		k++
	}
	if k-i < 3 || k+2 >= hi || d.toks[k].text != "(" || d.toks[k+2].text != ")" || !isAcronym(d.toks[k+1].text) {
		return 0
	}
	name := d.text[d.toks[i].start:d.toks[k-1].end]
	acr := strings.ReplaceAll(d.toks[k+1].text, ".", "")
	if len(acr) < 3 || initials(name) != acr && everyInitial(name) != acr {
		return 0
	}
	return k
}

// acronymAhead reports a name run after the connector at toks[j] followed
// by an acronym in brackets whose letters are the initials of the whole,
// from toks[lo]: "Liberation Tigers of Tamil Eelam (LTTE)".
func (d *doc) acronymAhead(lo, j int) bool {
	k := j + 1
	if k < len(d.toks) && d.toks[k].lower == "the" {
		k++
	}
	for k < len(d.toks) && k < j+8 && (d.nameWord(k) || connectors[d.toks[k].lower] && k+1 < len(d.toks) && d.nameWord(k+1)) {
		k++
	}
	if k+2 >= len(d.toks) || d.toks[k].text != "(" || d.toks[k+2].text != ")" || !isAcronym(d.toks[k+1].text) {
		return false
	}
	name := d.text[d.toks[lo].start:d.toks[k-1].end]
	acr := strings.ReplaceAll(d.toks[k+1].text, ".", "")
	return len(acr) >= 3 && (initials(name) == acr || everyInitial(name) == acr)
}

// longFormBeforeAcronym reports an organization's long name toks[lo:j],
// built with "of" or "for" after its head, that goes on after "and" at
// toks[j] with a word or two no list knows, right before an acronym in
// brackets: a translated name whose acronym is the original's.
func (d *doc) longFormBeforeAcronym(lo, j int) bool {
	if !d.orgish(lo) {
		return false
	}
	linked := false
	for k := lo + 1; k < j; k++ {
		if w := d.toks[k].lower; (w == "of" || w == "for") && !d.toks[k].cap {
			linked = true
		}
	}
	k := j + 1
	for k < len(d.toks) && k < j+3 && d.toks[k].kind == tWord && d.toks[k].cap {
		k++ // "Muslims" too, no name by itself
	}
	if !linked || k == j+1 || k+2 >= len(d.toks) || d.toks[k].text != "(" || d.toks[k+2].text != ")" || !isAcronym(d.toks[k+1].text) {
		return false
	}
	return !d.known(j+1, k)
}

// spelledByAcronym reports that the initials in brackets right after
// toks[lo:hi] take in its first word: "All Progressives Congress (APC)",
// whose "All" is the name's, not a count.
func (d *doc) spelledByAcronym(lo, hi int) bool {
	if hi-lo < 2 || hi+2 >= len(d.toks) || d.toks[hi].text != "(" || d.toks[hi+2].text != ")" {
		return false
	}
	acr := strings.ReplaceAll(d.toks[hi+1].text, ".", "")
	return len(acr) >= 3 && isAcronym(acr) && initials(d.text[d.toks[lo].start:d.toks[hi-1].end]) == acr
}

// everyInitial are the capitals of all a name's words, function words
// included: "IPOB" for "Indigenous People of Biafra".
func everyInitial(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(unicode.ToUpper(r))
	}
	return b.String()
}

// nationalSociety reports "Red Cross" or "Red Crescent", which after a
// country or nationality name that country's society, not the ICRC.
func nationalSociety(name string) bool {
	return name == "Red Cross" || name == "Red Crescent"
}

// namedBefore reports a capitalised word before toks[k] that folds to the
// same name: "Megrahi, who ..." after "al-Megrahi".
// surnameBefore reports that the word at toks[k] ended a person's name of
// two words or more earlier in the text: "Rui Lopes ... Lopes and X met",
// though "lopes" is also an English word.
func (d *doc) surnameBefore(k int) bool {
	for j := 0; j < k; j++ {
		if m := d.mentAt[j]; m != nil && m.kind == kg.Person && m.hi-m.lo > 1 && m.hi <= k && d.toks[m.hi-1].text == d.toks[k].text {
			return true
		}
	}
	return false
}

func (d *doc) namedBefore(k int) bool {
	f := foldWord(d.toks[k].text)
	for j := 0; j < k; j++ {
		if t := &d.toks[j]; t.cap && t.kind == tWord && len(t.text) > len(d.toks[k].text) && strings.EqualFold(t.text[len(t.text)-len(d.toks[k].text):], d.toks[k].text) && foldWord(t.text) == f {
			return true
		}
	}
	return false
}

// onlyBeforeAttack reports that the word at toks[k] stands, wherever the
// article writes it, before a perpetrator's noun or an attack's ("the
// Lockerbie bomber", "the Lockerbie bombing"): a name the attack bears.
func (d *doc) onlyBeforeAttack(k int) bool {
	w := d.toks[k].text
	for i := range d.toks {
		if d.toks[i].text != w {
			continue
		}
		if i+1 >= len(d.toks) || !crimeNamed[d.toks[i+1].lower] && eventClass[d.toks[i+1].lower] != "attack" {
			return false
		}
	}
	return true
}

// modelNumber reports a model's designation: a few letters, a hyphen and
// digits ("MiG-21", "F-16", "Su-27", "A-10C").
func modelNumber(w string) bool {
	i := strings.IndexByte(w, '-')
	if i < 1 || i > 4 || i+1 >= len(w) {
		return false
	}
	for _, r := range w[:i] {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	digits := 0
	for _, r := range w[i+1:] {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsUpper(r) && digits > 0:
		default:
			return false
		}
	}
	return digits > 0
}

// nonASCII reports a word with a letter outside ASCII: "Có", "São".
func nonASCII(w string) bool {
	return strings.IndexFunc(w, func(r rune) bool { return r >= utf8.RuneSelf }) >= 0
}

// craftName reports a word the article names a space shuttle by ("Space
// Shuttle Atlantis", "the shuttle Endeavour"): the craft is no entity
// wherever the word stands alone.
func (d *doc) craftName(w string) bool {
	if d.crafts == nil {
		d.crafts = map[string]bool{}
		for i := 0; i+1 < len(d.toks); i++ {
			if d.toks[i].lower == "shuttle" && d.toks[i+1].cap && d.toks[i+1].kind == tWord {
				d.crafts[d.toks[i+1].text] = true
			}
		}
	}
	return d.crafts[w]
}

// advocacyAt reports a group's name that toks[k] opens with its members or
// its voice and "for" its cause: "Lawyers for Human Rights", "Voice for
// Peace"; not "lawyers for Ouma", who speak for a client.
func (d *doc) advocacyAt(k int) bool {
	if k+2 >= len(d.toks) || !advocacyHeads[d.toks[k].text] || d.toks[k+1].lower != "for" || !d.nameWord(k+2) {
		return false
	}
	if h := d.toks[k].text; h == "Voice" || h == "Voices" || h == "Campaign" || h == "Coalition" || h == "Alliance" {
		return true
	}
	w := d.toks[k+2].text // people for a cause, not for a client
	return !gazetteer.IsGivenName(w) && (d.nameWord(k+3) || !gazetteer.IsSurname(w))
}

// flightCode reports a flight's code of capitals and digits: "MH370", "VA17".
func flightCode(w string) bool {
	n := 0
	for n < len(w) && w[n] >= 'A' && w[n] <= 'Z' {
		n++
	}
	return n >= 1 && n <= 3 && n < len(w) && allDigits(w[n:])
}
