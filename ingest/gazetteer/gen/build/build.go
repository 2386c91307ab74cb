// Package build turns the gazetteer's raw inputs into its embedded tables. It
// is a package (not only the gen command) so that the gazetteer's tests can
// rebuild the tables in memory and check the committed ones are current.
package build

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/newsgraph/newsgraph/kg"
)

// File is one generated table.
type File struct {
	Name string
	Data []byte
}

// Kinds as written in the tables; the gazetteer package parses the same
// letters.
const (
	kindCountry     = "C"
	kindSubdivision = "S"
	kindCity        = "T"
	kindCapital     = "K" // in the table only: a city that is its country's capital
	kindRegion      = "R"
)

// BigCity is the population from which a city's name is removed from the
// common-word list (so "nice" stays a word but "moscow" would not be one).
const BigCity = 1000000

// softSign lists the countries whose GeoNames names mark the Cyrillic soft
// sign with an apostrophe ("Ul'yanovsk"), which English news leaves out.
var softSign = map[string]bool{"RU": true, "UA": true, "BY": true, "KZ": true, "KG": true,
	"TJ": true, "TM": true, "UZ": true}

// BigCapital is the population from which a national capital ranks with
// subdivisions rather than with other cities (Sucre in Bolivia before the
// Colombian department; but Hamilton in Canada before Bermuda's capital).
const BigCapital = 100000

// NameCity is the population below which a city named like a frequent
// given name or surname is left out, capitals included: "David" (Panama),
// "Moore" or "Jackson" in a news story is a person; Houston, Austin or
// Charlotte are big enough to stay. Frequent means at least NameCityGiven
// or NameCitySurname percent of people in the US Census.
const (
	NameCity        = 500000
	NameCityGiven   = 0.05
	NameCitySurname = 0.03
)

// WordCity is the population below which a city (other than a capital)
// whose name is a common word is left out: "Mobile" and "Reading" stay,
// "Normal" and "Most" go. A name that is a word with "The" before it ("The
// Villages") is left out whatever the size.
const WordCity = 100000

// SmallCity is the population below which a city (other than a capital)
// whose name is also a common word, given name or surname is left out: "Hope" or "Marshall" in a
// news story is seldom the town.
const SmallCity = 50000

// Key folds a name the way the gazetteer looks it up: kg.FoldName, then a
// leading "the" dropped; "" if s has no letter or digit.
func Key(s string) string {
	k := kg.FoldName(s)
	if k == "_" { // kg's stand-in for a name with no letters or digits
		return ""
	}
	if rest, ok := strings.CutPrefix(k, "the "); ok {
		k = rest
	}
	return k
}

// CodeKey is the key of a name matched only in upper case ("US", "U.S.",
// "USA"): "=" and its letters and digits. ok is false if s has a lower-case
// letter or nothing but punctuation.
func CodeKey(s string) (string, bool) {
	var b strings.Builder
	b.WriteByte('=')
	for _, r := range s {
		switch {
		case unicode.IsLower(r):
			return "", false
		case r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '+':
			b.WriteRune(r)
		}
	}
	if b.Len() == 1 {
		return "", false
	}
	return b.String(), true
}

// plainLetters spells the Latin letters that do not decompose into a base
// letter and a mark.
var plainLetters = map[rune]string{'ł': "l", 'Ł': "L", 'ø': "o", 'Ø': "O", 'đ': "d", 'Đ': "D", 'ß': "ss",
	'æ': "ae", 'Æ': "Ae", 'œ': "oe", 'Œ': "Oe", 'ı': "i", 'ð': "d", 'Ð': "D", 'þ': "th", 'Þ': "Th", 'ħ': "h", 'Ħ': "H"}

// Plain spells a Latin-script name in ASCII the way English news does
// ("São Paulo" -> "Sao Paulo", "Rafaḩ" -> "Rafah", "Ma‘an" -> "Maan"), so
// that canonical names and the IDs minted from them agree with the text. A
// name in another script is returned unchanged.
func Plain(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case unicode.Is(unicode.Mn, r), r == 0x2BB, r == 0x2BC, r == 0x2BE, r == 0x2BF, r == 0x2018:
		case r == 0x2019:
			b.WriteByte('\'')
		case plainLetters[r] != "":
			b.WriteString(plainLetters[r])
		default:
			return s
		}
	}
	return b.String()
}

