package graph

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/kg"
)

func result(i int) kg.Subgraph {
	text := fmt.Sprintf("article %d", i)
	return kg.Subgraph{Article: kg.Article{ID: kg.ArticleID(text), Text: text}}
}

func TestBroker(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	b := NewBroker()
	slow := b.subscribe(ctx)         // never read until the end
	fast := b.subscribe(t.Context()) // read as results come
	gone := b.subscribe(context.Background())
	_ = gone

	got := 0
	for i := range SubscriberBuffer + 1 {
		b.Publish(result(i))
		if _, ok := <-fast; ok {
			got++
		}
	}
	if got != SubscriberBuffer+1 {
		t.Errorf("fast subscriber got %d results, want %d", got, SubscriberBuffer+1)
	}
	// slow and gone filled their buffers and were dropped, channels closed
	// after the buffered results.
	n := 0
	for range slow {
		n++
	}
	if n != SubscriberBuffer {
		t.Errorf("slow subscriber drained %d buffered results, want %d", n, SubscriberBuffer)
	}
	if b.Subscribers() != 1 || b.Dropped() != 2 {
		t.Errorf("subscribers = %d, dropped = %d; want 1 and 2", b.Subscribers(), b.Dropped())
	}
	cancel() // cancelling a dropped subscriber is harmless
	var nilBroker *Broker
	nilBroker.Publish(result(0))
	if _, ok := <-nilBroker.subscribe(ctx); ok {
		t.Error("a nil broker's subscription is open")
	}
}

func TestBrokerUnsubscribesOnCancel(t *testing.T) {
	b := NewBroker()
	ctx, cancel := context.WithCancel(context.Background())
	ch := b.subscribe(ctx)
	cancel()
	for range ch { // closed by the cancellation
	}
	if b.Subscribers() != 0 || b.Dropped() != 0 {
		t.Errorf("subscribers = %d, dropped = %d; want 0 and 0", b.Subscribers(), b.Dropped())
	}
}
