package kg

import (
	"fmt"
	"time"
)

// FormatDate writes a model date the way stores and cursors keep it:
// DateLayout in UTC, "" for the zero time (unknown). Both stores write with
// it so that a date compares and sorts the same in each, and a cursor's key
// means the same whichever store made it.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(DateLayout)
}

// ParseDate reads what FormatDate wrote: "" is the zero time.
func ParseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(DateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: %w", s, err)
	}
	return t, nil
}
