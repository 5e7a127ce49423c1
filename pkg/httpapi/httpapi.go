// Package httpapi serves the gRPC API as HTTP/JSON (grpc-gateway) for curl
// users and browsers. Requests are proxied to the service's own gRPC
// listener, so authentication, validation and limits apply to both alike.
// Each RPC is at POST /quotetracker.v1.<Service>/<Method> with the request
// message as a JSON body; server streams answer with one JSON object a line.
package httpapi

import (
	"context"
	"fmt"
	"net/http"

	"github.com/grpc-ecosystem/grpc-gateway/v2/runtime"
	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"

	"github.com/quotetracker/quotetracker/pkg/apidocs"
)

// services are the API's services; each is served under /<name>/.
var services = []string{"quotetracker.v1.IngestService", "quotetracker.v1.QuoteService"}

// maxBodyBytes bounds a request body: the largest article (512 KiB of text)
// with room for its JSON encoding and metadata.
const maxBodyBytes = 2 << 20

// flushStreamStart sends a server stream's HTTP headers as soon as the
// stream is open (grpc-gateway calls forward-response options with no
// message at that moment), so a client sees the stream start before the
// first message, which for a live feed may be long in coming.
func flushStreamStart(_ context.Context, w http.ResponseWriter, msg proto.Message) error {
	if msg != nil {
		return nil
	}
	w.WriteHeader(http.StatusOK)
	return http.NewResponseController(w).Flush()
}

// Register adds a service's HTTP/JSON handlers to a grpc-gateway mux
// (the generated Register<Service>HandlerFromEndpoint functions).
type Register func(ctx context.Context, mux *runtime.ServeMux, endpoint string, opts []grpc.DialOption) error

// Mount serves the services registered by regs under /quotetracker.v1.*/ and
// the OpenAPI document at /openapi.json. The proxy dials grpcAddr with dial;
// ctx bounds its connection.
func Mount(ctx context.Context, mux *http.ServeMux, grpcAddr string, dial []grpc.DialOption, regs ...Register) error {
	gw := runtime.NewServeMux(runtime.WithForwardResponseOption(flushStreamStart))
	for _, reg := range regs {
		if err := reg(ctx, gw, grpcAddr, dial); err != nil {
			return fmt.Errorf("register http/json handlers: %w", err)
		}
	}
	for _, svc := range services {
		mux.Handle("/"+svc+"/", http.MaxBytesHandler(gw, maxBodyBytes))
	}
	mux.HandleFunc("GET /openapi.json", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(apidocs.OpenAPI)
	})
	return nil
}
