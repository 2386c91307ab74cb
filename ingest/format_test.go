package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// golden compares got with testdata/name, rewriting it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(got), string(want)); diff != "" {
		t.Errorf("%s differs (-got +want; go test -update rewrites it):\n%s", path, diff)
	}
}

// sampleSubgraphs are two invented articles exercising every field of the
// output: entity order, aliases, all relation types and precisions, a SAID
// without target, an undated article.
func sampleSubgraphs() []kg.Subgraph {
	text := "Mayor Tilda Varga met Governor Osei Brand in Quillon on 3 May 2021. " +
		"\"We will rebuild the bridge,\" Varga said. Rebels attacked Quillon in April."
	a := kg.Article{Title: "Quillon talks", Date: day("2021-05-04"), Source: "https://news.example/q", URL: "https://news.example/q", Text: text}
	a.ID = kg.ArticleID(a.Text)
	varga := kg.EntityID(kg.Person, "Tilda Varga")
	brand := kg.EntityID(kg.Person, "Osei Brand")
	quillon := kg.EntityID(kg.Place, "Quillon")
	rebels := kg.EntityID(kg.Organization, "Quillon Rebels")
	talks := kg.EntityID(kg.Event, "Quillon talks")
	s1 := 0
	e1 := len("Mayor Tilda Varga met Governor Osei Brand in Quillon on 3 May 2021.")
	s2 := e1 + 1
	e2 := s2 + len("\"We will rebuild the bridge,\" Varga said.")
	s3 := e2 + 1
	e3 := len(text)
	ev := func(s, e int) kg.Evidence { return kg.Evidence{ArticleID: a.ID, Sentence: text[s:e], Start: s, End: e} }
	rel := func(t kg.RelType, src, dst string, d time.Time, p kg.Precision, st kg.Status, q string, c float64, e kg.Evidence) kg.Relation {
		return kg.Relation{ID: kg.RelationID(a.ID, t, src, dst, e.Start, e.End, q), Type: t, Source: src, Target: dst,
			Date: d, Precision: p, Status: st, Quote: q, Confidence: c, Evidence: e}
	}
	sub1 := kg.Subgraph{
		Article: a,
		Entities: []kg.Entity{
			{ID: quillon, Kind: kg.Place, Name: "Quillon", Mentions: 2},
			{ID: varga, Kind: kg.Person, Name: "Tilda Varga", Aliases: []string{"Varga", "Mayor Tilda Varga"}, Mentions: 2},
			{ID: brand, Kind: kg.Person, Name: "Osei Brand", Mentions: 1},
			{ID: rebels, Kind: kg.Organization, Name: "Quillon Rebels", Aliases: []string{"Rebels"}, Mentions: 1},
			{ID: talks, Kind: kg.Event, Name: "Quillon talks", Mentions: 1},
		},
		Relations: []kg.Relation{
			rel(kg.Attacked, rebels, quillon, day("2021-04-01"), kg.PrecisionMonth, kg.Happened, "", 0.7, ev(s3, e3)),
			rel(kg.Said, varga, "", day("2021-05-04"), kg.PrecisionArticle, kg.Planned, "We will rebuild the bridge", 0.9, ev(s2, e2)),
			rel(kg.Met, varga, brand, day("2021-05-03"), kg.PrecisionDay, kg.Happened, "", 0.85, ev(s1, e1)),
			rel(kg.ParticipatedIn, varga, talks, day("2021-05-03"), kg.PrecisionDay, kg.Happened, "", 1, ev(s1, e1)),
			rel(kg.OccurredIn, talks, quillon, day("2021-05-03"), kg.PrecisionDay, kg.Happened, "", 1, ev(s1, e1)),
			rel(kg.Attacked, rebels, brand, time.Time{}, kg.PrecisionNone, kg.Denied, "", 0.4, ev(s3, e3)),
		},
	}
	b := kg.Article{Text: "Nothing of note <happened> & nobody said \"anything\" here."}
	b.ID = kg.ArticleID(b.Text)
	b.Source = "wire"
	sub2 := kg.Subgraph{Article: b}
	return []kg.Subgraph{sub1, sub2}
}

