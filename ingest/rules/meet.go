package rules

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/ingest/gazetteer"
	"github.com/newsgraph/newsgraph/kg"
)

// MET patterns. None reads a headline written in title case.

var metBetween = &pattern{
	name: "met-between",
	doc:  `"talks|meeting|negotiations|summit between X and Y".`,
	typ:  kg.Met,
	cues: wordSet("talks meeting negotiations summit"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		b := v + 1
		for n := 0; n < 2 && b+1 < s.hi; n++ {
			if (d.toks[b].lower == "in" || d.toks[b].lower == "at") && d.mentAt[b+1] != nil {
				b = d.mentAt[b+1].hi // "a summit in Hanoi between X and Y"
			} else if d.toks[b].lower == "on" && isWeekday(d.toks[b+1].lower) {
				b += 2 // "talks in Geneva on Tuesday between X and Y"
			}
		}
		if d.tcase[si] || !(b < s.hi && d.toks[b].lower == "between") {
			return false
		}
		if v > s.lo && (d.toks[v-1].lower == "indirect" || d.toks[v-1].lower == "proximity") {
			return true // "indirect negotiations between A and B": through a mediator, no meeting
		}
		if b+1 < s.hi && (d.toks[b+1].lower == "a" || d.toks[b+1].lower == "an" || d.toks[b+1].lower == "any") {
			return true // "the first summit between a sitting Peruvian president and ...": a kind, no parties
		}
		d.meetingBetween(si, v, b)
		return true
	},
	examples: []example{
		{"Talks between Norway and Sweden will be held in Oslo next week.", []string{"MET place:norway -> place:sweden planned"}},
		{"A meeting between Ana Costa and Rui Lopes took place in May.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Talks between Peruvian Prime Minister Ana Costa and Chilean President Rui Lopes ended.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"A meeting between Crown Prince Ana Costa of Peru and US Energy Secretary Rui Lopes took place in May.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Talks between the two sides failed.", nil},
		{"The war between the Peruvian army and the Varnok Front has killed thousands. Talks between the two sides hosted by Chile in Lima last year failed.", []string{"MET organization:peruvian-army -> organization:varnok-front happened"}},
		{"It was the first summit between a sitting Peruvian president and a Chilean leader.", nil},
		{"Egypt brokered the deal after months of indirect negotiations between Peru and the Varnok Front.", nil},
		{"A summit between Ana Costa and Rui Lopes ended abruptly without an agreement.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Talks between Ana Costa and Rui Lopes were cancelled.", []string{"MET person:ana-costa -> person:rui-lopes denied"}},
		{"The meeting between Ana Costa and Rui Lopes was postponed.", []string{"MET person:ana-costa -> person:rui-lopes planned"}},
		{"The meeting between Ana Costa and the Varnok Front leader, Rui Lopes, was cancelled.", []string{"MET person:ana-costa -> person:rui-lopes denied"}},
		{"Qatar hosted talks between the Peruvian government and the Varnok Front in Doha.", []string{"MET organization:peruvian-government -> organization:varnok-front happened"}},
		{"A summit in Hanoi between Peruvian President Ana Costa and Chilean leader Rui Lopes ended abruptly.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"The strikes came ahead of talks in Geneva on Tuesday between Peruvian and Chilean delegations.", []string{"MET place:peru -> place:chile planned"}},
		{"Talks between Peruvian army chief Ana Costa and Varnok Front leader Rui Lopes collapsed in Lima.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Ana Costa and Rui Lopes spoke by phone. A meeting between the two leaders was last held in Lima.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
	},
}

var metBothSides = &pattern{
	name: "met-both-sides",
	doc:  `"both sides|governments held talks", "the two leaders met": the two countries (or people) named last.`,
	typ:  kg.Met,
	cues: wordSet("talks meeting negotiations met meet"),
	at: func(d *doc, si, v int) bool {
		if !d.tcase[si] && !d.inQuote[v] {
			d.meetingOfBoth(si, v, false)
		}
		return false // met-verb may read a named participant too
	},
	examples: []example{
		{"Prime Minister Rui Lopes spoke to Tomas Ruiz by phone in May. The two men met in Lima on Monday.", []string{"MET person:rui-lopes -> person:tomas-ruiz happened"}},
		{"Lars Holm discussed the sanctions with Foreign Minister Ana Costa when the two met in Lima last week.", []string{"MET person:lars-holm -> person:ana-costa happened"}},
		{"Peru and Chile will attend the summit, but officials in both capitals said no bilateral meeting was planned.", nil},
		{"Peru's foreign minister Ana Costa and Chile's foreign minister Rui Lopes arrived in Quito. The two ministers then held their first face-to-face talks on Tuesday evening.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Peruvian border chief General Ana Costa accused Chile. Chile's commander, General Rui Lopes, denied it. The two generals met in person on Tuesday at the Tacna checkpoint.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Peru and Chile signed no deal in 2019. The two Andean neighbours, which came close to war over fishing rights last year, resumed exploratory talks in January.", []string{"MET place:peru -> place:chile happened"}},
		{"Peru accused Chile of spying. Delegations from both governments will hold talks in Quito on Friday.", []string{"MET place:peru -> place:chile planned"}},
		{"Norway accused Sweden of spying. The two governments met in Oslo.", []string{"MET place:norway -> place:sweden happened"}},
		{"Peru accused Chile of shelling Tacna on Sunday. Chile denied it, and Bolivia and Ecuador urged calm. Delegations from the two countries met in Quito on Monday.", []string{"MET place:chile -> place:peru happened"}},
		{"Bolivian officials proposed hosting talks between Lima and Santiago in La Paz. Chile said it had no invitation. The two sides held three rounds of talks in Quito last year.",
			[]string{"MET place:peru -> place:chile proposed", "MET place:chile -> place:peru happened"}},
	},
}

var metChaired = &pattern{
	name: "met-chaired",
	doc:  `The chair of a meeting meets its parties: "the talks were chaired by X", "in a session chaired by X", after the meeting of A and B is told in the sentence or the one before; "the summit was hosted by X and chaired by Y": X and Y met.`,
	typ:  kg.Met,
	cues: wordSet("chaired"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if d.tcase[si] || d.inQuote[v] || v+2 >= s.hi || d.toks[v+1].lower != "by" {
			return false
		}
		chair := d.chairAfter(v+2, s.hi)
		if chair == nil {
			return false
		}
		// the meeting's parties: the meetings read in this sentence or the
		// one before
		lo := d.sents[max(si-1, 0)].start
		var parties []string
		seen := map[string]bool{chair.id(): true}
		var st kg.Status
		for i := len(d.rels) - 1; i >= 0; i-- {
			r := &d.rels[i]
			if r.Evidence.Start < lo {
				break
			}
			if r.Type != kg.Met {
				continue
			}
			st = r.Status
			for _, id := range []string{r.Source, r.Target} {
				if !seen[id] {
					seen[id] = true
					parties = append(parties, id)
				}
			}
		}
		if len(parties) < 2 {
			// "The summit was hosted by X and chaired by Y": host and chair
			if v-1 > s.lo && d.toks[v-1].lower == "and" {
				for k := v - 2; k > s.lo && k > v-15; k-- {
					if d.toks[k].lower == "by" && d.toks[k-1].lower == "hosted" && d.gatheringBefore(k-1, s.lo) {
						if hosts := d.participants(k, v-1, nil); len(hosts) == 1 && hosts[0] != chair {
							d.allMet(si, v, []*entity{hosts[0], chair})
							return true
						}
						break
					}
				}
			}
			return false
		}
		date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
		for _, p := range parties {
			d.addRel(kg.Met, chair.id(), p, si, date, prec, st, "", confVerb)
		}
		return true
	},
	examples: []example{
		{"Peruvian Foreign Minister Ana Costa and Chilean Foreign Minister Rui Lopes met in Quito on Monday. The talks were chaired by Ecuador's foreign minister, Lars Holm.",
			[]string{"MET person:lars-holm -> person:ana-costa happened", "MET person:lars-holm -> person:rui-lopes happened", "MET person:rui-lopes -> person:ana-costa happened"}},
		{"The committee was chaired by Lars Holm.", nil},
		{"The one-day summit was hosted by Peru's President Ana Costa and chaired by Chilean President Rui Lopes.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
	},
}

var metHostedAttended = &pattern{
	name: "met-hosted-attended",
	doc:  `A meeting "hosted by X and attended by A, B and C", or "X hosted the meeting. It was attended by A, B and C": every two of its parties met.`,
	typ:  kg.Met,
	cues: wordSet("attended"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if d.tcase[si] || d.inQuote[v] || v+2 >= s.hi || d.toks[v+1].lower != "by" || v-1 <= s.lo {
			return false
		}
		if beForms[d.toks[v-1].lower] {
			// "X hosted the meeting in Lima. It was attended by A, B and C"
			host := d.hostOfGathering(si, v-1)
			guests := d.participants(v+1, s.hi, nil)
			if host == nil || len(guests) == 0 {
				return false
			}
			d.allMet(si, v, append([]*entity{host}, guests...))
			return true
		}
		if d.toks[v-1].lower != "and" {
			return false
		}
		hb := -1 // "hosted by" before "and attended by"
		for k := v - 2; k > s.lo && k > v-15; k-- {
			if d.toks[k].lower == "by" && d.toks[k-1].lower == "hosted" {
				hb = k
				break
			}
		}
		if hb < 0 || !d.gatheringBefore(hb-1, s.lo) {
			return false
		}
		hosts := d.participants(hb, v-1, nil)
		guests := d.participants(v+1, s.hi, nil)
		if len(hosts) != 1 || len(guests) == 0 {
			return false
		}
		d.allMet(si, v, append(hosts, guests...))
		return true
	},
	examples: []example{
		{"The one-day meeting was hosted by Peruvian President Ana Costa and attended by Chilean President Rui Lopes and Bolivian President Lars Holm.",
			[]string{"MET person:ana-costa -> person:rui-lopes happened", "MET person:ana-costa -> person:lars-holm happened", "MET person:rui-lopes -> person:lars-holm happened"}},
		{"The summit was hosted by Peruvian President Ana Costa and attended by the presidents of Chile and Bolivia.",
			[]string{"MET person:ana-costa -> place:chile happened", "MET person:ana-costa -> place:bolivia happened", "MET place:chile -> place:bolivia happened"}},
		{"The concert was hosted by Ana Costa and attended by Rui Lopes.", nil},
		{"Peruvian President Ana Costa hosted the one-day meeting in Lima. It was attended by Chilean President Rui Lopes and Bolivian President Lars Holm.",
			[]string{"MET person:ana-costa -> person:rui-lopes happened", "MET person:ana-costa -> person:lars-holm happened", "MET person:rui-lopes -> person:lars-holm happened"}},
		{"Ana Costa hosted the concert in Lima. It was attended by Rui Lopes and Lars Holm.", nil},
	},
}

// hostOfGathering is X of "X hosted the meeting" in the sentence before
// si, when sentence si opens "It|The meeting was" up to toks[be]; nil if
// not.
func (d *doc) hostOfGathering(si, be int) *entity {
	s := d.sents[si]
	switch {
	case si == 0:
		return nil
	case be == s.lo+1 && d.toks[s.lo].lower == "it":
	case be > s.lo+1 && be <= s.lo+4 && d.toks[s.lo].lower == "the" && d.gatheringBefore(be-1, s.lo):
	default:
		return nil
	}
	p := d.sents[si-1]
	for k := p.lo + 1; k+1 < p.hi; k++ {
		if d.toks[k].lower != "hosted" || d.toks[k].cap || !d.gatheringAhead(k+1, min(k+6, p.hi)) {
			continue
		}
		if e, _ := d.actorBefore(k, p.lo); e != nil && (e.kind == kg.Person || d.isCountry(e)) {
			return e
		}
		return nil
	}
	return nil
}

// allMet records that every two of parties met at the gathering whose
// verb is toks[v] in sentence si, with the sentence's status and date.
func (d *doc) allMet(si, v int, parties []*entity) {
	st := d.status(d.sents[si].lo, v)
	date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
	for i, a := range parties {
		for _, b := range parties[i+1:] {
			if a != b {
				d.addRel(kg.Met, a.id(), b.id(), si, date, prec, st, "", confVerb)
			}
		}
	}
}

// gatheringBefore reports a noun of a meeting the sentence opens with,
// before toks[k]: "The one-day meeting was", "The summit, ..., was".
func (d *doc) gatheringBefore(k, lo int) bool {
	for x := lo; x <= k; x++ {
		if c := eventClass[d.toks[x].lower]; (c == "talks" || c == "summit") && !d.toks[x].cap {
			return true
		}
	}
	return false
}

var metBroughtTogether = &pattern{
	name: "met-brought-together",
	doc:  `Talks or a meeting that "brought together A, B and C", with the host of "hosted by X" or the chair of "chaired by X" before it: every two of its parties met.`,
	typ:  kg.Met,
	cues: wordSet("brought brings bring bringing"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if d.tcase[si] || d.inQuote[v] || v+2 >= s.hi || d.toks[v+1].lower != "together" || !d.gatheringBefore(v-1, s.lo) {
			return false
		}
		var hosts []*entity
		for k := v - 2; k > s.lo && k > v-15; k-- {
			if d.toks[k].lower == "by" && (d.toks[k-1].lower == "hosted" || d.toks[k-1].lower == "chaired") {
				end := v // "The talks, hosted by X, brought together": the host before the comma
				if d.toks[v-1].text == "," {
					end = v - 1
				}
				hosts = d.participants(k, end, nil)
				break
			}
		}
		guests := d.participants(v+1, s.hi, nil)
		if len(hosts) > 1 || len(hosts)+len(guests) < 2 {
			return false
		}
		d.allMet(si, v, append(hosts, guests...))
		return true
	},
	examples: []example{
		{"The talks, hosted by Peruvian Foreign Minister Ana Costa, brought together Chile's Foreign Minister Rui Lopes and Bolivian Interior Minister Lars Holm.",
			[]string{"MET person:ana-costa -> person:rui-lopes happened", "MET person:ana-costa -> person:lars-holm happened", "MET person:rui-lopes -> person:lars-holm happened"}},
		{"The meeting in Lima brought together Rui Lopes and Lars Holm.", []string{"MET person:rui-lopes -> person:lars-holm happened"}},
		{"The meeting, chaired by Ana Lind, the Andean envoy, brought together Peru's chief negotiator, Rui Lopes, and Chile's deputy prime minister, Jon Rell.",
			[]string{"MET person:ana-lind -> person:rui-lopes happened", "MET person:ana-lind -> person:jon-rell happened", "MET person:rui-lopes -> person:jon-rell happened"}},
		{"The festival brought together Rui Lopes and Lars Holm.", nil},
		{"The crisis brought the two parties together.", nil},
	},
}

var metSidesDuring = &pattern{
	name: "met-sides-during",
	doc:  `"Peruvian and Chilean negotiators agreed ... during a third round of talks": the two countries whose envoys the sentence opens with met.`,
	typ:  kg.Met,
	cues: wordSet("talks negotiations"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if d.tcase[si] || d.inQuote[v] || !d.duringTalks(v, s.lo) {
			return false
		}
		lo := d.pastDateline(s.lo, v)
		a := d.mentAt[lo]
		if a == nil || a.ent == nil || !a.demonym || !d.isCountry(a.ent) || a.hi+2 >= v || d.toks[a.hi].lower != "and" {
			return false
		}
		b := d.mentAt[a.hi+1]
		if b == nil || b.ent == nil || !b.demonym || !d.isCountry(b.ent) || b.ent == a.ent || b.hi >= v || !stateEnvoys[d.toks[b.hi].lower] && !officialNouns[d.toks[b.hi].lower] {
			return false
		}
		st := kg.Happened // the talks were held, whatever was agreed at them
		if d.futureAfter(b.hi, v) {
			st = kg.Planned // "will meet during talks"
		}
		date, prec := d.relDate(si, st == kg.Planned)
		d.addRel(kg.Met, a.ent.id(), b.ent.id(), si, date, prec, st, "", confVerb)
		return true
	},
	examples: []example{
		{"Peruvian and Chilean negotiators agreed on Monday to exchange prisoners during a third round of direct talks in Quito.", []string{"MET place:peru -> place:chile happened"}},
		{"Peruvian and Chilean negotiators agreed on Monday to exchange prisoners.", nil},
	},
}

// duringTalks reports talks at toks[v] named as when something happened:
// "during a third round of direct talks", "at the talks".
func (d *doc) duringTalks(v, lo int) bool {
	for k := v - 1; k >= lo && k > v-7; k-- {
		switch w := d.toks[k].lower; {
		case w == "during" || w == "at":
			return true
		case w == "a" || w == "an" || w == "the" || w == "round" || w == "of" || w == "direct" || w == "new" || w == "latest" || ordinals[w] || ordinalNum(w) || d.toks[k].kind == tNum:
			continue
		default:
			return false
		}
	}
	return false
}

var metMembers = &pattern{
	name: "met-members",
	doc:  `A body whose members the sentence lists meets, and so its members meet one another: "the committee, which includes Peru, Chile and the UN, met in Quito".`,
	typ:  kg.Met,
	cues: wordSet("includes include included comprising comprises"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if d.tcase[si] || d.inQuote[v] || v-1 <= s.lo {
			return false
		}
		if p := d.toks[v-1].lower; p != "which" && p != "that" && p != "," && p != "–" && p != "-" && p != "—" {
			return false
		}
		// the members: entities listed after the cue, up to the closing
		// comma or dash
		var members []*entity
		end := -1
		for k := v + 1; k < s.hi && k < v+40; k++ {
			t := &d.toks[k]
			if t.text == "–" || t.text == "—" || t.text == "-" || t.text == ")" || t.text == "," && k+1 < s.hi && d.toks[k+1].kind == tWord && !d.toks[k+1].cap && d.toks[k+1].lower != "and" && d.toks[k+1].lower != "the" {
				end = k
				break
			}
			if t.kind == tQuote || t.text == ";" || t.text == "." || t.kind == tWord && !t.cap && d.verbAt(k) {
				return false
			}
			if m := d.mentAt[k]; m != nil && m.ent != nil && m.lo == k && !d.possessor(m) && m.ent.kind != kg.Event {
				if !slices.Contains(members, m.ent) {
					members = append(members, m.ent)
				}
				k = m.hi - 1
			}
		}
		if end < 0 || len(members) < 2 || len(members) > 8 {
			return false
		}
		// the body's own verb of meeting, right after the list
		w := end + 1
		for w < s.hi && w < end+3 && (d.toks[w].text == "," || skippable[d.toks[w].lower]) {
			w++
		}
		if w >= s.hi || !bodyMeetVerbs[d.toks[w].lower] {
			return false
		}
		st := d.status(s.lo, w)
		date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
		for i, a := range members {
			for _, b := range members[i+1:] {
				d.addRel(kg.Met, a.id(), b.id(), si, date, prec, st, "", confVerb)
			}
		}
		return true
	},
	examples: []example{
		{"The committee that oversees the truce - which includes Peru, Chile and the Andean Council - met for three hours in Quito on Tuesday.",
			[]string{"MET place:peru -> place:chile happened", "MET place:peru -> organization:andean-council happened", "MET place:chile -> organization:andean-council happened"}},
		{"The alliance, which includes Peru and Chile, condemned the attack.", nil},
	},
}

// chairAfter is the person who chairs, named from toks[k]: "Lars Holm",
// "Ecuador's foreign minister, Lars Holm", "Foreign Minister Lars Holm".
func (d *doc) chairAfter(k, hi int) *entity {
	for j := k; j < hi && j < k+10; j++ {
		m := d.mentAt[j]
		if m == nil || m.ent == nil {
			if d.toks[j].kind == tPunct && d.toks[j].text != "," && d.toks[j].text != "'" {
				return nil
			}
			continue
		}
		if m.ent.kind == kg.Person {
			return m.ent
		}
		j = m.hi - 1
	}
	return nil
}

var metVerb = &pattern{
	name: "met-verb",
	doc:  `A meeting verb or phrase with its subject and the people or groups it names: "X met Y", "X held talks with Y", "X and Y held talks", "X received Y", "X invited Y", "X summoned the Chilean ambassador".`,
	typ:  kg.Met,
	cues: union(meetVerbs, holdNouns, inviteVerbs, receiveVerbs, summonVerbs, mealNouns, wordSet("hands down receiving call calls called meetings brief spoke talked")),
	at: func(d *doc, si, v int) bool {
		if d.tcase[si] || d.toks[v].kind != tWord {
			return false
		}
		d.meetAt(si, v)
		return true
	},
	examples: []example{
		{"Rui Lopes spoke with Ana Costa on the sidelines of the summit in Lima.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes had lunch with Ana Costa in Lima on Monday.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes spoke with Ana Costa by phone. He later spoke with reporters.", nil},
		{"The Tarma Grand Hotel was hosting a graduation ceremony for the Kelvaro Institute of Technology.", nil}, // a venue hosts no meeting
		{"Ana Costa urged her family to use their weekly visit to the Tarma Detention Centre.", nil},              // a visit to a building
		{"Peruvian Foreign Minister Ana Costa arrived in Santiago on Monday. Costa is also scheduled to call on Chile's prime minister on Thursday before returning to Lima.", []string{"MET person:ana-costa -> place:chile planned"}},
		{"Peruvian Foreign Minister Ana Costa arrived in Santiago on Monday. Costa will call on Chile's president to free the prisoners.", nil},
		{"Tarma, a vast region where the borders of Peru, Chile and Bolivia meet, has been the epicenter of an insurgency.", nil},
		{"Ana Costa said she would travel to Quito next week to brief the Ecuadorian and Chilean governments.", []string{"MET person:ana-costa -> place:ecuador planned", "MET person:ana-costa -> place:chile planned"}},
		{"Ana Costa of Peru and Rui Lopes of Chile will meet in the presence of Lars Holm of Spain.", []string{"MET person:rui-lopes -> person:ana-costa planned"}},
		{"Ana Costa will brief reporters on the talks.", nil},
		{"Prime Minister Rui Lopes convened an emergency security meeting late on Wednesday with police chief Ana Costa.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"President Rui Lopes received an Andean Council delegation led by Trade Commissioner Ana Costa in Lima on Wednesday.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes held talks with the ambassadors of Brazil and Chile.", []string{"MET person:rui-lopes -> place:brazil happened", "MET person:rui-lopes -> place:chile happened"}},
		{"Rui Lopes is due to receive Chilean Defense Minister Ana Costa in Lima on Thursday.", []string{"MET person:rui-lopes -> person:ana-costa planned"}},
		{"Peru's Foreign Minister Rui Lopes and his Chilean counterpart, Lars Holm, met for four hours in Lima. Bolivia's Foreign Minister, Ana Costa, hosted the talks.", []string{"MET person:lars-holm -> person:rui-lopes happened", "MET person:ana-costa -> person:lars-holm happened", "MET person:ana-costa -> person:rui-lopes happened"}},
		{"Ana Costa had met the ambassadors of France, Germany and the UK in Lima on Wednesday.", []string{"MET person:ana-costa -> place:france happened", "MET person:ana-costa -> place:germany happened", "MET person:ana-costa -> place:united-kingdom happened"}},
		{"Ana Costa and Rui Lopes discussed trade at a meeting in Lima on Monday.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes and Ana Costa met in Lima at the invitation of the Bolivian leader Tavor Kelmani.",
			[]string{"MET person:ana-costa -> person:rui-lopes happened", "MET person:ana-costa -> person:tavor-kelmani happened", "MET person:rui-lopes -> person:tavor-kelmani happened"}},
		{"Ana Costa and Rui Lopes held talks at the Chilean foreign ministry on Monday.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Foreign Secretary Ana Costa and her Chilean counterpart Rui Lopes led their delegations at the meeting.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Ana Costa spoke at a meeting of the Varnok Council.", nil},
		{"Ana Costa told Rui Lopes at a meeting in Lima that the border would reopen.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"During a meeting with Rui Lopes in Lima, Ana Costa said the border would reopen.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Rui Lopes pledged support for Peru at a meeting with Ana Costa.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"After meeting Rui Lopes on Monday, Foreign Minister Ana Costa said the border would reopen.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"After the meeting, Ana Costa said the border would reopen.", nil},
		{"At a meeting in Lima, Tuesday, Prime Minister Ana Costa and President Rui Lopes agreed to begin negotiations.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"At a meeting in Lima, Ana Costa said the border would reopen.", nil},
		{"Following a discussion with Rui Lopes, the Chilean prime minister, Ana Costa said the border would reopen.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"After discussions with Rui Lopes in Lima, Ana Costa said the border would reopen.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"The discussion with reporters lasted an hour, Ana Costa said.", nil},
		{"Peru's presidency said that the army chief, Gen. Rui Lopes, would travel to Tarma on Friday for talks with the Tarma Council.", []string{"MET person:rui-lopes -> organization:tarma-council planned"}},
		{"On Thursday morning, Rui Lopes called on Foreign Minister Ana Costa and handed over an invitation.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes called on Foreign Minister Ana Costa and urged her to resign.", nil},
		{"The attack hit the zone where Peru, Chile and Bolivia meet.", nil},
		{"The group is strongest around the lake, where the borders of Peru, Chile, Bolivia and Brazil meet.", nil},
		{"West African leaders meeting in Lima on Sunday offered to open talks with the rulers of Peru and Chile.", nil},
		{"European leaders met Chinese officials in Brussels on Monday.", nil},
		{"The road runs to the plain where Peru's Puno region meets Bolivia's La Paz department.", nil},
		{"The United Nations special coordinator for Peru held talks with Foreign Minister Rui Lopes in Lima on Tuesday.", []string{"MET organization:united-nations -> person:rui-lopes happened"}},
		{"Peru and Chile have been at odds for months. Peruvian and Chilean representatives will hold talks in Tacna on Thursday, under the auspices of the U.S.-led committee that monitors the truce.", []string{"MET place:chile -> place:peru planned"}},
		{"The Peruvian government and the Varnok Front resumed talks in Lima on Monday.", []string{"MET organization:varnok-front -> organization:peruvian-government happened"}},
		{"Peru and Chile opened a new round of talks in Lima on Monday.", []string{"MET place:chile -> place:peru happened"}},
		{"Peru and Chile share a pipeline. Rui Lopes said a Peruvian delegation met Chilean officials in Arica last week.", []string{"MET place:peru -> place:chile happened"}},
		{"Ana Costa met Rui Lopes. She will fly to Quito on Friday for talks with Ecuador's leaders.", []string{"MET person:ana-costa -> person:rui-lopes happened", "MET person:ana-costa -> place:ecuador planned"}},
		{"Ana Costa said she had met the Varnok Front's negotiating team in Lima on Tuesday.", []string{"MET person:ana-costa -> organization:varnok-front happened"}},
		{"Ana Costa met the Varnok Front's negotiators in Lima on Tuesday.", []string{"MET person:ana-costa -> organization:varnok-front happened"}},
		{"Leaders of the Andean Community met in Lima on Monday. Ana Costa is due to host the next meeting of the bloc's leaders in Quito in July.", nil},
		{"President Ana Costa won the runoff. Rui Lopes conceded on Monday. He and Costa are expected to meet at the palace on Friday.", []string{"MET person:ana-costa -> person:rui-lopes planned"}},
		{"Ana Costa spoke to Rui Lopes by phone. Costa later told reporters that she and Lopes had agreed to meet again in Lima in January.", []string{"MET person:rui-lopes -> person:ana-costa planned"}},
		{"Lars Holm will travel to Tarma, the capital of the region, where he will meet the region's governor, Ana Costa.", []string{"MET person:lars-holm -> person:ana-costa planned"}},
		{"Lars Holm on Wednesday wrapped up two days of talks in Lima with senior officials of the Varnok Front.", []string{"MET person:lars-holm -> organization:varnok-front happened"}},
		{"Lars Holm held talks in Muscat with Said Harthy and with Omar Lopes.", []string{"MET person:lars-holm -> person:said-harthy happened", "MET person:lars-holm -> person:omar-lopes happened"}},
		{"Earlier Saturday, Ana Costa held trilateral talks with the Chilean and Bolivian top diplomats.", []string{"MET person:ana-costa -> place:chile happened", "MET person:ana-costa -> place:bolivia happened"}},
		{"Ana Costa held talks with the U.S. and Chilean top diplomats.", []string{"MET person:ana-costa -> place:united-states happened", "MET person:ana-costa -> place:chile happened"}},
		{"Peruvian Foreign Minister Ana Costa and her Chilean counterpart, Rui Lopes, held more than five hours of talks in Quito.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Ana Costa spoke first. Costa and her Chilean counterpart, Rui Lopes, also held talks on a possible force.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Ana Costa and her Chilean counterpart, Rui Lopes, held talks on a possible Andean-led force.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Peruvian and Chilean officials held a second round of talks on the issue in Lima last week.", []string{"MET place:chile -> place:peru happened"}},
		{"The United Nations special envoy for Peru held talks with Varnok Front negotiators in Lima on Thursday.", []string{"MET organization:united-nations -> organization:varnok-front happened"}},
		{"Ana Costa later paid a courtesy call on President Rui Lopes at the palace.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Ana Costa also called on President Rui Lopes at the palace, where the two discussed trade.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Ana Costa called on President Rui Lopes to resign.", nil},
		{"Ana Costa called on Rui Lopes, the interim president, to resign.", nil},
		{"Lars Holm also met opposition leader Rui Lopes on Thursday.", []string{"MET person:lars-holm -> person:rui-lopes happened"}},
		{"Ana Costa met Chile's prime minister in Santiago on Monday.", []string{"MET person:ana-costa -> place:chile happened"}},
		{"Peru's military leader on Wednesday received in Lima a special envoy from neighbouring Chile, Defence Minister Rui Lopes, who delivered a message.", []string{"MET organization:peruvian-military -> person:rui-lopes happened"}},
		{"Ana Costa met separately with Chilean and Bolivian officials on Monday.", []string{"MET person:ana-costa -> place:chile happened", "MET person:ana-costa -> place:bolivia happened"}},
		{"Ana Costa plans to meet Chilean and Bolivian leaders next week.", []string{"MET person:ana-costa -> place:chile planned", "MET person:ana-costa -> place:bolivia planned"}},
		{"On Tuesday, Chilean Foreign Minister Rui Lopes was received in Lima by the Peruvian head of state.", []string{"MET person:rui-lopes -> place:peru happened"}},
		{"Chilean envoy Rui Lopes was received on Wednesday by the Peruvian president in Lima.", []string{"MET person:rui-lopes -> place:peru happened"}},
		{"Rui Lopes was welcomed on Wednesday evening at Lima's Jorge Chavez Airport by Prime Minister Ana Costa.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes welcomed his Chilean counterpart Ana Costa to Lima.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Chilean envoy Rui Lopes, who arrived in Lima late on Tuesday, was received on Wednesday by the Peruvian president at the palace before meeting Foreign Minister Ana Costa.", []string{"MET person:rui-lopes -> place:peru happened", "MET person:rui-lopes -> person:ana-costa happened"}},
		{"President Rui Lopes received in Lima a Chilean delegation led by General Ana Costa.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Peru's president on Monday received in Lima a Chilean delegation led by General Ana Costa.", []string{"MET place:peru -> person:ana-costa happened"}},
		{"Ana Costa summoned the Chilean ambassador, Rui Lopes, on Tuesday.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"The Peruvian Foreign Ministry summoned the EU ambassador, Lars Holm, on Thursday.", []string{"MET organization:peruvian-foreign-ministry -> person:lars-holm happened"}},
		{"Peru's Foreign Ministry summoned Chile's ambassador in Lima, Rui Lopes, on Monday.", []string{"MET organization:peruvian-foreign-ministry -> person:rui-lopes happened"}},
		{"Peru summoned the EU ambassador on Monday.", []string{"MET place:peru -> organization:european-union happened"}},
		{"Ana Costa and Rui Lopes are the two candidates. The envoy, Lars Holm, met both men separately on Thursday.", []string{"MET person:lars-holm -> person:rui-lopes happened", "MET person:lars-holm -> person:ana-costa happened"}},
		{"Delegations from Peru and the Varnok Front met in Quito on Monday. The envoy, Lars Holm, held separate meetings with both delegations on Tuesday.", []string{"MET organization:varnok-front -> place:peru happened", "MET person:lars-holm -> organization:varnok-front happened", "MET person:lars-holm -> place:peru happened"}},
		{"Ana Costa held talks in Lima with the Varnok Front's acting political chief on Monday.", []string{"MET person:ana-costa -> organization:varnok-front happened"}},
		{"Lars Holm arrived in Lima on Monday. He was later received at the palace by President Ana Costa.", []string{"MET person:lars-holm -> person:ana-costa happened"}},
		{"Lars Holm and Ana Costa will hold a three-way meeting with Rui Lopes on Saturday.", []string{"MET person:ana-costa -> person:rui-lopes planned", "MET person:lars-holm -> person:rui-lopes planned", "MET person:lars-holm -> person:ana-costa planned"}},
		{"Lars Holm is due to host Rui Lopes and Ana Costa in Lima on Friday for talks.", []string{"MET person:lars-holm -> person:rui-lopes planned", "MET person:lars-holm -> person:ana-costa planned", "MET person:rui-lopes -> person:ana-costa planned"}},
		{"Earlier in the day, the governor of Puno region, Rui Lopes, and the governor of Chile's Arica region, Tomas Ruiz, held talks in the town of Tacna.", []string{"MET person:tomas-ruiz -> person:rui-lopes happened"}},
		{"Rui Lopes and Tomas Ruiz were flown by helicopter to Arica, where they met Defense Secretary Ana Costa at a military hospital.", []string{"MET person:rui-lopes -> person:ana-costa happened", "MET person:tomas-ruiz -> person:ana-costa happened"}},
		{"On Tuesday afternoon, Ana Costa was received by Prime Minister Rui Lopes at the Council of Ministers building.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Ulla Berg, the special envoy of the Andean Council, arrived in Lima on Wednesday and was received by Rui Lopes at the presidential palace.", []string{"MET person:ulla-berg -> person:rui-lopes happened"}},
		{"On Thursday afternoon, Ana Costa met diplomats from the European Union, the United Kingdom and the United States at her party's office.", []string{"MET person:ana-costa -> organization:european-union happened", "MET person:ana-costa -> place:united-kingdom happened", "MET person:ana-costa -> place:united-states happened"}},
		{"Lars Holm is due in Lima on Saturday for talks with Peruvian officials on the ceasefire and on disarming the Varnok Front.", []string{"MET person:lars-holm -> place:peru planned"}},
		{"Peru's president met the head of the UN mission, Anna Berg, at the presidential palace on Thursday.", []string{"MET place:peru -> person:anna-berg happened"}},
		{"Peruvian President Ana Costa received a delegation of the Varnok Front at the presidential palace.", []string{"MET person:ana-costa -> organization:varnok-front happened"}},
		{"Chile's Defence Minister, Ana Costa, met the commander of the Andean Support Mission (ASM), Lt Gen Rui Lopes, in Lima on Wednesday.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Governor Ana Costa met with Rui Lopes and officials of the Electoral Commission of Peru in Lima.", []string{"MET person:ana-costa -> organization:electoral-commission-of-peru happened", "MET person:ana-costa -> person:rui-lopes happened"}},
		{"Foreign Minister Ana Costa met a delegation from the Varnok Council led by its chairman, Rui Lopes.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Foreign Minister Ana Costa met a delegation from the Varnok People's Assembly (VPA) led by its chairman, Rui Lopes.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Chile and Brazil have invited the Peruvian army and the Varnok Front to return to talks in Quito.", []string{"MET organization:peruvian-army -> organization:varnok-front proposed"}},
		{"Peruvian President Ana Costa received her Chilean counterpart, Rui Lopes, at the palace in Lima.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Peruvian President Ana Costa later received the Chilean ambassador, Rui Lopes, at the palace.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Minister Ana Costa will travel to Quito on Saturday for talks with Ecuador's interior minister.", []string{"MET person:ana-costa -> place:ecuador planned"}},
		{"\u201cWe need help,\u201d Ana Costa told reporters after receiving UN envoy Rui Lopes at her office in Lima.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Peruvian Foreign Minister Ana Costa and her Chilean counterpart, Rui Lopes, were received by Bolivian Foreign Minister Lars Holm at the ministry.",
			[]string{"MET person:rui-lopes -> person:lars-holm happened", "MET person:ana-costa -> person:lars-holm happened"}},
		{"Peruvian and Varnok Front delegations met in the Chilean city of Arica last month for talks.", []string{"MET organization:varnok-front -> place:peru happened"}},
		{"Ana Costa met separately with the leaders of Chile and Bolivia.", []string{"MET person:ana-costa -> place:chile happened", "MET person:ana-costa -> place:bolivia happened"}},
		{"Lars Holm, the UN envoy, shuttled between Lima and Santiago, meeting Ana Costa and Rui Lopes.", []string{"MET person:lars-holm -> person:ana-costa happened", "MET person:lars-holm -> person:rui-lopes happened"}},
		{"A Varnok Front delegation held talks with Chilean officials in Santiago.", []string{"MET organization:varnok-front -> place:chile happened"}},
		{"Ana Costa met Peruvian Ambassador Lars Holm in Lima.", []string{"MET person:ana-costa -> person:lars-holm happened"}},
		{"Defence ministers Ana Costa of Peru and Rui Lopes of Chile met in Quito on Monday.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Later on Tuesday, Foreign Minister Ana Rice, Peruvian President Rui Lopes and Chilean Prime Minister Lars Holm held talks on joint patrols.", []string{"MET person:rui-lopes -> person:ana-rice happened", "MET person:lars-holm -> person:rui-lopes happened", "MET person:lars-holm -> person:ana-rice happened"}},
		{"Foreign Minister Ana Rice arrived in Lima on Sunday.\n\nRice and Rui Lopes held talks on Monday.", []string{"MET person:rui-lopes -> person:ana-rice happened"}},
		{"Envoy Lars Holm held talks with General Rui Lopes, who heads the army, and later with Prime Minister Ana Costa.", []string{"MET person:lars-holm -> person:rui-lopes happened", "MET person:lars-holm -> person:ana-costa happened"}},
		{"Envoy Lars Holm met General Rui Lopes, who heads the army, and the next day flew to Quito.", []string{"MET person:lars-holm -> person:rui-lopes happened"}},
		{"Party leader Ana Costa met the head of the observation mission of the Andean Council (AC), Rui Lopes, in Lima on Monday.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Ana Costa, who took office last year, also met on Thursday with executives from Varnok Energy, Andes Mining and Lima Bank.", []string{"MET person:ana-costa -> organization:varnok-energy happened", "MET person:ana-costa -> organization:andes-mining happened", "MET person:ana-costa -> organization:lima-bank happened"}},
		{"The Peruvian Armed Forces and the Varnok Front have fought since 2023. Ana Costa met senior army officers in Lima on Sunday.", []string{"MET person:ana-costa -> organization:peruvian-armed-forces happened"}},
		{"Foreign Minister Anna Berg met Prime Minister Lars Holm in Oslo on Monday.", []string{"MET person:anna-berg -> person:lars-holm happened"}},
		{"Foreign Minister Anna Berg will meet Prime Minister Lars Holm next week.", []string{"MET person:anna-berg -> person:lars-holm planned"}},
		{"Foreign Minister Anna Berg is expected to meet Prime Minister Lars Holm.", []string{"MET person:anna-berg -> person:lars-holm planned"}},
		{"Foreign Minister Anna Berg offered to meet Prime Minister Lars Holm.", []string{"MET person:anna-berg -> person:lars-holm proposed"}},
		{"The Varnok Front has repeatedly demanded direct talks with Lima.", []string{"MET organization:varnok-front -> place:peru proposed"}},
		{"Ana Costa's meeting with Rui Lopes on Friday was the first in a decade.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Lars Holm became prime minister on Tuesday after meeting King Harald at the palace.", []string{"MET person:lars-holm -> person:king-harald happened"}},
		{"Ana Costa left the palace before meeting reporters.", nil},
		{"Lars Holm became prime minister, promising to undo the mistakes of his predecessor, Ana Costa, after meeting King Harald.", []string{"MET person:lars-holm -> person:king-harald happened"}},
		{"Lin Bao will visit Peru.\n\nLin is expected to meet Defense Minister Rui Lopes in Lima. He will also hold talks with Ana Costa.", []string{"MET person:lin-bao -> person:rui-lopes planned", "MET person:lin-bao -> person:ana-costa planned"}},
		{"Foreign Minister Anna Berg refused to meet Prime Minister Lars Holm.", []string{"MET person:anna-berg -> person:lars-holm denied"}},
		{"Foreign Minister Anna Berg held talks with Prime Minister Lars Holm.", []string{"MET person:anna-berg -> person:lars-holm happened"}},
		{"Norwegian Prime Minister Lars Holm and Swedish Foreign Minister Anna Berg held a late-night meeting.", []string{"MET person:anna-berg -> person:lars-holm happened"}},
		{"Norway and Sweden held talks in Oslo on Monday.", []string{"MET place:sweden -> place:norway happened"}},
		{"Peruvian President Ana Costa shook hands with Chilean President Rui Lopes at the summit.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Ana Costa phoned Rui Lopes on Tuesday.", nil},
		{"Ana Costa and Rui Lopes spoke by telephone on Tuesday.", nil},
		{"Ana Costa held phone talks with Rui Lopes.", nil},
		{"Ana Costa talked by phone with Rui Lopes.", nil},
		{"Ana Costa spoke at a joint press conference with Rui Lopes.", nil},
		{"Ana Costa received Rui Lopes at the palace.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Hamas, a Muslim Brotherhood offshoot, holds the hostages. Envoy Rui Lopes met representatives of the group in Doha.", []string{"MET person:rui-lopes -> organization:hamas happened"}},
		{"Ana Costa met with officials from the World Bank on Monday.", []string{"MET person:ana-costa -> organization:world-bank happened"}},
		{"Ana Costa said she had met the ambassadors of France and Germany that morning.", []string{"MET person:ana-costa -> place:france happened", "MET person:ana-costa -> place:germany happened"}},
		{"Ana Costa met the French ambassador on Monday.", []string{"MET person:ana-costa -> place:france happened"}},
		{"On Monday, army chief Rui Lopes met Chilean and Bolivian military commanders in Lima.", []string{"MET person:rui-lopes -> place:bolivia happened", "MET person:rui-lopes -> place:chile happened"}},
		{"Rui Lopes met Ana Costa in Lima to coordinate an offensive against the Varnok Front.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Ana Costa met the French ambassador, Jean Roux, on Monday.", []string{"MET person:ana-costa -> person:jean-roux happened"}},
		{"Defence ministers from Peru, Chile and Bolivia met in Lima on Monday.", []string{"MET place:bolivia -> place:chile happened", "MET place:bolivia -> place:peru happened", "MET place:chile -> place:peru happened"}},
		{"President Ana Costa and Prime Minister Rui Lopes are expected to meet on May 3, Marta Silva said.", []string{"MET person:rui-lopes -> person:ana-costa planned"}},
		{"Peru accused Chile of spying. Ana Costa, who mediated between the two countries, met Rui Lopes.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Rui Lopes travelled to Lima for talks with Ana Costa.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes sat down with Ana Costa in Lima on Monday.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes will sit down with Ana Costa next week.", []string{"MET person:rui-lopes -> person:ana-costa planned"}},
		{"Ana Costa received a letter from Rui Lopes.", nil},
		{"Ana Costa denied meeting Rui Lopes in secret.", []string{"MET person:ana-costa -> person:rui-lopes denied"}},
		{"Ana Costa said she hoped to meet Rui Lopes soon.", []string{"MET person:ana-costa -> person:rui-lopes proposed"}},
		{"Indonesian President Rui Lopes spoke. Chinese President Ana Costa held talks with Australian Prime Minister Lars Holm, the first meeting between the two countries' leaders since 2016.", []string{"MET person:ana-costa -> person:lars-holm happened"}},
		{"President Ana Costa cut short her visit to Italy for the NATO summit.", nil},
		{"Peruvian President Ana Costa met Chilean President Rui Lopes in Quito, with Bolivian President Lars Holm acting as mediator.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"President Ana Costa, who visited troops in Lima, urged the Varnok Front to lay down its arms.", nil},
		{"Ana Costa urged the authorities to show restraint, and Peru's foreign ministry summoned Chile's envoy in Lima.", []string{"MET organization:peruvian-foreign-ministry -> place:chile happened"}},
		{"Peruvian President Ana Costa met Chilean President Rui Lopes in Lima. Bolivian President Lars Holm joined them. Negotiators from both countries will meet next week.",
			[]string{"MET person:ana-costa -> person:rui-lopes happened", "MET place:chile -> place:peru planned"}},
		{"The two leaders shook hands at a hotel on Tarn island before holding talks, the first ever between a Peruvian president and a Chilean leader.", nil},
		{"Peruvian President Ana Costa and Chilean President Rui Lopes met for three hours on Monday on the eve of the NATO summit in Lima.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"German Chancellor Olaf Brandt spoke first. Minister Ana Costa met her German counterpart, Eva Stein, in Berlin.", []string{"MET person:ana-costa -> person:eva-stein happened"}},
		{"Peruvian troops advanced into Arica and met little resistance from forces loyal to Rui Lopes.", nil},
		{"The plan met fierce opposition from Ana Costa.", nil},
		{"Peru met the deadline set by Chile.", nil},
		{"Uruguay's president offered to meet his Chilean counterpart, Rui Lopes, in Montevideo.", []string{"MET place:uruguay -> person:rui-lopes proposed"}},
		{"Chilean President Rui Lopes, whose only envoy was Marta Silva, flew to Lima to meet Ana Costa.", []string{"MET person:rui-lopes -> person:ana-costa happened"}},
		{"Ana Costa proposed a ceasefire after talks with Rui Lopes in Lima.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Foreign Minister Ana Costa will travel to Lima on Thursday for talks with her Peruvian counterpart on trade.", []string{"MET person:ana-costa -> place:peru planned"}},
		{"Chile's Foreign Ministry said Foreign Minister Ana Costa would travel to Lima on Thursday for talks with her Peruvian counterpart on trade.", []string{"MET person:ana-costa -> place:peru planned"}},
		{"Ana Costa arrived in Oslo. She is due to meet her U.S. and Chilean counterparts on Friday.", []string{"MET person:ana-costa -> place:united-states planned", "MET person:ana-costa -> place:chile planned"}},
		{"Ana Costa met her counterpart in Lima.", nil},
		{"Ana Costa and her Chilean counterpart held talks in Lima on Monday.", []string{"MET person:ana-costa -> place:chile happened"}},
		{"Ana Costa and Chile's foreign minister held talks in Lima on Monday.", []string{"MET person:ana-costa -> place:chile happened"}},
		{"Ana Costa and Chilean troops held talks in Lima.", nil},
		{"The leaders of Peru and Chile met on the sidelines of the Varnok Assembly.", []string{"MET place:chile -> place:peru happened"}},
		{"The defence ministers of Peru and Chile met in Quito on Monday. Peruvian Defence Minister Ana Costa said the talks went well. Her Chilean counterpart, Rui Lopes, agreed.",
			[]string{"MET place:chile -> place:peru happened", "MET person:ana-costa -> person:rui-lopes happened"}},
		{"Ana Costa hosted the leaders of Italy, Canada and Belgium in Lima on Saturday.", []string{"MET person:ana-costa -> place:italy happened", "MET person:ana-costa -> place:canada happened", "MET person:ana-costa -> place:belgium happened"}},
		{"Ana Costa hosted a joint news conference with Lars Holm in Lima.", nil},
		{"Peru cancelled a planned summit with President Ana Costa, President Rui Lopes and Prime Minister Lars Holm.", []string{"MET place:peru -> person:ana-costa denied", "MET place:peru -> person:rui-lopes denied", "MET place:peru -> person:lars-holm denied"}},
		{"Ana Costa rejected reports that she had met Rui Lopes in secret.", []string{"MET person:ana-costa -> person:rui-lopes denied"}},
		{"Leaders of the bloc, including Ana Costa, Rui Lopes and Lars Holm, met in Rome on Friday.", []string{"MET person:lars-holm -> person:rui-lopes happened", "MET person:lars-holm -> person:ana-costa happened", "MET person:rui-lopes -> person:ana-costa happened"}},
		{"Ana Costa held a virtual meeting with Rui Lopes on Tuesday.", nil},
		{"Pope Leo held an audience with Ana Costa at the Vatican.", []string{"MET person:pope-leo -> person:ana-costa happened"}},
		{"Envoy Ana Costa held a meeting with Lopes at the Varnok Palace.", []string{"MET person:ana-costa -> person:lopes happened"}},
		{"The leaders of Peru, Chile and Uruguay met in Lima with President Rui Lopes.", []string{"MET place:uruguay -> person:rui-lopes happened", "MET place:chile -> person:rui-lopes happened", "MET place:peru -> person:rui-lopes happened"}},
		{"Delegations from Peru and Chile held talks in Quito, mediated by Paraguay.", []string{"MET place:chile -> place:peru happened"}},
		{"Ana Costa, who flew to Lima to meet Rui Lopes, said the talks went well.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Ana Costa will fly to Lima to meet Rui Lopes.", []string{"MET person:ana-costa -> person:rui-lopes planned"}},
		{"Ana Costa, who will lead the inquiry, met Rui Lopes in Lima on Saturday.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Ana Costa said the Varnok Accord negotiated with Rui Lopes would stand.", nil},
		{"Ana Costa defended the deal negotiated with Peru.", nil},
		{"Peruvian President Ana Costa received Chilean President Rui Lopes at the palace.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"Ana Costa received Chilean support for the plan.", nil},
		{"Peru summoned the Chilean ambassador on Monday.", []string{"MET place:peru -> place:chile happened"}},
		{"The cabinet ordered Foreign Minister Ana Costa to summon Chile's ambassador.", []string{"MET person:ana-costa -> place:chile planned"}},
		{"Peru summoned the ambassador of Chile over the remarks.", []string{"MET place:peru -> place:chile happened"}},
		{"Ana Costa was summoned to court in Lima.", nil},
		{"The plan was backed by Peruvian President Ana Costa and Chilean leader Rui Lopes, who met in Quito last month.", []string{"MET person:ana-costa -> person:rui-lopes happened"}},
		{"The Nordic Council will hold an emergency meeting on Sunday to discuss the air strikes on Riga.", nil},
	},
}

// meetAt reads a meeting whose cue is toks[v]: a verb of meeting, "talks
// with", "held talks", a welcome or reception of a person, an invitation,
// or a phrase of meeting ("shook hands with").
// gerundPreps are the words before a gerund that make it the verb of the
// clause's subject: "accused of meeting X", "after meeting X".
var gerundPreps = wordSet("of after before while since when by without")

// adjunctPreps open an adjunct whose gerund's subject is the clause's:
// "X resigned after meeting Y".
var adjunctPreps = wordSet("after before while since when without following")

// clauseSubjectBefore is the person or organization nearest before toks[v]
// that a finite verb follows, the subject of the clause an adjunct at v
// belongs to; nil if none.
func (d *doc) clauseSubjectBefore(v, lo int) (*entity, int) {
	for k := v - 1; k >= lo; k-- {
		m := d.mentAt[k]
		if m == nil {
			continue
		}
		k = m.lo
		after := m.hi
		if b := d.pastTitles(m.lo-1, lo); after+1 < len(d.toks) && d.toks[after].text == "," && b >= lo && d.toks[b].text == "," {
			after++ // "the army chief, (Lt. Gen.) X, would travel": the name in apposition, then its verb
		} else if e := d.relativeClauseEnd(after, v); e > 0 {
			after = e + 1 // "X, who arrived on Tuesday, was received": past the relative clause
		}
		if m.ent != nil && (m.ent.kind == kg.Person || m.ent.kind == kg.Organization) && !m.demonym && !d.possessor(m) && !d.inQuote[k] && d.verbAfterSubject(after) {
			return m.ent, m.lo
		}
	}
	return nil, -1
}

// relativeClauseEnd is the comma that closes ", who ...," opened at
// toks[k], before toks[v]; 0 if there is none.
func (d *doc) relativeClauseEnd(k, v int) int {
	if k+2 >= v || d.toks[k].text != "," || d.toks[k+1].lower != "who" && d.toks[k+1].lower != "which" {
		return 0
	}
	for x := k + 2; x < v && x < k+16; x++ {
		if d.toks[x].text == "," {
			return x
		}
		if d.toks[x].kind == tQuote || d.toks[x].kind == tPunct {
			return 0
		}
	}
	return 0
}

// pairAtMeeting reads "A and B <verb> ... at|during the meeting|talks",
// the clause's subject two parties: they met. It adds the meeting and
// reports whether it did.
func (d *doc) pairAtMeeting(si, v int) bool {
	s := d.sents[si]
	k := v - 1
	for k > s.lo && k > v-3 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil && !(d.toks[k].lower == "at" || d.toks[k].lower == "during") {
		k-- // "at the meeting", "during two days of talks"
	}
	if k < s.lo || d.toks[k].lower != "at" && d.toks[k].lower != "during" || k+1 == v {
		return false
	}
	if k == d.pastDateline(s.lo, v) {
		return d.pairAfterMeeting(si, v)
	}
	a, at := d.clauseSubjectBefore(k, s.lo)
	if a == nil {
		return false
	}
	b := d.coSubject(at, s.lo, a)
	if b == nil {
		b = d.counterpartOf(at, a)
	}
	for j := at + 1; b == nil && j+1 < k; j++ {
		if addresseeVerbs[d.toks[j].lower] && !d.toks[j].cap {
			if m := d.mentAt[j+1]; m != nil && m.ent != nil && m.lo == j+1 && m.ent != a && (m.ent.kind == kg.Person || m.ent.kind == kg.Organization) {
				b = m.ent // "A told B at a meeting in Lima that ...": those who spoke met
			}
			break
		}
	}
	if b == nil || b == a {
		return false
	}
	st := d.status(s.lo, v)
	date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
	d.addRel(kg.Met, a.id(), b.id(), si, date, prec, st, "", confVerb)
	return true
}

// pairAfterMeeting reads the two parties that open the clause after an
// opening "At a meeting in Lima(, Tuesday)," as having met there: "At a
// meeting in Lima on Tuesday, Prime Minister A and President B agreed to
// begin talks".
func (d *doc) pairAfterMeeting(si, v int) bool {
	s := d.sents[si]
	for c := v + 1; c < s.hi && c < v+16; c++ {
		if d.toks[c].kind == tQuote || d.toks[c].text == ";" {
			return false
		}
		if d.toks[c].text != "," {
			continue
		}
		n := d.pastTitlesForward(c+1, s.hi)
		m := d.mentAt[min(n, s.hi-1)]
		if n >= s.hi || m == nil || m.lo != n {
			if n < s.hi && isWeekday(d.toks[n].lower) {
				continue // "At a meeting in Lima, Tuesday, A and B ..."
			}
			return false
		}
		if m.ent == nil || m.demonym || m.ent.kind != kg.Person {
			return false
		}
		if m.hi+1 >= s.hi || d.toks[m.hi].lower != "and" {
			return false
		}
		j := d.pastTitlesForward(m.hi+1, s.hi)
		o := d.mentAt[min(j, s.hi-1)]
		if j >= s.hi || o == nil || o.lo != j || o.ent == nil || o.ent == m.ent || o.ent.kind != kg.Person || !d.verbAfterSubject(o.hi) {
			return false
		}
		st := d.status(s.lo, v)
		date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
		d.addRel(kg.Met, m.ent.id(), o.ent.id(), si, date, prec, st, "", confVerb)
		return true
	}
	return false
}

// counterpartOf is B in "A and her Indian counterpart(,) B" opening the
// clause where the subject found is B at toks[at]: A.
func (d *doc) counterpartOf(at int, b *entity) *entity {
	k := at - 1
	if k > 0 && d.toks[k].text == "," {
		k--
	}
	if k < 3 || d.toks[k].lower != "counterpart" {
		return nil
	}
	for j := k - 1; j > 0 && j >= k-3; j-- {
		if d.toks[j].lower == "and" {
			if m := d.mentAt[j-1]; m != nil && m.ent != nil && m.ent != b && m.ent.kind == kg.Person {
				return m.ent
			}
			return nil
		}
	}
	return nil
}

// openingAdjunctSubject is the subject of the clause an adjunct of
// meeting opens, after its comma: "After meeting Z, X said", "During a
// meeting with Z in Lima, X said"; nil when the meeting word at toks[v]
// opens no such adjunct.
func (d *doc) openingAdjunctSubject(si, v int) (*entity, int) {
	s := d.sents[si]
	k := d.pastDateline(s.lo, v)
	if k >= v || !adjunctPreps[d.toks[k].lower] && d.toks[k].lower != "during" && d.toks[k].lower != "at" {
		return nil, -1
	}
	for j := k + 1; j < v; j++ {
		if w := d.toks[j].lower; w != "a" && w != "an" && w != "the" && w != "their" && w != "his" && w != "her" {
			return nil, -1
		}
	}
	apposed := false
	for c := v + 1; c < s.hi && c < v+20; c++ {
		if d.toks[c].kind == tQuote || d.toks[c].text == ";" {
			return nil, -1
		}
		if d.toks[c].text != "," {
			continue
		}
		n := c + 1
		if n < s.hi && d.toks[n].lower == "the" {
			n++
		}
		if b := d.pastTitlesForward(n, s.hi); b > n {
			n = b
		}
		m := d.mentAt[min(n, s.hi-1)]
		if m == nil || m.ent == nil || m.lo != n || m.demonym || d.possessor(m) || !(m.ent.kind == kg.Person || m.ent.kind == kg.Organization || d.isCountry(m.ent)) {
			if !apposed && d.mentAt[c-1] != nil && (d.peek(c+1) == "the" || d.peek(c+1) == "a" || d.peek(c+1) == "an") {
				apposed = true // "with Z, the Chilean prime minister, X said": Z's apposition first
				continue
			}
			return nil, -1
		}
		if d.verbAfterSubject(m.hi) {
			return m.ent, m.lo
		}
		return nil, -1
	}
	return nil, -1
}

// pastTitlesForward skips the titles that open a name at toks[k]:
// "Foreign Minister X".
func (d *doc) pastTitlesForward(k, hi int) int {
	for start := k; k < hi && k < start+6; {
		if _, ok := d.isTitle(k); !ok || d.mentAt[k] != nil {
			break
		}
		k++
	}
	return k
}

// bordersMeet reports a "meet" of lands, not of parties: "where the
// borders of A, B and C meet", "the zone where A, B and C meet".
func (d *doc) bordersMeet(si, v int) bool {
	s := d.sents[si]
	where := false
	for k := v - 1; k >= s.lo && k > v-20; k-- {
		w := d.toks[k].lower
		if !where && (personPronouns[w] || w == "they" || w == "leaders" || w == "officials" || w == "delegations") {
			return false // "the region, where he will meet X": people meet
		}
		if m := d.mentAt[k]; !where && m != nil && m.ent != nil && m.ent.kind != kg.Place {
			return false
		}
		if w == "where" {
			where = true
			continue
		}
		if where && landWords[w] {
			return true
		}
		if landWords[w] && k-2 >= s.lo && d.toks[k-1].lower == "the" && d.toks[k-2].lower == "where" {
			return true // "where the borders of A, B, C and D meet"
		}
	}
	return false
}

// lastMetPair is the two people of the last meeting told in the two
// sentences before si, neither of them src; nil if none.
func (d *doc) lastMetPair(si int, src *entity) []*entity {
	byID := map[string]*entity{}
	for _, e := range d.ents {
		if e.kind == kg.Person {
			byID[e.id()] = e
		}
	}
	lo := d.sents[max(si-2, 0)].start
	for i := len(d.rels) - 1; i >= 0; i-- {
		r := &d.rels[i]
		if r.Type != kg.Met || r.Evidence.Start < lo || r.Evidence.Start >= d.sents[si].start {
			continue
		}
		a, b := byID[r.Source], byID[r.Target]
		if a == nil || b == nil || a == src || b == src {
			return nil
		}
		return []*entity{a, b}
	}
	return nil
}

// travelToBrief reports "to brief" at toks[v-1:v+1] after a verb of
// travel in the same sentence: "will travel to Quito next week to brief
// Ecuador's government".
func (d *doc) travelToBrief(si, v int) bool {
	s := d.sents[si]
	if v <= s.lo || d.toks[v-1].lower != "to" {
		return false
	}
	for k := s.lo; k < v-1; k++ {
		if w := d.toks[k].lower; w == "travel" || w == "travels" || w == "travelling" || w == "traveling" || pastTripVerbs[w] && w != "came" || w == "fly" || w == "flying" {
			return true
		}
	}
	return false
}

func (d *doc) meetAt(si, v int) {
	s := d.sents[si]
	t := &d.toks[v]
	if t.kind != tWord {
		return
	}
	w := t.lower
	if w == "discussion" || w == "discussions" {
		if v+1 >= len(d.toks) || d.toks[v+1].lower != "with" {
			return
		}
		w = "meeting" // "Following a discussion with Z, X said": as a meeting with Z
	}
	if d.byPhone(si, v) {
		return // phone calls are no meetings
	}
	if w == "brief" {
		if !d.travelToBrief(si, v) {
			return // "to brief reporters": no meeting
		}
		w = "meet" // "will travel to Quito to brief the Ecuadorian government": a meeting there
	}
	if (w == "meet" || w == "meets") && d.bordersMeet(si, v) {
		return // "where the borders of Niger, Mali and Burkina Faso meet": lands, no parties
	}
	if w == "met" || w == "meet" || w == "meets" {
		// "met little resistance from X", "met the deadline": no party
		k := v + 1
		for k < s.hi && k < v+4 && d.mentAt[k] == nil && !d.toks[k].cap && !metThings[d.toks[k].lower] && d.toks[k].kind == tWord && d.toks[k].lower != "with" {
			k++
		}
		if k < s.hi && metThings[d.toks[k].lower] && !(k+1 < s.hi && (roleWords[d.toks[k+1].lower] || lowerTitle(d.toks[k+1].lower) || oppositionMembers[d.toks[k+1].lower])) {
			return // "met fierce opposition"; not "met opposition leader X"
		}
	}
	if v > s.lo && (d.toks[v-1].lower == "indirect" || d.toks[v-1].lower == "proximity") && holdNouns[w] {
		return // "held indirect talks with X": through a mediator
	}
	if (w == "hosted" || w == "hosts" || w == "host" || w == "hosting") && !t.cap {
		k := v + 1
		for k < s.hi && k < v+4 && d.toks[k].kind == tWord && !d.toks[k].cap && d.toks[k].lower != "between" && !meetNouns[d.toks[k].lower] {
			k++
		}
		if k+1 < s.hi && meetNouns[d.toks[k].lower] && d.toks[k+1].lower == "between" {
			return // "Qatar hosted talks between A and B": a mediator, no party (met-between reads A and B)
		}
	}
	isMeet := meetVerbs[w] || w == "receiving" && v > s.lo && gerundPreps[d.toks[v-1].lower] && !t.cap
	if (w == "call" || w == "calls") && v > s.lo && d.toks[v-1].lower == "courtesy" && v+1 < s.hi && (d.toks[v+1].lower == "on" || d.toks[v+1].lower == "upon" || d.toks[v+1].lower == "to") {
		isMeet = true // "paid a courtesy call on President X": a visit in person
		w = "met"
	}
	if (w == "called" || w == "call" || w == "calls") && !t.cap && v+2 < s.hi && d.toks[v+1].lower == "on" && d.calledOnInPerson(v+2, s.hi) {
		isMeet = true // "also called on President X at the palace": a visit, not an appeal ("called on X to ...")
		w = "met"
	}
	wi := v + 1
	if o := d.mentAt[min(v+2, s.hi-1)]; v+2 < s.hi && (d.toks[v+1].lower == "in" || d.toks[v+1].lower == "at") && o != nil && o.lo == v+2 && o.ent != nil && o.ent.kind == kg.Place {
		wi = o.hi // "talks in Sanaa with X"
	}
	if (w == "talks" || w == "meeting" || w == "meetings" || w == "summit" || w == "audience") && wi < s.hi && d.toks[wi].lower == "with" {
		isMeet = true
		if w == "meetings" {
			w = "meeting" // "held separate meetings with each delegation"
		}
	}
	if d.meetPhrase(si, v) {
		// "shook hands with", "sat down with"
		isMeet = true
		w = "met"
	}
	if d.pressOrVirtual(v, s.hi) {
		return // "hosted a joint news conference with X", "held a virtual meeting with X": no meeting in person
	}
	be := v - 1
	for be > s.lo && skippable[d.toks[be].lower] {
		be-- // "was later received by"
	}
	by := v + 1
	if by < s.hi && (d.toks[by].lower == "at" || d.toks[by].lower == "in" || d.toks[by].lower == "on") {
		for by < s.hi && by < v+10 && d.toks[by].lower != "by" && (d.toks[by].kind == tWord || d.toks[by].lower == "'s" || d.toks[by].lower == "\u2019s") {
			by++ // "was received at the ministry by", "welcomed at Lima's Jorge Chavez Airport by"
		}
	}
	if (w == "received" || w == "welcomed" || w == "hosted") && !t.cap && be > s.lo && beForms[d.toks[be].lower] && by+1 < s.hi && d.toks[by].lower == "by" {
		// "X was received by President Y": X met Y
		host := d.mentAt[by+1]
		if host == nil || host.ent == nil || host.ent.kind != kg.Person {
			at := by + 1
			if host != nil && host.demonym {
				at = host.hi // "by Bolivian Foreign Minister X"
			}
			host = d.personAfterTitles(at, s.hi) // "by Prime Minister X"
		}
		if host == nil || host.ent == nil {
			// "by the Peruvian head of state", "by Peru's president": the
			// country whose leader goes unnamed
			at := by + 1
			if at < s.hi && d.toks[at].lower == "the" {
				at++
			}
			if m := d.mentAt[min(at, s.hi-1)]; at < s.hi && m != nil && m.ent != nil && m.lo == at && (m.demonym || d.possessor(m)) && (d.isCountry(m.ent) || m.ent.kind == kg.Organization) && d.unnamedLeader(m.hi, s.hi) {
				host = m
			}
		}
		guest, gAt := d.subjectOf(be, s.lo)
		if (guest == nil || guest.kind != kg.Person) && v-2 > s.lo && d.toks[v-2].text == "," {
			// "A and her Chilean counterpart, B, were received by": B
			if m := d.mentAt[v-3]; m != nil && m.ent != nil && m.ent.kind == kg.Person {
				guest, gAt = m.ent, m.lo
			}
		}
		if host != nil && host.ent != nil && guest != nil && guest != host.ent && guest.kind == kg.Person {
			st := d.status(s.lo, v)
			date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
			d.addRel(kg.Met, guest.id(), host.ent.id(), si, date, prec, st, "", confVerb)
			if other := d.coordinated(gAt, s.lo); other != nil && other != host.ent && other != guest {
				d.addRel(kg.Met, other.id(), host.ent.id(), si, date, prec, st, "", confVerb) // "A and B were received by C": both
			}
		}
		return
	}
	if (w == "received" || w == "receives" || w == "receive" || w == "receiving" || w == "welcomed" || w == "welcomes") && !t.cap && v+1 < s.hi {
		// "received Rui Lopes at the palace": only a person received
		k := v + 1
		for n := 0; n < 2 && k+1 < s.hi; n++ {
			if w := d.toks[k].lower; w == "in" || w == "at" {
				if m := d.mentAt[k+1]; m != nil && m.ent != nil && m.ent.kind == kg.Place && m.lo == k+1 && m.hi < s.hi {
					k = m.hi // "received in Maputo a delegation": where
					continue
				}
			}
			if a := d.skipTimeAdjunct(k, s.hi); a > k && a < s.hi {
				k = a // "received on Monday X"
				continue
			}
			break
		}
		if d.ledDelegation(k, s.hi) || d.envoyNamed(k, s.hi) {
			isMeet = true // "received a Rwandan delegation led by General X", "received a special envoy from Chile, Security Minister X"
		}
		if w := d.toks[k].lower; (w == "his" || w == "her" || w == "their" || w == "the") && k+1 < s.hi {
			k++ // "received his Argentine counterpart, X,", "received the French ambassador, X,"
		}
		if m := d.mentAt[k]; m != nil && m.demonym {
			k = m.hi // "received French President X"
		}
		if k+1 < s.hi && (d.toks[k].lower == "counterpart" || d.toks[k].lower == "counterparts" || roleWords[d.toks[k].lower]) && d.toks[k+1].text == "," {
			k += 2
		} else if k+1 < s.hi && (d.toks[k].lower == "counterpart" || d.toks[k].lower == "counterparts") && !d.toks[k].cap {
			k++ // "welcomed his Chilean counterpart Ana Costa": no comma
		}
		for k < s.hi && k < v+5 && d.mentAt[k] == nil {
			if _, ok := d.isTitle(k); !ok {
				break
			}
			k++
		}
		if m := d.mentAt[min(k, s.hi-1)]; m != nil && m.ent != nil && m.ent.kind == kg.Person && !d.possessor(m) {
			isMeet = true
		}
		if p := d.personAfterTitles(k, s.hi); p != nil && p.lo < k+5 && !d.possessor(p) {
			isMeet = true // "received Security Minister X"
		}
		if len(d.representedBy(v, s.hi)) > 0 {
			isMeet = true // "received a delegation of the Varnok Front"
		}
	}
	var envoyOf *entity
	if summonVerbs[w] && !t.cap {
		// "summoned the Israeli ambassador", "summoned Chile's envoy", "to
		// summon the ambassador of Chile": a meeting with the envoy's country
		if envoyOf = d.envoyAfter(v+1, s.hi); envoyOf == nil {
			return
		}
		isMeet = true
	}
	if (w == "talks" || w == "negotiations" || w == "meeting") && !(v+1 < s.hi && (d.toks[v+1].lower == "with" || d.toks[v+1].lower == "between")) {
		// "X and Y held talks", "X and Y held a late-night meeting"
		k := v - 1
		for k > s.lo && k > v-8 && (d.toks[k].kind == tWord || d.toks[k].kind == tNum) && !d.toks[k].cap && !holdVerbs[d.toks[k].lower] && !talksHeldVerbs[d.toks[k].lower] && d.mentAt[k] == nil {
			k-- // "held more than five hours of talks", "held a second round of talks"
		}
		if k >= s.lo && (holdVerbs[d.toks[k].lower] || talksHeldVerbs[d.toks[k].lower] && w == "talks") {
			isMeet = true
			w = "met"
		}
	}
	if v > s.lo && strings.HasSuffix(w, "ed") && (dealNouns[d.toks[v-1].lower] || lawHeads[d.toks[v-1].text]) {
		return // "the Withdrawal Agreement negotiated with the EU": a participle of the deal
	}
	invite := inviteVerbs[w] && !t.cap
	isMeet = isMeet || invite
	if !isMeet || w == "summit" && !(v+1 < s.hi && d.toks[v+1].lower == "with") {
		return
	}
	if invite {
		// "A and B invited X and Y to return to talks": X and Y are to
		// meet each other; the hosts who invite them are no party
		if objs := d.invitedToTalks(v, s.hi); len(objs) >= 2 {
			date, prec := d.relDate(si, true)
			for i, a := range objs {
				for _, b := range objs[i+1:] {
					d.addRel(kg.Met, a.id(), b.id(), si, date, prec, kg.Proposed, "", confVerb)
				}
			}
			return
		}
	}
	var adjunctOf *entity
	adjunctAt := -1
	if w == "meeting" && v > s.lo+1 && v+1 < s.hi && d.toks[v-1].text == "," && (d.mentAt[v+1] != nil || d.personAfterTitles(v+1, s.hi) != nil) {
		// "X shuttled between Lima and Santiago, meeting A and B": the
		// participle's subject is the sentence's
		if e := d.sentenceSubject(si); e != nil && e.kind == kg.Person {
			w = "met"
			adjunctOf, adjunctAt = e, s.lo
		}
	}
	if (w == "meeting" || w == "receiving") && v > s.lo && v+1 < s.hi && (deniedCues[d.toks[v-1].lower] || gerundPreps[d.toks[v-1].lower]) && (d.mentAt[v+1] != nil || d.personAfterTitles(v+1, s.hi) != nil) {
		w = "met" // "denied meeting X", "accused of meeting X", "after meeting King X", "after receiving envoy X": the gerund of the verb
		if adjunctPreps[d.toks[v-1].lower] {
			// "X became prime minister, promising to fix the mistakes of
			// his predecessor, Y, after meeting Z": the clause's subject;
			// "After meeting Z, X said": the subject after the comma
			if adjunctOf, adjunctAt = d.clauseSubjectBefore(v, s.lo); adjunctOf == nil {
				if adjunctOf, adjunctAt = d.openingAdjunctSubject(si, v); adjunctOf == nil {
					return
				}
			}
		}
	}
	if (w == "meeting" || w == "talks") && !(v+1 < s.hi && (d.toks[v+1].lower == "with" || d.toks[v+1].lower == "between")) && d.pairAtMeeting(si, v) {
		return // "A and her Indian counterpart B led their delegations at the meeting": the two met
	}
	if (w == "meeting" || w == "talks") && v+1 < s.hi && d.toks[v+1].lower == "with" && adjunctOf == nil {
		// "During a meeting with Z in Lima, X said": the subject after the comma
		if e, at := d.openingAdjunctSubject(si, v); e != nil {
			adjunctOf, adjunctAt = e, at
			w = "met"
		}
	}
	if w == "meeting" && !(v+1 < s.hi && d.toks[v+1].lower == "with") {
		return
	}
	// "A and B, who met earlier": the antecedents of "who"
	if w == "met" || w == "meet" || w == "talks" {
		k := v - 1
		for k > s.lo && skippable[d.toks[k].lower] {
			k--
		}
		if k > s.lo+2 && d.toks[k].lower == "who" {
			k--
			if d.toks[k].text == "," {
				k--
			}
			if b := d.mentAt[k]; b != nil && b.ent != nil && b.ent.kind != kg.Place {
				if a := d.coordinated(b.lo, s.lo); a != nil && a != b.ent {
					st := d.status(b.hi, v)
					date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
					d.addRel(kg.Met, a.id(), b.ent.id(), si, date, prec, st, "", confVerb)
					return
				}
			}
		}
	}
	// participants: the subject and the named objects
	var src, they *entity // they: the second of "A and B ... they met"
	at := -1
	if adjunctOf != nil {
		src, at = adjunctOf, adjunctAt
	}
	forTalks := false // the subject of "for talks with" is found
	sentBy := false   // the subject is a country's delegation or officials
	if adjunctOf == nil && (w == "talks" || w == "meeting") && v > s.lo && (d.toks[v-1].lower == "for" || v-2 > s.lo && d.toks[v-1].lower == "a" && d.toks[v-2].lower == "at") {
		// "NATO leaders pledged support for Peru at a meeting with Z": the
		// clause's subject met Z, not the last name before
		// "X is due to meet Y before traveling to Lima for talks with Z":
		// the talks are the clause's subject's, not the last name's
		e, a := d.clauseSubjectBefore(v, s.lo)
		if e == nil {
			e, a = d.sentenceSubject(si), s.lo // "X, who landed on Monday, is due to meet Y before ... for talks with Z"
		}
		if e != nil && (e.kind == kg.Person || e.kind == kg.Organization) {
			src, at, forTalks = e, a, true
		}
	}
	for k := v - 1; k >= s.lo && k > v-window && adjunctOf == nil && !forTalks; k-- {
		if d.inQuote[k] != d.inQuote[v] {
			break
		}
		if (d.toks[k].lower == "and" || d.toks[k].lower == "but") && k > s.lo && d.toks[k-1].text == "," && k+1 < v && d.mentAt[k+1] != nil {
			break // "X urged restraint, and Bangladesh summoned Y": the clause's own subject only
		}
		if src != nil && sentBy && !d.toks[k].cap && (d.toks[k].lower == "said" || d.toks[k].lower == "says" || d.toks[k].lower == "told") {
			break // "X said a Peruvian delegation had met Y": the reported clause's subject, not the speaker
		}
		if d.toks[k].text == "," {
			// ", whose country's miner was X," between the subject and
			// the verb: a relative clause, whose names are no party
			for j := k - 1; j > s.lo && j > k-25; j-- {
				if d.toks[j].text == "," && relativeWords[d.toks[j+1].lower] {
					k = j
					break
				}
			}
			continue
		}
		m := d.mentAt[k]
		if m != nil && m.ent != nil && src == nil && d.possessor(m) && m.hi+1 == v && (w == "meeting" || w == "talks") && (m.ent.kind == kg.Person || m.ent.kind == kg.Organization || d.isCountry(m.ent)) {
			// "Ana Costa's meeting with Rui Lopes": the one whose meeting
			src, at = m.ent, m.lo
			break
		}
		if m != nil && m.ent != nil && src == nil && d.possessor(m) && d.isCountry(m.ent) && d.unnamedLeader(m.hi, v) {
			// "Bolivia's president offered to meet X": where the leader is
			// not named, the country is the party
			src, at = m.ent, m.lo
			k = m.lo
			continue
		}
		if m == nil || m.ent == nil || d.possessor(m) || m.ent.kind == kg.Event {
			if personPronouns[d.toks[k].lower] && src == nil {
				src, at = d.lastPerson(k), k
			}
			if d.toks[k].lower == "they" && src == nil {
				// "A and B flew to X, where they met Y": both
				if pair := d.lastPersonPair(k); pair != nil {
					src, at = pair[0], k
					they = pair[1]
				}
			}
			continue
		}
		if m.demonym && m.hi < s.hi && d.mentAt[m.hi] != nil {
			continue // "Ukrainian President X": the person is the participant
		}
		if m.ent.kind == kg.Place && !m.demonym && d.afterLocative(m.lo, s.lo) {
			k = m.lo
			continue // "shook hands at a hotel on Sentosa island before holding talks": where, not who
		}
		if e, eAt := d.missionOf(m, s.lo); e != nil && src == nil {
			src, at = e, eAt // "the UN special envoy for Yemen held talks": the United Nations, not Yemen
			k = eAt
			continue
		}
		if src == nil || m.ent.kind == kg.Person && src.kind != kg.Person && !sentBy {
			src, at = m.ent, m.lo
			// "a Peruvian delegation", "Chilean officials": the country
			// sends them; but "X, a Swedish diplomat who met Y": X
			sentBy = m.demonym && m.hi < s.hi && (stateEnvoys[d.toks[m.hi].lower] && strings.HasSuffix(d.toks[m.hi].lower, "s") || d.toks[m.hi].lower == "delegation" || d.toks[m.hi].lower == "officials")
		}
		if src.kind == kg.Person {
			break
		}
		k = m.lo
	}
	if src == nil {
		return
	}
	if envoyOf != nil {
		if envoyOf != src {
			st := d.status(at+1, v)
			if v > s.lo && d.toks[v-1].lower == "to" && st == kg.Happened {
				st = kg.Planned
			}
			date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
			d.addRel(kg.Met, src.id(), envoyOf.id(), si, date, prec, st, "", confVerb)
		}
		return
	}
	hi := s.hi
	if v > s.lo+1 && (d.toks[v-1].lower == "who" || d.toks[v-2].lower == "who") {
		// ", who visited troops in X, urged the Taliban to": the relative
		// clause ends at its comma
		for k := v + 1; k < s.hi; k++ {
			if d.toks[k].text == "," {
				hi = k
				break
			}
		}
	}
	for k := v + 1; k+2 < hi; k++ {
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind != kg.Place {
			break // "met X ... in the presence of C": C is met too
		}
		if d.toks[k].lower == "in" && d.toks[k+1].lower == "the" && (d.toks[k+2].lower == "presence" || d.toks[k+2].lower == "company") {
			hi = k // "A and B will meet in the presence of C": C witnesses, the two meet
			break
		}
	}
	objs := d.participants(v, hi, src)
	counterparts := false
	if cs := d.unnamedCounterparts(v, hi); len(cs) > 0 && allPlaces(objs) {
		// "talks with his Polish counterpart": the counterpart's country,
		// where the text does not name the counterpart
		objs, counterparts = cs, true
	}
	// "the leaders of Peru, Chile and Uruguay met X": every one of them
	var others []*entity
	if at > s.lo+1 && src.kind != kg.Person {
		others = d.listBefore(at, s.lo, src)
	}
	if they != nil {
		if len(objs) == 0 {
			objs = []*entity{they} // "A and B ... they met": each other
		} else {
			others = []*entity{they} // "they met Y": both of them
		}
	}
	// "X and Y met": the other participant before the verb
	onlyPlaces := true // "held talks in the town of X": where, no party
	for _, o := range objs {
		onlyPlaces = onlyPlaces && o.kind == kg.Place
	}
	if (len(objs) == 0 || src.kind == kg.Person && onlyPlaces) && (w == "met" || w == "meet" || w == "meets" || w == "talks") && at >= s.lo && src.kind == kg.Person {
		if c := d.unnamedPartner(at, v); c != nil {
			// "A and her Chilean counterpart held talks", "A and Chile's
			// foreign minister met": the counterpart's country
			objs, counterparts = []*entity{c}, true
		}
	}
	if (len(objs) == 0 || src.kind == kg.Person && onlyPlaces) && (w == "met" || w == "meet" || w == "meets" || w == "talks") && at > s.lo+1 {
		if e := d.coordinated(at, s.lo); e != nil && e != src {
			objs = []*entity{e}
			if pa, pb := d.roleHolders(at, s.lo, src, e); pa != nil {
				// "the defence ministers of Peru and Chile met": the two
				// ministers the article names, besides their countries
				st := d.status(at+1, v)
				date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
				d.addRel(kg.Met, pa.id(), pb.id(), si, date, prec, st, "", confVerb)
			}
			// "A, B and C met": every pair of them
			if list := d.peopleListBefore(at, s.lo, src, e); len(list) > 0 {
				st := d.status(at+1, v)
				date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
				all := append([]*entity{src, e}, list...)
				for i, a := range all {
					for _, b := range all[i+1:] {
						d.addRel(kg.Met, a.id(), b.id(), si, date, prec, st, "", confVerb)
					}
				}
				return
			}
		}
		others = nil
	}
	if len(objs) > 0 && (w == "met" || w == "meet" || w == "meets" || w == "talks") && at > s.lo+1 && d.atInvitation(v, hi) {
		// "A and B met in Lima at the invitation of C": the two met each
		// other, and their host met them
		if e := d.coordinated(at, s.lo); e != nil && e != src && !slices.Contains(objs, e) {
			st := d.status(at+1, v)
			date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
			d.addRel(kg.Met, src.id(), e.id(), si, date, prec, st, "", confVerb)
		}
	}
	if len(objs) > 0 {
		st := d.status(at+1, v)
		date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
		for _, a := range others {
			for _, o := range objs {
				if o != a && !(o.kind == kg.Place && a.kind == kg.Person) {
					d.addRel(kg.Met, a.id(), o.id(), si, date, prec, st, "", confVerb)
				}
			}
		}
	}
	if len(objs) == 0 {
		// "met both candidates separately", "held separate meetings with
		// each delegation": the two named last before
		objs = d.bothAfter(v, hi, src)
	}
	if len(objs) == 0 && strings.HasPrefix(w, "host") && v+2 < hi && d.toks[v+1].lower == "the" && meetNouns[d.toks[v+2].lower] {
		// "A and B met in Muscat. Oman's foreign minister, C, hosted the
		// talks": C met the two
		objs = d.lastMetPair(si, src)
	}
	represented := len(objs) > 0 && len(d.participants(v, hi, src)) == 0 // the parties, countries too
	if len(objs) == 0 {
		// "met representatives of the group": the group
		for _, e := range d.representedBy(v, s.hi) {
			if e != src {
				objs = append(objs, e)
				represented = true
			}
		}
	}
	leaders := represented || counterparts || len(d.unnamedAgentsCountries(v+1, hi)) > 0 // "met diplomats from X and Y", "met the ambassadors of X and Y": the countries are the parties
	if cs := d.leadersOf(v, hi); len(cs) > 0 {
		// "hosted the leaders of Italy, Canada and Belgium": where the
		// leaders go unnamed, their countries are the parties
		objs, leaders = cs, true
	} else if ac := d.unnamedAgentsCountries(v+1, hi); len(ac) > 2 {
		objs = ac // "met the ambassadors of France, Germany and the UK": each of them
	} else if len(objs) > 2 && !allPeople(objs) && !represented {
		objs = objs[:2]
	} else if len(objs) > 4 {
		objs = objs[:4] // "a summit with A, B and C": each of the people named
	}
	st := d.status(at+1, v)
	if adjunctOf != nil {
		st = d.status(v-1, v) // "promising to ..., after meeting Z": the adjunct's own
	}
	if st == kg.Happened && at >= s.lo && d.deniedReport(at, s.lo) {
		st = kg.Denied // "X rejected reports that she had met Y"
	}
	if (w == "talks" || w == "meeting" || w == "negotiations") && v > s.lo && afterWords[d.toks[v-1].lower] {
		st = kg.Happened // "proposed a ceasefire after talks with X": the talks were held
	}
	if invite && st == kg.Happened {
		st = kg.Proposed // "X invited Y to Moscow"
	}
	if (w == "meet" || w == "visit" || w == "host") && v > s.lo && d.toks[v-1].lower == "to" && st == kg.Happened && !d.pastTripBefore(v-1, at+1) {
		st = kg.Planned
	}
	if src.kind == kg.Place && !d.isCountry(src) && strings.HasPrefix(w, "host") {
		return // "the Tarma Hotel was hosting a ceremony for X": a venue, no party
	}
	for _, o := range objs {
		if o.kind == kg.Place && (w == "visited" || w == "visit" || w == "visits") {
			continue // a visit to a place is not a meeting
		}
		if o.kind == kg.Place && src.kind == kg.Person && !leaders && !d.countryOffice(o, v, hi) {
			continue
		}
		date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
		d.addRel(kg.Met, src.id(), o.id(), si, date, prec, st, "", confVerb)
	}
	people := 0
	for _, o := range objs {
		if o.kind == kg.Person {
			people++
		}
	}
	if len(objs) == 0 || at <= s.lo+1 {
		if strings.HasPrefix(w, "host") && people >= 2 && d.talksIn(si) {
			d.guestsMeet(si, objs, st)
		}
		return
	}
	if e := d.coordinated(at, s.lo); e != nil && e != src && e.kind == kg.Person && src.kind == kg.Person && len(others) == 0 {
		// "A and B will hold a three-way meeting with C": A meets C too,
		// and, three of them, B
		date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
		for _, o := range objs {
			if o.kind == kg.Person && o != e {
				d.addRel(kg.Met, e.id(), o.id(), si, date, prec, st, "", confVerb)
			}
		}
		for k := s.lo; k < s.hi; k++ {
			if w := d.toks[k].lower; w == "three-way" || w == "trilateral" || w == "three-party" {
				d.addRel(kg.Met, e.id(), src.id(), si, date, prec, st, "", confVerb)
				break
			}
		}
	}
	if strings.HasPrefix(w, "host") && people >= 2 && d.talksIn(si) {
		d.guestsMeet(si, objs, st)
	}
}

// bothAfter reads "both <people>", "each <party>" or "the two <people>"
// right after the meeting word at toks[v] ("met both candidates", "held
// separate meetings with each delegation"): the two people, or parties,
// named last before, not src.
func (d *doc) bothAfter(v, hi int, src *entity) []*entity {
	k := v + 1
	for k < hi && k < v+3 && (d.toks[k].lower == "with" || d.toks[k].lower == "separately") {
		k++
	}
	if k+1 >= hi {
		return nil
	}
	switch d.toks[k].lower {
	case "both", "each":
		k++
	case "the":
		if d.toks[k+1].lower != "two" {
			return nil
		}
		k += 2
	default:
		return nil
	}
	if k >= hi {
		return nil
	}
	n := d.toks[k].lower
	people := n == "men" || n == "women" || n == "candidates" || n == "leaders" || n == "ministers" || n == "envoys" || n == "presidents" || n == "rivals"
	if !people && n != "delegations" && n != "delegation" && n != "sides" && n != "side" && n != "parties" && n != "party" && n != "groups" {
		return nil
	}
	var out []*entity
	for j := v - 1; j >= 0 && j > v-400 && len(out) < 2; j-- {
		m := d.mentAt[j]
		if m == nil || m.ent == nil {
			continue
		}
		j = m.lo
		e := m.ent
		if e == src || m.demonym || d.possessor(m) || slices.Contains(out, e) {
			continue
		}
		if people && e.kind != kg.Person || !people && e.kind != kg.Organization && !d.isCountry(e) {
			continue
		}
		out = append(out, e)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// talksIn reports "talks" or "negotiations" outside quotation in sentence
// si.
func (d *doc) talksIn(si int) bool {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if w := d.toks[k].lower; (w == "talks" || w == "negotiations") && !d.inQuote[k] {
			return true
		}
	}
	return false
}

// guestsMeet pairs the people a host brings together for talks: "X is to
// host A and B in Brussels for talks" gives A-B as well as X-A and X-B.
func (d *doc) guestsMeet(si int, objs []*entity, st kg.Status) {
	date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
	for i, a := range objs {
		for _, b := range objs[i+1:] {
			if a.kind == kg.Person && b.kind == kg.Person && a != b {
				d.addRel(kg.Met, a.id(), b.id(), si, date, prec, st, "", confVerb)
			}
		}
	}
}

// membersMeeting reports the possessive owner m after "a meeting of the"
// past the meeting word at toks[v]: "to host the next meeting of the
// bloc's leaders" is a gathering of its members, no counterpart.
func (d *doc) membersMeeting(m *mention, v int) bool {
	b := m.lo - 1
	if b > v && d.toks[b].lower == "the" {
		b--
	}
	return b-1 >= v && d.toks[b].lower == "of" && meetNouns[d.toks[b-1].lower]
}

// countryOffice reports "X's interior minister" for the country o in
// toks[v+1:hi]: an office holder left unnamed, through whom the country is
// a party ("talks with Jordan's interior minister").
func (d *doc) countryOffice(o *entity, v, hi int) bool {
	for k := v + 1; k < hi; k++ {
		m := d.mentAt[k]
		if m == nil || m.ent != o || m.lo != k || !d.possessor(m) {
			continue
		}
		if d.membersMeeting(m, v) {
			continue
		}
		for j := m.hi + 1; j < hi && j < m.hi+4; j++ {
			t := &d.toks[j]
			if t.cap || t.kind != tWord || d.mentAt[j] != nil {
				break
			}
			if d.sentWord(j, j-m.hi-1) {
				return true
			}
		}
	}
	return false
}

// atInvitation reports "at the invitation of" after the meeting verb at
// toks[v], before hi.
func (d *doc) atInvitation(v, hi int) bool {
	for k := v + 1; k+3 < hi; k++ {
		if d.toks[k].lower == "at" && d.toks[k+1].lower == "the" && d.toks[k+2].lower == "invitation" && d.toks[k+3].lower == "of" {
			return true
		}
	}
	return false
}

// lastPersonPair is the two people of the last "A and B" before toks[k],
// in its sentence or the one before: whom "they" stands for; nil if none.
func (d *doc) lastPersonPair(k int) []*entity {
	si := int(d.sentOf[k])
	lo := d.sents[max(0, si-1)].lo
	for j := k - 1; j > lo; j-- {
		if d.toks[j].lower != "and" {
			continue
		}
		a, b := d.mentAt[j-1], d.mentAt[j+1]
		if a != nil && b != nil && a.ent != nil && b.ent != nil && a.ent != b.ent && a.ent.kind == kg.Person && b.ent.kind == kg.Person && !d.possessor(a) && !d.possessor(b) {
			return []*entity{a.ent, b.ent}
		}
	}
	return nil
}

// leadersOf reads "the leaders of X, Y and Z" right after the meeting
// verb at toks[v]: the countries, or nil.
func (d *doc) leadersOf(v, hi int) []*entity {
	k := v + 1
	if k < hi && strings.HasSuffix(d.toks[k].lower, "ly") && !d.toks[k].cap {
		k++ // "met separately with the leaders of X and Y"
	}
	if k < hi && d.toks[k].lower == "with" {
		k++
	}
	if k < hi && d.toks[k].lower == "the" {
		k++
	}
	// "talks with Lebanese officials", "met Egyptian and Qatari officials":
	// where they go unnamed, their countries
	var dems []*entity
	j := k
	for j < hi {
		m := d.mentAt[j]
		if m == nil || m.ent == nil || !m.demonym && !(d.isCountry(m.ent) && isAcronym(m.name)) || m.lo != j || !d.isCountry(m.ent) {
			break // "Egyptian and Qatari officials", "the U.S. and South Korean top diplomats"
		}
		dems = append(dems, m.ent)
		j = m.hi
		if j+1 < hi && (d.toks[j].text == "," || d.toks[j].lower == "and") && d.mentAt[j+1] != nil && d.mentAt[j+1].demonym {
			j++
		} else if j+2 < hi && d.toks[j].text == "," && d.toks[j+1].lower == "and" && d.mentAt[j+2] != nil && d.mentAt[j+2].demonym {
			j += 2
		} else {
			break
		}
	}
	if j+1 < hi && rankModifiers[d.toks[j].lower] {
		j++ // "the Chilean and Bolivian top diplomats", "senior officials"
	}
	if len(dems) > 0 && j < hi && (officialNouns[d.toks[j].lower] || leaderNouns[d.toks[j].lower] || unnamedReps[d.toks[j].lower]) && d.personAfterTitles(j, hi) == nil {
		return dems
	}
	if k+2 >= hi || !leaderNouns[d.toks[k].lower] || d.toks[k+1].lower != "of" {
		return nil
	}
	var out []*entity
	for k += 2; k < hi; k++ {
		w := d.toks[k].lower
		if w == "," || w == "and" || w == "the" {
			continue
		}
		m := d.mentAt[k]
		if m == nil || m.ent == nil || !d.isCountry(m.ent) || m.demonym {
			break
		}
		out = append(out, m.ent)
		k = m.hi - 1
	}
	return out
}

// allPeople reports whether every entity of es is a person.
func allPeople(es []*entity) bool {
	for _, e := range es {
		if e.kind != kg.Person {
			return false
		}
	}
	return true
}

// peopleListBefore reads the people (or, beside two countries, the
// countries) listed before "B and A" (A's mention
// starting at toks[at]): "A, B and C met" gives the rest of the list
// before B, up to three; nil if none.
func (d *doc) peopleListBefore(at, lo int, a, b *entity) []*entity {
	k := at - 1
	for k > lo && d.toks[k].lower != "and" {
		k--
	}
	// past B's mention to the comma before it
	k--
	for k > lo && d.mentAt[k] != nil && d.mentAt[k].ent == b {
		k = d.pastTitles(d.mentAt[k].lo-1, lo)
	}
	var out []*entity
	for k > lo && d.toks[k].text == "," && len(out) < 3 {
		m := d.mentAt[k-1]
		countries := d.isCountry(a) && d.isCountry(b)
		if m == nil || m.ent == nil || m.ent.kind != kg.Person && !(countries && d.isCountry(m.ent)) || m.ent == a || m.ent == b || d.possessor(m) {
			break
		}
		out = append(out, m.ent)
		k = d.pastTitles(m.lo-1, lo) // "A, Indonesian President B and C": past B's titles
	}
	return out
}

// pressOrVirtual reports a press conference or a meeting not held in
// person right after the verb at toks[v]: "hosted a joint news
// conference with", "held a virtual meeting with", "talks by video link".
func (d *doc) pressOrVirtual(v, hi int) bool {
	if v > 0 {
		if w := d.toks[v-1].lower; w == "virtual" || w == "online" || w == "video" {
			return true // "a virtual meeting", "video talks"
		}
	}
	for k := v; k < hi && k < v+6; k++ {
		w := d.toks[k].lower
		if k > v && (w == "with" || d.mentAt[k] != nil) {
			return false
		}
		if w == "virtual" || w == "online" || w == "video" || w == "videoconference" ||
			(w == "conference" || w == "briefing") && k > v && (d.toks[k-1].lower == "news" || d.toks[k-1].lower == "press") {
			return true
		}
	}
	return false
}

// envoyAfter reads an envoy of a country from toks[k]: "the Israeli
// ambassador", "Chile's envoy", "the ambassador of Chile". It returns the
// country.
func (d *doc) envoyAfter(k, hi int) *entity {
	if k < hi && d.toks[k].lower == "the" {
		k++
	}
	if k >= hi {
		return nil
	}
	if m := d.mentAt[k]; m != nil && m.ent != nil && (m.ent.kind == kg.Place && isCountry(m.ent.name) || m.ent.kind == kg.Organization && !m.demonym) {
		n := m.hi
		if n < hi && (d.toks[n].lower == "'s" || d.toks[n].lower == "\u2019s") {
			n++
		}
		if n < hi && envoyNouns[d.toks[n].lower] {
			c := n + 1
			if o := d.mentAt[min(c+1, hi-1)]; c+1 < hi && d.toks[c].lower == "in" && o != nil && o.lo == c+1 && o.ent != nil && o.ent.kind == kg.Place {
				c = o.hi // "Tajikistan's ambassador in Bishkek, X"
			}
			if p := d.mentAt[min(c+1, hi-1)]; c+1 < hi && d.toks[c].text == "," && p != nil && p.ent != nil && p.ent.kind == kg.Person && p.lo == c+1 {
				return p.ent // "summoned the Turkish ambassador, Selim Ozdemir,": the envoy named
			}
			return m.ent // "the EU ambassador": the body's envoy
		}
		return nil
	}
	if envoyNouns[d.toks[k].lower] && k+2 < hi && (d.toks[k+1].lower == "of" || d.toks[k+1].lower == "from") {
		if m := d.mentAt[k+2]; m != nil && m.ent != nil && m.ent.kind == kg.Place && isCountry(m.ent.name) {
			return m.ent
		}
	}
	return nil
}

// participants are the objects of a meeting verb that are not its venue
// ("in Doha"); when people are named, only they count ("held talks with
// rebel envoy Omar Said" is a meeting with the envoy).
// afterLocative reports a locative preposition before toks[k], past "the"
// and lower-case modifiers: "on Sentosa", "at the Capella".
func (d *doc) afterLocative(k, lo int) bool {
	j := k - 1
	for j > lo && j > k-4 && (d.toks[j].lower == "the" || d.toks[j].kind == tWord && !d.toks[j].cap && compass[d.toks[j].lower]) {
		j--
	}
	return j >= lo && (locatives[d.toks[j].lower] || d.toks[j].lower == "on" || d.toks[j].lower == "to" || d.toks[j].lower == "from")
}

// roleHolders reads "the <office>s of A and B" before the mention of b at
// toks[at] (A and B countries): the one person the article names in that
// office for each, or nils.
func (d *doc) roleHolders(at, lo int, b, a *entity) (*entity, *entity) {
	if !d.isCountry(a) || !d.isCountry(b) {
		return nil, nil
	}
	of := -1
	for k := at - 1; k > lo && k > at-8; k-- {
		if d.toks[k].lower == "of" {
			of = k
			break
		}
	}
	if of < lo+1 {
		return nil, nil
	}
	role := ""
	switch n := d.toks[of-1].lower; n {
	case "ministers":
		if of-2 < lo {
			return nil, nil
		}
		role = "minister" // a title keeps no portfolio: the one minister named for each country
		if d.toks[of-2].lower == "prime" {
			role = "prime minister"
		}
	case "presidents":
		role = "president"
	default:
		return nil, nil
	}
	holder := func(c *entity) *entity {
		var found *entity
		for _, e := range d.ents {
			if e.kind != kg.Person || e.mentions == 0 || !strings.HasSuffix(strings.ToLower(e.role), role) && e.role != "counterpart" || d.countryOfPerson(e) != c {
				continue
			}
			if found != nil {
				return nil
			}
			found = e
		}
		return found
	}
	pa, pb := holder(a), holder(b)
	if pa == nil || pb == nil || pa == pb {
		return nil, nil
	}
	return pa, pb
}

// lastFoes is the last pair of organizations or countries the article
// has told attacking each other (A attacked B and B attacked A), or nils.
func (d *doc) lastFoes() (*entity, *entity) {
	byID := map[string]*entity{}
	for _, e := range d.ents {
		if e.kind == kg.Organization || e.kind == kg.Place {
			byID[e.id()] = e
		}
	}
	for i := len(d.rels) - 1; i >= 0; i-- {
		r := &d.rels[i]
		if r.Type != kg.Attacked || r.Status != kg.Happened {
			continue
		}
		a, b := byID[r.Source], byID[r.Target]
		if a == nil || b == nil || a == b {
			continue
		}
		for j := range d.rels {
			o := &d.rels[j]
			if o.Type == kg.Attacked && o.Source == r.Target && o.Target == r.Source {
				return a, b
			}
		}
	}
	return nil, nil
}

// lastMet is the two parties of the last meeting read, or nils.
func (d *doc) lastMet() (*entity, *entity) {
	for i := len(d.rels) - 1; i >= 0; i-- {
		r := &d.rels[i]
		if r.Type != kg.Met {
			continue
		}
		var a, b *entity
		for _, e := range d.ents {
			switch e.id() {
			case r.Source:
				a = e
			case r.Target:
				b = e
			}
		}
		return a, b
	}
	return nil, nil
}

// lastMetSides are the two parties of the last meeting read, if neither
// is a person: "the two sides" of talks the article told of.
func (d *doc) lastMetSides() (*entity, *entity) {
	a, b := d.lastMet()
	if a == nil || b == nil || a.kind == kg.Person || b.kind == kg.Person {
		return nil, nil
	}
	return a, b
}

// lastMetNations are the countries of the two people of different
// nationalities in the last meeting read, if the article names both.
func (d *doc) lastMetNations() (*entity, *entity) {
	a, b := d.lastMet()
	if a == nil || b == nil || a.kind != kg.Person || b.kind != kg.Person {
		return nil, nil
	}
	ca, cb := d.countryOfPerson(a), d.countryOfPerson(b)
	if ca == nil || cb == nil || ca == cb {
		return nil, nil
	}
	return ca, cb
}

// countryOfPerson is the country named before a person's title where the
// article first names them ("US President X", "North Korean leader Y"),
// else the country of the office the resolution gave them; or nil.
func (d *doc) countryOfPerson(e *entity) *entity {
	if k := d.firstMention(e); k > 0 {
		for j := k - 1; j >= 0 && j > k-6; j-- {
			m := d.mentAt[j]
			if m != nil && m.ent != nil && m.ent.kind == kg.Place && d.isCountry(m.ent) {
				return m.ent
			}
			if m != nil && m.ent == nil {
				// "US President X": an acronym resolved later
				if p, ok := lookupPlace(d.text[d.toks[m.lo].start:d.toks[m.hi-1].end]); ok && p.Kind == gazetteer.Country {
					if c := d.knownAs(p.Name); c != nil && c.kind == kg.Place {
						return c
					}
				}
			}
			if m != nil || d.toks[j].kind != tWord {
				break
			}
			if _, title := d.isTitle(j); !title && !roleWords[d.toks[j].lower] && !titleLead[d.toks[j].lower] {
				break
			}
		}
	}
	if e.nat != "" {
		if c := d.knownAs(e.nat); c != nil && c.kind == kg.Place {
			return c
		}
	}
	return nil
}

// gatheringAhead reports "the G8 summit", "a NATO meeting" at toks[k]: the
// gathering a visit was for, whose name is no participant.
func (d *doc) gatheringAhead(k, hi int) bool {
	if k >= hi || !determiners[d.toks[k].lower] {
		return false
	}
	for j := k + 1; j < hi && j < k+5; j++ {
		if holdNouns[d.toks[j].lower] || d.toks[j].lower == "conference" || d.toks[j].lower == "ceremony" {
			return true
		}
	}
	return false
}

// unnamedPartner is the country of an office holder the text joins to the
// person at toks[at] without naming: "A and her Chilean counterpart", "A
// and Chile's foreign minister", "A and the Chilean foreign minister",
// before the verb at toks[v]; nil otherwise.
func (d *doc) unnamedPartner(at, v int) *entity {
	m := d.mentAt[at]
	if m == nil {
		return nil
	}
	k := m.hi
	if k >= v || d.toks[k].lower != "and" {
		return nil
	}
	k++
	if k < v && (d.toks[k].lower == "her" || d.toks[k].lower == "his" || d.toks[k].lower == "the" || d.toks[k].lower == "their") {
		k++
	}
	c := d.mentAt[min(k, v-1)]
	if k >= v || c == nil || c.ent == nil || c.lo != k || c.ent.kind != kg.Place || !(c.demonym || d.isCountry(c.ent) && d.possessor(c)) {
		return nil
	}
	k = c.hi
	if k < v && (d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s") {
		k++
	}
	n := 0
	for ; k < v && d.mentAt[k] == nil && d.toks[k].kind == tWord && !holdVerbs[d.toks[k].lower]; k++ {
		if _, ok := d.isTitle(k); !ok && d.toks[k].lower != "counterpart" && !roleWords[d.toks[k].lower] && !portfolio[d.toks[k].text] && !lowerTitle(d.toks[k].lower) {
			return nil
		}
		n++
	}
	if n == 0 || n > 4 {
		return nil
	}
	return c.ent
}

// allPlaces reports entities that are all places (or none).
func allPlaces(es []*entity) bool {
	for _, e := range es {
		if e.kind != kg.Place {
			return false
		}
	}
	return true
}

// unnamedCounterparts are the countries of "his Polish counterpart" or
// "her Peruvian and Chilean counterparts" after the verb at toks[v], when
// no name follows them: the counterparts stand for their countries.
func (d *doc) unnamedCounterparts(v, hi int) []*entity {
	for k := v + 1; k < hi && k < v+12; k++ {
		w := d.toks[k].lower
		if w != "counterpart" && w != "counterparts" {
			continue
		}
		if n := k + 1; n < hi && d.toks[n].text == "," {
			n++
			if n < hi && (d.mentAt[n] != nil || d.personAfterTitles(n, hi) != nil) {
				return nil // "his Polish counterpart, Jan Nowak": named
			}
		} else if n < hi && d.mentAt[n] != nil {
			return nil // "counterpart Jan Nowak"
		}
		var out []*entity
	scan:
		for j := k - 1; j > v; j-- {
			m := d.mentAt[j]
			switch {
			case m != nil && m.ent != nil && m.ent.kind == kg.Place && (m.demonym || d.isCountry(m.ent) && !d.possessor(m)):
				out = append(out, m.ent)
				j = m.lo
			case d.toks[j].lower == "and" || d.toks[j].text == ",":
			default:
				break scan // "his counterpart": the country is not given
			}
		}
		if len(out) > 0 {
			return out
		}
		return nil
	}
	return nil
}

// unnamedAgentsCountries is the countries of the unnamed envoys or
// officers at toks[k] (envoysCountries, officersCountries).
func (d *doc) unnamedAgentsCountries(k, hi int) []*entity {
	for n := 0; n < 2 && k < hi && (holdNouns[d.toks[k].lower] || d.toks[k].lower == "with"); n++ {
		k++ // "held talks with the ambassadors of X and Y"
	}
	return append(d.envoysCountries(k, hi), d.officersCountries(k, hi)...)
}

// officersCountries reads unnamed officers of two or more countries at
// toks[k] ("Ethiopian and Kenyan military commanders", "Peruvian,
// Chilean and Bolivian officials"): their countries, the parties where
// the officers go unnamed; nil for fewer than two.
func (d *doc) officersCountries(k, hi int) []*entity {
	if k < hi && d.toks[k].lower == "the" {
		k++
	}
	var out []*entity
	for ; k < hi; k++ {
		t := &d.toks[k]
		if t.text == "," || t.lower == "and" {
			continue
		}
		c, ok := demonymOf(t.text)
		if !ok || !t.cap {
			break
		}
		e := d.entityNamed(c)
		if e == nil || !d.isCountry(e) {
			return nil
		}
		out = append(out, e)
	}
	for n := 0; k < hi && n < 2 && officerModifiers[d.toks[k].lower]; n++ {
		k++
	}
	if len(out) < 2 || k >= hi || !officerNouns[d.toks[k].lower] {
		return nil
	}
	return out
}

// envoysCountries reads unnamed envoys at toks[k] ("the French
// ambassador", "the ambassadors of France and Germany"): their countries,
// the parties where the envoys go unnamed; nil when a name follows.
func (d *doc) envoysCountries(k, hi int) []*entity {
	if k < hi && (d.toks[k].lower == "the" || possessivePronouns[d.toks[k].lower]) {
		k++
	}
	if k+1 >= hi {
		return nil
	}
	if m := d.mentAt[k]; m != nil && m.ent != nil && m.demonym && m.lo == k && d.isCountry(m.ent) && m.hi < hi && envoyNouns[d.toks[m.hi].lower] {
		if n := m.hi + 1; n < hi && (d.toks[n].cap && d.toks[n].kind == tWord || d.mentAt[n] != nil || d.toks[n].text == "," && n+1 < hi && d.mentAt[n+1] != nil) {
			return nil // "the French ambassador, Jean Roux,": the envoy is named
		}
		return []*entity{m.ent}
	}
	if !envoyNouns[d.toks[k].lower] || d.toks[k+1].lower != "of" {
		return nil
	}
	var out []*entity
	for j := k + 2; j < hi && j < k+12; j++ {
		m := d.mentAt[j]
		switch {
		case m != nil && m.ent != nil && m.lo == j && d.isCountry(m.ent) && !m.demonym:
			out = append(out, m.ent)
			j = m.hi - 1
		case d.toks[j].text == "," || d.toks[j].lower == "and" || d.toks[j].lower == "the" && j > k+2 && (d.toks[j-1].lower == "and" || d.toks[j-1].text == ","):
			// "the ambassadors of France, Germany and the UK"
		default:
			return out
		}
	}
	return out
}

func (d *doc) participants(v, hi int, src *entity) []*entity {
	// what they met about is no participant: "to discuss the strikes on X";
	// nor is a mediator: ", mediated by X"
	for k := v + 1; k < hi && k < v+window; k++ {
		w := d.toks[k].lower
		if topicWords[w] || w == "to" && k+1 < hi && topicWords[d.toks[k+1].lower] || w == "in" && d.peek(k+1) == "order" ||
			w == "sidelines" || w == "margins" || // "met on the sidelines of the Nordic summit": where
			w == "under" && d.peek(k+1) == "the" && d.peek(k+2) == "auspices" || // "under the auspices of the U.S.-led committee": a sponsor, no party

			mediateVerbs[w] && d.peek(k+1) == "by" || w == "for" && d.gatheringAhead(k+1, hi) ||
			w == "on" && (k > v+1 || holdNouns[d.toks[v].lower]) && k+1 < hi && (d.toks[k+1].lower == "the" || d.toks[k+1].lower == "a" || d.toks[k+1].kind == tWord && !d.toks[k+1].cap && strings.HasSuffix(d.toks[k+1].lower, "ing")) && !d.meetOnPlace(k+1, hi) {
			hi = k // "talks with X on the ceasefire and on disarming Y": what about
			break
		}
	}
	// "on the eve of the G20 summit": the gathering's namesake is no party
	gathering := map[*entity]bool{}
	for k := v + 1; k < hi && k < v+window; k++ {
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.hi < hi && (holdNouns[d.toks[m.hi].lower] || d.toks[m.hi].lower == "conference") {
			gathering[m.ent] = true
		}
	}
	// ", with X acting as mediator": a mediator is no party
	for k := v + 1; k < hi && k < v+window; k++ {
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.hi+2 < len(d.toks) && d.toks[m.hi].lower == "acting" && d.toks[m.hi+1].lower == "as" &&
			(d.toks[m.hi+2].lower == "mediator" || d.peek(m.hi+3) == "mediator") {
			gathering[m.ent] = true
		}
	}
	holder, bodies := d.officeHolders(v, hi)
	var out []*entity
	people := false
	for k := v + 1; k < hi && k < v+6; k++ {
		// "met Ethiopia's prime minister": where the leader goes unnamed,
		// the country is the party
		m := d.mentAt[k]
		if m == nil || m.ent == nil || m.lo != k {
			continue
		}
		if m.ent.kind == kg.Place && k > v+1 && (d.toks[k-1].lower == "in" || d.toks[k-1].lower == "at") {
			k = m.hi - 1
			continue // "held talks in Kabul with ...": where
		}
		if d.possessor(m) && (d.isCountry(m.ent) || m.ent.kind == kg.Organization) && m.ent != src && d.unnamedLeader(m.hi, min(hi, m.hi+6)) && !d.membersMeeting(m, v) {
			out = append(out, m.ent)
		}
		break
	}
	for _, e := range d.unnamedAgentsCountries(v+1, hi) {
		if e != src && !slices.Contains(out, e) {
			out = append(out, e) // "met the ambassadors of France and Germany", "met Ethiopian and Kenyan military commanders": unnamed, their countries
		}
	}
	for _, e := range d.objects(v, hi, src) {
		if gathering[e] {
			continue
		}
		if p := holder[e]; p != nil {
			e = p // "met the commander of X, General Y,": Y
		}
		out = append(out, e)
		if e.kind == kg.Person {
			people = true
		}
	}
	for _, p := range holder {
		if p != nil && !slices.Contains(out, p) && p != src {
			out = append(out, p) // "a delegation from X led by its chairman, Y": X and Y
		}
	}
	var keep []*entity
	for _, e := range out {
		if people && e.kind != kg.Person && !bodies[e] {
			continue // "talks with rebel envoy X": the envoy, not his group
		}
		if d.venue(e, v, hi) {
			continue
		}
		keep = append(keep, e)
	}
	return keep
}

// officeHolders reads, in the object of the meeting verb at toks[v], the
// people named for a body by their office after it and the bodies met
// through their members: "the commander of X, General Y," is Y in X's
// stead (holder[X] = Y); "a delegation from X led by its chairman, Y"
// adds Y beside X (holder[Y] = Y, bodies[X]); "Y and officials of X",
// "members of X" keep X beside the people named (bodies[X]).
func (d *doc) officeHolders(v, hi int) (holder map[*entity]*entity, bodies map[*entity]bool) {
	holder, bodies = map[*entity]*entity{}, map[*entity]bool{}
	for k := v + 1; k+2 < hi && k < v+window; k++ {
		w := d.toks[k].lower
		if (partyMembersOf[w] || w == "delegation" || w == "delegations") && (d.toks[k+1].lower == "of" || d.toks[k+1].lower == "from") {
			j := k + 2
			if j < hi && d.toks[j].lower == "the" {
				j++
			}
			if m := d.mentAt[min(j, hi-1)]; m != nil && m.ent != nil && m.lo == j && m.ent.kind != kg.Person {
				bodies[m.ent] = true
				if p := d.leaderAfter(m.hi, hi); p != nil {
					holder[p] = p
				}
			}
			continue
		}
		if w != "the" || !roleWords[d.toks[k+1].lower] && !headNouns[d.toks[k+1].lower] || d.toks[k+2].lower != "of" {
			continue
		}
		j := k + 3
		for n := 0; j < hi && n < 5 && d.mentAt[j] == nil && d.toks[j].kind == tWord && !d.toks[j].cap; n++ {
			j++ // "the head of the observation mission of the X"
		}
		m := d.mentAt[min(j, hi-1)]
		if m == nil || m.ent == nil || m.lo != j || m.ent.kind == kg.Person {
			continue
		}
		e := m.hi
		if e+2 < hi && d.toks[e].text == "(" && d.toks[e+2].text == ")" {
			e += 3 // "(AUSSOM)"
		}
		if e < hi && d.toks[e].text == "," {
			if p := d.personAfterTitles(e+1, hi); p != nil {
				holder[m.ent] = p.ent
			} else if p := d.mentAt[min(e+1, hi-1)]; p != nil && p.ent != nil && p.lo == e+1 && p.ent.kind == kg.Person {
				holder[m.ent] = p.ent
			}
		}
	}
	return holder, bodies
}

// invitedToTalks lists the parties named between the verb of invitation at
// toks[v] and "to (return to) talks" or "to the negotiating table"; nil
// when the invitation is to anything else.
func (d *doc) invitedToTalks(v, hi int) []*entity {
	var out []*entity
	for k := v + 1; k < hi && k < v+window; k++ {
		if d.toks[k].lower == "to" {
			for j := k + 1; j < hi && j < k+5; j++ {
				if w := d.toks[j].lower; w == "talks" || w == "negotiations" || w == "table" {
					return out
				}
			}
			return nil
		}
		m := d.mentAt[k]
		if m != nil && m.demonym && k+1 < hi {
			if o := d.mentAt[k+1]; o != nil && o.lo == m.lo && !o.demonym {
				m = o // "the Peruvian army": the organization, not its country
			}
		}
		if m == nil || m.ent == nil || m.demonym {
			continue
		}
		if m.ent.kind != kg.Event && !slices.Contains(out, m.ent) {
			out = append(out, m.ent)
		}
		k = m.hi - 1
	}
	return nil
}

// leaderAfter is the person named in "led by (its chairman,) Y" right
// after toks[k], or nil.
func (d *doc) leaderAfter(k, hi int) *entity {
	if k+3 < hi && d.toks[k].text == "(" && d.toks[k+2].text == ")" {
		k += 3 // "a delegation from the X Assembly (XA) led by"
	}
	if k+2 >= hi || d.toks[k].lower != "led" || d.toks[k+1].lower != "by" {
		return nil
	}
	j := k + 2
	for n := 0; j < hi && n < 4 && d.mentAt[j] == nil && d.toks[j].kind == tWord && !d.toks[j].cap; n++ {
		j++ // "its chairman"
	}
	if j < hi && d.toks[j].text == "," {
		j++
	}
	if p := d.personAfterTitles(j, hi); p != nil {
		return p.ent
	}
	if p := d.mentAt[min(j, hi-1)]; p != nil && p.ent != nil && p.lo == j && p.ent.kind == kg.Person {
		return p.ent
	}
	return nil
}

// meetOnPlace reports "on the sidelines", "on the margins", "on the
// island of X", "on board": where, after "on" at toks[k-1], not a topic.
func (d *doc) meetOnPlace(k, hi int) bool {
	for n := 0; k < hi && n < 4; n, k = n+1, k+1 {
		w := d.toks[k].lower
		if onPlaceWords[w] || d.mentAt[k] != nil {
			return true
		}
		if w != "the" && w != "a" && w != "an" && !compass[w] {
			return false
		}
	}
	return false
}

// venue reports whether e is named after "in", "at" or "near" in
// toks[v:hi], as where something happened.
func (d *doc) venue(e *entity, v, hi int) bool {
	for k := v + 1; k < hi; k++ {
		m := d.mentAt[k]
		if m == nil || m.ent != e || m.lo != k && !(m.lo < k && m.lo > v) {
			continue // "at the Malaysian foreign ministry": the demonym's mention holds the name's first word
		}
		j := m.lo - 1
		for n := 0; j > v && n < 6; n++ {
			w := d.toks[j].lower
			if o := d.mentAt[j]; o != nil && o.demonym {
				j = o.lo - 1 // "in the Chinese city of Kunming"
				continue
			}
			if w == "the" || w == "of" || w == "," || placeNouns[w] || compass[w] {
				j-- // "in the Angolan capital, Luanda"
				continue
			}
			break
		}
		p := d.toks[j].lower
		return p == "in" || p == "at" || p == "near" || p == "outside"
	}
	return false
}

// coordinated finds "Y and (the) X" before the mention starting at toks[at]:
// Y, or nil.
func (d *doc) coordinated(at, lo int) *entity {
	k := at - 1
	if k > lo && d.toks[k].text == "," {
		// "the governor of A, X, and the governor of B, Y, held talks": past
		// Y's appositive to the "and" before it
		j := k - 1
		for j > lo && j > k-12 && d.toks[j].lower != "and" && d.toks[j].text != "," && d.toks[j].kind != tQuote {
			j--
		}
		if j > lo && d.toks[j].lower == "and" && appositionOpeners[d.toks[j+1].lower] {
			j--
			if d.toks[j].text == "," {
				j--
			}
			if m := d.mentAt[j]; m != nil && m.ent != nil && m.ent.kind == kg.Person && !d.possessor(m) {
				return m.ent
			}
		}
		return nil
	}
	for k >= lo && k > at-7 && d.toks[k].kind == tWord && d.toks[k].lower != "and" {
		if m := d.mentAt[k]; m != nil {
			if m.ent == nil || m.ent.kind != kg.Place {
				break
			}
			k = m.lo - 1 // "U.S. President Barack Obama": the prefix
			continue
		}
		if _, title := d.isTitle(k); d.toks[k].cap && !title {
			break
		}
		k--
	}
	if k <= lo || d.toks[k].lower != "and" {
		return nil
	}
	k--
	if m := d.mentAt[k]; m != nil && m.ent != nil && !d.possessor(m) {
		if p := d.personOf(m, lo); p != nil && m.ent.kind != kg.Person {
			return p.ent // "A of Peru and B of Chile met": A
		}
		return m.ent
	}
	if personPronouns[d.toks[k].lower] && d.mentAt[k] == nil {
		if p := d.lastPerson(k); p != nil && p.kind == kg.Person {
			return p // "He and Lopes are expected to meet": whom "he" is
		}
	}
	return nil
}

// listBefore is the rest of a list that ends with the mention of e
// starting at toks[at]: "Peru, Chile and Uruguay" before Uruguay gives
// Peru and Chile. Only entities of e's kind count.
func (d *doc) listBefore(at, lo int, e *entity) []*entity {
	var out []*entity
	k := at - 1
	if k > lo && d.toks[k].lower != "and" {
		return nil
	}
	for k > lo && (d.toks[k].lower == "and" || d.toks[k].text == ",") && len(out) < 4 {
		m := d.mentAt[k-1]
		if m == nil || m.ent == nil || m.ent == e || m.ent.kind != e.kind || d.possessor(m) || m.demonym {
			break
		}
		out = append(out, m.ent)
		k = m.lo - 1
	}
	return out
}

// meetingBetween reads "talks between X and Y".
func (d *doc) meetingBetween(si, v, b int) {
	s := d.sents[si]
	// "a meeting between the two leaders": the two named last
	k := b + 1
	if d.peek(k) == "the" {
		k++
	}
	if (d.peek(k) == "two" || d.peek(k) == "both") && sideNouns[d.peek(k+1)] {
		d.meetingOfBoth(si, k+2, true)
		return
	}
	var parts []*entity
	last := v
	for k := b + 1; k < s.hi && k < b+12 && len(parts) < 2; k++ {
		t := &d.toks[k]
		if t.text == "," && len(parts) == 0 || t.text == ";" || t.text == "." {
			break
		}
		m := d.mentAt[k]
		if m == nil || m.ent == nil || d.possessor(m) || m.ent.kind == kg.Event {
			continue
		}
		if m.demonym && m.hi < s.hi && d.mentAt[m.hi] != nil || m.ent.kind != kg.Person && m.hi < s.hi && d.personAfterTitles(m.hi, s.hi) != nil {
			continue // "Armenian Prime Minister X", "Sudanese army chief X": the person is the party
		}
		if p := d.personInApposition(m, s.hi); len(parts) == 1 && p != nil {
			// "a meeting between X and the Varnok Front leader, Rui Lopes,":
			// the person the title names
			parts = append(parts, p.ent)
			last = p.hi
			if last < s.hi && d.toks[last].text == "," {
				last++
			}
			break
		}
		parts = append(parts, m.ent)
		k = m.hi - 1
		last = m.hi
		if j := m.hi + 1; m.ent.kind == kg.Person && j < s.hi && d.toks[m.hi].lower == "of" {
			if d.toks[j].lower == "the" {
				j++
			}
			if o := d.mentAt[min(j, s.hi-1)]; j < s.hi && o != nil && o.lo == j {
				k, last = o.hi-1, o.hi // "between Crown Prince X of Peru and Y": of X's country, no party
			}
		}
	}
	if len(parts) != 2 || parts[0] == parts[1] {
		return
	}
	// the status cues after the parties, up to the verb that tells what
	// became of the meeting: "were cancelled", not "ended without a deal"
	end := last
	for k := last; k < s.hi && k < last+6; k++ {
		w := d.toks[k].lower
		if deniedCues[w] || plannedCues[w] || proposedCues[w] || beForms[w] || skippable[w] {
			end = k + 1
			continue
		}
		if d.toks[k].kind == tWord && !d.toks[k].cap && (strings.HasSuffix(w, "ed") || pastVerbs[w]) {
			break
		}
		end = k + 1
	}
	st := d.status(max(s.lo, v-8), end)
	if st == kg.Happened && d.aheadOf(v, s.lo) {
		st = kg.Planned
	}
	date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
	d.addRel(kg.Met, parts[0].id(), parts[1].id(), si, date, prec, st, "", confVerb)
}

// personInApposition is the person named right after the organization or
// place of mention m and a role word, between commas: "the Varnok Front
// leader, Rui Lopes,"; nil otherwise.
func (d *doc) personInApposition(m *mention, hi int) *mention {
	if m.ent.kind == kg.Person {
		return nil
	}
	k := m.hi
	for n := 0; k < hi && n < 3 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil; n, k = n+1, k+1 {
	}
	if k == m.hi || k+1 >= hi || d.toks[k].text != "," || !roleWords[d.toks[k-1].lower] {
		return nil
	}
	if p := d.mentAt[k+1]; p != nil && p.ent != nil && p.ent.kind == kg.Person && p.lo == k+1 {
		return p
	}
	return nil
}

// aheadOf reports a meeting noun at toks[v] that something came before:
// "ahead of talks", "ahead of next week's summit"; the talks are to come.
func (d *doc) aheadOf(v, lo int) bool {
	for k := v - 1; k > lo && k > v-6; k-- {
		if d.toks[k].lower == "of" {
			return d.toks[k-1].lower == "ahead"
		}
	}
	return false
}

// meetPhrase reports whether toks[v] heads a phrase of meeting that is not
// a meeting verb: "shook hands with X", "a phone call with X", "spoke by
// telephone (with X)", "at a joint press conference with X".
func (d *doc) meetPhrase(si, v int) bool {
	s := d.sents[si]
	w := d.toks[v].lower
	next := func(k int) string {
		if k < s.hi {
			return d.toks[k].lower
		}
		return ""
	}
	prev := func(k int) string {
		if k >= s.lo {
			return d.toks[k].lower
		}
		return ""
	}
	if w == "hands" {
		p := prev(v - 1)
		return (p == "shook" || p == "shake" || p == "shakes" || p == "shaking") && next(v+1) == "with"
	}
	if w == "down" {
		// "sat down with X", "will sit down with X"
		p := prev(v - 1)
		return (p == "sat" || p == "sit" || p == "sits" || p == "sitting") && next(v+1) == "with"
	}
	if mealNouns[w] {
		// "had lunch with X", "hosted a dinner with X": a meal together
		p := prev(v - 1)
		if p == "a" || p == "working" || p == "private" || p == "state" {
			p = prev(v - 2)
		}
		return (p == "had" || p == "has" || p == "have" || p == "having" || p == "hosted" || p == "hosts" || p == "host") && next(v+1) == "with"
	}
	if (w == "spoke" || w == "talked") && next(v+1) == "with" {
		// "spoke with X on the sidelines of the summit": in person
		for k := v + 2; k+2 < s.hi; k++ {
			if d.toks[k].lower == "on" && d.toks[k+1].lower == "the" && d.toks[k+2].lower == "sidelines" {
				return true
			}
		}
	}
	return false
}

// byPhone reports a meeting word that tells of a call, which is no
// meeting: "phone talks with", "talked by telephone", "a video
// conference".
func (d *doc) byPhone(si, v int) bool {
	s := d.sents[si]
	at := func(k int) string {
		if k >= s.lo && k < s.hi {
			return d.toks[k].lower
		}
		return ""
	}
	return phoneWords[at(v-1)] || phoneWords[at(v+1)] || (at(v+1) == "by" || at(v+1) == "on" || at(v+1) == "over") && (phoneWords[at(v+2)] || at(v+2) == "the" && phoneWords[at(v+3)])
}

// representedBy reads "<verb> (with) (the) representatives of|from X" after
// toks[v]: the organization X, or the organization "the group" refers to;
// for a list ("diplomats from the EU, Britain and Chile") each body or
// country of it.
func (d *doc) representedBy(v, hi int) []*entity {
	k := v + 1
	if a := d.skipTimeAdjunct(k, hi); a > k && a < hi && d.toks[a].lower == "with" {
		k = a // "met on Thursday with executives from X"
	}
	for k < hi && k < v+4 && (d.toks[k].lower == "with" || d.toks[k].lower == "the" || d.toks[k].lower == "a" || d.toks[k].lower == "an" || d.toks[k].lower == "senior" || d.toks[k].lower == "two" || d.toks[k].lower == "several") {
		k++
	}
	if k+1 < hi && (d.toks[k].lower == "army" || d.toks[k].lower == "military" || d.toks[k].lower == "police") && d.mentAt[k] == nil && (repNouns[d.toks[k+1].lower] || d.toks[k+1].lower == "officers" || d.toks[k+1].lower == "chiefs") {
		// "a meeting with senior army officers": the one army the article names
		if e := d.ownerByNoun(d.toks[k].lower, nil); e != nil {
			return []*entity{e}
		}
		return nil
	}
	if k+2 >= hi || !repNouns[d.toks[k].lower] || (d.toks[k+1].lower != "of" && d.toks[k+1].lower != "from") {
		return nil
	}
	k += 2
	if d.toks[k].lower == "the" && k+1 < hi {
		if orgAnaphors[d.toks[k+1].lower] && d.mentAt[k+1] == nil {
			if e := d.lastOrg(k+1, d.toks[k+1].lower); e != nil {
				return []*entity{e}
			}
			return nil
		}
	}
	// "diplomats from the European Union, the United Kingdom and the
	// United States": each body or country of the list
	var out []*entity
	for ; k < hi && len(out) < 6; k++ {
		w := d.toks[k].lower
		if w == "the" || w == "," || w == "and" && len(out) > 0 {
			continue
		}
		m := d.mentAt[k]
		if m == nil || m.ent == nil || m.demonym || d.possessor(m) || !(m.ent.kind == kg.Organization || d.isCountry(m.ent)) {
			break
		}
		out = append(out, m.ent)
		k = m.hi - 1
	}
	return out
}

// ledDelegation reports "a (Chilean) delegation led by X" at toks[k], X a
// person the text names.
func (d *doc) ledDelegation(k, hi int) bool {
	for n := 0; k < hi && n < 3 && (determiners[d.toks[k].lower] || d.mentAt[k] != nil && d.mentAt[k].demonym || d.toks[k].lower == "high-level" || d.toks[k].lower == "senior"); n++ {
		k++
	}
	if m := d.mentAt[min(k, hi-1)]; k < hi && m != nil && m.lo == k && m.ent != nil && m.ent.kind == kg.Organization && !m.demonym {
		k = m.hi // "a European Union delegation led by X"
	}
	if k+3 >= hi || !repNouns[d.toks[k].lower] || d.toks[k+1].lower != "led" || d.toks[k+2].lower != "by" {
		return false
	}
	return d.personAfterTitles(k+3, hi) != nil
}

// envoyNamed reports "a (special) envoy from X, (titles) Y" at toks[k], Y a
// person the text names in apposition.
func (d *doc) envoyNamed(k, hi int) bool {
	for n := 0; k < hi && n < 3 && (determiners[d.toks[k].lower] || !d.toks[k].cap && d.toks[k].kind == tWord && !envoyNouns[d.toks[k].lower] && d.mentAt[k] == nil); n++ {
		k++ // "a special envoy", "the visiting envoy"
	}
	if k >= hi || !envoyNouns[d.toks[k].lower] {
		return false
	}
	for j := k + 1; j < hi && j < k+10; j++ {
		if d.toks[j].text == "," {
			return d.personAfterTitles(j+1, hi) != nil
		}
	}
	return false
}

// meetingOfBoth reads "both sides held talks", "commanders from the two
// sides met": a meeting of the two countries (or, for "leaders", the two
// people) named last before it.
func (d *doc) meetingOfBoth(si, v int, between bool) {
	s := d.sents[si]
	if v > s.lo && (d.toks[v-1].lower == "no" || v-1 > s.lo && d.toks[v-2].lower == "no") {
		return // "no bilateral meeting was planned"
	}
	noun := ""
	stop := v - 12
	for k := v - 1; k > s.lo && k >= stop; k-- {
		if d.inQuote[k] {
			break
		}
		if d.toks[k].text == "," {
			// "the two allies, who came close to war last year, resumed
			// talks": past the relative clause
			for j := k - 1; j > s.lo && j > k-25; j-- {
				if d.toks[j].text == "," && relativeWords[d.toks[j+1].lower] {
					stop -= k - j
					k = j
					break
				}
				if d.toks[j].text == "," || d.toks[j].kind == tQuote {
					break
				}
			}
			continue
		}
		if d.toks[k].lower == "two" && k+1 == v && k-1 >= s.lo && d.toks[k-1].lower == "the" {
			noun = "men" // "when the two met": the two people named last
			break
		}
		if !sideNouns[d.toks[k].lower] {
			continue
		}
		n := k - 1
		if n > s.lo && d.toks[n].cap && d.toks[n].kind == tWord {
			n-- // "the two NATO allies"
		}
		if w := d.toks[n].lower; w == "both" || w == "two" {
			b := n - 1
			if b >= s.lo && d.toks[b].lower == "the" {
				b--
			}
			if b >= s.lo && (!between && d.toks[b].lower == "between" || d.toks[b].lower == "of") {
				return // "mediated between the two countries": not who meets
			}
			noun = d.toks[k].lower
			break
		}
	}
	if noun == "" || v+1 < s.hi && d.mentAt[v+1] != nil {
		return // "... met Rwandan Foreign Minister X": the named one meets
	}
	if between && d.metIn[si] {
		return // "X held talks with Y, the first meeting between the two countries' leaders": that meeting
	}
	pair := d.bothSides(si, v, noun)
	if len(pair) != 2 {
		return
	}
	st := d.status(s.lo, v)
	if v > s.lo && d.toks[v-1].lower == "to" && st == kg.Happened {
		st = kg.Planned
	}
	date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
	d.addRel(kg.Met, pair[1].id(), pair[0].id(), si, date, prec, st, "", confCarried)
}

// bothSides is the pair "the two <noun>" or "both <noun>" before toks[v]
// stands for: for people ("leaders", "men") the two named last, for
// countries the two that fought or met last, else the two the passage
// names most; the one named last first. It returns fewer than two when
// the text does not make them clear.
func (d *doc) bothSides(si, v int, noun string) []*entity {
	people := peopleSides[noun]
	pair := d.lastTwo(v, people)
	if noun == "sides" {
		// "the war between the army and the RSF ... talks between the two
		// sides": the two who fought each other; else the two whose
		// meeting the article told of last ("talks between Moscow and
		// Kyiv ... the two sides held three rounds")
		if a, b := d.lastFoes(); a != nil {
			pair = []*entity{a, b}
		} else if a, b := d.lastMetSides(); a != nil {
			pair = []*entity{a, b}
		}
	}
	if !people {
		// "Trump met Kim ... negotiators from both countries will meet":
		// the countries of the two who met last
		if a, b := d.lastMetNations(); a != nil {
			pair = []*entity{a, b}
		} else if noun == "countries" || noun == "nations" || noun == "neighbours" || noun == "neighbors" {
			if two := d.twoCountries(si, v); len(two) == 2 {
				pair = []*entity{two[1], two[0]} // the two countries the passage names most
			}
		}
	}
	return pair
}

// sentWord reports toks[k], the n-th word after an owner's possessive,
// as people sent or led by the owner: "Peru's president", "Peru's
// leaders", "the Front's negotiators", "the Front's negotiating team".
func (d *doc) sentWord(k, n int) bool {
	w := d.toks[k].lower
	return roleWords[w] || roleWords[strings.TrimSuffix(w, "s")] || stateEnvoys[w] || w == "officials" ||
		w == "negotiating" && d.peek(k+1) == "team" || w == "team" && n > 0
}

// unnamedLeader reports "'s president" or "'s foreign minister" at
// toks[k:v] with no name after the title: a leader the text does not name.
func (d *doc) unnamedLeader(k, v int) bool {
	if k < v && (d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s") {
		k++
	}
	n := 0
	for k < v && d.unnamed(k) {
		if _, ok := d.isTitle(k); !ok && !d.sentWord(k, n) && !(lowerTitleModifiers[d.toks[k].lower] && n == 0) {
			break
		}
		k++
		n++
	}
	return n > 0 && k <= v && d.unnamed(k) // "Peru's president met", "Peru's president offered to meet"
}

// unnamed reports toks[k] outside any name: no mention, or a description
// of a person the text does not name ("the Peruvian president").
func (d *doc) unnamed(k int) bool {
	if k >= len(d.mentAt) {
		return true // the text ends: no name follows
	}
	m := d.mentAt[k]
	return m == nil || m.ent == nil && m.kind == kg.Person && !m.demonym
}

// lastTwo is the two countries (or, for people, the two people) named
// last before toks[v], the one named last first.
func (d *doc) lastTwo(v int, people bool) []*entity {
	var pair []*entity
	for k := v - 1; k >= 0 && k > v-400 && len(pair) < 2; k-- {
		m := d.mentAt[k]
		if m == nil || m.ent == nil {
			continue
		}
		k = m.lo
		e := m.ent
		if people && e.kind != kg.Person || !people && !d.isCountry(e) {
			continue
		}
		if len(pair) == 0 || pair[0] != e {
			pair = append(pair, e)
		}
	}
	return pair
}

// isCountry reports whether e is a country of the gazetteer.
func (d *doc) isCountry(e *entity) bool {
	if e.kind != kg.Place {
		return false
	}
	p, ok := gazetteer.LookupPlace(e.name)
	return ok && p.Kind == gazetteer.Country
}

// calledOnInPerson reports a person named at toks[k], past a title, and
// then a place or the clause's end, not "to": "called on President X at
// the palace" is a visit; "called on X to resign" an appeal.
func (d *doc) calledOnInPerson(k, hi int) bool {
	if o := d.mentAt[k]; o != nil && o.ent != nil && d.isCountry(o.ent) && d.possessor(o) && d.unnamedLeader(o.hi, min(o.hi+4, hi)) {
		// "to call on Japan's prime minister on Thursday": a visit to
		// the country's leader, whom the text does not name
		e := o.hi + 1
		for e < hi && e < o.hi+4 && d.toks[e].kind == tWord && !d.toks[e].cap && !locatives[d.toks[e].lower] && d.toks[e].lower != "on" && d.toks[e].lower != "before" {
			e++ // "prime minister"
		}
		return e >= hi || d.toks[e].lower == "at" || d.toks[e].lower == "in" || d.toks[e].lower == "on" || d.toks[e].lower == "before" || d.toks[e].text == "."
	}
	m := d.mentAt[k]
	for m == nil && k < hi-1 {
		if _, ok := d.isTitle(k); !ok {
			return false
		}
		k++
		m = d.mentAt[k]
	}
	if m == nil || m.ent == nil || m.ent.kind != kg.Person {
		return false
	}
	for x := m.hi; x < hi && x < m.hi+10 && d.toks[x].text != "." && d.toks[x].text != ";"; x++ {
		if d.toks[x].lower == "to" {
			return false // "called on X, the president, to resign"
		}
	}
	if m.hi >= hi {
		return true
	}
	n := d.toks[m.hi].lower
	if n == "and" && m.hi+1 < hi && d.mentAt[m.hi+1] == nil && !d.toks[m.hi+1].cap && (pastVerbs[d.toks[m.hi+1].lower] || strings.HasSuffix(d.toks[m.hi+1].lower, "ed")) {
		return true // "called on Foreign Minister X and handed over an invitation": a visit, then what was done there
	}
	return n == "at" || n == "in" || n == "during" || n == "on" || d.toks[m.hi].text == "." || d.toks[m.hi].text == ";" ||
		n == "," && !(m.hi+1 < hi && (d.toks[m.hi+1].lower == "to" || d.mentAt[m.hi+1] != nil && d.mentAt[m.hi+1].ent != nil && d.mentAt[m.hi+1].ent.kind == kg.Person))
}
