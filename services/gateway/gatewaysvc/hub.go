package gatewaysvc

import (
	"sync"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// hub fans new quotes out to WatchQuotes streams. A subscriber that falls
// more than its buffer behind is cut off (told it lost events) rather than
// slowing everyone else down or silently missing quotes.
type hub struct {
	mu     sync.Mutex
	subs   map[*subscription]struct{}
	closed bool
}

type event struct {
	quote    *qtv1.Quote
	position uint64
}

type subscription struct {
	// wants selects the quotes sent; nil takes every quote.
	wants  func(*qtv1.Quote) bool
	events chan event
	// lagged is closed when the subscriber fell behind; done when the hub
	// shut down.
	lagged chan struct{}
	done   chan struct{}
}

const subscriptionBuffer = 1024

func newHub() *hub { return &hub{subs: map[*subscription]struct{}{}} }

// subscribe opens a subscription to the quotes wants selects (every quote
// when nil). wants is called with h.mu held, so it must not use the hub.
func (h *hub) subscribe(wants func(*qtv1.Quote) bool) *subscription {
	s := &subscription{wants: wants, events: make(chan event, subscriptionBuffer), lagged: make(chan struct{}), done: make(chan struct{})}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		close(s.done)
		return s
	}
	h.subs[s] = struct{}{}
	return s
}

func (h *hub) unsubscribe(s *subscription) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.subs, s)
}

func (h *hub) publish(q *qtv1.Quote, position uint64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for s := range h.subs {
		if s.wants != nil && !s.wants(q) {
			continue
		}
		select {
		case s.events <- event{quote: q, position: position}:
		default:
			close(s.lagged)
			delete(h.subs, s)
		}
	}
}

// close ends every subscription; used at shutdown so open streams finish.
func (h *hub) close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.closed = true
	for s := range h.subs {
		close(s.done)
		delete(h.subs, s)
	}
}
