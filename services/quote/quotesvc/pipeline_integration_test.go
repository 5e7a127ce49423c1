package quotesvc

import (
	"context"
	"io"
	"log/slog"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/bus"
	"github.com/quotetracker/quotetracker/pkg/config"
	"github.com/quotetracker/quotetracker/pkg/embedded/embeddedtest"
	"github.com/quotetracker/quotetracker/pkg/extract"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
	"github.com/quotetracker/quotetracker/pkg/store"
)

const testArticleText = `The minister said on Tuesday that the bridge would reopen in May.

"We will not go back on this decision," said Mayor Anna Berg. "The city needs it."`

// TestConsumeStoreAndPublish runs the quote service against real NATS and
// FerretDB: an article becomes stored quotes and QUOTES events, a
// redelivered article adds nothing, and an undecodable message is dropped
// without stopping the service.
func TestConsumeStoreAndPublish(t *testing.T) {
	srv := embeddedtest.Start(t)
	cfg := Config{
		Common:         config.Common{NATSURL: srv.NATSURL, MongoURI: srv.MongoURI, MongoDB: "quotesvc_test", GRPCAddr: "127.0.0.1:0"},
		Streams:        bus.DefaultStreamSettings(),
		AckWait:        30 * time.Second,
		MaxDeliver:     -1,
		WriteTimeout:   10 * time.Second,
		ExtractTimeout: 10 * time.Second,
		PoisonAttempts: 3,
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithCancel(t.Context())
	svc, err := New(ctx, cfg, log)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	runErr := make(chan error, 1)
	go func() { runErr <- svc.Run(ctx) }()

	_, js, err := bus.Connect(srv.NATSURL, "test", log)
	if err != nil {
		t.Fatal(err)
	}
	st, err := store.Connect(srv.MongoURI, cfg.MongoDB)
	if err != nil {
		t.Fatal(err)
	}
	art := &qtv1.Article{Id: "article-1", Title: "Bridge", PublishedAt: timestamppb.New(time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)), Text: testArticleText}
	data, _ := proto.Marshal(art)

	// A message that cannot be decoded first: it must not block the next.
	if _, err := js.Publish(ctx, bus.ArticlesSubject, []byte("\xff\xffnot a protobuf"), jetstream.WithMsgID("junk")); err != nil {
		t.Fatal(err)
	}
	if _, err := js.Publish(ctx, bus.ArticlesSubject, data, jetstream.WithMsgID(art.GetId())); err != nil {
		t.Fatal(err)
	}
	want := len(BuildQuotes(art, svc.extractor.Extract(art.GetText()), time.Now()))
	if want < 2 {
		t.Fatalf("extractor found %d quotes in the test article, want at least 2", want)
	}
	waitFor(t, "quotes stored and published", func() bool {
		n, err := st.CountQuotes(ctx)
		return err == nil && int(n) == want && streamMsgs(t, js, bus.QuotesStream) == uint64(want)
	})

	// Redelivery (as after a crash past the duplicate window): same quotes.
	if _, err := js.Publish(ctx, bus.ArticlesSubject, data, jetstream.WithMsgID(art.GetId()+"-again")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the article queue to drain", func() bool { return streamMsgs(t, js, bus.ArticlesStream) == 0 })
	if n, _ := st.CountQuotes(ctx); int(n) != want {
		t.Errorf("after redelivery %d quotes stored, want %d", n, want)
	}
	if n := streamMsgs(t, js, bus.QuotesStream); n != uint64(want) {
		t.Errorf("after redelivery %d quote events, want %d (msg-id dedup)", n, want)
	}

	// The undecodable message was dead-lettered at once, with its reason.
	letters, _, err := bus.ListDeadLetters(ctx, js, 0, 10)
	if err != nil || len(letters) != 1 || !strings.Contains(letters[0].Reason, "undecodable") {
		t.Errorf("dead letters = %+v, %v; want the undecodable message", letters, err)
	}

	cancel()
	select {
	case err := <-runErr:
		if err != nil {
			t.Errorf("Run: %v", err)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("Run did not return after cancel")
	}
}

func streamMsgs(t *testing.T, js jetstream.JetStream, name string) uint64 {
	t.Helper()
	s, err := js.Stream(t.Context(), name)
	if err != nil {
		t.Fatal(err)
	}
	info, err := s.Info(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return info.State.Msgs
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestPoisonArticleIsDeadLetteredAndReplayed: an article whose extraction
// keeps timing out is retried PoisonAttempts times, moved to the dead
// letters with the reason, and after a replay (with a working extractor)
// its quotes are stored.
func TestPoisonArticleIsDeadLetteredAndReplayed(t *testing.T) {
	srv := embeddedtest.Start(t)
	cfg := Config{
		Common:         config.Common{NATSURL: srv.NATSURL, MongoURI: srv.MongoURI, MongoDB: "poison_test", GRPCAddr: "127.0.0.1:0"},
		Streams:        bus.DefaultStreamSettings(),
		AckWait:        30 * time.Second,
		MaxDeliver:     -1,
		WriteTimeout:   10 * time.Second,
		ExtractTimeout: 50 * time.Millisecond,
		PoisonAttempts: 2,
	}
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	svc, err := New(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	var calls atomic.Int32
	release := make(chan struct{})
	svc.extractFn = func(text string) []extract.Quote {
		calls.Add(1)
		select {
		case <-release: // a working extractor again
			return svc.extractor.Extract(text)
		case <-time.After(time.Second): // hangs past the timeout
			return nil
		}
	}
	runErr := make(chan error, 1)
	go func() { runErr <- svc.Run(ctx) }()

	_, js, err := bus.Connect(srv.NATSURL, "test", log)
	if err != nil {
		t.Fatal(err)
	}
	art := &qtv1.Article{Id: "poison-1", Title: "Hard", Text: testArticleText}
	data, _ := proto.Marshal(art)
	if _, err := js.Publish(ctx, bus.ArticlesSubject, data, jetstream.WithMsgID(art.GetId())); err != nil {
		t.Fatal(err)
	}
	var letters []bus.DeadLetter
	waitFor(t, "the article in the dead letters", func() bool {
		letters, _, err = bus.ListDeadLetters(ctx, js, 0, 10)
		return err == nil && len(letters) == 1
	})
	dl := letters[0]
	if dl.ArticleID != art.GetId() || dl.Deliveries != 2 || !strings.Contains(dl.Reason, "timed out") {
		t.Fatalf("dead letter = %+v, want article %s after 2 deliveries, reason timed out", dl, art.GetId())
	}
	if n := calls.Load(); n != 2 {
		t.Errorf("extractor ran %d times, want 2", n)
	}
	if n := streamMsgs(t, js, bus.ArticlesStream); n != 0 {
		t.Errorf("%d articles still queued after dead-lettering", n)
	}

	close(release)
	if err := bus.ReplayDeadLetter(ctx, js, dl); err != nil {
		t.Fatal(err)
	}
	st, err := store.Connect(srv.MongoURI, cfg.MongoDB)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the replayed article's quotes", func() bool {
		n, err := st.CountQuotes(ctx)
		return err == nil && n > 0
	})
	if left, _, err := bus.ListDeadLetters(ctx, js, 0, 10); err != nil || len(left) != 0 {
		t.Errorf("after replay, dead letters = %+v, %v", left, err)
	}
	cancel()
	<-runErr
}
