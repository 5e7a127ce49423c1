package e2e

// Helpers of the fault suite (faults_test.go): a deployment of five
// processes whose servers can be killed and restarted in place, an ingest
// client that retries as the API contract asks, and the read-back of what
// a run stored.

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/bus"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
	"github.com/quotetracker/quotetracker/pkg/store"
)

const (
	faultsDB = "faults"
	// faultsAckWait is the quote service's --ack-wait: short, so an
	// article held by a killed worker comes back within seconds.
	faultsAckWait = "4s"
	// faultsMaxDeliver is the quote service's --max-deliver: the service's
	// own default (unbounded), since transient failures are retried until
	// they pass; a bound would let an outage drop articles by design.
	faultsMaxDeliver = "-1"
)

// loadCorpus reads the annotated news corpus: every dev article, then
// train articles until n in all.
func loadCorpus(t *testing.T, n int) []*qtv1.Article {
	t.Helper()
	var out []*qtv1.Article
	for _, name := range []string{"dev.jsonl", "train.jsonl"} {
		f, err := os.Open(filepath.Join(sharedDir(t), "eval", "polnear", name))
		if err != nil {
			t.Fatalf("corpus: %v", err)
		}
		dec := json.NewDecoder(f)
		for len(out) < n {
			var doc struct {
				DocID           string `json:"doc_id"`
				Publisher       string `json:"publisher"`
				PublicationDate string `json:"publication_date"`
				Title           string `json:"title"`
				Text            string `json:"text"`
			}
			if err := dec.Decode(&doc); err == io.EOF {
				break
			} else if err != nil {
				f.Close()
				t.Fatalf("corpus %s: %v", name, err)
			}
			day, err := time.Parse(time.DateOnly, doc.PublicationDate)
			if err != nil {
				f.Close()
				t.Fatalf("corpus %s, %s: publication_date: %v", name, doc.DocID, err)
			}
			out = append(out, &qtv1.Article{
				Url:         "https://example.org/" + doc.DocID,
				Title:       doc.Title,
				Outlet:      doc.Publisher,
				PublishedAt: timestamppb.New(day),
				Text:        doc.Text,
			})
		}
		f.Close()
	}
	if len(out) < n {
		t.Fatalf("corpus has %d articles, want %d", len(out), n)
	}
	return out
}

// cluster is one deployment: NATS and the MongoDB server as their own
// processes on fixed ports, with data directories that survive restarts,
// and the ingest, quote and gateway services.
type cluster struct {
	t    *testing.T
	name string
	dir  string

	natsAddr, mongoAddr                string
	ingestAddr, quoteAddr, gatewayAddr string
	natsURL, mongoURI                  string

	nats, mongo, ingest, quote, gateway *proc
	// quotes are every quote service process started, killed ones too.
	quotes []*proc
}

func newCluster(t *testing.T, name string) *cluster {
	t.Helper()
	c := &cluster{
		t: t, name: name, dir: t.TempDir(),
		natsAddr: freeAddr(t), mongoAddr: freeAddr(t),
		ingestAddr: freeAddr(t), quoteAddr: freeAddr(t), gatewayAddr: freeAddr(t),
	}
	c.startNATS()
	c.startMongo()
	c.ingest = start(t, "ingest", c.serviceArgs(c.ingestAddr)...)
	c.startQuote()
	c.gateway = start(t, "gateway", c.serviceArgs(c.gatewayAddr)...)
	for _, addr := range []string{c.ingestAddr, c.quoteAddr, c.gatewayAddr} {
		waitHealthy(t, addr, time.Minute)
	}
	return c
}

func (c *cluster) serviceArgs(grpcAddr string) []string {
	return []string{"--nats-url", c.natsURL, "--mongo-uri", c.mongoURI, "--mongo-db", faultsDB, "--grpc-addr", grpcAddr}
}

