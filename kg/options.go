package kg

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// DefaultPathLimit is how many paths Store.Paths returns with All when
// PathOptions.Limit is 0.
const DefaultPathLimit = 10

// Check is the contract's argument rule for Store.Neighborhood: Depth in
// 1..MaxDepth, Limit and FanOut in 0..MaxNeighborhood (0 meaning
// DefaultNodeLimit and DefaultFanOut), known relation types and statuses.
// It returns the
// node limit and fan-out to apply, or an error wrapping ErrInvalid.
func (o NeighborhoodOptions) Check() (limit, fanOut int, err error) {
	if o.Depth < 1 || o.Depth > MaxDepth {
		return 0, 0, fmt.Errorf("depth %d outside 1..%d: %w", o.Depth, MaxDepth, ErrInvalid)
	}
	limit, fanOut = o.Limit, o.FanOut
	if limit == 0 {
		limit = DefaultNodeLimit
	}
	if fanOut == 0 {
		fanOut = DefaultFanOut
	}
	if limit < 0 || limit > MaxNeighborhood || fanOut < 0 || fanOut > MaxNeighborhood {
		return 0, 0, fmt.Errorf("limit %d or fan-out %d outside 1..%d: %w", o.Limit, o.FanOut, MaxNeighborhood, ErrInvalid)
	}
	if err := checkRelTypes(o.Types); err != nil {
		return 0, 0, err
	}
	if err := checkStatuses(o.Statuses); err != nil {
		return 0, 0, err
	}
	return limit, fanOut, nil
}

// Check is the contract's argument rule for Store.Paths: MaxDepth in
// 1..MaxPathDepth, Limit in 0..MaxPageSize (0 meaning DefaultPathLimit),
// known relation types and statuses. It returns how many paths to return:
// the limit with All, else 1. Errors wrap ErrInvalid.
func (o PathOptions) Check() (limit int, err error) {
	if o.MaxDepth < 1 || o.MaxDepth > MaxPathDepth {
		return 0, fmt.Errorf("depth %d outside 1..%d: %w", o.MaxDepth, MaxPathDepth, ErrInvalid)
	}
	limit = o.Limit
	if limit == 0 {
		limit = DefaultPathLimit
	}
	if limit < 0 || limit > MaxPageSize {
		return 0, fmt.Errorf("limit %d outside 1..%d: %w", o.Limit, MaxPageSize, ErrInvalid)
	}
	if !o.All {
		limit = 1
	}
	if err := checkRelTypes(o.Types); err != nil {
		return 0, err
	}
	if err := checkStatuses(o.Statuses); err != nil {
		return 0, err
	}
	return limit, nil
}

// CheckSearch is the contract's argument rule for Store.Search: limit in
// 0..MaxPageSize (0 meaning DefaultPageSize), known kinds, text valid UTF-8
// of at most MaxSentenceBytes. It returns the folded text to match (empty
// when text has nothing to look for: the answer is then no hits, not an
// error) and the limit to apply. Errors wrap ErrInvalid.
func CheckSearch(text string, kinds []Kind, limit int) (q string, n int, err error) {
	n = limit
	if n == 0 {
		n = DefaultPageSize
	}
	if n < 0 || n > MaxPageSize {
		return "", 0, fmt.Errorf("limit %d outside 1..%d: %w", limit, MaxPageSize, ErrInvalid)
	}
	for _, k := range kinds {
		if !k.Valid() {
			return "", 0, fmt.Errorf("kind %q: %w", k, ErrInvalid)
		}
	}
	if !utf8.ValidString(text) || len(text) > MaxSentenceBytes {
		return "", 0, fmt.Errorf("text: %w", ErrInvalid)
	}
	q = FoldName(text)
	if strings.TrimSpace(text) == "" || q == "_" {
		return "", n, nil
	}
	return q, n, nil
}

func checkRelTypes(types []RelType) error {
	for _, t := range types {
		if !t.Valid() {
			return fmt.Errorf("relation type %q: %w", t, ErrInvalid)
		}
	}
	return nil
}

func checkStatuses(statuses []Status) error {
	for _, s := range statuses {
		if !s.Valid() {
			return fmt.Errorf("status %q: %w", s, ErrInvalid)
		}
	}
	return nil
}
