package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/timestamppb"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

var seedPublished = time.Date(2022, 1, 7, 12, 0, 0, 0, time.UTC)

func seedArticle(t *testing.T) *qtv1.Article {
	t.Helper()
	path := filepath.Join(sharedDir(t), "testdata", "articles", "kazakhstan-csto.txt")
	text, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read seed article: %v", err)
	}
	return &qtv1.Article{
		Url:         "https://example.org/russian-troops-kazakhstan",
		Title:       "Russian Troops Sent to Quell Protests Against Kazakhstan Government",
		Outlet:      "Example News",
		PublishedAt: timestamppb.New(seedPublished),
		Text:        string(text),
	}
}

// listAll pages through ListQuotes and returns every quote.
func listAll(t *testing.T, client qtv1.QuoteServiceClient, req *qtv1.ListQuotesRequest) []*qtv1.Quote {
	t.Helper()
	var out []*qtv1.Quote
	seen := map[string]bool{}
	for {
		resp, err := client.ListQuotes(t.Context(), req)
		if err != nil {
			t.Fatalf("ListQuotes(%v): %v", req, err)
		}
		for _, q := range resp.GetQuotes() {
			if seen[q.GetId()] {
				t.Fatalf("quote %s listed twice while paging", q.GetId())
			}
			seen[q.GetId()] = true
		}
		out = append(out, resp.GetQuotes()...)
		if resp.GetNextPageToken() == "" {
			return out
		}
		req.PageToken = resp.GetNextPageToken()
	}
}

// eventually polls cond until it holds or the timeout passes.
func eventually(t *testing.T, timeout time.Duration, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %s waiting for %s", timeout, what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func findQuote(quotes []*qtv1.Quote, contains string) *qtv1.Quote {
	for _, q := range quotes {
		if strings.Contains(q.GetText(), contains) {
			return q
		}
	}
	return nil
}

