package graph

// gqlgen finds ../gqlgen.yml by walking up from this directory and runs from
// the repository root, where the config's paths are relative to. fastlists
// then lets the graph slice's node and edge lists skip gqlgen's per-field
// machinery (graph/generated/fastlists.go).
//go:generate go tool gqlgen generate
//go:generate go run ./internal/fastlists generated/generated.go
