package graph

import (
	"context"
	"sync"
	"sync/atomic"

	"github.com/newsgraph/newsgraph/kg"
)

// SubscriberBuffer is how many stored articles wait for one subscriber
// before it counts as too slow and is dropped.
const SubscriberBuffer = 64

// Broker fans ingest results out to the subscriptions of this process.
// Publish never blocks: a subscriber whose buffer is full is dropped (its
// subscription ends) rather than slowing ingest down. The zero value is not
// usable; call NewBroker.
type Broker struct {
	mu      sync.Mutex
	subs    map[*subscriber]struct{}
	dropped atomic.Int64
}

type subscriber struct {
	ch     chan kg.Subgraph
	closed bool
}

// NewBroker returns a broker with no subscribers.
func NewBroker() *Broker {
	return &Broker{subs: map[*subscriber]struct{}{}}
}

// Publish hands the subgraph of a newly stored article to every
// subscriber; articles that failed or were already stored are not
// announced.
func (b *Broker) Publish(r kg.Subgraph) {
	if b == nil {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for s := range b.subs {
		select {
		case s.ch <- r:
		default:
			b.drop(s)
			b.dropped.Add(1)
		}
	}
}

// Subscribers counts the live subscribers.
func (b *Broker) Subscribers() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}

// Dropped counts the subscribers dropped for being too slow.
func (b *Broker) Dropped() int64 { return b.dropped.Load() }

// subscribe returns a channel of results that is closed when ctx is done
// or the subscriber falls behind. A nil broker returns a closed channel.
func (b *Broker) subscribe(ctx context.Context) <-chan kg.Subgraph {
	s := &subscriber{ch: make(chan kg.Subgraph, SubscriberBuffer)}
	if b == nil {
		close(s.ch)
		return s.ch
	}
	b.mu.Lock()
	b.subs[s] = struct{}{}
	b.mu.Unlock()
	context.AfterFunc(ctx, func() {
		b.mu.Lock()
		defer b.mu.Unlock()
		b.drop(s)
	})
	return s.ch
}

// drop removes s and closes its channel; b.mu is held.
func (b *Broker) drop(s *subscriber) {
	if s.closed {
		return
	}
	s.closed = true
	delete(b.subs, s)
	close(s.ch)
}
