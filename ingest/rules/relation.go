package rules

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/kg"
)

// window bounds how far rules look from a verb, so that a run-on
// "sentence" of junk input costs linear time.
const window = 60

// Confidence levels by how a relation was read.
const (
	confQuote    = 0.9  // a quotation with its speaker in the same sentence
	confReported = 0.8  // "X said (that) ..."
	confCarried  = 0.6  // speaker or attacker carried from context
	confEvent    = 0.5  // event participation
	confVerb     = 0.75 // a verb with both ends named
)

func (d *doc) findRelations() {
	usedVerb := map[int]bool{}
	d.quoteSaid(usedVerb)
	d.reportedSaid(usedVerb)
	for si := range d.sents {
		d.attacks(si)
		d.meetings(si)
	}
	if d.events {
		d.eventRelations()
	}
}

// possessor reports whether the mention ending at token hi-1 is followed
// by a possessive "'s".
func (d *doc) possessor(m *mention) bool {
	return m.hi < len(d.toks) && (d.toks[m.hi].lower == "'s" || d.toks[m.hi].lower == "\u2019s")
}

// skippable words may stand between a subject and its verb.
var skippable = wordSet(`has have had also later then further again reportedly previously earlier
has also later once separately subsequently meanwhile however today yesterday on tonight this morning
would could will may might did does do not`)

