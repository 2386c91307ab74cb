package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

// gqlClient sends GraphQL requests over HTTP, keeping one connection per
// client alive as a browser or a service would.
type gqlClient struct {
	url  string
	http *http.Client
}

func newGQLClient(url string, clients int) *gqlClient {
	tr := &http.Transport{
		MaxIdleConns:        clients * 2,
		MaxIdleConnsPerHost: clients * 2,
		IdleConnTimeout:     time.Minute,
	}
	return &gqlClient{url: url, http: &http.Client{Transport: tr}}
}

// do sends one query and fails on a transport error, a status other than
// 200, GraphQL errors in the answer, or an answer check refuses.
func (c *gqlClient) do(ctx context.Context, query string, vars map[string]any, check func(map[string]json.RawMessage) error) error {
	data, err := c.data(ctx, query, vars)
	if err == nil && check != nil {
		err = check(data)
	}
	return err
}

// data sends one query and returns the answer's data by root field,
// failing as do does. The answer is decoded once, as a client would.
func (c *gqlClient) data(ctx context.Context, query string, vars map[string]any) (map[string]json.RawMessage, error) {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return nil, fmt.Errorf("graphql: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("graphql: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("graphql: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, fmt.Errorf("graphql: read answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("graphql: status %s: %.200s", resp.Status, raw)
	}
	var ans struct {
		Data   map[string]json.RawMessage `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &ans); err != nil {
		return nil, fmt.Errorf("graphql: answer: %w", err)
	}
	if len(ans.Errors) > 0 {
		return nil, fmt.Errorf("graphql: %s (%v)", ans.Errors[0].Message, ans.Errors[0].Extensions["code"])
	}
	return ans.Data, nil
}
