package gatewaysvc

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/extract"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

const mfaWords = "We view the recent developments in this friendly country as externally provoked attempts at disrupting the security and integrity of the state through violent means, including trained and organized armed groups."

func jan(d int) *timestamppb.Timestamp {
	return timestamppb.New(time.Date(2022, 1, d, 12, 0, 0, 0, time.UTC))
}

func speakerRef(name string) *qtv1.Speaker {
	return &qtv1.Speaker{Id: extract.SpeakerID(name), Name: name}
}

func handQuote(id, outlet string, sp *qtv1.Speaker, said, published int, text string) *qtv1.Quote {
	return &qtv1.Quote{
		Id: id, Text: text, Speaker: sp, Cue: "said", Kind: qtv1.QuoteKind_QUOTE_KIND_DIRECT,
		SaidAt:  jan(said),
		Article: &qtv1.ArticleRef{Id: "art-" + id, Outlet: outlet, Title: outlet + " report", PublishedAt: jan(published)},
		Span:    &qtv1.Span{Start: 10, End: int32(10 + len(text))},
	}
}

// handQuotes: the Russian Foreign Ministry's statement quoted by three
// outlets with small differences (the first, by said_at, is TASS's), the
// same words attributed to Vladimir Putin a day later, and two unrelated
// statements.
func handQuotes() []*qtv1.Quote {
	mfa, putin, price := speakerRef("Russian Foreign Ministry"), speakerRef("Vladimir Putin"), speakerRef("Ned Price")
	return []*qtv1.Quote{
		handQuote("c-elam", "El American", mfa, 6, 7, "“we view the recent developments in this friendly country as externally provoked attempts at disrupting the security and integrity of the state…”"),
		handQuote("b-bbc", "BBC", mfa, 7, 7, "externally provoked attempts at disrupting the security and integrity of the state through violent means, including trained and organised armed groups"),
		handQuote("d-tass", "TASS", mfa, 6, 6, mfaWords),
		handQuote("e-putin", "RT", putin, 7, 8, mfaWords),
		handQuote("f-price", "El American", price, 7, 7, "reiterated the United States’ full support for Kazakhstan’s constitutional institutions and media freedom"),
		handQuote("a-gov", "Reuters", speakerRef("Government of Kazakhstan"), 5, 5, "an armed incursion by terrorist groups trained abroad"),
	}
}

func newTestServer(t testing.TB, quotes ...*qtv1.Quote) *quoteServer {
	t.Helper()
	idx := NewIndex(extract.DefaultAliases())
	for _, q := range quotes {
		if !idx.Add(q) {
			t.Fatalf("Add(%s) = false", q.GetId())
		}
	}
	return &quoteServer{index: idx, hub: newHub(), tokens: tokenSigner{key: []byte("statements-test")}}
}

func wantCode(t *testing.T, err error, code codes.Code) {
	t.Helper()
	if status.Code(err) != code {
		t.Fatalf("error %v, want code %v", err, code)
	}
}

func appearanceIDs(st *qtv1.Statement) []string {
	var out []string
	for _, a := range st.GetAppearances() {
		out = append(out, a.GetQuoteId())
	}
	return out
}

