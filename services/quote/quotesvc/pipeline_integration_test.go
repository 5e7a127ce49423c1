package quotesvc

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/bus"
	"github.com/quotetracker/quotetracker/pkg/config"
	"github.com/quotetracker/quotetracker/pkg/embedded/embeddedtest"
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
		Common:       config.Common{NATSURL: srv.NATSURL, MongoURI: srv.MongoURI, MongoDB: "quotesvc_test", GRPCAddr: "127.0.0.1:0"},
		Streams:      bus.DefaultStreamSettings(),
		AckWait:      30 * time.Second,
		MaxDeliver:   5,
		WriteTimeout: 10 * time.Second,
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
