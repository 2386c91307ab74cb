package graph_test

import (
	"regexp"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
)

// TestExamplesRun runs every example operation of the start page on the
// fixture, with its IDs in the variables: the examples must stay valid as
// the schema changes, and answer without errors.
func TestExamplesRun(t *testing.T) {
	e := newEnv(t, openSQLite, true, nil)
	ops := regexp.MustCompile(`(?m)^(?:query|subscription) (\w+)`).FindAllStringSubmatch(graph.ExampleQuery, -1)
	if len(ops) < 7 {
		t.Fatalf("%d example operations, want at least 7 (search, neighborhood, paths, statements, attacks, meetings, timeline)", len(ops))
	}
	vars := map[string]any{"text": "Varga", "id": ada.ID, "from": dmitri.ID, "to": bruno.ID, "other": clara.ID, "since": "2020-01-01"}
	for _, op := range ops {
		t.Run(op[1], func(t *testing.T) {
			resp := e.post(t, request{query: graph.ExampleQuery, op: op[1], vars: vars})
			if len(resp.Errors) > 0 {
				t.Errorf("%s: %+v", op[1], resp.Errors)
			}
			if len(resp.Data) < 10 {
				t.Errorf("%s answered %s", op[1], resp.Data)
			}
		})
	}
}
