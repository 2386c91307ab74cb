package model

import "github.com/newsgraph/newsgraph/kg"

// Entity is the GraphQL Entity interface: one wrapper type per kind, each
// embedding the stored entity.
type Entity interface {
	IsEntity()
	// Base returns the stored entity behind the wrapper.
	Base() *kg.Entity
}

// Person is an entity of kind PERSON.
type Person struct{ kg.Entity }

// Place is an entity of kind PLACE.
type Place struct{ kg.Entity }

// Organization is an entity of kind ORGANIZATION.
type Organization struct{ kg.Entity }

// Event is an entity of kind EVENT.
type Event struct{ kg.Entity }

func (*Person) IsEntity()       {}
func (*Place) IsEntity()        {}
func (*Organization) IsEntity() {}
func (*Event) IsEntity()        {}

// Base returns the stored entity.
func (p *Person) Base() *kg.Entity { return &p.Entity }

// Base returns the stored entity.
func (p *Place) Base() *kg.Entity { return &p.Entity }

// Base returns the stored entity.
func (o *Organization) Base() *kg.Entity { return &o.Entity }

// Base returns the stored entity.
func (e *Event) Base() *kg.Entity { return &e.Entity }

// FromEntity wraps a stored entity in the type of its kind. An entity of an
// unknown kind (which Validate keeps out of the stores) shows as an
// Organization rather than failing the whole response.
func FromEntity(e kg.Entity) Entity {
	switch e.Kind {
	case kg.Person:
		return &Person{e}
	case kg.Place:
		return &Place{e}
	case kg.Event:
		return &Event{e}
	}
	return &Organization{e}
}
