package fetch

import (
	"context"
	"errors"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
)

// robotsTTL is how long a site's robots.txt is trusted before it is read
// again, and robotsFailTTL how long a robots.txt that could not be read
// keeps the site closed before it is tried again (so that the items of a
// feed do not each wait on it).
const (
	robotsTTL     = time.Hour
	robotsFailTTL = time.Minute
)

// maxRobotsBytes bounds a robots.txt; Google reads the first 500 KiB.
const maxRobotsBytes = 512 << 10

// robots reads and caches each site's robots.txt.
type robots struct {
	c  *Client
	mu sync.Mutex
	m  map[string]*robotsEntry // by scheme://host
}

type robotsEntry struct {
	ready   chan struct{} // closed once data or err is set
	data    *robotstxt.RobotsData
	err     *Error
	fetched time.Time
}

func newRobots(c *Client) *robots { return &robots{c: c, m: map[string]*robotsEntry{}} }

// allowed reports whether robots.txt lets newsgraph fetch u, and the
// site's Crawl-delay. A robots.txt that is missing (4xx) allows
// everything; one that cannot be read (5xx, network) disallows everything
// for a minute, as RFC 9309 asks, and fails with that reason.
func (r *robots) allowed(ctx context.Context, u *url.URL) (bool, time.Duration, error) {
	key := u.Scheme + "://" + u.Host
	r.mu.Lock()
	e, ok := r.m[key]
	if ok && e.isDone() && (time.Since(e.fetched) > robotsTTL || e.err != nil && time.Since(e.fetched) > robotsFailTTL) {
		ok = false
	}
	if !ok {
		if len(r.m) >= maxIdleHosts {
			r.m = map[string]*robotsEntry{}
		}
		e = &robotsEntry{ready: make(chan struct{})}
		r.m[key] = e
		r.mu.Unlock()
		e.data, e.err = r.read(ctx, u)
		e.fetched = time.Now()
		close(e.ready)
		if e.err != nil && ctx.Err() != nil {
			// Cancelled, not failed: the next request tries again.
			r.mu.Lock()
			if r.m[key] == e {
				delete(r.m, key)
			}
			r.mu.Unlock()
		}
	} else {
		r.mu.Unlock()
		select {
		case <-e.ready:
		case <-ctx.Done():
			return false, 0, &Error{URL: u.String(), Reason: "cancelled", err: ctx.Err()}
		}
	}
	if e.err != nil {
		err := *e.err
		err.URL = u.String()
		return false, 0, &err
	}
	g := e.data.FindGroup(robotsAgent)
	path := u.EscapedPath()
	if path == "" {
		path = "/"
	}
	if u.RawQuery != "" {
		path += "?" + u.RawQuery
	}
	return g.Test(path), min(g.CrawlDelay, maxCrawlDelay), nil
}

func (e *robotsEntry) isDone() bool {
	select {
	case <-e.ready:
		return true
	default:
		return false
	}
}

func (r *robots) read(ctx context.Context, u *url.URL) (*robotstxt.RobotsData, *Error) {
	ru := &url.URL{Scheme: u.Scheme, Host: u.Host, Path: "/robots.txt"}
	resp, err := r.c.get(ctx, ru, Validators{}, maxRobotsBytes, 0)
	var fe *Error
	switch {
	case err == nil:
		data, perr := robotstxt.FromStatusAndBytes(200, resp.Body)
		if perr != nil {
			// An unreadable robots.txt states no rule.
			r.c.opt.Logger.Info("robots.txt unreadable, treated as allowing everything", "url", ru.String(), "err", perr)
			data, _ = robotstxt.FromStatusAndBytes(404, nil)
		}
		return data, nil
	case errors.As(err, &fe) && fe.Status >= 400 && fe.Status < 500 && fe.Status != 429:
		data, _ := robotstxt.FromStatusAndBytes(404, nil)
		return data, nil
	case errors.As(err, &fe):
		return nil, &Error{Reason: "robots.txt could not be read (" + fe.Reason + "), so the site is not fetched for now (--ignore-robots fetches it anyway)", Status: fe.Status, Temporary: true, err: fe}
	}
	return nil, &Error{Reason: "robots.txt could not be read", Temporary: true, err: err}
}
