package main

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
)

// Agreement is how the hand-written Cypher's answers compare with the
// API's on the same inputs: the ratio only means something when both
// answer the same question.
type Agreement struct {
	Checked int `json:"checked"`
	Equal   int `json:"equal"`
	// First describes the first input whose answers differ.
	First string `json:"first_difference,omitempty"`
}

// compareAnswers asks both sides about up to n inputs, spread over the
// list, and compares the GraphQL root field q.field with the statement's
// first column, both seen as JSON and put in q.canon's order.
func compareAnswers(ctx context.Context, q question, inputs []input, n int, gql *gqlClient, cy *cypher) Agreement {
	var a Agreement
	step := max(1, len(inputs)/max(n, 1))
	for i := 0; i < len(inputs) && a.Checked < n; i += step {
		in := inputs[i]
		a.Checked++
		diff, err := differ(ctx, q, in, gql, cy)
		switch {
		case err != nil:
			diff = err.Error()
		case diff == "":
			a.Equal++
			continue
		}
		if a.First == "" {
			a.First = fmt.Sprintf("%s %v: %.300s", q.name, in.vars(), diff)
		}
	}
	return a
}

// differ says how the two answers about in differ, "" when they do not.
func differ(ctx context.Context, q question, in input, gql *gqlClient, cy *cypher) (string, error) {
	data, err := gql.data(ctx, q.graphql, in.vars())
	if err != nil {
		return "", err
	}
	var got any
	if err := json.Unmarshal(data[q.field], &got); err != nil {
		return "", fmt.Errorf("graphql answer: %w", err)
	}

	raw, err := cy.answer(ctx, q.cypher, in.params())
	if err != nil {
		return "", err
	}
	var want any
	js, err := json.Marshal(raw)
	if err != nil {
		return "", fmt.Errorf("cypher answer: %w", err)
	}
	if err := json.Unmarshal(js, &want); err != nil {
		return "", fmt.Errorf("cypher answer: %w", err)
	}
	if q.canon != nil {
		got, want = q.canon(got), q.canon(want)
	}
	if reflect.DeepEqual(got, want) {
		return "", nil
	}
	g, _ := json.Marshal(got)
	w, _ := json.Marshal(want)
	return fmt.Sprintf("GraphQL %.140s… Cypher %.140s…", g, w), nil
}

// sortByID sorts the lists under the given keys of a JSON object by their
// elements' "id", for answers whose lists have no defined order.
func sortByID(keys ...string) func(any) any {
	return func(v any) any {
		m, ok := v.(map[string]any)
		if !ok {
			return v
		}
		for _, k := range keys {
			l, ok := m[k].([]any)
			if !ok {
				continue
			}
			sort.SliceStable(l, func(i, j int) bool { return idOf(l[i]) < idOf(l[j]) })
		}
		return m
	}
}

func idOf(v any) string {
	m, _ := v.(map[string]any)
	s, _ := m["id"].(string)
	return s
}
