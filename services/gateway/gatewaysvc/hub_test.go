package gatewaysvc

import (
	"context"
	"fmt"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

func hubQuote(i int, speakerID string) *qtv1.Quote {
	return ixQuote(fmt.Sprintf("%032x", i), speakerID, speakerID, ixAt(i))
}

// quotedBy selects the quotes whose speaker has id.
func quotedBy(id string) func(*qtv1.Quote) bool {
	return func(q *qtv1.Quote) bool { return q.GetSpeaker().GetId() == id }
}

// recvEvent returns the next buffered event of s, failing if there is none.
func recvEvent(t *testing.T, s *subscription) event {
	t.Helper()
	select {
	case ev := <-s.events:
		return ev
	default:
		t.Fatal("no event buffered")
		return event{}
	}
}

func assertNoEvent(t *testing.T, s *subscription) {
	t.Helper()
	select {
	case ev := <-s.events:
		t.Fatalf("unexpected event %s", ev.quote.GetId())
	default:
	}
}

func isClosed(ch chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// runWithin runs fn and fails if it does not return within d (publish
// must never block).
func runWithin(t *testing.T, d time.Duration, what string, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); fn() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("%s blocked", what)
	}
}

func TestHubSpeakerFilter(t *testing.T) {
	h := newHub()
	ned := h.subscribe(quotedBy("ned-price"))
	olga := h.subscribe(quotedBy("olga-ivanova"))
	all := h.subscribe(nil)
	h.publish(hubQuote(1, "ned-price"), 11)
	h.publish(hubQuote(2, "olga-ivanova"), 12)
	h.publish(hubQuote(3, "ned-price"), 13)

	for _, want := range []struct {
		id  int
		pos uint64
	}{{1, 11}, {3, 13}} {
		ev := recvEvent(t, ned)
		if ev.quote.GetId() != fmt.Sprintf("%032x", want.id) || ev.position != want.pos {
			t.Errorf("ned got %s@%d, want quote %d@%d", ev.quote.GetId(), ev.position, want.id, want.pos)
		}
	}
	assertNoEvent(t, ned)
	if ev := recvEvent(t, olga); ev.quote.GetSpeaker().GetId() != "olga-ivanova" || ev.position != 12 {
		t.Errorf("olga got %v@%d", ev.quote.GetSpeaker().GetId(), ev.position)
	}
	assertNoEvent(t, olga)
	for i := 1; i <= 3; i++ {
		if ev := recvEvent(t, all); ev.position != uint64(10+i) {
			t.Errorf("all-speakers subscriber got position %d, want %d", ev.position, 10+i)
		}
	}
	assertNoEvent(t, all)

	// After unsubscribing nothing more arrives.
	h.unsubscribe(ned)
	h.publish(hubQuote(4, "ned-price"), 14)
	assertNoEvent(t, ned)
	if isClosed(ned.lagged) || isClosed(ned.done) {
		t.Error("unsubscribe closed the subscription's channels")
	}
}

func TestHubLaggingSubscriberIsCutOff(t *testing.T) {
	h := newHub()
	slow := h.subscribe(quotedBy("s"))
	reader := h.subscribe(quotedBy("s"))
	other := h.subscribe(quotedBy("other"))
	runWithin(t, 10*time.Second, "publish", func() {
		for i := range subscriptionBuffer {
			h.publish(hubQuote(i, "s"), uint64(i+1))
			<-reader.events // keeps up
		}
	})
	if isClosed(slow.lagged) {
		t.Fatal("cut off with a full but not overflowing buffer")
	}
	runWithin(t, 10*time.Second, "publish to a full subscriber", func() {
		h.publish(hubQuote(subscriptionBuffer, "s"), subscriptionBuffer+1)
		<-reader.events
		// Further publishes go on without it.
		for i := range 10 {
			h.publish(hubQuote(subscriptionBuffer+1+i, "s"), uint64(subscriptionBuffer+2+i))
			<-reader.events
		}
	})
	if !isClosed(slow.lagged) {
		t.Fatal("a subscriber that never reads was not cut off")
	}
	if isClosed(reader.lagged) || isClosed(other.lagged) {
		t.Fatal("subscribers that keep up were cut off")
	}
	if len(slow.events) != subscriptionBuffer {
		t.Errorf("lagged subscriber holds %d events, want the first %d", len(slow.events), subscriptionBuffer)
	}
	// Unsubscribing a lagged subscription and closing the hub are safe.
	h.unsubscribe(slow)
	h.close()
	if isClosed(slow.done) {
		t.Error("close reached a subscription that was already cut off")
	}
}

func TestHubClose(t *testing.T) {
	h := newHub()
	a, b := h.subscribe(quotedBy("a")), h.subscribe(nil)
	h.close()
	if !isClosed(a.done) || !isClosed(b.done) {
		t.Fatal("close did not end the subscriptions")
	}
	if isClosed(a.lagged) {
		t.Error("close marked a subscription lagged")
	}
	// Subscribing after close ends at once; publishing is a no-op.
	c := h.subscribe(quotedBy("a"))
	if !isClosed(c.done) {
		t.Error("subscription after close is not done")
	}
	runWithin(t, 5*time.Second, "publish after close", func() { h.publish(hubQuote(1, "a"), 1) })
	assertNoEvent(t, c)
	h.unsubscribe(a)
	h.unsubscribe(c)
}

