package ingest

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/kg"
)

// Limits of the readers beyond kg's own.
const (
	// maxHeaderBytes is how much header a text file may carry on top of
	// kg.MaxArticleBytes of article.
	maxHeaderBytes = 64 << 10
	// maxHeadlineBytes is the longest first line taken for a headline when
	// no title is given; longer lines are body text.
	maxHeadlineBytes = 300
)

// ParseText parses one plain-text article. The text may start with white
// space and a byte-order mark, and with a header:
//
//   - a first token "date YYYY-MM-DD", on its own line or followed by the
//     body on the same line;
//   - or a block of "key value" or "key: value" lines (date, source, url,
//     title, license, author, ...) ended by a blank line. The block must
//     start with a known key; after that any "key:" line belongs to it.
//
// Article.Text is everything after the header, trimmed, with line endings
// made "\n": offsets point into it, so the headline stays part of it. The
// headline (Title, unless a title header names it) is the first line when a
// blank line follows it, it is at most 300 bytes and it does not end with a
// full stop. Dates are YYYY-MM-DD or RFC 3339 (a time of day after the date
// is dropped: dates are calendar days). A malformed date is an error; no
// date gives a zero Date. Source is the header's source or url, else the
// base name of name.
func ParseText(name string, data []byte) (kg.Article, error) {
	s, err := decodeText(name, data)
	if err != nil {
		return kg.Article{}, err
	}
	h, body, err := parseHeader(name, s)
	if err != nil {
		return kg.Article{}, err
	}
	a := kg.Article{Date: h.date, Title: h.title, URL: h.url, Source: sourceOf(h.source, h.url, name)}
	a.Text = strings.TrimSpace(body)
	if a.Title == "" {
		a.Title = headline(a.Text)
	}
	if err := finish(name, &a); err != nil {
		return kg.Article{}, err
	}
	return a, nil
}

// ParseArticle checks and normalises an article given whole, as the
// GraphQL mutation gives it, exactly as ParseText reads a text file: the
// same encoding checks, line endings and white space, and the same header
// (a "date YYYY-MM-DD" line or a header block), whose fields fill those a
// leaves empty. A text that is empty or only a header is refused, as from a
// file. Unlike a file's, the title is never guessed from the first line,
// and Source is only what a or the header says. name says which article
// it is in errors ("article 3").
func ParseArticle(name string, a kg.Article) (kg.Article, error) {
	s, err := decodeText(name, []byte(a.Text))
	if err != nil {
		return kg.Article{}, err
	}
	h, body, err := parseHeader(name, s)
	if err != nil {
		return kg.Article{}, err
	}
	out := kg.Article{
		Title:  strings.TrimSpace(first(a.Title, h.title)),
		Date:   a.Date,
		Source: strings.TrimSpace(first(a.Source, h.source, h.url)),
		URL:    strings.TrimSpace(first(a.URL, h.url)),
		Text:   strings.TrimSpace(body),
	}
	if out.Date.IsZero() {
		out.Date = h.date
	}
	if err := finish(name, &out); err != nil {
		return kg.Article{}, err
	}
	return out, nil
}

// decodeText checks that data is UTF-8 text and returns it without a
// byte-order mark, with "\r\n" and lone "\r" made "\n".
func decodeText(name string, data []byte) (string, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if err := checkUTF16(name, data); err != nil {
		return "", err
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", fmt.Errorf("read %s: not valid UTF-8 text (NUL byte at offset %d): %w", name, i, kg.ErrInvalid)
	}
	if !utf8.Valid(data) {
		return "", fmt.Errorf("read %s: not valid UTF-8 text (bad byte at offset %d; convert the file to UTF-8): %w", name, badUTF8(data), kg.ErrInvalid)
	}
	s := string(data)
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s, nil
}

// checkUTF16 refuses UTF-16 text, recognised by its byte-order mark, with a
// message that says what it is.
func checkUTF16(name string, data []byte) error {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return fmt.Errorf("read %s: not valid UTF-8 text (it is UTF-16; convert the file to UTF-8): %w", name, kg.ErrInvalid)
	}
	return nil
}

func badUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

type header struct {
	date                      time.Time
	title, source, url, dateS string
}

// headerKeys are the keys a header block may start with, and the fields
// they fill. Keys not listed are accepted, and ignored, inside a block when
// written "key: value".
var headerKeys = map[string]string{
	"date": "date", "published": "date", "pubdate": "date",
	"title": "title", "headline": "title",
	"source": "source", "publisher": "source",
	"url": "url", "link": "url",
	"license": "", "licence": "", "author": "", "authors": "", "byline": "",
	"language": "", "lang": "", "id": "", "section": "", "tags": "", "copyright": "",
}

