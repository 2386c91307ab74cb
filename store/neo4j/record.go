package neo4j

import (
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/kg"
)

// entityProj projects an entity node onto the map entityOf reads; the
// internal search key stays on the server.
const entityProj = " {.id, .kind, .name, .aliases, .mentions, .first_seen, .last_seen, .country, .start_date, .end_date, .place_id}"

// briefEntityProj projects an entity node onto what entityOf reads of a
// kg.BriefEntity (kg.NeighborhoodOptions.BriefNodes).
const briefEntityProj = " {.id, .kind, .name, .mentions, .first_seen, .last_seen}"

// relProj projects relationship r onto the map relationOf reads. A SAID
// whose end is an Article has no target entity.
func relProj(r string) string {
	return r + " {.id, .date, .precision, .status, .quote, .confidence, .article_id, .sentence, .start, .end, type: type(" + r + "), source: startNode(" + r + ").id, " +
		"target: CASE WHEN endNode(" + r + "):Article THEN '' ELSE endNode(" + r + ").id END}"
}

// articleProj projects an article node onto the map articleOf reads.
const articleProj = " {.id, .title, .date, .source, .url, .text}"

// props reads typed values out of a map returned by the server, keeping the
// first conversion error.
type props struct {
	m   map[string]any
	err error
}

func asProps(v any) (*props, error) {
	m, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("record: want a map, got %T", v)
	}
	return &props{m: m}, nil
}

func (p *props) str(k string) string {
	switch v := p.m[k].(type) {
	case nil:
		return ""
	case string:
		return v
	default:
		p.setErr(fmt.Errorf("record: %s: want a string, got %T", k, v))
		return ""
	}
}

func (p *props) int(k string) int {
	switch v := p.m[k].(type) {
	case nil:
		return 0
	case int64:
		return int(v)
	case float64:
		return int(v)
	default:
		p.setErr(fmt.Errorf("record: %s: want an integer, got %T", k, v))
		return 0
	}
}

func (p *props) float(k string) float64 {
	switch v := p.m[k].(type) {
	case nil:
		return 0
	case float64:
		return v
	case int64:
		return float64(v)
	default:
		p.setErr(fmt.Errorf("record: %s: want a number, got %T", k, v))
		return 0
	}
}

func (p *props) strs(k string) []string {
	return p.strList(k, p.m[k])
}

func (p *props) strList(k string, v any) []string {
	switch v := v.(type) {
	case nil:
		return nil
	case []string:
		return v
	case []any:
		if len(v) == 0 {
			return nil
		}
		out := make([]string, 0, len(v))
		for _, x := range v {
			s, ok := x.(string)
			if !ok {
				p.setErr(fmt.Errorf("record: %s: want strings, got %T", k, x))
				return nil
			}
			out = append(out, s)
		}
		return out
	default:
		p.setErr(fmt.Errorf("record: %s: want a list, got %T", k, v))
		return nil
	}
}

func (p *props) date(k string) time.Time {
	t, err := kg.ParseDate(p.str(k))
	if err != nil {
		p.setErr(fmt.Errorf("stored %w", err))
	}
	return t
}

func (p *props) setErr(err error) {
	if p.err == nil {
		p.err = err
	}
}

// entityOf maps a projected entity (entityProj) to a kg.Entity.
func entityOf(v any) (kg.Entity, error) {
	p, err := asProps(v)
	if err != nil {
		return kg.Entity{}, err
	}
	e := kg.Entity{
		ID:        p.str("id"),
		Kind:      kg.Kind(p.str("kind")),
		Name:      p.str("name"),
		Aliases:   p.strs("aliases"),
		Mentions:  p.int("mentions"),
		FirstSeen: p.date("first_seen"),
		LastSeen:  p.date("last_seen"),
		Country:   p.str("country"),
		StartDate: p.date("start_date"),
		EndDate:   p.date("end_date"),
		PlaceID:   p.str("place_id"),
	}
	return e, p.err
}

// relationOf maps a projected relationship (relProj) to a kg.Relation.
func relationOf(v any) (kg.Relation, error) {
	p, err := asProps(v)
	if err != nil {
		return kg.Relation{}, err
	}
	r := kg.Relation{
		ID:         p.str("id"),
		Type:       kg.RelType(p.str("type")),
		Source:     p.str("source"),
		Target:     p.str("target"),
		Date:       p.date("date"),
		Precision:  kg.Precision(p.str("precision")),
		Status:     kg.Status(p.str("status")),
		Quote:      p.str("quote"),
		Confidence: p.float("confidence"),
		Evidence: kg.Evidence{
			ArticleID: p.str("article_id"),
			Sentence:  p.str("sentence"),
			Start:     p.int("start"),
			End:       p.int("end"),
		},
	}
	return r, p.err
}

