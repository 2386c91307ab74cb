package webpage

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRead checks that any input gives an error or
// clean text: valid UTF-8, no carriage returns or tabs, paragraphs trimmed,
// the same answer twice.
func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"", "<", "<p>", "<p>x</p>", "<!doctype html><title>t</title><p>Body text here.</p>",
		"<html><body><script>alert(1)</script><article><p>A</p><p>A</p></article>", "<?xml version=\"1.0\"?><html><p>x",
		"<table><tr><td>a</td><td>b</td></tr></table>", "<p>caf\xe9</p>", "\uFEFF<div>\r\n x \t y</div>",
	} {
		f.Add([]byte(s))
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	for _, p := range files {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Read(data, "", nil)
		q, err2 := Read(data, "", nil)
		if (err == nil) != (err2 == nil) || p != q {
			t.Fatalf("two reads disagree")
		}
		if err != nil {
			return
		}
		if p.Text == "" || !utf8.ValidString(p.Text) || strings.ContainsAny(p.Text, "\r\t") || strings.TrimSpace(p.Text) != p.Text {
			t.Fatalf("text not clean: %q", p.Text)
		}
		for _, para := range strings.Split(p.Text, "\n\n") {
			if para == "" || strings.TrimSpace(para) != para {
				t.Fatalf("paragraph not trimmed: %q", para)
			}
		}
	})
}
