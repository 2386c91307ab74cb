package order_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/store/internal/order"
)

func TestBy(t *testing.T) {
	tests := []struct {
		name          string
		desc, reverse bool
		want          string
	}{
		{"ascending", false, false, " ORDER BY r.k ASC, r.id ASC"},
		{"descending key, ID still ascending", true, false, " ORDER BY r.k DESC, r.id ASC"},
		{"ascending read backward", false, true, " ORDER BY r.k DESC, r.id DESC"},
		{"descending read backward", true, true, " ORDER BY r.k ASC, r.id DESC"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := order.By("r.k", "r.id", tt.desc, tt.reverse); got != tt.want {
				t.Errorf("By(desc %v, reverse %v) = %q, want %q", tt.desc, tt.reverse, got, tt.want)
			}
		})
	}
}

func TestDateKey(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"dated", "2024-02-29", "2024-02-29"},
		{"undated", "", order.Undated},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := order.DateKey(tt.in); got != tt.want {
				t.Errorf("DateKey(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	t.Run("undated sorts after every date", func(t *testing.T) {
		for _, d := range []string{"0001-01-01", "2024-12-31", "9999-12-31"} {
			if !(d < order.DateKey("")) {
				t.Errorf("%q sorts after the undated key %q", d, order.DateKey(""))
			}
		}
	})
}
