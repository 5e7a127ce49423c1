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

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/protobuf/proto"

	"github.com/quotetracker/quotetracker/pkg/aliasfile"
	"github.com/quotetracker/quotetracker/pkg/bus"
	"github.com/quotetracker/quotetracker/pkg/extract"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
	"github.com/quotetracker/quotetracker/pkg/grpcserver"
	"github.com/quotetracker/quotetracker/pkg/serverenv"
)

// readinessInterval is how often dependencies are checked for readiness.
const readinessInterval = 2 * time.Second

// Service is a running quote worker.
type Service struct {
	cfg       Config
	log       *slog.Logger
	srv       *grpcserver.Server
	env       *serverenv.Env
	extractor *extract.Extractor
	// extractFn is extractor.Extract; tests replace it.
	extractFn func(text string) []extract.Quote
	consumer  jetstream.Consumer
	now       func() time.Time

	articlesDone prometheus.Counter
	deadLettered prometheus.Counter
}

// New connects to NATS and MongoDB, makes sure the streams and the durable
// consumer exist, and opens the health listener.
func New(ctx context.Context, cfg Config, log *slog.Logger) (*Service, error) {
	aliases, err := aliasfile.Load(cfg.AliasFile)
	if err != nil {
		return nil, err
	}
	env, err := serverenv.Open(ctx, &cfg.Common, cfg.Streams, "quote", log)
	if err != nil {
		return nil, err
	}
	ex := extract.New(aliases)
	s := &Service{cfg: cfg, log: log, env: env, extractor: ex, extractFn: ex.Extract, now: time.Now}
	if err := s.setup(ctx); err != nil {
		s.close()
		return nil, err
	}
	return s, nil
}

