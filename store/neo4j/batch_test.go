package neo4j

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// BenchmarkRelationsOf compares the first relations of the 50 most
// mentioned entities of a synthetic corpus read in one RelationsOf call
// with one Relations page per entity.
func BenchmarkRelationsOf(b *testing.B) {
	ctx := context.Background()
	s := openEmpty(b, server(b))
	for _, batch := range storetest.Synthetic(2000, 8000, "relations-of") {
		if _, err := s.Upsert(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	p, err := s.Entities(ctx, kg.EntityFilter{}, kg.Page{First: 50})
	if err != nil {
		b.Fatal(err)
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