// articleOf maps a projected article (articleProj) to a kg.Article.
func articleOf(v any) (kg.Article, error) {
	p, err := asProps(v)
	if err != nil {
		return kg.Article{}, err
	}
	a := kg.Article{
		ID:     p.str("id"),
		Title:  p.str("title"),
		Date:   p.date("date"),
		Source: p.str("source"),
		URL:    p.str("url"),
		Text:   p.str("text"),
	}
	return a, p.err
}

// Row maps for writes.

func articleRow(a *kg.Article) map[string]any {
	return map[string]any{
		"id": a.ID, "title": a.Title, "date": kg.FormatDate(a.Date),
		"source": a.Source, "url": a.URL, "text": a.Text,
		"ord": ordNewest(kg.FormatDate(a.Date), a.ID),
	}
}

func entityRow(e *kg.Entity) map[string]any {
	return map[string]any{
		"id": e.ID, "kind": string(e.Kind), "name": e.Name, "sort_name": kg.FoldName(e.Name),
		"ord_name": ordName(kg.FoldName(e.Name), e.ID),
		"country":  e.Country, "start_date": kg.FormatDate(e.StartDate), "end_date": kg.FormatDate(e.EndDate),
		"place_id": e.PlaceID,
	}
}

func relationRow(r *kg.Relation) map[string]any {
	ord := ordOldest(kg.FormatDate(r.Date), r.ID)
	row := map[string]any{
		"source":     r.Source,
		"target":     r.Target,
		"article_id": r.Evidence.ArticleID,
		"props": map[string]any{
			"id": r.ID, "date": kg.FormatDate(r.Date), "precision": string(r.Precision),
			"status": string(r.Status), "quote": r.Quote, "confidence": r.Confidence,
			"article_id": r.Evidence.ArticleID, "sentence": r.Evidence.Sentence,
			"start": int64(r.Evidence.Start), "end": int64(r.Evidence.End),
			"ord": ord,
			// An end's relations in relation order (endOrd), for a page
			// of one entity's relations that is an index seek.
			"src_ord": endOrd(r.Source, ord),
			// What evidence search matches substrings in.
			"fold_sentence": kg.FoldName(r.Evidence.Sentence),
			// What RelationFilter.Text matches in, lowered by Go: Cypher's
			// toLower follows Java, which lowers some letters (final
			// sigma, dotted capital I) differently.
			"lower_quote":    strings.ToLower(r.Quote),
			"lower_sentence": strings.ToLower(r.Evidence.Sentence),
		},
	}
	if r.Target != "" {
		// A SAID without target ends at its article, which has no page
		// of relations.
		row["props"].(map[string]any)["dst_ord"] = endOrd(r.Target, ord)
	}
	return row
}

// endOrd is a relation's order key (ord) behind the ID of one of its
// ends: src_ord and dst_ord, range indexed per type, list an entity's
// relations as source and as target in relation order, so that the first
// page of them is a seek of a few entries per type and end, however many
// relations the entity has.
func endOrd(end, ord string) string { return end + "\x00" + ord }

// searchKey is what EntityFilter.Name and Search match substrings in: the
// folded name and folded aliases, each between newlines so that a folded
// query (which has none) cannot match across two of them.
func searchKey(sortName string, foldedAliases []string) string {
	var b strings.Builder
	b.WriteString("\n")
	b.WriteString(sortName)
	b.WriteString("\n")
	for _, a := range foldedAliases {
		b.WriteString(a)
		b.WriteString("\n")
	}
	return b.String()
}

// spansOf rebuilds an entity's mentions in one article from the parallel
// lists MENTIONS holds; nil when there are none.
func spansOf(entityID string, starts, ends, texts any) ([]kg.Mention, error) {
	ss, _ := starts.([]any)
	es, _ := ends.([]any)
	ts, _ := texts.([]any)
	if len(ss) != len(es) || len(ss) != len(ts) {
		return nil, fmt.Errorf("record: entity %q: mention spans of unequal lengths", entityID)
	}
	if len(ss) == 0 {
		return nil, nil
	}
	out := make([]kg.Mention, len(ss))
	for i := range ss {
		start, ok1 := ss[i].(int64)
		end, ok2 := es[i].(int64)
		text, ok3 := ts[i].(string)
		if !ok1 || !ok2 || !ok3 {
			return nil, fmt.Errorf("record: entity %q: malformed mention span %d", entityID, i)
		}
		out[i] = kg.Mention{EntityID: entityID, Text: text, Start: int(start), End: int(end)}
	}
	return out, nil
}
