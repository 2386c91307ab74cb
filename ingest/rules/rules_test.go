package rules

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// readArticle reads a test article: a "date YYYY-MM-DD" line, a blank line,
// then the text.
func readArticle(t testing.TB, path string) kg.Article {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s := string(b)
	head, body, ok := strings.Cut(s, "\n\n")
	if !ok || !strings.HasPrefix(head, "date ") {
		t.Fatalf("%s: want a date line and a blank line", path)
	}
	// the real articles of testdata/wikinews also name their source and
	// license in the header block
	head, _, _ = strings.Cut(head, "\n")
	date, err := time.Parse(kg.DateLayout, strings.TrimSpace(strings.TrimPrefix(head, "date ")))
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	body = strings.TrimSpace(body)
	return kg.Article{ID: kg.ArticleID(body), Date: date, Source: filepath.Base(path), Text: body}
}

// view is the golden form of a subgraph: what a reader checks by eye.
type view struct {
	Entities  []entityView   `json:"entities"`
	Relations []relationView `json:"relations"`
}

type entityView struct {
	ID       string   `json:"id"`
	Aliases  []string `json:"aliases,omitempty"`
	Mentions int      `json:"mentions"`
	Country  string   `json:"country,omitempty"`
	PlaceID  string   `json:"place_id,omitempty"`
	Start    string   `json:"start,omitempty"`
}

type relationView struct {
	Type     kg.RelType `json:"type"`
	Source   string     `json:"source"`
	Target   string     `json:"target,omitempty"`
	Status   kg.Status  `json:"status"`
	Date     string     `json:"date,omitempty"`
	Quote    string     `json:"quote,omitempty"`
	Evidence string     `json:"evidence"`
}

func viewOf(sg kg.Subgraph) view {
	v := view{Entities: []entityView{}, Relations: []relationView{}}
	for _, e := range sg.Entities {
		ev := entityView{ID: e.ID, Aliases: e.Aliases, Mentions: e.Mentions, Country: e.Country, PlaceID: e.PlaceID}
		if !e.StartDate.IsZero() {
			ev.Start = e.StartDate.Format(kg.DateLayout)
		}
		v.Entities = append(v.Entities, ev)
	}
	for _, r := range sg.Relations {
		rv := relationView{Type: r.Type, Source: r.Source, Target: r.Target, Status: r.Status, Quote: r.Quote, Evidence: r.Evidence.Sentence}
		if !r.Date.IsZero() {
			rv.Date = r.Date.Format(kg.DateLayout) + " (" + string(r.Precision) + ")"
		}
		v.Relations = append(v.Relations, rv)
	}
	return v
}

func TestGolden(t *testing.T) {
	paths, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	x := New()
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			a := readArticle(t, p)
			sg, err := x.Extract(context.Background(), a)
			if err != nil {
				t.Fatal(err)
			}
			if err := sg.Validate(); err != nil {
				t.Fatalf("subgraph does not validate: %v", err)
			}
			checkOffsets(t, a, sg)
			got, err := json.MarshalIndent(viewOf(sg), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(p, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if diff := cmp.Diff(string(want), string(got)); diff != "" {
				t.Errorf("output differs from %s (-want +got):\n%s", golden, diff)
			}
		})
	}
}