// TestPipelineSeparateProcesses runs NATS, the MongoDB server and the three
// services as five processes and checks the seed article's quotes through
// the gateway's gRPC API.
func TestPipelineSeparateProcesses(t *testing.T) {
	dir := t.TempDir()
	natsAddr, mongoAddr := freeAddr(t), freeAddr(t)
	ingestAddr, quoteAddr, gatewayAddr := freeAddr(t), freeAddr(t), freeAddr(t)

	natsProc := start(t, "quotectl", "nats", "--addr", natsAddr, "--data-dir", filepath.Join(dir, "nats"))
	natsURL := strings.TrimPrefix(natsProc.waitOutput(t, "nats ready", 30*time.Second), "nats ready ")
	mongoProc := start(t, "quotectl", "mongo", "--addr", mongoAddr, "--data-dir", filepath.Join(dir, "mongo"))
	mongoURI := strings.TrimPrefix(mongoProc.waitOutput(t, "mongo ready", 30*time.Second), "mongo ready ")

	common := []string{"--nats-url", natsURL, "--mongo-uri", mongoURI, "--mongo-db", "e2e"}
	ingest := start(t, "ingest", append(common, "--grpc-addr", ingestAddr)...)
	quote := start(t, "quote", append(common, "--grpc-addr", quoteAddr)...)
	gateway := start(t, "gateway", append(common, "--grpc-addr", gatewayAddr)...)
	for _, addr := range []string{ingestAddr, quoteAddr, gatewayAddr} {
		waitHealthy(t, addr, time.Minute)
	}

	ingestClient := qtv1.NewIngestServiceClient(dial(t, ingestAddr))
	quotes := qtv1.NewQuoteServiceClient(dial(t, gatewayAddr))

	first, err := ingestClient.IngestArticle(t.Context(), &qtv1.IngestArticleRequest{Article: seedArticle(t)})
	if err != nil {
		t.Fatalf("IngestArticle: %v", err)
	}
	if first.GetDuplicate() || first.GetArticleId() == "" {
		t.Fatalf("first ingest = %v, want a new article id", first)
	}

	var mfa []*qtv1.Quote
	eventually(t, time.Minute, "the Russian Foreign Ministry's quote to be served", func() bool {
		mfa = listAll(t, quotes, &qtv1.ListQuotesRequest{Speaker: "Russian MFA"})
		return findQuote(mfa, "We view the recent developments in this friendly country") != nil
	})

	t.Run("aliases of the Russian Foreign Ministry", func(t *testing.T) {
		for _, name := range []string{"Russian MFA", "Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia"} {
			got := listAll(t, quotes, &qtv1.ListQuotesRequest{Speaker: name})
			q := findQuote(got, "We view the recent developments in this friendly country")
			if q == nil {
				t.Errorf("speaker %q: statement not listed (got %d quotes)", name, len(got))
				continue
			}
			if q.GetSpeaker().GetName() != "Russian Foreign Ministry" {
				t.Errorf("speaker %q: attributed to %q", name, q.GetSpeaker().GetName())
			}
			if q.GetArticle().GetId() != first.GetArticleId() || q.GetArticle().GetUrl() == "" {
				t.Errorf("quote's article = %v, want the ingested one", q.GetArticle())
			}
			text := seedArticle(t).GetText()
			if sp := q.GetSpan(); sp.GetStart() < 0 || int(sp.GetEnd()) > len(text) || !strings.Contains(text[sp.GetStart():sp.GetEnd()], "We view the recent developments") {
				t.Errorf("span %v does not cover the statement", sp)
			}
		}
	})

	t.Run("Ned Price's statements", func(t *testing.T) {
		got := listAll(t, quotes, &qtv1.ListQuotesRequest{Speaker: "Ned Price"})
		for _, want := range []string{"reiterated the United States’ full support", "raised the priority of promoting stability in Europe"} {
			if findQuote(got, want) == nil {
				t.Errorf("Ned Price: %q not listed; got %v", want, texts(got))
			}
		}
	})

	all := listAll(t, quotes, &qtv1.ListQuotesRequest{PageSize: 2})
	t.Run("Kazakh government and Interior Ministry", func(t *testing.T) {
		q := findQuote(all, "an armed incursion by terrorist groups trained abroad")
		if q == nil {
			t.Fatalf("armed incursion statement not found; got %v", texts(all))
		}
		if name := strings.ToLower(q.GetSpeaker().GetName()); !strings.Contains(name, "kazakh") || !strings.Contains(name, "government") {
			t.Errorf("armed incursion statement attributed to %q, want the Kazakh government", q.GetSpeaker().GetName())
		}
		arrests := findQuote(all, "2,000")
		if arrests == nil {
			t.Fatalf("Interior Ministry's report of 2,000 arrests not found")
		}
		if arrests.GetKind() != qtv1.QuoteKind_QUOTE_KIND_INDIRECT || !strings.Contains(arrests.GetSpeaker().GetName(), "Interior Ministry") {
			t.Errorf("arrests report = %s by %q, want indirect speech by the Interior Ministry", arrests.GetKind(), arrests.GetSpeaker().GetName())
		}
	})

	t.Run("date range filter", func(t *testing.T) {
		inRange := listAll(t, quotes, &qtv1.ListQuotesRequest{Speaker: "Ned Price",
			StartTime: timestamppb.New(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC)),
			EndTime:   timestamppb.New(time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC))})
		if len(inRange) < 2 {
			t.Errorf("January 2022: %d quotes for Ned Price, want 2", len(inRange))
		}
		later := listAll(t, quotes, &qtv1.ListQuotesRequest{Speaker: "Ned Price", StartTime: timestamppb.New(time.Date(2022, 2, 1, 0, 0, 0, 0, time.UTC))})
		earlier := listAll(t, quotes, &qtv1.ListQuotesRequest{Speaker: "Ned Price", EndTime: timestamppb.New(time.Date(2022, 1, 1, 0, 0, 0, 0, time.UTC))})
		if len(later)+len(earlier) != 0 {
			t.Errorf("date ranges excluding the article returned %d and %d quotes", len(later), len(earlier))
		}
	})

	t.Run("errors", func(t *testing.T) {
		_, err := quotes.GetQuote(t.Context(), &qtv1.GetQuoteRequest{Id: "no-such-quote"})
		if status.Code(err) != codes.NotFound {
			t.Errorf("GetQuote(unknown) = %v, want NotFound", err)
		}
		_, err = quotes.ListQuotes(t.Context(), &qtv1.ListQuotesRequest{StartTime: timestamppb.New(seedPublished), EndTime: timestamppb.New(seedPublished.Add(-time.Hour))})
		if status.Code(err) != codes.InvalidArgument {
			t.Errorf("ListQuotes(start after end) = %v, want InvalidArgument", err)
		}
		_, err = quotes.ListQuotes(t.Context(), &qtv1.ListQuotesRequest{PageToken: "forged"})
		if status.Code(err) != codes.InvalidArgument {
			t.Errorf("ListQuotes(forged token) = %v, want InvalidArgument", err)
		}
		_, err = ingestClient.IngestArticle(t.Context(), &qtv1.IngestArticleRequest{Article: &qtv1.Article{Text: "   "}})
		if status.Code(err) != codes.InvalidArgument {
			t.Errorf("IngestArticle(empty text) = %v, want InvalidArgument", err)
		}
	})

	t.Run("second ingest is a duplicate", func(t *testing.T) {
		again, err := ingestClient.IngestArticle(t.Context(), &qtv1.IngestArticleRequest{Article: seedArticle(t)})
		if err != nil {
			t.Fatalf("second IngestArticle: %v", err)
		}
		if !again.GetDuplicate() || again.GetArticleId() != first.GetArticleId() {
			t.Fatalf("second ingest = %v, want duplicate of %s", again, first.GetArticleId())
		}
		// The quote service has seen the article again or dropped it;
		// either way no quote may be added. Give it time to act.
		ctx, cancel := context.WithTimeout(t.Context(), 3*time.Second)
		defer cancel()
		<-ctx.Done()
		after := listAll(t, quotes, &qtv1.ListQuotesRequest{})
		if len(after) != len(all) {
			t.Errorf("quotes after re-ingest: %d, before: %d", len(after), len(all))
		}
	})

	t.Run("speakers", func(t *testing.T) {
		resp, err := quotes.ListSpeakers(t.Context(), &qtv1.ListSpeakersRequest{NamePrefix: "russian"})
		if err != nil {
			t.Fatal(err)
		}
		names := []string{}
		for _, s := range resp.GetSpeakers() {
			names = append(names, s.GetSpeaker().GetName())
		}
		if !slices.Contains(names, "Russian Foreign Ministry") {
			t.Errorf("speakers with prefix russian = %v", names)
		}
	})

	t.Run("joint statement and mis-decoded text", func(t *testing.T) {
		// a second article: a statement of two speakers, and quotation
		// marks a feed decoded as Windows-1252
		resp, err := ingestClient.IngestArticle(t.Context(), &qtv1.IngestArticleRequest{Article: &qtv1.Article{
			Url: "https://example.org/grain-talks", Title: "Grain talks", Outlet: "Example News",
			PublishedAt: timestamppb.New(seedPublished.Add(24 * time.Hour)),
			Text: "MOSCOW — Lavrov and Blinken said the grain talks would resume in Istanbul next week.\n\n" +
				"â€œWe are ready for the talks,â€\u009d Kremlin spokesman Dmitry Peskov told reporters.",
		}})
		if err != nil {
			t.Fatalf("IngestArticle: %v", err)
		}
		if !slices.ContainsFunc(resp.GetNotices(), func(n string) bool { return strings.Contains(n, "Windows-1252") }) {
			t.Errorf("notices %q, want the repair of Windows-1252 text", resp.GetNotices())
		}
		for _, member := range []string{"Antony Blinken", "Sergei Lavrov"} {
			var got []*qtv1.Quote
			eventually(t, time.Minute, "the joint statement listed under "+member, func() bool {
				got = listAll(t, quotes, &qtv1.ListQuotesRequest{Speaker: member})
				return findQuote(got, "grain talks would resume") != nil
			})
			q := findQuote(got, "grain talks would resume")
			if sp := q.GetSpeaker(); sp.GetName() != "Sergei Lavrov and Antony Blinken" || len(sp.GetMembers()) != 2 {
				t.Errorf("joint statement's speaker = %v", sp)
			}
		}
		peskov := listAll(t, quotes, &qtv1.ListQuotesRequest{Speaker: "Dmitry Peskov"})
		if q := findQuote(peskov, "We are ready for the talks"); q == nil || q.GetKind() != qtv1.QuoteKind_QUOTE_KIND_DIRECT {
			t.Errorf("Peskov's quotes = %v, want the repaired direct quote", texts(peskov))
		}
	})

	t.Run("a surname two speakers share is refused", func(t *testing.T) {
		for i, text := range []string{
			"Ana Marsh, the mayor, said the bridge would open in May. Marsh added that the budget was tight.",
			"Tom Marsh, a farmer, said the harvest was late. Marsh added that grain prices were low.",
		} {
			_, err := ingestClient.IngestArticle(t.Context(), &qtv1.IngestArticleRequest{Article: &qtv1.Article{
				Url: fmt.Sprintf("https://example.org/marsh-%d", i), Title: "Marsh", Outlet: "Example News",
				PublishedAt: timestamppb.New(seedPublished.Add(48 * time.Hour)), Text: text,
			}})
			if err != nil {
				t.Fatalf("IngestArticle %d: %v", i, err)
			}
		}
		for name, words := range map[string]string{"Ana Marsh": "budget was tight", "Tom Marsh": "grain prices were low"} {
			eventually(t, time.Minute, name+"'s quotes", func() bool {
				return findQuote(listAll(t, quotes, &qtv1.ListQuotesRequest{Speaker: name}), words) != nil
			})
		}
		_, err := quotes.ListQuotes(t.Context(), &qtv1.ListQuotesRequest{Speaker: "Marsh"})
		msg := status.Convert(err).Message()
		if status.Code(err) != codes.InvalidArgument || !strings.Contains(msg, "Ana Marsh (id ana-marsh)") || !strings.Contains(msg, "Tom Marsh (id tom-marsh)") {
			t.Errorf("ListQuotes(Marsh) = %v, want InvalidArgument naming both speakers", err)
		}
	})

	for _, p := range []*proc{gateway, quote, ingest, mongoProc, natsProc} {
		p.stop(t, 20*time.Second)
	}
}

