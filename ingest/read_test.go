package ingest

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/kg"
)

// writeTree creates files (path -> content) under a new temporary folder
// and returns it.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for p, content := range files {
		full := filepath.Join(root, filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func readAll(t *testing.T, paths []string, stdin string) []Doc {
	t.Helper()
	var docs []Doc
	err := Read(context.Background(), paths, strings.NewReader(stdin), func(d Doc) error {
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	return docs
}

// rel makes doc names relative to root, with forward slashes, so that
// wants can be written plainly.
func rel(root string, docs []Doc) []Doc {
	for i := range docs {
		if r, err := filepath.Rel(root, docs[i].Name); err == nil && !strings.HasPrefix(r, "..") {
			docs[i].Name = filepath.ToSlash(r)
		}
	}
	return docs
}

func TestReadFolder(t *testing.T) {
	root := writeTree(t, map[string]string{
		"b.txt":              "date 2020-01-02\n\nB headline\n\nB body.",
		"a/1.txt":            "A one.",
		"a/2.jsonl":          "{\"text\": \"A two\"}\n{\"text\": \"A three\", \"date\": \"2020-01-03\"}\n",
		"a/.hidden.txt":      "hidden",
		".git/x.txt":         "hidden folder",
		"c.md":               "C markdown.",
		"d.json":             "[{\"text\": \"D one\"},\n{\"text\": \"D two\"}]",
		"e.pdf":              "%PDF-1.4 not read",
		"notes":              "no extension, not read in a walk",
		"z/deep/f.ndjson":    "{\"text\": \"F\"}",
		"z/deep/g.TXT":       "G upper-case extension.",
		"z/empty/README.rst": "nothing to read here",
		"y.text":             "Y text.",
	})
	got := rel(root, readAll(t, []string{root}, ""))
	compareDocs(t, got, []docResult{
		{Name: "a/1.txt", Article: article("", "", "1.txt", "", "A one.")},
		{Name: "a/2.jsonl:1", Article: article("", "", "2.jsonl", "", "A two")},
		{Name: "a/2.jsonl:2", Article: article("", "2020-01-03", "2.jsonl", "", "A three")},
		{Name: "b.txt", Article: article("B headline", "2020-01-02", "b.txt", "", "B headline\n\nB body.")},
		{Name: "c.md", Article: article("", "", "c.md", "", "C markdown.")},
		{Name: "d.json:1", Article: article("", "", "d.json", "", "D one")},
		{Name: "d.json:2", Article: article("", "", "d.json", "", "D two")},
		{Name: "y.text", Article: article("", "", "y.text", "", "Y text.")},
		{Name: "z/deep/f.ndjson:1", Article: article("", "", "f.ndjson", "", "F")},
		{Name: "z/deep/g.TXT", Article: article("", "", "g.TXT", "", "G upper-case extension.")},
	})
}

func TestReadPaths(t *testing.T) {
	root := writeTree(t, map[string]string{
		"notes":         "date 2020-05-06 An explicit file without extension is read.",
		"feed":          "{\"text\": \"Sniffed JSON\"}\n",
		".hidden.txt":   "Hidden files named explicitly are read.",
		"bad.txt":       "date 2020-13-01\n\nBad date.",
		"junk.txt":      "\x7fELF\x00\x00binary",
		"empty.txt":     "",
		"good.txt":      "Good.",
		"nothing/x.png": "not an article",
		"bad.jsonl":     "{\"text\": \"ok\"}\nnot json\n",
	})
	p := func(s string) string { return filepath.Join(root, s) }
	paths := []string{p("notes"), p("feed"), p(".hidden.txt"), p("missing.txt"), p("bad.txt"), p("junk.txt"),
		p("empty.txt"), p("nothing"), p("bad.jsonl"), p("good.txt")}
	got := rel(root, readAll(t, paths, ""))
	compareDocs(t, got, []docResult{
		{Name: "notes", Article: article("", "2020-05-06", "notes", "", "An explicit file without extension is read.")},
		{Name: "feed:1", Article: article("", "", "feed", "", "Sniffed JSON")},
		{Name: ".hidden.txt", Article: article("", "", ".hidden.txt", "", "Hidden files named explicitly are read.")},
		{Name: "missing.txt", Err: "no such file or directory"},
		{Name: "bad.txt", Err: `malformed date "2020-13-01"`},
		{Name: "junk.txt", Err: "not valid UTF-8 text"},
		{Name: "empty.txt", Err: "no article text"},
		{Name: "nothing", Err: "folder holds no articles"},
		{Name: "bad.jsonl:1", Article: article("", "", "bad.jsonl", "", "ok")},
		{Name: "bad.jsonl:2", Err: "malformed JSON"},
		{Name: "good.txt", Article: article("", "", "good.txt", "", "Good.")},
	})
	for _, d := range got {
		switch {
		case d.Name == "missing.txt" && !errors.Is(d.Err, fs.ErrNotExist):
			t.Errorf("%s: error %v does not wrap fs.ErrNotExist", d.Name, d.Err)
		case d.Name == "nothing" && !errors.Is(d.Err, kg.ErrNotFound):
			t.Errorf("%s: error %v does not wrap kg.ErrNotFound", d.Name, d.Err)
		case d.Name == "bad.txt" && !errors.Is(d.Err, kg.ErrInvalid):
			t.Errorf("%s: error %v does not wrap kg.ErrInvalid", d.Name, d.Err)
		}
	}
}

func TestReadUnreadable(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files whatever their mode")
	}
	root := writeTree(t, map[string]string{"a.txt": "A.", "locked/b.txt": "B.", "secret.txt": "S.", "z.txt": "Z."})
	if err := os.Chmod(filepath.Join(root, "secret.txt"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(root, "locked"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(root, "locked"), 0o755) })
	got := rel(root, readAll(t, []string{root}, ""))
	compareDocs(t, got, []docResult{
		{Name: "a.txt", Article: article("", "", "a.txt", "", "A.")},
		{Name: "locked", Err: "permission denied"},
		{Name: "secret.txt", Err: "permission denied"},
		{Name: "z.txt", Article: article("", "", "z.txt", "", "Z.")},
	})
}

func TestReadBrokenLinks(t *testing.T) {
	root := writeTree(t, map[string]string{"a.txt": "A.", "z.txt": "Z.", "sub/c.txt": "C."})
	for link, target := range map[string]string{"dangling.txt": "gone.txt", "loop.txt": "loop.txt", "linked.txt": "z.txt", "dirlink": "sub"} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	got := rel(root, readAll(t, []string{root, filepath.Join(root, "a.txt", "x.txt")}, ""))
	compareDocs(t, got, []docResult{
		{Name: "a.txt", Article: article("", "", "a.txt", "", "A.")},
		{Name: "dangling.txt", Err: "no such file or directory"},
		{Name: "linked.txt", Article: article("", "", "linked.txt", "", "Z.")},
		{Name: "loop.txt", Err: "too many levels of symbolic links"},
		{Name: "sub/c.txt", Article: article("", "", "c.txt", "", "C.")},
		{Name: "z.txt", Article: article("", "", "z.txt", "", "Z.")},
		{Name: "a.txt/x.txt", Err: "not a directory"},
	})
}

func TestReadTooBig(t *testing.T) {
	root := t.TempDir()
	big := filepath.Join(root, "big.txt")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(20 << 20); err != nil { // sparse: 20 MB of NULs, never read
		t.Fatal(err)
	}
	f.Close()
	bigJSON := filepath.Join(root, "big.json")
	if err := os.WriteFile(bigJSON, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(bigJSON, 70<<20); err != nil {
		t.Fatal(err)
	}
	got := rel(root, readAll(t, []string{big, bigJSON, "-"}, "x"+strings.Repeat("y", maxTextFileBytes)))
	compareDocs(t, got, []docResult{
		{Name: "big.txt", Err: "article is 20.0 MB, the limit is 8 MB"},
		{Name: "big.json", Err: "file is 70.0 MB, the limit for a JSON document is 64 MB"},
		{Name: "-", Err: "article is more than 8.0 MB, the limit is 8 MB"},
	})
}

// TestReadHugeLine checks that a JSON line too long for any article costs
// only itself, in a file and on standard input.
func TestReadHugeLine(t *testing.T) {
	huge := "{\"text\": \"" + strings.Repeat("x", maxRecordBytes) + "\"}"
	feed := huge + "\n{\"text\": \"After\"}\n"
	root := writeTree(t, map[string]string{"feed.jsonl": "{\"text\": \"Before\"}\n" + feed})
	got := rel(root, readAll(t, []string{root, "-"}, feed))
	compareDocs(t, got, []docResult{
		{Name: "feed.jsonl:1", Article: article("", "", "feed.jsonl", "", "Before")},
		{Name: "feed.jsonl:2", Err: "record is more than 16.1 MB, too large for one article (the limit is 8 MB)"},
		{Name: "feed.jsonl:3", Article: article("", "", "feed.jsonl", "", "After")},
		{Name: "stdin:1", Err: "record is more than 16.1 MB"},
		{Name: "stdin:2", Article: article("", "", "stdin", "", "After")},
	})
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		want  []docResult
	}{
		{
			name:  "text",
			stdin: "\n date 2020-01-02 Text from a pipe.\n",
			want:  []docResult{{Name: "-", Article: article("", "2020-01-02", "stdin", "", "Text from a pipe.")}},
		},
		{
			name:  "text with BOM and header",
			stdin: "\uFEFFsource: Wire\n\nHeadline\n\nBody.",
			want:  []docResult{{Name: "-", Article: article("Headline", "", "Wire", "", "Headline\n\nBody.")}},
		},
		{
			name:  "JSON Lines after blank lines",
			stdin: "\n\n{\"text\": \"One\"}\n{\"text\": \n{\"text\": \"Two\"}",
			want: []docResult{
				{Name: "stdin:3", Article: article("", "", "stdin", "", "One")},
				{Name: "stdin:4", Err: "malformed JSON"},
				{Name: "stdin:5", Article: article("", "", "stdin", "", "Two")},
			},
		},
		{
			name:  "one JSON line",
			stdin: "{\"text\": \"One\"}",
			want:  []docResult{{Name: "stdin:1", Article: article("", "", "stdin", "", "One")}},
		},
		{
			name:  "pretty-printed object",
			stdin: "{\n  \"text\": \"One\"\n}\n",
			want:  []docResult{{Name: "stdin", Article: article("", "", "stdin", "", "One")}},
		},
		{
			name:  "array",
			stdin: "\n[{\"text\": \"One\"},\n {\"text\": \"Two\"}]",
			want: []docResult{
				{Name: "stdin:2", Article: article("", "", "stdin", "", "One")},
				{Name: "stdin:3", Article: article("", "", "stdin", "", "Two")},
			},
		},
		{
			name:  "empty",
			stdin: " \n",
			want:  []docResult{{Name: "-", Err: "no article text"}},
		},
		{
			name:  "binary",
			stdin: "\x00\x01\x02",
			want:  []docResult{{Name: "-", Err: "not valid UTF-8 text"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			compareDocs(t, readAll(t, []string{"-"}, tt.stdin), tt.want)
		})
	}
	t.Run("no stdin", func(t *testing.T) {
		var got []Doc
		Read(context.Background(), []string{"-"}, nil, func(d Doc) error { got = append(got, d); return nil })
		compareDocs(t, got, []docResult{{Name: "-", Err: "no standard input"}})
	})
}

func TestReadStops(t *testing.T) {
	root := writeTree(t, map[string]string{"a.txt": "A.", "b.txt": "B.", "c.jsonl": "{\"text\": \"C\"}\n{\"text\": \"D\"}"})
	stop := errors.New("stop")
	for _, after := range []int{1, 3} {
		calls := 0
		err := Read(context.Background(), []string{root, root}, nil, func(Doc) error {
			calls++
			if calls == after {
				return stop
			}
			return nil
		})
		if !errors.Is(err, stop) || calls != after {
			t.Errorf("stop after %d: Read = %v after %d calls", after, err, calls)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	calls := 0
	err := Read(ctx, []string{root, root}, nil, func(Doc) error {
		calls++
		cancel()
		return nil
	})
	if !errors.Is(err, context.Canceled) || calls != 1 {
		t.Errorf("cancelled: Read = %v after %d calls, want context.Canceled after 1", err, calls)
	}
}
