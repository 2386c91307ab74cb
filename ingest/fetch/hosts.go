package fetch

import (
	"context"
	"sync"
	"time"

	"golang.org/x/time/rate"
)

// hosts limits the requests to each host: at most perHost at once, and
// starts at least delay apart (or a robots.txt Crawl-delay, if longer).
type hosts struct {
	perHost int
	delay   time.Duration

	mu sync.Mutex
	m  map[string]*host
}

type host struct {
	slots   chan struct{}
	limiter *rate.Limiter
	delay   time.Duration
	last    time.Time // of the last use, for forgetting idle hosts
}

func newHosts(perHost int, delay time.Duration) *hosts {
	return &hosts{perHost: perHost, delay: delay, m: map[string]*host{}}
}

// maxIdleHosts is how many hosts are remembered before idle ones are
// forgotten.
const maxIdleHosts = 1024

// acquire waits for a slot at host and for its turn; release frees the
// slot.
func (h *hosts) acquire(ctx context.Context, name string, crawlDelay time.Duration) (release func(), err error) {
	hs := h.get(name, max(h.delay, crawlDelay))
	select {
	case hs.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if err := hs.limiter.Wait(ctx); err != nil {
		<-hs.slots
		return nil, err
	}
	return func() { <-hs.slots }, nil
}

func (h *hosts) get(name string, delay time.Duration) *host {
	h.mu.Lock()
	defer h.mu.Unlock()
	now := time.Now()
	hs, ok := h.m[name]
	if !ok {
		if len(h.m) >= maxIdleHosts {
			for k, v := range h.m {
				if len(v.slots) == 0 && now.Sub(v.last) > time.Minute {
					delete(h.m, k)
				}
			}
		}
		hs = &host{slots: make(chan struct{}, h.perHost), limiter: rate.NewLimiter(every(delay), 1), delay: delay}
		h.m[name] = hs
	}
	if delay != hs.delay {
		hs.delay = delay
		hs.limiter.SetLimit(every(delay))
	}
	hs.last = now
	return hs
}

func every(d time.Duration) rate.Limit {
	if d <= 0 {
		return rate.Inf
	}
	return rate.Every(d)
}
