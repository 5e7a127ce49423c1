// Package grpcserver runs a gRPC server the way every Quotetracker service
// needs it: the listener is opened first (so port 0 works in tests), health
// checking and reflection are registered, panics become Internal errors,
// calls are logged and counted, and shutdown is graceful but bounded.
package grpcserver

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"buf.build/go/protovalidate"
	grpcprom "github.com/grpc-ecosystem/go-grpc-middleware/providers/prometheus"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/logging"
	validate "github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/protovalidate"
	"github.com/grpc-ecosystem/go-grpc-middleware/v2/interceptors/recovery"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/reflection"
	"google.golang.org/grpc/status"

	"github.com/quotetracker/quotetracker/pkg/config"
	"github.com/quotetracker/quotetracker/pkg/ratelimit"
)

// Options configure a Server.
type Options struct {
	// Addr is the gRPC listen address, e.g. "127.0.0.1:9090" or ":0".
	Addr string
	// HTTPAddr, when set, serves Prometheus metrics at /metrics and the
	// routes of HTTPRoutes.
	HTTPAddr string
	// HTTPRoutes, when set, adds HTTP routes (the HTTP/JSON API, pages) to
	// the HTTP listener; grpcAddr is the gRPC listener's address, for
	// handlers that call the gRPC API.
	HTTPRoutes func(mux *http.ServeMux, grpcAddr string, dial []grpc.DialOption) error
	// Security turns on TLS and bearer-token authentication.
	Security config.Security
	// RateLimit, when set, limits each client's calls.
	RateLimit *ratelimit.Limiter
	Logger    *slog.Logger
	// ShutdownTimeout bounds the graceful stop; after it, calls are cut.
	ShutdownTimeout time.Duration
	// Unary and Stream interceptors run after recovery, metrics, logging,
	// rate limiting and authentication, and before request validation.
	Unary  []grpc.UnaryServerInterceptor
	Stream []grpc.StreamServerInterceptor
	// MaxRecvMsgSize limits request size in bytes (0: gRPC's default, 4 MiB).
	MaxRecvMsgSize int
}

// Server is a gRPC server with health, reflection and metrics.
type Server struct {
	GRPC    *grpc.Server
	Health  *health.Server
	Metrics *prometheus.Registry

	log      *slog.Logger
	lis      net.Listener
	httpLis  net.Listener
	timeout  time.Duration
	grpcMets *grpcprom.ServerMetrics
	httpMux  *http.ServeMux
}

// New opens the listeners and builds the server; register services on
// s.GRPC, then call Serve.
func New(opts Options) (*Server, error) {
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	sec, err := newSecurity(opts.Security, log)
	if err != nil {
		return nil, err
	}
	lis, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return nil, fmt.Errorf("listen grpc %s: %w", opts.Addr, err)
	}
	var httpLis net.Listener
	if opts.HTTPAddr != "" {
		if httpLis, err = net.Listen("tcp", opts.HTTPAddr); err != nil {
			lis.Close()
			return nil, fmt.Errorf("listen http %s: %w", opts.HTTPAddr, err)
		}
		if sec.tls != nil {
			httpLis = tls.NewListener(httpLis, sec.tls)
		}
	}

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	mets := grpcprom.NewServerMetrics(grpcprom.WithServerHandlingTimeHistogram())
	reg.MustRegister(mets)

	recoverOpt := recovery.WithRecoveryHandlerContext(func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "panic in handler", "panic", p)
		return status.Error(codes.Internal, "internal error")
	})
	logOpts := []logging.Option{
		logging.WithLogOnEvents(logging.FinishCall),
		// Successful calls (health probes among them) only at debug level.
		logging.WithLevels(func(c codes.Code) logging.Level {
			if c == codes.OK {
				return logging.LevelDebug
			}
			return logging.DefaultServerCodeToLevel(c)
		}),
	}
	// Requests are checked against the rules written in the protos
	// (buf.validate) before any handler sees them.
	validator, err := protovalidate.New()
	if err != nil {
		lis.Close()
		return nil, fmt.Errorf("request validator: %w", err)
	}
	unary := []grpc.UnaryServerInterceptor{
		recovery.UnaryServerInterceptor(recoverOpt),
		mets.UnaryServerInterceptor(),
		logging.UnaryServerInterceptor(slogAdapter(log), logOpts...),
	}
	stream := []grpc.StreamServerInterceptor{
		recovery.StreamServerInterceptor(recoverOpt),
		mets.StreamServerInterceptor(),
		logging.StreamServerInterceptor(slogAdapter(log), logOpts...),
	}
	if opts.RateLimit != nil {
		unary = append(unary, opts.RateLimit.UnaryServerInterceptor())
		stream = append(stream, opts.RateLimit.StreamServerInterceptor())
	}
	if sec.policy != nil {
		unary = append(unary, sec.policy.UnaryServerInterceptor())
		stream = append(stream, sec.policy.StreamServerInterceptor())
	}
	unary = append(append(unary, opts.Unary...), validate.UnaryServerInterceptor(validator))
	stream = append(append(stream, opts.Stream...), validate.StreamServerInterceptor(validator))
	serverOpts := []grpc.ServerOption{
		grpc.ChainUnaryInterceptor(unary...),
		grpc.ChainStreamInterceptor(stream...),
	}
	if sec.tls != nil {
		serverOpts = append(serverOpts, grpc.Creds(credentials.NewTLS(sec.tls)))
	}
	if opts.MaxRecvMsgSize > 0 {
		serverOpts = append(serverOpts, grpc.MaxRecvMsgSize(opts.MaxRecvMsgSize))
	}
	gs := grpc.NewServer(serverOpts...)
	hs := health.NewServer()
	healthpb.RegisterHealthServer(gs, hs)
	hs.SetServingStatus(LivenessService, healthpb.HealthCheckResponse_SERVING)
	reflection.Register(gs)

	timeout := opts.ShutdownTimeout
	if timeout <= 0 {
		timeout = 10 * time.Second
	}
	s := &Server{GRPC: gs, Health: hs, Metrics: reg, log: log, lis: lis, httpLis: httpLis, timeout: timeout, grpcMets: mets, httpMux: http.NewServeMux()}
	s.httpMux.Handle("/metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	// The gRPC health states over HTTP, for probes that cannot speak gRPC
	// (through TLS, say): /healthz is liveness, /readyz readiness.
	s.httpMux.HandleFunc("GET /healthz", s.httpHealth(LivenessService))
	s.httpMux.HandleFunc("GET /readyz", s.httpHealth(""))
	if opts.HTTPRoutes != nil && httpLis != nil {
		if err := opts.HTTPRoutes(s.httpMux, s.Addr(), []grpc.DialOption{sec.selfDial}); err != nil {
			lis.Close()
			httpLis.Close()
			return nil, fmt.Errorf("http routes: %w", err)
		}
	}
	return s, nil
}

