package bus

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
)

// DeadLetter is an article message the quote service gave up on.
type DeadLetter struct {
	Sequence   uint64
	ArticleID  string
	Reason     string
	Deliveries int
	Time       time.Time
	Data       []byte // the article message as it was queued
}

// SendToDeadLetters stores an article message with the reason it failed.
// origSeq (its position in ARTICLES) makes the message id unique per
// attempt, so an article that fails again after a replay is kept again.
func SendToDeadLetters(ctx context.Context, js jetstream.JetStream, articleID string, data []byte, reason string, deliveries int, origSeq uint64) error {
	msg := nats.NewMsg(DeadLettersSubject)
	msg.Data = data
	msg.Header.Set(HeaderReason, reason)
	msg.Header.Set(HeaderDeliveries, strconv.Itoa(deliveries))
	msg.Header.Set(HeaderArticleID, articleID)
	id := fmt.Sprintf("dead/%s/%d", articleID, origSeq)
	if _, err := js.PublishMsg(ctx, msg, jetstream.WithMsgID(id)); err != nil {
		return fmt.Errorf("dead-letter article %s: %w", articleID, err)
	}
	return nil
}

// ListDeadLetters returns up to limit dead letters after sequence after.
// next is the sequence to continue after, 0 when there are no more.
func ListDeadLetters(ctx context.Context, js jetstream.JetStream, after uint64, limit int) (letters []DeadLetter, next uint64, err error) {
	stream, err := js.Stream(ctx, DeadLettersStream)
	if err != nil {
		return nil, 0, fmt.Errorf("dead letters stream: %w", err)
	}
	seq := after + 1
	for len(letters) <= limit {
		raw, err := stream.GetMsg(ctx, seq, jetstream.WithGetMsgSubject(DeadLettersSubject))
		if errors.Is(err, jetstream.ErrMsgNotFound) {
			return letters, 0, nil
		}
		if err != nil {
			return nil, 0, fmt.Errorf("read dead letter %d: %w", seq, err)
		}
		if len(letters) == limit {
			return letters, letters[len(letters)-1].Sequence, nil
		}
		letters = append(letters, decodeDeadLetter(raw))
		seq = raw.Sequence + 1
	}
	return letters, 0, nil
}

// GetDeadLetter returns the dead letter at seq; found is false when there is
// none (already replayed or never stored).
func GetDeadLetter(ctx context.Context, js jetstream.JetStream, seq uint64) (dl DeadLetter, found bool, err error) {
	stream, err := js.Stream(ctx, DeadLettersStream)
	if err != nil {
		return dl, false, fmt.Errorf("dead letters stream: %w", err)
	}
	raw, err := stream.GetMsg(ctx, seq)
	if errors.Is(err, jetstream.ErrMsgNotFound) {
		return dl, false, nil
	}
	if err != nil {
		return dl, false, fmt.Errorf("read dead letter %d: %w", seq, err)
	}
	return decodeDeadLetter(raw), true, nil
}

// ReplayDeadLetter queues the dead letter's article again, then removes
// the dead letter. If removal fails the article is queued but still listed;
// replaying it again is harmless (the quote service's writes are
// idempotent).
func ReplayDeadLetter(ctx context.Context, js jetstream.JetStream, dl DeadLetter) error {
	id := fmt.Sprintf("%s/replay/%d", dl.ArticleID, dl.Sequence)
	if _, err := js.Publish(ctx, ArticlesSubject, dl.Data, jetstream.WithMsgID(id)); err != nil {
		return fmt.Errorf("requeue article %s: %w", dl.ArticleID, err)
	}
	stream, err := js.Stream(ctx, DeadLettersStream)
	if err != nil {
		return fmt.Errorf("dead letters stream: %w", err)
	}
	if err := stream.DeleteMsg(ctx, dl.Sequence); err != nil && !errors.Is(err, jetstream.ErrMsgNotFound) {
		return fmt.Errorf("remove dead letter %d: %w", dl.Sequence, err)
	}
	return nil
}

func decodeDeadLetter(raw *jetstream.RawStreamMsg) DeadLetter {
	n, _ := strconv.Atoi(raw.Header.Get(HeaderDeliveries))
	return DeadLetter{
		Sequence:   raw.Sequence,
		ArticleID:  raw.Header.Get(HeaderArticleID),
		Reason:     raw.Header.Get(HeaderReason),
		Deliveries: n,
		Time:       raw.Time,
		Data:       raw.Data,
	}
}
