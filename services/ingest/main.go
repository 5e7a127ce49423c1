// Command ingest accepts news articles over gRPC, normalises and stores
// them, and queues them on JetStream for quote extraction.
package main

import (
	"context"
	"log/slog"

	"github.com/quotetracker/quotetracker/pkg/svcmain"
	"github.com/quotetracker/quotetracker/services/ingest/ingestsvc"
)

func main() {
	var cfg ingestsvc.Config
	svcmain.Main("ingest", &cfg, func(ctx context.Context, log *slog.Logger) (svcmain.Runner, error) {
		return ingestsvc.New(ctx, cfg, log)
	})
}
