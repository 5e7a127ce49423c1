// Package gatewaysvc is the gateway: the gRPC API that serves quotes and
// speakers, and the live stream of new quotes. It answers every read from
// its in-memory Index, built by one full read of MongoDB at start-up and
// kept current from the QUOTES stream, starting at the stream position the
// snapshot covers; it never queries MongoDB on the request path.
package gatewaysvc

import (
	"context"
	"crypto/rand"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"github.com/prometheus/client_golang/prometheus"
	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"

	"github.com/quotetracker/quotetracker/pkg/aliasfile"
	"github.com/quotetracker/quotetracker/pkg/bus"
	"github.com/quotetracker/quotetracker/pkg/config"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
	"github.com/quotetracker/quotetracker/pkg/grpcserver"
	"github.com/quotetracker/quotetracker/pkg/httpapi"
	"github.com/quotetracker/quotetracker/pkg/ratelimit"
	"github.com/quotetracker/quotetracker/pkg/serverenv"
	"github.com/quotetracker/quotetracker/services/gateway/web"
)

// Config configures the gateway.
type Config struct {
	config.Common
	Streams   bus.StreamSettings
	AliasFile string
	// PageTokenKey signs page tokens. Gateways behind one load balancer
	// must share it; when empty a random key is made at start.
	PageTokenKey string
	// RateLimit is each client's allowance of calls a second (0: no
	// limit), with bursts of RateBurst.
	RateLimit int
	RateBurst int
}

// Register defines the flags.
func (c *Config) Register(f *config.FlagSet) {
	c.Common.Register(f, "127.0.0.1:9090")
	c.Streams.Register(f)
	f.String(&c.AliasFile, "alias-file", "ALIAS_FILE", "", "extra speaker alias file merged into the built-in table")
	f.String(&c.PageTokenKey, "page-token-key", "PAGE_TOKEN_KEY", "", "secret that signs page tokens; share it between gateways (empty: random per process)")
	f.Int(&c.RateLimit, "rate-limit", "RATE_LIMIT", 50, "calls a second allowed to each client (by token, else IP); 0: no limit")
	f.Int(&c.RateBurst, "rate-burst", "RATE_BURST", 100, "burst of calls allowed to each client above the rate")
}

// Shared returns the settings common to all services.
func (c *Config) Shared() *config.Common { return &c.Common }

// Service is a running gateway.
type Service struct {
	cfg     Config
	log     *slog.Logger
	srv     *grpcserver.Server
	env     *serverenv.Env
	index   Index
	hub     *hub
	history *streamHistory
	server  *quoteServer
}

// New connects to NATS and MongoDB and opens the gRPC listener; the index
// is loaded in Run.
func New(ctx context.Context, cfg Config, log *slog.Logger) (*Service, error) {
	aliases, err := aliasfile.Load(cfg.AliasFile)
	if err != nil {
		return nil, err
	}
	key := []byte(cfg.PageTokenKey)
	if len(key) == 0 {
		key = make([]byte, 32)
		_, _ = rand.Read(key)
		log.Warn("no page token key configured; page tokens are valid only on this gateway until it restarts")
	}
	env, err := serverenv.Open(ctx, &cfg.Common, cfg.Streams, "gateway", log)
	if err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, log: log, env: env, index: NewIndex(aliases), hub: newHub(), history: newStreamHistory(env.JS)}
	var limiter *ratelimit.Limiter
	if cfg.RateLimit > 0 {
		limiter = ratelimit.New(float64(cfg.RateLimit), cfg.RateBurst)
	}
	srv, err := grpcserver.New(grpcserver.Options{
		Addr: cfg.GRPCAddr, HTTPAddr: cfg.HTTPAddr, Logger: log, Security: cfg.Security, RateLimit: limiter,
		HTTPRoutes: func(mux *http.ServeMux, grpcAddr string, dial []grpc.DialOption) error {
			mux.Handle("/", web.Handler())
			return httpapi.Mount(ctx, mux, grpcAddr, dial, qtv1.RegisterQuoteServiceHandlerFromEndpoint)
		},
	})
	if err != nil {
		s.close()
		return nil, err
	}
	s.srv = srv
	s.server = &quoteServer{index: s.index, hub: s.hub, tokens: tokenSigner{key: key}, history: s.history}
	qtv1.RegisterQuoteServiceServer(srv.GRPC, s.server)
	srv.Metrics.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "quotetracker_gateway_indexed_quotes",
		Help: "Quotes held in the gateway's in-memory index.",
	}, func() float64 { return float64(s.index.Len()) }))
	return s, nil
}

