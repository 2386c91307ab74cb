package ingest

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/newsgraph/newsgraph/kg"
)

// ExtractionDate is the date printed for a relation, "" for null: the day
// when the text fixed it, or when the article's own date stands for the
// statement (a statement with no date of its own is taken to be the news of
// the day); null for a month, a year or nothing, which the output format
// cannot express.
func ExtractionDate(r kg.Relation) string {
	if r.Date.IsZero() {
		return ""
	}
	switch r.Precision {
	case kg.PrecisionDay, kg.PrecisionArticle:
		return r.Date.Format(kg.DateLayout)
	}
	return ""
}

// ExtractionWriter writes subgraphs in the extraction output format that
// the evaluation scores (/work/shared/eval/FORMAT.md): for each article its
// source file, date, entities and its ATTACKED, SAID and MET relations (the
// structural PARTICIPATED_IN and OCCURRED_IN are left out). Each article is
// written as it is added; entities are sorted by ID and relations by where
// they were read, so the same subgraphs always print the same bytes.
type ExtractionWriter struct {
	w      io.Writer
	lines  bool // JSON Lines rather than one document
	n      int
	err    error
	closed bool
}

// NewExtractionWriter returns a writer of one JSON document,
// {"articles": [...]}, to w, with one article per line.
func NewExtractionWriter(w io.Writer) *ExtractionWriter {
	return &ExtractionWriter{w: w}
}

// NewExtractionLinesWriter returns a writer of JSON Lines to w: one article
// object per line.
func NewExtractionLinesWriter(w io.Writer) *ExtractionWriter {
	return &ExtractionWriter{w: w, lines: true}
}

// outArticle and the types below fix the field order of the output.
type outArticle struct {
	Source    string        `json:"source"`
	ArticleID string        `json:"article_id"`
	Date      *string       `json:"date"`
	Title     string        `json:"title,omitempty"`
	Entities  []outEntity   `json:"entities"`
	Relations []outRelation `json:"relations"`
}

type outEntity struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`
	Type     kg.Kind  `json:"type"`
	Aliases  []string `json:"aliases"`
	Mentions int      `json:"mentions"`
}

type outRelation struct {
	Type       kg.RelType   `json:"type"`
	Source     string       `json:"source"`
	Target     *string      `json:"target"`
	Quote      *string      `json:"quote"`
	Date       *string      `json:"date"`
	Precision  kg.Precision `json:"precision"`
	Status     kg.Status    `json:"status"`
	Evidence   string       `json:"evidence"`
	Confidence float64      `json:"confidence"`
	Start      int          `json:"start"`
	End        int          `json:"end"`
}

// Add writes one article's subgraph. name is where the article was read
// (a Doc's Name); its base name is the "source" the scorer pairs articles
// by. After a write error every call returns that error.
func (x *ExtractionWriter) Add(name string, sub kg.Subgraph) error {
	if x.err != nil {
		return x.err
	}
	if x.closed {
		return errors.New("extraction output: add after close")
	}
	var buf bytes.Buffer
	switch {
	case x.lines:
	case x.n == 0:
		buf.WriteString("{\"articles\": [\n")
	default:
		buf.WriteString(",\n")
	}
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(outputArticle(sub, name)); err != nil {
		return fmt.Errorf("extraction output %s: %w", name, err)
	}
	if !x.lines {
		buf.Truncate(buf.Len() - 1) // the separator goes before the next one
	}
	x.n++
	return x.write(buf.Bytes())
}

// Close ends the document (an empty one if nothing was added). It does not
// close the underlying writer.
func (x *ExtractionWriter) Close() error {
	if x.err != nil || x.closed {
		return x.err
	}
	x.closed = true
	if x.lines {
		return nil
	}
	if x.n == 0 {
		return x.write([]byte("{\"articles\": []}\n"))
	}
	return x.write([]byte("\n]}\n"))
}

func (x *ExtractionWriter) write(b []byte) error {
	if _, err := x.w.Write(b); err != nil {
		x.err = fmt.Errorf("extraction output: %w", err)
	}
	return x.err
}

// outputArticle shapes one subgraph for the output.
func outputArticle(sub kg.Subgraph, name string) outArticle {
	a := sub.Article
	src := a.Source
	if name != "" {
		src = baseName(name)
	}
	out := outArticle{
		Source:    src,
		ArticleID: a.ID,
		Date:      dateOrNull(a.Date.IsZero(), a.Date.Format(kg.DateLayout)),
		Title:     a.Title,
		Entities:  make([]outEntity, 0, len(sub.Entities)),
		Relations: []outRelation{},
	}
	for _, e := range sub.Entities {
		aliases := slices.Clone(e.Aliases)
		if aliases == nil {
			aliases = []string{}
		}
		slices.Sort(aliases)
		out.Entities = append(out.Entities, outEntity{ID: e.ID, Name: e.Name, Type: e.Kind, Aliases: aliases, Mentions: e.Mentions})
	}
	slices.SortFunc(out.Entities, func(p, q outEntity) int { return cmp.Compare(p.ID, q.ID) })
	for _, r := range sub.Relations {
		switch r.Type {
		case kg.Attacked, kg.Said, kg.Met:
		default:
			continue
		}
		d := ExtractionDate(r)
		out.Relations = append(out.Relations, outRelation{
			Type:       r.Type,
			Source:     r.Source,
			Target:     stringOrNull(r.Target),
			Quote:      stringOrNull(r.Quote),
			Date:       stringOrNull(d),
			Precision:  r.Precision,
			Status:     r.Status,
			Evidence:   r.Evidence.Sentence,
			Confidence: r.Confidence,
			Start:      r.Evidence.Start,
			End:        r.Evidence.End,
		})
	}
	slices.SortStableFunc(out.Relations, func(p, q outRelation) int {
		return cmp.Or(
			cmp.Compare(p.Start, q.Start),
			cmp.Compare(p.End, q.End),
			cmp.Compare(p.Type, q.Type),
			cmp.Compare(p.Source, q.Source),
			cmp.Compare(deref(p.Target), deref(q.Target)),
			cmp.Compare(deref(p.Quote), deref(q.Quote)),
		)
	})
	return out
}

func dateOrNull(zero bool, s string) *string {
	if zero {
		return nil
	}
	return &s
}

func stringOrNull(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
