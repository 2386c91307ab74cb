package rules

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/ingest/gazetteer"
	"github.com/newsgraph/newsgraph/kg"
)

// Option configures an Extractor.
type Option func(*Extractor)

// WithEvents turns the extraction of EVENT entities and their
// PARTICIPATED_IN and OCCURRED_IN relations on or off (on by default).
func WithEvents(on bool) Option { return func(x *Extractor) { x.events = on } }

// Extractor is the rule-based extractor. It holds no per-article state, so
// one value serves concurrent calls.
type Extractor struct {
	events bool
}

// New returns an Extractor.
func New(opts ...Option) *Extractor {
	x := &Extractor{events: true}
	for _, o := range opts {
		o(x)
	}
	return x
}

// Extract reads one article and returns its subgraph. It fails with an
// error wrapping kg.ErrInvalid when the text is empty, too large or not
// UTF-8, and with the context's error when ctx is done.
func (x *Extractor) Extract(ctx context.Context, a kg.Article) (kg.Subgraph, error) {
	if err := ctx.Err(); err != nil {
		return kg.Subgraph{}, fmt.Errorf("rules: extract %s: %w", a.ID, err)
	}
	switch {
	case a.ID == "":
		return kg.Subgraph{}, fmt.Errorf("rules: extract: empty article id: %w", kg.ErrInvalid)
	case strings.TrimSpace(a.Text) == "":
		return kg.Subgraph{}, fmt.Errorf("rules: extract %s: empty text: %w", a.ID, kg.ErrInvalid)
	case len(a.Text) > kg.MaxArticleBytes:
		return kg.Subgraph{}, fmt.Errorf("rules: extract %s: %d bytes, at most %d: %w", a.ID, len(a.Text), kg.MaxArticleBytes, kg.ErrInvalid)
	case !utf8.ValidString(a.Text):
		return kg.Subgraph{}, fmt.Errorf("rules: extract %s: text is not valid UTF-8: %w", a.ID, kg.ErrInvalid)
	}
	d := newDoc(a)
	d.events = x.events
	for _, st := range stages {
		if err := ctx.Err(); err != nil {
			return kg.Subgraph{}, fmt.Errorf("rules: extract %s: %w", a.ID, err)
		}
		if st.events && !d.events {
			continue
		}
		st.run(d)
	}
	return d.subgraph(), nil
}

// noLowercaseWord reports toks[lo:hi] with no lower-case word token: not
// "Nioro du Sahel" (allCapitalised, by words of a name, would also refuse
// "Yemen al-Qaeda").
func (d *doc) noLowercaseWord(lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if d.toks[k].kind == tWord && !d.toks[k].cap {
			return false
		}
	}
	return true
}

// commonWords reports a name all of whose words are common English words
// ("Silent Change", "Harrier").
func commonWords(name string) bool {
	for _, w := range strings.Fields(name) {
		if !gazetteer.IsCommonWord(strings.ToLower(w)) {
			return false
		}
	}
	return name != ""
}

// stage is one pass of the extractor over the whole article. A stage reads
// what the stages before it left in the doc and never reaches back; newDoc
// has already cut the text into tokens, sentences and quotations.
type stage struct {
	name   string
	run    func(*doc)
	events bool // runs only when events are extracted
}

// stages are the extractor's passes, in order (doc.go tells what each does).
var stages = []stage{
	{name: "mentions", run: (*doc).findMentions},
	{name: "resolution", run: (*doc).resolve},
	{name: "coreference", run: (*doc).coreference},
	{name: "events", run: (*doc).findEvents, events: true},
	{name: "relations", run: (*doc).findRelations},
	{name: "event relations", run: (*doc).eventRelations, events: true},
}

