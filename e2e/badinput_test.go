package e2e

import (
	"bytes"
	"context"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/timestamppb"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// TestBadInput sends the running services every kind of bad input over
// gRPC and HTTP/JSON: each gets a clear error (or is normalised with a
// notice), and no service crashes.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	gatewayAddr, ingestAddr, gatewayHTTP, ingestHTTP := freeAddr(t), freeAddr(t), freeAddr(t), freeAddr(t)
	dev := start(t, "quotectl", "dev", "--data-dir", filepath.Join(dir, "data"),
		"--gateway-addr", gatewayAddr, "--ingest-addr", ingestAddr, "--gateway-http-addr", gatewayHTTP, "--ingest-http-addr", ingestHTTP)
	dev.waitOutput(t, "quotetracker ready", 2*time.Minute)
	ctx := t.Context()
	ingest := qtv1.NewIngestServiceClient(dial(t, ingestAddr))
	quotes := qtv1.NewQuoteServiceClient(dial(t, gatewayAddr))
	ts := func(y int) *timestamppb.Timestamp { return timestamppb.New(time.Date(y, 1, 2, 0, 0, 0, 0, time.UTC)) }

	ingestCases := []struct {
		name    string
		article *qtv1.Article
		code    codes.Code
		mention string // in the error message
	}{
		{"no article", nil, codes.InvalidArgument, "article"},
		{"empty text", &qtv1.Article{Text: " \n\t "}, codes.InvalidArgument, "empty"},
		{"text over the limit", &qtv1.Article{Text: strings.Repeat("word ", 106_000)}, codes.InvalidArgument, "524288"},
		{"binary data", &qtv1.Article{Text: strings.Repeat("\x00\x01\x02\x03bin", 100)}, codes.InvalidArgument, "binary"},
		{"date before 1800", &qtv1.Article{Text: "He said so.", PublishedAt: ts(1500)}, codes.InvalidArgument, "published_at"},
		{"date far in the future", &qtv1.Article{Text: "He said so.", PublishedAt: ts(9999)}, codes.InvalidArgument, "future"},
		{"impossible timestamp", &qtv1.Article{Text: "He said so.", PublishedAt: &timestamppb.Timestamp{Seconds: 1 << 62}}, codes.InvalidArgument, "published_at"},
		{"script URL", &qtv1.Article{Text: "He said so.", Url: "javascript:alert(1)"}, codes.InvalidArgument, "url"},
		{"title over the limit", &qtv1.Article{Text: "He said so.", Title: strings.Repeat("t", 1001)}, codes.InvalidArgument, "title"},
	}
	for _, c := range ingestCases {
		_, err := ingest.IngestArticle(ctx, &qtv1.IngestArticleRequest{Article: c.article})
		st := status.Convert(err)
		if st.Code() != c.code || !strings.Contains(strings.ToLower(st.Message()), c.mention) {
			t.Errorf("%s: got %v %q, want %v mentioning %q", c.name, st.Code(), st.Message(), c.code, c.mention)
		}
	}
	_, err := ingest.IngestArticle(ctx, &qtv1.IngestArticleRequest{Article: &qtv1.Article{Text: strings.Repeat("x", 5<<20)}})
	if status.Code(err) != codes.ResourceExhausted {
		t.Errorf("5 MiB request: %v, want ResourceExhausted", err)
	}

	// HTML where text was declared is converted, and says so.
	resp, err := ingest.IngestArticle(ctx, &qtv1.IngestArticleRequest{Article: &qtv1.Article{
		Title: `{"$gt": ""}`, // stored as a plain string, never as an operator
		Text:  `<html><body><p>&ldquo;The bridge will reopen in May,&rdquo; said Mayor Anna Berg.</p><script>evil()</script></body></html>`,
	}})
	if err != nil || len(resp.GetNotices()) == 0 || !strings.Contains(resp.GetNotices()[0], "HTML") {
		t.Fatalf("HTML article: %v, %v", resp, err)
	}
	eventually(t, time.Minute, "the HTML article's quote", func() bool {
		r, err := quotes.ListQuotes(ctx, &qtv1.ListQuotesRequest{Speaker: "Anna Berg"})
		return err == nil && len(r.GetQuotes()) == 1 && !strings.Contains(r.GetQuotes()[0].GetText(), "<") &&
			r.GetQuotes()[0].GetArticle().GetTitle() == `{"$gt": ""}`
	})

	queryCases := []struct {
		name string
		call func() error
		code codes.Code
	}{
		{"page_size too large", func() error { _, err := quotes.ListQuotes(ctx, &qtv1.ListQuotesRequest{PageSize: 5000}); return err }, codes.InvalidArgument},
		{"negative page_size", func() error { _, err := quotes.ListQuotes(ctx, &qtv1.ListQuotesRequest{PageSize: -1}); return err }, codes.InvalidArgument},
		{"forged page token", func() error {
			_, err := quotes.ListQuotes(ctx, &qtv1.ListQuotesRequest{PageToken: "AQAAAAAAAAAAAAAAAAAAAAA"})
			return err
		}, codes.InvalidArgument},
		{"reversed time range", func() error {
			_, err := quotes.ListQuotes(ctx, &qtv1.ListQuotesRequest{StartTime: ts(2022), EndTime: ts(2021)})
			return err
		}, codes.InvalidArgument},
		{"speaker name too long", func() error {
			_, err := quotes.ListQuotes(ctx, &qtv1.ListQuotesRequest{Speaker: strings.Repeat("s", 10_000)})
			return err
		}, codes.InvalidArgument},
		{"operator as speaker", func() error {
			_, err := quotes.ListQuotes(ctx, &qtv1.ListQuotesRequest{Speaker: `{"$where": "sleep(1000)"}`})
			return err
		}, codes.OK},
		{"empty quote id", func() error { _, err := quotes.GetQuote(ctx, &qtv1.GetQuoteRequest{}); return err }, codes.InvalidArgument},
		{"empty check", func() error { _, err := quotes.CheckAttribution(ctx, &qtv1.CheckAttributionRequest{}); return err }, codes.InvalidArgument},
	}
	for _, c := range queryCases {
		if err := c.call(); status.Code(err) != c.code {
			t.Errorf("%s: %v, want %v", c.name, err, c.code)
		}
	}

	// HTTP/JSON: malformed and oversized bodies are client errors.
	httpPost := func(url string, body []byte) int {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		r, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatalf("POST %s: %v", url, err)
		}
		r.Body.Close()
		return r.StatusCode
	}
	ingestURL := "http://" + ingestHTTP + "/quotetracker.v1.IngestService/IngestArticle"
	for name, body := range map[string][]byte{
		"malformed JSON": []byte(`{"article": {"text": `),
		"invalid UTF-8":  []byte("{\"article\": {\"text\": \"\xff\xfe said\"}}"),
		"wrong type":     []byte(`{"article": {"text": 42}}`),
		"oversized body": append(append([]byte(`{"article": {"text": "`), bytes.Repeat([]byte("a"), 3<<20)...), []byte(`"}}`)...),
	} {
		if code := httpPost(ingestURL, body); code < 400 || code >= 500 {
			t.Errorf("HTTP %s: status %d, want 4xx", name, code)
		}
	}

	// A live stream over HTTP/JSON opens (status and headers arrive) before
	// any quote does.
	wctx, cancelWatch := context.WithTimeout(ctx, 5*time.Second)
	wreq, _ := http.NewRequestWithContext(wctx, http.MethodPost, "http://"+gatewayHTTP+"/quotetracker.v1.QuoteService/WatchQuotes", strings.NewReader(`{"speaker":"nobody quoted yet"}`))
	if wresp, err := http.DefaultClient.Do(wreq); err != nil || wresp.StatusCode != http.StatusOK {
		t.Errorf("HTTP/JSON WatchQuotes did not open: %v %v", wresp, err)
	} else {
		wresp.Body.Close()
	}
	cancelWatch()

	// Still serving, no panic anywhere.
	waitHealthy(t, ingestAddr, 10*time.Second)
	waitHealthy(t, gatewayAddr, 10*time.Second)
	if strings.Contains(dev.output(), "panic") {
		t.Errorf("a service panicked:\n%s", dev.output())
	}
	dev.stop(t, 30*time.Second)
}
