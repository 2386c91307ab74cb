package synth

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"
)

// gen writes one article. The cast is chosen first (two countries in
// conflict, a mediator, their people, cities and organizations), then
// sentences are drawn until the body reaches its target length.
type gen struct {
	seed uint64
	r    *rand.Rand
	seen map[personKey]bool // people already named in this article
	used map[string]bool    // background lines already written

	date      time.Time
	a, b, c   int // attacker, attacked, mediator (country indexes)
	leaderA   person
	leaderB   person
	mediator  person
	general   person
	others    []person
	group     string // armed group: "the Taloran Brigade"
	cityB     string // the city attacked
	cityOther string // where the talks are
}

func (g *gen) article(i int) Article {
	g.date = firstDate.AddDate(0, 0, g.r.IntN(730))
	g.castCountries()
	g.cityB = pick(g.r, countries[g.b].Cities)
	g.cityOther = pick(g.r, countries[g.c].Cities)
	g.leaderA = g.person(g.a, g.r.IntN(5))
	g.leaderB = g.person(g.b, g.r.IntN(5))
	g.mediator = g.person(g.c, g.r.IntN(5))
	g.general = g.person(g.a, 5+g.r.IntN(7))
	z := rand.NewZipf(g.r, 1.1, 4, peoplePerCountry-13)
	for range 3 + g.r.IntN(4) {
		c := []int{g.a, g.b, g.c}[g.r.IntN(3)]
		g.others = append(g.others, g.person(c, 12+int(z.Uint64())))
	}
	g.group = "the " + syllableWord(mix(g.seed, 6, uint64(g.r.IntN(400)))) + " " + pick(g.r, armedGroups)

	target := MinWords + g.r.IntN(MaxWords-MinWords-40)
	var paras []string
	words := 0
	add := func(p string) bool {
		n := len(strings.Fields(p))
		if words+n > MaxWords {
			return false
		}
		paras = append(paras, p)
		words += n
		return true
	}
	var title string
	if g.r.IntN(3) > 0 {
		title = g.attackTitle()
		add(g.attack())
	} else {
		title = g.meetingTitle()
		add(g.meeting())
	}
	// Every article carries quotes, a meeting and an attack; the rest is
	// drawn at random until the body is long enough.
	kinds := []func() string{g.quote, g.meeting, g.attack, g.quote}
	for words < target {
		var p string
		if len(kinds) > 0 {
			p, kinds = kinds[0](), kinds[1:]
		} else {
			switch k := g.r.IntN(10); {
			case k < 4:
				p = g.quote()
			case k < 5:
				p = g.meeting()
			case k < 6:
				p = g.attack()
			default:
				p = g.background()
			}
		}
		if g.r.IntN(3) == 0 && words+40 < target {
			p += " " + g.background()
		}
		if !add(p) {
			// Too long for what is left: close with a short line.
			if !add(g.background()) {
				break
			}
		}
	}
	return Article{
		Name:  fmt.Sprintf("synth-%06d", i),
		Date:  g.date,
		Title: title,
		Text:  strings.Join(paras, "\n\n"),
	}
}

// castCountries picks the attacker, the attacked and a mediator. A few
// countries are in the news far more than the rest.
func (g *gen) castCountries() {
	order := make([]int, len(countries))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(i, j int) bool {
		return mix(g.seed, 5, uint64(order[i])) < mix(g.seed, 5, uint64(order[j]))
	})
	z := rand.NewZipf(g.r, 1.2, 3, uint64(len(countries)-1))
	g.a = order[z.Uint64()]
	for g.b = g.a; g.b == g.a; {
		g.b = order[z.Uint64()]
	}
	for g.c = g.a; g.c == g.a || g.c == g.b; {
		g.c = order[g.r.IntN(len(order))]
	}
}

func (g *gen) person(c, slot int) person { return personAt(g.seed, c, slot) }