// checkOffsets asserts that every mention and evidence points at the text
// it claims, on UTF-8 boundaries.
func checkOffsets(t *testing.T, a kg.Article, sg kg.Subgraph) {
	t.Helper()
	in := func(s, e int) bool {
		return s >= 0 && s <= e && e <= len(a.Text) && (s == len(a.Text) || utf8.RuneStart(a.Text[s])) && (e == len(a.Text) || utf8.RuneStart(a.Text[e]))
	}
	for _, m := range sg.Mentions {
		if !in(m.Start, m.End) || a.Text[m.Start:m.End] != m.Text {
			t.Errorf("mention %+v does not match the text", m)
		}
	}
	for _, r := range sg.Relations {
		ev := r.Evidence
		if !in(ev.Start, ev.End) || a.Text[ev.Start:ev.End] != ev.Sentence {
			t.Errorf("relation %s evidence %d..%d does not match the text", r.ID, ev.Start, ev.End)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"abbreviations", "The U.S. and Mr. Hale met Gen. Ross.", []string{"The", "U.S.", "and", "Mr.", "Hale", "met", "Gen.", "Ross", "."}},
		{"initials", "George W. Bush spoke.", []string{"George", "W.", "Bush", "spoke", "."}},
		{"initials before a modifier", "The U.S.-led coalition and U.N.-backed talks.", []string{"The", "U.S.-led", "coalition", "and", "U.N.-backed", "talks", "."}},
		{"numbers", "It rose 3.5% to 1,200 on 24 February 2022.", []string{"It", "rose", "3.5%", "to", "1,200", "on", "24", "February", "2022", "."}},
		{"a decimal after a hyphen", "A magnitude-5.5 aftershock hit Tarma. Its M-2.0 grade. Room-5. Next.", []string{"A", "magnitude-5.5", "aftershock", "hit", "Tarma", ".", "Its", "M-2.0", "grade", ".", "Room-5", ".", "Next", "."}},
		{"possessive", "Russia's army and Kenya\u2019s port", []string{"Russia", "'s", "army", "and", "Kenya", "\u2019s", "port"}},
		{"quotes", "\u201cNo,\u201d he said. \"Yes.\"", []string{"\u201c", "No", ",", "\u201d", "he", "said", ".", "\"", "Yes", ".", "\""}},
		{"contraction and hyphen", "They don't trust al-Amin's pro-Moscow allies.", []string{"They", "don't", "trust", "al-Amin", "'s", "pro-", "Moscow", "allies", "."}},
		{"plural possessive", "the envoys' tasks", []string{"the", "envoys", "'", "tasks"}},
		{"a name's last word spelled like a month before a full stop", "It was Ali Jan. Ali left on Jan. 5.", []string{"It", "was", "Ali", "Jan", ".", "Ali", "left", "on", "Jan.", "5", "."}},
		{"invalid utf8", "a\xffb", []string{"a", "\xff", "b"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text)
			var got []string
			for _, tok := range toks {
				if tt.text[tok.start:tok.end] != tok.text {
					t.Errorf("token %q at %d..%d, text there is %q", tok.text, tok.start, tok.end, tt.text[tok.start:tok.end])
				}
				got = append(got, tok.text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("tokens (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"plain", "One thing happened. Another followed! Why?", []string{"One thing happened.", "Another followed!", "Why?"}},
		{"titles do not end", "Mr. Hale met Maj. Gen. Ross. They talked.", []string{"Mr. Hale met Maj. Gen. Ross.", "They talked."}},
		{"acronym at end", "He lives in the U.S. The rest stayed.", []string{"He lives in the U.S.", "The rest stayed."}},
		{"acronym inside", "The U.S. Army left.", []string{"The U.S. Army left."}},
		{"quote then attribution", "\u201cWe will stay.\u201d he said. \u201cNo more.\u201d", []string{"\u201cWe will stay.\u201d he said.", "\u201cNo more.\u201d"}},
		{"a question then its speaker", "\u201cWhy now?\u201d Ana Costa asked the court. \u201cWhy?\u201d The judge left.",
			[]string{"\u201cWhy now?\u201d Ana Costa asked the court.", "\u201cWhy?\u201d", "The judge left."}},
		{"paragraphs", "Headline here\n\nBody starts. Ends here.", []string{"Headline here", "Body starts.", "Ends here."}},
		{"decimal", "It grew 2.5 percent. Then fell.", []string{"It grew 2.5 percent.", "Then fell."}},
		{"hard-wrapped lines", "The talks in Oslo went\non for hours. They ended\nLate.", []string{"The talks in Oslo went\non for hours.", "They ended", "Late."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text)
			var got []string
			for _, s := range splitSentences(toks) {
				got = append(got, tt.text[s.start:s.end])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("sentences (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFindDate(t *testing.T) {
	art := time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC) // a Thursday
	tests := []struct {
		name, text string
		future     bool
		want       string
		prec       kg.Precision
		ok         bool
	}{
		{"weekday past", "It happened on Tuesday.", false, "2024-03-12", kg.PrecisionDay, true},
		{"same weekday", "It happened on Thursday.", false, "2024-03-14", kg.PrecisionDay, true},
		{"weekday future", "They will meet on Tuesday.", true, "2024-03-19", kg.PrecisionDay, true},
		{"weekday evening", "Late on Monday evening, it went on.", false, "2024-03-11", kg.PrecisionDay, true},
		{"yesterday", "Yesterday it rained.", false, "2024-03-13", kg.PrecisionDay, true},
		{"today", "In an address today he spoke.", false, "2024-03-14", kg.PrecisionDay, true},
		{"last night", "Shells fell last night.", false, "2024-03-13", kg.PrecisionDay, true},
		{"month day year", "It began on February 24 2022.", false, "2022-02-24", kg.PrecisionDay, true},
		{"month day comma year", "It began on February 24, 2022.", false, "2022-02-24", kg.PrecisionDay, true},
		{"day month year", "It began on 24 February 2022.", false, "2022-02-24", kg.PrecisionDay, true},
		{"month day no year", "The vote is on March 30.", true, "2024-03-30", kg.PrecisionDay, true},
		{"month day past year", "It began on November 30.", false, "2023-11-30", kg.PrecisionDay, true},
		{"ordinal of month", "The vote on the 28th of October.", true, "2024-10-28", kg.PrecisionDay, true},
		{"month year", "An inquiry opened in March 2021.", false, "2021-03-01", kg.PrecisionMonth, true},
		{"last month", "They met last month.", false, "2024-02-01", kg.PrecisionMonth, true},
		{"next year", "They will meet next year.", true, "2025-01-01", kg.PrecisionYear, true},
		{"may is a verb", "They may meet.", false, "", "", false},
		{"none", "Nothing here.", false, "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tokenize(tt.text)
			r, ok := findDate(toks, 0, len(toks), art, tt.future, nil)
			if ok != tt.ok {
				t.Fatalf("found = %v, want %v", ok, tt.ok)
			}
			if !ok {
				return
			}
			if got := r.t.Format(kg.DateLayout); got != tt.want || r.prec != tt.prec {
				t.Errorf("got %s (%s), want %s (%s)", got, r.prec, tt.want, tt.prec)
			}
		})
	}
}

// extractOne runs the extractor over text dated 2024-03-14.
func extractOne(t *testing.T, text string) kg.Subgraph {
	t.Helper()
	a := kg.Article{ID: kg.ArticleID(text), Text: text, Date: time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)}
	sg, err := New().Extract(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if err := sg.Validate(); err != nil {
		t.Fatal(err)
	}
	return sg
}

// TestRelationDates covers which date of a sentence a relation takes.
func TestRelationDates(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"a weekday of the sentence", "Lars Holm said on Tuesday that the talks had failed.", "2024-03-12 (day)"},
		{"a relative clause's date is its own", "Lars Holm, who was sworn in on Sunday, said the talks had failed.", "2024-03-14 (article)"},
		{"a relative clause's date, and the sentence's", "Lars Holm, who was sworn in on Sunday, said on Tuesday that the talks had failed.", "2024-03-12 (day)"},
		{"a relative clause dates its own attack", "Peru, which shelled the port of Arica on Monday, moved more troops north.", "2024-03-11 (day)"},
		{"an attack carried from the sentence before takes its day", "Peru bombed the port of Arica on Monday. The strikes hit a market, killing 12 people.", "2024-03-11 (day)"},
		{"days ago count back from the article's day", "Peru shelled the port of Arica two days ago.", "2024-03-12 (day)"},
		{"a statement made last week has no day", "Lars Holm told a rally in Arequipa last week that taxes would rise.", "0001-01-01 (none)"},
		{"last week fixes no day", "Peru shelled the port of Arica last week.", "0001-01-01 (none)"},
		{"last month fixes the month", "Peru shelled the port of Arica last month.", "2024-02-01 (month)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sg := extractOne(t, tt.text)
			var rels []kg.Relation
			for _, r := range sg.Relations {
				if r.Type != kg.OccurredIn && r.Type != kg.ParticipatedIn {
					rels = append(rels, r) // an event's links take no date of their own
				}
			}
			if len(rels) != 1 {
				t.Fatalf("got %d relations, want 1", len(rels))
			}
			r := rels[0]
			if got := r.Date.Format(kg.DateLayout) + " (" + string(r.Precision) + ")"; got != tt.want {
				t.Errorf("date %s, want %s", got, tt.want)
			}
		})
	}
}

func TestResolution(t *testing.T) {
	tests := []struct {
		name, text string
		id         string
		aliases    []string
	}{
		{"surname and honorific", "Prime Minister Lars Holm arrived. Mr Holm spoke. Holm left.", "person:lars-holm",
			[]string{"Holm", "Mr Holm", "Prime Minister Lars Holm"}},
		{"surname before full name", "Holm arrived late. Lars Holm is prime minister.", "person:lars-holm", []string{"Holm"}},
		{"a nation's government within a state is not the state's", "The Scottish Government said the prison was full. The UK government said it would build another.", "organization:scottish-government", nil},
		{"a chamber is no committee of it", "The Varnok Senate Intelligence Committee met. The Varnok Senate voted.", "organization:varnok-senate-intelligence-committee", nil},
		{"Brussels acting is the European Union", "Brussels warned Budapest that the funds would be frozen.", "organization:european-union", []string{"Brussels", "E.U.", "EU"}},
		{"rebels are no airline", "Varnok Airlines Flight VA17 was shot down over Peru on Thursday. Varnok Airlines said 90 people died. The rebels denied it.", "organization:varnok-airlines", nil},
		{"a town is no given name that sounds like it", "Sir Rami Holm spoke. Rui Lopes will meet Ana Costa in Rome on Wednesday.", "person:rami-holm", []string{"Sir Rami Holm"}},
		{"the spelling as written before a variant", "Pavel Kostenny died on Friday. His wife, Olga Kostennaya, spoke in Oslo. Kostenny was 47.", "person:pavel-kostenny", []string{"Kostenny"}},
		{"a short name meets no other short name on its first letter alone", "Professor Rui Leal spoke first. \u201cWe will win,\u201d Lulo said.", "person:rui-leal", []string{"Professor Rui Leal"}},
		{"a title and a surname alone", "President Holm spoke on Monday. Ana Torres de Lima listened.", "person:holm", []string{"President Holm"}},
		{"a middle part of a long name stands alone", "President Ana Torres de Lima spoke. Torres has denied wrongdoing.", "person:ana-torres-de-lima", []string{"President Ana Torres de Lima", "Torres"}},
		{"a role form is no one of that nationality with another office", "President Rui Lopes met the press. Peruvian Foreign Minister Ana Costa spoke. The Peruvian president left.", "person:ana-costa", []string{"Peruvian Foreign Minister Ana Costa"}},
		{"role form", "Norwegian Prime Minister Lars Holm arrived. The Norwegian leader spoke.", "person:lars-holm",
			[]string{"Norwegian Prime Minister Lars Holm", "the Norwegian leader"}},
		{"acronym definition", "The Baltic Energy Council (BEC) met. The BEC said nothing.", "organization:baltic-energy-council", []string{"BEC"}},
		{"a known body's short form of any length", "The Varnok Peace Mission (MONUSCO) said it was ready.", "organization:monusco", []string{"Varnok Peace Mission"}},
		{"a party called by a member's word", "Agrarian Democrat leader Ana Costa met Rui Lopes. The Agrarian Democrats won 30 seats.", "organization:agrarian-democrats", []string{"Agrarian Democrat"}},
		{"a party called by a member's word before a title", "Social Democrat leader Tomas Varnok met the head of the Social Democratic Union of Peru.", "organization:social-democratic-union-of-peru", []string{"Social Democrat"}},
		{"bracketed initials a place is also called are the party's", "The Kelvaro Civic Party (PO) won the vote. The PO said it would form a government.", "organization:kelvaro-civic-party", []string{"PO", "Po"}},
		{"a country's ombudsman's office is a body of its own", "Colombia's ombudsman's office said 20 families had fled.", "organization:colombian-ombudsmans-office", []string{"Colombia's ombudsman's office"}},
		{"a state prosecutor's office is a body of its own", "The Tacna state prosecutor's office said three men were arrested.", "organization:tacna-state-prosecutors-office", nil},
		{"a city's mayor's office is a body of its own", "The Lima mayor's office said the road was closed.", "organization:lima-mayors-office", nil},
		{"a presidential press service is a body of its own", "Kyrgyzstan's presidential press service said the talks went well.", "organization:kyrgyz-presidential-press-service", []string{"Kyrgyzstan's presidential press service"}},
		{"a ministry a group runs is a body of its own", "The Taliban-run health ministry said 12 people were killed.", "organization:taliban-run-health-ministry", nil},
		{"a group's arm of security it runs is the group", "The Houthi-run interior ministry said 12 people were killed.", "organization:houthis", []string{"Ansar Allah", "Houthi", "Houthi movement"}},
		{"a place's civil defence is a body of its own", "Tarma civil defence said 12 bodies were recovered.", "organization:tarma-civil-defence", nil},
		{"a place's civil defence service is a body of its own", "The Tarma civil defence service said roads were closed.", "organization:tarma-civil-defence-service", nil},
		{"a centre only visited is a place", "Ana Costa urged her family to use their weekly visit to the Tarma Detention Centre.", "place:tarma-detention-centre", nil},
		{"a lone unknown word its spokesman speaks for is a body", "Rui Lopes, a spokesman for Tarnsund, said profits fell.", "organization:tarnsund", nil},
		{"a lone unknown word its chief executive heads is a body", "Rui Lopes, chief executive of Tarnsund, said profits fell.", "organization:tarnsund", nil},
		{"a lone unknown word before its spokesman's title and name is a body", "The launch went well, Tarnsund spokesman Rui Lopes said.", "organization:tarnsund", nil},
		{"a presidential office is a body of its own", "The Peruvian presidential office said the talks went well.", "organization:peruvian-presidential-office", nil},
		{"initials set off by commas, from the name in its own language", "Peru's ruling Varnok Progressive Party, TNS, and the opposition traded accusations. The TNS denied it.", "organization:varnok-progressive-party", []string{"TNS"}},
		{"a presidency by the name reference works give it", "Protesters marched in Lima, Peru. The presidency said in a statement that the talks had been useful.", "organization:peruvian-presidency", []string{"Presidency of Peru", "presidency"}},
		{"a mission called by who leads it is the mission named", "Police backed by the Varnok Security Support mission reached Tarma. The Kenya-led mission said two men died.", "organization:varnok-security-support-mission", []string{"Kenya-led mission"}},
		{"a party called by its head word alone", "Supporters of the Tarma Party and the Varnok National Congress clashed on Sunday. A rally organised by the Congress met the party's march.", "organization:varnok-national-congress", []string{"Congress"}},
		{"a party called by its members", "Ana Costa of the Varnok Social Democratic Party spoke. The Social Democrats rejected the plan.", "organization:varnok-social-democratic-party", []string{"Social Democrats"}},
		{"members of one of two parties of those words are neither", "The Tarma Socialist Party and the Varnok Socialist Party met. The Socialists walked out.", "organization:socialists", nil},
		{"a name known by its acronym past an apposition", "Civilians joined the Varnok Guard for the Homeland, an auxiliary force known by its French acronym, GDV. The GDV lost ten men.", "organization:varnok-guard-for-the-homeland", []string{"GDV"}},
		{"a name guessed a place that opens a company's name is the company", "Australian miner Eastern Peak Lithium agreed to buy a stake in a project in Chile. Under the deal, Chile keeps control, while Eastern Peak would build a plant.", "organization:eastern-peak-lithium", []string{"Eastern Peak"}},
		{"the first part of hyphenated initials is the same body", "The Strategic Front for the Defence of Varnok (SFD-VK) said it shot down a drone. The SFD said the strike killed 20 civilians.", "organization:strategic-front-for-the-defence-of-varnok", []string{"SFD", "SFD-VK"}},
		{"the Army of two is the dateline country's", "LIMA, Peru (AP) \u2014 An Army soldier was killed when Chilean troops fired on posts. The Chilean Army targeted Peruvian posts. The Peruvian Army said it responded.", "organization:peruvian-army", []string{"Armed Forces of Peru", "Army", "Peru Armed Forces", "Peru Army", "Peru military", "Peruvian Armed Forces", "Peruvian military"}},
		{"the Army of two is the country's of an agency dateline without a dash", "LIMA, Mar 12 (PTI) An Army soldier was killed when Chilean troops fired on posts. The Chilean Army targeted Peruvian posts. The Peruvian Army said it responded.", "organization:peruvian-army", []string{"Armed Forces of Peru", "Army", "Peru Armed Forces", "Peru Army", "Peru military", "Peruvian Armed Forces", "Peruvian military"}},
		{"a contraction of a name's first letters", "The Varnok Southern Command said it carried out a strike. SOUTHCOM has stepped up strikes this year.", "organization:varnok-southern-command", []string{"SOUTHCOM"}},
		{"a dateline's town in capitals is no contraction", "TARMA, Peru (AP) \u2014 The Tarma Mine Administration said output fell.", "place:tarma", nil},
		{"a parliament's own name in apposition", "The party won 27 of the 100 seats in the Kestrana, the Peruvian parliament. The Peruvian parliament has 100 seats.", "organization:kestrana", []string{"Peruvian parliament"}},
		{"a family name of two words is the story's subject, not his wife", "A court sentenced opposition leader Nabil Ben Varnok to 12 years. Ben Varnok, 61, refused to attend. The envoy met Ben Varnok's wife, Samia Ben Varnok, in Tunis. Ben Varnok is one of 40 politicians prosecuted.", "person:nabil-ben-varnok", []string{"Ben Varnok"}},
		{"a UN agency after dotted initials is no person with initials", "LIMA, Peru \u2014 The U.N. World Food Program warned on Tuesday that half of Peru faces hunger. The WFP said its appeal was underfunded.", "organization:world-food-programme", []string{"U.N. World Food Program", "UN World Food Program", "UN World Food Programme", "United Nations World Food Programme", "WFP", "World Food Program"}},
		{"dissidents of a former group are a group of their own", "The Varnok Army has been fighting dissidents of the former Tarma Front rebel group since 2016. The Tarma Front signed a peace deal in 2016.", "organization:tarma-front-dissidents", []string{"dissidents of the former Tarma Front rebel group"}},
		{"the group dissidents left stays itself", "The Varnok Army has been fighting dissidents of the former Tarma Front rebel group since 2016. The Tarma Front signed a peace deal in 2016.", "organization:tarma-front", nil},
		{"talks named after a country are those named after its town", "Peru remained open to a new round of direct talks with Chile in Lima. The government said it would not attend talks in Peru while the shelling went on.", "event:lima-talks", []string{"Peru talks", "talks", "talks in Peru"}},
		{"one navy under two adjectives of its people", "Chilean ships rammed the boat, injuring three Filipino navy personnel. Chilean crews boarded Philippine navy boats in June.", "organization:filipino-navy", []string{"Philippine navy"}},
		{"a town called a city beside its bare name is the town", "Police in Kalomo City said the road was closed. Schools in Kalomo stayed shut.", "place:kalomo", []string{"Kalomo City"}},
		{"a nickname after alias", "The panel found that the defendants, including Rui Lopes Vidal, alias \"El Gato,\" the alleged head of a cell, planned the attack. El Gato denied it.", "person:rui-lopes-vidal", []string{"El Gato"}},
		{"a nickname in quotes after known as", "Police arrested Tomas Varnok, known as \"El Gordo\", whom they called the gang's leader. El Gordo denied it.", "person:tomas-varnok", []string{"El Gordo"}},
		{"a name an apposition with a number says a bloc is known by", "The Andean Council, the 12-member regional bloc known as Andeco, met on Monday. Andeco said talks would follow.", "organization:andean-council", []string{"Andeco"}},
		{"initials past an apposition with a people's adjective", "The National Network for Varnok Rights, a Peruvian rights group known by its French acronym RNDV, said 38 people were killed. RNDV called for an inquiry.", "organization:national-network-for-varnok-rights", []string{"RNDV"}},
		{"a name not spelt by the initials past an apposition after of", "Members of the Varnok Defence Force, a civilian militia known as the MPV, attacked a town. The MPV denied it.", "organization:varnok-defence-force", []string{"MPV"}},
		{"a place's other name that a country gives the shoal", "Peruvian boats reached Tarvo Shoal on Monday. A Chilean spokeswoman said the boat had entered waters near Mingyu Dao, Chile's name for the shoal, and had ignored warnings.", "place:tarvo-shoal", []string{"Mingyu Dao"}},
		{"the term a state uses for a group", "It described the dead as members of \"Fitna al-Varnok,\" the term the state uses for the VLF. The Varnok Liberation Front (VLF) denied it.", "organization:varnok-liberation-front", []string{"Fitna al-Varnok", "VLF"}},
		{"a place's other name that looks a person's", "Chinese ships entered waters around Tarvo Shoal, which Beijing calls Mingyu Dao, on Monday.", "place:tarvo-shoal", []string{"Mingyu Dao"}},
		{"a coastguard written as one word", "At least 11 people died after a boat capsized off Lima, the Peruvian coastguard said. Survivors said 90 people had been on board, the coastguard said.", "organization:peruvian-coastguard", []string{"Peru Coast Guard", "Peruvian Coast Guard"}},
		{"acronym initials", "The Baltic Energy Council met. Later the BEC said nothing.", "organization:baltic-energy-council", []string{"BEC"}},
		{"demonym", "Norwegian troops arrived in Norway.", "place:norway", []string{"Norwegian"}},
		{"possessive", "Norway's army moved.", "place:norway", nil},
		{"hyphenated given name", "Secretary-General Ban Ki-moon arrived. Ban spoke.", "person:ban-ki-moon", []string{"Ban", "Secretary-General Ban Ki-moon"}},
		{"a two-word title opening a sentence", "First Minister Rafael Lind spoke in Lima. Lind left.", "person:rafael-lind", []string{"First Minister Rafael Lind", "Lind"}},
		{"a surname without its article", "Ahmed Ali al-Varnouki was freed. Varnouki, who is ill, flew home.", "person:ahmed-ali-al-varnouki", []string{"Varnouki"}},
		{"a capital's war is its state's", "Russia struck Kyiv. Kyiv says the drones cut the revenues that sustain Moscow's war effort.", "place:russia", []string{"Moscow"}},
		{"a surname with an article is no demonym of a town", "Marine Le Pen spoke in Paris. Le Pen said she would run.", "person:marine-le-pen", []string{"Le Pen"}},
		{"two-word demonym opening a sentence", "South African President Sipho Ndlovu spoke.", "place:south-africa", []string{"South African"}},
		{"shared surname goes to the last named", "Alberto Ruiz was sentenced. His daughter, Keiko Ruiz, wept. Ruiz said she would appeal.", "person:keiko-ruiz", []string{"Ruiz"}},
		{"title before a demonym is no name", "Former Peruvian leader jailed in Lima", "place:lima", nil},
		{"a demonym alone is no mention of the country", "Peruvian and Bolivian officials met in Peru.", "place:peru", []string{"Peruvian"}},
		{"a demonym before a title names the country", "Bolivian president Ana Costa arrived.", "place:bolivia", []string{"Bolivian"}},
		{"religious adjective inside a name", "Fighters of Islamic Jihad fired rockets.", "organization:islamic-jihad", []string{"Palestinian Islamic Jihad"}},
		{"photo credit", "Smoke rises over the port (AP Photo/Evan Mora)", "organization:associated-press", []string{"AP", "AP News"}},
		{"short organization form", "Toyota Motor Corporation will recall cars. Shares in Toyota fell.", "organization:toyota-motor-corporation", []string{"Toyota"}},
		{"dateline in capitals", "OSLO \u2014 The talks began.", "place:oslo", nil},
		{"a dateline's agency is no acronym of the dateline", "NORDIC COUNCIL (AP) \u2014 The Nordic Council met. Talks began.", "organization:nordic-council", nil},
		{"two companies stay two", "General Motors and Ford Motor Co. declined to comment.", "organization:ford-motor-co", nil},
		{"list of retailers", "The rules hit retailers such as Kestrel Mart and Harbor City.", "organization:harbor-city", nil},
		{"list with a company", "Orders came from Nortel, Sony, and Varkon.", "organization:varkon", nil},
		{"a weekday opens a paper's name", "On Monday, the Sunday Chronicle reported that the plan was dead.", "organization:sunday-chronicle", nil},
		{"a name spoken of as \"his\" stays a person's", "Kelvoria Tarnsund said his profits rose.", "person:kelvoria-tarnsund", nil},
		{"a group called", "Fighters from a group called Red Dawn were seen.", "organization:red-dawn", nil},
		{"a people's adjective and a faith's plural open an advocacy group's name", "The march was led by Canadian Christians for Clean Water.", "organization:canadian-christians-for-clean-water", nil},
		{"a lawyer named", "The case went to a lawyer named Ruth Okafor.", "person:ruth-okafor", nil},
		{"a town's namesake the article calls a group is the group", "The army has been fighting Rimini, a loose network of militias, since August. Rimini denied it.", "organization:rimini", nil},
		{"a town the article calls a group's stronghold stays the town", "Rebels seized Rimini, the group's stronghold, on Monday.", "place:rimini", nil},
		{"a country's name that is someone's surname and speaks is the person", "Foreign Minister Rui Montenegro Vidal met reporters in Lima. \u201cWe will act,\u201d Montenegro said. Chile invited Montenegro to Santiago.", "person:rui-montenegro-vidal", []string{"Foreign Minister Rui Montenegro Vidal", "Montenegro"}},
		{"a country named in place is no surname", "Foreign Minister Rui Montenegro Vidal flew to Montenegro. Montenegro said it would help.", "place:montenegro", nil},
		{"a town's name that is someone's given name and speaks is the person", "Party spokesman Abay Wolde denied the claims. \u201cNobody is held,\u201d Abay said.", "person:abay-wolde", []string{"Abay"}},
		{"a place's name before Clan is a criminal group", "Troops killed four members of the Tumbes Clan, the region's largest trafficking group.", "organization:tumbes-clan", nil},
		{"a region written with its article is no company of its name", "Loggers have killed activists in the Amazon. The summit met in the Amazon city of Belem.", "place:amazon", nil},
		{"a company written bare is no region of its name", "Amazon said sales rose.", "organization:amazon", []string{"Amazon.com"}},
		{"a town before an office after a title is the town", "Former Lima mayor Hernan Vidal leads the race.", "place:lima", nil},
		{"a common word opening a sentence stays in a name a group apposition follows", "Emergency Doctors, a Sudanese rights group that documents abuses, said 11 people died.", "organization:emergency-doctors", nil},
		{"a body's initials before its officer's title and name", "UN Spokesperson Marco Bellandi said the talks would resume.", "person:marco-bellandi", []string{"UN Spokesperson Marco Bellandi"}},
		{"the UN's chief by title and name", "UN Secretary-General Ana Costa said the talks would resume.", "person:ana-costa", []string{"UN Secretary-General Ana Costa"}},
		{"a lawyer's rank before the name", "Senior Counsel Rui Alberto Lopes told the court the charges were false.", "person:rui-alberto-lopes", []string{"Senior Counsel Rui Alberto Lopes"}},
		{"a portfolio of two halves before a title names no body", "Energy and Mines Minister Rui Lopes met local leaders on Monday.", "person:rui-lopes", []string{"Mines Minister Rui Lopes"}},
		{"initials an apposition says a body is known by", "The Andean Development Council, the regional bloc known as ADEC, said it would send envoys. ADEC said talks would follow.", "organization:andean-development-council", []string{"ADEC"}},
		{"a group's branch named by its region alone", "The Islamic State Tarma Province (ISTP) claimed the raid. Tarma Province fighters have grown bolder.", "organization:islamic-state-tarma-province", []string{"ISTP", "Tarma Province"}},
		{"a demonym before \"and\" and a body's name is no part of it", "Protesters waving Georgian and European Union flags chanted slogans.", "organization:european-union", []string{"E.U.", "EU"}},
		{"a numbered guerrilla front keeps its number", "The rebels launched an offensive against the 36th Front, a dissident faction.", "organization:36th-front", nil},
		{"a capital dealt with as a state is its country", "Peru cut diplomatic relations with Santiago.", "place:chile", []string{"Santiago"}},
		{"a capital that speaks is its country", "Lima denied the report on Sunday.", "place:peru", []string{"Lima"}},
		{"a seat of government that wants is its country", "Benin reopened the border. Officials said Cotonou wanted firm guarantees on security.", "place:benin", []string{"Cotonou"}},
		{"a capital that would act is its country", "Lars Holm said Lima would consider sending troops.", "place:peru", []string{"Lima"}},
		{"a capital as a place stays the city", "The envoys met in Vienna.", "place:vienna", nil},
		{"a capital in a dispute is its country", "Regional leaders blamed a budget dispute with Santiago.", "place:chile", []string{"Santiago"}},
		{"capitals listed after one dealt with as a state are their countries", "We need intelligence sharing with Lima, Santiago and Quito.", "place:ecuador", []string{"Quito"}},
		{"a capital that had failed is its country", "He said Lima had failed to deliver on its promises.", "place:peru", []string{"Lima"}},
		{"a capital's own failures are its state's", "This is meant to hide Lima's own failures, she said.", "place:peru", []string{"Lima"}},
		{"a capital's fleet is its state's", "The EU listed more tankers of Lima's \u201cshadow fleet\u201d on Monday.", "place:peru", []string{"Lima"}},
		{"a capital that leads an alliance is its country", "Chile left the Lima-led Andean Security Organization on Monday.", "place:peru", []string{"Lima"}},
		{"a capital prompted to act is its country", "The navy seized a tanker, prompting Lima to accuse Santiago of piracy.", "place:chile", []string{"Santiago"}},
		{"a capital that expected is its country", "He said Lima still expected Chile to change its constitution.", "place:peru", []string{"Lima"}},
		{"a capital before a quoted verb is its country", "Rui Lopes told the minister that Lima \u201cdoes not condone\u201d the killings.", "place:peru", []string{"Lima"}},
		{"a capital that launches an attack is its country", "Lima launched an invasion of Chile.", "place:peru", []string{"Lima"}},
		{"a hard c and a k spell one name", "Government spokesman Omar Hadi Makar spoke. \u201cWe are calm,\u201d Omar Hadi Macar said.", "person:omar-hadi-makar", []string{"Omar Hadi Macar"}},
		{"a surname two people share goes to the nearest", "Rui Lopes met Ana Lopes. Colonel Lopes then left Lima.", "person:ana-lopes", []string{"Colonel Lopes", "Lopes"}},
		{"a legal suffix names the same company", "Kestrel Freight Plc cut jobs. Kestrel Freight said sales fell.", "organization:kestrel-freight-plc", []string{"Kestrel Freight"}},
		{"a legal suffix after the short name", "Kestrel Freight cut jobs. Kestrel Freight Plc said sales fell.", "organization:kestrel-freight-plc", []string{"Kestrel Freight"}},
		{"a facility head alone is the facility", "Fans filled the Lisbon Stadium. The Stadium was damaged.", "place:lisbon-stadium", []string{"Stadium"}},
		{"a cabinet is its government", "The Egyptian cabinet met. The Egyptian government said it would act.", "organization:egyptian-government", []string{"Egyptian cabinet", "Government of Egypt"}},
		{"initialisms with and without dots", "The U.N. Security Council met. The UN Security Council said it would act.", "organization:un-security-council", []string{"Security Council", "U.N. Security Council", "UNSC", "United Nations Security Council"}},
		{"initials before a country code", "Students gathered at the Central Highlands League. CHL officials said classes were cancelled.", "organization:central-highlands-league", []string{"CHL"}},
		{"a shorter organization inside a longer one", "Victims went to Lisbon Community Hospital. Lisbon Hospital said six had died.", "organization:lisbon-community-hospital", []string{"Lisbon Hospital"}},
		{"initials in another language", "The Farmers' Union (UC) won. The UC said it would govern alone.", "organization:farmers-union", []string{"UC"}},
		{"a capital speaking in quotation marks is its state", "Officials said Santiago \u201crejected\u201d the plan.", "place:chile", []string{"Santiago"}},
		{"a capital's proposals are its state's", "Peru rejected Santiago's proposals on Monday.", "place:chile", []string{"Santiago"}},
		{"a capital's envoy is its state's", "Lima's special envoy for Chile said talks would resume.", "place:peru", []string{"Lima"}},
		{"a capital pressed as a state", "Lars Holm will press Ottawa to act.", "place:canada", []string{"Ottawa"}},
		{"capitals in the ties between them are their states", "Relations between Lima and Santiago have been tense.", "place:chile", []string{"Santiago"}},
		{"a place's other name, known in another country", "Ships gathered near the Varnok Shoal, known in Chile as Isla Tarma, on Monday.", "place:varnok-shoal", []string{"Isla Tarma"}},
		{"a place's name in another country's words", "Ships gathered near the Varnok Shoal on Monday. Chile said they entered the waters of Isla Tarma, Chile's name for the shoal.", "place:varnok-shoal", []string{"Isla Tarma"}},
		{"a name with its first words kept and the rest in initials", "Fighters of the Tarma People's Defence Force ambushed a convoy. The Tarma PDF said 12 soldiers were killed.", "organization:tarma-peoples-defence-force", []string{"Tarma PDF"}},
		{"a place's name in another country's words, after which", "Ships sailed near the Varnok Islands, which Chile calls the Tarma Islands, on Monday.", "place:varnok-islands", []string{"Tarma Islands"}},
		{"a surname beside another is no place", "Foreign Minister Ana Rosales met Prime Minister Ignacio Lorente in Lima. Rosales and Lorente met for two hours.", "person:ignacio-lorente", []string{"Lorente", "Prime Minister Ignacio Lorente"}},
		{"a long name's initials in its own language", "Members of the National Federation of Mining Workers of Peru (FENAMIPER) marched. FENAMIPER did not comment.", "organization:national-federation-of-mining-workers-of-peru", []string{"FENAMIPER"}},
		{"the Army alone is the state's army, not a rebel army", "The Peruvian Army said two soldiers were killed. The Army blamed the attack on the National Liberation Army.", "organization:peruvian-army", []string{"Armed Forces of Peru", "Army", "Peru Armed Forces", "Peru Army", "Peru military", "Peruvian Armed Forces", "Peruvian military"}},
		{"the Army alone is the state's army known by its official name", "The Colombian Army said two soldiers were killed. The Army blamed the attack on the National Liberation Army.", "organization:national-army-of-colombia", []string{"Army", "Colombian Army", "Colombian National Army"}},
		{"capitals in a truce between them are their states", "Bolivia brokered a truce between Lima and the Varnok Front.", "place:peru", []string{"Lima"}},
		{"a hopeful capital is its state", "Lars Holm said Lima was \u201ccautiously hopeful\u201d about the talks.", "place:peru", []string{"Lima"}},
		{"a capital that lifts sanctions is its state", "Lima lifted most of its sanctions on Chile last month.", "place:peru", []string{"Lima"}},
		{"two capitals acting together are their states", "Chile tested a missile days after Lima and Quito wrapped up joint drills.", "place:ecuador", []string{"Quito"}},
		{"a capital's rule is its state's", "Rebels have been fighting Lima's rule since 1989.", "place:peru", []string{"Lima"}},
		{"a capital with close ties to another is its state", "Chile, which has close ties to Lima, urged restraint.", "place:peru", []string{"Lima"}},
		{"a capital that is represented is its state", "Its ambassador represented Lima at the forum.", "place:peru", []string{"Lima"}},
		{"a capital that would, in quotation marks, act is its state", "A spokeswoman said Lima would \u201cclosely follow\u201d the vote.", "place:peru", []string{"Lima"}},
		{"a capital that occupies land is its state", "Lima currently occupies a fifth of Chile's territory.", "place:peru", []string{"Lima"}},
		{"capitals in contacts between them are their states", "Bolivia hosted contacts between Lima and Quito.", "place:peru", []string{"Lima"}},
		{"a capital that answers is its state", "She called the strike another answer from Lima to calls for a truce.", "place:peru", []string{"Lima"}},
		{"a capital asked to act is its state", "Chile demanded that Lima stop the provocations.", "place:peru", []string{"Lima"}},
		{"a capital that does not recognise is its state", "Lima does not recognise the ruling.", "place:peru", []string{"Lima"}},
		{"a capital's top diplomat is its state's", "Peru recalled its ambassador and gave Lima's top diplomat in Quito two days to leave.", "place:peru", []string{"Lima"}},
		{"a capital's growing ties are its state's", "Quito has been alarmed by Lima's growing ties with Moscow.", "place:peru", []string{"Lima"}},
		{"a capital's sweeping claims are its state's", "The shoal lies in waters where Lima's sweeping territorial claims overlap with Quito's.", "place:peru", []string{"Lima"}},
		{"a capital that would file a protest is its state", "Lars Holm said Lima would file a formal protest with Santiago.", "place:peru", []string{"Lima"}},
		{"a broadcaster's language service is the broadcaster", "Rui Lopes told VOA's Hausa Service that the road was closed.", "organization:voice-of-america", []string{"Hausa Service", "VOA"}},
		{"a person known by an alias", "The negotiator met rebel commander Tomas Ruiz, known by the alias \"El Halcon\", in Lima.", "person:tomas-ruiz", []string{"El Halcon"}},
		{"a name led by another's initials is that one", "The Islamic State West Africa Province claimed the attack. The group, often called IS West Africa, is active near Tarma.", "organization:islamic-state-west-africa-province", []string{"IS West Africa", "ISWAP"}},
		{"one airfield under two heads is one site", "Drones hit the Tarma air base overnight. Bombers fly from the Tarma military airfield.", "place:tarma-air-base", []string{"Tarma military airfield"}},
		{"a hyphenated region in a list under a plural kind is that subdivision", "Gunmen stormed a school in Peru's North-East Region on Monday. Rebels have enforced a boycott in the North-East and South-East regions.", "place:north-east-region", []string{"North-East"}},
		{"a name in a list under a plural kind is that subdivision", "Drones hit Cusco Region. Outages hit the Puno and Cusco regions.", "place:cusco-region", []string{"Cusco"}},
		{"a capital that has stepped up strikes is its state", "Chile struck Tacna. Lima has in turn stepped up long-range drone strikes on Chilean refineries.", "place:peru", []string{"Lima"}},
		{"a capital that fires is its state", "Chile said Lima fired another missile into the sea.", "place:peru", []string{"Lima"}},
		{"a capital at work on a draft is its state", "Chile said Lima was circulating a draft resolution.", "place:peru", []string{"Lima"}},
		{"a capital that would not sit down is its state", "Ana Costa said Lima would not sit down with the rebels.", "place:peru", []string{"Lima"}},
		{"a capital that had invited is its state", "A Chilean official said Lima had invited both sides to talks in Quito.", "place:peru", []string{"Lima"}},
		{"a capital talked to is its state", "Chile wants to keep talking to Lima.", "place:peru", []string{"Lima"}},
		{"a capital that has suffered stays the city", "Chile said Lima had suffered heavy rain.", "place:lima", nil},
		{"a capital's version is its state's", "The ministry called Lima's version of events false.", "place:peru", []string{"Lima"}},
		{"a capital called on is its state", "\"We call on Lima to show restraint,\" Ana Costa said.", "place:peru", []string{"Lima"}},
		{"a capital sent a signal is its state", "The verdict sent a clear signal to Lima, Ana Costa said.", "place:peru", []string{"Lima"}},
		{"a capital supported is its state", "Chile has cut its support for Lima.", "place:peru", []string{"Lima"}},
		{"a capital that had for years refused is its state", "Lima had for years refused to negotiate with the rebels.", "place:peru", []string{"Lima"}},
		{"a capital that had never sent is its state", "Chile said Lima had never sent missiles to the rebels.", "place:peru", []string{"Lima"}},

		{"a capital that regards a group as terrorist is its state", "Lima regards the Varnok Front as a terrorist group.", "place:peru", []string{"Lima"}},
		{"two capitals that see a deal alike are their states", "Lima and Santiago see the corridor as a counter to Quito.", "place:peru", []string{"Lima"}},
		{"a capital its minister will visit stays the city", "Lima considers the Varnok Front a terrorist group. The minister accepted an invitation to visit Lima.", "place:lima", nil},

		{"a capital that was, in its critic's words, at work is its state", "Chile said Lima was \"once again interfering in the work of an independent court\".", "place:peru", []string{"Lima"}},
		{"Brussels at work in a critic's words is the European Union", "The European Union criticised the verdict. A party official said Brussels was \"once again interfering in our courts\".", "organization:european-union", []string{"Brussels", "E.U.", "EU"}},

		{"a capital worked with is its state", "Chile was ready to work with Lima and Quito on a truce.", "place:peru", []string{"Lima"}},
		{"a capital's agenda is its state's", "The militia serves Lima's agenda, the minister wrote.", "place:peru", []string{"Lima"}},
		{"a capital on whose behalf a war is waged is its state", "He accused the rebels of waging a war on behalf of Lima.", "place:peru", []string{"Lima"}},
		{"a capital expected to act is its state", "Chile said Quito expected Lima to change its constitution.", "place:peru", []string{"Lima"}},

		{"a capital whose remarks are quoted is its state's", "Chile summoned the ambassador over Lima's \"hostile and reckless\" remarks.", "place:peru", []string{"Lima"}},
		{"a capital's main backer is its state's", "Quito, which has been Lima's main military backer since 2015, did not comment.", "place:peru", []string{"Lima"}},
		{"a capital whose step is judged is its state", "Chile called the pact another step by Lima towards war.", "place:peru", []string{"Lima"}},
		{"a capital that was quick to act is its state", "Lima was quick to welcome the outcome.", "place:peru", []string{"Lima"}},
		{"a capital armed is its state", "Chile has denied arming Lima for the war.", "place:peru", []string{"Lima"}},
		{"capitals a truce was agreed between are their states", "The strikes broke the truce agreed between Lima and Quito in March.", "place:peru", []string{"Lima"}},
		{"a capital an aid package is for is its state", "The package for Lima comes before the summit.", "place:peru", []string{"Lima"}},
		{"a capital's main square stays the city", "Protesters gathered in Lima's main square.", "place:lima", nil},

		{"a capital rebels are directed from is its state", "Chile said the gunmen were financed and directed from Lima.", "place:peru", []string{"Lima"}},
		{"a capital whose comment is awaited is its state", "There was no immediate comment from Lima.", "place:peru", []string{"Lima"}},
		{"a capital that remained committed is its state", "An official said Lima remained committed to the project.", "place:peru", []string{"Lima"}},
		{"a capital that has since acted is its state", "Lima has since strengthened its defence ties with Chile.", "place:peru", []string{"Lima"}},
		{"a capital's regime is its state", "The rebels fight the Lima regime, Ana Costa said.", "place:peru", []string{"Lima"}},
		{"a capital thanked is its state", "Ana Costa thanked Lima for its support.", "place:peru", []string{"Lima"}},
		{"a capital that remained calm stays the city", "Chile said Lima remained calm.", "place:lima", nil},
		{"a capital that woke to sirens stays the city", "Chile said Lima woke to sirens on Monday.", "place:lima", nil},
		{"a capital in apposition stays the city", "Envoys who met in the Peruvian capital, Lima, on Monday called for calm.", "place:lima", nil},
		{"a capital that has always denied is its state", "Peru was accused of arming the rebels. Lima has always denied the claim.", "place:peru", []string{"Lima"}},
		{"a capital that invites is its state", "Chile said it had received an invitation from Lima.", "place:peru", []string{"Lima"}},
		{"a capital that receives arms is its state", "Chile condemned the supply of weapons and troops to Lima.", "place:peru", []string{"Lima"}},
		{"a capital that signs is its state", "Ties soured when Lima signed a deal with Bolivia.", "place:peru", []string{"Lima"}},
		{"a capital that has, after an adverb, denied", "Lima has repeatedly denied the claim.", "place:peru", []string{"Lima"}},
		{"a country's police is the national police its article names", "LIMA, Peru — Peruvian police fired live rounds at marchers in Lima on Tuesday, killing Ana Costa. The National Police Service said 20 people were held.", "organization:national-police-service", []string{"Peruvian police"}},
		{"a capital whose relative clause says what states do", "Chile and Bolivia clashed again, and diplomats said this risked drawing in Lima, which has said it would respond.", "place:peru", []string{"Lima"}},
		{"a capital's quoted stance", "Chile said Bolivia would regret joining what it called Lima's \"hostile policy\".", "place:peru", []string{"Lima"}},
		{"a capital a relative clause describes as a city is the city", "Tourists love Lima, which has many parks.", "place:lima", nil},
		{"a capital told something is its state", "\"We have told Lima again and again that the border must be closed,\" Rui Lopes said.", "place:peru", []string{"Lima"}},
		{"a capital mediated with is its state", "Chile, which has long mediated between the rebels and Lima, hosted the talks.", "place:peru", []string{"Lima"}},
		{"a capital that steps up pressure is its state", "Trade talks resumed as Lima steps up pressure to conclude the deal.", "place:peru", []string{"Lima"}},
		{"a capital's residents told something are the city's", "Rui Lopes told Lima residents to stay home.", "place:lima", nil},
		{"a capital's mayor told something is the city's", "Rui Lopes told Lima Mayor Ana Costa that the road would reopen.", "place:lima", nil},
		{"a capital named with its country after a preposition is where", "The plane, flying from Lima to Santiago, Chile, vanished on Monday.", "place:santiago", nil},
		{"a capital that has long denied", "The group is banned in Chile, and Lima has long denied backing it.", "place:peru", []string{"Lima"}},
		{"a capital whose officials are cited is its state", "Ana Costa declined to meet Rui Lopes, according to officials in Lima.", "place:peru", []string{"Lima"}},
		{"a capital that has since frozen talks is its state", "Chile applied to join the bloc, but Lima has since effectively frozen the talks.", "place:peru", []string{"Lima"}},
		{"a capital at work is its state", "Lars Holm said Lima was working with Quito on a deal.", "place:peru", []string{"Lima"}},
		{"a capital that has troops abroad is its state", "Lima has about 1,200 troops in the border zone.", "place:peru", []string{"Lima"}},
		{"a capital that presses is its state", "Both sides came to the talks under pressure from Lima.", "place:peru", []string{"Lima"}},
		{"a capital at work, in quotation marks, is its state", "Lars Holm said Lima was \u201cworking closely\u201d with Quito.", "place:peru", []string{"Lima"}},
		{"a capital worked with is its state", "Peru is coordinating with Quito on the border.", "place:ecuador", []string{"Quito"}},
		{"a capital dealt with past a quoted noun", "Chile lodged \u201cfirm representations\u201d with Lima.", "place:peru", []string{"Lima"}},
		{"a capital where an embassy is that speaks stays the city", "The Chinese embassy in Lima said the talks went well.", "place:lima", nil},
		{"an embassy named with its city", "The Chinese embassy in Lima said the talks went well.", "organization:chinese-embassy", []string{"Chinese embassy in Lima"}},
		{"a capital given in to is its state", "The opposition accused the minister of giving in to Lima on the border.", "place:peru", []string{"Lima"}},
		{"a capital bowed to is its state", "The minister said Chile would not bow to Lima.", "place:peru", []string{"Lima"}},
		{"a capital one turns one's back on is its state", "Chile would never turn its back on Lima, he said.", "place:peru", []string{"Lima"}},
		{"a capital one turns one's back on, past a quotation mark, is its state", "He said Chile would \u201cnever turn its back\u201d on Lima.", "place:peru", []string{"Lima"}},
		{"a capital one opens a new page with is its state", "Chile was ready to open a new page with Lima.", "place:peru", []string{"Lima"}},
		{"a city one turns back on is a place", "The convoy turned back on the road to Lima.", "place:lima", nil},
		{"a mixed-case abbreviation after a possessive", "Candidates passed the Lisbon Diplomatic Institute's (LDInst) exam. The LDInst said it would change.", "organization:lisbon-diplomatic-institute", []string{"LDInst"}},
		{"a Portuguese particle inside a name", "Police arrested Rui Alberto dos Reis. Reis denied it.", "person:rui-alberto-dos-reis", []string{"Reis"}},
		{"an adjective of a place the gazetteer lacks", "Russia backs North Vostrakia. North Vostrakian leader Ana Costa spoke.", "place:north-vostrakia", []string{"North Vostrakian"}},
		{"a palace named", "They met at the palace, named Villa Aurora.", "place:villa-aurora", nil},
		{"a description known by a short name", "Peru's Andes Command said the road was open. The command, known as ANCOM, said it would stay open.", "organization:andes-command", []string{"ANCOM", "Andes Command of Peru", "Peru's Andes Command"}},
		{"known initials after a body's place are the body's", "Ana Costa heads the UN Organization Stabilization Mission in the DRC (MONUSCO). MONUSCO said a patrol was hit.", "organization:monusco", []string{"UN Organization Stabilization Mission"}},
		{"a body described beside its name is that body", "A peacekeeper was killed near Tarma, the UN mission in the country, UNMIP, said.", "organization:unmip", []string{"UN mission", "mission"}},
		{"a known body is no short form of its known mission", "An internal UN report was leaked. The head of the UN Mission in South Sudan (UNMISS) met the minister.", "organization:united-nations", []string{"U.N.", "UN", "United Nations Organization"}},
		{"a word with a given name's consonants is not that person", "The bishop of Tarma, Luís Pereira, called for calm. Lusa reported the attack.", "person:luis-pereira", nil},
		{"a group described, then named by what it is known as locally", "Islamist insurgents attacked the town of Tarma on Monday. The militants, known locally as Sendero Rojo, pledged allegiance to the group.", "organization:sendero-rojo", []string{"Peruvian insurgents", "insurgents"}},
		{"initials in another language's order", "The army fought the Movement for the Liberation of Tarma. The militia, known by its French initials LMT, denied it. The LMT said nothing.", "organization:movement-for-the-liberation-of-tarma", []string{"LMT"}},
		{"initials after a comma and or", "Chile fought the Democratic Forces for the Liberation of Tarma, or FDLT, for a decade. The FDLT denied it.", "organization:democratic-forces-for-the-liberation-of-tarma", []string{"FDLT"}},
		{"a name known as belongs to the head, not to what it is of", "A force of the Nordic Union, known as NUFOR, left Tarma. The Nordic Union said so.", "organization:nordic-union", nil},
		{"a state body after its country's possessive", "Peru's State Border Service closed the crossing.", "organization:state-border-service", []string{"Peru's State Border Service", "State Border Service of Peru"}},
		{"a capital also named as a location stays the city there", "Lima denied the report. Talks will be held in Lima.", "place:lima", nil},
		{"a known body's name spelled another way before its initials keeps the known name", "The Tehreek-e-Taliban Pakistan (TTP) claimed the attack. The Senegalese National Army (SNA) denied it.", "organization:tehrik-i-taliban-pakistan", []string{"Pakistani Taliban", "TTP", "Tehreek-e-Taliban Pakistan"}},
		{"a body named with another country's adjective before a known body's initials stays its own", "The Senegalese National Army (SNA) denied it.", "organization:senegalese-national-army", []string{"National Army of Senegal", "SNA", "Senegal National Army"}},
		{"a nationality's adjective before a region's kind is no name of the country", "Chilean troops crossed into Peru. Fighting spread to a Peruvian region on Monday.", "place:peru", []string{"Peruvian"}},
		{"an Arabic connector joins a name's words", "The Ansar Tarma wal Varnok group claimed the attack.", "organization:ansar-tarma-wal-varnok", []string{"Ansar Tarma wal Varnok group"}},
		{"a capital's police are the city's", "Lima denied the report. The Lima police said nine people were held.", "place:lima", nil},
		{"a group's name after its Arabic head word is the group", "Fighters of Jaysh al-Tarnok attacked the base. \"What al-Tarnok says is propaganda,\" a general said.", "organization:jaysh-al-tarnok", []string{"al-Tarnok"}},
		{"a name glossed in brackets by a fuller one is that body", "What the Tarnokaty (the Peruvian Ministry of Culture) decided was to pay. The Tarnokaty said so.", "organization:peruvian-ministry-of-culture", []string{"Ministry of Culture", "Ministry of Culture of Peru", "Peruvian Culture Ministry", "Tarnokaty"}},
		{"a country's parliament is the one legislature of it the article names", "Peru's National Assembly passed the bill. The Peruvian parliament will debate it again.", "organization:national-assembly", []string{"National Assembly of Peru", "Peru's National Assembly", "Peruvian parliament"}},
		{"an office's initials are the one person named with that office", "District Police Officer Rui Tarnok said 25 militants attacked the post. The DPO said two of the injured were in critical condition.", "person:rui-tarnok", []string{"DPO", "Police Officer Rui Tarnok"}},
		{"a group named beside its province stays a group of its own", "Islamic State Sahel Province, the regional affiliate of the Islamic State group, claimed the attack on Monday.", "organization:islamic-state", []string{"Daesh", "ISIL", "ISIS", "Islamic State group", "Islamic State of Iraq and the Levant"}},
		{"a title word between a given name and more name is a middle name", "Staff writer Ahmed Sultan Tarnok contributed to this report.", "person:ahmed-sultan-tarnok", nil},
		{"a country before a title is the title's", "Oman Sultan Rui Tarnok received the envoy.", "person:rui-tarnok", []string{"Oman Sultan Rui Tarnok"}},
		{"a known name may end in a word that names no one alone", "Officials of Ansar Allah met in Sanaa on Monday.", "organization:houthis", []string{"Ansar Allah", "Houthi", "Houthi movement"}},
		{"a bare name after its air base is the base", "Drones struck the Tarnok air base overnight. Two bombers at Tarnok were damaged.", "place:tarnok-air-base", []string{"Tarnok"}},
		{"a bare name after its river is the river", "The Varnok River burst its banks. Villages along the Varnok were flooded.", "place:varnok-river", []string{"Varnok"}},
		{"a town's name after \"the\" beside its river is the river", "Acid spilled into a tributary of the Kalomo River. The firm denied that the acid reached the Kalomo.", "place:kalomo-river", []string{"Kalomo"}},
		{"a town's name without \"the\" beside its river is the town", "Acid spilled into the Kalomo River. Schools in Kalomo closed.", "place:kalomo", nil},
		{"initials that keep a small letter name a place", "Troops fired across the Line of Control on Monday. The LoC has been calm since.", "place:line-of-control", []string{"LoC"}},
		{"initials that keep a small letter name a ministry", "The Ministry of Defence said it would respond. The MoD gave no details.", "organization:ministry-of-defence", []string{"MoD"}},
		{"a bare name without \"the\" after its river is a place of its own", "The Varnok River burst its banks, flooding homes in Varnok.", "place:varnok", nil},
		{"a capital's airport leaves the capital its own", "Flights were suspended at Lima airport. Lima was calm.", "place:lima", nil},
		{"a man named before the airport named after him stays the man", "Ana Costa Ruiz founded the party. Flights left Ana Costa Ruiz Airport.", "person:ana-costa-ruiz", nil},
		{"a capital as a dateline stays the city", "Lima (AP) - Rui Lopes spoke. Lima denied the report.", "place:lima", nil},
		{"a people's name that is also a region's, after a locative", "Fighting spread to Kikuyu on Monday. Kikuyu was calm.", "place:kikuyu", nil},
		{"an oblast named as a region takes the oblast's name", "Drones struck the Poltava region overnight.", "place:poltava", []string{"Poltava Oblast", "Poltava region"}},
		{"a region's kind after its name", "Troops moved into Tarma province on Monday. Tarma was quiet.", "place:tarma", []string{"Tarma province"}},
		{"a peninsula's or a plain's kind after its name", "Troops landed on the Tarma peninsula on Monday. Tarma was quiet.", "place:tarma", []string{"Tarma peninsula"}},
		{"a bare name after its gas field is the field", "Drones struck the Tarvok gas field on Monday. It was the third attack on Tarvok since April.", "place:tarvok-gas-field", []string{"Tarvok"}},
		{"a bare name is the air base it names", "Jets struck the Varno air base. Strikes on Varno continued.", "place:varno-air-base", []string{"Varno"}},
		{"a known town stays apart from its dam", "Shells hit the Kharkiv dam. Kharkiv was calm.", "place:kharkiv", nil},
		{"a facility's shorter form", "Miners struck at the Varno gold mine. The Varno mine shut.", "place:varno-gold-mine", []string{"Varno mine"}},
		{"a camp with and without its kind", "Shells hit the Varno displacement camp. Families fled Varno camp.", "place:varno-displacement-camp", []string{"Varno camp"}},
		{"a name's first words are the person", "Khalid Anwar Idris arrived on Monday. Khalid Anwar said talks went well.", "person:khalid-anwar-idris", []string{"Khalid Anwar"}},
		{"a name without its middle name is the person", "Khalid Anwar Idris arrived on Monday. Khalid Idris said talks went well.", "person:khalid-anwar-idris", []string{"Khalid Idris"}},
		{"first words two longer names share stay apart", "Khalid Anwar Idris met Khalid Anwar Salim. Khalid Anwar said talks went well.", "person:khalid-anwar", nil},
		{"a group's singular is the group", "The Tarvoks seized the port on Monday. The Tarvok rebels said the town had fallen.", "organization:tarvoks", []string{"Tarvok"}},
		{"a name glossed as the term someone uses for another", "The Tarvok Front attacked Lima. The army said it had \"crushed the Varnik\", the term the government uses for the Tarvok Front.", "organization:tarvok-front", []string{"Varnik"}},
		{"a quoted name glossed as the government's term for another", "The Tarvok Front attacked Lima. \"It is a blow to the Varnik,\" Ana Costa said, using the government's term for the Tarvok Front.", "organization:tarvok-front", []string{"Varnik"}},
		{"a town's other name of its own is the town", "Drones struck Bombay on Monday.", "place:mumbai", []string{"Bombay"}},
		{"a company without Group", "Varnel Group posted a loss. Varnel said sales fell.", "organization:varnel-group", []string{"Varnel"}},
		{"a company's first word, when a shorter form names it too", "Varnel Gold takes Peru to court\n\nVarnel Gold Corporation filed a claim. Varnel said sales fell.", "organization:varnel-gold-corporation", []string{"Varnel", "Varnel Gold"}},
		{"a broadcaster without TV", "Varnok TV reported the strike. Varnok said nine people died.", "organization:varnok-tv", []string{"Varnok"}},
		{"a place without the Arabic article", "Air strikes hit the town of al-Varnaq on Monday. Shops in Varnaq were shut.", "place:al-varnaq", []string{"Varnaq"}},
		{"an adjective of a place the gazetteer lacks, guessed a group", "Moldova's breakaway region of Varnokia held talks. Ana Costa met the Varnokian negotiator, Rui Lopes, on Monday.", "place:varnokia", []string{"Varnokian"}},
		{"islands in the plural", "Ships sailed near the Varno Islands. Tokyo claims the Varnos.", "place:varno-islands", []string{"Varnos"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sg := extractOne(t, tt.text)
			var ids []string
			for _, e := range sg.Entities {
				ids = append(ids, e.ID)
				if e.ID == tt.id {
					if diff := cmp.Diff(tt.aliases, e.Aliases); diff != "" {
						t.Errorf("aliases (-want +got):\n%s", diff)
					}
					return
				}
			}
			t.Errorf("no entity %s among %v", tt.id, ids)
		})
	}
}

// TestTitlePrefixNoOrganization checks that the words before a title that
// tell a country and an office's portfolio leave no organization behind.
func TestTitlePrefixNoOrganization(t *testing.T) {
	for _, text := range []string{
		"Peruvian Communications Minister Rui Tarnok spoke on Monday.",
		"Chilean Public Security Minister Ana Varnok spoke on Monday.",
	} {
		sg := extractOne(t, text)
		for _, e := range sg.Entities {
			if e.Kind == kg.Organization {
				t.Errorf("%q: organization %s", text, e.ID)
			}
		}
	}
}

// TestCapitalOnlyAsState checks that a capital the article never names as
// a location leaves no city node beside its country.
func TestCapitalOnlyAsState(t *testing.T) {
	tests := []struct {
		name, text string
		city       bool
	}{
		{"speaks, then acts", "Lima denied the report. Analysts said Lima was moving troops north.", false},
		{"speaks, then possesses a state's act", "Lima denied the report. Chile condemned Lima's military build-up.", false},
		{"speaks, then hosts talks", "Lima denied the report. Talks will be held in Lima.", true},
		{"speaks, then keeps channels open with", "Lima denied the report. Chile kept its channels open with Lima.", false},
		{"speaks, then is flown to", "Lima denied the report. The envoy flew to Lima on Monday.", true},
		{"speaks, then its mayor", "Lima denied the report. Lima's mayor said the city was calm.", true},
		{"speaks, then is hit", "Lima denied the report. Analysts said Lima was hit by drones.", true},
		{"speaks, then receives drones", "Lima denied the report. Chile kept selling drones to Lima.", false},
		{"opens a headline, then speaks", "Lima and rebels agree truce\n\nLima said the truce would hold.", false},
		{"speaks, then is where a reporter was", "Lima denied the report.\n\n(Reporting by Ana Costa in Lima; Editing by Rui Lopes)", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sg := extractOne(t, tt.text)
			city := false
			for _, e := range sg.Entities {
				city = city || e.ID == "place:lima"
			}
			if city != tt.city {
				t.Errorf("city node %v, want %v in %v", city, tt.city, sg.Entities)
			}
		})
	}
}

// TestCutSentences extracts every sentence of the test corpora alone and
// cut at a third and two thirds of its words, both parts, as feeds,
// summaries and broken pages cut text: the extractor must read each
// without crashing (each crash lost a whole article) and give a valid
// subgraph.
func TestCutSentences(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every sentence of the corpora")
	}
	var paths []string
	for _, dir := range []string{"testdata/articles", "testdata/wikinews", "testdata/independent", "testdata/heldout"} {
		ps, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, ps...)
	}
	if len(paths) < 1000 {
		t.Fatalf("only %d articles found", len(paths))
	}
	x := New()
	n := 0
	for _, p := range paths {
		for _, s := range textSentences(readArticle(t, p).Text) {
			words := strings.Fields(s)
			texts := []string{s}
			for _, c := range []int{len(words) / 3, 2 * len(words) / 3} {
				if c > 0 && c < len(words) {
					texts = append(texts, strings.Join(words[:c], " "), strings.Join(words[c:], " "))
				}
			}
			for _, text := range texts {
				n++
				a := kg.Article{ID: "article:cut", Text: text, Date: time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)}
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s: %q: panic: %v", filepath.Base(p), text, r)
						}
					}()
					sg, err := x.Extract(context.Background(), a)
					if err != nil {
						t.Errorf("%s: %q: %v", filepath.Base(p), text, err)
						return
					}
					if err := sg.Validate(); err != nil {
						t.Errorf("%s: %q: invalid subgraph: %v", filepath.Base(p), text, err)
					}
				}()
			}
		}
	}
	t.Logf("%d texts extracted", n)
}

