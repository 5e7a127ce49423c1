// Package apierr maps error kinds to gRPC status codes in one table, so
// handlers return plain wrapped errors and clients still get the right code
// with a useful message.
package apierr

import (
	"context"
	"errors"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// Error kinds; wrap them with fmt.Errorf("...: %w", apierr.ErrX).
var (
	ErrInvalidArgument = errors.New("invalid argument")
	ErrNotFound        = errors.New("not found")
	ErrUnavailable     = errors.New("unavailable")
)

var codeOf = []struct {
	kind error
	code codes.Code
}{
	{ErrInvalidArgument, codes.InvalidArgument},
	{ErrNotFound, codes.NotFound},
	{ErrUnavailable, codes.Unavailable},
	{context.DeadlineExceeded, codes.DeadlineExceeded},
	{context.Canceled, codes.Canceled},
}

// Status converts err to a gRPC status error. Errors of a known kind keep
// their message; any other error becomes Internal with a generic message
// (internal details stay in the server's log).
func Status(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := status.FromError(err); ok {
		return err
	}
	for _, c := range codeOf {
		if errors.Is(err, c.kind) {
			return status.Error(c.code, err.Error())
		}
	}
	return status.Error(codes.Internal, "internal error")
}

// New returns an error with text as its message that is of the given kind
// (errors.Is(err, kind) holds).
func New(kind error, text string) error { return &kindError{kind: kind, text: text} }

type kindError struct {
	kind error
	text string
}

func (e *kindError) Error() string { return e.text }
func (e *kindError) Unwrap() error { return e.kind }
