// Command quote consumes ingested articles from JetStream, extracts their
// attributed statements, stores them in MongoDB and publishes an event for
// each stored quote.
package main

import (
	"context"
	"log/slog"

	"github.com/quotetracker/quotetracker/pkg/svcmain"
	"github.com/quotetracker/quotetracker/services/quote/quotesvc"
)

func main() {
	var cfg quotesvc.Config
	svcmain.Main("quote", &cfg, func(ctx context.Context, log *slog.Logger) (svcmain.Runner, error) {
		return quotesvc.New(ctx, cfg, log)
	})
}
