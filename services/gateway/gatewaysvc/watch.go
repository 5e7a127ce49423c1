package gatewaysvc

import (
	"context"
	"fmt"
	"sync"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"

	"github.com/quotetracker/quotetracker/pkg/bus"
	"github.com/quotetracker/quotetracker/pkg/extract"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// quoteHistory is the record of stored quotes in stream order, for
// watchers that resume from a position.
type quoteHistory interface {
	// Bounds returns the first and last positions still held.
	Bounds(ctx context.Context) (first, last uint64, err error)
	// Replay calls fn for each quote event after position after, up to and
	// including upTo, in order.
	Replay(ctx context.Context, after, upTo uint64, fn func(q *qtv1.Quote, pos uint64) error) error
	// IsRepeat reports whether the event at pos repeats a quote published
	// earlier, as far as this gateway has seen.
	IsRepeat(pos uint64) bool
}

// WatchQuotes streams new quotes. With after_position it first replays the
// events since that position from the QUOTES stream, then switches to the
// live feed without a gap: the live subscription is opened before the
// replay's end is fixed, and live events the replay already covered are
// skipped.
func (s *quoteServer) WatchQuotes(req *qtv1.WatchQuotesRequest, stream grpc.ServerStreamingServer[qtv1.WatchQuotesResponse]) error {
	sid, found, err := s.speakerID(req.GetSpeaker())
	if err != nil {
		return err
	}
	if !found {
		// Speakers not yet quoted may be later: watch the id their name
		// will get so their first quote still arrives.
		sid = extract.SpeakerID(req.GetSpeaker())
	}
	wants := s.speakerFilter(sid)
	sub := s.hub.subscribe(wants)
	defer s.hub.unsubscribe(sub)
	ctx := stream.Context()

	sent := req.GetAfterPosition()
	if after := req.GetAfterPosition(); after > 0 {
		if s.history == nil {
			return status.Error(codes.Unimplemented, "resuming from a position is not available on this server")
		}
		first, last, err := s.history.Bounds(ctx)
		if err != nil {
			return status.Errorf(codes.Unavailable, "quote history: %v", err)
		}
		if after > last {
			return status.Errorf(codes.OutOfRange, "after_position %d is beyond the last stored position %d", after, last)
		}
		if first > 0 && after+1 < first {
			return status.Errorf(codes.OutOfRange, "after_position %d is older than the history kept (from %d); list quotes instead", after, first)
		}
		// Headers go out now, not with the first quote, so clients (and
		// the HTTP/JSON proxy) know the stream is open.
		if err := stream.SendHeader(nil); err != nil {
			return err
		}
		seen := map[string]bool{}
		err = s.history.Replay(ctx, after, last, func(q *qtv1.Quote, pos uint64) error {
			sent = pos
			// A quote published again (a redelivery after the duplicate
			// window) is sent once.
			if seen[q.GetId()] || s.history.IsRepeat(pos) || (wants != nil && !wants(q)) {
				return nil
			}
			seen[q.GetId()] = true
			return stream.Send(&qtv1.WatchQuotesResponse{Quote: s.decorate(q), Position: pos})
		})
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return status.Errorf(codes.Unavailable, "replay quote history: %v", err)
		}
	}
	if req.GetAfterPosition() == 0 {
		if err := stream.SendHeader(nil); err != nil {
			return err
		}
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-sub.done:
			return status.Error(codes.Unavailable, "server is shutting down; reconnect with after_position")
		case <-sub.lagged:
			return status.Error(codes.ResourceExhausted, "stream fell too far behind and was closed; reconnect with after_position")
		case ev := <-sub.events:
			if ev.position != 0 && ev.position <= sent {
				continue
			}
			if err := stream.Send(&qtv1.WatchQuotesResponse{Quote: s.decorate(ev.quote), Position: ev.position}); err != nil {
				return err
			}
		}
	}
}

// speakerFilter selects the quotes of the identity speaker id belongs to,
// as the index has it when each quote is sent: a watcher of Bernie Sanders
// gets the quotes of "Sanders" while that is merged into him, and no
// longer once a second full-name Sanders undoes the merge. nil (every
// quote) for id "".
func (s *quoteServer) speakerFilter(id string) func(*qtv1.Quote) bool {
	if id == "" {
		return nil
	}
	return func(q *qtv1.Quote) bool {
		quoted := q.GetSpeaker().GetId()
		return quoted == id || s.index.SpeakerIdentity(quoted) == s.index.SpeakerIdentity(id)
	}
}

// decorate returns the quote as the index serves it (with its statement
// fields) when the index has it.
func (s *quoteServer) decorate(q *qtv1.Quote) *qtv1.Quote {
	if iq, ok := s.index.Get(q.GetId()); ok {
		return iq
	}
	return q
}

// streamHistory reads the QUOTES stream. It remembers the positions of
// repeated events it followed (rare: a redelivery after the duplicate
// window), so a replay sends each quote once.
type streamHistory struct {
	js jetstream.JetStream

	mu      sync.Mutex
	repeats map[uint64]bool
}

func newStreamHistory(js jetstream.JetStream) *streamHistory {
	return &streamHistory{js: js, repeats: map[uint64]bool{}}
}

func (h *streamHistory) markRepeat(pos uint64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.repeats[pos] = true
}

func (h *streamHistory) IsRepeat(pos uint64) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.repeats[pos]
}

func (h *streamHistory) Bounds(ctx context.Context) (uint64, uint64, error) {
	st, err := h.js.Stream(ctx, bus.QuotesStream)
	if err != nil {
		return 0, 0, err
	}
	info, err := st.Info(ctx)
	if err != nil {
		return 0, 0, err
	}
	return info.State.FirstSeq, info.State.LastSeq, nil
}

func (h *streamHistory) Replay(ctx context.Context, after, upTo uint64, fn func(*qtv1.Quote, uint64) error) error {
	if after >= upTo {
		return nil
	}
	cons, err := h.js.OrderedConsumer(ctx, bus.QuotesStream, jetstream.OrderedConsumerConfig{
		FilterSubjects: []string{bus.QuotesSubject},
		DeliverPolicy:  jetstream.DeliverByStartSequencePolicy,
		OptStartSeq:    after + 1,
	})
	if err != nil {
		return fmt.Errorf("replay consumer: %w", err)
	}
	msgs, err := cons.Messages()
	if err != nil {
		return fmt.Errorf("replay: %w", err)
	}
	defer msgs.Stop()
	stopOnCancel := context.AfterFunc(ctx, msgs.Stop)
	defer stopOnCancel()
	for {
		msg, err := msgs.Next()
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("replay: %w", err)
		}
		meta, err := msg.Metadata()
		if err != nil {
			return fmt.Errorf("replay metadata: %w", err)
		}
		var q qtv1.Quote
		if err := proto.Unmarshal(msg.Data(), &q); err == nil && q.GetId() != "" {
			if err := fn(&q, meta.Sequence.Stream); err != nil {
				return err
			}
		}
		if meta.Sequence.Stream >= upTo {
			return nil
		}
	}
}
