// Command gateway serves quotes and speakers over gRPC, and the live stream
// of new quotes, from an in-memory index kept current from JetStream.
package main

import (
	"context"
	"log/slog"

	"github.com/quotetracker/quotetracker/pkg/svcmain"
	"github.com/quotetracker/quotetracker/services/gateway/gatewaysvc"
)

func main() {
	var cfg gatewaysvc.Config
	svcmain.Main("gateway", &cfg, func(ctx context.Context, log *slog.Logger) (svcmain.Runner, error) {
		return gatewaysvc.New(ctx, cfg, log)
	})
}
