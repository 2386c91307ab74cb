package rules

import (
	"github.com/newsgraph/newsgraph/ingest/gazetteer"
	"slices"
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/kg"
)

// SAID patterns. Quotations are attributed first (the quotation patterns,
// tried in order for each quotation); then speech verbs outside the
// quotations they introduced yield reported speech.

// quoteCtx is the quotation being attributed.
type quoteCtx struct {
	q      *quote
	text   string
	si, ei int // sentences of the opening and the closing mark
	para   int
	// orphan: a speech verb stands right after the quotation but its
	// subject is nobody the article names ("…," a witness said), so no
	// speaker is looked for before it or carried from context.
	orphan bool
}

// quoteState is what the quotation before the current one left: a split or
// continued quotation takes its speaker.
type quoteState struct {
	sp         *entity
	para, sent int
	verb       int
	// rel is the SAID the quotation wrote (an index into d.rels), or -1:
	// a continuation joins it; cl is the quotation's closing mark.
	rel, cl int
}

var saidQuoteSpeakerAfter = &pattern{
	name: "said-quote-speaker-after",
	doc:  `A quotation followed by its attribution: "…," X said / said X / X, the minister, said.`,
	typ:  kg.Said,
	attribute: func(d *doc, c *quoteCtx) (*entity, int, float64) {
		if c.q.cl >= len(d.toks) {
			return nil, -1, 0
		}
		sp, verb := d.speakerAfter(c.q.cl, d.sents[c.ei].hi)
		if sp != nil {
			if p, pv := d.relayedQuoteSpeaker(c, sp); p != nil {
				return p, pv, confQuote // "X told him that France would “stand by Lebanon”, the ministry said": X's words
			}
			c.si = c.ei
			return sp, verb, confQuote
		}
		c.orphan = verb == -2
		return nil, -1, 0
	},
	examples: []example{
		{"Foreign Minister Rui Lopes met the envoy on Monday. Lopes called for \u201can immediate ceasefire and access for aid,\u201d the Peruvian foreign ministry said.", []string{"SAID person:rui-lopes: an immediate ceasefire and access for aid"}},
		{"\u201cChildren are being used as lookouts,\u201d said UNICEF\u2019s Representative in Peru, Ana Costa.", []string{"SAID person:ana-costa: Children are being used as lookouts"}},
		{"\u201cTravellers were turned back,\u201d said the EU commissioner for Home Affairs, Ana Costa.", []string{"SAID person:ana-costa: Travellers were turned back"}},
		{"\u201cOur leader is safe,\u201d a Varnok website quoted the group's spokesman, Rui Lopes, as saying.", []string{"SAID person:rui-lopes: Our leader is safe"}},
		{"\u201cWe will not leave,\u201d Mr Holm said.\n\nLars Holm is prime minister.", []string{"SAID person:lars-holm: We will not leave"}},
		{"\u201cWe will not leave,\u201d said Lars Holm, the prime minister.", []string{"SAID person:lars-holm: We will not leave"}},
		{"\u201cWe will stay,\u201d said NATO spokesman Lars Holm.", []string{"SAID person:lars-holm: We will stay"}},
		{"The UN rights office criticised the raids. \u201cRaids must respect the law,\u201d said a spokeswoman for the office, Ana Costa.", []string{"SAID person:ana-costa: Raids must respect the law"}},
		{"\u201cRaids must respect the law,\u201d said a spokeswoman for the Andean Council, Ana Costa.", []string{"SAID person:ana-costa: Raids must respect the law"}},
		{"\u201cWe were lucky,\u201d said Ohio State guard Tom Reed.", []string{"SAID person:tom-reed: We were lucky"}},
		{"\u201cThe fine is fair,\u201d agency chief Kim Seung-woo said.", []string{"SAID person:kim-seung-woo: The fine is fair"}},
		{"Amnesty International said it had sent observers. \u201cWe saw the beatings,\u201d the group said.",
			[]string{"SAID organization:amnesty-international: it had sent observers", "SAID organization:amnesty-international: We saw the beatings"}},
		{"The Indian foreign ministry summoned the envoy. Amnesty International protested. \u201cWe will respond,\u201d the ministry said.",
			[]string{"SAID organization:indian-foreign-ministry: We will respond"}},
		{"Anna Berg accused Lars Holm, who denied it.\n\n\u201cI never met Berg,\u201d he said.", []string{"SAID person:lars-holm: I never met Berg"}},
		{"Andrea Lupo arrived on Monday.\n\n\u201cThe talks have failed,\u201d he said.", []string{"SAID person:andrea-lupo: The talks have failed"}},
		{"Like President Lars Holm, Prime Minister Rui Lopes kept his remarks short.\n\n\u201cThe talks have failed,\u201d he said.", []string{"SAID person:rui-lopes: The talks have failed"}},
		{"Andrea Lupo met Rui Lopes on Monday.\n\n\u201cThe talks have failed,\u201d he said.", []string{"SAID person:rui-lopes: The talks have failed"}},
		{"Anna Berg hid. Her spokesman, Rui Lopes, said: \u201cShe is safe.\u201d\n\n\u201cShe will return,\u201d he added.",
			[]string{"SAID person:rui-lopes: She is safe", "SAID person:rui-lopes: She will return"}},
		{"\u201cWe will not leave,\u201d a witness said.", nil},
		{"\u201cWe will stay,\u201d said Lars Holm. The host then pressed the minister on whether Norway would \u201clook the other way\u201d on it.", []string{"SAID person:lars-holm: We will stay"}},
	},
}

// relayedQuoteSpeaker is the person whose words a quotation inside their
// own reported clause gives when a body closes the sentence relaying them:
// "Costa told him that France would “stand by Lebanon”, the ministry
// said", "Lopes called for “an immediate ceasefire”, the ministry said".
// Nil when no person speaks before the quotation in its sentence.
func (d *doc) relayedQuoteSpeaker(c *quoteCtx, relay *entity) (*entity, int) {
	if relay.kind != kg.Organization || c.si != c.ei {
		return nil, -1
	}
	s := d.sents[c.si]
	for k := c.q.op - 1; k > s.lo; k-- {
		t := &d.toks[k]
		if t.kind == tQuote || d.inQuote[k] || t.text == ";" {
			return nil, -1
		}
		if t.cap || !(sayVerbs[t.lower] || appealVerbs[t.lower] || t.lower == "told") || !d.reportable(k) {
			continue
		}
		p, _ := d.subjectOf(k, s.lo)
		if p == nil || p.kind != kg.Person || p == relay {
			return nil, -1
		}
		return p, k
	}
	return nil, -1
}

var saidQuoteContinued = &pattern{
	name: "said-quote-continued",
	doc:  `The second half of a quotation split by its attribution: "A," said X, "B."`,
	typ:  kg.Said,
	attribute: func(d *doc, c *quoteCtx) (*entity, int, float64) {
		p := d.qPrev
		if p.sp != nil && p.sent == c.si && !d.sayBetween(p.verb+1, c.q.op) {
			return p.sp, -1, confQuote
		}
		return nil, -1, 0
	},
	examples: []example{
		{"\u201cWe will not leave,\u201d said Lars Holm, \u201cnot now, not ever.\u201d",
			[]string{"SAID person:lars-holm: We will not leave, not now, not ever"}},
		{"The Tarma Council rejected the report as \u201cbaseless\u201d, saying the army \u201crespects human rights\u201d and accusing the group of seeking to \u201cdiscredit\u201d the armed forces.",
			[]string{"SAID organization:tarma-council: rejected the report as \u201cbaseless\u201d the army \u201crespects human rights\u201d the group of seeking to \u201cdiscredit\u201d the armed forces"}},
	},
}

var saidQuoteSpeakerBefore = &pattern{
	name: "said-quote-speaker-before",
	doc:  `A quotation introduced by its speaker: X said: "…", X said that "…", X described it as "…", …, calling it "…".`,
	typ:  kg.Said,
	attribute: func(d *doc, c *quoteCtx) (*entity, int, float64) {
		if c.orphan {
			return nil, -1, 0
		}
		sp, verb := d.speakerBefore(c.q.op, d.sents[c.si].lo)
		c.orphan = verb == -2 || verb == -3 // -3: a fragment, read with its clause
		return sp, verb, confQuote
	},
	examples: []example{
		{"Rui Lopes was jailed in Lima. In the letter, delivered by Ana Costa last December, Lopes continues, \u201cI have been in jail for two years now.\u201d", []string{"SAID person:rui-lopes: I have been in jail for two years now"}},
		{"Lars Holm hailed the accord as \"a new beginning\".", []string{"SAID person:lars-holm: hailed the accord as \"a new beginning\""}},
		{"Her colleague, Rosa Vega of the Andean Policy Forum, was blunter: \u201cThe plan is dead.\u201d", []string{"SAID person:rosa-vega: The plan is dead"}},
		{"The result was clear: \u201cWe won.\u201d", nil},
		{"Peru's envoy visited Lima and Santiago. Santiago described the incident as \u201can unacceptable act\u201d.", []string{"SAID place:chile: described the incident as \u201can unacceptable act\u201d"}},
		{"Lars Holm said: \u201cThe talks have failed.\u201d", []string{"SAID person:lars-holm: The talks have failed"}},
		{"Lars Holm said of his rival \u201che has never been a friend of this city\u201d.", []string{"SAID person:lars-holm: he has never been a friend of this city"}},
		{"Peruvian prime minister Lars Holm, said, \u201cThe talks have failed.\u201d", []string{"SAID person:lars-holm: The talks have failed"}},
		{"Astronomer Lars Holm clarified: \u201cSmall rocks are rubble piles.\u201d", []string{"SAID person:lars-holm: Small rocks are rubble piles"}},
		{"Prime Minister Lars Holm addressed the parliament saying, \u201cWe honour the unknown heroes.\u201d", []string{"SAID person:lars-holm: We honour the unknown heroes"}},
		{"Lars Holm issued a statement saying, \u201cThe talks have failed.\u201d Anna Berg released a brief statement: \u201cWe are sad.\u201d",
			[]string{"SAID person:lars-holm: The talks have failed", "SAID person:anna-berg: We are sad"}},
		{"\u201cWe will not leave,\u201d said Lars Holm. Anna Berg said, \u201cwe will.\u201d",
			[]string{"SAID person:lars-holm: We will not leave", "SAID person:anna-berg: we will"}},
		// a quotation with an attribution of its own is a statement apart
		{"\u201cWe will not leave,\u201d said Lars Holm. He called the plan \u201ca trap.\u201d",
			[]string{"SAID person:lars-holm: We will not leave", "SAID person:lars-holm: called the plan \u201ca trap.\u201d"}},
		{"Lars Holm dismissed the report as \u201cfake news and nothing more\u201d.", []string{"SAID person:lars-holm: dismissed the report as \u201cfake news and nothing more\u201d"}},
		{"Lars Holm rejected the \u201cpeace plan\u201d on Monday.", nil},
		{"A statement from the Varnok Red Cross read: \u201cTwelve people were hurt.\u201d", []string{"SAID organization:varnok-red-cross: Twelve people were hurt"}},
		{"The sign at the gate read: \u201cNo entry.\u201d Lars Holm read: \u201cWe shall return.\u201d", nil},
		// a quoted phrase the clause goes on from: the clause is what was said
		{"Tavor Kelmani noted \u201clarge exercises\u201d by Tarnsund near the border as a reason for the deployment.",
			[]string{"SAID person:tavor-kelmani: \u201clarge exercises\u201d by Tarnsund near the border as a reason for the deployment"}},
		{"Rui Lopes warned of \u201cgrave consequences\u201d if the talks failed.", []string{"SAID person:rui-lopes: \u201cgrave consequences\u201d if the talks failed"}},
		{"Rui Lopes warned of \u201cgrave consequences\u201d.", []string{"SAID person:rui-lopes: grave consequences"}},
		{"The Varnok Electoral Council said the count was \u201clargely fair,\u201d but it noted \u201cisolated errors\u201d in two districts.",
			[]string{"SAID organization:varnok-electoral-council: the count was \u201clargely fair,\u201d but it noted \u201cisolated errors\u201d in two districts"}},
		{"Lars Holm dismissed the protests as \u201cpassions after a match\u201d.", []string{"SAID person:lars-holm: dismissed the protests as \u201cpassions after a match\u201d"}},
		{"Senator Lars Holm (Labour) who represents a district which Anna Berg once visited said \u201cWe will not bend.\u201d", []string{"SAID person:lars-holm: We will not bend"}},
		{"Ana Costa spoke first. Lars Holm, a rival candidate, expressed fear that \u201cthe vote is not free.\u201d", []string{"SAID person:lars-holm: the vote is not free"}},
		{"As the head of the senate, Lars Holm, put it: \u201cWe serve no one.\u201d", []string{"SAID person:lars-holm: We serve no one"}},
		{"Lars Holm defended Anna Berg by saying \u201cthe critics see enemies everywhere.\u201d", []string{"SAID person:lars-holm: the critics see enemies everywhere"}},
		{"Lars Holm said that the envoys' tasks were set, \u201cThey will not fight.\u201d", []string{"SAID person:lars-holm: They will not fight"}},
		{"Lars Holm criticised the deal and said \u201cit cannot stand.\u201d", []string{"SAID person:lars-holm: it cannot stand"}},
		{"Lars Holm said the country was \u201cin the midst of crisis\u201d and called for \u201ca new era of thrift\u201d.",
			[]string{"SAID person:lars-holm: the country was \u201cin the midst of crisis\u201d", "SAID person:lars-holm: called for \u201ca new era of thrift\u201d"}},
		{"Lars Holm condemned the raid, calling it \u201ca crime against us all.\u201d", []string{"SAID person:lars-holm: calling it \u201ca crime against us all.\u201d"}},
		{"Lars Holm, speaking at a rally in Puno, Peru, called the vote \u201ca suicide march\u201d for his rivals.", []string{"SAID person:lars-holm: called the vote \u201ca suicide march\u201d for his rivals"}},
		{"Lars Holm spoke outside the palace. He warned of \u201chard choices in the months ahead.\u201d", []string{"SAID person:lars-holm: hard choices in the months ahead"}},
		{"Foreign Minister Lars Holm was filmed telling protest leaders: \u201cSign it or face the army.\u201d", []string{"SAID person:lars-holm: Sign it or face the army"}},
	},
}

var saidQuoteCarried = &pattern{
	name: "said-quote-carried",
	doc:  `A quotation standing alone takes the speaker of the quotation before it in the paragraph, or the subject of the sentence before.`,
	typ:  kg.Said,
	attribute: func(d *doc, c *quoteCtx) (*entity, int, float64) {
		if c.orphan {
			return nil, -1, 0
		}
		s := d.sents[c.si]
		switch {
		case d.qPrev.sp != nil && d.standsAlone(c):
			return d.qPrev.sp, -1, confCarried
		case c.si > 0 && c.q.op == s.lo && d.paraOf(d.sents[c.si-1].lo) == c.para:
			return d.sentenceSubject(c.si - 1), -1, confCarried
		case c.si > 0 && c.q.op == s.lo && d.toks[c.q.op].para:
			if sp := d.sentenceSubject(c.si - 1); sp != nil && sp.kind == kg.Person {
				return sp, -1, confCarried
			}
		}
		return nil, -1, 0
	},
	examples: []example{
		{"Lars Holm left the talks early.\n\nHe was angry. \u201cThey have failed.\u201d", []string{"SAID person:lars-holm: They have failed"}},
		{"\u201cWe will not leave,\u201d said Lars Holm. \u201cNot now, not ever.\u201d",
			[]string{"SAID person:lars-holm: We will not leave. Not now, not ever"}},
		{"\u201cWe will not leave,\u201d said Lars Holm.\n\n\u201cNot now, not ever.\u201d",
			[]string{"SAID person:lars-holm: We will not leave", "SAID person:lars-holm: Not now, not ever"}},
		{"The storm passed.\n\n\u201cIt was terrible.\u201d", nil},
		{"Lars Holm spoke on Monday. \u201cWe will not leave this city.\n\n\u201cThe talks have failed,\u201d he said.",
			[]string{"SAID person:lars-holm: We will not leave this city. The talks have failed"}},
		{"\u201cWe will not leave this city,\u201d Lars Holm said. \u201cWe have nowhere to go.\n\n\u201cThe talks have failed.\u201d",
			[]string{"SAID person:lars-holm: We will not leave this city. We have nowhere to go. The talks have failed"}},
	},
}

var saidQuoteSubject = &pattern{
	name: "said-quote-subject",
	doc:  `A long quotation inside a sentence that has no verb of speech is the words of the sentence's subject, a named person or body: 'X sent "his deepest sympathy to everyone who lost a loved one"'.`,
	typ:  kg.Said,
	attribute: func(d *doc, c *quoteCtx) (*entity, int, float64) {
		s := d.sents[c.si]
		if c.orphan || c.q.op == s.lo || len(strings.Fields(c.text)) < 5 || d.toks[c.q.op-1].isArticle() {
			return nil, -1, 0
		}
		// "In a statement, X sent “…”": the statement of the lead
		// adjunct is what the quotation is from, no verb of its own
		lo := d.pastLeadAdjunct(c.si)
		for k := lo; k < s.hi; k++ {
			if w := d.toks[k].lower; !d.inQuote[k] && (sayVerbs[w] || weakSayVerbs[w] || quoteVerbs[w] || extraQuoteVerbs[w] || participles[w] || w == "according" || statementNouns[w]) {
				return nil, -1, 0 // the sentence has its own verb of speech, which other patterns read
			}
		}
		sp := d.sentenceSubject(c.si)
		if sp == nil || sp.kind != kg.Person && sp.kind != kg.Organization || d.quoteEnts[sp] {
			return nil, -1, 0
		}
		for k := lo; k < c.q.op && k <= lo+4; k++ {
			if m := d.mentAt[k]; m != nil && m.ent == sp {
				return sp, -1, confCarried // the subject opens the sentence, before the quotation
			}
		}
		return nil, -1, 0
	},
	examples: []example{
		{"Prime Minister Lars Holm sent \u201chis deepest sympathy to everyone who lost a loved one.\u201d", []string{"SAID person:lars-holm: his deepest sympathy to everyone who lost a loved one"}},
		{"Lars Holm won the \u201cBest Novel of the Year by a Young Writer\u201d prize.", nil},
		{"In a statement, Prime Minister Lars Holm sent \u201chis deepest sympathy to everyone who lost a loved one.\u201d", []string{"SAID person:lars-holm: his deepest sympathy to everyone who lost a loved one"}},
	},
}

// standsAlone reports a quotation that opens its sentence or follows a
// colon or a comma after nothing but itself: a statement of its own, not a
// phrase quoted inside someone else's sentence ("pressed the minister on
// whether Norway would \u201clook the other way\u201d").
func (d *doc) standsAlone(c *quoteCtx) bool {
	s := d.sents[c.si]
	if c.q.op == s.lo {
		return true
	}
	p := d.toks[c.q.op-1].text
	return p == ":" || (p == "," || p == "and") && c.q.op >= 2 && d.toks[c.q.op-2].kind == tQuote
}

// attributeQuote offers quotation qi to the quotation patterns and writes
// the SAID the first of them attributes.
func (d *doc) attributeQuote(qi int) {
	q := &d.quotes[qi]
	if q.cont && q.used {
		return // read with the quotation it continues
	}
	text := d.quoteText(*q)
	// a quotation of several paragraphs is one statement
	last := qi
	for last+1 < len(d.quotes) && d.quotes[last+1].cont {
		if end := d.toks[max(d.quotes[last].cl-1, 0)].text; end == "." || end == "!" || end == "?" {
			text += end // the paragraph's own full stop, trimmed by quoteText
		}
		last++
		text += " " + d.quoteText(d.quotes[last])
	}
	if n := len(strings.Fields(text)); n < 2 && !(n == 1 && len(text) > 6) {
		return
	}
	c := &quoteCtx{q: q, text: text, si: int(d.sentOf[q.op]), ei: int(d.sentOf[min(q.cl, len(d.toks)-1)]), para: d.paraOf(q.op)}
	if c.para != d.qPrev.para {
		d.qPrev.sp = nil
	}
	d.quoteEnts = map[*entity]bool{}
	for k := q.op + 1; k < q.cl && k < len(d.toks) && k < q.op+4*window; k++ {
		if m := d.mentAt[k]; m != nil && m.ent != nil {
			d.quoteEnts[m.ent] = true
		}
	}
	var sp *entity
	verb := -1
	conf := 0.0
	for _, p := range quotePatterns {
		d.by = p.name
		if sp, verb, conf = p.attribute(d, c); sp != nil {
			break
		}
	}
	if sp == nil && last > qi {
		// the attribution may close the last paragraph: '"…," he said.'
		lq := &d.quotes[last]
		lc := &quoteCtx{q: lq, text: text, si: int(d.sentOf[min(lq.op, len(d.toks)-1)]), ei: int(d.sentOf[min(lq.cl, len(d.toks)-1)]), para: d.paraOf(lq.op)}
		d.by = saidQuoteSpeakerAfter.name
		if sp, verb, conf = saidQuoteSpeakerAfter.attribute(d, lc); sp != nil {
			c.ei = lc.ei
		}
	}
	d.quoteEnts = nil
	if sp == nil {
		return
	}
	d.claim(verb, kg.Said)
	for j := qi; j <= last; j++ {
		d.quotes[j].used = true
	}
	prev := d.qPrev
	d.qPrev = quoteState{sp: sp, para: d.paraOf(d.quotes[last].op), sent: c.ei, verb: verb, rel: -1, cl: d.quotes[last].cl}
	if verb < 0 {
		d.qPrev.verb = q.cl
	}
	topic := d.topicIn(q.op+1, min(q.cl, len(d.toks)), sp)
	split := d.by == saidQuoteContinued.name && c.si == prev.sent
	next := d.by == saidQuoteCarried.name && c.si == prev.sent+1 && q.op == d.sents[c.si].lo
	if (split || next) && prev.sp == sp && prev.rel >= 0 && prev.para == c.para {
		// the quotation goes on after its attribution ("A," said X, "B.")
		// or opens the next sentence: one statement (GUIDELINES, settled
		// convention 3)
		mark := "." // the sentence of the first part ended
		if split {
			mark = d.toks[max(prev.cl-1, 0)].text // "The barriers will hold, but …"
			text = d.fragmentClause(prev.cl, c, text)
		}
		if d.joinSaid(prev.rel, mark, topic, text, c.ei) {
			d.qPrev.rel = prev.rel
			return
		}
	}
	if d.by == saidQuoteSpeakerBefore.name && last == qi {
		text = d.clauseOfFragment(c, verb, text)
	}
	n := len(d.rels)
	d.addSaidTarget(sp, topic, text, c.si, conf, verb)
	if len(d.rels) > n {
		d.qPrev.rel = n
	}
}

// fragmentClause widens a quoted fragment that goes on a statement in its
// sentence to the clause around it: '..., saying the army “respects human
// rights” and accusing the group of seeking to “discredit” the forces'
// gives 'the army “respects human rights”' and 'the group of seeking to
// “discredit” the forces', not the fragments alone. The clause opens after
// the last verb of speech, participle or comma after the statement's last
// closing mark at toks[prev]; a quotation right after such a word ('"A,"
// said X, "B."') is its own words.
func (d *doc) fragmentClause(prev int, c *quoteCtx, text string) string {
	s := d.sents[c.si]
	op := c.q.op
	if prev < s.lo || prev >= op || c.q.cl >= s.hi || len(strings.Fields(text)) > 8 {
		return text
	}
	b := op
	for k := op - 1; k > prev; k-- {
		w := d.toks[k].lower
		if d.toks[k].text == "," || participles[w] || quoteParticiples[w] || accuseVerbs[w] || sayVerbs[w] {
			break
		}
		b = k
	}
	if b == op {
		return text
	}
	end := c.q.cl + 1
	end = d.clauseEnd(end, s.hi)
	out := strings.TrimRight(strings.TrimSpace(d.text[d.toks[b].start:d.toks[end-1].end]), ".,;: ")
	if len(out) > kg.MaxQuoteBytes {
		return text
	}
	return out
}

// clauseOfFragment widens a short quotation its verb names something by
// ("called the report “propaganda”", "condemned the drills as “blatant
// intimidation”") to the clause: from the verb through the quotation to
// the clause's end. The words quoted are then read in the sentence they
// stand in, as annotators quote them; the clause holds the fragment.
func (d *doc) clauseOfFragment(c *quoteCtx, verb int, text string) string {
	s := d.sents[c.si]
	if verb < s.lo || verb >= c.q.op || c.q.cl >= s.hi && c.q.cl != s.hi || int(d.sentOf[min(c.q.cl, len(d.toks)-1)]) != c.si {
		return text
	}
	w := d.toks[verb].lower
	if sayVerbs[w] && !extraQuoteVerbs[w] {
		return d.clauseAfterSaidFragment(c, verb, text)
	}
	if !extraQuoteVerbs[w] && !dismissVerbs[w] || c.q.op-verb < 2 || len(strings.Fields(text)) > 12 {
		return text // "said: “…”", a long quotation: its own words
	}
	for k := verb + 1; k < c.q.op; k++ {
		if t := d.toks[k].text; t == "," || t == ":" || t == ";" || d.toks[k].kind == tQuote {
			return text // "condemned the attack, saying “…”": the quotation stands apart
		}
	}
	end := c.q.cl
	for end < s.hi && d.toks[end].kind == tQuote {
		end++
	}
	end = d.clauseEnd(end, s.hi)
	out := strings.TrimSpace(d.text[d.toks[verb].start:d.toks[end-1].end])
	out = strings.TrimRight(out, ".,;: ")

	if len(out) > kg.MaxQuoteBytes {
		return text
	}
	return out
}

// clauseAfterSaidFragment widens a short quoted phrase that a verb of
// speech reports and the clause then goes on from ('noted “large
// exercises” by Tarnsund near the border as a reason for the deployment',
// 'warned of “grave consequences” if the talks failed', 'said “hundreds
// of fighters” had crossed the river'): what was said is the clause, the
// quotation only marks the words taken from the source. The clause runs
// from the quotation to the next comma, semicolon, quotation mark or verb
// of speech; a quotation that ends its clause, or one long enough to be a
// statement of its own, is left as it is.
func (d *doc) clauseAfterSaidFragment(c *quoteCtx, verb int, text string) string {
	s := d.sents[c.si]
	if len(strings.Fields(text)) > 8 || c.q.op-verb > 2 {
		return text
	}
	if c.q.op-verb == 2 && !fragmentOpeners[d.toks[verb+1].lower] {
		return text // "told reporters “…”": the quotation is the statement
	}
	end := c.q.cl
	for end < s.hi && d.toks[end].kind == tQuote {
		end++
	}
	if end >= s.hi || d.toks[end].kind != tWord || d.toks[end].cap || sayVerbs[d.toks[end].lower] || d.toks[end].lower == "and" {
		return text // the quotation ends its clause ("warned of “grave consequences”.")
	}
	start := end
	end = d.clauseEnd(end, s.hi)
	if end == start {
		return text
	}
	out := strings.TrimRight(strings.TrimSpace(d.text[d.toks[c.q.op].start:d.toks[end-1].end]), ".,;: ")
	if len(out) > kg.MaxQuoteBytes {
		return text
	}
	return out
}

// clauseEnd is where the clause going on at toks[k] ends, before hi: at
// a comma, semicolon, full stop or quotation mark, a verb of speech
// ("state" after an article is a noun), or "and" before one.
func (d *doc) clauseEnd(k, hi int) int {
	for ; k < hi; k++ {
		t := &d.toks[k]
		if t.text == "," || t.text == ";" || t.text == "." || t.kind == tQuote || sayVerbs[t.lower] && !d.nounAfterDeterminer(k) || t.lower == "and" && k+1 < hi && d.speechVerbAt(k+1, hi) {
			return k
		}
	}
	return hi
}

// joinSaid appends the rest of a quotation, ending in sentence ei, to the
// SAID d.rels[ri] after the mark that closed its first part: its quote,
// its evidence (now up to that sentence) and, when it had none, its
// target. It reports false, joining nothing, when the joined quote would
// be longer than a quote may be: the rest is then a statement of its own.
func (d *doc) joinSaid(ri int, mark string, topic *entity, text string, ei int) bool {
	r := &d.rels[ri]
	q := r.Quote
	if mark == "." || mark == "," || mark == "!" || mark == "?" || mark == ";" {
		q += mark
	}
	q += " " + text
	if len(q) > kg.MaxQuoteBytes {
		return false
	}
	d.relBy[ri] = d.by // the pattern that completed the statement
	r.Quote = q
	if r.Target == "" && topic != nil && topic.id() != r.Source {
		r.Target = topic.id()
	}
	if end := d.sents[ei].end; end > r.Evidence.End && end-r.Evidence.Start <= kg.MaxSentenceBytes {
		r.Evidence.End = end
		r.Evidence.Sentence = d.text[r.Evidence.Start:end]
	}
	r.ID = kg.RelationID(d.a.ID, r.Type, r.Source, r.Target, r.Evidence.Start, r.Evidence.End, r.Quote)
	return true
}

// reportable reports whether toks[v] can be the verb of reported speech:
// outside quotations and written in lower case.
func (d *doc) reportable(v int) bool {
	t := &d.toks[v]
	return !d.inQuote[v] && t.kind != tQuote && !t.cap && !d.passive(v) && !d.nounAfterDeterminer(v) && !d.unsaid(v) && !d.wroteAWork(v) && !d.addedTo(v)
}

// addedTo reports "added X to ...": a verb that puts something somewhere
// ("added Rui Lopes to its sanctions list"), not one of speech.
func (d *doc) addedTo(v int) bool {
	if w := d.toks[v].lower; w != "added" && w != "adds" && w != "add" && w != "adding" {
		return false
	}
	k := v + 1
	if k < len(d.toks) && (determiners[d.toks[k].lower] || possessivePronouns[d.toks[k].lower] || numberWords[d.toks[k].lower] || d.toks[k].kind == tNum) {
		k++
	}
	if m := d.mentAt[min(k, len(d.toks)-1)]; k < len(d.toks) && m != nil && m.lo == k {
		k = m.hi
	} else {
		for n := 0; k < len(d.toks) && n < 3 && d.toks[k].kind == tWord && !d.toks[k].cap && d.toks[k].lower != "to" && d.toks[k].lower != "that"; n++ {
			k++ // "added two more companies to"
		}
	}
	return k < len(d.toks) && d.toks[k].lower == "to" && k+1 < len(d.toks) && !d.toks[k+1].cap && d.toks[k+1].kind == tWord &&
		(determiners[d.toks[k+1].lower] || possessivePronouns[d.toks[k+1].lower])
}