// name writes a mention of p: the title and full name the first time, then
// "Mr Surname", "Gen. Surname", the bare surname or the full name again.
func (g *gen) name(p person) string {
	if !g.seen[p.key] {
		g.seen[p.key] = true
		return p.title + " " + p.full()
	}
	switch g.r.IntN(4) {
	case 0, 1:
		return p.honorific() + " " + p.surname
	case 2:
		return p.surname
	}
	return p.full()
}

func (g *gen) anyPerson() person {
	all := append([]person{g.leaderA, g.leaderB, g.mediator, g.general}, g.others...)
	return pick(g.r, all)
}

// pair returns two different people for a meeting.
func (g *gen) pair() (person, person) {
	switch g.r.IntN(4) {
	case 0:
		return g.leaderA, g.leaderB
	case 1:
		return g.mediator, g.leaderB
	case 2:
		return g.leaderA, g.mediator
	}
	p := g.anyPerson()
	q := g.anyPerson()
	if p.key == q.key {
		q = g.mediator
		if p.key == q.key {
			q = g.leaderB
		}
	}
	return p, q
}

func (g *gen) org(c int) string {
	co := countries[c]
	switch g.r.IntN(4) {
	case 0:
		return "the " + co.Adj + " " + pick(g.r, ministries)
	case 1:
		return "the " + pick(g.r, co.Cities) + " " + pick(g.r, cityBodies)
	}
	return "the " + co.Adj + " " + pick(g.r, countryBodies)
}

// Dates relative to the article's date.

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

func (g *gen) pastWhen() string {
	switch g.r.IntN(7) {
	case 0, 1, 2:
		d := g.date.AddDate(0, 0, -1-g.r.IntN(6))
		return "on " + d.Weekday().String()
	case 3:
		return "yesterday"
	case 4:
		return "last week"
	case 5:
		d := g.date.AddDate(0, 0, -7-g.r.IntN(50))
		return fmt.Sprintf("on %d %s", d.Day(), months[d.Month()-1])
	}
	d := g.date.AddDate(0, 0, -g.r.IntN(30))
	return fmt.Sprintf("on %s %d, %d", months[d.Month()-1], d.Day(), d.Year())
}

func (g *gen) futureWhen() string {
	switch g.r.IntN(5) {
	case 0, 1:
		return "next " + g.date.AddDate(0, 0, 7+g.r.IntN(7)).Weekday().String()
	case 2:
		return "later this month"
	case 3:
		d := g.date.AddDate(0, 0, 7+g.r.IntN(40))
		return fmt.Sprintf("on %d %s", d.Day(), months[d.Month()-1])
	}
	return "on " + g.date.AddDate(0, 0, 1+g.r.IntN(6)).Weekday().String()
}

// Titles.

func (g *gen) attackTitle() string {
	a, b := countries[g.a], countries[g.b]
	return pick(g.r, []string{
		a.Adj + " forces strike " + g.cityB + " as talks stall",
		a.Name + " shells " + g.cityB + ", officials report casualties",
		"Fighting intensifies around " + g.cityB,
		b.Name + " accuses " + a.Name + " of attack on " + g.cityB,
		"Dozens killed in strikes on " + g.cityB,
	})
}

func (g *gen) meetingTitle() string {
	return pick(g.r, []string{
		g.leaderA.surname + " and " + g.leaderB.surname + " to hold talks in " + g.cityOther,
		"Leaders meet in " + g.cityOther + " amid " + countries[g.a].Adj + " offensive",
		countries[g.c].Name + " offers to mediate between " + countries[g.a].Name + " and " + countries[g.b].Name,
		"Talks on " + g.cityB + " ceasefire falter",
	})
}

// Attacks: active and passive voice, countries, armies, armed groups.