// subjectOf finds the entity that is the subject of the verb at toks[v]:
// the mention right before it, past auxiliaries, adverbs, a date ("on
// Tuesday") and an appositive between commas; "he" and "she" stand for the
// last person named before.
func (d *doc) subjectOf(v, lo int) (*entity, int) {
	i := v - 1
	for i >= lo {
		t := &d.toks[i]
		if d.mentAt[i] != nil && d.mentAt[i].ent != nil {
			m := d.mentAt[i]
			if d.possessor(m) && m.hi == i+1 {
				return nil, -1
			}
			return m.ent, m.lo
		}
		if personPronouns[t.lower] {
			return d.lastPerson(i), i
		}
		if orgNouns[t.lower] && i > lo {
			// "the Hamas movement said": the organization the noun names
			if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && m.hi == i {
				return m.ent, m.lo
			}
		}
		if orgAnaphors[t.lower] && i > lo && d.toks[i-1].lower == "the" {
			// "the group said", "the ministry said": the organization named last
			if e := d.lastOrg(i, t.lower); e != nil {
				return e, i - 1
			}
			return nil, -1
		}
		if skippable[t.lower] || weekdays[t.lower] != 0 || t.lower == "sunday" || t.lower == "n't" {
			i--
			continue
		}
		if t.lower == "and" && i > lo {
			// "He also accused Lind of X and said Y": the first verb's subject
			for k := lo; k < i; k++ {
				if d.inQuote[k] {
					continue
				}
				if personPronouns[d.toks[k].lower] {
					return d.lastPerson(k), k
				}
				if m := d.mentAt[k]; m != nil && m.ent != nil && !d.possessor(m) && (m.ent.kind == kg.Person || m.ent.kind == kg.Organization && d.leadsSentence(m, lo)) {
					return m.ent, m.lo
				}
			}
			return nil, -1
		}
		if t.text == ")" && i-2 >= lo && d.toks[i-2].text == "(" {
			i -= 3 // "The East African Community (EAC) has said"
			continue
		}
		if (t.lower == "officials" || t.lower == "authorities") && i > lo {
			// "Somali officials said": the government, when the article names it
			if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.ent.kind == kg.Place && m.hi == i {
				if e := d.governmentOf(m); e != nil {
					return e, m.lo
				}
			}
			return nil, -1
		}
		if (t.lower == "office" || spokesNouns[t.lower]) && i > lo+1 && (d.toks[i-1].lower == "'s" || d.toks[i-1].lower == "\u2019s") {
			// "Netanyahu's office said": the office speaks for its holder
			if m := d.mentAt[i-2]; m != nil && m.ent != nil && (m.ent.kind == kg.Person || m.ent.kind == kg.Organization) {
				return m.ent, m.lo
			}
		}
		if spokesNouns[t.lower] && i > lo {
			// "a Pentagon spokesman said"
			if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.ent.kind == kg.Organization {
				return m.ent, m.lo
			}
		}
		if t.kind == tWord && !t.cap && !sayVerbs[t.lower] {
			// "Amina Yusuf, another resident said": a short appositive
			// with no closing comma
			k := i
			for k >= lo && k > i-6 && d.toks[k].kind == tWord && !d.toks[k].cap && d.mentAt[k] == nil {
				k--
			}
			if k > lo && d.toks[k].text == "," {
				if m := d.mentAt[k-1]; m != nil && m.ent != nil && !d.possessor(m) && m.ent.kind == kg.Person {
					return m.ent, m.lo
				}
			}
			return nil, -1
		}
		if t.text == "," && i > lo {
			// "Nortek's chief executive, Linda Marsh, said": the name is the
			// whole appositive
			if m := d.mentAt[i-1]; m != nil && m.ent != nil && m.ent.kind == kg.Person && !d.possessor(m) && m.lo > lo {
				b := m.lo - 1
				for b > lo && d.toks[b].cap && d.mentAt[b] == nil {
					if _, ok := d.isTitle(b); !ok {
						break
					}
					b-- // ", Maj. Gen. Athar Abbas,"
				}
				if d.toks[b].text == "," {
					return m.ent, m.lo
				}
			}
		}
		if t.text == "," {
			// an appositive: ", the EAC deputy executive secretary,"
			k := i - 1
			for k >= lo && k > i-25 && d.toks[k].text != "," {
				if sayVerbs[d.toks[k].lower] || d.toks[k].kind == tQuote && k < i-16 {
					k = lo - 1
					break
				}
				k--
			}
			// ", which \u201cprevents ...\u201d websites, such as ... (DDoS),": a
			// relative clause may hold commas of its own
			if k > lo && d.toks[k].text == "," && !(d.toks[k+1].lower == "which" || d.toks[k+1].lower == "who") {
				for x := k - 1; x > lo && x > i-25; x-- {
					if d.toks[x].text == "," && (d.toks[x+1].lower == "which" || d.toks[x+1].lower == "who") {
						k = x
						break
					}
				}
			}
			if k >= lo && d.toks[k].text == "," && k > lo {
				if m := d.mentAt[k-1]; m != nil && m.ent != nil && !d.possessor(m) {
					return m.ent, m.lo
				}
				if personPronouns[d.toks[k-1].lower] {
					return d.lastPerson(k - 1), k - 1
				}
			}
			// "Meanwhile," and other openers
			return nil, -1
		}
		return nil, -1
	}
	return nil, -1
}

// lastPerson resolves "he" or "she" at token i: the subject of its own
// sentence when a person opens it, else the first person of one of the two
// sentences before, else the last person named before it there.
func (d *doc) lastPerson(i int) *entity {
	si := int(d.sentOf[i])
	for back := 0; back <= 2 && si-back >= 0; back++ {
		if back > 0 {
			// the one who spoke in that sentence, if someone did
			if e := d.speakerIn(si - back); e != nil && !d.quoteEnts[e] {
				return e
			}
		}
		m := d.firstPerson(si - back)
		if m == nil || back == 0 && m.lo >= i {
			continue
		}
		if !d.quoteEnts[m.ent] {
			return m.ent
		}
		// a speaker does not name himself in his quotation: the other
		// person of that sentence, the latest first
		s := d.sents[si-back]
		hi := s.hi
		if back == 0 {
			hi = i
		}
		for k := min(hi, s.lo+window) - 1; k > m.lo; k-- {
			if o := d.mentAt[k]; o != nil && o.ent != nil && o.ent.kind == kg.Person && !d.inQuote[k] && !d.possessor(o) && !d.quoteEnts[o.ent] {
				return o.ent
			}
		}
	}
	return nil
}

