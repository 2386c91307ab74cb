package kg

import (
	"fmt"
	"time"
	"unicode/utf8"
)

// DateLayout is how dates are written in stores, cursors and the API. All
// dates in the model are calendar dates: UTC midnight, the zero time meaning
// unknown.
const DateLayout = "2006-01-02"

// Limits on what enters the graph. Values beyond them are refused with
// ErrInvalid rather than truncated, so nothing is silently lost.
const (
	MaxNameBytes     = 512
	MaxAliases       = 256
	MaxSentenceBytes = 16 << 10
	MaxQuoteBytes    = 16 << 10
	MaxTitleBytes    = 4 << 10
	MaxArticleBytes  = 8 << 20
	MaxURLBytes      = 4 << 10
)

// Entity is one real-world person, place, organization or event.
type Entity struct {
	ID      string   // kind-prefixed slug of the canonical name, see EntityID
	Kind    Kind     // PERSON, PLACE, ORGANIZATION or EVENT
	Name    string   // canonical name
	Aliases []string // other surface forms resolved to this entity, sorted
	// Mentions counts how often the entity is named, over all articles.
	Mentions int
	// FirstSeen and LastSeen are the dates of the earliest and latest
	// articles that name the entity.
	FirstSeen, LastSeen time.Time

	// Country is a place's country (its canonical name), empty if unknown or
	// if the place is a country.
	Country string
	// StartDate and EndDate bound an event in time; zero if unknown.
	StartDate, EndDate time.Time
	// PlaceID is the entity ID of the place an event happened in.
	PlaceID string
}

// Validate checks an entity before it is written.
func (e *Entity) Validate() error {
	if !e.Kind.Valid() {
		return fmt.Errorf("entity %q: kind %q: %w", e.ID, e.Kind, ErrInvalid)
	}
	if err := checkText("entity name", e.Name, MaxNameBytes, true); err != nil {
		return err
	}
	if e.ID == "" || !utf8.ValidString(e.ID) || len(e.ID) > MaxNameBytes+32 {
		return fmt.Errorf("entity %q: bad id %q: %w", e.Name, e.ID, ErrInvalid)
	}
	if len(e.Aliases) > MaxAliases {
		return fmt.Errorf("entity %q: %d aliases, at most %d: %w", e.ID, len(e.Aliases), MaxAliases, ErrInvalid)
	}
	for _, a := range e.Aliases {
		if err := checkText("alias of "+e.ID, a, MaxNameBytes, true); err != nil {
			return err
		}
	}
	if e.Mentions < 0 {
		return fmt.Errorf("entity %q: negative mention count: %w", e.ID, ErrInvalid)
	}
	if err := checkText("country of "+e.ID, e.Country, MaxNameBytes, false); err != nil {
		return err
	}
	return nil
}

// Evidence says where a relation was read: the article, the sentence and its
// byte offsets in the article's text.
type Evidence struct {
	ArticleID string
	Sentence  string
	Start     int // byte offset of the sentence in Article.Text
	End       int // byte offset just past the sentence
}

// Relation is one statement read from one sentence: who attacked, said or
// met whom, when, with what status. Target is empty for a SAID with no
// addressee or topic entity, and for an ATTACKED whose target the text
// does not name ("gunmen shelled two fuel depots").
type Relation struct {
	ID         string
	Type       RelType
	Source     string // entity ID
	Target     string // entity ID, or "" (SAID and ATTACKED only)
	Date       time.Time
	Precision  Precision
	Status     Status
	Quote      string  // SAID: the words attributed to Source
	Confidence float64 // 0..1, the extractor's belief in the statement
	Evidence   Evidence
}

// Validate checks a relation before it is written.
func (r *Relation) Validate() error {
	if !r.Type.Valid() {
		return fmt.Errorf("relation %q: type %q: %w", r.ID, r.Type, ErrInvalid)
	}
	if r.ID == "" {
		return fmt.Errorf("relation of type %s: empty id: %w", r.Type, ErrInvalid)
	}
	if r.Source == "" {
		return fmt.Errorf("relation %q: empty source: %w", r.ID, ErrInvalid)
	}
	if r.Target == "" && r.Type != Said && r.Type != Attacked {
		return fmt.Errorf("relation %q: %s needs a target: %w", r.ID, r.Type, ErrInvalid)
	}
	if !r.Status.Valid() {
		return fmt.Errorf("relation %q: status %q: %w", r.ID, r.Status, ErrInvalid)
	}
	if !r.Precision.Valid() {
		return fmt.Errorf("relation %q: precision %q: %w", r.ID, r.Precision, ErrInvalid)
	}
	if r.Confidence < 0 || r.Confidence > 1 || r.Confidence != r.Confidence {
		return fmt.Errorf("relation %q: confidence %v outside 0..1: %w", r.ID, r.Confidence, ErrInvalid)
	}
	if err := checkText("quote of "+r.ID, r.Quote, MaxQuoteBytes, false); err != nil {
		return err
	}
	if err := checkText("evidence of "+r.ID, r.Evidence.Sentence, MaxSentenceBytes, false); err != nil {
		return err
	}
	if r.Evidence.ArticleID == "" {
		return fmt.Errorf("relation %q: evidence without article: %w", r.ID, ErrInvalid)
	}
	if r.Evidence.Start < 0 || r.Evidence.End < r.Evidence.Start {
		return fmt.Errorf("relation %q: evidence offsets %d..%d: %w", r.ID, r.Evidence.Start, r.Evidence.End, ErrInvalid)
	}
	return nil
}

