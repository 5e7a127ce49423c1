package grpcserver_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	reflectpb "google.golang.org/grpc/reflection/grpc_reflection_v1"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/emptypb"

	"github.com/quotetracker/quotetracker/pkg/grpcserver"
)

const testService = "grpcservertest.Test"

// testHandlers is a hand-written service: Panic panics, Echo answers, Block
// waits until released, StreamPanic panics in a server stream.
type testHandlers struct {
	entered chan struct{}
	release chan struct{}
}

func unary(name string, h func(ctx context.Context, srv *testHandlers) (any, error)) grpc.MethodDesc {
	return grpc.MethodDesc{
		MethodName: name,
		Handler: func(srv any, ctx context.Context, dec func(any) error, interceptor grpc.UnaryServerInterceptor) (any, error) {
			in := new(emptypb.Empty)
			if err := dec(in); err != nil {
				return nil, err
			}
			info := &grpc.UnaryServerInfo{Server: srv, FullMethod: "/" + testService + "/" + name}
			return interceptor(ctx, in, info, func(ctx context.Context, _ any) (any, error) {
				return h(ctx, srv.(*testHandlers))
			})
		},
	}
}

var testDesc = grpc.ServiceDesc{
	ServiceName: testService,
	HandlerType: (*any)(nil),
	Methods: []grpc.MethodDesc{
		unary("Panic", func(context.Context, *testHandlers) (any, error) { panic("boom: secret detail") }),
		unary("Echo", func(context.Context, *testHandlers) (any, error) { return new(emptypb.Empty), nil }),
		unary("Block", func(ctx context.Context, h *testHandlers) (any, error) {
			close(h.entered)
			<-h.release
			return new(emptypb.Empty), nil
		}),
	},
	Streams: []grpc.StreamDesc{{
		StreamName:    "StreamPanic",
		ServerStreams: true,
		Handler:       func(any, grpc.ServerStream) error { panic("stream boom") },
	}},
}

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

type fixture struct {
	srv      *grpcserver.Server
	conn     *grpc.ClientConn
	handlers *testHandlers
	logs     *syncBuffer
	cancel   context.CancelFunc
	served   chan error
}

func start(t *testing.T, opts grpcserver.Options) *fixture {
	t.Helper()
	logs := &syncBuffer{}
	opts.Addr = "127.0.0.1:0"
	opts.Logger = slog.New(slog.NewTextHandler(logs, nil))
	srv, err := grpcserver.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	h := &testHandlers{entered: make(chan struct{}), release: make(chan struct{})}
	srv.GRPC.RegisterService(&testDesc, h)
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ctx) }()
	conn, err := grpc.NewClient(srv.Addr(), grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{srv: srv, conn: conn, handlers: h, logs: logs, cancel: cancel, served: served}
	t.Cleanup(func() {
		conn.Close()
		cancel()
		select {
		case <-served:
		case <-time.After(15 * time.Second):
			t.Error("Serve did not return at cleanup")
		}
	})
	return f
}

func (f *fixture) call(ctx context.Context, method string) error {
	return f.conn.Invoke(ctx, "/"+testService+"/"+method, new(emptypb.Empty), new(emptypb.Empty))
}

func check(t *testing.T, conn *grpc.ClientConn, service string) (healthpb.HealthCheckResponse_ServingStatus, error) {
	t.Helper()
	resp, err := healthpb.NewHealthClient(conn).Check(t.Context(), &healthpb.HealthCheckRequest{Service: service})
	return resp.GetStatus(), err
}

func TestHealth(t *testing.T) {
	f := start(t, grpcserver.Options{})
	if st, err := check(t, f.conn, ""); err != nil || st != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("initial health = %v, %v; want SERVING", st, err)
	}
	if _, err := check(t, f.conn, testService); status.Code(err) != codes.NotFound {
		t.Fatalf("health of an unregistered service: err = %v, want NotFound", err)
	}

	f.srv.SetServing(false, testService, "other.Service")
	for _, svc := range []string{"", testService, "other.Service"} {
		if st, err := check(t, f.conn, svc); err != nil || st != healthpb.HealthCheckResponse_NOT_SERVING {
			t.Errorf("after SetServing(false): health(%q) = %v, %v; want NOT_SERVING", svc, st, err)
		}
	}
	f.srv.SetServing(true, testService)
	for _, svc := range []string{"", testService} {
		if st, err := check(t, f.conn, svc); err != nil || st != healthpb.HealthCheckResponse_SERVING {
			t.Errorf("after SetServing(true): health(%q) = %v, %v; want SERVING", svc, st, err)
		}
	}
	// Only the named services change.
	if st, _ := check(t, f.conn, "other.Service"); st != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Errorf("health(other.Service) = %v, want it left NOT_SERVING", st)
	}
	f.srv.SetServing(false)
	if st, _ := check(t, f.conn, ""); st != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Errorf("after SetServing(false) without names: health = %v, want NOT_SERVING", st)
	}
}

