package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/auth"
	"github.com/quotetracker/quotetracker/pkg/config"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// clientFlags are the flags of every command that talks to a server.
type clientFlags struct {
	addr      string
	timeout   time.Duration
	json      bool
	token     string
	tokenFile string
	tls       bool
	caFile    string
}

// clientCommand starts a command that talks to a server: its flag set with
// the connection flags registered.
func clientCommand(env *cliEnv, name, addrEnv, addrDefault string) (*config.FlagSet, *clientFlags) {
	fs := config.NewFlagSet("quotectl "+name, env.stderr)
	cf := &clientFlags{}
	cf.register(fs, addrEnv, addrDefault)
	return fs, cf
}

func (c *clientFlags) register(fs *config.FlagSet, env, def string) {
	fs.String(&c.addr, "addr", env, def, "server gRPC address")
	fs.Duration(&c.timeout, "timeout", "", 30*time.Second, "bound on each call")
	fs.Bool(&c.json, "json", "", false, "print JSON (one object per line) instead of text")
	fs.String(&c.token, "token", "QUOTETRACKER_TOKEN", "", "bearer token sent with every call")
	fs.String(&c.tokenFile, "token-file", "QUOTETRACKER_TOKEN_FILE", "", "file whose first token is sent with every call")
	fs.Bool(&c.tls, "tls", "QUOTETRACKER_TLS", false, "connect with TLS")
	fs.String(&c.caFile, "ca-file", "QUOTETRACKER_CA_FILE", "", "CA certificate (PEM) to verify the server with TLS (default: system roots)")
}

func (c *clientFlags) dial() (*grpc.ClientConn, error) {
	opts := []grpc.DialOption{grpc.WithDefaultCallOptions(grpc.MaxCallSendMsgSize(8 << 20))}
	creds := insecure.NewCredentials()
	if c.tls || c.caFile != "" {
		cfg := &tls.Config{MinVersion: tls.VersionTLS12}
		if c.caFile != "" {
			pem, err := os.ReadFile(c.caFile)
			if err != nil {
				return nil, fmt.Errorf("read CA file: %w", err)
			}
			cfg.RootCAs = x509.NewCertPool()
			if !cfg.RootCAs.AppendCertsFromPEM(pem) {
				return nil, fmt.Errorf("CA file %s holds no PEM certificate", c.caFile)
			}
		}
		creds = credentials.NewTLS(cfg)
	}
	opts = append(opts, grpc.WithTransportCredentials(creds))
	token := c.token
	if token == "" && c.tokenFile != "" {
		tokens, err := auth.LoadTokens(c.tokenFile)
		if err != nil {
			return nil, err
		}
		for t := range tokens {
			if token == "" || t < token { // deterministic when several
				token = t
			}
		}
	}
	if token != "" {
		opts = append(opts, grpc.WithPerRPCCredentials(bearerToken{token: token, secure: c.tls || c.caFile != ""}))
	}
	conn, err := grpc.NewClient(c.addr, opts...)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", c.addr, err)
	}
	return conn, nil
}

// bearerToken sends `authorization: Bearer TOKEN` with every call.
type bearerToken struct {
	token  string
	secure bool
}

func (b bearerToken) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + b.token}, nil
}

// RequireTransportSecurity is false so that tokens also work against a
// development system on loopback without TLS.
func (b bearerToken) RequireTransportSecurity() bool { return false }

const (
	gatewayEnv     = "QUOTETRACKER_GATEWAY"
	gatewayDefault = "127.0.0.1:9090"
	ingestEnv      = "QUOTETRACKER_INGEST"
	ingestDefault  = "127.0.0.1:9091"
)

func usageOrHelp(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return err
	}
	return usageError("%v", err)
}

// parseTime accepts a date (YYYY-MM-DD, UTC midnight) or RFC 3339.
func parseTime(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("time %q: want YYYY-MM-DD or RFC 3339", s)
	}
	return t, nil
}