// firstPerson is the first person named outside quotations in sentence si
// (not as a possessor), cached.
func (d *doc) firstPerson(si int) *mention {
	if d.firstPer == nil {
		d.firstPer = make([]*mention, len(d.sents))
		d.firstDone = make([]bool, len(d.sents))
	}
	if d.firstDone[si] {
		return d.firstPer[si]
	}
	d.firstDone[si] = true
	s := d.sents[si]
	for k := s.lo; k < s.hi; k++ {
		if d.inQuote[k] {
			continue
		}
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent.kind == kg.Person && !d.possessor(m) {
			d.firstPer[si] = m
			break
		}
	}
	return d.firstPer[si]
}

// speakerAfter finds "said X" or "X said" right after a quotation closing at
// toks[c]: the speaker, the verb's index, or nil.
func (d *doc) speakerAfter(c, hi int) (*entity, int) {
	k := c + 1
	for k < hi && (d.toks[k].text == "," || d.toks[k].text == "\u2014") {
		k++
	}
	if k >= hi {
		return nil, -1
	}
	t := &d.toks[k]
	if !t.cap && (quoteVerbs[t.lower] || sayVerbs[t.lower] || t.lower == "claim") {
		// "said Amina Yusuf", "claimed Lind's Kenyan counterpart, Ada Otieno"
		for j := k + 1; j < hi && j < k+14; j++ {
			if d.inQuote[j] || d.toks[j].kind == tQuote {
				break
			}
			m := d.mentAt[j]
			if m == nil || m.ent == nil {
				continue
			}
			if d.possessor(m) || m.ent.kind == kg.Place && m.demonym {
				j = m.hi - 1
				continue
			}
			if m.ent.kind != kg.Person && m.hi < hi && (spokesNouns[d.toks[m.hi].lower] || roleWords[d.toks[m.hi].lower]) {
				// "said army spokesman Ivan Sokolov": the person, if named next
				for x := m.hi + 1; x < hi && x < m.hi+6; x++ {
					if o := d.mentAt[x]; o != nil && o.ent != nil && o.ent.kind == kg.Person {
						return o.ent, k
					}
				}
			}
			return m.ent, k
		}
		return nil, -2
	}
	// "X said", "X, the ..., said", "he said"
	for j := k; j < hi && j < k+16; j++ {
		if d.toks[j].kind == tQuote || d.toks[j].text == "." {
			break
		}
		if !d.toks[j].cap && (quoteVerbs[d.toks[j].lower] || sayVerbs[d.toks[j].lower]) {
			e, _ := d.subjectOf(j, k)
			if e != nil {
				return e, j
			}
			return nil, -2
		}
	}
	return nil, -1
}

// speakerBefore finds "X said: “…" or "X said that “…": the speaker and the
// verb's index.
func (d *doc) speakerBefore(o, lo int) (*entity, int) {
	for j := o - 1; j >= lo && j >= o-30; j-- {
		t := &d.toks[j]
		if d.toks[j].kind == tQuote {
			break
		}
		if (participles[t.lower] || quoteParticiples[t.lower]) && j > lo && d.toks[j-1].text == "," {
			if e := d.sentenceSubject(int(d.sentOf[j])); e != nil {
				return e, j
			}
			return nil, -2
		}
		if j < o-10 && !sayVerbs[t.lower] {
			continue // far from the quotation only a plain speech verb counts
		}
		if !t.cap && (sayVerbs[t.lower] || quoteVerbs[t.lower] || extraQuoteVerbs[t.lower]) {
			e, _ := d.subjectOf(j, lo)
			if e != nil {
				return e, j
			}
			return nil, -2
		}
	}
	return nil, -1
}

