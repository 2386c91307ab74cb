package synth

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func collect(seed int64, n int) []Article {
	var as []Article
	for a := range Articles(seed, n) {
		as = append(as, a)
	}
	return as
}

func TestDeterministic(t *testing.T) {
	first := collect(7, 40)
	t.Run("same seed same articles", func(t *testing.T) {
		if diff := cmp.Diff(collect(7, 40), first); diff != "" {
			t.Errorf("second run differs (-got +want):\n%s", diff)
		}
	})
	t.Run("prefix is stable", func(t *testing.T) {
		if diff := cmp.Diff(collect(7, 10), first[:10]); diff != "" {
			t.Errorf("shorter corpus is not a prefix (-got +want):\n%s", diff)
		}
	})
	t.Run("generate matches articles", func(t *testing.T) {
		if diff := cmp.Diff(Generate(7, 33), first[33]); diff != "" {
			t.Errorf("Generate(7, 33) (-got +want):\n%s", diff)
		}
	})
	t.Run("other seed other articles", func(t *testing.T) {
		other := collect(8, 40)
		same := 0
		for i := range other {
			if other[i].Text == first[i].Text {
				same++
			}
		}
		if same > 0 {
			t.Errorf("%d of 40 articles identical across seeds 7 and 8", same)
		}
	})
	t.Run("articles differ", func(t *testing.T) {
		texts := map[string]bool{}
		for _, a := range first {
			texts[a.Text] = true
		}
		if got, want := len(texts), len(first); got != want {
			t.Errorf("distinct texts = %d, want %d", got, want)
		}
	})
}

func TestSizes(t *testing.T) {
	lo := firstDate
	hi := firstDate.AddDate(2, 0, 0)
	names := map[string]bool{}
	for a := range Articles(3, 500) {
		if n := a.Words(); n < MinWords || n > MaxWords {
			t.Errorf("%s: %d words, want %d..%d", a.Name, n, MinWords, MaxWords)
		}
		if a.Date.Before(lo) || !a.Date.Before(hi) || a.Date.Location() != time.UTC || a.Date.Hour() != 0 {
			t.Errorf("%s: date %v outside %v..%v or not UTC midnight", a.Name, a.Date, lo, hi)
		}
		if strings.TrimSpace(a.Title) == "" || strings.Contains(a.Title, "\n") {
			t.Errorf("%s: bad title %q", a.Name, a.Title)
		}
		if names[a.Name] {
			t.Errorf("%s: name used twice", a.Name)
		}
		names[a.Name] = true
		for _, s := range []string{"{", "}", "%!", "  "} {
			if strings.Contains(a.Text, s) {
				t.Errorf("%s: text contains %q", a.Name, s)
			}
		}
	}
}

func TestFile(t *testing.T) {
	a := Generate(1, 5)
	f := a.File()
	header, rest, ok := strings.Cut(f, "\n\n")
	if !ok {
		t.Fatalf("no blank line after header in %q", f[:min(len(f), 80)])
	}
	if got, want := header, "date "+a.Date.Format("2006-01-02"); got != want {
		t.Errorf("header = %q, want %q", got, want)
	}
	title, body, _ := strings.Cut(rest, "\n\n")
	if got, want := title, a.Title; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	if got, want := strings.TrimSuffix(body, "\n"), a.Text; got != want {
		t.Errorf("body differs from Text")
	}
}

