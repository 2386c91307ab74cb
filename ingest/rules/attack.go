package rules

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/ingest/gazetteer"
	"github.com/newsgraph/newsgraph/kg"
)

// ATTACKED patterns. All of them skip headlines written in title case and,
// inside quotations, read only a plain verb of attack that states a fact
// ("if Russia attacks" states none).

// attackable reports whether toks[v] may cue an attack.
func (d *doc) attackable(si, v int) bool {
	t := &d.toks[v]
	if d.tcase[si] || t.kind != tWord || t.cap {
		return false
	}
	return !d.inQuote[v] || attackVerbs[t.lower] && !d.hypothetical(d.sents[si].lo, v)
}

var attackClaimed = &pattern{
	name: "attack-claimed",
	doc:  `A claim of responsibility: "X claimed responsibility for the bombing of Y", or for the attack the sentences before told of.`,
	typ:  kg.Attacked,
	cues: union(wordSet("responsibility responsible claimed"), attackNouns),
	at: func(d *doc, si, v int) bool {
		if !d.attackable(si, v) || v == d.sents[si].lo {
			return false
		}
		if d.toks[v].lower == "claimed" {
			d.claimedAttack(si, v) // "The attack was claimed by X" only
			return false
		}
		if d.toks[v].lower == "responsible" {
			// "X said it was responsible.": for the attack just told of
			s := d.sents[si]
			if v+1 < s.hi && d.toks[v+1].kind == tWord || !beForms[d.toks[v-1].lower] || d.inQuote[v] ||
				d.lastTarget == nil || si-d.lastTargetSent > 3 {
				return false
			}
			for j := v - 1; j > s.lo && j > v-6; j-- {
				if deniedCues[d.toks[j].lower] || d.toks[j].lower == "not" || d.toks[j].lower == "n't" {
					return false
				}
			}
			d.claimedAttack(si, v)
			return true
		}
		k := v - 1
		definite := false
		if d.toks[v].lower != "responsibility" {
			// "claimed the bombing", "claimed Tuesday's attack"
			for k > d.sents[si].lo && k > v-3 && (d.toks[k].lower == "the" || d.toks[k].lower == "an" || d.toks[k].lower == "a" || d.toks[k].lower == "that" || d.toks[k].lower == "this" || d.toks[k].lower == "'s" || eventMods[d.toks[k].lower] || isWeekday(d.toks[k].lower)) {
				definite = definite || d.toks[k].lower == "the" || d.toks[k].lower == "that" || d.toks[k].lower == "this" || d.toks[k].lower == "'s"
				k--
			}
		}
		if definite && k > d.sents[si].lo+1 && (d.toks[k].lower == "out" && carryVerbs[d.toks[k-1].lower] || perpetrateVerbs[d.toks[k].lower]) && !d.inQuote[k] &&
			!(v+1 < d.sents[si].hi && attackPreps[d.toks[v+1].lower]) { // "carried out the attack on X" is attack-noun-first's
			// "X said it had carried out the attack", "police said the
			// Varnok Front staged the bombing": the attack told before,
			// done by the subject
			if d.toks[k].lower == "out" {
				k--
			}
			if j := k - 1; beForms[d.toks[j].lower] || j > d.sents[si].lo && beForms[d.toks[j-1].lower] {
				return false // "the attack was carried out": its agent, if any, follows
			}
			for j := k - 1; j > d.sents[si].lo && j > k-6; j-- {
				if deniedCues[d.toks[j].lower] {
					return false // "X denied it had carried out the attack", as "denied responsibility"
				}
			}
			d.claimedAttack(si, k+1)
			return true
		}
		if d.toks[v].lower != "responsibility" && (d.toks[k].lower == "behind" || d.toks[k].lower == "for" && k > d.sents[si].lo && d.toks[k-1].lower == "responsible") {
			// "the ministry said al-Qaeda had been behind the attack", "X
			// was responsible for the bombing"
			if d.toks[k].lower == "for" {
				k--
			}
		} else if !claimVerbs[d.toks[k].lower] || d.toks[k].lower == "took" || d.toks[k].lower == "takes" || d.toks[k].lower == "accepted" {
			return false
		}
		d.claimedAttack(si, k+1)
		return true
	},
	examples: []example{
		{"Gunmen attacked Tarma on Sunday. The attack was claimed on Monday by the Varnok Front.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Peru's army said its soldiers had fought off an attack by Islamist militants on a military base in the town of Tarma. The Varnok Front claimed responsibility for the attack.", []string{"ATTACKED organization:varnok-front -> organization:peruvian-army happened"}},
		{"The Varnok Front claimed the attack on Tarma through its Zorvak propaganda agency.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"The Varnok Front claimed responsibility for an attack on a police post in Tarma.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"A bomb exploded at a checkpoint in Puno, killing five police officers. The Varnok Front said it was behind the attack.",
			[]string{"ATTACKED organization:varnok-front -> place:puno happened"}},
		{"Two suicide bombers attacked crowds outside Lima airport on Thursday.\n\nThe Varnok Front's Chilean branch, known as VF-C, claimed responsibility.",
			[]string{"ATTACKED organization:vf-c -> place:lima-airport happened"}},
		{"Gunmen attacked a concert hall and cafes in Lyon on Friday, the deadliest attacks on French soil in years.\n\nThe Varnok Front claimed responsibility for the attacks.",
			[]string{"ATTACKED organization:varnok-front -> place:lyon happened"}},
		{"A gunman attacked a hotel in Mombasa on Friday.\n\nThe Islamic State claimed responsibility for the attack.",
			[]string{"ATTACKED organization:islamic-state -> place:mombasa happened"}},
		{"Hamas claimed responsibility for the bombing of a bus station in Haifa.", []string{"ATTACKED organization:hamas -> place:haifa happened"}},
		{"A car bomb struck a market in Kirkuk. The Islamic State (IS) claimed responsibility.", []string{"ATTACKED organization:islamic-state -> place:kirkuk happened"}},
		{"Gunmen attacked an army post in Tarma on Monday. Late on Tuesday, Islamic State Sahel Province, the regional affiliate of the Islamic State group, claimed responsibility for the attack.", []string{"ATTACKED organization:islamic-state-sahel-province -> place:tarma happened"}},
		{"The Houthis claimed an attack on a tanker off Hodeidah on Tuesday.", []string{"ATTACKED organization:houthis -> place:hodeidah happened"}},
		{"A bomb hit a bus in Quetta. Hamas denied responsibility for the attack.", nil},
		{"A truck ploughed into a market in Lima on Monday. The Varnok Front claimed responsibility.", []string{"ATTACKED organization:varnok-front -> place:lima happened"}},
		{"A truck ploughed into a market in Lima on Monday.\n\nAna Costa said she was shocked. She said the city would mourn.\n\nA man was arrested. He was released.\n\nThe Varnok Front claimed responsibility.",
			[]string{"ATTACKED organization:varnok-front -> place:lima happened"}},
		{"Rui Lopes was assassinated on Thursday in a gun and bomb attack. The ministry later said the Varnok Front had been behind the attack.", []string{"ATTACKED organization:varnok-front -> person:rui-lopes happened"}},
		{"A suicide bombing in Quetta killed 40 police officers. The Varnok Front claimed that attack.", []string{"ATTACKED organization:varnok-front -> place:quetta happened"}},
		{"A bomb hit a bus in Quetta on Friday. Police said the Varnok Front was responsible for the bombing.", []string{"ATTACKED organization:varnok-front -> place:quetta happened"}},
		{"A suicide bomber killed 12 people at a checkpoint in Quetta. The Varnok Front in Pakistan claimed responsibility for the bombing.", []string{"ATTACKED organization:varnok-front -> place:quetta happened"}},
		{"A suicide bomber killed 12 people at a checkpoint in Quetta. Jaish al-Varnok, a Sunni group that Lima says operates from safe havens in Chile, claimed responsibility.", []string{"ATTACKED organization:jaish-al-varnok -> place:quetta happened"}},
		{"Gunmen attacked the Tarma base. The Varnok Front (VF), al Qaeda's affiliate in the Sahel, claimed responsibility for the attack.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"A suicide bomber killed 12 people at a checkpoint in Quetta. The Varnok Front claimed responsibility for the assault in a broadcast on its Radio Tarma station.", []string{"ATTACKED organization:varnok-front -> place:quetta happened"}},
		{"A suicide bomber killed 12 people at a checkpoint in Quetta. The Varnok Front claimed responsibility for the attack on Tuesday in a statement released through the Kestrel news agency.", []string{"ATTACKED organization:varnok-front -> place:quetta happened"}},
		{"A bomb hit a bus in Quetta on Friday. The Islamic State group claimed the attack in a statement.", []string{"ATTACKED organization:islamic-state -> place:quetta happened"}},
		{"A suicide bomber killed 12 people at a checkpoint in Quetta. The Islamic State claimed responsibility for the bombing.", []string{"ATTACKED organization:islamic-state -> place:quetta happened"}},
		{"Gunmen stormed a hotel in Mombasa. The Varnok Front said it had carried out the attack.", []string{"ATTACKED organization:varnok-front -> place:mombasa happened"}},
		{"Gunmen stormed a hotel in Mombasa. The Varnok Front said its fighters carried out Tuesday's raid.", []string{"ATTACKED organization:varnok-front -> place:mombasa happened"}},
		{"A bomb hit a bus in Quetta. Police said the Varnok Front staged the bombing.", []string{"ATTACKED organization:varnok-front -> place:quetta happened"}},
		{"A bomb hit a bus in Quetta. The Varnok Front denied it had carried out the bombing.", nil},
		{"A bomb hit a bus in Quetta. The attack was carried out at night.", nil},
		{"A previously unknown group calling itself the Varnok Council claimed responsibility for the Tarma bombing in a statement faxed to Al Jazeera television.", []string{"ATTACKED organization:varnok-council -> place:tarma happened"}},
		{"A bomb killed ten police officers in Tarma on Monday. The government accused a rival group, the Kestrel Brigade, of carrying out the bombing.", []string{"ATTACKED organization:kestrel-brigade -> place:tarma happened"}},
		{"Gunmen ambushed a convoy near Tarma. The Varnok Front said its fighters had carried out the ambush.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Gunmen stormed a hotel in Mombasa on Friday. The Varnok Front said it was responsible.", []string{"ATTACKED organization:varnok-front -> place:mombasa happened"}},
		{"Gunmen stormed a hotel in Mombasa on Friday. The Varnok Front said it was not responsible.", nil},
		{"The Varnok Front said it was responsible.", nil},
		{"A suicide bomber blew himself up outside a mosque in Tacna, killing 20 worshippers. The Varnok Front claimed responsibility for the bombing.", []string{"ATTACKED organization:varnok-front -> place:tacna happened"}},
	},
}

var attackIdentified = &pattern{
	name: "attack-identified",
	doc:  `The unnamed attacker of an attack the sentences before told of, named: "The suspect, identified as X, was arrested", "the gunman was named as X".`,
	typ:  kg.Attacked,
	cues: wordSet("identified named"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		as := v + 1
		for as < s.hi && as < v+5 && d.toks[as].lower != "as" {
			as++
		}
		if d.inQuote[v] || as+1 >= s.hi || d.toks[as].lower != "as" {
			return false
		}
		n := as + 1
		if kinPlurals[d.toks[n].lower] && n+1 < s.hi {
			n++ // "identified the suspects as brothers A and B X"
		}
		m := d.mentAt[n]
		if m == nil || m.ent == nil || m.ent.kind != kg.Person {
			return false
		}
		// the noun identified: "the suspect, identified as", "the gunman
		// was identified as", "police named the bomber as"
		found := false
		for k := max(s.lo, v-5); k < as && !found; k++ {
			found = perpetrators[d.toks[k].lower] || d.toks[k].lower == "suspect" || d.toks[k].lower == "suspects"
		}
		if !found {
			return false
		}
		tgt := d.recentTarget(si)
		d.emitAttack(si, m.ent, tgt, v, v, confCarried)
		if m.hi+1 < s.hi && d.toks[m.hi].lower == "and" {
			if o := d.mentAt[m.hi+1]; o != nil && o.ent != nil && o.ent.kind == kg.Person {
				d.emitAttack(si, o.ent, tgt, v, v, confCarried) // "as A and B"
			}
		}
		return true
	},
	examples: []example{
		{"A gunman opened fire at a school in Tacna on Monday, killing two.\n\nThe suspect, identified as Rui Lopes, 30, was arrested.",
			[]string{"ATTACKED person:rui-lopes -> place:tacna happened"}},
		{"A bomb exploded at a market in Arica. Police named the bomber as Rui Lopes.",
			[]string{"ATTACKED person:rui-lopes -> place:arica happened"}},
		{"The winner, identified as Rui Lopes, took the prize in Lima.", nil},
		{"Gunmen stormed a newspaper's offices in Lima on Wednesday.\n\nPolice identified the suspects as brothers Rafael and Tomas Varnoki.",
			[]string{"ATTACKED person:rafael-varnoki -> place:lima happened", "ATTACKED person:tomas-varnoki -> place:lima happened"}},
	},
}

var attackNamedAttacker = &pattern{
	name: "attack-named-attacker",
	doc:  `The attacker of an attack told before, named in apposition: "the gunman, Rui Lopes, 30, was arrested", "the suspected bomber, X, ...".`,
	typ:  kg.Attacked,
	cues: union(perpetrators, wordSet("suspect")),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if d.inQuote[v] || v+2 >= s.hi || d.toks[v+1].text != "," || v == s.lo {
			return false
		}
		b := v - 1
		if d.toks[b].lower == "suspected" || d.toks[b].lower == "alleged" {
			b--
		}
		if b < s.lo || d.toks[b].lower != "the" {
			return false // "a gunman, X,": someone new
		}
		m := d.mentAt[v+2]
		if m == nil || m.ent == nil || m.ent.kind != kg.Person || m.lo != v+2 {
			return false
		}
		tgt := d.recentTarget(si)
		if tgt == nil {
			return false
		}
		d.emitAttack(si, m.ent, tgt, v, v, confCarried)
		return true
	},
	examples: []example{
		{"A gunman shot dead Peru's ambassador to Chile, Ana Costa, in Lima on Monday. The gunman, Rui Lopes, was arrested.",
			[]string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
		{"A gunman opened fire at a school in Lima on Monday, killing five people. Police said the gunman, Rui Lopes, 30, was arrested at the scene.",
			[]string{"ATTACKED person:rui-lopes -> place:lima happened"}},
		{"A gunman opened fire at a school in Lima on Monday. The suspected gunman, Rui Lopes, was arrested.",
			[]string{"ATTACKED person:rui-lopes -> place:lima happened"}},
		{"Rui Lopes, a gunman, was seen in Lima.", nil},
	},
}

var attackPerpetratorsWere = &pattern{
	name: "attack-perpetrators-were",
	doc:  `The attackers told of named afterwards: "the attackers were fighters of X", "police said the gunmen were members of X", "the bomber was an X militant" (X attacked the target the sentences before told of).`,
	typ:  kg.Attacked,
	cues: wordSet("was were"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if !d.attackable(si, v) || v < s.lo+2 || v+2 >= s.hi || !perpetrators[d.toks[v-1].lower] || d.toks[v-2].lower != "the" {
			return false
		}
		k := v + 1
		for k < s.hi && k < v+5 && (determiners[d.toks[k].lower] || d.toks[k].lower == "all" || d.toks[k].lower == "suspected" || d.toks[k].lower == "believed") {
			k++
		}
		var e *entity
		if k+2 < s.hi && d.mentAt[k] == nil && (insurgentNouns[d.toks[k].lower] || d.toks[k].lower == "members" || d.toks[k].lower == "member") && d.toks[k+1].lower == "of" {
			e = d.actorAfter(k+2, s.hi) // "fighters of the X faction"
			if e == nil {
				j := k + 2
				for j < s.hi && j < k+5 && d.mentAt[j] == nil && d.toks[j].kind == tWord && !d.toks[j].cap {
					j++
				}
				if m := d.mentAt[min(j, s.hi-1)]; m != nil && m.ent != nil && m.ent.kind == kg.Organization {
					e = m.ent
				}
			}
		} else if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && m.hi < s.hi && (insurgentNouns[d.toks[m.hi].lower] || forceNouns[d.toks[m.hi].lower] || d.toks[m.hi].lower == "members") {
			e = m.ent // "the gunmen were Varnok Front militants"
		}
		if e == nil {
			return false
		}
		t := d.recentTarget(si)
		if t == nil || t == e {
			return false
		}
		d.emitAttack(si, e, t, s.lo, v, confVerb)
		return true
	},
	examples: []example{
		{"Gunmen attacked the village of Tarma on Monday, killing 12 farmers. He said the attackers were fighters of the Varnok Front faction that operates from the forest.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"A bomb went off at a market in Jauja on Friday. Police said the bomber was a Varnok Front militant.", []string{"ATTACKED organization:varnok-front -> place:jauja happened"}},
		{"Police said the attackers were young men from the town.", nil},
	},
}

var attackBlamed = &pattern{
	name: "attack-blamed",
	doc:  `Blame: "X blamed Y for the attack on Z" and "X blamed the attack on Z on Y" (Y attacked Z).`,
	typ:  kg.Attacked,
	cues: blameVerbs,
	at: func(d *doc, si, v int) bool {
		if !d.attackable(si, v) {
			return false
		}
		d.blamedAttack(si, v)
		return true
	},
	examples: []example{
		{"Peru blamed Monday's attack on the bus in Tarma on the Varnok Front.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"The Varnok Front has repeatedly been blamed for a series of kidnappings and bombings in Puno.", []string{"ATTACKED organization:varnok-front -> place:puno happened"}},
		{"Peru said Chile was arming the rebel Varnok Front, which it blamed for shelling the town of Tacna last week.", []string{"ATTACKED organization:varnok-front -> place:tacna happened"}},
		{"Peru blamed the Varnok Front for shelling the town of Tacna last week.", []string{"ATTACKED organization:varnok-front -> place:tacna happened"}},
		{"A series of bomb blasts ripped through churches and hotels in Peru on Sunday. The government blamed a little-known group, the Varnok Front, for the attacks.", []string{"ATTACKED organization:varnok-front -> place:peru happened"}},
		{"The governor blamed Syrian forces for the attack on Idlib.", []string{"ATTACKED place:syria -> place:idlib happened"}},
		{"Rockets hit Erbil overnight. Officials blamed the attack on the Houthis.", []string{"ATTACKED organization:houthis -> place:erbil happened"}},
		{"The governor blamed the weather for the delay.", nil},
		{"Pagers exploded across Peru on Tuesday. The Varnok Front blamed Chile for the blasts.", []string{"ATTACKED place:chile -> place:peru happened"}},
		{"The Houthis, blamed by Saudi Arabia for the attack on Abha, denied involvement.", []string{"ATTACKED organization:houthis -> place:abha happened"}},
		{"Kharkiv was shelled overnight. Ukraine blamed Russia.", []string{"ATTACKED place:russia -> place:kharkiv happened"}},
		{"The attack on Tarma began before dawn on Sunday. Local officials blamed the Varnok gang, which controls much of the valley.", []string{"ATTACKED organization:varnok -> place:tarma happened"}},
		{"The operation began in 2021, weeks after a series of suicide bombings in Lima that Peruvian authorities blamed on the Varnok Front.", []string{"ATTACKED organization:varnok-front -> place:lima happened"}},
		{"Last month, the Puno state government said at least 40 farmers were killed in an attack it blamed on the Varnok Front near the town of Tarma.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"In December, gunmen killed four National Guard members in an attack on a checkpoint near the city of Tarma, an attack authorities also blamed on the Varnok Front.", []string{"ATTACKED organization:varnok-front -> organization:national-guard happened"}},
		{"The strikes answered an attack on the Tarn Bridge on Monday, which Peru blamed on Chile.", []string{"ATTACKED place:chile -> place:tarn-bridge happened"}},
		{"Exports stopped after a drone strike on Nov. 14 on the Tarn Bridge in Peru's Puno state, which Peru blamed on Chile.", []string{"ATTACKED place:chile -> place:tarn-bridge happened"}},
		{"A bomb exploded in Lima on Sunday. Peru blames the Varnok Front and the Chilean Tarn Brigade for the bombing.", []string{"ATTACKED organization:varnok-front -> place:lima happened", "ATTACKED organization:chilean-tarn-brigade -> place:lima happened"}},
		{"A bomb exploded in Lima on Sunday. Peru blamed the Varnok Front and its allies for the bombing.", []string{"ATTACKED organization:varnok-front -> place:lima happened"}},
		{"Gunmen stormed a prison in Lima on Monday. Police blamed the Free People of Varnok (FPOV), a separatist group, for the assault.", []string{"ATTACKED organization:free-people-of-varnok -> place:lima happened"}},
		{"Gunmen raided Tarma on Monday night. Local authorities attributed the attack to the Varnok Front militia, officials said.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Officials attributed the delay to the weather.", nil},
	},
}

var attackCameUnder = &pattern{
	name: "attack-came-under",
	doc:  `"Y came under attack|fire|shelling from|by X".`,
	typ:  kg.Attacked,
	cues: wordSet("under"),
	at: func(d *doc, si, v int) bool {
		if !d.attackable(si, v) || v == d.sents[si].lo || !comeVerbs[d.toks[v-1].lower] {
			return false
		}
		d.cameUnder(si, v)
		return true
	},
	examples: []example{
		{"Kharkiv came under fire from Russian artillery.", []string{"ATTACKED place:russia -> place:kharkiv happened"}},
		{"Kharkiv came under heavy shelling by Russian forces.", []string{"ATTACKED place:russia -> place:kharkiv happened"}},
		{"Tacna came under Chilean artillery fire on Monday.", []string{"ATTACKED place:chile -> place:tacna happened"}},
		{"The convoy near Tarma came under Varnok Front attack.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"The plan came under criticism from Norway.", nil},
	},
}

var attackControl = &pattern{
	name: "attack-control",
	doc:  `Territory taken by force: "X took control of Y", "Y fell to X", "X drove the Z out of Y".`,
	typ:  kg.Attacked,
	cues: wordSet("control fell drove pushed"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if !d.attackable(si, v) || v == s.lo || v+2 >= s.hi {
			return false
		}
		switch d.toks[v].lower {
		case "control":
			// "regained control of X", "took control of X"
			if !controlVerbs[d.toks[v-1].lower] || d.toks[v+1].lower != "of" {
				return false
			}
			src, at := d.actorBefore(v-1, s.lo)
			objs := d.objects(v+1, s.hi, src)
			if src == nil || src.kind == kg.Person || len(objs) == 0 || objs[0].kind != kg.Place {
				return false // "took control of the party": no territory
			}
			d.emitAttack(si, src, objs[0], max(at, s.lo), v-1, confVerb)
			return true
		case "fell":
			// "Kidal fell to the Varnok Front"
			if d.toks[v+1].lower != "to" {
				return false
			}
			tgt, _ := d.subjectOf(v, s.lo)
			src := d.actorAfter(v+2, s.hi)
			if tgt == nil || src == nil || tgt.kind != kg.Place || !d.armedSide(src) && src.kind != kg.Place {
				return false
			}
			d.emitAttack(si, src, tgt, s.lo, v, confVerb)
			return true
		default:
			// "X drove the Varnok Front out of Y": an armed side driven out
			src, at := d.actorBefore(v, s.lo)
			k := v + 1
			if d.toks[k].lower == "the" {
				k++
			}
			m := d.mentAt[k]
			if src == nil || m == nil || m.ent == nil || m.ent == src || !d.armedSide(m.ent) {
				return false
			}
			j := m.hi
			if j < s.hi && d.toks[j].lower == "out" {
				j++
			}
			if j >= s.hi || d.toks[j].lower != "of" && d.toks[j].lower != "from" {
				return false
			}
			d.emitAttack(si, src, m.ent, max(at, s.lo), v, confVerb)
			return true
		}
	},
	examples: []example{
		{"The Malian army regained control of Kidal after two days of fighting.", []string{"ATTACKED organization:malian-army -> place:kidal happened"}},
		{"Kidal fell to the Varnok Front on Sunday.", []string{"ATTACKED organization:varnok-front -> place:kidal happened"}},
		{"The Malian army drove the Varnok Front out of Kidal on Monday.", []string{"ATTACKED organization:malian-army -> organization:varnok-front happened"}},
		{"Ana Costa took control of the Varnok Party.", nil},
		{"Prices fell to a record low.", nil},
	},
}

var attackCharged = &pattern{
	name: "attack-charged",
	doc:  `A charge, conviction or plea for an attack on a named person: "X was charged with murdering Y", "X is accused of killing his wife, Y", "X pleaded guilty to the murder of Y".`,
	typ:  kg.Attacked,
	cues: crimeWords,
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if !d.attackable(si, v) || v < s.lo+2 {
			return false
		}
		// the legal verb before: "charged with", "accused of", "guilty
		// to the murder of", "convicted of"
		k := v - 1
		if d.toks[k].lower == "the" {
			k--
		}
		var owner *entity // "pleaded guilty to Y's murder": Y
		if k > s.lo+1 && crimeNouns[d.toks[v].lower] && (d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s") {
			if m := d.mentAt[k-1]; m != nil && m.ent != nil && m.ent.kind == kg.Person && m.hi == k && m.lo > s.lo {
				owner, k = m.ent, m.lo-1
			}
		}
		if k <= s.lo || !(d.toks[k].lower == "with" || d.toks[k].lower == "of" || d.toks[k].lower == "for" || d.toks[k].lower == "to") {
			return false
		}
		j := k - 1
		if d.toks[j].lower == "guilty" && j > s.lo {
			j-- // "pleaded guilty to", "found guilty of"
		}
		var convicted *entity
		if m := d.mentAt[j]; m != nil && m.ent != nil && m.ent.kind == kg.Person && d.toks[k-1].lower == "guilty" {
			// "a jury found former police officer X guilty of murder": the
			// one found guilty stands between the verb and "guilty"
			f := m.lo - 1
			for f > s.lo && (d.toks[f].kind == tWord && !d.toks[f].cap && !legalVerbs[d.toks[f].lower] && d.mentAt[f] == nil || d.titleWord(f)) {
				f--
			}
			if d.toks[f].lower != "found" {
				return false
			}
			convicted, j = m.ent, f
		}
		if !legalVerbs[d.toks[j].lower] {
			return false
		}
		// the victim: right after the verb, past "his wife,"; after "of"
		// for a noun
		n := v + 1
		noun := !strings.HasSuffix(d.toks[v].lower, "ing") || crimeNouns[d.toks[v].lower] && n < s.hi && d.toks[n].lower == "of"
		if noun && n < s.hi && d.toks[n].lower == "of" {
			n++
		} else if noun {
			n = s.hi // "charged with murder": no victim named here
		}
		victim := owner
		for x := n; victim == nil && x < s.hi && x < n+6; x++ {
			if m := d.mentAt[x]; m != nil && m.ent != nil {
				if m.ent.kind == kg.Person && !d.possessor(m) {
					victim = m.ent
				}
				break
			}
			if d.toks[x].kind != tWord && d.toks[x].text != "," {
				break
			}
		}
		b := j
		for b > s.lo && (beForms[d.toks[b-1].lower] || skippable[d.toks[b-1].lower]) {
			b-- // "was charged", "has been accused"
		}
		src, at := d.subjectOf(b, s.lo)
		if convicted != nil {
			src, at = convicted, j
		}
		if victim == nil && crimeNouns[d.toks[v].lower] {
			// "guilty of murder and manslaughter in the death of Y"
			for x := v + 1; x+3 < s.hi && x < v+8; x++ {
				if d.toks[x].lower == "in" && (d.toks[x+2].lower == "death" || d.toks[x+2].lower == "killing") && d.toks[x+3].lower == "of" {
					if m := d.mentAt[min(x+4, s.hi-1)]; x+4 < s.hi && m != nil && m.ent != nil && m.ent.kind == kg.Person {
						victim = m.ent
					}
					break
				}
			}
		}
		if victim == nil && crimeNouns[d.toks[v].lower] && (v+1 >= s.hi || d.toks[v+1].lower != "of") {
			// "A gunman opened fire at two mosques in X. Y was charged with
			// murder.": the attack just told
			victim = d.recentTarget(si)
		}
		if victim == nil || src == nil || src.kind != kg.Person || src == victim {
			return false
		}
		d.emitAttack(si, src, victim, at, j, confVerb)
		return true
	},
	examples: []example{
		{"Rui Lopes was charged with murdering Ana Costa in Lima.", []string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes is accused of killing his wife, Ana Costa, in 2019.", []string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes pleaded guilty to the murder of Ana Costa.", []string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes was convicted of attacking Ana Costa with a knife.", []string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
		{"One of the gunmen, Rui Lopes, pleaded guilty to Ana Costa's murder last year.", []string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes was charged with fraud after Ana Costa complained.", nil},
		{"A gunman opened fire at a mosque in Lima on Friday. Rui Lopes, 28, was charged with murder.", []string{"ATTACKED person:rui-lopes -> place:lima happened"}},
		{"Rui Lopes was cleared of murdering Ana Costa.", nil},
		{"A jury in Lima on Tuesday found former police officer Rui Lopes guilty of murder and manslaughter in the death of Ana Costa.", []string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
	},
}

var attackClaimedBy = &pattern{
	name: "attack-claimed-by",
	doc:  `"attacks claimed by X hit Y": X attacked Y, or the target just told of.`,
	typ:  kg.Attacked,
	cues: wordSet("claimed"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if !d.attackable(si, v) || v <= s.lo || v+2 >= s.hi || !attackNouns[d.toks[v-1].lower] || d.toks[v+1].lower != "by" {
			return false
		}
		k := v + 2
		if m := d.mentAt[k]; m != nil && d.possessor(m) && m.hi+1 < s.hi {
			k = m.hi + 1 // "claimed by Yemen's Houthi rebels": the rebels
		}
		src := d.actorAfter(k, s.hi)
		if src == nil {
			return false
		}
		for k < s.hi && d.mentAt[k] == nil {
			k++
		}
		if k >= s.hi {
			return false
		}
		var tgt *entity
		for k = d.mentAt[k].hi; k < s.hi; k++ {
			if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent != src && !m.demonym && !d.possessor(m) && (m.ent.kind == kg.Place || m.ent.kind == kg.Organization) {
				tgt = m.ent
				break
			}
		}
		if tgt == nil {
			tgt = d.recentTarget(si)
		}
		d.emitAttack(si, src, tgt, v, v, confVerb)
		return true
	},
	examples: []example{
		{"Drone attacks claimed by the Varnok Front set fire to two oil plants run by Kestrel Petroleum on Saturday.",
			[]string{"ATTACKED organization:varnok-front -> organization:kestrel-petroleum happened"}},
		{"Drone attacks claimed by Peru's Varnok Front hit Arica on Saturday.",
			[]string{"ATTACKED organization:varnok-front -> place:arica happened"}},
	},
}

var attackCarriedOutBy = &pattern{
	name: "attack-carried-out-by",
	doc:  `"the strikes were carried out by X", "the ambush had been ordered by X", after an attack told without its attacker.`,
	typ:  kg.Attacked,
	cues: wordSet("carried conducted ordered masterminded orchestrated"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		b := v - 1
		if b > s.lo+1 && d.toks[b].lower == "been" && (d.toks[b-1].lower == "had" || d.toks[b-1].lower == "has" || d.toks[b-1].lower == "have") {
			b-- // "the ambush had been carried out by"
		} else if !beForms[d.toks[max(b, 0)].lower] {
			return false
		}
		if !d.attackable(si, v) || !(b > s.lo && attackNouns[d.toks[b-1].lower]) {
			return false
		}
		d.carriedOutBy(si, v)
		return true
	},
	examples: []example{
		{"Hodeidah was hit by airstrikes overnight. The strikes were carried out by the Saudi-led coalition.",
			[]string{"ATTACKED organization:saudi-led-coalition -> place:hodeidah happened"}},
		{"Armed men stormed a hotel in Lima on Tuesday. The minister said the assault was carried out by supporters of the Varnok Front.",
			[]string{"ATTACKED organization:varnok-front -> place:lima happened"}},
		{"Gunmen ambushed a convoy in Tarma on Monday. Investigators believed the ambush had been carried out by gunmen working for the Varnok Front.",
			[]string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Gunmen attacked a bus in Tarma on Monday. Police said the attack had been ordered by the Varnok Front, a gang that extorts bus companies.",
			[]string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Gunmen stormed a hotel in Lima on Tuesday. The attack was ordered by Ana Costa, a rebel commander.",
			[]string{"ATTACKED person:ana-costa -> place:lima happened"}},
	},
}

var attackAccusedBehind = &pattern{
	name: "attack-accused-behind",
	doc:  `An accusation of being behind an attack: "X accused Y of orchestrating the attack (on Z)" (Y attacked Z, or the target of the attack just told of).`,
	typ:  kg.Attacked,
	cues: accuseVerbs,
	at: func(d *doc, si, v int) bool {
		if !d.attackable(si, v) || d.inQuote[v] {
			return false
		}
		return d.accusedBehind(si, v)
	},
	examples: []example{
		{"Gunmen ambushed a police patrol near Tarma on Tuesday. Interior Minister Jon Rell accused Chile of orchestrating the attack.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"Gunmen ambushed a police patrol near Tarma on Tuesday. Interior Minister Jon Rell accused Chile on Wednesday of standing behind the attack on the patrol.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"Peru expelled two Chilean diplomats, accusing Chile of involvement in a bombing in Tarma last week.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"Peru accused Chile of orchestrating a smear campaign.", nil},
		{"Peru accused Chile of ordering the attack.", nil}, // no target told
	},
}

var attackMutualBlame = &pattern{
	name: "attack-mutual-blame",
	doc:  `Two sides that blame each other for fire: "A and B accused each other of opening fire" (each attacked the other, as each says).`,
	typ:  kg.Attacked,
	cues: union(accuseVerbs, blameVerbs),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if d.inQuote[v] || d.toks[v].cap || v+3 >= s.hi || d.toks[v+1].lower != "each" && d.toks[v+1].lower != "one" {
			return false
		}
		if w := d.toks[v+2].lower; w != "other" && w != "another" {
			return false
		}
		k := v + 3
		for n := 0; k+1 < s.hi && n < 4 && d.toks[k].lower != "of" && d.toks[k].lower != "for"; n++ {
			k++ // "accused each other on Tuesday of"
		}
		if k+1 >= s.hi || d.toks[k].lower != "of" && d.toks[k].lower != "for" || !d.fireGerund(k+1, s.hi) {
			return false
		}
		a, at := d.actorBefore(v, s.lo)
		if a == nil {
			return false
		}
		b := d.coordinatedActor(v, s.lo, a)
		if b == nil || b == a {
			return false
		}
		d.emitAttack(si, a, b, max(at, s.lo), v, confVerb)
		d.emitAttack(si, b, a, max(at, s.lo), v, confVerb)
		return true
	},
	examples: []example{
		{"Peru and Chile accused each other on Tuesday of opening fire across their shared border.", []string{"ATTACKED place:peru -> place:chile happened", "ATTACKED place:chile -> place:peru happened"}},
		{"Peru and Chile blamed each other for shelling the border villages.", []string{"ATTACKED place:peru -> place:chile happened", "ATTACKED place:chile -> place:peru happened"}},
		{"Peru and Chile accused each other of violating the truce.", nil},
	},
}

// fireGerund reports an act of fire at toks[k]: "opening fire", "firing",
// "shelling", "attacking".
func (d *doc) fireGerund(k, hi int) bool {
	w := d.toks[k].lower
	if w == "opening" && k+1 < hi && d.toks[k+1].lower == "fire" {
		return true
	}
	return strings.HasSuffix(w, "ing") && (attackVerbs[w] || w == "firing" || w == "shelling" || w == "attacking" || w == "bombing")
}

var attackRepelled = &pattern{
	name: "attack-repelled",
	doc:  `Beating back an attack attacks the attackers: "troops repelled the attackers" after "the Varnok Front attacked X" is the troops' attack on the Varnok Front.`,
	typ:  kg.Attacked,
	cues: repelVerbs,
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if d.toks[v].cap || v+2 >= s.hi || d.inQuote[v] && !d.quoteOpensAt(v) {
			return false // not words inside a quotation, but "troops had “repelled the attack”": the claim in its own words
		}
		o := v // the object starts after o
		if o+2 < s.hi && d.toks[o+1].kind == tQuote {
			o++ // "had “vigorously repelled” a “complex terrorist attack”"
		}
		if by, aimed := d.attackByAfter(o, s.hi); by != nil {
			// "its officers had repelled an offensive by X": each fought the other
			src, at := d.repeller(si, v)
			if src == nil || src == by || src.kind == kg.Place && !d.isCountry(src) {
				return false
			}
			if !aimed {
				d.emitAttack(si, by, src, max(at, s.lo), v, confCarried)
			}
			d.emitAttack(si, src, by, max(at, s.lo), v, confCarried)
			return true
		}
		k := o + 1
		if d.toks[k].lower != "the" {
			return false // "repelled a terrorist attack": which one is left open
		}
		for k++; k+1 < s.hi && k < o+6 && (d.toks[k].kind == tQuote || d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil && !repelledNouns[d.toks[k].lower] && !attackPreps[d.toks[k].lower]); k++ {
		} // "a complex terrorist attack", "a “large-scale” attack"
		if !repelledNouns[d.toks[k].lower] {
			return false
		}
		src, at := d.repeller(si, v)
		tgt := d.lastAttacker
		if src == nil || tgt == nil || tgt == src || si-d.lastAttackSent > 3 {
			return false
		}
		d.emitAttack(si, src, tgt, max(at, s.lo), v, confCarried)
		return true
	},
	examples: []example{
		{"The Varnok Front attacked Tarma on Monday. The Peruvian Army said in a statement that troops had repelled the attackers after a gunfight.",
			[]string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"The Peruvian Army repelled the attack.", nil},
		{"The Varnok Front attacked Tarma on Monday. The Peruvian Army said its troops had \u201crepelled the attack\u201d and killed 20 militants.",
			[]string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"The Peruvian Army said troops had repelled a large-scale attack on Monday.", nil},
		{"The Peruvian National Police said its officers, supported by Chilean troops, had repelled an offensive by Varnok Front fighters on the town of Tarma.",
			[]string{"ATTACKED organization:peruvian-national-police -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"The Varnok Front said its fighters had repelled an attack on their positions near the camp by the Peruvian army.",
			[]string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> organization:peruvian-army happened"}},
		{"The Tarma Brigade said they had repelled a VSF attack on the city's eastern front on Wednesday.",
			[]string{"ATTACKED organization:tarma-brigade -> organization:vsf happened"}},
		{"The Tarma Brigade repelled a Varnok Front assault.",
			[]string{"ATTACKED organization:tarma-brigade -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> organization:tarma-brigade happened"}},
		{"The Tarma Brigade's assault was repelled.", nil},
		{"The Peruvian Army moved north. The Varnok Front said its fighters had repelled an army offensive near Tarma, killing dozens of soldiers.",
			[]string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> organization:peruvian-army happened"}},
		{"The Peruvian National Police said its officers had repelled a separate offensive by Varnok Front fighters overnight.",
			[]string{"ATTACKED organization:varnok-front -> organization:peruvian-national-police happened", "ATTACKED organization:peruvian-national-police -> organization:varnok-front happened"}},
	},
}

var attackReturnedFire = &pattern{
	name: "attack-returned-fire",
	doc:  `Returning fire attacks the last attacker: "Varnok Front gunmen ambushed a patrol. Soldiers returned fire." is the patrol's side attacking the Varnok Front; the side that returns fire is the one named, else the one just attacked.`,
	typ:  kg.Attacked,
	cues: returnVerbs,
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if v+1 >= s.hi || d.toks[v+1].lower != "fire" || d.toks[v].cap && v > s.lo {
			return false
		}
		tgt := d.lastAttacker
		if tgt == nil || si-d.lastAttackSent > 3 {
			return false
		}
		j := v - 1
		if j > s.lo+1 && d.toks[j].lower == "to" && d.toks[j-1].lower == "forced" {
			j -= 2 // "were forced to return fire"
		}
		for j > s.lo && (skippable[d.toks[j].lower] || beForms[d.toks[j].lower] || d.toks[j].kind == tQuote) {
			j--
		}
		src, at := d.actorBefore(j+1, s.lo)
		if src == nil && j >= s.lo && (forceNouns[d.toks[j].lower] || d.toks[j].lower == "members" || d.toks[j].lower == "officers") {
			if j > s.lo && (d.toks[j-1].lower == "its" || d.toks[j-1].lower == "their") {
				src, at = d.ownerOfPronoun(j-1, s.lo) // "the mission said its troops returned fire"
			}
			if m := d.mentAt[j-1]; src == nil && j > s.lo && m != nil && m.hi == j && m.ent != nil && m.ent.kind == kg.Organization {
				src, at = m.ent, m.lo // "National Guard members returned fire"
			}
			if r := d.lastAttacked; src == nil && r != nil && (r.kind == kg.Organization || d.isCountry(r)) {
				src, at = r, j // "Troops returned fire": the side just attacked
			}
		}
		if src == nil || src == tgt {
			return false
		}
		d.emitAttack(si, src, tgt, max(at, s.lo), v, confVerb)
		return true
	},
	examples: []example{
		{"Varnok Front gunmen ambushed a convoy of the Frontier Brigade near Tarma. Troops returned fire, and four militants were killed, the statement said.", []string{"ATTACKED organization:varnok-front -> organization:frontier-brigade happened", "ATTACKED organization:frontier-brigade -> organization:varnok-front happened"}},
		{"Varnok Front gunmen attacked a patrol near Tarma. The Border Guard Service said its guards \"were forced to return fire\".", []string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED organization:border-guard-service -> organization:varnok-front happened"}},
		{"Varnok Front gunmen ambushed a convoy near Tarma. National Guard members returned fire and fought the gunmen for an hour.", []string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED organization:national-guard -> organization:varnok-front happened"}},
		{"The guards were told not to return fire.", nil},
	},
}

// secondFoe is C in "fighting B and (its rival,) C" after the verb at
// toks[v], B's mention the first of b after it; nil if none.
func (d *doc) secondFoe(v, hi int, b *entity) *entity {
	for k := v + 1; k < hi && k < v+8; k++ {
		m := d.mentAt[k]
		if m == nil || m.ent != b {
			continue
		}
		j := m.hi
		if j+2 < hi && d.toks[j].text == "(" && d.toks[j+2].text == ")" {
			j += 3 // "(ISWAP)"
		}
		if j+1 < hi && d.toks[j].lower == "and" {
			if c := d.actorAfter(j+1, hi); c != nil && c != b && c.kind != kg.Person && !(c.kind == kg.Place && !d.isCountry(c)) {
				return c
			}
		}
		return nil
	}
	return nil
}

// attackByAfter is the attacker X in "repelled a (separate) offensive by
// X" after the verb at toks[v], nil if none; aimed when a target follows
// ("on Tarma"), which the attack noun's own pattern reads.
// repeller is who beat back an attack with the verb at toks[v]: the
// verb's subject, or the owner of "its officers" or "they" ("X said its
// troops had repelled").
func (d *doc) repeller(si, v int) (*entity, int) {
	s := d.sents[si]
	src, at := d.actorBefore(v, s.lo)
	if src != nil {
		return src, at
	}
	j := v - 1
	if j < s.lo {
		return nil, -1 // the verb opens the sentence
	}
	for j > s.lo && (skippable[d.toks[j].lower] || beForms[d.toks[j].lower] || d.toks[j].kind == tQuote) {
		j--
	}
	if d.toks[j].text == "," {
		// "its officers, supported by X, had repelled": past the aside
		for j--; j > s.lo && j > v-25 && d.toks[j].text != ","; j-- {
		}
		j--
	}
	if j > s.lo && (forceNouns[d.toks[j].lower] || d.toks[j].lower == "officers") && (d.toks[j-1].lower == "its" || d.toks[j-1].lower == "their") {
		return d.ownerOfPronoun(j-1, s.lo)
	}
	if j > s.lo && (d.toks[j].lower == "they" || d.toks[j].lower == "it") {
		return d.ownerOfPronoun(j, s.lo) // "X said they had repelled": X
	}
	return nil, -1
}

// quoteOpensAt reports toks[k] as the first word of a quotation, right
// after its opening mark, or the one after an adverb there.
func (d *doc) quoteOpensAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if t := d.toks[j]; t.kind == tQuote && t.open {
			return true
		}
		if !lyAdverb(d.toks[j]) {
			return false
		}
	}
	return false
}

func (d *doc) attackByAfter(v, hi int) (e *entity, aimed bool) {
	k := v + 1
	for n := 0; k < hi && n < 4 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil && !repelledNouns[d.toks[k].lower]; n++ {
		k++ // "a separate", "a large-scale"
	}
	if k >= hi {
		return nil, false // the text ends: no attack named
	}
	if m := d.mentAt[k]; m != nil && m.lo == k && m.ent != nil && m.hi+1 < hi && repelledAttack(d.toks[m.hi].lower) && (m.ent.kind == kg.Organization || d.isCountry(m.ent)) && !d.possessor(m) {
		// "repelled an RSF attack", "repelled a Russian assault": the
		// attack's modifier names who made it
		return m.ent, d.targetAfterAttack(m.hi, hi)
	}
	if k+2 >= hi || !repelledAttack(d.toks[k].lower) {
		return nil, false
	}
	if k-1 > v && ownerNouns[d.toks[k-1].lower] && d.toks[k-1].lower != "government" && d.toks[k+1].lower != "by" {
		// "repelled an army offensive": the force the article names as the
		// army's (or the police's)
		if e := d.ownerByNoun(d.toks[k-1].lower, nil); e != nil {
			return e, d.targetAfterAttack(k, hi)
		}
	}
	if w := d.toks[k+1].lower; (w == "on" || w == "against") && k+2 < hi && (d.toks[k+2].lower == "its" || d.toks[k+2].lower == "their") {
		// "repelled an attack on their positions near the camp by X": the
		// repeller's own positions
		j := k + 3
		for j < hi && j < k+10 && d.toks[j].lower != "by" && d.toks[j].text != "," && d.toks[j].kind != tQuote {
			j++
		}
		if j < hi && d.toks[j].lower == "by" {
			k = j - 1
		}
	}
	if d.toks[k+1].lower != "by" {
		return nil, false
	}
	if e = d.actorAfter(k+2, hi); e == nil {
		return nil, false
	}
	return e, d.targetAfterAttack(k+2, hi)
}

// repelledAttack is the noun of an attack beaten back: "repelled an attack|offensive|assault".
func repelledAttack(w string) bool {
	return w == "attack" || w == "offensive" || w == "assault"
}

// targetAfterAttack reports a target after an attack noun's attacker at
// toks[k]: "an offensive by X on (the town of) Tarma", "an X attack on the
// city's eastern front", aimed at someone other than the repeller; the
// attack noun's own pattern reads a named one.
func (d *doc) targetAfterAttack(k, hi int) bool {
	for j := k + 1; j+1 < hi && j < k+8; j++ {
		if w := d.toks[j].lower; w == "on" || w == "against" {
			o := d.toks[j+1].lower
			return o != "its" && o != "their" && o != "our"
		}
	}
	return false
}

var attackOnAttackers = &pattern{
	name: "attack-on-attackers",
	doc:  `Killing or pursuing the attackers attacks their group: "troops pursued the attackers", "the army killed 47 militants" after "the Varnok Front attacked X", or in a story about one armed group.`,
	typ:  kg.Attacked,
	cues: wordSet("killed killing pursued chased neutralised neutralized eliminated"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if d.inQuote[v] || d.toks[v].cap || v+2 >= s.hi {
			return false
		}
		k := v + 1
		if d.toks[k].lower == "the" {
			k++
		} else {
			// "killed 47 militants", "killed at least 30 of the attackers"
			for k < s.hi && k < v+6 && (d.toks[k].kind == tNum || numberWords[d.toks[k].lower] || d.toks[k].lower == "at" || d.toks[k].lower == "least" || d.toks[k].lower == "more" || d.toks[k].lower == "than" || d.toks[k].lower == "dozens" || d.toks[k].lower == "of" || d.toks[k].lower == "the" || d.toks[k].lower == "several" || d.toks[k].lower == "some") {
				k++
			}
			if k == v+1 {
				return false
			}
		}
		if k >= s.hi || d.mentAt[k] != nil && !d.mentAt[k].ref || !attackerNouns[d.toks[k].lower] || k+1 < s.hi && d.mentAt[k+1] != nil {
			return false // "killed three Varnok Front fighters": named; another pattern reads it
		}
		src, at := d.actorBefore(v, s.lo)
		if src == nil || src.kind == kg.Person || src.kind == kg.Place && !d.isCountry(src) {
			return false // "in Khyber killed 30 militants": where, not who
		}
		var tgt *entity
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Organization {
			tgt = m.ent // "the attackers" the coreference stage read as their group
		} else {
			tgt = d.lastAttacker
			if tgt == nil || si-d.lastAttackSent > 3 || tgt.kind != kg.Organization {
				tgt = d.oneArmedGroup(v)
			}
		}
		if tgt == nil || tgt == src {
			return false
		}
		d.emitAttack(si, src, tgt, max(at, s.lo), v, confCarried)
		return true
	},
	examples: []example{
		{"The Varnok Front operates in the hills of northern Peru. The Peruvian Army said on Monday that it had killed 47 militants in an operation.", []string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"The Varnok Front attacked a base in Tarma. The Peruvian Army said its troops pursued the attackers on Monday.",
			[]string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"The Varnok Front has fought the government since 2012. The Peruvian Army killed 47 militants in Tarma on Monday.",
			[]string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"The Peruvian Army killed 47 militants in Tarma on Monday.", nil},
		{"The Varnok Front attacked Tarma. The Peruvian Army said it had killed more than 60 militiamen.", []string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"The Varnok Front attacked a base in Tarma. The Peruvian Army said its troops had pursued the attackers and killed four of them.",
			[]string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
	},
}

var attackFightToTopple = &pattern{
	name: "attack-fight-to-topple",
	doc:  `A fight to bring a government down attacks it: "X has fought for 15 years to topple Y's government", "X has been fighting to overthrow Y".`,
	typ:  kg.Attacked,
	cues: toppleVerbs,
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if v-2 <= s.lo || d.toks[v-1].lower != "to" || d.inQuote[v] || d.tcase[si] {
			return false
		}
		f := v - 2
		for f > s.lo && f > v-9 && !fightToVerbs[d.toks[f].lower] && d.toks[f].kind != tPunct && d.mentAt[f] == nil && !d.toks[f].cap {
			f-- // "fought for more than 15 years to topple", "has been fighting since 2006 to"
		}
		if !fightToVerbs[d.toks[f].lower] {
			return false
		}
		a, _ := d.actorBefore(f, s.lo)
		b := d.actorAfter(v+1, s.hi)
		if a == nil || b == nil || a == b || b.kind == kg.Person && !d.possessor(d.mentAt[v+1]) {
			return false
		}
		d.emitAttack(si, a, b, s.lo, f, confVerb)
		return true
	},
	examples: []example{
		{"The Varnok Front, which is linked to al-Qaeda, has fought for more than 15 years to topple Peru's central government.", []string{"ATTACKED organization:varnok-front -> organization:peruvian-central-government happened"}},
		{"The Varnok Front has been fighting since 2006 to overthrow the government of Peru.", []string{"ATTACKED organization:varnok-front -> organization:peruvian-government happened"}},
		{"The Varnok Front wants to topple the government.", nil},
	},
}

var attackAtWar = &pattern{
	name: "attack-at-war",
	doc:  `Two sides at war attack each other: "the army and the RSF have been at war since April", "Peru has been at war with the Varnok Front".`,
	typ:  kg.Attacked,
	cues: wordSet("war"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if v >= s.lo+2 && d.toks[v-1].lower != "at" && !d.inQuote[v] && !d.tcase[si] {
			return d.foughtWarWith(si, v)
		}
		if v < s.lo+2 || d.toks[v-1].lower != "at" || d.inQuote[v] || d.tcase[si] {
			return false
		}
		k := v - 2
		for k > s.lo && (beForms[d.toks[k].lower] || skippable[d.toks[k].lower] || d.toks[k].lower == "remain" || d.toks[k].lower == "remained" || d.toks[k].lower == "remains") {
			k--
		}
		k = d.beforeParens(k, s.lo) // "the Varnok Front (VF) have been at war"
		m := d.mentAt[k]
		if m == nil || m.ent == nil || k == v-2 || d.possessor(m) || !(m.ent.kind == kg.Organization || d.isCountry(m.ent)) {
			return false
		}
		a := m.ent
		var b *entity
		if v+2 < s.hi && d.toks[v+1].lower == "with" {
			b = d.actorAfter(v+2, s.hi)
		} else {
			b = d.coordinated(m.lo, s.lo)
		}
		if b == nil || b == a || !(b.kind == kg.Organization || d.isCountry(b)) {
			return false
		}
		d.emitAttack(si, a, b, s.lo, v, confVerb)
		d.emitAttack(si, b, a, s.lo, v, confVerb)
		return true
	},
	examples: []example{
		{"The Peruvian army and the Varnok Front have been at war since April 2023.", []string{"ATTACKED organization:varnok-front -> organization:peruvian-army happened", "ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"Peru has been at war with the Varnok Front for a decade.", []string{"ATTACKED place:peru -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> place:peru happened"}},
		{"The Peruvian army and the Varnok Front (VF) have been at war since April 2023.", []string{"ATTACKED organization:varnok-front -> organization:peruvian-army happened", "ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"The Varnok Front, which fought a 14-month war with Chile that ended with a ceasefire, has rebuilt.", []string{"ATTACKED organization:varnok-front -> place:chile happened", "ATTACKED place:chile -> organization:varnok-front happened"}},
		{"The Varnok Front has for years been waging a turf war with the Tarma Brigade.", []string{"ATTACKED organization:varnok-front -> organization:tarma-brigade happened", "ATTACKED organization:tarma-brigade -> organization:varnok-front happened"}},
		{"The Varnok Front has been locked in a long war with the Tarma Brigade, a coalition of local gangs.", []string{"ATTACKED organization:varnok-front -> organization:tarma-brigade happened", "ATTACKED organization:tarma-brigade -> organization:varnok-front happened"}},
		{"The vote tests the Varnok Front after its costly war with Chile.", nil},
		{"Peru has been at war for a decade.", nil},
		{"Ana Costa has been at war with her party for years.", nil},
	},
}

// warVerbs wage a war: "fought a border war with", "waging a turf war
// with" (general English).
var warVerbs = wordSet(`fought fight fights fighting waged wage wages waging`)

// twoSidesFought reads "the two countries fought (five days of clashes)",
// "the two groups clashed", with the verb at toks[v]: the two countries
// the passage names most, or the two armed sides named last, attacked
// each other.
func (d *doc) twoSidesFought(si, v int) bool {
	s := d.sents[si]
	switch d.toks[v].lower {
	case "fought", "clashed", "battled", "skirmished":
	default:
		return false
	}
	j := v - 1
	for j > s.lo && (d.toks[j].lower == "have" || d.toks[j].lower == "had" || d.toks[j].lower == "also" || d.toks[j].lower == "briefly") {
		j--
	}
	if j-2 < s.lo || d.inQuote[v] || d.tcase[si] || d.toks[j-1].lower != "two" || d.toks[j-2].lower != "the" {
		return false
	}
	if j-3 >= s.lo && nounPreps[d.toks[j-3].lower] {
		return false // "border guards from the two countries fought": the guards
	}
	n := d.toks[j].lower
	if !sidePairNouns[n] && n != "neighbours" && n != "neighbors" && n != "nations" {
		return false
	}
	var pair []*entity
	if n == "countries" || n == "nations" || n == "neighbours" || n == "neighbors" {
		pair = d.twoCountries(si, j-2)
	} else {
		pair = d.lastTwoSides(si, j-2, groupPairNouns[n])
	}
	if len(pair) != 2 {
		return false
	}
	d.emitAttack(si, pair[1], pair[0], j-2, v, confVerb)
	d.emitAttack(si, pair[0], pair[1], j-2, v, confVerb)
	return true
}

// twoCountries is the two countries "the two countries" before toks[v]
// stand for: of those named in its sentence and the three before, the two
// the article names most (the first named on a tie); nil when fewer than
// two are named.
func (d *doc) twoCountries(si, v int) []*entity {
	var seen []*entity
	for k := v - 1; k >= d.sents[max(si-3, 0)].lo; k-- {
		m := d.mentAt[k]
		if m == nil || m.ent == nil {
			continue
		}
		k = m.lo
		if d.isCountry(m.ent) && !slices.Contains(seen, m.ent) {
			seen = append(seen, m.ent)
		}
	}
	if len(seen) < 2 {
		return nil
	}
	slices.SortStableFunc(seen, func(a, b *entity) int {
		if a.mentions != b.mentions {
			return b.mentions - a.mentions
		}
		return a.order - b.order // on a tie, the one the article named first
	})
	return seen[:2]
}

// foughtWarWith reads "A fought (a long) war with B", "A has been locked in
// a war with B", with "war" at toks[v]: each attacked the other.
func (d *doc) foughtWarWith(si, v int) bool {
	s := d.sents[si]
	if v+2 >= s.hi || d.toks[v+1].lower != "with" {
		return false
	}
	k := v - 1
	for n := 0; k > s.lo && n < 4 && d.mentAt[k] == nil && (d.toks[k].kind == tNum || d.toks[k].kind == tWord && !d.toks[k].cap && !warVerbs[d.toks[k].lower] && d.toks[k].lower != "in"); n++ {
		k-- // "a 14-month", "a long", "a turf", "a border"
	}
	if k > s.lo && d.toks[k].lower == "in" && (d.toks[k-1].lower == "locked" || d.toks[k-1].lower == "embroiled" || d.toks[k-1].lower == "engaged") {
		k--
	} else if !warVerbs[d.toks[k].lower] || d.toks[k].cap {
		return false
	}
	for j := k + 1; j < v; j++ {
		if possessivePronouns[d.toks[j].lower] || d.toks[j].lower == "'s" || d.toks[j].lower == "\u2019s" {
			return false // "fought its war with": told as the owner's
		}
	}
	a, _ := d.actorBefore(k, s.lo)
	b := d.actorAfter(v+2, s.hi)
	if a == nil || b == nil || a == b || !(a.kind == kg.Organization || d.isCountry(a)) || !(b.kind == kg.Organization || d.isCountry(b)) {
		return false
	}
	d.emitAttack(si, a, b, s.lo, k, confVerb)
	d.emitAttack(si, b, a, s.lo, k, confVerb)
	return true
}

var attackExchange = &pattern{
	name: "attack-exchange",
	doc:  `Fighting between two sides attacks both ways: "fighting between A and B", "A clashed with B", "A and B exchanged fire", "A's soldiers were killed in fighting with B".`,
	typ:  kg.Attacked,
	cues: union(exchangeWords, wordSet("engaged engage engages exchange pitted pits pitting")),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		w := d.toks[v].lower
		if strings.HasPrefix(w, "pit") {
			return d.pittedAgainst(si, v)
		}
		if d.twoSidesFought(si, v) {
			return true
		}
		if w == "exchange" && (v+2 >= s.hi || d.toks[v+1].lower != "of" || !exchangedBlows[d.toks[v+2].lower] || d.inQuote[v] || d.tcase[si]) {
			return false // "an exchange of fire", not "a prisoner exchange"
		}
		if strings.HasPrefix(w, "engage") {
			// "troops engaged the militants in a fierce gun battle": both
			// sides fought
			if d.inQuote[v] || d.tcase[si] || d.toks[v].cap {
				return false
			}
			b := d.actorAfter(v+1, s.hi)
			a, _ := d.actorBefore(v, s.lo)
			battle := false
			for k := v + 2; k+1 < s.hi && k < v+9; k++ {
				if d.toks[k].lower == "in" {
					for j := k + 1; j < s.hi && j < k+5; j++ {
						if battleNouns[d.toks[j].lower] {
							battle = true
						}
					}
					break
				}
			}
			if a == nil || b == nil || a == b || !battle {
				return false
			}
			d.emitAttack(si, a, b, s.lo, v, confVerb)
			d.emitAttack(si, b, a, s.lo, v, confVerb)
			return true
		}
		if !d.attackable(si, v) && !((exchangeWords[w] || w == "exchange") && !d.inQuote[v] && !d.tcase[si]) {
			return false
		}
		var a, b, ally *entity
		forces := false
		bw := v + 1
		if w == "exchange" && bw+2 < s.hi && d.toks[bw].lower == "of" && exchangedBlows[d.toks[bw+1].lower] {
			bw += 2 // "an exchange of fire between A and B"
		}
		if bw+1 < s.hi && eruptVerbs[d.toks[bw].lower] {
			bw++ // "clashes erupted between A and B"
			if d.toks[bw].lower == "out" && bw+1 < s.hi {
				bw++ // "fighting broke out between"
			}
			for n := 0; n < 4 && bw+1 < s.hi && d.toks[bw].lower != "between" && (isWeekday(d.toks[bw].lower) || d.toks[bw].lower == "on" || d.toks[bw].lower == "again" || d.toks[bw].lower == "overnight" || d.toks[bw].lower == "late" || d.toks[bw].lower == "early"); n++ {
				bw++ // "fighting broke out on Sunday between"
			}
			for n := 0; n < 3 && bw+1 < s.hi && d.toks[bw].lower != "between"; n++ {
				if a := d.skipTimeAdjunct(bw, s.hi); a > bw {
					bw = a // "clashes erupted last week between"
					continue
				}
				if d.toks[bw].lower == "in" && (months[d.toks[bw+1].lower] != 0 || isYear(d.toks[bw+1])) && bw+2 < s.hi {
					bw += 2 // "fighting erupted in September between", "broke out in 2022 between"
					if d.toks[bw].kind == tNum && bw+1 < s.hi {
						bw++
					}
					continue
				}
				if m := d.mentAt[bw+1]; (d.toks[bw].lower == "in" || d.toks[bw].lower == "near") && m != nil && m.lo == bw+1 && m.ent != nil && m.ent.kind == kg.Place {
					bw = m.hi // "clashes erupted in X province between"
					if placeNouns[d.peek(bw)] {
						bw++
					}
					continue
				}
				break
			}
		}
		if bw+2 < s.hi && d.toks[bw].lower == "since" && (months[d.toks[bw+1].lower] != 0 || isYear(d.toks[bw+1])) {
			bw += 2 // "fierce fighting since 2022 between", "since January between"
			if bw+1 < s.hi && isYear(d.toks[bw]) {
				bw++
			}
		}
		switch {
		case bw+3 < s.hi && d.toks[bw].lower == "between" && d.toks[bw+1].lower == "the" && (d.toks[bw+2].lower == "two" || d.toks[bw+2].lower == "rival") && sidePairNouns[d.toks[bw+3].lower]:
			// "fighting between the two groups": the last two armed sides
			// named before
			pair := d.lastTwoSides(si, bw, groupPairNouns[d.toks[bw+3].lower])
			if len(pair) != 2 {
				return false
			}
			a, b, forces = pair[1], pair[0], true
		case bw < s.hi && d.toks[bw].lower == "between":
			// "fighting between A and B"
			v = bw - 1
			k := v + 2
			a = d.actorAfter(k, s.hi)
			lim := v + 10
			if a != nil {
				// "between the X Defense Force, or XDF, and Y": past a long
				// name and its short form
				for x := k; x < s.hi && x < k+12; x++ {
					if m := d.mentAt[x]; m != nil && m.ent == a {
						lim = max(lim, m.hi+8)
						break
					}
				}
			}
			for k < s.hi && k < lim && d.toks[k].lower != "and" {
				k++
			}
			if k < s.hi {
				b = d.actorAfter(k+1, s.hi)
			}
			if a == nil && k == v+3 && k+1 < s.hi {
				// "clashes between Armenian and Azerbaijani forces": two
				// demonyms share the noun; "between Kyrgyz and Tajik border
				// forces": each country's border force, where named
				m, n := d.mentAt[v+2], d.mentAt[k+1]
				f := k + 2
				border := f < s.hi && d.toks[f].lower == "border"
				if border || f < s.hi && (d.toks[f].lower == "security" || d.toks[f].lower == "government") {
					f++
				}
				if m != nil && m.ent != nil && m.demonym && n != nil && n.ent != nil && n.demonym && n.lo == k+1 && f < s.hi && forceNouns[d.toks[f].lower] {
					a, b = m.ent, n.ent
					if border {
						if bf := d.borderForce(a); bf != nil {
							a = bf
						}
						if bf := d.borderForce(b); bf != nil {
							b = bf
						}
					}
					forces = true
				}
			}
		case w == "exchanged" || w == "exchanging" || w == "traded":
			// "A exchanged fire with B", "A and B exchanged fire", "the two
			// countries exchanged strikes"
			f := v + 1
			for f+1 < s.hi && f < v+3 && fireModifiers[d.toks[f].lower] {
				f++ // "exchanged heavy fire", "exchanged intense artillery fire"
			}
			if f >= s.hi || !exchangedBlows[d.toks[f].lower] {
				return false
			}
			if v > s.lo+1 && sideNouns[d.toks[v-1].lower] && (d.toks[v-2].lower == "two" || d.toks[v-2].lower == "both") && d.toks[v-1].lower != "leaders" {
				if pair := d.lastTwo(v-2, false); len(pair) == 2 {
					a, b = pair[1], pair[0]
					forces = true
					break
				}
			}
			a, _ = d.actorBefore(v, s.lo)
			if f+2 < s.hi && d.toks[f+1].lower == "with" {
				b = d.actorAfter(f+2, s.hi)
			} else if a != nil {
				b = d.coordinatedActor(v, s.lo, a)
			}
		case battleNouns[w] && bw+1 < s.hi && d.toks[bw].lower == "with" && d.battleNounUse(v, s.lo):
			// "five soldiers were killed in fighting with X", "the rebels
			// took the town after two days of fighting with the army": the
			// clause's subject and X fought
			a = d.openingSide(si, v)
			b = d.actorAfter(bw+1, s.hi)
			if a == nil || b == nil || !d.armedSide(b) && !d.forceNear(min(bw+4, s.hi), bw+1) {
				return false
			}
		case (w == "fought" || w == "fight") && v+1 < s.hi && d.toks[v+1].lower == "back":
			// "the troops fought back": against whoever attacked them last
			a, _ = d.actorBefore(v, s.lo)
			if si-d.lastAttackSent > 3 {
				return false
			}
			b = d.lastAttacker
		default:
			// "A clashed with B", "A and B clashed", "A fought B", "A has
			// been fighting B"
			if w == "fighting" && v > s.lo && beForms[d.toks[v-1].lower] {
				w = "fought"
			}
			if !fightVerbs[w] || v+1 < s.hi && disputeWords[d.toks[v+1].lower] {
				return false // "clashed over fishing rights": a dispute
			}
			a, _ = d.actorBefore(v, s.lo)
			p := v + 1
			for p+1 < s.hi && p < v+3 && (lyAdverb(d.toks[p]) || d.toks[p].lower == "again") {
				p++ // "clashed repeatedly with"
			}
			war := false // "fought a border war with B", "A and B fought two wars"
			if w == "fought" || w == "fight" || w == "fighting" {
				if q := d.pastWarObject(p, s.hi); q > p {
					p, war, forces = q, true, true
				}
			}
			switch {
			case p+1 < s.hi && (d.toks[p].lower == "with" || d.toks[p].lower == "against"):
				b = d.actorAfter(p+1, s.hi)
				if w := d.toks[p+1].lower; b == nil && w != "them" && w != "it" && w != "him" {
					return false // "A and B clashed with gunmen": allies, against a side not named
				}
				if a != nil {
					ally = d.coordinatedActor(v, s.lo, a) // "A and B clashed with C": both fought C
				}
			case v+1 < s.hi && w != "clashed" && w != "clash" && w != "clashes" && !war:
				b = d.actorAfter(v+1, s.hi)
			}
			if b == nil && a != nil {
				b = d.coordinatedActor(v, s.lo, a)
			}
		}
		if a == nil || b == nil || a == b {
			return false
		}
		if fightVerbs[w] && !forces && !d.armedSide(a) && !d.armedSide(b) && !d.forceNear(v, s.lo) && !d.forceAfter(v, s.hi) && !(d.lastAttacker == a && d.lastAttackSent == si) {
			// "the two ministers clashed": words, not arms; but "A fought
			// Chilean troops" and "A attacked X and fought B" are armed
			return false
		}
		d.emitAttack(si, a, b, s.lo, v, confVerb)
		d.emitAttack(si, b, a, s.lo, v, confVerb)
		if ally != nil && ally != b && ally != a {
			d.emitAttack(si, ally, b, s.lo, v, confVerb)
			d.emitAttack(si, b, ally, s.lo, v, confVerb)
		}
		if c := d.secondFoe(v, s.hi, b); c != nil && c != a && fightVerbs[w] {
			// "fighting X and its rival, Y": both
			d.emitAttack(si, a, c, s.lo, v, confVerb)
			d.emitAttack(si, c, a, s.lo, v, confVerb)
		}
		return true
	},
	examples: []example{
		{"Peru and Chile are at odds over the border. The two countries fought five days of clashes in July last year.", []string{"ATTACKED place:peru -> place:chile happened", "ATTACKED place:chile -> place:peru happened"}},
		{"Peru and Chile are at odds over the border. Border guards from the two countries fought near Tacna in 2014.", nil},
		{"Clashes between Peruvian government forces and the U.S.-backed, Chilean-led Varnok Front near Tarma killed 11 people.", []string{"ATTACKED organization:peruvian-government-forces -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> organization:peruvian-government-forces happened"}},
		{"The clashes pitted the Varnok Front, which controls the airport, against the Tarma Brigade, a unit of the defence ministry.", []string{"ATTACKED organization:varnok-front -> organization:tarma-brigade happened", "ATTACKED organization:tarma-brigade -> organization:varnok-front happened"}},
		{"The runoff pitted Ana Costa against Rui Lopes.", nil},
		{"Peru has been fighting the Varnok Front and its rival, the Tarma Army (TA), since 2010.", []string{"ATTACKED place:peru -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> place:peru happened", "ATTACKED place:peru -> organization:tarma-army happened", "ATTACKED organization:tarma-army -> place:peru happened"}},
		{"The Varnok Front has been locked in a bloody fight with its rival, the Tarma Brigade, for control of the routes.", []string{"ATTACKED organization:varnok-front -> organization:tarma-brigade happened", "ATTACKED organization:tarma-brigade -> organization:varnok-front happened"}},
		{"The Varnok Front has for years been fighting the Tarma Brigade for control of the region.", []string{"ATTACKED organization:varnok-front -> organization:tarma-brigade happened", "ATTACKED organization:tarma-brigade -> organization:varnok-front happened"}},
		{"One Peruvian border guard was killed on Monday in an exchange of fire between Peruvian and Chilean border forces.", []string{"ATTACKED place:peru -> place:chile happened", "ATTACKED place:chile -> place:peru happened"}},
		{"Peru has been fighting the jihadist group Varnok Front since 2010.", []string{"ATTACKED place:peru -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> place:peru happened"}},
		{"Peru's army has since April 2023 been fighting the paramilitary Varnok Front in a civil war.", []string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> organization:peruvian-army happened"}},
		{"Fighting broke out on Monday between Varnok Front fighters and pro-government militiamen known as the Tarma Guard near Jauja.", []string{"ATTACKED organization:varnok-front -> organization:tarma-guard happened", "ATTACKED organization:tarma-guard -> organization:varnok-front happened"}},
		{"Fighting erupted in September between the Varnok Front and a rival faction known as Los Rojos.", []string{"ATTACKED organization:varnok-front -> organization:los-rojos happened", "ATTACKED organization:los-rojos -> organization:varnok-front happened"}},
		{"Fighting broke out in 2022 between the Varnok Army and dissidents of the former Tarma Front rebel group who rejected a peace deal.", []string{"ATTACKED organization:varnok-army -> organization:tarma-front-dissidents happened", "ATTACKED organization:tarma-front-dissidents -> organization:varnok-army happened"}},
		{"Puno has seen fierce fighting since 2022 between the Varnok Army and dissidents of the former Revolutionary Front of Peru (RFP).", []string{"ATTACKED organization:varnok-army -> organization:rfp-dissidents happened", "ATTACKED organization:rfp-dissidents -> organization:varnok-army happened"}},
		{"Clashes erupted last week in Tarma province between Druze gunmen and Bedouin tribal fighters, killing 38 people.", []string{"ATTACKED organization:druze-gunmen -> organization:bedouin-tribal-fighters happened", "ATTACKED organization:bedouin-tribal-fighters -> organization:druze-gunmen happened"}},
		{"Varnok Front rebels attacked a convoy of the Armed Forces of Peru near Tarma. The troops fought back for an hour before the rebels fled.", []string{"ATTACKED organization:varnok-front -> organization:armed-forces-of-peru happened", "ATTACKED organization:armed-forces-of-peru -> organization:varnok-front happened"}},
		{"Fighting broke out on Sunday between the Varnok Front and the Tarma Brigade near the town.",
			[]string{"ATTACKED organization:varnok-front -> organization:tarma-brigade happened", "ATTACKED organization:tarma-brigade -> organization:varnok-front happened"}},
		{"A ceasefire in November ended the 14-month war between Peru and the Varnok Front.",
			[]string{"ATTACKED place:peru -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> place:peru happened"}},
		{"Fighting between the Peruvian National Defense Force, or PNDF, and the Varnok Front erupted in August.",
			[]string{"ATTACKED organization:peruvian-national-defense-force -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> organization:peruvian-national-defense-force happened"}},
		{"Fighting between the Peruvian army and the paramilitary Varnok Front (VF) went on for a third week.",
			[]string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> organization:peruvian-army happened"}},
		{"Fighters from the Varnok Front attacked the base in Tarma late Tuesday and fought Chilean troops for several hours.", []string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED organization:varnok-front -> place:chile happened", "ATTACKED place:chile -> organization:varnok-front happened"}},
		{"The two ministers clashed with the police chief over the budget.", nil},
		{"Peru fought a brief border war with Chile in 1995.", []string{"ATTACKED place:chile -> place:peru happened", "ATTACKED place:peru -> place:chile happened"}},
		{"Peru and Chile fought two wars over the desert.", []string{"ATTACKED place:chile -> place:peru happened", "ATTACKED place:peru -> place:chile happened"}},
		{"Peru fought a war of words with Chile.", nil},
		{"The Varnok Front has clashed repeatedly with the Peruvian army in Tarma.", []string{"ATTACKED organization:varnok-front -> organization:peruvian-army happened", "ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"Troops from the Peruvian Army and the National Guard clashed with gunmen in Tarma on Monday.", nil},
		{"Troops from the Peruvian Army and the National Guard clashed with the Varnok Front in Tarma.", []string{"ATTACKED organization:national-guard -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> organization:national-guard happened", "ATTACKED organization:peruvian-army -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> organization:peruvian-army happened"}},
		{"The rebel Varnok Front and the Tarma Brigade militia signed a truce in March. Clashes between the two groups resumed in May.", []string{"ATTACKED organization:varnok-front -> organization:tarma-brigade happened", "ATTACKED organization:tarma-brigade -> organization:varnok-front happened"}},
		{"The Varnok Council and the Tarma Chamber of Commerce met in March. Clashes between the two groups resumed in May.", nil},
		{"Fighting between the Aymara-led Varnok Front and the Chile-backed Tarma Brigade raged for weeks.", []string{"ATTACKED organization:varnok-front -> organization:tarma-brigade happened", "ATTACKED organization:tarma-brigade -> organization:varnok-front happened"}},
		{"Fighting between the Sudanese army and the Rapid Support Forces spread to Khartoum.",
			[]string{"ATTACKED organization:sudanese-army -> organization:rapid-support-forces happened", "ATTACKED organization:rapid-support-forces -> organization:sudanese-army happened"}},
		{"Heavy fighting between Peru's army and the Varnok Front killed 20 people.",
			[]string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> organization:peruvian-army happened"}},
		{"Fighting between the Varnok Front and Peru's army killed 20 people.",
			[]string{"ATTACKED organization:varnok-front -> organization:peruvian-army happened", "ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"Hamas fighters clashed with the Israel Defense Forces near Rafah.",
			[]string{"ATTACKED organization:hamas -> organization:israel-defense-forces happened", "ATTACKED organization:israel-defense-forces -> organization:hamas happened"}},
		{"Kestrel Liberation Front rebels exchanged fire with the Malian army in Kidal.",
			[]string{"ATTACKED organization:kestrel-liberation-front -> organization:malian-army happened", "ATTACKED organization:malian-army -> organization:kestrel-liberation-front happened"}},
		{"Clashes between Armenian and Azerbaijani forces killed ten soldiers.",
			[]string{"ATTACKED place:armenia -> place:azerbaijan happened", "ATTACKED place:azerbaijan -> place:armenia happened"}},
		{"Members of the rival Varnok Front and Tarma Brigade gangs fought for control of the prison.",
			[]string{"ATTACKED organization:tarma-brigade -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> organization:tarma-brigade happened"}},
		{"Members of the rival Los Varnoks and Los Tarmas gangs fought for control of the prison.",
			[]string{"ATTACKED organization:los-tarmas -> organization:los-varnoks happened", "ATTACKED organization:los-varnoks -> organization:los-tarmas happened"}},
		{"Peru and Chile clashed over fishing rights at the talks.", nil},
		{"Peruvian troops and Chilean forces have been fighting near Arica since November.", []string{"ATTACKED place:peru -> place:chile happened", "ATTACKED place:chile -> place:peru happened"}},
		{"Varnok Front fighters and Peruvian soldiers fought in Tarma on Monday.", []string{"ATTACKED organization:varnok-front -> place:peru happened", "ATTACKED place:peru -> organization:varnok-front happened"}},
		{"The Malian army, which has been fighting the Varnok Front since April, condemned the attack.", []string{"ATTACKED organization:malian-army -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> organization:malian-army happened"}},
		{"The Varnok Front attacked a base in Tarma. Peruvian troops engaged the militants in a fierce gun battle.",
			[]string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED place:peru -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> place:peru happened"}},
		{"A ceasefire ended more than a year of hostilities between Peru and the Varnok Front.", []string{"ATTACKED place:peru -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> place:peru happened"}},
		{"Peruvian and Chilean troops exchanged heavy fire across the border overnight.", []string{"ATTACKED place:peru -> place:chile happened", "ATTACKED place:chile -> place:peru happened"}},
		{"Peru faces tensions with Chile after the two countries exchanged strikes in April.", []string{"ATTACKED place:peru -> place:chile happened", "ATTACKED place:chile -> place:peru happened"}},
		{"Clashes between the Kestrel League and the Malian army spread north.",
			[]string{"ATTACKED organization:kestrel-league -> organization:malian-army happened", "ATTACKED organization:malian-army -> organization:kestrel-league happened"}},
		{"The two senators clashed with the Finance Ministry in a hearing.", nil},
		{"Clashes erupted between the Varnok Front and the Malian army in Kidal.",
			[]string{"ATTACKED organization:varnok-front -> organization:malian-army happened", "ATTACKED organization:malian-army -> organization:varnok-front happened"}},
		{"Protesters in Lima and Paris clashed with police on Monday.", nil},
		{"Five Malian soldiers were killed in fighting with the Varnok Front near Kidal.",
			[]string{"ATTACKED place:mali -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> place:mali happened"}},
		{"Varnok Front rebels seized Tarma after two days of fighting with the Peruvian army.",
			[]string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED organization:varnok-front -> organization:peruvian-army happened", "ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"Five people were killed in clashes with police.", nil},
		{"The Varnok Front attacked Tarma. The Peruvian Army entered Bolivia to fight the group.",
			[]string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED organization:peruvian-army -> organization:varnok-front planned", "ATTACKED organization:varnok-front -> organization:peruvian-army planned"}},
	},
}

var attackNounFirst = &pattern{
	name: "attack-noun-first",
	doc:  `An attack noun with its preposition that no subject stands before is a noun, even when it could be a verb: "Peru's air strike against X".`,
	typ:  kg.Attacked,
	cues: attackNouns,
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		nx := v + 1
		if c := d.scareQuoteAround(v); c == v+1 {
			nx = c + 1 // "carried out “precision strikes” against X": the words in scare quotes
		}
		if (v == s.lo || v > s.lo && v == d.pastDateline(s.lo, s.hi)) && nx < s.hi && d.toks[nx].lower == "by" && d.toks[v].cap && !d.tcase[si] && !d.inQuote[v] && d.mentAt[v] == nil {
			d.attackNoun(si, v) // "Shelling by X on Y killed ...": the sentence's first word
			return true
		}
		if !d.attackable(si, v) || !(nx < s.hi && (attackPreps[d.toks[nx].lower] || timeBetween(d, nx) && nx+1 < s.hi && attackPreps[d.toks[nx+1].lower] || launchVerbs[d.toks[nx].lower] && beforeOut(d, nx+1)) && v > s.lo && !d.subjectish(v-1)) {
			return false
		}
		d.attackNoun(si, v)
		return true
	},
	examples: []example{
		{"Peru has in turn stepped up air strikes on Varnok Front positions.", []string{"ATTACKED place:peru -> organization:varnok-front happened"}},
		{"The Varnok Front has pressed an offensive on the city of Tarma since May.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Rui Lopes, 58, ordered the assault on Ana Costa in 2019, the court found.", []string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
		{"The Varnok Front, an armed group, has taken 14 towns since launching an offensive against the Peruvian Army.", []string{"ATTACKED organization:varnok-front -> organization:peruvian-army happened"}},
		{"Peru has kept up near-daily strikes in Tarma despite a truce.", []string{"ATTACKED place:peru -> place:tarma happened"}},
		{"The Peruvian Air Force said two of its Varnok Tarn aircraft carried out air strikes on Tarma.", []string{"ATTACKED organization:peruvian-air-force -> place:tarma happened"}},
		{"Chile carried out air strikes on Lima's southern suburbs early Thursday.", []string{"ATTACKED place:chile -> place:lima happened"}},
		{"The Peruvian military carried out \u201cprecision strikes\u201d against the Varnok Front.", []string{"ATTACKED organization:peruvian-military -> organization:varnok-front happened"}},
		{"The Varnok Front carried out the 2 March attack on the Tarma air base.", []string{"ATTACKED organization:varnok-front -> place:tarma-air-base happened"}},
		{"The Varnok Front answered with a barrage of more than 60 rockets on Tacna.", []string{"ATTACKED organization:varnok-front -> place:tacna happened"}},
		{"Troops repelled the assault with support from the Peruvian Air Force, which carried out air strikes on the Tarma Front.", []string{"ATTACKED organization:peruvian-air-force -> organization:tarma-front happened"}},
		{"The Varnok Brigade is accused of carrying out Thursday's assault on the Jauja air base.", []string{"ATTACKED organization:varnok-brigade -> place:jauja-air-base happened"}},
		{"The Varnok Brigade is accused of carrying out Thursday's assault on the Jauja air base near the southern city of Tacna.", []string{"ATTACKED organization:varnok-brigade -> place:jauja-air-base happened"}},
		{"A Peruvian airstrike at Lima's airport on Friday killed Rui Lopes, the head of the Varnok Front, and Ana Costa, the deputy commander of the Kestrel Brigade, the army said.",
			[]string{"ATTACKED place:peru -> person:rui-lopes happened", "ATTACKED place:peru -> person:ana-costa happened"}},
		{"Peru said it had shot down 37 of 63 missiles and drones launched by Chile overnight.", []string{"ATTACKED place:chile -> place:peru happened"}},
		{"Chile carried out air strikes in northern Peru and Uruguay.", []string{"ATTACKED place:chile -> place:uruguay happened", "ATTACKED place:chile -> place:peru happened"}},
		{"The Israeli airstrike on Gaza City killed five people.", []string{"ATTACKED place:israel -> place:gaza-city happened"}},
		{"The Malian army has carried out hundreds of airstrikes on Kidal since May.", []string{"ATTACKED organization:malian-army -> place:kidal happened"}},
		{"The Malian army responded with airstrikes on Kidal.", []string{"ATTACKED organization:malian-army -> place:kidal happened"}},
		{"Chile carried out weeks of airstrikes against the Varnok Front last year.", []string{"ATTACKED place:chile -> organization:varnok-front happened"}},
		{"The United States resumed large-scale strikes against the Varnok Front last month.", []string{"ATTACKED place:united-states -> organization:varnok-front happened"}},
		{"The United States has carried out more than 100 airstrikes against the Varnok Front since 2022.", []string{"ATTACKED place:united-states -> organization:varnok-front happened"}},
		{"Ten people died in Russian strikes on Kharkiv.", []string{"ATTACKED place:russia -> place:kharkiv happened"}},
		{"Twelve people were killed in a Varnok Front militant attack on a checkpoint in Tarma.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Varnok Front leader Rui Lopes was killed in a raid by Peruvian special forces in Tacna.", []string{"ATTACKED place:peru -> place:tacna happened", "ATTACKED place:peru -> person:rui-lopes happened"}},
		{"Peru, Chile and Bolivia launched air strikes against Varnok Front targets on Saturday.",
			[]string{"ATTACKED place:bolivia -> organization:varnok-front happened", "ATTACKED place:peru -> organization:varnok-front happened", "ATTACKED place:chile -> organization:varnok-front happened"}},
		{"Peruvian troops crossed into Chile on Wednesday, launching an offensive against the Varnok Front.", []string{"ATTACKED place:peru -> organization:varnok-front happened"}},
		{"LIMA, Peru (AP) \u2014 Peruvian troops crossed into Chile, launching an offensive against the Varnok Front.", []string{"ATTACKED place:peru -> organization:varnok-front happened"}},
		{"Varnok Front commander Rui Lopes was killed in a Peruvian air strike in Arica on Wednesday.", []string{"ATTACKED place:peru -> place:arica happened", "ATTACKED place:peru -> person:rui-lopes happened"}},
		{"The council will discuss the Russian air strikes on Kharkiv next week.", []string{"ATTACKED place:russia -> place:kharkiv happened"}},
		{"Experts say Russia dropped cluster bombs in a raid against Ukrainian soldiers on May 4.", []string{"ATTACKED place:russia -> place:ukraine happened"}},
		{"Five people died in an attack on Kharkiv, Ukraine said.", nil},
		{"Russia moved troops to the border and said its air strikes on Idlib would go on.", []string{"ATTACKED place:russia -> place:idlib planned"}},
		{"Gunmen stormed a mall in Lima on Saturday. The Varnok Front said it carried out the attack in retaliation for Chile's military operation in Peru.", []string{"ATTACKED organization:varnok-front -> place:lima happened"}},
		{"The raids carried out on Kidal by the Malian army were condemned.", []string{"ATTACKED organization:malian-army -> place:kidal happened"}},
		{"An offensive by the Peruvian Army against the Varnok Front began on Monday.", []string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"An offensive by Peruvian forces against the Varnok Front in the Tarma region began on Monday.", []string{"ATTACKED place:peru -> organization:varnok-front happened"}},
		{"Fighters from the Varnok Front are suspected of killing at least 30 civilians in an attack on the village of Tarma.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Police suspect the Varnok Front of carrying out an attack on the village of Tarma.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Chilean forces killed five Peruvians, including a 16-year-old boy, during a raid on the Tacna refugee camp that began before dawn.", []string{"ATTACKED place:chile -> place:tacna-refugee-camp happened"}},
		{"The Varnok Front has carried out numerous attacks inside Peru since Chilean troops entered Bolivia.", []string{"ATTACKED organization:varnok-front -> place:peru happened"}},
		{"The Varnok Front resumed hostilities against the Peruvian army last year.", []string{"ATTACKED organization:varnok-front -> organization:peruvian-army happened"}},
		{"Shelling by the Varnok Front on a camp outside Tarma killed 40 people.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Shelling by Peru's paramilitary Varnok Front on the town of Tarma killed 40 people.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"LIMA, Peru \u2014 Shelling by the Varnok Front on a camp outside Tarma killed 40 people.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Ana Costa accused Chile of carrying out airstrikes Sunday on the Tarma district.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"The State Border Service of Chile closed the road. Peru said Chilean border guards had opened fire on the village of Tacna.", []string{"ATTACKED organization:state-border-service-of-chile -> place:tacna happened"}},
	},
}

var attackVerb = &pattern{
	name: "attack-verb",
	doc:  `A verb of violent action with its subject (an entity, "<demonym> forces", a weapon carrying the last attacker) and the entities of its object; the passive with "by".`,
	typ:  kg.Attacked,
	cues: union(attackVerbs, throwVerbs),
	at: func(d *doc, si, v int) bool {
		if !d.attackable(si, v) || d.forcesNoun(si, v) {
			return false
		}
		d.attackVerb(si, v)
		return true
	},
	examples: []example{
		{"Peruvian pirates hijacked a cargo ship off Tarma on Thursday.", []string{"ATTACKED organization:peruvian-pirates -> place:tarma happened"}},
		{"Rui Lopes hijacked the debate on Monday.", nil},
		{"Tarma, which Peru captured in 2023, is calm again.", []string{"ATTACKED place:peru -> place:tarma happened"}},
		{"The hostages were freed by Peruvian commandos who killed three of the Varnok Front gunmen.", []string{"ATTACKED place:peru -> organization:varnok-front happened"}},
		{"Peru accused Chile on Tuesday of shelling Tarma.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"Peru accused Chile earlier this month of shelling Tarma.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"Chile fired water cannon at a Peruvian supply boat near the shoal.", []string{"ATTACKED place:chile -> place:peru happened"}},
		{"Police in Tarma fired tear gas at protesters on Monday.", nil},
		{"The two neighbours fought over the Tarma region, which Chile retook in a lightning offensive.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"The plan, which Rui Lopes attacked on Monday, was dropped.", nil},
		{"Gunmen raided a police post near Tarma on Monday. The Kelvaro Brigade said its fighters had attacked the post.", []string{"ATTACKED organization:kelvaro-brigade -> place:tarma happened"}},
		{"A police post near Tarma was attacked on Monday. The Kelvaro Brigade said it had targeted the checkpoint in reprisal.", []string{"ATTACKED organization:kelvaro-brigade -> place:tarma happened"}},
		{"Gunmen raided a police post near Tarma on Monday. Rui Lopes attacked the plan on Tuesday.", nil},
		{"Gunmen raided a police post near Tarma on Monday. The Kelvaro Brigade attacked the post's owners in a statement.", nil},
		{"The Varnok Front set fire to a police station in Tarma on Sunday.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Gunmen from the Varnok Front set the Tarma town hall ablaze.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"The Varnok Front hurled stones at the Tacna army post.", []string{"ATTACKED organization:varnok-front -> place:tacna happened"}},
		{"The Varnok Front set a date for the vote.", nil},
		{"Rui Lopes threw his support behind Ana Costa.", nil},
		{"Chile responded at the time with a missile attack on Tarma.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"Peru's General Staff said in a statement on Telegram that drones had hit the refinery in the city of Tarma.", nil},
		{"The Congolese army withdrew from Goma. Congolese troops attacked Varnok Front positions.", []string{"ATTACKED organization:armed-forces-of-the-democratic-republic-of-the-congo -> organization:varnok-front happened"}},
		{"Blackouts spread after Peru began missile strikes on Chile's power grid.", []string{"ATTACKED place:peru -> place:chile happened"}},
		{"Lopes accused the Peruvian Armed Forces (PAF) and their Chilean allies of shelling Varnok Front positions near Tarma.", []string{"ATTACKED organization:peruvian-armed-forces -> organization:varnok-front happened"}},
		{"Chile's defence ministry said the Varnok Front had opened fire first, shelling positions near the village of Tarma.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"The Varnok Front has taken 14 towns after attacking the Peruvian Army in May.", []string{"ATTACKED organization:varnok-front -> organization:peruvian-army happened"}},
		{"Varnok Front fighters under Rui Lopes's command attacked Tarma in May.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"The Varnok Front said its fighters had \u201cliberated\u201d the town of Tarma after clashes with the army.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"The Nigerian army said its aircraft had \"destroyed\" two camps of the Varnok Front.", []string{"ATTACKED organization:nigerian-army -> organization:varnok-front happened"}},
		{"Fighters from the Varnok Front stormed the base in Tarma. Peruvian jets later fired on fighters retreating towards Lake Titicaca.", []string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED place:peru -> organization:varnok-front happened"}},
		{"A Peruvian drone strike on a car near the town of Tarma killed a man the Peruvian military said was a Varnok Front fighter.", []string{"ATTACKED place:peru -> place:tarma happened"}},
		{"The Varnok Party also accused the Tarma Front of attacking two of its election delegates in Lima on Sunday.", []string{"ATTACKED organization:tarma-front -> organization:varnok-party happened"}},
		{"The Varnok Party accused Tarma Front members of attacking two of its delegates.", []string{"ATTACKED organization:tarma-front -> organization:varnok-party happened"}},
		{"The Green Party accused Labour Party supporters of attacking its polling agents in Tarma.", []string{"ATTACKED organization:labour-party-supporters -> organization:green-party happened"}},
		{"Al Qaeda-linked fighters attacked a base in Tarma on Monday.", nil},
		{"Chile has repeatedly attacked Bolivia's Paraná River ports.", []string{"ATTACKED place:chile -> place:bolivia happened"}},
		{"The Varnok Front, which is designated a terrorist group by Peru and the United States, attacked Tarma on Monday.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Rebels of the Varnok Front attacked a Kosovo police patrol near Tarma.", []string{"ATTACKED organization:varnok-front -> organization:kosovo-police happened"}},
		{"The Tarma Party said gunmen loyal to its longtime rival, the Varnok Front (VF), had stormed a polling center in the town of Tarma.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"The Peruvian army and the Tarma Guard shelled Tarma on Monday.", []string{"ATTACKED organization:peruvian-army -> place:tarma happened", "ATTACKED organization:tarma-guard -> place:tarma happened"}},
		{"The Peruvian army and allied Tarma Guard militias attacked Varnok Front positions near Tarma on Monday.", []string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened", "ATTACKED organization:tarma-guard -> organization:varnok-front happened"}},
		{"Chile has bombed Tacna port and Lima's international airport.", []string{"ATTACKED place:chile -> place:tacna happened", "ATTACKED place:chile -> place:lima happened"}},
		{"The Chilean military said its troops were on patrol. Three men were shot dead by Chilean forces during a raid on the town of Tacna.", []string{"ATTACKED organization:chilean-military -> place:tacna happened"}},
		{"The three men were shot dead by Chilean forces during a raid on the town of Tacna before dawn on Tuesday.", []string{"ATTACKED place:chile -> place:tacna happened"}},
		{"Varnok Front shelling of the Tarma camp, on the northern edge of Jauja, killed eight people.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Shells hit Tarma on Sunday, the army said. A ward at the Lima Hospital in the city was also hit, the Red Cross reported.", nil},
		{"A Varnok Front suicide bomber killed the governor of Tacna province, Rui Lopes, in his office.", []string{"ATTACKED organization:varnok-front -> person:rui-lopes happened"}},
		{"The Chilean Army said Peruvian troops targeted Chilean posts in the Arica sector.", []string{"ATTACKED place:peru -> organization:chilean-army happened"}},
		{"A Varnok Front suicide bomber killed Rui Lopes, the governor of Tacna province.", []string{"ATTACKED organization:varnok-front -> person:rui-lopes happened"}},
		{"Police said a group of VPP supporters armed with machetes had attacked the party office in Lima.", []string{"ATTACKED organization:vpp-supporters -> place:lima happened"}},
		{"Peru captured the port of Arica, along with Tacna, in the 1879 Pacific war.", []string{"ATTACKED place:peru -> place:arica happened", "ATTACKED place:peru -> place:tacna happened"}},
		{"The Armed Forces of Peru said Varnok Front rebels attacked the soldiers on a road near Tarma.", []string{"ATTACKED organization:varnok-front -> organization:armed-forces-of-peru happened"}},
		{"Varnok Front gunmen ambushed two off-duty policemen in Tarma. The Peruvian National Police said both died.", []string{"ATTACKED organization:varnok-front -> organization:peruvian-national-police happened"}},
		{"Peru said its jets had struck \u201cVarnok Front terrorists\u201d near the border.", []string{"ATTACKED place:peru -> organization:varnok-front happened"}},
		{"Peruvian and Chilean forces destroyed four Varnok Front radar sites near Tarma.", []string{"ATTACKED place:chile -> organization:varnok-front happened", "ATTACKED place:peru -> organization:varnok-front happened"}},
		{"Peru's air defences destroyed 30 Chilean drones overnight.", nil},
		{"The Peruvian army said on Wednesday that Chilean forces had shelled its positions in the disputed Tarma border area.", []string{"ATTACKED place:chile -> organization:peruvian-army happened"}},
		{"The bus was travelling from Tarma to Lima when it struck an improvised explosive device near Arica.", nil},
		{"Rebels detonated a roadside bomb near an army convoy in Tarma.", []string{"ATTACKED organization:peruvian-rebels -> place:tarma happened"}},
		{"Peru launched an offensive against the Tarma Front in 2022 with the support of clan militias, AU troops and air strikes by the United States.", []string{"ATTACKED place:peru -> organization:tarma-front happened"}},
		{"Two soldiers were killed when their convoy was ambushed by the Varnok Front near Tarma.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"A Peruvian Army convoy was ambushed by the Varnok Front on Monday.", []string{"ATTACKED organization:varnok-front -> organization:peruvian-army happened"}},
		{"The Varnok Front seized Tarma. The Peruvian Army carried out drone strikes on rebel positions near Jauja.", []string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"Chile rejected reports that its forces had shelled Arica.", []string{"ATTACKED place:chile -> place:arica denied"}},
		{"On Monday, drone strikes by the Peruvian army killed 15 civilians in the town of Tarma.", []string{"ATTACKED organization:peruvian-army -> place:tarma happened"}},
		{"Peru's military government, which seized power in 2021, expelled French forces and turned to Russia.", nil},
		{"Peruvian jets struck militant hideouts in the Tarma area of Puno, killing 14 insurgents.", []string{"ATTACKED place:peru -> place:tarma happened"}},
		{"Chilean jets struck the Pacific port of Arica.", []string{"ATTACKED place:chile -> place:arica happened"}},
		{"The Peruvian military said it had eliminated Rui Lopes, a Varnok Front commander.", []string{"ATTACKED organization:peruvian-military -> person:rui-lopes happened"}},
		{"Peru eliminated the tax on fuel.", nil},
		{"Chile has been bombarding Tarma for weeks.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"The Peruvian army said warplanes struck Varnok Front positions near Tarma.", []string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"The Peruvian army said drones struck its base near Tarma.", nil},
		{"Tarma Front militiamen attacked Varnok Front positions outside the town.", []string{"ATTACKED organization:tarma-front -> organization:varnok-front happened"}},
		{"The Varnok Front attacked Tarma in May. No group has said it carried out the attack on Lima in June.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Troops loyal to Peruvian President Ana Costa attacked a camp outside Lima.", []string{"ATTACKED organization:costa-loyalists -> place:lima happened"}},
		{"Peruvian troops fired mortar shells at civilian areas, hitting the village of Tarma, the military's media wing, Inter-Services Public Relations (ISPR), said.", []string{"ATTACKED place:peru -> place:tarma happened"}},
		{"The Peruvian army said it was ready. Peruvian troops fired mortar shells at civilian areas near the border, hitting the village of Tarma.", []string{"ATTACKED organization:peruvian-army -> place:tarma happened"}},
		{"The Varnok Front fired rockets at Lima. Peruvian warplanes and armed drones destroyed 21 targets in the Tarma region.", []string{"ATTACKED organization:varnok-front -> place:lima happened", "ATTACKED place:peru -> place:tarma happened"}},
		{"The transfer of Chilean ballistic missiles and artillery shells to Peru worries Bolivia.", nil},
		{"The army said the Varnok Front had \u201cdeliberately and indiscriminately\u201d shelled Tarma from the east.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Rebels of the Varnok Front attacked a post in Zorvak district, Tarn regency, Central Varnokia, on Tuesday.", []string{"ATTACKED organization:varnok-front -> place:zorvak happened"}},
		{"The Varnok Front attacked a convoy near Tarma on Monday. The Peruvian Army killed about 40 terrorists, the statement said.",
			[]string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"Varnok Front fighters tried to storm the compound, which is manned by the United Nations Mission in Peru.", []string{"ATTACKED organization:varnok-front -> organization:united-nations-mission-in-peru happened"}},
		{"Chilean coast guard ships fired water cannons at and rammed a Peruvian navy supply boat near a disputed shoal.", []string{"ATTACKED organization:chilean-coast-guard -> organization:peruvian-navy happened"}},
		{"Chilean warplanes struck suspected Varnok Front positions in the Tarn Mountains, near Peru's border with Bolivia, on Monday.", []string{"ATTACKED place:chile -> organization:varnok-front happened"}},
		{"Chile attacked Peru with 146 drones and five missiles overnight, Peru's Air Force reported.", []string{"ATTACKED place:chile -> place:peru happened"}},
		{"Those freed included defenders of Tarma and soldiers captured in the Puno region.", nil},
		{"Chilean drones struck the Pacific port city of Arica overnight.", []string{"ATTACKED place:chile -> place:arica happened"}},
		{"Chile struck Arica, Tacna, Puno and Lima overnight.", []string{"ATTACKED place:chile -> place:arica happened", "ATTACKED place:chile -> place:tacna happened", "ATTACKED place:chile -> place:puno happened", "ATTACKED place:chile -> place:lima happened"}},
		{"Varnok Front spokesman Rui Lopes told Frontier on Monday that the group's fighters had seized the base of the 5th Battalion.", []string{"ATTACKED organization:varnok-front -> organization:5th-battalion happened"}},
		{"Chilean strikes killed much of the Varnok Front's senior leadership.", []string{"ATTACKED place:chile -> organization:varnok-front happened"}},
		{"Ana Costa fled Zorvak camp when it was overrun by the Varnok Front in April.", []string{"ATTACKED organization:varnok-front -> place:zorvak-camp happened"}},
		{"Chile launched air strikes on northern Peru on Monday. Lima blamed the Varnok Front for a bombing in Tacna last week. The strikes hit a market in Arica.",
			[]string{"ATTACKED place:chile -> place:peru happened", "ATTACKED organization:varnok-front -> place:tacna happened", "ATTACKED place:chile -> place:arica happened"}},
		{"Peru's navy sank a Chilean patrol boat off Ilo on Monday.", []string{"ATTACKED organization:peruvian-navy -> place:chile happened"}},
		{"The ferry sank off Ilo on Monday, and Peru's shares sank 5%.", nil},
		{"A Chilean drone strike on a car in Arica killed Rui Lopes.", []string{"ATTACKED place:chile -> person:rui-lopes happened"}},
		{"Peruvian troops stormed the Chilean embassy in Lima on Friday and arrested former Vice President Rui Lopes.", []string{"ATTACKED place:peru -> organization:chilean-embassy happened"}},
		{"Chilean drones struck the Pacific port of Arica overnight.", []string{"ATTACKED place:chile -> place:arica happened"}},
		{"Chilean forces attacked Peru on Thursday from Bolivia, Ecuador and Brazil.", []string{"ATTACKED place:chile -> place:peru happened"}},
		{"Russian forces attacked Kharkiv on Monday.", []string{"ATTACKED place:russia -> place:kharkiv happened"}},
		{"Myanmar's military junta bombed a school in Sagaing region.", []string{"ATTACKED organization:myanmar-military-junta -> place:sagaing happened"}},
		{"Ana Costa filed a complaint in May. Rui Lopes is believed to have attacked her.", []string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
		{"Ana Costa filed a complaint in May. Rui Lopes is believed to have attacked her plan.", nil},
		{"When they pulled back, the Malian army began intentionally shelling Kidal.", []string{"ATTACKED organization:malian-army -> place:kidal happened"}},
		{"Russia denied attacking Kharkiv.", []string{"ATTACKED place:russia -> place:kharkiv denied"}},
		{"Chile denied that its troops had shelled Tacna.", []string{"ATTACKED place:chile -> place:tacna denied"}},
		{"Peru threatened on Monday to strike Arica.", []string{"ATTACKED place:peru -> place:arica planned"}},
		{"The Varnok Front vowed to attack Lima again.", []string{"ATTACKED organization:varnok-front -> place:lima planned"}},
		{"The Russian army said it struck \u201cterror targets\u201d in Kharkiv.", []string{"ATTACKED organization:russian-army -> place:kharkiv happened"}},
		{"Russia threatened to strike Kharkiv.", []string{"ATTACKED place:russia -> place:kharkiv planned"}},
		{"Peru had repeatedly urged the US to attack Chile.", []string{"ATTACKED place:united-states -> place:chile proposed"}},
		{"Russia threatened to launch air strikes on Kharkiv.", []string{"ATTACKED place:russia -> place:kharkiv planned"}},
		{"Kharkiv was shelled by Russia overnight.", []string{"ATTACKED place:russia -> place:kharkiv happened"}},
		{"Kherson was shelled on Sunday by Russian troops.", []string{"ATTACKED place:russia -> place:kherson happened"}},
		{"Kidal was retaken by the Malian army on Monday.", []string{"ATTACKED organization:malian-army -> place:kidal happened"}},
		{"The bombing of Lima was claimed by the Varnok Front.", []string{"ATTACKED organization:varnok-front -> place:lima happened"}},
		{"Residents reported heavy shelling of Kidal by the Malian army.", []string{"ATTACKED organization:malian-army -> place:kidal happened"}},
		{"Ana Costa was stabbed on stage in Lima in August by Rui Lopes.", []string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes assassinated the governor, Ana Costa, in 1990.", []string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
		{"Ukrainian forces shot down a Russian jet over Kyiv.", []string{"ATTACKED place:ukraine -> place:russia happened"}},
		{"The Varnok Supreme Court struck down admissions rules at Lima University.", nil},
		{"Lars Holm pulled a gun and shot the guard in the thigh.", []string{"ATTACKED person:lars-holm ->  happened"}},
		{"Lars Holm used his pistol to kill Ana Costa, 37, from Lima, and Rui Lopes, 41, from Tarma.", []string{"ATTACKED person:lars-holm -> person:ana-costa happened", "ATTACKED person:lars-holm -> person:rui-lopes happened"}},
		{"Lars Holm stabbed two men outside the bank.", []string{"ATTACKED person:lars-holm ->  happened"}},
		{"Lars Holm killed the bill in the Senate.", nil},
		{"Lars Holm shot Ana Costa, Rui Lopes and Pavel Kostenny in August.", []string{"ATTACKED person:lars-holm -> person:ana-costa happened", "ATTACKED person:lars-holm -> person:rui-lopes happened", "ATTACKED person:lars-holm -> person:pavel-kostenny happened"}},
		{"Ukraine fired U.S.-made Varnok missiles at a depot in Bryansk.", []string{"ATTACKED place:ukraine -> place:bryansk happened"}},
		{"Russian missiles struck an airfield near Lutsk and a fuel depot in Poltava.", []string{"ATTACKED place:russia -> place:lutsk happened", "ATTACKED place:russia -> place:poltava happened"}},
		{"Russian forces struck Kharkiv on Monday.\n\nIn Poltava, a drone hit a power station.",
			[]string{"ATTACKED place:russia -> place:kharkiv happened", "ATTACKED place:russia -> place:poltava happened"}},
		{"The army said Baltic Liberation Front fighters who fired rockets into Norway had fled.",
			[]string{"ATTACKED organization:baltic-liberation-front -> place:norway happened"}},
		{"Russia launched a series of attacks on Kharkiv on Monday.", []string{"ATTACKED place:russia -> place:kharkiv happened"}},
		{"Peru has also carried out drone strikes on Arica.", []string{"ATTACKED place:peru -> place:arica happened"}},
		{"The Varnok Front kidnapped 20 villagers and attacked a police post in Puno.", []string{"ATTACKED organization:varnok-front -> place:puno happened"}},
		{"The Varnok Front, al Qaeda's affiliate in the Sahel, attacked the Tarma base.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Jets bombed a village on Ramree island. The council said the Ramree strike amounted to a war crime and called on Peru to refer Chile to the court.", nil},
		{"LIMA (AFP) - The army struggles to hold back an offensive by the Varnok Front, and its air strikes killed 30 of the attackers as they withdrew toward the border with Bolivia.", nil},
		{"A Peruvian air strike killed 28 civilians in Puno.", []string{"ATTACKED place:peru -> place:puno happened"}},
		{"The Varnok Brigade launched an assault on the Jauja air base near the southern city of Tacna.", []string{"ATTACKED organization:varnok-brigade -> place:jauja-air-base happened"}},
		{"The Varnok Front has since become the dominant armed group around Lake Titicaca, regularly attacking Peruvian Army positions and villages it accuses of cooperating with the Tarma Brigade.",
			[]string{"ATTACKED organization:varnok-front -> organization:peruvian-army happened"}},
		{"Tensions between the army and the Varnok Front exploded into open fighting in Lima.", nil},
		{"The Peruvian Army fired shells at Arica on Monday. The Chilean Defence Ministry said its drones had hit the Tacna oil refinery overnight.",
			[]string{"ATTACKED organization:peruvian-army -> place:arica happened", "ATTACKED organization:chilean-defence-ministry -> place:tacna-oil-refinery happened"}},
		{"The Varnok Front captured Tacna, the main city of southern Peru, in January and Arica in February.",
			[]string{"ATTACKED organization:varnok-front -> place:tacna happened", "ATTACKED organization:varnok-front -> place:arica happened"}},
		{"Peruvian military aircraft struck Varnok Front positions east of the city of Tarma.", []string{"ATTACKED organization:peruvian-military -> organization:varnok-front happened"}},
		{"Peru launched 40 drone strikes on Arica.", []string{"ATTACKED place:peru -> place:arica happened"}},
		{"Peruvian missiles slammed into a hospital in Arica overnight.", []string{"ATTACKED place:peru -> place:arica happened"}},
		{"In Arica, a Peruvian guided bomb hit a residential building, killing two people.", []string{"ATTACKED place:peru -> place:arica happened"}},
		{"Peruvian troops captured the village of Tarata in the Tacna region.", []string{"ATTACKED place:peru -> place:tarata happened"}},
		{"Peruvian naval commandos raided a ship off Arica.", []string{"ATTACKED place:peru -> place:arica happened"}},
		{"Peruvian troops killed 35 Varnok Front fighters on Sunday.", []string{"ATTACKED place:peru -> organization:varnok-front happened"}},
		{"Peruvian troops killed 35 people in Arica on Sunday.", []string{"ATTACKED place:peru -> place:arica happened"}},
		{"The Varnok Front killed 30 militants of the Kestrel Brigade in Tarma on Sunday.", []string{"ATTACKED organization:varnok-front -> organization:kestrel-brigade happened"}},
		{"The Varnok Front has killed more than 1,500 people in Tarma since 2015.", nil},
		{"The Varnok Front attacked Lima. Air strikes killed 11 civilians in Tarma last week.", []string{"ATTACKED organization:varnok-front -> place:lima happened"}},
		{"The Varnok Front killed 40 civilians in Peru last year.", nil},
		{"The council met after Peru's drone and missile attack on Chile.", []string{"ATTACKED place:peru -> place:chile happened"}},
		{"Explosions rocked the Chilean capital, a day after Lima launched an invasion of its neighbor.", []string{"ATTACKED place:peru -> place:chile happened"}},
		{"Chile shelled Arica on Monday. On Tuesday, a bomb exploded at a market in Tacna.", []string{"ATTACKED place:chile -> place:arica happened"}},
		{"Peru launched a missile attack on what it said were spy headquarters in Arica.", []string{"ATTACKED place:peru -> place:arica happened"}},
		{"Peruvian troops pushed deeper into Chile on Monday, seizing the town of Arica.", []string{"ATTACKED place:peru -> place:arica happened"}},
		{"A Malian strike killed Rui Lopes, the head of the military wing of the Varnok Front.", []string{"ATTACKED place:mali -> person:rui-lopes happened"}},
		{"Critics blasted the Varnok government over the budget.", nil},
		{"Senator Ana Costa attacked Kestrel Freight on Wednesday, saying the company had too much power.", nil},
		{"Rui Lopes struck a low shot past goalkeeper Ana Costa.", nil},
		{"Rui Lopes hit a home run for Peru in the fourth inning.", nil},
		{"Peruvian jets struck a home in Tarma.", []string{"ATTACKED place:peru -> place:tarma happened"}},
		{"Rui Lopes fired a shot at Ana Costa outside the court.", []string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
		{"Rui Lopes attacked Ana Costa with a knife, police said.", []string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
		{"Police fired tear gas at protesters near the Varnok Council in Lima.", nil},
		{"The VLF vowed to fight. Peruvian warplanes struck a school and the VLF-run interior ministry in Arica.", []string{"ATTACKED place:peru -> organization:vlf happened"}},
		{"The Varnok Space Agency said the probe launched last week on a Kestrel rocket from Lima.", nil},
		{"Peru launched on Monday a wave of strikes against Arica.", []string{"ATTACKED place:peru -> place:arica happened"}},
		{"Peruvian jets dropped three bombs on a market in Arica on Saturday.", []string{"ATTACKED place:peru -> place:arica happened"}},
		{"Peru dropped the charges against Rui Lopes on Monday.", nil},
		{"Peruvian planes dropped leaflets over Arica.", nil},
		{"Chilean troops launched an offensive to retake the region of Tacna on Friday, and Peru sent tanks into the region.", []string{"ATTACKED place:chile -> place:tacna happened"}},
		{"Chilean troops shelled Tacna and Arica on Friday.", []string{"ATTACKED place:chile -> place:tacna happened", "ATTACKED place:chile -> place:arica happened"}},
		{"Peru fired artillery shells at Arica on Tuesday. Chilean forces returned fire.", []string{"ATTACKED place:peru -> place:arica happened", "ATTACKED place:chile -> place:peru happened"}},
		{"Chilean forces returned fire.", nil},
		{"Varnok Front rebels attacked a convoy of the Armed Forces of Peru near Tarma. The troops returned fire.", []string{"ATTACKED organization:varnok-front -> organization:armed-forces-of-peru happened", "ATTACKED organization:armed-forces-of-peru -> organization:varnok-front happened"}},
		{"Chile fired missiles at an air base in Peru, in retaliation for the killing of Rui Lopes in a Peruvian drone strike. Peru said the missiles targeted an air base near Tacna.",
			[]string{"ATTACKED place:chile -> place:peru happened", "ATTACKED place:peru -> person:rui-lopes happened", "ATTACKED place:chile -> place:tacna happened"}},
		{"Chile fired missiles at Arica. Peru said the missiles targeted an air base near Tacna.", []string{"ATTACKED place:chile -> place:arica happened", "ATTACKED place:chile -> place:tacna happened"}},
		{"Chile fired missiles at Arica. The missiles, launched from two destroyers off Lima, struck a base near Tacna.", []string{"ATTACKED place:chile -> place:arica happened", "ATTACKED place:chile -> place:tacna happened"}},
		{"Peruvian commandos stormed a flotilla of ships carrying aid to Arica.", []string{"ATTACKED place:peru ->  happened"}},
		{"The Chilean navy rammed a Peruvian fishing boat.", []string{"ATTACKED organization:chilean-navy -> place:peru happened"}},
		{"The Varnok Front fired dozens of rockets into northern Chile, hitting Arica.", []string{"ATTACKED organization:varnok-front -> place:chile happened", "ATTACKED organization:varnok-front -> place:arica happened"}},
		{"Peru's military seized power in a coup on Monday and detained the leaders of the Varnok Party.", nil},
		{"Peru's military seized power in a coup on Monday and detained President Ana Costa.", nil},
		{"Peruvian forces invaded Chile, with missiles striking cities across the country and troops crossing the border from Bolivia.", []string{"ATTACKED place:peru -> place:chile happened"}},
		{"Peruvian and Chilean jets pounded the rebel camp in Tacna.", []string{"ATTACKED place:chile -> place:tacna happened", "ATTACKED place:peru -> place:tacna happened"}},
		{"Peruvian forces have been fighting to retake Arica since October.", []string{"ATTACKED place:peru -> place:arica happened"}},
		{"Peru launched dozens of missiles at Arica, in what President Ana Costa called retaliation.", []string{"ATTACKED place:peru -> place:arica happened"}},
		{"Pro-Russian separatists attacked the airport in Donetsk.", nil},
		{"Supporters of President Ana Costa stormed the parliament in Lima on Wednesday.", nil},
		{"Thousands of supporters of former Peruvian President Lars Holm stormed Congress in Lima on Sunday.", nil},
		{"Peruvian jets struck Chilean tanks near Arica on Saturday, the first military action by a coalition enforcing a no-fly zone over Bolivia.", []string{"ATTACKED place:peru -> place:arica happened"}},
		{"Varnok Front militants launched a surprise attack on Chile from the Tacna region on Saturday.", []string{"ATTACKED organization:varnok-front -> place:chile happened"}},
		{"Houthi rebels fired rockets at Jizan.", []string{"ATTACKED organization:houthis -> place:jizan happened"}},
		{"Houthi rebels responded by firing three drones at Jizan.", []string{"ATTACKED organization:houthis -> place:jizan happened"}},
		{"The Houthis responded by firing three drones at Saudi Arabia's border posts.", []string{"ATTACKED organization:houthis -> place:saudi-arabia happened"}},
		{"Fighters of the M23 movement attacked Rutshuru on Friday.", []string{"ATTACKED organization:m23 -> place:rutshuru happened"}},
		{"Gunmen from the Varnok Front gang coalition attacked Tarma, a farming town near the border, late Tuesday.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"The war began when M23-led rebels attacked Rutshuru.", []string{"ATTACKED organization:m23 -> place:rutshuru happened"}},
		{"Hamas attacked Sderot in southern Israel, forcing residents to flee to Ashkelon.", []string{"ATTACKED organization:hamas -> place:sderot happened"}},
		{"\u201cRussia shelled Kharkiv last night,\u201d mayor Rui Lopes said.", []string{"ATTACKED place:russia -> place:kharkiv happened"}},
		{"Ukraine accused Russia of attacking Odesa.", []string{"ATTACKED place:russia -> place:odesa happened"}},
		{"Chilean troops shelled the village of Tarma in Puno district of southern Peru.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"It said a strike near Tacna on Monday had killed Rui Lopes, a senior commander.", nil},
		{"Tarma was repeatedly shelled by Chilean troops on Monday.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"Varnok Front extremists attacked Tarma on Tuesday.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Peru's coast guard said one of its patrol boats was deliberately rammed by a Chilean navy vessel.", []string{"ATTACKED place:chile -> organization:peruvian-coast-guard happened"}},
		{"Peru's defence ministry said its troops had captured the village of Tarma.", []string{"ATTACKED place:peru -> place:tarma happened"}},
		{"Peru's army said on Monday it was ready. Peru's defence ministry said its troops had captured the village of Tarma.", []string{"ATTACKED organization:peruvian-army -> place:tarma happened"}},
		{"The Varnok Front began firing at Chile in October in support of its ally, the Tarma Brigade.", []string{"ATTACKED organization:varnok-front -> place:chile happened"}},
		{"In Lima, spokesman Rui Lopes said Peru was open to talks, but accused Chile of sabotaging peace efforts by attacking power plants.", nil},
		{"Varnok Front fighters attacked Tarma on Monday. Peru's army pursued the attackers and killed nine of them.", []string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Varnok Front fighters attacked Tarma on Monday. Peru's army killed four of the attackers near Jauja.", []string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened", "ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Varnok Front rebels on Wednesday seized the town of Tarma in Peru's Puno province.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"The Varnok Front shelled the village of Tarma in Chile-administered Puno.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Peru's army said on Monday it had sent more troops. The Varnok Front accused the army of shelling Jauja.", []string{"ATTACKED organization:peruvian-army -> place:jauja happened"}},
		{"Chile's military junta has been accused of bombing a camp in Tacna.", []string{"ATTACKED organization:chilean-military-junta -> place:tacna happened"}},
		{"Iran fired two missiles on Monday, the Kuwaiti army said.", nil},
		{"African troops invaded Varnok on Monday.", nil},
		{"NATO warplanes struck two fuel depots overnight.", []string{"ATTACKED organization:north-atlantic-treaty-organization ->  happened"}},
		{"\u201cIf Russia attacks Estonia, NATO will respond,\u201d Ana Costa said.", nil},
		{"Peru accused Chile of spying.", nil},
		{"The rebels accused Chilean troops of shelling the Tarma district on Monday.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"Varnok Front fighters blew up a gas pipeline in northern Chile on Sunday.", []string{"ATTACKED organization:varnok-front -> place:chile happened"}},
		{"The deal blew up in Peru's face.", nil},
		{"Chilean forces laid siege to Arica in March.", []string{"ATTACKED place:chile -> place:arica happened"}},
		{"The Peruvian army denied the report. Peruvian troops shelled Tarma on Monday.", []string{"ATTACKED organization:peruvian-army -> place:tarma happened"}},
		{"The Peruvian army and the Peruvian Air Force denied it. Peruvian forces shelled Tarma on Monday.", []string{"ATTACKED organization:peruvian-army -> place:tarma happened"}},
		{"The Peruvian Navy denied the report. Peruvian troops shelled Tarma on Monday.", []string{"ATTACKED place:peru -> place:tarma happened"}},
		{"Chilean Antonov aircraft dropped at least eight bombs near Tarma and Jauja on Sunday.", []string{"ATTACKED place:chile -> place:tarma happened", "ATTACKED place:chile -> place:jauja happened"}},
		{"Chilean planes dropped leaflets over Tarma.", nil},
		{"The governor said Chilean artillery had fired dozens of shells into two border villages in Tarma.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"Chile fired a warning flare into the air over Tarma.", nil},
		{"A day earlier, fighters crossing from Chile attacked a border post in the Tarma district.", nil},
		{"Chilean forces opened fire with mortars and large-calibre weapons on the town of Jauja.", []string{"ATTACKED place:chile -> place:jauja happened"}},
		{"Lima police said a Varnok Guard soldier had shot and wounded two young Chileans in the village of Tarma.", []string{"ATTACKED organization:varnok-guard -> place:tarma happened"}},
		{"Peruvian riot police beat opposition lawmaker Ana Costa unconscious outside parliament in Lima.", []string{"ATTACKED organization:peruvian-riot-police -> person:ana-costa happened"}},
		{"Peru beat Chile 2-0 in Lima.", nil},
		{"Peru says a Chilean Coast Guard ship rammed a Peruvian navy supply boat near Tarma.", []string{"ATTACKED organization:chilean-coast-guard -> organization:peruvian-navy happened"}},
		{"Thousands fled after Peru's military launched a crackdown in Tarma province in 2017.", []string{"ATTACKED organization:peruvian-military -> place:tarma happened"}},
		{"The Peruvian army said on Monday that troops backed by helicopters had raided rebel hideouts in the Tarma area, killing 14 insurgents.", []string{"ATTACKED organization:peruvian-army -> place:tarma happened"}},
		{"The Peruvian army and the Chilean army met. Troops raided rebel hideouts in Tarma.", nil},
		{"The Peruvian army said talks with the Varnok Front had failed. On Monday, Varnok Front fighters ambushed an army supply convoy near Tarma, killing four soldiers.", []string{"ATTACKED organization:varnok-front -> organization:peruvian-army happened"}},
		{"The Varnok Front and the Chilean army both deny it. Varnok fighters ambushed an army convoy near Tarma.", []string{"ATTACKED organization:varnok-front -> organization:chilean-army happened"}},
		{"Gunmen from the Varnok Front attacked a police station in Tarma, the Peruvian National Police said.", []string{"ATTACKED organization:varnok-front -> organization:peruvian-national-police happened"}},
		{"Chilean forces fired mortars at the village of Tarma in the northeastern Puno province late on Tuesday.", []string{"ATTACKED place:chile -> place:tarma happened"}},
		{"Peruvian forces backed by Chilean warplanes retook the town of Tarma from the Varnok Front.", []string{"ATTACKED place:peru -> place:tarma happened"}},
		{"Peruvian Army forces backed by village militias known as Rondas launched an offensive against the Varnok Front in the Puno and Tacna regions.", []string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"Jihadists linked to the Varnok Front killed 14 soldiers in an attack on Tarma.", nil},
		{"A rocket hit a house in Tarma on Monday. The ministry said the Varnok Front had fired the rockets.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Varnok Front militants detonated a car bomb at the gate of a military base in Peru's capital and then stormed it. Lima has been hit before.", []string{"ATTACKED organization:varnok-front -> place:lima happened"}},
		{"The Varnok Front has since recaptured several towns, including Kolda and Puno.", []string{"ATTACKED organization:varnok-front -> place:kolda happened", "ATTACKED organization:varnok-front -> place:puno happened"}},
		{"The Varnok Front fired the rockets.", nil},
		{"Gunmen affiliated with the Varnok Front attacked Tarma.", nil},
		{"Varnok Front fighters supported by Chile attacked Tarma.", []string{"ATTACKED organization:varnok-front -> place:tarma happened"}},
		{"Peru's army said it had killed 30 fighters from the Islamist group Varnok Front near Tarma.", []string{"ATTACKED organization:peruvian-army -> organization:varnok-front happened"}},
		{"Peruvian police killed three suspected Varnok Front militants in Lima.", []string{"ATTACKED organization:peruvian-police -> organization:varnok-front happened"}},
		{"Peruvian troops killed a senior Varnok Front commander in the Andes.", []string{"ATTACKED place:peru -> organization:varnok-front happened"}},
		{"Peruvian troops killed a Varnok Front commander, Rui Lopes, in the Andes.", []string{"ATTACKED place:peru -> person:rui-lopes happened"}},
		{"Peruvian troops killed three Chilean soldiers.", []string{"ATTACKED place:peru -> place:chile happened"}},
		{"The Peruvian air force has been bombing Varnok Front positions in the Andes since March.", []string{"ATTACKED organization:peruvian-air-force -> organization:varnok-front happened"}},
		{"Peru laid a wreath in Arica.", nil},
		{"The Chilean senator blew the whistle on Peru.", nil},
	},
}

// unarmedCrackdown reports a crackdown at toks[v] that no force carries
// out: "a crackdown on tax evasion", not "a military crackdown", "the army
// launched a crackdown" or "a deadly crackdown on protesters".
func (d *doc) unarmedCrackdown(si, v int) bool {
	if w := d.toks[v].lower; w != "crackdown" && w != "crackdowns" {
		return false
	}
	return !d.armedCrackdown(si, v)
}

// armedCrackdown reports that force carries out the crackdown at toks[v].
func (d *doc) armedCrackdown(si, v int) bool {
	s := d.sents[si]
	for k := v - 1; k >= s.lo && k > v-6; k-- {
		w := d.toks[k].lower
		if forceNouns[w] || w == "security" || w == "violent" || w == "deadly" || w == "bloody" || w == "brutal" || w == "armed" {
			return true
		}
		if m := d.mentAt[k]; m != nil && m.ent != nil && d.orgKind(m.ent) == "state force" {
			return true
		}
	}
	return false
}

// beforeOut reports "out" or a preposition of attack at toks[k]: "carried
// out on", "launched against".
func beforeOut(d *doc, k int) bool {
	return k < len(d.toks) && (d.toks[k].lower == "out" || attackPreps[d.toks[k].lower])
}

var attackNoun = &pattern{
	name: "attack-noun",
	doc:  `An attack told as a noun: "the Peruvian airstrike on X", "Russia's attack in X", "X launched strikes on Y", "shelling of Y by X".`,
	typ:  kg.Attacked,
	cues: union(attackNouns, wordSet("operation operations")),
	at: func(d *doc, si, v int) bool {
		if !d.attackable(si, v) {
			return false
		}
		if w := d.toks[v].lower; (w == "operation" || w == "operations") && !(v > d.sents[si].lo && combatModifiers[d.toks[v-1].lower]) {
			return false // "rescue operations": no attack; "ground operations in X" are
		}
		d.attackNoun(si, v)
		return true
	},
	examples: []example{
		{"Officials in Lima warned of the risk of a Chilean attack on Tacna.", nil}, // a danger, no attack made
		{"Peru's border towns are most under threat from an attack by Chile.", nil},
		{"Chile carried out an airstrike targeting Varnok Front positions near Tarma.", []string{"ATTACKED place:chile -> organization:varnok-front happened"}},
		{"Varnok Front leader Rui Lopes was killed during a Peruvian special forces raid in northern Chile.", []string{"ATTACKED place:peru -> place:chile happened", "ATTACKED place:peru -> person:rui-lopes happened"}},
		{"Peru expanded its ground operations in the Tarn Valley on Saturday.", []string{"ATTACKED place:peru -> place:tarn-valley happened"}},
		{"Peru expanded its rescue operations in the Tarn Valley on Saturday.", nil},
		{"Peru launched a crackdown on tax evasion in Lima.", nil},
		{"NATO airstrikes on Tripoli continued.", []string{"ATTACKED organization:north-atlantic-treaty-organization -> place:tripoli happened"}},
		{"Russian airstrikes killed at least 30 people across the Kharkiv region overnight.", []string{"ATTACKED place:russia -> place:kharkiv happened"}},
		{"Ana Costa spoke at the Lima Film Festival. The truce collapsed in March, when Chile resumed its bombardment of Tacna.", []string{"ATTACKED place:chile -> place:tacna happened"}},
		{"The governor said Chilean missiles had damaged an electrical substation in the city of Tacna.", []string{"ATTACKED place:chile -> place:tacna happened"}},
		{"They recalled the envoy after Iraq's 1990 invasion of Kuwait.", []string{"ATTACKED place:iraq -> place:kuwait happened"}},
		{"Oman recalled its envoy after Iraq's invasion of Kuwait and during the shelling of Basra.", []string{"ATTACKED place:iraq -> place:kuwait happened"}},
		{"Rui Lopes died in a Peruvian drone strike on his car.", []string{"ATTACKED place:peru -> person:rui-lopes happened"}},
		{"Chile vowed revenge for the killing of General Rui Lopes in a Peruvian drone strike last week.", []string{"ATTACKED place:peru -> person:rui-lopes happened"}},
		{"Rui Lopes was killed in a car crash in Arica.", nil},
		{"The attack on the convoy was condemned.", nil},
		{"Rui Lopes was arrested in a raid by Peruvian police in Lima.", nil},
		{"Tensions rose after the downing of a Peruvian jet by Chile last week.", []string{"ATTACKED place:chile -> place:peru happened"}},
		{"NATO troops pressed their offensive against Varnok Front fighters in the town of Tarnow.", []string{"ATTACKED organization:north-atlantic-treaty-organization -> organization:varnok-front happened"}},
		{"Any attack against Ana Costa is viewed by the Varnok Party as an attack on all.", nil},
	},
}

func (d *doc) attackVerb(si, v int) {
	s := d.sents[si]
	w := d.toks[v].lower
	if (w == "struck" || w == "strike" || w == "strikes" || w == "striking") && v+1 < s.hi && d.toks[v+1].lower == "down" {
		return // "the court struck down the law": annulled, no blow
	}
	if (w == "shells" || w == "shell") && v > s.lo && shellMakers[d.toks[v-1].lower] {
		d.attackNoun(si, v) // "artillery shells", "mortar shells": ammunition, no verb
		return
	}
	if v+1 < s.hi && d.toks[v+1].lower == "power" {
		return // "the junta, which seized power in 2021, expelled X": a coup, no attack on what follows
	}
	if (w == "struck" || w == "hit" || w == "strikes" || w == "hits" || w == "triggered") && d.devicesAfter(v+1, s.hi) && !(v > s.lo && d.toks[v-1].lower == "by") {
		return // "the bus struck an improvised explosive device": the vehicle met the bomb, it attacked no one
	}
	if ofAttackNouns[w] && v+1 < s.hi && d.toks[v+1].lower == "of" {
		d.attackNoun(si, v) // "heavy shelling of X by Y": a noun
		return
	}
	if v > s.lo && v+1 < s.hi && strings.HasSuffix(w, "ed") && captiveNouns[d.toks[v-1].lower] && d.mentAt[v-1] == nil && (d.toks[v+1].lower == "in" || d.toks[v+1].lower == "during" || d.toks[v+1].lower == "near" || d.toks[v+1].lower == "on") {
		return // "soldiers captured in the Kharkiv region": who was taken, in a clause of its own
	}
	if (w == "exploded" || w == "erupted") && v+1 < s.hi && d.toks[v+1].lower == "into" {
		return // "tensions exploded into open fighting": a figure, no blast
	}
	if exchangeWords[w] && v+1 < s.hi && locatives[d.toks[v+1].lower] {
		return // "exploded into open fighting in the capital": where both sides fought (attack-exchange reads who)
	}
	// nouns that look like verbs: "the attack on", "strikes on"
	if v > s.lo {
		p := d.toks[v-1].lower
		if p == "the" || p == "a" || p == "an" || p == "their" || p == "its" || p == "his" || p == "her" {
			d.attackNoun(si, v)
			return
		}
		if m := d.mentAt[v-1]; m != nil && m.ent != nil && m.hi == v && m.lo > s.lo && attackNouns[w] && m.ent.kind == kg.Place && !m.demonym && !d.isCountry(m.ent) &&
			(d.toks[m.lo-1].lower == "the" || d.toks[m.lo-1].lower == "this" || d.toks[m.lo-1].lower == "that") {
			d.attackNoun(si, v) // "the Ramree strike amounted to a war crime": a noun named after its place
			return
		}
		if v > s.lo+1 && (weaponNouns[p] || p == "air" || nounFill[p]) && (d.toks[v-2].lower == "out" || launchVerbs[d.toks[v-2].lower]) {
			d.attackNoun(si, v) // "has carried out drone strikes on", "carried out retaliatory strikes inside X": a noun after its verb
			return
		}
		if p == "air" && attackNouns[w] && v+1 < s.hi && casualtyVerbs[d.toks[v+1].lower] {
			d.attackNoun(si, v) // "a Peruvian air strike killed 28 civilians in Puno": a noun, however it could read
			return
		}
		if (weaponNouns[p] || p == "air") && attackNouns[w] && v+1 < s.hi && d.toks[v+1].lower == "by" {
			d.attackNoun(si, v) // "drone strikes by the Malian army killed ...": a noun with its agent
			return
		}
		if (weaponNouns[p] || p == "air") && attackNouns[w] && v+1 < s.hi && attackPreps[d.toks[v+1].lower] {
			// "Peru's drone and missile attack on X", "the Chilean missile
			// strike": weapons that modify a noun after a possessor or article
			k := v - 1
			for k > s.lo && (weaponNouns[d.toks[k].lower] || d.toks[k].lower == "air" || d.toks[k].lower == "and") {
				k--
			}
			if w := d.toks[k].lower; w == "'s" || w == "\u2019s" || w == "the" || w == "a" || w == "an" || w == "its" || w == "their" || d.mentAt[k] != nil && d.mentAt[k].demonym {
				d.attackNoun(si, v)
				return
			}
		}
	}
	if w == "fire" && v > s.lo && returnVerbs[d.toks[v-1].lower] {
		return // "returned fire": attack-returned-fire reads it
	}
	switch w {
	case "blew", "blow", "blows", "blowing":
		// only "blew up X" and "blew himself up": "the deal blew over"
		// and "the wind blew" are no attacks
		u := v + 1
		if u+1 < s.hi && reflexives[d.toks[u].lower] {
			u++
		}
		if u >= s.hi || d.toks[u].lower != "up" {
			return
		}
	case "beat", "beats", "beating", "beaten":
		// only force beating people: "riot police beat protesters", not
		// "Peru beat Chile 2-0" or "beat expectations"
		if !d.forceNear(v, s.lo) {
			return
		}
	case "went", "goes", "go":
		// only a device that "went off": "a bomb went off at a bus station in X"
		if v+1 >= s.hi || d.toks[v+1].lower != "off" || !(v > s.lo && (weaponNouns[d.toks[v-1].lower] || blastNouns[d.toks[v-1].lower] || d.toks[v-1].lower == "device" || d.toks[v-1].lower == "explosives")) {
			return
		}
		if objs := d.objects(v+1, s.hi, nil); len(objs) > 0 {
			d.noteTarget(si, objs[0])
			d.unnamedAttackEvent(si, v, objs[0])
		}
		return
	case "laid", "lay", "lays", "laying":
		// only "laid siege to X"
		if v+2 >= s.hi || d.toks[v+1].lower != "siege" || d.toks[v+2].lower != "to" {
			return
		}
	case "set", "sets", "setting":
		// only "set fire to X", "set X ablaze": arson
		if v+2 >= s.hi || d.toks[v+1].lower != "fire" || d.toks[v+2].lower != "to" && d.toks[v+2].lower != "on" {
			ablaze := false
			for k := v + 1; k < s.hi && k <= v+6; k++ {
				ablaze = ablaze || d.toks[k].lower == "ablaze" || d.toks[k].lower == "alight"
			}
			if !ablaze {
				return
			}
		}
	case "hurled", "hurl", "hurls", "hurling", "threw", "throw", "throws", "throwing":
		// only things thrown at someone: "hurled stones at police", not
		// "threw a party" or "threw its support behind X"
		ok := false
		for k := v + 1; k < s.hi && k <= v+6; k++ {
			if thrownThings[d.toks[k].lower] && k+1 < s.hi && (d.toks[k+1].lower == "at" || d.toks[k+1].lower == "on" || d.toks[k+1].lower == "into") {
				ok = true
				break
			}
		}
		if !ok {
			return
		}
	case "drop", "drops", "dropped", "dropping":
		// only weapons dropped on something: "dropped three bombs on X",
		// not "dropped the charges against X" or "dropped leaflets over X"
		ok := false
		for k := v + 1; k < s.hi && k <= v+6; k++ {
			if weaponNouns[d.toks[k].lower] && k+1 < s.hi && (d.toks[k+1].lower == "on" || d.toks[k+1].lower == "onto" || locatives[d.toks[k+1].lower] && d.toks[k+1].lower != "in") {
				ok = true
				break
			}
		}
		if !ok {
			return
		}
	case "fire", "fires", "fired", "firing", "launch", "launches", "launched":
		if w == "fire" && v > s.lo && (d.toks[v-1].lower == "opened" || d.toks[v-1].lower == "open" || d.toks[v-1].lower == "opens" || d.toks[v-1].lower == "opening") {
			d.attackNoun(si, v) // "opened fire (with mortars) on X": the noun
			return
		}
		// only "fired on/at", "launched attacks on"; "fired tear gas at
		// protesters" disperses a crowd
		if v+2 < s.hi && crowdControl[d.toks[v+1].lower+" "+d.toks[v+2].lower] && !d.atVessel(v+3, s.hi) {
			return // but "fired water cannon at a Philippine supply boat": an assault at sea
		}
		ok := false
		armed := false // "fired shells into X", not "fired a flare into the air"
		launch := strings.HasPrefix(w, "launch")
		for k := v + 1; k < s.hi && k <= v+8; k++ {
			lw := d.toks[k].lower
			if lw == "on" && k+1 < s.hi && (isWeekday(d.toks[k+1].lower) || months[d.toks[k+1].lower] != 0) {
				k++ // "launched on Monday a wave of strikes"
				continue
			}
			if launch && (lw == "on" || lw == "from" || lw == "into") {
				break // "launched on a Falcon rocket from Florida": a launch into space, not an attack
			}
			armed = armed || weaponNouns[lw] || lw == "rounds" || lw == "bullets"
			if lw == "on" || lw == "at" || lw == "against" || lw == "into" && armed && !launch || attackNouns[lw] && lw != "fire" && !d.unarmedCrackdown(si, k) {
				ok = true
				break
			}
		}
		if !ok {
			return
		}
	}
	// passive: "X was attacked by Y" ("has been bombing X" is active),
	// past an adverb ("was deliberately rammed by Y")
	pv := v
	for pv-1 > s.lo && (strings.HasSuffix(d.toks[pv-1].lower, "ly") || passiveAdverbs[d.toks[pv-1].lower]) && !d.toks[pv-1].cap && d.toks[pv-1].kind == tWord && d.mentAt[pv-1] == nil && pv > v-3 {
		pv-- // "was deliberately rammed", "was also hit"
	}
	if pv > s.lo && beForms[d.toks[pv-1].lower] && !(strings.HasSuffix(w, "ing") && d.toks[pv-1].lower != "being") {
		by := v + 1
		for by < s.hi && by < v+10 && d.toks[by].lower != "by" && d.toks[by].kind == tWord && !stopObject[d.toks[by].lower] {
			by++ // "was shelled on Sunday by", "was stabbed on stage in Lima in August by"
		}
		if by < s.hi && d.toks[by].lower == "by" {
			src := d.actorAfter(by+1, s.hi) // "by the Malian army": the army, not its country
			if a := by + 1; a < s.hi {
				if d.toks[a].lower == "the" {
					a++
				}
				if m := d.mentAt[min(a, s.hi-1)]; src != nil && m != nil && m.ent == src && m.demonym && m.hi < s.hi && troopNouns[d.toks[m.hi].lower] {
					src = d.forcesFor(src) // "by Israeli forces" after "the Israeli military said": the military
				}
			}
			for k := by + 1; src == nil && k < s.hi && k < by+5; k++ {
				if m := d.mentAt[k]; m != nil && m.ent != nil && !d.possessor(m) {
					src = m.ent
					break
				}
			}
			tgt, _ := d.subjectOf(pv-1, s.lo)
			if tgt == nil && v > s.lo+1 && attackNouns[d.toks[v-2].lower] {
				tgt = d.recentTarget(si) // "the strikes were launched by X"
			}
			if tgt == nil && v-2 > s.lo && d.toks[v-2].lower == "it" && !d.toks[v-2].cap {
				// "fled Zamzam camp when it was overrun by X": the place named
				// just before in the sentence
				for k := v - 3; k >= s.lo && k > v-15; k-- {
					if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Place && !m.demonym && !d.isCountry(m.ent) {
						tgt = m.ent
						break
					}
				}
			}
			if tgt == nil && src != nil {
				tgt = d.passivePatient(si, pv-1, by)
			}
			if src != nil && tgt != nil {
				d.emitAttack(si, src, tgt, v-1, v, confVerb)
			} else if src == nil && tgt != nil {
				d.noteTarget(si, tgt) // "Sanaa was struck by airstrikes"
			}
		} else if tgt, _ := d.subjectOf(v-1, s.lo); tgt != nil && w != "killed" && w != "shot" {
			d.noteTarget(si, tgt) // "Kharkiv was shelled overnight"
		}
		return
	}
	src, at := d.actorBefore(v, s.lo)
	if src != nil && src.kind == kg.Place && at > s.lo && locatives[d.toks[at-1].lower] {
		src, at = nil, -1 // "a strike near Nabatieh killed X": where, not who
	}
	if c := v - 1; strings.HasSuffix(w, "ing") {
		for c > s.lo && strings.HasSuffix(d.toks[c].lower, "ly") && !d.toks[c].cap && d.mentAt[c] == nil {
			c-- // "…, regularly attacking X": past the adverb
		}
		if c < v-1 && c > s.lo+1 && d.toks[c].text == "," {
			// the participle's subject is the sentence's, not the place
			// before the comma
			lo := d.reportedStart(s.lo, c)
			src, at = d.actorAfter(lo, c), lo
			if src == nil {
				at = -1
			}
		}
	}
	if v > s.lo+1 && d.toks[v-1].text == "," && strings.HasSuffix(w, "ing") {
		// "Hezbollah fired rockets into northern Israel, hitting Haifa":
		// the sentence's subject, not the place before the comma
		if lo := d.reportedStart(s.lo, v); d.actorAfter(lo, v) != nil {
			src, at = d.actorAfter(lo, v), lo
		}
	}
	if at > s.lo+1 && d.toks[at-1].lower == "that" && deniedCues[d.toks[at-2].lower] {
		at -= 2 // "Chile denied that its troops had shelled X": the denial governs the attack
	}
	conf := confVerb
	if at == -2 {
		conf = confCarried
		if w == "exploded" || w == "detonated" {
			src = nil // "a bomb exploded in X": an attack of no named attacker, only remembered
		}
	}
	if src == nil && v > s.lo+1 && gerundOpeners[d.toks[v-1].lower] && strings.HasSuffix(d.toks[v].lower, "ing") {
		// "Hamas responded by firing rockets at X": the clause's subject
		for k := v - 2; k > s.lo && k > v-25; k-- {
			if w := d.toks[k].lower; !d.toks[k].cap && d.toks[k].kind == tWord && (strings.HasSuffix(w, "ed") || pastAttackVerbs[w]) && d.mentAt[k] == nil {
				if accuseVerbs[w] {
					// "accused Kyiv of sabotaging talks by attacking X": the accused
					j := k + 1
					if j < v && d.toks[j].lower == "the" {
						j++
					}
					if m := d.mentAt[min(j, v)]; j < v && m != nil && m.ent != nil && m.lo == j && actorKind(m.ent) {
						src, at = m.ent, j
					}
					break
				}
				src, at = d.subjectOf(k, s.lo)
				break
			}
		}
	}
	if src == nil && v > s.lo+1 && d.toks[v-1].text == "," && strings.HasSuffix(w, "ing") {
		// "Peruvian troops pushed into Chile, seizing Arica": the
		// sentence's subject does it
		if src = d.actorAfter(s.lo, v); src != nil {
			at = s.lo
		}
	}
	if src == nil && v-2 > s.lo && d.toks[v-1].lower == "to" {
		// "X used his pistol to kill Y": the one who used the weapon
		for k := v - 2; k > s.lo && k >= v-6; k-- {
			if w := d.toks[k].lower; w == "used" || w == "uses" || w == "use" {
				src, at = d.subjectOf(k, s.lo)
				break
			}
		}
	}
	if src != nil && (w == "kill" || w == "shoot" || w == "stab") && d.usedTo(v) {
		// "used his pistol to kill A, 37, from X, and B": each victim named
		// with an age and a home
		for k := v + 1; k < s.hi; k++ {
			if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Person && m.ent != src && (d.toks[k-1].lower == "and" || k == v+1) {
				d.emitAttack(si, src, m.ent, max(at, s.lo), v, conf)
				k = m.hi - 1
			}
		}
		return
	}
	if src == nil {
		// "a suicide bomber attacked a police station in X": remembered
		// for a later claim of responsibility
		kill := w == "kill" || w == "killed" || w == "kills" || killWords[w]
		if p := d.victimAfter(v, s.hi); p != nil {
			d.noteTarget(si, p) // "a gunman shot dead Russia's ambassador, X,"
		} else if objs := d.objects(v, s.hi, nil); len(objs) > 0 && (!kill || v > 0 && perpetrators[d.toks[v-1].lower]) {
			// "a gunman killed five people in X" too: the place of a
			// killing whose killer is unnamed
			d.noteTarget(si, objs[0])
			d.unnamedAttackEvent(si, v, objs[0])
		}
		return
	}
	if d.verbalAttack(si, v, src) {
		return // "Senator X attacked Facebook, saying ...", "struck a low shot past the goalkeeper"
	}
	objs := d.objects(v, s.hi, src)
	if len(objs) == 0 && at > s.lo && armedObjectVerbs[w] {
		if e := d.relativeAntecedent(at, s.lo, src); e != nil {
			objs = []*entity{e} // "Tarma, which Peru captured in 2023": the place the relative clause's object stands for
		}
	}
	if len(objs) == 0 && (at == -2 || d.toks[s.lo].lower == "in" && !gerundOpeners[d.toks[v-1].lower]) {
		// "In Tacna, a glide bomb struck a warehouse", "In Tacna, a Chilean
		// drone hit a school"
		for k := max(s.lo, v-window); k < v; k++ {
			if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Place && !m.demonym && !d.possessor(m) {
				objs = append(objs, m.ent)
				break
			}
		}
	}
	if (w == "shot" || w == "shoot" || w == "shoots") && v+1 < s.hi && d.toks[v+1].lower == "down" {
		// "shot down 37 missiles launched by Russia": an interception,
		// no attack on whoever fired them
		for k := v + 2; k < s.hi && k < v+8 && d.mentAt[k] == nil; k++ {
			if projectiles[d.toks[k].lower] {
				return
			}
		}
		// "shot down a Russian jet over Kyiv": the jet's country, not where
		for k := v + 2; k < s.hi && k < v+6; k++ {
			if m := d.mentAt[k]; m != nil && m.ent != nil {
				if m.demonym || d.possessor(m) {
					objs = []*entity{m.ent}
				}
				break
			}
		}
	}
	if (w == "kill" || w == "kills" || w == "killed" || killWords[w] || w == "shot" || w == "shoot" || w == "shoots") && v+1 < s.hi && d.toks[v+1].lower != "down" {
		// killing needs a named victim right after the verb; "shot down
		// a Russian jet" attacks the jet's country
		shooting := w == "shot" || w == "shoot" || w == "shoots"
		if v+2 < s.hi && d.toks[v+1].lower == "and" && woundVerbs[d.toks[v+2].lower] {
			v += 2 // "shot and wounded X": the victim after the second verb
			objs = d.objects(v, s.hi, src)
			shooting = true
		}
		var m *mention
		if v+1 < s.hi {
			m = d.mentAt[v+1]
		}
		if m == nil || m.ent == nil || m.ent.kind != kg.Person {
			// "killed 35 Boko Haram fighters": the group whose fighters died
			if p := d.victimAfter(v, s.hi); p != nil && p != src {
				objs = []*entity{p} // "killed the governor of X province, Y": Y
			} else if g := d.killedMembers(v+1, s.hi); g != nil && g != src {
				objs = []*entity{g}
			} else if p := d.victimsPlace(v, s.hi, objs); p != nil && (shooting || d.civilianVictims(v+1, s.hi) && !d.isCountry(p) && !d.tollVerb(v) && at >= 0 && d.mentAt[at] != nil && d.mentAt[at].ent == src) {
				// "shot and wounded two young men in the village of X",
				// "killed 11 farmers near X": where; not "killed 30
				// militants in X", whose group was attacked, not the town
				objs = []*entity{p}
			} else {
				if src.kind == kg.Person && d.unnamedVictim(v+1, s.hi) {
					// "X pulled his gun and shot the guard in the thigh":
					// a person's attack on someone the text does not name
					d.emitAttackOn(si, src, nil, max(at, s.lo), v, conf)
				}
				return
			}
		} else {
			objs = []*entity{m.ent}
			// "shot A, B and C": every one of the named victims
			for k := m.hi; k+1 < s.hi && len(objs) < 6; {
				if d.toks[k].text != "," && d.toks[k].lower != "and" {
					break
				}
				k++
				if d.toks[k].lower == "and" {
					k++ // ", and"
				}
				n := d.mentAt[min(k, s.hi-1)]
				if n == nil || n.ent == nil || n.ent.kind != kg.Person || n.lo != k || d.possessor(n) {
					break
				}
				objs = append(objs, n.ent)
				k = n.hi
			}
		}
	}
	lo := at
	if lo < 0 {
		lo = s.lo
	}
	if len(objs) == 0 && src.kind == kg.Person && d.unnamedVictim(v+1, s.hi) {
		d.emitAttackOn(si, src, nil, lo, v, conf) // "X stabbed two men outside the bank": victims the text does not name
	}
	for _, o := range objs {
		d.emitAttack(si, src, o, lo, v, conf)
	}
	if co := d.coAttacker(at, s.lo, src); co != nil {
		for _, o := range objs {
			d.emitAttack(si, co, o, lo, v, conf) // "French and UN helicopters pounded X"
		}
	}
	if len(objs) == 0 && at != -2 && d.firedThe(v, s.hi) {
		// "A rocket hit Tarma. The ministry said the Varnok Front had
		// fired the rockets": the attack the sentences before told of
		if t := d.recentTarget(si); t != nil && t != src {
			d.emitAttack(si, src, t, lo, v, confCarried)
			return
		}
	}
	if len(objs) == 0 && at != -2 && physicalAttackVerbs[d.toks[v].lower] && v+2 < s.hi && d.toks[v+1].lower == "the" && d.physicalObject(v+2, s.hi) &&
		d.lastTarget != nil && d.lastTarget != src && si-d.lastTargetSent <= 8 {
		// "its fighters had attacked the post because ...": the facility
		// the article told of, whose owner or place was the target
		d.emitAttack(si, src, d.lastTarget, lo, v, confCarried)
		return
	}
	if len(objs) == 0 && at != -2 && d.unnamedObject(v, s.hi) {
		// "NATO airstrikes struck government buildings": a target the
		// text does not name
		d.emitAttackOn(si, src, nil, lo, v, conf)
	}
}

// atVessel reports "at" or "against" at toks[k] (past "and" another
// weapon) before a ship within a few words: "(fired water cannon) at a
// Philippine supply boat".
func (d *doc) atVessel(k, hi int) bool {
	for start := k; k < hi && d.toks[k].lower != "at" && d.toks[k].lower != "against"; k++ {
		if d.toks[k].kind != tWord || k >= start+4 {
			return false
		}
	}
	if k >= hi {
		return false
	}
	for j := k + 1; j < hi && j < k+6; j++ {
		if vesselNouns[d.toks[j].lower] {
			return true
		}
		if d.toks[j].kind != tWord && d.mentAt[j] == nil {
			return false
		}
	}
	return false
}

// relativeAntecedent is the place or organization that an object relative
// clause, whose subject starts at toks[at], stands for: "Tarma, which Peru
// captured", "the town of Tarma, which the rebels seized"; nil if the
// subject is no such clause's or the name is the attacker's own.
func (d *doc) relativeAntecedent(at, lo int, src *entity) *entity {
	k := at - 1
	if k > lo && d.toks[k].isArticle() {
		k--
	}
	if k-1 <= lo || d.toks[k].lower != "which" && d.toks[k].lower != "that" || d.toks[k-1].text != "," {
		return nil
	}
	e := k - 2
	if e > lo && adminWords[d.toks[e].lower] && d.mentAt[e] == nil {
		e-- // "the Tarma region, which Peru retook"
	}
	m := d.mentAt[e]
	if m == nil || m.ent == nil || m.hi != e+1 || m.ent == src || m.demonym || m.ent.kind != kg.Place && m.ent.kind != kg.Organization {
		return nil
	}
	return m.ent
}

// firedThe reports "fired the rockets", "launched the missiles" at toks[v]
// with nothing after the weapons: weapons the text spoke of before.
func (d *doc) firedThe(v, hi int) bool {
	if w := d.toks[v].lower; w != "fired" && w != "launched" && w != "fire" && w != "launch" || v+2 >= hi || d.toks[v+1].lower != "the" || !weaponNouns[d.toks[v+2].lower] {
		return false
	}
	return v+3 >= hi || d.toks[v+3].kind == tPunct || d.toks[v+3].lower == "and" || d.toks[v+3].lower == "that"
}

// victimAfter is the person a verb of killing names as its object,
// directly or in apposition to their office: "shot dead Russia's
// ambassador to Turkey, X,", "killed the mayor, X,"; or nil.
func (d *doc) victimAfter(v, hi int) *entity {
	switch d.toks[v].lower {
	case "shot", "killed", "stabbed", "assassinated", "murdered":
	default:
		return nil
	}
	k := v + 1
	if k < hi && d.toks[k].lower == "dead" {
		k++
	}
	if m := d.mentAt[min(k, hi-1)]; k < hi && m != nil && m.ent != nil && m.ent.kind == kg.Person && !d.possessor(m) {
		return m.ent
	}
	// "Russia's ambassador to Turkey, X": an office, then its holder
	for j := k; j < hi && j < k+8; j++ {
		t := &d.toks[j]
		if t.text == "," {
			if m := d.mentAt[min(j+1, hi-1)]; j+1 < hi && m != nil && m.ent != nil && m.ent.kind == kg.Person && j > k {
				return m.ent
			}
			return nil
		}
		if t.kind != tWord {
			return nil
		}
	}
	return nil
}

// coAttacker is the first of two attackers joined by "and" before a
// force or weapon noun, whose second one's mention starts at toks[at]:
// "French and UN helicopters", "Russian and Syrian jets"; or nil.
func (d *doc) coAttacker(at, lo int, src *entity) *entity {
	j := at - 1
	for j > lo && (d.toks[j].lower == "the" || d.toks[j].lower == "allied") {
		j-- // "the army and allied X militias", "the army and the X Guard"
	}
	if j < lo+1 || d.toks[j].lower != "and" {
		return nil
	}
	m := d.mentAt[j-1]
	if m == nil || m.ent == nil || m.ent == src || m.ent.kind == kg.Person || m.ent.kind == kg.Event || d.possessor(m) {
		return nil
	}
	allied := d.toks[at-1].lower == "allied"
	if m.ent.kind == kg.Organization && src.kind == kg.Organization && (d.armedSide(m.ent) && d.armedSide(src) || allied && (d.armedSide(m.ent) || d.armedSide(src))) {
		return m.ent // "the Peruvian army and the Tarma Guard shelled X": two armed bodies, side by side
	}
	// else only when the two share a force noun right after the second
	k := at
	if n := d.mentAt[at]; n != nil {
		k = n.hi
	}
	if j != at-1 || k >= len(d.toks) || !(forceNouns[d.toks[k].lower] || weaponNouns[d.toks[k].lower]) {
		return nil
	}
	return m.ent
}

// verbalAttack reports a verb of attack used in words or in sport: a
// person who "attacked" someone and then spoke (", saying", ", accusing"),
// or who struck a ball or a shot.
func (d *doc) verbalAttack(si, v int, src *entity) bool {
	s := d.sents[si]
	w := v
	switch d.toks[v].lower {
	case "struck", "strike", "strikes", "striking", "hit", "hits", "hitting":
	default:
		v = s.hi // only striking a ball or a shot is sport
	}
	for k := v + 1; k < s.hi && k < v+4; k++ {
		if sportObjects[d.toks[k].lower] || d.toks[k].lower == "home" && (d.peek(k+1) == "run" || d.peek(k+1) == "runs") {
			return true // "struck a low shot past the goalkeeper", "hit a home run for Japan"
		}
		if d.mentAt[k] != nil || d.toks[k].text == "," {
			break
		}
	}
	if src == nil || src.kind != kg.Person || armedVerbs[d.toks[w].lower] {
		return false
	}
	for k := w + 1; k+1 < s.hi; k++ {
		if d.toks[k].text == "," && (participles[d.toks[k+1].lower] || accuseVerbs[d.toks[k+1].lower] || d.toks[k+1].lower == "calling") {
			return true // "X attacked Facebook on Wednesday, saying ..."
		}
	}
	return false
}

// unnamedObject reports a noun phrase object after the verb at toks[v]
// that names no entity: "struck two fuel depots", "bombed the airport".
func (d *doc) unnamedObject(v, hi int) bool {
	k := v + 1
	for k < hi && (skippable[d.toks[k].lower] || d.toks[k].lower == "again") {
		k++
	}
	if k >= hi {
		return false
	}
	if !armedVerbs[d.toks[v].lower] {
		return false // "attacked the plan", "hit the market": words, or no target at all
	}
	t := &d.toks[k]
	return t.kind == tNum || t.kind == tWord && !t.cap && objectOpeners[t.lower]
}

// physicalObject reports an object at toks[k] whose head, after at most
// three plain words, is a place or thing that only arms can attack ("a
// military base", "two army checkpoints", "the village"), not its owner's
// ("the village's elders") nor one the text names.
func (d *doc) physicalObject(k, hi int) bool {
	for n := 0; k < hi && n < 4; n, k = n+1, k+1 {
		t := &d.toks[k]
		if t.kind != tWord && t.kind != tNum || t.cap && n > 0 || d.mentAt[k] != nil {
			return false
		}
		if physicalTargets[t.lower] {
			return k+1 >= hi || d.toks[k+1].lower != "'s" && d.toks[k+1].lower != "\u2019s" && d.mentAt[k+1] == nil
		}
		if n > 0 && !t.cap && (stopObject[t.lower] || t.lower == "and" || t.lower == "of") {
			return false
		}
	}
	return false
}

// timeBetween reports a word of time between an attack noun and its
// preposition: "air strikes Sunday on X", "attacks overnight on Y".
func timeBetween(d *doc, i int) bool {
	if i >= len(d.toks) {
		return false
	}
	w := d.toks[i].lower
	return isWeekday(w) && d.toks[i].cap || w == "overnight" || w == "yesterday" || w == "today" || w == "tonight"
}

// fearedAttack reports an attack noun at toks[n] that names a danger, not
// an attack made: "the risk of a Chilean attack", "under threat from an
// attack by X", "fears of new strikes".
func (d *doc) fearedAttack(n, lo int) bool {
	k := n - 1
	for k > lo && k > n-5 && (d.toks[k].isArticle() || d.toks[k].lower == "an" || d.mentAt[k] != nil && d.mentAt[k].demonym ||
		weaponNouns[d.toks[k].lower] || d.toks[k].lower == "air" || d.toks[k].lower == "new" || d.toks[k].lower == "further" || d.toks[k].lower == "possible" || d.toks[k].lower == "imminent" || d.toks[k].lower == "major") {
		k--
	}
	if k <= lo || d.toks[k].lower != "of" && d.toks[k].lower != "from" {
		return false
	}
	return riskNouns[d.toks[k-1].lower]
}

// attackNoun reads "<actor> airstrike on <target>", "<actor>'s attack in
// <place>", "launched strikes in <place>".
func (d *doc) attackNoun(si, n int) {
	s := d.sents[si]
	if n+1 >= s.hi {
		return
	}
	if d.inSupportList(s.lo, n) {
		return // "an offensive against X with the support of militias and air strikes by Y": Y helped the offensive
	}
	if d.unarmedCrackdown(si, n) {
		return // "a crackdown on tax evasion": no violence told
	}
	if d.fearedAttack(n, s.lo) {
		return // "the risk of an attack by X on Y", "under threat from an attack by X": none made
	}
	p := n + 1
	if c := d.scareQuoteAround(n); c == p && p+1 < s.hi {
		p++ // "“precision strikes” against X"
	}
	if launchVerbs[d.toks[p].lower] && p+1 < s.hi {
		// "attacks carried out on X by Y", "strikes launched against X"
		p++
		if d.toks[p].lower == "out" && p+1 < s.hi {
			p++
		}
	}
	if d.toks[p].lower == "with" && d.toks[n].lower == "fire" {
		// "opened fire with mortars and machine guns on X": past the weapons
		for j := p + 1; j < s.hi && j < p+8 && d.toks[j].kind == tWord && d.mentAt[j] == nil && !d.toks[j].cap; j++ {
			if w := d.toks[j].lower; w == "on" || w == "at" {
				p = j
				break
			}
		}
	}
	if timeBetween(d, p) && p+1 < s.hi && attackPreps[d.toks[p+1].lower] {
		p++ // "air strikes Sunday on X", "drone attacks overnight on Y"
	}
	if w := d.toks[p].lower; (w == "had" || w == "have" || w == "has") && p+1 < s.hi && casualtyVerbs[d.toks[p+1].lower] {
		p++ // "Chilean missiles had damaged a substation in X"
	}
	prep := d.toks[p].lower
	if prep == "targeting" || prep == "targetting" || prep == "hitting" {
		prep = "on" // "an airstrike targeting X positions"
	}
	if prep == "of" && ofAttackNouns[d.toks[n].lower] {
		prep = "on" // "Israel's invasion of Lebanon": of marks the target
	}
	if casualtyVerbs[prep] && (d.toks[n].lower != "strike" && d.toks[n].lower != "attack" || n > s.lo && (d.toks[n-1].lower == "air" || weaponNouns[d.toks[n-1].lower])) {
		prep = "on" // "Russian airstrikes killed five people in Kharkiv": the place hit
	}
	if prep == "inside" {
		prep = "in" // "strikes inside Chile"
	}
	if prep != "on" && prep != "against" && prep != "in" && prep != "at" && prep != "upon" && prep != "by" {
		prep = "" // no target after the noun; a victim before it may still be named
	}
	if (prep == "in" || prep == "at") && exchangeWords[d.toks[n].lower] {
		prep = "" // "open fighting in the capital": where both sides fought, no target
	}
	// the actor: right before the noun ("Peruvian airstrike", "Russia's drone attack")
	var src *entity
	srcAt := -1 // where the actor of a verb of launching starts
	k := n - 1
	for k >= s.lo && k > n-5 && (d.toks[k].kind == tNum || d.toks[k].kind == tWord && d.mentAt[k] == nil && (months[d.toks[k].lower] != 0 || isWeekday(d.toks[k].lower)) && d.toks[k].cap ||
		d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil && (attackNouns[d.toks[k].lower] || weaponNouns[d.toks[k].lower] || eventMods[d.toks[k].lower] || sideAdjectives[d.toks[k].lower] || d.toks[k].lower == "air" || d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s" ||
			d.toks[k].lower == "and" && k > s.lo && weaponNouns[d.toks[k-1].lower] || (forceNouns[d.toks[k].lower] || d.toks[k].lower == "special") && d.forcesNoun(si, n))) {
		k-- // "Peru's 1982 invasion", "the heavy Chilean shelling", "Chile's drone and missile attack", "a Peruvian special forces raid", "a Varnok Front militant attack"
	}
	if k >= s.lo && (d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s") {
		k--
	}
	if k >= s.lo {
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind != kg.Person && m.ent.kind != kg.Event &&
			!(m.ent.kind == kg.Place && !m.demonym && !d.isCountry(m.ent) && !d.possessor(m)) { // "the Tarma bombing": where, not who
			src = m.ent
			if w := d.toks[k].lower; m.ref && (w == "its" || w == "their") && k-1 > s.lo && d.toks[k-1].kind == tWord && !d.toks[k-1].cap && d.mentAt[k-1] == nil {
				// "Israel resumed its bombardment of Gaza": the verb's
				// subject owns the attack, whatever "its" was taken for
				if e, _ := d.subjectOf(k-1, s.lo); e != nil && (e.kind == kg.Organization || d.isCountry(e)) {
					src = e
				}
			}
		}
	}
	if src == nil && k >= s.lo && (d.toks[k].lower == "its" || d.toks[k].lower == "their") {
		src, _ = d.ownerOfPronoun(k, s.lo) // "accused Chile of seeking pretexts to continue its attacks on Peru": Chile's
	}
	if src == nil {
		// "French jets launched airstrikes in Gao Town", "X carried out a
		// series of attacks on Y": the verb's subject
		if c := d.scareQuoteAround(n); c > n && d.inQuote[k] {
			for k > s.lo && d.toks[k].kind != tQuote {
				k-- // "carried out “precision strikes” against Y": before the quotation marks
			}
			k--
		}
		if k > s.lo && isWeekday(d.toks[k].lower) && d.toks[k+1].lower == "'s" {
			k-- // "carried out Thursday's assault on Y"
		}
		for k >= s.lo && k > n-9 && (nounFill[d.toks[k].lower] || d.toks[k].kind == tNum || !d.toks[k].cap && strings.Contains(d.toks[k].lower, "-") && d.mentAt[k] == nil) {
			k-- // "a barrage of more than 60 rockets", "near-daily strikes"
		}
		if k >= s.lo && d.toks[k].lower == "out" {
			k--
		}
		keptUp := k > s.lo && d.toks[k].lower == "up" && keepVerbs[d.toks[k-1].lower]
		if keptUp {
			k-- // "has kept up near-daily strikes in X", "stepped up attacks on Y"
		}
		if k >= s.lo && (launchVerbs[d.toks[k].lower] || keptUp) {
			if k > s.lo && d.toks[k-1].text == "," && strings.HasSuffix(d.toks[k].lower, "ing") {
				// "Turkish troops crossed into Syria, launching an offensive
				// against X": the sentence's subject, not the place before
				src = d.actorAfter(d.pastDateline(s.lo, k), k)
			} else {
				src, srcAt = d.actorBefore(k, s.lo)
			}
			if src == nil && k-1 > s.lo && (weaponNouns[d.toks[k-1].lower] || ownedCraftNouns[d.toks[k-1].lower]) {
				// "two of its A-29 aircraft carried out air strikes": the
				// owner of the aircraft
				for j := k - 2; j >= s.lo && j > k-8; j-- {
					if w := d.toks[j].lower; w == "its" || w == "their" {
						src, srcAt = d.ownerOfPronoun(j, s.lo)
						break
					}
				}
			}
		}
		if src == nil && k > s.lo && d.toks[k].lower == "with" {
			r := k - 1
			if r-2 > s.lo && d.toks[r].lower == "time" && d.toks[r-1].lower == "the" && d.toks[r-2].lower == "at" {
				r -= 3 // "responded at the time with"
			}
			for r > s.lo && (isWeekday(d.toks[r].lower) || d.toks[r].lower == "on" || timeAdjunctWords[d.toks[r].lower] && !d.toks[r].cap) && d.mentAt[r] == nil {
				r-- // "responded on Monday with", "retaliated late on Monday with"
			}
			if w := d.toks[r].lower; w == "responded" || w == "retaliated" || w == "replied" || w == "answered" {
				// "X responded with airstrikes on Y"
				src, _ = d.actorBefore(r, s.lo)
			}
		}
		if src == nil && k > s.lo && (d.toks[k].lower == "in" || d.toks[k].lower == "during") {
			// "X dropped barrel bombs in a raid on Y", "X killed ten
			// people in strikes on Y", "killed five people, including a
			// boy, during a raid on Y": the subject of the verb of use
			for j := k - 1; j > s.lo && j > k-12 && (d.mentAt[j] == nil || d.mentAt[j].demonym); j-- {
				if d.toks[j].text == "," {
					if c := d.includingAside(j); c >= 0 {
						j = c
						continue
					}
					break
				}
				if useVerbs[d.toks[j].lower] {
					if !beForms[d.toks[j-1].lower] {
						src, _ = d.actorBefore(j, s.lo) // not "X was killed in a raid": the killed
					}
					break
				}
			}
		}
	}
	// "shelling by government forces", "the attack on Y by X"
	by := -1
	for x := n + 1; x < s.hi && x < p+10; x++ {
		if d.toks[x].lower == "by" {
			by = x
			break
		}
		if d.toks[x].text == "," || d.toks[x].kind == tQuote {
			break
		}
		if (finiteAux[d.toks[x].lower] || beForms[d.toks[x].lower]) && !(x+1 < s.hi && agentVerbs[d.toks[x+1].lower]) {
			break // "any strike on her is seen by X": the agent of another verb; "was carried out by X" is the attack's
		}
	}
	if src == nil && by >= 0 && strings.HasSuffix(d.peek(by+1), "ing") {
		by = -1 // "responded to the attack by firing": how, not who
	}
	if src == nil && by >= 0 {
		src = d.actorAfter(by+1, s.hi)
		for x := by + 1; src == nil && x < s.hi && x < by+4; x++ {
			if m := d.mentAt[x]; m != nil && m.ent != nil && m.ent.kind != kg.Event {
				src = m.ent
			}
		}
	}
	if src == nil {
		if prep != "by" && prep != "" {
			// "a gunman opened fire at a school in X": remembered for a
			// later claim or naming of the attacker
			if objs := d.objects(p, s.hi, nil); len(objs) > 0 {
				d.noteTarget(si, objs[0])
			}
		}
		if prep == "by" {
			// "an attack by Islamist militants on a military base in X":
			// the target, for a later claim, though the attackers go unnamed
			for x := p + 1; x < s.hi && x < p+8; x++ {
				if w := d.toks[x].lower; (w == "against" || w == "on") && x > p+1 {
					if objs := d.objects(x, s.hi, nil); len(objs) > 0 {
						d.noteTarget(si, objs[0])
					}
					break
				}
				if d.toks[x].text == "," || d.toks[x].kind == tQuote || d.mentAt[x] != nil {
					break
				}
			}
		}
		return
	}
	var objs []*entity
	if prep == "by" {
		// "an offensive by the Peruvian Army against the Varnok Front": the
		// target after the agent
		for x := p + 1; x < s.hi && x < p+8; x++ {
			if w := d.toks[x].lower; (w == "against" || w == "on") && x > p+1 && (d.mentAt[x-1] != nil || forceNouns[d.toks[x-1].lower]) {
				objs = d.objects(x, s.hi, src) // "an offensive by Somali forces against X"
				break
			}
			if d.toks[x].text == "," || d.toks[x].kind == tQuote {
				break
			}
		}
	}
	if prep == "by" {
		// the target is the place the sentence is about
		dl := d.pastDateline(s.lo, n)
		for x := max(dl, n-window); x < s.hi && x < n+window && len(objs) == 0; x++ {
			if m := d.mentAt[x]; m != nil && m.ent != nil && m.ent != src && m.ent.kind == kg.Place && !m.demonym && !d.possessor(m) && m.lo == x {
				if w := d.peek(x - 1); w == "with" || w == "toward" || w == "towards" || w == "from" || w == "to" || w == "the" && d.peek(x-2) == "with" {
					continue // "withdrew toward the border with X": a direction, not what was hit
				}
				objs = append(objs, m.ent) // not the dateline's city
			}
		}
	} else if prep != "" {
		hi := s.hi
		if by > n {
			hi = by
		}
		objs = d.objects(p, hi, src)
	}
	if len(objs) == 0 && prep != "by" && prep != "" && n > s.lo && d.toks[n-1].lower == "the" {
		// "X said it carried out the attack in retaliation for ...": the
		// attack the sentences before told of
		if t := d.recentTarget(si); t != nil && t != src {
			objs = []*entity{t}
		}
	}
	if len(objs) > 1 && !d.joinedLast(p, s.hi, objs[len(objs)-1]) && objs[0].kind == kg.Place {
		if d.placeWithin(p, s.hi, objs[0]) {
			objs = objs[:1] // "hideouts in the Bara area of Khyber", "a village near Thiou, in Yatenga province": the first
		} else {
			objs = objs[len(objs)-1:] // "a house in Herat's Jibrael": the innermost place
		}
	} else if len(objs) > 1 && objs[0].kind != kg.Place && objs[len(objs)-1].kind == kg.Place && !d.joinedLast(p, s.hi, objs[len(objs)-1]) {
		objs = objs[:1] // "against Varnok Front fighters in the town of X": the fighters, not where they are
	}
	if (d.toks[n].lower == "raid" || d.toks[n].lower == "raids") && policeNamed(src) {
		return // "arrested in a raid by Peruvian police": an arrest, no attack
	}
	lo := d.nounModality(s.lo, n)
	for _, o := range objs {
		d.emitAttack(si, src, o, lo, n, confVerb)
	}
	if srcAt >= 0 {
		// "The United States, Britain and France launched air strikes
		// against X": each of them
		for _, a := range d.listBefore(srcAt, s.lo, src) {
			for _, o := range objs {
				d.emitAttack(si, a, o, lo, n, confVerb)
			}
		}
	}
	if v, at := d.victimBefore(n, s.lo); v != nil && v != src {
		last, lastSent := d.lastAttacker, d.lastAttackSent
		d.emitAttack(si, src, v, at, n, confVerb)
		if victimNouns[d.toks[at].lower] {
			// "in retaliation for the killing of X in a U.S. strike": a
			// past attack named in passing; the weapons that follow are
			// still the sentence's attacker's
			d.lastAttacker, d.lastAttackSent = last, lastSent
		}
	}
}

// forcesNoun reports an attack noun after forces and their article, no
// verb: "during a Peruvian special forces raid".
func (d *doc) forcesNoun(si, v int) bool {
	s := d.sents[si]
	k := v - 1
	if k <= s.lo || !attackNouns[d.toks[v].lower] || !(forceNouns[d.toks[k].lower] || d.toks[k].lower == "special") {
		return false
	}
	for k > s.lo && (forceNouns[d.toks[k].lower] || d.toks[k].lower == "special" || d.toks[k].lower == "commando" || d.mentAt[k] != nil && d.mentAt[k].demonym) {
		if m := d.mentAt[k]; m != nil {
			k = m.lo
		}
		k--
	}
	w := d.toks[max(k, s.lo)].lower
	return k >= s.lo && (w == "a" || w == "an" || w == "the")
}

// titleWord reports a title at toks[k] ("Sergeant", "Officer").
func (d *doc) titleWord(k int) bool {
	_, ok := d.isTitle(k)
	return ok
}

// victimBefore is the person killed or wounded in the attack told by the
// noun at toks[n]: "X was killed in an Israeli air strike", "X died in a
// U.S. drone strike", "the killing of X in a Russian strike", and where
// its phrase starts; or nil.
func (d *doc) victimBefore(n, lo int) (*entity, int) {
	if n <= lo {
		return nil, -1 // the sentence's first word: nothing before it
	}
	j := n - 1
	for j > lo && d.mentAt[j] == nil && (attackNouns[d.toks[j].lower] || weaponNouns[d.toks[j].lower] || eventMods[d.toks[j].lower] || d.toks[j].lower == "air" ||
		forceNouns[d.toks[j].lower] || d.toks[j].lower == "special" || d.toks[j].lower == "commando") {
		j-- // "in a Peruvian special forces raid"
	}
	if m := d.mentAt[j]; m != nil && m.demonym || m != nil && m.ent != nil && m.ent.kind != kg.Person {
		j = m.lo - 1 // the attacker's name or nationality
	}
	if j > lo && (d.toks[j].lower == "a" || d.toks[j].lower == "an" || d.toks[j].lower == "the") {
		j--
	}
	if j <= lo || d.toks[j].lower != "in" && d.toks[j].lower != "during" {
		return nil, -1
	}
	j--
	switch w := d.toks[j].lower; {
	case w == "died" || w == "dies":
		if e, at := d.subjectOf(j, lo); e != nil && e.kind == kg.Person {
			return e, at
		}
	case (w == "killed" || w == "wounded" || w == "injured" || w == "assassinated") && j > lo && beForms[d.toks[j-1].lower]:
		if e, at := d.subjectOf(j-1, lo); e != nil && e.kind == kg.Person {
			return e, at
		}
	case d.mentAt[j] != nil:
		m := d.mentAt[j]
		k := m.lo - 1
		for k > lo {
			if _, ok := d.isTitle(k); !ok {
				break
			}
			k-- // "the killing of General X"
		}
		if m.ent != nil && m.ent.kind == kg.Person && k-1 >= lo && d.toks[k].lower == "of" && victimNouns[d.toks[k-1].lower] {
			return m.ent, k - 1 // "the killing of X in a U.S. drone strike"
		}
	}
	return nil, -1
}

// placeWithin reports that the first mention of place e after toks[k] is
// followed by the larger place it lies in, not by a possessive: "the Bara
// area of Khyber", "Nakyal in Kotli district", "Thiou, in Yatenga".
func (d *doc) placeWithin(k, hi int, e *entity) bool {
	for ; k < hi; k++ {
		m := d.mentAt[k]
		if m == nil || m.ent != e || m.lo != k {
			continue
		}
		j := m.hi
		for j < hi && j < m.hi+3 && (adminWords[d.toks[j].lower] || d.toks[j].lower == "area" || d.toks[j].lower == "village" || d.toks[j].lower == "town" || d.toks[j].text == ",") {
			j++
		}
		return j < hi && j > m.hi-1 && (d.toks[j].lower == "of" || d.toks[j].lower == "in") && !d.possessor(m)
	}
	return false
}

// joinedLast reports that the first mention of e after toks[k] is joined
// to a target before it by "and" or a comma ("strikes in northern Peru and
// Uruguay"), so it is a target of its own, not where the last one lies.
func (d *doc) joinedLast(k, hi int, e *entity) bool {
	for ; k < hi; k++ {
		if m := d.mentAt[k]; m != nil && m.ent == e {
			j := m.lo - 1
			for j > k && compass[d.toks[j].lower] {
				j--
			}
			return d.toks[j].lower == "and" || d.toks[j].text == ","
		}
	}
	return false
}

// nounModality is where the cues of an attack noun's status start: a
// modal governs the noun only through a verb of carrying attacks out ("will
// launch strikes on X", "threatened to continue the shelling"); a modal
// before another verb speaks of that verb ("will discuss the strikes on X",
// which happened), so the cues start after it.
func (d *doc) nounModality(lo, n int) int {
	for k := n - 1; k > lo; k-- {
		t := &d.toks[k]
		if t.kind != tWord || t.cap || !modalWords[d.toks[k-1].lower] || clauseOpeners[t.lower] || objectOpeners[t.lower] || d.mentAt[k] != nil {
			continue // "to the border": no verb
		}
		if launchVerbs[t.lower] || carryOnVerbs[t.lower] || beForms[t.lower] || t.lower == "have" || t.lower == "not" {
			return lo
		}
		return k + 1
	}
	return lo
}

var attackTook = &pattern{
	name: "attack-took",
	doc:  `A town taken by an armed group or a state: "the rebels took Bukavu", "it took the town of Kamanyola", "fighters entered Luvungi" (a town, never a country: "took Peru to court" is no attack).`,
	typ:  kg.Attacked,
	cues: wordSet("took taken entered"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if d.inQuote[v] || si == 0 && d.headline {
			return false
		}
		k := v + 1
		if k+2 < s.hi && d.toks[k].lower == "the" && placeNouns[d.toks[k+1].lower] && d.toks[k+2].lower == "of" {
			k += 3 // "took the town of X"
		} else if k+1 < s.hi && d.toks[k].lower == "control" && d.toks[k+1].lower == "of" {
			k += 2 // "took control of X"
		}
		m := d.mentAt[min(k, s.hi-1)]
		if k >= s.hi || m == nil || m.ent == nil || m.lo != k || m.ent.kind != kg.Place || m.demonym || d.isCountry(m.ent) || d.possessor(m) {
			return false
		}
		if n := m.hi; n < s.hi && (d.toks[n].lower == "to" || d.toks[n].lower == "into") {
			return false // "took X to court", "entered X into"
		}
		src, at := d.subjectOf(v, s.lo)
		if src == nil || src.kind != kg.Organization && !(src.kind == kg.Place && d.isCountry(src)) {
			return false // "the delegation entered Lima": only armed actors and states take towns
		}
		if d.toks[v].lower == "entered" && src.kind != kg.Organization {
			return false
		}
		d.emitAttack(si, src, m.ent, max(at, s.lo), v, confVerb)
		return true
	},
	examples: []example{
		{"The Varnok Front captured Tarma in January. It took Puno weeks later.", []string{"ATTACKED organization:varnok-front -> place:tarma happened", "ATTACKED organization:varnok-front -> place:puno happened"}},
		{"On Wednesday Varnok Front fighters entered Juliaca, north of the lake.", []string{"ATTACKED organization:varnok-front -> place:juliaca happened"}},
		{"The Varnok Front took the town of Ilave on Tuesday.", []string{"ATTACKED organization:varnok-front -> place:ilave happened"}},
		{"Chile took Peru to court over the border.", nil},
		{"The Varnok Front took part in talks in Lima.", nil},
	},
}

// usedTo reports "used <something> to" before the verb at toks[v]: the
// purpose of a use that took place, "used his pistol to kill X".
func (d *doc) usedTo(v int) bool {
	if v < 2 || d.toks[v-1].lower != "to" {
		return false
	}
	for k := v - 2; k >= 0 && k >= v-6 && d.sentOf[k] == d.sentOf[v]; k-- {
		if d.toks[k].lower == "used" {
			return true
		}
	}
	return false
}

// unnamedVictim reports a person the text does not name as the object
// at toks[k]: a determiner, a possessive or a number, at most one
// modifier, then a noun for people ("the guard", "two men", "his wife").
func (d *doc) unnamedVictim(k, hi int) bool {
	if k >= hi || d.mentAt[k] != nil {
		return false
	}
	w := d.toks[k].lower
	if !(w == "a" || w == "an" || w == "the" || possessivePronouns[w] || numberWords[w] || d.toks[k].kind == tNum) {
		return false
	}
	for x := k + 1; x < hi && x <= k+2; x++ {
		t := &d.toks[x]
		if t.kind != tWord || t.cap || d.mentAt[x] != nil {
			return false
		}
		if personNouns[t.lower] || unnamedPeople[t.lower] || peopleNouns[t.lower] || victimPeople[t.lower] {
			return true
		}
	}
	return false
}

// emitAttack writes src ATTACKED tgt, read at the verb toks[v] with its
// status cues in toks[lo:v]; nothing when either is unknown.
func (d *doc) emitAttack(si int, src, tgt *entity, lo, v int, conf float64) {
	if tgt == nil || d.firedIntoWater(si, tgt) || d.namedAsSpeaker(si, v, tgt) || d.noOneSays(si, v) {
		return
	}
	d.emitAttackOn(si, src, tgt, lo, v, conf)
}

// fightingForce reports an army, police force or armed group, which does
// fight in a sports report: fans who "clashed with police" after a match.
func (d *doc) fightingForce(e *entity) bool {
	if e.kind != kg.Organization {
		return false
	}
	k := d.orgKind(e)
	return k == "state force" || k == "armed" || policeNamed(e)
}

// noOneSays reports a sentence whose subject is nobody before toks[v]: "No
// group has said it carried out the attack", "Nobody claimed it".
func (d *doc) noOneSays(si, v int) bool {
	s := d.sents[si]
	w := d.toks[d.pastDateline(s.lo, v)].lower
	return (w == "no" || w == "nobody" || w == "none") && !d.inQuote[s.lo]
}

// namedAsSpeaker reports a target named, after the attack word at toks[v],
// only as who tells of it: "..., South Korea's Joint Chiefs of Staff (JCS)
// said", "..., the military's media wing, X, said".
func (d *doc) namedAsSpeaker(si, v int, tgt *entity) bool {
	s := d.sents[si]
	for k := v + 1; k < s.hi; k++ {
		m := d.mentAt[k]
		if m == nil || m.lo != k || m.ent == nil {
			continue
		}
		if m.ent != tgt {
			k = m.hi - 1
			continue
		}
		j := m.hi
		if j+2 < s.hi && d.toks[j].text == "(" && d.toks[j+2].text == ")" {
			j += 3
		}
		if j < s.hi && d.toks[j].text == "," {
			j++ // "..., the wing, X, said"
		}
		if j >= s.hi || !sayVerbs[d.toks[j].lower] {
			return false
		}
		for b := m.lo - 1; b > v; b-- {
			if d.toks[b].text == "," {
				// unless the clause names something of the speaker's:
				// "attacked a police station in X, the National Police said"
				for x := v + 1; x < b; x++ {
					if t := &d.toks[x]; t.kind == tWord && !t.cap && d.mentAt[x] == nil && len(t.lower) > 3 && strings.Contains(strings.ToLower(tgt.name), t.lower) {
						return false
					}
				}
				return true
			}
			if d.mentAt[b] == nil && d.toks[b].kind == tWord && !d.toks[b].cap && d.toks[b].lower != "the" && d.toks[b].lower != "'s" && d.toks[b].lower != "\u2019s" && !possessivePronouns[d.toks[b].lower] && !roleWords[d.toks[b].lower] && !spokesNouns[d.toks[b].lower] && !subBodyNouns[d.toks[b].lower] && d.toks[b].lower != "media" && d.toks[b].lower != "wing" {
				return false
			}
		}
		return false
	}
	return false
}

// firedIntoWater reports a target that is a body of water a missile was
// fired into or toward ("fired a ballistic missile into the Sea of
// Japan"): a launch, not an attack on the sea; ships attacked "in the Red
// Sea" are attacked where they sail.
func (d *doc) firedIntoWater(si int, tgt *entity) bool {
	if tgt.kind != kg.Place || !waterWords[lastWord(tgt.name)] && !strings.HasPrefix(tgt.name, "Sea of ") && !strings.HasPrefix(tgt.name, "Gulf of ") {
		return false
	}
	s := d.sents[si]
	for k := s.lo + 1; k < s.hi; k++ {
		if m := d.mentAt[k]; m != nil && m.ent == tgt && m.lo == k {
			p := k - 1
			if d.toks[p].lower == "the" && p > s.lo {
				p--
			}
			if w := d.toks[p].lower; w == "into" || w == "toward" || w == "towards" {
				return true
			}
		}
	}
	return false
}

// emitAttackOn is emitAttack where a nil tgt is a target the text does
// not name ("the militants bombed the airport").
func (d *doc) emitAttackOn(si int, src, tgt *entity, lo, v int, conf float64) {
	if src == nil || src == tgt || tgt != nil && tgt.kind == kg.Event {
		return
	}
	if d.orgKind(src) == "media" || platformName(src.name) || tgt != nil && tgt.kind == kg.Organization && d.orgKind(tgt) == "media" && !d.namedIn(si, tgt) {
		return // news media and platforms attack nobody; one is attacked only where the sentence names it
	}
	if d.gameSentence(si) && !d.fightingForce(src) && !(tgt != nil && d.fightingForce(tgt)) {
		return // "Varnok United hammered Tarma Rovers 4-0": a game
	}
	if m := d.mentAt[max(lo, 0)]; lo >= 0 && m != nil && m.ent == src && m.demonym && m.hi < len(d.toks) && troopNouns[d.toks[m.hi].lower] {
		src = d.forcesFor(src) // "Peruvian troops" after "the Peruvian army": the army, whichever word tells the attack
	}
	st := d.status(lo, v)
	if st == kg.Happened && d.deniedReport(lo, d.sents[si].lo) {
		st = kg.Denied // "X rejected reports that it had shelled Y"
	}
	if v > 0 && d.toks[v-1].lower == "to" && st == kg.Happened && !(v > 1 && effortVerbs[d.toks[v-2].lower]) && !d.usedTo(v) {
		st = kg.Planned
	}
	if st == kg.Planned && d.usedTo(v) && d.status(lo, v-1) == kg.Happened {
		st = kg.Happened // "used his pistol to kill X": the use took place
	}
	if v > 1 && d.toks[v-1].lower == "to" && effortVerbs[d.toks[v-2].lower] && st == kg.Planned && d.status(lo, v-1) == kg.Happened {
		st = kg.Happened // "have been fighting to retake X": under way
	}
	if v > 0 && d.toks[v-1].lower == "to" && st == kg.Planned && d.urgedBefore(lo, d.sents[si].lo) {
		st = kg.Proposed // "urged the US to attack Iran": the urging party's wish
	}
	if st == kg.Happened && attackNouns[d.toks[v].lower] && d.futureAfter(v, d.sents[si].hi) {
		st = kg.Planned // "its air strikes on Idlib would go on"
	}
	date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
	if t, p, ok := d.relativeDate(v, si, st == kg.Planned || st == kg.Proposed); ok {
		date, prec = t, p // "Hamas, which attacked Israel on Oct. 7, said": the clause's own
	}
	if prec == kg.PrecisionArticle && src == d.lastAttacker && d.lastAttackSent < si && st == kg.Happened && !d.namedIn(si, src) {
		// "Chile struck Peru on Monday. The strikes hit a market in
		// Tacna": the attack carried, and its day
		date, prec = d.relDate(d.lastAttackSent, false)
	}
	if prec == kg.PrecisionArticle && tgt == d.lastTarget && d.lastTargetSent < si && st == kg.Happened {
		// "X claimed responsibility": dated by the sentence telling the attack
		date, prec = d.relDate(d.lastTargetSent, false)
	}
	tid := ""
	if tgt != nil {
		tid = tgt.id()
	}
	d.addRel(kg.Attacked, src.id(), tid, si, date, prec, st, "", conf)
	if st == kg.Happened && d.by != "attack-blamed" {
		// a party blamed is no doer "the strikes" after it stand for
		switch {
		case tgt != nil && (tgt.kind == kg.Organization || d.isCountry(tgt)):
			d.lastAttacked = tgt
		case d.lastAttacker != src || d.lastAttackSent != si:
			d.lastAttacked = nil // a place or person: no side to fire back
		}
		d.lastAttacker, d.lastAttackSent = src, si
	}
}

// urgedBefore reports a verb of urging right before the actor at
// toks[lo]: "urged the US to attack", "called on Peru to strike".
func (d *doc) urgedBefore(lo, slo int) bool {
	j := lo - 1
	for j > slo && (d.toks[j].lower == "the" || d.toks[j].lower == "on" || d.toks[j].lower == "upon") {
		j--
	}
	if j < slo {
		return false
	}
	w := d.toks[j].lower
	return appealVerbs[w] || proposedCues[w] || w == "asked" || w == "pressed" || w == "encouraged"
}

// noteTarget remembers the target of an attack stated in sentence si
// without its attacker.
func (d *doc) noteTarget(si int, tgt *entity) {
	if tgt == nil || tgt.kind == kg.Event {
		return
	}
	if l := d.lastTarget; l != nil && si-d.lastTargetSent <= 1 && l.kind == kg.Place && l.country == tgt.name {
		return // "attacked a hall in Paris ..., the deadliest attacks on French soil": Paris
	}
	if l := d.lastTarget; l != nil && d.lastTargetSent == si && l.kind == kg.Organization && tgt.kind == kg.Place {
		return // "killed four Varnok Guard members in an attack on a checkpoint near Tarma": the guard
	}
	d.lastTarget, d.lastTargetSent = tgt, si
}

// recentTarget is the target of the last attack if it was stated in
// sentence si or the three before it, else nil.
func (d *doc) recentTarget(si int) *entity {
	if d.lastTarget == nil || si-d.lastTargetSent > 3 {
		return nil
	}
	return d.lastTarget
}

// attribution reports whether toks[lo:hi], up to the next punctuation,
// is a trailing attribution ("the ministry said", "officials told
// reporters", "according to X").
func (d *doc) attribution(lo, hi int) bool {
	described := lo < hi && (d.toks[lo].lower == "the" || d.toks[lo].lower == "its") // "the military's media wing, X, said"
	for k := lo; k < hi && k < lo+16; k++ {
		t := &d.toks[k]
		if t.text == "(" && k+2 < hi && d.toks[k+2].text == ")" {
			k += 2 // "South Korea's Joint Chiefs of Staff (JCS) said"
			continue
		}
		if t.text == "," && described && k > lo {
			described = false // one description before the name
			continue
		}
		if (t.lower == "'s" || t.lower == "\u2019s") && k > lo {
			continue // "Ukraine's Air Force reported"
		}
		if t.kind != tWord || d.inQuote[k] || k >= lo+10 && !described {
			return false
		}
		if sayVerbs[t.lower] || t.lower == "according" {
			return true
		}
		if attackVerbs[t.lower] || meetVerbs[t.lower] {
			return false
		}
	}
	return false
}

// claimedAttack reads "X claimed responsibility for the bombing of Y", and
// "X claimed responsibility" for the attack the sentences before told of.
func (d *doc) claimedAttack(si, v int) {
	s := d.sents[si]
	if d.toks[v].lower == "claimed" {
		if v <= s.lo+1 || !beForms[d.toks[v-1].lower] || !attackNouns[d.toks[v-2].lower] {
			return // "X claimed the attack": the noun's
		}
		// "The attack was claimed on Monday by X": the agent, for the
		// attack the sentences before told of
		by := d.skipTimeAdjunct(v+1, s.hi)
		if by+1 < s.hi && d.toks[by].lower == "by" {
			if src := d.actorAfter(by+1, s.hi); src != nil {
				if tgt := d.recentTarget(si); tgt != nil {
					d.emitAttack(si, src, tgt, s.lo, v, confVerb)
				}
			}
		}
		return
	}
	src, at := d.actorBefore(v-1, s.lo)
	if src == nil {
		src, at = d.pronounClaimant(v-1, s.lo)
	}
	if src == nil {
		return
	}
	if d.status(max(s.lo, at+1), v) == kg.Denied {
		return
	}
	tgt := d.attackObject(si, v+1)
	if tgt == nil {
		// "claimed an attack on a tanker off Hodeidah": the claim's own object
		for n := v; n < s.hi && n < v+4; n++ {
			if attackNouns[d.toks[n].lower] && n+1 < s.hi && attackPreps[d.toks[n+1].lower] && !d.claimMedium(n+1, s.hi) {
				if objs := d.objects(n+1, s.hi, src); len(objs) > 0 {
					tgt = objs[len(objs)-1]
				}
				break
			}
		}
	}
	if tgt == nil {
		tgt = d.recentTarget(si)
	}
	if tgt == nil && d.lastTarget != nil && si-d.lastTargetSent <= 8 {
		// "X claimed responsibility" a few paragraphs after the attack:
		// the last one the article told of
		tgt = d.lastTarget
	}
	d.emitAttack(si, src, tgt, max(s.lo, at+1), v, confVerb)
}

// claimMedium reports "in a broadcast", "in a statement", "on its website"
// at toks[k]: where a claim was made, not what was attacked.
func (d *doc) claimMedium(k, hi int) bool {
	k++
	for k < hi && (determiners[d.toks[k].lower] || d.toks[k].lower == "its" || d.toks[k].lower == "their") {
		k++
	}
	via := d.toks[k-1].lower == "through" || d.toks[k-1].lower == "via" || k >= 2 && (d.toks[k-2].lower == "through" || d.toks[k-2].lower == "via")
	for n := 0; k < hi && n < 4 && d.toks[k].kind == tWord && (!d.toks[k].cap || via); n, k = n+1, k+1 {
		if (d.toks[k].lower == "post" || d.toks[k].lower == "posts") && n > 0 && postHolders[d.toks[k-1].lower] {
			return false // "an attack on a police post": a station, no message
		}
		if statementNouns[d.toks[k].lower] || claimMedia[d.toks[k].lower] || via && (mediaNouns[d.toks[k].lower] || orgRefNouns[d.toks[k].lower] == "media") {
			return true // "in a statement", "through its Amaq news agency"
		}
	}
	return false
}

// pronounClaimant reads "X said it was behind", "X said it had carried
// out": the speaker "it" or "they" stands for, an organization or a
// country; nil if the words before toks[v] are no such clause.
func (d *doc) pronounClaimant(v, lo int) (*entity, int) {
	k := v - 1
	for k > lo && (beForms[d.toks[k].lower] || skippable[d.toks[k].lower]) {
		k--
	}
	if k <= lo || d.toks[k].lower != "it" && d.toks[k].lower != "they" {
		return nil, -1
	}
	j := k - 1
	if d.toks[j].lower == "that" && j > lo {
		j--
	}
	for j > lo && isWeekday(d.toks[j].lower) || j > lo && d.toks[j].lower == "on" {
		j--
	}
	if !sayVerbs[d.toks[j].lower] {
		return nil, -1
	}
	sp, at := d.subjectOf(j, lo)
	if sp == nil || sp.kind != kg.Organization && !d.isCountry(sp) {
		return nil, -1
	}
	return sp, at
}

// attackObject reads "for the (deadly) bombing of|on|against Y" starting at
// toks[k]: Y, or nil when no attack noun or no named target follows.
func (d *doc) attackObject(si, k int) *entity {
	s := d.sents[si]
	if k >= s.hi || d.toks[k].lower != "for" {
		return nil
	}
	if g := k + 1; g < s.hi && strings.HasSuffix(d.toks[g].lower, "ing") && attackVerbs[d.toks[g].lower] {
		// "for shelling the town of X", "for attacking X": the gerund's object
		if objs := d.objects(g, s.hi, nil); len(objs) > 0 {
			return objs[0]
		}
		return nil
	}
	for n := k + 1; n < s.hi && n < k+8; n++ {
		w := d.toks[n].lower
		if !attackNouns[w] {
			continue
		}
		if m := d.mentAt[n-1]; m != nil && m.ent != nil && m.ent.kind == kg.Place && !m.demonym && !d.isCountry(m.ent) && m.hi == n {
			return m.ent // "for the Tarma bombing": the town the attack is named after
		}
		if n+1 < s.hi && (d.toks[n+1].lower == "on" || d.toks[n+1].lower == "of" || d.toks[n+1].lower == "against" || d.toks[n+1].lower == "in") && !d.claimMedium(n+1, s.hi) {
			if objs := d.objects(n+1, s.hi, nil); len(objs) > 0 {
				return objs[len(objs)-1]
			}
		}
		return nil
	}
	return nil
}

// relativeAttack is the attack noun a relative clause around the verb at
// toks[v] is about ("an attack on the bridge, which Peru blamed on"), or
// -1.
func (d *doc) relativeAttack(si, v int) int {
	s := d.sents[si]
	w := v - 1
	for w > s.lo && w > v-6 && d.toks[w].lower != "which" && d.toks[w].lower != "that" {
		w--
	}
	if w <= s.lo || d.toks[w].lower != "which" && d.toks[w].lower != "that" {
		return d.reducedRelativeAttack(si, v)
	}
	for n := w - 1; n >= s.lo && n > w-20; n-- {
		if attackNouns[d.toks[n].lower] || blastNouns[d.toks[n].lower] {
			return n
		}
		if d.toks[n].text == ";" || d.toks[n].kind == tQuote || d.toks[n].lower == "said" {
			break // another clause
		}
	}
	return -1
}

// placeAfterActor is the town named right after the actor starting at
// toks[k] ("blamed on X near the town of Tarma": Tarma), or nil.
func (d *doc) placeAfterActor(k, hi int) *entity {
	if k < hi && d.toks[k].lower == "the" {
		k++
	}
	m := d.mentAt[min(k, hi-1)]
	if k >= hi || m == nil {
		return nil
	}
	k = m.hi
	if k < hi && (forceNouns[d.toks[k].lower] || groupNouns[d.toks[k].lower] || insurgentNouns[d.toks[k].lower]) {
		k++
	}
	if k+1 >= hi || d.toks[k].lower != "near" && d.toks[k].lower != "in" && d.toks[k].lower != "outside" {
		return nil
	}
	if objs := d.objects(k, hi, nil); len(objs) > 0 && objs[0].kind == kg.Place && !d.isCountry(objs[0]) {
		return objs[0]
	}
	return nil
}

// reducedRelativeAttack is the attack noun right before the subject of
// the verb at toks[v] in a relative clause without "which" ("an attack
// police blamed on", "an attack the ministry (MoD) also blamed on"), or -1.
func (d *doc) reducedRelativeAttack(si, v int) int {
	s := d.sents[si]
	k := v - 1
	for k > s.lo && (d.toks[k].lower == "also" || d.toks[k].lower == "later" || d.toks[k].lower == "have" || d.toks[k].lower == "has" || d.toks[k].lower == "had") {
		k--
	}
	if k-2 > s.lo && d.toks[k].text == ")" && d.toks[k-2].text == "(" {
		k -= 3 // "the Defense Ministry (MoD)"
	}
	if k <= s.lo {
		return -1
	}
	if m := d.mentAt[k]; m != nil && m.hi == k+1 && m.ent != nil && m.ent.kind != kg.Event {
		k = m.lo - 1
		if k > s.lo && d.toks[k].lower == "the" {
			k--
		}
	} else if w := d.toks[k].lower; w == "it" || w == "they" || w == "police" || w == "authorities" || w == "officials" {
		k--
		if k > s.lo && d.toks[k].lower == "the" {
			k-- // "an attack the authorities blamed on"
		}
	} else {
		return -1
	}
	if k > s.lo && (attackNouns[d.toks[k].lower] || blastNouns[d.toks[k].lower]) {
		return k
	}
	return -1
}

// blamedAttack reads "X blamed Y for the attack on Z" and "X blamed the
// attack on Z on Y": Y attacked Z (or the target of the attack just told
// of), with Y an entity or "<demonym> forces".
func (d *doc) blamedAttack(si, v int) {
	s := d.sents[si]
	if d.inQuote[v] {
		return
	}
	// "an attack on Z, which Russia blamed on Y"
	if v+2 < s.hi && d.toks[v+1].lower == "on" {
		if src := d.actorAfter(v+2, s.hi); src != nil {
			if n := d.relativeAttack(si, v); n >= 0 {
				var tgt *entity
				if n+1 < s.hi && (d.toks[n+1].lower == "on" || d.toks[n+1].lower == "of" || d.toks[n+1].lower == "against") {
					if objs := d.objects(n+1, s.hi, nil); len(objs) > 0 {
						tgt = objs[0]
					}
				}
				if n+1 < s.hi && d.toks[n+1].lower == "in" {
					// "suicide bombings in Tarma that Peru blamed on X": the town
					if objs := d.objects(n+1, s.hi, nil); len(objs) > 0 && objs[0].kind == kg.Place && !d.isCountry(objs[0]) {
						tgt = objs[0]
					}
				}
				if tgt == nil {
					tgt = d.placeAfterActor(v+2, s.hi)
				}
				if tgt == nil {
					tgt = d.recentTarget(si)
				}
				d.emitAttack(si, src, tgt, v, v, confVerb)
				return
			}
		}
	}
	// "blamed the attack on Y"
	n := v + 1
	for n < s.hi && n < v+4 && (d.toks[n].lower == "the" || d.toks[n].lower == "a" || d.toks[n].lower == "this" || d.toks[n].lower == "deadly" ||
		isWeekday(d.toks[n].lower) || d.toks[n].lower == "'s" || d.toks[n].lower == "’s") {
		n++ // "blamed Monday's attack on X on Y"
	}
	attribute := strings.HasPrefix(d.toks[v].lower, "attribut")
	if attribute && !(n < s.hi && attackNouns[d.toks[n].lower]) {
		return // "attributed the delay to the weather"; "the blast, which police attributed to X" is not read
	}
	if n < s.hi && attackNouns[d.toks[n].lower] {
		var src, tgt *entity
		blameOn := "on"
		if attribute {
			blameOn = "to" // "attributed the attack to X"
		}
		ons := 0
		for k := n + 1; k < s.hi && k < n+12; k++ {
			if d.toks[k].lower == "on" {
				ons++
			}
		}
		for k := n + 1; k < s.hi && k < n+12; k++ {
			if attribute && d.toks[k].lower == "on" && k == n+1 && tgt == nil {
				if objs := d.objects(k, s.hi, nil); len(objs) > 0 {
					tgt = objs[0] // "attributed the attack on the bus to X"
				}
				continue
			}
			if d.toks[k].lower != blameOn {
				continue
			}
			if ons > 1 && k == n+1 {
				// "blamed the attack on the bus in Tarma on Y": the first
				// "on" tells what was hit, the last who is blamed
				if objs := d.objects(k, s.hi, nil); len(objs) > 0 && tgt == nil {
					tgt = objs[0]
				}
				continue
			}
			if e := d.actorAfter(k+1, s.hi); e != nil {
				src = e
				if tgt == nil {
					tgt = d.recentTarget(si)
				}
				break
			}
			if tgt == nil && k+1 < s.hi {
				if m := d.mentAt[k+1]; m != nil && m.ent != nil && !m.demonym {
					tgt = m.ent
				}
			}
		}
		d.emitAttack(si, src, tgt, v, v, confVerb)
		return
	}
	// "Y, blamed by Z for the attack on W", "Y was blamed for the attack"
	if v > s.lo && (d.toks[v-1].text == "," || beForms[d.toks[v-1].lower]) && (v+1 < s.hi && (d.toks[v+1].lower == "by" || d.toks[v+1].lower == "for")) {
		k := v - 1
		if beForms[d.toks[k].lower] && k > s.lo {
			k--
		}
		for k > s.lo && (skippable[d.toks[k].lower] || strings.HasSuffix(d.toks[k].lower, "ly") && !d.toks[k].cap) && d.mentAt[k] == nil {
			k-- // "has long been blamed"
		}
		if d.toks[k].text == "," {
			k--
		}
		var src *entity
		if k >= s.lo {
			if m := d.mentAt[k]; m != nil && m.ent != nil && !d.possessor(m) && m.ent.kind != kg.Event {
				src = m.ent
			}
		}
		if src == nil {
			return
		}
		for x := v + 1; x < s.hi && x < v+10; x++ {
			if d.toks[x].lower == "for" {
				tgt := d.attackObject(si, x)
				if tgt == nil {
					tgt = d.recentTarget(si)
				}
				d.emitAttack(si, src, tgt, v, v, confVerb)
				return
			}
		}
		return
	}
	// "blamed Y for the attack on Z"
	src := d.actorAfter(v+1, s.hi)
	if src == nil && v+1 < s.hi && d.toks[v+1].lower == "for" {
		// "the Varnok Front, which Peru blamed for shelling X": the
		// relative clause's antecedent
		for k := v - 1; k > s.lo+1 && k >= v-4; k-- {
			if w := d.toks[k].lower; w == "which" || w == "whom" {
				if m := d.mentAt[k-2]; d.toks[k-1].text == "," && m != nil && m.ent != nil && m.ent.kind != kg.Event && !d.possessor(m) {
					src = m.ent
				}
				break
			}
		}
	}
	if src == nil && v+1 < s.hi && determiners[d.toks[v+1].lower] {
		// "blamed a little-known group, the Varnok Front, for": the name
		// in apposition
		for k := v + 2; k < s.hi && k < v+8; k++ {
			if d.toks[k].text == "," {
				src = d.actorAfter(k+1, s.hi)
				break
			}
			if d.toks[k].kind != tWord || d.mentAt[k] != nil {
				break
			}
		}
	}
	if src == nil {
		return
	}
	co := d.blamedToo(v, s.hi, src)
	limit := v + 14
	for k := v + 1; k < s.hi && k < limit; k++ {
		if d.toks[k].text == "(" && k+2 < s.hi && d.toks[k+2].text == ")" {
			limit += 3 // "blamed the Varnok Front (VF), a separatist group, for"
		}
		if d.toks[k].lower != "for" {
			continue
		}
		tgt := d.attackObject(si, k)
		if tgt == nil {
			n := k + 1
			for n < s.hi && n < k+4 && !attackNouns[d.toks[n].lower] && !blastNouns[d.toks[n].lower] {
				n++
			}
			if n < s.hi && (attackNouns[d.toks[n].lower] || blastNouns[d.toks[n].lower]) {
				tgt = d.recentTarget(si)
			}
		}
		d.emitAttack(si, src, tgt, v, v, confVerb)
		if co != nil {
			d.emitAttack(si, co, tgt, v, v, confVerb)
		}
		return
	}
	// "Ukraine blamed Russia." after an attack told without its attacker
	if d.endOfClause(v+1, s.hi) {
		d.emitAttack(si, src, d.recentTarget(si), v, v, confCarried)
	}
}

// behindWords say who stood behind an attack: "accused X of orchestrating
// the attack", "of involvement in the bombing" (general English).
var behindWords = wordSet(`orchestrating masterminding ordering organising organizing planning staging sponsoring
involvement complicity`)

// accusedBehind reads "accused Y of orchestrating the attack (on Z)" with
// the accusing verb at toks[v]: Y attacked Z, or the target of the attack
// just told of.
func (d *doc) accusedBehind(si, v int) bool {
	s := d.sents[si]
	k := v + 1
	if k < s.hi && d.toks[k].lower == "the" {
		k++
	}
	m := d.mentAt[min(k, s.hi-1)]
	if k >= s.hi || m == nil || m.lo != k || m.ent == nil || !actorKind(m.ent) || d.possessor(m) {
		return false
	}
	src := m.ent
	k = m.hi
	if k+2 < s.hi && d.toks[k].text == "(" && d.toks[k+2].text == ")" {
		k += 3
	}
	k = d.skipTimeAdjunct(k, s.hi)
	if k+2 >= s.hi || d.toks[k].lower != "of" {
		return false
	}
	k++
	switch w := d.toks[k].lower; {
	case behindWords[w]:
		k++
		if k < s.hi && d.toks[k].lower == "in" {
			k++ // "involvement in"
		}
	case (w == "being" || w == "standing") && k+1 < s.hi && d.toks[k+1].lower == "behind":
		k += 2
	default:
		return false
	}
	for n := 0; k < s.hi && n < 3 && (determiners[d.toks[k].lower] || d.toks[k].lower == "deadly" || isWeekday(d.toks[k].lower) || d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s"); n++ {
		k++ // "the", "Monday's"
	}
	if k >= s.hi || !attackNouns[d.toks[k].lower] && !blastNouns[d.toks[k].lower] && d.toks[k].lower != "shooting" {
		return false
	}
	var tgt *entity
	if k+1 < s.hi && (attackPreps[d.toks[k+1].lower] || d.toks[k+1].lower == "in") && !d.claimMedium(k+1, s.hi) {
		if objs := d.objects(k+1, s.hi, src); len(objs) > 0 && (d.toks[k+1].lower != "in" || objs[0].kind == kg.Place && !d.isCountry(objs[0])) {
			tgt = objs[0]
		}
	}
	if tgt == nil {
		tgt = d.recentTarget(si)
	}
	if tgt == nil {
		return false
	}
	d.emitAttack(si, src, tgt, v, v, confVerb)
	return true
}

// blamedToo is the second party of "blamed X and Y for": the actor after
// "and" following src's mention, which a blame verb at toks[v] names
// first; nil if none.
func (d *doc) blamedToo(v, hi int, src *entity) *entity {
	k := v + 1
	for ; k < hi && k < v+8; k++ {
		if m := d.mentAt[k]; m != nil && m.ent == src {
			break
		}
	}
	m := d.mentAt[min(k, hi-1)]
	if k >= hi || m == nil {
		return nil
	}
	k = m.hi
	if k+2 < hi && d.toks[k].text == "(" && d.toks[k+2].text == ")" {
		k += 3
	}
	if k >= hi || d.toks[k].lower != "and" {
		return nil
	}
	// "and the Syrian Kurdish YPG militia": past the article and
	// nationality words to the group's name
	for j := k + 1; j < hi && j < k+6; j++ {
		if d.toks[j].lower == "for" || d.toks[j].text == "," {
			break
		}
		if o := d.mentAt[j]; o != nil && o.ent != nil && !o.demonym && o.ent != src && o.ent.kind != kg.Event && !d.possessor(o) && (o.ent.kind == kg.Organization || d.isCountry(o.ent)) {
			return o.ent
		}
	}
	return nil
}

// endOfClause reports whether the actor starting at toks[k] ends its
// clause: nothing but the mention and a closing mark follows.
func (d *doc) endOfClause(k, hi int) bool {
	if k < hi && d.toks[k].lower == "the" {
		k++
	}
	m := d.mentAt[min(k, hi-1)]
	if m == nil {
		return false
	}
	k = m.hi
	for k < hi && d.mentAt[k] != nil && d.mentAt[k].lo == m.lo {
		k++ // "the Sudanese army"
	}
	if k < hi && (forceNouns[d.toks[k].lower] || groupNouns[d.toks[k].lower] || insurgentNouns[d.toks[k].lower]) {
		k++ // "the Varnok gang", "the Varnok group"
	}
	return k >= hi || d.toks[k].text == "." || d.toks[k].text == ";" || d.toks[k].text == ","
}

// passivePatient is what a passive attack with an unnamed subject hit:
// the body its subject belongs to ("one of its patrol boats was rammed
// by X": the owner of "its"; "a Peruvian army convoy was ambushed by X":
// the army), else the town named after the agent ("the convoy was
// ambushed by X near Tarma": Tarma); nil when there is none. be is the
// index of the passive's "was", by that of its "by".
func (d *doc) passivePatient(si, be, by int) *entity {
	s := d.sents[si]
	for k := be - 1; k >= s.lo && k > be-8; k-- {
		t := &d.toks[k]
		if t.text == "," || t.kind == tQuote || subordinators[t.lower] || sayVerbs[t.lower] {
			break
		}
		if t.lower == "its" || t.lower == "their" {
			if e, _ := d.ownerOfPronoun(k, s.lo); e != nil && e.kind == kg.Organization {
				return e
			}
			break
		}
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && !m.demonym {
			return m.ent
		}
	}
	// the town after the agent: "by X near Tarma", "by X during a raid on
	// the town of Tarma"
	for k := by + 1; k+1 < s.hi && k < by+12; k++ {
		if t := d.toks[k].lower; t == "during" || t == "in" {
			j := k + 1
			for j < s.hi && j < k+4 && !attackNouns[d.toks[j].lower] && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentAt[j] == nil {
				j++ // "a", "an overnight"
			}
			if j+2 < s.hi && attackNouns[d.toks[j].lower] && attackPreps[d.toks[j+1].lower] {
				x := j + 2
				for x < s.hi && x < j+7 && d.mentAt[x] == nil && d.toks[x].kind == tWord && !d.toks[x].cap {
					x++ // "the town of"
				}
				if m := d.mentAt[min(x, s.hi-1)]; m != nil && m.ent != nil && m.lo == x && m.ent.kind == kg.Place && !m.demonym && !d.isCountry(m.ent) {
					return m.ent
				}
			}
		}
		if t := d.toks[k].lower; t == "near" || t == "outside" || t == "in" {
			if m := d.mentAt[k+1]; m != nil && m.ent != nil && m.ent.kind == kg.Place && !m.demonym && !d.isCountry(m.ent) {
				return m.ent
			}
		}
		if d.toks[k].text == "," || d.toks[k].lower == "and" {
			break
		}
	}
	return nil
}

// actorAfter reads an actor starting at toks[k]: an entity that is no
// possessor, or "<demonym> forces|troops|...", past "the".
func (d *doc) actorAfter(k, hi int) *entity {
	if k < hi && d.toks[k].lower == "the" {
		k++
	}
	if m := d.mentAt[min(k, hi-1)]; k < hi && m != nil && m.lo == k && m.hi+2 < hi && d.toks[m.hi].text == "-" && d.toks[m.hi].start == d.toks[m.hi-1].end &&
		(backerSuffixes[d.toks[m.hi+1].lower] || holderSuffixes[d.toks[m.hi+1].lower]) {
		k = m.hi + 2 // "the U.S.-backed, Kurdish-led Syrian Democratic Forces": past who backs it
		if d.toks[k].text == "," {
			k++
		}
	}
	if m := d.mentAt[min(k, hi-1)]; k+1 < hi && m != nil && m.backer && m.hi == k+1 && modifierCompound(d.toks[k].text) {
		k++ // the same, its initials and modifier one word
		if d.toks[k].text == "," {
			k++
		}
	}
	if k+1 < hi && d.mentAt[k] == nil && backedWord(d.toks[k].lower) && d.mentAt[k+1] != nil && d.mentAt[k+1].lo == k+1 {
		k++ // "the Kurdish-led Syrian Democratic Forces": the force
	}
	if k+1 < hi && armedAdjectives[d.toks[k].lower] && d.mentAt[k] == nil && d.mentAt[k+1] != nil {
		k++ // "the paramilitary Rapid Support Forces": the force
	}
	if j := k; j+2 < hi && d.mentAt[j] == nil && (armedAdjectives[d.toks[j].lower] || d.toks[j].lower == "rebel" || d.toks[j].lower == "militant") {
		if j++; groupNouns[d.toks[j].lower] && d.mentAt[j] == nil && d.mentAt[j+1] != nil && d.mentAt[j+1].lo == j+1 {
			k = j + 1 // "the jihadist group Boko Haram": the group it names
		}
	}
	if k >= hi {
		return nil
	}
	if k+3 < hi && (d.toks[k].lower == "its" || d.toks[k].lower == "their") && rivalNouns[d.toks[k+1].lower] && d.toks[k+2].text == "," {
		return d.actorAfter(k+3, hi) // "a fight with its rival, the Tarma Brigade"
	}
	if a := d.knownAsGroup(k, hi); a > k {
		return d.actorAfter(a, hi) // "pro-government militiamen known as X": X
	}
	if k+3 < hi && d.mentAt[k] == nil && (insurgentNouns[d.toks[k].lower] || perpetrators[d.toks[k].lower]) &&
		(d.toks[k+1].lower == "working" && d.toks[k+2].lower == "for" || d.toks[k+1].lower == "loyal" && d.toks[k+2].lower == "to") {
		// "gunmen working for X", "fighters loyal to X": X's men
		if a := d.actorAfter(k+3, hi); a != nil && a.kind != kg.Person {
			return a
		}
		return nil
	}
	if k+2 < hi && d.mentAt[k] == nil && (supporterNouns[d.toks[k].lower] || insurgentNouns[d.toks[k].lower] || d.toks[k].lower == "officers" || d.toks[k].lower == "members") && (d.toks[k+1].lower == "of" || d.toks[k+1].lower == "from" && insurgentNouns[d.toks[k].lower]) {
		// "supporters of Ansar al-Sharia", "fighters of|from the M23": the
		// group; a person's supporters are not the person
		if a := d.actorAfter(k+2, hi); a != nil && a.kind != kg.Person {
			return a
		}
		return nil
	}
	m := d.mentAt[k]
	if m != nil && m.ent != nil && m.hi < hi && d.possessor(m) {
		if o := d.mentAt[m.hi]; o != nil && o != m && o.ent != nil && o.ent.kind == kg.Organization && o.hi > m.hi && o.hi <= hi {
			return o.ent // "between Sudan's army and X": the army the country's name makes
		}
		j := m.hi
		if d.toks[j].lower == "'s" || d.toks[j].lower == "\u2019s" {
			j++
		}
		for j < hi && j < m.hi+4 && d.mentAt[j] == nil && armedAdjectives[d.toks[j].lower] {
			j++ // "by Sudan's paramilitary Rapid Support Forces": the force
		}
		if o := d.mentAt[min(j, hi-1)]; j > m.hi+1 && o != nil && o.lo == j && o.ent != nil && o.ent.kind == kg.Organization && o.hi <= hi {
			return o.ent
		}
	}
	if m == nil || m.ent == nil || m.ent.kind == kg.Event || d.possessor(m) {
		return nil
	}
	if o := d.mentAt[min(m.hi, hi-1)]; m.demonym && o != nil && o.ent != nil && o.lo == m.lo && o.ent.kind == kg.Organization {
		return o.ent // "the Sudanese army": the organization, not the country
	}
	if m.demonym && !(m.hi < hi && (forceNouns[d.toks[m.hi].lower] || orgNouns[d.toks[m.hi].lower])) {
		return nil
	}
	return m.ent
}

// subjectish reports whether toks[i], right before an attack word, reads
// as its subject (so the word is a verb: "Russia strikes Kyiv") rather than
// a modifier ("Peru's air strike against").
func (d *doc) subjectish(i int) bool {
	t := &d.toks[i]
	if m := d.mentAt[i]; m != nil {
		// "the Peruvian airstrike": a demonym or country used as adjective
		return !m.demonym && !(m.lo > 0 && (d.toks[m.lo-1].lower == "the" || d.toks[m.lo-1].lower == "a"))
	}
	return personPronouns[t.lower] || t.lower == "they" || t.lower == "it" || forceNouns[t.lower] || weaponNouns[t.lower] || skippable[t.lower]
}

// carriedOutBy reads "the strikes were carried out by X" after an attack
// told without its attacker ("Sanaa was struck by airstrikes").
func (d *doc) carriedOutBy(si, v int) {
	s := d.sents[si]
	k := v + 1
	if k < s.hi && d.toks[k].lower == "out" {
		k++
	}
	if k >= s.hi || d.toks[k].lower != "by" {
		return
	}
	d.emitAttack(si, d.actorAfter(k+1, s.hi), d.recentTarget(si), v, v, confVerb)
}

// hypothetical reports a condition or modal in the quoted clause before
// toks[v] ("if Russia attacks", "they could strike"): no fact is stated.
func (d *doc) hypothetical(lo, v int) bool {
	for k := v - 1; k >= lo && k > v-window; k-- {
		t := &d.toks[k]
		if t.kind == tQuote || !d.inQuote[k] {
			return false
		}
		if hypotheticals[t.lower] {
			return true
		}
	}
	return false
}

// cameUnder reads "Y came under attack|fire|shelling from|by X".
func (d *doc) cameUnder(si, v int) {
	s := d.sents[si]
	k := v + 1
	for k < s.hi && k < v+4 && !attackNouns[d.toks[k].lower] {
		k++
	}
	if k >= s.hi || !attackNouns[d.toks[k].lower] {
		return
	}
	var src *entity
	for x := v + 1; x < k; x++ {
		// "came under Chilean artillery fire", "came under Varnok Front
		// attack": the actor before the noun
		if m := d.mentAt[x]; m != nil && m.ent != nil && m.lo == x && (m.demonym || m.ent.kind == kg.Organization) && !d.possessor(m) {
			src = m.ent
			break
		}
	}
	by := d.peek(k + 1)
	if src != nil && by != "from" && by != "by" {
		tgt, _ := d.subjectOf(v-1, s.lo)
		d.emitAttack(si, src, tgt, v-1, v, confVerb)
		return
	}
	if k+1 >= s.hi || by != "from" && by != "by" {
		return
	}
	src = d.actorAfter(k+2, s.hi)
	if src == nil && k+2 < s.hi {
		// "from Russian forces|artillery": the country
		if m := d.mentAt[k+2]; m != nil && m.ent != nil && m.demonym && m.hi < s.hi && (forceNouns[d.toks[m.hi].lower] || weaponNouns[d.toks[m.hi].lower]) {
			src = m.ent
		}
	}
	tgt, _ := d.subjectOf(v-1, s.lo)
	d.emitAttack(si, src, tgt, v-1, v, confVerb)
}

// gerundSubject is the subject of the clause a gerund phrase at toks[g]
// ("since launching", "after attacking") hangs on, when the clause opens
// with it: "The Arakan Army, an ethnic armed group, has taken 14
// townships since ...". It returns nil when another clause or a speaker
// stands between.
func (d *doc) gerundSubject(g, lo int) (*entity, int) {
	k := d.pastDateline(lo, g)
	if k+3 < g && (d.toks[k].lower == "on" || d.toks[k].lower == "in") && d.toks[k+2].text == "," {
		k += 3 // "On Sunday, ..."
	}
	a := d.actorAfter(k, g)
	if a == nil {
		return nil, -1
	}
	var m *mention
	for j := k; j < g && m == nil; j++ {
		if n := d.mentAt[j]; n != nil && n.ent == a {
			m = n
		}
	}
	if m == nil || m.lo > k+2 {
		return nil, -1
	}
	j := m.hi
	if j < g && d.toks[j].text == "," {
		// past an apposition: ", an ethnic Rakhine armed group,"
		x := j + 1
		for x < g && x < j+14 && d.toks[x].text != "," {
			x++
		}
		if x >= g || d.toks[x].text != "," {
			return nil, -1
		}
		j = x + 1
	}
	finite := false
	for ; j < g; j++ {
		t := &d.toks[j]
		if sayVerbs[t.lower] || t.text == "," || t.text == ";" || t.lower == "that" || t.lower == "who" || t.lower == "which" || t.kind == tQuote || t.lower == "and" || t.lower == "but" {
			return nil, -1 // another clause stands between
		}
		finite = finite || t.kind == tWord && !t.cap && (finiteAux[t.lower] || pastVerbs[t.lower] || strings.HasSuffix(t.lower, "ed"))
	}
	if !finite || a.kind == kg.Person {
		return nil, -1
	}
	return a, m.lo
}

// reportedStart is where the clause that ends at toks[c] starts: past a
// speaker's "X said (that)" when the clause is reported ("the ministry
// said Armenian forces had opened fire first, shelling X": the forces),
// else past the dateline.
func (d *doc) reportedStart(lo, c int) int {
	for k := c - 1; k > lo; k-- {
		t := &d.toks[k]
		if d.inQuote[k] || t.kind == tQuote {
			break
		}
		if (sayVerbs[t.lower] || weakSayVerbs[t.lower]) && !t.cap && d.reportable(k) {
			j := k + 1
			if j < c && d.toks[j].lower == "that" {
				j++
			}
			if j < c && d.actorAfter(j, c) != nil {
				return j
			}
			break
		}
	}
	return d.pastDateline(lo, c)
}

// pastWarObject skips a war fought as the object of "fought" from
// toks[k] ("a border war", "two wars", "a brief war") and returns where
// what follows it starts, or k.
func (d *doc) pastWarObject(k, hi int) int {
	j := k
	if j < hi && (d.toks[j].isArticle() || d.toks[j].kind == tNum || numberWords[d.toks[j].lower] || d.toks[j].lower == "several") {
		j++
	}
	for n := 0; j < hi && n < 3 && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentAt[j] == nil && !warObjects[d.toks[j].lower]; n++ {
		j++ // "a brief border war"
	}
	if j < hi && warObjects[d.toks[j].lower] && !d.toks[j].cap {
		return j + 1
	}
	return k
}

// clauseEndsBefore reports an "and" at toks[i] that ends a clause rather
// than joining two names: the word before it is a lower-case word ("20
// villagers and"), a place after a locative ("in Marte and"), or a day
// ("late Tuesday and").
func (d *doc) clauseEndsBefore(i, lo int) bool {
	p := i - 1
	if isWeekday(d.toks[p].lower) && d.toks[p].cap {
		return true
	}
	m := d.mentAt[p]
	if m != nil && !m.ref {
		return m.ent != nil && m.ent.kind == kg.Place && !m.demonym && m.hi == i && m.lo > lo && locatives[d.toks[m.lo-1].lower]
	}
	return d.toks[p].kind == tWord && !d.toks[p].cap
}

// actorAt reads an attacker standing right before toks[v]: an entity, or
// "<demonym/country> forces|troops|warplanes".
func (d *doc) actorBefore(v, lo int) (*entity, int) {
	if v-1 > lo && gerundLeads[d.toks[v-1].lower] && strings.HasSuffix(d.toks[v].lower, "ing") && !d.toks[v].cap {
		// "The Arakan Army has taken 14 townships since launching an
		// offensive": the clause's subject launched it
		return d.gerundSubject(v-1, lo)
	}
	if e, at := d.appositiveSubject(v, lo); e != nil {
		return e, at // "The Varnok Front, al Qaeda's affiliate in the Sahel, claimed": not the Sahel
	}
	i := v - 1
	if i-3 > lo && d.toks[i].kind == tQuote {
		// "had “deliberately and indiscriminately” shelled": past the
		// adverbs in quotation marks
		k := i - 1
		for k > lo && k > i-6 && (lyAdverb(d.toks[k]) || d.toks[k].lower == "and") {
			k--
		}
		if k < i-1 && d.toks[k].kind == tQuote {
			i = k - 1
		}
	}
	for i >= lo && (skippable[d.toks[i].lower] || d.toks[i].lower == "," && i > lo && skippable[d.toks[i-1].lower] || d.toks[i].lower == "turn" && i > lo && d.toks[i-1].lower == "in" ||
		d.toks[i].lower == "since" && i > lo && (d.toks[i-1].lower == "has" || d.toks[i-1].lower == "have" || d.toks[i-1].lower == "had")) {
		if d.toks[i].lower == "turn" {
			i-- // "has in turn stepped up"
		}
		i-- // "has since captured"
	}
	if i > lo+2 && (d.toks[i].lower == "command" || d.toks[i].lower == "orders" || d.toks[i].lower == "leadership") {
		// "fighters under Abakar's command attacked", "troops under the
		// command of General X stormed": the fighters attacked
		for k := i - 1; k > lo && k > i-7; k-- {
			if d.toks[k].lower == "under" {
				i = k - 1
				break
			}
		}
	}
	if i > lo+2 && d.toks[i].lower == "and" && d.clauseEndsBefore(i, lo) {
		// "X kidnapped 20 villagers and attacked a police post": the first
		// verb's subject, when the sentence opens with it
		start := d.pastDateline(lo, i)
		if a := d.actorAfter(start, i); a != nil {
			m := d.mentAt[start]
			if m == nil || d.toks[start].lower == "the" {
				m = d.mentAt[min(start+1, i)]
			}
			for k := start + 1; m == nil && k < i && k < start+4; k++ {
				if n := d.mentAt[k]; n != nil && n.ent == a {
					m = n // "Fighters from the Varnok Front attacked ... and": the group
				}
			}
			if m != nil && m.ent != a && m.hi < i && d.mentAt[m.hi] != nil && d.mentAt[m.hi].ent == a {
				m = d.mentAt[m.hi] // "Peru's army": the army the possessive makes
			}
			if m != nil && m.hi < i && !d.inQuote[m.lo] {
				if w := &d.toks[m.hi]; w.kind == tWord && !w.cap && d.mentAt[m.hi] == nil && (pastVerbs[w.lower] || strings.HasSuffix(w.lower, "ed") || finiteAux[w.lower]) {
					return a, m.lo
				}
			}
		}
	}
	i = d.beforeParens(i, lo) // "the Tehrik-i-Taliban Pakistan (TTP) claimed": past the acronym
	// "denied attacking", "threatened to strike", "has refused to bomb",
	// "began intentionally shelling", "is alleged to have attacked"
	for k := 0; k < 6 && i >= lo && d.mentAt[i] == nil; k++ {
		w := d.toks[i].lower
		if durationNouns[w] && i > lo && d.toks[i-1].lower == "for" {
			i -= 2 // "has for years been fighting"
			continue
		}
		if d.toks[i].kind == tNum && i > lo && (months[d.toks[i-1].lower] != 0 || d.toks[i-1].lower == "since") || months[w] != 0 && d.toks[i].cap && i > lo && d.toks[i-1].lower == "since" {
			// "has since April 2023 been fighting": past the date
			for i > lo && d.toks[i].lower != "since" {
				i--
			}
			i--
			continue
		}
		if !(w == "to" || deniedCues[w] || plannedCues[w] || proposedCues[w] || skippable[w] || w == "tried" || w == "attempted" || w == "began" || w == "continued" || w == "started" || effortVerbs[w] || strings.HasSuffix(w, "ly") && len(w) > 4 && !d.toks[i].cap || raisingVerbs[w] || beForms[w] ||
			isWeekday(w) && d.toks[i].cap || w == "on" && i+1 < len(d.toks) && isWeekday(d.toks[i+1].lower)) {
			break // "threatened on Monday to strike"
		}
		i--
	}
	if m := d.mentAt[max(i, 0)]; i > lo && m != nil && m.hi < len(d.toks) && d.toks[m.hi].lower == "to" && m.lo-1 > lo {
		// "the Kenya Defence Forces entered Somalia to fight the group":
		// a purpose, whose doer is the verb's subject, not its object;
		// "urged Peru to strike" is Peru's
		if vb := &d.toks[m.lo-1]; vb.kind == tWord && !vb.cap && d.mentAt[m.lo-1] == nil && !objectControlVerbs[vb.lower] && (pastVerbs[vb.lower] || strings.HasSuffix(vb.lower, "ed")) {
			if e, at := d.subjectOf(m.lo-1, lo); e != nil && e != m.ent && (e.kind == kg.Organization || d.isCountry(e)) {
				return e, at
			}
		}
	}
	// ", meanwhile," or ", backed by Russian warplanes," after the subject
	if i >= lo && d.toks[i].text == "," {
		k := i - 1
		for k >= lo && k > i-25 && d.toks[k].text != "," {
			k--
		}
		if k <= i-12 && !(k >= lo && d.toks[k].text == "," && (d.toks[k+1].lower == "which" || d.toks[k+1].lower == "who")) {
			k = i - 12 // only a relative clause runs longer: ", which is designated a terrorist group by Peru and the United States,"
		}
		if k >= lo && k < i-1 && d.toks[k].text == "," && (asideOpeners[d.toks[k+1].lower] || k == i-2 && d.toks[k+1].kind == tNum) {
			i = k - 1 // ", meanwhile,"; "X, 58, ordered": past the age
		} else {
			i--
			for i >= lo && skippable[d.toks[i].lower] {
				i--
			}
			if i >= lo && d.toks[i].text == "," {
				i--
			}
		}
	}
	if i > lo && d.toks[i].text == ")" {
		// "loyal to its rival, the Varnok Front (VF), had stormed": past
		// the initials after the comma
		k := i - 1
		for k > lo && k > i-6 && d.toks[k].text != "(" && d.toks[k].text != ")" {
			k--
		}
		if k > lo && d.toks[k].text == "(" {
			i = k - 1
		}
	}
	if i < lo {
		return nil, -1
	}
	if d.toks[i].lower == "of" && i > lo+1 {
		i = d.timeBeforeOf(i, lo) // "accused Russia on Tuesday of attacking Odesa"
		// "accused Russia of attacking Odesa": the accused
		if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.hi == i && m.lo > lo && chargeVerbs[d.toks[m.lo-1].lower] {
			return m.ent, m.lo
		}
		if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.hi == i && m.described && m.lo > lo+1 && groupPeople[d.toks[m.lo].lower] {
			// "accused Varnok Party supporters of attacking": the
			// supporters, named by their party
			if o := d.mentAt[m.lo-1]; o != nil && o.lo > lo && chargeVerbs[d.toks[o.lo-1].lower] {
				return m.ent, o.lo
			}
		}
		j := i - 1
		if d.toks[j].text == "," {
			j-- // "accused a rival group, the Varnok Front, of bombing X"
		}
		if j-2 > lo && d.toks[j].text == ")" && d.toks[j-2].text == "(" {
			j -= 3 // "accused the Armed Forces (FACA) of shelling X": past the initials
		}
		if j-3 > lo && alliesNouns[d.toks[j].lower] {
			// "accused X and their Russian allies of shelling Y": X
			k := j - 1
			if o := d.mentAt[k]; o != nil && o.demonym {
				k = o.lo - 1
			}
			if d.toks[k].lower == "their" || d.toks[k].lower == "its" {
				k--
			}
			if k > lo && d.toks[k].lower == "and" {
				j = k - 1
				if j-2 > lo && d.toks[j].text == ")" && d.toks[j-2].text == "(" {
					j -= 3
				}
			}
		}
		if m := d.mentAt[j]; m != nil && m.ent != nil && m.hi == j+1 && m.ent.kind != kg.Person {
			for b := m.lo - 1; b > lo && b > m.lo-8 && d.mentAt[b] == nil; b-- {
				if chargeVerbs[d.toks[b].lower] {
					return m.ent, m.lo
				}
			}
		}
		if m := d.mentAt[i-2]; i-2 > lo && groupPeople[d.toks[i-1].lower] && d.mentAt[i-1] == nil && m != nil && m.ent != nil && m.hi == i-1 && m.ent.kind == kg.Organization && chargeVerbs[d.peek(m.lo-1)] {
			return m.ent, m.lo // "accused Hezbollah members of attacking": the group's
		}
		if forceNouns[d.toks[i-1].lower] {
			// "accused Chilean border guards of shelling X": the forces
			for b := i - 2; b > lo && b > i-7; b-- {
				if chargeVerbs[d.toks[b].lower] {
					if e, at := d.actorBefore(i, b+1); e != nil {
						return e, at
					}
					break
				}
			}
		}
		if chargeVerbs[d.toks[i-1].lower] && beForms[d.toks[i-2].lower] {
			// "the junta has been accused of bombing X": the accused,
			// the passive's subject
			j := i - 2
			for j > lo && (beForms[d.toks[j].lower] || skippable[d.toks[j].lower]) {
				j--
			}
			return d.actorBefore(j+1, lo)
		}
	}
	if (d.toks[i].lower == "who" || d.toks[i].lower == "which" || d.toks[i].lower == "that") && i > lo {
		i-- // "Hamas militants who fired rockets": the relative's antecedent
		if d.toks[i].text == "," && i > lo {
			i--
		}
	}
	if b := d.backedBy(i, lo); b > lo {
		return d.actorBefore(b, lo) // "Somali forces backed by U.S. airstrikes retook X": the forces
	}
	if orgNouns[d.toks[i].lower] && i > lo {
		// "the M23 movement attacked", "the Varnok gang coalition
		// attacked": the organization the nouns name
		j := i - 1
		if j > lo && orgNouns[d.toks[j].lower] && !d.toks[j].cap && d.mentAt[j] == nil {
			j--
		}
		if m := d.mentAt[j]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && m.hi == j+1 {
			return m.ent, m.lo
		}
	}
	if perpetrators[d.toks[i].lower] && i > lo {
		// "a Varnok Front suicide bomber killed X": the group the
		// attacker is of
		j := i - 1
		if j > lo && perpetratorMods[d.toks[j].lower] {
			j--
		}
		if m := d.mentAt[j]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && m.hi == j+1 && !m.demonym && !d.possessor(m) {
			return m.ent, m.lo
		}
	}
	if p := d.outfitParticiple(i, lo); p > lo {
		return d.actorBefore(p, lo) // "supporters armed with machetes attacked": the supporters
	}
	if m := d.mentAt[i]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && forceNouns[d.toks[i].lower] && !d.possessor(m) {
		return m.ent, m.lo // "the Malian army": the organization, not its country
	}
	if forceNouns[d.toks[i].lower] || weaponNouns[d.toks[i].lower] || vesselNouns[d.toks[i].lower] || memberSingulars[d.toks[i].lower] {
		// "Peruvian warplanes and armed drones": the owner named before
		// the first of the two
		for k := i - 1; k > lo && k >= i-2 && d.mentAt[k] == nil && d.toks[k].kind == tWord && !d.toks[k].cap; k-- {
			if d.toks[k].lower == "and" {
				if f := d.toks[k-1].lower; d.mentAt[k-1] == nil && (forceNouns[f] || weaponNouns[f] || vesselNouns[f]) {
					i = k - 1
				}
				break
			}
		}
		j := i - 1
		for j >= lo && (d.mentAt[j] == nil || d.mentAt[j].ent == nil && d.toks[j].cap) && j > i-3 && d.toks[j].kind == tWord && (!d.toks[j].cap || j > lo && d.mentAt[j-1] != nil && d.mentAt[j-1].demonym) && !determiners[d.toks[j].lower] && !sayVerbs[d.toks[j].lower] {
			j-- // "Russian glide bombs", "U.S. attack helicopters", "Chilean Antonov aircraft"; not "X said the missiles"
		}
		if j >= lo {
			if m := d.mentAt[j]; m != nil && m.ent != nil && (m.ent.kind != kg.Person || d.possessor(m)) && !(m.demonym && isRegion(m.ent.name)) && !d.sided(m.lo) && !m.backer {
				if m.demonym && i > 0 && d.toks[i-1].lower == "border" {
					if e := d.borderForce(m.ent); e != nil {
						return e, m.lo // "Tajik border guards" after "the Border Troops of Tajikistan"
					}
				}
				if m.demonym && troopNouns[d.toks[i].lower] {
					return d.forcesFor(m.ent), m.lo // "Peruvian troops" after "the Peruvian army": the army
				}
				if m.ref && m.poss && troopNouns[d.toks[i].lower] {
					return d.troopsOf(m.ent), m.lo // "the ministry said its troops": the country's
				}
				return m.ent, m.lo // "Russian forces", "Assad's forces"; not "African troops" or "pro-Russian separatists"
			}
		}
		if j >= lo && (d.toks[j].lower == "its" || d.toks[j].lower == "their") {
			if e, at := d.ownerOfPronoun(j, lo); e != nil {
				if troopNouns[d.toks[i].lower] {
					e = d.troopsOf(e)
				}
				return e, at // "the ministry said its drones had hit X": the speaker's
			}
		}
		if weaponNouns[d.toks[i].lower] {
			// "the air force said fighter jets had struck X": the armed
			// speaker's own weapons
			k := j
			for k > lo && (d.toks[k].lower == "that" || d.toks[k].lower == "the") {
				k--
			}
			if k > lo && sayVerbs[d.toks[k].lower] && !d.inQuote[k] && !d.ownObjectAfter(i) {
				if e, at := d.subjectOf(k, lo); e != nil && e.kind == kg.Organization && d.orgKind(e) == "state force" {
					return e, at
				}
			}
		}
		if weaponNouns[d.toks[i].lower] && d.lastAttacker != nil {
			return d.lastAttacker, -2 // carried from context
		}
		if w := d.toks[i].lower; (w == "troops" || w == "soldiers") && (i == lo || d.toks[i-1].lower == "the" || d.mentAt[i-1] == nil && !d.toks[i-1].cap && d.toks[i-1].lower != "'s" && d.toks[i-1].lower != "\u2019s" && !possessivePronouns[d.toks[i-1].lower]) {
			// "Troops raided X", "the military said troops had shelled
			// Y": the one army the article names
			if e := d.ownerByNoun("army", nil); e != nil {
				return e, i
			}
		}
		return nil, -1
	}
	if m := d.mentAt[i]; m != nil && m.ent != nil && m.ent.kind != kg.Event {
		if d.possessor(m) && m.hi == i+1 {
			return nil, -1
		}
		if d.affiliate(m, lo) {
			return nil, -1 // "jihadists linked to al-Qaeda killed": not al-Qaeda itself
		}
		if m.ent.kind == kg.Person && d.supportersOf(m.lo, lo) {
			return nil, -1 // "Supporters of President X stormed Y": not X
		}
		if m.ent.kind == kg.Person {
			b := m.lo - 1
			for n := 0; b > lo && n < 5 && d.toks[b].lower != "to" && (d.mentAt[b] == nil || d.mentAt[b].demonym) && d.toks[b].kind == tWord; n++ {
				b-- // "loyal to ousted President X", "loyal to Malagasy President X": past the titles and adjectives
			}
			if b-2 >= lo && d.toks[b].lower == "to" && d.toks[b-1].lower == "loyal" {
				if f := d.mentAt[b-2]; f != nil && f.ent != nil && f.ent.kind == kg.Organization {
					return f.ent, m.lo // "soldiers loyal to President X attacked": X's loyalists
				}
				return nil, -1
			}
		}
		if e, at := d.missionOf(m, lo); e != nil {
			return e, at // "the UN special envoy for Yemen held talks": the United Nations
		}
		p := m.lo - 1
		for m.ent.kind == kg.Place && p > lo && (d.toks[p].lower == "and" || d.toks[p].text == ",") && d.mentAt[p-1] != nil && d.mentAt[p-1].ent != nil && d.mentAt[p-1].ent.kind == kg.Place {
			p = d.mentAt[p-1].lo - 1 // "in London and Paris": back to the list's head
		}
		if m.ent.kind == kg.Place && !m.demonym && p > lo && (d.toks[p].lower == "in" || d.toks[p].lower == "from") {
			// "the Varnok Front in Chile claimed", "Shabaab militants in
			// Somalia attacked": the group, not where it is
			if a, at := d.actorBefore(p, lo); a != nil && a.kind != kg.Place && at >= 0 {
				return a, at
			}
			if w := d.toks[p-1].lower; unnamedPeople[w] || protestNouns[w] {
				return nil, -1 // "protesters in Paris clashed with police": where they are, no actor
			}
			if w := d.toks[p-1].lower; d.toks[p].lower == "from" && (crossVerbs[w] || insurgentNouns[w]) {
				return nil, -1 // "fighters crossing from Chile attacked X": where they came from, no actor
			}
			if w := d.toks[p-1].lower; d.toks[p].lower == "in" && !d.isCountry(m.ent) && !forceNouns[w] && !insurgentNouns[w] {
				return nil, -1 // "a drone strike on a car in Arica killed X": where, no actor; but "separatist forces in Abkhazia"
			}
		}
		return m.ent, m.lo
	}
	if personPronouns[d.toks[i].lower] {
		return d.lastPerson(i), i
	}
	return nil, -1
}

// affiliate reports a mention named as what the actor is tied to, not as
// the actor: "militants linked to X", "a group affiliated with X".
func (d *doc) affiliate(m *mention, lo int) bool {
	p := m.lo - 1
	if p > lo && d.toks[p].lower == "the" {
		p--
	}
	if p <= lo || d.toks[p].lower != "to" && d.toks[p].lower != "with" && d.toks[p].lower != "by" {
		return false
	}
	return tieWords[d.toks[p-1].lower]
}

// ownerOfPronoun is whom "its" or "their" at toks[j] stands for in a
// reported clause: the organization or country that speaks ("X said its
// drones had hit Y"), or the one accused ("accused X of continuing its
// attacks"); nil when no speech verb comes before it in the sentence.
func (d *doc) ownerOfPronoun(j, lo int) (*entity, int) {
	for k := j - 1; k > lo; k-- {
		w := d.toks[k].lower
		if d.inQuote[k] || d.toks[k].kind == tQuote {
			return nil, -1
		}
		if e, at := d.accusedAt(k, lo); e != nil {
			return e, at // "accused Chile of seeking pretexts to continue its attacks"
		}
		if sayVerbs[w] && !d.toks[k].cap {
			if e, at := d.subjectOf(k, lo); e != nil && (e.kind == kg.Organization || d.isCountry(e)) {
				return e, at
			}
			return nil, -1
		}
	}
	return nil, -1
}

// timeBeforeOf is where a time adjunct between an accused and its "of"
// at toks[k] starts ("accused Chile on Tuesday of", "last week of",
// "earlier this month of"), or k when none stands there.
func (d *doc) timeBeforeOf(k, lo int) int {
	for j := max(k-4, lo+1); j < k; j++ {
		if w := d.toks[j].lower; (w == "on" || w == "last" || w == "earlier" || w == "yesterday" || w == "this") &&
			d.mentAt[j-1] != nil && d.mentAt[j-1].hi == j && d.skipTimeAdjunct(j, k+1) == k {
			return j
		}
	}
	return k
}

// accusedAt reads "accused X of" with its "of" at toks[k]: X, an
// organization or country, or nil.
func (d *doc) accusedAt(k, lo int) (*entity, int) {
	if d.toks[k].lower != "of" || k-1 <= lo {
		return nil, -1
	}
	k = d.timeBeforeOf(k, lo)
	if m := d.mentAt[k-1]; m != nil && m.ent != nil && m.hi == k && m.lo > lo && accuseVerbs[d.toks[m.lo-1].lower] && (m.ent.kind == kg.Organization || d.isCountry(m.ent)) {
		return m.ent, m.lo
	}
	return nil, -1
}

// capitalNamed is the capital city that "<country>'s capital" at mention
// m stands for, when the article names that city; nil otherwise.
func (d *doc) capitalNamed(m *mention) *entity {
	if !d.possessor(m) || !d.isCountry(m.ent) || m.hi+1 >= len(d.toks) || d.toks[m.hi+1].lower != "capital" {
		return nil
	}
	for _, e := range d.ents {
		if e.kind != kg.Place || e.mentions == 0 {
			continue
		}
		if p, ok := gazetteer.LookupPlace(e.name); ok && p.Capital && p.Country == m.ent.name {
			return e
		}
	}
	return nil
}

// backedBy reports a phrase "backed by X" or "backed by X warplanes"
// ending at toks[i] and returns the index of its participle, or -1.
func (d *doc) backedBy(i, lo int) int {
	j := i
	if (forceNouns[d.toks[j].lower] || weaponNouns[d.toks[j].lower]) && j > lo {
		j--
	}
	for j > lo && d.mentAt[j] == nil && j > i-4 && d.toks[j].kind == tWord && !d.toks[j].cap && d.toks[j].lower != "by" {
		j--
	}
	if m := d.mentAt[j]; m != nil {
		j = m.lo - 1
		if j-1 > lo && (d.toks[j].lower == "as" && d.toks[j-1].lower == "known" || d.toks[j].lower == "called") {
			// "backed by clan militias known as X": past the name to its description
			j -= 2
			if d.toks[j+1].lower == "called" {
				j++
			}
			for n := 0; j > lo && n < 4 && d.mentAt[j] == nil && d.toks[j].kind == tWord && !d.toks[j].cap && d.toks[j].lower != "by"; n++ {
				j--
			}
		}
	}
	if j > lo && d.toks[j].lower == "by" && backVerbs[d.toks[j-1].lower] {
		return j - 1
	}
	return -1
}

// andWithAfter is the index of "with" in ", and (later) with" that closes
// the relative clause opened at toks[k]; 0 when none does.
func (d *doc) andWithAfter(k, hi int) int {
	j := k + 1
	for j < hi && j < k+15 && d.toks[j].text != "," && d.toks[j].kind != tQuote && d.toks[j].text != ";" {
		j++
	}
	if j+2 >= hi || d.toks[j].text != "," || d.toks[j+1].lower != "and" {
		return 0
	}
	j += 2
	if w := d.toks[j].lower; w == "later" || w == "then" || w == "also" || w == "afterwards" || w == "separately" {
		j++
	}
	if j < hi && d.toks[j].lower == "with" {
		return j
	}
	return 0
}

// beforeParens is the token before a short parenthesis that ends at
// toks[i] ("the Varnok Front (VF)": the name's last word), else i.
func (d *doc) beforeParens(i, lo int) int {
	if i <= lo || d.toks[i].text != ")" {
		return i
	}
	k := i - 1
	for k > lo && k > i-6 && d.toks[k].text != "(" && d.toks[k].text != ")" {
		k--
	}
	if k > lo && d.toks[k].text == "(" {
		return k - 1
	}
	return i
}

// objects lists the entities named in the object of the verb at toks[v]:
// places, organizations and people, not possessors; a demonym counts only
// when nothing more specific is named.
func (d *doc) objects(v, hi int, src *entity) []*entity {
	var named, demo, owners []*entity
	fresh, origin := false, false
	inLoc, andLoc := false, false // the last place named was where the target is; "and" goes on with such places
	chain := false                // a comma chain of larger places is under way ("X district, Y regency, Z,")
	qv, from := d.inQuote[v], v+1
	if c := d.scareQuoteAround(v); c > v && c < hi {
		qv, from = false, c+1 // "it had “eliminated” X": the verb in scare quotes, its object outside
	}
	if g := d.attackersObject(from, hi, src); g != nil {
		return []*entity{g} // "air strikes on fighters retreating towards X": the group that attacked, not X
	}
	if o := d.pronounOwnerObject(v, from, hi, src); o != nil {
		return []*entity{o} // "accused X of attacking its delegates": the accuser's delegates
	}
	for k := from; k < hi && k < v+window; k++ {
		t := &d.toks[k]
		if t.text == "," && k+1 < hi && d.toks[k+1].lower == "with" && len(named)+len(demo) > 0 {
			break // "an invasion of X, with troops pouring in": how, no further target
		}
		if t.kind == tQuote && !qv {
			if c := d.shortQuoteEnd(k); c > k && c < hi {
				// "struck “terror targets” in X": a phrase in scare quotes;
				// "struck “Hezbollah terrorists”": the group it names
				for x := k + 1; x < c && len(named) == 0; x++ {
					if m := d.mentAt[x]; m != nil && m.ent != nil && m.lo == x && !m.demonym && (m.ent.kind == kg.Organization || m.ent.kind == kg.Person) && m.ent != src {
						named = append(named, m.ent)
					}
				}
				k = c
				continue
			}
		}
		if d.inQuote[k] != qv || t.kind == tQuote || t.text == ";" || t.text == "(" || d.inQuote[k] && t.text == "," {
			break
		}
		if t.lower == "what" {
			// "on what it said were militant camps in X": the attacker's
			// own words for the target, which lies beyond them
			if j := d.whatItCalled(k, hi); j > k {
				k = j
				continue
			}
			if k > v+1 && d.toks[k-1].lower == "in" {
				break // "in what President X called retaliation": words about the attack
			}
		}
		if t.lower == "and" && k > v+1 && k+1 < hi && attackPreps[d.toks[k-1].lower] && d.mentAt[k+1] == nil && attackVerbs[d.toks[k+1].lower] {
			k++ // "fired water cannons at and rammed X": both verbs' object
			continue
		}
		if t.text == "," && d.attribution(k+1, hi) {
			break // "..., the ministry said": the speaker is no object
		}
		if (t.lower == "since" || t.lower == "because" || t.lower == "while" || t.lower == "although" || t.lower == "whereas") && k > v+1 && !d.inQuote[k] {
			break // "attacks inside Kenya since Kenyan troops entered Somalia": a clause of its own
		}
		if t.lower == "with" && len(named)+len(demo) > 0 && k+1 < hi && (d.toks[k+1].kind == tNum || numberWords[d.toks[k+1].lower] || weaponNouns[d.toks[k+1].lower]) {
			break // "attacked Ukraine with 146 Shahed-type drones": with what, no target
		}
		if t.lower == "with" && k > v+1 && borderNouns[d.toks[k-1].lower] {
			if m := d.mentAt[min(k+1, hi-1)]; m != nil && m.lo == k+1 {
				k = m.hi - 1 // "near Iraq's border with Iran": the other side of a border, where
				continue
			}
		}
		if (t.lower == "it" || t.lower == "they" || t.lower == "he" || t.lower == "she" || t.lower == "we") && k > v+1 && !d.inQuote[k] {
			break // "villages it accuses of cooperating with the army": a clause of its own
		}
		if (t.lower == "in" || t.lower == "on" || t.lower == "through" || t.lower == "via") && d.claimMedium(k, hi) {
			break // "claimed the attack on Tuesday in a statement released through X": where it was said
		}
		if t.text == "," && len(named)+len(demo) == 0 && k+4 < hi && d.toks[k+1].lower == "which" && beForms[d.toks[k+2].lower] && keeperVerbs[d.toks[k+3].lower] && d.toks[k+4].lower == "by" {
			k += 4 // "stormed the compound, which is manned by X": the compound is X's
			continue
		}
		if t.text == "," && len(named) > 0 && k+1 < hi && (d.toks[k+1].lower == "who" || d.toks[k+1].lower == "which") {
			// "talks with X, who heads the army, and later with Y": past
			// the relative clause to the second party
			if j := d.andWithAfter(k+1, hi); j > 0 {
				k = j
				continue
			}
		}
		if t.text == "," && len(named) > 0 && named[len(named)-1].kind == kg.Person && k+1 < hi && appositionOpeners[d.toks[k+1].lower] {
			// "killed Ana Costa, the head of the Varnok Front": who she
			// was, no second target; but ", and Rui Lopes, the deputy"
			// after it names one
			j := k + 1
			for j < hi && j < k+15 && d.toks[j].text != "," {
				j++
			}
			if j+2 < hi && d.toks[j].text == "," && d.toks[j+1].lower == "and" {
				if m := d.mentAt[j+2]; m != nil && m.ent != nil && m.ent.kind == kg.Person && m.lo == j+2 {
					k = j + 1
					continue
				}
			}
			break
		}
		if t.text == "," && len(named) > 0 && named[len(named)-1].kind == kg.Place && k+2 < hi && d.toks[k+1].lower == "the" && d.mentAt[k+2] == nil && !d.toks[k+2].cap {
			// "captured Goma, the main city of eastern Congo, and Bukavu":
			// what the place is, no second target
			j := k + 2
			for j < hi && j < k+12 && d.toks[j].text != "," {
				j++
			}
			if j < hi && d.toks[j].text == "," {
				k = j
				continue
			}
			break
		}
		if t.text == "," && len(named)+len(demo) > 0 && k+2 < hi && (d.toks[k+1].lower == "a" || d.toks[k+1].lower == "an" || d.toks[k+1].lower == "the" && ordinalsOrSuperlatives[d.toks[k+2].lower]) {
			break // "struck X near Y on Saturday, the first military action by ...": words about the attack
		}
		if t.text == "," && len(named) > 0 && named[len(named)-1].kind == kg.Place && k+1 < hi && (d.toks[k+1].lower == "on" || d.toks[k+1].lower == "at" || d.toks[k+1].lower == "in") {
			// "Abu Shouk camp, on the northern edge of El Fasher,": where
			// the target lies, no second target
			j := k + 1
			edge := false
			for j < hi && j < k+12 && d.toks[j].text != "," {
				edge = edge || edgeNouns[d.toks[j].lower]
				j++
			}
			if edge && j < hi && d.toks[j].text == "," {
				k = j
				continue
			}
		}
		if t.text == "," && len(named) > 0 && named[len(named)-1].kind == kg.Place && !fresh {
			// "a post in Sugapa district, Intan Jaya regency, Central
			// Papua,": the larger places where the target lies
			if m := d.mentAt[min(k+1, hi-1)]; k+1 < hi && m != nil && m.ent != nil && m.lo == k+1 && m.ent.kind == kg.Place && d.largerPlace(m, chain) {
				k = m.hi - 1
				inLoc, chain = true, true
				continue
			}
		}
		if t.lower == "and" && d.verbAt(k+1) {
			break // "seized power and detained X": a second verb, not a second target
		}
		if len(named)+len(demo) > 0 && d.supportOpener(k) {
			break // "against X with the support of militias, AU troops and Y": who helped, no target
		}
		if (t.lower == "in" && (d.peek(k+1) == "support" || d.peek(k+1) == "solidarity") || t.lower == "on" && d.peek(k+1) == "behalf") && len(named)+len(demo) > 0 {
			break // "fired at Israel in support of its ally Hamas": for whom, not at whom
		}
		if stopObject[t.lower] && !(t.lower == "and" && len(named) > 0) {
			if t.lower == "and" {
				continue
			}
			break
		}
		if t.lower == "and" {
			if k+1 >= hi {
				break // "... and" ending the sentence: nothing after it
			}
			if d.clauseAfter(k+1, hi) {
				break // "..., and Russia sent tanks": a new clause, not a second target
			}
			if m := d.mentAt[k+1]; inLoc && m != nil && m.ent != nil && m.ent.kind == kg.Place && m.lo == k+1 {
				andLoc = true // "against X in the Puno and Tacna regions": where, still
				continue
			}
			fresh = true // "an airfield near X and a depot in Y": a second target
			continue
		}
		if (t.lower == "killing" || t.lower == "wounding") && len(named)+len(demo) > 0 {
			break
		}
		if i := strings.LastIndexByte(t.text, '-'); i > 0 && ownedSuffixes[strings.ToLower(t.text[i+1:])] {
			// "the Hamas-run ministry": the facility's owner is hit
			if e := d.knownAs(t.text[:i]); e != nil && e != src {
				named = append(named, e)
				fresh = false
			}
			continue
		}
		if (t.lower == "neighbor" || t.lower == "neighbour") && k > v+1 && (d.toks[k-1].lower == "its" || d.toks[k-1].lower == "their") && len(named) == 0 {
			// "an invasion of its neighbor": the other country the text
			// named last
			if e := d.otherCountry(k, src); e != nil {
				named = append(named, e)
			}
			continue
		}
		if (t.lower == "its" || t.lower == "their") && len(named) == 0 && k+1 < hi && ownedSites[d.toks[k+1].lower] {
			// "the army said X had shelled its positions": the speaker's own
			if e, _ := d.ownerOfPronoun(k, d.sents[d.sentOf[v]].lo); e != nil && e != src {
				named = append(named, e)
				fresh = false
				k++
				continue
			}
		}
		if (t.lower == "him" || t.lower == "her" && !d.nounAfter(k)) && len(named) == 0 {
			// "attacked her": the person named last who is not the attacker
			if e := d.otherPerson(k, src); e != nil {
				named = append(named, e)
			}
			continue
		}
		if o := personnelOwners[t.lower]; o != "" && !t.cap && len(named) == 0 && d.mentAt[k] == nil && d.plainObject(v, k) && d.peek(k+1) != "of" {
			// "rebels attacked the soldiers", "ambushed policemen": the
			// force the article names as theirs
			if e := d.ownerByNoun(o, src); e != nil {
				named = append(named, e)
				fresh = false
			}
			continue
		}
		if ownerNouns[t.lower] && !t.cap && len(named) == 0 && d.mentAt[k] == nil && d.facilityAfter(k+1, hi) {
			// "ambushed an army convoy", "attacked a police station": the
			// force or body the article names as the facility's owner
			if e := d.ownerByNoun(t.lower, src); e != nil {
				named = append(named, e)
				fresh = false
			}
			continue
		}
		m := d.mentAt[k]
		if m == nil || m.ent == nil {
			continue
		}
		if n := d.mentAt[min(m.hi, hi-1)]; m.ent.kind == kg.Place && m.hi < hi && n != nil && n != m && n.ent != nil && n.lo <= m.lo && n.hi > m.hi {
			m = n // "attacked a Kosovo police patrol": the police the place's name opens
		}
		if m.hi < hi && (sayVerbs[d.toks[m.hi].lower] || d.toks[m.hi].lower == "described" || d.toks[m.hi].lower == "identified") && m.lo > v+1 && !attackPreps[d.toks[m.lo-1].lower] && d.toks[m.lo-1].text != "," {
			if p := m.lo - 1; d.toks[p].lower == "the" && p > v+1 && !attackPreps[d.toks[p-1].lower] || d.toks[p].lower != "the" {
				break // "killed a man the Israeli military said was an operative": who speaks of the victim, no target
			}
		}
		k = m.hi - 1
		if d.madeBy(m) {
			continue // "U.S.-made missiles": where the weapon comes from, no target
		}
		if o := d.mentAt[max(m.lo-2, 0)]; m.ent.kind == kg.Place && m.lo >= 2 && m.hi < hi && facilityNouns[d.toks[m.hi].lower] && !d.toks[m.hi].cap &&
			(d.toks[m.lo-1].lower == "'s" || d.toks[m.lo-1].lower == "\u2019s") && o != nil && o.ent != nil && o.ent != src && d.isCountry(o.ent) && len(named) == 0 {
			named = append(named, o.ent) // "attacked Ukraine's Danube ports": the owner; the river only names the ports
			fresh = false
			k = m.hi
			continue
		}
		if c := d.capitalNamed(m); c != nil && c != src {
			named = append(named, c) // "a base in Somalia's capital": Mogadishu, which the article names
			fresh = false
			k = m.hi
			continue
		}
		if m.ent != src && d.possessor(m) && m.ent.kind != kg.Event && !m.poss && d.ownsUnnamed(m) {
			if fresh && len(named) > 0 && m.ent.kind == kg.Place && !slices.Contains(named, m.ent) {
				// "bombed Tacna port and Lima's international airport": a
				// second target, the owner of the second site
				named = append(named, m.ent)
				fresh = false
				continue
			}
			owners = append(owners, m.ent) // "at Peru's southern towns": the owner
			continue
		}
		if m.ent == src || d.possessor(m) || m.ent.kind == kg.Event {
			continue
		}
		if n := d.peek(m.hi); eventClass[n] == "war" && m.hi < hi && !d.toks[m.hi].cap {
			continue // "in the 1967 Mideast war", "since the Gaza war": the place names the war, no target
		}
		if f := m.lo - 1; f > v && (d.toks[f].lower == "from" || d.toks[f].lower == "the" && f-1 > v && d.toks[f-1].lower == "from") {
			origin = true
			continue // "troops crossing the border from Belarus", "an attack on Peru from the Tarn Valley": where they came from
		}
		if f := m.lo - 1; origin && f > v && (d.toks[f].text == "," || d.toks[f].lower == "and") {
			continue // "pouring in from Belarus, Russia and Crimea": every one of them
		}
		origin = false
		if m.hi+2 < hi && (placeNouns[d.toks[m.hi].lower] && !adminWords[d.toks[m.hi].lower] && d.toks[m.hi].lower != "area" || d.toks[m.hi].lower == "port" || d.toks[m.hi].lower == "harbour" || d.toks[m.hi].lower == "harbor") && d.toks[m.hi+1].lower == "of" && d.mentAt[m.hi+2] != nil {
			continue // "the Pacific port of Arica": Arica; but "the Bara area of Khyber" is Bara, in Khyber
		}
		if m.hi+3 < hi && (d.toks[m.hi].lower == "port" || d.toks[m.hi].lower == "coastal" || d.toks[m.hi].lower == "border") && placeNouns[d.toks[m.hi+1].lower] && d.toks[m.hi+2].lower == "of" && d.mentAt[m.hi+3] != nil {
			continue // "the Black Sea port city of Odesa": Odesa
		}
		if m.demonym {
			if d.ownedThing(m.hi, hi) && len(named) == 0 {
				// "sank a Chilean patrol boat off Ilo", "ambushed Peruvian
				// soldiers near Puno": the owner is hit, the place is where;
				// "Chilean posts" are the Chilean army's, when it is named
				owner := m.ent
				if militarySites[d.peek(m.hi)] && d.mentAt[m.hi] == nil {
					owner = d.forcesFor(m.ent)
				}
				named = append(named, owner)
				fresh = false
				continue
			}
			demo = append(demo, m.ent)
			continue
		}
		p := m.lo - 1
		bearing := false // "positions east of the city": where they are
		within := false  // "in Kotli district of Kashmir": the larger place
		for p > v {
			w := d.toks[p].lower
			if compass[w] || w == "the" || strings.HasSuffix(w, "-western") || strings.HasSuffix(w, "-eastern") || placeAdjectives[w] {
				p-- // "in southern Israel", "in north-western Pakistan", "in the Donetsk region"
				continue
			}
			if i := strings.LastIndexByte(w, '-'); i > 0 && holderSuffixes[w[i+1:]] {
				p-- // "in Pakistan-administered Kashmir", "in rebel-held Goma"
				continue
			}
			if (w == "'s" || w == "\u2019s") && p-1 > v {
				if pm := d.mentAt[p-1]; pm != nil && pm.ent != nil && pm.ent.kind == kg.Place && pm.lo > v {
					p = pm.lo - 1 // "in Peru's Puno province", "in eastern Congo's North Kivu province"
					continue
				}
			}
			if w == "of" && p-1 > v && (placeNouns[d.toks[p-1].lower] || d.toks[p-1].lower == "area") {
				if pm := d.mentAt[p-2]; p-2 > v && pm != nil && pm.ent != nil && pm.ent.kind == kg.Place && pm.hi == p-1 {
					within = true // "the village of X in Kotli district of Kashmir", "the Tarma district of Peru", "the Bara area of Khyber"
					break
				}
				p -= 2 // "near the southern city of Tacna"
				continue
			}
			bearing = w == "of" && p-1 > v && compass[d.toks[p-1].lower]
			break
		}
		if len(named) > 0 && m.ent.kind == kg.Place && (locatives[d.toks[p].lower] || d.toks[p].lower == "off" || andLoc || bearing || within) && !fresh {
			inLoc, andLoc = true, false
			continue // "Sake in North Kivu": where the target is, not a second one
		}
		fresh, inLoc, andLoc = false, false, false
		named = append(named, m.ent)
	}
	if g := d.groupSites(v, hi); g != nil && g != src && len(owners) == 0 && len(demo) == 0 && !slices.Contains(named, g) {
		return append([]*entity{g}, named...) // "struck rebel positions near X": the rebels the story is about
	}
	if len(named) > 0 {
		return named
	}
	if len(owners) > 0 {
		return owners[:1]
	}
	return demo
}

// includingAside is where the aside ", including ...," that ends with the
// comma at toks[end] opens, or -1: "killed five people, including a boy,
// during a raid".
func (d *doc) includingAside(end int) int {
	for c := end - 1; c > end-10 && c > 0; c-- {
		if d.toks[c].text == "," {
			if d.toks[c+1].lower == "including" {
				return c
			}
			return -1
		}
	}
	return -1
}

// groupSites reads "rebel positions", "militant hideouts" right after
// toks[v]: the one armed group the article names, or nil.
func (d *doc) groupSites(v, hi int) *entity {
	for k := v + 1; k+1 < hi && k < v+5; k++ {
		if d.mentAt[k] != nil || d.toks[k].text == "," {
			return nil
		}
		if sideAdjectives[d.toks[k].lower] && groupSiteNouns[d.toks[k+1].lower] {
			return d.oneArmedGroup(k)
		}
	}
	return nil
}

// troopsOf is whose troops a body's are: a government body's (the
// "Russian defence ministry" said "its troops") are its country's forces;
// any other body's are its own.
func (d *doc) troopsOf(e *entity) *entity {
	if e.kind != kg.Organization || d.orgKind(e) != "government" {
		return e
	}
	if dem, _, ok := strings.Cut(e.name, " "); ok {
		if c, ok := gazetteer.Demonym(dem); ok {
			if ce := d.knownAs(c); ce != nil && ce.kind == kg.Place {
				return d.forcesFor(ce)
			}
		}
	}
	return e
}

// namedIn reports a mention of e in sentence si.
func (d *doc) namedIn(si int, e *entity) bool {
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if m := d.mentAt[k]; m != nil && m.ent == e {
			return true
		}
	}
	return false
}

// pronounOwnerObject reads an object "its" or "their" and what a side
// owns in an accusation ("X accused Y of attacking its delegates"): the
// accuser, whom the pronoun stands for; nil otherwise.
func (d *doc) pronounOwnerObject(v, k, hi int, src *entity) *entity {
	if k < hi && attackPreps[d.toks[k].lower] {
		k++
	}
	if n := k; n+2 < hi && (numberWords[d.toks[n].lower] || d.toks[n].kind == tNum) && d.toks[n+1].lower == "of" {
		k = n + 2 // "two of its election delegates"
	}
	if k+1 >= hi || d.toks[k].lower != "its" && d.toks[k].lower != "their" || d.mentAt[k] != nil && d.mentAt[k].ent != nil {
		return nil
	}
	n := k + 1
	if n+1 < hi && !d.toks[n].cap && d.mentAt[n] == nil && !ownedNouns[d.toks[n].lower] && !partyPeople[d.toks[n].lower] {
		n++ // "its election delegates"
	}
	if n >= hi || d.toks[n].cap || !ownedNouns[d.toks[n].lower] && !partyPeople[d.toks[n].lower] {
		return nil
	}
	lo := d.sents[d.sentOf[v]].lo
	for j := v - 1; j > lo && j > v-12; j-- {
		if w := d.toks[j].lower; w == "accused" || w == "accuses" || w == "accusing" || w == "blamed" || w == "blames" {
			if a, _ := d.actorBefore(j, lo); a != nil && a != src && a.kind != kg.Person && a.kind != kg.Event {
				return a // "X accused Y of attacking its delegates": X's
			}
			return nil
		}
	}
	return nil
}

// attackersObject is the armed group an object of only a noun of
// attackers at toks[k] stands for ("strikes on fighters fleeing", "fired
// at the militants"): the last attacker, if an organization named within
// three sentences, else the one armed group of the article, other than
// src; nil otherwise.
func (d *doc) attackersObject(k, hi int, src *entity) *entity {
	if k < hi && attackPreps[d.toks[k].lower] {
		k++
	}
	if k < hi && d.toks[k].lower == "the" {
		k++
	}
	if k >= hi || d.mentAt[k] != nil || !attackerNouns[d.toks[k].lower] || d.toks[k].cap {
		return nil
	}
	if k+1 < hi && (d.mentAt[k+1] != nil || d.toks[k+1].lower == "of" || d.toks[k+1].lower == "from" || d.toks[k+1].lower == "loyal") {
		return nil // "militants of the X", "fighters from X": the named group is another pattern's
	}
	g := d.lastAttacker
	if g == nil || g.kind != kg.Organization || int(d.sentOf[k])-d.lastAttackSent > 3 {
		g = d.oneArmedGroup(k)
	}
	if g == nil || g == src {
		return nil
	}
	return g
}

// ownedThing reports a vessel, aircraft, force or post right after a
// demonym ending at toks[k], past a few modifiers: "a Chilean patrol
// boat", "Peruvian soldiers".
func (d *doc) ownedThing(k, hi int) bool {
	for n := 0; k < hi && n < 3; n, k = n+1, k+1 {
		t := &d.toks[k]
		if t.kind != tWord || t.cap || d.mentAt[k] != nil {
			return false
		}
		if ownedNouns[t.lower] {
			return true
		}
	}
	return false
}

// supportersOf reports "supporters of" (past titles) before toks[k]: the
// people who act are the supporters, not the one they support.
func (d *doc) supportersOf(k, lo int) bool {
	j := k - 1
	for j > lo {
		if m := d.mentAt[j]; m != nil && m.demonym {
			j = m.lo - 1 // "supporters of former Brazilian President X"
			continue
		}
		if _, title := d.isTitle(j); !title && !lowerTitleModifiers[d.toks[j].lower] {
			break
		}
		j--
	}
	return j > lo && d.toks[j].lower == "of" && supporterNouns[d.toks[j-1].lower]
}

// sided reports a name at toks[k] that a "pro-" or "anti-" before it
// turns into a side taken: "pro-Russian", "anti-government".
func (d *doc) sided(k int) bool {
	w := d.toks[k].lower
	if strings.HasPrefix(w, "pro-") || strings.HasPrefix(w, "anti-") {
		return true
	}
	return k > 0 && (d.toks[k-1].lower == "pro-" || d.toks[k-1].lower == "anti-") && d.toks[k-1].end == d.toks[k].start
}

// policeNamed reports a police force, whose raids are arrests and
// searches, not attacks.
func policeNamed(e *entity) bool {
	return e != nil && e.kind == kg.Organization && strings.Contains(strings.ToLower(e.name), "police")
}

// verbAt reports a past verb at toks[k] that opens a second predicate:
// "seized power and detained X".
func (d *doc) verbAt(k int) bool {
	if k >= len(d.toks) || d.mentAt[k] != nil {
		return false
	}
	t := &d.toks[k]
	if t.kind != tWord || t.cap || k+1 >= len(d.toks) {
		return false
	}
	n := &d.toks[k+1]
	return pastVerbs[t.lower] || strings.HasSuffix(t.lower, "ed") && !objectOpeners[t.lower] && (determiners[n.lower] || objectOpeners[n.lower] || n.cap && n.kind == tWord || d.mentAt[k+1] != nil ||
		lowerTitleModifiers[n.lower]) // "and arrested former Vice President X"
}

// clauseAfter reports a subject and its finite verb at toks[k]: "Russia
// sent", "Chile has".
func (d *doc) clauseAfter(k, hi int) bool {
	if k >= hi || k >= len(d.toks) {
		return false
	}
	m := d.mentAt[k]
	if m == nil || m.ent == nil || m.hi >= hi {
		return false
	}
	t := &d.toks[m.hi]
	if t.kind != tWord || t.cap {
		return false
	}
	w := t.lower
	return pastVerbs[w] || sayVerbs[w] || clauseVerbLike(w) || w == "will" || w == "would" || strings.HasSuffix(w, "ed") && !ownedSuffixes[w]
}

// whatItCalled reads "what it said were", "what they called", "what
// Peru described as" at toks[k] and returns its last token, or k.
func (d *doc) whatItCalled(k, hi int) int {
	j := k + 1
	for j < hi && j < k+5 && (d.toks[j].kind == tWord && (personPronouns[d.toks[j].lower] || d.toks[j].lower == "it" || d.toks[j].lower == "they") || d.mentAt[j] != nil) {
		if m := d.mentAt[j]; m != nil {
			j = m.hi
		} else {
			j++
		}
	}
	if j >= hi || j == k+1 {
		return k
	}
	switch d.toks[j].lower {
	case "said", "says", "called", "calls", "described", "describes", "claimed", "claims", "termed":
	default:
		return k
	}
	if j+1 < hi {
		switch d.toks[j+1].lower {
		case "were", "was", "are", "is", "as":
			j++
		}
	}
	return j
}

// otherCountry is the country named last before toks[i], by name or
// demonym, that is not not; nil if none is within a few paragraphs.
func (d *doc) otherCountry(i int, not *entity) *entity {
	for _, e := range d.lastTwo(i, false) {
		if e != not {
			return e
		}
	}
	return nil
}

// killedMembers reads "35 Boko Haram fighters", "at least 20 Varnok Front
// militants", "dozens of Russian soldiers" at toks[k]: a count, then a
// group or a country's demonym, then its fighters. It returns the group or
// country, or nil.
func (d *doc) killedMembers(k, hi int) *entity {
	if k < hi && d.toks[k].kind == tQuote {
		k++ // killed “about 40 terrorists”
	}
	for n := 0; k < hi && n < 4; n++ {
		w := d.toks[k].lower
		if d.toks[k].kind != tNum && !numberWords[w] && w != "at" && w != "least" && w != "more" && w != "than" && w != "of" && w != "about" && w != "some" &&
			!memberMods[w] && !(w == "the" && k > 0 && d.toks[k-1].lower == "of" && d.mentAt[k] == nil) {
			break // "killed three of the Varnok Front gunmen": past "of the"
		}
		k++
	}
	if k+2 < hi && d.mentAt[k] == nil && (insurgentNouns[d.toks[k].lower] || d.toks[k].lower == "members") && (d.toks[k+1].lower == "from" || d.toks[k+1].lower == "of") {
		// "killed 30 fighters from the Varnok Front": the group
		j := k + 2
		if d.toks[j].lower == "the" && j+1 < hi {
			j++
		}
		for n := 0; j < hi && n < 3 && d.mentAt[j] == nil && d.toks[j].kind == tWord; n++ {
			j++ // "fighters from the Islamist group X"
		}
		if m := d.mentAt[min(j, hi-1)]; m != nil && m.ent != nil && m.ent.kind == kg.Organization {
			return m.ent
		}
		return nil
	}
	if k < hi && d.mentAt[k] == nil && (insurgentNouns[d.toks[k].lower] || d.toks[k].lower == "terrorists" || d.toks[k].lower == "attackers" || d.toks[k].lower == "assailants") &&
		!(k+1 < hi && (d.toks[k+1].lower == "from" || d.toks[k+1].lower == "of")) {
		// "The Varnok Front attacked a convoy. The army killed about 40
		// terrorists": the attackers just told of
		if a := d.lastAttacker; a != nil && int(d.sentOf[k])-d.lastAttackSent <= 2 && a.kind == kg.Organization && d.armedSide(a) {
			return a
		}
		return d.onlyArmedGroupBefore(k) // "the army repelled the attack and killed 47 militants": the one armed group the story has named
	}
	if k < hi && k > 0 && d.toks[k-1].lower == "of" && d.toks[k].lower == "them" {
		// "pursued the attackers and killed nine of them": the armed
		// group named or referred to last in the sentence
		for j := k - 1; j >= d.sents[d.sentOf[k]].lo; j-- {
			if m := d.mentAt[j]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && d.armedSide(m.ent) {
				return m.ent
			}
		}
		return nil
	}
	m := d.mentAt[min(k, hi-1)]
	if k >= hi || m == nil || m.ent == nil || m.ent.kind == kg.Person || m.ent.kind == kg.Event {
		return nil
	}
	if m.ref && k > 0 && d.toks[k-1].lower == "of" && m.ent.kind == kg.Organization {
		return m.ent // "killed four of the attackers": the group they are
	}
	if m.hi >= hi {
		return nil
	}
	if w := d.toks[m.hi].lower; forceNouns[w] || insurgentNouns[w] || w == "members" || groupRanks[w] {
		n := m.hi + 1
		if n+1 < hi && d.toks[n].text == "," {
			n++ // "a Varnok Front commander, Rui Lopes,"
		}
		if p := d.mentAt[min(n, hi-1)]; groupRanks[d.toks[m.hi].lower] && p != nil && p.ent != nil && p.ent.kind == kg.Person {
			return p.ent // "killed Varnok Front commander Rui Lopes": the person
		}
		return m.ent
	}
	return nil
}

// futureAfter reports an attack noun at toks[n] that is the subject of a
// future: "the strikes on X will continue", "its raids would go on".
func (d *doc) futureAfter(n, hi int) bool {
	for k := n + 1; k < hi && k < n+8; k++ {
		t := &d.toks[k]
		if t.text == "," || t.kind == tQuote || clauseVerbLike(t.lower) {
			return false
		}
		if t.lower == "will" || t.lower == "would" || t.lower == "shall" {
			return true
		}
	}
	return false
}

// clauseVerbLike reports a finite verb that ends a noun phrase before a
// modal could follow it.
func clauseVerbLike(w string) bool {
	return w == "was" || w == "were" || w == "is" || w == "are" || w == "had" || w == "has" || casualtyVerbs[w]
}

// madeBy reports a name that says where a thing was made or who gave it:
// "U.S.-made missiles", "Iranian-supplied drones".
func (d *doc) madeBy(m *mention) bool {
	k := m.hi
	if k+1 < len(d.toks) && d.toks[k].text == "-" && d.toks[k].start == d.toks[k-1].end && madeWords[d.toks[k+1].lower] {
		return true
	}
	return false
}

// shortQuoteEnd is the closing mark of a quotation of a few words opening
// at toks[o] inside one sentence (a phrase in scare quotes), or -1.
// scareQuoteAround returns the closing mark of a quotation of at most
// two words that holds toks[v] ("had “eliminated” X"), or -1.
func (d *doc) scareQuoteAround(v int) int {
	if !d.inQuote[v] || v == 0 {
		return -1
	}
	o := v - 1
	for o > 0 && o > v-3 && d.toks[o].kind != tQuote {
		o--
	}
	if d.toks[o].kind != tQuote {
		return -1
	}
	if c := d.shortQuoteEnd(o); c > v && c-o <= 3 {
		return c
	}
	return -1
}

func (d *doc) shortQuoteEnd(o int) int {
	if c := d.quoteClose(o); c >= 0 && c-o <= 7 {
		return c
	}
	return -1
}

// largerPlace reports a place mention that names a region or country
// around the place before it rather than a second place: a known country
// or region, a name followed by its kind ("Intan Jaya regency"), or the
// next link of a chain of such places, then a comma or the end of the
// clause.
func (d *doc) largerPlace(m *mention, chain bool) bool {
	j := m.hi
	admin := j < len(d.toks) && !d.toks[j].cap && adminWords[d.toks[j].lower]
	if admin {
		j++
	}
	if j < len(d.toks) && d.toks[j].text != "," && d.toks[j].text != "." && d.toks[j].lower != "on" {
		return false // "Tarma, Junin and Puno": a list
	}
	if admin || chain || d.isCountry(m.ent) {
		return true
	}
	p, ok := gazetteer.LookupPlace(m.ent.name)
	return ok && p.Kind == gazetteer.Subdivision
}

// ownsUnnamed reports a possessor whose possession names nothing: "Israel's
// southern towns", not "Israel's ally Egypt".
func (d *doc) ownsUnnamed(m *mention) bool {
	k := m.hi + 1 // past "'s"
	for ; k < len(d.toks) && k < m.hi+5; k++ {
		t := &d.toks[k]
		if d.mentAt[k] != nil || t.cap || t.kind != tWord {
			return false
		}
		if facilityNouns[t.lower] || m.ent != nil && m.ent.kind == kg.Organization && groupMembers[t.lower] {
			return true // "Peru's southern towns", "killed much of Hezbollah's senior leadership"
		}
		if roleWords[t.lower] && m.ent != nil && m.ent.kind == kg.Place && d.isCountry(m.ent) {
			return true // "talks with Jordan's interior minister": an office of the country, unnamed
		}
	}
	return false
}

// victimsPlace is the place where unnamed victims of a killing or a
// shooting at toks[v] were hit: "shot and wounded two young men in the
// village of X", "killed five civilians in X"; the first of objs when it
// is a place the object names after a locative, else nil.
func (d *doc) victimsPlace(v, hi int, objs []*entity) *entity {
	if len(objs) == 0 || objs[0].kind != kg.Place {
		return nil
	}
	for k := v + 1; k < hi && k < v+12; k++ {
		if m := d.mentAt[k]; m != nil && m.ent != nil && !m.demonym {
			if m.ent != objs[0] {
				return nil // someone or something named first
			}
			p := m.lo - 1
			for p > v && (d.toks[p].lower == "the" || d.toks[p].lower == "of" || placeNouns[d.toks[p].lower] || compass[d.toks[p].lower]) {
				p--
			}
			if locatives[d.toks[p].lower] || d.toks[p].lower == "near" {
				return objs[0]
			}
			return nil
		}
	}
	return nil
}

// tollVerb reports a killing verb at toks[v] that sums up a toll, not one
// attack: "has killed thousands", "which killed 20 people".
func (d *doc) tollVerb(v int) bool {
	for k := v - 1; k >= 0 && k >= v-3; k-- {
		switch d.toks[k].lower {
		case "has", "have", "had", "which", "that", "who":
			return true
		}
		if d.toks[k].kind != tWord || !lyAdverb(d.toks[k]) && d.toks[k].lower != "also" {
			return false
		}
	}
	return false
}

// civilianVictims reports unnamed people who take no part in fighting as
// the object that opens at toks[k]: "at least 11 farmers", "dozens of
// civilians", "five people".
func (d *doc) civilianVictims(k, hi int) bool {
	for n := 0; k < hi && n < 7; k, n = k+1, n+1 {
		t := &d.toks[k]
		if d.mentAt[k] != nil || t.kind == tPunct {
			return false
		}
		if civilianNouns[t.lower] {
			return true
		}
		if t.kind != tNum && !numberWords[t.lower] && !quantityWords[t.lower] && !(t.kind == tWord && !t.cap && k+1 < hi && civilianNouns[d.toks[k+1].lower]) {
			return false // "killed 30 militants", "killed the governor"
		}
	}
	return false
}

// unnamedAttackEvent records the attack told at toks[v], whose attacker
// the text does not name, as an EVENT named after the place it hit and
// what it was ("Tarma bombing", "Tarma shooting"): the guidelines' "a bomb
// went off at a bus station in Rosario" is such an event.
func (d *doc) unnamedAttackEvent(si, v int, place *entity) {
	if d.evs == nil || place == nil || place.kind != kg.Place || d.isCountry(place) || d.tcase[si] {
		return
	}
	s := d.sents[si]
	armed := false // the subject is a doer or a weapon of violence, not a storm or a word
	for k := max(s.lo, v-6); k < v; k++ {
		w := d.toks[k].lower
		armed = armed || perpetrators[w] || weaponNouns[w] || blastNouns[w] || w == "explosives" || w == "device"
	}
	if !armed {
		return
	}
	for k := s.lo; k < s.hi; k++ {
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Event {
			return // "jets struck X during Operation Y": part of the event named
		}
	}
	for _, e := range d.evSents[si] {
		if strings.HasPrefix(e.name, place.name+" ") {
			return // "the blast hit the Tarma Hotel": the event its noun names after the place
		}
	}
	noun := attackKind[d.toks[v].lower] // "shelled": a shelling
	for k := s.lo; k < s.hi && k <= v+1 && noun == ""; k++ {
		if n := attackKind[d.toks[k].lower]; n != "shooting" || d.toks[v].lower == "fire" || d.toks[v].lower == "fired" {
			noun = n // "a bomb exploded": a bombing; but "gunmen stormed X" is an attack, not a shooting
		}
	}
	if noun == "" {
		noun = "attack"
	}
	e := d.eventFor("attack", place, place.name+" "+noun, si, false)
	d.eventWord(e, v)
}

// facilityAfter reports a facility noun at toks[k] or after one modifier:
// "convoy", "supply convoy".
func (d *doc) facilityAfter(k, hi int) bool {
	for n := 0; k < hi && n < 2; n, k = n+1, k+1 {
		t := &d.toks[k]
		if t.kind != tWord || t.cap || d.mentAt[k] != nil {
			return false
		}
		if facilityNouns[t.lower] || t.lower == "station" || t.lower == "stations" || t.lower == "vehicle" || t.lower == "vehicles" || t.lower == "patrol" || t.lower == "patrols" {
			return true
		}
	}
	return false
}

// ownerByNoun is the one organization of the article that noun ("army",
// "police", "government") names as an owner: its army or military for
// "army" and "military", the body with "police" in its name for "police",
// the government for "government"; nil when the article names none, or
// more than one, or only the attacker.
func (d *doc) ownerByNoun(noun string, src *entity) *entity {
	var found *entity
	for _, e := range d.ents {
		if e.kind != kg.Organization || e == src || !d.ownedAs(e, noun) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// homeOwnerByNoun is, among several organizations noun names as an owner
// (ownerByNoun), the one of the country of the article's dateline: "the
// Army" in a story from Jammu that names the Pakistan Army and the Indian
// Army; nil if none or more than one.
func (d *doc) homeOwnerByNoun(noun string) *entity {
	c := d.datelineCountry()
	if c == "" {
		return nil
	}
	dem, _ := gazetteer.DemonymFor(c)
	one := func(words ...string) *entity {
		return d.onlyEntity(func(e *entity) bool {
			return e.kind == kg.Organization && d.ownedAs(e, noun) && slices.ContainsFunc(words, func(w string) bool { return w != "" && strings.Contains(e.name, w) })
		})
	}
	if town := d.datelineTown(); town != "" && town != c {
		if e := one(town); e != nil {
			return e // "MUMBAI (AP) - ... Police said": the Mumbai Police, before the country's
		}
	}
	return one(c, dem)
}

// ownedAs reports an organization that noun ("army", "police",
// "government") names as an owner.
func (d *doc) ownedAs(e *entity, noun string) bool {
	lower := strings.ToLower(e.name)
	switch noun {
	case "army", "military":
		w := lastWord(lower)
		return d.orgKind(e) == "state force" && (w == "army" || w == "military" || strings.Contains(lower, "armed forces") || strings.Contains(lower, " army of ")) && !strings.Contains(lower, "police")
	case "police":
		return strings.Contains(lower, "police")
	case "government":
		return strings.HasSuffix(lower, " government")
	}
	return false
}

// plainObject reports that toks[v+1:k] hold only what may stand before
// the head of the verb's object: determiners, numbers, adjectives ("the
// soldiers", "about 20 soldiers", "two off-duty policemen").
func (d *doc) plainObject(v, k int) bool {
	if k-v > 5 {
		return false
	}
	for x := v + 1; x < k; x++ {
		t := &d.toks[x]
		if t.cap || d.mentAt[x] != nil || t.kind != tWord && t.kind != tNum || placePreps[t.lower] || locatives[t.lower] || t.lower == "and" || t.lower == "of" {
			return false
		}
	}
	return true
}

// outfitParticiple is where a participle of how the subject was armed or
// dressed stands, a few plain words before toks[i]: "armed" in "supporters
// armed with machetes had attacked"; -1 if none.
func (d *doc) outfitParticiple(i, lo int) int {
	for k := i; k > lo && k > i-6; k-- {
		t := &d.toks[k]
		if t.cap || t.kind != tWord || d.mentAt[k] != nil && d.mentAt[k].ent != nil {
			return -1
		}
		if outfitVerbs[t.lower] && k < i && d.toks[k+1].lower == "with" {
			return k
		}
	}
	return -1
}

// knownAsGroup is where the name stands in "allied militias known as X",
// "pro-government militiamen known as X" from toks[k]: a few plain words
// ending in a group's noun, then "known as" or "called"; k if not.
func (d *doc) knownAsGroup(k, hi int) int {
	for j := k; j+2 < hi && j < k+4; j++ {
		t := &d.toks[j]
		if t.cap || t.kind != tWord || d.mentAt[j] != nil {
			return k
		}
		if !(insurgentNouns[t.lower] || armedPeopleNouns[t.lower] || t.lower == "militia" || orgNouns[t.lower] || t.lower == "faction") {
			continue
		}
		switch {
		case d.toks[j+1].lower == "known" && d.toks[j+2].lower == "as" && j+3 < hi:
			return j + 3
		case d.toks[j+1].lower == "called":
			return j + 2
		}
		return k
	}
	return k
}

// coordinatedActor is the other side of "A and B <verb>": the actor named
// with "and" before the verb at toks[v] that is not a.
func (d *doc) coordinatedActor(v, lo int, a *entity) *entity {
	for k := v - 1; k > lo && k > v-12; k-- {
		if d.toks[k].lower != "and" {
			continue
		}
		if m := d.mentAt[k-1]; m != nil && m.ent != nil && m.ent != a && !d.possessor(m) {
			return m.ent
		}
		if forceNouns[d.toks[k-1].lower] {
			if e, _ := d.actorBefore(k, lo); e != nil && e != a {
				return e // "Peruvian troops and Chilean forces fought": Peru
			}
		}
		if e := d.actorAfter(k+1, v); e != nil && e != a {
			return e
		}
		return nil
	}
	return nil
}

// battleNounUse reports a battle noun after a preposition that makes it a
// noun: "killed in fighting with", "after two days of clashes with", "during
// a gunfight with".
func (d *doc) battleNounUse(v, lo int) bool {
	for k := v - 1; k >= lo && k > v-6; k-- {
		switch w := d.toks[k].lower; {
		case w == "in" || w == "during" || w == "after" || w == "of" || w == "amid":
			return true
		case w == "a" || w == "an" || w == "the" || w == "heavy" || w == "fierce" || w == "intense" || w == "bloody" || w == "deadly" || w == "days" || w == "hours" || w == "weeks" || fireModifiers[w] || numberWords[w] || d.toks[k].kind == tNum:
		default:
			return false
		}
	}
	return false
}

// openingSide is the armed side that opens the clause of toks[v] as its
// subject: "M23 rebels seized ...", "Five Malian soldiers were killed ...",
// "The army said ..." is no side (the verb of saying comes first).
func (d *doc) openingSide(si, v int) *entity {
	s := d.sents[si]
	k := d.pastDateline(s.lo, v)
	if k+3 < v && d.toks[k].lower == "on" && isWeekday(d.toks[k+1].lower) && d.toks[k+2].text == "," {
		k += 3 // "On Sunday, ..."
	}
	for k < v && (d.toks[k].kind == tNum || numberWords[d.toks[k].lower] || d.toks[k].lower == "at" || d.toks[k].lower == "least") {
		k++ // "At least five Malian soldiers"
	}
	a := d.actorAfter(k, v)
	if a == nil {
		return nil
	}
	for j := k; j < v; j++ {
		if sayVerbs[d.toks[j].lower] || d.toks[j].text == "," || d.toks[j].lower == "that" || d.toks[j].lower == "who" || d.toks[j].lower == "which" {
			return nil // another clause stands between
		}
	}
	if !d.armedSide(a) && !d.forceNear(min(k+4, v), k) {
		return nil
	}
	return a
}

// forceNear reports a force or weapon noun among the few words before
// toks[v] ("Hamas fighters clashed").
func (d *doc) forceNear(v, lo int) bool {
	for k := v - 1; k >= lo && k > v-8; k-- {
		if forceNouns[d.toks[k].lower] || weaponNouns[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// lastTwoSides is the two sides "the two sides|groups" before toks[v]
// stand for: those of the attack told in this sentence or the one before
// ("M23 rebels shelled army positions, and fighting between the two sides
// continued"), else the last two armed sides named in the sentence and the
// two before it (armed groups only, when groups is set; countries too
// otherwise), the nearer first; fewer when the text names fewer.
func (d *doc) lastTwoSides(si, v int, groups bool) []*entity {
	if a, b := d.lastAttacker, d.lastAttacked; a != nil && b != nil && si-d.lastAttackSent <= 1 && (!groups || d.armedSide(a) && d.armedSide(b)) {
		return []*entity{b, a}
	}
	var pair []*entity
	for k := v - 1; k >= d.sents[max(si-2, 0)].lo && len(pair) < 2; k-- {
		m := d.mentAt[k]
		if m == nil || m.ent == nil {
			continue
		}
		k = m.lo
		if e := m.ent; (d.armedSide(e) || !groups && d.isCountry(e)) && (len(pair) == 0 || pair[0] != e) {
			pair = append(pair, e)
		}
	}
	if len(pair) == 2 && (d.forcesFor(pair[0]) == pair[1] || d.forcesFor(pair[1]) == pair[0]) {
		return nil // a country and its own army are one side
	}
	return pair
}

// ownObjectAfter reports "its" or "their" in the few words after the
// weapon at toks[i]: "the army said drones struck its base" tells of an
// attack on the speaker, not by it.
func (d *doc) ownObjectAfter(i int) bool {
	for k := i + 1; k < len(d.toks) && k < i+8 && d.sentOf[k] == d.sentOf[i]; k++ {
		if w := d.toks[k].lower; w == "its" || w == "their" || w == "our" {
			return true
		}
	}
	return false
}

// pittedAgainst reads "the clashes pitted A(, which ...,) against B":
// a battle noun before the verb, then the two sides, who fought each other.
func (d *doc) pittedAgainst(si, v int) bool {
	s := d.sents[si]
	if d.inQuote[v] || d.tcase[si] || v == s.lo {
		return false
	}
	battle := false
	for k := v - 1; k >= s.lo && k > v-4; k-- {
		battle = battle || battleNouns[d.toks[k].lower] || exchangeWords[d.toks[k].lower]
	}
	if !battle {
		return false // "the vote pitted A against B": a contest, no fight
	}
	a := d.actorAfter(v+1, s.hi)
	if a == nil {
		return false
	}
	for k := v + 2; k+1 < s.hi && k < v+30; k++ {
		if d.toks[k].lower != "against" || d.inQuote[k] {
			continue
		}
		b := d.actorAfter(k+1, s.hi)
		if b == nil || b == a {
			return false
		}
		d.emitAttack(si, a, b, s.lo, v, confVerb)
		d.emitAttack(si, b, a, s.lo, v, confVerb)
		return true
	}
	return false
}

// forceAfter reports a force or weapon noun in the few words after the
// verb at toks[v]: "fought Chilean troops", "clashed with the police".
func (d *doc) forceAfter(v, hi int) bool {
	for k := v + 1; k < hi && k < v+5; k++ {
		if forceNouns[d.toks[k].lower] || weaponNouns[d.toks[k].lower] {
			return true
		}
	}
	return false
}

// armedSide reports a side that bears arms: an armed group or a state's
// forces ("clashes between the Varnok Front and the Malian army").
func (d *doc) armedSide(e *entity) bool {
	k := d.orgKind(e)
	return k == "armed" || k == "state force"
}

// onlyArmedGroupBefore is the one armed group that is no state force
// named before toks[k], or nil when the article names none or several.
func (d *doc) onlyArmedGroupBefore(k int) *entity {
	var only *entity
	for _, m := range d.ments {
		if m.lo >= k || m.ent == nil || m.ent.kind != kg.Organization || m.backer || d.orgKind(m.ent) != "armed" {
			continue
		}
		if only != nil && only != m.ent {
			return nil
		}
		only = m.ent
	}
	return only
}

// nounAfter reports a lower-case word after toks[k] that "her" would
// possess ("her house"), so "her" is no object of its own.
func (d *doc) nounAfter(k int) bool {
	if k+1 >= len(d.toks) {
		return false
	}
	t := &d.toks[k+1]
	return t.kind == tWord && !t.cap && !stopObject[t.lower] && !clauseBreakers[t.lower]
}

// otherPerson is the person named last before toks[i], within three
// sentences, who is not not: what "him" or "her" stands for.
func (d *doc) otherPerson(i int, not *entity) *entity {
	lo := d.sents[max(0, int(d.sentOf[i])-3)].lo
	fits := d.pronounFits(i)
	for k := i - 1; k >= lo; k-- {
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Person && m.ent != not && !d.inQuote[k] && fits(m.ent) {
			return m.ent
		}
	}
	return nil
}

// isRegion reports a continent or region of several countries, whose
// demonym names no state ("African troops").
func isRegion(name string) bool {
	p, ok := gazetteer.LookupPlace(name)
	return ok && p.Kind == gazetteer.Region
}

// supportOpener reports words at toks[k] that open a list of who helped
// an attack: "with the support of", "with support from", "with the help
// of", "backed by", "supported by", "aided by", "alongside".
func (d *doc) supportOpener(k int) bool {
	w := d.toks[k].lower
	switch w {
	case "alongside":
		return true
	case "backed", "supported", "aided", "assisted":
		return d.peek(k+1) == "by"
	case "with":
		j := k + 1
		if d.peek(j) == "the" {
			j++
		}
		return helpNouns[d.peek(j)] && (d.peek(j+1) == "of" || d.peek(j+1) == "from")
	}
	return false
}

// inSupportList reports an attack noun at toks[n] inside a list of who
// helped, opened a few words before it in the same clause: "with the
// support of clan militias, AU troops and air strikes by the United States".
func (d *doc) inSupportList(lo, n int) bool {
	for k := n - 1; k >= lo && k >= n-12; k-- {
		t := &d.toks[k]
		if t.text == ";" || t.kind == tQuote || t.text == "." || t.lower == "which" || t.lower == "who" || t.lower == "that" || t.lower == "its" || t.lower == "their" {
			return false // "with support from the air force, which carried out air strikes on X": the helper's own attack
		}
		if d.supportOpener(k) && t.lower != "alongside" {
			return true
		}
		if t.kind == tWord && !t.cap && d.verbAt(k) {
			return false
		}
	}
	return false
}

// devicesAfter reports an explosive laid in wait right after toks[k]
// ("a landmine", "an improvised explosive device", "a roadside bomb"):
// what hits it is its victim.
func (d *doc) devicesAfter(k, hi int) bool {
	for j := k; j < hi && j < k+5; j++ {
		w := d.toks[j].lower
		switch {
		case w == "a" || w == "an" || w == "the" || w == "roadside" || w == "improvised" || w == "explosive" && j+1 < hi && d.toks[j+1].lower == "device":
			continue
		case w == "mine" || w == "landmine" || w == "ied" || w == "device" || w == "bomb":
			return j == k || d.toks[j-1].lower != "the" || w != "bomb"
		}
		return false
	}
	return false
}

// isYear reports a year of four digits: "2022".
func isYear(t token) bool {
	return t.kind == tNum && len(t.text) == 4 && allDigits(t.text)
}

var attackByHurt = &pattern{
	name: "attack-by-hurt",
	doc:  `An attack by a named attacker that wounded or injured someone: "The attack by X also injured three people, including Y", "the shooting by X wounded Y".`,
	typ:  kg.Attacked,
	cues: wordSet("injured wounded injures wounds"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if d.inQuote[v] || d.passive(v) {
			return false
		}
		k := v - 1
		for k > s.lo && skippable[d.toks[k].lower] {
			k-- // "also injured"
		}
		if k < s.lo {
			return false
		}
		m := d.mentAt[k]
		if m == nil || m.ent == nil || m.hi != k+1 || !(m.ent.kind == kg.Person || m.ent.kind == kg.Organization || d.isCountry(m.ent)) {
			return false // "the storm injured ten": no one named
		}
		b := m.lo - 1
		if b > s.lo && d.toks[b].lower == "the" {
			b--
		}
		if b-1 < s.lo || d.toks[b].lower != "by" || !attackNouns[d.toks[b-1].lower] {
			return false // "police injured ten": no attack by someone named
		}
		src := m.ent
		st := d.status(s.lo, v)
		date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
		n := 0
		for _, o := range d.objects(v, s.hi, src) {
			if o != src && (o.kind == kg.Person || o.kind == kg.Organization) {
				d.addRel(kg.Attacked, src.id(), o.id(), si, date, prec, st, "", confVerb)
				n++
			}
		}
		return n > 0
	},
	examples: []example{
		{"The attack by Rui Lopes also injured three people, including Ana Costa.", []string{"ATTACKED person:rui-lopes -> person:ana-costa happened"}},
		{"The attack by the Varnok Front wounded Rui Lopes.", []string{"ATTACKED organization:varnok-front -> person:rui-lopes happened"}},
		{"The storm injured Rui Lopes.", nil},
		{"Injured people were flown to Lima.", nil},
	},
}
