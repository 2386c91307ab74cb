package gazetteer

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/newsgraph/newsgraph/ingest/gazetteer/gen/build"
	"github.com/newsgraph/newsgraph/kg"
)

func TestLookupPlace(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Place // Population is checked only for being known or not
		ok   bool
	}{
		{"canonical country", "Russia", Place{Name: "Russia", Kind: Country}, true},
		{"official name", "Russian Federation", Place{Name: "Russia", Kind: Country}, true},
		{"official name with the", "the United States of America", Place{Name: "United States", Kind: Country}, true},
		{"short name", "Britain", Place{Name: "United Kingdom", Kind: Country}, true},
		{"abbreviation with periods", "U.S.", Place{Name: "United States", Kind: Country}, true},
		{"abbreviation", "UK", Place{Name: "United Kingdom", Kind: Country}, true},
		{"abbreviation USA", "USA", Place{Name: "United States", Kind: Country}, true},
		{"abbreviation in lower case is a pronoun", "us", Place{}, false},
		{"alpha-3 code upper case", "IRN", Place{Name: "Iran", Kind: Country}, true},
		{"alpha-3 code lower case", "irn", Place{}, false},
		{"alpha-3 code that is a word", "CAN", Place{}, false},
		{"leading the", "the Netherlands", Place{Name: "Netherlands", Kind: Country}, true},
		{"exonym", "Holland", Place{Name: "Netherlands", Kind: Country}, true},
		{"the name news gives a country's state", "the Islamic Republic", Place{Name: "Iran", Kind: Country}, true},
		{"diacritics folded", "Cote d’Ivoire", Place{Name: "Ivory Coast", Kind: Country}, true},
		{"diacritics in input", "Türkiye", Place{Name: "Turkey", Kind: Country}, true},
		{"renamed country old name", "Swaziland", Place{Name: "Eswatini", Kind: Country}, true},
		{"country added by hand", "Kosovo", Place{Name: "Kosovo", Kind: Country}, true},
		{"case-insensitive", "GERMANY", Place{Name: "Germany", Kind: Country}, true},
		{"country beats US state", "Georgia", Place{Name: "Georgia", Kind: Country}, true},
		{"country beats capital city", "Mexico", Place{Name: "Mexico", Kind: Country}, true},
		{"subdivision", "Texas", Place{Name: "Texas", Kind: Subdivision, Country: "United States"}, true},
		{"subdivision English name", "Bavaria", Place{Name: "Bavaria", Kind: Subdivision, Country: "Germany"}, true},
		{"UK nation", "Scotland", Place{Name: "Scotland", Kind: Subdivision, Country: "United Kingdom"}, true},
		{"region", "Middle East", Place{Name: "Middle East", Kind: Region}, true},
		{"continent", "Europe", Place{Name: "Europe", Kind: Region}, true},
		{"territory region", "West Bank", Place{Name: "West Bank", Kind: Region}, true},
		{"region beats city", "Gaza", Place{Name: "Gaza Strip", Kind: Region}, true},
		{"city", "Paris", Place{Name: "Paris", Kind: City, Country: "France", Population: 1, Capital: true}, true},
		{"most populous city", "Tripoli", Place{Name: "Tripoli", Kind: City, Country: "Libya", Population: 1, Capital: true}, true},
		{"city over same-name subdivision", "Baghdad", Place{Name: "Baghdad", Kind: City, Country: "Iraq", Population: 1, Capital: true}, true},
		{"capital city", "Kabul", Place{Name: "Kabul", Kind: City, Country: "Afghanistan", Population: 1, Capital: true}, true},
		{"transliteration variant", "Kiev", Place{Name: "Kyiv", Kind: City, Country: "Ukraine", Population: 1, Capital: true}, true},
		{"old name", "Bombay", Place{Name: "Mumbai", Kind: City, Country: "India", Population: 1}, true},
		{"plain canonical name", "São Paulo", Place{Name: "Sao Paulo", Kind: City, Country: "Brazil", Population: 1}, true},
		{"city preferred to state by hand", "Washington", Place{Name: "Washington", Kind: City, Country: "United States", Population: 1, Capital: true}, true},
		{"capital before a subdivision abroad", "Sucre", Place{Name: "Sucre", Kind: City, Country: "Bolivia", Population: 1, Capital: true}, true},
		{"a seat of government is read as a capital", "La Paz", Place{Name: "La Paz", Kind: City, Country: "Bolivia", Population: 1, Capital: true}, true},
		{"a region's official name", "Xizang", Place{Name: "Tibet", Kind: Region, Population: 1}, true},
		{"a river named bare", "Euphrates", Place{Name: "Euphrates", Kind: Region, Population: 1}, true},
		{"a river named with its kind", "Nile River", Place{Name: "Nile", Kind: Region, Population: 1}, true},
		{"a state named for a river stays the state", "River Nile", Place{Name: "An Nil", Kind: Subdivision, Country: "Sudan", Population: 1}, true},
		{"a province newer than the ISO data", "Ituri", Place{Name: "Ituri", Kind: Subdivision, Country: "DR Congo", Population: 1}, true},
		{"a state of South Sudan is no longer Sudan's", "Jonglei", Place{Name: "Jonglei", Kind: Subdivision, Country: "South Sudan", Population: 1}, true},
		{"big city before a small capital abroad", "Hamilton", Place{Name: "Hamilton", Kind: City, Country: "Canada", Population: 1}, true},
		{"small city added by hand", "Davos", Place{Name: "Davos", Kind: City, Country: "Switzerland", Population: 1}, true},
		{"renamed city", "Deraa", Place{Name: "Daraa", Kind: City, Country: "Syria", Population: 1}, true},
		{"smaller city preferred by hand", "Bethlehem", Place{Name: "Bethlehem", Kind: City, Country: "Palestine", Population: 1}, true},
		{"variant beats smaller city's own name", "Odessa", Place{Name: "Odesa", Kind: City, Country: "Ukraine", Population: 1}, true},
		{"subdivision named like a person dropped", "Paul", Place{}, false},
		{"city named like a frequent given name dropped", "David", Place{}, false},
		{"city named like a frequent surname dropped", "Moore", Place{}, false},
		{"big city named like a surname kept", "Houston", Place{Name: "Houston", Kind: City, Country: "United States", Population: 1}, true},
		{"city kept by hand", "Florence", Place{Name: "Florence", Kind: City, Country: "Italy", Population: 1}, true},
		{"possessive", "Russia's", Place{Name: "Russia", Kind: Country}, true},
		{"abbreviation after the", "the U.S.", Place{Name: "United States", Kind: Country}, true},
		{"possessive curly", "Britain’s", Place{Name: "United Kingdom", Kind: Country}, true},
		{"possessive code", "U.S.'s", Place{Name: "United States", Kind: Country}, true},
		{"St for Saint", "St Petersburg", Place{Name: "Saint Petersburg", Kind: City, Country: "Russia", Population: 1}, true},
		{"Oblast renamed in English", "Donetsk Oblast", Place{Name: "Donetsk Oblast", Kind: Subdivision, Country: "Ukraine"}, true},
		{"city over same-name oblast", "Donetsk", Place{Name: "Donetsk", Kind: City, Country: "Ukraine", Population: 1}, true},
		{"unknown", "Qwxzyville", Place{}, false},
		{"empty", "", Place{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := LookupPlace(tt.in)
			if ok != tt.ok {
				t.Fatalf("LookupPlace(%q) ok = %v, want %v (got %+v)", tt.in, ok, tt.ok, got)
			}
			if (got.Population > 0) != (tt.want.Population > 0) && tt.want.Kind == City {
				t.Errorf("LookupPlace(%q).Population = %d, want it known", tt.in, got.Population)
			}
			if diff := cmp.Diff(got, tt.want, cmpopts.IgnoreFields(Place{}, "Population")); diff != "" {
				t.Errorf("LookupPlace(%q) mismatch (-got +want):\n%s", tt.in, diff)
			}
		})
	}
}

