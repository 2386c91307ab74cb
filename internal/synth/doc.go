// Package synth writes synthetic news articles for benchmarks and load
// tests. Real corpora are small, licensed and full of names the extractor
// must not be tuned to; a benchmark of ingest throughput or of graph queries
// needs thousands of articles whose entities recur across articles (so the
// graph has hubs, neighbourhoods and long paths) while most names are rare
// (so the graph is large). synth draws people, places and organizations from
// large combinatorial pools with a skewed popularity, and writes them into the
// sentence patterns the rule extractor reads: attacks in active and passive
// voice, quotes in every common form, meetings that happened, are planned,
// were offered or refused, and dates relative to the article's date.
//
// Everything is deterministic from a seed, and article i depends only on the
// seed and i, so a prefix of a corpus is the same whatever its length.
//
// The pools are general knowledge: real countries and cities, common given
// names, surnames built from syllables. Nothing is taken from the evaluation
// articles.
package synth
