package neo4j

import (
	"testing"

	"github.com/newsgraph/newsgraph/store/storetest"
)

func BenchmarkRelationsOf(b *testing.B) {
	storetest.BenchRelationsOf(b, openEmpty(b, server(b)), 2000, 8000)
}
