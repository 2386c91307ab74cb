package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/kg"
)

// UserAgent names newsgraph to the sites it fetches from, with where to
// read about it.
const UserAgent = "newsgraph/1 (+https://github.com/newsgraph/newsgraph; news knowledge graph)"

// robotsAgent is the name robots.txt rules are matched against.
const robotsAgent = "newsgraph"

// Defaults for the zero values of Options.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 16 << 20
	DefaultMaxRedirects = 5
	DefaultPerHost      = 2
	DefaultHostDelay    = 250 * time.Millisecond
	DefaultRetries      = 3
	DefaultRetryWait    = time.Second
	DefaultMaxRetryWait = 2 * time.Minute
	// maxCrawlDelay caps a robots.txt Crawl-delay: a site asking for one
	// request an hour is asking not to be fetched.
	maxCrawlDelay = time.Minute
)

// Options configure a Client. Zero values take the defaults above.
type Options struct {
	// UserAgent is sent with every request (default UserAgent).
	UserAgent string
	// Timeout bounds one request, body included.
	Timeout time.Duration
	// MaxBytes bounds a response body, after decompression.
	MaxBytes int64
	// MaxRedirects is how many redirects one request follows.
	MaxRedirects int
	// PerHost is how many requests run at once against one host.
	PerHost int
	// HostDelay is the least time between two requests to one host; a
	// longer robots.txt Crawl-delay (up to a minute) wins.
	HostDelay time.Duration
	// Retries is how often a request is retried after a 429, a 5xx or a
	// network failure; 0 takes the default, negative never retries.
	Retries int
	// RetryWait is the first wait before a retry; it doubles each time,
	// with jitter. A Retry-After header says how long instead.
	RetryWait time.Duration
	// MaxRetryWait is the longest wait a Retry-After is honoured for; a
	// server asking for more fails the request.
	MaxRetryWait time.Duration
	// IgnoreRobots fetches what robots.txt disallows.
	IgnoreRobots bool
	// AllowPrivate lets requests reach loopback, private, link-local and
	// other non-public addresses. Off, such a connection is refused when
	// it is made, after DNS resolution and on every redirect, so neither
	// a redirect nor a DNS answer that changes can get round it.
	AllowPrivate bool
	// Logger receives retries and robots.txt problems (default: discarded).
	Logger *slog.Logger
}

func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = UserAgent
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultMaxRedirects
	}
	if o.PerHost <= 0 {
		o.PerHost = DefaultPerHost
	}
	if o.HostDelay < 0 {
		o.HostDelay = 0
	} else if o.HostDelay == 0 {
		o.HostDelay = DefaultHostDelay
	}
	if o.Retries == 0 {
		o.Retries = DefaultRetries
	} else if o.Retries < 0 {
		o.Retries = 0
	}
	if o.RetryWait <= 0 {
		o.RetryWait = DefaultRetryWait
	}
	if o.MaxRetryWait <= 0 {
		o.MaxRetryWait = DefaultMaxRetryWait
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	return o
}

// Client fetches documents politely and within bounds: it names itself,
// limits concurrency and rate per host, honours robots.txt, retries what
// is worth retrying, sends conditional requests, and refuses bodies over
// the size cap. It is safe for concurrent use.
type Client struct {
	opt    Options
	http   *http.Client
	hosts  *hosts
	robots *robots
}

// New returns a client with the given options.
func New(opt Options) *Client {
	opt = opt.withDefaults()
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	var proxy func(*http.Request) (*url.URL, error)
	if opt.AllowPrivate {
		// A proxy connects on our behalf, out of the guard's sight: only
		// the operator's own fetches use one.
		proxy = http.ProxyFromEnvironment
	} else {
		dialer.Control = refusePrivate
	}
	tr := &http.Transport{
		Proxy:                 proxy,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   opt.PerHost,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opt.Timeout,
		ExpectContinueTimeout: time.Second,
	}
	c := &Client{opt: opt, hosts: newHosts(opt.PerHost, opt.HostDelay)}
	c.http = &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opt.MaxRedirects {
				return errTooManyRedirects
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to a %s: URL", req.URL.Scheme)
			}
			return nil
		},
	}
	c.robots = newRobots(c)
	return c
}