// parseHeader splits s into its header and the rest.
func parseHeader(name, s string) (header, string, error) {
	var h header
	s = strings.TrimLeft(s, " \t\n\v\f\u00a0\u200b")
	rest := s
	inBlock := false
	for rest != "" {
		line, next, _ := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) == "" {
			if inBlock {
				return h, next, nil
			}
			break
		}
		key, val, colon, ok := splitHeaderLine(line)
		field, known := headerKeys[key]
		switch {
		case !ok:
			return h, rest, nil
		case !inBlock && !known:
			return h, rest, nil
		case inBlock && !known && !colon:
			return h, rest, nil
		}
		if field == "date" {
			tok, after := val, ""
			if i := strings.IndexAny(val, " \t"); i >= 0 {
				tok, after = val[:i], strings.TrimLeft(val[i:], " \t")
			}
			if !looksLikeDate(tok) {
				if colon {
					return h, "", fmt.Errorf("read %s: malformed date %q (want YYYY-MM-DD): %w", name, val, kg.ErrInvalid)
				}
				return h, rest, nil // "Date night ..." is prose
			}
			d, err := parseDate(tok)
			if err != nil {
				return h, "", fmt.Errorf("read %s: malformed date %q (want YYYY-MM-DD): %w", name, tok, kg.ErrInvalid)
			}
			if !h.date.IsZero() && !d.Equal(h.date) {
				return h, "", fmt.Errorf("read %s: two different dates %q and %q in the header: %w", name, h.dateS, tok, kg.ErrInvalid)
			}
			h.date, h.dateS = d, tok
			if after != "" && !timeOfDay.MatchString(after) {
				// "date 2024-01-02 The body starts here": no more header.
				return h, after + "\n" + next, nil
			}
		} else {
			// A block opened by a key without a colon takes a one-word value
			// ("source example.org"): "Source close to ..." is prose.
			if !inBlock && !colon && strings.ContainsAny(val, " \t") {
				return h, rest, nil
			}
			switch field {
			case "title":
				h.title = val
			case "source":
				h.source = val
			case "url":
				h.url = val
			}
		}
		inBlock = true
		rest = next
	}
	if inBlock {
		// The header ran to the end of the text: there is no body.
		return h, "", nil
	}
	return h, s, nil
}

// timeOfDay matches a time after a header date ("10:30", "10:30:00 UTC",
// "9:05 +01:00"), which is dropped: dates are calendar days.
var timeOfDay = regexp.MustCompile(`^\d{1,2}:\d{2}(:\d{2})?\s*([A-Z]{1,4}|[+-]\d{2}:?\d{2})?$`)

// splitHeaderLine reads "key value" or "key: value": a key of ASCII
// letters, digits, '-' and '_' at the start of the line.
func splitHeaderLine(line string) (key, val string, colon, ok bool) {
	line = strings.TrimRight(line, " \t")
	i := 0
	for i < len(line) {
		c := line[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || i > 0 && (c >= '0' && c <= '9' || c == '-' || c == '_') {
			i++
			continue
		}
		break
	}
	if i == 0 || i == len(line) {
		return "", "", false, false
	}
	key, rest := strings.ToLower(line[:i]), line[i:]
	if rest[0] == ':' {
		colon = true
		rest = rest[1:]
	}
	if rest == "" || rest[0] != ' ' && rest[0] != '\t' {
		return "", "", false, false
	}
	val = strings.TrimSpace(rest)
	if val == "" {
		return "", "", false, false
	}
	return key, val, colon, true
}

// looksLikeDate reports whether tok is meant as a date: four digits and a
// dash.
func looksLikeDate(tok string) bool {
	if len(tok) < 5 || tok[4] != '-' {
		return false
	}
	for _, c := range tok[:4] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// parseDate reads YYYY-MM-DD or an RFC 3339 time. A time's calendar date is
// taken in its own zone: the day the publisher printed.
func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse(kg.DateLayout, s); err == nil {
		return t, nil
	}
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q: want YYYY-MM-DD or RFC 3339", s)
}

// headline returns text's first line if it reads like a headline.
func headline(text string) string {
	line, rest, ok := strings.Cut(text, "\n")
	if !ok || len(line) > maxHeadlineBytes {
		return ""
	}
	next, _, _ := strings.Cut(rest, "\n")
	if strings.TrimSpace(next) != "" {
		return "" // a paragraph, not a headline
	}
	line = strings.TrimSpace(line)
	if strings.HasSuffix(line, ".") && !strings.HasSuffix(line, "...") {
		return ""
	}
	if h := strings.TrimLeft(line, "#"); h != line && strings.HasPrefix(h, " ") {
		line = strings.TrimSpace(h) // a Markdown heading
	}
	return line
}

// sourceOf picks an article's Source: what the input named, else the base
// name of where it was read.
func sourceOf(source, url, name string) string {
	switch {
	case source != "":
		return source
	case url != "":
		return url
	}
	return baseName(name)
}

// baseName is the file an input name points at: "dir/feed.jsonl:17" and
// "dir/feed.json:1 record 3" -> "feed.jsonl", "feed.json"; "-" and
// "stdin:3" -> "stdin".
func baseName(name string) string {
	if name == "-" || name == "" {
		return "stdin"
	}
	if i := strings.LastIndex(name, " record "); i > 0 && isDigits(name[i+len(" record "):]) {
		name = name[:i]
	}
	if i := strings.LastIndexByte(name, ':'); i > 0 && isDigits(name[i+1:]) {
		name = name[:i]
	}
	return filepath.Base(name)
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// finish checks a parsed article against kg's limits, naming the input, and
// mints its ID.
func finish(name string, a *kg.Article) error {
	if a.Text == "" {
		return fmt.Errorf("read %s: no article text: %w", name, kg.ErrInvalid)
	}
	if len(a.Text) > kg.MaxArticleBytes {
		return tooBig(name, int64(len(a.Text)))
	}
	if strings.IndexByte(a.Text, 0) >= 0 {
		return fmt.Errorf("read %s: not valid UTF-8 text (NUL in the text): %w", name, kg.ErrInvalid)
	}
	a.ID = kg.ArticleID(a.Text)
	if a.URL == "" && (strings.HasPrefix(a.Source, "http://") || strings.HasPrefix(a.Source, "https://")) {
		a.URL = a.Source
	}
	if err := a.Validate(); err != nil {
		return fmt.Errorf("read %s: %w", name, err)
	}
	return nil
}

// tooBig is the error for an article over kg.MaxArticleBytes.
func tooBig(name string, n int64) error {
	return fmt.Errorf("read %s: article is %s, the limit is %d MB: %w", name, megabytes(n), kg.MaxArticleBytes>>20, kg.ErrInvalid)
}

func megabytes(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