// plainKeys returns the key of a name and, when it differs, the key of its
// plain spelling: kg folds common Latin diacritics but not all ("Ḥefa"
// would key as "h efa").
func plainKeys(s string) []string {
	k, pk := Key(s), Key(Plain(s))
	if k == pk {
		return []string{k}
	}
	return []string{k, pk}
}

// cleanISO drops the annotations ISO 3166-2 lists carry in names: language
// tags, asterisks, bracketed alternatives and inverted qualifiers ("Nei
// Mongol (mn)", "Taiwan *", "Bridgend [Pen-y-bont ar Ogwr GB-POG]",
// "Adygeya, Respublika").
func cleanISO(s string) string {
	if i := strings.IndexAny(s, "([*,"); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// Build reads the inputs from data and returns the tables, sorted by name.
func Build(data fs.FS) ([]File, error) {
	b := &builder{data: data}
	steps := []func() error{b.loadWords, b.loadNames, b.loadPlaces, b.loadDemonyms, b.loadOrgs, b.loadTitles, b.loadHeads, b.writeWords}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("build: %w", err)
		}
	}
	sort.Slice(b.out, func(i, j int) bool { return b.out[i].Name < b.out[j].Name })
	return b.out, nil
}

type builder struct {
	data fs.FS
	out  []File

	words     map[string]bool // common words: SCOWL up to size 35, and the hand list
	rareWords map[string]bool // SCOWL sizes 40 and 50
	given     map[string]bool
	surnames  map[string]bool

	givenFreq, surnameFreq map[string]float64 // US Census, percent of people

	places   []*place
	byName   map[string][]*place // canonical name (folded) -> places
	demonym  map[string]string   // key -> canonical place name
	nameless map[string]bool     // folded names not to be taken for common words
}

type place struct {
	name    string
	kind    string
	country string // canonical country name
	alpha2  string
	pop     int
	capital bool     // a national capital
	primary []string // keys of its own names
	alias   []string // keys of alternate names (weaker)
	codes   []string // code keys ("=USA")
}

// lines returns the non-empty, non-comment lines of a data file, split on tabs.
func (b *builder) lines(name string) ([][]string, error) {
	raw, err := fs.ReadFile(b.data, name)
	if err != nil {
		return nil, err
	}
	var out [][]string
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		l := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, strings.Split(l, "\t"))
	}
	return out, sc.Err()
}

// fields returns the white-space separated words of a list file.
func (b *builder) fields(name string) ([]string, error) {
	rows, err := b.lines(name)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, r := range rows {
		for _, c := range r {
			out = append(out, strings.Fields(c)...)
		}
	}
	return out, nil
}

func (b *builder) emit(name string, lines []string) {
	sort.Strings(lines)
	var buf bytes.Buffer
	prev := "\x00"
	for _, l := range lines {
		if l == prev {
			continue
		}
		prev = l
		buf.WriteString(l)
		buf.WriteByte('\n')
	}
	b.out = append(b.out, File{Name: name, Data: buf.Bytes()})
}

// RareWordSize is the SCOWL size from which a word is left out of the
// common words when it is also a name in the core lists: "hardy" or "marsh"
// capitalized is likelier a person than the word.
const RareWordSize = 40

func (b *builder) loadWords() error {
	rows, err := b.lines("words.txt")
	if err != nil {
		return err
	}
	hand, err := b.fields("hand/words.txt")
	if err != nil {
		return err
	}
	b.words = make(map[string]bool, len(rows)+len(hand))
	b.rareWords = map[string]bool{}
	for _, r := range rows {
		if len(r) != 2 {
			return fmt.Errorf("words: bad line %q", r)
		}
		size, err := strconv.Atoi(r[1])
		if err != nil {
			return fmt.Errorf("words: %q: %w", r, err)
		}
		if size >= RareWordSize {
			b.rareWords[Key(r[0])] = true
		} else {
			b.words[Key(r[0])] = true
		}
	}
	for _, w := range hand {
		b.words[Key(w)] = true
	}
	return nil
}

// Names that are also common words ("In", "So", "Can", "Will", "Grace")
// are names only if the US Census finds them at least this frequent (in
// percent of people), or the hand-written world lists give them: otherwise
// a sentence-initial "As" or "Can" would pass for a first name.
const (
	GivenWordMin   = 0.015 // keeps Will, May, Hope, Grace, Mark; drops In, So, An, My
	SurnameWordMin = 0.005 // keeps Brown, Young, King, Rice; drops rarer ones
)