func TestGetStatement(t *testing.T) {
	quotes := handQuotes()
	s := newTestServer(t, quotes...)
	ctx := context.Background()
	for _, id := range []string{"d-tass", "c-elam", "b-bbc"} {
		resp, err := s.GetStatement(ctx, &qtv1.GetStatementRequest{Id: id})
		if err != nil {
			t.Fatal(err)
		}
		st := resp.GetStatement()
		if st.GetId() != "d-tass" || !slices.Equal(appearanceIDs(st), []string{"d-tass", "c-elam", "b-bbc"}) {
			t.Fatalf("GetStatement(%s) = %s %v", id, st.GetId(), appearanceIDs(st))
		}
		if st.GetText() != mfaWords || st.GetSpeaker().GetName() != "Russian Foreign Ministry" ||
			st.GetFirstAppearance().GetArticle().GetOutlet() != "TASS" || st.GetFirstAppearance().GetQuoteId() != "d-tass" {
			t.Fatalf("statement %v", st)
		}
		a := st.GetAppearances()[1]
		if a.GetText() != quotes[0].GetText() || a.GetCue() != "said" || a.GetKind() != qtv1.QuoteKind_QUOTE_KIND_DIRECT ||
			!proto.Equal(a.GetSaidAt(), jan(6)) || a.GetSpan().GetStart() != 10 || a.GetArticle().GetOutlet() != "El American" {
			t.Fatalf("appearance %v", a)
		}
	}
	resp, err := s.GetStatement(ctx, &qtv1.GetStatementRequest{Id: "e-putin"})
	if err != nil || resp.GetStatement().GetId() != "e-putin" || len(resp.GetStatement().GetAppearances()) != 1 ||
		resp.GetStatement().GetSpeaker().GetName() != "Vladimir Putin" {
		t.Fatalf("another speaker's same words: %v %v", resp, err)
	}
	_, err = s.GetStatement(ctx, &qtv1.GetStatementRequest{Id: "nope"})
	wantCode(t, err, codes.NotFound)
	_, err = s.GetStatement(ctx, &qtv1.GetStatementRequest{})
	wantCode(t, err, codes.InvalidArgument)
	_, err = s.GetStatement(ctx, &qtv1.GetStatementRequest{Id: strings.Repeat("x", maxIDLen+1)})
	wantCode(t, err, codes.InvalidArgument)

	// The response shares nothing with the index.
	resp, _ = s.GetStatement(ctx, &qtv1.GetStatementRequest{Id: "d-tass"})
	resp.GetStatement().GetAppearances()[0].GetArticle().Outlet = "changed"
	resp.GetStatement().GetSpeaker().Name = "changed"
	if again, _ := s.GetStatement(ctx, &qtv1.GetStatementRequest{Id: "d-tass"}); again.GetStatement().GetFirstAppearance().GetArticle().GetOutlet() != "TASS" ||
		again.GetStatement().GetSpeaker().GetName() != "Russian Foreign Ministry" {
		t.Fatal("a response shares messages with the index")
	}
}

func TestQuotesCarryStatement(t *testing.T) {
	quotes := handQuotes()
	s := newTestServer(t, quotes...)
	ctx := context.Background()
	resp, err := s.GetQuote(ctx, &qtv1.GetQuoteRequest{Id: "c-elam"})
	if err != nil {
		t.Fatal(err)
	}
	if q := resp.GetQuote(); q.GetStatementId() != "d-tass" || q.GetAppearanceCount() != 3 || q.GetText() != quotes[0].GetText() {
		t.Fatalf("GetQuote = %v", q)
	}
	if quotes[0].GetStatementId() != "" || quotes[0].GetAppearanceCount() != 0 {
		t.Fatal("the added quote was modified")
	}
	// WatchQuotes sends live quotes through decorate.
	if q := s.decorate(quotes[3]); q.GetStatementId() != "e-putin" || q.GetAppearanceCount() != 1 || q == quotes[3] {
		t.Fatalf("decorate = %v", q)
	}
	// A new appearance is counted.
	s.index.Add(handQuote("g-ap", "AP", speakerRef("Russian Foreign Ministry"), 8, 8, strings.ToLower(mfaWords)))
	if resp, _ := s.GetQuote(ctx, &qtv1.GetQuoteRequest{Id: "d-tass"}); resp.GetQuote().GetAppearanceCount() != 4 {
		t.Fatalf("count after a new appearance: %v", resp.GetQuote())
	}
}

func listAll(t *testing.T, s *quoteServer, req *qtv1.ListQuotesRequest) []*qtv1.Quote {
	t.Helper()
	var out []*qtv1.Quote
	for pages := 0; ; pages++ {
		resp, err := s.ListQuotes(context.Background(), req)
		if err != nil || pages > 100 {
			t.Fatal(err, pages)
		}
		out = append(out, resp.GetQuotes()...)
		if resp.GetNextPageToken() == "" {
			return out
		}
		req = proto.Clone(req).(*qtv1.ListQuotesRequest)
		req.PageToken = resp.GetNextPageToken()
	}
}

func quoteIDs(qs []*qtv1.Quote) []string {
	var out []string
	for _, q := range qs {
		out = append(out, fmt.Sprintf("%s:%s:%d", q.GetId(), q.GetStatementId(), q.GetAppearanceCount()))
	}
	return out
}

