package build

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPlain(t *testing.T) {
	tests := []struct{ in, want string }{
		{"São Paulo", "Sao Paulo"},
		{"Rafaḩ", "Rafah"},
		{"Khān Yūnis", "Khan Yunis"},
		{"Dar‘ā", "Dara"},
		{"Łódź", "Lodz"},
		{"Ærøskøbing", "Aeroskobing"},
		{"'s-Hertogenbosch", "'s-Hertogenbosch"},
		{"Москва", "Москва"}, // not Latin: unchanged
		{"Paris", "Paris"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Plain(tt.in); got != tt.want {
				t.Errorf("Plain(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCodeKey(t *testing.T) {
	tests := []struct {
		in   string
		want string
		ok   bool
	}{
		{"U.S.", "=US", true},
		{"USA", "=USA", true},
		{"OPEC+", "=OPEC+", true},
		{"G7", "=G7", true},
		{"Us", "", false},
		{"...", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := CodeKey(tt.in)
			if got != tt.want || ok != tt.ok {
				t.Errorf("CodeKey(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
			}
		})
	}
}

func TestPlural(t *testing.T) {
	tests := []struct{ in, want string }{
		{"iraqi", "iraqis"},
		{"german", "germans"},
		{"omani", "omanis"},
		{"frenchman", "frenchmen"},
		{"frenchwoman", "frenchwomen"},
		{"french", ""},
		{"swiss", ""},
		{"chinese", ""},
		{"icelandic", ""},
		{"malagasy", ""},
		{"englishmen", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := plural(tt.in); got != tt.want {
				t.Errorf("plural(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestRank(t *testing.T) {
	country := &place{name: "Georgia", kind: kindCountry}
	state := &place{name: "Georgia", kind: kindSubdivision, country: "United States"}
	govCity := &place{name: "Baghdad", kind: kindCity, country: "Iraq", pop: 7000000}
	gov := &place{name: "Baghdad", kind: kindSubdivision, country: "Iraq"}
	bigCity := &place{name: "Tripoli", kind: kindCity, country: "Libya", pop: 1000000}
	smallCity := &place{name: "Tripoli", kind: kindCity, country: "Lebanon", pop: 200000}
	capital := &place{name: "Sucre", kind: kindCity, country: "Bolivia", pop: 224000, capital: true}
	dept := &place{name: "Sucre", kind: kindSubdivision, country: "Colombia"}
	town := &place{name: "Sucre", kind: kindCity, country: "Colombia", pop: 23000}
	tinyCapital := &place{name: "Hamilton", kind: kindCity, country: "Bermuda", pop: 1000, capital: true}
	bigHamilton := &place{name: "Hamilton", kind: kindCity, country: "Canada", pop: 569000}
	own := &place{name: "Odessa", kind: kindCity, country: "United States", pop: 114000}
	variant := &place{name: "Odesa", kind: kindCity, country: "Ukraine", pop: 1000000}
	tests := []struct {
		name string
		in   []candidate
		want *place
	}{
		{"country before subdivision", []candidate{{p: state}, {p: country}}, country},
		{"city stands in for its own subdivision", []candidate{{p: gov}, {p: govCity}}, govCity},
		{"most populous city", []candidate{{p: smallCity}, {p: bigCity}}, bigCity},
		{"big capital before a subdivision abroad", []candidate{{p: dept}, {p: town}, {p: capital}}, capital},
		{"tiny capital ranks as a city", []candidate{{p: tinyCapital}, {p: bigHamilton}}, bigHamilton},
		{"own name before a variant", []candidate{{p: variant, alias: true}, {p: own}}, own},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			// Both input orders: the ranking must not depend on it.
			for _, in := range [][]candidate{tt.in, reversed(tt.in)} {
				got := rank(in)[0].p
				if diff := cmp.Diff(got.name+"/"+got.country, tt.want.name+"/"+tt.want.country); diff != "" {
					t.Errorf("rank winner mismatch (-got +want):\n%s", diff)
				}
			}
		})
	}
}

func reversed(cs []candidate) []candidate {
	out := make([]candidate, len(cs))
	for i, c := range cs {
		out[len(cs)-1-i] = c
	}
	return out
}
