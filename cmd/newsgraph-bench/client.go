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
func (c *gqlClient) do(ctx context.Context, query string, vars map[string]any, check func(json.RawMessage) error) error {
	body, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		return fmt.Errorf("graphql: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("graphql: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return fmt.Errorf("graphql: %w", err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(resp.Body)
	if err != nil {
		return fmt.Errorf("graphql: read answer: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("graphql: status %s: %.200s", resp.Status, raw)
	}
	var ans struct {
		Data   json.RawMessage `json:"data"`
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(raw, &ans); err != nil {
		return fmt.Errorf("graphql: answer: %w", err)
	}
	if len(ans.Errors) > 0 {
		return fmt.Errorf("graphql: %s (%v)", ans.Errors[0].Message, ans.Errors[0].Extensions["code"])
	}
	if check != nil {
		return check(ans.Data)
	}
	return nil
}
