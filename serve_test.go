package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime/debug"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
)

// postCode sends a GraphQL request with optional headers and returns the
// HTTP status and the first error code ("" when there is none).
func postCode(t *testing.T, base, query string, header map[string]string) (int, string, string) {
	t.Helper()
	body, _ := json.Marshal(map[string]string{"query": query})
	req, _ := http.NewRequest(http.MethodPost, base+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST /query: %v", err)
	}
	defer resp.Body.Close()
	var out struct {
		Errors []struct {
			Message    string
			Extensions struct{ Code string }
		}
	}
	b, _ := io.ReadAll(resp.Body)
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatalf("answer %q: %v", b, err)
	}
	if len(out.Errors) == 0 {
		return resp.StatusCode, "", ""
	}
	return resp.StatusCode, out.Errors[0].Extensions.Code, out.Errors[0].Message
}

// TestServeWritesBeyondLoopback: on loopback writes are open; beyond it,
// without an API key, they are refused unless --allow-open-writes says
// otherwise, and the start-up log says which.
func TestServeWritesBeyondLoopback(t *testing.T) {
	const mutation = `mutation { deleteArticle(id: "article:00") }` // NOT_FOUND once allowed
	tests := []struct {
		name     string
		args     []string
		wantCode string
		wantLog  string
	}{
		{"loopback", nil, "NOT_FOUND", ""},
		{"all interfaces", []string{"--addr", "0.0.0.0:PORT"}, "FORBIDDEN", "writes are refused"},
		{"all interfaces, allowed", []string{"--addr", "0.0.0.0:PORT", "--allow-open-writes"}, "NOT_FOUND", "writes are open"},
		{"all interfaces with a key", []string{"--addr", "0.0.0.0:PORT", "--api-key", "k"}, "UNAUTHORIZED", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"--data", t.TempDir()}, tt.args...)
			base, _, logs := startServer(t, args, noEnv)
			_, code, msg := postCode(t, base, mutation, nil)
			if code != tt.wantCode {
				t.Errorf("mutation: code %q (%s), want %s", code, msg, tt.wantCode)
			}
			if tt.wantLog != "" && !strings.Contains(logs.String(), tt.wantLog) {
				t.Errorf("log does not say %q:\n%s", tt.wantLog, logs)
			}
			if tt.wantLog == "" && strings.Contains(logs.String(), `"level":"WARN"`) {
				t.Errorf("unexpected warning:\n%s", logs)
			}
			if _, code, _ := postCode(t, base, `{ stats { articles } }`, nil); code != "" {
				t.Errorf("query: code %q, want success", code)
			}
		})
	}
}

// TestServeTimeouts: a client trickling its body is cut off at the read
// timeout, an idle keep-alive connection is closed at the idle timeout,
// and connections beyond --max-connections wait for one to close.
func TestServeTimeouts(t *testing.T) {
	base, _, _ := startServer(t, []string{"--data", t.TempDir(), "--read-timeout", "300ms", "--idle-timeout", "300ms", "--max-connections", "2"}, noEnv)
	addr := strings.TrimPrefix(base, "http://")

	t.Run("trickling body", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		const size = 400
		fmt.Fprintf(conn, "POST /query HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n", size)
		// At one byte per 50 ms the body would take 20 s; the server must
		// give up on it long before.
		done := make(chan error, 1)
		go func() {
			_, err := io.ReadAll(conn)
			done <- err
		}()
		for i := 0; i < size; i++ {
			select {
			case <-done:
				return // the server closed the connection: cut off
			default:
			}
			if _, err := conn.Write([]byte(" ")); err != nil {
				return // cut off
			}
			time.Sleep(50 * time.Millisecond)
		}
		t.Fatal("the server read the whole trickled body")
	})

	t.Run("idle keep-alive", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		fmt.Fprintf(conn, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
		br := bufio.NewReader(conn)
		resp, err := http.ReadResponse(br, nil)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if resp.Close {
			t.Fatal("the server closed the connection at once; want keep-alive")
		}
		conn.SetReadDeadline(time.Now().Add(20 * time.Second))
		if _, err := br.ReadByte(); !errors.Is(err, io.EOF) {
			t.Errorf("idle connection: read %v, want EOF (closed by the server)", err)
		}
	})

	t.Run("connection limit", func(t *testing.T) {
		// A server of its own whose read timeout leaves room for a loaded
		// machine: the held connections must still be held when the third
		// one knocks.
		base, _, _ := startServer(t, []string{"--data", t.TempDir(), "--read-timeout", "3s", "--max-connections", "2"}, noEnv)
		addr := strings.TrimPrefix(base, "http://")
		for range 2 {
			c, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			// Start a request so the connection is accepted and busy.
			fmt.Fprintf(c, "POST /query HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{")
		}
		time.Sleep(100 * time.Millisecond)
		got := make(chan int, 1)
		go func() {
			c := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
			resp, err := c.Get(base + "/healthz")
			if err != nil {
				got <- -1
				return
			}
			resp.Body.Close()
			got <- resp.StatusCode
		}()
		select {
		case code := <-got:
			t.Fatalf("a third connection was served (%d) while two were held", code)
		case <-time.After(500 * time.Millisecond):
		}
		// The read timeout frees the held connections; the third is then
		// served.
		select {
		case code := <-got:
			if code != http.StatusOK {
				t.Errorf("third connection: %d", code)
			}
		case <-time.After(20 * time.Second):
			t.Fatal("the third connection was never served")
		}
	})
}