// wroteAWork reports "wrote a book", "wrote a letter to X": a verb of
// writing whose object is the work, not words reported ("wrote in a letter
// that ..." and "wrote that ..." stay statements).
func (d *doc) wroteAWork(v int) bool {
	if w := d.toks[v].lower; w != "wrote" && w != "writes" && w != "write" && w != "written" {
		return false
	}
	k := v + 1
	if k < len(d.toks) && (determiners[d.toks[k].lower] || possessivePronouns[d.toks[k].lower] || numberWords[d.toks[k].lower]) {
		k++
		for n := 0; k < len(d.toks) && n < 2 && !writtenWorks[d.toks[k].lower] && d.toks[k].kind == tWord && !d.toks[k].cap; n++ {
			k++ // "a new book", "an open letter"
		}
	}
	return k < len(d.toks) && writtenWorks[d.toks[k].lower]
}

// unsaid reports a verb of speech at toks[v] that the sentence negates or
// refuses: "did not say whether", "would not say", "declined to say".
func (d *doc) unsaid(v int) bool {
	if v < 2 {
		return false
	}
	p := d.toks[v-1].lower
	switch {
	case p == "not" || p == "n't" || p == "never":
		return finiteAux[d.toks[v-2].lower] || d.toks[v-2].lower == "did" || strings.HasSuffix(d.toks[v-2].lower, "n't")
	case strings.HasSuffix(p, "n't"):
		return true // "didn't say"
	case p == "to":
		w := d.toks[v-2].lower
		return w == "declined" || w == "refused" || w == "declining" || w == "refusing" || w == "declines" || w == "refuses"
	}
	return false
}

// nounAfterDeterminer reports a word after "the", "a", a possessive
// pronoun or a preposition: "the protests", "his claims", "carried by
// state media" are nouns, not verbs of speech.
func (d *doc) nounAfterDeterminer(v int) bool {
	if (d.toks[v].lower == "state" || d.toks[v].lower == "states") && v+1 < len(d.toks) && stateMedia[d.toks[v+1].lower] {
		return true // "told state television": the state's, no verb
	}
	if d.toks[v].lower == "state" && v > 0 && v+1 < len(d.toks) && d.toks[v+1].lower != "that" {
		if m := d.mentAt[v-1]; m != nil && m.ent != nil && m.ent.kind == kg.Place && m.hi == v {
			return true // "Ondo state Governor X", "an air strike in Rakhine state killed 19": the state, no verb
		}
	}
	return v > 0 && (determiners[d.toks[v-1].lower] || nounPreps[d.toks[v-1].lower] && !strings.HasSuffix(d.toks[v].lower, "ing"))
}

// passive reports a past participle after a form of "be" at toks[v]: "was
// declared the winner", "were told to leave" state no one's words.
func (d *doc) passive(v int) bool {
	if v == 0 {
		return false
	}
	p := d.toks[v-1].lower
	if p != "was" && p != "were" && p != "been" && p != "being" && p != "is" && p != "are" && p != "be" {
		return false
	}
	w := d.toks[v].lower
	return !strings.HasSuffix(w, "ing")
}

var saidAccordingTo = &pattern{
	name: "said-according-to",
	doc:  `"According to X, clause" and "clause, according to X".`,
	typ:  kg.Said,
	cues: wordSet("according"),
	at: func(d *doc, si, v int) bool {
		if d.inQuote[v] || !(v+2 < d.sents[si].hi && d.toks[v+1].lower == "to") {
			return false
		}
		d.according(si, v)
		return true
	},
	examples: []example{
		{"Drivers at the Arica depot were laid off on Tuesday, according to Kestrel Freight officials.", []string{"SAID organization:kestrel-freight: Drivers at the Arica depot were laid off on Tuesday"}},
		{"According to Lars Holm the talks failed after Norway left.", []string{"SAID person:lars-holm: the talks failed after Norway left"}},
		{"The talks have failed, according to Lars Holm.", []string{"SAID person:lars-holm: The talks have failed"}},
		{"According to the report, the talks failed.", nil},
		{"Activists marched in Lima. According to them the Varnok Company is responsible for the spill.", nil},
		{"According to the investigation, Major General Rui Lopes, who commands the 87th Brigade, ordered the strike.", nil},
		{"The court sentenced him to ten years, according to a court document seen by Reuters.", nil},
		{"He did not react as the sentence was read out, according to a Reuters witness in the courtroom.", nil},
		{"Rockets hit the port, according to Varnok Interior Ministry spokesman Rui Lopes.", []string{"SAID person:rui-lopes: Rockets hit the port"}},
		{"According to Varnok University historian Dr. Rui Lopes, the bridge is the oldest in Tarma.", []string{"SAID person:rui-lopes: the bridge is the oldest in Tarma"}},
		{"By the age of 15, according to the Varnok Institute, children in Tarma leave school.", []string{"SAID organization:varnok-institute: children in Tarma leave school"}},
		{"According to a statement from the Varnok Council, President Lars Holm will travel to Oslo.", []string{"SAID organization:varnok-council: President Lars Holm will travel to Oslo"}},
		{"According to a statement from Lars Holm's office, the president will travel to Lima.", []string{"SAID person:lars-holm: the president will travel to Lima"}},
		{"According to the head of the city council, Ana Costa, the blast hit a school.", []string{"SAID person:ana-costa: the blast hit a school"}},
		{"The strikes were carried out by Peru, according to a spokesman for the army, Brigadier General Ali Saad.", []string{"SAID person:ali-saad: The strikes were carried out by Peru"}},
		{"At least 23 people were killed, according to the United Nations peacekeeping mission, MINUVAR.", []string{"SAID organization:minuvar: At least 23 people were killed"}},
		{"At least 11 civilians were killed in the fighting, according to a local rights group, the Tarma Civil Society Coordination.", []string{"SAID organization:tarma-civil-society-coordination: At least 11 civilians were killed in the fighting"}},
		{"Nine people were detained, according to Lima police.", []string{"SAID organization:lima-police: Nine people were detained"}},
		{"More than 9,000 people have fled since January, according to the UN refugee agency MINUVAR.", []string{"SAID organization:minuvar: More than 9,000 people have fled since January"}},
		{"According to the final results read out by Kestrel Commission chairperson Rui Lopes in Lima, the Varnok Party took 51 seats.", []string{"SAID organization:kestrel-commission: the Varnok Party took 51 seats"}},
		{"According to the Kestrel Institute (KI), the group's research arm, militant attacks rose by 79% this year.", []string{"SAID organization:kestrel-institute: militant attacks rose by 79% this year"}},
		{"According to the Kestrel Institute, nearly five hours later, a second quake hit the province.", []string{"SAID organization:kestrel-institute: nearly five hours later, a second quake hit the province"}},
		{"According to the Kestrel Institute, the three men, Rui Lopes, Ana Costa and Lars Holm, were paid to do it.", []string{"SAID organization:kestrel-institute: the three men, Rui Lopes, Ana Costa and Lars Holm, were paid to do it"}},
		{"According to the Kestrel Institute, only 30 aid trucks reached Tarma in July, against some 300 needed.", []string{"SAID organization:kestrel-institute: only 30 aid trucks reached Tarma in July, against some 300 needed"}},
	},
}

var saidChargeDenied = &pattern{
	name: "said-charge-denied",
	doc:  `A denial tacked onto an accusation: "X accuses Y of Z, a charge Y denies" (Y's statement), "..., an accusation the party rejects" (the accused's).`,
	typ:  kg.Said,
	cues: wordSet("denies denied deny rejects rejected reject"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if d.inQuote[v] || v-4 < s.lo {
			return false // no room for ", a charge X denies"
		}
		j := v - 1
		if j > s.lo && (d.toks[j].lower == "has" || d.toks[j].lower == "have" || d.toks[j].lower == "strongly" || d.toks[j].lower == "also") {
			j--
		}
		// the denier: a name, "the party", "it" or "they" right after
		// "<a charge> (that)"
		var denier *entity
		k := j
		if w := d.toks[j].lower; w == "it" || w == "they" {
			k = j // the accused, whatever else the pronoun was taken for
		} else if m := d.mentAt[j]; m != nil && m.ent != nil && m.hi == j+1 && !m.demonym && !d.possessor(m) {
			denier, k = m.ent, m.lo
		} else if j-1 > s.lo && d.toks[j-1].lower == "the" && orgRefNouns[w] != "" && d.mentAt[j] == nil {
			k = j - 1 // "a charge the party denies"
		} else {
			return false
		}
		if k-1 > s.lo && d.toks[k-1].lower == "that" {
			k--
		}
		if k-3 < s.lo || !disputedNouns[d.toks[k-1].lower] || d.toks[k-2].lower != "a" && d.toks[k-2].lower != "an" || d.toks[k-3].text != "," {
			return false
		}
		comma := k - 3
		// the accusation before the comma: "accuse(s|d) Y of Z"
		acc, of := -1, -1
		for x := comma - 1; x > s.lo; x-- {
			if d.toks[x].kind == tQuote && d.inQuote[x] != d.inQuote[comma] || d.toks[x].text == ";" {
				break
			}
			if accuseVerbs[d.toks[x].lower] {
				acc = x
				break
			}
		}
		for x := acc + 1; acc >= 0 && x < comma && x < acc+12; x++ {
			if d.toks[x].lower == "of" {
				of = x // "accuses Y of": the first "of" after the accused
				break
			}
		}
		if acc < 0 || of < 0 || of+1 >= comma {
			return false
		}
		var accused, accuser *entity
		if beForms[d.toks[acc-1].lower] {
			// "Y has been accused by X of Z, a charge it rejects"
			accused, _ = d.subjectOf(acc-1, s.lo)
			if d.toks[acc+1].lower == "by" {
				accuser = d.actorAfter(acc+2, comma)
			}
		} else if m := d.mentAt[min(acc+1, s.hi-1)]; m != nil && m.ent != nil && m.lo == acc+1 {
			accused = m.ent
		} else if m := d.mentAt[min(acc+2, s.hi-1)]; acc+2 < s.hi && d.toks[acc+1].lower == "the" && m != nil && m.ent != nil && m.lo == acc+2 {
			accused = m.ent
		}
		if denier == nil {
			denier = accused // "a charge it denies": the accused's own denial
		}
		if denier == nil || accused != nil && denier != accused && denier.kind != kg.Place {
			return false
		}
		what := strings.TrimRight(strings.TrimSpace(d.text[d.toks[of+1].start:d.toks[comma-1].end]), ".,;:")
		if accuser == nil {
			accuser = d.verbSpeaker(si, acc)
		}
		d.addSaidTarget(denier, accuser, d.text[d.toks[comma+1].start:d.toks[v].end]+" "+what, si, confReported, v)
		return true
	},
	examples: []example{
		{"Lima accuses Quito of backing the Varnok Front, a charge Quito denies.", []string{"SAID place:peru: Quito of backing the Varnok Front", "SAID place:ecuador: a charge Quito denies backing the Varnok Front"}},
		{"Critics accuse the Kelvaro Party of steering the country towards Chile, a charge the party denies.", []string{"SAID organization:kelvaro-party: a charge the party denies steering the country towards Chile"}},
		{"The Varnok Front has been accused by Peru of arming the gangs, a charge it rejects.", []string{"SAID organization:varnok-front: a charge it rejects arming the gangs"}},
		{"Peru accused the Varnok Front of arming the gangs, an accusation it has rejected.", []string{"SAID place:peru: the Varnok Front of arming the gangs", "SAID organization:varnok-front: an accusation it has rejected arming the gangs"}},
	},
}

var saidAccused = &pattern{
	name: "said-accused",
	doc:  `An accusation is a statement: "X accused Y of Z" says "Y of Z", about Y.`,
	typ:  kg.Said,
	cues: accuseVerbs,
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if !d.reportable(v) || v+2 >= s.hi {
			return false
		}
		sp := d.verbSpeaker(si, v)
		if sp == nil {
			return false
		}
		k := v + 1
		if d.toks[k].lower == "the" {
			k++
		}
		for k+1 < s.hi && d.mentAt[k] == nil {
			if _, title := d.isTitle(k); !title {
				break
			}
			k++ // "accused President X of"
		}
		m := d.mentAt[k]
		var accused *entity
		of := k
		switch {
		case m != nil && m.ent != nil && m.ent != sp:
			accused, of = m.ent, m.hi
		case m == nil && (d.toks[k].kind == tQuote || d.toks[k].kind == tWord):
			// "accused “criminal groups” working with foreign forces of",
			// "accused the South of": someone the text does not name
			of = k + 1
			for of < s.hi && of < k+12 && d.toks[of].lower != "of" && d.toks[of].text != "," {
				of++
			}
			if of >= s.hi || d.toks[of].lower != "of" {
				return false
			}
		default:
			return false
		}
		stop := of + 4
		for of < s.hi && of < stop && d.toks[of].lower != "of" && d.toks[of].lower != "over" && d.toks[of].kind == tWord {
			of++ // "accused Ana Costa's government of"
		}
		if of >= s.hi || d.toks[of].lower != "of" && d.toks[of].lower != "over" {
			return false
		}
		end := min(s.hi, of+2*window)
		for x := of + 1; x < end; x++ {
			if d.toks[x].text == "," && x+1 < end && (d.toks[x+1].lower == "saying" || d.toks[x+1].lower == "adding") && d.toks[v].lower != "accusing" {
				return false // "X accused Y of Z, saying W": one statement, told by its participle
			}
			if d.toks[x].text == ";" || d.toks[x].text == "," && x+1 < end && ((d.toks[x+1].lower == "a" || d.toks[x+1].lower == "an") && x+2 < end && disputedNouns[d.toks[x+2].lower] || sayVerbs[d.toks[x+1].lower]) {
				end = x
				break
			}
		}
		text := strings.TrimRight(strings.TrimSpace(d.text[d.toks[v+1].start:d.toks[end-1].end]), ".,;:")
		if len(strings.Fields(text)) < 3 {
			return false
		}
		d.addSaidTarget(sp, accused, text, si, confReported, v)
		if _, at := d.subjectOf(v, s.lo); at >= s.lo {
			for _, co := range d.coSubjects(at, s.lo, sp) {
				if co != accused {
					d.addSaidTarget(co, accused, text, si, confReported, v) // "Peru and Bolivia accuse Chile of ..."
				}
			}
		}
		return true
	},
	examples: []example{
		{"Peru has long accused Chile of arming the rebels.", []string{"SAID place:peru: Chile of arming the rebels"}},
		{"The North's official Varnok News Agency accused the South of firing first.", []string{"SAID organization:varnok-news-agency: the South of firing first"}},
		{"Peru accused Chile of spying on its navy.", []string{"SAID place:peru: Chile of spying on its navy"}},
		{"Opposition leader Ana Costa accused President Rui Lopes of stealing the election.", []string{"SAID person:ana-costa: President Rui Lopes of stealing the election"}},
		{"Ana Costa spoke in Lima. She accused \u201ccriminal groups\u201d working with \u201cforeign forces\u201d of trying to buy votes.",
			[]string{"SAID person:ana-costa: \u201ccriminal groups\u201d working with \u201cforeign forces\u201d of trying to buy votes"}},
		{"The Baltic Energy Council accused the Kestrel Freight company of hiding losses.", []string{"SAID organization:baltic-energy-council: the Kestrel Freight company of hiding losses"}},
		{"Peru was accused of spying.", nil},
		{"Peru and Bolivia accuse Chile of backing the Varnok Front.", []string{"SAID place:peru: Chile of backing the Varnok Front", "SAID place:bolivia: Chile of backing the Varnok Front"}},
		{"Lima accuses Quito of backing the Varnok Front, an accusation Quito denies.", []string{"SAID place:peru: Quito of backing the Varnok Front", "SAID place:ecuador: an accusation Quito denies backing the Varnok Front"}},
		{"Peru accused the Varnok Front of arming the gangs, a charge Ana Costa denies.", []string{"SAID place:peru: the Varnok Front of arming the gangs"}}, // not the accused's denial
		{"A driver interviewed by Radio Varnok accusing Kestrel Freight of bullying spoke out.", nil},
	},
}

var saidCalled = &pattern{
	name: "said-called",
	doc:  `Naming a thing in words is a statement: "X called the deal a violation of its sovereignty", "X has called the attack an act of terror"; its words are the object and what it was called. A quotation inside is the quotation patterns'.`,
	typ:  kg.Said,
	cues: wordSet("called calls"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if !d.reportable(v) || v+3 >= s.hi || v == s.lo {
			return false
		}
		if p := d.toks[v-1]; p.kind == tWord && !p.cap && d.mentAt[v-1] == nil && !skippable[p.lower] && !finiteAux[p.lower] && !strings.HasSuffix(p.lower, "ly") || beForms[p.lower] {
			return false // "a militia called X", "was called": a name, no saying
		}
		k := v + 1
		if w := d.toks[k].lower; !determiners[w] && !possessivePronouns[w] && w != "him" && w != "her" && w != "it" && w != "them" && d.mentAt[k] == nil {
			return false // "called on", "called for", "called off"
		}
		end := k + 1
		second := false
		for end < s.hi && end < k+25 {
			t := &d.toks[end]
			if t.kind == tQuote || t.text == ";" || t.text == ":" {
				return false // "called the report “propaganda”": the quotation's
			}
			if t.text == "," || t.text == "." || t.lower == "and" && end+1 < s.hi && d.speechVerbAt(end+1, s.hi) {
				break
			}
			if (t.lower == "a" || t.lower == "an") && end > k+1 {
				second = true // "the deal a violation"
			}
			end++
		}
		if !second {
			return false
		}
		for end > k && (d.toks[end-1].lower == "in" || d.toks[end-1].lower == "on") {
			end--
		}
		sp := d.verbSpeaker(si, v)
		if sp == nil {
			return false
		}
		text := strings.TrimRight(strings.TrimSpace(d.text[d.toks[k].start:d.toks[end-1].end]), ".,;: ")
		if len(strings.Fields(text)) < 3 {
			return false
		}
		d.addSaidTarget(sp, nil, text, si, confReported, v)
		return true
	},
	examples: []example{
		{"Peru has called the deal a violation of its sovereignty.", []string{"SAID place:peru: the deal a violation of its sovereignty"}},
		{"Lars Holm called the attack an act of terror, and Chile agreed.", []string{"SAID person:lars-holm: the attack an act of terror"}},
		{"A militia called the Varnok Front attacked Tarma.", nil},
		{"Lars Holm called the outcome a disaster.", []string{"SAID person:lars-holm: the outcome a disaster"}},
		{"Lars Holm called off the talks with Chile.", nil},
	},
}

var saidFigure = &pattern{
	name: "said-figure",
	doc:  `A figure given is a statement: "the ministry put the death toll at 27", "police put the number at about 1,200"; its words are the figure and what it counts.`,
	typ:  kg.Said,
	cues: wordSet("put puts"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if !d.reportable(v) || v+4 >= s.hi {
			return false
		}
		if w := d.toks[v+1].lower; w != "the" && w != "its" && w != "their" {
			return false
		}
		at := -1
		for k := v + 2; k+1 < s.hi && k < v+14; k++ {
			t := &d.toks[k]
			if t.text == "," || t.text == ";" || t.kind == tQuote {
				return false
			}
			if t.lower == "at" && (d.toks[k+1].kind == tNum || approxWords[d.toks[k+1].lower] || d.toks[k+1].lower == "least" || d.toks[k+1].lower == "more" || numberWords[d.toks[k+1].lower]) {
				at = k
				break
			}
		}
		if at < 0 || !countedNouns[d.toks[v+2].lower] && !(v+3 < at && countedNouns[d.toks[v+3].lower]) {
			return false // "put the plan at risk": no figure
		}
		sp := d.verbSpeaker(si, v)
		if sp == nil {
			return false
		}
		end := at + 1
		for end < s.hi && d.toks[end].text != "," && d.toks[end].text != ";" && d.toks[end].lower != "and" && !(d.toks[end].kind == tPunct && d.toks[end].text == ".") {
			end++
		}
		text := strings.TrimRight(strings.TrimSpace(d.text[d.toks[v+1].start:d.toks[end-1].end]), ".,;:")
		d.addSaidTarget(sp, nil, text, si, confReported, v)
		return true
	},
	examples: []example{
		{"Organisers said 150,000 people took part; the Interior Ministry of Peru put the figure at 50,000.", []string{"SAID organization:interior-ministry-of-peru: the figure at 50,000"}},
		{"The Varnok Front put the death toll at 27 and said most of those killed were soldiers.", []string{"SAID organization:varnok-front: the death toll at 27 most of those killed were soldiers"}},
		{"The Tarma Emergency Service later put the number of injured in the capital at 17.", []string{"SAID organization:tarma-emergency-service: the number of injured in the capital at 17"}},
		{"The strike put the talks at risk.", nil},
	},
}

var saidStance = &pattern{
	name: "said-stance",
	doc:  `A stand taken in words is a statement: "X condemned the attack", "X blamed Y for Z", "X denied responsibility", "X denied those reports", "X rejected the accusation", "X claimed responsibility for the bombing", "X called for calm", "X urged restraint", "X expressed serious concern", "X vowed to retaliate"; its words are the verb and its object. A reason given with it (", saying ...", "and said ...") or a quotation is the statement instead.`,
	typ:  kg.Said,
	cues: union(stanceVerbs, commitVerbs, wordSet("warned warns")),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if !d.reportable(v) || v+2 >= s.hi {
			return false
		}
		w, next := d.toks[v].lower, d.toks[v+1].lower
		if a := d.skipTimeAdjunct(v+1, s.hi); a > v+1 {
			if a >= s.hi || d.toks[a].kind != tWord {
				return false // "..., the minister announced on Sunday.": no object of its own
			}
			if d.toks[a].lower == "that" {
				next = "that" // "announced on Monday that ..."
			}
			if d.toks[a].lower == "for" {
				next = "for" // "called Wednesday for a cease-fire"
			}
		}
		if commitVerbs[w] {
			if next != "to" || v+2 >= s.hi || d.toks[v+2].kind != tWord || d.toks[v+2].cap {
				return false // "pledged $10 million", "promised that ...": another reading
			}
		} else if next == "that" || strings.HasSuffix(next, "ing") || d.toks[v+1].kind != tWord || pronounSubjects[next] {
			return false // "denied that ...", "denied carrying out ...", "announced it will close": reported speech
		}

		k := v + 1
		for k < s.hi && k < v+4 && (determiners[d.toks[k].lower] || demonstratives[d.toks[k].lower] || d.toks[k].lower == "any" || d.toks[k].lower == "all" || d.toks[k].lower == "such") {
			k++
		}
		switch w {
		case "warned", "warns":
			if next != "of" || k >= s.hi || d.toks[k].kind != tWord {
				return false // "warned that ...", "warned residents to ...": other patterns read them
			}
		case "ruled":
			if next != "out" {
				return false // "ruled the country", "ruled that ..."
			}
		case "denied", "denies", "rejected", "rejects", "dismissed", "dismisses":
			if k >= s.hi || !disputedNouns[d.toks[k].lower] {
				return false // "rejected the bill", "denied entry"
			}
		case "called", "calls", "appealed", "appeals", "urged", "urges":
			if (w == "called" || w == "calls" || w == "appealed" || w == "appeals") && next != "for" {
				return false // "called on X to ...", "called X a Y": other patterns read them
			}
			for x := v + 1; x < s.hi && d.toks[x].text != "," && d.toks[x].text != "."; x++ {
				if d.toks[x].lower == "to" {
					return false // "urged both sides to ...", "called for the vote to be annulled": said-appeal reads it
				}
			}
		case "expressed", "expresses", "voiced", "voices":
			for k < s.hi && k < v+4 && (strings.HasSuffix(d.toks[k].lower, "ly") || concernAdjectives[d.toks[k].lower]) {
				k++ // "expressed deep concern", "expressed its full solidarity"
			}
			if k >= s.hi || !expressedNouns[d.toks[k].lower] {
				return false // "expressed interest in buying X"
			}
		case "claimed", "claims":
			if k >= s.hi {
				return false
			}
			if n := d.toks[k].lower; n != "responsibility" && n != "credit" && !attackNouns[n] && attackKind[n] == "" {
				return false // "claimed victory", "claimed asylum"
			}
		}
		sp := d.verbSpeaker(si, v)
		if sp == nil {
			return false
		}
		end := v + 1
		for end < s.hi && d.toks[end].text != "," && d.toks[end].text != ";" && d.toks[end].text != ":" && !(d.toks[end].kind == tPunct && d.toks[end].text == ".") {
			if d.toks[end].kind == tQuote || d.inQuote[end] {
				return false // "condemned the raid as “a crime”": the quotation is the statement
			}
			if (d.toks[end].lower == "and" || d.toks[end].lower == "but") && end+1 < s.hi && (sayVerbs[d.toks[end+1].lower] || weakSayVerbs[d.toks[end+1].lower] || d.toks[end+1].lower == "called" || d.toks[end+1].lower == "urged") {
				return false // "condemned the attack and said ...": one statement, its words said
			}
			end++
		}
		if end < s.hi && d.toks[end].text == "," && end+1 < s.hi {
			if n := d.toks[end+1].lower; n == "saying" || n == "adding" || n == "calling" && !appealPreps[d.peek(end+2)] || n == "describing" || n == "claiming" || n == "insisting" || n == "arguing" || n == "stating" {
				return false // "denied any role, saying ...": one statement, told by its participle
			}
		}
		for x := s.lo; x < s.hi; x++ {
			if x >= v && x < end {
				continue
			}
			if x > v && d.toks[x].kind == tQuote {
				return false // a quotation later in the sentence is the stand's words
			}
			if !d.inQuote[x] && (sayVerbs[d.toks[x].lower] || d.toks[x].lower == "saying") && !stanceVerbs[d.toks[x].lower] {
				return false // "X said it condemned the attack", "X condemned it, her spokesman said": told by the verb of saying
			}
		}
		if (w == "claimed" || w == "claims") && d.saysNext(si, sp) {
			return false // "X claimed responsibility. The group said its fighters ...", "X denied the charge. “...,” she said.": one statement, its words
		}
		if end-v < 2 {
			return false
		}
		var target *entity
		for x := v + 1; x < end; x++ {
			if m := d.mentAt[x]; m != nil && m.ent != nil && m.ent != sp {
				target = m.ent
				break
			}
		}
		text := strings.TrimRight(strings.TrimSpace(d.text[d.toks[v].start:d.toks[end-1].end]), ".,;:")
		d.addSaidTarget(sp, target, text, si, confReported, v)
		if e, at := d.subjectOf(v, s.lo); e == sp && at >= 0 && !strings.HasPrefix(w, "announce") && !reciprocal(d.peek(v+1), d.peek(v+2)) {
			for _, co := range d.coSubjects(at, s.lo, sp) {
				d.addSaidTarget(co, target, text, si, confReported, v) // "Peru and Chile condemned the attack": both
			}
		}
		return true
	},
	examples: []example{
		{"The Tarma Party has denied those reports.", []string{"SAID organization:tarma-party: denied those reports"}},
		{"The Tarma Party vowed to retaliate.", []string{"SAID organization:tarma-party: vowed to retaliate"}},
		{"Rui Lopes pledged $10 million to the fund.", nil},
		{"The Andean Council called Wednesday for an immediate cease-fire.", []string{"SAID organization:andean-council: called Wednesday for an immediate cease-fire"}},
		{"The Varnok Front claimed responsibility for the bombing in Tarma.", []string{"SAID organization:varnok-front: claimed responsibility for the bombing in Tarma"}},
		{"Said Harthy condemned the attack.", []string{"SAID person:said-harthy: condemned the attack"}},
		{"Peru, Chile and Bolivia also condemned the attack.", []string{"SAID place:bolivia: condemned the attack", "SAID place:chile: condemned the attack", "SAID place:peru: condemned the attack"}},
		{"Peru and Chile blamed each other for the shooting.", []string{"SAID place:chile: blamed each other for the shooting"}},
		{"Rui Lopes thanked voters and called for calm.", []string{"SAID person:rui-lopes: called for calm"}},
		{"Lars Holm condemned the attack, calling for calm.", []string{"SAID person:lars-holm: condemned the attack"}},
		{"The European Union was following developments and urged restraint.", []string{"SAID organization:european-union: urged restraint"}},
		{"Peru expressed serious concern over the clashes.", []string{"SAID place:peru: expressed serious concern over the clashes"}},
		{"Peru expressed interest in buying the jets.", nil},
		{"The Varnok Red Cross warned of food shortages in the northern camps.", []string{"SAID organization:varnok-red-cross: warned of food shortages in the northern camps"}},
		{"Ana Costa dismissed the claims as lies.", []string{"SAID person:ana-costa: dismissed the claims as lies"}},
		{"Ana Costa dismissed the minister on Monday.", nil},
		{"Kenya has ruled out any deal with the rebels.", []string{"SAID place:kenya: ruled out any deal with the rebels"}},
		{"The Varnok Front ruled the region for a decade.", nil},
		{"Rui Lopes voiced concern that the talks would fail.", []string{"SAID person:rui-lopes: voiced concern that the talks would fail"}},
		{"The singer voiced the lead role in the film.", nil},
		{"The Varnok Front claimed the attack.", []string{"SAID organization:varnok-front: claimed the attack"}},
		{"Lars Holm claimed responsibility for the attack.", []string{"SAID person:lars-holm: claimed responsibility for the attack"}},
		{"Prime Minister Rui Lopes visited Tarma on Wednesday and announced compensation for the family of each person killed.", []string{"SAID person:rui-lopes: announced compensation for the family of each person killed"}},
		{"The provincial government blamed the Varnok Front for the killings.", nil},
		{"Peru blamed the Varnok Front for the killings.", []string{"SAID place:peru: blamed the Varnok Front for the killings"}},
		{"The Varnok Senate condemned the bombing on Monday.", []string{"SAID organization:varnok-senate: condemned the bombing on Monday"}},
		{"Ana Costa has consistently denied responsibility for the attack.", []string{"SAID person:ana-costa: denied responsibility for the attack"}},
		{"Bolivia, which Lima accuses of arming the rebels, denied any involvement.", []string{"SAID place:bolivia: denied any involvement"}},
		{"Lima rejected the accusation that it had lost control of the border.", []string{"SAID place:peru: rejected the accusation that it had lost control of the border"}},
		{"The Varnok Council rejected the bill on Monday.", nil},
		{"Ana Costa was denied entry to Peru.", nil},
		{"The Varnok Front claimed victory in Tarma.", nil},
		{"Two soldiers were shot and wounded by police, a claim the police denied.", nil},
	},
}

