package ratelimit

import (
	"context"
	"net"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/peer"
	"google.golang.org/grpc/status"
)

func TestAllowPerClient(t *testing.T) {
	l := New(1, 3)
	now := time.Unix(1000, 0)
	l.now = func() time.Time { return now }
	for i := range 3 {
		if !l.Allow("a") {
			t.Fatalf("call %d within the burst refused", i+1)
		}
	}
	if l.Allow("a") {
		t.Fatal("call past the burst allowed")
	}
	if !l.Allow("b") {
		t.Fatal("another client was limited by a's calls")
	}
	now = now.Add(time.Second)
	if !l.Allow("a") {
		t.Fatal("no call allowed after the bucket refilled for a second")
	}
	if l.Allow("a") {
		t.Fatal("more than the rate allowed after one second")
	}
}

func TestIdleClientsAreForgotten(t *testing.T) {
	l := New(1, 1)
	now := time.Unix(1000, 0)
	l.now = func() time.Time { return now }
	l.Allow("a")
	now = now.Add(2 * idleAfter)
	l.Allow("b")
	if _, ok := l.clients["a"]; ok {
		t.Error("idle client kept")
	}
}

func TestInterceptorAnswersResourceExhausted(t *testing.T) {
	l := New(1, 1)
	ctx := peer.NewContext(context.Background(), &peer.Peer{Addr: &net.TCPAddr{IP: net.ParseIP("192.0.2.7"), Port: 4000}})
	handler := func(context.Context, any) (any, error) { return "ok", nil }
	intercept := l.UnaryServerInterceptor()
	if _, err := intercept(ctx, nil, &grpc.UnaryServerInfo{}, handler); err != nil {
		t.Fatalf("first call: %v", err)
	}
	_, err := intercept(ctx, nil, &grpc.UnaryServerInfo{}, handler)
	if status.Code(err) != codes.ResourceExhausted {
		t.Fatalf("second call: %v, want ResourceExhausted", err)
	}
	// Same IP on another port is the same client.
	ctx2 := peer.NewContext(context.Background(), &peer.Peer{Addr: &net.TCPAddr{IP: net.ParseIP("192.0.2.7"), Port: 4001}})
	if _, err := intercept(ctx2, nil, &grpc.UnaryServerInfo{}, handler); status.Code(err) != codes.ResourceExhausted {
		t.Fatalf("same IP, new port: %v, want ResourceExhausted", err)
	}
}

func TestForwardedForTrustedOnlyFromLoopback(t *testing.T) {
	// The client claimed 10.0.0.1; the proxy appended the real address.
	md := metadata.Pairs("x-forwarded-for", "10.0.0.1, 198.51.100.9")
	loop := metadata.NewIncomingContext(peer.NewContext(context.Background(), &peer.Peer{Addr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 1}}), md)
	if got := clientID(loop); got != "ip:198.51.100.9" {
		t.Errorf("via the local proxy: %q, want the address the proxy saw", got)
	}
	remote := metadata.NewIncomingContext(peer.NewContext(context.Background(), &peer.Peer{Addr: &net.TCPAddr{IP: net.ParseIP("203.0.113.5"), Port: 1}}), md)
	if got := clientID(remote); got != "ip:203.0.113.5" {
		t.Errorf("remote client claiming a forwarded address: %q", got)
	}
}
