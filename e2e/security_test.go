package e2e

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

const (
	writerToken = "e2e-writer-token-4f1c9a"
	readerToken = "e2e-reader-token-77b2d0"
)

func withBearer(ctx context.Context, token string) context.Context {
	return metadata.AppendToOutgoingContext(ctx, "authorization", "Bearer "+token)
}

// TestAccessControl runs the stack with authentication on and checks who may
// do what over gRPC, HTTP/JSON and quotectl, and that a gateway with a rate
// limit answers ResourceExhausted past it.
func TestAccessControl(t *testing.T) {
	dir := t.TempDir()
	tokenFile := filepath.Join(dir, "tokens")
	if err := os.WriteFile(tokenFile, []byte("# e2e\n"+writerToken+"\n"+readerToken+" read\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	gatewayAddr, ingestAddr, gatewayHTTP := freeAddr(t), freeAddr(t), freeAddr(t)
	dev := start(t, "quotectl", "dev", "--data-dir", filepath.Join(dir, "data"), "--auth-token-file", tokenFile,
		"--gateway-addr", gatewayAddr, "--ingest-addr", ingestAddr, "--gateway-http-addr", gatewayHTTP, "--ingest-http-addr", freeAddr(t))
	dev.waitOutput(t, "quotetracker ready", 2*time.Minute)
	if !strings.Contains(dev.output(), "authentication     on for reads and writes") {
		t.Errorf("quotectl dev does not say that authentication is on")
	}
	ctx := t.Context()
	ingest := qtv1.NewIngestServiceClient(dial(t, ingestAddr))
	quotes := qtv1.NewQuoteServiceClient(dial(t, gatewayAddr))
	art := &qtv1.Article{Title: "t", Text: `"We are ready," said Mayor Anna Berg.`}

	codeOf := func(err error) codes.Code { return status.Code(err) }
	_, err := ingest.IngestArticle(ctx, &qtv1.IngestArticleRequest{Article: art})
	if codeOf(err) != codes.Unauthenticated {
		t.Errorf("ingest without a token: %v, want Unauthenticated", err)
	}
	_, err = ingest.IngestArticle(withBearer(ctx, "not-a-token-we-know"), &qtv1.IngestArticleRequest{Article: art})
	if codeOf(err) != codes.Unauthenticated {
		t.Errorf("ingest with an unknown token: %v, want Unauthenticated", err)
	}
	_, err = ingest.IngestArticle(withBearer(ctx, readerToken), &qtv1.IngestArticleRequest{Article: art})
	if codeOf(err) != codes.PermissionDenied {
		t.Errorf("ingest with a read token: %v, want PermissionDenied", err)
	}
	_, err = ingest.ListDeadLetters(withBearer(ctx, readerToken), &qtv1.ListDeadLettersRequest{})
	if codeOf(err) != codes.PermissionDenied {
		t.Errorf("dead letters with a read token: %v, want PermissionDenied", err)
	}
	if _, err = ingest.IngestArticle(withBearer(ctx, writerToken), &qtv1.IngestArticleRequest{Article: art}); err != nil {
		t.Errorf("ingest with a write token: %v", err)
	}
	_, err = quotes.ListQuotes(ctx, &qtv1.ListQuotesRequest{})
	if codeOf(err) != codes.Unauthenticated {
		t.Errorf("list without a token: %v, want Unauthenticated", err)
	}
	if _, err = quotes.ListQuotes(withBearer(ctx, readerToken), &qtv1.ListQuotesRequest{}); err != nil {
		t.Errorf("list with a read token: %v", err)
	}
	if stream, err := quotes.WatchQuotes(ctx, &qtv1.WatchQuotesRequest{}); err == nil {
		if _, err = stream.Recv(); codeOf(err) != codes.Unauthenticated {
			t.Errorf("watch without a token: %v, want Unauthenticated", err)
		}
	}
	hc, err := healthpb.NewHealthClient(dial(t, gatewayAddr)).Check(ctx, &healthpb.HealthCheckRequest{})
	if err != nil || hc.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Errorf("health check without a token: %v, %v", hc, err)
	}

	// HTTP/JSON carries the same rules.
	post := func(token string) int {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, "http://"+gatewayHTTP+"/quotetracker.v1.QuoteService/ListQuotes", strings.NewReader(`{"speaker":"Anna Berg"}`))
		req.Header.Set("Content-Type", "application/json")
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("HTTP/JSON: %v", err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if code := post(""); code != http.StatusUnauthorized {
		t.Errorf("HTTP/JSON without a token: %d, want 401", code)
	}
	if code := post(readerToken); code != http.StatusOK {
		t.Errorf("HTTP/JSON with a read token: %d, want 200", code)
	}

	// quotectl sends the token from --token-file (first token) or env.
	if _, err := runCLI(t, "quotes", "--addr", gatewayAddr); err == nil || !strings.Contains(err.Error(), "Unauthenticated") {
		t.Errorf("quotectl quotes without a token: %v", err)
	}
	eventually(t, time.Minute, "the quote listed with a token", func() bool {
		out, err := runCLI(t, "quotes", "--addr", gatewayAddr, "--token", readerToken, "--speaker", "Anna Berg")
		return err == nil && strings.Contains(out, "We are ready")
	})

	// A second gateway on the same NATS and MongoDB server, with a tight
	// rate limit.
	natsURL := lineValue(t, dev.output(), "NATS (JetStream)")
	mongoURI := lineValue(t, dev.output(), "MongoDB (FerretDB)")
	limitedAddr := freeAddr(t)
	limited := start(t, "gateway", "--nats-url", natsURL, "--mongo-uri", mongoURI, "--grpc-addr", limitedAddr,
		"--auth-token-file", tokenFile, "--rate-limit", "1", "--rate-burst", "3")
	waitHealthy(t, limitedAddr, time.Minute)
	conn, err := grpc.NewClient(limitedAddr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	lq := qtv1.NewQuoteServiceClient(conn)
	exhausted := 0
	for range 6 {
		if _, err := lq.ListQuotes(withBearer(ctx, readerToken), &qtv1.ListQuotesRequest{}); codeOf(err) == codes.ResourceExhausted {
			exhausted++
		} else if err != nil {
			t.Fatalf("rate-limited gateway: %v", err)
		}
	}
	if exhausted < 2 {
		t.Errorf("6 quick calls with a burst of 3 at 1/s: %d refused, want at least 2", exhausted)
	}
	// Another client (another token) is not held back by the first.
	if _, err := lq.ListQuotes(withBearer(ctx, writerToken), &qtv1.ListQuotesRequest{}); err != nil {
		t.Errorf("second client on the rate-limited gateway: %v", err)
	}
	limited.stop(t, 20*time.Second)
	dev.stop(t, 30*time.Second)
}

// lineValue returns the rest of the output line that starts with label.
func lineValue(t *testing.T, out, label string) string {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if strings.HasPrefix(line, label) {
			return strings.TrimSpace(strings.TrimPrefix(line, label))
		}
	}
	t.Fatalf("no line %q in output", label)
	return ""
}
