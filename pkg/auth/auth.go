// Package auth checks bearer tokens on every gRPC call. Writes need a token
// with write access; reads need any valid token unless reads are open.
// Health checks and reflection stay open so probes and grpcurl's listing
// work. Tokens arrive as `authorization: Bearer TOKEN` metadata (the
// HTTP/JSON gateway forwards the HTTP header of the same name).
package auth

import (
	"bufio"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"os"
	"strings"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
)

// Access is what a token may do.
type Access int

// Access levels.
const (
	AccessNone Access = iota
	AccessRead
	AccessWrite // includes read
)

// Policy decides who may call what.
type Policy struct {
	// tokens maps a token's SHA-256 to its access; hashing keeps the
	// comparison independent of how much of a guess is right.
	tokens    map[[32]byte]Access
	openReads bool
	// writes lists the full method names that need write access.
	writes map[string]bool
}

// WriteMethods are the RPCs that change state.
var WriteMethods = []string{
	"/quotetracker.v1.IngestService/IngestArticle",
	"/quotetracker.v1.IngestService/ListDeadLetters",
	"/quotetracker.v1.IngestService/ReplayDeadLetters",
}

// alwaysOpen are services anyone may call.
var alwaysOpen = []string{"/grpc.health.v1.Health/", "/grpc.reflection."}

// LoadTokens reads a token file: one token per line, optionally followed by
// "read" or "write" (the default); blank lines and # comments are skipped.
func LoadTokens(path string) (map[string]Access, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open token file: %w", err)
	}
	defer f.Close()
	return ParseTokens(f)
}

// ParseTokens parses the token file format.
func ParseTokens(r io.Reader) (map[string]Access, error) {
	tokens := map[string]Access{}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Fields(text)
		access := AccessWrite
		switch {
		case len(fields) == 1:
		case len(fields) == 2 && fields[1] == "read":
			access = AccessRead
		case len(fields) == 2 && fields[1] == "write":
		default:
			return nil, fmt.Errorf("token file line %d: want TOKEN [read|write]", line)
		}
		if len(fields[0]) < 16 {
			return nil, fmt.Errorf("token file line %d: tokens must be at least 16 characters", line)
		}
		tokens[fields[0]] = access
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read token file: %w", err)
	}
	if len(tokens) == 0 {
		return nil, fmt.Errorf("token file has no tokens")
	}
	return tokens, nil
}

// NewPolicy builds a policy from tokens (see LoadTokens). With openReads,
// read methods need no token.
func NewPolicy(tokens map[string]Access, openReads bool) *Policy {
	p := &Policy{tokens: map[[32]byte]Access{}, openReads: openReads, writes: map[string]bool{}}
	for t, a := range tokens {
		p.tokens[sha256.Sum256([]byte(t))] = a
	}
	for _, m := range WriteMethods {
		p.writes[m] = true
	}
	return p
}

// Authorize checks the caller's token for method.
func (p *Policy) Authorize(ctx context.Context, method string) error {
	for _, prefix := range alwaysOpen {
		if strings.HasPrefix(method, prefix) {
			return nil
		}
	}
	write := p.writes[method]
	if !write && p.openReads {
		return nil
	}
	token, ok := bearer(ctx)
	if !ok {
		return status.Error(codes.Unauthenticated, "missing credentials: send `authorization: Bearer TOKEN`")
	}
	access := p.tokens[sha256.Sum256([]byte(token))]
	switch {
	case access == AccessNone:
		return status.Error(codes.Unauthenticated, "invalid token")
	case write && access < AccessWrite:
		return status.Errorf(codes.PermissionDenied, "%s needs a token with write access", method)
	}
	return nil
}

// ClientID identifies the caller for rate limiting: a digest of its token
// when it sent one, else "".
func ClientID(ctx context.Context) string {
	token, ok := bearer(ctx)
	if !ok {
		return ""
	}
	sum := sha256.Sum256([]byte(token))
	return fmt.Sprintf("token:%x", sum[:8])
}

func bearer(ctx context.Context) (string, bool) {
	md, _ := metadata.FromIncomingContext(ctx)
	for _, v := range md.Get("authorization") {
		scheme, token, ok := strings.Cut(strings.TrimSpace(v), " ")
		if ok && strings.EqualFold(scheme, "bearer") && strings.TrimSpace(token) != "" {
			return strings.TrimSpace(token), true
		}
	}
	return "", false
}

// UnaryServerInterceptor enforces p on unary calls.
func (p *Policy) UnaryServerInterceptor() grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		if err := p.Authorize(ctx, info.FullMethod); err != nil {
			return nil, err
		}
		return handler(ctx, req)
	}
}

// StreamServerInterceptor enforces p on streaming calls.
func (p *Policy) StreamServerInterceptor() grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		if err := p.Authorize(ss.Context(), info.FullMethod); err != nil {
			return err
		}
		return handler(srv, ss)
	}
}