// TestServeBindsBeforeIngest: a taken port is reported before any article
// is read.
func TestServeBindsBeforeIngest(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var stderr bytes.Buffer
	code := run(context.Background(), []string{"serve", "--addr", ln.Addr().String(), "--data", t.TempDir(), "--ingest", "examples"},
		strings.NewReader(""), io.Discard, &stderr, noEnv)
	if code != exitFailed {
		t.Errorf("exit code %d, want %d", code, exitFailed)
	}
	if !strings.Contains(stderr.String(), ln.Addr().String()) {
		t.Errorf("message does not name the address:\n%s", stderr.String())
	}
	if strings.Contains(stderr.String(), "articles read") {
		t.Errorf("ingested before finding the port taken:\n%s", stderr.String())
	}
}

// TestServeGCPercent: serve sets the garbage collection target it is
// given, 400 by default, and leaves the runtime's when only GOGC is set.
func TestServeGCPercent(t *testing.T) {
	prev := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetGCPercent(prev) })
	for _, tc := range []struct {
		name string
		args []string
		env  map[string]string
		want int
	}{
		{"default", nil, nil, defaultGCPercent},
		{"flag", []string{"--gc-percent", "250"}, nil, 250},
		{"environment", nil, map[string]string{"NEWSGRAPH_GC_PERCENT": "180"}, 180},
		{"GOGC kept", nil, map[string]string{"GOGC": "150"}, 100},
		{"zero keeps the runtime's", []string{"--gc-percent", "0"}, nil, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			debug.SetGCPercent(100)
			_, stop, logs := startServer(t, append([]string{"--data", t.TempDir()}, tc.args...), envOf(tc.env))
			if got := debug.SetGCPercent(100); got != tc.want {
				t.Errorf("GC percent = %d, want %d", got, tc.want)
			}
			if code := stop(); code != exitOK {
				t.Errorf("exit code %d:\n%s", code, logs)
			}
		})
	}
}

// TestServeSubscriptionOutlivesTimeouts: a websocket is not cut off by the
// read and write timeouts that end slow requests.
func TestServeSubscriptionOutlivesTimeouts(t *testing.T) {
	base, _, logs := startServer(t, []string{"--data", t.TempDir(), "--timeout", "2s", "--write-timeout", "2100ms", "--read-timeout", "300ms"}, noEnv)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	ws, _, err := websocket.Dial(ctx, "ws"+strings.TrimPrefix(base, "http")+"/query", &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	defer ws.CloseNow()
	send := func(v any) {
		t.Helper()
		b, _ := json.Marshal(v)
		if err := ws.Write(ctx, websocket.MessageText, b); err != nil {
			t.Fatalf("write: %v", err)
		}
	}
	// next returns the next message that is not a keep-alive ping.
	next := func() map[string]any {
		t.Helper()
		for {
			_, b, err := ws.Read(ctx)
			if err != nil {
				t.Fatalf("read: %v\nlogs:\n%s", err, logs)
			}
			var m map[string]any
			json.Unmarshal(b, &m)
			if m["type"] == "ping" {
				send(map[string]any{"type": "pong"})
				continue
			}
			return m
		}
	}
	send(map[string]any{"type": "connection_init"})
	if m := next(); m["type"] != "connection_ack" {
		t.Fatalf("got %v, want connection_ack", m)
	}
	send(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{"query": "subscription { articleIngested { article { id } } }"}})
	time.Sleep(3 * time.Second) // past every timeout of the server
	body, _ := json.Marshal(map[string]any{
		"query":     `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { articleId } }`,
		"variables": map[string]any{"a": []map[string]any{{"text": "Maria Lindqvist met Tomas Brandt in Oslo on Monday."}}},
	})
	resp, err := http.Post(base+"/query", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if m := next(); m["type"] != "next" {
		t.Errorf("got %v, want the article as a next message", m)
	}
}

// TestServeLogging: the store gets the server's logger (a new embedded
// store logs its migrations), the store is opened and logged once, and a
// client's bad article is a warning, not an error.
func TestServeLogging(t *testing.T) {
	base, _, logs := startServer(t, []string{"--data", t.TempDir()}, noEnv)
	body, _ := json.Marshal(map[string]any{
		"query":     `mutation($a: [ArticleInput!]!) { ingestArticles(articles: $a) { error } }`,
		"variables": map[string]any{"a": []map[string]any{{"text": "  "}}},
	})
	resp, err := http.Post(base+"/query", "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	var migrations, opened, warnings int
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) != nil {
			continue
		}
		msg, _ := rec["msg"].(string)
		switch {
		case strings.Contains(msg, "migration"):
			migrations++
		case strings.Contains(msg, "open"):
			opened++
		case rec["level"] == "ERROR":
			t.Errorf("logged at ERROR: %s", line)
		case rec["level"] == "WARN" && rec["err"] != nil:
			warnings++
		}
	}
	if migrations == 0 {
		t.Errorf("no migration logged for a new store:\n%s", logs)
	}
	if opened != 1 {
		t.Errorf("%d lines about opening the store, want 1:\n%s", opened, logs)
	}
	if warnings != 1 {
		t.Errorf("%d warnings with an err, want 1 for the bad article:\n%s", warnings, logs)
	}
}
