package rules

import (
	"github.com/newsgraph/newsgraph/kg"
	"strings"
	"unicode/utf8"
)

// A pattern reads one way English news writing states a relation: "X said
// that ...", "the Peruvian airstrike on Y", "talks between X and Y". It is a
// value, like an analyzer of golang.org/x/tools/go/analysis: a name, a
// sentence of documentation, the cue words that wake it (from lexicon.go),
// the function that reads the relation, and invented examples of what it
// must and must not read, which TestPatterns runs.
//
// The driver (findRelations) walks the article once, sentence by sentence.
// For each sentence it first offers every quotation opening there to the
// quotation patterns (those with attribute set), in order, until one names
// the speaker. Then it walks the sentence's tokens; at a token that is a cue
// of a pattern, it calls the pattern's at function. For one relation type,
// the first pattern that reports it used the token wins it: later patterns
// of that type do not see it. Patterns of different types do not compete.
type pattern struct {
	// name is unique, lower-case and hyphenated: "said-trailing".
	name string
	// doc says in one sentence what the pattern reads, with an example.
	doc string
	// typ is the relation type the pattern yields.
	typ kg.RelType
	// cues are the lower-case words that wake the pattern (token patterns).
	cues map[string]bool
	// at reads the relation whose cue is toks[v] in sentence si and
	// reports whether it used the token, so that later patterns of the same
	// type skip it.
	at func(d *doc, si, v int) bool
	// attribute names the speaker of a quotation (quotation patterns): the
	// speaker or nil, the index of the speech verb or -1, and the
	// confidence. A pattern that finds a speech verb whose subject is nobody
	// the article names sets c.orphan, and the patterns after it give up.
	attribute func(d *doc, c *quoteCtx) (sp *entity, verb int, conf float64)
	// examples are invented sentences with what the pattern must read.
	examples []example
}

// example is one invented text and every relation of the pattern's type the
// extractor must read from it, in the short form of relString; none means
// it must read none.
type example struct {
	text string
	want []string
}

// patterns are all relation patterns in the order the driver tries them.
// Within a type, the more specific pattern comes first.
var patterns = []*pattern{
	// SAID from quotations
	saidQuoteSpeakerAfter,
	saidQuoteContinued,
	saidQuoteSpeakerBefore,
	saidQuoteCarried,
	saidQuoteSubject,
	// SAID from reported speech
	saidAccordingTo,
	saidAccused,
	saidChargeDenied,
	saidStance,
	saidFigure,
	saidCalled,
	saidQuotedAs,
	saidStatementStance,
	saidAppeal,
	saidParticiple,
	saidParenthetical,
	saidWhatCalled,
	saidTrailing,
	saidInverted,
	saidMadeClear,
	saidReported,
	// ATTACKED
	attackTook,
	attackByHurt,
	attackClaimed,
	attackIdentified,
	attackNamedAttacker,
	attackMutualBlame,
	attackAccusedBehind,
	attackBlamed,
	attackPerpetratorsWere,
	attackCameUnder,
	attackCarriedOutBy,
	attackClaimedBy,
	attackCharged,
	attackControl,
	attackRepelled,
	attackReturnedFire,
	attackOnAttackers,
	attackExchange,
	attackAtWar,
	attackFightToTopple,
	attackNounFirst,
	attackVerb,
	attackNoun,
	// MET
	metBetween,
	metBothSides,
	metSidesDuring,
	metVerb,
	metChaired,
	metHostedAttended,
	metBroughtTogether,
	metMembers,
}

// quotePatterns are the quotation patterns in order; byCue maps each cue
// word to the token patterns it wakes, in order, so the driver looks a
// token up once.
var quotePatterns, byCue = indexPatterns(patterns)

func indexPatterns(ps []*pattern) (quote []*pattern, cue map[string][]*pattern) {
	cue = map[string][]*pattern{}
	for _, p := range ps {
		if p.attribute != nil {
			quote = append(quote, p)
			continue
		}
		for w := range p.cues {
			cue[w] = append(cue[w], p)
		}
	}
	return quote, cue
}

