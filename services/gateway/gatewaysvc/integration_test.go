package gatewaysvc

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/bus"
	"github.com/quotetracker/quotetracker/pkg/config"
	"github.com/quotetracker/quotetracker/pkg/embedded/embeddedtest"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
	"github.com/quotetracker/quotetracker/pkg/store"
)

func testQuote(i int, speaker string) *qtv1.Quote {
	return &qtv1.Quote{
		Id:      fmt.Sprintf("%032x", i),
		Text:    fmt.Sprintf("statement number %d", i),
		Speaker: &qtv1.Speaker{Id: speaker, Name: speaker},
		Kind:    qtv1.QuoteKind_QUOTE_KIND_DIRECT,
		SaidAt:  timestamppb.New(time.Date(2024, 1, i, 0, 0, 0, 0, time.UTC)),
		Article: &qtv1.ArticleRef{Id: "a"},
	}
}

// TestSnapshotThenStream checks the gateway's index against real NATS and
// FerretDB: quotes stored before start are loaded from MongoDB (also those
// whose event never reached the stream), quotes published afterwards arrive
// through the stream and on WatchQuotes, and a repeated event is not
// delivered twice. An article naming only "Sanders" (loaded at start) and
// one naming "Bernie Sanders" (arriving later) are listed together.
func TestSnapshotThenStream(t *testing.T) {
	srv := embeddedtest.Start(t)
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	ctx := t.Context()
	st, err := store.Connect(srv.MongoURI, "gateway_test")
	if err != nil {
		t.Fatal(err)
	}
	_, js, err := bus.Connect(srv.NATSURL, "test", log)
	if err != nil {
		t.Fatal(err)
	}
	if err := bus.EnsureStreams(ctx, js, bus.DefaultStreamSettings()); err != nil {
		t.Fatal(err)
	}
	publish := func(q *qtv1.Quote, msgID string) {
		t.Helper()
		data, _ := proto.Marshal(q)
		if _, err := js.Publish(ctx, bus.QuotesSubject, data, jetstream.WithMsgID(msgID)); err != nil {
			t.Fatal(err)
		}
	}
	before := []*qtv1.Quote{testQuote(1, "alice"), testQuote(2, "bob"), testQuote(3, "alice")}
	if _, err := st.InsertQuotes(ctx, before); err != nil {
		t.Fatal(err)
	}
	// One article wrote only "Sanders"; the full name arrives later.
	sandersOnly := personQuote(20, "sanders", "Sanders", time.Date(2023, 12, 1, 0, 0, 0, 0, time.UTC))
	if _, err := st.InsertQuotes(ctx, []*qtv1.Quote{sandersOnly}); err != nil {
		t.Fatal(err)
	}
	publish(before[0], before[0].Id)
	publish(before[1], before[1].Id) // before[2]'s event was lost: only MongoDB has it

	cfg := Config{
		Common:       config.Common{NATSURL: srv.NATSURL, MongoURI: srv.MongoURI, MongoDB: "gateway_test", GRPCAddr: "127.0.0.1:0"},
		Streams:      bus.DefaultStreamSettings(),
		PageTokenKey: "test-key",
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	gw, err := New(runCtx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	runErr := make(chan error, 1)
	go func() { runErr <- gw.Run(runCtx) }()

	conn, err := grpc.NewClient(gw.Addr(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	waitServing(t, healthpb.NewHealthClient(conn))
	client := qtv1.NewQuoteServiceClient(conn)

	resp, err := client.ListQuotes(ctx, &qtv1.ListQuotesRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if got := ids(resp.GetQuotes()); fmt.Sprint(got) != fmt.Sprint([]string{before[2].Id, before[1].Id, before[0].Id, sandersOnly.Id}) {
		t.Fatalf("after start, quotes = %v", got)
	}

	watch, err := client.WatchQuotes(ctx, &qtv1.WatchQuotesRequest{Speaker: "alice"})
	if err != nil {
		t.Fatal(err)
	}
	// The subscription is registered when the server handles the call;
	// wait for that before publishing.
	waitFor(t, "the watch subscription", func() bool {
		gw.hub.mu.Lock()
		defer gw.hub.mu.Unlock()
		return len(gw.hub.subs) == 1
	})
	fresh := testQuote(4, "alice")
	publish(testQuote(5, "bob"), "bob-5") // filtered out of alice's stream
	publish(fresh, fresh.Id)
	publish(fresh, fresh.Id+"-redelivered") // past the duplicate window
	ev, err := watch.Recv()
	if err != nil {
		t.Fatal(err)
	}
	if ev.GetQuote().GetId() != fresh.Id || ev.GetPosition() == 0 {
		t.Fatalf("watch got %s at %d, want %s", ev.GetQuote().GetId(), ev.GetPosition(), fresh.Id)
	}
	// Events are applied in stream order: the next quote alice's stream
	// carries after the repeat must be the marker, not the repeat.
	marker := testQuote(6, "alice")
	publish(marker, marker.Id)
	if ev, err = watch.Recv(); err != nil || ev.GetQuote().GetId() != marker.Id {
		t.Fatalf("after the repeated event, watch got %v, %v; want the marker %s", ev.GetQuote().GetId(), err, marker.Id)
	}
	waitFor(t, "the index to hold 7 quotes", func() bool { return gw.index.Len() == 7 })

	// The full name arrives through the stream: the surname-only speaker
	// loaded at start joins its identity.
	bernie := personQuote(21, "bernie-sanders", "Bernie Sanders", time.Date(2023, 12, 2, 0, 0, 0, 0, time.UTC))
	publish(bernie, bernie.Id)
	waitFor(t, "the index to hold 8 quotes", func() bool { return gw.index.Len() == 8 })
	for _, ref := range []string{"Bernie Sanders", "Sanders", "sanders"} {
		resp, err := client.ListQuotes(ctx, &qtv1.ListQuotesRequest{Speaker: ref})
		if err != nil {
			t.Fatalf("ListQuotes(%s): %v", ref, err)
		}
		if got := ids(resp.GetQuotes()); fmt.Sprint(got) != fmt.Sprint([]string{bernie.Id, sandersOnly.Id}) {
			t.Errorf("ListQuotes(%s) = %v, want Bernie Sanders's and Sanders's quotes", ref, got)
		}
		if sp := resp.GetQuotes()[len(resp.GetQuotes())-1].GetSpeaker(); sp.GetName() != "Sanders" {
			t.Errorf("ListQuotes(%s): the surname-only article's quote is served as by %q", ref, sp.GetName())
		}
	}
	sp, err := client.GetSpeaker(ctx, &qtv1.GetSpeakerRequest{Speaker: "Sanders"})
	if err != nil || sp.GetSpeaker().GetSpeaker().GetId() != "bernie-sanders" || sp.GetSpeaker().GetQuoteCount() != 2 {
		t.Errorf("GetSpeaker(Sanders) = %v, %v; want bernie-sanders with 2 quotes", sp, err)
	}

	// A watcher that saw fresh reconnects from its position: it gets what
	// it missed (the marker, not the repeat of fresh), then the live feed.
	resumed, err := client.WatchQuotes(ctx, &qtv1.WatchQuotesRequest{Speaker: "alice", AfterPosition: ev.GetPosition() - 2})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := resumed.Recv(); err != nil || got.GetQuote().GetId() != marker.Id || got.GetPosition() != ev.GetPosition() {
		t.Fatalf("resumed watch first got %v at %d (%v), want the marker at %d", got.GetQuote().GetId(), got.GetPosition(), err, ev.GetPosition())
	}
	live := testQuote(7, "alice")
	publish(live, live.Id)
	if got, err := resumed.Recv(); err != nil || got.GetQuote().GetId() != live.Id {
		t.Fatalf("resumed watch then got %v (%v), want the live quote %s", got.GetQuote().GetId(), err, live.Id)
	}
	beyond, err := client.WatchQuotes(ctx, &qtv1.WatchQuotesRequest{AfterPosition: 1 << 40})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := beyond.Recv(); status.Code(err) != codes.OutOfRange {
		t.Errorf("watch after a position never reached: %v, want OutOfRange", err)
	}
	one, err := client.GetQuote(ctx, &qtv1.GetQuoteRequest{Id: fresh.Id})
	if err != nil || one.GetQuote().GetText() != fresh.Text {
		t.Fatalf("GetQuote(fresh) = %v, %v", one, err)
	}

	cancel()
	if err := <-runErr; err != nil {
		t.Errorf("Run: %v", err)
	}
	if got, err := watch.Recv(); err != nil || got.GetQuote().GetId() != testQuote(7, "alice").Id {
		t.Errorf("first watch's last quote: %v (%v), want the live quote", got.GetQuote().GetId(), err)
	}
	if _, err := watch.Recv(); status.Code(err) != codes.Unavailable {
		t.Errorf("watch after shutdown: %v, want Unavailable", err)
	}
}

// personQuote is quote i by a person, from an article of its own.
func personQuote(i int, id, name string, at time.Time) *qtv1.Quote {
	q := testQuote(i, id)
	q.Speaker = &qtv1.Speaker{Id: id, Name: name, Kind: qtv1.SpeakerKind_SPEAKER_KIND_PERSON}
	q.SaidAt = timestamppb.New(at)
	q.Article = &qtv1.ArticleRef{Id: fmt.Sprintf("article-%d", i), PublishedAt: timestamppb.New(at)}
	return q
}

func ids(qs []*qtv1.Quote) []string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = q.GetId()
	}
	return out
}

func waitServing(t *testing.T, hc healthpb.HealthClient) {
	t.Helper()
	waitFor(t, "gateway SERVING", func() bool {
		r, err := hc.Check(t.Context(), &healthpb.HealthCheckRequest{Service: qtv1.QuoteService_ServiceDesc.ServiceName})
		return err == nil && r.GetStatus() == healthpb.HealthCheckResponse_SERVING
	})
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