func optionalTime(name, s string) (*timestamppb.Timestamp, error) {
	if s == "" {
		return nil, nil
	}
	t, err := parseTime(s)
	if err != nil {
		return nil, usageError("--%s: %v", name, err)
	}
	return timestamppb.New(t), nil
}

func printJSON(w io.Writer, m proto.Message) {
	b, _ := protojson.MarshalOptions{UseProtoNames: true}.Marshal(m)
	fmt.Fprintln(w, string(b))
}

func runQuotes(ctx context.Context, env *cliEnv, args []string) error {
	fs, cf := clientCommand(env, "quotes", gatewayEnv, gatewayDefault)
	var speaker, since, until string
	var limit int
	fs.String(&speaker, "speaker", "", "", "speaker name, alias or id (empty: everyone)")
	fs.String(&since, "since", "", "", "only quotes said at or after this time (YYYY-MM-DD or RFC 3339)")
	fs.String(&until, "until", "", "", "only quotes said before this time")
	fs.Int(&limit, "limit", "", 0, "stop after this many quotes (0: all)")
	if err := fs.Parse(args); err != nil {
		return usageOrHelp(err)
	}
	start, err := optionalTime("since", since)
	if err != nil {
		return err
	}
	end, err := optionalTime("until", until)
	if err != nil {
		return err
	}
	conn, err := cf.dial()
	if err != nil {
		return err
	}
	defer conn.Close()
	client := qtv1.NewQuoteServiceClient(conn)
	req := &qtv1.ListQuotesRequest{Speaker: speaker, StartTime: start, EndTime: end, PageSize: 200}
	n := 0
	for {
		cctx, cancel := context.WithTimeout(ctx, cf.timeout)
		resp, err := client.ListQuotes(cctx, req)
		cancel()
		if err != nil {
			return fmt.Errorf("list quotes: %w", err)
		}
		for _, q := range resp.GetQuotes() {
			if limit > 0 && n == limit {
				return nil
			}
			n++
			if cf.json {
				printJSON(env.stdout, q)
			} else {
				printQuote(env.stdout, q)
			}
		}
		if resp.GetNextPageToken() == "" {
			break
		}
		req.PageToken = resp.GetNextPageToken()
	}
	if !cf.json && n == 0 {
		fmt.Fprintln(env.stderr, "no quotes found")
	}
	return nil
}

func runQuote(ctx context.Context, env *cliEnv, args []string) error {
	fs, cf := clientCommand(env, "quote", gatewayEnv, gatewayDefault)
	if err := fs.Parse(args); err != nil {
		return usageOrHelp(err)
	}
	if fs.NArg() != 1 {
		return usageError("quote takes exactly one quote id")
	}
	conn, err := cf.dial()
	if err != nil {
		return err
	}
	defer conn.Close()
	cctx, cancel := context.WithTimeout(ctx, cf.timeout)
	defer cancel()
	resp, err := qtv1.NewQuoteServiceClient(conn).GetQuote(cctx, &qtv1.GetQuoteRequest{Id: fs.Arg(0)})
	if err != nil {
		return fmt.Errorf("get quote: %w", err)
	}
	if cf.json {
		printJSON(env.stdout, resp.GetQuote())
	} else {
		printQuote(env.stdout, resp.GetQuote())
	}
	return nil
}

