package graph

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// limitBody reads the request's body whole, up to max bytes, before gqlgen
// sees it (gqlgen reads it whole too). A larger body is answered 413 with
// TOO_LARGE; ok is false when the request has been answered.
func limitBody(w http.ResponseWriter, r *http.Request, max int64) (ok bool) {
	if r.Body == nil || r.Body == http.NoBody {
		return true
	}
	if r.ContentLength > max {
		writeError(w, http.StatusRequestEntityTooLarge, tooLarge(max))
		return false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, max))
	r.Body.Close()
	var tooBig *http.MaxBytesError
	switch {
	case errors.As(err, &tooBig):
		writeError(w, http.StatusRequestEntityTooLarge, tooLarge(max))
		return false
	case err != nil:
		writeError(w, http.StatusBadRequest, coded(CodeInvalidInput, "could not read the request body"))
		return false
	}
	// JSON decoding would turn bytes that are not UTF-8 into U+FFFD and
	// store an article changed without a word; refuse them as the readers
	// do.
	if !utf8.Valid(body) {
		writeError(w, http.StatusBadRequest, coded(CodeInvalidInput, "request body is not valid UTF-8 (bad byte at offset %d)", badByte(body)))
		return false
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	return true
}

// badByte is the offset of the first byte of b that is not UTF-8.
func badByte(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

func tooLarge(max int64) *gqlerror.Error {
	return coded(CodeTooLarge, "request body is larger than the limit of %s", sizeOf(max))
}

func sizeOf(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// codeWriter gives every error of an error response an extensions.code.
// gqlgen answers some requests before the error presenter sees them (no
// transport for the method or content type, a mutation over GET,
// variables that do not decode) with bare messages; those get
// INVALID_INPUT. Responses with a success status pass through untouched.
type codeWriter struct {
	http.ResponseWriter
	status int
	buf    bytes.Buffer
}

func (c *codeWriter) WriteHeader(status int) {
	if status >= 400 {
		c.status = status
		return
	}
	c.ResponseWriter.WriteHeader(status)
}

func (c *codeWriter) Write(b []byte) (int, error) {
	if c.status >= 400 {
		return c.buf.Write(b)
	}
	return c.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the connection.
func (c *codeWriter) Unwrap() http.ResponseWriter { return c.ResponseWriter }

// finish writes a held error response, every error coded.
func (c *codeWriter) finish() {
	if c.status < 400 {
		return
	}
	var resp graphql.Response
	if err := json.Unmarshal(c.buf.Bytes(), &resp); err != nil || len(resp.Errors) == 0 {
		msg := strings.TrimSpace(c.buf.String())
		if msg == "" || err == nil {
			msg = strings.ToLower(http.StatusText(c.status))
		}
		resp = graphql.Response{Errors: gqlerror.List{{Message: msg}}}
	}
	for _, e := range resp.Errors {
		if code, _ := e.Extensions["code"].(string); code == "" {
			if e.Extensions == nil {
				e.Extensions = map[string]any{}
			}
			e.Extensions["code"] = CodeInvalidInput
		}
	}
	writeResponse(c.ResponseWriter, c.status, &resp)
}

// writeError answers a request refused before GraphQL saw it, in the shape
// of a GraphQL response.
func writeError(w http.ResponseWriter, status int, err *gqlerror.Error) {
	writeResponse(w, status, &graphql.Response{Errors: gqlerror.List{err}})
}

func writeResponse(w http.ResponseWriter, status int, resp *graphql.Response) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(resp)
}