// findRelations runs the relation patterns over the article.
func (d *doc) findRelations() {
	d.used = make([]uint8, len(d.toks))
	qi := 0
	for si, s := range d.sents {
		for ; qi < len(d.quotes) && d.quotes[qi].op < s.hi; qi++ {
			d.attributeQuote(qi)
		}
		for v := s.lo; v < s.hi; v++ {
			for _, p := range byCue[d.toks[v].lower] {
				bit := typeBit(p.typ)
				if d.used[v]&bit != 0 {
					continue
				}
				d.by = p.name
				if p.at(d, si, v) {
					d.used[v] |= bit
				}
			}
		}
	}
	d.by = ""
	d.joinCoordinated()
}

// quotedAt reports a quote that is, or holds, words quoted directly: it
// contains a quotation mark or opens right after one in the evidence ev,
// where it starts at byte at.
func quotedAt(ev string, at int, q string) bool {
	if strings.ContainsAny(q, "\"\u201c\u201d") {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(ev[:at])
	return r == '"' || r == '\u201c' || r == '\''
}

// joinCoordinated folds the statements one speaker makes in one sentence
// through coordinated verbs ("said A and warned that B", "said A, adding
// that B") into one, its quote the parts joined with a space in the order
// of the text, as GUIDELINES joins a statement told in parts.
func (d *doc) joinCoordinated() {
	type key struct {
		src        string
		start, end int
	}
	first := map[key]int{}
	drop := map[int]bool{}
	for i := range d.rels {
		r := &d.rels[i]
		if r.Type != kg.Said || r.Quote == "" {
			continue
		}
		k := key{r.Source, r.Evidence.Start, r.Evidence.End}
		j, ok := first[k]
		if !ok {
			first[k] = i
			continue
		}
		f := &d.rels[j]
		if f.Quote == r.Quote {
			// one statement read by two patterns ("telling the court that
			// ...")
			if f.Target == "" {
				f.Target = r.Target
			}
			d.relBy[j] += "+" + d.relBy[i]
			drop[i] = true
			continue
		}
		{
			long, short := f, r
			if len(short.Quote) > len(long.Quote) {
				long, short = short, long
			}
			ev := d.text[short.Evidence.Start:short.Evidence.End]
			whole := false // a quotation of its own: "said “the FBI has been in turmoil”"
			if e := strings.Index(ev, short.Quote); e > 0 {
				c, _ := utf8.DecodeLastRuneInString(ev[:e])
				whole = c == '"' || c == '\u201c'
			}
			at := strings.Index(long.Quote, short.Quote)
			fragment := whole && len(strings.Fields(short.Quote)) <= 4 && (strings.HasSuffix(long.Quote[:max(at, 0)], "\"") || strings.HasSuffix(long.Quote[:max(at, 0)], "\u201c"))
			// a clause read from a quoted phrase ("noted “isolated
			// irregularities” in the count") inside a longer statement
			opensQuoted := at > 0 && (strings.HasPrefix(short.Quote, "\"") || strings.HasPrefix(short.Quote, "\u201c"))
			if fragment || opensQuoted || !whole && (at > 0 && speechBefore(long.Quote[:at]) || at == 0 && strings.ContainsAny(short.Quote, "\"\u201c\u201d")) {
				// "urged his supporters to remain calm" inside "he would
				// not accept the result, but urged his supporters to
				// remain calm": read whole by one verb and in part by the
				// next, one statement
				f.Quote = long.Quote
				if f.Target == "" {
					f.Target = r.Target
				}
				d.relBy[j] += "+" + d.relBy[i]
				drop[i] = true
				continue
			}
		}
		ev := d.text[r.Evidence.Start:r.Evidence.End]
		a, b := strings.Index(ev, f.Quote), strings.Index(ev, r.Quote)
		if a < 0 || b < 0 || a < b && a+len(f.Quote) > b || b < a && b+len(r.Quote) > a {
			continue // a quote not found whole, or two that overlap
		}
		if quotedAt(ev, a, f.Quote) && quotedAt(ev, b, r.Quote) {
			continue // "claimed “…” and said “…”": two quotations, two statements
		}
		first, second, lo := f.Quote, r.Quote, a
		if b < a {
			first, second, lo = r.Quote, f.Quote, b
		}
		if end := lo + len(first); end <= max(a, b) && coordinatedGap(ev[end:max(a, b)], first) {
			// "called the sentences “outrageous” and demanded their
			// release": one statement, its verbs kept
			f.Quote = ev[lo : max(a, b)+len(second)]
		} else {
			f.Quote = first + " " + second
		}
		if f.Target == "" {
			f.Target = r.Target
		}
		d.relBy[j] += "+" + d.relBy[i] // both patterns read it
		drop[i] = true
	}
	if len(drop) == 0 {
		return
	}
	rels, by := d.rels[:0], d.relBy[:0]
	for i := range d.rels {
		if !drop[i] {
			rels = append(rels, d.rels[i])
			by = append(by, d.relBy[i])
		}
	}
	d.rels, d.relBy = rels, by
}

// coordinatedGap reports the few words that join two parts of one
// statement read by two verbs and belong in it: " and demanded " before
// what was demanded, or any such words after a first part that holds its
// own verb ("condemned the attack and said ..."); not " and said " between
// two reported clauses, which join without it.
func coordinatedGap(gap, first string) bool {
	ws := strings.Fields(strings.TrimLeft(strings.TrimSpace(gap), ","))
	if len(ws) < 1 || len(ws) > 3 || strings.ContainsAny(gap, "\"\u201c\u201d.;:()") || ws[0] != "and" && ws[0] != "but" {
		return false
	}
	if len(ws) == 1 {
		return true // "... “cowardly” and announced three days of mourning": the second part holds its verb
	}
	if f, _, _ := strings.Cut(first, " "); f != "" && f == strings.ToLower(f) && (strings.HasSuffix(f, "ed") || appealVerbs[f] || accuseVerbs[f]) {
		return true // "called the sentences “outrageous” and demanded ...": a part with its verb
	}
	v := ws[len(ws)-1]
	return v != "that" && !reportVerbs[v]
}

// speechBefore reports a verb of speech among the last words of s, the
// part of a statement before another it holds: "... and urged", "...,
// accusing the army of", "..., telling AFP".
func speechBefore(s string) bool {
	ws := strings.Fields(s)
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-3; k-- {
		w := strings.ToLower(strings.Trim(ws[k], ".,;:"))
		if !(sayVerbs[w] || weakSayVerbs[w] || quoteVerbs[w] || appealVerbs[w] || accuseVerbs[w] || w == "saying" || w == "telling" || w == "stressing" || w == "adding") {
			continue
		}
		if strings.HasSuffix(w, "ing") || k == 0 {
			return true
		}
		// the same speaker's verb ("and urged", "but warned"), not
		// another's ("officials confirmed")
		p := strings.ToLower(ws[k-1])
		return p == "and" || p == "but" || p == "also" || p == "then" || strings.HasSuffix(p, ",")
	}
	return false
}

// typeBit is the bit of d.used that marks a token as used by a pattern of
// relation type t.
func typeBit(t kg.RelType) uint8 {
	switch t {
	case kg.Said:
		return 1
	case kg.Attacked:
		return 2
	case kg.Met:
		return 4
	}
	return 8
}

// claim marks toks[v] as used by a pattern of type t (a speech verb that
// introduced a quotation is no reported clause of its own).
func (d *doc) claim(v int, t kg.RelType) {
	if v >= 0 && v < len(d.used) {
		d.used[v] |= typeBit(t)
	}
}