func runSpeakers(ctx context.Context, env *cliEnv, args []string) error {
	fs, cf := clientCommand(env, "speakers", gatewayEnv, gatewayDefault)
	var prefix string
	fs.String(&prefix, "prefix", "", "", "only speakers whose name or an alias starts with this")
	if err := fs.Parse(args); err != nil {
		return usageOrHelp(err)
	}
	conn, err := cf.dial()
	if err != nil {
		return err
	}
	defer conn.Close()
	client := qtv1.NewQuoteServiceClient(conn)
	req := &qtv1.ListSpeakersRequest{NamePrefix: prefix, PageSize: 500}
	for {
		cctx, cancel := context.WithTimeout(ctx, cf.timeout)
		resp, err := client.ListSpeakers(cctx, req)
		cancel()
		if err != nil {
			return fmt.Errorf("list speakers: %w", err)
		}
		for _, s := range resp.GetSpeakers() {
			if cf.json {
				printJSON(env.stdout, s)
				continue
			}
			sp := s.GetSpeaker()
			fmt.Fprintf(env.stdout, "%-40s %5d quotes  %s  [%s]\n", sp.GetName(), s.GetQuoteCount(), kindName(sp.GetKind()), sp.GetId())
			if len(sp.GetAliases()) > 0 {
				fmt.Fprintf(env.stdout, "    also: %s\n", strings.Join(sp.GetAliases(), "; "))
			}
		}
		if resp.GetNextPageToken() == "" {
			return nil
		}
		req.PageToken = resp.GetNextPageToken()
	}
}

func runWatch(ctx context.Context, env *cliEnv, args []string) error {
	fs, cf := clientCommand(env, "watch", gatewayEnv, gatewayDefault)
	var speaker string
	fs.String(&speaker, "speaker", "", "", "only this speaker's quotes (name, alias or id)")
	if err := fs.Parse(args); err != nil {
		return usageOrHelp(err)
	}
	conn, err := cf.dial()
	if err != nil {
		return err
	}
	defer conn.Close()
	stream, err := qtv1.NewQuoteServiceClient(conn).WatchQuotes(ctx, &qtv1.WatchQuotesRequest{Speaker: speaker})
	if err != nil {
		return fmt.Errorf("watch: %w", err)
	}
	for {
		ev, err := stream.Recv()
		if err != nil {
			if ctx.Err() != nil || errors.Is(err, io.EOF) {
				return nil
			}
			return fmt.Errorf("watch: %w", err)
		}
		if cf.json {
			printJSON(env.stdout, ev)
		} else {
			printQuote(env.stdout, ev.GetQuote())
		}
	}
}

func printQuote(w io.Writer, q *qtv1.Quote) {
	sp := q.GetSpeaker()
	day := "unknown date"
	if q.GetSaidAt() != nil {
		day = q.GetSaidAt().AsTime().Format(time.DateOnly)
	}
	fmt.Fprintf(w, "%s  %s", day, sp.GetName())
	if q.GetCue() != "" {
		fmt.Fprintf(w, " (%s)", q.GetCue())
	}
	kind := quoteKindName(q.GetKind())
	if !q.GetIsSpeech() {
		kind += ", belief or plan" // "polls show", "he hopes": no statement
	}
	fmt.Fprintf(w, "  [%s]  id %s\n", kind, q.GetId())
	fmt.Fprintf(w, "    %s\n", asReported(q.GetKind(), q.GetText()))
	a := q.GetArticle()
	src := strings.TrimSpace(strings.Join(nonEmpty(a.GetOutlet(), a.GetTitle()), ", "))
	if a.GetUrl() != "" {
		src += " <" + a.GetUrl() + ">"
	}
	if src != "" {
		fmt.Fprintf(w, "    — %s\n", src)
	}
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

func kindName(k qtv1.SpeakerKind) string {
	return strings.ToLower(strings.TrimPrefix(k.String(), "SPEAKER_KIND_"))
}

// asReported shows a statement's words as the article reported them: a
// direct quotation in quotation marks, reported speech (indirect, or
// partial with its own quoted words) without marks that would make it read
// as the speaker's exact words.
func asReported(k qtv1.QuoteKind, text string) string {
	if k == qtv1.QuoteKind_QUOTE_KIND_DIRECT {
		return "“" + text + "”"
	}
	return text
}

func quoteKindName(k qtv1.QuoteKind) string {
	return strings.ToLower(strings.TrimPrefix(k.String(), "QUOTE_KIND_"))
}
