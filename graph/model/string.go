package model

import (
	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/kg"
)

// String is the name gqlgen.yml binds the String scalar to: Go strings,
// read strictly. gqlgen's own String accepts numbers and booleans in
// variables ({"text": 5} became the text "5"); here only a JSON string
// is a String, as the GraphQL spec asks.
type String = string

// MarshalString writes a string as gqlgen does.
func MarshalString(s string) graphql.Marshaler { return graphql.MarshalString(s) }

// UnmarshalString accepts only a string; anything else is kg.ErrInvalid,
// reported as INVALID_INPUT.
func UnmarshalString(v any) (string, error) {
	if s, ok := v.(string); ok {
		return s, nil
	}
	return "", &ClientError{Kind: kg.ErrInvalid, Message: "want a string, got " + jsonKind(v)}
}

func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case map[string]any:
		return "an object"
	case []any:
		return "a list"
	}
	return "a number"
}
