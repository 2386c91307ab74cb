// Package generated is gqlgen's executable schema for schema.graphqls:
// field execution, argument parsing, marshaling and the complexity root.
// It is rebuilt by `go generate ./...` and never edited; it lives apart
// from package graph only because gqlgen names its config type Config.
package generated
