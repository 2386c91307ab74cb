package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/kg"
)

// Synthetic articles for benchmarks: how many entities and relations each
// names, and how many articles go into one Upsert.
const (
	benchEntitiesPerArticle = 50
	benchSharedPerArticle   = 5 // of them drawn from a small popular set
	benchBatch              = 50
)

// Synthetic builds a deterministic corpus of about entities distinct
// entities and relations relations, spread over articles of ~50 entities and
// ~100 relations, batched for Upsert 50 articles at a time. salt makes the
// article IDs distinct between calls while entity IDs stay the same.
func Synthetic(entities, relations int, salt string) [][]kg.Subgraph {
	entities = max(entities, benchEntitiesPerArticle)
	own := benchEntitiesPerArticle - benchSharedPerArticle
	articles := max((relations+99)/100, (entities+own-1)/own, 1)
	relsPer := max(relations/articles, 1)
	kinds := kg.Kinds
	entity := func(i int, mentions int) kg.Entity {
		k := kinds[i%len(kinds)]
		name := fmt.Sprintf("Synthetic %s %d", k.Label(), i)
		e := kg.Entity{ID: kg.EntityID(k, name), Kind: k, Name: name, Mentions: mentions, Aliases: []string{fmt.Sprintf("S%d", i)}}
		if k == kg.Place {
			e.Country = "Synthland"
		}
		return e
	}
	types := []kg.RelType{kg.Attacked, kg.Said, kg.Met, kg.ParticipatedIn, kg.OccurredIn}
	var batches [][]kg.Subgraph
	var batch []kg.Subgraph
	for a := 0; a < articles; a++ {
		text := fmt.Sprintf("%s synthetic article %d of %d.", salt, a, articles)
		date := day("2020-01-01").AddDate(0, 0, a%1500)
		art := kg.Article{ID: kg.ArticleID(text), Title: fmt.Sprintf("Article %d", a), Date: date, Source: "synthetic", Text: text}
		g := kg.Subgraph{Article: art}
		seen := make(map[string]bool)
		for j := 0; j < own; j++ {
			e := entity((a*own+j)%entities, 1+j%3)
			if !seen[e.ID] {
				seen[e.ID] = true
				g.Entities = append(g.Entities, e)
			}
		}
		for j := 0; j < benchSharedPerArticle; j++ {
			e := entity((j*7+a)%benchEntitiesPerArticle, 2)
			if !seen[e.ID] {
				seen[e.ID] = true
				g.Entities = append(g.Entities, e)
			}
		}
		n := len(g.Entities)
		for j := 0; j < relsPer; j++ {
			src, dst := g.Entities[j%n], g.Entities[(j*13+1)%n]
			t := types[j%len(types)]
			target := dst.ID
			if t == kg.Said && j%2 == 0 {
				target = ""
			}
			if target == src.ID {
				target = g.Entities[(j+1)%n].ID
			}
			sentence := fmt.Sprintf("%s and %s, sentence %d of article %d.", src.Name, dst.Name, j, a)
			r := kg.Relation{
				Type: t, Source: src.ID, Target: target, Date: date, Precision: kg.PrecisionArticle, Status: kg.Happened,
				Confidence: 0.5, Evidence: kg.Evidence{ArticleID: art.ID, Sentence: sentence, Start: j * 100, End: j*100 + len(sentence)},
			}
			if t == kg.Said {
				r.Quote = fmt.Sprintf("Quote %d.", j)
			}
			r.ID = kg.RelationID(art.ID, r.Type, r.Source, r.Target, r.Evidence.Start, r.Evidence.End, r.Quote)
			g.Relations = append(g.Relations, r)
		}
		batch = append(batch, g)
		if len(batch) == benchBatch {
			batches = append(batches, batch)
			batch = nil
		}
	}
	if len(batch) > 0 {
		batches = append(batches, batch)
	}
	return batches
}

// BenchUpsert measures upserting a synthetic corpus of about entities
// entities and relations relations into s (see Synthetic). Each iteration
// writes new articles (entities are shared, as in a growing store); it
// reports entities/s and relations/s.
func BenchUpsert(b *testing.B, s kg.Store, entities, relations int) {
	ctx := context.Background()
	nEnt, nRel := 0, 0
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		batches := Synthetic(entities, relations, fmt.Sprint("iteration ", i))
		b.StartTimer()
		for _, batch := range batches {
			res, err := s.Upsert(ctx, batch)
			if err != nil {
				b.Fatalf("Upsert: %v", err)
			}
			for _, r := range res {
				nEnt += r.Entities
				nRel += r.Relations
			}
		}
	}
	b.ReportMetric(float64(nRel)/b.Elapsed().Seconds(), "relations/s")
	b.ReportMetric(float64(nEnt)/b.Elapsed().Seconds(), "mentions/s")
}

