package neo4j

import (
	"testing"

	"github.com/newsgraph/newsgraph/store/storetest"
)

func BenchmarkTraversal(b *testing.B) {
	storetest.BenchTraversal(b, openEmpty(b, server(b)))
}
