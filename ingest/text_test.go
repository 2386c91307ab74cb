package ingest

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

func day(s string) time.Time {
	t, err := time.Parse(kg.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

// article builds the article a reader should return, minting its ID from
// the text as the readers must.
func article(title, date, source, url, text string) kg.Article {
	a := kg.Article{Title: title, Source: source, URL: url, Text: text, ID: kg.ArticleID(text)}
	if date != "" {
		a.Date = day(date)
	}
	return a
}

func TestParseText(t *testing.T) {
	const body = "The Harbour Authority of Lowmere said on Friday that its ferries would run again.\n\nMore follows here."
	tests := []struct {
		name string
		in   string
		want kg.Article
	}{
		{
			name: "same-line date with leading space",
			in:   "  date 2021-04-09 The Harbour Authority of Lowmere said on Friday that its ferries would run again.\n\nMore follows here.\n",
			want: article("", "2021-04-09", "a.txt", "", body),
		},
		{
			name: "same-line date separated by a tab",
			in:   "date 2021-04-09\tThe Harbour Authority of Lowmere said on Friday that its ferries would run again.\n\nMore follows here.",
			want: article("", "2021-04-09", "a.txt", "", body),
		},
		{
			name: "own-line date then headline",
			in:   "date 2021-04-09\n\nFerries to resume\n\n" + body,
			want: article("Ferries to resume", "2021-04-09", "a.txt", "", "Ferries to resume\n\n"+body),
		},
		{
			name: "own-line date with the headline right under it",
			in:   "date 2021-04-09\nFerries to resume\n\n" + body,
			want: article("Ferries to resume", "2021-04-09", "a.txt", "", "Ferries to resume\n\n"+body),
		},
		{
			name: "header block with source url and license lines",
			in: "date 2021-04-09\nsource https://news.example/lowmere-ferries\n" +
				"license: CC BY 4.0 (example); text re-joined from tokens\nlicense-note: second line\n\nFerries to resume\n\n" + body,
			want: article("Ferries to resume", "2021-04-09", "https://news.example/lowmere-ferries",
				"https://news.example/lowmere-ferries", "Ferries to resume\n\n"+body),
		},
		{
			name: "header block without colons and a many-word source",
			in:   "date 2021-04-09\nsource the example wire\nlicense CC0-1.0\n\nFerries to resume\n\n" + body,
			want: article("Ferries to resume", "2021-04-09", "the example wire", "", "Ferries to resume\n\n"+body),
		},
		{
			name: "colon header block with title, url, author and RFC 3339 date",
			in: "Title: Lowmere ferries back\nDate: 2021-04-09T23:30:00-05:00\nURL: https://news.example/f\n" +
				"Author: A. Writer\nTags: ports, ferries\n\n" + body,
			want: article("Lowmere ferries back", "2021-04-09", "https://news.example/f", "https://news.example/f", body),
		},
		{
			name: "dates with a time of day",
			in:   "date: 2021-04-09 10:30 UTC\nsource x.example\n\nFerries to resume\n\n" + body,
			want: article("Ferries to resume", "2021-04-09", "x.example", "", "Ferries to resume\n\n"+body),
		},
		{
			name: "same-line body that starts with a number",
			in:   "date 2021-04-09 10 ferries will run again, officials said.",
			want: article("", "2021-04-09", "a.txt", "", "10 ferries will run again, officials said."),
		},
		{
			name: "header whose url and source differ",
			in:   "source: Example Wire\nlink: https://news.example/f\n\n" + body,
			want: article("", "", "Example Wire", "https://news.example/f", body),
		},
		{
			name: "no header, headline",
			in:   "Ferries to resume\n\n" + body,
			want: article("Ferries to resume", "", "a.txt", "", "Ferries to resume\n\n"+body),
		},
		{
			name: "no header, first paragraph is not a headline",
			in:   body,
			want: article("", "", "a.txt", "", body),
		},
		{
			name: "CRLF line endings",
			in:   "date 2021-04-09\r\nsource x.example\r\n\r\nFerries to resume\r\n\r\n" + strings.ReplaceAll(body, "\n", "\r\n") + "\r\n",
			want: article("Ferries to resume", "2021-04-09", "x.example", "", "Ferries to resume\n\n"+body),
		},
		{
			name: "old Mac line endings",
			in:   "date 2021-04-09\r\rFerries to resume\r\r" + strings.ReplaceAll(body, "\n", "\r"),
			want: article("Ferries to resume", "2021-04-09", "a.txt", "", "Ferries to resume\n\n"+body),
		},
		{
			name: "byte-order mark",
			in:   "\uFEFFdate 2021-04-09\n\nFerries to resume\n\n" + body,
			want: article("Ferries to resume", "2021-04-09", "a.txt", "", "Ferries to resume\n\n"+body),
		},
		{
			name: "prose that starts with the word date",
			in:   "Date set for Lowmere vote\n\n" + body,
			want: article("Date set for Lowmere vote", "", "a.txt", "", "Date set for Lowmere vote\n\n"+body),
		},
		{
			name: "prose that starts with the word source",
			in:   "Source close to the port says ferries will run.\n\n" + body,
			want: article("", "", "a.txt", "", "Source close to the port says ferries will run.\n\n"+body),
		},
		{
			name: "prose that starts with an unknown key and a colon",
			in:   "Update: ferries run again\n\n" + body,
			want: article("Update: ferries run again", "", "a.txt", "", "Update: ferries run again\n\n"+body),
		},
		{
			name: "headline ending in a question mark",
			in:   "Will the ferries run?\n\n" + body,
			want: article("Will the ferries run?", "", "a.txt", "", "Will the ferries run?\n\n"+body),
		},
		{
			name: "Markdown heading",
			in:   "## Ferries to resume\n\n" + body,
			want: article("Ferries to resume", "", "a.txt", "", "## Ferries to resume\n\n"+body),
		},
		{
			name: "hashtag is not a heading",
			in:   "#ferries trending\n\n" + body,
			want: article("#ferries trending", "", "a.txt", "", "#ferries trending\n\n"+body),
		},
		{
			name: "single line",
			in:   "Just one line of news.",
			want: article("", "", "a.txt", "", "Just one line of news."),
		},
		{
			name: "non-ASCII text",
			in:   "date 2021-04-09 Łódź and São Paulo signed a pact, officials said.",
			want: article("", "2021-04-09", "a.txt", "", "Łódź and São Paulo signed a pact, officials said."),
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseText("dir/a.txt", []byte(tt.in))
			if err != nil {
				t.Fatalf("ParseText: %v", err)
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("ParseText (-got +want):\n%s", diff)
			}
		})
	}
}

func TestParseTextErrors(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want []string // substrings of the message, besides the file name
		kind error
	}{
		{"malformed date", []byte("date 2024-13-45\n\nSome text."), []string{`"2024-13-45"`, "YYYY-MM-DD"}, kg.ErrInvalid},
		{"malformed same-line date", []byte("date 2024-02-30 Some text."), []string{`"2024-02-30"`}, kg.ErrInvalid},
		{"malformed colon date", []byte("date: yesterday\n\nSome text."), []string{`"yesterday"`}, kg.ErrInvalid},
		{"two dates", []byte("date 2024-01-01\npublished 2024-01-02\n\nSome text."), []string{"two different dates"}, kg.ErrInvalid},
		{"empty", nil, []string{"no article text"}, kg.ErrInvalid},
		{"white space only", []byte(" \n\t\r\n "), []string{"no article text"}, kg.ErrInvalid},
		{"header only", []byte("date 2024-01-01\nsource x.example\n\n  \n"), []string{"no article text"}, kg.ErrInvalid},
		{"NUL bytes", []byte("Some\x00text\x00"), []string{"not valid UTF-8 text", "NUL"}, kg.ErrInvalid},
		{"not UTF-8", []byte("Caf\xe9 owners said \xff\xfe."), []string{"not valid UTF-8 text", "offset 3"}, kg.ErrInvalid},
		{"UTF-16", []byte("\xff\xfeS\x00o\x00"), []string{"not valid UTF-8 text", "UTF-16"}, kg.ErrInvalid},
		{"too big", []byte(strings.Repeat("word ", kg.MaxArticleBytes/5+1)), []string{"article is 8.0 MB, the limit is 8 MB"}, kg.ErrInvalid},
		{"title too long", []byte("title: " + strings.Repeat("x", kg.MaxTitleBytes+1) + "\n\nBody."), []string{"title"}, kg.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseText("dir/bad.txt", tt.in)
			if err == nil {
				t.Fatalf("ParseText = %+v, want an error", got)
			}
			if !errors.Is(err, tt.kind) {
				t.Errorf("error %q does not wrap %v", err, tt.kind)
			}
			for _, w := range append(tt.want, "dir/bad.txt") {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
		})
	}
}