func (g *gen) attack() string {
	a, b := countries[g.a], countries[g.b]
	city := g.cityB
	if g.r.IntN(3) == 0 {
		city = pick(g.r, b.Cities)
	}
	when := g.pastWhen()
	n := 2 + g.r.IntN(60)
	s := pick(g.r, []string{
		fmt.Sprintf("%s forces struck %s %s, killing at least %d people.", a.Name, city, when, n),
		fmt.Sprintf("%s troops shelled %s %s.", a.Adj, city, when),
		fmt.Sprintf("%s was shelled by %s forces %s, local officials said.", city, a.Adj, when),
		fmt.Sprintf("%s was hit by %s missiles %s, and %d people were wounded.", city, a.Adj, when, n),
		fmt.Sprintf("The %s Army attacked positions near %s %s.", a.Adj, city, when),
		fmt.Sprintf("%s launched air strikes on %s %s.", a.Name, city, when),
		fmt.Sprintf("A convoy near %s was attacked by %s %s.", city, g.group, when),
		fmt.Sprintf("Fighters from %s attacked a police station in %s %s.", g.group, city, when),
		fmt.Sprintf("%s bombed %s %s, destroying a bridge and a power station.", a.Name, b.Name, when),
		fmt.Sprintf("%s was bombarded by the %s Air Force %s.", city, a.Adj, when),
	})
	return capFirst(s)
}

// Meetings that happened, are planned, were offered or refused.

func (g *gen) meeting() string {
	p, q := g.pair()
	np := g.name(p)
	nq := g.name(q)
	city := g.cityOther
	s := pick(g.r, []string{
		// happened
		fmt.Sprintf("%s met %s in %s %s.", np, nq, city, g.pastWhen()),
		fmt.Sprintf("%s met with %s on the sidelines of a summit in %s %s.", np, nq, city, g.pastWhen()),
		fmt.Sprintf("%s and %s met in %s %s to discuss a ceasefire.", np, nq, city, g.pastWhen()),
		fmt.Sprintf("%s held talks with %s in %s %s.", np, nq, city, g.pastWhen()),
		// planned
		fmt.Sprintf("%s will meet %s in %s %s.", np, nq, city, g.futureWhen()),
		fmt.Sprintf("%s is expected to meet %s %s.", np, nq, g.futureWhen()),
		fmt.Sprintf("%s is due to meet %s in %s %s.", np, nq, city, g.futureWhen()),
		// proposed
		fmt.Sprintf("%s offered to meet %s in %s.", np, nq, city),
		fmt.Sprintf("%s proposed a meeting with %s %s.", np, nq, g.futureWhen()),
		// denied
		fmt.Sprintf("%s refused to meet %s during %s visit to %s.", np, nq, p.his(), city),
		fmt.Sprintf("%s declined to meet %s %s.", np, nq, g.pastWhen()),
	})
	return capFirst(s)
}

// Quotes in every common form.

var quoteLines = []string{
	"We will defend every inch of {A}",
	"The attack on {city} was a crime against civilians",
	"Our forces acted in self-defence",
	"There can be no talks while {city} is under fire",
	"We are ready to negotiate without preconditions",
	"The people of {city} deserve peace and not more bombs",
	"This is a dangerous escalation and the world must respond",
	"We have made progress, but much remains to be done",
	"{A} will respond at a time of its own choosing",
	"Humanitarian corridors must be opened immediately",
	"Nobody wants a wider war in the region",
	"The sanctions have failed and everyone knows it",
	"We expect concrete steps from {B} before the next round",
	"Every family in {city} has lost someone",
	"Our patience is not unlimited",
	"The ceasefire was broken within hours",
	"We will not accept a settlement imposed from outside",
	"The talks were frank and constructive",
}

var thatClauses = []string{
	"{A} would not withdraw its troops from {city}",
	"the talks in {talks} had been productive",
	"{group} was preparing a new offensive",
	"civilians in {city} were running out of water",
	"the border crossing near {city} would reopen within days",
	"at least {n} soldiers had been captured",
	"{C} was willing to host a second round of talks",
	"reports of a ceasefire were premature",
	"the government had asked for emergency aid",
	"new sanctions against {A} were being discussed",
}

