package grpcserver

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"testing"
	"time"
)

// The HTTP health endpoints follow the gRPC health states.
func TestHTTPHealth(t *testing.T) {
	s, err := New(Options{Addr: "127.0.0.1:0", HTTPAddr: "127.0.0.1:0", Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx) }()
	get := func(path string) int {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for {
			resp, err := http.Get("http://" + s.HTTPAddr() + path)
			if err == nil {
				resp.Body.Close()
				return resp.StatusCode
			}
			if time.Now().After(deadline) {
				t.Fatalf("GET %s: %v", path, err)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	s.SetServing(false)
	if code := get("/readyz"); code != http.StatusServiceUnavailable {
		t.Errorf("/readyz while not serving: %d", code)
	}
	if code := get("/healthz"); code != http.StatusOK {
		t.Errorf("/healthz while not ready: %d, want 200 (liveness)", code)
	}
	s.SetServing(true)
	if code := get("/readyz"); code != http.StatusOK {
		t.Errorf("/readyz while serving: %d", code)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Serve: %v", err)
	}
}
