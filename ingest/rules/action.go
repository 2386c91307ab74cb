package rules

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/ingest/gazetteer"
	"github.com/newsgraph/newsgraph/kg"
)

// relDate dates a relation read from sentence si: the first date the
// sentence states outside quotations, else the article's date standing in.
func (d *doc) relDate(si int, future bool) (time.Time, kg.Precision) {
	k := si * 2
	if future {
		k++
	}
	if r, ok := d.dateMemo[k]; ok {
		return r.t, r.prec
	}
	if d.dateMemo == nil {
		d.dateMemo = map[int]dateRef{}
	}
	s := d.sents[si]
	t, p := d.rangeDate(s.lo, min(s.hi, s.lo+4*window), future)
	d.dateMemo[k] = dateRef{t, p}
	return t, p
}

// rangeDate is relDate over toks[lo:hi].
func (d *doc) rangeDate(lo, hi int, future bool) (time.Time, kg.Precision) {
	if r, ok := findDate(d.toks, lo, hi, d.art, future, func(i int) bool { return d.inQuote[i] }); ok {
		return r.t, r.prec
	}
	if d.art.IsZero() {
		return time.Time{}, kg.PrecisionNone
	}
	return d.art, kg.PrecisionArticle
}

// addRel appends a relation, once per statement: ATTACKED and MET are
// kept once per article for the same ends (the first sentence stating
// them is the evidence), SAID once per speaker and quotation.
func (d *doc) addRel(t kg.RelType, src, tgt string, si int, date time.Time, prec kg.Precision, st kg.Status, quote string, conf float64) {
	if src == "" || (tgt == "" && t != kg.Said) || src == tgt {
		return
	}
	key := string(t) + "|" + src + "|" + tgt
	if t == kg.Met && tgt < src {
		key = string(t) + "|" + tgt + "|" + src
	}
	if t == kg.Said {
		key += "|" + quote
	}
	if d.relSeen[key] {
		return
	}
	d.relSeen[key] = true
	s := d.sents[si]
	ev := kg.Evidence{ArticleID: d.a.ID, Sentence: d.text[s.start:s.end], Start: s.start, End: s.end}
	if len(ev.Sentence) > kg.MaxSentenceBytes {
		ev.Sentence = truncUTF8(ev.Sentence, kg.MaxSentenceBytes)
		ev.End = ev.Start + len(ev.Sentence)
	}
	d.rels = append(d.rels, kg.Relation{
		ID:   kg.RelationID(d.a.ID, t, src, tgt, ev.Start, ev.End, quote),
		Type: t, Source: src, Target: tgt, Date: date, Precision: prec, Status: st,
		Quote: quote, Confidence: conf, Evidence: ev,
	})
}

// status reads the cues in toks[lo:hi] (the words between the subject and
// the verb): a negation or refusal denies, an offer proposes, a future or
// plan plans.
func (d *doc) status(lo, hi int) kg.Status {
	st := kg.Happened
	for k := lo; k < hi; k++ {
		if d.inQuote[k] {
			continue
		}
		w := d.toks[k].lower
		if w == "may" && d.toks[k].cap {
			continue // the month
		}
		switch {
		case deniedCues[w] || w == "n't":
			return kg.Denied
		case proposedCues[w]:
			st = kg.Proposed
		case plannedCues[w] && st == kg.Happened:
			if w == "to" && !(k+1 < hi || k+1 == hi) {
				continue
			}
			st = kg.Planned
		}
	}
	return st
}

