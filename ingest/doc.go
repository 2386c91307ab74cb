// Package ingest turns inputs into articles and articles into stored
// subgraphs. It sits between the files a user has and the graph: whatever
// the input looks like, what reaches an [Extractor] is a clean [kg.Article]
// (valid UTF-8, "\n" line endings, trimmed, within kg's limits, its ID the
// hash of its text), and whatever goes wrong is reported per article, naming
// the file and line, instead of ending the run.
//
// # Readers
//
// [Read] walks files, folders and standard input. News comes as loose text
// files with a small header ([ParseText]: a "date YYYY-MM-DD" first token or
// a block of "key: value" lines), as JSON exports and as JSON Lines feeds
// ([ParseJSON]); the readers accept all three and the common field aliases
// of scrapers, because refusing a file for a spelling of "published" helps
// nobody. They are strict where leniency would corrupt the graph: text that
// is not UTF-8 is refused, not repaired (a mangled name would become a new
// entity), a malformed date is an error rather than a silently undated
// article, and an article over kg.MaxArticleBytes is refused, not cut.
// Files are read through limits, so one huge file cannot exhaust memory;
// JSON Lines are streamed.
//
// The formats, in short:
//
//	date 2024-03-14                      plain text (.txt, .text, .md): an optional
//	source https://example.org/story     header of "key value" or "key: value"
//	license: CC0-1.0                     lines ended by a blank line, then the
//	                                     headline and the body; or a first token
//	Headline                             "date YYYY-MM-DD" followed by the body on
//	                                     the same line
//	Body ...
//
//	{"title": ..., "date": ..., "url": ..., "source": ..., "text": ...}
//	                                     JSON (.json: an object or an array) and
//	                                     JSON Lines (.jsonl, .ndjson), with the
//	                                     aliases headline, published(_at),
//	                                     publishedAt, link, body and content
//
//	<!doctype html><html>...             HTML (.html, .htm, .xhtml, and any input
//	                                     whose content is HTML, whatever its name:
//	                                     a .txt file, standard input, a JSON
//	                                     record's text, an API article)
//
// An HTML page is read with [ParseHTML] (package ingest/webpage): the
// stored text is the article's main text, headline first, without the
// page's navigation, advertisements, "most read" lists, cookie banners,
// footers or scripts, so every offset the extractor records points into
// text a reader sees; the headline, date, canonical URL and site come from
// the page where the input does not state them. A page holding no article
// fails with "not an article".
//
// Standard input ("-") is JSON if it starts with '{' or '[', HTML if it
// starts like HTML, text otherwise.
// Docs are named by where they came from ("dir/a.txt", "feed.jsonl:17",
// "-", "stdin:3"), and every error message names the input it is about.
//
// The same text read from a file, a JSON record or standard input gets the
// same article ID (line endings and surrounding white space do not count),
// so re-ingesting in another format changes nothing.
//
// # Pipeline
//
// [Pipeline] extracts articles on several goroutines and writes them in
// batches, one Upsert per batch. Results come out in input order whatever
// the workers' timing, so output and batches are reproducible and memory is
// bounded by a window of in-flight articles. Its guarantees:
//
//   - one bad article never stops a run: read errors, invalid articles,
//     extractor errors and panics become failures in the [Summary];
//   - nothing is half-written: Upsert is atomic, and when a batch fails its
//     articles are retried one by one, so only the culprit is lost;
//   - re-running is a no-op: stored articles come back unchanged, and a
//     source that knows an article is stored (ingest/fetch, for a feed
//     item seen before) marks its Doc Stored so it is not even extracted;
//   - the run stops only for a cancelled context or a store that is down
//     (kg.ErrUnavailable), returning the summary so far.
//
// # Output
//
// [ExtractionWriter] prints subgraphs in the evaluation's extraction format,
// deterministically, one article at a time, so `newsgraph extract` can
// stream.
package ingest
