package gatewaysvc

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/apierr"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// Request limits.
const (
	defaultPageSize = 50
	maxPageSize     = 1000
	maxSpeakerRef   = 300
	maxIDLen        = 128
)

// quoteServer implements quotetracker.v1.QuoteService over an Index.
type quoteServer struct {
	qtv1.UnimplementedQuoteServiceServer
	index   Index
	hub     *hub
	tokens  tokenSigner
	history quoteHistory // nil: WatchQuotes cannot resume
}

func invalid(format string, args ...any) error {
	return apierr.Status(apierr.New(apierr.ErrInvalidArgument, fmt.Sprintf(format, args...)))
}

func pageSize(n int32) (int, error) {
	switch {
	case n == 0:
		return defaultPageSize, nil
	case n < 0 || n > maxPageSize:
		return 0, invalid("page_size %d is out of range: use 1..%d (0 for %d)", n, maxPageSize, defaultPageSize)
	}
	return int(n), nil
}

func timeBound(name string, ts *timestamppb.Timestamp) (time.Time, error) {
	if ts == nil {
		return time.Time{}, nil
	}
	if err := ts.CheckValid(); err != nil {
		return time.Time{}, invalid("%s: %v", name, err)
	}
	return ts.AsTime(), nil
}

// speakerID resolves a speaker reference. found is false for a well-formed
// name nobody is known by; a name several speakers are known by is an
// invalid argument whose message lists them.
func (s *quoteServer) speakerID(ref string) (id string, found bool, err error) {
	if len(ref) > maxSpeakerRef {
		return "", false, invalid("speaker is %d bytes, the limit is %d", len(ref), maxSpeakerRef)
	}
	if ref == "" {
		return "", true, nil
	}
	id, err = s.index.ResolveSpeaker(ref)
	switch {
	case errors.Is(err, ErrUnknownSpeaker):
		return "", false, nil
	case err != nil:
		return "", false, apierr.Status(err)
	}
	return id, true, nil
}

// listing is the validated part that listings (ListQuotes, SearchQuotes)
// share: page size, time range and speaker.
type listing struct {
	limit      int
	start, end time.Time
	speakerID  string
	// known is false for a well-formed speaker name nobody is known by:
	// the listing is then empty.
	known bool
}

func (s *quoteServer) parseListing(size int32, startTS, endTS *timestamppb.Timestamp, speaker string) (listing, error) {
	var l listing
	var err error
	if l.limit, err = pageSize(size); err != nil {
		return l, err
	}
	if l.start, err = timeBound("start_time", startTS); err != nil {
		return l, err
	}
	if l.end, err = timeBound("end_time", endTS); err != nil {
		return l, err
	}
	if !l.start.IsZero() && !l.end.IsZero() && !l.start.Before(l.end) {
		return l, invalid("start_time %s is not before end_time %s", l.start.Format(time.RFC3339), l.end.Format(time.RFC3339))
	}
	l.speakerID, l.known, err = s.speakerID(speaker)
	return l, err
}

// filter identifies the listing for its page tokens.
func (l listing) filter(kind string, parts ...string) uint64 {
	return filterHash(kind, append(parts, strconv.FormatInt(unixNanoOrZero(l.start), 10), strconv.FormatInt(unixNanoOrZero(l.end), 10))...)
}

func (s *quoteServer) ListQuotes(_ context.Context, req *qtv1.ListQuotesRequest) (*qtv1.ListQuotesResponse, error) {
	l, err := s.parseListing(req.GetPageSize(), req.GetStartTime(), req.GetEndTime(), req.GetSpeaker())
	if err != nil {
		return nil, err
	}
	filter := l.filter(listKind(req), req.GetSpeaker())
	q := Query{SpeakerID: l.speakerID, Start: l.start, End: l.end, Limit: l.limit, FirstAppearances: !req.GetAllAppearances()}
	if tok := req.GetPageToken(); tok != "" {
		p, err := s.tokens.decode(tok, filter)
		if err != nil {
			return nil, apierr.Status(err)
		}
		q.After = &p.Cursor
	}
	if !l.known {
		return &qtv1.ListQuotesResponse{}, nil
	}
	quotes, more := s.index.List(q)
	resp := &qtv1.ListQuotesResponse{Quotes: quotes}
	if more && len(quotes) > 0 {
		resp.NextPageToken = s.tokens.encode(tokenPayload{Cursor: cursorOf(quotes[len(quotes)-1]), Filter: filter})
	}
	return resp, nil
}

func unixNanoOrZero(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.UnixNano()
}

func (s *quoteServer) GetQuote(_ context.Context, req *qtv1.GetQuoteRequest) (*qtv1.GetQuoteResponse, error) {
	id := req.GetId()
	if id == "" || len(id) > maxIDLen {
		return nil, invalid("id must be 1..%d bytes", maxIDLen)
	}
	q, ok := s.index.Get(id)
	if !ok {
		return nil, status.Errorf(codes.NotFound, "no quote with id %q", id)
	}
	return &qtv1.GetQuoteResponse{Quote: q}, nil
}

func (s *quoteServer) ListSpeakers(_ context.Context, req *qtv1.ListSpeakersRequest) (*qtv1.ListSpeakersResponse, error) {
	limit, err := pageSize(req.GetPageSize())
	if err != nil {
		return nil, err
	}
	if len(req.GetNamePrefix()) > maxSpeakerRef {
		return nil, invalid("name_prefix is %d bytes, the limit is %d", len(req.GetNamePrefix()), maxSpeakerRef)
	}
	// Speakers page by offset: counts change as quotes arrive, so an
	// ordering by count has no stable keyset.
	filter := filterHash("speakers", req.GetNamePrefix())
	offset := 0
	if tok := req.GetPageToken(); tok != "" {
		p, err := s.tokens.decode(tok, filter)
		if err != nil {
			return nil, apierr.Status(err)
		}
		offset = int(p.SaidAt)
	}
	all := s.index.Speakers(req.GetNamePrefix())
	if offset > len(all) {
		offset = len(all)
	}
	page := all[offset:min(offset+limit, len(all))]
	resp := &qtv1.ListSpeakersResponse{Speakers: page}
	if offset+limit < len(all) {
		resp.NextPageToken = s.tokens.encode(tokenPayload{Cursor: Cursor{SaidAt: int64(offset + limit)}, Filter: filter})
	}
	return resp, nil
}

func (s *quoteServer) GetSpeaker(_ context.Context, req *qtv1.GetSpeakerRequest) (*qtv1.GetSpeakerResponse, error) {
	if req.GetSpeaker() == "" {
		return nil, invalid("speaker is required")
	}
	id, found, err := s.speakerID(req.GetSpeaker())
	if err != nil {
		return nil, err
	}
	if found {
		if sum, ok := s.index.Speaker(id); ok {
			return &qtv1.GetSpeakerResponse{Speaker: sum}, nil
		}
	}
	return nil, status.Errorf(codes.NotFound, "no speaker known as %q", req.GetSpeaker())
}