// TestPatterns checks that every sentence form the extractor is meant to
// read turns up in a small corpus.
func TestPatterns(t *testing.T) {
	var b strings.Builder
	for a := range Articles(11, 300) {
		b.WriteString(a.Text)
		b.WriteString("\n\n")
	}
	text := b.String()
	name := `(?:[A-Z][a-z.]+ )*[A-Z][a-z]+`
	place := `[A-Z][A-Za-z' -]+`
	weekday := `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`
	tests := []struct {
		name, re string
	}{
		{"attack active", `forces struck ` + place + ` (?:on|yesterday|last)`},
		{"attack shelled", `troops shelled ` + place},
		{"attack passive", `was shelled by [A-Z][a-z]+ forces`},
		{"attack passive group", `was attacked by the [A-Z][a-z]+ (?:Brigade|Movement|Front|Battalion)`},
		{"attack air strikes", `launched air strikes on ` + place},
		{"quote comma said", `"[^"]+," ` + name + ` said\.`},
		{"quote said name", `"[^"]+," said ` + name + `\.`},
		{"quote told reporters", `"[^"]+," ` + name + ` told reporters`},
		{"quote colon", name + ` said: "[^"]+"`},
		{"said that", name + ` said that `},
		{"according to leading", `According to ` + name + `, `},
		{"according to trailing", `, according to ` + name + `\.`},
		{"according to organization", `, according to a statement from the [A-Z]`},
		{"organization speaker", `"[^"]+," said a spokesman for the [A-Z]`},
		{"split quote two sentences", `"[^"]+," ` + name + ` said\. "[^"]+"`},
		{"split quote one sentence", `"[^"]+," ` + name + ` said, "[a-z][^"]+"`},
		{"met", name + ` met ` + name + ` in `},
		{"met with", name + ` met with ` + name},
		{"held talks", name + ` held talks with ` + name},
		{"will meet", name + ` will meet ` + name},
		{"expected to meet", name + ` is expected to meet ` + name},
		{"offered to meet", name + ` offered to meet ` + name},
		{"proposed meeting", name + ` proposed a meeting with ` + name},
		{"refused to meet", name + ` refused to meet ` + name},
		{"declined to meet", name + ` declined to meet ` + name},
		{"weekday", ` on ` + weekday + `\b`},
		{"next weekday", ` next ` + weekday + `\b`},
		{"yesterday", ` yesterday\b`},
		{"last week", ` last week\b`},
		{"day month", ` on [0-9]{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b`},
		{"month day year", ` on (?:January|February|March|April|May|June|July|August|September|October|November|December) [0-9]{1,2}, 20[0-9]{2}\b`},
		{"honorific repeat", `\b(?:Mr|Ms) [A-Z][a-z]+`},
		{"title repeat", `\b(?:Gen\.|President|Prime Minister) [A-Z][a-z]+ (?:said|met|held|will|is|offered|proposed|refused|declined|told)`},
		{"ministry", `[Tt]he [A-Z][a-z]+ Ministry of [A-Z]`},
		{"city body", `[Tt]he [A-Z][a-z]+ (?:City Council|Regional Council|Workers' Party)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			re := regexp.MustCompile(tt.re)
			if got := len(re.FindAllStringIndex(text, -1)); got == 0 {
				t.Errorf("pattern %q never appears in 300 articles", tt.re)
			}
		})
	}
}

// TestPools checks that names come from large pools (the graph is big) with
// a skew (some people recur, so the graph has hubs and long paths).
func TestPools(t *testing.T) {
	if testing.Short() {
		t.Skip("generates 10,000 articles")
	}
	given := map[string]bool{}
	for _, g := range slices.Concat(maleNames, femaleNames) {
		given[g] = true
	}
	surname := regexp.MustCompile(`^[A-Z][a-z]+`)
	cities := map[string]bool{}
	for _, c := range countries {
		for _, city := range c.Cities {
			cities[city] = true
		}
	}
	people := map[string]int{}
	places := map[string]bool{}
	const n = 10000
	for a := range Articles(42, n) {
		inArticle := map[string]bool{}
		// A person is a given name followed by a capitalized word.
		words := strings.Fields(a.Text)
		for i, w := range words[:len(words)-1] {
			w = strings.Trim(w, `"`)
			if s := surname.FindString(words[i+1]); given[w] && s != "" {
				inArticle[w+" "+s] = true
			}
		}
		for m := range inArticle {
			people[m]++
		}
		for city := range cities {
			if strings.Contains(a.Text, city) {
				places[city] = true
			}
		}
	}
	top := 0
	for _, c := range people {
		top = max(top, c)
	}
	t.Logf("%d distinct people, %d distinct cities, most frequent person in %d articles", len(people), len(places), top)
	if got, want := len(people), 5000; got < want {
		t.Errorf("distinct people = %d, want at least %d", got, want)
	}
	if got, want := len(places), 200; got < want {
		t.Errorf("distinct cities = %d, want at least %d", got, want)
	}
	if got, want := top, n/100; got < want {
		t.Errorf("most frequent person in %d articles, want at least %d (hubs)", got, want)
	}
}

func TestWriteDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := WriteDir(dir, 5, 12); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(entries), 12; got != want {
		t.Fatalf("files = %d, want %d", got, want)
	}
	for a := range Articles(5, 12) {
		b, err := os.ReadFile(filepath.Join(dir, a.Name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(b), a.File()); diff != "" {
			t.Errorf("%s (-got +want):\n%s", a.Name, diff)
		}
	}
}

func TestCorpus(t *testing.T) {
	tests := []struct {
		name  string
		words int
	}{
		{"one word", 1},
		{"ten thousand", 10000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := Corpus(9, tt.words)
			got := len(strings.Fields(c))
			if got < tt.words || got > tt.words+MaxWords+40 {
				t.Errorf("words = %d, want %d..%d", got, tt.words, tt.words+MaxWords+40)
			}
			if c != Corpus(9, tt.words) {
				t.Errorf("corpus not deterministic")
			}
			if !strings.HasPrefix(c, Generate(9, 0).Title+"\n\n") {
				t.Errorf("corpus does not start with the first article's title")
			}
		})
	}
}

func BenchmarkGenerate(b *testing.B) {
	words := 0
	for i := range b.N {
		words += Generate(1, i).Words()
	}
	b.ReportMetric(float64(words)/b.Elapsed().Seconds(), "words/s")
}