// coordinatedSpeaker is the speaker of a verb of speech or stance before
// "and" or "but" at toks[v-1] (past adverbs: "and also said"), for the
// speech verb at toks[v] it coordinates: "Lima denies supporting X and
// says Y", "Z rejected the plan but said W".
func (d *doc) coordinatedSpeaker(si, v int) *entity {
	s := d.sents[si]
	k := v - 1
	for k > s.lo && skippable[d.toks[k].lower] {
		k--
	}
	if k <= s.lo || d.toks[k].lower != "and" && d.toks[k].lower != "but" || d.inQuote[k] {
		return nil
	}
	for x := k - 1; x >= s.lo; x-- {
		t := &d.toks[x]
		if d.inQuote[x] || t.cap {
			continue
		}
		if t.text == ";" {
			return nil
		}
		if sayVerbs[t.lower] || weakSayVerbs[t.lower] || stanceVerbs[t.lower] || accuseVerbs[t.lower] || praiseVerbs[t.lower] {
			if !d.reportable(x) {
				return nil
			}
			e, _ := d.subjectOf(x, s.lo)
			return e
		}
	}
	return nil
}

// openingActor is the subject that opens the sentence before "and"
// coordinates the verb at toks[v] with the first: "Peru's Foreign Ministry
// sent its condolences in a statement and said it was ready to help". The
// subject must be a name right before a verb in the past, with no comma
// between it and "and"; else nil.
func (d *doc) openingActor(si, v int) *entity {
	s := d.sents[si]
	if v-1 <= s.lo || d.toks[v-1].lower != "and" || d.inQuote[v] {
		return nil
	}
	k := d.pastDateline(s.lo, v)
	if k < v && d.toks[k].lower == "the" {
		k++
	}
	m := d.mentAt[min(k, v-1)]
	if m == nil || m.ent == nil || m.lo != k || m.demonym || m.ent.kind == kg.Event || m.ent.kind == kg.Place && !d.isCountry(m.ent) {
		return nil
	}
	if o := d.mentAt[min(m.hi+1, v-1)]; d.possessor(m) && o != nil && o.ent != nil && o.lo == m.hi+1 && o.ent.kind == kg.Organization {
		m = o // "Peru's Foreign Ministry"
	}
	if m.hi >= v-1 {
		return nil
	}
	w := &d.toks[m.hi]
	if w.kind != tWord || w.cap || !(pastVerbs[w.lower] || strings.HasSuffix(w.lower, "ed") || w.lower == "sent") {
		return nil
	}
	for k := m.hi; k < v-1; k++ {
		if d.toks[k].text == "," || d.toks[k].text == ";" || d.toks[k].kind == tQuote || sayVerbs[d.toks[k].lower] {
			return nil
		}
	}
	return m.ent
}

// afterPraise reports a verb of praise or welcome as the verb that "and"
// before toks[v] coordinates ("welcomed the talks and urged"), not one of
// speech or appeal, whose clause already holds the appeal.
func (d *doc) afterPraise(si, v int) bool {
	s := d.sents[si]
	for x := v - 2; x >= s.lo; x-- {
		t := &d.toks[x]
		if d.inQuote[x] || t.cap {
			continue
		}
		if sayVerbs[t.lower] || weakSayVerbs[t.lower] || stanceVerbs[t.lower] || accuseVerbs[t.lower] || appealVerbs[t.lower] || praiseVerbs[t.lower] {
			return praiseVerbs[t.lower]
		}
	}
	return false
}

// saysNext reports a statement of sp told in the sentence after si: "The
// group said ...", "In a statement, it said ...", "“...,” she said.".
func (d *doc) saysNext(si int, sp *entity) bool {
	if si+1 >= len(d.sents) {
		return false
	}
	n := d.sents[si+1]
	for x := n.lo; x < n.hi; x++ {
		if d.inQuote[x] || !sayVerbs[d.toks[x].lower] {
			continue
		}
		if e, _ := d.subjectOf(x, n.lo); e == sp {
			return true
		}
	}
	return false
}

var saidAppeal = &pattern{
	name: "said-appeal",
	doc:  `An appeal is a statement: "X called on Y to Z", "X urged Y to Z" says "Y to Z".`,
	typ:  kg.Said,
	cues: appealVerbs,
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if !d.reportable(v) || v+3 >= s.hi {
			return false
		}
		c := v + 1
		if w := d.toks[v].lower; strings.HasPrefix(w, "call") {
			if d.toks[c].lower == "on" && c+2 < s.hi && isWeekday(d.toks[c+1].lower) {
				c += 2 // "called on Tuesday for the army to": a date, then the appeal
			} else if c+1 < s.hi && isWeekday(d.toks[c].lower) && d.toks[c+1].lower != "on" {
				c++ // "called Wednesday for a cease-fire"
			}
			if d.toks[c].lower != "on" && d.toks[c].lower != "upon" && d.toks[c].lower != "for" {
				return false // "called the outcome ..."
			}
			c++
		}
		if v > 0 && beForms[d.toks[v-1].lower] {
			return false // "X was urged to"
		}
		if d.toks[c].lower == "not" && c+3 < s.hi && d.toks[c+1].lower == "to" && d.toks[c+2].lower == "be" && (d.toks[c+3].lower == "named" || d.toks[c+3].lower == "identified") {
			return false // "they asked not to be named": a source's terms, nothing said
		}
		sp := d.verbSpeaker(si, v)
		if sp == nil {
			if e := d.coordinatedSpeaker(si, v); e != nil && d.afterPraise(si, v) {
				sp = e // "X welcomed the talks and urged both sides to ..."
			}
		}
		if sp == nil {
			return false
		}
		// the one appealed to, then "to" and a verb
		to := -1
		for k := c; k < s.hi && k < c+10; k++ {
			if d.toks[k].kind == tQuote && k > c && k+2 < s.hi && d.toks[k+1].lower == "to" && d.toks[k+2].kind == tWord && !d.toks[k+2].cap {
				continue // urged both sides “to refrain from ...”
			}
			if d.toks[k].text == "," || d.toks[k].kind == tQuote || d.toks[k].text == ";" {
				break
			}
			if d.toks[k].lower == "to" && k > c && k+1 < s.hi && (d.toks[k+1].kind == tQuote || d.toks[k+1].kind == tWord && !d.toks[k+1].cap && d.mentAt[k+1] == nil && !determiners[d.toks[k+1].lower]) {
				to = k
				break
			}
		}
		if to < 0 || (d.toks[v].lower == "warned" || d.toks[v].lower == "warns") && (to > c+4 || d.toks[c].lower == "that") {
			return false // "warned residents to ..."; not "warned that plans to ..."
		}
		end := min(s.hi, to+2*window)
		for x := to + 1; x < end; x++ {
			if d.toks[x].text == ";" || d.toks[x].text == "," && x+1 < end && (participles[d.toks[x+1].lower] || sayVerbs[d.toks[x+1].lower] || d.toks[x+1].lower == "but" || d.toks[x+1].lower == "while" ||
				d.toks[x+1].lower == "and" && d.newClauseAt(x+2, end)) {
				end = x
				break
			}

		}
		from := c
		if a := d.actBeforeSaid(si, v, sp); a >= 0 {
			from = a // "toured the border and urged both sides to ...": one statement
		}
		text := strings.TrimRight(strings.TrimSpace(d.text[d.toks[from].start:d.toks[end-1].end]), ".,;:")
		if len(strings.Fields(text)) < 3 {
			return false
		}
		var target *entity
		if m := d.mentAt[c]; m != nil && m.ent != nil && m.ent != sp && !d.possessor(m) {
			target = m.ent
		}
		d.addSaidTarget(sp, target, text, si, confReported, v)
		return true
	},
	examples: []example{
		{"The Chilean embassy has advised citizens in Lima to avoid public transport.", []string{"SAID organization:chilean-embassy: citizens in Lima to avoid public transport"}},
		{"Officers of the Peruvian army were at the post. They asked not to be named because they were not authorised to speak to the media.", nil},
		{"The UN mission in Peru, known as MINUVAR, urged all sides to show restraint.", []string{"SAID organization:minuvar: all sides to show restraint"}},
		{"In a statement, the envoy for Peru, Ana Costa, welcomed the resumption of talks and urged both sides to protect civilians.", []string{"SAID person:ana-costa: both sides to protect civilians"}},
		{"Opposition leader Ana Costa called on Tuesday for the army to help her remove President Rui Lopes.", []string{"SAID person:ana-costa: the army to help her remove President Rui Lopes"}},
		{"Peru's interim government on Monday asked Chile to send troops to quell the violence.", []string{"SAID organization:peruvian-interim-government: Chile to send troops to quell the violence"}},
		{"Lars Holm asked to remain anonymous.", nil},
		{"The African Union called on Chad to halt the offensive.", []string{"SAID organization:african-union: Chad to halt the offensive"}},
		{"Lars Holm called on voters to boycott the referendum.", []string{"SAID person:lars-holm: voters to boycott the referendum"}},
		{"In a statement, the Varnok Council welcomed the talks, called on the Tarma Front to withdraw from its positions and urged all foreign forces to leave.",
			[]string{"SAID organization:varnok-council: the Tarma Front to withdraw from its positions and urged all foreign forces to leave"}},
		{"Lars Holm called on Peru to \u201cstop the killing now\u201d.", []string{"SAID person:lars-holm: Peru to \u201cstop the killing now\u201d"}},
		{"Lars Holm urged both sides \u201cto refrain from steps that could lead to escalation\u201d.", []string{"SAID person:lars-holm: both sides \u201cto refrain from steps that could lead to escalation\u201d"}},
		{"Peru, Chile's biggest investor, called on all sides to protect civilians and \u201cforeign projects and personnel\u201d.", []string{"SAID place:peru: all sides to protect civilians and \u201cforeign projects and personnel\u201d"}},
		{"The Varnok Council has called upon donor countries to pay for the new camps near Ana Costa's farm.",
			[]string{"SAID organization:varnok-council: donor countries to pay for the new camps near Ana Costa's farm"}},
		{"The Varnok Council urged both sides to return to talks, saying the war had to end.", []string{"SAID organization:varnok-council: both sides to return to talks the war had to end"}},
		{"Lars Holm urged the authorities to show restraint, and Peru's foreign ministry summoned Chile's envoy.", []string{"SAID person:lars-holm: the authorities to show restraint"}},
		{"Ana Costa has called for the vote to be annulled.", []string{"SAID person:ana-costa: the vote to be annulled"}},
		{"Ana Costa backed the result, warning opposition supporters to stop their protests.", []string{"SAID person:ana-costa: opposition supporters to stop their protests"}},
		{"Lars Holm was urged to resign.", nil},
		{"Envoy Rui Lopes toured the border and urged both sides to return to the table.", []string{"SAID person:rui-lopes: toured the border and urged both sides to return to the table"}},
		{"Tarma Institute director Rui Lopes warned residents to stay indoors until the wind dropped.", []string{"SAID person:rui-lopes: residents to stay indoors until the wind dropped"}},
		{"Lars Holm called on Ana Costa at her office.", nil},
	},
}

// verbSpeaker is who speaks with the verb at toks[v]: its subject, or for
// a participle after a comma (", accusing X of", ", warning X to") the
// sentence's subject; nil when neither is named.
func (d *doc) verbSpeaker(si, v int) *entity {
	s := d.sents[si]
	if strings.HasSuffix(d.toks[v].lower, "ing") {
		if v == s.lo || d.toks[v-1].text != "," {
			return nil
		}
		return d.sentenceSubject(si)
	}
	sp, _ := d.subjectOf(v, s.lo)
	if sp == nil && v > s.lo && d.toks[v-1].text == "," {
		// "the EU welcomed the talks, called on X to withdraw and urged
		// Y to leave": the verbs of one subject in a series
		sp, _ = d.clauseSubjectBefore(v, s.lo)
	}
	return sp
}

// claimsLand reports a claim to land at toks[v], no statement: "China
// claims nearly all of the sea", "Peru claims sovereignty over X", "both
// claim the islands".
func (d *doc) claimsLand(v int) bool {
	if !strings.HasPrefix(d.toks[v].lower, "claim") {
		return false
	}
	k := v + 1
	for k < len(d.toks) && (d.toks[k].lower == "nearly" || d.toks[k].lower == "almost" || d.toks[k].lower == "virtually" || d.toks[k].lower == "the" || d.toks[k].lower == "entire") {
		k++
	}
	if k >= len(d.toks) {
		return false
	}
	if w := d.toks[k].lower; landClaims[w] {
		return true
	}
	m := d.mentAt[k]
	return m != nil && m.ent != nil && m.ent.kind == kg.Place && m.lo == k && (m.hi >= len(d.toks) || d.toks[m.hi].kind == tPunct || d.toks[m.hi].lower == "as")
}

var saidStatementStance = &pattern{
	name: "said-statement-stance",
	doc:  `A statement put out and the stand it takes, told by a participle: "X issued a statement condemning the attack" is X's words "condemning the attack"; "saying" and a quotation are other patterns'.`,
	typ:  kg.Said,
	cues: stanceParticiples,
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if !d.reportable(v) || v+1 >= s.hi || v-3 < s.lo || !statementNouns[d.toks[v-1].lower] || d.toks[v-1].cap {
			return false
		}
		for x := v + 1; x < s.hi; x++ {
			if d.toks[x].kind == tQuote {
				return false // "a statement condemning “the cowardly attack”": the quotation's
			}
		}
		k := v - 2
		for n := 0; k > s.lo && n < 3 && d.toks[k].kind == tWord && !d.toks[k].cap && !issueVerbs[d.toks[k].lower]; n++ {
			k-- // "issued a brief written statement"
		}
		if !issueVerbs[d.toks[k].lower] {
			return false
		}
		sp, _ := d.subjectOf(k, s.lo)
		if sp == nil || !(sp.kind == kg.Person || sp.kind == kg.Organization || d.isCountry(sp)) {
			return false
		}
		end := s.hi
		for end > v+1 && d.toks[end-1].kind == tPunct {
			end--
		}
		var target *entity
		for x := v + 1; x < end; x++ {
			if m := d.mentAt[x]; m != nil && m.ent != nil && m.ent != sp {
				target = m.ent
				break
			}
		}
		d.addSaidTarget(sp, target, d.text[d.toks[v].start:d.toks[end-1].end], si, confReported, v)
		return true
	},
	examples: []example{
		{"The Varnok Union of Journalists has issued a statement condemning the attack and expressing outrage at the loss of two colleagues.", []string{"SAID organization:varnok-union-of-journalists: condemning the attack and expressing outrage at the loss of two colleagues"}},
		{"Rui Lopes released a brief statement welcoming the verdict.", []string{"SAID person:rui-lopes: welcoming the verdict"}},
		{"Rui Lopes read a statement condemning the attack.", nil},
	},
}

var saidQuotedAs = &pattern{
	name: "said-quoted-as",
	doc:  `"X was quoted as saying (that) clause": the subject of "quoted".`,
	typ:  kg.Said,
	cues: wordSet("saying"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if !d.reportable(v) || v < s.lo+3 || d.toks[v-1].lower != "as" {
			return false
		}
		if d.toks[v-2].lower != "quoted" {
			// "Saba quoted a military official as saying", "the TV quoted
			// the group's health ministry as saying": the one quoted
			for q := v - 3; q > s.lo && q > v-10; q-- {
				if d.toks[q].lower != "quoted" && d.toks[q].lower != "quotes" && d.toks[q].lower != "cited" {
					continue
				}
				if q-1 > s.lo && beForms[d.toks[q-1].lower] && d.toks[q+1].lower == "by" {
					// "X was quoted by the BBC as saying": X's words, which
					// the BBC carried
					if sp, _ := d.subjectOf(q-1, s.lo); sp != nil {
						d.reportedClause(si, v, sp)
					}
					return true
				}
				for k := q + 1; k < v-1; k++ {
					m := d.mentAt[k]
					if m == nil || m.ent == nil || m.demonym || m.ent.kind == kg.Place && !d.isCountry(m.ent) || m.ent.kind == kg.Event {
						continue
					}
					if d.possessor(m) {
						if o := d.mentAt[m.hi+1]; m.hi+1 < v && o != nil && o.ent != nil && o != m {
							m = o // "the group's health ministry": the ministry
						} else if m.hi+1 < v && (officialNouns[d.toks[m.hi+1].lower] || spokesNouns[d.toks[m.hi+1].lower]) {
							d.reportedClause(si, v, m.ent) // "the group's spokesman": the group's words
							return true
						}
					}
					d.reportedClause(si, v, m.ent)
					return true
				}
				return true // "quoted a military official as saying": no one named
			}
			return false
		}
		q := v - 2
		if beForms[d.toks[q-1].lower] {
			q--
		}
		sp, _ := d.subjectOf(q, s.lo)
		if sp == nil {
			return true
		}
		d.reportedClause(si, v, sp)
		return true
	},
	examples: []example{
		{"Ana Costa was quoted as saying that the border would stay closed.", []string{"SAID person:ana-costa: the border would stay closed"}},
		{"Ana Costa was quoted by the Kelvaro Times as saying that the border would stay closed.", []string{"SAID person:ana-costa: the border would stay closed"}},
		{"The Varnok-run Tarma TV quoted the Peruvian health ministry as saying three port workers were killed.", []string{"SAID organization:peruvian-health-ministry: three port workers were killed"}},
	},
}

var saidParticiple = &pattern{
	name: "said-participle",
	doc:  `A participle of speech after a comma speaks for the sentence's subject: "X left, saying they had failed".`,
	typ:  kg.Said,
	cues: union(participles, quoteParticiples),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		lw := d.toks[v].lower
		if quoteParticiples[lw] && !participles[lw] {
			// "denied the report, calling it pure invention": the name it
			// gives is its words; not "calling for calm" or "calling on X
			// to ..." (appeals), "accusing X of ..." (said-accused's), nor a
			// quotation (the quotation patterns')
			if appealPreps[d.peek(v+1)] || lw == "accusing" {
				return false
			}
			for x := v + 1; x < s.hi; x++ {
				if d.toks[x].kind == tQuote {
					return false
				}
			}
		}
		if d.reportable(v) && v > s.lo+1 && beForms[d.toks[v-1].lower] {
			// "officials are stating that": a progressive, with its subject
			if sp, _ := d.subjectOf(v, s.lo); sp != nil {
				d.reportedClause(si, v, sp)
			}
			return true
		}
		if !d.reportable(v) || !(v > s.lo && (adjunctOpeners[d.toks[v-1].lower] || lw == "saying" && d.toks[v-1].kind == tWord && !sayVerbs[d.toks[v-1].lower])) {
			return false
		}
		if sp := d.relativeBefore(si, v); sp != nil {
			// "X demanded talks with Peru, which has refused, calling them
			// a ploy": the one the relative clause is about
			d.reportedClause(si, v, sp)
			return true
		}
		if sp := d.attributionBefore(si, v); sp != nil {
			// "X happened, the army said on Sunday, adding that Y": the
			// one who said it adds it
			d.reportedClause(si, v, sp)
			return true
		}
		if sp := d.butSubject(si, v); sp != nil {
			// "X offered to mediate, but Peru declined, saying ...": the
			// subject of the clause the participle hangs on
			d.reportedClause(si, v, sp)
			return true
		}
		if m := d.mentAt[v-1]; m != nil && m.ent != nil && m.hi == v && (m.ent.kind == kg.Organization || m.ent.kind == kg.Person) && d.storyFrom(m.lo, s.lo) {
			d.reportedClause(si, v, m.ent) // "a story from the Kestrel Daily saying ...": the paper
			return true
		}
		if sp := d.sentenceSubject(si); sp != nil && (d.mentionedIn(sp, s.lo, v) || !d.mentionedIn(sp, v, s.hi)) {
			d.reportedClause(si, v, sp) // not someone the participle's own clause names
		}
		return true
	},
	examples: []example{
		{"The Varnok Council added Rui Lopes to its sanctions list in October, saying he had helped the gang buy rifles.", []string{"SAID organization:varnok-council: he had helped the gang buy rifles"}},
		{"Readers forwarded a story from the Kestrel Daily saying children were converting after reading the Rui Lopes book series.", []string{"SAID organization:kestrel-daily: children were converting after reading the Rui Lopes book series"}},
		{"The Varnok Front denied any role, saying it had no fighters in Tarma.", []string{"SAID organization:varnok-front: it had no fighters in Tarma"}},
		{"The Andean Council had offered to mediate in April, but Peru had initially declined, saying the matter was bilateral.", []string{"SAID place:peru: the matter was bilateral"}},
		{"The Varnok Front had offered talks, but the army-aligned Tarma Council rejected the offer, saying it would not sit with a militia.", []string{"SAID organization:tarma-council: it would not sit with a militia"}},
		{"The Varnok Front said it would attend, but the army-aligned Tarma Council rejected the offer, saying it would not sit with a militia.", []string{"SAID organization:tarma-council: it would not sit with a militia", "SAID organization:varnok-front: it would attend"}},
		{"Lars Holm left the talks, saying they had failed.", []string{"SAID person:lars-holm: they had failed"}},
		{"Members of the Varnok Council, a body of tribal elders, met Rui Lopes on Tuesday and demanded talks, saying thousands of families had fled.", []string{"SAID organization:varnok-council: thousands of families had fled"}},
		{"Rui Lopes rejected the results on Wednesday night, alleging that his agents had been thrown out of 40 polling stations.", []string{"SAID person:rui-lopes: his agents had been thrown out of 40 polling stations"}},
		{"Justice Ana Costa dismissed the petition, observing that the evidence \"cannot be brushed aside\".", []string{"SAID person:ana-costa: the evidence \"cannot be brushed aside\""}},
		{"Chile fired 300 drones at Peru overnight, the Peruvian army said on Sunday, adding that most had been shot down.",
			[]string{"SAID organization:peruvian-army: Chile fired 300 drones at Peru overnight most had been shot down"}},
		{"Ana Costa accused Rui Lopes of lying, saying the report was false.", []string{"SAID person:ana-costa: the report was false"}},
		{"The opposition Varnok Council blamed the government of President Lars Holm for the bombings, saying it wanted to discredit the protests.", []string{"SAID organization:varnok-council: it wanted to discredit the protests"}},
		{"Norway rejected the accusation, saying it had not lost control of the border.", []string{"SAID place:norway: it had not lost control of the border"}},
		{"In a statement on Tuesday, the Varnok Front rejected the report, saying it does not discriminate against any community.", []string{"SAID organization:varnok-front: it does not discriminate against any community"}},
		{"Peru closed the office where the journalist Lars Holm worked, saying he had been a spy.", []string{"SAID place:peru: he had been a spy"}},
		{"In Norway, the border stayed closed, saying nothing of the talks.", nil},
		{"Lars Holm defended the deal by saying it would create jobs.", []string{"SAID person:lars-holm: it would create jobs"}},
		{"Kestrel Freight rejected the findings, telling the newspaper Varnok Teltin the files were lost by a technician.", []string{"SAID organization:kestrel-freight: the files were lost by a technician"}},
		{"The Varnok Front denied the report, calling it a fabricated pretext for new attacks.", []string{"SAID organization:varnok-front: it a fabricated pretext for new attacks"}},
		{"The Varnok Front has demanded talks with Lima, which has refused, calling the group a terrorist organization.", []string{"SAID place:peru: the group a terrorist organization"}},
		{"Ana Costa met Rui Lopes, who left early, saying the talks had failed.", []string{"SAID person:rui-lopes: the talks had failed"}},
		{"Lars Holm welcomed the ruling, describing it as a warning to every commander.", []string{"SAID person:lars-holm: it as a warning to every commander"}},
		{"Officials in Norway are stating that the tariffs will be lifted.", []string{"SAID place:norway: the tariffs will be lifted"}},
		{"Witnesses in the northern city of Varnok said the army had fled.", nil},
		{"A local official in Varnok, who asked not to be named, said the army had fled.", nil},
		{"Residents of Kharkiv said the shelling had stopped.", nil},
		{"Lars Holm criticized Anna Berg, saying she was \u201ctalking as if she owned the world\u201d, and called her \u201ca puppet\u201d.",
			[]string{"SAID person:lars-holm: she was \u201ctalking as if she owned the world\u201d", "SAID person:lars-holm: called her \u201ca puppet\u201d"}},
	},
}

// storyFrom reports "a story from", "a report by", "a video posted by"
// right before the name at toks[at]: a text that speaks for its source.
func (d *doc) storyFrom(at, lo int) bool {
	k := at - 1
	if k > lo && d.toks[k].lower == "the" {
		k--
	}
	if k <= lo || d.toks[k].lower != "from" && d.toks[k].lower != "by" {
		return false
	}
	for j := k - 1; j >= lo && j >= k-3; j-- {
		if w := d.toks[j].lower; statementNouns[w] || w == "story" || w == "stories" || w == "article" || w == "articles" || w == "video" || w == "post" {
			return true
		}
	}
	return false
}

// mentionedIn reports a mention of e in toks[lo:hi].
func (d *doc) mentionedIn(e *entity, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if m := d.mentAt[k]; m != nil && m.ent == e {
			return true
		}
	}
	return false
}

// relativeBefore is the one a relative clause right before the participle
// at toks[v] is about: ", Peru, which has refused, calling ...": Peru; nil
// if the clause before the participle is none.
func (d *doc) relativeBefore(si, v int) *entity {
	s := d.sents[si]
	if v-1 <= s.lo || d.toks[v-1].text != "," {
		return nil
	}
	for j := v - 2; j > s.lo && j > v-12; j-- {
		if d.toks[j].text != "," {
			if d.toks[j].kind == tQuote || d.mentAt[j] != nil {
				return nil
			}
			continue
		}
		if w := d.peek(j + 1); w != "which" && w != "who" {
			return nil
		}
		if m := d.mentAt[j-1]; m != nil && m.ent != nil && m.hi == j && m.ent.kind != kg.Event {
			return m.ent
		}
		return nil
	}
	return nil
}

// attributionBefore is the speaker of an attribution that ends right
// before the participle at toks[v]: ", the army said on Sunday, adding";
// nil if none.
func (d *doc) attributionBefore(si, v int) *entity {
	s := d.sents[si]
	if d.toks[v-1].text != "," {
		return nil
	}
	for k := v - 2; k > s.lo && k > v-10; k-- {
		if d.toks[k].text == "," || d.inQuote[k] {
			return nil
		}
		if sayVerbs[d.toks[k].lower] && d.reportable(k) {
			sp, _ := d.subjectOf(k, s.lo)
			return sp
		}
	}
	return nil
}

var saidParenthetical = &pattern{
	name: "said-parenthetical",
	doc:  `An attribution set inside its clause: "Investigators, he said, had long suspected a second buyer."`,
	typ:  kg.Said,
	cues: union(sayVerbs, quoteVerbs),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if !d.reportable(v) || v+2 >= s.hi || d.toks[v+1].text != "," {
			return false
		}
		sp, at := d.subjectOf(v, s.lo)
		if sp == nil || at <= s.lo+1 || d.toks[at-1].text != "," {
			return false
		}
		lo := d.pastDateline(s.lo, at)
		if lo >= at-1 {
			return false
		}
		head := strings.TrimSpace(d.text[d.toks[lo].start:d.toks[at-2].end])
		tail := strings.TrimRight(strings.TrimSpace(d.text[d.toks[v+2].start:d.toks[min(s.hi, v+2+2*window)-1].end]), ".,;:")
		if strings.ContainsAny(head, "\"\u201c\u201d") || len(strings.Fields(tail)) < 2 || d.toks[s.lo].kind == tQuote {
			return false // quotations are the quotation patterns'
		}
		if d.adjunctAt(v + 2) {
			// "X pounded Y, officials said, days after Z": the
			// attribution closes the clause; an adjunct follows
			d.addSaidTarget(sp, nil, head, si, confReported, v)
			return true
		}
		d.addSaidTarget(sp, nil, head+" "+tail, si, confReported, v)
		return true
	},
	examples: []example{
		{"Prosecutors jailed Mayor Rui Lopes last week. \u201cWe will fight on,\u201d party leader Lars Holm told reporters. The party would not replace Lopes, he said, and would appeal.", []string{"SAID person:lars-holm: The party would not replace Lopes and would appeal", "SAID person:lars-holm: We will fight on"}},
		{"Lars Holm arrived. Investigators, he said, had long suspected a second buyer.", []string{"SAID person:lars-holm: Investigators had long suspected a second buyer"}},
		{"The plan, Ana Costa said, would cost millions.", []string{"SAID person:ana-costa: The plan would cost millions"}},
		{"Five people were killed in Lima on Monday, Peru's health ministry said, citing hospital figures.", []string{"SAID organization:peruvian-health-ministry: Five people were killed in Lima on Monday"}},
		{"LIMA (AP) - Peru shelled the port of Arica overnight, Chilean officials said, days after talks with Chile failed.", []string{"SAID place:chile: Peru shelled the port of Arica overnight"}},
	},
}

var saidWhatCalled = &pattern{
	name: "said-what-called",
	doc:  `A name the speaker gives a thing in "in what X calls Y": "in what the United Nations describes as the world's largest crisis" is a statement of the United Nations.`,
	typ:  kg.Said,
	cues: wordSet("calls called describes described terms termed"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if d.inQuote[v] || v+2 >= s.hi {
			return false
		}
		w := v - 1
		if w < s.lo {
			return false // the verb opens the sentence: no one named before it
		}
		for w > s.lo && (skippable[d.toks[w].lower] || d.toks[w].lower == "has" || d.toks[w].lower == "have") {
			w--
		}
		var speaker *entity
		if p := d.toks[w].lower; (p == "it" || p == "they" || p == "he" || p == "she") && w-2 >= s.lo && d.toks[w-1].lower == "what" && (stanceVerbs[d.toks[w-2].lower] || deniedCues[d.toks[w-2].lower]) {
			// "X condemned what it called Y": the subject of the verb before
			speaker, _ = d.subjectOf(w-2, s.lo)
			if speaker == nil || speaker.kind == kg.Place && !d.isCountry(speaker) || speaker.kind == kg.Event {
				return false
			}
		} else {
			m := d.mentAt[w]
			if m == nil || m.ent == nil || m.demonym || m.ent.kind == kg.Event {
				return false
			}
			at := m.lo
			if at > s.lo && d.toks[at-1].lower == "the" {
				at--
			}
			if at <= s.lo || d.toks[at-1].lower != "what" {
				return false
			}
			speaker = m.ent
		}
		k := v + 1
		if d.toks[k].lower == "as" {
			k++
		}
		e := k
		for e < s.hi && e < k+2*window && d.toks[e].text != "," && d.toks[e].text != "." && d.toks[e].text != ";" {
			e++
		}
		if e-k < 2 {
			return false
		}
		q := strings.Trim(strings.TrimSpace(d.text[d.toks[k].start:d.toks[e-1].end]), "\"\u201c\u201d")
		d.addSaidTarget(speaker, nil, q, si, confReported, v)
		return true
	},
	examples: []example{
		{"Millions have fled in what the Andean Council describes as the region's largest crisis.", []string{"SAID organization:andean-council: the region's largest crisis"}},
		{"The Andean Council condemned what it called \u201corganized terrorism by armed settlers\u201d.", []string{"SAID organization:andean-council: organized terrorism by armed settlers"}},
		{"Chile has shelled the border since May, in what Lima calls a campaign of terror.", []string{"SAID place:peru: a campaign of terror"}},
		{"He was what friends called a loner.", nil},
	},
}