func (g *gen) fill(tmpl string) string {
	return strings.NewReplacer(
		"{A}", countries[g.a].Name,
		"{B}", countries[g.b].Name,
		"{C}", countries[g.c].Name,
		"{city}", g.cityB,
		"{talks}", g.cityOther,
		"{group}", g.group,
		"{n}", fmt.Sprint(3+g.r.IntN(200)),
	).Replace(tmpl)
}

func (g *gen) quoteText() string { return g.fill(pick(g.r, quoteLines)) }

func (g *gen) clause() string { return g.fill(pick(g.r, thatClauses)) }

func (g *gen) quote() string {
	p := g.anyPerson()
	n := g.name(p)
	q := g.quoteText()
	var s string
	switch g.r.IntN(11) {
	case 9:
		s = fmt.Sprintf("%s, according to a statement from %s.", g.clause(), g.org(g.a))
	case 10:
		s = fmt.Sprintf("%q said a spokesman for %s.", q+",", g.org(g.b))
	case 0:
		s = fmt.Sprintf("%q %s said.", q+",", n)
	case 1:
		s = fmt.Sprintf("%q said %s.", q+",", n)
	case 2:
		s = fmt.Sprintf("%q %s told reporters in %s.", q+",", n, g.cityOther)
	case 3:
		s = fmt.Sprintf("%s said that %s.", n, g.clause())
	case 4:
		s = fmt.Sprintf("According to %s, %s.", n, g.clause())
	case 5:
		s = capFirst(fmt.Sprintf("%s, according to %s.", g.clause(), n))
	case 6:
		// split quote
		s = fmt.Sprintf("%q %s said. %q", q+",", n, g.quoteText()+".")
	case 7:
		q2 := g.quoteText()
		s = fmt.Sprintf("%q %s said, %q", q+",", n, strings.ToLower(q2[:1])+q2[1:]+".")
	default:
		s = fmt.Sprintf("%s said: %q", n, q+".")
	}
	// %q would escape non-ASCII, but the pools are ASCII: it only adds the
	// quotation marks.
	return capFirst(s)
}

// Background: sentences with places and organizations but no relation.

func (g *gen) background() string {
	for range 3 {
		s := g.backgroundLine()
		if !g.used[s] {
			g.used[s] = true
			return s
		}
	}
	return fmt.Sprintf("Officials said %d00 people had been evacuated from %s.", 1+g.r.IntN(90), pick(g.r, countries[g.b].Cities))
}

func (g *gen) backgroundLine() string {
	a, b := countries[g.a], countries[g.b]
	return capFirst(pick(g.r, []string{
		fmt.Sprintf("The conflict has displaced more than %d,000 people since it began.", 2+g.r.IntN(900)),
		fmt.Sprintf("Aid agencies warned of shortages of food and fuel in %s.", g.cityB),
		fmt.Sprintf("%s has denied targeting civilian areas.", a.Name),
		fmt.Sprintf("Markets in %s reopened briefly, residents said.", pick(g.r, b.Cities)),
		"The two countries have been at odds over their shared border for decades.",
		fmt.Sprintf("%s said it was monitoring the situation closely.", capFirst(g.org(g.c))),
		fmt.Sprintf("Officials in %s did not respond to a request for comment.", pick(g.r, a.Cities)),
		"The figures could not be independently verified.",
		fmt.Sprintf("%s has called an emergency session for later this week.", capFirst(g.org(g.b))),
		fmt.Sprintf("Schools in %s have been closed since the fighting began.", g.cityB),
		fmt.Sprintf("Analysts say the offensive is aimed at cutting supply lines to %s.", pick(g.r, b.Cities)),
		fmt.Sprintf("Trade between %s and %s has fallen sharply this year.", a.Name, b.Name),
	}))
}
