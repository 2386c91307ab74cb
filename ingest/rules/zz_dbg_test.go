package rules

import (
	"fmt"
	"os"
	"testing"
)

func TestZZ(t *testing.T) {
	d := runDoc(t, os.Getenv("ZZ"))
	for _, r := range d.rels {
		fmt.Printf("R %s %s %s by=%v\n", r.Type, r.Source, r.Target, d.relBy)
	}
}
