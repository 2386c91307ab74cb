package sqlite

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/kg"
)

// spansByEntity encodes a subgraph's mentions per entity, in text order,
// as the JSON the mention row's spans column holds.
func spansByEntity(ms []kg.Mention) (map[string]string, error) {
	by := make(map[string][]kg.Mention)
	for _, m := range ms {
		by[m.EntityID] = append(by[m.EntityID], m)
	}
	out := make(map[string]string, len(by))
	for id, ms := range by {
		sortSpans(ms)
		rows := make([][3]any, len(ms))
		for i, m := range ms {
			rows[i] = [3]any{m.Start, m.End, m.Text}
		}
		b, err := json.Marshal(rows)
		if err != nil {
			return nil, fmt.Errorf("mentions of %q: %w", id, err)
		}
		out[id] = string(b)
	}
	return out, nil
}

// parseSpans reads a spans column back.
func parseSpans(entityID, s string) ([]kg.Mention, error) {
	var rows [][3]json.RawMessage
	if err := json.Unmarshal([]byte(s), &rows); err != nil {
		return nil, fmt.Errorf("mentions of %q: %w", entityID, err)
	}
	if len(rows) == 0 {
		return nil, nil
	}
	out := make([]kg.Mention, len(rows))
	for i, r := range rows {
		m := kg.Mention{EntityID: entityID}
		for j, dst := range []any{&m.Start, &m.End, &m.Text} {
			if err := json.Unmarshal(r[j], dst); err != nil {
				return nil, fmt.Errorf("mentions of %q: %w", entityID, err)
			}
		}
		out[i] = m
	}
	return out, nil
}

// sortSpans puts mentions in text order: Start, then End, then Text.
func sortSpans(ms []kg.Mention) {
	slices.SortStableFunc(ms, func(a, b kg.Mention) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), strings.Compare(a.Text, b.Text))
	})
}