// extraQuoteVerbs introduce a quoted phrase but not reported speech.
var extraQuoteVerbs = wordSet(`described promised pledged vowed accused called calling termed labelled labeled
branded dubbed condemned criticised criticized praised welcomed`)

func (d *doc) quoteSaid(usedVerb map[int]bool) {
	var prevSpeaker *entity
	prevPara, prevSent, prevVerb := -1, -1, -1
	for qi := range d.quotes {
		q := &d.quotes[qi]
		text := d.quoteText(*q)
		if len(strings.Fields(text)) < 2 && !(len(strings.Fields(text)) == 1 && len(text) > 6) {
			continue
		}
		si := int(d.sentOf[q.op])
		s := d.sents[si]
		lastTok := q.cl
		if lastTok >= len(d.toks) {
			lastTok = len(d.toks) - 1
		}
		ei := int(d.sentOf[lastTok])
		para := d.paraOf(q.op)
		if para != prevPara {
			prevSpeaker = nil
		}
		var sp *entity
		verb := -1
		conf := confQuote
		d.quoteEnts = map[*entity]bool{}
		for k := q.op + 1; k < q.cl && k < len(d.toks) && k < q.op+4*window; k++ {
			if m := d.mentAt[k]; m != nil && m.ent != nil {
				d.quoteEnts[m.ent] = true
			}
		}
		if q.cl < len(d.toks) {
			sp, verb = d.speakerAfter(q.cl, d.sents[ei].hi)
			if sp != nil {
				si = ei
			}
		}
		if sp == nil && prevSpeaker != nil && prevSent == si && !d.sayBetween(prevVerb+1, q.op) {
			// the second half of a split quotation: "A," said X, "B."
			sp, verb = prevSpeaker, -1
		}
		if sp == nil && verb != -2 {
			sp, verb = d.speakerBefore(q.op, s.lo)
		}
		if sp == nil && verb != -2 {
			// a quotation standing alone: the speaker of the quotation before
			// it in the paragraph, or the subject of the sentence before
			if prevSpeaker != nil {
				sp, conf = prevSpeaker, confCarried
			} else if si > 0 && q.op == s.lo && d.paraOf(d.sents[si-1].lo) == para {
				sp, conf = d.sentenceSubject(si-1), confCarried
			} else if si > 0 && q.op == s.lo && d.toks[q.op].para {
				sp, conf = d.sentenceSubject(si-1), confCarried
				if sp != nil && sp.kind != kg.Person {
					sp = nil
				}
			}
		}
		d.quoteEnts = nil
		if sp == nil {
			continue
		}
		if verb >= 0 {
			usedVerb[verb] = true
		}
		if verb < 0 {
			verb = -1
		}
		q.used = true
		prevSpeaker = sp
		prevPara = para
		prevSent = ei
		prevVerb = verb
		if verb < 0 {
			prevVerb = q.cl
		}
		d.addSaidTarget(sp, d.topicIn(q.op+1, min(q.cl, len(d.toks)), sp), text, si, conf, verb)
	}
}

func (d *doc) paraOf(i int) int {
	if d.paraStart == nil {
		d.paraStart = make([]int32, len(d.toks))
		p := int32(0)
		for k := range d.toks {
			if d.toks[k].para {
				p = int32(k)
			}
			d.paraStart[k] = p
		}
	}
	if i < 0 || i >= len(d.paraStart) {
		return 0
	}
	return int(d.paraStart[i])
}

// sentenceSubject is the first person (or, failing that, organization)
// the sentence names outside quotations, or the person "he"/"she" stands for.
func (d *doc) sentenceSubject(si int) *entity {
	s := d.sents[si]
	var org *entity
	for i := s.lo; i < s.hi && i < s.lo+window; i++ {
		if d.inQuote[i] {
			continue
		}
		if personPronouns[d.toks[i].lower] && i == s.lo {
			return d.lastPerson(i)
		}
		if m := d.mentAt[i]; m != nil && m.ent != nil && !d.possessor(m) {
			if m.ent.kind == kg.Person {
				return m.ent
			}
			if m.ent.kind == kg.Organization && org == nil && i <= s.lo+2 {
				org = m.ent // an organization only as the sentence's subject
			}
		}
	}
	return org
}

