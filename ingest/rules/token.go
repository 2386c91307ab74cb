package rules

import (
	"github.com/newsgraph/newsgraph/ingest/gazetteer"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tWord  tokKind = iota // letters, possibly with digits, hyphens, apostrophes or abbreviation dots
	tNum                  // starts with a digit
	tPunct                // any other single rune
	tQuote                // a quotation mark; see token.open
)

// token is one word, number or punctuation mark with its byte offsets in the
// article text.
type token struct {
	text       string
	start, end int
	kind       tokKind
	open       bool // quotes: true for an opening mark
	cap        bool // words: first letter (after a leading "al-" style particle) is upper case
	para       bool // first token of a paragraph
	lower      string
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2018', '\u2019', '\'':
		return true
	}
	return false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits text into tokens. It never fails: invalid UTF-8 bytes
// become one-byte punctuation tokens, so offsets always land on the bytes
// the caller gave.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+4)
	i := 0
	para := true
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == '\n' {
			// a line break starts a new paragraph, unless the text is
			// hard-wrapped: one break inside a sentence, before a
			// lower-case word
			if !wrapped(text, i) {
				para = true
			}
			i += size
			continue
		}
		if unicode.IsSpace(r) {
			i += size
			continue
		}
		start := i
		switch {
		case isWordRune(r):
			j := scanWord(text, i)
			t := token{text: text[start:j], start: start, end: j, kind: tWord}
			if unicode.IsDigit(r) {
				t.kind = tNum
			}
			t.cap = wordCap(t.text)
			t.para = para
			para = false
			// "a cousin named Ali Jan. Ali Jan's branch": a name's last word
			// before a full stop, not January's abbreviation
			if n := len(t.text); n > 3 && t.text[n-1] == '.' && monthAbbrevs[strings.ToLower(t.text[:n-1])] && len(toks) > 0 && toks[len(toks)-1].kind == tWord && toks[len(toks)-1].cap && nextCap(text, j) {
				toks = append(toks, mk(text, start, j-1, tWord, t.para))
				toks = append(toks, mk(text, j-1, j, tPunct, false))
				i = j
				continue
			}
			// a possessive "'s" becomes its own token
			if n := len(t.text); n > 2 && t.kind == tWord {
				if strings.HasSuffix(t.text, "'s") || strings.HasSuffix(t.text, "'S") {
					toks = append(toks, mk(text, start, j-2, t.kind, t.para))
					toks = append(toks, mk(text, j-2, j, tWord, false))
					i = j
					continue
				}
				if strings.HasSuffix(t.text, "\u2019s") {
					toks = append(toks, mk(text, start, j-4, t.kind, t.para))
					toks = append(toks, mk(text, j-4, j, tWord, false))
					i = j
					continue
				}
			}
			// "then-Nortek", "pro-Assad", "ex-President": the prefix is a word of its own
			if k := strings.IndexByte(t.text, '-'); k >= 2 && k <= 6 && k+1 < len(t.text) && hyphenPrefixes[strings.ToLower(t.text[:k])] {
				if r, _ := utf8.DecodeRuneInString(t.text[k+1:]); unicode.IsUpper(r) && !capitalPrefixedWord(t.text, k) {
					toks = append(toks, mk(text, start, start+k+1, tWord, t.para))
					toks[len(toks)-1].cap = false
					toks = append(toks, mk(text, start+k+1, j, tWord, false))
					i = j
					continue
				}
			}
			t.lower = strings.ToLower(t.text)
			toks = append(toks, t)
			i = j
		default:
			if r == utf8.RuneError && size <= 1 {
				size = 1
			}
			t := token{text: text[i : i+size], start: i, end: i + size, kind: tPunct, para: para}
			para = false
			if isQuoteRune(r) {
				t.kind = tQuote
				t.open = quoteOpens(text, i, size, r)
				if !t.open && (r == '\'' || r == '\u2019') && i > 0 {
					// "the envoys' tasks": an apostrophe after a word is no
					// quotation mark (single quotes never delimit statements here)
					if p, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(p) {
						t.kind = tPunct
						if n := len(toks); n > 0 && toks[n-1].cap && toks[n-1].end == i && (p == 's' || p == 'S') && i+size < len(text) && text[i+size] == ' ' && placeEndsAt(text, toks) {
							// "Belarus' Foreign Ministry": a possessive, read as "'s"
							t.lower = "'s"
							toks = append(toks, t)
							i += size
							continue
						}
					}
				}
			}
			t.lower = t.text
			toks = append(toks, t)
			i += size
		}
	}
	return toks
}

