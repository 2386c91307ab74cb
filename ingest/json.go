package ingest

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/ingest/webpage"
	"github.com/newsgraph/newsgraph/kg"
)

// maxRecordBytes bounds one JSON record (one line of JSON Lines): an
// article at the limit with room for escapes.
const maxRecordBytes = 2*kg.MaxArticleBytes + maxHeaderBytes

// jsonArticle is the shape of an article record. Several names are accepted
// for most fields because feeds and scrapers disagree; the first non-empty
// one in the order below wins.
type jsonArticle struct {
	ID          json.RawMessage `json:"id"`
	Title       string          `json:"title"`
	Headline    string          `json:"headline"`
	Date        string          `json:"date"`
	Published   string          `json:"published"`
	PublishedAt string          `json:"published_at"`
	PublishedCC string          `json:"publishedAt"`
	URL         string          `json:"url"`
	Link        string          `json:"link"`
	Source      string          `json:"source"`
	Text        string          `json:"text"`
	Body        string          `json:"body"`
	Content     string          `json:"content"`
}

// ParseJSON parses articles written as JSON: one object, an array of
// objects, or JSON Lines (one object per line; pretty-printed objects one
// after another also work). It calls fn with a Doc for every record, in
// order, named "name:line" (the line the record starts on), or just name
// when data holds a single object. A record that cannot be read is a Doc
// with Err and the others survive; a syntax error inside an array or a
// pretty-printed object ends the file, as nothing after it can be trusted.
//
// Fields: text, body or content (required); title or headline; date,
// published, published_at or publishedAt (YYYY-MM-DD or RFC 3339); url or
// link; source (default: the base name of name). An id is accepted but not
// used: the article ID is always kg.ArticleID of the text, so the same
// article read from any input is one node.
//
// ParseJSON returns only the error fn returns.
func ParseJSON(name string, data []byte, fn func(Doc) error) error {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if err := checkUTF16(name, data); err != nil {
		return fn(Doc{Name: name, Err: err})
	}
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	if len(trimmed) == 0 {
		return fn(Doc{Name: name, Err: fmt.Errorf("read %s: no JSON records: %w", name, kg.ErrInvalid)})
	}
	base := baseName(name)
	lead := len(data) - len(trimmed)
	switch trimmed[0] {
	case '[':
		return parseArray(name, base, data, fn)
	case '{':
		return parseValues(name, base, data, lead, fn)
	}
	return fn(Doc{Name: name, Err: fmt.Errorf("read %s: not JSON (want an object, an array or JSON Lines): %w", name, kg.ErrInvalid)})
}

// parseArray reads "[{...}, {...}]". A record is named by the line it
// starts on, and also by its index in the array ("a.json:1 record 3") when
// it shares that line with another record.
func parseArray(name, base string, data []byte, fn func(Doc) error) error {
	lines := newLineCounter(data)
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil { // '['
		return fn(syntaxDoc(name, lines, err, 0))
	}
	prevLine := 0
	for i := 1; dec.More(); i++ {
		start := skipSep(data, int(dec.InputOffset()))
		line := lines.line(start)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			if line == prevLine {
				return fn(syntaxDoc(name, lines, err, i))
			}
			return fn(syntaxDoc(name, lines, err, 0))
		}
		at := name + ":" + strconv.Itoa(line)
		next := skipSep(data, int(dec.InputOffset()))
		if line == prevLine || next < len(data) && data[next] != ']' && lines.line(next) == line {
			at += " record " + strconv.Itoa(i)
		}
		prevLine = line
		if err := fn(record(at, base, raw, true)); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil { // ']'
		return fn(syntaxDoc(name, lines, err, 0))
	}
	if end := skipSep(data, int(dec.InputOffset())); end < len(data) {
		return fn(Doc{Name: name + ":" + strconv.Itoa(lines.line(end)), Err: fmt.Errorf("read %s:%d: data after the closing ]: %w", name, lines.line(end), kg.ErrInvalid)})
	}
	return nil
}