// adjunctAt reports an adjunct opening at toks[k] that ends a clause's
// meaning, not continues it: "days after", "as", "amid", "adding".
func (d *doc) adjunctAt(k int) bool {
	if k+1 >= len(d.toks) || d.toks[k].cap {
		return false
	}
	w := d.toks[k].lower
	if clauseAdjuncts[w] || participles[w] {
		return true
	}
	// "days after", "hours before", "a week after"
	for j := k; j < k+3 && j+1 < len(d.toks); j++ {
		if (d.toks[j+1].lower == "after" || d.toks[j+1].lower == "before") && (timeUnits[d.toks[j].lower] || timeUnits[strings.TrimSuffix(d.toks[j].lower, "s")]) {
			return true
		}
	}
	return false
}

var saidTrailing = &pattern{
	name: "said-trailing",
	doc:  `A clause closed by its attribution: "Norway will send ten advisers, the Kremlin said on Monday."`,
	typ:  kg.Said,
	cues: union(sayVerbs, weakSayVerbs),
	at: func(d *doc, si, v int) bool {
		if !d.reportable(v) {
			return false
		}
		s := d.sents[si]
		sp, at := d.subjectOf(v, s.lo)
		if sp == nil {
			return false
		}
		text, ok := d.trailingSaid(s, at, v)
		if !ok {
			return false
		}
		d.addSaidTarget(sp, nil, text, si, confReported, v)
		for _, co := range d.coSubjects(at, s.lo, sp) {
			d.addSaidTarget(co, nil, text, si, confReported, v)
		}
		return true
	},
	examples: []example{
		{"Ana Costa met Rui Lopes, the Varnok Council said.", []string{"SAID organization:varnok-council: Ana Costa met Rui Lopes"}},
		{"Nine were killed when a strike hit a school, civil defense spokesman Ana Costa told VOA.", []string{"SAID person:ana-costa: Nine were killed when a strike hit a school"}},
		{"Rui Lopes received the heaviest sentence, lawyer Ana Costa told Reuters.", []string{"SAID person:ana-costa: Rui Lopes received the heaviest sentence"}},
		{"The singer died on Thursday, her publicist Ana Costa said.", []string{"SAID person:ana-costa: The singer died on Thursday"}},
		{"The painter died at home in Varsovo, his daughter Ana Costa said.", []string{"SAID person:ana-costa: The painter died at home in Varsovo"}},
		{"The singer died at home on Thursday, her publicist Ana Costa stated on behalf of the family.", []string{"SAID person:ana-costa: The singer died at home on Thursday"}},
		{"Ana Costa had 19.4% of valid votes, the Varnok Electoral Council, known as VEC, said.", []string{"SAID organization:varnok-electoral-council: Ana Costa had 19.4% of valid votes"}},
		{"Rui Lopes was beaten by masked men, his party, the Varnok Movement, said.", []string{"SAID organization:varnok-movement: Rui Lopes was beaten by masked men"}},
		{"Police arrested Rui Lopes in Lima, Security Minister Ana Costa said in a post on X.", []string{"SAID person:ana-costa: Police arrested Rui Lopes in Lima"}},
		{"Ana Costa accepted an invitation to visit Lima in October, Chile's foreign affairs department said.", []string{"SAID organization:chilean-foreign-affairs-department: Ana Costa accepted an invitation to visit Lima in October"}},
		{"Nine militants were killed near Tarma, Ana Costa, a police spokeswoman, said.", []string{"SAID person:ana-costa: Nine militants were killed near Tarma"}},
		{"Nine militants were killed near Tarma, Lt. Col. Rui Lopes, spokesman of the Peruvian army's Southern Command, said.", []string{"SAID person:rui-lopes: Nine militants were killed near Tarma"}},
		{"Nine militants were killed near Tarma, Ana Costa, who leads the police, said.", []string{"SAID person:ana-costa: Nine militants were killed near Tarma"}},
		{"Troops of the 8th Infantry Division clashed with rebels in Tarma. Two soldiers were killed, the division said.", []string{"SAID organization:8th-infantry-division: Two soldiers were killed"}},
		{"Israeli strikes killed 19 people in Gaza, the Hamas administration said on Sunday.", []string{"SAID organization:hamas: Israeli strikes killed 19 people in Gaza"}},
		{"The Andes Border Service closed the crossing. Two guards were wounded, the service said.", []string{"SAID organization:andes-border-service: Two guards were wounded"}},
		{"Five attackers were killed in a gunbattle, police spokesman Maj. Rui Lopes told reporters.", []string{"SAID person:rui-lopes: Five attackers were killed in a gunbattle"}},
		{"Norway will send ten advisers, the Kremlin said on Monday.", []string{"SAID organization:kremlin: Norway will send ten advisers"}},
		{"At least 23 people were hurt, Arica's health directorate said.", []string{"SAID organization:arica-health-directorate: At least 23 people were hurt"}},
		{"At least 23 people were hurt, the Arica regional health directorate said.", []string{"SAID organization:arica-regional-health-directorate: At least 23 people were hurt"}},
		{"Norway will send ten advisers, an OSCE official said.", []string{"SAID organization:organization-for-security-and-co-operation-in-europe: Norway will send ten advisers"}},
		{"Police arrested people. Around 35 workers were taken into custody, the Tarma police said.", []string{"SAID organization:tarma-police: Around 35 workers were taken into custody"}},
		{"Shells landed on a camp near Tarma, killing six people, the UN humanitarian office OCHA said.", []string{"SAID organization:office-for-the-coordination-of-humanitarian-affairs: Shells landed on a camp near Tarma, killing six people"}},
		{"The aid worker was released on Monday, the Peruvian and Chilean governments said.", []string{"SAID place:chile: The aid worker was released on Monday", "SAID place:peru: The aid worker was released on Monday"}},
		{"Talks between Ana Costa and Rui Lopes failed, Lars Holm said.", []string{"SAID person:lars-holm: Talks between Ana Costa and Rui Lopes failed"}},
		{"Norway will send ten advisers, President Ana Costa announced on Sunday night.", []string{"SAID person:ana-costa: Norway will send ten advisers"}},
		{"The border will stay closed, Ana Costa told reporters on Monday.", []string{"SAID person:ana-costa: The border will stay closed"}},
		{"The border will stay closed, Ana Costa told reporters after the meeting.", []string{"SAID person:ana-costa: The border will stay closed"}},
		{"The three agreed to set up working groups on the budget, Ana Costa told reporters afterwards.", []string{"SAID person:ana-costa: The three agreed to set up working groups on the budget"}},
		{"The talks had failed, Ana Costa said in a statement posted online.", []string{"SAID person:ana-costa: The talks had failed"}},
		{"Her colleague at the Varnok Teaching Hospital, Ana Costa, agreed.", nil},
		{"The talks will resume in May, the group's leader, Ana Costa, said.", []string{"SAID person:ana-costa: The talks will resume in May"}},
		{"The jet had asked to return, the head of Peru's search and rescue agency, Ruiz Tavara, told reporters.", []string{"SAID person:ruiz-tavara: The jet had asked to return"}},
		{"Peru's special forces seized power on Sunday and detained President Lars Holm, the unit's commander, Lieutenant Colonel Ana Costa, said on state television.", []string{"SAID person:ana-costa: Peru's special forces seized power on Sunday and detained President Lars Holm"}},
		{"LIMA (Reuters) - Peru's central bank raised its main rate on Thursday, the bank said in a statement.", []string{"SAID organization:peruvian-central-bank: Peru's central bank raised its main rate on Thursday"}},
		{"President Lars Holm ordered the army to hunt the gunmen, his spokesman Rui Lopes said in a statement.", []string{"SAID person:rui-lopes: President Lars Holm ordered the army to hunt the gunmen"}},
		{"Half the reserve was flooded, reserve director Ana Costa said.", []string{"SAID person:ana-costa: Half the reserve was flooded"}},
		{"Seven soldiers were killed in Tarma, the Kestrel Institute said on Tuesday, the deadliest attack this year.", []string{"SAID organization:kestrel-institute: Seven soldiers were killed in Tarma"}},
		{"Exports fell 4%, the Kestrel Institute said, down from 6% last year.", []string{"SAID organization:kestrel-institute: Exports fell 4%"}},
		{"Two farmers were killed in Tarma, the Kestrel Institute and local officials said on Wednesday.", []string{"SAID organization:kestrel-institute: Two farmers were killed in Tarma"}},
		{"The fire was put out, a city hall spokeswoman Ana Costa said.", []string{"SAID person:ana-costa: The fire was put out"}},
		{"The envoy was summoned to the Varnok Foreign Ministry and handed a note of protest, the ministry said on its website.", []string{"SAID organization:varnok-foreign-ministry: The envoy was summoned to the Varnok Foreign Ministry and handed a note of protest"}},
		{"Ten people died, the Varnok Council said in a Facebook post.", []string{"SAID organization:varnok-council: Ten people died"}},
		{"Ten people died, Rui Lopes said in an interview with the BBC.", []string{"SAID person:rui-lopes: Ten people died"}},
		{"Rates will stay on hold for now, Varnok Bank Governor Ana Costa said on Tuesday.", []string{"SAID person:ana-costa: Rates will stay on hold for now"}},
		{"The talks will resume in May, Norway's Foreign Minister Lars Holm said.", []string{"SAID person:lars-holm: The talks will resume in May"}},
		{"Peru fired two missiles into the sea on Thursday, Chile's Joint Chiefs of Staff said.", []string{"SAID organization:joint-chiefs-of-staff: Peru fired two missiles into the sea on Thursday"}},
		{"The deal includes no plant closures, Varnok Union negotiator Ana Costa said.", []string{"SAID person:ana-costa: The deal includes no plant closures"}},
		{"Kestrel Motors Inc. will cut 3,000 jobs, the carmaker said on Friday, avoiding strikes.", []string{"SAID organization:kestrel-motors-inc: Kestrel Motors Inc. will cut 3,000 jobs"}},
		{"Lars Holm was shot dead at his home, interim Prime Minister Ana Costa said.", []string{"SAID person:ana-costa: Lars Holm was shot dead at his home"}},
		{"Rui Lopes called Ana Costa early Wednesday to concede, her campaign chairman Lars Holm told supporters in Lima.", []string{"SAID person:lars-holm: Rui Lopes called Ana Costa early Wednesday to concede"}},
		{"Peru expanded its operations in the north, Peruvian military spokesman Lars Holm said.", []string{"SAID person:lars-holm: Peru expanded its operations in the north"}},
		{"Chile was told of the trip shortly before the president left, national security adviser Rui Lopes said.", []string{"SAID person:rui-lopes: Chile was told of the trip shortly before the president left"}},
		{"A missile hit a convoy in Arica, killing 25 people, regional governor Ana Costa said.", []string{"SAID person:ana-costa: A missile hit a convoy in Arica, killing 25 people"}},
		{"A drone attack on the town of Tarma killed a woman, Puno regional governor Ana Costa said.", []string{"SAID person:ana-costa: A drone attack on the town of Tarma killed a woman"}},
		{"A missile struck a block of flats, regional governor Ana Costa said on Telegram.", []string{"SAID person:ana-costa: A missile struck a block of flats"}},
		{"A grain terminal caught fire, Puno regional Gov. Ana Costa said on Telegram.", []string{"SAID person:ana-costa: A grain terminal caught fire"}},
		{"A grain terminal caught fire, Puno region Governor Ana Costa said.", []string{"SAID person:ana-costa: A grain terminal caught fire"}},
		{"No one was hurt, Tarma county prefect Ana Costa said.", []string{"SAID person:ana-costa: No one was hurt"}},
		{"Troops fired on protesters in Lima on Sunday, killing 18 people, the Varnok Council human rights office said.", []string{"SAID organization:varnok-council: Troops fired on protesters in Lima on Sunday, killing 18 people"}},
		{"Council President Ana Costa condemned the arrests, her spokesman said.", []string{"SAID person:ana-costa: Council President Ana Costa condemned the arrests"}},
		{"Chilean jets bombed Tarma on Sunday, Colonel Rui Lopes told Reuters by telephone.", []string{"SAID person:rui-lopes: Chilean jets bombed Tarma on Sunday"}},
		{"The border will stay shut, Ana Costa said by video link.", []string{"SAID person:ana-costa: The border will stay shut"}},
		{"Holm accepted an invitation to visit Lima later this year, presidential spokesman Rui Lopes said, without giving a date.", []string{"SAID person:rui-lopes: Holm accepted an invitation to visit Lima later this year"}},
		{"The plant will close in May, a Kestrel Motors spokesman told Reuters on condition of anonymity because he was not authorized to speak.", []string{"SAID organization:kestrel-motors: The plant will close in May"}},
		{"LIMA, March 14 (Reuters) -- Chile fired a missile into the sea on Thursday, Peru's Joint Chiefs of Staff said, in its first report of a launch this year.", []string{"SAID organization:joint-chiefs-of-staff: Chile fired a missile into the sea on Thursday"}},
		{"Power was cut across the Tarma region, grid operator Varnok Energia said.", []string{"SAID organization:varnok-energia: Power was cut across the Tarma region"}},
		{"The explosion ripped through the vehicle at noon, Inspector-General of Police Rui Lopes said.", []string{"SAID person:rui-lopes: The explosion ripped through the vehicle at noon"}},
		{"Nine people were killed in the raid, rights group Varnok Watch said on Monday.", []string{"SAID organization:varnok-watch: Nine people were killed in the raid"}},
	},
}

var saidInverted = &pattern{
	name: "said-inverted",
	doc:  `A clause closed by its attribution with the verb first: "The agency took the lead, said Lars Holm, the agent in charge", "..., reported Kelvaro Television".`,
	typ:  kg.Said,
	cues: wordSet("said says added adds wrote explained noted claimed claims stated insisted reported reports"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		if !d.reportable(v) || v <= s.lo+3 || d.toks[v-1].text != "," || v+1 >= s.hi {
			return false
		}
		if m := d.mentAt[v-2]; m != nil && m.ent != nil && m.ent.kind == kg.Person && m.hi == v-1 && m.lo > s.lo && d.toks[m.lo-1].text == "," {
			return false // "the commission's chairperson, Ana Costa, said X, of the Y party, had won": she said it
		}
		k := v + 1
		if d.toks[k].lower == "the" {
			k++
		}
		if r := d.roleBeforeName(k, s.hi); r > k {
			k = r // "said army spokesman Rui Lopes", "said a government spokesman, Lt. Col. Rui Lopes"
		}
		if p := d.personAfterTitles(k, s.hi); p != nil {
			k = p.lo
		}
		described := false
		if d.mentAt[min(k, s.hi-1)] == nil {
			// "said the press secretary for the provincial governor, Rui
			// Lopes": a description in lower case, then the name
			for c := k; c < s.hi-1 && c < k+10; c++ {
				t := &d.toks[c]
				if t.text == "," {
					if p := d.mentAt[c+1]; p != nil && p.ent != nil && p.ent.kind == kg.Person && p.lo == c+1 {
						k, described = c+1, true
					}
					break
				}
				if t.kind != tWord || t.cap || d.mentAt[c] != nil {
					break
				}
			}
		}
		m := d.mentAt[min(k, s.hi-1)]
		if m == nil || m.ent == nil || m.lo != k || d.possessor(m) || m.demonym || m.ent.kind != kg.Person && m.ent.kind != kg.Organization {
			return false
		}
		// the speaker ends the sentence, or an appositive or a date follows;
		// after a description, or a verb that also takes an object clause
		// ("X, an alliance, claimed one of its leaders, Y, was beaten"),
		// only the sentence's end
		if m.hi < s.hi && d.toks[m.hi].text != "," && d.toks[m.hi].text != "." && !isWeekday(d.toks[m.hi].lower) && d.toks[m.hi].lower != "on" {
			return false
		}
		if strict := described || !invertedSayVerbs[d.toks[v].lower]; strict && m.hi < s.hi && d.toks[m.hi].text != "." {
			return false
		}
		lo := d.pastDateline(s.lo, v)
		if lo >= v-2 || d.toks[lo].kind == tQuote {
			return false // a quotation: the quotation patterns'
		}
		text := strings.TrimSpace(d.text[d.toks[lo].start:d.toks[v-1].start])
		if strings.ContainsAny(text, "\"\u201c\u201d") || len(strings.Fields(text)) < 3 {
			return false
		}
		d.addSaidTarget(m.ent, nil, text, si, confReported, v)
		return true
	},
	examples: []example{
		{"The talks have failed, reported Kelvaro Television.", []string{"SAID organization:kelvaro-television: The talks have failed"}},
		{"The agency took the lead in the investigation, said Lars Holm, the agent in charge of its Lima office.", []string{"SAID person:lars-holm: The agency took the lead in the investigation"}},
		{"Prices will rise again in May, said the Varnok Energy Council.", []string{"SAID organization:varnok-energy-council: Prices will rise again in May"}},
		{"The talks failed, said a spokesman.", nil},
		{"The talks will resume on Monday, said government spokesman Rui Lopes.", []string{"SAID person:rui-lopes: The talks will resume on Monday"}},
		{"The patrol came under fire near the village of Tarma, said an army spokesman, Lt. Col. Rui Lopes.", []string{"SAID person:rui-lopes: The patrol came under fire near the village of Tarma"}},
		{"The talks will resume on Monday, said a government spokesman in Lima.", nil},
		{"Children are being used as lookouts, said UNICEF's Representative in Peru, Ana Costa.", []string{"SAID person:ana-costa: Children are being used as lookouts"}},
		{"The village of Tarma was worst hit, claimed the press secretary for the provincial governor, Rui Lopes.", []string{"SAID person:rui-lopes: The village of Tarma was worst hit"}},
	},
}

var saidMadeClear = &pattern{
	name: "said-made-clear",
	doc:  `"X made (it) clear (that) clause": a stand made plain in words, read as reported speech.`,
	typ:  kg.Said,
	cues: wordSet("clear"),
	at: func(d *doc, si, v int) bool {
		s := d.sents[si]
		m := v - 1
		if m > s.lo && d.toks[m].lower == "it" {
			m-- // "made it clear that"
		}
		if m <= s.lo || !makeForms[d.toks[m].lower] || !d.reportable(m) || v+1 >= s.hi || d.toks[v+1].kind != tWord {
			return false
		}
		if n := d.toks[v+1].lower; n != "that" && !pronounSubjects[n] && !determiners[n] {
			return false // "made clear progress", "made clear to him": no clause of its own
		}
		sp, _ := d.subjectOf(m, s.lo)
		if sp == nil {
			return false
		}
		d.reportedClause(si, v, sp)
		return true
	},
	examples: []example{
		{"Rui Lopes has made clear he will not run for a third term.", []string{"SAID person:rui-lopes: he will not run for a third term"}},
		{"The Varnok Front made it clear that it would not disarm.", []string{"SAID organization:varnok-front: it would not disarm"}},
		{"Ana Costa makes clear the vote will go ahead.", []string{"SAID person:ana-costa: the vote will go ahead"}},
		{"The talks made clear progress on Monday.", nil},
		{"The ruling made it clear that the law stands.", nil},
	},
}