// placeEndsAt reports whether the last one or two words of toks name a
// place the gazetteer knows: "Belarus", "United States".
func placeEndsAt(text string, toks []token) bool {
	n := len(toks)
	if _, ok := gazetteer.LookupPlace(toks[n-1].text); ok {
		return true
	}
	if n < 2 || toks[n-2].kind != tWord || !toks[n-2].cap {
		return false
	}
	_, ok := gazetteer.LookupPlace(text[toks[n-2].start:toks[n-1].end])
	return ok
}

func mk(text string, s, e int, k tokKind, para bool) token {
	t := token{text: text[s:e], start: s, end: e, kind: k, para: para}
	t.cap = wordCap(t.text)
	t.lower = strings.ToLower(t.text)
	return t
}

// scanWord returns the end of the word starting at i: letters and digits
// joined by single hyphens, apostrophes, periods inside abbreviations
// ("U.S.", "a.m."), decimal points and thousands separators in numbers.
func scanWord(text string, i int) int {
	j := i
	first, _ := utf8.DecodeRuneInString(text[i:])
	digit := unicode.IsDigit(first)
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if isWordRune(r) {
			j += size
			continue
		}
		// joiners: need a word rune right after
		if r == '-' || r == '\'' || r == '\u2019' || r == '.' || r == ',' || r == ':' || r == '/' || r == '&' {
			k := j + size
			if k >= len(text) {
				break
			}
			n, _ := utf8.DecodeRuneInString(text[k:])
			if !isWordRune(n) {
				break
			}
			switch r {
			case ',', ':', '/':
				if !digit || !unicode.IsDigit(n) {
					return j
				}
			case '.':
				// inside abbreviations like U.S. or decimals, also after a
				// hyphen ("magnitude-5.5")
				if digit || j > i && text[j-1] >= '0' && text[j-1] <= '9' && unicode.IsDigit(n) {
					if !unicode.IsDigit(n) {
						return j
					}
				} else if !isInitialRun(text[i:j]) {
					return j
				}
			case '&':
				if !isUpperRun(text[i:j]) || !unicode.IsUpper(n) {
					return j
				}
			}
			j = k
			continue
		}
		break
	}
	// a trailing dot belongs to abbreviations: "U.S.", "Mr.", "W."
	if j < len(text) && text[j] == '.' && !digit {
		w := text[i:j]
		if strings.Contains(w, ".") || abbrevs[strings.ToLower(w)] || isInitial(w) {
			j++
			if strings.Contains(w, ".") && j+1 < len(text) && text[j] == '-' {
				// "U.S.-led", "U.N.-backed": the initials and the modifier
				// they open are one word, as "US-led" is
				if n, _ := utf8.DecodeRuneInString(text[j+1:]); unicode.IsLower(n) {
					k := j + 1
					for k < len(text) {
						r, size := utf8.DecodeRuneInString(text[k:])
						if !isWordRune(r) {
							break
						}
						k += size
					}
					j = k
				}
			}
		}
	}
	if digit {
		// "20%" keeps its sign
		if j < len(text) && text[j] == '%' {
			j++
		}
	}
	return j
}

