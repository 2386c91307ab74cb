package gazetteer

//go:generate go run ./gen -data data -out tables

import (
	_ "embed" // the tables
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// PlaceKind tells what sort of place a Place is.
type PlaceKind uint8

// The kinds of place.
const (
	Country PlaceKind = iota + 1
	Subdivision
	City
	// Region is a continent or a well-known region that is not a country:
	// "Europe", "Middle East", "Latin America", "Gaza Strip", "West Bank".
	Region
)

// String returns the kind's name in lower case.
func (k PlaceKind) String() string {
	switch k {
	case Country:
		return "country"
	case Subdivision:
		return "subdivision"
	case City:
		return "city"
	case Region:
		return "region"
	}
	return "PlaceKind(" + strconv.Itoa(int(k)) + ")"
}

// Place is a country, first-level subdivision, city or region.
type Place struct {
	Name       string // canonical name: the common short English name ("Russia", "United States", "Iran")
	Kind       PlaceKind
	Country    string // canonical name of the place's country; "" for countries and regions
	Population int    // 0 if unknown
	Capital    bool   // a city that is its country's capital
}

// Org is a well-known organization.
type Org struct {
	Name    string   // canonical name ("North Atlantic Treaty Organization")
	Acronym string   // "NATO"; "" if it has none in common use
	Aliases []string // other names as written ("Congolese army" for the FARDC)
}

// Title is a word that may precede a person's name.
type Title struct {
	Word      string // the title as listed ("Gen", "President", "Dr")
	Honorific bool   // Mr, Mrs, Dr, Sir...: a form of address rather than an office
	Role      string // the spelled-out role ("General" for "Gen"); "" for plain honorifics
}

// The tables, embedded as strings so that parsing them copies nothing: map
// keys are substrings of the binary's read-only data.
var (
	//go:embed tables/places.tsv
	placesTable string
	//go:embed tables/orgs.tsv
	orgsTable string
	//go:embed tables/demonyms.tsv
	demonymsTable string
	//go:embed tables/titles.tsv
	titlesTable string
	//go:embed tables/orgheads.txt
	orgHeadsTable string
	//go:embed tables/orgsuffixes.txt
	orgSuffixesTable string
	//go:embed tables/eventheads.txt
	eventHeadsTable string
	//go:embed tables/given.txt
	givenTable string
	//go:embed tables/sex.tsv
	sexTable string
	//go:embed tables/surnames.txt
	surnamesTable string
	//go:embed tables/words.txt
	wordsTable string
	//go:embed tables/ownnames.txt
	ownNamesTable string
)

type lexicon struct {
	places    []Place
	placeKey  map[string]int32
	orgs      []Org
	orgKey    map[string]int32
	demonyms  map[string]string
	adjective map[string]string // country -> its adjective, lower case
	titles    map[string]Title
	orgHead   map[string]struct{}
	orgSuffix map[string]struct{}
	eventHead map[string]struct{}
	given     map[string]struct{}
	sex       map[string]byte // given name -> M or F
	surnames  map[string]struct{}
	words     map[string]struct{}
	ownNames  map[string]struct{} // a place's other names of its own, not a name list's spellings
}

var (
	loadOnce sync.Once
	lex      *lexicon
)

// get parses the embedded tables on first use. The tables are written by
// gen and checked by the tests, so a parse failure is a build defect and
// panics.
func get() *lexicon {
	loadOnce.Do(func() {
		l, err := parse()
		if err != nil {
			panic("gazetteer: " + err.Error())
		}
		lex = l
	})
	return lex
}

func parse() (*lexicon, error) {
	l := &lexicon{}
	var err error
	// read calls fn with the tab-separated fields of each line of a table.
	read := func(name, text string, fn func(f []string) error) {
		if err != nil {
			return
		}
		var f [5]string
		for text != "" {
			line, rest, _ := strings.Cut(text, "\n")
			text = rest
			n := 0
			for ; n < len(f)-1; n++ {
				i := strings.IndexByte(line, '\t')
				if i < 0 {
					break
				}
				f[n], line = line[:i], line[i+1:]
			}
			f[n] = line
			if ferr := fn(f[:n+1]); ferr != nil {
				err = &tableError{name, strings.Join(f[:n+1], "\t"), ferr}
				return
			}
		}
	}
	// size counts a table's lines and |-separated keys, to size its map.
	size := func(text string) int {
		return strings.Count(text, "\n") + strings.Count(text, "|")
	}
	set := func(name, text string) map[string]struct{} {
		m := make(map[string]struct{}, size(text))
		read(name, text, func(f []string) error {
			m[f[0]] = struct{}{}
			return nil
		})
		return m
	}
	kinds := map[string]PlaceKind{"C": Country, "S": Subdivision, "T": City, "K": City, "R": Region}
	l.placeKey = make(map[string]int32, size(placesTable))
	l.places = make([]Place, 0, strings.Count(placesTable, "\n"))
	read("places.tsv", placesTable, func(f []string) error {
		if len(f) != 5 || kinds[f[0]] == 0 {
			return errFields
		}
		pop, err := strconv.Atoi(f[3])
		if err != nil {
			return err
		}
		i := int32(len(l.places))
		for ks := f[4]; ks != ""; {
			var k string
			k, ks, _ = strings.Cut(ks, "|")
			l.placeKey[k] = i
		}
		l.places = append(l.places, Place{Name: f[2], Kind: kinds[f[0]], Country: f[1], Population: pop, Capital: f[0] == "K"})
		return nil
	})
	l.orgKey = make(map[string]int32, size(orgsTable))
	read("orgs.tsv", orgsTable, func(f []string) error {
		if len(f) != 4 {
			return errFields
		}
		for _, k := range strings.Split(f[2], "|") {
			l.orgKey[k] = int32(len(l.orgs))
		}
		o := Org{Name: f[0], Acronym: f[1]}
		if f[3] != "" {
			o.Aliases = strings.Split(f[3], "|")
		}
		l.orgs = append(l.orgs, o)
		return nil
	})
	l.demonyms = make(map[string]string, size(demonymsTable))
	l.adjective = make(map[string]string)
	read("demonyms.tsv", demonymsTable, func(f []string) error {
		if len(f) != 2 {
			return errFields
		}
		l.demonyms[f[0]] = f[1]
		if old, ok := l.adjective[f[1]]; !ok || ownFirstWord(f[0], f[1]) && !ownFirstWord(old, f[1]) && adjectiveRank(f[0]) < 10 ||
			!(ownFirstWord(old, f[1]) && !ownFirstWord(f[0], f[1])) && betterAdjective(f[0], old) ||
			adjectiveRank(f[0]) == adjectiveRank(old) && adjectiveRank(old) >= 10 && !betterAdjective(old, f[0]) && sharedPrefix(f[0], f[1]) > sharedPrefix(old, f[1]) {
			l.adjective[f[1]] = f[0] // on a tie, the form of the country's own name: "Philippine", not "Filipina"
		}
		return nil
	})
	l.titles = make(map[string]Title, size(titlesTable))
	read("titles.tsv", titlesTable, func(f []string) error {
		if len(f) != 4 {
			return errFields
		}
		l.titles[f[0]] = Title{Word: f[1], Honorific: f[2] == "h", Role: f[3]}
		return nil
	})
	l.orgHead = set("orgheads.txt", orgHeadsTable)
	l.orgSuffix = set("orgsuffixes.txt", orgSuffixesTable)
	l.eventHead = set("eventheads.txt", eventHeadsTable)
	l.given = set("given.txt", givenTable)
	l.sex = make(map[string]byte, size(sexTable))
	read("sex.tsv", sexTable, func(f []string) error {
		if len(f) != 2 || len(f[1]) != 1 {
			return errFields
		}
		l.sex[f[0]] = f[1][0]
		return nil
	})
	l.surnames = set("surnames.txt", surnamesTable)
	l.words = set("words.txt", wordsTable)
	l.ownNames = set("ownnames.txt", ownNamesTable)
	return l, err
}

type tableError struct {
	table, line string
	err         error
}

func (e *tableError) Error() string {
	return "parse " + e.table + ": " + strconv.Quote(e.line) + ": " + e.err.Error()
}
func (e *tableError) Unwrap() error { return e.err }

var errFields = &fieldsError{}

type fieldsError struct{}

func (*fieldsError) Error() string { return "wrong number of fields" }

// keyBuf is big enough for nearly every name; longer ones spill to the heap.
const keyBuf = 96

// LookupPlace finds a place by any of its names: canonical, official
// ("Russian Federation"), short or alternate ("Britain", "Holland"), common
// exonyms and transliterations ("Kiev", "Bombay"). Case, Latin diacritics,
// punctuation and a leading "the" are ignored. Abbreviations ("US", "U.S.",
// "UK", "UAE") and ISO 3166 alpha-3 codes ("IRN") match only when written in
// upper case, so "us" is not the United States. A possessive "'s" is
// dropped when the name is not found with it ("Russia's"). An ambiguous
// name goes to a
// country before a subdivision or region, and to those before a city (a city
// does beat a subdivision of the same name in its own country: Baghdad), and
// among cities to the most populous.
func LookupPlace(name string) (Place, bool) {
	if i, ok := lookup(get().placeKey, name); ok {
		return get().places[i], true
	}
	return Place{}, false
}

// lookup finds name in a table keyed by folded names and upper-case codes,
// then without a possessive "'s".
func lookup(m map[string]int32, name string) (int32, bool) {
	for {
		var buf [keyBuf]byte
		if k, ok := appendCode(buf[:0], cutThe(name)); ok {
			if i, ok := m[string(k)]; ok {
				return i, true
			}
		}
		if i, ok := m[string(appendKey(buf[:0], name))]; ok {
			return i, true
		}
		stem, ok := cutPossessive(name)
		if !ok {
			return 0, false
		}
		name = stem
	}
}

// cutThe returns s without a leading "the " in any case ("the U.S.").
func cutThe(s string) string {
	if len(s) > 4 && (s[0] == 't' || s[0] == 'T') && strings.EqualFold(s[:4], "the ") {
		return s[4:]
	}
	return s
}

// cutPossessive returns s without a trailing "'s" or "’s".
func cutPossessive(s string) (string, bool) {
	if stem, ok := strings.CutSuffix(s, "'s"); ok {
		return stem, true
	}
	return strings.CutSuffix(s, "\u2019s")
}

// Demonym maps a nationality adjective or demonym, singular or plural
// ("Ukrainian", "Ukrainians", "British", "Briton", "Filipino") to the
// canonical name of its country, or of a region ("European" -> "Europe",
// "Latin American" -> "Latin America").
func Demonym(word string) (string, bool) {
	var buf [keyBuf]byte
	s, ok := get().demonyms[string(appendKey(buf[:0], word))]
	return s, ok
}

// DemonymFor is the adjective of a country or region as it stands before
// a noun, capitalised ("Brazil" -> "Brazilian", "Netherlands" -> "Dutch"),
// the inverse of Demonym; the country's own name where English uses it as
// the adjective ("New Zealand": "Kiwi" is a nickname, "New Zealander" a
// person).
func DemonymFor(country string) (string, bool) {
	a, ok := get().adjective[country]
	if !ok {
		return "", false
	}
	if adjectiveRank(a) >= 15 {
		return country, true // no adjective but a person's noun: "New Zealand police"
	}
	ws := strings.Fields(a)
	for i, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		ws[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(ws, " "), true
}

// adjectiveRank orders the demonyms of one country by how likely each is
// its adjective: "Brazilian" before "Brazilians", "British" before "Brit"
// and "Briton", "Dutch" before "Dutchman".
// informalDemonyms are nicknames of nationals (general knowledge of
// English), lower case.
var informalDemonyms = map[string]bool{"kiwi": true, "kiwis": true, "brit": true, "brits": true, "aussie": true,
	"aussies": true, "yank": true, "yanks": true, "pom": true, "poms": true}

// betterAdjective reports whether demonym a names its country's things
// better than b: by adjectiveRank, except that of two adjectives where one
// extends the other the shorter wins ("Somali" before "Somalian", "Saudi"
// before "Saudi Arabian"), as news writes them; a noun for a person
// ("Serb", "Turk") never wins so.
func betterAdjective(a, b string) bool {
	ra, rb := adjectiveRank(a), adjectiveRank(b)
	if ra < 10 && rb < 10 && len(a) != len(b) && (strings.HasPrefix(b, a) || strings.HasPrefix(a, b)) {
		return len(a) < len(b)
	}
	return ra < rb
}

// ownFirstWord reports an adjective that keeps the first word of a
// country's name of several words: "South Korean" for South Korea, not
// "Korean", which the North shares.
func ownFirstWord(adj, country string) bool {
	first, _, ok := strings.Cut(strings.ToLower(country), " ")
	return ok && (adj == first || strings.HasPrefix(adj, first+" "))
}

// sharedPrefix is the number of leading letters a lower-case adjective
// shares with a country's name, case aside.
func sharedPrefix(adj, country string) int {
	c := strings.ToLower(country)
	n := 0
	for n < len(adj) && n < len(c) && adj[n] == c[n] {
		n++
	}
	return n
}

func adjectiveRank(w string) int {
	if informalDemonyms[w] {
		return 25 // "Kiwi", "Brit": not how news names a country's institutions
	}
	if strings.HasSuffix(w, "sman") || strings.HasSuffix(w, "hman") || strings.HasSuffix(w, "xman") || strings.HasSuffix(w, "men") || strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "er") {
		return 15 // a person: "Dutchman", "Scotsman", "New Zealander"; but "German" is an adjective
	}
	for i, suf := range []string{"an", "ish", "ese", "ch", "i", "ic", "ean"} {
		if strings.HasSuffix(w, suf) {
			return i
		}
	}
	if strings.HasSuffix(w, "s") {
		return 20
	}
	return 10 + max(0, 8-len(w))/4
}

// OwnPlaceName reports whether name is one of a place's other names of its
// own ("Kiev" for Kyiv, "Bombay" for Mumbai: hand-written aliases and
// official forms), as against an alternate spelling from a name list,
// which may be another town's name too.
func OwnPlaceName(name string) bool { return inSet(get().ownNames, name) }

// LookupOrg finds a well-known organization by name or acronym: the UN and
// its agencies, alliances and blocs, courts, NGOs, security services, news
// agencies, major parties and companies, and seats of government that act in
// the news (Kremlin, White House, Pentagon, Downing Street, Elysee). Acronyms
// match only when written in upper case ("WHO", not "who"). A possessive
// "'s" is dropped as for LookupPlace. Initials with periods that open a
// name are read without them ("U.N. Security Council").
func LookupOrg(s string) (Org, bool) {
	if i, ok := lookup(get().orgKey, s); ok {
		return get().orgs[i], true
	}
	// "Tehrik-e-Taliban" is "Tehrik-i-Taliban": the Persian and Urdu
	// connective (ezafe) is romanised either way
	if strings.Contains(s, "-e-") {
		if i, ok := lookup(get().orgKey, strings.ReplaceAll(s, "-e-", "-i-")); ok {
			return get().orgs[i], true
		}
	}
	// "U.N. Security Council" is "UN Security Council"
	if first, rest, ok := strings.Cut(s, " "); ok && rest != "" && strings.HasSuffix(first, ".") && strings.Count(first, ".") >= 2 {
		if i, ok := lookup(get().orgKey, strings.ReplaceAll(first, ".", "")+" "+rest); ok {
			return get().orgs[i], true
		}
	}
	return Org{}, false
}

// IsOrgHead reports whether word marks an organization when it heads or ends
// a capitalized name ("Ministry", "Council", "Party", "Forces").
func IsOrgHead(word string) bool { return inSet(get().orgHead, word) }

// IsOrgSuffix reports whether word is a corporate suffix ("Inc", "Corp.",
// "Ltd", "GmbH", "Holdings").
func IsOrgSuffix(word string) bool { return inSet(get().orgSuffix, word) }

// IsEventHead reports whether word makes a capitalized name an event
// ("Summit", "War", "Elections", "Olympics").
func IsEventHead(word string) bool { return inSet(get().eventHead, word) }

// LookupTitle recognises a title or honorific that precedes a person's name,
// in any case and with or without a trailing period: "Mr", "Dr.", "Gen.",
// "President", "Sheikh". Callers may match multi-word titles word by word
// ("Prime" then "Minister": each word is listed) or whole ("Prime
// Minister", "Secretary-General", "Lt. Gen.").
func LookupTitle(word string) (Title, bool) {
	var buf [keyBuf]byte
	t, ok := get().titles[string(appendKey(buf[:0], word))]
	return t, ok
}

// Sex reports the sex a given name mostly goes with, 'M' or 'F', when the
// US Census or the gendered name lists say so clearly ("Ana" 'F', "Rui"
// 'M'); ok is false for names used by both ("Taylor") or unknown.
func Sex(given string) (sex byte, ok bool) {
	var buf [keyBuf]byte
	sex, ok = get().sex[string(appendKey(buf[:0], given))]
	return sex, ok
}

// IsGivenName reports whether word is a common given (first) name, from
// English-speaking and world lists.
func IsGivenName(word string) bool { return inSet(get().given, word) }

// IsSurname reports whether word is a common surname.
func IsSurname(word string) bool { return inSet(get().surnames, word) }

// IsCommonWord reports whether word is a common English word, so that a
// capitalized word at the start of a sentence ("However", "Officials") is
// not taken for a name. Names of countries, regions and big cities and
// nationality words are not common words here, though "china" and "polish"
// are words.
func IsCommonWord(word string) bool { return inSet(get().words, word) }

func inSet(m map[string]struct{}, word string) bool {
	var buf [keyBuf]byte
	_, ok := m[string(appendKey(buf[:0], word))]
	return ok
}
