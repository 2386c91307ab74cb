package kg

import "errors"

// Error kinds that callers may act on and users may see. Stores and ingest
// wrap them with context (fmt.Errorf("sqlite: entity %q: %w", id,
// ErrNotFound)); test with errors.Is.
var (
	// ErrNotFound: the requested entity, article or relation does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid: the input was refused (bad kind, empty name, bad UTF-8,
	// oversized value, bad cursor, out-of-range limit).
	ErrInvalid = errors.New("invalid input")
	// ErrConflict: the write contradicts what is stored.
	ErrConflict = errors.New("conflict")
	// ErrUnavailable: the store cannot be reached or is shutting down.
	ErrUnavailable = errors.New("store unavailable")
)
