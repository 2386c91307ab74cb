package ingest

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

// docResult is a Doc as compared in tests: the article, or the error's
// presence and a piece of its message.
type docResult struct {
	Name    string
	Article kg.Article
	Err     string // a substring the error must contain; "" means no error
}

func collectJSON(t *testing.T, name string, data string) []Doc {
	t.Helper()
	var docs []Doc
	if err := ParseJSON(name, []byte(data), func(d Doc) error { docs = append(docs, d); return nil }); err != nil {
		t.Fatalf("ParseJSON: %v", err)
	}
	return docs
}

// compareDocs checks docs against want: names and articles equal, errors
// present where wanted, wrapping kg.ErrInvalid and naming the input.
func compareDocs(t *testing.T, got []Doc, want []docResult) {
	t.Helper()
	var gotR []docResult
	for i, d := range got {
		r := docResult{Name: d.Name, Article: d.Article}
		if d.Err != nil {
			r.Err = d.Err.Error()
			if i < len(want) && want[i].Err != "" && strings.Contains(r.Err, want[i].Err) {
				r.Err = want[i].Err
			}
			if !strings.Contains(d.Err.Error(), d.Name) {
				t.Errorf("error %q does not name its input %q", d.Err, d.Name)
			}
		}
		gotR = append(gotR, r)
	}
	if diff := cmp.Diff(gotR, want); diff != "" {
		t.Errorf("docs (-got +want):\n%s", diff)
	}
}

