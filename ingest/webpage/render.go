package webpage

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// render turns markup into plain text: one paragraph per block element
// (paragraph, heading, list item, quote, table row, ...), paragraphs
// separated by a blank line, a <br> a line break, white space inside a
// paragraph collapsed to single spaces. Scripts, styles, forms, embedded
// frames and other elements that hold no prose are skipped. A paragraph
// that repeats the one before it (a pull quote, a caption twice) is
// dropped.
func render(root *html.Node) string {
	r := renderer{}
	r.walk(root)
	r.endParagraph()
	return strings.Join(r.paras, "\n\n")
}

type renderer struct {
	paras []string
	line  strings.Builder // the paragraph being written
	space bool            // a space is due before the next word
}

func (r *renderer) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
		if skipped[tag(n)] {
			return
		}
		if tag(n) == atom.Br {
			r.lineBreak()
			return
		}
	case html.DocumentNode:
	default:
		return
	}
	block := blocks[tag(n)]
	if block {
		r.endParagraph()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.walk(c)
		if tag(n) == atom.Tr && (tag(c) == atom.Td || tag(c) == atom.Th) {
			r.space = true // cells of a row read as one line
		}
	}
	if block {
		r.endParagraph()
	}
}

// tag is n's element, also for elements built without their atom (the
// readability extractor builds some).
func tag(n *html.Node) atom.Atom {
	if n.Type != html.ElementNode {
		return 0
	}
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

// text adds a run of text, collapsing white space.
func (r *renderer) text(s string) {
	if s == "" {
		return
	}
	if isSpace(s[0]) {
		r.space = true
	}
	for i, w := range strings.Fields(s) {
		if (i > 0 || r.space) && r.line.Len() > 0 && !endsWithNewline(&r.line) {
			r.line.WriteByte(' ')
		}
		r.line.WriteString(w)
		r.space = false
	}
	if isSpace(s[len(s)-1]) {
		r.space = true
	}
}

func (r *renderer) lineBreak() {
	if r.line.Len() > 0 && !endsWithNewline(&r.line) {
		r.line.WriteByte('\n')
	}
	r.space = false
}

func (r *renderer) endParagraph() {
	p := strings.TrimSpace(r.line.String())
	r.line.Reset()
	r.space = false
	if p == "" {
		return
	}
	if n := len(r.paras); n > 0 && r.paras[n-1] == p {
		return
	}
	r.paras = append(r.paras, p)
}

func endsWithNewline(b *strings.Builder) bool {
	s := b.String()
	return s != "" && s[len(s)-1] == '\n'
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// blocks are the elements that start and end a paragraph.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true,
	atom.Tr: true, atom.Table: true, atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true,
	atom.Dd: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true,
	atom.Footer: true, atom.Aside: true, atom.Figure: true, atom.Figcaption: true, atom.Hr: true,
	atom.Address: true, atom.Details: true, atom.Summary: true, atom.Body: true, atom.Center: true,
}

// skipped are the elements whose content is never article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Iframe: true,
	atom.Object: true, atom.Embed: true, atom.Svg: true, atom.Math: true, atom.Canvas: true,
	atom.Form: true, atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Input: true,
	atom.Head: true, atom.Nav: true, atom.Video: true, atom.Audio: true, atom.Map: true,
}