func texts(qs []*qtv1.Quote) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.GetSpeaker().GetName() + ": " + q.GetText()
	}
	return out
}

// TestQuotectlDev runs `quotectl dev` as a user would, ingests and lists
// with quotectl, and checks that data survive a restart.
func TestQuotectlDev(t *testing.T) {
	dataDir := t.TempDir()
	gatewayAddr, ingestAddr := freeAddr(t), freeAddr(t)
	article := filepath.Join(sharedDir(t), "testdata", "articles", "kazakhstan-csto.txt")
	devArgs := []string{"dev", "--data-dir", dataDir, "--gateway-addr", gatewayAddr, "--ingest-addr", ingestAddr,
		"--gateway-http-addr", freeAddr(t), "--ingest-http-addr", freeAddr(t)}

	dev := start(t, "quotectl", devArgs...)
	dev.waitOutput(t, "ready", 2*time.Minute)

	out, err := runCLI(t, "ingest", "--addr", ingestAddr, "--published", "2022-01-07", "--outlet", "Example News", article)
	if err != nil || !strings.HasPrefix(out, "ingested ") {
		t.Fatalf("ingest: %q, %v", out, err)
	}
	eventually(t, time.Minute, "Ned Price's quotes via quotectl", func() bool {
		out, err := runCLI(t, "quotes", "--addr", gatewayAddr, "--speaker", "Ned Price", "--json")
		return err == nil && strings.Count(out, "\n") >= 2
	})
	// The journalist's check, as the README shows it.
	words := "externally provoked attempts at disrupting the security"
	out, err = runCLI(t, "check", "--addr", gatewayAddr, words)
	if err != nil || !strings.Contains(out, "CONFIRMED") || !strings.Contains(out, "Russian Foreign Ministry") || !strings.Contains(out, "Example News") {
		t.Errorf("quotectl check: %q, %v; want CONFIRMED for the Russian Foreign Ministry with its source", out, err)
	}
	out, err = runCLI(t, "check", "--addr", gatewayAddr, "--speaker", "Vladimir Putin", words)
	if err != nil || !strings.Contains(out, "ATTRIBUTED TO SOMEONE ELSE") || !strings.Contains(out, "Russian Foreign Ministry") {
		t.Errorf("quotectl check --speaker Putin: %q, %v; want attributed to someone else", out, err)
	}
	out, err = runCLI(t, "check", "--addr", gatewayAddr, "the moon is made of green cheese and always was")
	if err != nil || !strings.Contains(out, "NOT FOUND") {
		t.Errorf("quotectl check of unknown words: %q, %v", out, err)
	}
	// One article names only "Sanders", another "Bernie Sanders": the one
	// person quoted in full with that family name answers for both.
	surnameOnly := filepath.Join(t.TempDir(), "sanders.txt")
	fullName := filepath.Join(t.TempDir(), "bernie-sanders.txt")
	for f, text := range map[string]string{
		surnameOnly: "Sanders rallies in Iowa\n\nSanders said the system was rigged against working families.\n",
		fullName:    "Sanders campaigns in Ohio\n\nSen. Bernie Sanders said on Monday that wages were far too low.\n",
	} {
		if err := os.WriteFile(f, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []string{surnameOnly, fullName} {
		if out, err := runCLI(t, "ingest", "--addr", ingestAddr, "--published", "2016-01-10", "--outlet", "Example News", f); err != nil {
			t.Fatalf("ingest %s: %q, %v", f, out, err)
		}
	}
	bothSanders := func() bool {
		out, err := runCLI(t, "quotes", "--addr", gatewayAddr, "--speaker", "Bernie Sanders")
		return err == nil && strings.Contains(out, "the system was rigged") && strings.Contains(out, "wages were far too low")
	}
	eventually(t, time.Minute, `"Sanders" listed with Bernie Sanders`, bothSanders)

	dev.stop(t, 30*time.Second)
	if !strings.Contains(dev.output(), "stopped") {
		t.Errorf("quotectl dev did not report a clean stop")
	}

	// Same data directory: the quotes are still there, the article a duplicate.
	dev = start(t, "quotectl", devArgs...)
	dev.waitOutput(t, "ready", 2*time.Minute)
	out, err = runCLI(t, "quotes", "--addr", gatewayAddr, "--speaker", "Russian Foreign Ministry")
	if err != nil || !strings.Contains(out, "We view the recent developments") {
		t.Errorf("after restart, quotes = %q, %v", out, err)
	}
	if !bothSanders() {
		t.Errorf(`after restart, "Sanders" is no longer listed with Bernie Sanders`)
	}
	out, err = runCLI(t, "ingest", "--addr", ingestAddr, "--published", "2022-01-07", "--outlet", "Example News", article)
	if err != nil || !strings.HasPrefix(out, "duplicate ") {
		t.Errorf("re-ingest after restart: %q, %v", out, err)
	}
	if _, err := runCLI(t, "quotes", "--addr", gatewayAddr, "--since", "not-a-date"); err == nil {
		t.Errorf("quotes --since not-a-date succeeded")
	}
	dev.stop(t, 30*time.Second)
}