var saidReported = &pattern{
	name: "said-reported",
	doc:  `Reported speech: "X said (on Tuesday) (that) clause", "X told Y that clause", "X reported that clause".`,
	typ:  kg.Said,
	cues: union(sayVerbs, weakSayVerbs),
	at: func(d *doc, si, v int) bool {
		if !d.reportable(v) || d.claimsLand(v) {
			return false
		}
		sp, at := d.subjectOf(v, d.sents[si].lo)
		if sp == nil && sayVerbs[d.toks[v].lower] {
			// "X denies A and says B"; a weaker verb ("and also deny the
			// reports that") stays inside the clause before it
			sp = d.coordinatedSpeaker(si, v)
			at = -1
			if sp == nil {
				sp = d.openingActor(si, v) // "X sent its condolences in a statement and said ..."
			}
		}
		if sp == nil {
			// "the two leaders said", "both countries said": each of the
			// two the text makes clear
			if pair := d.pairSpeakers(si, v); len(pair) == 2 {
				for _, e := range pair {
					d.reportedClause(si, v, e)
				}
				return true
			}
			// "The organisers, the X Movement and the Y charity, said":
			// each one the apposition names
			sps := d.appositionSpeakers(v, d.sents[si].lo)
			for _, e := range sps {
				d.reportedClause(si, v, e)
			}
			return len(sps) > 0
		}
		d.reportedClause(si, v, sp)
		if at < 0 {
			return true
		}
		for _, co := range d.coSubjects(at, d.sents[si].lo, sp) {
			d.reportedClause(si, v, co) // "Peru and Chile said": both
		}
		return true
	},
	examples: []example{
		{"Peru has long said the rebels are armed by Chile.", []string{"SAID place:peru: the rebels are armed by Chile"}},
		{"Rights groups, including Kestrel Watch and Amnesty International, say dozens of lawyers have been detained.", []string{
			"SAID organization:amnesty-international: dozens of lawyers have been detained", "SAID organization:kestrel-watch: dozens of lawyers have been detained"}},
		{"Several countries, including Chile, have said the vote was fair.", []string{"SAID place:chile: the vote was fair"}},
		{"The Kelvaro Citizens Party, formed by leaders of the protests, said it would run.", []string{"SAID organization:kelvaro-citizens-party: it would run"}}, // "protests" a noun here, no verb of speech
		{"The Tarma Daily reported five arrests were made.", []string{"SAID organization:tarma-daily: five arrests were made"}},
		{"The Tarma Daily reported no similar accident was known in the region.", []string{"SAID organization:tarma-daily: no similar accident was known in the region"}},
		{"The Tarma Daily reported no casualties.", nil},
		{"The Varnok Union's officials said the count fell short of its standards.", []string{"SAID organization:varnok-union: the count fell short of its standards"}},
		{"The Varnok Union's election observers said the count was slow.", []string{"SAID organization:varnok-union: the count was slow"}},
		{"Ana Costa said the Varnok Union's observers had noted delays.", []string{"SAID person:ana-costa: the Varnok Union's observers had noted delays"}},
		{"Returning officer Lars Holm announced on Friday 61% of voters had backed the plan.", []string{"SAID person:lars-holm: 61% of voters had backed the plan"}},
		{"Lars Holm announced on Friday 12 March as the new date.", nil},
		{"Lars Holm wrote a book about the war in 1990.", nil},
		{"The Tarma Council said schools in Lima and Cusco were closed.", []string{"SAID organization:tarma-council: schools in Lima and Cusco were closed"}},
		{"The Tarma Mission said tally forms in several towns of the Tarma Region had been changed.", []string{"SAID organization:tarma-mission: tally forms in several towns of the Tarma Region had been changed"}},
		{"A drone hit a school in eastern Tarma state, killing six, the militia that holds the town said.", nil},
		{"The head of the team, polling expert Rui Lopes, said the vote was calm.", []string{"SAID person:rui-lopes: the vote was calm"}},
		{"The head of the mission, lawyer Rui Lopes, said the vote was calm.", []string{"SAID person:rui-lopes: the vote was calm"}},
		{"Peru says raids by the Varnok Front, which is not part of the Tarma Army, have grown.", []string{"SAID place:peru: raids by the Varnok Front, which is not part of the Tarma Army, have grown"}},
		{"Varnok Aid Regional Director Rui Lopes said cases rose.", []string{"SAID person:rui-lopes: cases rose"}},
		{"Rui Lopes said Monday.", nil},
		{"Ana Costa reached Tarma on Monday. She visited the camp and said she would go back in May.", []string{"SAID person:ana-costa: visited the camp and said she would go back in May"}},
		{"The Varnok Water Agency said notes written on Friday at the plant showed high levels of copper.", []string{"SAID organization:varnok-water-agency: notes written on Friday at the plant showed high levels of copper"}},
		{"The Varnok Food Agency said floods since early May had cut the roads.", []string{"SAID organization:varnok-food-agency: floods since early May had cut the roads"}},
		{"The Varnok Front said the truck belonged to a firm that supplies the army.", []string{"SAID organization:varnok-front: the truck belonged to a firm that supplies the army"}},
		{"Ana Costa said the ministers spoke about a bridge near Tarma that has been shut since May.", []string{"SAID person:ana-costa: the ministers spoke about a bridge near Tarma that has been shut since May"}},
		{"Ana Costa said in a statement issued on Monday that the talks had failed.", []string{"SAID person:ana-costa: the talks had failed"}},
		{"Ana Costa told reporters gathered in Lima that the talks had failed.", []string{"SAID person:ana-costa: the talks had failed"}},
		{"Rui Lopes warned that plans to cut the budget would hurt farmers.", []string{"SAID person:rui-lopes: plans to cut the budget would hurt farmers"}}, // reported speech, not an appeal
		{"The Varnok Council last year concluded that the tax was unlawful.", []string{"SAID organization:varnok-council: the tax was unlawful"}},
		{"Ana Costa earlier this month said the talks had failed.", []string{"SAID person:ana-costa: the talks had failed"}},
		{"A Varnok Audit Agency report issued last week concluded the Tarvo government wasted public funds.", []string{"SAID organization:varnok-audit-agency: the Tarvo government wasted public funds"}},
		{"The fines followed a Varnok Audit Agency report that concluded the Tarvo government wasted public funds.", []string{"SAID organization:varnok-audit-agency: the Tarvo government wasted public funds"}},
		{"The Varnok Council concluded the talks on Monday.", nil},
		{"The Varnok Institute released a report on Monday that found that police had used excessive force.", []string{"SAID organization:varnok-institute: police had used excessive force"}},
		{"The Varnok Times cited a report that said the dam was unsafe.", nil},
		{"The court found the Varnok Front guilty.", nil},
		{"Tarvo says its dam is meant for irrigation, but Varnok Prime Minister Rui Lopes has called it a threat.", []string{"SAID organization:tarvo: its dam is meant for irrigation"}},
		{"Tarvo says its dam is meant for irrigation, but the Varnok government has rejected the claim.", []string{"SAID organization:tarvo: its dam is meant for irrigation"}},
		{"The Varnok Front continues to insist that the border road is closed.", []string{"SAID organization:varnok-front: the border road is closed"}},
		{"The Varnok Investigation Group determined that the fire was set deliberately.", []string{"SAID organization:varnok-investigation-group: the fire was set deliberately"}},
		{"The Peruvian army attacked Tarma. A military spokesman said ten rebels were killed.", []string{"SAID organization:peruvian-army: ten rebels were killed"}},
		{"Rui Lopes was arrested in Lima. His lawyer said the charges were false.", nil},
		{"Ana Costa met Rui Lopes in Lima. The two leaders said the talks were useful.", []string{"SAID person:ana-costa: the talks were useful", "SAID person:rui-lopes: the talks were useful"}},
		{"Peru and Chile signed a deal in Lima. Both countries said the deal would boost trade.", nil},
		{"Ana Costa and Rui Lopes met in Lima. They said the talks were useful.", []string{"SAID person:ana-costa: the talks were useful", "SAID person:rui-lopes: the talks were useful"}},
		{"Ana Costa and Rui Lopes's staff met in Lima. They said the talks were useful.", nil},
		{"Ana Costa met Rui Lopes in Lima. Lars Holm said the two ministers had agreed that talks would resume.", []string{"SAID person:lars-holm: the two ministers had agreed that talks would resume"}},
		{"Army spokesman Rui Lopes said troops of the 5th Battalion killed ten rebels.", []string{"SAID person:rui-lopes: troops of the 5th Battalion killed ten rebels"}},
		{"The Varnok Rights Group said officers of the Tarma Police and soldiers of the Lima Guard clubbed protesters.", []string{"SAID organization:varnok-rights-group: officers of the Tarma Police and soldiers of the Lima Guard clubbed protesters"}},
		{"Lars Holm wrote in a letter that the war was lost.", []string{"SAID person:lars-holm: the war was lost"}},
		{"The United Nations peacekeeping force in Peru has stated that Chile was operating in its own territory.", nil},
		{"The United Nations peacekeeping force in southern Peru has stated that Chile was operating in its own territory.", nil},
		{"The Constitution of Peru states that every person shall be treated with justice.", nil},
		{"Ana Costa spoke. US officials said the talks failed.", []string{"SAID place:united-states: the talks failed"}},
		{"Sports Minister Rui Lopes reaffirmed the country will enforce the laws.", []string{"SAID person:rui-lopes: the country will enforce the laws"}},
		{"The Varnok Coalition, an opposition alliance, claimed one of its leaders, Rui Lopes, was beaten by police.", []string{"SAID organization:varnok-coalition: one of its leaders, Rui Lopes, was beaten by police"}},
		{"UN officials in Lima, Peru said that the two men worked for a local firm.", []string{"SAID organization:united-nations: the two men worked for a local firm"}},
		{"Ana Costa, a senior Varnok Council on Trade official said that prices would rise.", []string{"SAID person:ana-costa: prices would rise"}},
		{"\u201cWe are collecting the debris,\u201d said the office of the Peru President in a statement.", nil},
		{"Rui Lopes, the deputy head of the Tarma Council said the plan had failed.", []string{"SAID person:rui-lopes: the plan had failed"}},
		{"Rui Lopes, leader of the Tarma Council (TC) and the Varnok Front said the plan had failed.", []string{"SAID person:rui-lopes: the plan had failed"}},
		{"Rui Lopes, the deputy Prime Minister and head of the Tarma Council said the plan had failed.", []string{"SAID person:rui-lopes: the plan had failed"}},
		{"The General Staff of Peru's armed forces said the talks had failed.", []string{"SAID organization:general-staff-of-peru: the talks had failed"}},
		{"In Lima, a Peruvian Foreign Ministry official, speaking on condition of anonymity, said the plan was dead.", []string{"SAID organization:peruvian-foreign-ministry: the plan was dead"}},
		{"In a statement, the VFC/M23 rebel alliance said its fighters had acted in self-defense.", []string{"SAID organization:m23: its fighters had acted in self-defense"}},
		{"Peru's Ministry of Foreign Affairs sent its condolences in a statement on Tuesday and said it was ready to help.", []string{"SAID organization:peruvian-ministry-of-foreign-affairs: sent its condolences in a statement on Tuesday and said it was ready to help"}},
		{"Party leader Ana Costa told supporters at the party's headquarters in Lima late on Sunday that voters had chosen stability.", []string{"SAID person:ana-costa: voters had chosen stability"}},
		{"Peru claims nearly all of the Varnok Sea, a waterway through which trade passes.", nil},
		{"Chile claims Tarma as its own territory.", nil},
		{"Ana Costa claimed the vote had been rigged.", []string{"SAID person:ana-costa: the vote had been rigged"}},
		{"Costa's lawyer, Senior Counsel Rui Lopes, told reporters outside the court that his client would appeal.", []string{"SAID person:rui-lopes: his client would appeal"}},
		{"Congresswoman Ana Costa of the Varnok Force party, one of the sponsors of the motion, said the resignation had come too late.", []string{"SAID person:ana-costa: the resignation had come too late"}},
		{"Congresswoman Ana Costa of the left-wing Free Varnok party said the resignation had come too late.", []string{"SAID person:ana-costa: the resignation had come too late"}},
		{"Peru's Foreign Minister Ana Costa, speaking in Lima after meeting Chile's foreign minister, Rui Lopes, said Bolivia wanted no peace.", []string{"SAID person:ana-costa: Bolivia wanted no peace"}},
		{"Observers from the Varnok Council (VC) and the Tarma Union (TU) said voting had been peaceful.", []string{"SAID organization:tarma-union: voting had been peaceful", "SAID organization:varnok-council: voting had been peaceful"}},
		{"The head of the observer mission of the Andean Council, former Peruvian foreign minister Rui Lopes, said the vote had been peaceful.", []string{"SAID person:rui-lopes: the vote had been peaceful"}},
		{"Announcing the results, the commission's chairperson, Ana Costa, said Rui Lopes, of the Varnok Party, had won 31,406 votes.", []string{"SAID person:ana-costa: Rui Lopes, of the Varnok Party, had won 31,406 votes"}},
		{"The Varnok Council said the withdrawal of the three states, announced in May, would take effect in July.", []string{"SAID organization:varnok-council: the withdrawal of the three states, announced in May, would take effect in July"}},
		{"Lars Holm won the vote, officials said, but his rival, Rui Lopes, said the results were rigged and urged his supporters to resist.", []string{"SAID person:rui-lopes: the results were rigged and urged his supporters to resist"}},
		{"President Lars Holm declared three days of mourning and called on citizens to donate blood.",
			[]string{"SAID person:lars-holm: three days of mourning and called on citizens to donate blood"}},
		{"The Varnok Front said its fighters had not targeted civilians and accused the army of working with a rival group.", []string{"SAID organization:varnok-front: its fighters had not targeted civilians and accused the army of working with a rival group"}},
		{"Honduras' Foreign Ministry said the talks had failed.", []string{"SAID organization:honduran-foreign-ministry: the talks had failed"}},
		{"Residents of Arica and Iquique in Chile, across the border from the epicentre, said they had felt buildings sway.", nil},
		{"The Qatar-based Al Jazeera television channel said the strikes had hit a harbour.", []string{"SAID organization:al-jazeera: the strikes had hit a harbour"}},
		{"The observation mission of the Varnok Council (VC), led by Ana Costa, said on Monday that voting had been calm.", []string{"SAID organization:varnok-council: voting had been calm"}},
		{"Lars Holm met Chile's foreign minister, who told reporters that Santiago was ready to reopen the border.", []string{"SAID place:chile: Santiago was ready to reopen the border"}},
		{"The delegation's head, deputy minister Rui Lopes, said his delegation would attend.", []string{"SAID person:rui-lopes: his delegation would attend"}},
		{"The ship was hit late on Tuesday, according to the Varnok Maritime agency (VMA), which said a fire had broken out in the engine room.", []string{"SAID organization:varnok-maritime: The ship was hit late on Tuesday a fire had broken out in the engine room"}},
		{"Islamic State Sahel Province, the regional affiliate of the Islamic State group, claimed the attack. The group said its fighters had killed ten soldiers.", []string{"SAID organization:islamic-state-sahel-province: its fighters had killed ten soldiers"}},
		{"The Borno state government said the talks with the Yobe state government and local leaders would resume.", []string{"SAID organization:borno-state-government: the talks with the Yobe state government and local leaders would resume"}},
		{"Tarma city authorities said roads into the town were closed.", []string{"SAID organization:tarma-city-authorities: roads into the town were closed"}},
		{"Varnok Front commanders said the town had fallen.", []string{"SAID organization:varnok-front: the town had fallen"}},
		{"Kelvaro Steel workers said they would strike.", nil},
		{"The Tacna regional government said 20 people were missing.", []string{"SAID organization:tacna-regional-government: 20 people were missing"}},
		{"Fighters raided the Tarma local government area, and residents said 20 people were missing.", nil},
		{"The General Staff of Peru's Armed Forces said troops had liberated five villages.", []string{"SAID organization:general-staff-of-peru: troops had liberated five villages"}},
		{"Police arrested 20 people. Tarnok, the provincial minister, said more people were held.", []string{"SAID person:tarnok: more people were held"}},
		{"Police arrested 20 people. Tarvask, a rights group, said more people were held.", []string{"SAID organization:tarvask: more people were held"}},
		{"Observers from the Varnok Council (VC), however, said the election was free and fair.", []string{"SAID organization:varnok-council: the election was free and fair"}},
		{"The Varnok project said Russian forces had advanced near Tarma.", []string{"SAID organization:varnok: Russian forces had advanced near Tarma"}},
		{"Former ambassador Ana Costa said reviving the old working group was a modest but welcome step.", []string{"SAID person:ana-costa: reviving the old working group was a modest but welcome step"}},
		{"The attack was claimed on Monday by the Varnok Front (VF), the main Al-Qaeda affiliate, which said its fighters had seized the base.", []string{"SAID organization:varnok-front: its fighters had seized the base"}},
		{"Mayor Lars Holm said on Telegram that \u201cseveral waves of drones\u201d had hit the city.", []string{"SAID person:lars-holm: \u201cseveral waves of drones\u201d had hit the city"}},
		{"Peru's Defence Ministry said its forces had carried out a \u201cmassive strike\u201d against Chilean energy sites that it claimed served the army.",
			[]string{"SAID organization:peruvian-defence-ministry: its forces had carried out a \u201cmassive strike\u201d against Chilean energy sites that it claimed served the army"}},
		{"Peru's Varnok Adom emergency service said a woman was lightly hurt.", []string{"SAID organization:varnok-adom: a woman was lightly hurt"}},
		{"The Maritime Trade Operations (MTO) agency said it had received a report of an explosion.", []string{"SAID organization:maritime-trade-operations: it had received a report of an explosion"}},
		{"The Andean Council mission said the vote had been calm.", []string{"SAID organization:andean-council-mission: the vote had been calm"}},
		{"Army spokesman Rui Lopes said troops \"engaged the rebels in a fierce gun battle\".", []string{"SAID person:rui-lopes: troops \"engaged the rebels in a fierce gun battle\""}},
		{"Lars Holm told Ana Costa that Peru should respect the border, the Chilean Foreign Ministry said in a statement.", []string{"SAID person:lars-holm: Peru should respect the border", "SAID organization:chilean-foreign-ministry: Lars Holm told Ana Costa that Peru should respect the border"}},
		{"The Tarma Relief Network reported heavy shelling. The Varnok Front shelled the camp. The volunteer group said shells hit a market.", []string{"SAID organization:tarma-relief-network: shells hit a market"}},
		{"The ship's operator, the Lima-based Kestrel Maritime, said a fire broke out in the engine room.", []string{"SAID organization:kestrel-maritime: a fire broke out in the engine room"}},
		{"Analyst Rosa Vega of Lima-based Andes Securities estimated that the strike was costing miners $10 million a day.", []string{"SAID person:rosa-vega: the strike was costing miners $10 million a day"}},
		{"The Varnok Front claimed the blast. The outfit said it had killed five soldiers.", []string{"SAID organization:varnok-front: it had killed five soldiers"}},
		{"A report by Amnesty International published on Monday said that the army had killed civilians.", []string{"SAID organization:amnesty-international: the army had killed civilians"}},
		{"A US official who attended the meeting said the two sides had agreed on a timetable.", []string{"SAID place:united-states: the two sides had agreed on a timetable"}},
		{"The army's media wing, the Varnok Press Office (VPO), said eight attackers were killed.", []string{"SAID organization:varnok-press-office: eight attackers were killed"}},
		{"UN experts said the talks had failed.", []string{"SAID organization:united-nations: the talks had failed"}},
		{"The Varnok Front denied attacking civilians.", []string{"SAID organization:varnok-front: attacking civilians"}},
		{"European Union observers said polling had been peaceful.", []string{"SAID organization:european-union: polling had been peaceful"}},
		{"The UN mission in Peru, known as the Varnok Mission, condemned the killings and said its staff were safe.", []string{"SAID organization:varnok-mission: its staff were safe"}},
		{"The UN special coordinator for Peru, Ana Costa, warned that the region was in danger and said there was no military solution.", []string{"SAID person:ana-costa: the region was in danger there was no military solution"}},
		{"The Peruvian Embassy in Santiago said the visit was off.", []string{"SAID organization:peruvian-embassy: the visit was off"}},
		{"The Varnok Council said in a statement at the end of the visit that the talks had been useful.", []string{"SAID organization:varnok-council: the talks had been useful"}},
		{"The Varnok Council said in a statement later that day that the vote had been fair.", []string{"SAID organization:varnok-council: the vote had been fair"}},
		{"Rui Lopes leads the Democratic Alliance for Mozambique (ADM). The ADM said it would march.", []string{"SAID organization:democratic-alliance-for-mozambique: it would march"}},
		{"The Varnok Council's delegation in Lima said it was leaving.", []string{"SAID organization:varnok-council: it was leaving"}},
		{"A Varnok Front commander said the group would fight on.", []string{"SAID organization:varnok-front: the group would fight on"}},
		{"The Varnok Front commander said nothing new.", nil},
		{"The Varnok Front (VF), al Qaeda's affiliate in the Sahel, claimed responsibility on Monday. The group said its fighters had destroyed 12 vehicles.", []string{"SAID organization:varnok-front: its fighters had destroyed 12 vehicles"}},
		{"Gunmen attacked the Tarma base on Monday. The Kelvaro Tarvo Network (KTN), al Qaeda's affiliate in the Sahel, claimed responsibility for the attack in a statement published by its media arm. The group said its fighters had seized weapons.", []string{"SAID organization:kelvaro-tarvo-network: its fighters had seized weapons"}},
		{"The Varnok Front claimed responsibility for the attack in a message published by its Tarnaq news agency. The group said its fighters had destroyed 12 vehicles.", []string{"SAID organization:varnok-front: its fighters had destroyed 12 vehicles"}},
		{"The Varnok Front claimed responsibility in a statement released through its propaganda outlet, Sawt al-Tarnaq. The group said its fighters had destroyed 12 vehicles.", []string{"SAID organization:varnok-front: its fighters had destroyed 12 vehicles"}},
		{"The European Union delegation in Lima said in a statement that it condemned the violence.", []string{"SAID organization:european-union: it condemned the violence"}},
		{"Fishermen on Tarma island said tensions had been growing for weeks.", nil},
		{"A resident of Tarma, reached by phone, told Reuters that the shooting lasted an hour.", nil},
		{"Residents of Tarma, a town of about 30,000 people, said many families fled.", nil},
		{"Ana Costa, the agency's deputy coordinator in Peru, said aid groups urgently need safe access.", []string{"SAID person:ana-costa: aid groups urgently need safe access"}},
		{"Ana Costa said aid groups \u201curgently need safe access to the area\u201d.", []string{"SAID person:ana-costa: aid groups \u201curgently need safe access to the area\u201d"}},
		{"Officials at the Peruvian embassy in Santiago said the ambassador had been recalled.", []string{"SAID organization:peruvian-embassy: the ambassador had been recalled"}},
		{"Rui Lopes, 54, a former banker, said on Monday the budget would be balanced.", []string{"SAID person:rui-lopes: the budget would be balanced"}},
		{"Lars Holm said on Tuesday that the talks had failed.", []string{"SAID person:lars-holm: the talks had failed"}},
		{"Lars Holm said the plan \u201cwas only a start\u201d.", []string{"SAID person:lars-holm: the plan \u201cwas only a start\u201d"}},
		{"Kestrel Freight says the film is \u201cfalse and defamatory\u201d, and the Baltic Energy Council says it is \u201cmisleading\u201d.",
			[]string{"SAID organization:kestrel-freight: the film is \u201cfalse and defamatory\u201d", "SAID organization:baltic-energy-council: it is \u201cmisleading\u201d"}},
		{"Lars Holm denied that Norway was \u201ccomplicit\u201d in the raid.", []string{"SAID person:lars-holm: Norway was \u201ccomplicit\u201d in the raid"}},
		{"Justice Minister Lars Holm said in a statement that the ruling showed that \u201cno one is above the law\u201d.", []string{"SAID person:lars-holm: the ruling showed that \u201cno one is above the law\u201d"}},
		{"Lars Holm assured his Chilean counterpart that Peru would not allow its territory to be used against any neighbour.", []string{"SAID person:lars-holm: Peru would not allow its territory to be used against any neighbour"}},
		{"Senator Ana Costa of the opposition Varnok Party said Holm had wasted six months.", []string{"SAID person:ana-costa: Holm had wasted six months"}},
		{"Ana Costa, a spokeswoman for the UN force in southern Peru, known as MINUVAR, said the mission was worried.", []string{"SAID person:ana-costa: the mission was worried"}},
		{"Ana Costa, chairman of the Tarma district, which includes Puno, told the Associated Press that 17 bodies had been recovered.", []string{"SAID person:ana-costa: 17 bodies had been recovered"}},
		{"The Varnok Front fired rockets at Tarma. In a brief statement, the Chile-backed group said it remained committed to the ceasefire.", []string{"SAID organization:varnok-front: it remained committed to the ceasefire"}},
		{"Lars Holm said Peru welcomed what he called Chile's \u201csteadfast support\u201d.", []string{"SAID person:lars-holm: Peru welcomed what he called Chile's \u201csteadfast support\u201d"}},
		{"The Varnok Council said on Thursday that voting had been \u201corderly and calm\u201d, though it noted that two stations opened late.",
			[]string{"SAID organization:varnok-council: voting had been \u201corderly and calm\u201d, though it noted that two stations opened late", "SAID organization:varnok-council: two stations opened late"}},
		{"Finance Minister Ana Costa said inflation was falling.", []string{"SAID person:ana-costa: inflation was falling"}},
		{"The organisers, the Varnok Movement and the Kestrel Foundation, said the soldiers opened fire.", []string{"SAID organization:varnok-movement: the soldiers opened fire", "SAID organization:kestrel-foundation: the soldiers opened fire"}},
		{"The Varnok Relief Agency (VRA) said hundreds of people had taken shelter in the school.", []string{"SAID organization:varnok-relief-agency: hundreds of people had taken shelter in the school"}},
		{"Rep. Ana Costa of Ohio, who led the effort, said the vote was fair.", []string{"SAID person:ana-costa: the vote was fair"}},
		{"The Varnok Party (VP) of Ana Costa, the government's partner, said they would go into opposition.", []string{"SAID organization:varnok-party: they would go into opposition"}},
		{"Lars Holm said the talks had failed, according to his spokeswoman Ana Costa.", []string{"SAID person:lars-holm: the talks had failed"}},
		{"Soldiers in Peru detained President Lars Holm on Wednesday and announced on television that they had seized power.", nil},
		{"Peru and Chile said on Monday that the talks had failed.", []string{"SAID place:peru: the talks had failed", "SAID place:chile: the talks had failed"}},
		{"Opposition leaders Ana Costa and Rui Lopes said they would hold a rally.", []string{"SAID person:ana-costa: they would hold a rally", "SAID person:rui-lopes: they would hold a rally"}},
		{"Finance Minister Ana Costa, Varnok Bank Governor Rui Lopes and FDIC Chairman Lars Holm said in a joint statement that depositors were safe.",
			[]string{"SAID person:ana-costa: depositors were safe", "SAID person:rui-lopes: depositors were safe", "SAID person:lars-holm: depositors were safe"}},
		{"Peruvian Foreign Minister Ana Costa and US Secretary of State Rui Lopes said the truce would hold.", []string{"SAID person:ana-costa: the truce would hold", "SAID person:rui-lopes: the truce would hold"}},
		{"The talks between Peru and Chile failed, and Ana Costa said she would resign.", []string{"SAID person:ana-costa: she would resign"}},
		{"The Baltic Energy Council said at least three people had been killed.", []string{"SAID organization:baltic-energy-council: at least three people had been killed"}},
		{"Lars Holm spoke in Oslo. He said the talks had failed.", []string{"SAID person:lars-holm: the talks had failed"}},
		{"Lars Holm met Anna Berg in Oslo. She said the talks had failed.", []string{"SAID person:anna-berg: the talks had failed"}},
		{"Lars Holm said the talks had failed: \u201cWe tried. We failed. We go home.\u201d\n\nHe further said the border would stay closed.",
			[]string{"SAID person:lars-holm: We tried. We failed. We go home", "SAID person:lars-holm: the border would stay closed"}},
		{"Despite claims that Anna Berg had resigned, Lars Holm told reporters that she had stayed in office.\n\nHe also said the talks had failed.",
			[]string{"SAID person:lars-holm: she had stayed in office", "SAID person:lars-holm: the talks had failed"}},
		{"Nortek Inc., which makes chips, memory, and \u201cfast\u201d boards, has announced it will close.", []string{"SAID organization:nortek-inc: it will close"}},
		{"A military spokesman, Maj. Gen. Lars Holm, said the talks had failed.", []string{"SAID person:lars-holm: the talks had failed"}},
		{"Lars Holm, the prime minister, said the talks had failed.", []string{"SAID person:lars-holm: the talks had failed"}},
		{"The Kremlin said the talks had failed.", []string{"SAID organization:kremlin: the talks had failed"}},
		{"The Varnok Court issued a warrant. The court's judges said Rui Lopes was suspected of fraud.", []string{"SAID organization:varnok-court: Rui Lopes was suspected of fraud"}},
		{"The Varnok Relief Agency said about 100,000 people had fled.", []string{"SAID organization:varnok-relief-agency: about 100,000 people had fled"}},
		{"Ana Costa said up to 70 percent of the population could be infected.", []string{"SAID person:ana-costa: up to 70 percent of the population could be infected"}},
		{"The UN mission in Peru, the Varnok Relief Office, said 100,000 people had fled.", []string{"SAID organization:varnok-relief-office: 100,000 people had fled"}},
		{"The UN refugee agency, the Varnok Relief Agency, said 100,000 people had fled.", []string{"SAID organization:varnok-relief-agency: 100,000 people had fled"}},
		{"A spokesman for Ana Costa, Rui Lopes, met reporters and said the talks had failed.", []string{"SAID person:rui-lopes: the talks had failed"}},
		{"Ana Costa of the Baltic Energy Council said the talks had failed.", []string{"SAID person:ana-costa: the talks had failed"}},
		{"Lars Holm arrived. Holm's office said the talks had failed.", []string{"SAID person:lars-holm: the talks had failed"}},
		{"A Kremlin spokesman said the talks had failed.", []string{"SAID organization:kremlin: the talks had failed"}},
		{"The Baltic Energy Council (BEC) has said it will cut prices.", []string{"SAID organization:baltic-energy-council: it will cut prices"}},
		{"The Norwegian government met on Monday.\n\nNorwegian officials said the plan had failed.", []string{"SAID organization:norwegian-government: the plan had failed"}},
		{"The Kenyan foreign ministry rejected the report on Monday and said it had no evidence.", []string{"SAID organization:kenyan-foreign-ministry: rejected the report on Monday and said it had no evidence"}},
		{"Norway closed its border. Norwegian officials said the plan had failed.", []string{"SAID place:norway: the plan had failed"}},
		{"Norwegian officials said the plan had failed.", nil},
		{"The Kestrel Freight company admits they lost the files.", []string{"SAID organization:kestrel-freight: they lost the files"}},
		{"Kestrel Freight denied having lost the files.", []string{"SAID organization:kestrel-freight: having lost the files"}},
		{"The Lisbon General Hospital has reported a total of 23 injured.", []string{"SAID organization:lisbon-general-hospital: a total of 23 injured"}},
		{"Lima denies supporting the Varnok Front and says its security is threatened by the Tarma militia.", []string{"SAID place:peru: supporting the Varnok Front its security is threatened by the Tarma militia"}},
		{"The Peruvian army said it retook the base within hours and that \u201cdozens of terrorists\u201d were killed.", []string{"SAID organization:peruvian-army: it retook the base within hours and that \u201cdozens of terrorists\u201d were killed"}},
		{"Ana Costa said the death toll had risen to 41, including 17 children, and that several people were still missing.", []string{"SAID person:ana-costa: the death toll had risen to 41, including 17 children, and that several people were still missing"}},
		{"The Varnok Foreign Ministry said in a statement it was deeply concerned by the bombing.", []string{"SAID organization:varnok-foreign-ministry: it was deeply concerned by the bombing"}},
		{"Ana Costa said in a televised address the talks had failed.", []string{"SAID person:ana-costa: the talks had failed"}},
		{"The Peruvian army did not say whether it had lost the town, and police would not say whether the suspect was armed.", nil},
		{"The ministry declined to say whether troops had crossed the border.", nil},
		{"The Peruvian army said its drones had struck Varnok Front positions near Tarma, \u201cneutralising\u201d dozens of rebels.", []string{"SAID organization:peruvian-army: its drones had struck Varnok Front positions near Tarma, \u201cneutralising\u201d dozens of rebels"}},
		{"Minister Ana Costa condemned the attack and said the government would not be intimidated.", []string{"SAID person:ana-costa: condemned the attack and said the government would not be intimidated"}},
		{"Lars Holm apologized for the delay but also said that the plan was sound.", []string{"SAID person:lars-holm: the plan was sound"}},
		{"Lars Holm \u2014 in hiding since June \u2014 said on Monday that he would not step down.", []string{"SAID person:lars-holm: he would not step down"}},
		{"Lars Holm, the speaker of the council, said today in Riga, the capital, that the tariffs will be lifted.", []string{"SAID person:lars-holm: the tariffs will be lifted"}},
		{"Lars Holm, a senior adviser, said short-term contracts tended to push nurses to work when ill.", []string{"SAID person:lars-holm: short-term contracts tended to push nurses to work when ill"}},
		{"Ana Costa, a rival candidate, expressed fear that the deal would fail.", []string{"SAID person:ana-costa: the deal would fail"}},
		{"Kestrel Freight officials said the plan had failed.", []string{"SAID organization:kestrel-freight: the plan had failed"}},
		{"A Kestrel Freight adviser told reporters on Tuesday that the plan had failed.", []string{"SAID organization:kestrel-freight: the plan had failed"}},
		{"Local officials said the plan had failed.", nil},
		{"Kestrel Freight had told drivers anybody joining the strike could be fired.", []string{"SAID organization:kestrel-freight: anybody joining the strike could be fired"}},
		{"Lars Holm warned local residents the dam could break.", []string{"SAID person:lars-holm: the dam could break"}},
		{"Lars Holm warned the dam could break.", []string{"SAID person:lars-holm: the dam could break"}},
		{"A Baltic Energy Council report published Friday says that the raids on Varnok broke the law.", []string{"SAID organization:baltic-energy-council: the raids on Varnok broke the law"}},
		{"The Baltic Energy Council's annual report says prices will rise.", []string{"SAID organization:baltic-energy-council: prices will rise"}},
		{"The Kremlin said Moscow was ready for talks but accused Kyiv of stalling.", []string{"SAID organization:kremlin: Moscow was ready for talks but accused Kyiv of stalling"}},
		{"Norway's foreign ministry spokesman Lars Holm rejected the move and warned that Oslo would respond.", []string{"SAID person:lars-holm: Oslo would respond"}},
		{"Kestrel Freight said on Thursday it would invest in Varnok.", []string{"SAID organization:kestrel-freight: it would invest in Varnok"}},
		{"Lars Holm said Monday the vote was fair.", []string{"SAID person:lars-holm: the vote was fair"}},
		{"Lars Holm said late Sunday the vote had been \u201cmarred by irregularities.\u201d", []string{"SAID person:lars-holm: the vote had been \u201cmarred by irregularities\u201d"}},
		{"The Kestrel Lawyers group said drones also hit a camp near Varnok.", []string{"SAID organization:kestrel-lawyers: drones also hit a camp near Varnok"}},
		{"Lars Holm said prayers for the dead.", nil},
		{"Lars Holm said in a telephone call to state television that the strikes were illegal.", []string{"SAID person:lars-holm: the strikes were illegal"}},
		{"The Varnok parliament declared independence from Peru, in a move that was welcomed by Chile.", nil},
		{"The Varnok Power Company said cooling systems at its Tarn plant had failed.", []string{"SAID organization:varnok-power-company: cooling systems at its Tarn plant had failed"}},
		{"Ana Costa spoke by phone with Rui Lopes and told him the border would stay open.", []string{"SAID person:ana-costa: the border would stay open"}},
		{"Ana Costa told her supporters that the border would stay open.", []string{"SAID person:ana-costa: the border would stay open"}},
		{"Lars Holm told Varnokpost the talks had failed.", []string{"SAID person:lars-holm: the talks had failed"}},
		{"Ana Costa, the sister of Rui Lopes, warned in a statement carried by state media that the talks had failed.", []string{"SAID person:ana-costa: the talks had failed"}},
		{"Her ally Lars Holm, whom the opposition says won the vote, said from Riga that he would return.", []string{"SAID person:lars-holm: he would return"}},
		{"The official KTV news agency reported that Lars Holm had left Riga.", []string{"SAID organization:ktv: Lars Holm had left Riga"}},
		{"The Kestrel Lawyers group, which documents abuses in the war, said drones hit a camp near Varnok.", []string{"SAID organization:kestrel-lawyers: drones hit a camp near Varnok"}},
		{"President Lars Holm, who was declared the winner with 63%, said the count was fair.", []string{"SAID person:lars-holm: the count was fair"}},
		{"Ana Costa said in a radio interview.", nil},
		{"President Ana Costa declared a national holiday on Tuesday so that fans could welcome the team.", []string{"SAID person:ana-costa: a national holiday on Tuesday"}},
		{"Peru's mission to the United Nations said the strike was lawful.", []string{"SAID place:peru: the strike was lawful"}},
		{"Ondo state Governor Ana Costa said 400 people had fled.", []string{"SAID person:ana-costa: 400 people had fled"}},
		{"Ondo state police chief Ana Costa was among those killed.", nil},
		{"Ana Costa said the plan would fail and Lars Holm insisted it would work.", []string{"SAID person:ana-costa: the plan would fail", "SAID person:lars-holm: it would work"}},
		{"Ana Costa said the men had fled to Kaduna and Niger states and were armed.", []string{"SAID person:ana-costa: the men had fled to Kaduna and Niger states and were armed"}},
		{"A Senate member, Lima Democrat Rui Lopes, said he would introduce such a bill.", []string{"SAID person:rui-lopes: he would introduce such a bill"}},
		{"The Kestrel Agency said operations at Tarma, the country's largest port, had been suspended.", []string{"SAID organization:kestrel-agency: operations at Tarma, the country's largest port, had been suspended"}},
		{"The Kestrel Agency said samples from the river, downstream of the plant, showed high acidity.", []string{"SAID organization:kestrel-agency: samples from the river, downstream of the plant, showed high acidity"}},
		{"Rui Lopes said diverting ships around Chile's Cape Horn would add ten days.", []string{"SAID person:rui-lopes: diverting ships around Chile's Cape Horn would add ten days"}},
		{"The Varnok Front's political wing, the Tarma Council, said it would take part in the talks.", []string{"SAID organization:tarma-council: it would take part in the talks"}},
		{"The ship's Lima-based manager, Kestrel Maritime, said it was working with the authorities.", []string{"SAID organization:kestrel-maritime: it was working with the authorities"}},
		{"His lead counsel, the French lawyer Rui Lopes, told reporters that the defence would appeal.", []string{"SAID person:rui-lopes: the defence would appeal"}},
		{"Police chief Rui Lopes said the bomber, thought to be in her late teens, set off the explosives.", []string{"SAID person:rui-lopes: the bomber, thought to be in her late teens, set off the explosives"}},
		{"Ana Costa said citizens of Peru, Chile and Bolivia would keep the right to travel.", []string{"SAID person:ana-costa: citizens of Peru, Chile and Bolivia would keep the right to travel"}},
		{"Police Chief Rui Lopes said officers found the suspect hiding in a garage.", []string{"SAID person:rui-lopes: officers found the suspect hiding in a garage"}},
	},
}

// appositionSpeakers reads a plural noun and an apposition naming its
// members before the speech verb at toks[v]: "The organisers, the Varnok
// Movement and the Kestrel charity, said". It returns the organizations and
// people named, or nil.
func (d *doc) appositionSpeakers(v, lo int) []*entity {
	if v-1 <= lo || d.toks[v-1].text != "," {
		return nil
	}
	o := v - 2
	for o > lo && o > v-20 && d.toks[o].text != "," {
		o--
	}
	if o <= lo || d.toks[o].text != "," || d.toks[o-1].kind != tWord || d.toks[o-1].cap || !strings.HasSuffix(d.toks[o-1].lower, "s") {
		return nil // no plural noun before the apposition
	}
	var out []*entity
	for k := o + 1; k < v-1; k++ {
		m := d.mentAt[k]
		if m == nil || m.ent == nil {
			continue
		}
		k = m.hi - 1
		if m.demonym || d.possessor(m) || m.ent.kind != kg.Organization && m.ent.kind != kg.Person {
			continue
		}
		out = append(out, m.ent)
	}
	if len(out) < 2 {
		return nil // one name after a comma is the subject's own apposition
	}
	return out
}

