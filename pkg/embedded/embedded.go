// Package embedded starts the real servers the system depends on inside the
// current process: nats-server with JetStream, and FerretDB (a MongoDB
// wire-protocol server) on SQLite. `quotectl dev` and the integration tests
// use it; production connects to a NATS cluster and a MongoDB replica set.
package embedded

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"github.com/FerretDB/FerretDB/ferretdb"
	natsserver "github.com/nats-io/nats-server/v2/server"
)

// NATS is a running embedded nats-server.
type NATS struct {
	srv *natsserver.Server
}

// StartNATS starts nats-server with JetStream storing under dir, listening
// on addr ("127.0.0.1:0" picks a free port).
func StartNATS(addr, dir string) (*NATS, error) {
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("nats address %q: %w", addr, err)
	}
	port, err := strconv.Atoi(portStr)
	if err != nil {
		return nil, fmt.Errorf("nats port %q: %w", portStr, err)
	}
	if port == 0 {
		port = natsserver.RANDOM_PORT
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("nats store dir: %w", err)
	}
	srv, err := natsserver.NewServer(&natsserver.Options{
		ServerName: "quotetracker-dev",
		Host:       host,
		Port:       port,
		JetStream:  true,
		StoreDir:   dir,
		NoSigs:     true,
		// Sync to disk every second (the nats-server default is 2 minutes):
		// a machine crash in development then loses at most a second.
		SyncInterval: time.Second,
	})
	if err != nil {
		return nil, fmt.Errorf("configure nats: %w", err)
	}
	go srv.Start()
	if !srv.ReadyForConnections(30 * time.Second) {
		srv.Shutdown()
		return nil, errors.New("nats server not ready after 30s")
	}
	return &NATS{srv: srv}, nil
}

// URL is the client URL of the server.
func (n *NATS) URL() string { return n.srv.ClientURL() }

// Shutdown stops the server and waits for it.
func (n *NATS) Shutdown() {
	n.srv.Shutdown()
	n.srv.WaitForShutdown()
}

// Mongo is a running embedded FerretDB.
type Mongo struct {
	uri    string
	cancel context.CancelFunc
	done   chan struct{}
}

// StartMongo starts FerretDB with its SQLite files under dir, listening on
// addr. FerretDB logs every error reply at WARN, so only its errors are
// passed on to log.
func StartMongo(addr, dir string, log *slog.Logger) (*Mongo, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("mongo data dir: %w", err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return nil, fmt.Errorf("mongo data dir: %w", err)
	}
	quiet := log
	if !log.Enabled(context.Background(), slog.LevelDebug) {
		quiet = slog.New(levelFloor{Handler: log.Handler(), min: slog.LevelError})
	}
	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: addr},
		Logger:    quiet.With("component", "ferretdb"),
		Handler:   "sqlite",
		SQLiteURL: "file:" + abs + "/",
	})
	if err != nil {
		return nil, fmt.Errorf("start ferretdb: %w", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	m := &Mongo{uri: f.MongoDBURI(), cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(m.done)
		_ = f.Run(ctx)
	}()
	return m, nil
}

// URI is the mongodb:// URI of the server.
func (m *Mongo) URI() string { return m.uri }

// Shutdown stops the server and waits for it to close its files.
func (m *Mongo) Shutdown() {
	m.cancel()
	<-m.done
}

// levelFloor drops records below min.
type levelFloor struct {
	slog.Handler
	min slog.Level
}

func (h levelFloor) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.min && h.Handler.Enabled(ctx, l)
}

func (h levelFloor) WithAttrs(a []slog.Attr) slog.Handler {
	return levelFloor{Handler: h.Handler.WithAttrs(a), min: h.min}
}

func (h levelFloor) WithGroup(name string) slog.Handler {
	return levelFloor{Handler: h.Handler.WithGroup(name), min: h.min}
}