// loadNames reads the given names and surnames. The tables get every list;
// the place filters (which small towns and subdivisions to drop because a
// person is the likelier reading) use only the core lists (US Census,
// @stdlib, hand-written), so that a wide but noisy world list cannot knock
// real places out.
func (b *builder) loadNames() error {
	// census reads a list of names and frequencies.
	census := func(file string) (map[string]float64, error) {
		rows, err := b.lines(file)
		if err != nil {
			return nil, err
		}
		m := map[string]float64{}
		for _, r := range rows {
			if len(r) != 2 {
				return nil, fmt.Errorf("%s: bad line %q", file, r)
			}
			f, err := strconv.ParseFloat(r[1], 64)
			if err != nil {
				return nil, fmt.Errorf("%s: %q: %w", file, r, err)
			}
			m[Key(r[0])] = f
		}
		return m, nil
	}
	read := func(file string) (map[string]bool, error) {
		ws, err := b.fields(file)
		if err != nil {
			return nil, err
		}
		m := map[string]bool{}
		for _, w := range ws {
			if k := Key(w); len(k) > 1 {
				m[k] = true
			}
		}
		return m, nil
	}
	// names merges lists, keeping a name that is also a common word only
	// when it is frequent in the census or written by hand.
	names := func(freq map[string]float64, min float64, hand map[string]bool, others ...map[string]bool) map[string]bool {
		out := map[string]bool{}
		for _, m := range append([]map[string]bool{hand}, others...) {
			for k := range m {
				if !b.words[k] || freq[k] >= min || hand[k] {
					out[k] = true
				}
			}
		}
		for k, f := range freq {
			if !b.words[k] || f >= min || hand[k] {
				out[k] = true
			}
		}
		return out
	}
	var lists [5]map[string]bool
	for i, f := range []string{"hand/given_world.txt", "given_stdlib.txt", "given_faker.txt",
		"hand/surnames_world.txt", "surnames_faker.txt"} {
		var err error
		if lists[i], err = read(f); err != nil {
			return err
		}
	}
	givenHand, stdlib, givenFaker, surHand, surFaker := lists[0], lists[1], lists[2], lists[3], lists[4]
	givenFreq, err := census("given_census.txt")
	if err != nil {
		return err
	}
	surFreq, err := census("surnames_census.txt")
	if err != nil {
		return err
	}
	b.givenFreq, b.surnameFreq = givenFreq, surFreq
	b.given = names(givenFreq, GivenWordMin, givenHand, stdlib)
	b.surnames = names(surFreq, SurnameWordMin, surHand)
	all := names(givenFreq, GivenWordMin, givenHand, stdlib, givenFaker)
	b.emit("given.txt", keys(all))
	b.emit("surnames.txt", keys(names(surFreq, SurnameWordMin, surHand, surFaker)))
	// the sex a given name mostly goes with, for the given names kept
	rows, err := b.lines("given_sex.txt")
	if err != nil {
		return err
	}
	var sex []string
	for _, r := range rows {
		if len(r) != 2 || r[1] != "M" && r[1] != "F" {
			return fmt.Errorf("given_sex.txt: bad line %q", r)
		}
		if k := Key(r[0]); all[k] {
			sex = append(sex, k+"\t"+r[1])
		}
	}
	b.emit("sex.tsv", sex)
	return nil
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

func split(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

func (b *builder) add(p *place) *place {
	if plain := Plain(p.name); plain != p.name {
		p.primary = append(p.primary, Key(p.name))
		p.name = plain
	}
	b.places = append(b.places, p)
	b.byName[Key(p.name)] = append(b.byName[Key(p.name)], p)
	p.primary = append(p.primary, Key(p.name))
	return p
}

// find returns the place with canonical name name, preferring countries,
// then regions, then the most populous city, then subdivisions.
func (b *builder) find(name, kind string) *place {
	return b.findIn(name, kind, "")
}

// findIn is find limited to places of a kind in a country, when given.
func (b *builder) findIn(name, kind, country string) *place {
	var best *place
	for _, p := range b.byName[Key(name)] {
		if kind != "" && p.kind != kind || country != "" && p.country != country {
			continue
		}
		if best == nil || findRank(p) < findRank(best) || findRank(p) == findRank(best) && p.pop > best.pop {
			best = p
		}
	}
	return best
}

func findRank(p *place) int {
	return map[string]int{kindCountry: 0, kindRegion: 1, kindCity: 2, kindSubdivision: 3}[p.kind]
}

func (b *builder) loadPlaces() error {
	b.byName = map[string][]*place{}
	hand, err := b.lines("hand/places.tsv")
	if err != nil {
		return err
	}
	// renames maps a source name, alone or with its country's alpha-2
	// code ("Gaza\tPS"), to the canonical one.
	renames := map[string]string{}
	for _, h := range hand {
		if h[0] != "rename" {
			continue
		}
		if len(h) < 3 {
			return fmt.Errorf("places: bad line %q", h)
		}
		k := h[1]
		if len(h) > 3 {
			k += "\t" + h[3]
		}
		renames[k] = h[2]
	}
	rename := func(name, alpha2 string) string {
		if n, ok := renames[name+"\t"+alpha2]; ok {
			return n
		}
		if n, ok := renames[name]; ok {
			return n
		}
		return name
	}
	countries, err := b.lines("countries.tsv")
	if err != nil {
		return err
	}
	byAlpha2 := map[string]*place{}
	for _, c := range countries {
		p := b.add(&place{name: rename(c[2], c[0]), kind: kindCountry, alpha2: c[0]})
		p.alias = append(p.alias, Key(c[2]), Key(c[3]))
		if !b.words[strings.ToLower(c[1])] {
			k, _ := CodeKey(c[1])
			p.codes = append(p.codes, k)
		}
		byAlpha2[c[0]] = p
	}
	geo, err := b.lines("country_geonames.tsv")
	if err != nil {
		return err
	}
	capitals := map[[2]string]bool{}
	for _, r := range geo {
		if len(r) != 3 {
			return fmt.Errorf("country_geonames: bad line %q", r)
		}
		if p := byAlpha2[r[0]]; p != nil {
			if p.pop, err = strconv.Atoi(r[1]); err != nil {
				return fmt.Errorf("country_geonames: %q: %w", r, err)
			}
		}
		capitals[[2]string{r[0], r[2]}] = true
	}
	for _, h := range hand {
		switch h[0] {
		case "seat":
			if len(h) != 3 {
				return fmt.Errorf("places: bad line %q", h)
			}
			capitals[[2]string{h[2], h[1]}] = true
		case "country":
			if len(h) != 4 {
				return fmt.Errorf("places: bad line %q", h)
			}
			p := b.add(&place{name: h[1], kind: kindCountry, alpha2: h[2]})
			k, _ := CodeKey(h[3])
			p.codes = append(p.codes, k)
			byAlpha2[h[2]] = p
		case "city":
			if len(h) < 4 {
				return fmt.Errorf("places: bad line %q", h)
			}
			c := b.find(h[2], kindCountry)
			pop, err := strconv.Atoi(h[3])
			if c == nil || err != nil {
				return fmt.Errorf("places: bad line %q", h)
			}
			p := b.add(&place{name: h[1], kind: kindCity, country: c.name, pop: pop})
			if len(h) > 4 {
				for _, a := range split(h[4]) {
					p.primary = append(p.primary, Key(a))
				}
			}
		case "subdivision":
			if len(h) < 3 || b.find(h[2], kindCountry) == nil {
				return fmt.Errorf("places: bad line %q", h)
			}
			c := b.find(h[2], kindCountry)
			if c == nil {
				return fmt.Errorf("places: bad line %q", h)
			}
			p := b.add(&place{name: h[1], kind: kindSubdivision, country: c.name})
			if len(h) > 3 {
				for _, a := range split(h[3]) {
					p.primary = append(p.primary, Key(a))
				}
			}
		case "region":
			p := b.add(&place{name: h[1], kind: kindRegion})
			if len(h) > 2 {
				for _, a := range split(h[2]) {
					p.primary = append(p.primary, Key(a))
				}
			}
		}
	}
	// Subdivision names that are also given names or surnames ("Paul",
	// "Lara", "Guerrero") are kept only in the countries listed by the
	// "named" directive: elsewhere a person is the likelier reading.
	named := map[string]bool{}
	for _, h := range hand {
		if h[0] == "named" {
			for _, c := range strings.Fields(h[1]) {
				named[c] = true
			}
		}
	}
	isName := func(k string) bool { return b.given[k] || b.surnames[k] }
	// keep lists cities the name filters below would drop but the news
	// needs ("Florence").
	keep := map[[2]string]bool{}
	for _, h := range hand {
		if h[0] == "keep" {
			if len(h) != 3 {
				return fmt.Errorf("places: bad line %q", h)
			}
			keep[[2]string{h[2], h[1]}] = true
		}
	}
	subs, err := b.lines("subdivisions.tsv")
	if err != nil {
		return err
	}
	for _, s := range subs {
		c, name := byAlpha2[s[0]], rename(cleanISO(s[1]), s[0])
		// "?alab", "Az¯arbayjan": the ISO list lost some letters.
		if c == nil || len(name) < 3 || b.words[Key(Plain(name))] || strings.ContainsAny(name, "0123456789?¯¸") ||
			isName(Key(name)) && !named[s[0]] {
			continue
		}
		p := b.add(&place{name: name, kind: kindSubdivision, country: c.name})
		if name != cleanISO(s[1]) {
			p.alias = append(p.alias, Key(cleanISO(s[1])))
		}
		if len(s) > 2 {
			for _, a := range split(s[2]) {
				if k := Key(Plain(a)); !b.words[k] && !b.rareWords[k] && !isName(k) && len(k) > 2 {
					p.alias = append(p.alias, plainKeys(a)...)
				}
			}
		}
	}
	cities, err := b.lines("cities.tsv")
	if err != nil {
		return err
	}
	for _, r := range cities {
		c := byAlpha2[r[1]]
		if c == nil {
			continue
		}
		pop, err := strconv.Atoi(r[2])
		if err != nil {
			return fmt.Errorf("cities: %q: %w", r, err)
		}
		name := rename(r[0], r[1])
		if softSign[r[1]] {
			name = strings.NewReplacer("'", "", "\u2019", "", "\u02bc", "").Replace(name) // "Tol'yatti" -> "Tolyatti"
		}
		capital := capitals[[2]string{r[1], r[0]}]
		k := Key(Plain(name))
		misleading := pop < NameCity && (b.givenFreq[k] >= NameCityGiven || b.surnameFreq[k] >= NameCitySurname) ||
			pop < SmallCity && !capital && (b.words[k] || b.given[k] || b.surnames[k]) ||
			pop < WordCity && !capital && b.words[k] ||
			strings.HasPrefix(name, "The ") && (b.words[k] || b.rareWords[k])
		if misleading && !keep[[2]string{r[1], name}] {
			continue
		}
		p := b.add(&place{name: name, kind: kindCity, country: c.name, pop: pop, capital: capital})
		if name != r[0] {
			p.primary = append(p.primary, Key(r[0]))
		}
		if pop >= BigCity {
			b.nameless = setAdd(b.nameless, Key(name))
		}
		if len(r) > 3 {
			for _, a := range split(r[3]) {
				k := Key(Plain(a))
				if b.words[k] || b.rareWords[k] || b.given[k] || b.surnames[k] || len(k) < 3 {
					continue
				}
				p.alias = append(p.alias, plainKeys(a)...)
			}
		}
	}
	prefer := map[string]*place{}
	for _, h := range hand {
		switch h[0] {
		case "alias", "abbr", "prefer":
			if len(h) < 3 {
				return fmt.Errorf("places: bad line %q", h)
			}
		}
		switch h[0] {
		case "alias":
			p := b.find(h[1], "")
			if p == nil {
				return fmt.Errorf("places: alias for unknown place %q", h[1])
			}
			for _, a := range split(h[2]) {
				p.primary = append(p.primary, Key(a))
			}
		case "abbr":
			p := b.find(h[1], "")
			if p == nil {
				return fmt.Errorf("places: abbreviation for unknown place %q", h[1])
			}
			for _, a := range split(h[2]) {
				k, ok := CodeKey(a)
				if !ok {
					return fmt.Errorf("places: abbreviation %q is not upper case", a)
				}
				p.codes = append([]string{k}, p.codes...)
			}
		case "prefer":
			if len(h) < 4 {
				return fmt.Errorf("places: bad line %q", h)
			}
			kind := map[string]string{"country": kindCountry, "subdivision": kindSubdivision, "city": kindCity, "region": kindRegion}[h[2]]
			country := ""
			if len(h) > 4 {
				country = h[4]
			}
			p := b.findIn(h[3], kind, country)
			if kind == "" || p == nil {
				return fmt.Errorf("places: cannot prefer %q", h)
			}
			prefer[Key(h[1])] = p
		}
	}
	for _, h := range hand {
		if h[0] == "drop" {
			for _, p := range b.places {
				p.alias = remove(p.alias, Key(h[1]))
				p.primary = remove(p.primary, Key(h[1]))
			}
		}
	}
	return b.resolve(prefer)
}

func setAdd(m map[string]bool, k string) map[string]bool {
	if m == nil {
		m = map[string]bool{}
	}
	m[k] = true
	return m
}

func remove(ks []string, k string) []string {
	out := ks[:0]
	for _, x := range ks {
		if x != k {
			out = append(out, x)
		}
	}
	return out
}

// candidate is one place a key may denote.
type candidate struct {
	p     *place
	alias bool
}

// rank orders the candidates for one key, best first. Tiers: countries (by
// any name); regions, subdivisions and national capitals of BigCapital
// people or more by their own names; other cities by their own names; subdivisions by alternate names;
// cities by alternate names. A city stands in for a subdivision of its own
// country that it matches at least as well (Baghdad the city, not the
// governorate) and takes its tier. Within a tier the bigger population
// wins, then the name and country, so the order is total and the output
// does not depend on input order.
func rank(cs []candidate) []candidate {
	tiers := make([]int, len(cs))
	gone := make([]bool, len(cs))
	for i, c := range cs {
		tiers[i] = tier(c)
	}
	for i, c := range cs {
		if c.p.kind != kindCity {
			continue
		}
		for j, s := range cs {
			if s.p.kind == kindSubdivision && s.p.country == c.p.country && (!c.alias || s.alias) {
				gone[j] = true
				tiers[i] = min(tiers[i], tier(s))
			}
		}
	}
	idx := make([]int, 0, len(cs))
	for i := range cs {
		if !gone[i] {
			idx = append(idx, i)
		}
	}
	sort.SliceStable(idx, func(x, y int) bool {
		a, b := cs[idx[x]], cs[idx[y]]
		if tiers[idx[x]] != tiers[idx[y]] {
			return tiers[idx[x]] < tiers[idx[y]]
		}
		if a.p.pop != b.p.pop {
			return a.p.pop > b.p.pop
		}
		if a.p.name != b.p.name {
			return a.p.name < b.p.name
		}
		if a.p.country != b.p.country {
			return a.p.country < b.p.country
		}
		return a.alias != b.alias && !a.alias
	})
	out := make([]candidate, len(idx))
	for i, j := range idx {
		out[i] = cs[j]
	}
	return out
}

func tier(c candidate) int {
	switch {
	case c.p.kind == kindCountry:
		return 0
	case c.p.kind == kindRegion, c.p.kind == kindSubdivision && !c.alias, c.p.capital && c.p.pop >= BigCapital && !c.alias:
		return 1
	case c.p.kind == kindCity && !c.alias:
		return 2
	case c.p.kind == kindSubdivision:
		return 3
	}
	return 4
}

// variants returns a key and its spellings with "Saint" and "St" swapped
// ("st petersburg", "saint petersburg"); none for an empty key.
func variants(k string) []string {
	if k == "" {
		return nil
	}
	out := []string{k}
	if rest, ok := strings.CutPrefix(k, "saint "); ok {
		out = append(out, "st "+rest)
	}
	if rest, ok := strings.CutPrefix(k, "st "); ok {
		out = append(out, "saint "+rest)
	}
	return out
}

// uniqCandidates drops repeats of a place, keeping its strongest match.
func uniqCandidates(cs []candidate) []candidate {
	best := map[*place]int{}
	var out []candidate
	for _, c := range cs {
		if i, ok := best[c.p]; ok {
			if !c.alias {
				out[i].alias = false
			}
			continue
		}
		best[c.p] = len(out)
		out = append(out, c)
	}
	return out
}

func (b *builder) resolve(prefer map[string]*place) error {
	cands := map[string][]candidate{}
	for _, p := range b.places {
		for _, k := range p.primary {
			for _, v := range variants(k) {
				cands[v] = append(cands[v], candidate{p: p})
			}
		}
		for _, k := range p.alias {
			for _, v := range variants(k) {
				cands[v] = append(cands[v], candidate{p: p, alias: true})
			}
		}
	}
	for k, cs := range cands {
		cands[k] = uniqCandidates(cs)
	}
	win := map[string]candidate{}
	for k, cs := range cands {
		win[k] = rank(cs)[0]
	}
	codes := map[string]*place{}
	for _, p := range b.places {
		for _, k := range p.codes {
			if _, ok := codes[k]; !ok {
				codes[k] = p
			}
		}
	}
	for k, p := range prefer {
		win[k] = candidate{p: p}
	}
	got := map[*place][]string{}
	for k, c := range win {
		got[c.p] = append(got[c.p], k)
	}
	for k, p := range codes {
		got[p] = append(got[p], k)
	}
	var lines []string
	for p, ks := range got {
		sort.Strings(ks)
		for _, k := range ks {
			if strings.ContainsAny(k, "\t|") {
				return fmt.Errorf("places: bad key %q", k)
			}
		}
		kind := p.kind
		if p.capital && kind == kindCity {
			kind = kindCapital
		}
		lines = append(lines, strings.Join([]string{kind, p.country, p.name, strconv.Itoa(p.pop), strings.Join(ks, "|")}, "\t"))
	}
	b.emit("places.tsv", lines)
	// the other names a place has of its own (hand-written aliases, official
	// and English forms), as against the alternate spellings of name lists:
	// a reader may name the place by its canonical name when one of these
	// is written
	var own []string
	for k, c := range win {
		if !c.alias && k != Key(Plain(c.p.name)) && k != Key(c.p.name) {
			own = append(own, k)
		}
	}
	b.emit("ownnames.txt", own)
	for _, p := range b.places {
		if p.kind == kindCountry || p.kind == kindRegion {
			b.nameless = setAdd(b.nameless, Key(p.name))
		}
	}
	return nil
}

// plural returns the regular plural of a demonym, or "" when it has none of
// its own ("the French", "the Swiss", "Icelandic") or is already plural.
func plural(w string) string {
	for _, suf := range []string{"ese", "ish", "ch", "sh", "ss", "z", "s", "x", "ic", "ern", "y", "men"} {
		if strings.HasSuffix(w, suf) {
			return ""
		}
	}
	// Englishman, Frenchwoman, Dutchman; not German or Omani.
	for _, suf := range []string{"hman", "hwoman"} {
		if strings.HasSuffix(w, suf) {
			return strings.TrimSuffix(w, "man") + "men"
		}
	}
	return w + "s"
}

func (b *builder) loadDemonyms() error {
	b.demonym = map[string]string{}
	countries := map[string]string{}
	for _, p := range b.places {
		if p.kind == kindCountry {
			countries[p.alpha2] = p.name
		}
	}
	nat, err := b.lines("nationalities.tsv")
	if err != nil {
		return err
	}
	seen := map[string]string{}
	ambiguous := map[string]bool{}
	for _, n := range nat {
		w, country := n[1], countries[n[0]]
		// The list mixes in territory names and glosses; keep single
		// adjectives that are not a place's own name.
		if country == "" || strings.ContainsAny(w, "(),") || strings.Contains(w, " ") || b.byName[Key(w)] != nil {
			continue
		}
		if prev, ok := seen[Key(w)]; ok && prev != country {
			ambiguous[Key(w)] = true
		}
		seen[Key(w)] = country
	}
	for k, c := range seen {
		if ambiguous[k] {
			continue
		}
		b.demonym[k] = c
		if p := plural(k); p != "" {
			b.demonym[p] = c
		}
	}
	hand, err := b.lines("hand/demonyms.tsv")
	if err != nil {
		return err
	}
	for _, h := range hand {
		if len(h) != 2 {
			return fmt.Errorf("demonyms: bad line %q", h)
		}
		if h[1] == "-" {
			// a word of the machine list that English news does not use
			// for the country ("Emirian"): dropped, plural and all
			k := Key(h[0])
			if _, ok := b.demonym[k]; !ok {
				return fmt.Errorf("demonyms: %q drops a word the list does not have", h[0])
			}
			delete(b.demonym, k)
			if p := plural(k); p != "" {
				delete(b.demonym, p)
			}
			continue
		}
		if b.find(h[1], "") == nil {
			return fmt.Errorf("demonyms: %q names unknown place %q", h[0], h[1])
		}
		k := Key(h[0])
		b.demonym[k] = h[1]
		if p := plural(k); p != "" {
			if _, ok := b.demonym[p]; !ok || !isHand(hand, p) {
				b.demonym[p] = h[1]
			}
		}
	}
	var lines []string
	for k, v := range b.demonym {
		lines = append(lines, k+"\t"+v)
		b.nameless = setAdd(b.nameless, k)
	}
	b.emit("demonyms.tsv", lines)
	return nil
}

func isHand(hand [][]string, k string) bool {
	for _, h := range hand {
		if Key(h[0]) == k {
			return true
		}
	}
	return false
}

func (b *builder) loadOrgs() error {
	rows, err := b.lines("hand/orgs.tsv")
	if err != nil {
		return err
	}
	owner := map[string]string{}
	var lines []string
	for _, r := range rows {
		name, acr, aliases := r[0], "", ""
		if len(r) > 1 {
			acr = r[1]
		}
		if len(r) > 2 {
			aliases = r[2]
		}
		var ks []string
		for _, a := range append([]string{name}, split(aliases)...) {
			ks = append(ks, Key(a))
			// "Nato", "OPEC+": names written like acronyms also match
			// exactly.
			if k, ok := CodeKey(a); ok && strings.ToUpper(a) == a {
				ks = append(ks, k)
			}
		}
		if acr != "" {
			// Mixed-case acronyms ("AfD", "BoE") cannot be mistaken for a
			// word and match in any case.
			k, ok := CodeKey(acr)
			if !ok {
				k = Key(acr)
			}
			ks = append(ks, k)
		}
		sort.Strings(ks)
		ks = uniq(ks)
		for _, k := range ks {
			if o, ok := owner[k]; ok && o != name {
				return fmt.Errorf("orgs: %q names both %q and %q", k, o, name)
			}
			owner[k] = name
		}
		// the aliases as written, for the entity's other names
		lines = append(lines, name+"\t"+acr+"\t"+strings.Join(ks, "|")+"\t"+strings.Join(split(aliases), "|"))
	}
	b.emit("orgs.tsv", lines)
	return nil
}

func isLetters(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}

func uniq(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

func (b *builder) loadTitles() error {
	rows, err := b.lines("hand/titles.tsv")
	if err != nil {
		return err
	}
	seen := map[string]string{}
	var lines []string
	for _, r := range rows {
		if len(r) < 2 || r[1] != "h" && r[1] != "r" {
			return fmt.Errorf("titles: bad line %q", r)
		}
		role := ""
		if len(r) > 2 {
			role = r[2]
		}
		l := strings.Join([]string{Key(r[0]), r[0], r[1], role}, "\t")
		if prev, ok := seen[Key(r[0])]; ok && prev != l {
			return fmt.Errorf("titles: %q listed twice", r[0])
		}
		seen[Key(r[0])] = l
		lines = append(lines, l)
	}
	b.emit("titles.tsv", lines)
	return nil
}

func (b *builder) loadHeads() error {
	for _, f := range []string{"orgheads.txt", "orgsuffixes.txt", "eventheads.txt"} {
		ws, err := b.fields("hand/" + f)
		if err != nil {
			return err
		}
		var lines []string
		for _, w := range ws {
			if w != strings.ToLower(w) {
				return fmt.Errorf("%s: %q is not lower case", f, w)
			}
			lines = append(lines, Key(w))
			// "S.A.", "P.L.C.": written with periods, a short suffix folds
			// to spaced letters.
			if f == "orgsuffixes.txt" && len(w) >= 2 && len(w) <= 4 && isLetters(w) {
				lines = append(lines, strings.Join(strings.Split(w, ""), " "))
			}
		}
		b.emit(f, lines)
	}
	return nil
}

// writeWords writes the common words: SCOWL's common sizes (and the hand
// list) less the names of countries, regions, cities of a million people or
// more, and demonyms ("china", "turkey", "polish"): capitalized, those are
// far more often the place than the word in news text. Given names and
// surnames among the common sizes are kept ("will", "rose", "grant"): the
// extractor decides those from context. SCOWL's rarer sizes add the words
// that are not also names.
func (b *builder) writeWords() error {
	var lines []string
	for w := range b.words {
		if !b.nameless[w] {
			lines = append(lines, w)
		}
	}
	for w := range b.rareWords {
		if !b.nameless[w] && !b.given[w] && !b.surnames[w] {
			lines = append(lines, w)
		}
	}
	b.emit("words.txt", lines)
	return nil
}