// pastDateline is where the text starts after a dateline among the first
// words of toks[lo:hi] ("YEREVAN, Armenia (AP) —", "LIMA (Reuters) -"), or
// lo if there is none.
func (d *doc) pastDateline(lo, hi int) int {
	for k := lo; k < hi && k < lo+10; k++ {
		if d.toks[k].text == "\u2014" || d.toks[k].text == "--" || d.toks[k].text == "\u2013" ||
			d.toks[k].text == "-" && k > lo && (d.toks[k-1].text == ")" || isAcronym(d.toks[k-1].text)) {
			for k+1 < hi && d.toks[k+1].text == "-" {
				k++ // "(Reuters) --" written with two hyphens
			}
			return k + 1
		}
		if d.toks[k].text == ")" && k >= lo+3 && d.toks[k-2].text == "(" && isAcronym(d.toks[k-1].text) && k+1 < hi && d.toks[k+1].cap && d.toks[k-3].kind == tNum {
			return k + 1 // "Jammu, Mar 12 (PTI) An Army jawan": an agency's dateline with no dash
		}
	}
	return lo
}

// personAfterOffice is the person named after an office that starts at
// toks[k] and has its field after "for" or "of": "commissioner for Home
// Affairs, Ana Costa", "minister of Foreign Affairs Ana Costa"; nil if
// none.
func (d *doc) personAfterOffice(k, hi int) *entity {
	x := k
	for x < hi && x < k+3 && !d.toks[x].cap && d.toks[x].kind == tWord && (d.titleAt(x) || roleWords[d.toks[x].lower]) {
		x++
	}
	if x == k || x+1 >= hi || d.toks[x].lower != "for" && d.toks[x].lower != "of" {
		return nil
	}
	x++
	for n := 0; x < hi && n < 4 && (d.toks[x].cap && d.toks[x].kind == tWord || d.toks[x].lower == "and" && x+1 < hi && d.toks[x+1].cap); n++ {
		if o := d.mentAt[x]; o != nil {
			if o.ent != nil && o.ent.kind == kg.Person {
				break // "minister of Foreign Affairs Ana Costa"
			}
			x = o.hi // "for Home Affairs", though read as a body's name
			continue
		}
		x++
	}
	if x < hi && d.toks[x].text == "," {
		x++
	}
	if o := d.mentAt[min(x, hi-1)]; x < hi && o != nil && o.lo == x && o.ent != nil && o.ent.kind == kg.Person && !o.ref {
		return o.ent
	}
	return nil
}

// describedPerson reports what a person's name follows in "according to
// <body> <description> <name>": a spokesman's or a role's noun, a
// person's noun ("lawyer", "historian", "economist"), past any honorific
// or title: "according to Varnok University historian Dr. Ana Costa".
func (d *doc) describedPerson(x, end int) bool {
	noun := func(x int) bool {
		if x <= end || d.toks[x].cap || d.toks[x].kind != tWord {
			return false
		}
		w := d.toks[x].lower
		return spokesNouns[w] || roleWords[w] || personNouns[w] || len(w) > 5 && (strings.HasSuffix(w, "ist") || strings.HasSuffix(w, "ian"))
	}
	if noun(x) {
		return true
	}
	for x > end && d.toks[x].cap && d.titleAt(x) {
		x-- // past "Dr."
	}
	return noun(x)
}

// reciprocal reports "each other" or "one another": "A and B blamed each
// other" is no one stand of both.
func reciprocal(a, b string) bool {
	return a == "each" && b == "other" || a == "one" && b == "another"
}

// coSubject is the other speaker of "A and B said" when B, the subject
// found at toks[at], is joined by "and" to A, which opens the clause; nil
// otherwise ("talks between A and B failed, C said" has one speaker).
func (d *doc) coSubject(at, lo int, b *entity) *entity {
	j := d.pastTitles(at-1, lo)
	if j <= lo || d.toks[j].lower != "and" {
		return nil
	}
	e := j // where A ends
	if j-3 > lo && d.toks[j-1].text == ")" && d.toks[j-3].text == "(" {
		e = j - 3 // "A (ACR) and B said": past A's initials
	}
	m := d.mentAt[e-1]
	pair := m != nil && m.demonym && d.pairedDemonyms(at)
	if m == nil || m.ent == nil || m.ent == b || m.hi != e || m.demonym && !pair || d.possessor(m) || m.ent.kind == kg.Event {
		return nil
	}
	k := d.pastTitles(m.lo-1, lo)
	if k > lo && d.toks[k].lower == "the" {
		k--
	}
	if k > lo && d.toks[k].lower == "from" && (officialNouns[d.toks[k-1].lower] || d.toks[k-1].lower == "delegates" || d.toks[k-1].lower == "delegations") && m.ent.kind == kg.Organization && b != nil && b.kind == kg.Organization {
		return m.ent // "Observers from the Varnok Council and the Tarma Union said": both bodies
	}
	if k >= lo && d.toks[k].text != "," && d.toks[k].kind != tQuote && d.toks[k].text != "—" && !(d.toks[k].lower == "including" && k > lo && d.toks[k-1].text == ",") {
		return nil // but "rights groups, including A and B, said": both
	}
	return m.ent
}

// lowerTitle reports a title written in lower case: "chairman",
// "director".
func lowerTitle(w string) bool {
	if w == "" {
		return false
	}
	t, ok := lookupTitle(strings.ToUpper(w[:1]) + w[1:])
	return ok && !t.Honorific && t.Role != ""
}

// titleAt reports a title at toks[k]: "Gov.", "Governor".
func (d *doc) titleAt(k int) bool {
	_, ok := d.isTitle(k)
	return ok
}

// coSubjects are the other speakers of "A and B said" and "A, B and C
// said" (coSubject), in the order written backwards; nil if none.
func (d *doc) coSubjects(at, lo int, b *entity) []*entity {
	a := d.coSubject(at, lo, b)
	if a == nil {
		return nil
	}
	out := []*entity{a}
	for len(out) < 5 {
		// a list: the names before, each after a comma
		var m *mention
		for k := at - 1; k >= lo && k > at-12; k-- {
			if x := d.mentAt[k]; x != nil && x.ent == out[len(out)-1] {
				m = x
				break
			}
		}
		if m == nil {
			break
		}
		k := d.pastTitles(m.lo-1, lo)
		if k <= lo || d.toks[k].text != "," {
			break
		}
		p := d.mentAt[k-1]
		if p == nil || p.ent == nil || p.hi != k || p.demonym || d.possessor(p) || p.ent.kind != out[0].kind || slices.Contains(out, p.ent) || p.ent == b {
			break
		}
		if j := d.pastTitles(p.lo-1, lo); j >= lo && d.toks[j].text != "," && d.toks[j].kind != tQuote && d.toks[j].text != "\u2014" {
			break // "Talks between A, B and C failed": no list of speakers
		}
		out = append(out, p.ent)
		at = p.lo
	}
	return out
}

// pastTitles steps back from toks[k] over what may stand before a
// speaker's name: "the", titles, roles and the country or body they
// belong to ("US Secretary of State", "Opposition leaders"), and a
// common word opening the sentence. It returns the first token before
// them, or k.
func (d *doc) pastTitles(k, lo int) int {
	for n := 0; k >= lo && n < 8; n++ {
		t := &d.toks[k]
		if m := d.mentAt[k]; m != nil {
			_, titled := d.isTitle(min(m.hi, len(d.toks)-1))
			if m.ent == nil || !(m.demonym || m.ent.kind == kg.Place || m.ent.kind == kg.Organization && m.lo > lo && (d.toks[m.lo-1].lower != "and" || titled)) {
				return k // "A and the Varnok Front said"; but "A and FDIC Chairman B"
			}
			k = m.lo - 1
			continue
		}
		_, title := d.isTitle(k)
		if t.cap && k-2 >= lo && d.toks[k-1].lower == "of" {
			if _, ok := d.isTitle(k - 2); ok {
				k -= 3 // "Secretary of State"
				continue
			}
		}
		switch {
		case t.kind != tWord:
			return k
		case t.lower == "the", title,
			!t.cap && (roleWords[strings.TrimSuffix(t.lower, "s")] || officeWords[t.lower] || titleLead[t.lower]),
			k == lo && t.cap && gazetteer.IsCommonWord(t.lower):
			k--
		default:
			return k
		}
	}
	return k
}

// clauseStartedAt is the verb of a clause that opens at toks[c] with its
// subject, "the truck belonged", "its forces have", "they were": a
// determiner or a pronoun, at most two words, then a finite verb; 0 when
// no clause opens there. A "that" after it is no complementizer of the
// speech verb.
func (d *doc) clauseStartedAt(c, hi int) int {
	if c >= hi || !determiners[d.toks[c].lower] && !pronounSubjects[d.toks[c].lower] || d.toks[c].lower == "that" {
		return 0
	}
	for k := c + 1; k < hi && k <= c+3; k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.cap || d.mentAt[k] != nil || d.inQuote[k] {
			return 0
		}
		if k > c+1 || pronounSubjects[d.toks[c].lower] {
			if finiteAux[t.lower] || beForms[t.lower] && t.lower != "be" && t.lower != "being" && t.lower != "been" || pastVerbs[t.lower] || strings.HasSuffix(t.lower, "ed") && !determiners[d.toks[k-1].lower] {
				return k
			}
		}
	}
	return 0
}

// reportedClause reads the clause a speech verb at toks[v] reports, past
// its complements ("on Tuesday", "in a statement", "told X") up to "that" or
// a colon, and writes it as sp's statement.
// anonymityAt reports "on condition of anonymity" (or "of not being
// named") at toks[k]: why a source goes unnamed, not what it said.
func anonymityAt(d *doc, k int) bool {
	return k+2 < len(d.toks) && d.toks[k].lower == "on" && d.toks[k+1].lower == "condition" && d.toks[k+2].lower == "of"
}

func (d *doc) reportedClause(si, v int, sp *entity) {
	s := d.sents[si]
	t := &d.toks[v]
	weakVerb := weakSayVerbs[t.lower] && !sayVerbs[t.lower]
	c := v + 1
	var target *entity
	if addresseeVerbs[t.lower] && c < s.hi {
		target, c = d.skipAddressee(c, s.hi)
	}
	if anonymityAt(d, c) {
		return // "..., officials told Reuters on condition of anonymity": a trailing attribution
	}
	that := false
	aside := c < s.hi && d.toks[c].text == "," // "stated, amid reports of ..., that"
	commas := 0
	reach := 8
	if c < s.hi && sayAdjuncts[d.toks[c].lower] {
		reach = 14 // "said in a statement at the end of the visit that"
	}
	started := d.clauseStartedAt(c, s.hi)
	for k := c; k < s.hi && (k < c+reach || (aside || commas > 0) && k < c+25); k++ {
		if k > started && started > 0 && d.toks[k].lower == "that" {
			break // "said the truck belonged to a firm that ...": a relative inside the clause
		}
		if d.toks[k].lower == "that" && k+1 < s.hi && thatTimes[d.toks[k+1].lower] {
			continue // "said later that day that": a time, not the clause
		}
		if d.toks[k].lower == "that" && k > c && k+1 < s.hi && (finiteAux[d.toks[k+1].lower] || beForms[d.toks[k+1].lower]) && d.toks[k-1].kind == tWord && (!d.toks[k-1].cap || d.mentAt[k-1] != nil && !isWeekday(d.toks[k-1].lower)) {
			break // "declared independence, in a move that was welcomed": a relative clause
		}
		if d.toks[k].lower == "that" && k > c && notComplementizer[d.toks[k-1].lower] {
			break // "declared a holiday so that fans could": a purpose, not what was said
		}
		if d.toks[k].lower == "that" {
			if k > c+2 && d.toks[k-1].lower == "and" && d.clauseStart(c) {
				that = true // "said A, including X, and that B": both complements, from the first
				break
			}
			c = k + 1
			that = true
			break
		}
		if d.toks[k].text == "," && !aside {
			// "said today in Riga, the capital, that": an adverbial
			// with an appositive, when "that" follows it
			if commas++; commas > 2 || !d.thatAhead(k+1, min(s.hi, c+25)) {
				break
			}
		}
		if d.toks[k].kind == tQuote || sayVerbs[d.toks[k].lower] && !d.nounAfterDeterminer(k) {
			break
		}
	}
	if c < s.hi && d.toks[c].text == ":" {
		c++
		that = true
	}
	if weakVerb && !that && c < s.hi {
		// a weak verb reports speech without "that" only before a clause
		// with a pronoun subject ("admits they use"), a gerund ("denied
		// having used") or, for "reported", a quantity ("reported 18 dead")
		n := &d.toks[c]
		that = pronounSubjects[n.lower] || strings.HasSuffix(n.lower, "ing") && len(n.lower) > 5 && !n.cap ||
			(t.lower == "reported" || t.lower == "reports") && (n.kind == tNum || numberWords[n.lower] || n.lower == "a" && c+1 < s.hi && (d.toks[c+1].lower == "total" || d.toks[c+1].kind == tNum)) ||
			findingVerbs[t.lower] && d.namedSubjectClause(c, s.hi) ||
			quantityOpeners[n.lower] && d.quantifiedClause(c, s.hi)
	}
	if weakVerb && !that || c >= s.hi {
		return
	}
	// a quotation right here was taken by a quotation pattern
	if d.toks[c].kind == tQuote && d.quoteUsedAt(c) {
		return
	}
	if d.toks[c].text == "," || d.toks[c].text == "." {
		return
	}
	if !that && (!d.clauseStart(c) || isWeekday(d.toks[c].lower)) {
		// "said on Thursday it would ...", "said late Sunday the vote was
		// ...": a time adjunct before the clause
		a := d.skipTimeAdjunct(d.skipMediumAdjunct(c, s.hi), s.hi)
		if a == c || a >= s.hi || !d.clauseStart(a) || d.toks[a].kind == tNum && !d.quantifiedClause(a, s.hi) {
			return // "claimed responsibility", "answered in the negative"; not "said on Thursday 12 December"
		}
		c = a
	}
	if !that && claimVerbs[t.lower] && (d.claimsAttack(c, s.hi) || d.toks[c].lower == "responsibility" || d.toks[c].lower == "credit") {
		return // "claimed the attack", "claimed responsibility in a statement released ...": a claim of responsibility (attack-claimed)
	}
	end := min(s.hi, c+2*window)
	var acts []int // the speaker's further acts the statement takes in
	for k := c + 1; k < end; k++ {
		if d.toks[k].text == "," && k+1 < end && (d.toks[k+1].lower == "and" || d.toks[k+1].lower == "but" || d.toks[k+1].lower == "while") && d.sayBetween(k+2, min(end, k+10)) {
			end = k // ", and the VAA says ...": the next speaker's clause
			break
		}
		if d.toks[k].text == "," && k+2 < end && d.toks[k+1].lower == "but" && d.otherActorActs(k+2, end, sp) {
			end = k // "said it would attend, but the council rejected the offer": another's act
			break
		}
		if d.toks[k].text == "," && k+2 < end && d.toks[k+1].lower == "according" && d.toks[k+2].lower == "to" {
			end = k // ", according to his spokeswoman": who relays it
			break
		}
		if d.toks[k].text == "," && d.relayedBy(k+1, s.hi) {
			end = k // "X told Y that Z, the ministry said in a statement": who relays it
			break
		}
		if w := d.toks[k].lower; (w == "and" || w == "but" || w == "while") && d.namedSpeakerAt(k+1, end, sp) {
			end = k // "said the plan would fail and Lars Holm said it would work": another speaker's statement
			break
		}
		if (d.toks[k].lower == "and" || d.toks[k].lower == "but") && d.speechVerbAt(k+1, end) {
			if a := d.actAfterSaid(k+1, end); a >= 0 {
				acts = append(acts, a) // "said it was following the case and called on the authorities to ...": one statement, the act in it
				continue
			}
			end = k // "said X was ready but warned that Y": the subject's next statement (joinCoordinated joins them)
			break
		}

		if d.toks[k].text == "," && k+1 < end && sayVerbs[d.toks[k+1].lower] && !d.toks[k+1].cap && !d.participleAside(k+1, end) {
			end = k // "X, who declared a state of emergency, said": the relative clause ends
			break
		}
		if !that && k+1 < end && d.toks[k+1].lower == "that" && notComplementizer[d.toks[k].lower] {
			end = k // "declared a holiday so that fans could ...": its purpose
			break
		}
		if d.toks[k].kind == tQuote && d.quoteUsedAt(k) {
			if cl := d.quoteClose(k); cl > k && cl-k <= 5 && d.clauseGoesOn(cl) && !((d.toks[cl+1].lower == "and" || d.toks[cl+1].lower == "but") && d.speechVerbAt(cl+2, end)) {
				k = cl // "had offered “nothing” but promises": a few words quoted inside the clause, which goes on
				continue
			}
			// the quotation is a statement of its own; what stands before
			// it is one up to the end of the last whole clause
			b := k
			if !(d.toks[k-1].text == "," || d.toks[k-1].text == ":") {
				for b = k - 1; b > c && d.toks[b].text != "," && !d.nextAct(b, k); b-- {
				}
				if b <= c {
					return
				}
			}
			end = b
			break
		}
	}
	from := c
	if a := d.actBeforeSaid(si, v, sp); a >= 0 {
		from = a // "thanked both sides for their cooperation and said it would ...": the act and the words, one statement
	}
	text := strings.TrimRight(strings.TrimSpace(d.text[d.toks[from].start:d.toks[end-1].end]), ".,;:\"\u201d ")
	if !strings.HasPrefix(text, "\u201c") && !strings.HasPrefix(text, "\"") || strings.Count(text, "\u201d") == 0 && strings.Count(text, "\"") < 2 {
		text = strings.TrimLeft(text, "\"\u201c ") // not "“several waves of drones” had hit the city", a quotation the clause goes on from
	}
	if strings.Count(text, "\u201c") > strings.Count(text, "\u201d") {
		text += "\u201d" // a quoted fragment that ended the clause
	} else if strings.Count(text, "\"")%2 == 1 {
		text += "\""
	}
	if n := len(strings.Fields(text)); n < 3 && !(n == 2 && deniedCues[t.lower] && strings.HasSuffix(d.toks[c].lower, "ing")) && !(n == 2 && d.subjectVerb(c)) {
		return // not "denied targeting civilians", a denial of two words, nor "said cases rose", a clause of two
	}
	if target == nil {
		target = d.topicIn(c, end, sp)
	}
	for _, a := range acts {
		if a < end {
			d.claim(a, kg.Said) // told in this statement, no statement of its own
		}
	}
	d.addSaidTarget(sp, target, text, si, confReported, v)
}

// relayedBy reports a closing attribution from toks[k] to the sentence's
// end at hi: "the ministry said in a statement", with only a short phrase
// after its verb.
func (d *doc) relayedBy(k, hi int) bool {
	if !d.attribution(k, hi) {
		return false
	}
	for x := k; x < hi && x < k+12; x++ {
		if sayVerbs[d.toks[x].lower] {
			return d.plainTail(x+1, hi)
		}
	}
	return false
}

// nextAct reports "and" or "but" at toks[b] opening the speaker's next
// verb, a lower-case word ending in "ed" before the quotation at toks[q]:
// "said the country was “in crisis” and called for “a new era”".
func (d *doc) nextAct(b, q int) bool {
	if w := d.toks[b].lower; w != "and" && w != "but" || b+1 >= q {
		return false
	}
	n := &d.toks[b+1]
	return n.kind == tWord && !n.cap && d.mentAt[b+1] == nil && (strings.HasSuffix(n.lower, "ed") || pastVerbs[n.lower])
}

// newClauseAt reports a subject named at toks[k] and its finite verb
// within a few words: "Peru's foreign ministry summoned", "Chile has".
func (d *doc) newClauseAt(k, hi int) bool {
	if k >= hi || d.mentAt[k] == nil {
		return false
	}
	for j := k + 1; j < hi && j < k+7; j++ {
		t := &d.toks[j]
		if t.kind != tWord || d.inQuote[j] {
			return false
		}
		if d.mentAt[j] != nil || t.cap || t.lower == "'s" || t.lower == "\u2019s" {
			continue
		}
		return pastVerbs[t.lower] || sayVerbs[t.lower] || finiteAux[t.lower] || strings.HasSuffix(t.lower, "ed")
	}
	return false
}

// skipAddressee reads who a speech verb of telling addresses, from toks[c]:
// a named entity ("told Reuters"), a noun before one ("telling the
// newspaper Kestrel Daily") or a noun phrase of people ("told reporters",
// "warned local workers"), when a reported clause or "that" follows. It
// returns the entity addressed, if named, and where the clause may start.
func (d *doc) skipAddressee(c, hi int) (*entity, int) {
	a := c
	if a+1 < hi && objectPronouns[d.toks[a].lower] && (d.toks[a].lower != "her" || !d.nounAfter(a)) {
		return nil, a + 1 // "told him the border would stay open"; not "told her supporters"
	}
	if a < hi && determiners[d.toks[a].lower] {
		a++
	}
	if a < hi && !d.toks[a].cap && d.mentAt[a] == nil && d.toks[a].kind == tWord && (orgRefNouns[d.toks[a].lower] != "" || personNouns[d.toks[a].lower]) &&
		a+1 < hi && d.mentAt[a+1] != nil {
		a++ // "the newspaper Kestrel Daily"
	}
	if a < hi {
		if m := d.mentAt[a]; m != nil && m.ent != nil {
			return m.ent, m.hi
		}
		if t := &d.toks[a]; t.kind == tWord && t.cap && (d.mentAt[a] == nil || d.mentAt[a].ent == nil) && a+1 < hi && (d.toks[a+1].lower == "that" || d.clauseStart(a+1)) {
			return nil, a + 1 // "told Wikinews the talks had failed": a name the article left unconfirmed
		}
	}
	// "told a news conference in Bishkek", "told a briefing on Monday":
	// where the words were said, then the clause or the sentence's end
	for k := a; k < hi && k < a+3 && d.toks[k].kind == tWord && !d.toks[k].cap; k++ {
		if !forumNouns[d.toks[k].lower] {
			continue
		}
		e := k + 1
		if e+1 < hi && (d.toks[e].lower == "in" || d.toks[e].lower == "on" || d.toks[e].lower == "at") {
			e++
			for e < hi && e < k+7 && d.toks[e].kind == tWord && d.toks[e].lower != "that" {
				e++
			}
		}
		if e >= hi || d.toks[e].lower == "that" || d.toks[e].kind == tPunct || d.clauseStart(e) {
			return nil, e
		}
		break
	}
	// "told pilots", "warned local residents": up to three lower-case
	// words that end in a plural or a word for an audience
	for k := a; k < hi && k < a+3; k++ {
		w := &d.toks[k]
		if w.kind != tWord || w.cap || d.mentAt[k] != nil || clauseOpeners[w.lower] || finiteAux[w.lower] || clauseBreakers[w.lower] {
			break
		}
		if (addressees[w.lower] || personNouns[w.lower] || strings.HasSuffix(w.lower, "s") && !strings.HasSuffix(w.lower, "ss") && len(w.lower) > 3) &&
			k+1 < hi && (d.toks[k+1].lower == "that" || d.clauseStart(k+1) || sayAdjuncts[d.toks[k+1].lower] && d.thatAhead(k+2, min(hi, k+16))) {
			return nil, k + 1 // "told reporters at the party's headquarters in X that"
		}
	}
	return nil, c
}

// roleBeforeName reads a description of the speaker ending in a role,
// then the name: "army spokesman Rui Lopes", "a government spokesman, Lt.
// Col. Rui Lopes", "UNICEF's Representative in Peru, Ana Costa". It
// returns where the name (or its titles) starts, or k.
func (d *doc) roleBeforeName(k, hi int) int {
	j := k
	if j < hi && (d.toks[j].lower == "a" || d.toks[j].lower == "an") {
		j++
	}
	if m := d.mentAt[min(j, hi-1)]; j < hi && m != nil && m.lo == j && m.ent != nil && m.ent.kind != kg.Person && d.possessor(m) {
		j = m.hi // "UNICEF's Representative": the body's office
		if j < hi && (d.toks[j].lower == "'s" || d.toks[j].lower == "\u2019s") {
			j++
		}
	}
	for n := 0; j < hi && n < 4; n, j = n+1, j+1 {
		t := &d.toks[j]
		_, title := d.isTitle(j)
		if t.kind != tWord || t.cap && d.mentAt[j] == nil && !roleWords[t.lower] && !title {
			return k
		}
		if roleWords[t.lower] || !t.cap && lowerTitle(t.lower) || title && (j+1 >= hi || !d.toks[j+1].cap) {
			x := j + 1
			if x+1 < hi && (d.toks[x].lower == "in" || d.toks[x].lower == "for" || d.toks[x].lower == "to") {
				if p := d.mentAt[x+1]; p != nil && p.lo == x+1 && p.ent != nil && p.ent.kind == kg.Place {
					x = p.hi // "Representative in Peru": where the office is
				}
			}
			if x < hi && d.toks[x].text == "," {
				x++
			}
			if x < hi && (d.toks[x].cap || d.mentAt[x] != nil) {
				return x
			}
			return k
		}
	}
	return k
}

// speakerAfter finds "said X" or "X said" right after a quotation closing at
// toks[c]: the speaker, the verb's index, or nil.
func (d *doc) speakerAfter(c, hi int) (*entity, int) {
	k := c + 1
	for k < hi && (d.toks[k].text == "," || d.toks[k].text == "\u2014") {
		k++
	}
	if k >= hi || d.toks[k].lower == "and" || d.toks[k].lower == "but" || d.toks[k].lower == "while" || d.toks[k].lower == "whereas" ||
		d.toks[k].lower == "though" || d.toks[k].lower == "although" || d.toks[k].lower == "as" {
		return nil, -1 // '"…", and the VAA says', '"…", though it noted': a new clause with its own speaker
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
			if m.demonym && m.hi < hi && officialNouns[d.toks[m.hi].lower] {
				if e := d.officialsOf(m); e != nil {
					return e, k // "said Somali officials"
				}
			}
			if d.possessor(m) || m.ent.kind == kg.Place && m.demonym {
				j = m.hi - 1
				continue
			}
			if m.ent.kind == kg.Place && d.thingOfPlace(m, k+1) {
				return nil, -2 // "said the office of the Peru President": no one the text names
			}
			if m.ent.kind == kg.Place && j > k+2 && (d.toks[j-1].lower == "in" || d.toks[j-1].lower == "for" || d.toks[j-1].lower == "to") {
				if _, title := d.isTitle(j - 2); title || roleWords[d.toks[j-2].lower] {
					j = m.hi - 1 // "said UNICEF's Representative in Peru, Ana Costa": where the office is
					continue
				}
			}
			if m.ent.kind != kg.Person {
				// "said army spokesman Ivan Sokolov", "said Mississippi State
				// guard Tomas Varga": the person the words describe, if
				// named right after them
				for x := m.hi; x < hi && x < m.hi+5; x++ {
					t := &d.toks[x]
					if o := d.mentAt[x]; o != nil && o.ent != nil && o.ent.kind == kg.Person && !o.ref {
						return o.ent, k
					}
					if x == m.hi && t.text == "," && d.spokesBefore(k+1, m.lo) {
						continue // "said a spokeswoman for the office, Ana Costa": the one named
					}
					if t.kind != tWord || d.mentAt[x] != nil && d.mentAt[x] != m || t.cap && x > m.hi && !roleWords[t.lower] {
						break
					}
				}
				if o := d.personAfterOffice(m.hi, hi); o != nil {
					return o, k // "said EU commissioner for Home Affairs, Ana Costa"
				}
			}
			return m.ent, k
		}
		return nil, -2
	}
	// "…," a website quoted the group's spokesman, X, as saying
	for j := k; j < hi && j < k+8; j++ {
		if d.toks[j].kind == tQuote || d.toks[j].text == "." {
			break
		}
		if d.toks[j].lower != "quoted" {
			continue
		}
		var who *entity
		for x := j + 1; x+1 < hi && x < j+16; x++ {
			if d.toks[x].lower == "as" && d.toks[x+1].lower == "saying" {
				if who != nil {
					return who, j
				}
				break
			}
			if m := d.mentAt[x]; m != nil && m.ent != nil && !d.possessor(m) && !m.demonym && (who == nil || m.ent.kind == kg.Person) {
				who = m.ent
				x = m.hi - 1
			}
		}
		break
	}
	if d.clauseGoesOn(c) {
		return nil, -1 // "said its forces had carried out a “massive strike” against X that it claimed ...": a fragment's clause goes on
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

// spokesBefore reports a spokesman's noun and "for" or "of" in
// toks[lo:hi]: "a spokeswoman for (the office)".
func (d *doc) spokesBefore(lo, hi int) bool {
	for k := lo; k+1 < hi; k++ {
		if spokesNouns[d.toks[k].lower] && (d.toks[k+1].lower == "for" || d.toks[k+1].lower == "of") {
			return true
		}
	}
	return false
}

// speakerBefore finds "X said: “…" or "X said that “…": the speaker and the
// verb's index.
func (d *doc) speakerBefore(o, lo int) (*entity, int) {
	if e, at := d.statementIssuer(o, lo); e != nil {
		return e, at
	}
	if e, at := d.statementRead(o, lo); e != nil {
		return e, at
	}
	if k := o - 1; k > lo+1 {
		if d.toks[k].text == "," || d.toks[k].text == ":" {
			k--
		}
		if d.toks[k].lower == "saying" && d.toks[k-1].kind == tWord && !adjunctOpeners[d.toks[k-1].lower] {
			// "X addressed the Dáil saying, “…”": the clause's subject
			if e := d.sentenceSubject(int(d.sentOf[k])); e != nil && (e.kind == kg.Person || e.kind == kg.Organization) {
				return e, k
			}
		}
	}
	if o-3 > lo && d.toks[o-1].text == ":" {
		// "X was blunter: “…”", "X was more cautious:": how the
		// speaker put it, then the words
		k := o - 2
		for n := 0; k > lo && n < 3 && d.toks[k].kind == tWord && !d.toks[k].cap && !beForms[d.toks[k].lower] && d.mentAt[k] == nil; n++ {
			k--
		}
		if k < o-2 && beForms[d.toks[k].lower] {
			if k-1 > lo && d.toks[k-1].text == "," {
				// "Her colleague, Rosa Vega of the X Forum, was blunter:": the
				// person the apposition names
				for x := k - 2; x > lo && x > k-20; x-- {
					if d.toks[x].text != "," {
						continue
					}
					for y := x + 1; y < k-1; y++ {
						if m := d.mentAt[y]; m != nil && m.ent != nil && m.ent.kind == kg.Person {
							return m.ent, k
						}
					}
					break
				}
			}
			if e, _ := d.subjectOf(k, lo); e != nil && (e.kind == kg.Person || e.kind == kg.Organization) {
				return e, k
			}
		}
	}
	for j := o - 1; j >= lo && j >= o-30; j-- {
		t := &d.toks[j]
		if d.toks[j].kind == tQuote {
			break
		}
		if t.lower == "it" && j > lo && d.toks[j-1].lower == "put" && j+1 < o && (d.toks[j+1].text == ":" || d.toks[j+1].text == ",") {
			// "as X put it: \u201c\u2026\u201d"
			if e, _ := d.subjectOf(j-1, lo); e != nil {
				return e, j - 1
			}
			return nil, -2
		}
		if (participles[t.lower] || quoteParticiples[t.lower]) && j > lo && adjunctOpeners[d.toks[j-1].lower] {
			if participles[t.lower] && d.fragment(j, o) {
				return nil, -3
			}
			if e := d.sentenceSubject(int(d.sentOf[j])); e != nil {
				return e, j
			}
			return nil, -2
		}
		if participles[t.lower] && j-2 >= lo && perceptionVerbs[d.toks[j-1].lower] && beForms[d.toks[j-2].lower] {
			// "X was filmed telling protest leaders: “…”"
			if e, _ := d.subjectOf(j-2, lo); e != nil {
				return e, j
			}
			return nil, -2
		}
		if j < o-10 && !sayVerbs[t.lower] || d.nounAfterDeterminer(j) {
			continue // far from the quotation only a plain speech verb counts; "the protests" is no verb
		}
		// "rejected the move as “illegal”": a verb of dismissal names
		// what the quotation calls its object
		dismissal := dismissVerbs[t.lower] && o-1 > j && d.toks[o-1].lower == "as"
		if !t.cap && (sayVerbs[t.lower] || quoteVerbs[t.lower] || extraQuoteVerbs[t.lower] || dismissal || weakSayVerbs[t.lower] && d.thatAhead(j+1, o+1)) {
			if extraQuoteVerbs[t.lower] && d.whatCalled(j, lo) {
				return nil, -3 // "said X welcomed what he called Y's “…”": words inside the clause "said" reports
			}
			if accuseVerbs[t.lower] && d.toks[o-1].text != ":" && d.toks[o-1].text != "," {
				return nil, -3 // "accused “criminal groups” of": whom, not what
			}
			appeal := j+1 < o && (d.toks[j+1].lower == "on" || d.toks[j+1].lower == "for" || d.toks[j+1].lower == "upon")
			if appeal && j+2 < o && determiners[d.toks[o-1].lower] && o-1 == j+2 {
				appeal = false // "called for an “immediate cessation”": what was called for, in its words
			}
			if appeal && d.fragment(j+1, o) || !extraQuoteVerbs[t.lower] && !dismissal && d.fragment(j, o) {
				return nil, -3 // "called on all sides to protect civilians and “…”": the appeal is the statement
			}
			e, _ := d.subjectOf(j, lo)
			if e == nil && j-2 > lo && d.toks[j-1].text == "," && j+2 == o && (d.toks[j+1].text == "," || d.toks[j+1].text == ":") {
				// "Prime minister X, said, “…”": a stray comma between the
				// speaker and the verb
				if m := d.mentAt[j-2]; m != nil && m.ent != nil && m.hi == j-1 && (m.ent.kind == kg.Person || m.ent.kind == kg.Organization) && !d.commaIn(d.pastDateline(lo, m.lo), m.lo) {
					e = m.ent
				}
			}
			if e != nil {
				return e, j
			}
			return nil, -2
		}
	}
	return nil, -1
}

// leadPhraseBefore reports a short phrase of a preposition, closed by a
// comma, between the sentence's start at toks[lo] and "according" at
// toks[v]: "By age 15, according to X, ...": what X says follows.
func (d *doc) leadPhraseBefore(lo, v int) bool {
	if v-lo > 6 || d.toks[v-1].text != "," || !quoteAdjuncts[d.toks[lo].lower] && d.toks[lo].lower != "by" && d.toks[lo].lower != "since" && d.toks[lo].lower != "until" {
		return false
	}
	for k := lo + 1; k < v-1; k++ {
		if d.toks[k].text == "," || d.toks[k].kind == tQuote || finiteAux[d.toks[k].lower] || beForms[d.toks[k].lower] {
			return false
		}
	}
	return true
}

// commaIn reports a comma in toks[lo:hi].
func (d *doc) commaIn(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if d.toks[k].text == "," {
			return true
		}
	}
	return false
}