func TestExtractionWriterGolden(t *testing.T) {
	subs := sampleSubgraphs()
	names := []string{"articles/quillon-talks.txt", ""}
	for _, tt := range []struct {
		file  string
		lines bool
	}{
		{"extraction.golden.json", false},
		{"extraction.golden.jsonl", true},
	} {
		t.Run(tt.file, func(t *testing.T) {
			var buf bytes.Buffer
			w := NewExtractionWriter(&buf)
			if tt.lines {
				w = NewExtractionLinesWriter(&buf)
			}
			for i, s := range subs {
				if err := w.Add(names[i], s); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			golden(t, tt.file, buf.Bytes())

			// Both layouts hold the same articles, and the document form is
			// one JSON value.
			var arts []json.RawMessage
			if !tt.lines {
				var doc struct{ Articles []json.RawMessage }
				if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
					t.Fatalf("output is not one JSON document: %v", err)
				}
				arts = doc.Articles
			} else {
				for _, line := range bytes.Split(bytes.TrimSpace(buf.Bytes()), []byte("\n")) {
					arts = append(arts, line)
				}
			}
			if got, want := len(arts), len(subs); got != want {
				t.Errorf("%d articles in the output, want %d", got, want)
			}
		})
	}
}

// TestExtractionWriterInputUntouched checks that printing does not reorder
// the caller's slices.
func TestExtractionWriterInputUntouched(t *testing.T) {
	subs := sampleSubgraphs()
	before := sampleSubgraphs()
	w := NewExtractionWriter(new(bytes.Buffer))
	if err := w.Add("a.txt", subs[0]); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(subs, before); diff != "" {
		t.Errorf("Add changed its input (-after +before):\n%s", diff)
	}
}

func TestExtractionWriterEmpty(t *testing.T) {
	for _, tt := range []struct {
		lines bool
		want  string
	}{{false, "{\"articles\": []}\n"}, {true, ""}} {
		var buf bytes.Buffer
		w := NewExtractionWriter(&buf)
		if tt.lines {
			w = NewExtractionLinesWriter(&buf)
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		if got := buf.String(); got != tt.want {
			t.Errorf("lines %v: empty output %q, want %q", tt.lines, got, tt.want)
		}
	}
}

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	f.n++
	return 0, errors.New("disk full")
}

func TestExtractionWriterError(t *testing.T) {
	fw := &failWriter{}
	w := NewExtractionWriter(fw)
	sub := sampleSubgraphs()[1]
	if err := w.Add("a.txt", sub); err == nil {
		t.Fatal("Add to a failing writer succeeded")
	}
	if err := w.Add("b.txt", sub); err == nil {
		t.Error("Add after a write error succeeded")
	}
	if err := w.Close(); err == nil {
		t.Error("Close after a write error succeeded")
	}
	if fw.n != 1 {
		t.Errorf("%d writes after the first failure, want none", fw.n-1)
	}
}

func TestExtractionDate(t *testing.T) {
	d := day("2021-05-03")
	tests := []struct {
		name string
		r    kg.Relation
		want string
	}{
		{"day", kg.Relation{Date: d, Precision: kg.PrecisionDay}, "2021-05-03"},
		{"article", kg.Relation{Date: d, Precision: kg.PrecisionArticle}, "2021-05-03"},
		{"month", kg.Relation{Date: d, Precision: kg.PrecisionMonth}, ""},
		{"year", kg.Relation{Date: d, Precision: kg.PrecisionYear}, ""},
		{"none", kg.Relation{Date: d, Precision: kg.PrecisionNone}, ""},
		{"day without a date", kg.Relation{Precision: kg.PrecisionDay}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ExtractionDate(tt.r); got != tt.want {
				t.Errorf("ExtractionDate = %q, want %q", got, tt.want)
			}
		})
	}
}
