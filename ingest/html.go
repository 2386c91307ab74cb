package ingest

import (
	"errors"
	"fmt"
	"net/url"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/ingest/webpage"
	"github.com/newsgraph/newsgraph/kg"
)

// maxHTMLBytes bounds an HTML page, which is read whole: pages carry
// markup, scripts and styles around their article text.
const maxHTMLBytes = 32 << 20

// ParseHTML reads the article out of an HTML page or fragment of article
// markup with package webpage: the main text without the page's furniture
// (navigation, advertisements, "most read" lists, cookie banners,
// footers, scripts), the headline, the publication date, the canonical URL
// and the site. The text is what is stored, so offsets point into it.
// contentType is the HTTP Content-Type ("" for a file) and pageURL where
// the page was fetched from (nil for a file): they decide the encoding and
// resolve a relative canonical link. Source is the site's name, else the
// base name of name. A page without article text is an error wrapping
// kg.ErrInvalid that says "not an article".
func ParseHTML(name string, data []byte, contentType string, pageURL *url.URL) (kg.Article, error) {
	var a kg.Article
	if err := fromHTML(name, &a, data, contentType, pageURL); err != nil {
		return kg.Article{}, err
	}
	if a.Source == "" {
		a.Source = baseName(name)
	}
	if err := finish(name, &a); err != nil {
		return kg.Article{}, err
	}
	return a, nil
}

// fromHTML sets a's text from an HTML page, and its title, date, URL and
// source from the page where a has none: what an input states outright
// wins over what the page says.
func fromHTML(name string, a *kg.Article, data []byte, contentType string, pageURL *url.URL) error {
	p, err := webpage.Read(data, contentType, pageURL)
	if errors.Is(err, webpage.ErrNoArticle) {
		return fmt.Errorf("read %s: %w: %w", name, err, kg.ErrInvalid)
	}
	if err != nil {
		return fmt.Errorf("read %s: HTML: %v: %w", name, err, kg.ErrInvalid)
	}
	a.Text = p.Text
	if a.Title == "" {
		a.Title = clip(p.Title, kg.MaxTitleBytes)
	}
	if a.Date.IsZero() {
		a.Date = p.Date
	}
	if a.URL == "" && len(p.URL) <= kg.MaxURLBytes {
		a.URL = p.URL
	}
	if a.Source == "" {
		a.Source = clip(p.Site, kg.MaxURLBytes)
	}
	return nil
}

// htmlDoc reads an HTML file or standard input.
func htmlDoc(name string, data []byte) Doc {
	a, err := ParseHTML(name, data, "", nil)
	if err != nil {
		return Doc{Name: name, Err: err}
	}
	return Doc{Name: name, Article: a}
}

// parseURL parses an absolute http(s) URL an input gave, or returns nil.
func parseURL(raw string) *url.URL {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	return u
}

// clip cuts s to at most n bytes on a rune boundary: a page's metadata
// is not worth refusing its article for.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