func TestListQuotesByStatement(t *testing.T) {
	s := newTestServer(t, handQuotes()...)
	ctx := context.Background()
	// Newest first by said_at then id; one quote per statement: its first
	// appearance.
	wantOne := []string{"f-price:f-price:1", "e-putin:e-putin:1", "d-tass:d-tass:3", "a-gov:a-gov:1"}
	wantAll := []string{"f-price:f-price:1", "e-putin:e-putin:1", "b-bbc:d-tass:3", "d-tass:d-tass:3", "c-elam:d-tass:3", "a-gov:a-gov:1"}
	for _, size := range []int32{0, 1, 2, 3, 1000} {
		if got := quoteIDs(listAll(t, s, &qtv1.ListQuotesRequest{PageSize: size})); !slices.Equal(got, wantOne) {
			t.Fatalf("page size %d: %v, want %v", size, got, wantOne)
		}
		if got := quoteIDs(listAll(t, s, &qtv1.ListQuotesRequest{PageSize: size, AllAppearances: true})); !slices.Equal(got, wantAll) {
			t.Fatalf("all appearances, page size %d: %v, want %v", size, got, wantAll)
		}
	}
	got := quoteIDs(listAll(t, s, &qtv1.ListQuotesRequest{Speaker: "Russian MFA", PageSize: 1}))
	if !slices.Equal(got, []string{"d-tass:d-tass:3"}) {
		t.Fatalf("by speaker: %v", got)
	}
	got = quoteIDs(listAll(t, s, &qtv1.ListQuotesRequest{Speaker: "Russian MFA", StartTime: jan(7), AllAppearances: true}))
	if !slices.Equal(got, []string{"b-bbc:d-tass:3"}) {
		t.Fatalf("by speaker and time: %v", got)
	}
	// A token belongs to its listing mode.
	resp, err := s.ListQuotes(ctx, &qtv1.ListQuotesRequest{PageSize: 1})
	if err != nil || resp.GetNextPageToken() == "" {
		t.Fatal(resp, err)
	}
	_, err = s.ListQuotes(ctx, &qtv1.ListQuotesRequest{PageSize: 1, PageToken: resp.GetNextPageToken(), AllAppearances: true})
	wantCode(t, err, codes.InvalidArgument)
	// Errors as before.
	for _, req := range []*qtv1.ListQuotesRequest{
		{PageSize: -1}, {PageSize: maxPageSize + 1}, {PageToken: "garbage"},
		{StartTime: jan(7), EndTime: jan(6)}, {Speaker: strings.Repeat("x", maxSpeakerRef+1)},
	} {
		_, err := s.ListQuotes(ctx, req)
		wantCode(t, err, codes.InvalidArgument)
	}
}

func TestCheckAttribution(t *testing.T) {
	s := newTestServer(t, handQuotes()...)
	ctx := context.Background()
	for _, c := range []struct {
		name, text, speaker string
		verdict             qtv1.Verdict
		matches             []string // statement ids, best first
		yours               []bool
		claimed             string // claimed speaker's name
	}{
		{"excerpt of six words", "provoked attempts at disrupting the security", "",
			qtv1.Verdict_VERDICT_CONFIRMED, []string{"d-tass", "e-putin"}, []bool{false, false}, ""},
		{"claimed speaker", "“Externally provoked attempts at disrupting the security”", "Russian MFA",
			qtv1.Verdict_VERDICT_CONFIRMED, []string{"d-tass", "e-putin"}, []bool{true, false}, "Russian Foreign Ministry"},
		{"the other speaker first among equals", "externally provoked attempts at disrupting the security", "Putin",
			qtv1.Verdict_VERDICT_CONFIRMED, []string{"e-putin", "d-tass"}, []bool{true, false}, "Vladimir Putin"},
		{"wrong speaker", "externally provoked attempts at disrupting the security", "Ned Price",
			qtv1.Verdict_VERDICT_ATTRIBUTED_TO_OTHER, []string{"d-tass", "e-putin"}, []bool{false, false}, "Ned Price"},
		{"unknown speaker", "externally provoked attempts at disrupting the security", "Somebody Unheardof",
			qtv1.Verdict_VERDICT_ATTRIBUTED_TO_OTHER, []string{"d-tass", "e-putin"}, []bool{false, false}, ""},
		{"one word changed", "we view the recent developments in this friendly nation as externally provoked attempts", "Russian Foreign Ministry",
			qtv1.Verdict_VERDICT_CONFIRMED, []string{"d-tass", "e-putin"}, []bool{true, false}, "Russian Foreign Ministry"},
		{"other statement", "full support for Kazakhstan's constitutional institutions", "Russian Foreign Ministry",
			qtv1.Verdict_VERDICT_ATTRIBUTED_TO_OTHER, []string{"f-price"}, []bool{false}, "Russian Foreign Ministry"},
		{"unrelated", "the weather in Almaty was cold and snowy this week", "Russian Foreign Ministry",
			qtv1.Verdict_VERDICT_NOT_FOUND, nil, nil, "Russian Foreign Ministry"},
		{"unrelated, nobody claimed", "the weather in Almaty was cold and snowy this week", "",
			qtv1.Verdict_VERDICT_NOT_FOUND, nil, nil, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			resp, err := s.CheckAttribution(ctx, &qtv1.CheckAttributionRequest{Text: c.text, Speaker: c.speaker})
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			var yours []bool
			for i, m := range resp.GetMatches() {
				ids = append(ids, m.GetStatement().GetId())
				yours = append(yours, m.GetSpeakerMatches())
				if m.GetScore() <= 0 || m.GetScore() > 1 || i > 0 && m.GetScore() > resp.GetMatches()[i-1].GetScore() {
					t.Fatalf("scores out of order: %v", resp.GetMatches())
				}
			}
			if resp.GetVerdict() != c.verdict || !slices.Equal(ids, c.matches) || !slices.Equal(yours, c.yours) || resp.GetClaimedSpeaker().GetName() != c.claimed {
				t.Fatalf("verdict %v matches %v %v claimed %q; want %v %v %v %q", resp.GetVerdict(), ids, yours, resp.GetClaimedSpeaker().GetName(), c.verdict, c.matches, c.yours, c.claimed)
			}
			if len(resp.GetMatches()) > 0 && len(resp.GetMatches()[0].GetStatement().GetAppearances()) == 0 {
				t.Fatal("match without appearances")
			}
		})
	}
	resp, err := s.CheckAttribution(ctx, &qtv1.CheckAttributionRequest{Text: "externally provoked attempts at disrupting the security", MaxMatches: 1})
	if err != nil || len(resp.GetMatches()) != 1 || resp.GetMatches()[0].GetStatement().GetId() != "d-tass" ||
		len(resp.GetMatches()[0].GetStatement().GetAppearances()) != 3 || resp.GetMatches()[0].GetScore() != 1 {
		t.Fatalf("max_matches 1: %v %v", resp, err)
	}
	for _, req := range []*qtv1.CheckAttributionRequest{
		{Text: ""}, {Text: "… — “ ” !"}, {Text: strings.Repeat("é", maxCheckText+1)},
		{Text: "words", MaxMatches: -1}, {Text: "words", MaxMatches: maxMatches + 1},
		{Text: "words", Speaker: strings.Repeat("x", maxSpeakerRef+1)},
	} {
		_, err := s.CheckAttribution(ctx, req)
		wantCode(t, err, codes.InvalidArgument)
	}
}