// parseValues reads one object, JSON Lines, or objects one after another.
func parseValues(name, base string, data []byte, lead int, fn func(Doc) error) error {
	lines := newLineCounter(data)
	type value struct {
		raw  json.RawMessage
		line int
	}
	var vals []value
	dec := json.NewDecoder(bytes.NewReader(data))
	var bad error
	for {
		start := skipSep(data, int(dec.InputOffset()))
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF {
			break
		}
		if err != nil {
			bad = err
			break
		}
		vals = append(vals, value{raw, lines.line(start)})
	}
	if bad == nil {
		if len(vals) == 1 {
			return fn(record(name, base, vals[0].raw, true))
		}
		for _, v := range vals {
			if err := fn(record(name+":"+strconv.Itoa(v.line), base, v.raw, true)); err != nil {
				return err
			}
		}
		return nil
	}
	// A syntax error. If the first line is a whole value on its own, this is
	// JSON Lines with a bad line: read it line by line so only that line is
	// lost. Otherwise it is one broken document.
	firstLine, _, _ := bytes.Cut(data[lead:], []byte("\n"))
	if !json.Valid(bytes.TrimSpace(firstLine)) {
		return fn(syntaxDoc(name, lines, bad, 0))
	}
	return readLines(name, base, bytes.NewReader(data), 1, fn)
}

// readLines reads JSON Lines from r, one record per non-blank line, each
// named "name:line", the first line being number start. A line longer than
// maxRecordBytes is skipped as one failed record.
func readLines(name, base string, r io.Reader, start int, fn func(Doc) error) error {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReaderSize(r, 64<<10)
	}
	for n := start; ; n++ {
		line, long, err := readLine(br, maxRecordBytes)
		if err != nil && err != io.EOF {
			return fn(Doc{Name: name + ":" + strconv.Itoa(n), Err: fmt.Errorf("read %s:%d: %w", name, n, err)})
		}
		at := name + ":" + strconv.Itoa(n)
		switch {
		case long:
			if ferr := fn(Doc{Name: at, Err: recordTooBig(at)}); ferr != nil {
				return ferr
			}
		case len(bytes.TrimSpace(bytes.TrimPrefix(line, []byte("\uFEFF")))) > 0:
			line = bytes.TrimPrefix(line, []byte("\uFEFF"))
			if ferr := fn(record(at, base, line, false)); ferr != nil {
				return ferr
			}
		}
		if err == io.EOF {
			return nil
		}
	}
}

func recordTooBig(at string) error {
	return fmt.Errorf("read %s: record is more than %s, too large for one article (the limit is %d MB): %w", at, megabytes(maxRecordBytes), kg.MaxArticleBytes>>20, kg.ErrInvalid)
}

// readLine reads one line without its "\n". If the line is longer than max
// it is consumed and long is true. err is io.EOF at the end of the input.
func readLine(br *bufio.Reader, max int) (line []byte, long bool, err error) {
	for {
		frag, e := br.ReadSlice('\n')
		if !long {
			if len(line)+len(frag) > max+1 {
				long, line = true, nil
			} else {
				line = append(line, frag...)
			}
		}
		switch {
		case e == nil:
			return bytes.TrimSuffix(line, []byte("\n")), long, nil
		case errors.Is(e, bufio.ErrBufferFull):
			continue
		case e == io.EOF:
			if len(line) == 0 && !long {
				return nil, false, io.EOF
			}
			return line, long, io.EOF
		default:
			return nil, false, e
		}
	}
}