func (c *cluster) startNATS() {
	c.t.Helper()
	c.nats = start(c.t, "quotectl", "nats", "--addr", c.natsAddr, "--data-dir", filepath.Join(c.dir, "nats"))
	url := strings.TrimPrefix(c.nats.waitOutput(c.t, "nats ready", 30*time.Second), "nats ready ")
	if c.natsURL != "" && url != c.natsURL {
		c.t.Fatalf("nats restarted at %s, was %s", url, c.natsURL)
	}
	c.natsURL = url
}

func (c *cluster) startMongo() {
	c.t.Helper()
	c.mongo = start(c.t, "quotectl", "mongo", "--addr", c.mongoAddr, "--data-dir", filepath.Join(c.dir, "mongo"))
	uri := strings.TrimPrefix(c.mongo.waitOutput(c.t, "mongo ready", 30*time.Second), "mongo ready ")
	if c.mongoURI != "" && uri != c.mongoURI {
		c.t.Fatalf("mongo restarted at %s, was %s", uri, c.mongoURI)
	}
	c.mongoURI = uri
}

func (c *cluster) startQuote() {
	c.t.Helper()
	c.quote = start(c.t, "quote", append(c.serviceArgs(c.quoteAddr), "--ack-wait", faultsAckWait, "--max-deliver", faultsMaxDeliver)...)
	c.quotes = append(c.quotes, c.quote)
}

// processed counts the articles the quote service processes have reported
// done (stored, published and acked), redeliveries included.
func (c *cluster) processed() int {
	n := 0
	for _, p := range c.quotes {
		n += strings.Count(p.output(), "article processed")
	}
	return n
}

// terminate sends SIGTERM and waits for a clean exit; a process still
// running after timeout is an error and is killed so the test can go on.
func terminate(t *testing.T, p *proc, timeout time.Duration) {
	t.Helper()
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
		if p.err != nil {
			t.Errorf("%s exited with %v after SIGTERM", p.name, p.err)
		}
	case <-time.After(timeout):
		t.Errorf("%s did not exit within %s of SIGTERM; killing it", p.name, timeout)
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}

// kill sends SIGKILL and waits for the process to be gone.
func kill(p *proc) {
	_ = p.cmd.Process.Kill()
	<-p.done
}

// shutdown stops every process, services first.
func (c *cluster) shutdown() {
	c.t.Helper()
	for _, p := range []*proc{c.gateway, c.quote, c.ingest, c.mongo, c.nats} {
		terminate(c.t, p, 30*time.Second)
	}
}

// queueState is the ARTICLES work queue as JetStream reports it.
type queueState struct {
	streamMsgs, pending, ackPending, redelivered uint64
	quotesStreamMsgs, deadLetters                uint64
}

func (q queueState) String() string {
	return fmt.Sprintf("ARTICLES msgs=%d pending=%d ack_pending=%d redelivered=%d; QUOTES msgs=%d; DEADLETTERS msgs=%d",
		q.streamMsgs, q.pending, q.ackPending, q.redelivered, q.quotesStreamMsgs, q.deadLetters)
}

// observer reads the queue through its own NATS connection and the quotes
// through pkg/store, as an operator would.
type observer struct {
	c     *cluster
	close func()
	queue func(ctx context.Context) (queueState, error)
	store *store.Store
}

