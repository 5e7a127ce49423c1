// Package ingestsvc is the ingest service: IngestArticle validates and
// normalises an article, records it in MongoDB and publishes it to the
// ARTICLES stream. Success is answered only once JetStream has acknowledged
// the message, so an accepted article is never lost.
package ingestsvc

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"

	"github.com/quotetracker/quotetracker/pkg/apierr"
	"github.com/quotetracker/quotetracker/pkg/article"
	"github.com/quotetracker/quotetracker/pkg/bus"
	"github.com/quotetracker/quotetracker/pkg/config"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
	"github.com/quotetracker/quotetracker/pkg/grpcserver"
	"github.com/quotetracker/quotetracker/pkg/httpapi"
	"github.com/quotetracker/quotetracker/pkg/serverenv"
)

// Config configures the ingest service.
type Config struct {
	config.Common
	Streams bus.StreamSettings
	// PublishTimeout bounds the wait for JetStream's acknowledgement.
	PublishTimeout time.Duration
}

// Register defines the flags.
func (c *Config) Register(f *config.FlagSet) {
	c.Common.Register(f, "127.0.0.1:9091")
	c.Streams.Register(f)
	f.Duration(&c.PublishTimeout, "publish-timeout", "PUBLISH_TIMEOUT", 10*time.Second, "bound on storing and publishing one article")
}

// Shared returns the settings common to all services.
func (c *Config) Shared() *config.Common { return &c.Common }

// readinessInterval is how often dependencies are checked for readiness.
const readinessInterval = 2 * time.Second

// Service is a running ingest service.
type Service struct {
	qtv1.UnimplementedIngestServiceServer
	cfg Config
	log *slog.Logger
	srv *grpcserver.Server
	env *serverenv.Env
	now func() time.Time
}

// New connects to NATS and MongoDB, makes sure the streams exist and opens
// the gRPC listener.
func New(ctx context.Context, cfg Config, log *slog.Logger) (*Service, error) {
	env, err := serverenv.Open(ctx, &cfg.Common, cfg.Streams, "ingest", log)
	if err != nil {
		return nil, err
	}
	s := &Service{cfg: cfg, log: log, env: env, now: time.Now}
	srv, err := grpcserver.New(grpcserver.Options{
		Addr: cfg.GRPCAddr, HTTPAddr: cfg.HTTPAddr, Logger: log, Security: cfg.Security,
		// Room for the largest accepted article plus its metadata.
		MaxRecvMsgSize: article.MaxTextBytes + 64<<10,
		HTTPRoutes: func(mux *http.ServeMux, grpcAddr string, dial []grpc.DialOption) error {
			return httpapi.Mount(ctx, mux, grpcAddr, dial, qtv1.RegisterIngestServiceHandlerFromEndpoint)
		},
	})
	if err != nil {
		s.close()
		return nil, err
	}
	s.srv = srv
	qtv1.RegisterIngestServiceServer(srv.GRPC, s)
	return s, nil
}

// Addr is the gRPC listener's address.
func (s *Service) Addr() string { return s.srv.Addr() }

// HTTPAddr is the HTTP listener's address (HTTP/JSON API, metrics); ""
// when off.
func (s *Service) HTTPAddr() string { return s.srv.HTTPAddr() }

// Run serves until ctx is done.
func (s *Service) Run(ctx context.Context) error {
	defer s.close()
	// Ready only while NATS and MongoDB are: an article can be accepted
	// only when it can be stored and queued.
	go s.srv.KeepReady(ctx, readinessInterval, map[string]grpcserver.Check{
		"nats": bus.Connected(s.env.NC), "mongodb": s.env.Store.Ping,
	}, qtv1.IngestService_ServiceDesc.ServiceName)
	s.log.Info("serving", "grpc", s.srv.Addr())
	return s.srv.Serve(ctx)
}

func (s *Service) close() { s.env.Close() }

// IngestArticle implements quotetracker.v1.IngestService.
func (s *Service) IngestArticle(ctx context.Context, req *qtv1.IngestArticleRequest) (*qtv1.IngestArticleResponse, error) {
	art, notices, err := article.NormalizeWithNotices(req.GetArticle(), s.now())
	if err != nil {
		return nil, apierr.Status(err)
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.PublishTimeout)
	defer cancel()
	duplicate, err := s.env.Store.InsertArticle(ctx, art)
	if err != nil {
		s.log.ErrorContext(ctx, "store article", "article", art.GetId(), "err", err)
		return nil, apierr.Status(fmt.Errorf("%w: article store: %v", apierr.ErrUnavailable, err))
	}
	data, err := proto.Marshal(art)
	if err != nil {
		return nil, apierr.Status(fmt.Errorf("encode article %s: %w", art.GetId(), err))
	}
	// Published even when already stored: an earlier attempt may have
	// stored it and failed to publish. The message id lets JetStream drop
	// a repeat, and the quote service's writes are idempotent.
	ack, err := s.env.JS.Publish(ctx, bus.ArticlesSubject, data, jetstream.WithMsgID(art.GetId()))
	if err != nil {
		s.log.ErrorContext(ctx, "publish article", "article", art.GetId(), "err", err)
		return nil, apierr.Status(fmt.Errorf("%w: article queue: %v", apierr.ErrUnavailable, err))
	}
	// MongoDB alone decides "duplicate": of two copies sent at once,
	// exactly one inserts the article, whichever reaches JetStream first.
	// (A retry of an attempt that stored the article but failed to queue it
	// is reported as a duplicate too; the retry queues it all the same.)
	s.log.InfoContext(ctx, "article ingested", "article", art.GetId(), "duplicate", duplicate, "seq", ack.Sequence, "queue_duplicate", ack.Duplicate)
	return &qtv1.IngestArticleResponse{ArticleId: art.GetId(), Duplicate: duplicate, Notices: notices}, nil
}