// doc is the working state of one extraction.
type doc struct {
	a      kg.Article
	text   string
	art    time.Time
	events bool

	toks    []token
	sents   []sentence
	sentOf  []int32 // token index -> sentence index
	inQuote []bool  // token lies inside a quotation
	quotes  []quote
	tcase   []bool // sentence is a title-cased headline
	// headline: the first sentence is a line of its own without a full
	// stop, before the body's paragraphs. What it says the body tells
	// again; news annotators take no relation from it.
	headline bool

	lowerSeen   map[string]bool
	evLinks     []evLink
	evSents     map[int][]*entity // the events named in each sentence, by eventMention
	idx         nameIndex
	speakerOf   []*entity
	speakerDone []bool
	quoteEnts   map[*entity]bool // entities named in the quotation being attributed
	dateMemo    map[int]dateRef
	firstPer    []*mention
	firstDone   []bool
	demonyms    map[string]string // country -> the demonym the article uses for it
	paraStart   []int32           // token index -> first token of its paragraph
	capSeen     map[string]bool
	// siteOf maps the name of a local site's place ("Tarbela" in "the
	// Tarbela market") to the site's full name, which it stands for after.
	siteOf map[string]string
	// capAlone holds the words capitalised mid-sentence with no
	// capitalised word beside them.
	capAlone map[string]bool
	ments    []*mention
	forces   map[*entity]*entity // a country's armed forces named as an organization, or nil (forcesFor)
	// described armies: "the army" of the article's country where the
	// article names none (countryArmy); no name for "Peruvian troops"
	describedArmy map[*entity]bool
	mentAt        []*mention // token index -> mention covering it
	ents          []*entity
	byKey         map[string]*entity

	rels    []kg.Relation
	relSeen map[string]bool
	// policePlace: the one town or province the article names a police
	// after ("the Tarma police"), read once (policePlaceRead)
	policePlace     *entity
	policePlaceRead bool
	// metIn marks the sentences a meeting was read from.
	metIn map[int]bool
	// companyNames are the one- and two-word runs the article writes
	// before a company's role or shares, built on first use.
	companyNames map[string]bool
	// used marks, per token, the relation types (typeBit) whose patterns
	// have read it; by is the pattern running, and relBy the pattern that
	// read each relation of rels (for tests; "a+b" when two statements
	// were joined).
	used  []uint8
	by    string
	relBy []string
	// qPrev is what the last attributed quotation left.
	qPrev quoteState
	// coreference: the offices each person holds, the issuer of each
	// statement noun, organizations' kinds, the article's country
	titles map[*entity][]string
	// monthNames are month words the article uses as surnames ("Theresa May")
	monthNames    map[string]bool
	issuer        map[int]*entity
	kinds         map[*entity]string
	sports        int8            // sportsReport: 0 not yet known, 1 no, 2 yes
	foreign       []int8          // foreignSentence: 0 not yet known, 1 no, 2 yes
	games         []int8          // gameSentence per sentence: 0 not yet known, 1 no, 2 yes
	crafts        map[string]bool // craftName, once read
	firstDisaster string          // the kind of the first disaster eventFor was asked for
	spokenNames   map[string]bool // speaksAsName, per name
	country       *string
	// evs are the events read so far, by what they are about, and
	// lastAttackEv the attack named last
	evs          map[evKey]*entity
	lastAttackEv *entity
	// peopleInOrder are the people named when the family names two share
	// were first read (firstNamedWith), in the order named
	peopleInOrder []*entity
	peopleFor     int // the length of name peopleInOrder was listed for
	// creditAt is where each sentence's wire credit line starts
	// ("Reporting by ..."), or its end (inCreditLine)
	creditAt []int32
	// lastAttacker is the source of the most recent ATTACKED, for strikes
	// whose subject is only a weapon, and lastAttackSent its sentence.
	lastAttacker   *entity
	lastAttackSent int
	lastAttacked   *entity // the side lastAttacker attacked (an organization or country), if it named one
	// lastTarget is the target of the most recent attack, whether or not
	// its attacker was named ("a bomber attacked a police station in X"),
	// and lastTargetSent the sentence that named it: a later "Y claimed
	// responsibility for the bombing" or "the strikes were carried out by
	// Y" completes it.
	lastTarget     *entity
	lastTargetSent int
}

// quote is a quotation: the token indexes of its marks (cl may be one past
// the paragraph's last token when the closing mark is missing).
type quote struct {
	op, cl int
	used   bool
	// cont: the quotation continues the one before, which ran to the end
	// of its paragraph without a closing mark, as news writes a quotation
	// of several paragraphs
	cont bool
}

func newDoc(a kg.Article) *doc {
	d := &doc{a: a, text: a.Text, art: a.Date, byKey: map[string]*entity{}, relSeen: map[string]bool{}, metIn: map[int]bool{}}
	if !d.art.IsZero() {
		y, m, dd := d.art.Date()
		d.art = time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
	}
	d.toks = unquoteAttackVerbs(tokenize(a.Text))
	d.sents = splitSentences(d.toks)
	d.sentOf = make([]int32, len(d.toks))
	d.tcase = make([]bool, len(d.sents))
	for si, s := range d.sents {
		for i := s.lo; i < s.hi; i++ {
			d.sentOf[i] = int32(si)
		}
		// only a first line without closing punctuation can be a headline
		d.tcase[si] = si == 0 && d.toks[s.hi-1].kind != tPunct && titleCased(d.toks[s.lo:s.hi])
	}
	if len(d.sents) > 1 {
		s0 := d.sents[0]
		end := s0.hi - 1
		if d.toks[end].kind == tQuote && end > s0.lo {
			end-- // "... said: “We will win.”": a sentence's close inside the quotation
		}
		last := d.toks[end].text
		d.headline = d.toks[d.sents[1].lo].para && last != "." && last != "!" && last != "?" && s0.hi-s0.lo <= 30 &&
			strings.Count(d.text[s0.start:s0.end], "\n") == 0
	}
	d.findQuotes()
	d.mentAt = make([]*mention, len(d.toks))
	return d
}

