package rules

import (
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/synth"
	"github.com/newsgraph/newsgraph/kg"
)

// BenchmarkExtractCorpus measures words per second over a large corpus:
// 2,000 synthetic articles (about 900,000 words) with names drawn from large
// pools, so lookups and resolution see the variety of a real feed rather
// than the same few articles. Run it on one core:
//
//	go test ./ingest/rules -run XXX -bench ExtractCorpus -cpu 1
func BenchmarkExtractCorpus(b *testing.B) {
	var arts []kg.Article
	words := 0
	for a := range synth.Articles(7, 2000) {
		art := kg.Article{Title: a.Title, Date: a.Date, Text: a.Title + "\n\n" + a.Text}
		art.ID = kg.ArticleID(art.Text)
		arts = append(arts, art)
		words += len(strings.Fields(art.Text))
	}
	x := New()
	ctx := context.Background()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := x.Extract(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(words), "corpus_words")
}