func searchAll(t *testing.T, s *quoteServer, req *qtv1.SearchQuotesRequest) []string {
	t.Helper()
	var out []string
	for pages := 0; ; pages++ {
		resp, err := s.SearchQuotes(context.Background(), req)
		if err != nil || pages > 100 {
			t.Fatal(err, pages)
		}
		for _, st := range resp.GetStatements() {
			out = append(out, st.GetId())
		}
		if resp.GetNextPageToken() == "" {
			return out
		}
		req = proto.Clone(req).(*qtv1.SearchQuotesRequest)
		req.PageToken = resp.GetNextPageToken()
	}
}

func TestSearchQuotes(t *testing.T) {
	s := newTestServer(t, handQuotes()...)
	ctx := context.Background()
	for _, c := range []struct {
		name string
		req  *qtv1.SearchQuotesRequest
		want []string
	}{
		{"words", &qtv1.SearchQuotesRequest{Query: "security integrity"}, []string{"e-putin", "d-tass"}},
		{"phrase", &qtv1.SearchQuotesRequest{Query: `"externally provoked attempts"`}, []string{"e-putin", "d-tass"}},
		{"phrase out of order", &qtv1.SearchQuotesRequest{Query: `"attempts provoked"`}, nil},
		{"speaker", &qtv1.SearchQuotesRequest{Query: "security", Speaker: "Russian MFA"}, []string{"d-tass"}},
		{"unknown speaker", &qtv1.SearchQuotesRequest{Query: "security", Speaker: "Nobody Known"}, nil},
		{"since", &qtv1.SearchQuotesRequest{Query: "the", StartTime: jan(7)}, []string{"f-price", "e-putin"}},
		{"until", &qtv1.SearchQuotesRequest{Query: "the", EndTime: jan(7)}, []string{"d-tass"}},
		{"one page at a time", &qtv1.SearchQuotesRequest{Query: "the", PageSize: 1}, []string{"f-price", "e-putin", "d-tass"}},
		{"two at a time", &qtv1.SearchQuotesRequest{Query: "the", PageSize: 2}, []string{"f-price", "e-putin", "d-tass"}},
		{"no match", &qtv1.SearchQuotesRequest{Query: "zyzzyva"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := searchAll(t, s, c.req); !slices.Equal(got, c.want) {
				t.Fatalf("SearchQuotes(%v) = %v, want %v", c.req, got, c.want)
			}
		})
	}
	resp, err := s.SearchQuotes(ctx, &qtv1.SearchQuotesRequest{Query: "the", PageSize: 1})
	if err != nil || resp.GetNextPageToken() == "" || len(resp.GetStatements()) != 1 ||
		len(resp.GetStatements()[0].GetAppearances()) != 1 || resp.GetStatements()[0].GetSpeaker().GetName() != "Ned Price" {
		t.Fatal(resp, err)
	}
	for _, req := range []*qtv1.SearchQuotesRequest{
		{Query: ""}, {Query: "“ … ”"}, {Query: strings.Repeat("a", maxSearchQuery+1)},
		{Query: "the", PageSize: -1}, {Query: "the", PageSize: maxPageSize + 1},
		{Query: "the", StartTime: jan(7), EndTime: jan(7)},
		{Query: "the", StartTime: &timestamppb.Timestamp{Seconds: -1 << 62}},
		{Query: "the", PageToken: "garbage"},
		{Query: "security", PageToken: resp.GetNextPageToken()}, // another query's token
		{Query: "the", Speaker: "Ned Price", PageToken: resp.GetNextPageToken()},
	} {
		_, err := s.SearchQuotes(ctx, req)
		wantCode(t, err, codes.InvalidArgument)
	}
}

