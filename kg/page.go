package kg

// Decode validates p and decodes its cursors: after and before are nil
// when p has none. Errors wrap ErrInvalid. Every store starts a keyset page
// with it, so a page request means the same everywhere.
func (p Page) Decode() (after, before *Cursor, err error) {
	if err := p.Validate(); err != nil {
		return nil, nil, err
	}
	if p.After != "" {
		c, err := DecodeCursor(p.After)
		if err != nil {
			return nil, nil, err
		}
		after = &c
	}
	if p.Before != "" {
		c, err := DecodeCursor(p.Before)
		if err != nil {
			return nil, nil, err
		}
		before = &c
	}
	return after, before, nil
}

// Neighbours is the contract's rule for a keyset page's HasPreviousPage
// and HasNextPage. more says whether the list held an item beyond the page
// in the direction it was read (a store asks for Size()+1 items). The flag
// on the other side, and the one on the reading side when more is false,
// depend on the whole list around the cursors: notAfter reports whether
// some item sorts at or before the After cursor, notBefore whether some
// item sorts at or after the Before cursor. Each is called only when its
// cursor is given and the flag is not known yet, and in one snapshot with
// the page if the store wants the answer consistent.
func (p Page) Neighbours(more bool, notAfter, notBefore func() (bool, error)) (hasPrevious, hasNext bool, err error) {
	if p.Backward() {
		hasPrevious = more
		if !more && p.After != "" {
			if hasPrevious, err = notAfter(); err != nil {
				return false, false, err
			}
		}
		if p.Before != "" {
			if hasNext, err = notBefore(); err != nil {
				return false, false, err
			}
		}
		return hasPrevious, hasNext, nil
	}
	hasNext = more
	if !more && p.Before != "" {
		if hasNext, err = notBefore(); err != nil {
			return false, false, err
		}
	}
	if p.After != "" {
		if hasPrevious, err = notAfter(); err != nil {
			return false, false, err
		}
	}
	return hasPrevious, hasNext, nil
}

// NewPageInfo is the PageInfo of a page whose items have cursors, in list
// order: the start and end cursors are its first and last (empty for an
// empty page).
func NewPageInfo(cursors []string, hasPrevious, hasNext bool) PageInfo {
	info := PageInfo{HasPreviousPage: hasPrevious, HasNextPage: hasNext}
	if len(cursors) > 0 {
		info.StartCursor, info.EndCursor = cursors[0], cursors[len(cursors)-1]
	}
	return info
}