// Addr is the gRPC listener's address.
func (s *Service) Addr() string { return s.srv.Addr() }

// HTTPAddr is the HTTP listener's address (dashboard, HTTP/JSON API,
// metrics); "" when off.
func (s *Service) HTTPAddr() string { return s.srv.HTTPAddr() }

// Run loads the index, follows the QUOTES stream and serves until ctx is
// done. Health reports SERVING only once the snapshot is loaded.
func (s *Service) Run(ctx context.Context) error {
	defer s.close()
	serveErr := make(chan error, 1)
	go func() { serveErr <- s.srv.Serve(ctx) }()
	s.srv.SetServing(false, qtv1.QuoteService_ServiceDesc.ServiceName)

	last, err := s.loadWithRetry(ctx)
	if err != nil {
		<-serveErr
		return err
	}
	cc, err := s.follow(ctx, last)
	if err != nil {
		<-serveErr
		return err
	}
	defer cc.Stop()
	s.srv.SetServing(true, qtv1.QuoteService_ServiceDesc.ServiceName)
	s.log.Info("serving", "grpc", s.srv.Addr(), "quotes", s.index.Len(), "stream_position", last)
	<-ctx.Done()
	s.hub.close()
	return <-serveErr
}

// loadWithRetry reads the snapshot, retrying while MongoDB or NATS are not
// reachable yet (as when everything starts at once in Kubernetes).
func (s *Service) loadWithRetry(ctx context.Context) (uint64, error) {
	delay := 500 * time.Millisecond
	for {
		last, err := s.load(ctx)
		if err == nil {
			return last, nil
		}
		s.log.Warn("loading index failed; retrying", "err", err, "retry_in", delay)
		select {
		case <-ctx.Done():
			return 0, fmt.Errorf("load index: %w", ctx.Err())
		case <-time.After(delay):
		}
		delay = min(delay*2, 10*time.Second)
	}
}

// load records the QUOTES stream's last position, then reads every stored
// quote. A quote stored after that position was taken is published after
// it, so following the stream from there misses nothing; quotes seen twice
// are ignored by the index.
func (s *Service) load(ctx context.Context) (uint64, error) {
	stream, err := s.env.JS.Stream(ctx, bus.QuotesStream)
	if err != nil {
		return 0, fmt.Errorf("quotes stream: %w", err)
	}
	info, err := stream.Info(ctx)
	if err != nil {
		return 0, fmt.Errorf("quotes stream info: %w", err)
	}
	start := time.Now()
	n := 0
	err = s.env.Store.EachQuote(ctx, func(q *qtv1.Quote) error {
		s.index.Add(q)
		n++
		return nil
	})
	if err != nil {
		return 0, err
	}
	s.log.Info("index loaded from mongodb", "quotes", n, "took", time.Since(start).Round(time.Millisecond))
	return info.State.LastSeq, nil
}

// follow applies every QUOTES event after position last to the index and
// hands new quotes to watchers. An ordered consumer recreates itself after
// a NATS restart, resuming where it stopped.
func (s *Service) follow(ctx context.Context, last uint64) (jetstream.ConsumeContext, error) {
	cfg := jetstream.OrderedConsumerConfig{FilterSubjects: []string{bus.QuotesSubject}, DeliverPolicy: jetstream.DeliverAllPolicy}
	if last > 0 {
		cfg.DeliverPolicy = jetstream.DeliverByStartSequencePolicy
		cfg.OptStartSeq = last + 1
	}
	cons, err := s.env.JS.OrderedConsumer(ctx, bus.QuotesStream, cfg)
	if err != nil {
		return nil, fmt.Errorf("follow quotes stream: %w", err)
	}
	cc, err := cons.Consume(func(msg jetstream.Msg) {
		var q qtv1.Quote
		if err := proto.Unmarshal(msg.Data(), &q); err != nil || q.GetId() == "" {
			s.log.Error("skipping undecodable quote event", "err", err)
			return
		}
		var pos uint64
		if meta, err := msg.Metadata(); err == nil {
			pos = meta.Sequence.Stream
		}
		if s.index.Add(&q) {
			s.hub.publish(&q, pos)
		} else {
			s.history.markRepeat(pos)
		}
	}, jetstream.ConsumeErrHandler(func(_ jetstream.ConsumeContext, err error) {
		s.log.Warn("follow quotes stream", "err", err)
	}))
	if err != nil {
		return nil, fmt.Errorf("consume quotes stream: %w", err)
	}
	return cc, nil
}

func (s *Service) close() { s.env.Close() }