func TestDemonym(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"Ukrainian", "Ukraine", true},
		{"Ukrainians", "Ukraine", true},
		{"Iraqi", "Iraq", true},
		{"Iraqis", "Iraq", true},
		{"Czechs", "Czechia", true}, // an irregular plural the -ch rule leaves out
		{"British", "United Kingdom", true},
		{"Briton", "United Kingdom", true},
		{"Britons", "United Kingdom", true},
		{"French", "France", true},
		{"Frenchmen", "France", true},
		{"Dutch", "Netherlands", true},
		{"Filipino", "Philippines", true},
		{"Filipinos", "Philippines", true},
		{"Somali", "Somalia", true},
		{"Palestinian", "Palestine", true},
		{"Palestinians", "Palestine", true},
		{"Israeli", "Israel", true},
		{"American", "United States", true},
		{"european", "Europe", true},
		{"African", "Africa", true},
		{"Latin American", "Latin America", true},
		{"Latin Americans", "Latin America", true},
		{"North Korean", "North Korea", true},
		{"Swiss", "Switzerland", true},
		{"Bangladeshi", "Bangladesh", true},
		{"Germans", "Germany", true},
		{"Englishmen", "United Kingdom", true},
		{"Frenches", "", false},
		{"Germen", "", false},
		{"Englishmens", "", false},
		{"Russia", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := Demonym(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("Demonym(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

// TestCapitalsResolveHome checks the ambiguity rules on real data: the
// capital of every country of a million people or more (from the GeoNames
// input) must resolve to a place in that country, or to the country itself
// for city states.
func TestCapitalsResolveHome(t *testing.T) {
	raw, err := os.ReadFile("data/country_geonames.tsv")
	if err != nil {
		t.Fatal(err)
	}
	countries := map[string]string{}
	rows, err := os.ReadFile("data/countries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(rows), "\n") {
		if f := strings.Split(l, "\t"); len(f) > 2 && !strings.HasPrefix(l, "#") {
			countries[f[0]] = f[2]
		}
	}
	for _, l := range strings.Split(string(raw), "\n") {
		f := strings.Split(l, "\t")
		if len(f) != 3 || strings.HasPrefix(l, "#") || f[2] == "" {
			continue
		}
		if pop, _ := strconv.Atoi(f[1]); pop < 1000000 || countries[f[0]] == "" {
			continue
		}
		t.Run(f[2], func(t *testing.T) {
			c, ok := LookupPlace(countries[f[0]])
			if !ok {
				t.Fatalf("LookupPlace(%q) found nothing", countries[f[0]])
			}
			got, ok := LookupPlace(f[2])
			if !ok || got.Country != c.Name && got.Name != c.Name {
				t.Errorf("LookupPlace(%q) = %+v, %v; want a place in %s", f[2], got, ok, c.Name)
			}
		})
	}
}

// TestCountriesAndRegionsFindThemselves checks that no other place takes a
// country's or region's own name.
func TestCountriesAndRegionsFindThemselves(t *testing.T) {
	n := 0
	for _, p := range get().places {
		if p.Kind != Country && p.Kind != Region {
			continue
		}
		n++
		got, ok := LookupPlace(p.Name)
		if !ok || got != p {
			t.Errorf("LookupPlace(%q) = %+v, %v; want %+v", p.Name, got, ok, p)
		}
	}
	if n < 250 {
		t.Errorf("only %d countries and regions", n)
	}
}

// TestDemonymsNamePlaces checks every demonym leads to a place LookupPlace
// knows as a country or region, so the extractor can follow it.
func TestDemonymsNamePlaces(t *testing.T) {
	for k, v := range get().demonyms {
		p, ok := LookupPlace(v)
		if !ok || p.Name != v || p.Kind != Country && p.Kind != Region {
			t.Errorf("demonym %q -> %q, which LookupPlace gives as %+v, %v", k, v, p, ok)
		}
	}
}

func TestLookupOrg(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Org
		ok   bool
	}{
		{"acronym", "NATO", Org{Name: "North Atlantic Treaty Organization", Acronym: "NATO"}, true},
		{"acronym written as a word", "Nato", Org{Name: "North Atlantic Treaty Organization", Acronym: "NATO"}, true},
		{"acronym with periods", "U.N.", Org{Name: "United Nations", Acronym: "UN"}, true},
		{"acronym that is a word", "WHO", Org{Name: "World Health Organization", Acronym: "WHO"}, true},
		{"word that is an acronym", "who", Org{}, false},
		{"full name", "International Monetary Fund", Org{Name: "International Monetary Fund", Acronym: "IMF"}, true},
		{"a gang coalition whose first word is a given name", "Viv Ansanm", Org{Name: "Viv Ansanm"}, true},
		{"a newspaper named by a common word", "Dawn", Org{Name: "Dawn"}, true},
		{"no acronym", "World Bank", Org{Name: "World Bank"}, true},
		{"alias", "Red Cross", Org{Name: "International Committee of the Red Cross", Acronym: "ICRC"}, true},
		{"news agency", "Reuters", Org{Name: "Reuters"}, true},
		{"news agency acronym", "AFP", Org{Name: "Agence France-Presse", Acronym: "AFP"}, true},
		{"seat of government", "the Kremlin", Org{Name: "Kremlin"}, true},
		{"seat of government with diacritics", "Élysée", Org{Name: "Elysee"}, true},
		{"seat of government two words", "White House", Org{Name: "White House"}, true},
		{"mixed-case acronym", "AfD", Org{Name: "Alternative for Germany", Acronym: "AfD"}, true},
		{"possessive", "NATO's", Org{Name: "North Atlantic Treaty Organization", Acronym: "NATO"}, true},
		{"ezafe romanised -e-", "Tehrik-e-Taliban Pakistan", Org{Name: "Tehrik-i-Taliban Pakistan", Acronym: "TTP"}, true},
		{"acronym of another language's name", "AES", Org{Name: "Alliance of Sahel States", Acronym: "AES"}, true},
		{"initials with periods open a name", "U.N. Security Council", Org{Name: "UN Security Council", Acronym: "UNSC"}, true},
		{"a UN agency after U.N., spelled the American way", "U.N. World Food Program", Org{Name: "World Food Programme", Acronym: "WFP"}, true},
		{"initials with periods before no known name", "U.S. Widgets Council", Org{}, false},
		{"unknown", "Acme Widgets", Org{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := LookupOrg(tt.in)
			if ok != tt.ok {
				t.Fatalf("LookupOrg(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			}
			got.Aliases = nil // TestOrgAliases covers them
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("LookupOrg(%q) mismatch (-got +want):\n%s", tt.in, diff)
			}
		})
	}
}

// TestOrgAliases checks that an organization keeps its other names as
// written, for the entity's aliases.
func TestOrgAliases(t *testing.T) {
	got, ok := LookupOrg("FARDC")
	if !ok || !slices.Contains(got.Aliases, "Armed Forces of the Democratic Republic of Congo") || !slices.Contains(got.Aliases, "Congolese army") {
		t.Errorf("LookupOrg(FARDC) = %+v, want its aliases as written", got)
	}
	if got, _ := LookupOrg("International Monetary Fund"); len(got.Aliases) != 0 {
		t.Errorf("IMF aliases = %q, want none", got.Aliases)
	}
}

func TestLookupTitle(t *testing.T) {
	tests := []struct {
		in   string
		want Title
		ok   bool
	}{
		{"Mr", Title{Word: "Mr", Honorific: true}, true},
		{"Mr.", Title{Word: "Mr", Honorific: true}, true},
		{"mrs.", Title{Word: "Mrs", Honorific: true}, true},
		{"Dr.", Title{Word: "Dr", Honorific: true, Role: "Doctor"}, true},
		{"Gen.", Title{Word: "Gen", Role: "General"}, true},
		{"President", Title{Word: "President", Role: "President"}, true},
		{"PRESIDENT", Title{Word: "President", Role: "President"}, true},
		{"Prime", Title{Word: "Prime", Role: "Prime"}, true},
		{"Sen.", Title{Word: "Sen", Role: "Senator"}, true},
		{"Ayatollah", Title{Word: "Ayatollah", Role: "Ayatollah"}, true},
		{"Secretary-General", Title{Word: "Secretary-General", Role: "Secretary-General"}, true},
		{"Lt. Gen.", Title{Word: "Lt Gen", Role: "Lieutenant General"}, true},
		{"Prime Minister", Title{Word: "Prime Minister", Role: "Prime Minister"}, true},
		{"Table", Title{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := LookupTitle(tt.in)
			if ok != tt.ok {
				t.Fatalf("LookupTitle(%q) ok = %v, want %v", tt.in, ok, tt.ok)
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("LookupTitle(%q) mismatch (-got +want):\n%s", tt.in, diff)
			}
		})
	}
}

func TestWordSets(t *testing.T) {
	tests := []struct {
		name string
		fn   func(string) bool
		in   string
		want bool
	}{
		{"given English", IsGivenName, "John", true},
		{"given Slavic", IsGivenName, "Volodymyr", true},
		{"given Arabic", IsGivenName, "Mohammed", true},
		{"given lower case", IsGivenName, "emmanuel", true},
		{"given not", IsGivenName, "Table", false},
		{"given that is a frequent word and a rare name", IsGivenName, "In", false},
		{"given that is a word and a foreign name", IsGivenName, "Can", false},
		{"given that is a word and a common name", IsGivenName, "Will", true},
		{"surname census", IsSurname, "Johnson", true},
		{"surname world", IsSurname, "Lavrov", true},
		{"surname with particle", IsSurname, "al-Assad", true},
		{"surname Ukrainian romanized", IsSurname, "Kovalenko", true},
		{"surname Russian romanized", IsSurname, "Smirnov", true},
		{"surname Nigerian", IsSurname, "Adeyemi", true},
		{"surname Indian", IsSurname, "Agarwal", true},
		{"given Indian", IsGivenName, "Aadhya", true},
		{"surname not", IsSurname, "However", false},
		{"common word", IsCommonWord, "however", true},
		{"common word plural", IsCommonWord, "officials", true},
		{"common word capitalized", IsCommonWord, "However", true},
		{"country name not common", IsCommonWord, "china", false},
		{"demonym not common", IsCommonWord, "polish", false},
		{"not a word", IsCommonWord, "qwxzy", false},
		{"weekday", IsCommonWord, "Monday", true},
		{"org head", IsOrgHead, "ministry", true},
		{"org head capitalized", IsOrgHead, "Council", true},
		{"org head not", IsOrgHead, "said", false},
		{"org suffix", IsOrgSuffix, "Inc.", true},
		{"org suffix GmbH", IsOrgSuffix, "GmbH", true},
		{"org suffix with periods", IsOrgSuffix, "S.A.", true},
		{"org suffix PLC with periods", IsOrgSuffix, "P.L.C.", true},
		{"org suffix not", IsOrgSuffix, "Street", false},
		{"event head", IsEventHead, "summit", true},
		{"event head plural", IsEventHead, "Elections", true},
		{"event head not", IsEventHead, "ministry", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.fn(tt.in); got != tt.want {
				t.Errorf("(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestAppendKeyMatchesFoldName holds appendKey to kg.FoldName, which the
// generator keys the tables with.
func TestAppendKeyMatchesFoldName(t *testing.T) {
	for _, s := range []string{
		"", "Russia", "U.S.", "Côte d'Ivoire", "Cote d’Ivoire", "ÀÉÎÕÜ ßæøł", "São Paulo",
		"Rafaḩ", "Москва", "北京", "  lots   of\tspace ", "al-Assad", "İzmir", "the Hague",
		"The", "the ", "KELVIN\u212a", "e\u0301", "Ǆemal", "Đoković", "Ω ohm", "123 Main St.",
	} {
		t.Run(s, func(t *testing.T) {
			got := string(appendKey(nil, s))
			if got != build.Key(s) {
				t.Errorf("appendKey(%q) = %q, want build.Key %q", s, got, build.Key(s))
			}
		})
	}
}

func FuzzAppendKey(f *testing.F) {
	for _, s := range []string{"Côte d'Ivoire", "U.S.", "the Netherlands", "Rafaḩ", "İ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := string(appendKey(nil, s)), build.Key(s); got != want {
			t.Errorf("appendKey(%q) = %q, want %q", s, got, want)
		}
		if k := string(appendKey(nil, s)); k != "" && kg.FoldName(s) != k && "the "+k != kg.FoldName(s) {
			t.Errorf("appendKey(%q) = %q is not kg.FoldName %q less a leading the", s, k, kg.FoldName(s))
		}
	})
}

// TestTablesUpToDate rebuilds the tables from data/ and compares them with
// the embedded ones: run `go generate ./ingest/gazetteer` after editing data.
func TestTablesUpToDate(t *testing.T) {
	files, err := build.Build(os.DirFS("data"))
	if err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir("tables")
	if err != nil {
		t.Fatal(err)
	}
	var gotNames, wantNames []string
	for _, e := range entries {
		gotNames = append(gotNames, e.Name())
	}
	for _, f := range files {
		wantNames = append(wantNames, f.Name)
		got, err := os.ReadFile(filepath.Join("tables", f.Name))
		if err != nil {
			continue
		}
		if !bytes.Equal(got, f.Data) {
			t.Errorf("tables/%s is stale: run go generate ./ingest/gazetteer", f.Name)
		}
	}
	if diff := cmp.Diff(gotNames, wantNames); diff != "" {
		t.Errorf("tables on disk differ from generated (-got +want):\n%s", diff)
	}
}

func TestLookupsDoNotAllocate(t *testing.T) {
	get()
	tests := []struct {
		name string
		fn   func()
	}{
		{"LookupPlace", func() { LookupPlace("Côte d'Ivoire") }},
		{"LookupPlace code", func() { LookupPlace("U.S.") }},
		{"LookupOrg", func() { LookupOrg("NATO") }},
		{"LookupOrg possessive miss", func() { LookupOrg("Acme Widgets's") }},
		{"Demonym", func() { Demonym("Ukrainians") }},
		{"LookupTitle", func() { LookupTitle("Gen.") }},
		{"IsCommonWord", func() { IsCommonWord("However") }},
		{"IsGivenName", func() { IsGivenName("Volodymyr") }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := testing.AllocsPerRun(100, tt.fn); got != 0 {
				t.Errorf("allocations = %v, want 0", got)
			}
		})
	}
}

var sink bool

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := parse(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWord is what the extractor pays per token for the usual checks.
func BenchmarkWord(b *testing.B) {
	words := []string{"However", "President", "Emmanuel", "Macron", "said", "the", "Elysee", "would", "meet", "German", "officials", "in", "Hamburg", "on", "Tuesday", "U.S.", "NATO"}
	get()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		w := words[i%len(words)]
		_, p := LookupPlace(w)
		_, o := LookupOrg(w)
		_, d := Demonym(w)
		_, t := LookupTitle(w)
		sink = p || o || d || t || IsCommonWord(w) || IsGivenName(w) || IsSurname(w)
	}
}

func BenchmarkLookupPlace(b *testing.B) {
	get()
	for b.Loop() {
		LookupPlace("Côte d'Ivoire")
	}
}

func TestDemonymFor(t *testing.T) {
	tests := []struct{ country, want string }{
		{"Brazil", "Brazilian"},
		{"Netherlands", "Dutch"},
		{"United Kingdom", "British"},
		{"United States", "American"},
		{"South Africa", "South African"},
		{"New Zealand", "New Zealand"}, // "Kiwi" is a nickname, "New Zealander" a person
		{"Thailand", "Thai"},
		{"Somalia", "Somali"},           // not "Somalian": the shorter of two adjectives
		{"Saudi Arabia", "Saudi"},       // not "Saudi Arabian"
		{"South Korea", "South Korean"}, // not "Korean", which the North shares
		{"South Sudan", "South Sudanese"},
		{"Serbia", "Serbian"}, // not "Serb", a person
		{"Afghanistan", "Afghan"},
		{"Germany", "German"},         // an adjective, not a person like "Dutchman"
		{"Philippines", "Philippine"}, // the form of the country's name, not "Filipina"
		{"Myanmar", "Burmese"},
		{"United Arab Emirates", "Emirati"}, // the npm list's "Emirian" is dropped by hand
	}
	for _, tt := range tests {
		got, ok := DemonymFor(tt.country)
		if !ok || got != tt.want {
			t.Errorf("DemonymFor(%q) = %q, %v; want %q", tt.country, got, ok, tt.want)
		}
		if got == tt.country {
			continue // the name itself is the adjective
		}
		if c, ok := Demonym(got); !ok || c != tt.country {
			t.Errorf("Demonym(%q) = %q, %v; want %q", got, c, ok, tt.country)
		}
	}
	if _, ok := DemonymFor("Atlantis"); ok {
		t.Error("DemonymFor(Atlantis): want no adjective")
	}
}

func TestSex(t *testing.T) {
	tests := []struct {
		name string
		want byte
		ok   bool
	}{
		{"Ana", 'F', true}, {"Rui", 'M', true}, {"Julia", 'F', true}, {"Mohamed", 'M', true}, {"Taylor", 0, false}, {"Qwxzy", 0, false},
	}
	for _, tt := range tests {
		got, ok := Sex(tt.name)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Sex(%q) = %q, %v; want %q, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestOwnPlaceName(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"Kiev", true},   // a hand-written alias of Kyiv
		{"Bombay", true}, // of Mumbai
		{"Kief", false},  // a name list's spelling of Kyiv
		{"Kyiv", false},  // the canonical name itself
		{"Tarvok", false},
	}
	for _, tt := range tests {
		if got := OwnPlaceName(tt.name); got != tt.want {
			t.Errorf("OwnPlaceName(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