func (c *cluster) observe() *observer {
	c.t.Helper()
	log := slog.New(slog.DiscardHandler)
	nc, js, err := bus.Connect(c.natsURL, "e2e-faults-observer", log)
	if err != nil {
		c.t.Fatalf("observer: %v", err)
	}
	st, err := store.Connect(c.mongoURI, faultsDB)
	if err != nil {
		nc.Close()
		c.t.Fatalf("observer: %v", err)
	}
	o := &observer{c: c, store: st}
	o.close = func() {
		nc.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = st.Close(ctx)
	}
	o.queue = func(ctx context.Context) (queueState, error) {
		var q queueState
		articles, err := js.Stream(ctx, bus.ArticlesStream)
		if err != nil {
			return q, err
		}
		ai, err := articles.Info(ctx)
		if err != nil {
			return q, err
		}
		q.streamMsgs = ai.State.Msgs
		cons, err := js.Consumer(ctx, bus.ArticlesStream, bus.QuoteWorkers)
		if err != nil {
			return q, err
		}
		ci, err := cons.Info(ctx)
		if err != nil {
			return q, err
		}
		q.pending, q.ackPending, q.redelivered = ci.NumPending, uint64(ci.NumAckPending), uint64(ci.NumRedelivered)
		quotes, err := js.Stream(ctx, bus.QuotesStream)
		if err != nil {
			return q, err
		}
		qi, err := quotes.Info(ctx)
		if err != nil {
			return q, err
		}
		q.quotesStreamMsgs = qi.State.Msgs
		// The dead-letter stream is newer than some deployments; absent
		// means empty.
		if dl, err := js.Stream(ctx, bus.DeadLettersStream); err == nil {
			if di, err := dl.Info(ctx); err == nil {
				q.deadLetters = di.State.Msgs
			}
		}
		return q, nil
	}
	c.t.Cleanup(o.close)
	return o
}