// reportedSaid reads "X said (that) ..." and "according to X, ...".
func (d *doc) reportedSaid(usedVerb map[int]bool) {
	for si, s := range d.sents {
		for v := s.lo; v < s.hi; v++ {
			t := &d.toks[v]
			if d.inQuote[v] || usedVerb[v] || t.kind == tQuote {
				continue
			}
			if t.lower == "according" && v+2 < s.hi && d.toks[v+1].lower == "to" {
				d.according(si, v)
				continue
			}
			weakVerb := weakSayVerbs[t.lower] && !sayVerbs[t.lower]
			part := participles[t.lower] && v > s.lo && (d.toks[v-1].text == "," || t.lower == "saying" && d.toks[v-1].lower == "as")
			if t.cap || !(sayVerbs[t.lower] || weakSayVerbs[t.lower] || part) {
				continue
			}
			var sp *entity
			at := -1
			quotedAs := t.lower == "saying" && v > s.lo+2 && d.toks[v-1].lower == "as" && d.toks[v-2].lower == "quoted"
			if quotedAs {
				// "X was quoted as saying (that) ...": the subject of "quoted"
				q := v - 2
				if beForms[d.toks[q-1].lower] {
					q--
				}
				sp, at = d.subjectOf(q, s.lo)
				if sp == nil {
					continue
				}
			} else if part {
				sp = d.sentenceSubject(si)
			} else {
				sp, at = d.subjectOf(v, s.lo)
			}
			if sp == nil {
				continue
			}
			if text, ok := d.trailingSaid(s, at, v); ok {
				// "Lind invited Otieno to Oslo, her office said on Monday."
				d.addSaid(sp, text, si, confReported, v)
				continue
			}
			// the complement: past "on Tuesday", "in a statement", up to "that"
			c := v + 1
			var target *entity
			if (t.lower == "told" || t.lower == "tells") && c < s.hi {
				a := c
				if d.toks[a].lower == "the" && a+1 < s.hi {
					a++
				}
				if m := d.mentAt[a]; m != nil && m.ent != nil {
					target = m.ent
					c = m.hi
				}
			}
			that := false
			aside := c < s.hi && d.toks[c].text == "," // "stated, amid reports of ..., that"
			for k := c; k < s.hi && (k < c+8 || aside && k < c+25); k++ {
				if d.toks[k].lower == "that" {
					c = k + 1
					that = true
					break
				}
				if d.toks[k].text == "," && !aside || d.toks[k].kind == tQuote || sayVerbs[d.toks[k].lower] {
					break
				}
			}
			if c < s.hi && d.toks[c].text == ":" {
				c++
				that = true
			}
			if weakVerb && !that {
				continue
			}
			if c >= s.hi {
				continue
			}
			// a quotation right here was taken by quoteSaid
			if d.toks[c].kind == tQuote && d.quoteUsedAt(c) {
				continue
			}
			if d.toks[c].text == "," || d.toks[c].text == "." {
				continue
			}
			if !that && !d.clauseStart(c) {
				continue // "claimed responsibility", "replied in the negative"
			}
			end := min(s.hi, c+2*window)
			cut := false
			for k := c + 1; k < end; k++ {
				if d.toks[k].kind == tQuote && d.quoteUsedAt(k) {
					// the quotation is a statement of its own; what stands
					// before it is one only when it is a whole clause
					end = k
					cut = !(d.toks[k-1].text == "," || d.toks[k-1].text == ":")
					break
				}
			}
			if cut {
				continue
			}
			text := strings.TrimRight(strings.TrimSpace(d.text[d.toks[c].start:d.toks[end-1].end]), ".,;:\"\u201d ")
			text = strings.TrimLeft(text, "\"\u201c ")
			if len(strings.Fields(text)) < 3 {
				continue
			}
			if target == nil {
				target = d.topicIn(c, end, sp)
			}
			d.addSaidTarget(sp, target, text, si, confReported, v)
		}
	}
}

