package kg_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/newsgraph/newsgraph/kg"
)

func TestPageDecode(t *testing.T) {
	a := kg.Cursor{Key: "2024-01-02", ID: "rel:a"}
	b := kg.Cursor{Num: 7, ID: "person:b"}
	tests := []struct {
		name              string
		p                 kg.Page
		wantAfter, wantBf *kg.Cursor
		wantErr           error
	}{
		{"no cursors", kg.Page{First: 3}, nil, nil, nil},
		{"after", kg.Page{First: 3, After: a.Encode()}, &a, nil, nil},
		{"before", kg.Page{Last: 3, Before: b.Encode()}, nil, &b, nil},
		{"before with first", kg.Page{First: 3, Before: b.Encode()}, nil, &b, nil},
		{"malformed after", kg.Page{After: "not a cursor"}, nil, nil, kg.ErrInvalid},
		{"malformed before", kg.Page{Before: kg.Cursor{}.Encode()}, nil, nil, kg.ErrInvalid},
		{"invalid page", kg.Page{First: 1, Last: 1}, nil, nil, kg.ErrInvalid},
		{"both cursors", kg.Page{After: a.Encode(), Before: b.Encode()}, nil, nil, kg.ErrInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			after, before, err := tt.p.Decode()
			if !errors.Is(err, tt.wantErr) || (err != nil) != (tt.wantErr != nil) {
				t.Fatalf("Decode error = %v, want %v", err, tt.wantErr)
			}
			if diff := cmp.Diff(after, tt.wantAfter); diff != "" {
				t.Errorf("after (-got +want):\n%s", diff)
			}
			if diff := cmp.Diff(before, tt.wantBf); diff != "" {
				t.Errorf("before (-got +want):\n%s", diff)
			}
		})
	}
}

func TestPageNeighbours(t *testing.T) {
	c := kg.Cursor{ID: "x"}.Encode()
	type flags struct{ Previous, Next bool }
	type called struct{ NotAfter, NotBefore bool }
	tests := []struct {
		name       string
		p          kg.Page
		more       bool
		notAfter   bool // what the list answers
		notBefore  bool
		want       flags
		wantCalled called
	}{
		{"first page, more", kg.Page{First: 2}, true, false, false, flags{false, true}, called{}},
		{"first page, end", kg.Page{First: 2}, false, false, false, flags{false, false}, called{}},
		{"after, more", kg.Page{First: 2, After: c}, true, true, false, flags{true, true}, called{NotAfter: true}},
		{"after, nothing before it", kg.Page{First: 2, After: c}, false, false, false, flags{false, false}, called{NotAfter: true}},
		{"forward before, more", kg.Page{First: 2, Before: c}, true, false, true, flags{false, true}, called{}},
		{"forward before, end of page asks", kg.Page{First: 2, Before: c}, false, false, true, flags{false, true}, called{NotBefore: true}},
		{"last page, more", kg.Page{Last: 2}, true, false, false, flags{true, false}, called{}},
		{"before, more", kg.Page{Last: 2, Before: c}, true, false, true, flags{true, true}, called{NotBefore: true}},
		{"before, nothing after it", kg.Page{Last: 2, Before: c}, false, false, false, flags{false, false}, called{NotBefore: true}},
		{"backward after, more", kg.Page{Last: 2, After: c}, true, true, false, flags{true, false}, called{}},
		{"backward after, end of page asks", kg.Page{Last: 2, After: c}, false, true, false, flags{true, false}, called{NotAfter: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got flags
			var gotCalled called
			var err error
			got.Previous, got.Next, err = tt.p.Neighbours(tt.more,
				func() (bool, error) { gotCalled.NotAfter = true; return tt.notAfter, nil },
				func() (bool, error) { gotCalled.NotBefore = true; return tt.notBefore, nil })
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("flags (-got +want):\n%s", diff)
			}
			if diff := cmp.Diff(gotCalled, tt.wantCalled); diff != "" {
				t.Errorf("list asked (-got +want):\n%s", diff)
			}
		})
	}
	t.Run("error from the list", func(t *testing.T) {
		boom := errors.New("boom")
		_, _, err := kg.Page{First: 2, After: c}.Neighbours(false,
			func() (bool, error) { return false, boom },
			func() (bool, error) { return false, nil })
		if !errors.Is(err, boom) {
			t.Errorf("Neighbours error = %v, want %v", err, boom)
		}
	})
}

func TestNewPageInfo(t *testing.T) {
	tests := []struct {
		name    string
		cursors []string
		prev    bool
		next    bool
		want    kg.PageInfo
	}{
		{"empty page", nil, true, false, kg.PageInfo{HasPreviousPage: true}},
		{"one item", []string{"a"}, false, true, kg.PageInfo{StartCursor: "a", EndCursor: "a", HasNextPage: true}},
		{"several", []string{"a", "b", "c"}, true, true, kg.PageInfo{StartCursor: "a", EndCursor: "c", HasPreviousPage: true, HasNextPage: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := kg.NewPageInfo(tt.cursors, tt.prev, tt.next)
			if diff := cmp.Diff(got, tt.want); diff != "" {
				t.Errorf("NewPageInfo (-got +want):\n%s", diff)
			}
		})
	}
}