// TestParseTextSameIDAcrossForms checks that the ID depends on the article,
// not on how the file was written.
func TestParseTextSameIDAcrossForms(t *testing.T) {
	forms := []string{
		"date 2021-04-09\n\nFerries to resume\n\nBoats run again.",
		"\uFEFFdate 2021-04-09\r\n\r\nFerries to resume\r\n\r\nBoats run again.\r\n",
		"title: Ferries to resume\n\nFerries to resume\n\nBoats run again.\n\n\n",
	}
	var ids []string
	for _, f := range forms {
		a, err := ParseText("a.txt", []byte(f))
		if err != nil {
			t.Fatalf("ParseText(%q): %v", f, err)
		}
		ids = append(ids, a.ID)
	}
	for i := range ids {
		if got, want := ids[i], ids[0]; got != want {
			t.Errorf("form %d: ID %s, want %s like form 0", i, got, want)
		}
	}
}

// TestParseArticleAgreesWithParseText: the API and the readers are one
// door. Whatever ParseText refuses, ParseArticle refuses; what it accepts
// gets the same text, ID and date.
func TestParseArticleAgreesWithParseText(t *testing.T) {
	for _, text := range []string{
		"",
		"   \n\t ",
		"date 2024-01-02\n",
		"date: 2024-01-02\ntitle: Only a header\n\n",
		"date 2024-01-02\n\nAnna Berg met Tomas Brandt.",
		"date 2024-01-02 Anna Berg met Tomas Brandt.",
		"\uFEFFAnna Berg met Tomas Brandt.\r\nThey talked.\r\n",
		"Anna \x00Berg",
		"\xff\xfeA\x00",
		"date 2024-13-45\n\nBody.",
		"Date night in Oslo was quiet.",
	} {
		fromFile, ferr := ParseText("x", []byte(text))
		fromAPI, aerr := ParseArticle("x", kg.Article{Text: text})
		if (ferr == nil) != (aerr == nil) {
			t.Errorf("%q: ParseText error %v, ParseArticle error %v", text, ferr, aerr)
			continue
		}
		if ferr != nil {
			if !errors.Is(aerr, kg.ErrInvalid) {
				t.Errorf("%q: ParseArticle error %v is not ErrInvalid", text, aerr)
			}
			continue
		}
		if fromAPI.ID != fromFile.ID || fromAPI.Text != fromFile.Text || !fromAPI.Date.Equal(fromFile.Date) {
			t.Errorf("%q: API read %+v, file read %+v", text, fromAPI, fromFile)
		}
	}
}