// unquoteAttackVerbs drops the marks of a scare quote around one verb of
// attack inside a sentence: "its fighters had “liberated” the town" tells
// the same attack as without them, and the marks would hide the verb from
// its subject and object. The marks stay in the text, so quotations and
// offsets are unchanged.
func unquoteAttackVerbs(toks []token) []token {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if i > 0 && i+2 < len(toks) && t.kind == tQuote && isDoubleQuote(t.text) && toks[i-1].kind == tWord &&
			!toks[i-1].cap && toks[i+1].kind == tWord && !toks[i+1].cap && attackVerbs[toks[i+1].lower] &&
			toks[i+2].kind == tQuote && isDoubleQuote(toks[i+2].text) && !toks[i+1].para {
			out = append(out, toks[i+1])
			i += 2
			continue
		}
		out = append(out, *t)
	}
	return out
}

// titleCased reports whether a sentence is written in headline case: most
// of its longer words capitalised. Capitals there say nothing about names.
func titleCased(ts []token) bool {
	n, c := 0, 0
	for i := range ts {
		t := &ts[i]
		if t.kind != tWord || len(t.text) < 4 {
			continue
		}
		n++
		if t.cap {
			c++
		}
	}
	return n >= 3 && c*10 >= n*7
}

// findQuotes pairs double quotation marks within paragraphs.
func (d *doc) findQuotes() {
	d.inQuote = make([]bool, len(d.toks))
	open := -1
	for i := range d.toks {
		t := &d.toks[i]
		if t.para && open >= 0 {
			d.quotes = append(d.quotes, quote{op: open, cl: i})
			open = -1
		}
		if t.kind != tQuote || !isDoubleQuote(t.text) {
			if open >= 0 {
				d.inQuote[i] = true
			}
			continue
		}
		switch {
		case open < 0 && (t.open || t.text == "\""):
			open = i
		case open >= 0 && (!t.open || t.text == "\""):
			d.quotes = append(d.quotes, quote{op: open, cl: i})
			open = -1
		case open >= 0 && t.open:
			// a second opening mark: the first quotation was never closed
			d.quotes = append(d.quotes, quote{op: open, cl: i})
			open = i
		}
	}
	if open >= 0 {
		d.quotes = append(d.quotes, quote{op: open, cl: len(d.toks)})
	}
	for j := 1; j < len(d.quotes); j++ {
		d.quotes[j].cont = d.quotes[j-1].cl == d.quotes[j].op && d.toks[d.quotes[j].op].para
	}
}

func isDoubleQuote(s string) bool {
	switch s {
	case "\"", "\u201c", "\u201d", "\u201e", "\u00ab", "\u00bb":
		return true
	}
	return false
}

// quoteText is the text between a quotation's marks without the closing
// punctuation that English puts inside them.
func (d *doc) quoteText(q quote) string {
	if q.op+1 >= len(d.toks) || q.op+1 >= q.cl {
		return ""
	}
	s := d.toks[q.op].end
	e := d.toks[q.cl-1].end
	return strings.TrimRight(strings.TrimSpace(d.text[s:e]), ",.;:")
}

