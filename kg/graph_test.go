package kg_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

func TestFoldEdges(t *testing.T) {
	d := func(s string) time.Time {
		if s == "" {
			return time.Time{}
		}
		v, err := time.Parse(kg.DateLayout, s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	r := func(id string, typ kg.RelType, src, dst, date string) kg.Relation {
		return kg.Relation{ID: id, Type: typ, Status: kg.Happened, Source: src, Target: dst, Date: d(date)}
	}
	withStatus := func(r kg.Relation, s kg.Status) kg.Relation {
		r.Status = s
		return r
	}
	// Inputs in the contract's relation order: date ascending, undated last.
	tests := []struct {
		name     string
		in       []kg.Relation
		wantIDs  []string
		wantAggs map[string]kg.EdgeAggregate
	}{
		{"none", nil, nil, map[string]kg.EdgeAggregate{}},
		{
			"parallel statements fold into the first",
			[]kg.Relation{r("r1", kg.Attacked, "a", "b", "2024-01-02"), r("r2", kg.Attacked, "a", "b", "2024-03-04"), r("r3", kg.Attacked, "a", "b", "")},
			[]string{"r1"},
			map[string]kg.EdgeAggregate{"r1": {Count: 3, First: d("2024-01-02"), Last: d("2024-03-04")}},
		},
		{
			"direction and type separate groups",
			[]kg.Relation{r("r1", kg.Attacked, "a", "b", "2024-01-02"), r("r2", kg.Attacked, "b", "a", "2024-01-03"), r("r3", kg.Said, "a", "b", "2024-01-04")},
			[]string{"r1", "r2", "r3"},
			map[string]kg.EdgeAggregate{
				"r1": {Count: 1, First: d("2024-01-02"), Last: d("2024-01-02")},
				"r2": {Count: 1, First: d("2024-01-03"), Last: d("2024-01-03")},
				"r3": {Count: 1, First: d("2024-01-04"), Last: d("2024-01-04")},
			},
		},
		{
			"meetings have no direction",
			[]kg.Relation{r("r1", kg.Met, "b", "a", "2024-01-02"), r("r2", kg.Met, "a", "b", "2024-05-06")},
			[]string{"r1"},
			map[string]kg.EdgeAggregate{"r1": {Count: 2, First: d("2024-01-02"), Last: d("2024-05-06")}},
		},
		{
			"statuses separate groups",
			[]kg.Relation{
				r("r1", kg.Met, "a", "b", "2024-01-02"),
				withStatus(r("r2", kg.Met, "b", "a", "2024-01-03"), kg.Denied),
				r("r3", kg.Met, "b", "a", "2024-01-04"),
				withStatus(r("r4", kg.Met, "a", "b", "2024-01-05"), kg.Denied),
				withStatus(r("r5", kg.Met, "a", "b", "2024-01-06"), kg.Planned),
			},
			[]string{"r1", "r2", "r5"},
			map[string]kg.EdgeAggregate{
				"r1": {Count: 2, First: d("2024-01-02"), Last: d("2024-01-04")},
				"r2": {Count: 2, First: d("2024-01-03"), Last: d("2024-01-05")},
				"r5": {Count: 1, First: d("2024-01-06"), Last: d("2024-01-06")},
			},
		},
		{
			"undated only",
			[]kg.Relation{r("r1", kg.Met, "a", "b", ""), r("r2", kg.Met, "a", "b", "")},
			[]string{"r1"},
			map[string]kg.EdgeAggregate{"r1": {Count: 2}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			edges, aggs := kg.FoldEdges(tt.in)
			var ids []string
			for _, e := range edges {
				ids = append(ids, e.ID)
			}
			if diff := cmp.Diff(ids, tt.wantIDs); diff != "" {
				t.Errorf("edges (-got +want):\n%s", diff)
			}
			if diff := cmp.Diff(aggs, tt.wantAggs); diff != "" {
				t.Errorf("aggregates (-got +want):\n%s", diff)
			}
		})
	}
}

func TestCountEdges(t *testing.T) {
	rel := func(id string, typ kg.RelType, src, dst string) kg.Relation {
		return kg.Relation{ID: id, Type: typ, Status: kg.Happened, Source: src, Target: dst, Quote: "q", Confidence: 0.9}
	}
	tests := []struct {
		name      string
		folded    []kg.Relation
		aggs      map[string]kg.EdgeAggregate
		wantEdges []kg.Relation
		wantAggs  map[string]kg.EdgeAggregate
	}{
		{"none", nil, nil, []kg.Relation{}, map[string]kg.EdgeAggregate{}},
		{
			"keys replace IDs, only counts stay, key order",
			[]kg.Relation{rel("r1", kg.Said, "b", "a"), rel("r2", kg.Attacked, "a", "b")},
			map[string]kg.EdgeAggregate{"r1": {Count: 2, First: time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)}, "r2": {Count: 5}},
			[]kg.Relation{
				{ID: "ATTACKED:happened:a->b", Type: kg.Attacked, Status: kg.Happened, Source: "a", Target: "b"},
				{ID: "SAID:happened:b->a", Type: kg.Said, Status: kg.Happened, Source: "b", Target: "a"},
			},
			map[string]kg.EdgeAggregate{"ATTACKED:happened:a->b": {Count: 5}, "SAID:happened:b->a": {Count: 2}},
		},
		{
			"a meeting's endpoints in ID order",
			[]kg.Relation{rel("r1", kg.Met, "z", "a")},
			map[string]kg.EdgeAggregate{"r1": {Count: 3}},
			[]kg.Relation{{ID: "MET:happened:a->z", Type: kg.Met, Status: kg.Happened, Source: "a", Target: "z"}},
			map[string]kg.EdgeAggregate{"MET:happened:a->z": {Count: 3}},
		},
		{
			"the status in the key",
			[]kg.Relation{rel("r1", kg.Met, "a", "z"), {ID: "r2", Type: kg.Met, Status: kg.Denied, Source: "z", Target: "a"}},
			map[string]kg.EdgeAggregate{"r1": {Count: 3}, "r2": {Count: 1}},
			[]kg.Relation{
				{ID: "MET:denied:a->z", Type: kg.Met, Status: kg.Denied, Source: "a", Target: "z"},
				{ID: "MET:happened:a->z", Type: kg.Met, Status: kg.Happened, Source: "a", Target: "z"},
			},
			map[string]kg.EdgeAggregate{"MET:denied:a->z": {Count: 1}, "MET:happened:a->z": {Count: 3}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			edges, aggs := kg.CountEdges(tt.folded, tt.aggs)
			if diff := cmp.Diff(edges, tt.wantEdges); diff != "" {
				t.Errorf("edges (-got +want):\n%s", diff)
			}
			if diff := cmp.Diff(aggs, tt.wantAggs); diff != "" {
				t.Errorf("aggregates (-got +want):\n%s", diff)
			}
		})
	}
}

func TestEdgeKey(t *testing.T) {
	tests := []struct {
		typ      kg.RelType
		status   kg.Status
		src, dst string
		want     string
	}{
		{kg.Attacked, kg.Happened, "b", "a", "ATTACKED:happened:b->a"},
		{kg.Met, kg.Happened, "b", "a", "MET:happened:a->b"},
		{kg.Met, kg.Happened, "a", "b", "MET:happened:a->b"},
		{kg.Met, kg.Denied, "person:b", "person:a", "MET:denied:person:a->person:b"},
	}
	for _, tt := range tests {
		if got := kg.EdgeKey(tt.typ, tt.status, tt.src, tt.dst); got != tt.want {
			t.Errorf("EdgeKey(%s, %s, %s, %s) = %q, want %q", tt.typ, tt.status, tt.src, tt.dst, got, tt.want)
		}
	}
}
