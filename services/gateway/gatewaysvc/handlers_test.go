package gatewaysvc

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// hsServer is a quoteServer over an index of qs, called directly (no
// gRPC server).
func hsServer(t testing.TB, qs ...*qtv1.Quote) *quoteServer {
	t.Helper()
	return &quoteServer{index: ixIndex(t, qs...), hub: newHub(), tokens: tokenSigner{key: []byte("handlers-test")}}
}

func hsCode(t *testing.T, what string, err error, want codes.Code) {
	t.Helper()
	if got := status.Code(err); got != want {
		t.Errorf("%s: code %v (%v), want %v", what, got, err, want)
	}
}

func hsQuotes(n int) []*qtv1.Quote {
	var qs []*qtv1.Quote
	for i := range n {
		sid := []string{"ned-price", "olga-ivanova", "kremlin"}[i%3]
		qs = append(qs, ixQuote(fmt.Sprintf("%032x", i), sid, sid, ixAt(i)))
	}
	return qs
}

func TestListQuotesPageSize(t *testing.T) {
	s := hsServer(t, hsQuotes(60)...)
	ctx := t.Context()
	resp, err := s.ListQuotes(ctx, &qtv1.ListQuotesRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if len(resp.GetQuotes()) != defaultPageSize || resp.GetNextPageToken() == "" {
		t.Fatalf("page size 0: %d quotes, token %q; want %d and a token", len(resp.GetQuotes()), resp.GetNextPageToken(), defaultPageSize)
	}
	for _, n := range []int32{1, 7, maxPageSize} {
		resp, err := s.ListQuotes(ctx, &qtv1.ListQuotesRequest{PageSize: n})
		if err != nil {
			t.Fatalf("page size %d: %v", n, err)
		}
		if want := min(int(n), 60); len(resp.GetQuotes()) != want {
			t.Errorf("page size %d: %d quotes, want %d", n, len(resp.GetQuotes()), want)
		}
	}
	for _, n := range []int32{-1, -1000, maxPageSize + 1, 1 << 30} {
		_, err := s.ListQuotes(ctx, &qtv1.ListQuotesRequest{PageSize: n})
		hsCode(t, fmt.Sprintf("ListQuotes page size %d", n), err, codes.InvalidArgument)
		_, err = s.ListSpeakers(ctx, &qtv1.ListSpeakersRequest{PageSize: n})
		hsCode(t, fmt.Sprintf("ListSpeakers page size %d", n), err, codes.InvalidArgument)
	}
}

func TestListQuotesPaging(t *testing.T) {
	qs := hsQuotes(25)
	s := hsServer(t, qs...)
	ctx := t.Context()
	for _, req := range []*qtv1.ListQuotesRequest{
		{PageSize: 4},
		{PageSize: 4, AllAppearances: true},
		{PageSize: 3, Speaker: "Olga-Ivanova"},
		{PageSize: 2, StartTime: timestamppb.New(ixAt(5)), EndTime: timestamppb.New(ixAt(20))},
	} {
		var got []string
		r := proto.Clone(req).(*qtv1.ListQuotesRequest)
		for pages := 0; ; pages++ {
			if pages > 50 {
				t.Fatal("paging does not end")
			}
			resp, err := s.ListQuotes(ctx, r)
			if err != nil {
				t.Fatalf("%v: %v", req, err)
			}
			got = append(got, idsOf(resp.GetQuotes())...)
			if resp.GetNextPageToken() == "" {
				break
			}
			r.PageToken = resp.GetNextPageToken()
		}
		// The reference: the matching quotes, newest first.
		var want []string
		for i := len(qs) - 1; i >= 0; i-- {
			q := qs[i]
			at := q.GetSaidAt().AsTime()
			if req.Speaker != "" && q.GetSpeaker().GetId() != "olga-ivanova" ||
				req.StartTime != nil && at.Before(ixAt(5)) || req.EndTime != nil && !at.Before(ixAt(20)) {
				continue
			}
			want = append(want, q.GetId())
		}
		if !slices.Equal(got, want) {
			t.Errorf("%v: paged %v, want %v", req, got, want)
		}
	}
}

func TestListQuotesTimeRangeValidation(t *testing.T) {
	s := hsServer(t, hsQuotes(3)...)
	ctx := t.Context()
	at := func(m int) *timestamppb.Timestamp { return timestamppb.New(ixAt(m)) }
	bad := map[string]*qtv1.ListQuotesRequest{
		"start = end":   {StartTime: at(5), EndTime: at(5)},
		"start > end":   {StartTime: at(6), EndTime: at(5)},
		"invalid start": {StartTime: &timestamppb.Timestamp{Seconds: 1, Nanos: -1}},
		"invalid end":   {EndTime: &timestamppb.Timestamp{Seconds: 1, Nanos: 1_000_000_000}},
		"start too far": {StartTime: &timestamppb.Timestamp{Seconds: 1 << 40}},
		"speaker long":  {Speaker: strings.Repeat("n", maxSpeakerRef+1)},
	}
	for name, req := range bad {
		_, err := s.ListQuotes(ctx, req)
		hsCode(t, "ListQuotes "+name, err, codes.InvalidArgument)
	}
	resp, err := s.ListQuotes(ctx, &qtv1.ListQuotesRequest{StartTime: at(1), EndTime: at(2)})
	if err != nil {
		t.Fatal(err)
	}
	if got := idsOf(resp.GetQuotes()); !slices.Equal(got, []string{fmt.Sprintf("%032x", 1)}) {
		t.Errorf("[1m, 2m) = %v", got)
	}
}

func TestListQuotesUnknownSpeaker(t *testing.T) {
	s := hsServer(t, hsQuotes(6)...)
	for _, sp := range []string{"Nobody Known", "no-such-id"} {
		resp, err := s.ListQuotes(t.Context(), &qtv1.ListQuotesRequest{Speaker: sp})
		if err != nil {
			t.Fatalf("speaker %q: %v", sp, err)
		}
		if len(resp.GetQuotes()) != 0 || resp.GetNextPageToken() != "" {
			t.Errorf("speaker %q: %d quotes, token %q; want none", sp, len(resp.GetQuotes()), resp.GetNextPageToken())
		}
	}
	// Known to the alias table but never quoted: also empty.
	resp, err := s.ListQuotes(t.Context(), &qtv1.ListQuotesRequest{Speaker: "Maria Zakharova"})
	if err != nil || len(resp.GetQuotes()) != 0 {
		t.Errorf("unquoted alias-table speaker: %v, %v", resp, err)
	}
	// By a name resolved through the alias table.
	resp, err = s.ListQuotes(t.Context(), &qtv1.ListQuotesRequest{Speaker: "Edward Price", AllAppearances: true})
	if err != nil || len(resp.GetQuotes()) != 2 {
		t.Errorf("by alias: %d quotes, %v; want 2", len(resp.GetQuotes()), err)
	}
}

func TestGetQuote(t *testing.T) {
	qs := hsQuotes(3)
	s := hsServer(t, qs...)
	ctx := t.Context()
	resp, err := s.GetQuote(ctx, &qtv1.GetQuoteRequest{Id: qs[1].GetId()})
	if err != nil {
		t.Fatal(err)
	}
	if resp.GetQuote().GetId() != qs[1].GetId() || resp.GetQuote().GetText() != qs[1].GetText() {
		t.Errorf("GetQuote = %v", resp.GetQuote())
	}
	_, err = s.GetQuote(ctx, &qtv1.GetQuoteRequest{Id: "ffffffffffffffffffffffffffffffff"})
	hsCode(t, "GetQuote unknown", err, codes.NotFound)
	_, err = s.GetQuote(ctx, &qtv1.GetQuoteRequest{})
	hsCode(t, "GetQuote empty id", err, codes.InvalidArgument)
	_, err = s.GetQuote(ctx, &qtv1.GetQuoteRequest{Id: strings.Repeat("a", maxIDLen+1)})
	hsCode(t, "GetQuote long id", err, codes.InvalidArgument)
}

func TestListSpeakersPaging(t *testing.T) {
	var qs []*qtv1.Quote
	// s0 quoted once, s1 twice, ... s6 seven times.
	n := 0
	for sp := range 7 {
		for range sp + 1 {
			qs = append(qs, ixQuote(fmt.Sprintf("%032x", n), fmt.Sprintf("s%d", sp), fmt.Sprintf("Speaker %d", sp), ixAt(n)))
			n++
		}
	}
	qs = append(qs, ixQuote("other", "zed", "Zed Other", ixAt(0)))
	s := hsServer(t, qs...)
	ctx := t.Context()
	collect := func(req *qtv1.ListSpeakersRequest) []string {
		var out []string
		for pages := 0; ; pages++ {
			if pages > 50 {
				t.Fatal("paging does not end")
			}
			resp, err := s.ListSpeakers(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			if req.PageSize > 0 && len(resp.GetSpeakers()) > int(req.PageSize) {
				t.Fatalf("page of %d, size %d", len(resp.GetSpeakers()), req.PageSize)
			}
			for _, sum := range resp.GetSpeakers() {
				out = append(out, fmt.Sprintf("%s:%d", sum.GetSpeaker().GetId(), sum.GetQuoteCount()))
			}
			if resp.GetNextPageToken() == "" {
				return out
			}
			req = proto.Clone(req).(*qtv1.ListSpeakersRequest)
			req.PageToken = resp.GetNextPageToken()
		}
	}
	all := []string{"s6:7", "s5:6", "s4:5", "s3:4", "s2:3", "s1:2", "s0:1", "zed:1"}
	for _, size := range []int32{0, 1, 2, 3, 8, 9} {
		if got := collect(&qtv1.ListSpeakersRequest{PageSize: size}); !slices.Equal(got, all) {
			t.Errorf("page size %d: %v, want %v", size, got, all)
		}
	}
	if got := collect(&qtv1.ListSpeakersRequest{PageSize: 2, NamePrefix: "speaker"}); !slices.Equal(got, all[:7]) {
		t.Errorf("prefix speaker: %v, want %v", got, all[:7])
	}
	if got := collect(&qtv1.ListSpeakersRequest{NamePrefix: "ZED"}); !slices.Equal(got, []string{"zed:1"}) {
		t.Errorf("prefix ZED: %v", got)
	}
	if got := collect(&qtv1.ListSpeakersRequest{NamePrefix: "nobody"}); len(got) != 0 {
		t.Errorf("prefix nobody: %v", got)
	}
	_, err := s.ListSpeakers(ctx, &qtv1.ListSpeakersRequest{NamePrefix: strings.Repeat("p", maxSpeakerRef+1)})
	hsCode(t, "ListSpeakers long prefix", err, codes.InvalidArgument)
}

func TestGetSpeaker(t *testing.T) {
	s := hsServer(t,
		ixQuote("q1", "ned-price", "Ned Price", ixAt(1)),
		ixQuote("q2", "ned-price", "Ned Price", ixAt(9)),
		ixQuote("q3", "olga-ivanova", "Olga Ivanova", ixAt(2), "Ivanova"),
	)
	ctx := t.Context()
	for _, ref := range []string{"ned-price", "Ned Price", "Edward Price"} {
		resp, err := s.GetSpeaker(ctx, &qtv1.GetSpeakerRequest{Speaker: ref})
		if err != nil {
			t.Fatalf("GetSpeaker(%q): %v", ref, err)
		}
		sum := resp.GetSpeaker()
		if sum.GetSpeaker().GetId() != "ned-price" || sum.GetQuoteCount() != 2 ||
			!sum.GetFirstQuoteAt().AsTime().Equal(ixAt(1)) || !sum.GetLastQuoteAt().AsTime().Equal(ixAt(9)) {
			t.Errorf("GetSpeaker(%q) = %v", ref, sum)
		}
	}
	if resp, err := s.GetSpeaker(ctx, &qtv1.GetSpeakerRequest{Speaker: "ivanova"}); err != nil || resp.GetSpeaker().GetSpeaker().GetId() != "olga-ivanova" {
		t.Errorf("GetSpeaker(ivanova) = %v, %v", resp, err)
	}
	_, err := s.GetSpeaker(ctx, &qtv1.GetSpeakerRequest{Speaker: "Nobody Known"})
	hsCode(t, "GetSpeaker unknown", err, codes.NotFound)
	// In the alias table, never quoted.
	_, err = s.GetSpeaker(ctx, &qtv1.GetSpeakerRequest{Speaker: "Kremlin"})
	hsCode(t, "GetSpeaker unquoted", err, codes.NotFound)
	_, err = s.GetSpeaker(ctx, &qtv1.GetSpeakerRequest{})
	hsCode(t, "GetSpeaker empty", err, codes.InvalidArgument)
	_, err = s.GetSpeaker(ctx, &qtv1.GetSpeakerRequest{Speaker: strings.Repeat("x", maxSpeakerRef+1)})
	hsCode(t, "GetSpeaker long", err, codes.InvalidArgument)
}

// Every call that takes a speaker refuses a name several speakers are known
// by, naming them, rather than answering for whichever was quoted first.
// Two full-name people share the family name, so the surname-only speaker
// is merged into neither.
func TestAmbiguousSpeakerRefused(t *testing.T) {
	s := hsServer(t,
		ixQuote("q1", "sanders", "Sanders", ixAt(1)),
		ixQuote("q2", "bernie-sanders", "Bernie Sanders", ixAt(2), "Sanders"),
		ixQuote("q3", "sarah-sanders", "Sarah Sanders", ixAt(3)),
	)
	ctx := t.Context()
	const ref = "SANDERS" // not the id "sanders": ids are matched exactly
	calls := map[string]func() error{
		"ListQuotes": func() error {
			_, err := s.ListQuotes(ctx, &qtv1.ListQuotesRequest{Speaker: ref})
			return err
		},
		"SearchQuotes": func() error {
			_, err := s.SearchQuotes(ctx, &qtv1.SearchQuotesRequest{Query: "words", Speaker: ref})
			return err
		},
		"GetSpeaker": func() error {
			_, err := s.GetSpeaker(ctx, &qtv1.GetSpeakerRequest{Speaker: ref})
			return err
		},
		"CheckAttribution": func() error {
			_, err := s.CheckAttribution(ctx, &qtv1.CheckAttributionRequest{Text: "words", Speaker: ref})
			return err
		},
		"WatchQuotes": func() error {
			// Bounded: a watch that wrongly starts would wait for quotes.
			wctx, cancel := context.WithTimeout(ctx, 10*time.Second)
			defer cancel()
			return s.WatchQuotes(&qtv1.WatchQuotesRequest{Speaker: ref}, &fakeWatch{ctx: wctx})
		},
	}
	for name, call := range calls {
		err := call()
		hsCode(t, name, err, codes.InvalidArgument)
		msg := status.Convert(err).Message()
		if !strings.Contains(msg, "Bernie Sanders (id bernie-sanders)") || !strings.Contains(msg, "Sanders (id sanders)") ||
			!strings.Contains(msg, "Sarah Sanders (id sarah-sanders)") {
			t.Errorf("%s: message %q does not name all three speakers", name, msg)
		}
	}
	// Each stays reachable by id and by full name.
	for ref, want := range map[string]string{"sanders": "sanders", "bernie-sanders": "bernie-sanders", "Bernie Sanders": "bernie-sanders", "Sarah Sanders": "sarah-sanders"} {
		resp, err := s.ListQuotes(ctx, &qtv1.ListQuotesRequest{Speaker: ref})
		if err != nil || len(resp.GetQuotes()) != 1 || resp.GetQuotes()[0].GetSpeaker().GetId() != want {
			t.Errorf("ListQuotes(%q) = %v, %v; want the quote of %s", ref, resp, err, want)
		}
	}
}

// A name asked for without its accents finds the speaker quoted with them
// (speaker ids fold accents), and an accented query the unaccented one.
func TestSpeakerWithoutAccents(t *testing.T) {
	s := hsServer(t,
		ixQuote("q1", "jose-martinez", "José Martínez", ixAt(1)),
		ixQuote("q2", "recep-tayyip-erdogan", "Recep Tayyip Erdogan", ixAt(2)),
	)
	for ref, want := range map[string]string{"Jose Martinez": "jose-martinez", "José Martínez": "jose-martinez", "Recep Tayyip Erdoğan": "recep-tayyip-erdogan"} {
		resp, err := s.ListQuotes(t.Context(), &qtv1.ListQuotesRequest{Speaker: ref})
		if err != nil || len(resp.GetQuotes()) != 1 || resp.GetQuotes()[0].GetSpeaker().GetId() != want {
			t.Errorf("ListQuotes(%q) = %v, %v; want the quote of %s", ref, resp, err, want)
		}
	}
	_, err := s.GetSpeaker(t.Context(), &qtv1.GetSpeakerRequest{Speaker: "Jose Martin"})
	hsCode(t, "GetSpeaker unknown", err, codes.NotFound)
}

// A person is found by the family name alone when no other person quoted
// has it ("Orban" for Viktor Orban, "von der Leyen"); a family name two
// people share is refused, naming both; unnamed sources are not indexed by
// the name of the person they speak for.
func TestSpeakerByFamilyName(t *testing.T) {
	spokesman := ixQuote("q4", "spokesman-for-viktor-orban", "spokesman for Viktor Orban", ixAt(4))
	spokesman.Speaker.Kind = qtv1.SpeakerKind_SPEAKER_KIND_ANONYMOUS
	s := hsServer(t,
		ixQuote("q1", "viktor-orban", "Viktor Orban", ixAt(1)),
		ixQuote("q2", "ursula-von-der-leyen", "Ursula von der Leyen", ixAt(2)),
		ixQuote("q3", "bernie-sanders", "Bernie Sanders", ixAt(3)),
		ixQuote("q5", "sarah-sanders", "Sarah Sanders", ixAt(5)),
		ixQuote("q6", "martin-luther-king-jr", "Martin Luther King Jr.", ixAt(6)),
		spokesman,
	)
	ctx := t.Context()
	for ref, want := range map[string]string{"Orban": "viktor-orban", "von der Leyen": "ursula-von-der-leyen", "King": "martin-luther-king-jr"} {
		resp, err := s.GetSpeaker(ctx, &qtv1.GetSpeakerRequest{Speaker: ref})
		if err != nil || resp.GetSpeaker().GetSpeaker().GetId() != want {
			t.Errorf("GetSpeaker(%q) = %v, %v; want %s", ref, resp, err, want)
		}
	}
	_, err := s.GetSpeaker(ctx, &qtv1.GetSpeakerRequest{Speaker: "Sanders"})
	hsCode(t, "GetSpeaker shared family name", err, codes.InvalidArgument)
	if msg := status.Convert(err).Message(); !strings.Contains(msg, "Bernie Sanders") || !strings.Contains(msg, "Sarah Sanders") {
		t.Errorf("message %q does not name both", msg)
	}
	_, err = s.GetSpeaker(ctx, &qtv1.GetSpeakerRequest{Speaker: "Leyen"})
	hsCode(t, "GetSpeaker part of a family name", err, codes.NotFound)
}
