package synth

import (
	"fmt"
	"iter"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Article is one synthetic news article.
type Article struct {
	Name  string    // file name without extension: "synth-000042"
	Date  time.Time // publication date, UTC midnight
	Title string
	Text  string // the body: paragraphs separated by blank lines
}

// File renders the article the way ingest's text reader reads it: a date
// header, the title and the body, separated by blank lines.
func (a Article) File() string {
	return "date " + a.Date.Format(time.DateOnly) + "\n\n" + a.Title + "\n\n" + a.Text + "\n"
}

// Words counts the words of the body.
func (a Article) Words() int { return len(strings.Fields(a.Text)) }

// Article lengths in words of the body.
const (
	MinWords = 300
	MaxWords = 600
)

// firstDate is the earliest article date; dates spread over two years.
var firstDate = time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)

// Articles yields n articles generated from seed. Article i depends only on
// seed and i.
func Articles(seed int64, n int) iter.Seq[Article] {
	return func(yield func(Article) bool) {
		for i := range n {
			if !yield(Generate(seed, i)) {
				return
			}
		}
	}
}

// Generate returns article i of the corpus of seed.
func Generate(seed int64, i int) Article {
	g := &gen{
		seed: uint64(seed),
		r:    rand.New(rand.NewPCG(uint64(seed), uint64(i)+1)),
		seen: map[personKey]bool{},
		used: map[string]bool{},
	}
	return g.article(i)
}

// WriteDir writes n articles of seed into dir (created if missing) as
// "<name>.txt" files.
func WriteDir(dir string, seed int64, n int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("synth: write dir: %w", err)
	}
	for a := range Articles(seed, n) {
		p := filepath.Join(dir, a.Name+".txt")
		if err := os.WriteFile(p, []byte(a.File()), 0o644); err != nil {
			return fmt.Errorf("synth: write dir: %w", err)
		}
	}
	return nil
}

// Corpus returns the titles and bodies of consecutive articles of seed,
// joined by blank lines, with at least words words (whole articles, so a
// little more). It is the input of words-per-second benchmarks.
func Corpus(seed int64, words int) string {
	var b strings.Builder
	count := 0
	for i := 0; count < words; i++ {
		a := Generate(seed, i)
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(a.Title)
		b.WriteString("\n\n")
		b.WriteString(a.Text)
		count += len(strings.Fields(a.Title)) + a.Words()
	}
	return b.String()
}

// mix is splitmix64 over the words given: the world (who is called what,
// holds which office) is a pure function of the seed.
func mix(xs ...uint64) uint64 {
	h := uint64(0x9e3779b97f4a7c15)
	for _, x := range xs {
		h ^= x + 0x9e3779b97f4a7c15 + (h << 6) + (h >> 2)
		h ^= h >> 30
		h *= 0xbf58476d1ce4e5b9
		h ^= h >> 27
		h *= 0x94d049bb133111eb
		h ^= h >> 31
	}
	return h
}