// actorAt reads an attacker standing right before toks[v]: an entity, or
// "<demonym/country> forces|troops|warplanes".
func (d *doc) actorBefore(v, lo int) (*entity, int) {
	i := v - 1
	for i >= lo && (skippable[d.toks[i].lower] || d.toks[i].lower == "," && i > lo && skippable[d.toks[i-1].lower]) {
		i--
	}
	if i > lo && d.toks[i].text == ")" {
		// "the Tehrik-i-Taliban Pakistan (TTP) claimed": past the acronym
		k := i - 1
		for k > lo && k > i-6 && d.toks[k].text != "(" && d.toks[k].text != ")" {
			k--
		}
		if k > lo && d.toks[k].text == "(" {
			i = k - 1
		}
	}
	// "denied attacking", "threatened to strike", "has refused to bomb"
	for k := 0; k < 4 && i >= lo && d.mentAt[i] == nil; k++ {
		w := d.toks[i].lower
		if !(w == "to" || deniedCues[w] || plannedCues[w] || proposedCues[w] || skippable[w] || w == "tried" || w == "attempted" || w == "began" || w == "continued") {
			break
		}
		i--
	}
	// ", meanwhile," or ", backed by Russian warplanes," after the subject
	if i >= lo && d.toks[i].text == "," {
		k := i - 1
		for k >= lo && k > i-12 && d.toks[k].text != "," {
			k--
		}
		if k >= lo && k < i-1 && d.toks[k].text == "," && asideOpeners[d.toks[k+1].lower] {
			i = k - 1
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
	if i < lo {
		return nil, -1
	}
	if d.toks[i].lower == "of" && i > lo+1 {
		// "accused Russia of attacking Odesa": the accused
		if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.hi == i && m.lo > lo && accuseVerbs[d.toks[m.lo-1].lower] {
			return m.ent, m.lo
		}
	}
	if (d.toks[i].lower == "who" || d.toks[i].lower == "which" || d.toks[i].lower == "that") && i > lo {
		i-- // "Hamas militants who fired rockets": the relative's antecedent
		if d.toks[i].text == "," && i > lo {
			i--
		}
	}
	if orgNouns[d.toks[i].lower] && i > lo {
		// "the M23 movement attacked": the organization the noun names
		if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && m.hi == i {
			return m.ent, m.lo
		}
	}
	if forceNouns[d.toks[i].lower] || weaponNouns[d.toks[i].lower] {
		j := i - 1
		for j >= lo && d.mentAt[j] == nil && j > i-3 && d.toks[j].kind == tWord && !d.toks[j].cap {
			j-- // "Russian glide bombs", "U.S. attack helicopters"
		}
		if j >= lo {
			if m := d.mentAt[j]; m != nil && m.ent != nil && (m.ent.kind != kg.Person || d.possessor(m)) {
				return m.ent, m.lo // "Russian forces", "Assad's forces"
			}
		}
		if weaponNouns[d.toks[i].lower] && d.lastAttacker != nil {
			return d.lastAttacker, -2 // carried from context
		}
		return nil, -1
	}
	if m := d.mentAt[i]; m != nil && m.ent != nil && m.ent.kind != kg.Event {
		if d.possessor(m) && m.hi == i+1 {
			return nil, -1
		}
		return m.ent, m.lo
	}
	if personPronouns[d.toks[i].lower] {
		return d.lastPerson(i), i
	}
	return nil, -1
}

// stopObject ends the object of a verb.
var stopObject = wordSet(`which who that while as after before because when killing wounding injuring starting
according said says and but although though since until where whom leaving causing forcing prompting sending
displacing`)

// objects lists the entities named in the object of the verb at toks[v]:
// places, organizations and people, not possessors; a demonym counts only
// when nothing more specific is named.
func (d *doc) objects(v, hi int, src *entity) []*entity {
	var named, demo []*entity
	for k := v + 1; k < hi && k < v+window; k++ {
		t := &d.toks[k]
		if d.inQuote[k] != d.inQuote[v] || t.kind == tQuote || t.text == ";" || t.text == "(" || d.inQuote[k] && t.text == "," {
			break
		}
		if t.text == "," && d.attribution(k+1, hi) {
			break // "..., the ministry said": the speaker is no object
		}
		if stopObject[t.lower] && !(t.lower == "and" && len(named) > 0) {
			if t.lower == "and" {
				continue
			}
			break
		}
		if (t.lower == "killing" || t.lower == "wounding") && len(named)+len(demo) > 0 {
			break
		}
		m := d.mentAt[k]
		if m == nil || m.ent == nil {
			continue
		}
		k = m.hi - 1
		if m.ent == src || d.possessor(m) || m.ent.kind == kg.Event {
			continue
		}
		if m.demonym {
			demo = append(demo, m.ent)
			continue
		}
		p := m.lo - 1
		for p > v && (compass[d.toks[p].lower] || strings.HasSuffix(d.toks[p].lower, "-western") || strings.HasSuffix(d.toks[p].lower, "-eastern")) {
			p-- // "in southern Israel", "in north-western Pakistan"
		}
		if len(named) > 0 && m.ent.kind == kg.Place && locatives[d.toks[p].lower] {
			continue // "Sake in North Kivu": where the target is, not a second one
		}
		named = append(named, m.ent)
	}
	if len(named) > 0 {
		return named
	}
	return demo
}

// attacks reads ATTACKED from sentence si.
func (d *doc) attacks(si int) {
	s := d.sents[si]
	if d.tcase[si] {
		return
	}
	for v := s.lo; v < s.hi; v++ {
		t := &d.toks[v]
		if t.kind != tWord || t.cap {
			continue
		}
		w := t.lower
		if d.inQuote[v] && (!attackVerbs[w] || d.hypothetical(s.lo, v)) {
			continue // inside a quotation only a plain verb of attack stating a fact
		}
		switch {
		case w == "responsibility" && v > s.lo && claimVerbs[d.toks[v-1].lower]:
			d.claimedAttack(si, v)
			continue
		case blameVerbs[w]:
			d.blamedAttack(si, v)
			continue
		case w == "under" && v > s.lo && comeVerbs[d.toks[v-1].lower]:
			d.cameUnder(si, v)
			continue
		case (w == "carried" || w == "conducted") && v > s.lo+1 && beForms[d.toks[v-1].lower] && attackNouns[d.toks[v-2].lower]:
			d.carriedOutBy(si, v)
			continue
		}
		nounFirst := attackNouns[w] && v+1 < s.hi && attackPreps[d.toks[v+1].lower] && v > s.lo && !d.subjectish(v-1)
		switch {
		case nounFirst:
			d.attackNoun(si, v)
		case attackVerbs[w]:
			d.attackVerb(si, v)
		case attackNouns[w]:
			d.attackNoun(si, v)
		}
	}
}

var beForms = wordSet(`was were been being is are be got`)

func (d *doc) attackVerb(si, v int) {
	s := d.sents[si]
	w := d.toks[v].lower
	// nouns that look like verbs: "the attack on", "strikes on"
	if v > s.lo {
		p := d.toks[v-1].lower
		if p == "the" || p == "a" || p == "an" || p == "their" || p == "its" || p == "his" || p == "her" {
			d.attackNoun(si, v)
			return
		}
	}
	switch w {
	case "fire", "fires", "fired", "firing", "launch", "launches", "launched":
		// only "fired on/at", "launched attacks on"
		ok := false
		for k := v + 1; k < s.hi && k <= v+3; k++ {
			lw := d.toks[k].lower
			if lw == "on" || lw == "at" || lw == "against" || attackNouns[lw] && lw != "fire" {
				ok = true
				break
			}
		}
		if !ok {
			return
		}
	}
	// passive: "X was attacked by Y"
	if v > s.lo && beForms[d.toks[v-1].lower] {
		by := v + 1
		for by < s.hi && by < v+5 && d.toks[by].lower != "by" && d.toks[by].kind == tWord && !stopObject[d.toks[by].lower] {
			by++ // "was shelled on Sunday by"
		}
		if by < s.hi && d.toks[by].lower == "by" {
			var src *entity
			for k := by + 1; k < s.hi && k < by+5; k++ {
				if m := d.mentAt[k]; m != nil && m.ent != nil && !d.possessor(m) {
					src = m.ent
					break
				}
			}
			tgt, _ := d.subjectOf(v-1, s.lo)
			if tgt == nil && v > s.lo+1 && attackNouns[d.toks[v-2].lower] {
				tgt = d.recentTarget(si) // "the strikes were launched by X"
			}
			if src != nil && tgt != nil {
				d.emitAttack(si, src, tgt, v-1, v, confVerb)
			} else if src == nil && tgt != nil {
				d.noteTarget(si, tgt) // "Sanaa was struck by airstrikes"
			}
		}
		return
	}
	src, at := d.actorBefore(v, s.lo)
	conf := confVerb
	if at == -2 {
		conf = confCarried
	}
	if src == nil {
		// "a suicide bomber attacked a police station in X": remembered
		// for a later claim of responsibility
		if objs := d.objects(v, s.hi, nil); len(objs) > 0 && w != "kill" && w != "killed" && w != "kills" {
			d.noteTarget(si, objs[0])
		}
		return
	}
	objs := d.objects(v, s.hi, src)
	if len(objs) == 0 && at == -2 {
		// "In Lviv, a glide bomb hit a warehouse"
		for k := max(s.lo, v-window); k < v; k++ {
			if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Place && !m.demonym && !d.possessor(m) {
				objs = append(objs, m.ent)
				break
			}
		}
	}
	if (w == "kill" || w == "kills" || w == "killed" || w == "shot" || w == "shoot" || w == "shoots") && v+1 < s.hi {
		// killing needs a named victim right after the verb
		m := d.mentAt[v+1]
		if m == nil || m.ent == nil || m.ent.kind != kg.Person {
			return
		}
		objs = []*entity{m.ent}
	}
	lo := at
	if lo < 0 {
		lo = s.lo
	}
	for _, o := range objs {
		d.emitAttack(si, src, o, lo, v, conf)
	}
}

// attackNoun reads "<actor> airstrike on <target>", "<actor>'s attack in
// <place>", "launched strikes in <place>".
func (d *doc) attackNoun(si, n int) {
	s := d.sents[si]
	if n+1 >= s.hi {
		return
	}
	prep := d.toks[n+1].lower
	if prep != "on" && prep != "against" && prep != "in" && prep != "at" && prep != "upon" && prep != "by" {
		return
	}
	// the actor: right before the noun ("U.S. airstrike", "Russia's drone attack")
	var src *entity
	k := n - 1
	for k >= s.lo && k > n-3 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil && (attackNouns[d.toks[k].lower] || weaponNouns[d.toks[k].lower] || d.toks[k].lower == "air" || d.toks[k].lower == "drone" || d.toks[k].lower == "missile" || d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s") {
		k--
	}
	if k >= s.lo && (d.toks[k].lower == "'s" || d.toks[k].lower == "\u2019s") {
		k--
	}
	if k >= s.lo {
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind != kg.Person && m.ent.kind != kg.Event {
			src = m.ent
		}
	}
	if src == nil {
		// "French jets launched airstrikes in Gao Town", "X carried out a
		// series of attacks on Y": the verb's subject
		for k >= s.lo && k > n-6 && nounFill[d.toks[k].lower] {
			k--
		}
		if k >= s.lo && d.toks[k].lower == "out" {
			k--
		}
		if k >= s.lo && launchVerbs[d.toks[k].lower] {
			src, _ = d.actorBefore(k, s.lo)
		}
	}
	// "shelling by government forces", "the attack on Y by X"
	by := -1
	for x := n + 1; x < s.hi && x < n+8; x++ {
		if d.toks[x].lower == "by" {
			by = x
			break
		}
		if d.toks[x].text == "," || d.toks[x].kind == tQuote {
			break
		}
	}
	if src == nil && by >= 0 {
		for x := by + 1; x < s.hi && x < by+4; x++ {
			if m := d.mentAt[x]; m != nil && m.ent != nil && m.ent.kind != kg.Event {
				src = m.ent
				break
			}
		}
	}
	if src == nil {
		return
	}
	var objs []*entity
	if prep == "by" {
		// the target is the place the sentence is about
		for x := max(s.lo, n-window); x < s.hi && x < n+window; x++ {
			if m := d.mentAt[x]; m != nil && m.ent != nil && m.ent != src && m.ent.kind == kg.Place && !m.demonym && !d.possessor(m) {
				objs = append(objs, m.ent)
				break
			}
		}
	} else {
		hi := s.hi
		if by > n {
			hi = by
		}
		objs = d.objects(n+1, hi, src)
	}
	if len(objs) > 1 {
		objs = objs[len(objs)-1:] // "a house in Herat's Jibrael": the innermost place
	}
	for _, o := range objs {
		d.emitAttack(si, src, o, s.lo, n, confVerb)
	}
}

// nounFill stands between a launch verb and its attack noun.
var nounFill = wordSet(`a an the new fresh series of wave waves round rounds string number several two three
more further deadly heavy massive major coordinated`)

// launchVerbs take an attack noun as object.
var launchVerbs = wordSet(`launched launch launches launching carried carry carries conducted conduct conducts
staged stage mounted mount unleashed began begun started made carried-out`)

func (d *doc) emitAttack(si int, src, tgt *entity, lo, v int, conf float64) {
	if src == nil || tgt == nil || src == tgt || tgt.kind == kg.Event {
		return
	}
	st := d.status(lo, v)
	if v > 0 && d.toks[v-1].lower == "to" && st == kg.Happened {
		st = kg.Planned
	}
	date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
	if prec == kg.PrecisionArticle && tgt == d.lastTarget && d.lastTargetSent < si && st == kg.Happened {
		// "X claimed responsibility": dated by the sentence telling the attack
		date, prec = d.relDate(d.lastTargetSent, false)
	}
	d.addRel(kg.Attacked, src.id(), tgt.id(), si, date, prec, st, "", conf)
	if st == kg.Happened {
		d.lastAttacker = src
	}
}

// noteTarget remembers the target of an attack stated in sentence si
// without its attacker.
func (d *doc) noteTarget(si int, tgt *entity) {
	if tgt != nil && tgt.kind != kg.Event {
		d.lastTarget, d.lastTargetSent = tgt, si
	}
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
	for k := lo; k < hi && k < lo+10; k++ {
		t := &d.toks[k]
		if t.kind != tWord || d.inQuote[k] {
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

// claimVerbs take "responsibility" as object.
var claimVerbs = wordSet(`claimed claims claim claiming admitted admits accepted accepts took takes`)

// blameVerbs name an attacker as their object.
var blameVerbs = wordSet(`blamed blames blame blaming`)

// claimedAttack reads "X claimed responsibility for the bombing of Y", and
// "X claimed responsibility" for the attack the sentences before told of.
func (d *doc) claimedAttack(si, v int) {
	s := d.sents[si]
	src, at := d.actorBefore(v-1, s.lo)
	if src == nil {
		return
	}
	if d.status(max(s.lo, at+1), v) == kg.Denied {
		return
	}
	tgt := d.attackObject(si, v+1)
	if tgt == nil {
		tgt = d.recentTarget(si)
	}
	d.emitAttack(si, src, tgt, max(s.lo, at+1), v, confVerb)
}

// attackObject reads "for the (deadly) bombing of|on|against Y" starting at
// toks[k]: Y, or nil when no attack noun or no named target follows.
func (d *doc) attackObject(si, k int) *entity {
	s := d.sents[si]
	if k >= s.hi || d.toks[k].lower != "for" {
		return nil
	}
	for n := k + 1; n < s.hi && n < k+6; n++ {
		w := d.toks[n].lower
		if !attackNouns[w] {
			continue
		}
		if n+1 < s.hi && (d.toks[n+1].lower == "on" || d.toks[n+1].lower == "of" || d.toks[n+1].lower == "against" || d.toks[n+1].lower == "in") {
			if objs := d.objects(n+1, s.hi, nil); len(objs) > 0 {
				return objs[len(objs)-1]
			}
		}
		return nil
	}
	return nil
}

// blamedAttack reads "X blamed Y for the attack on Z" and "X blamed the
// attack on Z on Y": Y attacked Z (or the target of the attack just told
// of), with Y an entity or "<demonym> forces".
func (d *doc) blamedAttack(si, v int) {
	s := d.sents[si]
	if d.inQuote[v] {
		return
	}
	// "blamed the attack on Y"
	n := v + 1
	for n < s.hi && n < v+4 && (d.toks[n].lower == "the" || d.toks[n].lower == "a" || d.toks[n].lower == "this" || d.toks[n].lower == "deadly") {
		n++
	}
	if n < s.hi && attackNouns[d.toks[n].lower] {
		var src, tgt *entity
		for k := n + 1; k < s.hi && k < n+12; k++ {
			if d.toks[k].lower != "on" {
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
	// "blamed Y for the attack on Z"
	src := d.actorAfter(v+1, s.hi)
	if src == nil {
		return
	}
	for k := v + 1; k < s.hi && k < v+8; k++ {
		if d.toks[k].lower != "for" {
			continue
		}
		tgt := d.attackObject(si, k)
		if tgt == nil {
			n := k + 1
			for n < s.hi && n < k+4 && !attackNouns[d.toks[n].lower] {
				n++
			}
			if n < s.hi && attackNouns[d.toks[n].lower] {
				tgt = d.recentTarget(si)
			}
		}
		d.emitAttack(si, src, tgt, v, v, confVerb)
		return
	}
}

// actorAfter reads an actor starting at toks[k]: an entity that is no
// possessor, or "<demonym> forces|troops|...", past "the".
func (d *doc) actorAfter(k, hi int) *entity {
	if k < hi && d.toks[k].lower == "the" {
		k++
	}
	if k >= hi {
		return nil
	}
	m := d.mentAt[k]
	if m == nil || m.ent == nil || m.ent.kind == kg.Event || d.possessor(m) {
		return nil
	}
	if m.demonym && !(m.hi < hi && (forceNouns[d.toks[m.hi].lower] || orgNouns[d.toks[m.hi].lower])) {
		return nil
	}
	return m.ent
}

// meetings reads MET from sentence si.
func (d *doc) meetings(si int) {
	s := d.sents[si]
	if d.tcase[si] {
		return
	}
	for v := s.lo; v < s.hi; v++ {
		t := &d.toks[v]
		if t.kind != tWord {
			continue
		}
		w := t.lower
		if (w == "talks" || w == "meeting" || w == "negotiations" || w == "summit") && v+1 < s.hi && d.toks[v+1].lower == "between" {
			d.meetingBetween(si, v)
			continue
		}
		if (w == "talks" || w == "meeting" || w == "negotiations" || w == "met" || w == "meet") && !d.inQuote[v] {
			d.meetingOfBoth(si, v) // "delegations from both governments held talks"
		}
		isMeet := meetVerbs[w]
		if (w == "talks" || w == "meeting" || w == "summit") && v+1 < s.hi && d.toks[v+1].lower == "with" {
			isMeet = true
		}
		if d.meetPhrase(si, v) {
			// "shook hands with", "a phone call with", "spoke by telephone",
			// "a joint press conference with"
			isMeet = true
			w = "met"
		}
		if (w == "received" || w == "receives" || w == "welcomed" || w == "welcomes") && !t.cap && v+1 < s.hi {
			// "received Rui Lopes at the palace": only a person received
			if m := d.mentAt[v+1]; m != nil && m.ent != nil && m.ent.kind == kg.Person && !d.possessor(m) {
				isMeet = true
			}
		}
		if (w == "talks" || w == "negotiations" || w == "meeting") && !(v+1 < s.hi && (d.toks[v+1].lower == "with" || d.toks[v+1].lower == "between")) {
			// "X and Y held talks", "X and Y held a late-night meeting"
			k := v - 1
			for k > s.lo && k > v-4 && d.toks[k].kind == tWord && !d.toks[k].cap && !holdVerbs[d.toks[k].lower] && d.mentAt[k] == nil {
				k--
			}
			if k >= s.lo && holdVerbs[d.toks[k].lower] {
				isMeet = true
				w = "met"
			}
		}
		invite := inviteVerbs[w] && !t.cap
		isMeet = isMeet || invite
		if !isMeet || w == "summit" && !(v+1 < s.hi && d.toks[v+1].lower == "with") {
			continue
		}
		if w == "meeting" && !(v+1 < s.hi && d.toks[v+1].lower == "with") {
			continue
		}
		// participants: the subject and the named objects
		var src *entity
		at := -1
		for k := v - 1; k >= s.lo && k > v-window; k-- {
			if d.inQuote[k] != d.inQuote[v] {
				break
			}
			m := d.mentAt[k]
			if m == nil || m.ent == nil || d.possessor(m) || m.ent.kind == kg.Event {
				if personPronouns[d.toks[k].lower] && src == nil {
					src, at = d.lastPerson(k), k
				}
				continue
			}
			if m.demonym && m.hi < s.hi && d.mentAt[m.hi] != nil {
				continue // "Ukrainian President X": the person is the participant
			}
			if src == nil || m.ent.kind == kg.Person && src.kind != kg.Person {
				src, at = m.ent, m.lo
			}
			if src.kind == kg.Person {
				break
			}
			k = m.lo
		}
		if src == nil {
			continue
		}
		objs := d.participants(v, s.hi, src)
		// "X and Y met": the other participant before the verb
		if len(objs) == 0 && (w == "met" || w == "meet" || w == "meets" || w == "talks") && at > s.lo+1 {
			if e := d.coordinated(at, s.lo); e != nil && e != src {
				objs = []*entity{e}
			}
		}
		if len(objs) == 0 {
			// "met representatives of the group": the group
			if e := d.representedBy(v, s.hi); e != nil && e != src {
				objs = []*entity{e}
			}
		}
		if len(objs) > 2 {
			objs = objs[:2]
		}
		st := d.status(at+1, v)
		if invite && st == kg.Happened {
			st = kg.Proposed // "X invited Y to Moscow"
		}
		if (w == "meet" || w == "visit" || w == "host") && v > s.lo && d.toks[v-1].lower == "to" && st == kg.Happened {
			st = kg.Planned
		}
		for _, o := range objs {
			if o.kind == kg.Place && (w == "visited" || w == "visit" || w == "visits") {
				continue // a visit to a place is not a meeting
			}
			if o.kind == kg.Place && src.kind == kg.Person {
				continue
			}
			date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
			d.addRel(kg.Met, src.id(), o.id(), si, date, prec, st, "", confVerb)
		}
	}
}

// participants are the objects of a meeting verb that are not its venue
// ("in Doha"); when people are named, only they count ("held talks with
// rebel envoy Omar Said" is a meeting with the envoy).
func (d *doc) participants(v, hi int, src *entity) []*entity {
	var out []*entity
	people := false
	for _, e := range d.objects(v, hi, src) {
		out = append(out, e)
		if e.kind == kg.Person {
			people = true
		}
	}
	var keep []*entity
	for _, e := range out {
		if people && e.kind != kg.Person {
			continue
		}
		if d.venue(e, v, hi) {
			continue
		}
		keep = append(keep, e)
	}
	return keep
}

// venue reports whether e is named after "in", "at" or "near" in
// toks[v:hi], as where something happened.
func (d *doc) venue(e *entity, v, hi int) bool {
	for k := v + 1; k < hi; k++ {
		m := d.mentAt[k]
		if m == nil || m.ent != e || m.lo != k {
			continue
		}
		p := d.toks[k-1].lower
		return p == "in" || p == "at" || p == "near" || p == "outside"
	}
	return false
}

// coordinated finds "Y and (the) X" before the mention starting at toks[at]:
// Y, or nil.
func (d *doc) coordinated(at, lo int) *entity {
	k := at - 1
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
		return m.ent
	}
	return nil
}

var attackPreps = wordSet(`on against in at upon by`)

// subjectish reports whether toks[i], right before an attack word, reads
// as its subject (so the word is a verb: "Russia strikes Kyiv") rather than
// a modifier ("Peru's air strike against").
func (d *doc) subjectish(i int) bool {
	t := &d.toks[i]
	if m := d.mentAt[i]; m != nil {
		// "the U.S. airstrike": a demonym or country used as adjective
		return !m.demonym && !(i > 0 && (d.toks[m.lo-1].lower == "the" || d.toks[m.lo-1].lower == "a"))
	}
	return personPronouns[t.lower] || t.lower == "they" || t.lower == "it" || forceNouns[t.lower] || weaponNouns[t.lower] || skippable[t.lower]
}

var holdVerbs = wordSet(`held hold holds holding`)

// meetingBetween reads "talks between X and Y".
func (d *doc) meetingBetween(si, v int) {
	s := d.sents[si]
	var parts []*entity
	last := v
	for k := v + 2; k < s.hi && k < v+12 && len(parts) < 2; k++ {
		t := &d.toks[k]
		if t.text == "," && len(parts) == 0 || t.text == ";" || t.text == "." {
			break
		}
		m := d.mentAt[k]
		if m == nil || m.ent == nil || d.possessor(m) || m.ent.kind == kg.Event {
			continue
		}
		if m.demonym && m.hi < s.hi && d.mentAt[m.hi] != nil {
			continue
		}
		parts = append(parts, m.ent)
		k = m.hi - 1
		last = m.hi
	}
	if len(parts) != 2 || parts[0] == parts[1] {
		return
	}
	st := d.status(max(s.lo, v-8), min(s.hi, last+6))
	date, prec := d.relDate(si, st == kg.Planned || st == kg.Proposed)
	d.addRel(kg.Met, parts[0].id(), parts[1].id(), si, date, prec, st, "", confVerb)
}

// asideOpeners start a phrase between commas that stands between a subject
// and its verb.
var asideOpeners = wordSet(`backed supported led armed aided meanwhile however reportedly which who including
along together according also often`)

// inviteVerbs propose a meeting with their object.
var inviteVerbs = wordSet(`invited invites invite inviting`)

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

// phoneWords make "call", "conversation" or "spoke" a meeting at a
// distance, which news annotation counts as one.
var phoneWords = wordSet(`phone telephone video telephonic`)

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
	switch w {
	case "hands":
		p := prev(v - 1)
		return (p == "shook" || p == "shake" || p == "shakes" || p == "shaking") && next(v+1) == "with"
	case "phoned", "telephoned":
		return true
	case "call", "calls", "conversation", "conversations":
		return phoneWords[prev(v-1)] && next(v+1) == "with"
	case "spoke", "speaks", "spoken", "talked", "talks", "speak", "talk":
		return next(v+1) == "by" && phoneWords[next(v+2)] || phoneWords[next(v+1)] && next(v+2) == "with"
	case "conference":
		return prev(v-2) == "joint" && (prev(v-1) == "press" || prev(v-1) == "news") && next(v+1) == "with"
	}
	return false
}

// locatives before a place say where the preceding object is.
var locatives = wordSet(`in near outside inside at`)

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

var hypotheticals = wordSet(`if unless whether would could might may should must can cannot will shall`)

// repNouns stand for the organization they come from.
var repNouns = wordSet(`representatives representative members envoys envoy delegates delegation officials
negotiators emissaries leaders commanders`)

// representedBy reads "<verb> (with) (the) representatives of|from X" after
// toks[v]: the organization X, or the organization "the group" refers to.
func (d *doc) representedBy(v, hi int) *entity {
	k := v + 1
	for k < hi && k < v+4 && (d.toks[k].lower == "with" || d.toks[k].lower == "the" || d.toks[k].lower == "senior" || d.toks[k].lower == "two" || d.toks[k].lower == "several") {
		k++
	}
	if k+2 >= hi || !repNouns[d.toks[k].lower] || (d.toks[k+1].lower != "of" && d.toks[k+1].lower != "from") {
		return nil
	}
	k += 2
	if d.toks[k].lower == "the" && k+1 < hi {
		if orgAnaphors[d.toks[k+1].lower] && d.mentAt[k+1] == nil {
			return d.lastOrg(k+1, d.toks[k+1].lower)
		}
		k++
	}
	if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Organization {
		return m.ent
	}
	return nil
}

// sideNouns, after "both" or "the two", stand for the two parties the
// article is about: countries, or (leaders) people.
var sideNouns = wordSet(`sides governments countries nations states leaders presidents delegations`)

// meetingOfBoth reads "both sides held talks", "commanders from the two
// sides met": a meeting of the two countries (or, for "leaders", the two
// people) named last before it.
func (d *doc) meetingOfBoth(si, v int) {
	s := d.sents[si]
	noun := ""
	for k := v - 1; k > s.lo && k >= v-12; k-- {
		if d.inQuote[k] {
			break
		}
		if sideNouns[d.toks[k].lower] && (d.toks[k-1].lower == "both" || d.toks[k-1].lower == "two") {
			b := k - 2
			if b >= s.lo && d.toks[b].lower == "the" {
				b--
			}
			if b >= s.lo && (d.toks[b].lower == "between" || d.toks[b].lower == "of") {
				return // "mediated between the two countries": not who meets
			}
			noun = d.toks[k].lower
			break
		}
	}
	if noun == "" || v+1 < s.hi && d.mentAt[v+1] != nil {
		return // "... met Rwandan Foreign Minister X": the named one meets
	}
	people := noun == "leaders" || noun == "presidents"
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

// isCountry reports whether e is a country of the gazetteer.
func (d *doc) isCountry(e *entity) bool {
	if e.kind != kg.Place {
		return false
	}
	p, ok := gazetteer.LookupPlace(e.name)
	return ok && p.Kind == gazetteer.Country
}

// accuseVerbs put the accused before "of <attacking>".
var accuseVerbs = wordSet(`accused accuses accuse accusing`)

var comeVerbs = wordSet(`came come comes coming`)

// cameUnder reads "Y came under attack|fire|shelling from|by X".
func (d *doc) cameUnder(si, v int) {
	s := d.sents[si]
	k := v + 1
	for k < s.hi && k < v+4 && !attackNouns[d.toks[k].lower] {
		k++
	}
	if k+1 >= s.hi || !attackNouns[d.toks[k].lower] {
		return
	}
	by := d.toks[k+1].lower
	if by != "from" && by != "by" {
		return
	}
	src := d.actorAfter(k+2, s.hi)
	if src == nil && k+2 < s.hi {
		// "from Russian forces|artillery": the country
		if m := d.mentAt[k+2]; m != nil && m.ent != nil && m.demonym && m.hi < s.hi && (forceNouns[d.toks[m.hi].lower] || weaponNouns[d.toks[m.hi].lower]) {
			src = m.ent
		}
	}
	tgt, _ := d.subjectOf(v-1, s.lo)
	d.emitAttack(si, src, tgt, v-1, v, confVerb)
}