var errTooManyRedirects = errors.New("too many redirects")

// Validators are what a conditional request sends: the ETag and
// Last-Modified of the copy already read.
type Validators struct {
	ETag         string `json:"etag,omitempty"`
	LastModified string `json:"last_modified,omitempty"`
}

// Response is a fetched document.
type Response struct {
	// URL is where the document was found, after redirects.
	URL *url.URL
	// NotModified is true when a conditional request was answered 304:
	// Body is then empty and the copy already read is current.
	NotModified bool
	ContentType string
	Body        []byte
	// Validators are the response's, for the next conditional request.
	Validators Validators
}

// Error is a failed fetch. Its message names the URL and says what went
// wrong in words fit for whoever gave the URL: a status code, a timeout,
// a refused address, a robots.txt rule.
type Error struct {
	URL string
	// Status is the HTTP status of the last answer; 0 when there was none.
	Status int
	// Reason says what went wrong.
	Reason string
	// Temporary is true when trying later may succeed (429, 5xx, timeouts,
	// network failures).
	Temporary bool
	err       error
}

func (e *Error) Error() string { return "fetch " + e.URL + ": " + e.Reason }

// Unwrap gives kg.ErrUnavailable for a temporary failure and kg.ErrInvalid
// otherwise, and the underlying error.
func (e *Error) Unwrap() []error {
	kind := kg.ErrInvalid
	if e.Temporary {
		kind = kg.ErrUnavailable
	}
	if e.err == nil {
		return []error{kind}
	}
	return []error{kind, e.err}
}

// Get fetches rawURL. With validators it asks for the document only if it
// changed. Failures are *Error.
func (c *Client) Get(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, &Error{URL: rawURL, Reason: err.Error()}
	}
	delay := time.Duration(0)
	if !c.opt.IgnoreRobots {
		ok, crawlDelay, err := c.robots.allowed(ctx, u)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, &Error{URL: rawURL, Reason: "disallowed by the site's robots.txt (--ignore-robots fetches it anyway)"}
		}
		delay = crawlDelay
	}
	return c.get(ctx, u, v, c.opt.MaxBytes, delay)
}

// parseURL accepts absolute http and https URLs.
func parseURL(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, errors.New("not a valid URL")
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, errors.New("not an http or https URL")
	}
	if u.Host == "" || u.Hostname() == "" {
		return nil, errors.New("URL without a host")
	}
	if u.User != nil {
		return nil, errors.New("URLs with a user name or password are not fetched")
	}
	u.Fragment = ""
	return u, nil
}

// get fetches u with retries; every attempt waits its turn at the host.
func (c *Client) get(ctx context.Context, u *url.URL, v Validators, maxBytes int64, crawlDelay time.Duration) (*Response, error) {
	wait := c.opt.RetryWait
	for attempt := 0; ; attempt++ {
		resp, retryAfter, err := c.once(ctx, u, v, maxBytes, crawlDelay)
		var fe *Error
		if err == nil || !errors.As(err, &fe) || !fe.Temporary || attempt >= c.opt.Retries || ctx.Err() != nil {
			return resp, err
		}
		d := jitter(wait)
		wait *= 2
		if retryAfter > 0 {
			d = retryAfter
		}
		if d > c.opt.MaxRetryWait {
			fe.Reason += fmt.Sprintf(" (the server asks to wait %s, more than the %s newsgraph waits)", d.Round(time.Second), c.opt.MaxRetryWait)
			return nil, fe
		}
		if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) < d {
			return nil, fe
		}
		c.opt.Logger.InfoContext(ctx, "fetch retry", "url", u.String(), "reason", fe.Reason, "attempt", attempt+1, "wait_ms", d.Milliseconds())
		t := time.NewTimer(d)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, fe
		case <-t.C:
		}
	}
}

// jitter spreads d by ±20%, so that clients told to wait do not come back
// at once.
func jitter(d time.Duration) time.Duration {
	return time.Duration(float64(d) * (0.8 + 0.4*rand.Float64()))
}

