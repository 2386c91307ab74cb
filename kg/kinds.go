package kg

import (
	"fmt"
	"strings"
)

// Kind is the closed set of entity kinds. Store labels are taken from this
// set only, never from text.
type Kind string

// The entity kinds.
const (
	Person       Kind = "PERSON"
	Place        Kind = "PLACE"
	Organization Kind = "ORGANIZATION"
	Event        Kind = "EVENT"
)

// Kinds lists every entity kind in a stable order.
var Kinds = []Kind{Person, Place, Organization, Event}

// Valid reports whether k is one of the entity kinds.
func (k Kind) Valid() bool {
	switch k {
	case Person, Place, Organization, Event:
		return true
	}
	return false
}

// Label is the capitalised label stores use for the kind ("Person").
func (k Kind) Label() string {
	switch k {
	case Person:
		return "Person"
	case Place:
		return "Place"
	case Organization:
		return "Organization"
	case Event:
		return "Event"
	}
	return ""
}

// ParseKind reads a kind case-insensitively.
func ParseKind(s string) (Kind, error) {
	k := Kind(strings.ToUpper(strings.TrimSpace(s)))
	if !k.Valid() {
		return "", fmt.Errorf("kind %q: want one of PERSON, PLACE, ORGANIZATION, EVENT: %w", s, ErrInvalid)
	}
	return k, nil
}

// RelType is the closed set of relation types. Relationship types in Neo4j
// come from this set only.
type RelType string

// The relation types. ATTACKED, SAID and MET are read from text;
// PARTICIPATED_IN (entity -> event) and OCCURRED_IN (event -> place) tie
// events to who took part and where.
const (
	Attacked       RelType = "ATTACKED"
	Said           RelType = "SAID"
	Met            RelType = "MET"
	ParticipatedIn RelType = "PARTICIPATED_IN"
	OccurredIn     RelType = "OCCURRED_IN"
)

// RelTypes lists every relation type in a stable order.
var RelTypes = []RelType{Attacked, Said, Met, ParticipatedIn, OccurredIn}

// Valid reports whether t is one of the relation types.
func (t RelType) Valid() bool {
	switch t {
	case Attacked, Said, Met, ParticipatedIn, OccurredIn:
		return true
	}
	return false
}

// ParseRelType reads a relation type case-insensitively.
func ParseRelType(s string) (RelType, error) {
	t := RelType(strings.ToUpper(strings.TrimSpace(s)))
	if !t.Valid() {
		return "", fmt.Errorf("relation type %q: %w", s, ErrInvalid)
	}
	return t, nil
}

// Status says whether a relation happened or was only planned, proposed or
// denied.
type Status string

// The statuses.
const (
	Happened Status = "happened"
	Planned  Status = "planned"
	Proposed Status = "proposed"
	Denied   Status = "denied"
)

// Statuses lists every status in a stable order.
var Statuses = []Status{Happened, Planned, Proposed, Denied}

// Valid reports whether s is one of the statuses.
func (s Status) Valid() bool {
	switch s {
	case Happened, Planned, Proposed, Denied:
		return true
	}
	return false
}

// ParseStatus reads a status case-insensitively.
func ParseStatus(s string) (Status, error) {
	st := Status(strings.ToLower(strings.TrimSpace(s)))
	if !st.Valid() {
		return "", fmt.Errorf("status %q: want happened, planned, proposed or denied: %w", s, ErrInvalid)
	}
	return st, nil
}

// Precision says how much of a relation's date the text fixed.
type Precision string

// The precisions. PrecisionArticle means the text gave no date and the
// article's own date stands in; PrecisionNone means no date is known.
const (
	PrecisionDay     Precision = "day"
	PrecisionMonth   Precision = "month"
	PrecisionYear    Precision = "year"
	PrecisionArticle Precision = "article"
	PrecisionNone    Precision = "none"
)

// Valid reports whether p is one of the precisions.
func (p Precision) Valid() bool {
	switch p {
	case PrecisionDay, PrecisionMonth, PrecisionYear, PrecisionArticle, PrecisionNone:
		return true
	}
	return false
}
