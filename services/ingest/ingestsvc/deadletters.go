package ingestsvc

import (
	"context"
	"fmt"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/apierr"
	"github.com/quotetracker/quotetracker/pkg/bus"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

const defaultDeadLetterPage = 50

// ListDeadLetters implements quotetracker.v1.IngestService.
func (s *Service) ListDeadLetters(ctx context.Context, req *qtv1.ListDeadLettersRequest) (*qtv1.ListDeadLettersResponse, error) {
	limit := int(req.GetPageSize())
	if limit == 0 {
		limit = defaultDeadLetterPage
	}
	letters, next, err := bus.ListDeadLetters(ctx, s.env.JS, req.GetAfterSequence(), limit)
	if err != nil {
		return nil, apierr.Status(fmt.Errorf("%w: %v", apierr.ErrUnavailable, err))
	}
	resp := &qtv1.ListDeadLettersResponse{NextAfterSequence: next}
	for _, dl := range letters {
		resp.DeadLetters = append(resp.DeadLetters, deadLetterProto(dl))
	}
	return resp, nil
}

// ReplayDeadLetters implements quotetracker.v1.IngestService.
func (s *Service) ReplayDeadLetters(ctx context.Context, req *qtv1.ReplayDeadLettersRequest) (*qtv1.ReplayDeadLettersResponse, error) {
	var letters []bus.DeadLetter
	resp := &qtv1.ReplayDeadLettersResponse{}
	if req.GetAll() {
		for after := uint64(0); ; {
			page, next, err := bus.ListDeadLetters(ctx, s.env.JS, after, 500)
			if err != nil {
				return nil, apierr.Status(fmt.Errorf("%w: %v", apierr.ErrUnavailable, err))
			}
			letters = append(letters, page...)
			if next == 0 {
				break
			}
			after = next
		}
	}
	for _, seq := range req.GetSequences() {
		dl, found, err := bus.GetDeadLetter(ctx, s.env.JS, seq)
		if err != nil {
			return nil, apierr.Status(fmt.Errorf("%w: %v", apierr.ErrUnavailable, err))
		}
		if !found {
			resp.Missing = append(resp.Missing, seq)
			continue
		}
		letters = append(letters, dl)
	}
	for _, dl := range letters {
		if err := bus.ReplayDeadLetter(ctx, s.env.JS, dl); err != nil {
			s.log.ErrorContext(ctx, "replay dead letter", "sequence", dl.Sequence, "err", err)
			return resp, apierr.Status(fmt.Errorf("%w: replayed %d of %d, then: %v", apierr.ErrUnavailable, resp.Replayed, len(letters), err))
		}
		resp.Replayed++
		s.log.InfoContext(ctx, "dead letter replayed", "sequence", dl.Sequence, "article", dl.ArticleID)
	}
	return resp, nil
}

func deadLetterProto(dl bus.DeadLetter) *qtv1.DeadLetter {
	out := &qtv1.DeadLetter{
		Sequence: dl.Sequence, ArticleId: dl.ArticleID, Reason: dl.Reason,
		Deliveries: int32(dl.Deliveries), DeadAt: timestamppb.New(dl.Time),
	}
	var art qtv1.Article
	if proto.Unmarshal(dl.Data, &art) == nil {
		out.Title, out.Url = art.GetTitle(), art.GetUrl()
	}
	return out
}
