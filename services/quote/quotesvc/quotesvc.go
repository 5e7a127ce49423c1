// Package quotesvc is the quote service: it consumes articles from the
// ARTICLES work queue, extracts attributed statements, stores them in
// MongoDB and publishes each to the QUOTES stream. An article is acked only
// after its quotes are stored and published, and every write is idempotent,
// so redelivery never loses or doubles a quote.
package quotesvc

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"

	"github.com/quotetracker/quotetracker/pkg/aliasfile"
	"github.com/quotetracker/quotetracker/pkg/bus"
	"github.com/quotetracker/quotetracker/pkg/extract"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
	"github.com/quotetracker/quotetracker/pkg/grpcserver"
	"github.com/quotetracker/quotetracker/pkg/store"
)

// Service is a running quote worker.
type Service struct {
	cfg       Config
	log       *slog.Logger
	srv       *grpcserver.Server
	nc        *nats.Conn
	js        jetstream.JetStream
	store     *store.Store
	extractor *extract.Extractor
	consumer  jetstream.Consumer
	now       func() time.Time
}

// New connects to NATS and MongoDB, makes sure the streams and the durable
// consumer exist, and opens the health listener.
func New(ctx context.Context, cfg Config, log *slog.Logger) (*Service, error) {
	aliases, err := aliasfile.Load(cfg.AliasFile)
	if err != nil {
		return nil, err
	}
	st, err := store.Connect(cfg.MongoURI, cfg.MongoDB)
	if err != nil {
		return nil, err
	}
	nc, js, err := bus.Connect(cfg.NATSURL, "quote", log, bus.AuthOptions(&cfg.Common)...)
	if err != nil {
		st.Close(context.Background())
		return nil, err
	}
	s := &Service{cfg: cfg, log: log, nc: nc, js: js, store: st, extractor: extract.New(aliases), now: time.Now}
	if err := s.setup(ctx); err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

func (s *Service) setup(ctx context.Context) error {
	if err := bus.EnsureStreams(ctx, s.js, s.cfg.Streams); err != nil {
		return err
	}
	cons, err := s.js.CreateOrUpdateConsumer(ctx, bus.ArticlesStream, jetstream.ConsumerConfig{
		Durable:       bus.QuoteWorkers,
		Description:   "Quote extraction workers",
		AckPolicy:     jetstream.AckExplicitPolicy,
		AckWait:       s.cfg.AckWait,
		MaxDeliver:    s.cfg.MaxDeliver,
		FilterSubject: bus.ArticlesSubject,
	})
	if err != nil {
		return fmt.Errorf("create consumer %s: %w", bus.QuoteWorkers, err)
	}
	s.consumer = cons
	if err := s.store.EnsureIndexes(ctx); err != nil {
		// Indexes help operators, not the service; a server that cannot
		// build them (or is still starting) must not stop the pipeline.
		s.log.Warn("could not ensure indexes", "err", err)
	}
	srv, err := grpcserver.New(grpcserver.Options{Addr: s.cfg.GRPCAddr, HTTPAddr: s.cfg.HTTPAddr, Logger: s.log, Security: s.cfg.Security})
	if err != nil {
		return err
	}
	s.srv = srv
	return nil
}

// Addr is the health endpoint's address.
func (s *Service) Addr() string { return s.srv.Addr() }

// Run consumes articles until ctx is done, then drains: the message in hand
// is finished, the rest stay in the stream for another worker.
func (s *Service) Run(ctx context.Context) error {
	defer s.close()
	serveErr := make(chan error, 1)
	go func() { serveErr <- s.srv.Serve(ctx) }()

	cc, err := s.consumer.Consume(func(msg jetstream.Msg) { s.handle(ctx, msg) },
		jetstream.PullMaxMessages(16),
		jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
			s.log.Warn("consume", "err", err)
		}))
	if err != nil {
		return fmt.Errorf("consume %s: %w", bus.ArticlesStream, err)
	}
	s.srv.SetServing(true)
	s.log.Info("consuming articles", "stream", bus.ArticlesStream, "consumer", bus.QuoteWorkers, "health", s.srv.Addr())
	<-ctx.Done()
	cc.Drain()
	select {
	case <-cc.Closed():
	case <-time.After(s.cfg.WriteTimeout):
		s.log.Warn("drain timed out")
	}
	return <-serveErr
}

func (s *Service) close() {
	if s.nc != nil {
		_ = s.nc.Drain()
	}
	if s.store != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = s.store.Close(ctx)
	}
}

// handle processes one article message. Failures that may pass (MongoDB or
// NATS unavailable) are nak'ed with a growing delay; a message that can
// never be processed is terminated.
func (s *Service) handle(ctx context.Context, msg jetstream.Msg) {
	meta, _ := msg.Metadata()
	var art qtv1.Article
	if err := proto.Unmarshal(msg.Data(), &art); err != nil || art.GetId() == "" {
		s.log.Error("dropping undecodable article message", "err", err, "subject", msg.Subject())
		_ = msg.Term()
		return
	}
	// Work is bounded but not tied to ctx: on shutdown the article in hand
	// is finished so it need not be redone.
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.WriteTimeout)
	defer cancel()
	n, stored, err := s.process(wctx, &art)
	if err != nil {
		delay := backoff(meta)
		s.log.Warn("article not processed; will retry", "article", art.GetId(), "err", err, "retry_in", delay)
		_ = msg.NakWithDelay(delay)
		return
	}
	if err := msg.DoubleAck(wctx); err != nil {
		// The article will be redelivered; idempotent writes make that safe.
		s.log.Warn("ack article", "article", art.GetId(), "err", err)
		return
	}
	s.log.Info("article processed", "article", art.GetId(), "quotes", n, "new", stored)
}

// process extracts, stores and publishes the quotes of one article.
func (s *Service) process(ctx context.Context, art *qtv1.Article) (found, stored int, err error) {
	quotes := BuildQuotes(art, s.extractor.Extract(art.GetText()), s.now())
	stored, err = s.store.InsertQuotes(ctx, quotes)
	if err != nil {
		return 0, 0, err
	}
	// Every quote is published on every delivery: if an earlier delivery
	// stored but did not publish, this one does. The message id makes
	// JetStream drop the repeats, and the gateway's index ignores any that
	// reach it after the duplicate window.
	futures := make([]jetstream.PubAckFuture, 0, len(quotes))
	for _, q := range quotes {
		data, err := proto.Marshal(q)
		if err != nil {
			return 0, 0, fmt.Errorf("encode quote %s: %w", q.GetId(), err)
		}
		f, err := s.js.PublishAsync(bus.QuotesSubject, data, jetstream.WithMsgID(q.GetId()))
		if err != nil {
			return 0, 0, fmt.Errorf("publish quote %s: %w", q.GetId(), err)
		}
		futures = append(futures, f)
	}
	for _, f := range futures {
		select {
		case <-f.Ok():
		case err := <-f.Err():
			return 0, 0, fmt.Errorf("publish quote: %w", err)
		case <-ctx.Done():
			return 0, 0, fmt.Errorf("publish quotes: %w", ctx.Err())
		}
	}
	return len(quotes), stored, nil
}

// backoff grows with the delivery count: 1s, 2s, 4s … capped at a minute.
func backoff(meta *jetstream.MsgMetadata) time.Duration {
	n := uint64(1)
	if meta != nil {
		n = meta.NumDelivered
	}
	d := time.Second << min(n-1, 6)
	return min(d, time.Minute)
}
