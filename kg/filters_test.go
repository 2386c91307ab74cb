package kg_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/kg"
)

func TestEntityFilterCheck(t *testing.T) {
	tests := []struct {
		name    string
		f       kg.EntityFilter
		wantErr error
	}{
		{"empty", kg.EntityFilter{}, nil},
		{"every order", kg.EntityFilter{Order: kg.ByLastSeen, Kinds: kg.Kinds}, nil},
		{"by name", kg.EntityFilter{Order: kg.ByName}, nil},
		{"by mentions", kg.EntityFilter{Order: kg.ByMentions}, nil},
		{"unknown kind", kg.EntityFilter{Kinds: []kg.Kind{kg.Person, "person"}}, kg.ErrInvalid},
		{"unknown order", kg.EntityFilter{Order: "name"}, kg.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantErr(t, tt.f.Check(), tt.wantErr)
		})
	}
}

func TestRelationFilterCheck(t *testing.T) {
	tests := []struct {
		name    string
		f       kg.RelationFilter
		wantErr error
	}{
		{"empty", kg.RelationFilter{}, nil},
		{"known types and statuses", kg.RelationFilter{Types: kg.RelTypes, Statuses: []kg.Status{kg.Happened, kg.Denied}}, nil},
		{"ends and text are not checked here", kg.RelationFilter{Entity: "x", Source: "y", Text: "%"}, nil},
		{"unknown type", kg.RelationFilter{Types: []kg.RelType{"LOVED"}}, kg.ErrInvalid},
		{"unknown status", kg.RelationFilter{Statuses: []kg.Status{"maybe"}}, kg.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantErr(t, tt.f.Check(), tt.wantErr)
		})
	}
}
