package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/sync/errgroup"
	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"

	"github.com/quotetracker/quotetracker/pkg/bus"
	"github.com/quotetracker/quotetracker/pkg/config"
	"github.com/quotetracker/quotetracker/pkg/embedded"
	"github.com/quotetracker/quotetracker/pkg/logging"
	"github.com/quotetracker/quotetracker/services/gateway/gatewaysvc"
	"github.com/quotetracker/quotetracker/services/ingest/ingestsvc"
	"github.com/quotetracker/quotetracker/services/quote/quotesvc"
)

// runDev runs embedded NATS and FerretDB and the three services in this
// process; the services reach the servers and clients reach the services
// over their real network protocols, exactly as when deployed apart.
func runDev(ctx context.Context, env *cliEnv, args []string) error {
	fs := config.NewFlagSet("quotectl dev", env.stderr)
	var dataDir, gatewayAddr, ingestAddr, gatewayHTTPAddr, ingestHTTPAddr, natsAddr, mongoAddr, logLevel, aliasFile string
	fs.String(&dataDir, "data-dir", "QUOTETRACKER_DATA_DIR", ".data", "directory for NATS and MongoDB data, kept between runs")
	fs.String(&gatewayAddr, "gateway-addr", "QUOTETRACKER_GATEWAY_ADDR", "127.0.0.1:9090", "gateway gRPC listen address")
	fs.String(&ingestAddr, "ingest-addr", "QUOTETRACKER_INGEST_ADDR", "127.0.0.1:9091", "ingest gRPC listen address")
	fs.String(&gatewayHTTPAddr, "gateway-http-addr", "QUOTETRACKER_GATEWAY_HTTP_ADDR", "127.0.0.1:8080", "gateway HTTP address: dashboard, HTTP/JSON API, metrics (empty: off)")
	fs.String(&ingestHTTPAddr, "ingest-http-addr", "QUOTETRACKER_INGEST_HTTP_ADDR", "127.0.0.1:8081", "ingest HTTP address: HTTP/JSON API, metrics (empty: off)")
	fs.String(&natsAddr, "nats-addr", "", "127.0.0.1:0", "embedded NATS listen address (port 0: any free port)")
	fs.String(&mongoAddr, "mongo-addr", "", "127.0.0.1:0", "embedded MongoDB server listen address (port 0: any free port)")
	fs.String(&logLevel, "log-level", "LOG_LEVEL", "info", "log level: debug, info, warn, error")
	fs.String(&aliasFile, "alias-file", "ALIAS_FILE", "", "extra speaker alias file")
	var rateLimit int
	fs.Int(&rateLimit, "gateway-rate-limit", "", 50, "calls a second the gateway allows each client (0: no limit)")
	var sec config.Security
	fs.String(&sec.AuthTokenFile, "auth-token-file", "AUTH_TOKEN_FILE", "", "bearer tokens, one per line, for the whole stack (writes always need one)")
	fs.Bool(&sec.OpenReads, "open-reads", "OPEN_READS", false, "with --auth-token-file, let reads through without a token")
	fs.String(&sec.TLSCertFile, "tls-cert-file", "TLS_CERT_FILE", "", "TLS certificate for the services' listeners")
	fs.String(&sec.TLSKeyFile, "tls-key-file", "TLS_KEY_FILE", "", "TLS private key")
	if err := fs.Parse(args); err != nil {
		return usageOrHelp(err)
	}
	log, err := logging.New(env.stderr, logLevel, "text")
	if err != nil {
		return usageError("%v", err)
	}

	natsSrv, err := embedded.StartNATS(natsAddr, filepath.Join(dataDir, "nats"))
	if err != nil {
		return err
	}
	defer natsSrv.Shutdown()
	mongoSrv, err := embedded.StartMongo(mongoAddr, filepath.Join(dataDir, "mongo"), log)
	if err != nil {
		return err
	}
	defer mongoSrv.Shutdown()

	common := config.Common{NATSURL: natsSrv.URL(), MongoURI: mongoSrv.URI(), MongoDB: "quotetracker", LogLevel: logLevel, Security: sec}
	var ingestCfg ingestsvc.Config
	var quoteCfg quotesvc.Config
	var gatewayCfg gatewaysvc.Config
	defaults(&ingestCfg)
	defaults(&quoteCfg)
	defaults(&gatewayCfg)
	ingestCfg.Common, quoteCfg.Common, gatewayCfg.Common = common, common, common
	ingestCfg.GRPCAddr, quoteCfg.GRPCAddr, gatewayCfg.GRPCAddr = ingestAddr, "127.0.0.1:0", gatewayAddr
	ingestCfg.HTTPAddr, gatewayCfg.HTTPAddr = ingestHTTPAddr, gatewayHTTPAddr
	gatewayCfg.RateLimit = rateLimit
	quoteCfg.AliasFile, gatewayCfg.AliasFile = aliasFile, aliasFile
	if gatewayCfg.PageTokenKey, err = devSecret(filepath.Join(dataDir, "page-token.key")); err != nil {
		return err
	}
	for _, s := range []*bus.StreamSettings{&ingestCfg.Streams, &quoteCfg.Streams, &gatewayCfg.Streams} {
		*s = bus.DefaultStreamSettings()
	}

	svcCtx, stopServices := context.WithCancel(ctx)
	defer stopServices()
	ingest, err := ingestsvc.New(svcCtx, ingestCfg, log.With("service", "ingest"))
	if err != nil {
		return fmt.Errorf("ingest service: %w", err)
	}
	quote, err := quotesvc.New(svcCtx, quoteCfg, log.With("service", "quote"))
	if err != nil {
		return fmt.Errorf("quote service: %w", err)
	}
	gateway, err := gatewaysvc.New(svcCtx, gatewayCfg, log.With("service", "gateway"))
	if err != nil {
		return fmt.Errorf("gateway: %w", err)
	}
	g, gctx := errgroup.WithContext(svcCtx)
	g.Go(func() error { return ingest.Run(gctx) })
	g.Go(func() error { return quote.Run(gctx) })
	g.Go(func() error { return gateway.Run(gctx) })

	waitErr := make(chan error, 1)
	go func() { waitErr <- g.Wait() }()
	for _, addr := range []string{ingest.Addr(), quote.Addr(), gateway.Addr()} {
		if err := waitServing(gctx, addr); err != nil {
			stopServices()
			if runErr := <-waitErr; runErr != nil {
				return runErr
			}
			return fmt.Errorf("waiting for %s: %w", addr, err)
		}
	}
	abs, _ := filepath.Abs(dataDir)
	fmt.Fprintf(env.stdout, "NATS (JetStream)   %s\n", natsSrv.URL())
	fmt.Fprintf(env.stdout, "MongoDB (FerretDB) %s\n", mongoSrv.URI())
	fmt.Fprintf(env.stdout, "ingest  gRPC       %s\n", ingest.Addr())
	fmt.Fprintf(env.stdout, "gateway gRPC       %s\n", gateway.Addr())
	if a := ingest.HTTPAddr(); a != "" {
		fmt.Fprintf(env.stdout, "ingest  HTTP/JSON  http://%s/quotetracker.v1.IngestService/IngestArticle\n", a)
	}
	if a := gateway.HTTPAddr(); a != "" {
		fmt.Fprintf(env.stdout, "gateway HTTP/JSON  http://%s/quotetracker.v1.QuoteService/ (OpenAPI: /openapi.json)\n", a)
		fmt.Fprintf(env.stdout, "dashboard          http://%s/\n", a)
	}
	fmt.Fprintf(env.stdout, "data directory     %s\n", abs)
	switch {
	case sec.AuthTokenFile == "":
		fmt.Fprintln(env.stdout, "authentication     off: the APIs are open to anyone who can reach these addresses (use --auth-token-file)")
	case sec.OpenReads:
		fmt.Fprintln(env.stdout, "authentication     on for writes; reads are open")
	default:
		fmt.Fprintln(env.stdout, "authentication     on for reads and writes")
	}
	fmt.Fprintln(env.stdout, "quotetracker ready (Ctrl-C to stop)")

	err = <-waitErr
	if ctx.Err() != nil {
		fmt.Fprintln(env.stdout, "quotetracker stopped")
	}
	return err
}