// whatCalled reports "what he called" at toks[v], after a speech verb of
// the same sentence: the naming is part of the clause reported.
func (d *doc) whatCalled(v, lo int) bool {
	w := v - 2
	if w >= lo && d.toks[w+1].kind == tWord && (d.toks[w].lower == "what" || d.toks[w].lower == "which") {
		for k := w - 1; k >= lo; k-- {
			if sayVerbs[d.toks[k].lower] && !d.inQuote[k] {
				return true
			}
		}
	}
	return false
}

// fragment reports whether the quotation opening at toks[o] is a quoted
// fragment inside the clause the speech verb at toks[v] reports ("denied
// that the deal was “dead”"), not the statement itself ("said: “…",
// "said on Monday that “…"): then the whole clause is the statement.
func (d *doc) fragment(v, o int) bool {
	k := o - 1
	if k <= v {
		return false
	}
	switch d.toks[k].lower {
	case "that":
		if c := d.quoteClose(o); c > o && d.clauseGoesOn(c) {
			return true // "said that “several waves of drones” had hit the city": the quotation is the clause's subject
		}
		if k-1 > v+1 && d.toks[k-1].lower == "and" {
			return true // "said it retook the base and that “dozens” were killed": the second clause of the report
		}
		for x := v + 1; x < k; x++ {
			if w := d.toks[x].lower; w == "that" || thatVerbs[w] || beForms[w] {
				return true // "said that the ruling showed that “…”": the clause's own "that"
			}
		}
		return false
	case ",":
		// "said its drones had struck X, “neutralising” dozens": a
		// lower-case quotation after a clause of the verb's own goes on
		// with that clause; "said, “We ...”" and "said X, “They ...”" are
		// quotations of their own
		words := 0
		for x := v + 1; x < k; x++ {
			if d.toks[x].kind == tWord || d.toks[x].kind == tNum {
				words++
			}
		}
		n := o + 1
		return words > 3 && n < len(d.toks) && d.toks[n].kind == tWord && !d.toks[n].cap && !d.toks[n].para
	case ":", "—", "-", "--", "whether":
		return false
	case "of", "against":
		if k == v+1 && strings.HasPrefix(d.toks[v].lower, "warn") {
			return false // "warned of “…”": what was said
		}
	}
	if d.adjunctBeforeQuote(v, o) {
		return false // "said of the Cuban leader “…”", "said after the vote “…”": the words said, after where or of whom
	}
	// the clause has words of its own before the quotation
	words := 0
	for x := v + 1; x < o; x++ {
		if d.toks[x].kind == tWord || d.toks[x].kind == tNum {
			words++
		}
	}
	return words > 0
}

// adjunctBeforeQuote reports a short phrase of a preposition between the
// verb of speech at toks[v] and the quotation opening at toks[o], with no
// verb or "that" of its own: "of the Cuban leader", "after the vote",
// "because of the new law".
func (d *doc) adjunctBeforeQuote(v, o int) bool {
	if o-v < 3 || o-v > 9 || !quoteAdjuncts[d.toks[v+1].lower] {
		return false
	}
	for x := v + 2; x < o; x++ {
		t := &d.toks[x]
		if t.kind == tQuote || t.text == "," || t.lower == "that" || beForms[t.lower] || finiteAux[t.lower] || sayVerbs[t.lower] || strings.HasSuffix(t.lower, "ed") && !t.cap && x > v+2 {
			return false
		}
	}
	return true
}

// quoteClose is the closing quotation mark of the quotation opening at
// toks[o], when it closes in the same sentence, or -1.
func (d *doc) quoteClose(o int) int {
	q := sort.Search(len(d.quotes), func(j int) bool { return d.quotes[j].op >= o })
	if q >= len(d.quotes) || d.quotes[q].op != o {
		return -1
	}
	c := d.quotes[q].cl
	if c >= len(d.toks) || d.sentOf[c] != d.sentOf[o] {
		return -1
	}
	return c
}

