package gatewaysvc

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/apierr"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

func TestTokenRoundTrip(t *testing.T) {
	s := tokenSigner{key: []byte("k1")}
	for _, p := range []tokenPayload{
		{Cursor: Cursor{SaidAt: 1_700_000_000_123_456_789, ID: "0123456789abcdef0123456789abcdef"}, Filter: 42},
		{Cursor: Cursor{SaidAt: -5, ID: ""}, Filter: 0},
		{Cursor: Cursor{SaidAt: 7, ID: strings.Repeat("x", maxIDLen)}, Filter: ^uint64(0)},
	} {
		tok := s.encode(p)
		if strings.ContainsAny(tok, "+/=") {
			t.Errorf("token %q is not URL-safe", tok)
		}
		got, err := s.decode(tok, p.Filter)
		if err != nil {
			t.Fatalf("decode(encode(%+v)): %v", p, err)
		}
		if got != p {
			t.Errorf("decode(encode(%+v)) = %+v", p, got)
		}
	}
}

func assertBadToken(t *testing.T, err error) {
	t.Helper()
	if err == nil {
		t.Fatal("token accepted")
	}
	if !errors.Is(err, apierr.ErrInvalidArgument) {
		t.Fatalf("error %v is not InvalidArgument", err)
	}
}

func TestTokenTamperedRejected(t *testing.T) {
	s := tokenSigner{key: []byte("k1")}
	p := tokenPayload{Cursor: Cursor{SaidAt: 123456789, ID: "abcdef"}, Filter: 99}
	raw, err := base64.RawURLEncoding.DecodeString(s.encode(p))
	if err != nil {
		t.Fatal(err)
	}
	// Every single flipped bit anywhere (version, filter, cursor, mac).
	for i := range raw {
		for bit := range 8 {
			b := []byte(string(raw))
			b[i] ^= 1 << bit
			_, err := s.decode(base64.RawURLEncoding.EncodeToString(b), p.Filter)
			if err == nil {
				t.Fatalf("token with byte %d bit %d flipped was accepted", i, bit)
			}
			if !errors.Is(err, apierr.ErrInvalidArgument) {
				t.Fatalf("error %v is not InvalidArgument", err)
			}
		}
	}
	// Truncated or extended.
	_, err = s.decode(base64.RawURLEncoding.EncodeToString(raw[:len(raw)-1]), p.Filter)
	assertBadToken(t, err)
	_, err = s.decode(base64.RawURLEncoding.EncodeToString(append(raw, 0)), p.Filter)
	assertBadToken(t, err)
	// Signed with another key.
	_, err = tokenSigner{key: []byte("k2")}.decode(s.encode(p), p.Filter)
	assertBadToken(t, err)
}

func TestTokenOtherFilterRejected(t *testing.T) {
	s := tokenSigner{key: []byte("k1")}
	tok := s.encode(tokenPayload{Cursor: Cursor{SaidAt: 1, ID: "a"}, Filter: filterHash("quotes", "ned price", "0", "0")})
	_, err := s.decode(tok, filterHash("quotes", "maria zakharova", "0", "0"))
	assertBadToken(t, err)
	if _, err := s.decode(tok, filterHash("quotes", "ned price", "0", "0")); err != nil {
		t.Fatalf("same filter rejected: %v", err)
	}
}

func TestTokenGarbageRejected(t *testing.T) {
	s := tokenSigner{key: []byte("k1")}
	valid := s.encode(tokenPayload{Cursor: Cursor{SaidAt: 1, ID: "a"}, Filter: 1})
	for _, tok := range []string{
		"x",
		"not base64 !!",
		"====",
		base64.RawURLEncoding.EncodeToString([]byte("short")),
		base64.StdEncoding.EncodeToString(make([]byte, 40)), // padded, std alphabet
		base64.RawURLEncoding.EncodeToString(make([]byte, 40)),
		valid + "A",
		strings.Repeat("A", maxTokenLen+1),
		valid + strings.Repeat("A", maxTokenLen), // too long even if the start is valid
	} {
		_, err := s.decode(tok, 1)
		assertBadToken(t, err)
	}
	// A token longer than the limit but otherwise valid.
	long := s.encode(tokenPayload{Cursor: Cursor{ID: strings.Repeat("i", maxTokenLen)}, Filter: 1})
	_, err := s.decode(long, 1)
	assertBadToken(t, err)
}

func TestFilterHashSeparatesParts(t *testing.T) {
	if filterHash("quotes", "ab", "c") == filterHash("quotes", "a", "bc") {
		t.Error("parts are not separated")
	}
	if filterHash("quotes", "a") == filterHash("speakers", "a") {
		t.Error("kind is not part of the hash")
	}
	// Tokens outlive a gateway process and cross replicas: the hash is a
	// fixed function of its parts, not of the process.
	if got, want := filterHash("quotes", "a", "b"), uint64(1025671940692018588); got != want {
		t.Errorf("filterHash(quotes, a, b) = %d, want %d", got, want)
	}
}

