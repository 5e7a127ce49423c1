package e2e

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// TestDeadLettersCLI: a quote service whose extractor always times out
// dead-letters an article instead of dropping it or retrying forever;
// quotectl lists it with the reason, and after the service is fixed
// `quotectl deadletters replay --all` gets its quotes stored.
func TestDeadLettersCLI(t *testing.T) {
	dir := t.TempDir()
	natsProc := start(t, "quotectl", "nats", "--addr", freeAddr(t), "--data-dir", filepath.Join(dir, "nats"))
	natsURL := strings.TrimPrefix(natsProc.waitOutput(t, "nats ready", 30*time.Second), "nats ready ")
	mongoProc := start(t, "quotectl", "mongo", "--addr", freeAddr(t), "--data-dir", filepath.Join(dir, "mongo"))
	mongoURI := strings.TrimPrefix(mongoProc.waitOutput(t, "mongo ready", 30*time.Second), "mongo ready ")
	common := []string{"--nats-url", natsURL, "--mongo-uri", mongoURI, "--mongo-db", "deadletters"}
	ingestAddr, gatewayAddr := freeAddr(t), freeAddr(t)
	start(t, "ingest", append(common, "--grpc-addr", ingestAddr)...)
	gateway := start(t, "gateway", append(common, "--grpc-addr", gatewayAddr)...)
	broken := start(t, "quote", append(common, "--grpc-addr", freeAddr(t), "--extract-timeout", "1ns", "--poison-attempts", "2")...)
	waitHealthy(t, ingestAddr, time.Minute)
	waitHealthy(t, gatewayAddr, time.Minute)

	ingest := qtv1.NewIngestServiceClient(dial(t, ingestAddr))
	art := &qtv1.Article{Title: "Bridge story", Url: "https://example.org/bridge", Text: `"The bridge will reopen in May," said Mayor Anna Berg.`}
	if _, err := ingest.IngestArticle(t.Context(), &qtv1.IngestArticleRequest{Article: art}); err != nil {
		t.Fatal(err)
	}
	var out string
	eventually(t, time.Minute, "the article in the dead letters", func() bool {
		var err error
		out, err = runCLI(t, "deadletters", "list", "--addr", ingestAddr)
		return err == nil && strings.Contains(out, "Bridge story")
	})
	if !strings.Contains(out, "timed out") || !strings.Contains(out, "after 2 deliveries") {
		t.Errorf("dead letter listing lacks the reason or the count:\n%s", out)
	}
	if _, err := runCLI(t, "deadletters", "replay", "--addr", ingestAddr); err == nil {
		t.Error("replay without --all or sequences succeeded")
	}

	broken.stop(t, 20*time.Second)
	start(t, "quote", append(common, "--grpc-addr", freeAddr(t))...)
	out, err := runCLI(t, "deadletters", "replay", "--all", "--addr", ingestAddr)
	if err != nil || !strings.Contains(out, "replayed 1") {
		t.Fatalf("replay: %q, %v", out, err)
	}
	eventually(t, time.Minute, "the replayed article's quote", func() bool {
		out, err := runCLI(t, "quotes", "--addr", gatewayAddr, "--speaker", "Anna Berg")
		return err == nil && strings.Contains(out, "The bridge will reopen in May")
	})
	if out, err := runCLI(t, "deadletters", "list", "--addr", ingestAddr, "--json"); err != nil || strings.TrimSpace(out) != "" {
		t.Errorf("dead letters after replay: %q, %v", out, err)
	}
	gateway.stop(t, 20*time.Second)
}