// record turns one JSON value into a Doc named at. parsed says raw came
// from a JSON decoder, so its syntax is known to be good.
func record(at, base string, raw []byte, parsed bool) Doc {
	if !utf8.Valid(raw) {
		return Doc{Name: at, Err: fmt.Errorf("read %s: not valid UTF-8 text (bad byte at offset %d): %w", at, badUTF8(raw), kg.ErrInvalid)}
	}
	raw = bytes.TrimSpace(raw)
	if !parsed && !json.Valid(raw) {
		var v any
		err := json.Unmarshal(raw, &v)
		return Doc{Name: at, Err: fmt.Errorf("read %s: %s: %w", at, jsonProblem(err), kg.ErrInvalid)}
	}
	if raw[0] != '{' {
		return Doc{Name: at, Err: fmt.Errorf("read %s: want a JSON object, got %s: %w", at, jsonKind(raw), kg.ErrInvalid)}
	}
	var j jsonArticle
	if err := json.Unmarshal(raw, &j); err != nil {
		return Doc{Name: at, Err: fmt.Errorf("read %s: %s: %w", at, jsonProblem(err), kg.ErrInvalid)}
	}
	a := kg.Article{
		Title: strings.TrimSpace(first(j.Title, j.Headline)),
		URL:   strings.TrimSpace(first(j.URL, j.Link)),
	}
	a.Source = strings.TrimSpace(j.Source)
	if d := strings.TrimSpace(first(j.Date, j.Published, j.PublishedAt, j.PublishedCC)); d != "" {
		t, err := parseDate(d)
		if err != nil {
			return Doc{Name: at, Err: fmt.Errorf("read %s: malformed date %q (want YYYY-MM-DD or RFC 3339): %w", at, d, kg.ErrInvalid)}
		}
		a.Date = t
	}
	text := first(j.Text, j.Body, j.Content)
	if strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r\n", "\n")
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	a.Text = strings.TrimSpace(text)
	if a.Text == "" {
		return Doc{Name: at, Err: fmt.Errorf("read %s: no article text (want a text, body or content field): %w", at, kg.ErrInvalid)}
	}
	if webpage.IsHTML([]byte(a.Text)) {
		if err := fromHTML(at, &a, []byte(a.Text), "", parseURL(a.URL)); err != nil {
			return Doc{Name: at, Err: err}
		}
	}
	a.Source = sourceOf(a.Source, "", at)
	if err := finish(at, &a); err != nil {
		return Doc{Name: at, Err: err}
	}
	return Doc{Name: at, Article: a}
}

func first(s ...string) string {
	for _, v := range s {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

func jsonKind(raw []byte) string {
	if len(raw) == 0 {
		return "nothing"
	}
	switch raw[0] {
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// jsonProblem says what is wrong with a record in words that do not
// mention Go types.
func jsonProblem(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		return fmt.Sprintf("field %q: want a string, got %s", te.Field, te.Value)
	}
	var se *json.SyntaxError
	if errors.As(err, &se) {
		return "malformed JSON: " + se.Error()
	}
	return "malformed JSON: " + err.Error()
}

// syntaxDoc is the Doc for a syntax error that ends a JSON file; record,
// if not 0, is the index of the array record it is in.
func syntaxDoc(name string, lines *lineCounter, err error, record int) Doc {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		at := name + ":" + strconv.Itoa(lines.line(int(se.Offset)))
		if record > 0 {
			at += " record " + strconv.Itoa(record)
		}
		return Doc{Name: at, Err: fmt.Errorf("read %s: malformed JSON: %s: %w", at, se.Error(), kg.ErrInvalid)}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || err == io.EOF {
		return Doc{Name: name, Err: fmt.Errorf("read %s: malformed JSON: unexpected end of input: %w", name, kg.ErrInvalid)}
	}
	return Doc{Name: name, Err: fmt.Errorf("read %s: malformed JSON: %s: %w", name, err.Error(), kg.ErrInvalid)}
}

// skipSep returns the offset of the first byte at or after off that is not
// white space or a comma: where the next JSON value starts.
func skipSep(data []byte, off int) int {
	for off < len(data) {
		switch data[off] {
		case ' ', '\t', '\r', '\n', ',':
			off++
			continue
		}
		break
	}
	return off
}

// lineCounter maps byte offsets to 1-based line numbers; offsets must be
// asked for in increasing order for it to stay linear.
type lineCounter struct {
	data   []byte
	off, n int
}

func newLineCounter(data []byte) *lineCounter { return &lineCounter{data: data, n: 1} }

func (c *lineCounter) line(off int) int {
	if off > len(c.data) {
		off = len(c.data)
	}
	if off < c.off {
		c.off, c.n = 0, 1
	}
	c.n += bytes.Count(c.data[c.off:off], []byte("\n"))
	c.off = off
	return c.n
}
