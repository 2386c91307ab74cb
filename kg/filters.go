package kg

import "fmt"

// Check is the contract's rule for an entity filter and order: kinds
// outside Kinds and an order other than ByMentions, ByName, ByLastSeen or
// "" (ByMentions) are ErrInvalid.
func (f EntityFilter) Check() error {
	for _, k := range f.Kinds {
		if !k.Valid() {
			return fmt.Errorf("kind %q: %w", k, ErrInvalid)
		}
	}
	switch f.Order {
	case ByMentions, ByName, ByLastSeen, "":
		return nil
	}
	return fmt.Errorf("entity order %q: %w", f.Order, ErrInvalid)
}

// Check is the contract's rule for a relation filter: types outside
// RelTypes and statuses outside the Status enum are ErrInvalid.
func (f RelationFilter) Check() error {
	if err := checkRelTypes(f.Types); err != nil {
		return err
	}
	return checkStatuses(f.Statuses)
}