func (s *Service) setup(ctx context.Context) error {
	cons, err := s.env.JS.CreateOrUpdateConsumer(ctx, bus.ArticlesStream, jetstream.ConsumerConfig{
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
	if err := s.env.Store.EnsureIndexes(ctx); err != nil {
		// Indexes help operators, not the service; a server that cannot
		// build them (or is still starting) must not stop the pipeline.
		s.log.Warn("could not ensure indexes", "err", err)
	}
	srv, err := grpcserver.New(grpcserver.Options{Addr: s.cfg.GRPCAddr, HTTPAddr: s.cfg.HTTPAddr, Logger: s.log, Security: s.cfg.Security})
	if err != nil {
		return err
	}
	s.srv = srv
	s.articlesDone = prometheus.NewCounter(prometheus.CounterOpts{Name: "quotetracker_quote_articles_processed_total", Help: "Articles whose quotes were stored and published."})
	s.deadLettered = prometheus.NewCounter(prometheus.CounterOpts{Name: "quotetracker_quote_articles_dead_lettered_total", Help: "Articles moved to the dead letters."})
	srv.Metrics.MustRegister(s.articlesDone, s.deadLettered)
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
	go s.srv.KeepReady(ctx, readinessInterval, map[string]grpcserver.Check{
		"nats": bus.Connected(s.env.NC), "mongodb": s.env.Store.Ping,
	})
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

func (s *Service) close() { s.env.Close() }

// handle processes one article message. Failures that may pass (MongoDB or
// NATS unavailable) are nak'ed with a growing delay and retried until they
// pass; an article the extractor fails on is retried PoisonAttempts times,
// then moved to the dead letters with the reason.
func (s *Service) handle(ctx context.Context, msg jetstream.Msg) {
	meta, err := msg.Metadata()
	if err != nil {
		s.log.Error("article message without metadata", "err", err)
		_ = msg.Nak()
		return
	}
	// Work is bounded but not tied to ctx: on shutdown the article in hand
	// is finished so it need not be redone.
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), s.cfg.WriteTimeout)
	defer cancel()
	var art qtv1.Article
	if err := proto.Unmarshal(msg.Data(), &art); err != nil || art.GetId() == "" {
		s.poison(wctx, msg, meta, &art, fmt.Sprintf("undecodable article message: %v", err), true)
		return
	}
	found, err := s.extract(&art)
	if err != nil {
		s.poison(wctx, msg, meta, &art, err.Error(), false)
		return
	}
	quotes := BuildQuotes(&art, found, s.now())
	stored, err := s.storeAndPublish(wctx, quotes)
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
	s.articlesDone.Inc()
	s.log.Info("article processed", "article", art.GetId(), "quotes", len(quotes), "new", stored)
}

// extract runs the extractor with a time bound. The extractor cannot be
// interrupted, so a run past the bound is abandoned (it finishes in the
// background); PoisonAttempts bounds how often that can happen per article.
// A result that arrives after the bound counts as timed out too: when the
// result and the timer are both ready, select picks either at random, and
// the bound must not depend on that draw.
func (s *Service) extract(art *qtv1.Article) ([]extract.Quote, error) {
	start := s.now()
	done := make(chan []extract.Quote, 1)
	go func() { done <- s.extractFn(art.GetText()) }()
	timer := time.NewTimer(s.cfg.ExtractTimeout)
	defer timer.Stop()
	timedOut := fmt.Errorf("extraction timed out after %s", s.cfg.ExtractTimeout)
	select {
	case found := <-done:
		if s.now().Sub(start) > s.cfg.ExtractTimeout {
			return nil, timedOut
		}
		return found, nil
	case <-timer.C:
		return nil, timedOut
	}
}

// poison handles an article that cannot be processed: retried while it has
// attempts left (unless retrying cannot help), then dead-lettered.
func (s *Service) poison(ctx context.Context, msg jetstream.Msg, meta *jetstream.MsgMetadata, art *qtv1.Article, reason string, hopeless bool) {
	attempts := int(meta.NumDelivered)
	if !hopeless && attempts < s.cfg.PoisonAttempts {
		s.log.Warn("extraction failed; will retry", "article", art.GetId(), "reason", reason, "attempt", attempts)
		_ = msg.NakWithDelay(backoff(meta))
		return
	}
	if err := bus.SendToDeadLetters(ctx, s.env.JS, art.GetId(), msg.Data(), reason, attempts, meta.Sequence.Stream); err != nil {
		s.log.Warn("dead-lettering failed; will retry", "article", art.GetId(), "err", err)
		_ = msg.NakWithDelay(backoff(meta))
		return
	}
	if err := msg.Term(); err != nil {
		s.log.Warn("terminate dead-lettered article", "article", art.GetId(), "err", err)
	}
	s.deadLettered.Inc()
	s.log.Error("article moved to dead letters", "article", art.GetId(), "reason", reason, "deliveries", attempts)
}

// storeAndPublish stores the quotes of one article and publishes them.
func (s *Service) storeAndPublish(ctx context.Context, quotes []*qtv1.Quote) (stored int, err error) {
	stored, err = s.env.Store.InsertQuotes(ctx, quotes)
	if err != nil {
		return 0, err
	}
	// Every quote is published on every delivery: if an earlier delivery
	// stored but did not publish, this one does. The message id makes
	// JetStream drop the repeats, and the gateway's index ignores any that
	// reach it after the duplicate window.
	futures := make([]jetstream.PubAckFuture, 0, len(quotes))
	for _, q := range quotes {
		data, err := proto.Marshal(q)
		if err != nil {
			return 0, fmt.Errorf("encode quote %s: %w", q.GetId(), err)
		}
		f, err := s.env.JS.PublishAsync(bus.QuotesSubject, data, jetstream.WithMsgID(q.GetId()))
		if err != nil {
			return 0, fmt.Errorf("publish quote %s: %w", q.GetId(), err)
		}
		futures = append(futures, f)
	}
	for _, f := range futures {
		select {
		case <-f.Ok():
		case err := <-f.Err():
			return 0, fmt.Errorf("publish quote: %w", err)
		case <-ctx.Done():
			return 0, fmt.Errorf("publish quotes: %w", ctx.Err())
		}
	}
	return stored, nil
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