func (d *doc) quoteUsedAt(i int) bool {
	k := sort.Search(len(d.quotes), func(j int) bool { return d.quotes[j].op >= i })
	return k < len(d.quotes) && d.quotes[k].op == i && d.quotes[k].used
}

// according handles "according to X, clause" and "clause, according to X".
func (d *doc) according(si, v int) {
	s := d.sents[si]
	var sp *entity
	end := -1 // the last token of the source phrase
	for k := v + 2; k < s.hi && k < v+12; k++ {
		t := &d.toks[k]
		if t.text == "," || t.kind == tQuote {
			if sp == nil {
				return
			}
			// "according to the head of ..., Ivan Sokolov"
			if t.text == "," && k+1 < s.hi {
				if m := d.mentAt[k+1]; m != nil && m.ent != nil && m.ent.kind == kg.Person {
					sp = m.ent
					k = m.hi
					if k < s.hi && d.toks[k].text != "," {
						k--
					}
				}
			}
			end = k
			break
		}
		m := d.mentAt[k]
		if m == nil || m.ent == nil || d.possessor(m) || m.demonym {
			continue
		}
		if sp == nil {
			sp = m.ent
			end = m.hi - 1
			k = m.hi - 1
			if m.ent.kind == kg.Person {
				break // "According to Lyon the company decided ..."
			}
			continue
		}
		break
	}
	if sp == nil {
		return
	}
	var text string
	if v > s.lo+2 {
		// the clause before: "X happened, according to Y"
		e := v
		if d.toks[e-1].text == "," {
			e--
		}
		text = d.text[d.toks[max(s.lo, e-2*window)].start:d.toks[e-1].end]
	} else if c := end + 1; c < s.hi {
		if d.toks[c].text == "," {
			c++
		}
		if c < s.hi {
			text = d.text[d.toks[c].start:d.toks[min(s.hi, c+2*window)-1].end]
		}
	}
	text = strings.TrimRight(strings.TrimSpace(text), ".,;: ")
	if len(strings.Fields(text)) < 3 {
		return
	}
	d.addSaid(sp, text, si, confReported, v)
}

func (d *doc) addSaid(sp *entity, text string, si int, conf float64, verb int) {
	d.addSaidTarget(sp, nil, text, si, conf, verb)
}

func (d *doc) addSaidTarget(sp, target *entity, text string, si int, conf float64, verb int) {
	if len(text) > kg.MaxQuoteBytes {
		text = truncUTF8(text, kg.MaxQuoteBytes)
	}
	tgt := ""
	if target != nil && target != sp {
		tgt = target.id()
	}
	date, prec := d.relDate(si, false)
	if verb >= 0 && verb < len(d.toks) && int(d.sentOf[verb]) == si {
		// the date of the saying, not of what was said: up to the verb
		// and a few words after it, stopping at "that" or a quotation
		s := d.sents[si]
		hi := verb + 1
		for hi < s.hi && hi < verb+6 && d.toks[hi].lower != "that" && d.toks[hi].kind != tQuote && d.toks[hi].text != "," {
			hi++
		}
		date, prec = d.rangeDate(max(s.lo, verb-window), hi, false)
	}
	d.addRel(kg.Said, sp.id(), tgt, si, date, prec, kg.Happened, text, conf)
}

