package gatewaysvc

import (
	"context"
	"errors"
	"slices"
	"unicode/utf8"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
	"github.com/quotetracker/quotetracker/pkg/statements"
)

// CheckAttribution limits.
const (
	maxCheckText      = 5000 // characters
	defaultMaxMatches = 10
	maxMatches        = 100
)

// CheckAttribution finds the statements whose words match req.text and says
// whether the claimed speaker made one of them. The verdict looks at every
// match (the claimed speaker's are always scored, however many others
// match), then the best max_matches are returned, claimed speaker's first
// among equal scores.
func (s *quoteServer) CheckAttribution(_ context.Context, req *qtv1.CheckAttributionRequest) (*qtv1.CheckAttributionResponse, error) {
	text := req.GetText()
	if n := utf8.RuneCountInString(text); n == 0 || n > maxCheckText {
		return nil, invalid("text must be 1..%d characters, it is %d", maxCheckText, n)
	}
	limit := int(req.GetMaxMatches())
	switch {
	case limit == 0:
		limit = defaultMaxMatches
	case limit < 0 || limit > maxMatches:
		return nil, invalid("max_matches %d is out of range: use 1..%d (0 for %d)", limit, maxMatches, defaultMaxMatches)
	}
	claimed := req.GetSpeaker()
	sid, found, err := s.speakerID(claimed)
	if err != nil {
		return nil, err
	}
	claimedID := ""
	if claimed != "" && found {
		claimedID = sid
	}
	x, err := s.statements()
	if err != nil {
		return nil, err
	}
	opts := statements.CheckOptions{PreferSpeaker: claimedID}
	if claimedID != "" {
		opts.SameSpeakerIDs = s.index.SpeakerIDs(claimedID)[1:]
	}
	candidates, err := x.Check(text, opts)
	switch {
	case errors.Is(err, statements.ErrNoWords):
		return nil, invalid("text has no words to match")
	case errors.Is(err, statements.ErrTooLong):
		return nil, invalid("text is too long: %v", err)
	case err != nil:
		return nil, err
	}

	resp := &qtv1.CheckAttributionResponse{Verdict: qtv1.Verdict_VERDICT_NOT_FOUND}
	if claimedID != "" {
		if p, ok := s.index.(speakerProfiles); ok {
			resp.ClaimedSpeaker, _ = p.SpeakerProfile(claimed)
		} else if sum, ok := s.index.Speaker(claimedID); ok {
			resp.ClaimedSpeaker = sum.GetSpeaker()
		}
	}
	type scored struct {
		m     statements.Match
		yours bool
	}
	matches := make([]scored, len(candidates))
	for i, m := range candidates {
		matches[i] = scored{m: m, yours: claimedID != "" && s.spokeBy(m.Statement.SpeakerID, claimedID)}
	}
	switch {
	case len(matches) == 0:
	case claimed == "" || slices.ContainsFunc(matches, func(m scored) bool { return m.yours }):
		resp.Verdict = qtv1.Verdict_VERDICT_CONFIRMED
	default:
		resp.Verdict = qtv1.Verdict_VERDICT_ATTRIBUTED_TO_OTHER
	}
	// Best first; among equal scores the claimed speaker's, then the
	// index's order (earlier statement first).
	slices.SortStableFunc(matches, func(a, b scored) int {
		switch {
		case a.m.Score != b.m.Score:
			if a.m.Score > b.m.Score {
				return -1
			}
			return 1
		case a.yours != b.yours:
			if a.yours {
				return -1
			}
			return 1
		}
		return 0
	})
	for _, m := range matches[:min(len(matches), limit)] {
		resp.Matches = append(resp.Matches, &qtv1.AttributionMatch{
			Statement:      s.statementProto(m.m.Statement),
			Score:          m.m.Score,
			SpeakerMatches: m.yours,
		})
	}
	return resp, nil
}

// spokeBy reports that the statements of speaker id are the claimed
// speaker's: the same speaker identity ("Sanders" merged into Bernie
// Sanders), or a joint speaker ("Lavrov and Blinken") with the claimed one
// among its members.
func (s *quoteServer) spokeBy(id, claimedID string) bool {
	claimed := s.index.SpeakerIdentity(claimedID)
	if s.index.SpeakerIdentity(id) == claimed {
		return true
	}
	sum, ok := s.index.Speaker(id)
	return ok && slices.ContainsFunc(sum.GetSpeaker().GetMembers(), func(m *qtv1.Speaker) bool {
		return s.index.SpeakerIdentity(m.GetId()) == claimed
	})
}