// devSecret reads the secret kept in path, making it on first use, so page
// tokens stay valid across restarts of the development system.
func devSecret(path string) (string, error) {
	if b, err := os.ReadFile(path); err == nil && len(b) >= 32 {
		return string(b), nil
	}
	key := make([]byte, 32)
	_, _ = rand.Read(key)
	secret := hex.EncodeToString(key)
	if err := os.WriteFile(path, []byte(secret), 0o600); err != nil {
		return "", fmt.Errorf("write %s: %w", path, err)
	}
	return secret, nil
}

// defaults fills a service config with its flag defaults.
func defaults(cfg interface{ Register(*config.FlagSet) }) {
	fs := config.NewFlagSet("defaults", io.Discard)
	cfg.Register(fs)
	_ = fs.FlagSet.Parse(nil)
}

// waitServing polls a gRPC health endpoint until it reports SERVING.
func waitServing(ctx context.Context, addr string) error {
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return err
	}
	defer conn.Close()
	client := healthpb.NewHealthClient(conn)
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		cctx, cancel := context.WithTimeout(ctx, time.Second)
		resp, err := client.Check(cctx, &healthpb.HealthCheckRequest{})
		cancel()
		if err == nil && resp.GetStatus() == healthpb.HealthCheckResponse_SERVING {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}

// runNATS runs the embedded NATS server alone, for tests that need it as a
// separate process they can stop and restart.
func runNATS(ctx context.Context, env *cliEnv, args []string) error {
	fs := config.NewFlagSet("quotectl nats", env.stderr)
	var addr, dataDir string
	fs.String(&addr, "addr", "", "127.0.0.1:4222", "listen address")
	fs.String(&dataDir, "data-dir", "", ".data/nats", "JetStream store directory")
	if err := fs.Parse(args); err != nil {
		return usageOrHelp(err)
	}
	srv, err := embedded.StartNATS(addr, dataDir)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "nats ready %s\n", srv.URL())
	<-ctx.Done()
	srv.Shutdown()
	return nil
}

// runMongo runs the embedded FerretDB alone (see runNATS).
func runMongo(ctx context.Context, env *cliEnv, args []string) error {
	fs := config.NewFlagSet("quotectl mongo", env.stderr)
	var addr, dataDir, logLevel string
	fs.String(&addr, "addr", "", "127.0.0.1:27017", "listen address")
	fs.String(&dataDir, "data-dir", "", ".data/mongo", "SQLite data directory")
	fs.String(&logLevel, "log-level", "LOG_LEVEL", "info", "log level")
	if err := fs.Parse(args); err != nil {
		return usageOrHelp(err)
	}
	log, err := logging.New(env.stderr, logLevel, "text")
	if err != nil {
		return usageError("%v", err)
	}
	srv, err := embedded.StartMongo(addr, dataDir, log)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.stdout, "mongo ready %s\n", srv.URI())
	<-ctx.Done()
	srv.Shutdown()
	return nil
}
