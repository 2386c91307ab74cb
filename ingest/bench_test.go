package ingest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/ingest/rules"
	"github.com/newsgraph/newsgraph/internal/synth"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/sqlite"
)

func BenchmarkParseText(b *testing.B) {
	data := []byte(synth.Generate(1, 0).File())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ingest.ParseText("a.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseJSONLines(b *testing.B) {
	var buf bytes.Buffer
	n := 0
	for a := range synth.Articles(1, 200) {
		line, _ := json.Marshal(map[string]string{"title": a.Title, "date": a.Date.Format(kg.DateLayout), "text": a.Text})
		buf.Write(line)
		buf.WriteByte('\n')
		n++
	}
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if err := ingest.ParseJSON("feed.jsonl", data, func(d ingest.Doc) error { return d.Err }); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkReadFolder(b *testing.B) {
	dir := b.TempDir()
	const n = 200
	if err := synth.WriteDir(dir, 1, n); err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for b.Loop() {
		err := ingest.Read(ctx, []string{dir}, nil, func(d ingest.Doc) error { return d.Err })
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// benchPipeline runs the real extractor (and, with write, the real SQLite
// store, fresh for every iteration) over n synthetic articles.
func benchPipeline(b *testing.B, n int, write bool) {
	var ds []ingest.Doc
	var size int64
	for a := range synth.Articles(1, n) {
		art := kg.Article{Title: a.Title, Date: a.Date, Source: a.Name, Text: a.Title + "\n\n" + a.Text}
		art.ID = kg.ArticleID(art.Text)
		ds = append(ds, ingest.Doc{Name: a.Name + ".txt", Article: art})
		size += int64(len(art.Text))
	}
	x := rules.New()
	ctx := context.Background()
	b.SetBytes(size)
	for b.Loop() {
		p := &ingest.Pipeline{Extractor: x}
		if write {
			b.StopTimer()
			dir, err := os.MkdirTemp(b.TempDir(), "store")
			if err != nil {
				b.Fatal(err)
			}
			s, err := sqlite.Open(ctx, dir)
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			p.Writer = s
			b.StartTimer()
		}
		sum, err := p.Run(ctx, fromSlice(ds))
		if err != nil || sum.Failed > 0 || sum.Written != n {
			b.Fatalf("Run: %v, %+v", err, sum.Failures)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
}

func BenchmarkPipelineExtract(b *testing.B) { benchPipeline(b, 200, false) }
func BenchmarkPipelineSQLite(b *testing.B)  { benchPipeline(b, 200, true) }
