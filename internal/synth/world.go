package synth

import (
	"math/rand/v2"
	"strings"
)

// peoplePerCountry is how many people each country has: slot 0 is its
// president, low slots are ministers and generals (the recurring hubs),
// high slots spokesmen, lawmakers and mayors who appear once or twice.
const peoplePerCountry = 2000

// personKey names a person of the world: the country and the slot.
type personKey struct{ country, slot int }

// person is a person as the articles write them.
type person struct {
	key      personKey
	given    string
	surname  string
	female   bool
	title    string // prefix before the full name at first mention: "Foreign Minister"
	short    string // prefix before the surname later: "Gen.", "President"; "" for Mr/Ms
	military bool
}

func (p person) full() string { return p.given + " " + p.surname }

func (p person) honorific() string {
	switch {
	case p.short != "":
		return p.short
	case p.female:
		return "Ms"
	}
	return "Mr"
}

func (p person) his() string {
	if p.female {
		return "her"
	}
	return "his"
}

// personAt returns the person of slot s in country c: a pure function of the
// seed.
func personAt(seed uint64, c, s int) person {
	h := mix(seed, 1, uint64(c), uint64(s))
	p := person{key: personKey{c, s}, female: h%3 == 0}
	h >>= 2
	if p.female {
		p.given = femaleNames[h%uint64(len(femaleNames))]
	} else {
		p.given = maleNames[h%uint64(len(maleNames))]
	}
	h = mix(seed, 2, uint64(c), uint64(s))
	p.surname = surnameOnsets[h%uint64(len(surnameOnsets))] +
		surnameMiddles[(h>>8)%uint64(len(surnameMiddles))] +
		surnameEndings[(h>>16)%uint64(len(surnameEndings))]
	co := countries[c]
	switch {
	case s == 0:
		p.title, p.short = "President", "President"
	case s == 1:
		p.title, p.short = "Prime Minister", "Prime Minister"
	case s == 2:
		p.title = "Foreign Minister"
	case s == 3:
		p.title = "Defence Minister"
	case s == 4:
		p.title = "Interior Minister"
	case s < 12:
		p.title, p.short, p.military = co.Adj+" army chief Gen.", "Gen.", true
	default:
		h = mix(seed, 3, uint64(c), uint64(s))
		switch h % 8 {
		case 0, 1:
			p.title, p.short, p.military = "Col.", "Col.", true
		case 2:
			p.title = "opposition leader"
		case 3:
			p.title = co.Adj + " lawmaker"
		case 4:
			p.title = "ministry spokesman"
			if p.female {
				p.title = "ministry spokeswoman"
			}
		case 5:
			p.title = "Ambassador"
			p.short = "Ambassador"
		case 6:
			p.title = "Mayor"
			p.short = "Mayor"
		default:
			p.title = "senior aide"
		}
	}
	return p
}

// syllableWord is a made-up proper name ("Taloran") for armed groups.
func syllableWord(h uint64) string {
	return surnameOnsets[h%uint64(len(surnameOnsets))] +
		surnameMiddles[(h>>8)%uint64(len(surnameMiddles))] +
		[]string{"an", "ia", "ar", "en", "ist"}[(h>>16)%5]
}

// pick returns a random element.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// capFirst upper-cases the first letter of a sentence.
func capFirst(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
