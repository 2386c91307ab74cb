package graph

// gqlgen finds ../gqlgen.yml by walking up from this directory and runs from
// the repository root, where the config's paths are relative to.
//go:generate go tool gqlgen generate
