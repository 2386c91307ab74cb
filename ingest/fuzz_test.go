package ingest

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

// sameMessage compares errors by their messages.
var sameMessage = cmp.Comparer(func(a, b error) bool {
	return a == nil && b == nil || a != nil && b != nil && a.Error() == b.Error()
})

// addExampleSeeds adds the repository's example articles as fuzz seeds.
func addExampleSeeds(f *testing.F, exts ...string) {
	for _, ext := range exts {
		files, _ := filepath.Glob(filepath.Join("..", "examples", "articles", "*"+ext))
		for _, p := range files {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b)
			}
		}
	}
}

// checkArticle checks what every article a reader returns must satisfy.
func checkArticle(t *testing.T, name string, a kg.Article) {
	t.Helper()
	if err := a.Validate(); err != nil {
		t.Errorf("%s: invalid article: %v", name, err)
	}
	switch {
	case a.Text == "" || len(a.Text) > kg.MaxArticleBytes:
		t.Errorf("%s: text of %d bytes", name, len(a.Text))
	case !utf8.ValidString(a.Text) || !utf8.ValidString(a.Title):
		t.Errorf("%s: text or title not UTF-8", name)
	case strings.TrimSpace(a.Text) != a.Text:
		t.Errorf("%s: text not trimmed: %q", name, a.Text)
	case strings.ContainsAny(a.Text, "\r\x00"):
		t.Errorf("%s: text holds a CR or NUL: %q", name, a.Text)
	case a.ID != kg.ArticleID(a.Text):
		t.Errorf("%s: ID %s is not the hash of the text", name, a.ID)
	case !a.Date.IsZero() && (a.Date.Location() != nil && a.Date.Location().String() != "UTC" || a.Date.Hour() != 0):
		t.Errorf("%s: date %v is not a calendar date", name, a.Date)
	}
}

func checkErr(t *testing.T, name string, err error) {
	t.Helper()
	if !errors.Is(err, kg.ErrInvalid) && !errors.Is(err, kg.ErrNotFound) {
		t.Errorf("%s: error %q wraps no kg kind", name, err)
	}
	if !strings.Contains(err.Error(), name) {
		t.Errorf("error %q does not name %q", err, name)
	}
}

func FuzzParseText(f *testing.F) {
	for _, s := range []string{
		"", " date 2021-04-09 Body on the same line.", "date 2021-04-09\n\nHeadline\n\nBody.",
		"date 2021-04-09\nsource https://x.example/a\nlicense: CC BY\n\nHeadline\n\nBody.",
		"Title: T\nDate: 2021-04-09T10:00:00Z\n\nBody.", "\uFEFFdate 2021-13-45\r\n\r\nBody\r\n",
		"date: \n\n", "source\n", "date 2021-04-09", "Caf\xe9", "a\x00b", "title: x\nauthor: y\n\n\n",
	} {
		f.Add([]byte(s))
	}
	addExampleSeeds(f, ".txt")
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseText("fuzz/in.txt", data)
		b, err2 := ParseText("fuzz/in.txt", data)
		if (err == nil) != (err2 == nil) || err != nil && err.Error() != err2.Error() {
			t.Fatalf("two parses disagree: %v / %v", err, err2)
		}
		if diff := cmp.Diff(a, b); diff != "" {
			t.Fatalf("two parses disagree (-first +second):\n%s", diff)
		}
		// Line endings and a byte-order mark do not change what is read.
		if !bytes.ContainsRune(data, '\r') && !bytes.HasPrefix(data, []byte("\uFEFF")) {
			crlf := append([]byte("\uFEFF"), bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))...)
			c, cerr := ParseText("fuzz/in.txt", crlf)
			if (err == nil) != (cerr == nil) {
				t.Fatalf("LF: %v; CRLF with BOM: %v", err, cerr)
			}
			if diff := cmp.Diff(a, c); diff != "" {
				t.Fatalf("LF and CRLF with BOM differ (-LF +CRLF):\n%s", diff)
			}
		}
		if err != nil {
			checkErr(t, "fuzz/in.txt", err)
			return
		}
		checkArticle(t, "fuzz/in.txt", a)
	})
}

func FuzzParseJSON(f *testing.F) {
	for _, s := range []string{
		"", "{}", "[]", `{"text": "A"}`, "[{\"text\": \"A\"},\n{\"body\": \"B\", \"published\": \"2021-01-02T03:04:05Z\"}]",
		"{\"text\": \"A\"}\n{\"text\": \n{\"content\": \"C\", \"date\": \"2021-02-30\"}", "{\n \"text\": \"A\"\n}\n{\"text\": \"B\"}",
		`{"text": 1}`, `["x", null, 2]`, `{"text": "\u0000"}`, "{\"text\": \"caf\xe9\"}", `[{"text": "A"}] x`,
	} {
		f.Add([]byte(s))
	}
	addExampleSeeds(f, ".jsonl", ".json")
	f.Fuzz(func(t *testing.T, data []byte) {
		parse := func() []Doc {
			var docs []Doc
			if err := ParseJSON("fuzz/in.json", data, func(d Doc) error { docs = append(docs, d); return nil }); err != nil {
				t.Fatalf("ParseJSON returned %v though fn never fails", err)
			}
			return docs
		}
		first, second := parse(), parse()
		if diff := cmp.Diff(first, second, sameMessage); diff != "" {
			t.Fatalf("two parses disagree (-first +second):\n%s", diff)
		}
		if len(first) == 0 && len(strings.TrimSpace(strings.TrimPrefix(string(data), "\uFEFF"))) > 0 && !strings.HasPrefix(strings.TrimSpace(string(data)), "[") {
			t.Errorf("no doc for non-empty input %q", data)
		}
		for _, d := range first {
			if !strings.HasPrefix(d.Name, "fuzz/in.json") {
				t.Errorf("doc named %q", d.Name)
			}
			if d.Err != nil {
				checkErr(t, d.Name, d.Err)
				continue
			}
			checkArticle(t, d.Name, d.Article)
		}
	})
}

// FuzzReadStdin fuzzes the sniffing reader: whatever arrives on standard
// input, text or JSON, yields docs that are valid articles or named errors.
func FuzzReadStdin(f *testing.F) {
	for _, s := range []string{
		"", " date 2021-04-09 Body.", "\n\n{\"text\": \"A\"}\n{\"text\": \n{\"text\": \"B\"}", "{\n\"text\": \"A\"\n}",
		"[{\"text\": \"A\"}]", "\uFEFF[", "{", "\x00", "date: x\n\nBody",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		read := func() []Doc {
			var docs []Doc
			err := Read(context.Background(), []string{"-"}, bytes.NewReader(data), func(d Doc) error {
				docs = append(docs, d)
				return nil
			})
			if err != nil {
				t.Fatalf("Read returned %v though fn never fails", err)
			}
			return docs
		}
		first, second := read(), read()
		if diff := cmp.Diff(first, second, sameMessage); diff != "" {
			t.Fatalf("two reads disagree (-first +second):\n%s", diff)
		}
		if len(first) == 0 && !strings.HasPrefix(strings.TrimLeft(string(data), " \t\r\n\uFEFF"), "[") {
			t.Errorf("no doc for input %q", data)
		}
		for _, d := range first {
			if d.Name != "-" && !strings.HasPrefix(d.Name, "stdin") {
				t.Errorf("doc named %q", d.Name)
			}
			if d.Err != nil {
				checkErr(t, d.Name, d.Err)
				continue
			}
			checkArticle(t, d.Name, d.Article)
		}
	})
}
