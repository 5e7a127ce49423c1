package apierr

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

func TestStatusNil(t *testing.T) {
	if err := Status(nil); err != nil {
		t.Fatalf("Status(nil) = %v, want nil", err)
	}
}

func TestStatusKinds(t *testing.T) {
	tests := []struct {
		kind error
		code codes.Code
	}{
		{ErrInvalidArgument, codes.InvalidArgument},
		{ErrNotFound, codes.NotFound},
		{ErrUnavailable, codes.Unavailable},
		{context.DeadlineExceeded, codes.DeadlineExceeded},
		{context.Canceled, codes.Canceled},
	}
	for _, tt := range tests {
		t.Run(tt.code.String(), func(t *testing.T) {
			// Bare, wrapped once and wrapped twice.
			errs := []error{
				tt.kind,
				fmt.Errorf("load thing 42: %w", tt.kind),
				fmt.Errorf("outer: %w", fmt.Errorf("inner: %w", tt.kind)),
				errors.Join(errors.New("other"), fmt.Errorf("joined: %w", tt.kind)),
			}
			for _, err := range errs {
				st, ok := status.FromError(Status(err))
				if !ok {
					t.Fatalf("Status(%v) is not a gRPC status", err)
				}
				if st.Code() != tt.code {
					t.Errorf("Status(%q) code = %v, want %v", err, st.Code(), tt.code)
				}
				if st.Message() != err.Error() {
					t.Errorf("Status(%q) message = %q, want the error text", err, st.Message())
				}
			}
		})
	}
}

func TestStatusUnknownIsInternalWithoutDetails(t *testing.T) {
	err := fmt.Errorf("query mongodb://admin:secret@db:27017: %w", io.ErrUnexpectedEOF)
	st, ok := status.FromError(Status(err))
	if !ok {
		t.Fatal("not a gRPC status")
	}
	if st.Code() != codes.Internal {
		t.Errorf("code = %v, want Internal", st.Code())
	}
	if strings.Contains(st.Message(), "secret") || strings.Contains(st.Message(), "mongodb") {
		t.Errorf("internal details leaked to the client: %q", st.Message())
	}
}

func TestStatusKeepsExistingStatus(t *testing.T) {
	in := status.Error(codes.PermissionDenied, "no entry")
	out := Status(in)
	st, _ := status.FromError(out)
	if st.Code() != codes.PermissionDenied || st.Message() != "no entry" {
		t.Errorf("Status(status error) = %v, want it unchanged", out)
	}
	// A status error that also wraps a known kind keeps its own code.
	in = status.Error(codes.AlreadyExists, "exists")
	if st, _ := status.FromError(Status(in)); st.Code() != codes.AlreadyExists {
		t.Errorf("code = %v, want AlreadyExists", st.Code())
	}
}

func TestNew(t *testing.T) {
	err := New(ErrNotFound, "no speaker called Bob")
	if err.Error() != "no speaker called Bob" {
		t.Errorf("Error() = %q", err.Error())
	}
	if !errors.Is(err, ErrNotFound) {
		t.Error("errors.Is(New(ErrNotFound, ...), ErrNotFound) = false")
	}
	if errors.Is(err, ErrInvalidArgument) || errors.Is(err, ErrUnavailable) {
		t.Error("New error matches a kind it is not")
	}
	st, _ := status.FromError(Status(err))
	if st.Code() != codes.NotFound || st.Message() != "no speaker called Bob" {
		t.Errorf("Status(New) = %v %q, want NotFound with the text", st.Code(), st.Message())
	}

	// Wrapping a New error keeps the kind and adds the context.
	wrapped := fmt.Errorf("get speaker: %w", New(ErrInvalidArgument, "bad name"))
	st, _ = status.FromError(Status(wrapped))
	if st.Code() != codes.InvalidArgument || st.Message() != "get speaker: bad name" {
		t.Errorf("Status(wrapped New) = %v %q", st.Code(), st.Message())
	}

	// New works with any kind, including context errors.
	if st, _ := status.FromError(Status(New(context.DeadlineExceeded, "slow"))); st.Code() != codes.DeadlineExceeded {
		t.Errorf("New(DeadlineExceeded) code = %v", st.Code())
	}
}
