package neo4j

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/newsgraph/newsgraph/kg"
)

func TestFanOf(t *testing.T) {
	const u = "person:ada"
	key := func(w, other, typ, status, side string) string {
		return strings.Join([]string{u, w, other, typ, status, side}, "\x00")
	}
	tests := []struct {
		name    string
		key     string
		want    fanRow
		wantErr bool
	}{
		{"lo end, dated", key("99999999967975-96-87", "place:b", "ATTACKED", "planned", "0"),
			fanRow{other: "place:b", typ: kg.Attacked, status: kg.Planned, lo: u, hi: "place:b", n: 3, last: "2024-03-12"}, false},
		{"hi end, undated", key("9999999998~", "person:b", "MET", "denied", "1"),
			fanRow{other: "person:b", typ: kg.Met, status: kg.Denied, lo: "person:b", hi: u, n: 1}, false},
		{"another node's key", strings.Replace(key("9999999998~", "person:b", "MET", "denied", "1"), u, "person:bob", 1), fanRow{}, true},
		{"no side", strings.Join([]string{u, "9999999998~", "person:b", "MET", "denied"}, "\x00"), fanRow{}, true},
		{"bad side", key("9999999998~", "person:b", "MET", "denied", "2"), fanRow{}, true},
		{"bad weight", key("99x9999998~", "person:b", "MET", "denied", "0"), fanRow{}, true},
		{"short weight", key("999", "person:b", "MET", "denied", "0"), fanRow{}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := fanOf(u, tt.key)
			if (err != nil) != tt.wantErr {
				t.Fatalf("fanOf: error %v, want error %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			tt.want.key = tt.key
			if diff := cmp.Diff(got, tt.want, cmp.AllowUnexported(fanRow{})); diff != "" {
				t.Errorf("fanOf (-got +want):\n%s", diff)
			}
		})
	}
}

// TestFanKeys checks the fan keys the store writes against what the walk
// reads back (fanOf), after upserts and after a delete that changes the
// group's count.
func TestFanKeys(t *testing.T) {
	s := openEmpty(t, server(t))
	ctx := context.Background()
	batch := upsertStrikes(t, s)
	speaker, place := batch[0].Entities[0].ID, batch[0].Entities[1].ID
	check := func(n int64, last string) {
		t.Helper()
		recs, err := cypher(ctx, s, "MATCH ()-[e:"+edgeType+"]->() RETURN e.fan_lo, e.fan_hi", nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(recs) != 1 {
			t.Fatalf("%d groups, want 1", len(recs))
		}
		lo, err := fanOf(speaker, recs[0].Values[0].(string))
		if err != nil {
			t.Fatal(err)
		}
		hi, err := fanOf(place, recs[0].Values[1].(string))
		if err != nil {
			t.Fatal(err)
		}
		want := fanRow{other: place, typ: kg.Attacked, status: kg.Planned, lo: speaker, hi: place, n: n, last: last}
		for i, got := range []fanRow{lo, hi} {
			want.key = got.key
			if i == 1 {
				want.other = speaker
			}
			if diff := cmp.Diff(got, want, cmp.AllowUnexported(fanRow{})); diff != "" {
				t.Errorf("fan key %d (-got +want):\n%s", i, diff)
			}
		}
	}
	check(3, "") // the strikes are undated (subgraph)
	if err := s.DeleteArticle(ctx, batch[0].Article.ID); err != nil {
		t.Fatal(err)
	}
	check(2, "")
}

// TestFanPlan holds the walk's fan-out read to its shape: range seeks in
// the fan-key indexes, cut at the chunk, reading nothing but the keys.
func TestFanPlan(t *testing.T) {
	s := openEmpty(t, server(t))
	if _, err := s.Upsert(context.Background(), []kg.Subgraph{subgraph("Ada Speaker planned strike on Somewhere.", "2024-03-11")}); err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct {
		name     string
		types    []kg.RelType
		statuses []kg.Status
	}{{"every group", nil, nil}, {"filtered", []kg.RelType{kg.Met}, []kg.Status{kg.Denied}}} {
		t.Run(f.name, func(t *testing.T) {
			params := map[string]any{"n": int64(16), "reqs": []map[string]any{{"i": int64(0), "after": "person:ada\x00", "end": "person:ada\x01"}}}
			ops := explain(t, s, fanQuery(summaryCond("e", f.types, f.statuses, params)), params)
			seeks := 0
			for _, op := range ops {
				switch {
				case op == "DirectedRelationshipIndexSeekByRange":
					seeks++
				case strings.Contains(op, "Expand"), strings.Contains(op, "Scan"), f.types == nil && op == "CacheProperties":
					t.Errorf("plan has %s: %v", op, ops)
				}
			}
			if seeks != 2 {
				t.Errorf("%d relationship index seeks, want 2: %v", seeks, ops)
			}
		})
	}
}

// TestFanBackfill checks that a database whose summary groups have the
// keys of an older build (top_lo and top_hi, an end and the weight) gets
// the fan keys when reopened, without them, and walks as before.
func TestFanBackfill(t *testing.T) {
	cfg := server(t)
	s := openEmpty(t, cfg)
	ctx := context.Background()
	batch := upsertStrikes(t, s)
	centre := batch[0].Entities[0].ID
	opts := []kg.NeighborhoodOptions{{Depth: 2, Aggregate: true}, {Depth: 2, Aggregate: true, CountsOnly: true}, {Depth: 1}}
	read := func(s *Store) []kg.Graph { return neighborhoods(t, s, centre, opts) }
	want := read(s)
	if len(want[0].Nodes) != 2 {
		t.Fatalf("fixture: %d nodes, want 2", len(want[0].Nodes))
	}
	again := undoAndReopen(t, s, cfg,
		"DROP INDEX "+fanIndex,
		"DROP INDEX edge_fan_hi",
		"MATCH (a)-[e:"+edgeType+"]->(b) SET e.top_lo = a.id + '\\u0000' + e.w, e.top_hi = b.id + '\\u0000' + e.w REMOVE e.fan_lo, e.fan_hi",
	)
	if diff := cmp.Diff(read(again), want); diff != "" {
		t.Errorf("after backfill (-got +want):\n%s", diff)
	}
	recs, err := cypher(ctx, again, "MATCH ()-[e:"+edgeType+"]->() RETURN count(e.fan_lo), count(e.fan_hi), count(e.top_lo) + count(e.top_hi)", nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := recs[0].Values; got[0] != int64(1) || got[1] != int64(1) || got[2] != int64(0) {
		t.Errorf("groups with fan_lo, fan_hi, old keys: %v, want 1, 1, 0", got)
	}
}

func TestDropMissingEnds(t *testing.T) {
	rel := func(id, src, dst string) kg.Relation {
		return kg.Relation{ID: id, Type: kg.Met, Status: kg.Happened, Source: src, Target: dst}
	}
	g := kg.Graph{
		Nodes:      []kg.Entity{{ID: "a"}, {ID: "b"}},
		Edges:      []kg.Relation{rel("ab", "a", "b"), rel("ac", "a", "c"), rel("cb", "c", "b"), rel("ba", "b", "a")},
		Aggregates: map[string]kg.EdgeAggregate{"ab": {Count: 1}, "ac": {Count: 2}, "cb": {Count: 3}, "ba": {Count: 4}},
	}
	dropMissingEnds(&g)
	want := kg.Graph{
		Nodes:      []kg.Entity{{ID: "a"}, {ID: "b"}},
		Edges:      []kg.Relation{rel("ab", "a", "b"), rel("ba", "b", "a")},
		Aggregates: map[string]kg.EdgeAggregate{"ab": {Count: 1}, "ba": {Count: 4}},
	}
	if diff := cmp.Diff(g, want); diff != "" {
		t.Errorf("dropMissingEnds (-got +want):\n%s", diff)
	}
}

// upsertStrikes writes the fixture of the fan and backfill tests: three
// articles in which one speaker plans a strike on one place, two dated.
func upsertStrikes(t *testing.T, s *Store) []kg.Subgraph {
	t.Helper()
	var batch []kg.Subgraph
	for i, date := range []string{"2024-03-11", "", "2024-01-02"} {
		batch = append(batch, subgraph(fmt.Sprintf("Ada Speaker planned strike %d on Somewhere.", i), date))
	}
	if _, err := s.Upsert(context.Background(), batch); err != nil {
		t.Fatalf("Upsert: %v", err)
	}
	return batch
}

// neighborhoods asks s for the neighborhood of id under each of opts.
func neighborhoods(t *testing.T, s *Store, id string, opts []kg.NeighborhoodOptions) []kg.Graph {
	t.Helper()
	var out []kg.Graph
	for _, opt := range opts {
		g, err := s.Neighborhood(context.Background(), id, opt)
		if err != nil {
			t.Fatalf("Neighborhood(%+v): %v", opt, err)
		}
		out = append(out, g)
	}
	return out
}