func (d *doc) subgraph() kg.Subgraph {
	sg := kg.Subgraph{Article: d.a}
	// a country seen only as an adjective is no entity of the article,
	// and an actor named only by description ("Iraqi insurgents") is one
	// only when named twice: either counts when a relation needs it as an
	// end (what a statement is about is no such need)
	ends := map[string]bool{}
	for _, r := range d.rels {
		if r.Type == kg.ParticipatedIn || r.Type == kg.OccurredIn {
			continue // an event's links follow its ends, below
		}
		ends[r.Source] = true
		if r.Type != kg.Said {
			ends[r.Target] = true
		}
	}
	// an unknown word used only in an event's name ("the Varnok
	// massacre") is no entity of its own
	own := map[*entity]bool{}
	for _, m := range d.ments {
		if m.ent != nil && !m.eventName {
			own[m.ent] = true
		}
	}
	// an organization typed by its shape alone whose words are all common
	// English words ("Harrier", "Silent Change": capitalised words that no
	// list or cue makes a body) is no entity of the article unless a
	// relation needs it as an end: on the read sets fewer than two in five
	// such were bodies the gold names
	shapeOnly := map[*entity]bool{}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.kind != kg.Organization {
			continue
		}
		if _, seen := shapeOnly[m.ent]; !seen {
			shapeOnly[m.ent] = true
		}
		if !m.unknown || m.ref || !commonWords(m.ent.name) || d.listedWithOrg(m) {
			shapeOnly[m.ent] = false
		}
	}
	// a name seen once and typed only by a weak guess that the read sets
	// found wrong more often than right: a known place opening a longer
	// name ("Lima Taliban", "Peru LNG": a place before what is no place;
	// "Villa Tarma" and "Nioro du Sahel" stay)
	weakOnce := map[*entity]bool{}
	for _, m := range d.ments {
		if m.ent == nil || m.ref {
			continue
		}
		if _, seen := weakOnce[m.ent]; seen {
			weakOnce[m.ent] = false
			continue
		}
		weakOnce[m.ent] = m.str == weak && (m.typedBy == "type-place-word" && m.ent.kind == kg.Place && d.knownPlaceWord(m.lo) && d.noLowercaseWord(m.lo, m.hi))
	}
	keep := func(e *entity) bool {
		if e != nil && (shapeOnly[e] || weakOnce[e]) && !ends[e.id()] {
			return false
		}
		if e != nil && e.kind == kg.Organization && bareHeads[strings.ToLower(e.name)] {
			return false // "Ministry", "Council" alone: a head word cut from its name, nobody in particular
		}
		if e != nil && len(e.name) > kg.MaxNameBytes {
			return false // a run of thousands of letters is no name a store can keep
		}
		if e != nil && e.kind == kg.Person && e.role == "" && !strings.Contains(e.name, " ") && gazetteer.IsCommonWord(strings.ToLower(e.name)) && !ends[e.id()] {
			return false // "Soul", "Presidents": a common word taken for a lone name, with nothing said or done
		}
		return e != nil && (e.mentions > 0 || e.affiliated) && (e.named && own[e] && (!e.described || e.mentions > 1) || ends[e.id()])
	}
	kept := map[string]bool{}     // by id, for relations' ends
	keptEnt := map[*entity]bool{} // each entity once decided
	for _, e := range d.ents {
		if keep(e) {
			kept[e.id()] = true
			keptEnt[e] = true
		}
	}
	byID := map[string]*entity{}
	for _, e := range d.ents {
		byID[e.id()] = e
	}
	rels := d.rels[:0:0]
	seen := map[string]bool{}
	for _, r := range d.rels {
		if r.Type == kg.Said && !speakingPlace(byID[r.Source]) {
			continue // "Blantyre", "the Red Sea" say nothing: a town or sea named near the words is no speaker
		}
		if (r.Type == kg.ParticipatedIn || r.Type == kg.OccurredIn) && !(kept[r.Source] && kept[r.Target]) {
			continue
		}
		if !kept[r.Source] || r.Type == kg.Met && !kept[r.Target] {
			continue // an end the article does not keep (a reference and nothing else): the relation, not the article, is lost
		}
		if r.Target != "" && !kept[r.Target] {
			r.Target = "" // a statement about an entity the article does not keep
			r.ID = kg.RelationID(d.a.ID, r.Type, r.Source, r.Target, r.Evidence.Start, r.Evidence.End, r.Quote)
		}
		if !seen[r.ID] {
			seen[r.ID] = true
			rels = append(rels, r)
		}
	}
	d.rels = rels
	for _, e := range d.ents {
		if keptEnt[e] {
			sg.Entities = append(sg.Entities, e.export())
		}
	}
	sort.Slice(sg.Entities, func(i, j int) bool { return sg.Entities[i].ID < sg.Entities[j].ID })
	for _, m := range d.ments {
		if m.ref || !keptEnt[m.ent] {
			continue
		}
		sg.Mentions = append(sg.Mentions, kg.Mention{EntityID: m.ent.id(), Text: d.text[m.start:m.end], Start: m.start, End: m.end})
	}
	sort.Slice(sg.Mentions, func(i, j int) bool {
		a, b := sg.Mentions[i], sg.Mentions[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End < b.End
		}
		return a.EntityID < b.EntityID
	})
	sg.Relations = d.rels
	sort.Slice(sg.Relations, func(i, j int) bool {
		a, b := sg.Relations[i], sg.Relations[j]
		if a.Evidence.Start != b.Evidence.Start {
			return a.Evidence.Start < b.Evidence.Start
		}
		return a.ID < b.ID
	})
	return sg
}

// speakingPlace reports whether e may speak: anything but a place, and of
// places a country, a capital (its government) or a state or province
// (its authorities); a town, a camp, a sea or a region of several
// countries speaks for no one.
func speakingPlace(e *entity) bool {
	if e == nil || e.kind != kg.Place {
		return true
	}
	if isCountry(e.name) {
		return true
	}
	p, ok := gazetteer.LookupPlace(e.name)
	return ok && (p.Capital || p.Kind == gazetteer.Subdivision || p.Kind == gazetteer.Country)
}
