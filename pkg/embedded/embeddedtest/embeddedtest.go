// Package embeddedtest starts the real embedded servers for integration
// tests: each test gets its own nats-server and FerretDB on free loopback
// ports with data in the test's temp dir, stopped when the test ends.
package embeddedtest

import (
	"io"
	"log/slog"
	"path/filepath"
	"testing"

	"github.com/quotetracker/quotetracker/pkg/embedded"
)

// Servers are the running servers' client addresses.
type Servers struct {
	NATSURL  string
	MongoURI string
}

// Start starts nats-server (JetStream) and FerretDB for t.
func Start(t testing.TB) Servers {
	t.Helper()
	dir := t.TempDir()
	nats, err := embedded.StartNATS("127.0.0.1:0", filepath.Join(dir, "nats"))
	if err != nil {
		t.Fatalf("start nats: %v", err)
	}
	t.Cleanup(nats.Shutdown)
	mongo, err := embedded.StartMongo("127.0.0.1:0", filepath.Join(dir, "mongo"), slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatalf("start mongo: %v", err)
	}
	t.Cleanup(mongo.Shutdown)
	return Servers{NATSURL: nats.URL(), MongoURI: mongo.URI()}
}
