// Package bus names the JetStream streams that carry work and events between
// the services and creates them with settings from config.
package bus

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"github.com/quotetracker/quotetracker/pkg/config"
)

// Streams and subjects. ARTICLES is a work queue of ingested articles;
// QUOTES carries an event for every stored quote, kept long enough for
// gateways to rebuild and for watchers to resume.
const (
	ArticlesStream  = "ARTICLES"
	ArticlesSubject = "articles.ingested"
	QuotesStream    = "QUOTES"
	QuotesSubject   = "quotes.stored"
	// QuoteWorkers is the durable consumer all quote workers share.
	QuoteWorkers = "quote-workers"
	// DEADLETTERS keeps articles the quote service gave up on, with the
	// reason in a header, until an operator replays them.
	DeadLettersStream  = "DEADLETTERS"
	DeadLettersSubject = "articles.dead"
	HeaderReason       = "Quotetracker-Reason"
	HeaderDeliveries   = "Quotetracker-Deliveries"
	HeaderArticleID    = "Quotetracker-Article-Id"
)

// StreamSettings are the JetStream settings operators tune per deployment.
type StreamSettings struct {
	Replicas        int
	FileStorage     bool
	DuplicateWindow time.Duration
	ArticlesMaxAge  time.Duration
	QuotesMaxAge    time.Duration
}

// Register defines the stream flags with env fallbacks.
func (s *StreamSettings) Register(f *config.FlagSet) {
	f.Int(&s.Replicas, "stream-replicas", "STREAM_REPLICAS", 1, "JetStream replicas for ARTICLES and QUOTES (3 in production)")
	f.Bool(&s.FileStorage, "stream-file-storage", "STREAM_FILE_STORAGE", true, "store streams on disk (false: memory)")
	f.Duration(&s.DuplicateWindow, "stream-duplicate-window", "STREAM_DUPLICATE_WINDOW", 24*time.Hour, "window in which JetStream drops a repeated message id")
	f.Duration(&s.ArticlesMaxAge, "articles-max-age", "ARTICLES_MAX_AGE", 7*24*time.Hour, "how long unprocessed articles are kept")
	f.Duration(&s.QuotesMaxAge, "quotes-max-age", "QUOTES_MAX_AGE", 30*24*time.Hour, "how long quote events are kept for resuming watchers")
}

// DefaultStreamSettings are the development defaults.
func DefaultStreamSettings() StreamSettings {
	return StreamSettings{Replicas: 1, FileStorage: true, DuplicateWindow: 24 * time.Hour, ArticlesMaxAge: 7 * 24 * time.Hour, QuotesMaxAge: 30 * 24 * time.Hour}
}

// AuthOptions are the NATS options that authenticate with the configured
// credentials.
func AuthOptions(c *config.Common) []nats.Option {
	var opts []nats.Option
	if c.NATSCredsFile != "" {
		opts = append(opts, nats.UserCredentials(c.NATSCredsFile))
	}
	if c.NATSUser != "" {
		opts = append(opts, nats.UserInfo(c.NATSUser, c.NATSPassword))
	}
	if c.NATSToken != "" {
		opts = append(opts, nats.Token(c.NATSToken))
	}
	return opts
}

// Connect dials NATS with reconnects that never give up: services ride out
// a NATS restart instead of exiting. extra adds options such as
// AuthOptions.
func Connect(url, name string, log *slog.Logger, extra ...nats.Option) (*nats.Conn, jetstream.JetStream, error) {
	opts := append([]nats.Option{
		nats.Name(name),
		nats.MaxReconnects(-1),
		nats.ReconnectWait(500 * time.Millisecond),
		nats.RetryOnFailedConnect(false),
		nats.DisconnectErrHandler(func(_ *nats.Conn, err error) {
			if err != nil {
				log.Warn("nats disconnected", "err", err)
			}
		}),
		nats.ReconnectHandler(func(c *nats.Conn) { log.Info("nats reconnected", "url", c.ConnectedUrl()) }),
	}, extra...)
	nc, err := nats.Connect(url, opts...)
	if err != nil {
		return nil, nil, fmt.Errorf("connect nats %s: %w", url, err)
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, nil, fmt.Errorf("jetstream: %w", err)
	}
	return nc, js, nil
}

// Connected is a readiness check: an error while the connection to NATS is
// down (it reconnects by itself).
func Connected(nc *nats.Conn) func(context.Context) error {
	return func(context.Context) error {
		if st := nc.Status(); st != nats.CONNECTED {
			return fmt.Errorf("nats connection %s", st)
		}
		return nil
	}
}

// EnsureStreams creates ARTICLES and QUOTES or updates their settings.
func EnsureStreams(ctx context.Context, js jetstream.JetStream, s StreamSettings) error {
	storage := jetstream.MemoryStorage
	if s.FileStorage {
		storage = jetstream.FileStorage
	}
	replicas := max(s.Replicas, 1)
	cfgs := []jetstream.StreamConfig{
		{
			Name:        ArticlesStream,
			Description: "Ingested articles awaiting quote extraction",
			Subjects:    []string{ArticlesSubject},
			// A work queue: a message is removed once a worker acks it.
			Retention:  jetstream.WorkQueuePolicy,
			Storage:    storage,
			Replicas:   replicas,
			MaxAge:     s.ArticlesMaxAge,
			Duplicates: s.DuplicateWindow,
		},
		{
			Name:        DeadLettersStream,
			Description: "Articles the quote service gave up on",
			Subjects:    []string{DeadLettersSubject},
			Retention:   jetstream.LimitsPolicy,
			Storage:     storage,
			Replicas:    replicas,
			Duplicates:  s.DuplicateWindow,
		},
		{
			Name:        QuotesStream,
			Description: "An event for every stored quote",
			Subjects:    []string{QuotesSubject},
			Retention:   jetstream.LimitsPolicy,
			Storage:     storage,
			Replicas:    replicas,
			MaxAge:      s.QuotesMaxAge,
			Duplicates:  s.DuplicateWindow,
		},
	}
	for _, cfg := range cfgs {
		if _, err := js.CreateOrUpdateStream(ctx, cfg); err != nil {
			return fmt.Errorf("create stream %s: %w", cfg.Name, err)
		}
	}
	return nil
}
