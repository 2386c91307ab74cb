package storetest

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsgraph/newsgraph/kg"
)

// Hub-heavy traversal corpus: a few hubs related to thousands of tail
// entities and to each other by many parallel statements, plus a sparse
// long tail — the shape news graphs take (a president, a capital, a war)
// and the one that makes naive fan-out and path queries slow.
const (
	travHubs         = 4
	travTails        = 12000
	travHubParallel  = 1000 // statements between each pair of hubs
	travPerArticle   = 100  // relations per synthetic article
	travBatchArticle = 50
)

func travEntity(name string, kind kg.Kind, mentions int) kg.Entity {
	return kg.Entity{ID: kg.EntityID(kind, name), Kind: kind, Name: name, Mentions: mentions}
}

// TraversalHub and TraversalTail are the entities of HubGraph by number.
func TraversalHub(i int) kg.Entity {
	return travEntity(fmt.Sprintf("Hub Person %d", i), kg.Person, 50+i)
}

// TraversalTail is tail entity i of HubGraph.
func TraversalTail(i int) kg.Entity {
	k := kg.Kinds[i%len(kg.Kinds)]
	return travEntity(fmt.Sprintf("Tail %s %d", k.Label(), i), k, 1+i%5)
}

// HubGraph builds the deterministic hub-heavy corpus as Upsert batches:
// travHubs hubs, each related to about 5,000 tails and by travHubParallel
// parallel statements to every other hub (about 8,000 relations each), and
// travTails tails with one or two hubs and one tail neighbour each. Every
// tenth relation is undated; the others spread over four years.
func HubGraph() [][]kg.Subgraph {
	type rel struct {
		src, dst kg.Entity
		t        kg.RelType
	}
	types := []kg.RelType{kg.Attacked, kg.Said, kg.Met}
	var rels []rel
	for i := 0; i < travTails; i++ {
		t := TraversalTail(i)
		h1, h2 := i%travHubs, (i/travHubs)%travHubs
		rels = append(rels, rel{t, TraversalHub(h1), types[i%3]})
		if h2 != h1 {
			rels = append(rels, rel{TraversalHub(h2), t, types[(i+1)%3]})
		}
		if j := (i*7919 + 13) % travTails; j != i {
			rels = append(rels, rel{t, TraversalTail(j), kg.Met})
		}
	}
	for a := 0; a < travHubs; a++ {
		for b := a + 1; b < travHubs; b++ {
			for k := 0; k < travHubParallel; k++ {
				src, dst := TraversalHub(a), TraversalHub(b)
				if k%2 == 1 {
					src, dst = dst, src
				}
				rels = append(rels, rel{src, dst, types[k%3]})
			}
		}
	}
	var batches [][]kg.Subgraph
	var batch []kg.Subgraph
	for a := 0; a*travPerArticle < len(rels); a++ {
		text := fmt.Sprintf("Hub graph article %d.", a)
		art := kg.Article{ID: kg.ArticleID(text), Title: fmt.Sprintf("Hub article %d", a), Source: "synthetic", Text: text}
		g := kg.Subgraph{Article: art}
		seen := make(map[string]bool)
		add := func(e kg.Entity) {
			if !seen[e.ID] {
				seen[e.ID] = true
				g.Entities = append(g.Entities, e)
			}
		}
		for j, r := range rels[a*travPerArticle : min((a+1)*travPerArticle, len(rels))] {
			add(r.src)
			add(r.dst)
			n := a*travPerArticle + j
			var date = day("2020-01-01").AddDate(0, 0, (n*37)%1500)
			prec := kg.PrecisionDay
			if n%10 == 0 {
				date, prec = day(""), kg.PrecisionNone
			}
			sentence := fmt.Sprintf("%s and %s, statement %d.", r.src.Name, r.dst.Name, n)
			x := kg.Relation{
				Type: r.t, Source: r.src.ID, Target: r.dst.ID, Date: date, Precision: prec, Status: kg.Happened,
				Confidence: 0.5, Evidence: kg.Evidence{ArticleID: art.ID, Sentence: sentence, Start: j * 100, End: j*100 + len(sentence)},
			}
			if r.t == kg.Said {
				x.Quote = fmt.Sprintf("Quote %d.", n)
			}
			x.ID = kg.RelationID(art.ID, x.Type, x.Source, x.Target, x.Evidence.Start, x.Evidence.End, x.Quote)
			g.Relations = append(g.Relations, x)
		}
		batch = append(batch, g)
		if len(batch) == travBatchArticle {
			batches = append(batches, batch)
			batch = nil
		}
	}
	if len(batch) > 0 {
		batches = append(batches, batch)
	}
	return batches
}

// LoadHubGraph upserts HubGraph into s.
func LoadHubGraph(tb testing.TB, s kg.Store) {
	tb.Helper()
	for _, batch := range HubGraph() {
		if _, err := s.Upsert(context.Background(), batch); err != nil {
			tb.Fatalf("Upsert: %v", err)
		}
	}
}

// BenchTraversal loads HubGraph into s (untimed), then measures
// Neighborhood from a hub and from a tail at depths 1 and 2 (default limit
// and fan-out, as the API asks; plain and aggregated), and Paths between tails that meet only
// through hubs, one sub-benchmark each.
func BenchTraversal(b *testing.B, s kg.Store) {
	ctx := context.Background()
	LoadHubGraph(b, s)
	hub, tail := TraversalHub(0).ID, TraversalTail(5).ID
	run := func(name string, fn func() error) {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if err := fn(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	for _, c := range []struct {
		name, id string
		depth    int
	}{{"hub/depth 1", hub, 1}, {"hub/depth 2", hub, 2}, {"tail/depth 1", tail, 1}, {"tail/depth 2", tail, 2}} {
		run("Neighborhood/"+c.name, func() error {
			_, err := s.Neighborhood(ctx, c.id, kg.NeighborhoodOptions{Depth: c.depth, Limit: 200, FanOut: 50})
			return err
		})
		run("Neighborhood/"+c.name+"/aggregated", func() error {
			_, err := s.Neighborhood(ctx, c.id, kg.NeighborhoodOptions{Depth: c.depth, Limit: 200, FanOut: 50, Aggregate: true})
			return err
		})
	}
	// Tail 5 has only hub 1, tail 10 only hub 2: their shortest paths run
	// through both hubs (or through the tail's sparse links).
	for _, c := range []struct {
		name     string
		from, to kg.Entity
		all      bool
	}{
		{"shared hub", TraversalTail(1), TraversalTail(2), true},
		{"two hubs", TraversalTail(5), TraversalTail(10), true},
		{"two hubs first", TraversalTail(5), TraversalTail(10), false},
		{"hub to hub", TraversalHub(0), TraversalHub(3), true},
	} {
		run("Paths/"+c.name, func() error {
			_, err := s.Paths(ctx, c.from.ID, c.to.ID, kg.PathOptions{MaxDepth: 4, All: c.all})
			return err
		})
	}
}