// Through the handlers: every bad token is InvalidArgument.
func TestHandlersRejectBadTokens(t *testing.T) {
	var qs []*qtv1.Quote
	for i := range 5 {
		qs = append(qs, ixQuote(fmt.Sprintf("%032x", i), "ned-price", "Ned Price", ixAt(i)))
		qs = append(qs, ixQuote(fmt.Sprintf("%032x", 100+i), fmt.Sprintf("sp%d", i), fmt.Sprintf("Speaker %d", i), ixAt(i)))
	}
	s := hsServer(t, qs...)
	ctx := t.Context()

	first, err := s.ListQuotes(ctx, &qtv1.ListQuotesRequest{Speaker: "ned-price", PageSize: 2, AllAppearances: true})
	if err != nil || first.GetNextPageToken() == "" {
		t.Fatalf("first page: %v, token %q", err, first.GetNextPageToken())
	}
	tok := first.GetNextPageToken()
	// The token works for its own listing.
	if _, err := s.ListQuotes(ctx, &qtv1.ListQuotesRequest{Speaker: "ned-price", PageSize: 2, AllAppearances: true, PageToken: tok}); err != nil {
		t.Fatalf("own token rejected: %v", err)
	}
	raw, _ := base64.RawURLEncoding.DecodeString(tok)
	raw[len(raw)/2] ^= 0x01
	tampered := base64.RawURLEncoding.EncodeToString(raw)

	quoteReqs := map[string]*qtv1.ListQuotesRequest{
		"tampered":      {Speaker: "ned-price", PageSize: 2, AllAppearances: true, PageToken: tampered},
		"garbage":       {Speaker: "ned-price", PageToken: "garbage!"},
		"too long":      {Speaker: "ned-price", PageToken: strings.Repeat("A", 600)},
		"other speaker": {Speaker: "sp1", PageSize: 2, AllAppearances: true, PageToken: tok},
		"no speaker":    {PageSize: 2, AllAppearances: true, PageToken: tok},
		"other start":   {Speaker: "ned-price", PageSize: 2, AllAppearances: true, PageToken: tok, StartTime: timestamppb.New(ixAt(0))},
		"other end":     {Speaker: "ned-price", PageSize: 2, AllAppearances: true, PageToken: tok, EndTime: timestamppb.New(ixAt(100))},
		"other mode":    {Speaker: "ned-price", PageSize: 2, PageToken: tok},
		// Unknown speakers list nothing, but a bad token is still an error.
		"unknown speaker": {Speaker: "Nobody Known", PageToken: tok},
	}
	for name, req := range quoteReqs {
		_, err := s.ListQuotes(ctx, req)
		if status.Code(err) != codes.InvalidArgument {
			t.Errorf("ListQuotes %s: err = %v, want InvalidArgument", name, err)
		}
	}
	// Another gateway's key.
	other := &quoteServer{index: s.index, hub: newHub(), tokens: tokenSigner{key: []byte("another key")}}
	if _, err := other.ListQuotes(ctx, &qtv1.ListQuotesRequest{Speaker: "ned-price", PageSize: 2, AllAppearances: true, PageToken: tok}); status.Code(err) != codes.InvalidArgument {
		t.Errorf("token from another key: err = %v, want InvalidArgument", err)
	}

	sp, err := s.ListSpeakers(ctx, &qtv1.ListSpeakersRequest{PageSize: 2})
	if err != nil || sp.GetNextPageToken() == "" {
		t.Fatalf("ListSpeakers: %v, token %q", err, sp.GetNextPageToken())
	}
	speakerReqs := map[string]*qtv1.ListSpeakersRequest{
		"quote token":  {PageSize: 2, PageToken: tok},
		"other prefix": {PageSize: 2, PageToken: sp.GetNextPageToken(), NamePrefix: "s"},
		"garbage":      {PageToken: "%%%"},
		"too long":     {PageToken: strings.Repeat("A", 513)},
	}
	for name, req := range speakerReqs {
		if _, err := s.ListSpeakers(ctx, req); status.Code(err) != codes.InvalidArgument {
			t.Errorf("ListSpeakers %s: err = %v, want InvalidArgument", name, err)
		}
	}
	// A speakers token is no quotes token.
	if _, err := s.ListQuotes(ctx, &qtv1.ListQuotesRequest{PageToken: sp.GetNextPageToken()}); status.Code(err) != codes.InvalidArgument {
		t.Errorf("speakers token in ListQuotes: err = %v, want InvalidArgument", err)
	}
}