// fakeWatch is a WatchQuotes stream without a network.
type fakeWatch struct {
	grpc.ServerStream
	ctx  context.Context
	sent chan *qtv1.WatchQuotesResponse
}

func (f *fakeWatch) Context() context.Context     { return f.ctx }
func (f *fakeWatch) SendHeader(metadata.MD) error { return nil }
func (f *fakeWatch) Send(r *qtv1.WatchQuotesResponse) error {
	select {
	case f.sent <- r:
		return nil
	case <-f.ctx.Done():
		return f.ctx.Err()
	}
}

// startWatch runs WatchQuotes and waits until it has subscribed.
func startWatch(t *testing.T, s *quoteServer, req *qtv1.WatchQuotesRequest, sendBuf int) (*fakeWatch, context.CancelFunc, chan error) {
	t.Helper()
	ctx, cancel := context.WithCancel(t.Context())
	t.Cleanup(cancel)
	st := &fakeWatch{ctx: ctx, sent: make(chan *qtv1.WatchQuotesResponse, sendBuf)}
	s.hub.mu.Lock()
	before := len(s.hub.subs)
	s.hub.mu.Unlock()
	errc := make(chan error, 1)
	go func() { errc <- s.WatchQuotes(req, st) }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		s.hub.mu.Lock()
		n := len(s.hub.subs)
		s.hub.mu.Unlock()
		if n > before {
			return st, cancel, errc
		}
		if time.Now().After(deadline) {
			t.Fatal("WatchQuotes did not subscribe")
		}
		time.Sleep(time.Millisecond)
	}
}

func waitErr(t *testing.T, errc chan error) error {
	t.Helper()
	select {
	case err := <-errc:
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("WatchQuotes did not return")
		return nil
	}
}

func TestWatchQuotes(t *testing.T) {
	s := hsServer(t, ixQuote("q0", "ned-price", "Ned Price", ixAt(0)))

	// By name: only that speaker's quotes, in order.
	st, cancel, errc := startWatch(t, s, &qtv1.WatchQuotesRequest{Speaker: "Edward Price"}, 10)
	s.hub.publish(hubQuote(1, "olga-ivanova"), 1)
	s.hub.publish(hubQuote(2, "ned-price"), 2)
	s.hub.publish(hubQuote(3, "ned-price"), 3)
	for _, want := range []uint64{2, 3} {
		select {
		case r := <-st.sent:
			if r.GetPosition() != want || r.GetQuote().GetSpeaker().GetId() != "ned-price" {
				t.Errorf("got %s@%d, want ned-price@%d", r.GetQuote().GetSpeaker().GetId(), r.GetPosition(), want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("event %d not sent", want)
		}
	}
	cancel()
	if err := waitErr(t, errc); err != nil {
		t.Errorf("after the client left: %v, want nil", err)
	}
	if len(st.sent) != 0 {
		t.Errorf("other speakers' quotes were sent")
	}

	// A speaker not quoted yet is watched by the id the name will get.
	st, _, errc = startWatch(t, s, &qtv1.WatchQuotesRequest{Speaker: "Anna Newcomer"}, 10)
	s.hub.publish(hubQuote(4, "anna-newcomer"), 4)
	select {
	case r := <-st.sent:
		if r.GetQuote().GetSpeaker().GetId() != "anna-newcomer" {
			t.Errorf("got %v", r.GetQuote().GetSpeaker().GetId())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("a new speaker's first quote was not sent")
	}

	// Shutdown ends the stream with Unavailable.
	s.hub.close()
	if err := waitErr(t, errc); status.Code(err) != codes.Unavailable {
		t.Errorf("after hub close: %v, want Unavailable", err)
	}
}

// A watcher whose client does not keep up is cut off with
// ResourceExhausted.
func TestWatchQuotesLagged(t *testing.T) {
	s := hsServer(t)
	st, _, errc := startWatch(t, s, &qtv1.WatchQuotesRequest{}, 0)
	// Let the handler block in its first Send, then overflow its buffer.
	s.hub.publish(hubQuote(0, "s"), 1)
	runWithin(t, 10*time.Second, "publish to a stuck watcher", func() {
		for i := 1; i <= subscriptionBuffer+1; i++ {
			s.hub.publish(hubQuote(i, "s"), uint64(i+1))
		}
	})
	// Now drain: the handler sends what it can and then reports the lag.
	deadline := time.After(10 * time.Second)
	for {
		select {
		case <-st.sent:
		case err := <-errc:
			if status.Code(err) != codes.ResourceExhausted {
				t.Fatalf("lagged watcher ended with %v, want ResourceExhausted", err)
			}
			return
		case <-deadline:
			t.Fatal("lagged watcher did not end")
		}
	}
}