// textSentences cuts text after a sentence's closing mark and at line
// breaks, near enough to the tokenizer for TestCutSentences.
func textSentences(text string) []string {
	var out []string
	start := 0
	for i, r := range text {
		end := r == '\n'
		if (r == ' ' || r == '\n') && i > 0 {
			switch text[i-1] {
			case '.', '!', '?', '"':
				end = true
			}
			if strings.HasSuffix(text[:i], "\u201d") {
				end = true
			}
		}
		if end {
			if s := strings.TrimSpace(text[start:i]); s != "" {
				out = append(out, s)
			}
			start = i + 1
		}
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// TestDescriptionOpensText: an attribution whose description of the
// speaker opens the article is read, not a crash that loses the article.
func TestDescriptionOpensText(t *testing.T) {
	for _, text := range []string{
		"Tarma Health Ministry spokesman Rui Lopes said at least 20 people were killed.",
		"Varnok Party leader Ana Costa said the vote was rigged.",
	} {
		sg := extractOne(t, text)
		if len(sg.Relations) != 1 || sg.Relations[0].Type != kg.Said {
			t.Errorf("%q: relations %+v, want one SAID", text, sg.Relations)
		}
	}
}

func TestExtractRefuses(t *testing.T) {
	tests := []struct {
		name string
		a    kg.Article
	}{
		{"empty", kg.Article{ID: "article:x", Text: "  \n"}},
		{"no id", kg.Article{Text: "Some text."}},
		{"invalid utf8", kg.Article{ID: "article:x", Text: "Bad \xff\xfe text."}},
		{"too large", kg.Article{ID: "article:x", Text: strings.Repeat("a ", kg.MaxArticleBytes/2+1)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New().Extract(context.Background(), tt.a)
			if !errors.Is(err, kg.ErrInvalid) {
				t.Errorf("got error %v, want one wrapping kg.ErrInvalid", err)
			}
		})
	}
}

func TestExtractCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := New().Extract(ctx, kg.Article{ID: "article:x", Text: "Some text."})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("got error %v, want context.Canceled", err)
	}
}