func TestParseJSON(t *testing.T) {
	const text1 = "Officials in Ardmore said the bridge would reopen."
	const text2 = "Traders in Corvel said prices rose.\n\nA second paragraph."
	tests := []struct {
		name string
		in   string
		want []docResult
	}{
		{
			name: "one object",
			in:   `{"id": "x-1", "title": "Bridge to reopen", "date": "2022-02-03", "url": "https://news.example/b", "source": "Example Wire", "text": "` + text1 + `"}`,
			want: []docResult{{Name: "feeds/a.json", Article: article("Bridge to reopen", "2022-02-03", "Example Wire", "https://news.example/b", text1)}},
		},
		{
			name: "one pretty-printed object with a BOM",
			in:   "\uFEFF{\n  \"title\": \"Bridge to reopen\",\n  \"text\": \"" + text1 + "\"\n}\n",
			want: []docResult{{Name: "feeds/a.json", Article: article("Bridge to reopen", "", "a.json", "", text1)}},
		},
		{
			name: "array",
			in:   "[\n  {\"text\": \"" + text1 + "\"},\n\n  {\"body\": \"Traders in Corvel said prices rose.\\r\\n\\r\\nA second paragraph.\\n\"}\n]\n",
			want: []docResult{
				{Name: "feeds/a.json:2", Article: article("", "", "a.json", "", text1)},
				{Name: "feeds/a.json:4", Article: article("", "", "a.json", "", text2)},
			},
		},
		{
			name: "empty array",
			in:   "[]",
		},
		{
			name: "one-line array: records are named by index",
			in:   `[{"text": "` + text1 + `"}, {"text": ""}, {"text": "Traders in Corvel said prices rose."}]`,
			want: []docResult{
				{Name: "feeds/a.json:1 record 1", Article: article("", "", "a.json", "", text1)},
				{Name: "feeds/a.json:1 record 2", Err: "no article text"},
				{Name: "feeds/a.json:1 record 3", Article: article("", "", "a.json", "", "Traders in Corvel said prices rose.")},
			},
		},
		{
			name: "one-line array broken after two records",
			in:   `[{"text": "` + text1 + `"}, {"text": "Traders in Corvel said prices rose."}, {"text": ]`,
			want: []docResult{
				{Name: "feeds/a.json:1 record 1", Article: article("", "", "a.json", "", text1)},
				{Name: "feeds/a.json:1 record 2", Article: article("", "", "a.json", "", "Traders in Corvel said prices rose.")},
				{Name: "feeds/a.json:1 record 3", Err: "malformed JSON"},
			},
		},
		{
			name: "JSON Lines with a bad line",
			in: `{"text": "` + text1 + `"}` + "\n" +
				`{"text": "broken` + "\n" +
				`{"content": "Traders in Corvel said prices rose.\n\nA second paragraph."}` + "\n" +
				"\n" +
				`{"text": 42}` + "\n" +
				`{"headline": "Bridge to reopen", "text": "` + text1 + ` Again."}` + "\n",
			want: []docResult{
				{Name: "feeds/a.json:1", Article: article("", "", "a.json", "", text1)},
				{Name: "feeds/a.json:2", Err: "malformed JSON"},
				{Name: "feeds/a.json:3", Article: article("", "", "a.json", "", text2)},
				{Name: "feeds/a.json:5", Err: `field "text": want a string, got number`},
				{Name: "feeds/a.json:6", Article: article("Bridge to reopen", "", "a.json", "", text1+" Again.")},
			},
		},
		{
			name: "pretty-printed objects one after another",
			in:   "{\n \"text\": \"" + text1 + "\"\n}\n{\n \"text\": \"Traders in Corvel said prices rose.\"\n}\n",
			want: []docResult{
				{Name: "feeds/a.json:1", Article: article("", "", "a.json", "", text1)},
				{Name: "feeds/a.json:4", Article: article("", "", "a.json", "", "Traders in Corvel said prices rose.")},
			},
		},
		{
			name: "field aliases",
			in: `{"headline": "H1", "published": "2022-02-03", "link": "https://news.example/1", "body": "` + text1 + `"}` + "\n" +
				`{"title": "T2", "headline": "ignored", "published_at": "2022-02-03T22:15:00Z", "content": "C2"}` + "\n" +
				`{"publishedAt": "2022-02-04T01:15:00+05:00", "text": "T3", "body": "ignored"}` + "\n" +
				`{"date": "", "published": "2022-02-05", "text": "T4"}` + "\n",
			want: []docResult{
				{Name: "feeds/a.json:1", Article: article("H1", "2022-02-03", "a.json", "https://news.example/1", text1)},
				{Name: "feeds/a.json:2", Article: article("T2", "2022-02-03", "a.json", "", "C2")},
				{Name: "feeds/a.json:3", Article: article("", "2022-02-04", "a.json", "", "T3")},
				{Name: "feeds/a.json:4", Article: article("", "2022-02-05", "a.json", "", "T4")},
			},
		},
		{
			name: "id is only a hint",
			in:   `{"id": 7, "text": "` + text1 + `"}` + "\n" + `{"id": "other", "text": "` + text1 + `"}`,
			want: []docResult{
				{Name: "feeds/a.json:1", Article: article("", "", "a.json", "", text1)},
				{Name: "feeds/a.json:2", Article: article("", "", "a.json", "", text1)},
			},
		},
		{
			name: "source that is a url",
			in:   `{"source": "https://news.example/s", "text": "T"}`,
			want: []docResult{{Name: "feeds/a.json", Article: article("", "", "https://news.example/s", "https://news.example/s", "T")}},
		},
		{
			name: "bad records",
			in: "[\n" +
				`{"title": "no text"},` + "\n" +
				`{"text": "T", "date": "2022-13-01"},` + "\n" +
				`"just a string",` + "\n" +
				`{"text": "T", "date": "03/02/2022"},` + "\n" +
				`{"text": "T\u0000U"}` + "\n" +
				"]",
			want: []docResult{
				{Name: "feeds/a.json:2", Err: "no article text"},
				{Name: "feeds/a.json:3", Err: `malformed date "2022-13-01"`},
				{Name: "feeds/a.json:4", Err: "want a JSON object, got a string"},
				{Name: "feeds/a.json:5", Err: `malformed date "03/02/2022"`},
				{Name: "feeds/a.json:6", Err: "not valid UTF-8 text"},
			},
		},
		{
			name: "syntax error inside an array ends it",
			in:   "[\n{\"text\": \"A\"},\n{\"text\": \"B\" \"x\"},\n{\"text\": \"C\"}\n]",
			want: []docResult{
				{Name: "feeds/a.json:2", Article: article("", "", "a.json", "", "A")},
				{Name: "feeds/a.json:3", Err: "malformed JSON"},
			},
		},
		{
			name: "broken pretty-printed object is one error",
			in:   "{\n  \"text\": \"A\",\n  \"title\": oops\n}\n",
			want: []docResult{{Name: "feeds/a.json:3", Err: "malformed JSON"}},
		},
		{
			name: "data after the array",
			in:   "[{\"text\": \"A\"}]\n{\"text\": \"B\"}",
			want: []docResult{
				{Name: "feeds/a.json:1", Article: article("", "", "a.json", "", "A")},
				{Name: "feeds/a.json:2", Err: "data after the closing ]"},
			},
		},
		{
			name: "truncated array",
			in:   "[{\"text\": \"A\"}, {\"text\": ",
			want: []docResult{
				{Name: "feeds/a.json:1 record 1", Article: article("", "", "a.json", "", "A")},
				{Name: "feeds/a.json", Err: "unexpected end of input"},
			},
		},
		{
			name: "invalid UTF-8 on one line",
			in:   `{"text": "A"}` + "\n" + "{\"text\": \"caf\xe9\"}\n" + `{"text": "C"}`,
			want: []docResult{
				{Name: "feeds/a.json:1", Article: article("", "", "a.json", "", "A")},
				{Name: "feeds/a.json:2", Err: "not valid UTF-8 text"},
				{Name: "feeds/a.json:3", Article: article("", "", "a.json", "", "C")},
			},
		},
		{
			name: "UTF-16",
			in:   "\xff\xfe[\x00]\x00",
			want: []docResult{{Name: "feeds/a.json", Err: "it is UTF-16"}},
		},
		{
			name: "empty",
			in:   " \n ",
			want: []docResult{{Name: "feeds/a.json", Err: "no JSON records"}},
		},
		{
			name: "not JSON",
			in:   "Hello, world.",
			want: []docResult{{Name: "feeds/a.json", Err: "not JSON"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := collectJSON(t, "feeds/a.json", tt.in)
			for _, d := range got {
				if d.Err != nil && !errors.Is(d.Err, kg.ErrInvalid) {
					t.Errorf("%s: error %q does not wrap kg.ErrInvalid", d.Name, d.Err)
				}
			}
			compareDocs(t, got, tt.want)
		})
	}
}

func TestParseJSONTooBig(t *testing.T) {
	big := strings.Repeat("x", kg.MaxArticleBytes+1)
	got := collectJSON(t, "a.jsonl", `{"text": "A"}`+"\n"+`{"text": "`+big+`"}`+"\n"+`{"text": "C"}`)
	compareDocs(t, got, []docResult{
		{Name: "a.jsonl:1", Article: article("", "", "a.jsonl", "", "A")},
		{Name: "a.jsonl:2", Err: "article is 8.0 MB, the limit is 8 MB"},
		{Name: "a.jsonl:3", Article: article("", "", "a.jsonl", "", "C")},
	})
}

// TestParseJSONStops checks that fn's error ends the parse and is returned.
func TestParseJSONStops(t *testing.T) {
	stop := errors.New("stop")
	for _, in := range []string{
		"[{\"text\": \"A\"}, {\"text\": \"B\"}]",
		"{\"text\": \"A\"}\n{\"text\": \"B\"}",
		"{\"text\": \"A\"}\n{\"text\": \n{\"text\": \"B\"}",
	} {
		calls := 0
		err := ParseJSON("a.json", []byte(in), func(Doc) error { calls++; return stop })
		if !errors.Is(err, stop) || calls != 1 {
			t.Errorf("ParseJSON(%q) = %v after %d calls, want the stop error after 1", in, err, calls)
		}
	}
}