func truncUTF8(s string, n int) string {
	for n > 0 && n < len(s) && !isRuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// clauseOpeners can start a reported clause after a speech verb.
var clauseOpeners = wordSet(`the a an his her its their our my your it he she they we i you there this these
those that some no all any every each both many most several one two three four five six seven eight nine ten
more less only not none nobody nothing everyone everything anyone if whether what why how when where who`)

// clauseStart reports whether toks[i] can open the clause reported after a
// speech verb: a name, a number, a pronoun or determiner, or a quotation.
func (d *doc) clauseStart(i int) bool {
	t := &d.toks[i]
	if t.kind == tNum || t.kind == tQuote || t.cap {
		return true
	}
	if m := d.mentAt[i]; m != nil {
		return true
	}
	if clauseOpeners[t.lower] {
		return true
	}
	// "said turnout was", "said rising prices would": a bare noun phrase
	// of up to three words, then a finite verb
	for k := i; k < len(d.toks) && k < i+4; k++ {
		u := &d.toks[k]
		if u.kind != tWord || u.cap || d.inQuote[k] != d.inQuote[i] {
			return false
		}
		if k > i && finiteAux[u.lower] {
			return true
		}
		if clauseBreakers[u.lower] || finiteAux[u.lower] {
			return false
		}
	}
	return false
}

// finiteAux are finite verbs that end a reported clause's subject.
var finiteAux = wordSet(`was were is are had has have would will could should may might must can did does do
remain remains remained`)

// clauseBreakers cannot stand in a bare subject after a speech verb.
var clauseBreakers = wordSet(`on in at to for by with from of about after before during later earlier yesterday
today tonight last next and or but as than then also again while when`)

// sayBetween reports a speech verb in toks[lo:hi].
func (d *doc) sayBetween(lo, hi int) bool {
	for k := lo; k < hi && k < len(d.toks); k++ {
		if k >= 0 && sayVerbs[d.toks[k].lower] && !d.toks[k].cap {
			return true
		}
	}
	return false
}

// addressees may follow "told" in a trailing attribution.
var addressees = wordSet(`reporters journalists lawmakers parliament supporters press media parliamentarians
legislators senators students crowd crowds`)

// venueWords may follow a trailing attribution: "at a news conference".
var venueWords = wordSet(`at news press conference briefing interview radio television televised an`)

// spokesNouns speak for the organization named right before them.
var spokesNouns = wordSet(`spokesman spokeswoman spokesperson spokespeople spokesmen`)

// governmentOf finds the organization "<Demonym or country> government"
// among the article's entities.
func (d *doc) governmentOf(m *mention) *entity {
	for _, n := range []string{m.name, m.ent.name} {
		if e, ok := d.byKey[d.key(kg.Organization, n+" government")]; ok && e.mentions > 0 {
			return e
		}
	}
	return nil
}

// trailingSaid reads the clause before ", <speaker> said [when]." at the
// end of a sentence, the speaker's mention starting at toks[at].
func (d *doc) trailingSaid(s sentence, at, v int) (string, bool) {
	if at <= s.lo+2 {
		return "", false
	}
	// only dates and adverbs may follow the verb
	for k := v + 1; k < s.hi; k++ {
		t := &d.toks[k]
		if t.text == "." || t.text == "," && k == s.hi-1 || t.kind == tQuote && !t.open {
			break
		}
		if !(skippable[t.lower] || weekdays[t.lower] != 0 || t.lower == "on" || t.lower == "in" || t.lower == "a" || t.lower == "statement" || t.lower == "late" || t.lower == "early" || t.lower == "night" || t.lower == "evening" || t.lower == "morning" || t.lower == "afternoon" || t.lower == "week" || t.lower == "last") {
			// "..., X told reporters", "..., X told the BBC on Monday"
			told := d.toks[v].lower == "told" || d.toks[v].lower == "tells"
			if !(told && (addressees[t.lower] || t.lower == "the" || d.mentAt[k] != nil) || venueWords[t.lower]) {
				return "", false
			}
		}
	}
	b := at - 1
	for b > s.lo && (d.toks[b].lower == "the" || d.toks[b].lower == "a" || d.mentAt[b] != nil && d.mentAt[b].ent == nil) {
		b--
	}
	for b > s.lo {
		if _, ok := d.isTitle(b); !ok {
			break
		}
		b--
	}
	if d.toks[b].text != "," || d.inQuote[b] {
		return "", false
	}
	lo := max(s.lo, b-2*window)
	for k := lo; k < b && k < lo+10; k++ {
		if d.toks[k].text == "\u2014" || d.toks[k].text == "--" {
			lo = k + 1 // past a dateline: "YEREVAN, Armenia (AP) —"
			break
		}
	}
	if lo >= b || d.toks[lo].kind == tQuote {
		return "", false // a quotation: quoteSaid's
	}
	text := strings.TrimSpace(d.text[d.toks[lo].start:d.toks[b].start])
	if len(strings.Fields(text)) < 3 {
		return "", false
	}
	return text, true
}

// speakerIn is the person who is the subject of a speech verb in sentence
// si ("..., Ada Lind on Thursday told CNN that ..."), cached.
func (d *doc) speakerIn(si int) *entity {
	if d.speakerDone == nil {
		d.speakerDone = make([]bool, len(d.sents))
		d.speakerOf = make([]*entity, len(d.sents))
	}
	if d.speakerDone[si] {
		return d.speakerOf[si]
	}
	d.speakerDone[si] = true
	s := d.sents[si]
	for v := s.lo; v < s.hi && v < s.lo+2*window; v++ {
		t := &d.toks[v]
		if d.inQuote[v] || t.cap || !(sayVerbs[t.lower] || quoteVerbs[t.lower]) {
			continue
		}
		// only a named subject: a pronoun would send us back here
		i := v - 1
		for i >= s.lo && (skippable[d.toks[i].lower] || weekdays[d.toks[i].lower] != 0) {
			i--
		}
		if i >= s.lo {
			if m := d.mentAt[i]; m != nil && m.ent != nil && m.ent.kind == kg.Person && !d.possessor(m) {
				d.speakerOf[si] = m.ent
				return m.ent
			}
		}
	}
	return nil
}

// topicIn is what a statement is about: the first entity named in
// toks[lo:hi] that is not its speaker (a demonym standing for its
// country), or nil.
func (d *doc) topicIn(lo, hi int, sp *entity) *entity {
	for k := lo; k < hi && k < lo+2*window; k++ {
		if m := d.mentAt[k]; m != nil && m.ent != nil && m.ent != sp && m.ent.kind != kg.Event {
			return m.ent
		}
	}
	return nil
}

// orgAnaphors refer back to an organization as "the <noun>". The generic
// ones take the organization named last; the others one whose name has
// the noun ("the ministry": the last ministry named).
// "The company" is left out: which of several organizations is a company
// takes more than the last name to tell.
var orgAnaphors = wordSet(`group organisation organization charity ministry agency commission movement party`)

var genericAnaphors = wordSet(`group organisation organization charity`)

// lastOrg is the organization named last before toks[i], within a few
// paragraphs, that "the <noun>" can refer to.
func (d *doc) lastOrg(i int, noun string) *entity {
	for k := i - 2; k >= 0 && k > i-300; k-- {
		m := d.mentAt[k]
		if m == nil || m.ent == nil {
			continue
		}
		k = m.lo
		if m.ent.kind != kg.Organization || k > 0 && (d.toks[k-1].lower == "an" || d.toks[k-1].lower == "a") {
			continue // "an al-Qaeda affiliate": a modifier
		}
		if genericAnaphors[noun] || strings.Contains(strings.ToLower(m.ent.name), noun) {
			return m.ent
		}
	}
	return nil
}

// leadsSentence reports whether mention m opens the sentence starting at
// toks[lo], past "the": the subject of its first verb.
func (d *doc) leadsSentence(m *mention, lo int) bool {
	return m.lo == lo || m.lo == lo+1 && d.toks[lo].lower == "the"
}
