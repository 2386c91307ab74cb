// Package fetch brings news from the web into the ingest pipeline: it
// fetches article pages and RSS, Atom and JSON Feed documents, and turns
// them into the same docs the local readers produce, so that extraction
// and storage do not know where an article came from.
//
// # What a URL becomes
//
// [Reader] reads a URL by what the server sends: an HTML page is one
// article, read by ingest.ParseHTML (main text without the page's
// furniture, headline, date, canonical URL, site); a feed (parsed with
// gofeed) is one article per item, each item's page fetched and read the
// same way, with the item's title and date where the page gives none, and
// without a second fetch when the feed carries the item's whole text
// (content:encoded, Atom content, JSON Feed content); plain text and JSON
// are read as the local readers read files. Inputs that are not URLs go to
// ingest.Read, so URLs, files and folders mix.
//
// # Politeness and bounds
//
// [Client] names itself (User-Agent "newsgraph/1 (+...)"), honours
// robots.txt (a missing one allows everything, one that cannot be read
// disallows for now, as RFC 9309 asks; Options.IgnoreRobots overrides),
// runs at most Options.PerHost requests at once against a host and starts
// them Options.HostDelay apart (or the site's Crawl-delay), bounds every
// request in time and every body in size (after gzip decompression),
// follows a few redirects, retries 429 and 5xx answers and network
// failures with exponential backoff and jitter, honouring Retry-After up
// to Options.MaxRetryWait, and sends If-None-Match and If-Modified-Since,
// so an unchanged feed costs one request answered 304 Not Modified.
// Charsets other than UTF-8 are converted (golang.org/x/net/html/charset).
// A URL that fails is reported with the URL and the reason (a status
// code, a timeout, a refused address, robots.txt, not an article); it
// never stops the others.
//
// # Server-side request forgery
//
// A Client built without Options.AllowPrivate refuses to connect to
// loopback, private, link-local and other non-public addresses. The
// check runs in the dialer, on the address actually connected to, for
// every connection, redirects included, so neither a redirect nor a DNS
// name that resolves differently the second time gets round it. The
// server uses such a client for URLs given through the API; the operator's
// own inputs (the command line, --feed) may reach private addresses.
//
// # Idempotence
//
// [State] remembers, between runs and in a small JSON file, each feed's
// validators and the article each feed item (by GUID) and page (by URL as
// given, after redirects and canonical) became. With the store's word
// that it still holds that article, an item seen before is neither
// fetched nor extracted again; a page whose text is the text of a stored
// article is fetched but not extracted again. Either way it is reported
// unchanged, and nothing is written.
//
// # Watching
//
// [Watcher] checks feeds at an interval, with jitter, and runs their new
// items through the pipeline as any other ingest; [Watcher.Status] says
// when each feed was last checked, what went wrong and how many articles
// it brought.
package fetch
