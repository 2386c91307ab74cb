package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/kg"
)

// The codes clients see in extensions.code. gqlgen's own codes for requests
// that do not parse or validate (GRAPHQL_PARSE_FAILED,
// GRAPHQL_VALIDATION_FAILED) and for automatic persisted queries
// (PERSISTED_QUERY_NOT_FOUND) pass through unchanged.
const (
	CodeNotFound     = "NOT_FOUND"
	CodeInvalidInput = "INVALID_INPUT"
	CodeConflict     = "CONFLICT"
	CodeTooComplex   = "TOO_COMPLEX"
	// CodeTooLarge: the request body is over the limit (HTTP 413).
	CodeTooLarge = "TOO_LARGE"
	// CodeTooManyRequests: the client has too many requests running (HTTP
	// 429, with Retry-After).
	CodeTooManyRequests = "TOO_MANY_REQUESTS"
	CodeTimeout         = "TIMEOUT"
	CodeCanceled        = "CANCELED"
	CodeUnauthorized    = "UNAUTHORIZED"
	CodeForbidden       = "FORBIDDEN"
	CodeUnavailable     = "UNAVAILABLE"
	CodeInternal        = "INTERNAL"
)

// maxMessage bounds the messages that quote the client's request.
const maxMessage = 300

// errUnauthorized is what a request without the right key gets.
var errUnauthorized = errors.New("unauthorized: this operation needs the API key")

// errReadOnly is what a mutation gets on a server that refuses writes.
var errReadOnly = errors.New("forbidden: writes are disabled on this server (it is reachable beyond loopback and has no API key); its operator can set --api-key")

// invalidf reports bad input found by the API itself, before any store call.
func invalidf(format string, args ...any) error {
	return &model.ClientError{Kind: kg.ErrInvalid, Message: fmt.Sprintf(format, args...)}
}

// notFound reports, in the client's words, that what it named does not
// exist; err is the store's error, for the log.
func notFound(err error, format string, args ...any) error {
	return &model.ClientError{Kind: kg.ErrNotFound, Message: fmt.Sprintf(format, args...), Err: err}
}

// Messages of the kinds for errors that carry none written for the client.
var kindMessages = []struct {
	kind error
	code string
	msg  string
}{
	{kg.ErrNotFound, CodeNotFound, "not found"},
	{kg.ErrInvalid, CodeInvalidInput, "invalid input"},
	{kg.ErrConflict, CodeConflict, "conflicts with what is stored"},
}

// coded builds an error that carries its code from the start (limits,
// authorization); the presenter keeps it as it is.
func coded(code, format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	errcode.Set(err, code)
	return err
}

// presenter maps every error to a code. The kinds users may see keep their
// message; anything else is logged with its path and shown as "internal
// error", so no driver message, query text or stack reaches a client.
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var gqlErr *gqlerror.Error
		if !errors.As(err, &gqlErr) {
			gqlErr = gqlerror.WrapPath(graphql.GetPath(ctx), err)
		}
		out := &gqlerror.Error{
			Message:   gqlErr.Message,
			Path:      gqlErr.Path,
			Locations: gqlErr.Locations,
			Rule:      gqlErr.Rule,
		}
		code, _ := gqlErr.Extensions["code"].(string)
		cause := gqlErr.Err
		switch {
		case cause == nil:
			// An error gqlgen or this package made: its message is ours.
			switch {
			case code == errcode.ParseFailed && strings.Contains(gqlErr.Message, "token limit"):
				code = CodeTooComplex
			case code == "" && strings.Contains(gqlErr.Message, "schema does not allow"):
				// A non-null field resolved to null: our bug, not the client's.
				log.ErrorContext(ctx, "internal error", "path", gqlErr.Path.String(), "err", gqlErr.Message)
				code, out.Message = CodeInternal, "internal error"
			case code == "":
				// The request itself was unreadable (body too large, bad
				// JSON, bad APQ data). gqlgen quotes the body: keep it short.
				code = CodeInvalidInput
				if len(out.Message) > maxMessage {
					out.Message = strings.ToValidUTF8(out.Message[:maxMessage], "") + "…"
				}
			}
		case errors.Is(cause, context.DeadlineExceeded) || (errors.Is(ctx.Err(), context.DeadlineExceeded) && !errors.Is(cause, kg.ErrNotFound) && !errors.Is(cause, kg.ErrInvalid)):
			code, out.Message = CodeTimeout, "request timed out"
		case errors.Is(cause, context.Canceled):
			code, out.Message = CodeCanceled, "request canceled"
		case errors.Is(cause, errUnauthorized):
			code = CodeUnauthorized
		case errors.Is(cause, kg.ErrNotFound) || errors.Is(cause, kg.ErrInvalid) || errors.Is(cause, kg.ErrConflict):
			// The client's fault: its message if one was written for it,
			// else one per kind, the same on every store.
			for _, k := range kindMessages {
				if errors.Is(cause, k.kind) {
					code, out.Message = k.code, k.msg
					break
				}
			}
			var ce *model.ClientError
			if errors.As(cause, &ce) {
				out.Message = ce.Message
			}
			if ce == nil || ce.Err != nil {
				log.InfoContext(ctx, "request refused", "path", gqlErr.Path.String(), "code", code, "err", cause)
			}
		case errors.Is(cause, kg.ErrUnavailable):
			log.WarnContext(ctx, "store unavailable", "path", gqlErr.Path.String(), "err", cause)
			code, out.Message = CodeUnavailable, "service unavailable"
		default:
			log.ErrorContext(ctx, "internal error", "path", gqlErr.Path.String(), "err", cause)
			code, out.Message = CodeInternal, "internal error"
		}
		out.Extensions = map[string]any{"code": code}
		return out
	}
}

// recoverer logs a panic in a resolver and turns it into an internal error.
func recoverer(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, v any) error {
		log.ErrorContext(ctx, "panic in resolver", "panic", fmt.Sprint(v), "path", graphql.GetPath(ctx).String())
		return errPanic
	}
}

var errPanic = errors.New("panic")
