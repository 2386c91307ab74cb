package graph_test

import (
	"runtime"
	"testing"

	"github.com/99designs/gqlgen/client"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/kg"
)

// waitSubscribers yields until the broker has n subscribers: the
// subscription is registered asynchronously after the start message.
func waitSubscribers(t *testing.T, b *graph.Broker, n int) {
	t.Helper()
	for b.Subscribers() < n {
		if t.Context().Err() != nil {
			t.Fatal("subscription never registered")
		}
		runtime.Gosched()
	}
}

func testSubscription(t *testing.T, open func(t *testing.T) kg.Store) {
	const key = "ws-key"
	e := newEnv(t, open, false, func(c *graph.Config) { c.APIKey, c.RequireKeyForReads = key, true })
	c := client.New(e.h)

	sub := c.WebsocketWithPayload(`subscription {
  articleIngested { article { id title } entities { id name } relations { id type source { id } } }
}`, map[string]any{"Authorization": "Bearer " + key})
	defer sub.Close()
	rels := c.WebsocketWithPayload(`subscription($t: [RelationType!]) { relationAdded(types: $t) { id type } }`,
		map[string]any{"X-API-Key": key}, client.Var("t", []string{"MET"}))
	defer rels.Close()
	waitSubscribers(t, e.broker, 2)

	var ing struct{ IngestArticles []struct{ ArticleID string } }
	resp := e.post(t, request{
		query:  `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articleId } }`,
		vars:   map[string]any{"a": []map[string]any{{"text": newsText, "title": "Talks in Oslo", "date": "2024-05-06"}}},
		header: map[string]string{"X-API-Key": key},
	})
	if len(resp.Errors) > 0 {
		t.Fatalf("ingest: %+v", resp.Errors)
	}
	_ = ing

	var got struct {
		ArticleIngested struct {
			Article struct {
				ID    string
				Title string
			}
			Entities []struct {
				ID   string
				Name string
			}
			Relations []struct {
				ID     string
				Type   string
				Source struct{ ID string }
			}
		}
	}
	if err := sub.Next(&got); err != nil {
		t.Fatalf("articleIngested: %v", err)
	}
	ev := got.ArticleIngested
	if ev.Article.ID != kg.ArticleID(newsText) || ev.Article.Title != "Talks in Oslo" || len(ev.Entities) == 0 {
		t.Errorf("event = %+v", ev)
	}
	stored, err := e.store.Store.ArticleEntities(t.Context(), []string{ev.Article.ID})
	if err != nil {
		t.Fatal(err)
	}
	if len(stored[ev.Article.ID]) != len(ev.Entities) {
		t.Errorf("event names %d entities, store has %d for the article", len(ev.Entities), len(stored[ev.Article.ID]))
	}
	for _, r := range ev.Relations {
		if r.Source.ID == "" {
			t.Errorf("relation %s without source", r.ID)
		}
	}

	var met struct {
		RelationAdded struct{ ID, Type string }
	}
	if err := rels.Next(&met); err != nil {
		t.Fatalf("relationAdded: %v", err)
	}
	if met.RelationAdded.Type != "MET" {
		t.Errorf("relationAdded = %+v, want a MET", met.RelationAdded)
	}

	t.Run("refused without key", func(t *testing.T) {
		s := c.Websocket(`subscription { articleIngested { article { id } } }`)
		defer s.Close()
		var out map[string]any
		if err := s.Next(&out); err == nil {
			t.Errorf("subscription without key answered %v", out)
		}
	})
}
