package model

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/newsgraph/newsgraph/kg"
)

// Date is the name gqlgen.yml binds the Date scalar to; the scalar's Go type
// is time.Time, read and written by MarshalDate and UnmarshalDate.
type Date = time.Time

// MarshalDate writes a date as "YYYY-MM-DD"; the zero time (unknown) is
// null.
func MarshalDate(t time.Time) graphql.Marshaler {
	if t.IsZero() {
		return graphql.Null
	}
	return graphql.WriterFunc(func(w io.Writer) {
		io.WriteString(w, strconv.Quote(t.UTC().Format(kg.DateLayout)))
	})
}

// UnmarshalDate reads "YYYY-MM-DD" as UTC midnight. Anything else is
// kg.ErrInvalid, which the API reports as INVALID_INPUT.
func UnmarshalDate(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, &ClientError{Kind: kg.ErrInvalid, Message: fmt.Sprintf("date: want a YYYY-MM-DD string, got %s", jsonKind(v))}
	}
	t, err := time.Parse(kg.DateLayout, s)
	if err != nil {
		return time.Time{}, &ClientError{Kind: kg.ErrInvalid, Message: fmt.Sprintf("date %q: want YYYY-MM-DD", s)}
	}
	return t, nil
}
