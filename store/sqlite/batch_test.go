package sqlite_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/store/storetest"
)

func BenchmarkRelationsOf(b *testing.B) {
	storetest.BenchRelationsOf(b, open(b, b.TempDir()), 5000, 20000)
}