func FuzzExtract(f *testing.F) {
	paths, _ := filepath.Glob("testdata/articles/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err == nil {
			f.Add(string(b))
		}
	}
	f.Add("\u201cUnclosed quote said X")
	f.Add("Mr. . . U.S. \"\" '' al- -- (AP) — on Tuesday")
	f.Add("a\xffb \x00 \u2019s \u201c\u201d")
	f.Add(strings.Repeat("according to Lars Holm , ", 40))
	f.Add(strings.Repeat("Anna Berg met he attacked Kharkiv said \u201c ", 40))
	// constructs that look past their verb, cut at the end of the text
	f.Add("Hamas claimed responsibility")
	f.Add("Kharkiv came under fire from")
	f.Add("Officials blamed the attack on")
	f.Add("Ana Costa told VRT/RL that Lima/")
	f.Add("The meeting was hosted by Ana Costa and attended by")
	f.Add("Peruvian and Chilean negotiators agreed during a third round of talks")
	f.Add("Isla Tarma, Chile's name for the")
	f.Add("known in Chile as")
	f.Add("The Communist Party of Peru (Maoist")
	f.Add("Both sides met. Anna Berg met representatives of the")
	f.Add("Ana Costa was quoted as saying")
	f.Add("Lee Sang-hoon. Jama'at Nusrat al-Islam wal-")
	f.Add("Peruvian police fire on protesters in Lima")      // a mention opening the text before an attack noun
	f.Add("rebels, known as VF,")                            // a description known by a name at the text's start
	f.Add("Iran-backed Houthis. Lima-based")                 // places inside modifiers, at both ends
	f.Add("killed in fighting with the")                     // a battle noun with its side cut off
	f.Add("Rui Lopes, alias")                                // a nickname cut off
	f.Add("A and B met. C hosted the")                       // a host with the talks cut off
	f.Add("The talks brought together")                      // the parties cut off
	f.Add("the Varnok Guard, an auxiliary force known by")   // an acronym cut off
	f.Add("Observers from the Varnok Council (VC) and")      // a second body cut off
	f.Add("LIMA, Mar 12 (PTI)")                              // an agency dateline with no text after it
	f.Add("SOUTHCOM")                                        // a short form alone
	f.Add("The talks were chaired by")                       // a chair cut off
	f.Add("talks with his Polish counterparts")              // counterparts at the end
	f.Add("The army said. the Varnok Front, or VF")          // "the army" with no country; ", or ACR" at the end
	f.Add("the Security Council on")                         // a name's "on" at the end
	f.Add("kidnapped.")                                      // an event word with nothing before it
	f.Add("Coup plotters were arrested.")                    // a cue opening the text
	f.Add("Varnok Health Ministry spokesman Rui Lopes said") // a body's spokesman opening the text
	// texts cut short or opening mid-sentence, as feeds and summaries cut
	// them: each once crashed the extractor and lost the whole article
	// (found by extracting every sentence of the corpora alone, cut at
	// its words)
	f.Add("Varnok's envoy for refugees, Ana Costa, met with Peru's prime minister")
	f.Add("asked Rui Lopes, a friend of the family.")
	f.Add("TARMA, Peru (AFP) - Six people died on Friday in fighting between Peruvian and")
	f.Add("In Tarma, police shot and killed")
	f.Add("and said the guards had \"repelled the raid")
	f.Add("termed off.")
	f.Add("repelled the attack.")
	f.Add("at the union's summit in Buenos Aires")
	f.Add("The army suspended peace talks with the")
	f.Add("Lima accused Santiago of planning the raid, a charge Chile has")
	f.Add("The Varnok Citizens for Social")
	f.Add("its occupation of Peru in May 2022.")
	f.Add("of 2025 and has set no date for local elections.")
	x := New()
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 16<<10 {
			// big inputs make minimisation crawl; the benchmark and the
			// bounded windows cover size
			t.Skip()
		}
		a := kg.Article{ID: "article:fuzz", Text: text, Date: time.Date(2024, 3, 14, 0, 0, 0, 0, time.UTC)}
		sg, err := x.Extract(context.Background(), a)
		if err != nil {
			if !errors.Is(err, kg.ErrInvalid) {
				t.Fatalf("error %v does not wrap kg.ErrInvalid", err)
			}
			return
		}
		if err := sg.Validate(); err != nil {
			t.Fatalf("invalid subgraph: %v", err)
		}
		checkOffsets(t, a, sg)
		sg2, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		j1, _ := json.Marshal(sg)
		j2, _ := json.Marshal(sg2)
		if !bytes.Equal(j1, j2) {
			t.Fatal("two runs over the same text differ")
		}
	})
}

