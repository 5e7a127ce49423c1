// Package ratelimit limits each client's call rate on a gRPC server and
// answers ResourceExhausted past it, so one client cannot starve the rest.
// A client is its token when it sent one, else its IP address.
package ratelimit

import (
	"context"
	"net"
	"strings"
	"sync"
	"time"

	"golang.org/x/time/rate"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/status"

	"github.com/quotetracker/quotetracker/pkg/auth"
)

// Limiter holds one token bucket per client.
type Limiter struct {
	perSecond rate.Limit
	burst     int
	now       func() time.Time

	mu      sync.Mutex
	clients map[string]*client
	swept   time.Time
}

type client struct {
	bucket *rate.Limiter
	seen   time.Time
}

// idleAfter is how long an unused bucket is kept; a returning client then
// starts with a full burst, which is what it would have had anyway.
const idleAfter = 10 * time.Minute

// New allows each client perSecond calls a second with bursts of burst.
func New(perSecond float64, burst int) *Limiter {
	return &Limiter{perSecond: rate.Limit(perSecond), burst: max(burst, 1), now: time.Now, clients: map[string]*client{}}
}

// Allow reports whether the client may make a call now.
func (l *Limiter) Allow(id string) bool {
	now := l.now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if now.Sub(l.swept) > idleAfter {
		for k, c := range l.clients {
			if now.Sub(c.seen) > idleAfter {
				delete(l.clients, k)
			}
		}
		l.swept = now
	}
	c, ok := l.clients[id]
	if !ok {
		c = &client{bucket: rate.NewLimiter(l.perSecond, l.burst)}
		l.clients[id] = c
	}
	c.seen = now
	return c.bucket.AllowN(now, 1)
}

func clientID(ctx context.Context) string {
	if id := auth.ClientID(ctx); id != "" {
		return id
	}
	p, ok := peer.FromContext(ctx)
	if !ok || p.Addr == nil {
		return "unknown"
	}
	host, _, err := net.SplitHostPort(p.Addr.String())
	if err != nil {
		return "addr:" + p.Addr.String()
	}
	// Calls from loopback are the server's own HTTP/JSON proxy (or a local
	// tool): the proxy appends the HTTP client's address to x-forwarded-for,
	// after whatever the client sent itself, so only the last entry is
	// trusted.
	if ip := net.ParseIP(host); ip != nil && ip.IsLoopback() {
		md, _ := metadata.FromIncomingContext(ctx)
		if fwd := md.Get("x-forwarded-for"); len(fwd) > 0 {
			entries := strings.Split(fwd[len(fwd)-1], ",")
			return "ip:" + strings.TrimSpace(entries[len(entries)-1])
		}
	}
	return "ip:" + host
}

func (l *Limiter) check(ctx context.Context) error {
	if !l.Allow(clientID(ctx)) {
		return status.Errorf(codes.ResourceExhausted, "rate limit exceeded: at most %.0f calls a second (bursts of %d) per client", float64(l.perSecond), l.burst)
	}
	return nil
}

// UnaryServerInterceptor limits unary calls.
func (l *Limiter) UnaryServerInterceptor() grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, _ *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		if err := l.check(ctx); err != nil {
			return nil, err
		}
		return handler(ctx, req)
	}
}

// StreamServerInterceptor limits the opening of streams.
func (l *Limiter) StreamServerInterceptor() grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, _ *grpc.StreamServerInfo, handler grpc.StreamHandler) error {
		if err := l.check(ss.Context()); err != nil {
			return err
		}
		return handler(srv, ss)
	}
}