// TestStatementsConcurrent runs adds alongside every read (with -race).
func TestStatementsConcurrent(t *testing.T) {
	s := newTestServer(t)
	ctx := context.Background()
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := range 300 {
			q := handQuote(fmt.Sprintf("q%04d", i), "Outlet", speakerRef(fmt.Sprint("Speaker ", i%5)), 1+i%28, 1+i%28,
				fmt.Sprintf("statement %d about the topic number %d and more words %d", i%40, i%40, i%40))
			s.index.Add(q)
		}
	})
	for range 2 {
		wg.Go(func() {
			for range 100 {
				if _, err := s.CheckAttribution(ctx, &qtv1.CheckAttributionRequest{Text: "about the topic number 7 and more", Speaker: "Speaker 2"}); err != nil {
					t.Error(err)
				}
				if _, err := s.SearchQuotes(ctx, &qtv1.SearchQuotesRequest{Query: "topic", PageSize: 5}); err != nil {
					t.Error(err)
				}
				if _, err := s.ListQuotes(ctx, &qtv1.ListQuotesRequest{PageSize: 5}); err != nil {
					t.Error(err)
				}
				s.GetStatement(ctx, &qtv1.GetStatementRequest{Id: "q0001"})
				s.GetQuote(ctx, &qtv1.GetQuoteRequest{Id: "q0002"})
			}
		})
	}
	wg.Wait()
	if got := len(listAll(t, s, &qtv1.ListQuotesRequest{PageSize: 7})); got != 40 {
		t.Fatalf("%d statements listed, want 40", got)
	}
}

// TestCheckAttributionJointSpeaker: a joint statement confirms each of
// its members, not a third speaker.
func TestCheckAttributionJointSpeaker(t *testing.T) {
	joint := speakerRef("Sergei Lavrov and Antony Blinken")
	joint.Members = []*qtv1.Speaker{speakerRef("Sergei Lavrov"), speakerRef("Antony Blinken")}
	s := newTestServer(t, handQuote("j-joint", "Reuters", joint, 9, 9, "the talks on the grain corridor would continue next week in Istanbul"),
		handQuote("k-lavrov", "TASS", speakerRef("Sergei Lavrov"), 8, 8, "an unrelated statement about the weather in Moscow this winter"))
	for claimed, want := range map[string]qtv1.Verdict{
		"Antony Blinken":                   qtv1.Verdict_VERDICT_CONFIRMED,
		"Sergei Lavrov":                    qtv1.Verdict_VERDICT_CONFIRMED,
		"Sergei Lavrov and Antony Blinken": qtv1.Verdict_VERDICT_CONFIRMED,
		"Ned Price":                        qtv1.Verdict_VERDICT_ATTRIBUTED_TO_OTHER,
	} {
		resp, err := s.CheckAttribution(context.Background(), &qtv1.CheckAttributionRequest{Text: "the talks on the grain corridor would continue", Speaker: claimed})
		if err != nil {
			t.Fatal(err)
		}
		if resp.GetVerdict() != want {
			t.Errorf("%s: verdict %s, want %s", claimed, resp.GetVerdict(), want)
		}
	}
}
