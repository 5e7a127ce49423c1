package auth

import (
	"context"
	"strings"
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

const (
	writer = "writer-token-0123456789"
	reader = "reader-token-0123456789"
	read   = "/quotetracker.v1.QuoteService/ListQuotes"
	write  = "/quotetracker.v1.IngestService/IngestArticle"
)

func withToken(header string) context.Context {
	return metadata.NewIncomingContext(context.Background(), metadata.Pairs("authorization", header))
}

func TestAuthorize(t *testing.T) {
	tokens, err := ParseTokens(strings.NewReader("# team tokens\n" + writer + "\n\n" + reader + " read\n"))
	if err != nil {
		t.Fatal(err)
	}
	closed := NewPolicy(tokens, false)
	open := NewPolicy(tokens, true)
	cases := []struct {
		name   string
		policy *Policy
		ctx    context.Context
		method string
		want   codes.Code
	}{
		{"write with write token", closed, withToken("Bearer " + writer), write, codes.OK},
		{"scheme is case-insensitive", closed, withToken("bearer " + writer), write, codes.OK},
		{"read with read token", closed, withToken("Bearer " + reader), read, codes.OK},
		{"read with write token", closed, withToken("Bearer " + writer), read, codes.OK},
		{"write with read token", closed, withToken("Bearer " + reader), write, codes.PermissionDenied},
		{"write without token", closed, context.Background(), write, codes.Unauthenticated},
		{"read without token", closed, context.Background(), read, codes.Unauthenticated},
		{"wrong token", closed, withToken("Bearer not-a-real-token-at-all"), read, codes.Unauthenticated},
		{"token without scheme", closed, withToken(writer), write, codes.Unauthenticated},
		{"basic scheme", closed, withToken("Basic " + writer), write, codes.Unauthenticated},
		{"open reads without token", open, context.Background(), read, codes.OK},
		{"open reads still guard writes", open, context.Background(), write, codes.Unauthenticated},
		{"health is always open", closed, context.Background(), "/grpc.health.v1.Health/Check", codes.OK},
		{"reflection is always open", closed, context.Background(), "/grpc.reflection.v1.ServerReflection/ServerReflectionInfo", codes.OK},
		{"dead-letter replay needs write", closed, withToken("Bearer " + reader), "/quotetracker.v1.IngestService/ReplayDeadLetters", codes.PermissionDenied},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.policy.Authorize(c.ctx, c.method)
			if got := status.Code(err); got != c.want {
				t.Errorf("Authorize = %v, want %v", err, c.want)
			}
		})
	}
}

func TestParseTokensRejectsBadFiles(t *testing.T) {
	for name, text := range map[string]string{
		"empty":         "\n# nothing\n",
		"short token":   "abc\n",
		"unknown scope": writer + " admin\n",
		"extra fields":  writer + " read write\n",
	} {
		if _, err := ParseTokens(strings.NewReader(text)); err == nil {
			t.Errorf("%s: accepted %q", name, text)
		}
	}
}

func TestClientIDHidesToken(t *testing.T) {
	id := ClientID(withToken("Bearer " + writer))
	if id == "" || strings.Contains(id, writer) {
		t.Errorf("ClientID = %q", id)
	}
	if ClientID(withToken("Bearer "+reader)) == id {
		t.Error("two tokens share a client id")
	}
	if ClientID(context.Background()) != "" {
		t.Error("anonymous caller got a token id")
	}
}
