package kg

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
)

// Cursor is the position of an item in a keyset-ordered list: the value of
// the sort key and the ID that breaks ties. Both stores encode it the same
// way, so a cursor means the same thing whichever store made it.
type Cursor struct {
	Key string `json:"k,omitempty"` // sort key as text (name, date)
	Num int64  `json:"n,omitempty"` // sort key as number (mentions)
	ID  string `json:"i"`
}

// Encode turns the cursor into an opaque string.
func (c Cursor) Encode() string {
	b, _ := json.Marshal(c) // a struct of strings and ints always marshals
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeCursor reads a cursor made by Encode; a malformed one is ErrInvalid.
func DecodeCursor(s string) (Cursor, error) {
	var c Cursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil || c.ID == "" {
		return Cursor{}, fmt.Errorf("cursor %q: malformed: %w", s, ErrInvalid)
	}
	return c, nil
}

// Validate checks a page request.
func (p Page) Validate() error {
	switch {
	case p.First < 0 || p.Last < 0:
		return fmt.Errorf("page: negative size: %w", ErrInvalid)
	case p.First > MaxPageSize || p.Last > MaxPageSize:
		return fmt.Errorf("page: size above %d: %w", MaxPageSize, ErrInvalid)
	case p.First > 0 && p.Last > 0:
		return fmt.Errorf("page: first and last together: %w", ErrInvalid)
	case p.After != "" && p.Before != "":
		return fmt.Errorf("page: after and before together: %w", ErrInvalid)
	}
	return nil
}

// Backward reports whether the page is asked for from the end (Last/Before).
func (p Page) Backward() bool { return p.Last > 0 || (p.First == 0 && p.Before != "") }

// Size is the number of items asked for, DefaultPageSize if none was given.
func (p Page) Size() int {
	switch {
	case p.First > 0:
		return p.First
	case p.Last > 0:
		return p.Last
	}
	return DefaultPageSize
}
