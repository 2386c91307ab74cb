package graph

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// post is gqlgen's POST transport (transport.POST with its defaults),
// answering the same status codes, headers and bytes, except that a
// response of data alone is written as it is instead of through
// json.Marshal: gqlgen's data is already compact JSON, and marshalling
// the response scans and copies all of it again to compact it (about 7%
// of a 200-node neighborhood's CPU). Data that compaction would change
// (whitespace between tokens; '<', '>', '&', U+2028 and U+2029, which
// json.Marshal escapes) and every other response go through
// json.Marshal as before.
type post struct {
	transport.POST
}

var _ graphql.Transport = post{}

// Do is transport.POST.Do (gqlgen v0.17) with writeJSONResponse.
func (p post) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	ctx := r.Context()
	contentType := responseContentType(r)
	w.Header().Add("Content-Type", contentType)
	start := graphql.Now()
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeJSONResponse(w, exec.DispatchError(ctx, gqlerror.List{gqlerror.Errorf("could not read request body: %+v", err)}))
		return
	}
	params := &graphql.RawParams{}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	if err := dec.Decode(params); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		writeJSONResponse(w, exec.DispatchError(ctx, gqlerror.List{gqlerror.Errorf("json request body could not be decoded: %+v body:%s", err, string(body))}))
		return
	}
	params.Headers = r.Header
	params.ReadTime = graphql.TraceTiming{Start: start, End: graphql.Now()}
	rc, opErr := exec.CreateOperationContext(ctx, params)
	if opErr != nil {
		status := http.StatusOK
		if errcode.GetErrorKind(opErr) == errcode.KindProtocol {
			status = http.StatusUnprocessableEntity
			if contentType == graphqlResponseJSON {
				status = http.StatusBadRequest
			}
		}
		w.WriteHeader(status)
		writeJSONResponse(w, exec.DispatchError(graphql.WithOperationContext(ctx, rc), opErr))
		return
	}
	responses, ctx := exec.DispatchOperation(ctx, rc)
	writeJSONResponse(w, responses(ctx))
}

const graphqlResponseJSON = "application/graphql-response+json"

// responseContentType is gqlgen's choice of the response's media type from
// the Accept header (transport.POST without ResponseHeaders and without
// UseGrapQLResponseJsonByDefault).
func responseContentType(r *http.Request) string {
	accept := r.Header.Get("Accept")
	if accept == "" {
		return "application/json"
	}
	for part := range strings.SplitSeq(accept, ",") {
		mediaType, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mediaType {
		case "*/*", "application/*", "application/json":
			return "application/json"
		case graphqlResponseJSON:
			return graphqlResponseJSON
		}
	}
	return graphqlResponseJSON
}

// writeJSONResponse writes resp as json.Marshal would: data alone that is
// already compact as {"data":…} with json.Marshal's escapes made in one
// pass, anything else through json.Marshal.
func writeJSONResponse(w io.Writer, resp *graphql.Response) {
	if throughFast(resp) {
		b := make([]byte, 0, len(resp.Data)+len(`{"data":}`)+64)
		b = append(b, `{"data":`...)
		b = appendEscaped(b, resp.Data)
		w.Write(append(b, '}'))
		return
	}
	b, err := json.Marshal(resp)
	if err != nil {
		panic(fmt.Errorf("unable to marshal %s: %w", string(resp.Data), err))
	}
	w.Write(b)
}

// throughFast reports whether resp is data alone (every other field
// empty, as omitempty has it) already compact, which json.Marshal would
// only escape.
func throughFast(resp *graphql.Response) bool {
	return resp != nil && len(resp.Errors) == 0 && resp.Label == "" && len(resp.Path) == 0 && resp.HasNext == nil && len(resp.Extensions) == 0 &&
		len(resp.Data) > 0 && compactJSON(resp.Data)
}

// compactJSON reports whether b (gqlgen's output, which is valid JSON)
// has no whitespace between its tokens, which json.Marshal would take
// out. Strings are skipped to their closing quote with bytes.IndexByte.
func compactJSON(b []byte) bool {
	for i := 0; i < len(b); i++ {
		switch b[i] {
		case '"':
			for {
				j := bytes.IndexByte(b[i+1:], '"')
				if j < 0 {
					return false
				}
				i += 1 + j
				// The quote closes the string unless an odd number of
				// backslashes escapes it.
				n := 0
				for b[i-1-n] == '\\' {
					n++
				}
				if n%2 == 0 {
					break
				}
			}
		case ' ', '\t', '\n', '\r':
			return false
		}
	}
	return true
}

// jsonEscaped marks the bytes appendEscaped looks at: '<', '>', '&' and
// the first byte of U+2028 and U+2029.
var jsonEscaped = func() (t [256]bool) {
	for _, c := range []byte{'<', '>', '&', 0xE2} {
		t[c] = true
	}
	return t
}()

// appendEscaped appends b with the escapes json.Marshal makes in the JSON
// it writes (encoding/json's HTML escaping, and U+2028 and U+2029, which
// some JavaScript does not take in strings): '<', '>' and '&' as \u003c,
// \u003e and \u0026 (edge IDs hold "->"). They occur only inside strings
// in valid JSON.
func appendEscaped(dst, b []byte) []byte {
	const hex = "0123456789abcdef"
	start := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if !jsonEscaped[c] {
			continue
		}
		switch {
		case c == '<' || c == '>' || c == '&':
			dst = append(dst, b[start:i]...)
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			start = i + 1
		case c == 0xE2 && i+2 < len(b) && b[i+1] == 0x80 && b[i+2]&^1 == 0xA8:
			dst = append(dst, b[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[b[i+2]&0xF])
			i += 2
			start = i + 1
		}
	}
	return append(dst, b[start:]...)
}