// settle waits until every article has been acked (the work queue is
// empty, nothing pending or in flight) and the number of stored quotes has
// not changed for a few seconds.
func (o *observer) settle(timeout time.Duration) queueState {
	t := o.c.t
	t.Helper()
	deadline := time.Now().Add(timeout)
	var last queueState
	var lastErr error
	count, stableSince := int64(-1), time.Now()
	for {
		ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
		q, qerr := o.queue(ctx)
		n, cerr := o.store.CountQuotes(ctx)
		cancel()
		switch {
		case qerr != nil:
			lastErr = qerr
		case cerr != nil:
			lastErr = cerr
		default:
			last, lastErr = q, nil
			if n != count {
				count, stableSince = n, time.Now()
			}
			if q.streamMsgs == 0 && q.pending == 0 && q.ackPending == 0 && time.Since(stableSince) >= 3*time.Second {
				return q
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: pipeline not settled after %s: %s; stored quotes %d; last error %v", o.c.name, timeout, last, count, lastErr)
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// storedQuote is what a run is compared on: a statement id and where it
// came from, for diagnosing a difference.
type storedQuote struct {
	article, url string
	// content is what the statement says and who says it; a run that
	// stores the same id with other content has not reproduced it.
	content string
}

func contentOf(q *qtv1.Quote) string {
	return fmt.Sprintf("%s|%s|%s|%s|%q|%v", q.GetArticle().GetId(), q.GetSpeaker().GetId(), q.GetSpeaker().GetName(), q.GetKind(), q.GetText(), q.GetContentSpans())
}

// stored reads the quotes collection: the set of ids, and the number of
// documents read (which must equal the set's size).
func (o *observer) stored() (map[string]storedQuote, int) {
	t := o.c.t
	t.Helper()
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	set := map[string]storedQuote{}
	docs := 0
	err := o.store.EachQuote(ctx, func(q *qtv1.Quote) error {
		docs++
		set[q.GetId()] = storedQuote{article: q.GetArticle().GetId(), url: q.GetArticle().GetUrl(), content: contentOf(q)}
		return nil
	})
	if err != nil {
		t.Fatalf("%s: read quotes: %v", o.c.name, err)
	}
	return set, docs
}

// served pages through the gateway at addr: every quote (all appearances).
func served(t *testing.T, addr string) map[string]int {
	t.Helper()
	client := qtv1.NewQuoteServiceClient(dial(t, addr))
	ids := map[string]int{}
	req := &qtv1.ListQuotesRequest{PageSize: 1000, AllAppearances: true}
	for {
		ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
		resp, err := client.ListQuotes(ctx, req)
		cancel()
		if err != nil {
			t.Fatalf("ListQuotes at %s: %v", addr, err)
		}
		for _, q := range resp.GetQuotes() {
			ids[q.GetId()]++
		}
		if resp.GetNextPageToken() == "" {
			return ids
		}
		req.PageToken = resp.GetNextPageToken()
	}
}

// waitServed waits until the gateway at addr serves want quotes, then
// returns what it serves (ids with how often each was listed).
func waitServed(t *testing.T, addr string, want int, timeout time.Duration) map[string]int {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		got := served(t, addr)
		listed := 0
		for _, n := range got {
			listed += n
		}
		if listed == want || time.Now().After(deadline) {
			return got
		}
		time.Sleep(500 * time.Millisecond)
	}
}

// ingester sends articles through IngestArticle. An error means "not
// accepted", so it retries Unavailable and DeadlineExceeded with backoff
// until the article is accepted; any other error fails the run.
type ingester struct {
	client qtv1.IngestServiceClient

	sends      atomic.Int64 // accepted sends (duplicates included)
	duplicates atomic.Int64 // accepted sends answered "duplicate"
	retries    atomic.Int64 // attempts beyond the first
	mu         sync.Mutex
	byCode     map[codes.Code]int
	isNew      map[string]int // by URL: accepted sends answered "not a duplicate"
	errs       []error
}

func newIngester(t *testing.T, addr string) *ingester {
	return &ingester{client: qtv1.NewIngestServiceClient(dial(t, addr)), byCode: map[codes.Code]int{}, isNew: map[string]int{}}
}

func (in *ingester) send(ctx context.Context, art *qtv1.Article) {
	delay := 100 * time.Millisecond
	for {
		actx, cancel := context.WithTimeout(ctx, 20*time.Second)
		resp, err := in.client.IngestArticle(actx, &qtv1.IngestArticleRequest{Article: art})
		cancel()
		if err == nil {
			in.sends.Add(1)
			if resp.GetDuplicate() {
				in.duplicates.Add(1)
			} else {
				in.mu.Lock()
				in.isNew[art.GetUrl()]++
				in.mu.Unlock()
			}
			return
		}
		code := status.Code(err)
		if ctx.Err() != nil || (code != codes.Unavailable && code != codes.DeadlineExceeded) {
			in.mu.Lock()
			in.errs = append(in.errs, fmt.Errorf("IngestArticle(%s): %w", art.GetUrl(), err))
			in.mu.Unlock()
			return
		}
		in.retries.Add(1)
		in.mu.Lock()
		in.byCode[code]++
		in.mu.Unlock()
		select {
		case <-ctx.Done():
		case <-time.After(delay):
		}
		delay = min(2*delay, 2*time.Second)
	}
}

// check fails t on any send that was refused for good.
func (in *ingester) check(t *testing.T) {
	t.Helper()
	in.mu.Lock()
	defer in.mu.Unlock()
	for i, err := range in.errs {
		if i == 10 {
			t.Errorf("… and %d more refused sends", len(in.errs)-10)
			break
		}
		t.Errorf("send refused: %v", err)
	}
	if len(in.errs) > 0 {
		t.FailNow()
	}
}

// newAnswers returns the articles no send of which was answered "new",
// and those answered "new" more than once.
func (in *ingester) newAnswers(arts []*qtv1.Article) (none, twice []string) {
	in.mu.Lock()
	defer in.mu.Unlock()
	for _, a := range arts {
		switch n := in.isNew[a.GetUrl()]; {
		case n == 0:
			none = append(none, a.GetUrl())
		case n > 1:
			twice = append(twice, a.GetUrl())
		}
	}
	return none, twice
}

func (in *ingester) retriesByCode() string {
	in.mu.Lock()
	defer in.mu.Unlock()
	var parts []string
	for code, n := range in.byCode {
		parts = append(parts, fmt.Sprintf("%s=%d", code, n))
	}
	sort.Strings(parts)
	return strings.Join(parts, " ")
}

// report prints a line to the test log and to stdout, so it shows in CI
// output whether or not the test runs verbosely.
func report(t *testing.T, format string, args ...any) {
	t.Helper()
	line := fmt.Sprintf(format, args...)
	t.Log(line)
	fmt.Printf("faults: %s\n", line)
}
