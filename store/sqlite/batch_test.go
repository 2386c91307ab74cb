package sqlite_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// BenchmarkRelationsOf compares the first relations of the 50 most
// mentioned entities of the synthetic corpus read in one RelationsOf call
// with one Relations page per entity.
func BenchmarkRelationsOf(b *testing.B) {
	ctx := context.Background()
	s := open(b, b.TempDir())
	for _, batch := range storetest.Synthetic(5000, 20000, "bench") {
		if _, err := s.Upsert(ctx, batch); err != nil {
			b.Fatal(err)
		}
	}
	p, _ := s.Entities(ctx, kg.EntityFilter{}, kg.Page{First: 50})
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
