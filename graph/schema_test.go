package graph_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/graph/generated"
)

// TestSchemaIsDocumented keeps GraphiQL's docs pane complete: every type,
// field, argument and enum value of the schema has a description.
func TestSchemaIsDocumented(t *testing.T) {
	schema := generated.NewExecutableSchema(generated.Config{}).Schema()
	builtin := map[string]bool{"String": true, "Int": true, "Float": true, "Boolean": true, "ID": true}
	checked := 0
	for name, def := range schema.Types {
		if strings.HasPrefix(name, "__") || builtin[name] {
			continue
		}
		checked++
		if strings.TrimSpace(def.Description) == "" {
			t.Errorf("type %s has no description", name)
		}
		for _, f := range def.Fields {
			if strings.HasPrefix(f.Name, "__") {
				continue
			}
			if strings.TrimSpace(f.Description) == "" {
				t.Errorf("field %s.%s has no description", name, f.Name)
			}
			for _, a := range f.Arguments {
				if strings.TrimSpace(a.Description) == "" {
					t.Errorf("argument %s.%s(%s) has no description", name, f.Name, a.Name)
				}
			}
		}
		for _, v := range def.EnumValues {
			if strings.TrimSpace(v.Description) == "" {
				t.Errorf("enum value %s.%s has no description", name, v.Name)
			}
		}
	}
	if checked < 30 {
		t.Errorf("checked %d types; the schema has more", checked)
	}
}
