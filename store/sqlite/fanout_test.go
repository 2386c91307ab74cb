package sqlite

import (
	"context"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/newsgraph/newsgraph/kg"
	"github.com/newsgraph/newsgraph/store/storetest"
)

// TestSummaryTopOrder holds the layer's fan-out read (summaryTopSQL, one
// statement for several nodes, each node's groups folded into one text)
// to what a plain read of edge_ends gives node by node: the same groups,
// cut at the same place, in fan-out order as group_concat hands them
// over (scanEnds sorts them only if it did not), nodes without groups
// included.
func TestSummaryTopOrder(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	storetest.LoadHubGraph(t, s)
	nodes := []string{storetest.TraversalHub(0).ID, storetest.TraversalTail(3).ID, "no such node", storetest.TraversalHub(1).ID}
	for i := range 12 {
		nodes = append(nodes, storetest.TraversalTail(i*7).ID)
	}
	plain := func(u string, skip, n int) []topRow {
		t.Helper()
		rows, err := s.r.QueryContext(ctx, "SELECT other, type, status, side, n, last_date FROM edge_ends WHERE node = ?"+
			" ORDER BY n DESC, last_date DESC, other, type, status, side DESC LIMIT ? OFFSET ?", u, n, skip)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []topRow
		for rows.Next() {
			var r topRow
			var side int
			if err := rows.Scan(&r.other, &r.typ, &r.status, &side, &r.n, &r.lastDate); err != nil {
				t.Fatal(err)
			}
			r.lo, r.hi = u, r.other
			if side == 0 {
				r.lo, r.hi = r.other, u
			}
			out = append(out, r)
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, f := range []struct {
		types    []kg.RelType
		statuses []kg.Status
	}{{nil, nil}, {[]kg.RelType{kg.Met, kg.Said}, nil}, {nil, []kg.Status{kg.Happened}}} {
		sum := summary(f.types, f.statuses)
		filtered := func(rs []topRow) []topRow {
			return slices.DeleteFunc(rs, func(r topRow) bool {
				return (f.types != nil && !slices.Contains(f.types, r.typ)) || (f.statuses != nil && !slices.Contains(f.statuses, r.status))
			})
		}
		for _, cut := range []struct{ skip, n int }{{0, 51}, {0, 5}, {5, 46}, {3, 1}, {60, 51}} {
			t.Run(fmt.Sprintf("%v %v skip %d n %d", f.types, f.statuses, cut.skip, cut.n), func(t *testing.T) {
				rows, err := s.r.QueryContext(ctx, summaryTopSQL(sum), append(slices.Clone(sum.args), cut.n, cut.skip, jsonStrings(nodes))...)
				if err != nil {
					t.Fatal(err)
				}
				defer rows.Close()
				got := make([][]topRow, len(nodes))
				for rows.Next() {
					var i int
					var text string
					if err := rows.Scan(&i, &text); err != nil {
						t.Fatal(err)
					}
					if got[i], err = parseEnds(text, nodes[i], nil); err != nil {
						t.Fatal(err)
					}
					if !slices.IsSortedFunc(got[i], compareTop) {
						t.Errorf("groups of %s not in fan-out order as read: %v", nodes[i], got[i])
					}
				}
				if err := rows.Err(); err != nil {
					t.Fatal(err)
				}
				total := 0
				for i, u := range nodes {
					var want []topRow
					if f.types == nil && f.statuses == nil {
						want = plain(u, cut.skip, cut.n)
					} else {
						// The filter applies before the cut.
						all := filtered(plain(u, 0, 1000))
						want = all[min(cut.skip, len(all)):min(cut.skip+cut.n, len(all))]
					}
					if diff := cmp.Diff(got[i], want, cmp.AllowUnexported(topRow{}, group{}), cmpopts.EquateEmpty()); diff != "" {
						t.Errorf("fan-out of %s (-got +want):\n%s", u, diff)
					}
					total += len(want)
				}
				if total == 0 && cut.skip < 60 {
					t.Errorf("no group read: the test compares nothing")
				}
			})
		}
	}
}

// TestParseEnds reads folded fan-out rows whose other ends hold the
// separator, digits and newlines: an end is cut by its length, not by
// a space.
func TestParseEnds(t *testing.T) {
	got, err := parseEnds("3 1 MET happened 2024-01-02 7 a b 1\n2"+"3 0 SAID planned  3 x y"+"1 1 MET denied 2020-05-05 0 ", "u", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := []topRow{
		{other: "a b 1\n2", group: group{typ: kg.Met, status: kg.Happened, lo: "u", hi: "a b 1\n2", n: 3, lastDate: "2024-01-02"}},
		{other: "x y", group: group{typ: kg.Said, status: kg.Planned, lo: "x y", hi: "u", n: 3}},
		{other: "", group: group{typ: kg.Met, status: kg.Denied, lo: "u", hi: "", n: 1, lastDate: "2020-05-05"}},
	}
	if diff := cmp.Diff(got, want, cmp.AllowUnexported(topRow{}, group{})); diff != "" {
		t.Errorf("parseEnds (-got +want):\n%s", diff)
	}
	for _, bad := range []string{"3 1 MET happened 2024-01-02 9 a b", "x 1 MET happened  1 a", "3 2 MET happened  1 a", "3 1 MET"} {
		if _, err := parseEnds(bad, "u", nil); err == nil {
			t.Errorf("parseEnds(%q): no error", bad)
		}
	}
}

// TestParseBriefNode reads folded brief nodes whose names hold spaces,
// digits and newlines, each put at its place in the IDs.
func TestParseBriefNode(t *testing.T) {
	ids := []string{"a", "b c", "d"}
	text := "2 7 PERSON 2024-01-02 2024-03-04 9 Ana 1\n2 3" + "0 1 PLACE   0 "
	var got []kg.Entity
	var at []int
	for rest := text; rest != ""; {
		i, e, tail, err := parseBriefNode(rest, ids)
		if err != nil {
			t.Fatal(err)
		}
		got, at, rest = append(got, e), append(at, i), tail
	}
	want := []kg.Entity{
		{ID: "d", Kind: kg.Person, Name: "Ana 1\n2 3", Mentions: 7, FirstSeen: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC), LastSeen: time.Date(2024, 3, 4, 0, 0, 0, 0, time.UTC)},
		{ID: "a", Kind: kg.Place, Mentions: 1},
	}
	if diff := cmp.Diff(got, want); diff != "" || !slices.Equal(at, []int{2, 0}) {
		t.Errorf("parseBriefNode at %v (-got +want):\n%s", at, diff)
	}
	for _, bad := range []string{"3 7 PERSON   1 a", "0 7 PERSON   5 a", "0 x PERSON   1 a", "0 7 PERSON"} {
		if _, _, _, err := parseBriefNode(bad, ids); err == nil {
			t.Errorf("parseBriefNode(%q): no error", bad)
		}
	}
}

// TestPastChunkBatches holds the walk's answers to not depend on how many
// nodes one statement reads past their first chunk (readRest): a centre
// whose neighbours are linked to each other by many groups of many sizes,
// so that the walk goes past the first chunk of most of them, asked with
// limits and fan-outs that make the chunks short, read one node at a time
// (as before pastChunk), by pastChunk, and all at once.
func TestPastChunkBatches(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, t.TempDir())
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	ent := func(i int) kg.Entity {
		name := fmt.Sprintf("Person %d", i)
		return kg.Entity{ID: kg.EntityID(kg.Person, name), Kind: kg.Person, Name: name, Mentions: 1 + i%7}
	}
	types := []kg.RelType{kg.Met, kg.Said, kg.Attacked}
	statuses := []kg.Status{kg.Happened, kg.Planned, kg.Denied}
	const people = 60
	var batch []kg.Subgraph
	for a := range 40 {
		text := fmt.Sprintf("Dense article %d.", a)
		art := kg.Article{ID: kg.ArticleID(text), Title: text, Source: "synthetic", Text: text,
			Date: time.Date(2024, 1, 1+a%28, 0, 0, 0, 0, time.UTC)}
		g := kg.Subgraph{Article: art}
		seen := map[string]bool{}
		for j := range 60 {
			// Pairs among the first 40 people mostly, the centre (0) with
			// each, and the last 20 now and then: sizes from 1 to tens.
			x, y := (a*7+j*3)%40, (a*11+j*j+1)%people
			if j%5 == 0 {
				x = 0
			}
			if x == y {
				continue
			}
			for _, e := range []kg.Entity{ent(x), ent(y)} {
				if !seen[e.ID] {
					seen[e.ID] = true
					g.Entities = append(g.Entities, e)
				}
			}
			sentence := fmt.Sprintf("%d and %d, %d.", x, y, j)
			r := kg.Relation{Type: types[(x+y+j)%3], Source: ent(x).ID, Target: ent(y).ID, Status: statuses[(a+j)%3%2],
				Date: art.Date.AddDate(0, 0, j%3), Precision: kg.PrecisionDay, Confidence: 0.5,
				Evidence: kg.Evidence{ArticleID: art.ID, Sentence: sentence, Start: j * 40, End: j*40 + len(sentence)}}
			if r.Type == kg.Said {
				r.Quote = sentence
			}
			r.ID = kg.RelationID(art.ID, r.Type, r.Source, r.Target, r.Evidence.Start, r.Evidence.End, r.Quote)
			g.Relations = append(g.Relations, r)
		}
		batch = append(batch, g)
	}
	if _, err := s.Upsert(ctx, batch); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	defer func(n int) { pastChunk = n }(pastChunk)
	for _, id := range []string{ent(0).ID, ent(5).ID, ent(45).ID} {
		for _, opt := range []kg.NeighborhoodOptions{
			{Depth: 2, Limit: 30, FanOut: 25, Aggregate: true, CountsOnly: true, BriefNodes: true},
			{Depth: 2, Limit: 45, FanOut: 30, Aggregate: true},
			{Depth: 3, Limit: 50, FanOut: 20},
			{Depth: 2, Limit: 40, FanOut: 30, Statuses: []kg.Status{kg.Happened}, Aggregate: true, CountsOnly: true},
		} {
			pastChunk = 1
			want, err := s.Neighborhood(ctx, id, opt)
			if err != nil {
				t.Fatalf("Neighborhood(%s, %+v): %v", id, opt, err)
			}
			if len(want.Nodes) < 10 {
				t.Fatalf("Neighborhood(%s, %+v): %d nodes, the test wants a dense graph", id, opt, len(want.Nodes))
			}
			for _, n := range []int{2, 8, 1000} {
				pastChunk = n
				got, err := s.Neighborhood(ctx, id, opt)
				if err != nil {
					t.Fatalf("Neighborhood(%s, %+v): %v", id, opt, err)
				}
				if diff := cmp.Diff(got, want, cmpopts.EquateEmpty()); diff != "" {
					t.Errorf("Neighborhood(%s, %+v) reading %d nodes past their chunk at once (-got +one by one):\n%s", id, opt, n, diff)
				}
			}
		}
	}
}

// TestSummaryCounts holds summaryCounts to kg.CountEdges of the same
// groups, IDs with arrows, colons, spaces and newlines (a meeting's
// group, as the summary keeps it, has its ends in ID order).
func TestSummaryCounts(t *testing.T) {
	groups := []group{
		{typ: kg.Met, status: kg.Happened, lo: "person:a", hi: "person:b", n: 3, lastDate: "2024-01-02"},
		{typ: kg.Met, status: kg.Denied, lo: "person:b", hi: "person:z->y", n: 1},
		{typ: kg.Said, status: kg.Happened, lo: "person:b", hi: "person:a", n: 7},
		{typ: kg.Attacked, status: kg.Planned, lo: "org:x:y", hi: "place:->", n: 2},
		{typ: kg.ParticipatedIn, status: kg.Happened, lo: "person: a b", hi: "event:c\nd", n: 5},
	}
	var folded []kg.Relation
	aggs := map[string]kg.EdgeAggregate{}
	for i, g := range groups {
		id := fmt.Sprintf("r%d", i)
		folded = append(folded, kg.Relation{ID: id, Type: g.typ, Status: g.status, Source: g.lo, Target: g.hi})
		aggs[id] = kg.EdgeAggregate{Count: g.n}
	}
	var got kg.Graph
	summaryCounts(groups, &got)
	wantEdges, wantAggs := kg.CountEdges(folded, aggs)
	if diff := cmp.Diff(got.Edges, wantEdges); diff != "" {
		t.Errorf("edges (-got +want):\n%s", diff)
	}
	if diff := cmp.Diff(got.Aggregates, wantAggs); diff != "" {
		t.Errorf("aggregates (-got +want):\n%s", diff)
	}
}