// clauseGoesOn reports a quotation closing at toks[c] inside a clause that
// goes on after it in lower case ("“several waves of drones” had hit the
// city", "a “massive strike” against X"), with no punctuation before or
// after the closing mark.
func (d *doc) clauseGoesOn(c int) bool {
	if c <= 0 || c+1 >= len(d.toks) {
		return false
	}
	if p := d.toks[c-1].text; p == "," || p == "." || p == "?" || p == "!" || p == ":" || p == ";" {
		return false
	}
	n := &d.toks[c+1]
	return n.kind == tWord && !n.cap && !n.para && !sayVerbs[n.lower] && !quoteVerbs[n.lower] && d.mentAt[c+1] == nil
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
// butSubject is the subject of the last clause opened by "but" or a
// semicolon before toks[v], when an entity stands right after it with its
// verb ("..., but Peru had declined, saying"); nil otherwise.
func (d *doc) butSubject(si, v int) *entity {
	s := d.sents[si]
	for k := v - 1; k > s.lo; k-- {
		if d.inQuote[k] || d.toks[k].kind == tQuote {
			return nil
		}
		if d.toks[k].lower != "but" && d.toks[k].text != ";" {
			continue
		}
		n := d.pastTheBacker(k+1, v) // "but the army-aligned Sovereignty Council rejected"
		m := d.mentAt[min(n, v)]
		if m == nil || m.ent == nil || m.lo != n || d.possessor(m) || m.hi >= v {
			return nil
		}
		j := m.hi
		for j < v && (skippable[d.toks[j].lower] || strings.HasSuffix(d.toks[j].lower, "ly") && !d.toks[j].cap) {
			j++ // "had initially declined"
		}
		if d.verbAfterSubject(j) {
			return m.ent
		}
		return nil
	}
	return nil
}

// pairedDemonyms reports a demonym mention at toks[at] that ends "the A
// and B governments|authorities|officials": two countries' bodies.
func (d *doc) pairedDemonyms(at int) bool {
	m := d.mentAt[at]
	if m == nil || !m.demonym || m.hi >= len(d.toks) {
		return false
	}
	w := d.toks[m.hi].lower
	return w == "governments" || w == "authorities" || w == "officials"
}

// pastTheBacker is the first word of a name at toks[n] past "the" and a
// compound modifier of who stands behind it: "the army-aligned Tarma
// Council" -> "Tarma".
func (d *doc) pastTheBacker(n, hi int) int {
	if n < hi && d.toks[n].lower == "the" {
		n++
	}
	if n+1 < hi && d.mentAt[n] == nil && backedWord(d.toks[n].lower) {
		n++
	}
	return n
}

// namedSubjectClause reports a clause at toks[c] whose subject is a named
// actor, perhaps as "the <name> <body noun>", followed by its verb: "the
// Tarvo government wasted ...", "Varnok troops had crossed ...".
func (d *doc) namedSubjectClause(c, hi int) bool {
	if c < hi && d.toks[c].lower == "the" {
		c++
	}
	m := d.mentAt[min(c, hi-1)]
	if c >= hi || m == nil || m.ent == nil || m.lo != c || d.possessor(m) {
		return false
	}
	j := m.hi
	if j+1 < hi && !d.toks[j].cap && (orgNouns[d.toks[j].lower] || ministryWords[d.toks[j].lower] || forceNouns[d.toks[j].lower]) {
		j++
	}
	return j < hi && d.verbAfterSubject(j)
}

// otherActorActs reports a clause at toks[n] whose subject is a named
// actor other than sp followed by its verb: "the army-aligned Tarma
// Council rejected ...".
func (d *doc) otherActorActs(n, hi int, sp *entity) bool {
	n = d.pastTheBacker(n, hi)
	m := d.mentAt[min(n, hi-1)]
	if m == nil || m.ent == nil || m.lo != n || m.ent == sp || d.possessor(m) || m.hi >= hi {
		return false
	}
	j := m.hi
	if p := d.personAfterTitles(j, hi); p != nil && p.ent != sp {
		j = p.hi // "but Varnok Prime Minister Rui Lopes has called it ...": the person the titles name
	} else if j+1 < hi && !d.toks[j].cap && (orgNouns[d.toks[j].lower] || ministryWords[d.toks[j].lower]) {
		j++ // "but the Varnok government disagrees"
	}
	for j < hi && (skippable[d.toks[j].lower] || lyAdverb(d.toks[j])) {
		j++
	}
	return j < hi && d.verbAfterSubject(j)
}

// pastLeadAdjunct is where sentence si's clause starts past an opening
// adjunct of time or medium set off by a comma ("On Tuesday,", "In a
// statement posted online,"): the sentence's own start when it has none.
func (d *doc) pastLeadAdjunct(si int) int {
	s := d.sents[si]
	if w := d.toks[s.lo].lower; w == "like" || w == "unlike" {
		// "Like President X, Prime Minister Y kept ...": the one compared
		// is no subject
		for k := s.lo + 1; k+1 < s.hi && k < s.lo+10; k++ {
			if d.toks[k].text == "," {
				return k + 1
			}
		}
		return s.lo
	}
	switch d.toks[s.lo].lower {
	case "on", "in", "late", "early", "earlier", "later", "separately", "meanwhile", "last":
	default:
		return s.lo
	}
	for k := s.lo + 1; k < s.hi && k < s.lo+14; k++ {
		t := &d.toks[k]
		if t.text == "," {
			if k+1 < s.hi {
				return k + 1
			}
			return s.lo
		}
		if t.kind == tQuote || sayVerbs[t.lower] || d.mentAt[k] != nil && d.mentAt[k].ent != nil && d.mentAt[k].ent.kind == kg.Person {
			return s.lo
		}
	}
	return s.lo
}

func (d *doc) sentenceSubject(si int) *entity {
	s := d.sents[si]
	var org *entity
	lo := d.pastLeadAdjunct(si)
	reach := lo + 2
	if lo+2 < s.hi && bodyMemberNouns[d.toks[lo].lower] && (d.toks[lo+1].lower == "of" || d.toks[lo+1].lower == "from") {
		reach = lo + 4 // "Members of the X Council met Y and demanded ..., saying": the council
	}
	for i := lo; i < s.hi && i < lo+window; i++ {
		if d.inQuote[i] {
			continue
		}
		if personPronouns[d.toks[i].lower] && i == lo {
			return d.lastPerson(i)
		}
		if m := d.mentAt[i]; m != nil && m.ent != nil && !d.possessor(m) {
			if m.ent.kind == kg.Person {
				return m.ent
			}
			if m.ent.kind == kg.Organization && org == nil && i <= reach {
				org = m.ent // an organization only as the sentence's subject
				h := m.hi
				if h+2 < s.hi && d.toks[h].text == "," && (d.toks[h+1].lower == "a" || d.toks[h+1].lower == "an" || d.toks[h+1].lower == "the") {
					for x := h + 2; x < s.hi && x < h+14; x++ {
						if d.toks[x].text == "," {
							h = x + 1 // "the X Jirga, a council of tribal elders, met": past the apposition
							break
						}
					}
				}
				if h < s.hi && d.verbAfterSubject(h) {
					return org // "The X Council blamed President Y ..., saying": the council
				}
			}
			if m.ent.kind == kg.Place && org == nil && m.lo <= lo+1 && !m.demonym && isCountry(m.ent.name) && !(m.lo > lo && locatives[d.toks[lo].lower]) {
				org = m.ent // a country as the sentence's subject ("Norway rejected ..., saying")
				if m.hi < s.hi && d.verbAfterSubject(m.hi) {
					return org // "Norway admitted that X had died, saying": Norway, not X
				}
			}
		}
	}
	return org
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
	switch d.toks[v+2].lower {
	case "them", "him", "her", "it", "us", "me", "you":
		return // "According to them the X company is responsible": someone named before, never X
	}
	for k := v + 2; k < s.hi && k < v+12; k++ {
		t := &d.toks[k]
		if t.text == "," || t.kind == tQuote {
			// "according to the head of ..., (Brigadier General) Ivan Sokolov"
			if t.text == "," && k+1 < s.hi {
				p := k + 1
				if p+1 < s.hi && d.toks[p].lower == "the" && d.mentAt[p] == nil {
					p++ // "according to a local rights group, the X"
				}
				for p < s.hi && p < k+5 && d.mentAt[p] == nil {
					if _, title := d.isTitle(p); !title {
						break
					}
					p++
				}
				m := d.mentAt[min(p, s.hi-1)]
				if m != nil && v == s.lo && (m.hi >= s.hi || d.toks[m.hi].text != ",") {
					m = nil // "According to a statement from X, President Y will travel": Y is the clause's subject
				}
				if w := d.toks[k-1].lower; m != nil && m.ent != nil && (m.ent.kind == kg.Person && !findingNouns[w] ||
					m.ent.kind == kg.Organization && !d.toks[k-1].cap && (orgNouns[w] || orgRefNouns[w] != "" || w == "mission")) {
					// "..., according to the UN peacekeeping mission, MINUSTAH":
					// the body named in apposition
					sp = m.ent
					k = m.hi
					if k < s.hi && d.toks[k].text != "," {
						k--
					}
				}
			}
			if sp == nil {
				return
			}
			end = k
			break
		}
		m := d.mentAt[k]
		if m != nil && m.ent != nil && sp == nil && d.possessor(m) && m.hi+1 < s.hi && (d.toks[m.hi+1].lower == "office" || spokesNouns[d.toks[m.hi+1].lower]) {
			// "according to a statement from Holm's office": Holm
			sp, end = m.ent, m.hi+1
			k = m.hi + 1
			continue
		}
		if m != nil && m.ent != nil && sp == nil && m.hi < s.hi && officialNouns[d.toks[m.hi].lower] && !m.demonym && m.ent.kind == kg.Organization {
			// "according to Kestrel Freight officials": they speak for their
			// organization (a nationality's officials are too loose a tie)
			if e := d.officialsOf(m); e != nil {
				sp, end = e, m.hi
				break
			}
		}
		if m == nil || m.ent == nil || d.possessor(m) || m.demonym {
			continue
		}
		if sp == nil && m.ent.kind == kg.Organization && d.orgKind(m.ent) == "media" && (m.lo > 0 && d.toks[m.lo-1].lower == "by" || m.hi < s.hi && reporterNouns[d.toks[m.hi].lower]) {
			return // "according to a document seen by Reuters", "according to a Reuters witness": the agency reports, no one speaks
		}
		if o := d.mentAt[min(m.hi, s.hi-1)]; m.ent.kind == kg.Place && o != nil && o != m && o.lo == m.hi && o.ent != nil && o.ent.kind == kg.Organization {
			continue // "according to Lima police": the police
		}
		if sp == nil {
			sp = m.ent
			end = m.hi - 1
			k = m.hi - 1
			if m.ent.kind == kg.Person {
				break // "According to Holm the company decided ..."
			}
			continue
		}
		if m.ent.kind == kg.Person && m.lo > 0 && d.describedPerson(m.lo-1, end) {
			// "according to Interior Ministry spokesman X": X speaks
			sp, end = m.ent, m.hi-1
		}
		if w := d.toks[m.lo-1].lower; m.ent.kind == kg.Organization && sp.kind == kg.Organization && m.lo-1 > end && !d.toks[m.lo-1].cap && (orgNouns[w] || orgRefNouns[w] != "" || w == "mission" || w == "office") {
			// "according to the UN refugee agency UNHCR": the body the
			// description names
			sp, end = m.ent, m.hi-1
		}
		break
	}
	if sp == nil {
		return
	}
	var text string
	if v > s.lo+2 && !d.leadPhraseBefore(s.lo, v) {
		// the clause before: "X happened, according to Y"; but "X said
		// Z, according to Y" is X's statement, which Y only relays
		for k := s.lo; k < v; k++ {
			if d.used[k]&typeBit(kg.Said) != 0 {
				return
			}
		}
		e := v
		if d.toks[e-1].text == "," {
			e--
		}
		text = d.text[d.toks[max(s.lo, e-2*window)].start:d.toks[e-1].end]
	} else if c := end + 1; c < s.hi {
		if d.toks[c].text != "," && v == s.lo {
			// "According to the results read out by X chairperson Y in
			// Lima, the party took 51 seats": the clause after the phrase's
			// comma
			for x := c; x < s.hi && x < c+12; x++ {
				t := &d.toks[x]
				if t.kind == tQuote || t.text == ";" || t.kind == tNum || numberWords[t.lower] || approxWords[t.lower] || timeAdjunctWords[t.lower] || isWeekday(t.lower) || verbLike(t) {
					break // a verb or a time: the clause has begun
				}
				if t.text == "," {
					c = x
					break
				}
			}
		}
		if d.toks[c].text == "," && v == s.lo && c+2 < s.hi && (d.toks[c+1].lower == "the" || d.toks[c+1].lower == "a" || d.toks[c+1].lower == "an") {
			// "According to X (XX), the military's media wing, dozens of
			// militants attacked": past the apposition too
			body := false // what the source is: "the military's media wing", "a monitoring group"
			for x := c + 2; x < s.hi && x < c+10; x++ {
				t := &d.toks[x]
				if t.kind == tQuote || t.text == ";" || d.mentAt[x] != nil && !d.possessor(d.mentAt[x]) || verbLike(t) {
					break
				}
				body = body || t.lower == "'s" || t.lower == "\u2019s" || orgNouns[t.lower] || orgRefNouns[t.lower] != "" && orgRefNouns[t.lower] != "armed" || t.lower == "wing" || t.lower == "tank"
				if t.text == "," {
					if body {
						c = x
					}
					break
				}
			}
		}
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
	d.addSaidTarget(sp, nil, text, si, confReported, v)
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
		for hi < s.hi && hi < verb+8 && d.toks[hi].lower != "that" && d.toks[hi].kind != tQuote && d.toks[hi].text != "," {
			hi++
		}
		// "X said on Saturday" before "On Friday, X said"; "told a rally
		// last week" fixes no day
		if r, ok := findDate(d.toks, verb+1, hi, d.art, false, func(i int) bool { return d.inQuote[i] }); ok {
			date, prec = r.t, r.prec
		} else {
			date, prec = d.rangeDate(max(s.lo, verb-window), verb, false)
		}
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

// clauseStart reports whether toks[i] can open the clause reported after a
// speech verb: a name, a number, a pronoun or determiner, or a quotation.
func (d *doc) clauseStart(i int) bool {
	t := &d.toks[i]
	if t.kind == tNum || t.kind == tQuote || t.cap {
		return true
	}
	if t.lower == "at" && (d.peek(i+1) == "least" || d.peek(i+1) == "most") {
		return true // "said at least three people had died"
	}
	if approxWords[t.lower] && i+1 < len(d.toks) && (d.toks[i+1].kind == tNum || numberWords[d.toks[i+1].lower]) {
		return true // "said about 100,000 people had fled"
	}
	if (t.lower == "up" || t.lower == "more" || t.lower == "fewer" || t.lower == "less") && i+2 < len(d.toks) && (d.toks[i+1].lower == "to" || d.toks[i+1].lower == "than") && d.toks[i+2].kind == tNum {
		return true // "said up to 70 percent could be infected", "said more than 300 had died"
	}
	if m := d.mentAt[i]; m != nil {
		return true
	}
	if clauseOpeners[t.lower] {
		return true
	}
	// "said turnout was", "said rising prices would", "said drones also
	// hit", "said reviving the old working group was": a bare noun phrase
	// of up to five words, then (past an adverb) a finite verb
	// A prepositional phrase may follow its head: "said cooling systems at
	// its Varnok plant had failed".
	words, limit, pp := 0, 6, false
	lastNoun := ""
	for k := i; k < len(d.toks) && words < limit; k++ {
		u := &d.toks[k]
		if pp && (u.cap && u.kind == tWord || d.mentAt[k] != nil) && d.inQuote[k] == d.inQuote[i] {
			continue
		}
		if u.text == "," && k > i && k+1 < len(d.toks) && (d.toks[k+1].lower == "which" || d.toks[k+1].lower == "who") && (pp || d.mentAt[k-1] != nil) {
			// "said attacks by the TTP, which is separate from X, have
			// risen": a relative clause inside the subject, to its comma
			x := k + 2
			for x < len(d.toks) && x < k+16 && d.toks[x].text != "," && d.toks[x].text != "." && d.toks[x].kind != tQuote {
				x++
			}
			if x < len(d.toks) && x < k+16 && d.toks[x].text == "," {
				k = x
				continue
			}
			return false
		}
		if x := d.subjectApposition(k, i, pp); x > k {
			k = x // "said operations at Tarma, the country's largest port, had been suspended": past the apposition
			continue
		}
		if pp && (u.kind == tNum || subjectPreps[u.lower] && d.toks[k-1].kind == tWord && !clauseBreakers[d.toks[k-1].lower]) && d.inQuote[k] == d.inQuote[i] {
			continue // "said troops of the 5th Battalion", "said results in several districts of the region had": the phrase goes on
		}
		if pp && u.text == "," && k > i && k+1 < len(d.toks) && d.mentAt[k-1] != nil && d.mentAt[k+1] != nil && d.inQuote[k] == d.inQuote[i] {
			continue // "said citizens of Peru, Chile and Bolivia would": a list the phrase ends in
		}
		if pp && (u.lower == "and" || u.lower == "or") && k > i && k+1 < len(d.toks) && d.toks[k-1].cap {
			if !(d.toks[k+1].cap && d.toks[k+1].kind == tWord || d.mentAt[k+1] != nil) {
				pp, limit = false, words+5 // "said officers of the police and soldiers of the army fired": a second noun phrase
			}
			continue // "said hospitals in Asadabad and Jalalabad were": two names the phrase ends in
		}
		if u.kind == tQuote && (words >= 2 || words == 1 && (forceNouns[lastNoun] || insurgentNouns[lastNoun])) && strings.HasSuffix(lastNoun, "s") {
			return true // "said aid groups “urgently need ...”", "said troops “engaged ...”": the quotation goes on the clause
		}
		if u.kind != tWord || u.cap || d.inQuote[k] != d.inQuote[i] {
			return false
		}
		if k > i && !finiteAux[u.lower] && (clauseAdverbs[u.lower] || strings.HasSuffix(u.lower, "ly") && len(u.lower) > 4) {
			continue // "drones also hit", "troops reportedly fired"
		}
		if words > 0 && !pp && irregularParticiples[u.lower] && k+1 < len(d.toks) {
			// "said notes written on Friday at the plant showed": a
			// participle after the subject's noun, with its time and place
			a := d.skipTimeAdjunct(k+1, len(d.toks))
			if a < len(d.toks) && d.toks[a].lower == "on" {
				a = d.skipTimeAdjunct(a, len(d.toks))
			}
			k, pp, limit = a-1, true, words+5
			continue
		}
		if words > 0 && (u.lower == "since" || u.lower == "during") && k+1 < len(d.toks) {
			if a := d.skipTimeAdjunct(k+1, len(d.toks)); a > k+1 {
				k = a - 1 // "said floods since early May had cut ...": a time inside the subject
				continue
			}
		}
		if !pp && words > 0 && subjectPreps[u.lower] && k+1 < len(d.toks) && !isWeekday(d.toks[k+1].lower) && months[d.toks[k+1].lower] == 0 && !timeAdjunctWords[d.toks[k+1].lower] {
			pp, limit = true, words+4
			continue
		}
		words++
		if k > i && (finiteAux[u.lower] || pastVerbs[u.lower] || strings.HasSuffix(u.lower, "ed") && len(u.lower) > 4 && (k > i+1 || strings.HasSuffix(d.toks[i].lower, "s"))) {
			return true // "turnout was", "short-term contracts tended", "drones killed"
		}
		if k > i && presentVerbs[u.lower] && strings.HasSuffix(lastNoun, "s") {
			return true // "aid groups (urgently) need", "prices remain"
		}
		lastNoun = u.lower
		if clauseBreakers[u.lower] || finiteAux[u.lower] {
			return false
		}
	}
	return false
}

// subjectApposition is the comma that closes an apposition or an aside
// set off by commas inside a bare subject after a speech verb, when toks[k]
// is the comma that opens it right after a name or a prepositional phrase
// (pp), and a finite verb follows the closing comma: "operations at Tarma, the country's largest port, had
// been", "samples from the river, downstream of the plant, showed". It is
// k otherwise. i is where the subject starts.
func (d *doc) subjectApposition(k, i int, pp bool) int {
	if d.toks[k].text != "," || k <= i || d.mentAt[k-1] == nil && !pp || d.inQuote[k] != d.inQuote[i] {
		return k
	}
	for x := k + 1; x < len(d.toks) && x <= k+10; x++ {
		u := &d.toks[x]
		if u.text == "," {
			if x == k+1 || x+1 >= len(d.toks) {
				return k
			}
			v := &d.toks[x+1]
			if v.kind == tWord && !v.cap && (finiteAux[v.lower] || pastVerbs[v.lower] || strings.HasSuffix(v.lower, "ed") && len(v.lower) > 4) {
				return x
			}
			return k
		}
		if u.kind == tQuote || u.text == "." || u.text == ";" || u.lower == "and" || u.lower == "but" || u.lower == "which" || u.lower == "who" || u.lower == "that" ||
			sayVerbs[u.lower] || finiteAux[u.lower] || pastVerbs[u.lower] {
			return k
		}
	}
	return k
}

// quantifiedClause reports a clause at toks[i] whose subject opens with a
// quantity, a few plain words before its finite verb: "no incident was
// known", "most voters favoured", "66% of voters backed", "12 people
// died"; not a date ("12 December") nor a quantity with no verb after it
// ("no casualties", "18 dead").
func (d *doc) quantifiedClause(i, hi int) bool {
	k := i + 1
	if d.toks[i].kind == tNum {
		if k < hi && (months[d.toks[k].lower] != 0 || timeAdjunctWords[d.toks[k].lower]) {
			return false
		}
		if k < hi && (d.toks[k].text == "%" || d.toks[k].lower == "percent") {
			k++
		} else if k+1 < hi && d.toks[k].lower == "per" && d.toks[k+1].lower == "cent" {
			k += 2
		}
	} else if !quantityOpeners[d.toks[i].lower] {
		return false
	}
	if k < hi && d.toks[k].lower == "of" {
		k++
	}
	for n := 0; k < hi && n < 5; n, k = n+1, k+1 {
		u := &d.toks[k]
		if u.kind != tWord || u.cap || d.inQuote[k] != d.inQuote[i] || clauseBreakers[u.lower] {
			return false
		}
		if n > 0 && (finiteAux[u.lower] || pastVerbs[u.lower] || strings.HasSuffix(u.lower, "ed") && len(u.lower) > 4) {
			return true
		}
	}
	return false
}

// skipTimeAdjunct skips a time adjunct at toks[c]: "on Thursday", "late
// Sunday", "last week", "on March 3", "yesterday", "earlier this month".
func (d *doc) skipTimeAdjunct(c, hi int) int {
	k := c
	for k < hi && k < c+5 {
		t := &d.toks[k]
		switch {
		case isWeekday(t.lower) || months[t.lower] != 0 && t.cap:
			k++
		case t.kind == tNum && k > c && (months[d.toks[k-1].lower] != 0 || d.toks[k-1].lower == "on"):
			k++ // "on March 3", "on 3 March"
		case timeAdjunctWords[t.lower] && !t.cap:
			k++
		default:
			return k
		}
	}
	return k
}

// skipMediumAdjunct skips how words were issued, from toks[c]: "in a
// statement", "in a brief televised address", "in an interview", "on
// social media". It returns c when none stands there.
func (d *doc) skipMediumAdjunct(c, hi int) int {
	if c+2 >= hi || d.toks[c].lower != "in" && d.toks[c].lower != "on" {
		return c
	}
	k := c + 1
	if d.toks[c].lower == "on" && d.toks[k].lower == "social" && d.toks[k+1].lower == "media" {
		return k + 2
	}
	if !determiners[d.toks[k].lower] {
		return c
	}
	k++
	for n := 0; n < 3 && k < hi && d.toks[k].kind == tWord && !d.toks[k].cap && !statementNouns[d.toks[k].lower] && !mediumNouns[d.toks[k].lower]; n++ {
		k++ // "in a brief televised address"
	}
	if k < hi && (statementNouns[d.toks[k].lower] || mediumNouns[d.toks[k].lower]) && !d.toks[k].cap {
		return k + 1
	}
	return c
}

// speechVerbAt reports a lower-case verb of speech or accusation at
// toks[k], past adverbs ("also said").
func (d *doc) speechVerbAt(k, hi int) bool {
	for k < hi && skippable[d.toks[k].lower] {
		k++
	}
	if k >= hi || d.toks[k].cap {
		return false
	}
	w := d.toks[k].lower
	return sayVerbs[w] || accuseVerbs[w] || quoteVerbs[w] || appealVerbs[w] && k+1 < hi && (d.toks[k+1].lower == "on" || d.toks[k+1].lower == "upon" || w != "called" && w != "calls" && w != "calling")
}

// participleAside reports a participle at toks[v] that opens an aside
// closed by a comma before the clause's own verb: "the withdrawal,
// announced in January, would take effect".
func (d *doc) participleAside(v, hi int) bool {
	if v+2 < hi && raisingVerbs[d.toks[v].lower] && d.toks[v+1].lower == "to" {
		return true // "the bomber, thought to be in her teens,": what is believed of the subject
	}
	for x := v + 1; x < hi && x < v+7; x++ {
		if d.toks[x].text == "," {
			return x+1 < hi && (finiteAux[d.toks[x+1].lower] || modals[d.toks[x+1].lower])
		}
		if d.toks[x].kind == tQuote || d.toks[x].lower == "that" {
			return false
		}
	}
	return false
}

// actBeforeSaid finds the verb of an act the speaker does before "and
// said" at toks[v], right after their name: "The ministry thanked both
// sides for their cooperation and said ...", "X named the dead guard and
// said ...". It returns the act's verb, or -1 when the verb before is one
// of speech (its own statement) or another clause stands between.
func (d *doc) actBeforeSaid(si, v int, sp *entity) int {
	s := d.sents[si]
	if w := d.toks[v].lower; v-2 <= s.lo || d.toks[v-1].lower != "and" || d.inQuote[v] || w != "said" && w != "says" && w != "added" && w != "urged" && w != "urges" {
		return -1
	}
	for k := v - 2; k > s.lo; k-- {
		t := &d.toks[k]
		if t.text == ";" || t.text == ":" || t.lower == "that" || t.lower == "who" || t.lower == "which" {
			return -1
		}
		if p := d.toks[k-1].lower; (p == "he" || p == "she") && !d.inQuote[k-1] && (k-1 == s.lo || d.toks[k-2].lower != "what") && d.lastPerson(k-1) == sp && d.verbAfterSubject(k) && !sayVerbs[t.lower] && !weakSayVerbs[t.lower] && !finiteAux[t.lower] {
			return k // "she visited the camp and said she would go back": her act and her words
		}
		m := d.mentAt[k-1]
		if m == nil || m.ent != sp || m.hi != k || m.ref && d.toks[m.lo].lower != "it" {
			continue
		}
		if !d.verbAfterSubject(k) || sayVerbs[t.lower] || weakSayVerbs[t.lower] || finiteAux[t.lower] {
			return -1
		}
		return k
	}
	return -1
}

// actAfterSaid finds a speech verb from toks[k] (past skippable words)
// that states its act with an object rather than reporting a clause:
// "urged both sides to ...", "called on the authorities to ...", "accused
// the army of ...", "warned lawmakers against ...". What it says belongs
// with the statement before it. Not "warned that ...", "added: ...". It
// returns the verb's index, or -1.
func (d *doc) actAfterSaid(k, hi int) int {
	for k < hi && skippable[d.toks[k].lower] {
		k++
	}
	if k+1 >= hi || sayVerbs[d.toks[k].lower] {
		return -1
	}
	if n := d.toks[k+1]; n.lower == "that" || n.text == ":" || n.text == "," || n.kind == tQuote {
		return -1
	}
	return k
}

// namedSpeakerAt reports whether a name other than sp's opens at toks[k]
// (past "the") and a verb of saying follows it right away: "... and Lars
// Holm said", "... but the Varnok Front insisted".
func (d *doc) namedSpeakerAt(k, hi int, sp *entity) bool {
	if k < hi && d.toks[k].lower == "the" {
		k++
	}
	if k >= hi {
		return false
	}
	m := d.mentAt[k]
	return m != nil && m.ent != nil && m.ent != sp && m.lo == k && !m.demonym && !m.ref && m.hi < hi &&
		sayVerbs[d.toks[m.hi].lower] && !d.toks[m.hi].cap && d.toks[m.hi].lower != "states" // not "Kaduna and Niger states"
}

// verbLike reports a lower-case word that may be a clause's finite verb:
// "were", "found", "reached", "said".
func verbLike(t *token) bool {
	return !t.cap && t.kind == tWord && (finiteAux[t.lower] || beForms[t.lower] || pastVerbs[t.lower] || sayVerbs[t.lower] || strings.HasSuffix(t.lower, "ed") && len(t.lower) > 4)
}

// verblessTail reports that toks[lo:hi] hold no finite verb: a noun
// phrase ("the deadliest attack this year"), not a clause ("the US is
// responsible").
func (d *doc) verblessTail(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if w := d.toks[k].lower; finiteAux[w] || beForms[w] || pastVerbs[w] || sayVerbs[w] || presentVerbs[w] {
			return false
		}
	}
	return true
}

// sayBetween reports a speech verb in toks[lo:hi].
func (d *doc) sayBetween(lo, hi int) bool {
	for k := lo; k < hi && k < len(d.toks); k++ {
		if k >= 0 && sayVerbs[d.toks[k].lower] && !d.toks[k].cap {
			return true
		}
	}
	return false
}

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

// plainNoun reports a lower-case word at toks[k] that may be a noun
// modifying the next: no function word, verb of speech, adverb or past
// form, and no part of a name.
func (d *doc) plainNoun(k int) bool {
	t := &d.toks[k]
	return t.kind == tWord && !t.cap && d.mentAt[k] == nil && !d.inQuote[k] && !clauseBreakers[t.lower] && !determiners[t.lower] &&
		!sayVerbs[t.lower] && !finiteAux[t.lower] && !strings.HasSuffix(t.lower, "ly") && !strings.HasSuffix(t.lower, "ed")
}

// pairSpeakers is the two people "the two <noun>" or "both <noun>" right
// before the verb of speech at toks[v] stand for ("the two leaders said",
// "both ministers have said"), or the two that opened the sentence before
// for "They" ("A and B met. They said"), or nil. "Both countries" and "the
// two sides" are left alone: which two the text means was wrong as often
// as right.
func (d *doc) pairSpeakers(si, v int) []*entity {
	s := d.sents[si]
	k := v - 1
	for k > s.lo && (skippable[d.toks[k].lower] || d.toks[k].lower == "have" || d.toks[k].lower == "had") {
		k--
	}
	if k < s.lo {
		return nil // the verb opens the text
	}
	if d.toks[k].lower == "they" && k == d.pastLeadAdjunct(si) && si > 0 {
		return d.openingPair(si - 1) // "A and B met in Lima. They said ..."
	}
	if k-1 < s.lo || !sideNouns[d.toks[k].lower] || d.toks[k].cap || !peopleSides[d.toks[k].lower] {
		return nil // "both countries said": which two is too often unclear
	}
	switch w := d.toks[k-1].lower; {
	case w == "both" && (k-1 == s.lo || d.toks[k-2].lower != "of"):
	case w == "two" && k-2 >= s.lo && d.toks[k-2].lower == "the" && (k-2 == s.lo || d.toks[k-3].lower != "of" && d.toks[k-3].lower != "between"):
	default:
		return nil
	}
	for x := s.lo; x < k; x++ {
		if sayVerbs[d.toks[x].lower] && !d.inQuote[x] {
			return nil // "He said the two ministers had agreed ...": inside another's words
		}
	}
	return d.bothSides(si, v, d.toks[k].lower)
}

// subjectVerb reports a clause of two words at toks[c]: a subject and a
// verb in the past ("cases rose", "talks failed", "he resigned").
func (d *doc) subjectVerb(c int) bool {
	if c+1 >= len(d.toks) {
		return false
	}
	a, b := &d.toks[c], &d.toks[c+1]
	return a.kind == tWord && b.kind == tWord && !b.cap && !clauseBreakers[a.lower] && !determiners[a.lower] &&
		(pastVerbs[b.lower] || strings.HasSuffix(b.lower, "ed") && len(b.lower) > 4)
}

// openingPair is the two actors that open sentence si as its subject, "A
// and B" (two people, or two countries or bodies), or nil.
func (d *doc) openingPair(si int) []*entity {
	s := d.sents[si]
	k := d.pastLeadAdjunct(si)
	a := d.mentAt[k]
	if a == nil || a.ent == nil || a.lo != k || a.demonym || a.hi+1 >= s.hi || d.toks[a.hi].lower != "and" {
		return nil
	}
	b := d.mentAt[a.hi+1]
	if b == nil || b.ent == nil || b.lo != a.hi+1 || b.demonym || b.ent == a.ent || d.possessor(b) || b.hi >= s.hi || d.toks[b.hi].kind != tWord || d.toks[b.hi].cap {
		return nil // "A and B's ...": no pair of subjects
	}
	actor := func(e *entity) bool { return e.kind == kg.Person || e.kind == kg.Organization || d.isCountry(e) }
	if !actor(a.ent) || !actor(b.ent) || (a.ent.kind == kg.Person) != (b.ent.kind == kg.Person) {
		return nil
	}
	return []*entity{a.ent, b.ent}
}

// nounModifiers skips back from toks[b] over one or two lower-case nouns
// that modify the role word after them, up to the comma or article that
// opens the description: "..., park director X said", "..., a hospital
// board member X said". It returns b when there are none.
func (d *doc) nounModifiers(b, at, lo int) int {
	role := func(k int) bool {
		w := d.toks[k].lower
		return k < at && !d.toks[k].cap && (spokesNouns[w] || roleWords[w] || personNouns[w] || officeWords[w] || lowerTitle(w))
	}
	x := b
	for n := 0; n < 2 && x > lo+1 && d.plainNoun(x) && (role(x+1) || n > 0); n++ {
		x--
	}
	if x == b {
		return b
	}
	if t := d.toks[x].lower; t == "the" || t == "a" || t == "an" {
		x--
	}
	if d.toks[x].text != "," {
		return b
	}
	return x
}

// trailingSaid reads the clause before ", <speaker> said [when]." at the
// end of a sentence, the speaker's mention starting at toks[at].
func (d *doc) trailingSaid(s sentence, at, v int) (string, bool) {
	if at <= s.lo+2 {
		return "", false
	}
	appos := -1
	a := at // past the titles before the name: "Lt. Col. X"
	for a-1 > s.lo {
		if _, ok := d.isTitle(a - 1); ok {
			a--
		} else if a < at && portfolio[d.toks[a-1].text] {
			a-- // "Security Minister X": the portfolio before the title
		} else if d.toks[a-1].text == "." && a-2 > s.lo {
			if _, ok := d.isTitle(a - 2); !ok {
				break
			}
			a--
		} else {
			break
		}
	}
	if m := d.mentAt[at]; d.toks[v-1].text == "," && m != nil && m.lo == at && m.hi < v-1 && d.toks[m.hi].text == "," && d.toks[a-1].text == "," && d.plainApposition(m.hi+1, v-1) {
		appos = a - 1 // "..., Ana Costa, a police spokeswoman, said": the name, then what she is
	} else if m != nil && d.toks[v-1].text == "," && m.lo == at && m.hi+3 < v && d.toks[m.hi].text == "," && d.toks[m.hi+1].lower == "known" && d.toks[m.hi+2].lower == "as" &&
		d.mentAt[m.hi+3] != nil && d.mentAt[m.hi+3].ent == m.ent && d.mentAt[m.hi+3].hi == v-1 && a-2 > s.lo && d.toks[a-1].lower == "the" && d.toks[a-2].text == "," {
		appos = a - 2 // "..., the Varnok Electoral Council, known as VEC, said": the name, then its short form
	} else if d.toks[v-1].text == "," {
		// "..., the group's leader, Ana Costa, said": past the description
		// to the comma that closes the clause; "Her colleague, Ana Costa,
		// agreed" has none
		for at-1 > s.lo && d.toks[at-1].text != "," {
			if _, ok := d.isTitle(at - 1); !ok {
				break
			}
			at-- // ", the unit's commander, Lieutenant Colonel X, said"
		}
		if at-2 > s.lo && d.toks[at-1].lower == "the" && d.toks[at-2].text == "," {
			at-- // ", his party, the Varnok Movement, said"
		}
		if d.toks[at-1].text != "," {
			return "", false
		}
		for k := at - 2; k > s.lo && k > at-14; k-- {
			if d.toks[k].text == "," {
				appos = k
				break
			}
		}
		if appos < 0 {
			return "", false
		}
	}
	// only dates and adverbs may follow the verb
	for k := v + 1; k < s.hi; k++ {
		t := &d.toks[k]
		if t.text == "." || t.text == "," && k == s.hi-1 || t.kind == tQuote && !t.open {
			break
		}
		if t.text == "," && k+1 < s.hi && !d.toks[k+1].cap && strings.HasSuffix(d.toks[k+1].lower, "ing") && len(d.toks[k+1].lower) > 5 {
			break // "..., the carmaker said on Friday, avoiding strikes"
		}
		if t.text == "," && k+2 < s.hi && d.toks[k+1].lower == "without" && strings.HasSuffix(d.toks[k+2].lower, "ing") {
			break // "..., the spokesman said, without giving a date"
		}
		if t.text == "," && k+2 < s.hi && trailAdjuncts[d.toks[k+1].lower] && !d.toks[k+1].cap {
			break // "..., the army said, in its first report of the year"
		}
		if t.text == "," && k+2 < s.hi && !d.toks[k+1].cap && (determiners[d.toks[k+1].lower] && d.toks[k+1].lower != "that" && d.toks[k+1].lower != "this" ||
			(d.toks[k+1].lower == "up" || d.toks[k+1].lower == "down") && d.toks[k+2].lower == "from") && d.verblessTail(k+1, s.hi) {
			break // "..., the army said on Tuesday, the deadliest attack this year": a phrase about what was said
		}
		if anonymityAt(d, k) {
			break // "..., two diplomats told Reuters on condition of anonymity because ..."
		}
		if trailPreps[t.lower] && d.plainTail(k+1, s.hi) {
			break // "..., X told reporters after the meeting."
		}
		if t.lower == "on" && k+2 < s.hi && d.toks[k+1].lower == "behalf" && d.toks[k+2].lower == "of" {
			break // "..., her publicist X said on behalf of the family"
		}
		if m := d.mentAt[k]; m != nil && m.lo == k && k > v+1 && (d.toks[k-1].lower == "a" || d.toks[k-1].lower == "an") && d.platform(m) {
			k = m.hi - 1 // "..., the council said in a Facebook post"
			continue
		}
		if t.lower == "interview" && k+1 < s.hi && d.toks[k+1].lower == "with" {
			j := k + 2
			if j < s.hi && d.toks[j].lower == "the" {
				j++
			}
			if m := d.mentAt[min(j, s.hi-1)]; j < s.hi && m != nil && m.lo == j && m.ent != nil && m.ent.kind == kg.Organization {
				k = m.hi - 1 // "..., X said in an interview with the BBC"
				continue
			}
		}
		if t.lower == "on" && k+1 < s.hi {
			if m := d.mentAt[k+1]; m != nil && m.lo == k+1 && d.platform(m) {
				k = m.hi - 1 // "..., the governor said on Telegram"
				continue
			}
			if d.toks[k+1].lower == "social" && d.peek(k+2) == "media" {
				k += 2
				continue
			}
			if possessivePronouns[d.toks[k+1].lower] && ownOutlets[d.peek(k+2)] {
				k += 2 // "..., the ministry said on its website"
				continue
			}
			if (d.toks[k+1].text == "X" || d.toks[k+1].text == "X.") && (k+2 >= s.hi || d.toks[k+2].kind == tPunct) {
				k++ // "..., the minister said in a post on X": the platform once called Twitter
				continue
			}
		}
		if !(skippable[t.lower] || isWeekday(t.lower) || timeAdjunctWords[t.lower] || t.lower == "afterwards" || t.lower == "afterward" || t.lower == "in" || t.lower == "a" || t.lower == "an" || t.lower == "statement" || t.lower == "interview" || trailReports[t.lower] ||
			issueVerbs[t.lower] || t.lower == "online" || stateMedia[t.lower] || t.lower == "state" || t.lower == "national") { // "said on state television"
			// "..., X told reporters", "..., X told the BBC on Monday"
			told := d.toks[v].lower == "told" || d.toks[v].lower == "tells"
			if !(told && (addressees[t.lower] || forumNouns[t.lower] || t.lower == "news" || t.lower == "press" || t.lower == "the" || d.mentAt[k] != nil) || venueWords[t.lower]) {
				return "", false
			}
		}
	}
	b := at - 1
	if a < at && d.toks[a-1].text == "," {
		b = a - 1 // "..., Security Minister X said": past the portfolio and the title
	}
	if m := d.mentAt[at]; m != nil && m.ent != nil && m.ent.kind == kg.Organization && isAcronym(d.toks[at].text) && m.hi == v {
		// "..., the UN humanitarian office OCHA said": a description of
		// the body, then its initials
		for x := at - 1; x > s.lo && x >= at-6; x-- {
			t := &d.toks[x]
			if t.lower == "the" && d.toks[x-1].text == "," {
				b = x
				break
			}
			if !(t.kind == tWord && !t.cap || d.mentAt[x] != nil || t.lower == "'s" || t.lower == "\u2019s") {
				break
			}
		}
	}
	for b > s.lo && (d.toks[b].lower == "the" || d.toks[b].lower == "a" || d.toks[b].lower == "an" || d.mentAt[b] != nil && (d.mentAt[b].ent == nil || d.mentAt[b].demonym && d.mentAt[b].hi == b+1) ||
		d.toks[b].lower == "and" && d.mentAt[b-1] != nil && d.mentAt[b-1].demonym && d.mentAt[at] != nil && d.mentAt[at].demonym || // "..., the German and Qatari governments said"
		d.toks[b].cap && b+1 == at && b-1 > s.lo && (roleModifiers[d.toks[b-1].text] || adminWords[d.toks[b-1].text]) && d.titleAt(b) || // "..., Odesa regional Gov. X said"
		!d.toks[b].cap && (spokesNouns[d.toks[b].lower] || roleWords[d.toks[b].lower] || personNouns[d.toks[b].lower] && b+1 == at || possessivePronouns[d.toks[b].lower] || officeWords[d.toks[b].lower] || lowerTitle(d.toks[b].lower) || roleModifiers[d.toks[b].lower] ||
			adminWords[d.toks[b].lower] && b+1 < at && !d.toks[b+1].cap || // "..., county governor X said"
			ministryWords[d.toks[b].lower] && b+1 < at && !d.toks[b+1].cap && (spokesNouns[d.toks[b+1].lower] || ministryWords[d.toks[b+1].lower]) || // "..., civil defense spokesman X told VOA"
			(orgRefNouns[d.toks[b].lower] != "" || orgNounsAfterActor[d.toks[b].lower]) && b+1 < at && !d.toks[b+1].cap && (roleWords[d.toks[b+1].lower] || spokesNouns[d.toks[b+1].lower] || lowerTitle(d.toks[b+1].lower)))) {
		b-- // "..., his spokesman Ana Costa said", "..., her campaign chairman X told", "..., Peruvian military spokesman X said", "..., regional governor X said", "..., commission chairwoman X told"
	}
	if x := d.nounModifiers(b, at, s.lo); x < b {
		b = x // "..., park director X said": what the director is of, in plain nouns
	}
	if m := d.mentAt[max(b, 0)]; b > s.lo+1 && m != nil && m.ent != nil && m.ent.kind != kg.Person && !m.demonym && m.hi == b+1 && b+1 < at && !d.toks[b+1].cap && d.toks[b+1].kind == tWord {
		b = m.lo - 1 // "..., Belgorod regional governor X said": the place whose governor
	}
	if m, n := d.mentAt[max(b, 0)], d.mentAt[at]; b > s.lo+1 && m != nil && m.ent != nil && m.ent.kind == kg.Place && !m.demonym && m.hi == at && n != nil && n.described && !d.toks[at].cap {
		b = m.lo - 1 // "..., the Lahore police said": the city whose police
		if d.toks[b].lower == "the" && b > s.lo+1 {
			b--
		}
	}
	if b > s.lo+1 && d.toks[b].kind == tWord && !d.toks[b].cap && d.mentAt[b] == nil {
		// "..., IG Metall negotiator Ana Costa said": the body she works for
		if m := d.mentAt[b-1]; m != nil && m.ent != nil && m.ent.kind != kg.Person && !m.demonym {
			b = m.lo - 1
		}
	}
	if b > s.lo+1 && (d.toks[b].lower == "'s" || d.toks[b].lower == "\u2019s") {
		// "..., South Korea's Joint Chiefs of Staff said": the country
		// whose body speaks
		if m := d.mentAt[b-1]; m != nil && m.ent != nil && m.ent.kind == kg.Place {
			b = m.lo - 1
		}
	}
	for x := b; x > s.lo+1 && x > b-4 && d.toks[x].kind == tWord; x-- {
		if d.toks[x].lower == "of" {
			if _, ok := d.isTitle(x - 1); ok && x < b {
				b = x - 1 // "..., Inspector-General of Police X said": an office of a body
			}
			break
		}
		if !d.toks[x].cap {
			break
		}
	}
	for b > s.lo {
		if d.toks[b].text == "." && b-1 > s.lo {
			if _, ok := d.isTitle(b - 1); ok {
				b-- // "police spokesman Maj. X": the abbreviation's stop
				continue
			}
		}
		if _, ok := d.isTitle(b); !ok {
			break
		}
		b--
		// "Fed Chair Jerome Powell", "Peru's President X", "Chilean
		// Foreign Minister X": the body or country whose title it is
		if b > s.lo && (d.toks[b].lower == "'s" || d.toks[b].lower == "’s") {
			b--
		}
		if m := d.mentAt[b]; m != nil && m.ent != nil && m.ent.kind != kg.Person && m.lo > s.lo {
			b = m.lo - 1
		}
	}
	for b > s.lo && !d.toks[b].cap && lowerTitleModifiers[d.toks[b].lower] {
		b-- // "..., interim Prime Minister X said"
	}
	for b > s.lo && !d.toks[b].cap && d.mentAt[b] == nil && (spokesNouns[d.toks[b].lower] || roleWords[d.toks[b].lower] || officeWords[d.toks[b].lower] || roleModifiers[d.toks[b].lower] ||
		orgRefNouns[d.toks[b].lower] != "" || orgNounsAfterActor[d.toks[b].lower]) {
		b-- // "..., police spokesman Maj. X told reporters": the role before the rank
	}
	if b > s.lo+1 && d.compoundModifier(b, at) {
		b-- // "..., grid operator X said", "..., rights group X said": the noun's own modifier
		for b > s.lo && (d.toks[b].lower == "the" || d.toks[b].lower == "a") {
			b--
		}
	}
	if appos > 0 {
		b = appos
	}
	if b < s.lo || d.toks[b].text != "," || d.inQuote[b] {
		return "", false // no comma before the speaker: no trailing attribution
	}
	lo := d.pastDateline(max(s.lo, b-2*window), b)
	if lo >= b || d.toks[lo].kind == tQuote {
		return "", false // a quotation: quoteSaid's
	}
	text := strings.TrimSpace(d.text[d.toks[lo].start:d.toks[b].start])
	if len(strings.Fields(text)) < 3 {
		return "", false
	}
	return text, true
}

// compoundModifier reports a lowercase noun at toks[b] that modifies the
// organization noun after it in a description before a name: "grid" in
// "grid operator X", "rights" in "rights group X"; not a verb, a
// preposition or any other closed-class word.
func (d *doc) compoundModifier(b, at int) bool {
	t, n := &d.toks[b], &d.toks[b+1]
	if t.cap || t.kind != tWord || d.mentAt[b] != nil || b+1 >= at || n.cap || orgRefNouns[n.lower] == "" {
		return false
	}
	if skippable[t.lower] || stopObject[t.lower] || sayVerbs[t.lower] || weakSayVerbs[t.lower] || placePreps[t.lower] || locatives[t.lower] || strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ly") {
		return false
	}
	p := d.toks[b-1]
	return p.text == "," || p.lower == "the" || p.lower == "a"
}

// plainTail reports that toks[k:hi], the rest of a sentence after a
// preposition, holds no statement of its own: no quotation, "that" or
// verb of speech, and no more than a short phrase ("after the meeting",
// "at a news conference in Lima").
func (d *doc) plainTail(k, hi int) bool {
	if hi-k > 8 {
		return false
	}
	for ; k < hi; k++ {
		t := &d.toks[k]
		if t.kind == tQuote || t.lower == "that" || sayVerbs[t.lower] || t.text == "," || t.text == ";" || t.text == ":" {
			return false
		}
	}
	return true
}

// verbAfterSubject reports a finite verb at toks[k], right after a
// subject: "blamed", "has", "also said", not "spokesman" or "chief".
func (d *doc) verbAfterSubject(k int) bool {
	modal := false
	for ; k < len(d.toks) && skippable[d.toks[k].lower]; k++ {
		modal = modal || modals[d.toks[k].lower]
	}
	if k >= len(d.toks) {
		return false
	}
	t := &d.toks[k]
	// "X would travel": a modal's verb is in its base form
	return t.kind == tWord && !t.cap && d.mentAt[k] == nil && (strings.HasSuffix(t.lower, "ed") || pastVerbs[t.lower] || finiteAux[t.lower] || sayVerbs[t.lower] || modal && t.lower != "not")
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
		for i >= s.lo && (skippable[d.toks[i].lower] || isWeekday(d.toks[i].lower)) {
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

// claimsAttack reports an attack noun as the object at toks[c]: "claimed
// the bombing".
func (d *doc) claimsAttack(c, hi int) bool {
	for k := c; k < hi && k < c+4; k++ {
		if attackNouns[d.toks[k].lower] {
			return true
		}
		if d.toks[k].kind != tWord || !(nounFill[d.toks[k].lower] || eventMods[d.toks[k].lower]) {
			return false
		}
	}
	return false
}

// thatAhead reports "that" in toks[lo:hi] before any quotation or verb of
// speech.
func (d *doc) thatAhead(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		if t.lower == "that" {
			return true
		}
		if t.kind == tQuote || sayVerbs[t.lower] || t.text == "." {
			return false
		}
	}
	return false
}

// plainApposition reports toks[lo:hi] an apposition that only says what
// someone is, with no verb or quotation: "a police spokeswoman", "spokesman
// of the army's Southern Command".
func (d *doc) plainApposition(lo, hi int) bool {
	if hi <= lo || hi-lo > 14 {
		return false
	}
	rel := d.toks[lo].lower == "who" || d.toks[lo].lower == "whose" // "who leads the police"
	for k := lo; k < hi; k++ {
		t := &d.toks[k]
		if t.kind == tQuote || t.text == "," || t.text == ";" || d.inQuote[k] || t.kind == tWord && !t.cap && (sayVerbs[t.lower] || !rel && (d.verbAt(k) || relativeWords[t.lower])) {
			return false
		}
	}
	return true
}

// statementRead is the issuer of a statement whose words a quotation at
// toks[o] gives after "read": "A statement from the Varnok Red Cross read:
// “…”", "The ministry's statement read, “…”".
func (d *doc) statementRead(o, lo int) (*entity, int) {
	k := o - 1
	if k > lo && (d.toks[k].text == ":" || d.toks[k].text == ",") {
		k--
	}
	if k <= lo || d.toks[k].lower != "read" && d.toks[k].lower != "reads" || d.toks[k].cap || d.inQuote[k] {
		return nil, -1
	}
	noun := false
	for x := lo; x < k; x++ {
		noun = noun || statementNouns[d.toks[x].lower] && !d.toks[x].cap && !d.inQuote[x]
	}
	if !noun {
		return nil, -1 // "Ana Costa read: “…”": a reading, not a statement's words
	}
	if e, _ := d.subjectOf(k, lo); e != nil && (e.kind == kg.Person || e.kind == kg.Organization || d.isCountry(e)) {
		return e, k
	}
	return nil, -1
}

// statementIssuer is X in "X issued a statement saying, “…”" and "X
// released a brief statement: “…”": the one who put the statement out
// speaks the quotation at toks[o].
func (d *doc) statementIssuer(o, lo int) (*entity, int) {
	k := o - 1
	if k > lo && (d.toks[k].text == ":" || d.toks[k].text == ",") {
		k--
	}
	if k > lo && d.toks[k].lower == "saying" {
		k--
	}
	if k <= lo || !statementNouns[d.toks[k].lower] {
		return nil, -1
	}
	k--
	for n := 0; k > lo && n < 3 && d.toks[k].kind == tWord && !d.toks[k].cap && !issueVerbs[d.toks[k].lower]; n++ {
		k-- // "a brief written statement"
	}
	if k <= lo || !issueVerbs[d.toks[k].lower] {
		return nil, -1
	}
	if e, _ := d.subjectOf(k, lo); e != nil && (e.kind == kg.Person || e.kind == kg.Organization || d.isCountry(e)) {
		return e, k
	}
	return nil, -1
}