// isInitialRun reports whether w is made of single letters joined by dots
// ("U", "U.S", "a.m").
func isInitialRun(w string) bool {
	n := 0
	for _, r := range w {
		if r == '.' {
			n = 0
			continue
		}
		n++
		if n > 1 || !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func isUpperRun(w string) bool {
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
	}
	return w != ""
}

func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// wordCap says whether a word is written as a name: an upper-case first
// letter, or a lower-case Arabic article joined to a capitalised name
// ("al-Hakim", "el-Sisi").
func wordCap(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) {
		return true
	}
	for _, p := range arabicArticles {
		if strings.HasPrefix(w, p) && len(w) > len(p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// arabicArticles are the Arabic article, as transliterations write it
// before a sun letter too, and the particles of descent, lower case before
// a capitalised name ("al-Hakim", "az-Zallaqa", "bin-Laden").
var arabicArticles = []string{"al-", "el-", "ad-", "adh-", "ar-", "as-", "an-", "ash-", "at-", "ath-", "az-", "bin-", "ibn-"}

// quoteOpens decides whether the quotation mark at text[i:i+size] opens a
// quotation. Curly marks say so themselves; straight ones and the
// ambiguous right single mark look at their neighbours.
func quoteOpens(text string, i, size int, r rune) bool {
	switch r {
	case '\u201c', '\u201e', '\u00ab', '\u2018':
		return true
	case '\u201d', '\u00bb':
		return false
	}
	var prev, next rune = ' ', ' '
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(text[:i])
	}
	if i+size < len(text) {
		next, _ = utf8.DecodeRuneInString(text[i+size:])
	}
	if unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '\u2014' || prev == '-' || i == 0 {
		return !unicode.IsSpace(next)
	}
	return false
}

// sentence is a run of tokens toks[lo:hi] and its byte span in the text.
type sentence struct {
	lo, hi     int
	start, end int
}

// splitSentences groups tokens into sentences. A paragraph start always
// opens a sentence; ".", "!" and "?" (with any closing quotes or brackets
// after them) end one when the next token looks like a sentence opening.
func splitSentences(toks []token) []sentence {
	var out []sentence
	lo := 0
	flush := func(hi int) {
		if hi > lo {
			out = append(out, sentence{lo: lo, hi: hi, start: toks[lo].start, end: toks[hi-1].end})
		}
		lo = hi
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.para && i > lo {
			flush(i)
		}
		end := false
		switch {
		case t.kind == tPunct && (t.text == "." || t.text == "!" || t.text == "?" || t.text == "\u2026"):
			end = true
		case t.kind == tWord && strings.HasSuffix(t.text, ".") && len(t.text) > 1:
			base := strings.ToLower(strings.TrimSuffix(t.text, "."))
			if noStop[base] || isInitial(strings.TrimSuffix(t.text, ".")) {
				break
			}
			if i+1 < len(toks) {
				n := &toks[i+1]
				if n.para || (n.kind == tWord && n.cap && starters[n.lower]) {
					end = true
				}
			}
		}
		if !end {
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j].para && ((toks[j].kind == tQuote && !toks[j].open) || toks[j].text == ")" || toks[j].text == "]") {
			j++
		}
		if j >= len(toks) {
			i = j - 1
			continue
		}
		n := &toks[j]
		if (t.text == "?" || t.text == "!") && j > i+1 && toks[j-1].kind == tQuote && attributionAt(toks, j) {
			continue // "“Can it be?” Ana Costa asked.": the question's speaker
		}
		if n.para || (n.kind == tWord && n.cap) || n.kind == tNum || (n.kind == tQuote && n.open) || n.text == "(" || n.text == "[" {
			flush(j)
			i = j - 1
		}
	}
	flush(len(toks))
	return out
}

// attributionAt reports a quotation's attribution opening at toks[j]: a
// name of a few capitalised words, then a verb of speech ("Ana Costa
// asked the court").
func attributionAt(toks []token, j int) bool {
	if toks[j].para || toks[j].kind != tWord || !toks[j].cap {
		return false
	}
	for k := j + 1; k < len(toks) && k < j+6 && !toks[k].para; k++ {
		t := &toks[k]
		if t.kind == tWord && !t.cap {
			return quoteVerbs[t.lower] || sayVerbs[t.lower]
		}
		if t.kind != tWord {
			return false
		}
	}
	return false
}

// wrapped reports whether the line break at text[i] only wraps a sentence:
// a single break, the line before not ending a sentence, the next line
// starting with a lower-case letter.
func wrapped(text string, i int) bool {
	j := i + 1
	for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r') {
		j++
	}
	if j >= len(text) || text[j] == '\n' {
		return false
	}
	n, _ := utf8.DecodeRuneInString(text[j:])
	if !unicode.IsLower(n) {
		return false
	}
	k := i - 1
	for k >= 0 && (text[k] == ' ' || text[k] == '\t' || text[k] == '\r') {
		k--
	}
	if k < 0 {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(text[:k+1])
	return !strings.ContainsRune(".!?:\"\u201d'\u2019", p)
}

// capitalPrefixedWord reports a capitalised prefix before a common word, one
// word of a name: "Anti-Corruption Court", "Anti-Narcotics Force"; but
// "Anti-Assad", "pro-Russian" keep the prefix apart from the name.
func capitalPrefixedWord(w string, k int) bool {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
		return false
	}
	rest := w[k+1:]
	if _, dem := gazetteer.Demonym(rest); dem {
		return false // "Anti-Russian"
	}
	return gazetteer.IsCommonWord(strings.ToLower(rest)) && !gazetteer.IsGivenName(rest) && !gazetteer.IsSurname(rest) && !knownWhole(rest)
}

// isArticle reports "the", "a" or "an", in any case.
func (t *token) isArticle() bool {
	return t.lower == "the" || t.lower == "a" || t.lower == "an"
}

// nextCap reports an upper-case letter after the spaces at text[j:].
func nextCap(text string, j int) bool {
	for j < len(text) && text[j] == ' ' {
		j++
	}
	if j >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsUpper(r)
}