// Article is one news article as ingested.
type Article struct {
	ID     string    // see ArticleID
	Title  string    // headline, may be empty
	Date   time.Time // publication date, zero if unknown
	Source string    // where it was read from: file name, feed or publisher
	URL    string
	Text   string // the body, the text every offset points into
}

// Validate checks an article before it is written.
func (a *Article) Validate() error {
	if a.ID == "" {
		return fmt.Errorf("article: empty id: %w", ErrInvalid)
	}
	if err := checkText("article "+a.ID+" title", a.Title, MaxTitleBytes, false); err != nil {
		return err
	}
	if err := checkText("article "+a.ID+" text", a.Text, MaxArticleBytes, true); err != nil {
		return err
	}
	if err := checkText("article "+a.ID+" source", a.Source, MaxURLBytes, false); err != nil {
		return err
	}
	return checkText("article "+a.ID+" url", a.URL, MaxURLBytes, false)
}

// Mention is one place an entity is named in an article.
type Mention struct {
	EntityID string
	Text     string // the surface form as written
	Start    int    // byte offsets in Article.Text
	End      int
}

// Subgraph is everything ingest read from one article: the unit stores
// upsert atomically.
type Subgraph struct {
	Article Article
	// Entities are the entities as seen in this article: Mentions counts the
	// mentions in this article and Aliases the forms used in it. FirstSeen
	// and LastSeen are ignored (the article's date stands for both).
	Entities  []Entity
	Mentions  []Mention
	Relations []Relation
}

// Validate checks the article, every entity and relation, and that every
// relation and mention points at an entity of the subgraph and at this
// article.
func (s *Subgraph) Validate() error {
	if err := s.Article.Validate(); err != nil {
		return err
	}
	ids := make(map[string]bool, len(s.Entities))
	for i := range s.Entities {
		e := &s.Entities[i]
		if err := e.Validate(); err != nil {
			return fmt.Errorf("article %s: %w", s.Article.ID, err)
		}
		if ids[e.ID] {
			return fmt.Errorf("article %s: entity %q listed twice: %w", s.Article.ID, e.ID, ErrInvalid)
		}
		ids[e.ID] = true
	}
	for i := range s.Mentions {
		m := &s.Mentions[i]
		if !ids[m.EntityID] {
			return fmt.Errorf("article %s: mention of unknown entity %q: %w", s.Article.ID, m.EntityID, ErrInvalid)
		}
	}
	rels := make(map[string]bool, len(s.Relations))
	for i := range s.Relations {
		r := &s.Relations[i]
		if err := r.Validate(); err != nil {
			return fmt.Errorf("article %s: %w", s.Article.ID, err)
		}
		if rels[r.ID] {
			return fmt.Errorf("article %s: relation %q listed twice: %w", s.Article.ID, r.ID, ErrInvalid)
		}
		rels[r.ID] = true
		if !ids[r.Source] || (r.Target != "" && !ids[r.Target]) {
			return fmt.Errorf("article %s: relation %q points outside the article's entities: %w", s.Article.ID, r.ID, ErrInvalid)
		}
		if r.Evidence.ArticleID != s.Article.ID {
			return fmt.Errorf("article %s: relation %q cites article %q: %w", s.Article.ID, r.ID, r.Evidence.ArticleID, ErrInvalid)
		}
	}
	return nil
}

func checkText(what, s string, max int, required bool) error {
	switch {
	case required && s == "":
		return fmt.Errorf("%s: empty: %w", what, ErrInvalid)
	case len(s) > max:
		return fmt.Errorf("%s: %d bytes, at most %d: %w", what, len(s), max, ErrInvalid)
	case !utf8.ValidString(s):
		return fmt.Errorf("%s: not valid UTF-8: %w", what, ErrInvalid)
	}
	return nil
}
