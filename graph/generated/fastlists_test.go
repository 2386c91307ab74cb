package generated

import (
	"bytes"
	"context"
	"math"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// TestAppendAsGqlgen holds the fast lists' scalar writers to gqlgen's
// marshalers, byte for byte.
func TestAppendAsGqlgen(t *testing.T) {
	for _, s := range []string{
		"", "plain", `quote " and back\slash`, "tab\tcr\rnl\n", "\x00\x01\x1f\x7f", "<&>",
		"é ü 中文 🦊", "\u2028\u2029", "bad \xff\xfe utf-8", "MET:happened:person:a->person:b",
	} {
		var want bytes.Buffer
		graphql.MarshalString(s).MarshalGQL(&want)
		if got := appendQuoted([]byte("x"), s); string(got) != "x"+want.String() {
			t.Errorf("appendQuoted(%q) = %s, want x%s", s, got, want.String())
		}
	}
	for _, f := range []float64{0, 1, 2, 7, 12, 100, 1234567, 1e20, 1e21, 1e-4, 1e-5, 0.5, 1.0 / 3, 123456789012, -3, math.MaxFloat64, math.SmallestNonzeroFloat64} {
		var want bytes.Buffer
		if err := graphql.MarshalFloatContext(f).MarshalGQLContext(context.Background(), &want); err != nil {
			t.Fatal(err)
		}
		if got := appendFloat(nil, f); string(got) != want.String() {
			t.Errorf("appendFloat(%v) = %s, want %s", f, got, want.String())
		}
	}
}