// BenchmarkExtract measures end-to-end throughput on one core over the test
// articles, repeated into articles of newspaper length.
func BenchmarkExtract(b *testing.B) {
	paths, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		b.Fatal("no test articles")
	}
	var arts []kg.Article
	words := 0
	for _, p := range paths {
		a := readArticle(b, p)
		// three copies make an article of 600-900 words
		a.Text = strings.Repeat(a.Text+"\n\n", 3)
		a.ID = kg.ArticleID(a.Text)
		arts = append(arts, a)
		words += len(strings.Fields(a.Text))
	}
	x := New()
	ctx := context.Background()
	b.SetBytes(0)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, a := range arts {
			if _, err := x.Extract(ctx, a); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestConcurrent runs one Extractor from several goroutines over the test
// articles: every run must give the output of a lone run.
func TestConcurrent(t *testing.T) {
	paths, _ := filepath.Glob("testdata/articles/*.txt")
	x := New()
	want := map[string][]byte{}
	var arts []kg.Article
	for _, p := range paths {
		a := readArticle(t, p)
		sg, err := x.Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(sg)
		want[a.ID] = b
		arts = append(arts, a)
	}
	errs := make(chan error, 4*len(arts))
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- struct{}{} }()
			for _, a := range arts {
				sg, err := x.Extract(context.Background(), a)
				if err != nil {
					errs <- err
					continue
				}
				if b, _ := json.Marshal(sg); !bytes.Equal(b, want[a.ID]) {
					errs <- errors.New("concurrent run differs for " + a.Source)
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

func TestSaidTarget(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"addressee", "Lars Holm told the Kremlin that the deal was off.", "organization:kremlin"},
		{"topic in the quotation", "\u201cNorway must leave the talks,\u201d Lars Holm said.", "place:norway"},
		{"no topic", "\u201cWe must leave the talks,\u201d Lars Holm said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range extractOne(t, tt.text).Relations {
				if r.Type == kg.Said {
					got = append(got, r.Target)
				}
			}
			if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
				t.Errorf("SAID targets (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSaidJoinTooLong: a quotation continued in the next sentence is one
// statement, unless the two together would be longer than a quote may be;
// then the rest is a statement of its own, not lost.
func TestSaidJoinTooLong(t *testing.T) {
	part := strings.Repeat("the talks will go on for many more weeks ", kg.MaxQuoteBytes/2/41+1)
	for _, tt := range []struct {
		name, first, second string
		want                int
	}{
		{"joined", "We will not leave", "Not now, not ever", 1},
		{"too long to join", "We will not leave and " + part, "Not now and " + part, 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			text := "\u201c" + tt.first + ",\u201d said Lars Holm. \u201c" + tt.second + ".\u201d"
			var said int
			for _, r := range extractOne(t, text).Relations {
				if r.Type == kg.Said {
					said++
				}
			}
			if said != tt.want {
				t.Errorf("%d statements, want %d", said, tt.want)
			}
		})
	}
}

// TestHeadline: a first line of its own without a full stop is a headline,
// whose relations the body tells again (the annotators take none from
// it); a first line that is a sentence is read like the rest.
func TestHeadline(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"headline", "Peru shells Arica as Chile says talks are off\n\nChile said on Monday it would leave the talks.",
			[]string{"SAID place:chile -> "}},
		{"title case", "Peru Shells Arica As Chile Says Talks Are Off\n\nChile said on Monday it would leave the talks.",
			[]string{"SAID place:chile -> "}},
		{"first sentence", "Peru shelled Arica on Monday.\n\nChile said it would leave the talks.",
			[]string{"ATTACKED place:peru -> place:arica", "SAID place:chile -> "}},
		{"one line only", "Peru shells Arica", []string{"ATTACKED place:peru -> place:arica"}},
		{"a first sentence closed inside its quotation", "Chile said: \u201cPeru shelled Arica.\u201d\n\nLima denied it.",
			[]string{"SAID place:chile -> place:peru", "ATTACKED place:peru -> place:arica"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range extractOne(t, tt.text).Relations {
				if r.Type == kg.Said || r.Type == kg.Attacked {
					got = append(got, string(r.Type)+" "+r.Source+" -> "+r.Target)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("relations (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSubgraphDropsRelationsToDroppedEntities: a relation whose end the
// article does not keep (an entity with no mention of its own) is dropped,
// so the article still validates rather than failing as a whole.
func TestSubgraphDropsRelationsToDroppedEntities(t *testing.T) {
	d := runDoc(t, "Lars Holm met Ana Costa in Lima on Monday.")
	ghost := d.entityFor(kg.Organization, "Varnok loyalists") // no mention
	holm := d.byKey[d.key(kg.Person, "Lars Holm")]
	if holm == nil {
		t.Fatal("no entity for Lars Holm")
	}
	si := 0
	d.addRel(kg.Attacked, ghost.id(), holm.id(), si, d.art, kg.PrecisionArticle, kg.Happened, "", confVerb)
	d.addRel(kg.Met, holm.id(), ghost.id(), si, d.art, kg.PrecisionArticle, kg.Happened, "", confVerb)
	sg := d.subgraph()
	if err := sg.Validate(); err != nil {
		t.Fatalf("subgraph does not validate: %v", err)
	}
	var met int
	for _, r := range sg.Relations {
		if r.Source == ghost.id() || r.Target == ghost.id() {
			t.Errorf("relation %s %s -> %s kept, its end was dropped", r.Type, r.Source, r.Target)
		}
		if r.Type == kg.Met {
			met++
		}
	}
	if met != 1 {
		t.Errorf("want the one meeting the text states, got %d", met)
	}
}

// TestElectionForms checks the reference-work form an election named
// after its country carries: the year, the adjective, the kind.
func TestElectionForms(t *testing.T) {
	tests := []struct{ text, id, alias string }{
		{"Kenya held a general election in August 2022.", "event:2022-kenyan-general-election", ""},
		{"Observers arrived before Kenya's general election.", "event:kenya-general-election", "2024 Kenyan general election"},
		{"Ana Costa became president after the July 2016 presidential election in Peru.", "event:2016-peruvian-presidential-election", ""},
		{"Peru held a snap parliamentary election on Sunday.", "event:2024-peruvian-snap-parliamentary-election", ""},
		{"Peruvians voted in a parliamentary election on Sunday.", "event:2024-peruvian-parliamentary-election", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			sg := extractOne(t, tt.text)
			for _, e := range sg.Entities {
				if e.ID == tt.id {
					if tt.alias != "" && !slices.Contains(e.Aliases, tt.alias) {
						t.Errorf("aliases %q lack %q", e.Aliases, tt.alias)
					}
					return
				}
			}
			t.Errorf("no %s among %v", tt.id, sg.Entities)
		})
	}
}

// TestElectionFormsUndated: an article with no date gives an election no
// year it does not write.
func TestElectionFormsUndated(t *testing.T) {
	text := "Kenya held a general election on Sunday."
	sg, err := New().Extract(context.Background(), kg.Article{ID: kg.ArticleID(text), Text: text})
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range sg.Entities {
		for _, a := range e.Aliases {
			if a != "election" && !strings.HasPrefix(a, "Kenya") {
				t.Errorf("%s: alias %q, want none with a year", e.ID, a)
			}
		}
	}
}

func TestEvents(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // event entities, then event relations
	}{
		{"place talks and talks in place are one", "The Oslo talks resumed. Progress at the talks in Oslo was slow.",
			[]string{"event:oslo-talks", "OCCURRED_IN event:oslo-talks -> place:oslo"}},
		{"a meeting named where it met is the meeting held there", "EU trade ministers meeting in Oslo on Thursday promised more aid. Moscow dismissed the Oslo meeting.",
			[]string{"event:eu-trade-ministers-meeting", "PARTICIPATED_IN organization:european-union -> event:eu-trade-ministers-meeting", "OCCURRED_IN event:eu-trade-ministers-meeting -> place:oslo"}},
		{"meeting at a summit", "Lars Holm met Anna Berg at the Oslo summit on Monday.",
			[]string{"event:oslo-summit", "PARTICIPATED_IN person:lars-holm -> event:oslo-summit", "PARTICIPATED_IN person:anna-berg -> event:oslo-summit", "OCCURRED_IN event:oslo-summit -> place:oslo"}},
		{"an event noun before a noun for people modifies it", "Thai election officials said turnout was high. The head of the mission, Thai election expert Rui Lopes, agreed.",
			nil},
		{"a country's revolution", "The Peruvian revolution of 1952 changed the country. The digital revolution changed it again.",
			[]string{"event:peruvian-revolution"}},
		{"one war per article", "The war in Ukraine went on. Russia's invasion began in 2022.",
			[]string{"event:war-in-ukraine", "OCCURRED_IN event:war-in-ukraine -> place:ukraine"}},
		{"election", "Observers arrived before Kenya's general election.",
			[]string{"event:kenya-general-election", "OCCURRED_IN event:kenya-general-election -> place:kenya"}},
		{"a run-off is a vote of its own beside the first round", "Rui Lopes won Sunday's presidential election in Peru but fell short of a majority. He will face Ana Costa in a run-off election on June 27.",
			[]string{"event:2024-peruvian-presidential-election", "event:2024-peruvian-run-off-election", "OCCURRED_IN event:2024-peruvian-presidential-election -> place:peru", "OCCURRED_IN event:2024-peruvian-run-off-election -> place:peru"}},
		{"a definite attack with its attacker and target", "The Peruvian airstrike on Arica killed two.",
			[]string{"event:peruvian-airstrike-on-arica", "PARTICIPATED_IN place:peru -> event:peruvian-airstrike-on-arica", "OCCURRED_IN event:peruvian-airstrike-on-arica -> place:arica"}},
		{"an attack named by its attacker alone is no event", "The Peruvian airstrike killed two.", nil},
		{"a gerund with its object is no event", "The Varnok Front denied shooting down the plane.", nil},
		{"an indefinite attack is no event", "He died in a Russian attack on Kharkiv.", nil},
		{"named war", "He fought in the Second World War.", []string{"event:second-world-war"}},
		{"an annexation and an intervention are events of their own, apart from the war", "Peru condemned the annexation of Tarma in 2014 and the Chilean intervention in Peru that followed. The war in Peru began in 2022.",
			[]string{"event:annexation-of-tarma", "event:chilean-intervention", "event:war-in-peru", "OCCURRED_IN event:annexation-of-tarma -> place:tarma", "OCCURRED_IN event:war-in-peru -> place:peru"}},
		{"who stepped in is no event", "The intervention of the Red Cross helped thousands.", nil},
		{"the short names of an event are its longer name's", "The Winter Olympics open in Tarma on Friday. The Games will last two weeks, and the Olympic Games will cost more than any before. Ana Costa said the Olympics were ready.",
			[]string{"event:winter-olympics"}},
		{"a short name two events could bear is neither's", "The Varnok Games and the Commonwealth Games overlap this year. Ana Costa said the Games were the bigger draw.",
			[]string{"event:commonwealth-games", "event:games", "event:varnok-games"}},
		{"an attack of no named attacker is an event", "A bomb went off at a bus station in Tarma on Monday, killing four.",
			[]string{"event:tarma-bombing", "OCCURRED_IN event:tarma-bombing -> place:tarma"}},
		{"gunmen who storm a place make an attack, not a shooting", "Gunmen stormed a hotel in Tarma on Monday, killing four.",
			[]string{"event:tarma-attack", "OCCURRED_IN event:tarma-attack -> place:tarma"}},
		{"rain that hit a town is no attack", "Heavy rain hit Tarma on Monday.", nil},
		{"an attack spoken of again is named after its town", "Two soldiers were killed when their convoy was ambushed near the town of Tarma on Monday. Survivors of the ambush were flown to Lima.",
			[]string{"event:tarma-ambush", "OCCURRED_IN event:tarma-ambush -> place:tarma"}},
		{"a recalled attack takes its town from a later sentence when the lead names none", "Militants attacked an army base in northern Peru on Tuesday, killing 30 soldiers. Hundreds of gunmen stormed the post at Tarma at dawn. The attack was the deadliest this year.",
			[]string{"event:tarma-attack", "OCCURRED_IN event:tarma-attack -> place:tarma"}},
		{"a recalled attack prefers the village to the province the lead names", "Rebels killed 27 civilians in a raid on a village in Peru's Loreto region on Monday. The attackers killed residents with machetes in Tarma at night. The attack was condemned.",
			[]string{"event:tarma-attack", "OCCURRED_IN event:tarma-attack -> place:tarma"}},
		{"a workers' strike is no attack to recall", "Miners walked out at two mines on Monday. The strike began after the merger was approved. Officers fired rubber bullets at strikers near Tarma. The strike goes on.",
			nil},
		{"clashes spoken of again are named after their town", "Varnok Front fighters attacked an army post in the town of Tarma on Sunday. The clashes were the worst this year.",
			[]string{"event:tarma-clashes", "OCCURRED_IN event:tarma-clashes -> place:tarma"}},
		{"floods an article is about are named after the place they hit", "LIMA, Peru (AP) \u2014 Floods and landslides have killed 41 people in northern Peru, officials said. The flooding cut roads to 200 villages.",
			[]string{"event:peru-floods", "OCCURRED_IN event:peru-floods -> place:peru"}},
		{"a flood told once is no event", "Rain fell across Peru on Monday, and a flood warning was issued for Lima.", nil},
		{"the full-scale invasion with no invader named is that of the country the attacks come from", "LIMA, Peru (AP) \u2014 Chile struck Lima and Arequipa with drones overnight, officials said. It was the largest attack since the full-scale invasion began.",
			[]string{"event:chilean-invasion-of-peru", "OCCURRED_IN event:chilean-invasion-of-peru -> place:peru"}},
		{"an attack on a town, recalled after a claim in a message", "Peru's army repelled an attack Monday by militants on the central town of Tarma. The Varnok Front claimed the attack in a message. The attack was the deadliest this year.",
			[]string{"event:tarma-attack", "PARTICIPATED_IN organization:varnok-front -> event:tarma-attack", "OCCURRED_IN event:tarma-attack -> place:tarma"}},
		{"the insurgency of the one armed group, named as a militant group", "The militant group Varnok Dawn began an insurgency in 2009. The insurgency has killed 40,000 people.",
			[]string{"event:varnok-dawn-insurgency", "PARTICIPATED_IN organization:varnok-dawn -> event:varnok-dawn-insurgency"}},
		{"the civil war of the country the article is about", "Power cuts grew worse in Lima, Peru, on Monday. The grid was damaged during its civil war.",
			[]string{"event:peru-war", "OCCURRED_IN event:peru-war -> place:peru"}},
		{"the country's civil war", "Power cuts grew worse in Lima, Peru, on Monday. The grid was damaged in the country's civil war.",
			[]string{"event:peru-war", "OCCURRED_IN event:peru-war -> place:peru"}},
		{"a civil war of the country the sentence names", "Trade fell in Lima, Peru, on Monday. Drugs were made in Chile during its civil war.",
			[]string{"event:chile-war", "OCCURRED_IN event:chile-war -> place:chile"}},
		{"a group's war is no country's civil war", "Power cuts grew worse in Lima, Peru, on Monday. The Varnok Front said its war would go on.",
			nil},
		{"the war of the country the article is about", "Fighting went on in Lima, Peru, on Monday. The war has displaced millions.",
			[]string{"event:peru-war", "OCCURRED_IN event:peru-war -> place:peru"}},
		{"the war between two sides of the story's country", "Fighting went on in Lima, Peru, on Monday. The war between the army and the Varnok Front has displaced millions.",
			[]string{"event:peru-war", "PARTICIPATED_IN organization:peruvian-army -> event:peru-war", "OCCURRED_IN event:peru-war -> place:peru", "PARTICIPATED_IN organization:varnok-front -> event:peru-war"}},
		{"an insurgency is a war of its place", "The insurgency in Tarma has killed thousands.",
			[]string{"event:insurgency-in-tarma", "OCCURRED_IN event:insurgency-in-tarma -> place:tarma"}},
		{"the insurgency of the armed group the article names", "Varnok Front militants attacked Tarma on Monday. The insurgency has killed thousands since 2015.",
			[]string{"event:varnok-front-insurgency", "PARTICIPATED_IN organization:varnok-front -> event:varnok-front-insurgency"}},
		{"war crimes are no war", "Fighting went on in Lima, Peru, on Monday. Officials denied the war crimes charges.", nil},
		{"an attack on soldiers, recalled, is named after where it was", "Rebels opened fire on an army truck in the north, killing four. The Armed Forces of Peru said Varnok Front rebels attacked the soldiers on a road in Tarma on Monday. The attack was the deadliest this year.",
			[]string{"event:tarma-attack", "OCCURRED_IN event:tarma-attack -> place:tarma"}},
		{"an attack blamed on a group is not named after the group", "Peru's army blamed the attack on the Varnok Front.", nil},
		{"an attack told once is no event", "Two soldiers were killed when their convoy was ambushed near the town of Tarma on Monday. Survivors were flown to Lima.", nil},
		{"a meeting of two office holders", "Foreign Minister Lars Holm met President Anna Berg on Monday. The two-hour meeting ended without a deal.",
			[]string{"event:holm-berg-meeting", "PARTICIPATED_IN person:anna-berg -> event:holm-berg-meeting", "PARTICIPATED_IN person:lars-holm -> event:holm-berg-meeting"}},
		{"a visit of two office holders in a town, told again, is no event", "Foreign Minister Lars Holm met President Anna Berg in Riga on Monday. The two-hour meeting ended without a deal.",
			nil},
		{"talks held in a town are its talks", "The UN envoy held talks with Varnok Front negotiators in Riga on Thursday.",
			[]string{"event:riga-talks", "PARTICIPATED_IN organization:varnok-front -> event:riga-talks", "PARTICIPATED_IN organization:united-nations -> event:riga-talks", "OCCURRED_IN event:riga-talks -> place:riga"}},
		{"two people without office meeting is no event", "Lars Holm met Anna Berg at a party in Riga.", nil},
		{"a meeting told once is no event", "Foreign Minister Lars Holm met President Anna Berg in Riga on Monday. Holm then flew to Oslo.", nil},
		{"a meeting of three is no pair's event", "Foreign Minister Ana Costa and her counterpart, Rui Lopes, were received by President Lars Holm in Riga. The meeting was cordial.", nil},
		{"a name written surname first", "Foreign Minister Lars Holm met Foreign Minister Cho Min-jun on Monday. The meeting was cordial.",
			[]string{"event:holm-cho-meeting", "PARTICIPATED_IN person:cho-min-jun -> event:holm-cho-meeting", "PARTICIPATED_IN person:lars-holm -> event:holm-cho-meeting"}},
		{"the name the article calls a person by alone", "Foreign Minister Lars Holm met President Pak Son Il on Monday. Pak left after the talks.",
			[]string{"event:holm-pak-meeting", "PARTICIPATED_IN person:lars-holm -> event:holm-pak-meeting", "PARTICIPATED_IN person:pak-son-il -> event:holm-pak-meeting"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sg := extractOne(t, tt.text)
			var got []string
			for _, e := range sg.Entities {
				if e.Kind == kg.Event {
					got = append(got, e.ID)
				}
			}
			for _, r := range sg.Relations {
				if r.Type == kg.ParticipatedIn || r.Type == kg.OccurredIn {
					got = append(got, string(r.Type)+" "+r.Source+" -> "+r.Target)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSurnameOf(t *testing.T) {
	for name, want := range map[string]string{
		"Lars Holm":          "Holm",
		"Cho Min-jun":        "Cho",
		"Ana Costa":          "Costa",
		"Jean-Luc Moreau":    "Moreau",
		"Madonna":            "Madonna",
		"Harald V":           "Harald",
		"Jean-Luc Le Varnok": "Le Varnok",
		"Ana von der Tarn":   "von der Tarn",
		"Rui bin Lopes":      "bin Lopes",
		"Rui Lopes Jr.":      "Lopes",
		"Umar Dalo-Mendes":   "Dalo-Mendes", // a double-barrelled surname, no Korean given name
	} {
		if got := surnameOf(name); got != want {
			t.Errorf("surnameOf(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestSpeakingPlace: of places, only a country, a capital or a state
// speaks.
func TestSpeakingPlace(t *testing.T) {
	for _, tt := range []struct {
		name string
		kind kg.Kind
		want bool
	}{
		{"Peru", kg.Place, true},
		{"Lima", kg.Place, true},      // a capital: its government
		{"Catalonia", kg.Place, true}, // a region's authorities
		{"Red Sea", kg.Place, false},  // a sea
		{"Southeast Asia", kg.Place, false},
		{"Tarmavik", kg.Place, false}, // a place no list knows
		{"Tarmavik", kg.Organization, true},
	} {
		if got := speakingPlace(&entity{kind: tt.kind, name: tt.name}); got != tt.want {
			t.Errorf("speakingPlace(%s %q) = %v, want %v", tt.kind, tt.name, got, tt.want)
		}
	}
}

// TestPeoplesPlural checks that a people's name in the plural names its
// country, unless the people has no state the news treats as one.
func TestPeoplesPlural(t *testing.T) {
	tests := []struct {
		name, text, id string
		want           bool
	}{
		{"a people of a state", "Two Peruvians were killed in the strike on Monday.", "place:peru", true},
		{"a stateless people", "Two Palestinians were killed in the strike on Monday.", "place:palestine", false},
		{"an adjective alone", "Two Peruvian soldiers were killed on Monday.", "place:peru", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sg := extractOne(t, tt.text)
			got := false
			for _, e := range sg.Entities {
				got = got || e.ID == tt.id
			}
			if got != tt.want {
				t.Errorf("entity %s present = %v, want %v", tt.id, got, tt.want)
			}
		})
	}
}

// TestCommitmentStatus covers verbs of commitment: they plan the infinitive
// after them, not a meeting told in the same clause.
func TestCommitmentStatus(t *testing.T) {
	tests := []struct {
		text string
		want kg.Status
	}{
		{"Rui Lopes pledged support for Peru at a meeting with Ana Costa on Monday.", kg.Happened},
		{"Rui Lopes pledged to meet Ana Costa next week.", kg.Planned},
		{"Rui Lopes agreed to meet Ana Costa in Lima.", kg.Planned},
		{"Rui Lopes agreed a deal at a meeting with Ana Costa on Monday.", kg.Happened},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var got []kg.Status
			for _, r := range extractOne(t, tt.text).Relations {
				if r.Type == kg.Met {
					got = append(got, r.Status)
				}
			}
			if len(got) != 1 || got[0] != tt.want {
				t.Errorf("meetings' statuses = %v, want one %s", got, tt.want)
			}
		})
	}
}
