// Package serverenv opens the dependencies every service shares — MongoDB
// and NATS JetStream with its streams — from the shared settings, and
// closes them together.
package serverenv

import (
	"context"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/quotetracker/quotetracker/pkg/bus"
	"github.com/quotetracker/quotetracker/pkg/config"
	"github.com/quotetracker/quotetracker/pkg/store"
)

// Env is a service's connections.
type Env struct {
	Store *store.Store
	NC    *nats.Conn
	JS    jetstream.JetStream
}

// Open connects to MongoDB and NATS (as the client named name) and makes
// sure the streams exist with the configured settings.
func Open(ctx context.Context, c *config.Common, streams bus.StreamSettings, name string, log *slog.Logger) (*Env, error) {
	st, err := store.Connect(c.MongoURI, c.MongoDB)
	if err != nil {
		return nil, err
	}
	nc, js, err := bus.Connect(c.NATSURL, name, log, bus.AuthOptions(c)...)
	if err != nil {
		closeStore(st)
		return nil, err
	}
	env := &Env{Store: st, NC: nc, JS: js}
	if err := bus.EnsureStreams(ctx, js, streams); err != nil {
		env.Close()
		return nil, err
	}
	return env, nil
}

// Close drains the NATS connection (pending publishes and acks are
// flushed) and disconnects from MongoDB.
func (e *Env) Close() {
	_ = e.NC.Drain()
	closeStore(e.Store)
}

func closeStore(st *store.Store) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = st.Close(ctx)
}