// once makes one request. retryAfter is the server's Retry-After, if any.
func (c *Client) once(ctx context.Context, u *url.URL, v Validators, maxBytes int64, crawlDelay time.Duration) (_ *Response, retryAfter time.Duration, _ error) {
	release, err := c.hosts.acquire(ctx, u.Host, crawlDelay)
	if err != nil {
		return nil, 0, &Error{URL: u.String(), Reason: "cancelled", err: err}
	}
	defer release()
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, 0, &Error{URL: u.String(), Reason: "not a valid URL", err: err}
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, text/plain;q=0.8, */*;q=0.1")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, 0, c.transportError(u, err, ctx)
	}
	defer resp.Body.Close()
	final := resp.Request.URL
	fail := func(reason string, temporary bool) *Error {
		return &Error{URL: u.String(), Status: resp.StatusCode, Reason: reason, Temporary: temporary}
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
		return &Response{URL: final, NotModified: true, Validators: v}, 0, nil
	case resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 4<<10))
		return nil, parseRetryAfter(resp.Header.Get("Retry-After")), fail(statusText(resp.StatusCode), true)
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, 0, fail(statusText(resp.StatusCode), false)
	}
	if resp.ContentLength > maxBytes {
		return nil, 0, fail(fmt.Sprintf("document is %s, larger than the %s limit", size(resp.ContentLength), size(maxBytes)), false)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBytes+1))
	if err != nil {
		return nil, 0, c.transportError(u, err, ctx)
	}
	if int64(len(body)) > maxBytes {
		return nil, 0, fail(fmt.Sprintf("document is larger than the %s limit", size(maxBytes)), false)
	}
	return &Response{
		URL:         final,
		ContentType: resp.Header.Get("Content-Type"),
		Body:        body,
		Validators:  Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")},
	}, 0, nil
}

// transportError describes a failure to get an answer, without the Go
// error's internals.
func (c *Client) transportError(u *url.URL, err error, ctx context.Context) *Error {
	e := &Error{URL: u.String(), err: err, Temporary: true}
	var dns *net.DNSError
	var ne net.Error
	switch {
	case errors.Is(err, errRefused):
		e.Reason, e.Temporary = "refused: the address is not public (loopback, private or link-local; the server's --fetch-allow-private allows it)", false
	case errors.Is(err, errTooManyRedirects):
		e.Reason, e.Temporary = fmt.Sprintf("too many redirects (more than %d)", c.opt.MaxRedirects), false
	case errors.Is(ctx.Err(), context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout():
		e.Reason = fmt.Sprintf("timed out after %s", c.opt.Timeout)
	case errors.Is(err, context.Canceled):
		e.Reason, e.Temporary = "cancelled", false
	case errors.As(err, &dns):
		e.Reason, e.Temporary = "host not found", dns.IsTemporary
	case strings.Contains(err.Error(), "connection refused"):
		e.Reason = "connection refused"
	case strings.Contains(err.Error(), "redirect to a"):
		e.Reason, e.Temporary = "redirected to a URL that is not http or https", false
	case strings.Contains(err.Error(), "tls:") || strings.Contains(err.Error(), "x509:"):
		e.Reason, e.Temporary = "TLS handshake failed (certificate or protocol)", false
	default:
		e.Reason = "network error"
		c.opt.Logger.Info("fetch failed", "url", u.String(), "err", err)
	}
	return e
}

func statusText(code int) string {
	if t := http.StatusText(code); t != "" {
		return strconv.Itoa(code) + " " + t
	}
	return "status " + strconv.Itoa(code)
}

// parseRetryAfter reads a Retry-After header: seconds or an HTTP date.
func parseRetryAfter(h string) time.Duration {
	h = strings.TrimSpace(h)
	if h == "" {
		return 0
	}
	if n, err := strconv.Atoi(h); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil {
		if d := time.Until(t); d > 0 {
			return d
		}
	}
	return 0
}

func size(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	}
	return fmt.Sprintf("%d KB", (n+1023)>>10)
}
