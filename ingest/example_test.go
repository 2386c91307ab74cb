package ingest_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/newsgraph/newsgraph/ingest"
	"github.com/newsgraph/newsgraph/kg"
)

func ExampleParseText() {
	a, err := ingest.ParseText("news/harbour.txt", []byte(
		"date 2021-04-09\nsource https://news.example/harbour\nlicense: CC0-1.0\n\n"+
			"Ferries to resume\n\nThe harbour authority said on Friday that ferries would run again.\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Date.Format(kg.DateLayout), a.Source)
	fmt.Printf("%q\n", a.Title)
	fmt.Printf("%q\n", a.Text)

	_, err = ingest.ParseText("news/bad.txt", []byte("date 2021-13-45\n\nText."))
	fmt.Println(err)
	// Output:
	// 2021-04-09 https://news.example/harbour
	// "Ferries to resume"
	// "Ferries to resume\n\nThe harbour authority said on Friday that ferries would run again."
	// read news/bad.txt: malformed date "2021-13-45" (want YYYY-MM-DD): invalid input
}

func ExampleRead() {
	stdin := strings.NewReader(`{"title": "One", "date": "2021-04-09", "text": "First."}
{"text": 42}
{"body": "Second."}
`)
	ingest.Read(context.Background(), []string{"-"}, stdin, func(d ingest.Doc) error {
		if d.Err != nil {
			fmt.Println(d.Name, "failed:", d.Err)
			return nil
		}
		fmt.Println(d.Name, d.Article.Source, d.Article.Text)
		return nil
	})
	// Output:
	// stdin:1 stdin First.
	// stdin:2 failed: read stdin:2: field "text": want a string, got number: invalid input
	// stdin:3 stdin Second.
}

func ExampleExtractionWriter() {
	a := kg.Article{Text: "Nothing happened.", Source: "wire"}
	a.ID = kg.ArticleID(a.Text)
	w := ingest.NewExtractionWriter(os.Stdout)
	w.Add("news/quiet.txt", kg.Subgraph{Article: a})
	w.Close()
	// Output:
	// {"articles": [
	// {"source":"quiet.txt","article_id":"article:12d359c2c0f9b59f7b52","date":null,"entities":[],"relations":[]}
	// ]}
}
