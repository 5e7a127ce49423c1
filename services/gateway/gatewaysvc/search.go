package gatewaysvc

import (
	"context"
	"errors"
	"unicode/utf8"

	"github.com/quotetracker/quotetracker/pkg/apierr"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
	"github.com/quotetracker/quotetracker/pkg/statements"
)

const maxSearchQuery = 1000 // characters

// SearchQuotes finds statements with all the query's words (phrases in
// double quotes in order) in one appearance, newest first (by the first
// appearance's said_at, then statement id), paged like ListQuotes.
func (s *quoteServer) SearchQuotes(_ context.Context, req *qtv1.SearchQuotesRequest) (*qtv1.SearchQuotesResponse, error) {
	if n := utf8.RuneCountInString(req.GetQuery()); n == 0 || n > maxSearchQuery {
		return nil, invalid("query must be 1..%d characters, it is %d", maxSearchQuery, n)
	}
	l, err := s.parseListing(req.GetPageSize(), req.GetStartTime(), req.GetEndTime(), req.GetSpeaker())
	if err != nil {
		return nil, err
	}
	filter := l.filter("search", req.GetQuery(), req.GetSpeaker())
	q := statements.SearchQuery{Text: req.GetQuery(), SpeakerID: l.speakerID, Start: l.start, End: l.end, Limit: l.limit}
	if l.speakerID != "" {
		// The statements of "Sanders" while merged into Bernie Sanders.
		q.SameSpeakerIDs = s.index.SpeakerIDs(l.speakerID)[1:]
	}
	if tok := req.GetPageToken(); tok != "" {
		p, err := s.tokens.decode(tok, filter)
		if err != nil {
			return nil, apierr.Status(err)
		}
		q.After = &statements.Cursor{SaidAt: p.SaidAt, ID: p.ID}
	}
	x, err := s.statements()
	if err != nil {
		return nil, err
	}
	if !l.known {
		if len(statements.ParseQuery(req.GetQuery())) == 0 {
			return nil, invalid("query has no words to search for")
		}
		return &qtv1.SearchQuotesResponse{}, nil
	}
	sts, more, err := x.Search(q)
	switch {
	case errors.Is(err, statements.ErrNoWords):
		return nil, invalid("query has no words to search for")
	case errors.Is(err, statements.ErrTooManyTerms):
		return nil, invalid("query has too many words: %v", err)
	case err != nil:
		return nil, err
	}
	resp := &qtv1.SearchQuotesResponse{Statements: make([]*qtv1.Statement, 0, len(sts))}
	for _, st := range sts {
		resp.Statements = append(resp.Statements, s.statementProto(st))
	}
	if more && len(sts) > 0 {
		last := sts[len(sts)-1]
		resp.NextPageToken = s.tokens.encode(tokenPayload{Cursor: Cursor{SaidAt: last.SaidAt, ID: last.ID}, Filter: filter})
	}
	return resp, nil
}
