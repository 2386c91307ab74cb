package kg

// The cursor of an item in each keyset-ordered list of the contract: its
// sort key and its ID. Both stores make their cursors with these, which is
// what lets a cursor mean the same whichever store made it.

// EntityCursor is e's cursor in Store.Entities listed in order o: the
// folded name for ByName, the last-seen date for ByLastSeen, else (ByMentions
// or no order) the mention count.
func EntityCursor(e Entity, o EntityOrder) Cursor {
	switch o {
	case ByName:
		return Cursor{Key: FoldName(e.Name), ID: e.ID}
	case ByLastSeen:
		return Cursor{Key: FormatDate(e.LastSeen), ID: e.ID}
	}
	return Cursor{Num: int64(e.Mentions), ID: e.ID}
}

// RelationCursor is r's cursor in Store.Relations: its date ("" if
// undated).
func RelationCursor(r Relation) Cursor { return Cursor{Key: FormatDate(r.Date), ID: r.ID} }

// ArticleCursor is a's cursor in Store.Articles: its date ("" if undated).
func ArticleCursor(a Article) Cursor { return Cursor{Key: FormatDate(a.Date), ID: a.ID} }