func TestReflection(t *testing.T) {
	f := start(t, grpcserver.Options{})
	stream, err := reflectpb.NewServerReflectionClient(f.conn).ServerReflectionInfo(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.Send(&reflectpb.ServerReflectionRequest{
		MessageRequest: &reflectpb.ServerReflectionRequest_ListServices{},
	}); err != nil {
		t.Fatal(err)
	}
	resp, err := stream.Recv()
	if err != nil {
		t.Fatalf("reflection: %v", err)
	}
	var names []string
	for _, s := range resp.GetListServicesResponse().GetService() {
		names = append(names, s.GetName())
	}
	for _, want := range []string{"grpc.health.v1.Health", testService, "grpc.reflection.v1.ServerReflection"} {
		found := false
		for _, n := range names {
			found = found || n == want
		}
		if !found {
			t.Errorf("reflection lists %q, missing %q", names, want)
		}
	}
	stream.CloseSend()
}

func TestPanicBecomesInternal(t *testing.T) {
	f := start(t, grpcserver.Options{})
	err := f.call(t.Context(), "Panic")
	st, _ := status.FromError(err)
	if st.Code() != codes.Internal {
		t.Fatalf("panicking handler: code = %v (%v), want Internal", st.Code(), err)
	}
	if strings.Contains(st.Message(), "secret") {
		t.Errorf("panic value leaked to the client: %q", st.Message())
	}
	if !strings.Contains(f.logs.String(), "boom: secret detail") {
		t.Errorf("panic not logged; log:\n%s", f.logs.String())
	}

	// A stream handler's panic too.
	stream, err := f.conn.NewStream(t.Context(), &testDesc.Streams[0], "/"+testService+"/StreamPanic")
	if err != nil {
		t.Fatal(err)
	}
	if err := stream.SendMsg(new(emptypb.Empty)); err != nil {
		t.Fatal(err)
	}
	stream.CloseSend()
	if err := stream.RecvMsg(new(emptypb.Empty)); status.Code(err) != codes.Internal {
		t.Fatalf("panicking stream: err = %v, want Internal", err)
	}

	// The server survives and keeps answering.
	if err := f.call(t.Context(), "Echo"); err != nil {
		t.Fatalf("Echo after panics: %v", err)
	}
	if st, err := check(t, f.conn, ""); err != nil || st != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("health after panics = %v, %v", st, err)
	}
}

func TestServeReturnsAfterCancel(t *testing.T) {
	f := start(t, grpcserver.Options{})
	if err := f.call(t.Context(), "Echo"); err != nil {
		t.Fatal(err)
	}
	f.cancel()
	select {
	case err := <-f.served:
		if err != nil {
			t.Fatalf("Serve returned %v, want nil", err)
		}
		f.served <- nil // for cleanup
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after its context was cancelled")
	}
	if _, err := net.DialTimeout("tcp", f.srv.Addr(), time.Second); err == nil {
		t.Error("listener still accepts connections after Serve returned")
	}
}

// An in-flight call finishes during a graceful stop.
func TestGracefulStopFinishesCalls(t *testing.T) {
	f := start(t, grpcserver.Options{ShutdownTimeout: 10 * time.Second})
	callErr := make(chan error, 1)
	go func() { callErr <- f.call(context.Background(), "Block") }()
	<-f.handlers.entered
	f.cancel()
	// Wait until the listener is closed: the graceful stop has begun.
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", f.srv.Addr(), time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("listener still open 10s after cancel")
		}
		time.Sleep(5 * time.Millisecond)
	}
	select {
	case err := <-f.served:
		t.Fatalf("Serve returned (%v) while a call was in flight", err)
	default:
	}
	close(f.handlers.release)
	if err := <-callErr; err != nil {
		t.Fatalf("in-flight call failed during graceful stop: %v", err)
	}
	select {
	case err := <-f.served:
		if err != nil {
			t.Fatalf("Serve = %v", err)
		}
		f.served <- nil
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after the last call finished")
	}
}

// A stream still open after ShutdownTimeout is cut, and watchers see
// NOT_SERVING first.
func TestShutdownTimeoutCutsStreams(t *testing.T) {
	f := start(t, grpcserver.Options{ShutdownTimeout: 200 * time.Millisecond})
	watch, err := healthpb.NewHealthClient(f.conn).Watch(context.Background(), &healthpb.HealthCheckRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if resp, err := watch.Recv(); err != nil || resp.GetStatus() != healthpb.HealthCheckResponse_SERVING {
		t.Fatalf("first watch update = %v, %v; want SERVING", resp, err)
	}
	f.cancel()
	if resp, err := watch.Recv(); err != nil || resp.GetStatus() != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Fatalf("watch update after cancel = %v, %v; want NOT_SERVING", resp, err)
	}
	select {
	case err := <-f.served:
		if err != nil {
			t.Fatalf("Serve = %v", err)
		}
		f.served <- nil
	case <-time.After(10 * time.Second):
		t.Fatal("Serve did not return after ShutdownTimeout with an open stream")
	}
	if _, err := watch.Recv(); err == nil || errors.Is(err, io.EOF) {
		t.Fatalf("open stream after forced stop: err = %v, want it cut", err)
	}
}

func TestMetricsEndpoint(t *testing.T) {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := lis.Addr().String()
	lis.Close()
	f := start(t, grpcserver.Options{HTTPAddr: addr})
	if err := f.call(t.Context(), "Echo"); err != nil {
		t.Fatal(err)
	}
	req, _ := http.NewRequestWithContext(t.Context(), http.MethodGet, "http://"+addr+"/metrics", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("/metrics status %d", resp.StatusCode)
	}
	want := `grpc_server_handled_total{grpc_code="OK",grpc_method="Echo",grpc_service="` + testService + `",grpc_type="unary"} 1`
	if !strings.Contains(string(body), want) {
		t.Errorf("/metrics lacks %s", want)
	}
}

func TestNewListenError(t *testing.T) {
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer lis.Close()
	if _, err := grpcserver.New(grpcserver.Options{Addr: lis.Addr().String()}); err == nil {
		t.Fatal("New on a busy address succeeded")
	}
	// A busy metrics address fails New and releases the gRPC listener.
	if _, err := grpcserver.New(grpcserver.Options{Addr: "127.0.0.1:0", HTTPAddr: lis.Addr().String()}); err == nil {
		t.Fatal("New with a busy metrics address succeeded")
	}
}