// BenchQueries loads a synthetic corpus of about entities entities and
// relations relations into s (untimed), then measures the read queries the
// API issues most, one sub-benchmark each.
func BenchQueries(b *testing.B, s kg.Store, entities, relations int) {
	ctx := context.Background()
	batches := Synthetic(entities, relations, "queries")
	for _, batch := range batches {
		if _, err := s.Upsert(ctx, batch); err != nil {
			b.Fatalf("Upsert: %v", err)
		}
	}
	first := batches[0][0]
	last := batches[len(batches)-1]
	centre := first.Entities[0].ID
	far := last[len(last)-1].Entities[benchEntitiesPerArticle/2].ID
	run := func(name string, fn func() error) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if err := fn(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	run("Entity", func() error { _, err := s.Entity(ctx, centre); return err })
	run("EntitiesByID", func() error {
		ids := make([]string, 0, len(first.Entities))
		for _, e := range first.Entities {
			ids = append(ids, e.ID)
		}
		_, err := s.EntitiesByID(ctx, ids)
		return err
	})
	for _, o := range []kg.EntityOrder{kg.ByMentions, kg.ByName, kg.ByLastSeen} {
		run("Entities/"+string(o), func() error {
			p, err := s.Entities(ctx, kg.EntityFilter{Order: o}, kg.Page{First: 50})
			if err == nil {
				_, err = s.Entities(ctx, kg.EntityFilter{Order: o}, kg.Page{First: 50, After: p.PageInfo.EndCursor})
			}
			return err
		})
	}
	run("Entities/name filter", func() error {
		_, err := s.Entities(ctx, kg.EntityFilter{Name: "person 12", Kinds: []kg.Kind{kg.Person}}, kg.Page{First: 50})
		return err
	})
	run("CountEntities", func() error { _, err := s.CountEntities(ctx, kg.EntityFilter{Kinds: []kg.Kind{kg.Place}}); return err })
	run("Search/name", func() error { _, err := s.Search(ctx, "Synthetic Person 1", nil, 20); return err })
	run("Search/evidence", func() error { _, err := s.Search(ctx, "sentence 7 of article 3", nil, 20); return err })
	run("Relations/entity", func() error {
		_, err := s.Relations(ctx, kg.RelationFilter{Entity: centre}, kg.Page{First: 50})
		return err
	})
	run("Relations/text", func() error {
		_, err := s.Relations(ctx, kg.RelationFilter{Text: "quote 4"}, kg.Page{First: 50})
		return err
	})
	run("Articles/entity", func() error {
		_, err := s.Articles(ctx, kg.ArticleFilter{EntityID: centre}, kg.Page{First: 20})
		return err
	})
	run("Neighborhood/depth 1", func() error {
		_, err := s.Neighborhood(ctx, centre, kg.NeighborhoodOptions{Depth: 1})
		return err
	})
	run("Neighborhood/depth 2", func() error {
		_, err := s.Neighborhood(ctx, centre, kg.NeighborhoodOptions{Depth: 2})
		return err
	})
	run("Paths/all shortest", func() error {
		_, err := s.Paths(ctx, centre, far, kg.PathOptions{MaxDepth: 4, All: true})
		return err
	})
	run("Stats", func() error { _, err := s.Stats(ctx); return err })
}

// BenchRelationsOf loads a synthetic corpus of about entities entities and
// relations relations into s (untimed), then compares reading the first
// relations of the 50 most mentioned entities in one RelationsOf call
// ("batched") with one Relations page per entity ("per entity"), the
// round trips RelationsOf exists to save.
func BenchRelationsOf(b *testing.B, s kg.Store, entities, relations int) {
	ctx := context.Background()
	for _, batch := range Synthetic(entities, relations, "relations-of") {
		if _, err := s.Upsert(ctx, batch); err != nil {
			b.Fatalf("Upsert: %v", err)
		}
	}
	p, err := s.Entities(ctx, kg.EntityFilter{}, kg.Page{First: 50})
	if err != nil {
		b.Fatalf("Entities: %v", err)
	}
	var ids []string
	for _, e := range p.Entities {
		ids = append(ids, e.ID)
	}
	b.Run("batched", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.RelationsOf(ctx, ids, kg.RelationFilter{}, 6); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("per entity", func(b *testing.B) {
		for b.Loop() {
			for _, id := range ids {
				if _, err := s.Relations(ctx, kg.RelationFilter{Entity: id}, kg.Page{First: 6}); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