// Addr is the address the gRPC listener is bound to.
func (s *Server) Addr() string { return s.lis.Addr().String() }

// HTTPAddr is the address the HTTP listener is bound to ("" when off).
func (s *Server) HTTPAddr() string {
	if s.httpLis == nil {
		return ""
	}
	return s.httpLis.Addr().String()
}

// SetServing marks the named gRPC service (and the server as a whole, "")
// serving or not serving for health checks.
func (s *Server) SetServing(serving bool, services ...string) {
	st := healthpb.HealthCheckResponse_NOT_SERVING
	if serving {
		st = healthpb.HealthCheckResponse_SERVING
	}
	for _, name := range append([]string{""}, services...) {
		s.Health.SetServingStatus(name, st)
	}
}

func (s *Server) httpHealth(service string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		resp, err := s.Health.Check(r.Context(), &healthpb.HealthCheckRequest{Service: service})
		if err != nil || resp.GetStatus() != healthpb.HealthCheckResponse_SERVING {
			http.Error(w, "not serving", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ok\n"))
	}
}

// LivenessService is a health service name that reports SERVING for as
// long as the process serves, whatever its dependencies do: liveness
// probes use it, so a MongoDB outage makes pods unready, not restarted.
const LivenessService = "liveness"

// Check tests one dependency for readiness.
type Check func(ctx context.Context) error

// KeepReady reports the server ("") and services as SERVING while every
// check passes and NOT_SERVING while any fails, checking every interval
// until ctx is done. Changes are logged.
func (s *Server) KeepReady(ctx context.Context, interval time.Duration, checks map[string]Check, services ...string) {
	ready := false
	first := true
	for {
		var failed []string
		for name, check := range checks {
			cctx, cancel := context.WithTimeout(ctx, interval)
			err := check(cctx)
			cancel()
			if err != nil {
				failed = append(failed, fmt.Sprintf("%s: %v", name, err))
			}
		}
		if ctx.Err() != nil {
			return
		}
		now := len(failed) == 0
		if now != ready || first {
			s.SetServing(now, services...)
			// (No "ready" in these messages: `quotectl dev` prints a line
			// with that word once the whole system serves, and scripts
			// wait for it.)
			if now {
				s.log.Info("dependencies reachable: serving")
			} else {
				s.log.Warn("dependencies unreachable: not serving", "failing", failed)
			}
			ready, first = now, false
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}

// Serve serves until ctx is done, then stops gracefully: health turns
// NOT_SERVING, in-flight calls get ShutdownTimeout to finish, and streams
// still open after that are cut.
func (s *Server) Serve(ctx context.Context) error {
	s.grpcMets.InitializeMetrics(s.GRPC)
	errc := make(chan error, 2)
	go func() { errc <- s.GRPC.Serve(s.lis) }()
	var httpSrv *http.Server
	if s.httpLis != nil {
		httpSrv = &http.Server{Handler: s.httpMux, ReadHeaderTimeout: 5 * time.Second}
		go func() {
			if err := httpSrv.Serve(s.httpLis); err != nil && !errors.Is(err, http.ErrServerClosed) {
				errc <- fmt.Errorf("serve metrics: %w", err)
			}
		}()
	}
	var err error
	select {
	case <-ctx.Done():
	case err = <-errc:
	}
	s.Health.Shutdown()
	if httpSrv != nil {
		shutCtx, cancel := context.WithTimeout(context.Background(), s.timeout)
		_ = httpSrv.Shutdown(shutCtx)
		cancel()
	}
	stopped := make(chan struct{})
	go func() { s.GRPC.GracefulStop(); close(stopped) }()
	select {
	case <-stopped:
	case <-time.After(s.timeout):
		s.log.Warn("graceful stop timed out; closing open calls", "timeout", s.timeout)
		s.GRPC.Stop()
	}
	if err != nil && !errors.Is(err, grpc.ErrServerStopped) {
		return fmt.Errorf("serve grpc: %w", err)
	}
	return nil
}

// slogAdapter lets the logging interceptor write through slog.
func slogAdapter(l *slog.Logger) logging.Logger {
	return logging.LoggerFunc(func(ctx context.Context, lvl logging.Level, msg string, fields ...any) {
		l.Log(ctx, slog.Level(lvl), msg, fields...)
	})
}
