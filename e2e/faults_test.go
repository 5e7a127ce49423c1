package e2e

// The fault suite: "nothing lost, nothing doubled". A few hundred news
// articles go through the real binaries twice: once on fresh servers with
// no faults and every article sent once (the clean run), and once while the
// quote service is SIGKILLed mid-stream, the NATS server is restarted, the
// MongoDB server is stopped for seconds, and every article is sent twice,
// some copies concurrently (the faulty run). The statements MongoDB holds
// afterwards, and those the gateway serves, must be exactly the clean
// run's.
//
// It takes a few minutes, so it runs only with QUOTETRACKER_FAULTS=1:
//
//	QUOTETRACKER_FAULTS=1 go test -count=1 -timeout 20m -run TestFaults -v ./e2e/

import (
	"context"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

const (
	faultsArticles = 300
	// faultsSenders is how many articles are in flight at once.
	faultsSenders = 4
	// faultsPace spaces the faulty run's sends after the quote service
	// has been killed, so that the other faults land while articles are
	// still arriving. Before, they go as fast as the senders can, so the
	// quote service has a backlog when it is killed.
	faultsPace = 40 * time.Millisecond
	// natsOutage is how long the NATS server stays down on its restart
	// (QUOTETRACKER_FAULTS_NATS_OUTAGE overrides it).
	natsOutage = 2 * time.Second
	// mongoOutage is how long the MongoDB server stays down
	// (QUOTETRACKER_FAULTS_MONGO_OUTAGE overrides it).
	mongoOutage   = 5 * time.Second
	settleTimeout = 3 * time.Minute
)

func TestFaults(t *testing.T) {
	if os.Getenv("QUOTETRACKER_FAULTS") != "1" {
		t.Skip("fault suite: set QUOTETRACKER_FAULTS=1 to run it")
	}
	begin := time.Now()
	arts := loadCorpus(t, faultsArticles)

	var clean, faulty runResult
	t.Run("clean", func(t *testing.T) { clean = cleanRun(t, arts) })
	if t.Failed() {
		return
	}
	t.Run("faulty", func(t *testing.T) { faulty = faultyRun(t, arts) })
	if faulty.ids == nil {
		return
	}

	missing, extra := diff(clean.ids, faulty.ids)
	report(t, "articles %d; sends incl. duplicates %d (clean run %d); retries %d [%s]; answered duplicate %d",
		len(arts), faulty.sends, clean.sends, faulty.retries, faulty.retriesByCode, faulty.duplicates)
	report(t, "quotes in clean run %d (documents %d, served %d); quotes in faulty run %d (documents %d, served %d, served by a fresh gateway %d); missing %d; extra %d",
		len(clean.ids), clean.docs, clean.served, len(faulty.ids), faulty.docs, faulty.served, faulty.servedFresh, len(missing), len(extra))
	report(t, "articles processed by quote workers: clean run %d, faulty run %d (repeats included); QUOTES events: clean run %d, faulty run %d; dead letters: clean run %d, faulty run %d",
		clean.processed, faulty.processed, clean.queue.quotesStreamMsgs, faulty.queue.quotesStreamMsgs, clean.queue.deadLetters, faulty.queue.deadLetters)
	report(t, "total time %s (clean run %s, faulty run %s)",
		time.Since(begin).Round(time.Second), clean.took.Round(time.Second), faulty.took.Round(time.Second))

	if len(missing) > 0 {
		t.Errorf("faulty run lost %d statements the clean run stored:\n%s", len(missing), describe(missing, clean.ids))
	}
	if len(extra) > 0 {
		t.Errorf("faulty run stored %d statements the clean run did not:\n%s", len(extra), describe(extra, faulty.ids))
	}
	var changed []string
	for id, want := range clean.ids {
		if got, ok := faulty.ids[id]; ok && got.content != want.content {
			changed = append(changed, id)
		}
	}
	if len(changed) > 0 {
		sort.Strings(changed)
		id := changed[0]
		t.Errorf("%d statements differ between the runs, e.g. %s:\n  clean:  %s\n  faulty: %s", len(changed), id, clean.ids[id].content, faulty.ids[id].content)
	}
	if faulty.docs != len(faulty.ids) {
		t.Errorf("faulty run: %d quote documents for %d distinct ids", faulty.docs, len(faulty.ids))
	}
	if faulty.queue.deadLetters != clean.queue.deadLetters {
		t.Errorf("dead letters: faulty run %d, clean run %d", faulty.queue.deadLetters, clean.queue.deadLetters)
	}
}

// runResult is what one run stored and served.
type runResult struct {
	ids         map[string]storedQuote
	processed   int // articles the quote workers reported done, repeats included
	docs        int
	served      int // quotes listed by the gateway that ran throughout
	servedFresh int // quotes listed by a gateway started after the run
	queue       queueState

	sends, duplicates, retries int64
	retriesByCode              string
	took                       time.Duration
}

// cleanRun sends every article once to a fresh deployment and nothing goes
// wrong.
func cleanRun(t *testing.T, arts []*qtv1.Article) runResult {
	begin := time.Now()
	c := newCluster(t, "clean run")
	in := newIngester(t, c.ingestAddr)
	work := make(chan int)
	var wg sync.WaitGroup
	for range faultsSenders {
		wg.Go(func() {
			for i := range work {
				in.send(t.Context(), arts[i])
			}
		})
	}
	for i := range arts {
		work <- i
	}
	close(work)
	wg.Wait()
	in.check(t)
	if in.retries.Load() != 0 {
		t.Errorf("clean run: %d retries without any fault [%s]", in.retries.Load(), in.retriesByCode())
	}
	report(t, "clean run: %d articles accepted in %s", in.sends.Load(), time.Since(begin).Round(100*time.Millisecond))

	res := collect(t, c, begin)
	res.sends, res.duplicates, res.retries, res.retriesByCode = in.sends.Load(), in.duplicates.Load(), in.retries.Load(), in.retriesByCode()
	if res.queue.quotesStreamMsgs != uint64(len(res.ids)) {
		t.Errorf("clean run: %d QUOTES events for %d stored quotes", res.queue.quotesStreamMsgs, len(res.ids))
	}
	if res.queue.deadLetters != 0 {
		t.Errorf("clean run: %d articles dead-lettered", res.queue.deadLetters)
	}
	res.took = time.Since(begin)
	return res
}

// sendJob is one send of an article: its first copy (with, for pairs, a
// second copy sent at the same moment) or a later second copy.
type sendJob struct {
	art   int
	first bool
	pair  bool
}

// faultJobs sends every article twice: a third of them as two concurrent
// copies; the others' second copies trail their first copies by half the
// corpus (so they too meet the faults) or follow at the end.
func faultJobs(n int) []sendJob {
	var jobs []sendJob
	for i := range n {
		jobs = append(jobs, sendJob{art: i, first: true, pair: i%3 == 0})
		if j := i - n/2; j >= 0 && j%3 != 0 {
			jobs = append(jobs, sendJob{art: j})
		}
	}
	for j := n / 2; j < n; j++ {
		if j%3 != 0 {
			jobs = append(jobs, sendJob{art: j})
		}
	}
	return jobs
}

func faultyRun(t *testing.T, arts []*qtv1.Article) runResult {
	begin := time.Now()
	c := newCluster(t, "faulty run")
	o := c.observe()
	in := newIngester(t, c.ingestAddr)
	logf := func(format string, args ...any) {
		t.Helper()
		report(t, "faulty run +%s: %s", time.Since(begin).Round(100*time.Millisecond), fmt.Sprintf(format, args...))
	}

	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	var firsts atomic.Int64
	var paced atomic.Bool
	work := make(chan sendJob)
	var senders sync.WaitGroup
	for range faultsSenders {
		senders.Go(func() {
			for job := range work {
				if job.pair {
					var pair sync.WaitGroup
					pair.Go(func() { in.send(ctx, arts[job.art]) })
					pair.Go(func() { in.send(ctx, arts[job.art]) })
					pair.Wait()
				} else {
					in.send(ctx, arts[job.art])
				}
				if job.first {
					firsts.Add(1)
				}
			}
		})
	}
	fed := make(chan struct{})
	go func() {
		defer close(fed)
		defer close(work)
		tick := time.NewTicker(faultsPace)
		defer tick.Stop()
		for _, job := range faultJobs(len(arts)) {
			if paced.Load() {
				select {
				case <-ctx.Done():
					return
				case <-tick.C:
				}
			}
			select {
			case <-ctx.Done():
				return
			case work <- job:
			}
		}
	}()
	sendsDone := make(chan struct{})
	go func() { senders.Wait(); close(sendsDone) }()

	// waitFirsts waits until n articles' first copies are accepted.
	waitFirsts := func(n int) {
		t.Helper()
		deadline := time.Now().Add(2 * time.Minute)
		for firsts.Load() < int64(n) {
			if time.Now().After(deadline) {
				t.Fatalf("only %d of %d first copies accepted after 2 minutes", firsts.Load(), n)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}
	queueNow := func() queueState {
		qctx, qcancel := context.WithTimeout(ctx, 5*time.Second)
		defer qcancel()
		q, err := o.queue(qctx)
		if err != nil {
			t.Logf("queue state: %v", err)
		}
		return q
	}
	storedNow := func() int64 {
		qctx, qcancel := context.WithTimeout(ctx, 5*time.Second)
		defer qcancel()
		n, err := o.store.CountQuotes(qctx)
		if err != nil {
			return -1
		}
		return n
	}

	// waitBacklog waits (a while) until the quote service holds articles.
	waitBacklog := func() queueState {
		t.Helper()
		var q queueState
		for deadline := time.Now().Add(15 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if q = queueNow(); q.ackPending > 0 {
				return q
			}
		}
		t.Logf("the quote service holds no article: %s", q)
		return q
	}

	// 1. SIGKILL the quote service while it works through a backlog.
	waitFirsts(len(arts) / 3)
	q := waitBacklog()
	kill(c.quote)
	paced.Store(true)
	logf("SIGKILL quote service after %d first copies accepted; it held %d articles, %d waiting; %d quotes stored", firsts.Load(), q.ackPending, q.pending, storedNow())
	c.startQuote()
	waitHealthy(t, c.quoteAddr, time.Minute)
	logf("quote service restarted")

	// 2. Restart the NATS server on its port and store directory.
	waitFirsts(len(arts) / 2)
	logf("SIGTERM NATS after %d first copies accepted (%s)", firsts.Load(), queueNow())
	down := time.Now()
	terminate(t, c.nats, 30*time.Second)
	time.Sleep(envDuration(t, "QUOTETRACKER_FAULTS_NATS_OUTAGE", natsOutage))
	c.startNATS()
	logf("NATS back after %s", time.Since(down).Round(10*time.Millisecond))

	// 3. Stop the MongoDB server for a while, then start it again on its
	// port and data directory. Sends go unpaced until then, so that the
	// quote service has a backlog to fail on.
	paced.Store(false)
	waitFirsts(2 * len(arts) / 3)
	q = waitBacklog()
	paced.Store(true)
	logf("SIGTERM MongoDB after %d first copies accepted (%s); %d quotes stored", firsts.Load(), q, storedNow())
	down = time.Now()
	terminate(t, c.mongo, 30*time.Second)
	time.Sleep(envDuration(t, "QUOTETRACKER_FAULTS_MONGO_OUTAGE", mongoOutage))
	c.startMongo()
	logf("MongoDB back after %s", time.Since(down).Round(10*time.Millisecond))

	select {
	case <-sendsDone:
	case <-time.After(5 * time.Minute):
		t.Fatalf("sends not finished after 5 minutes: %d first copies accepted, %d sends", firsts.Load(), in.sends.Load())
	}
	<-fed
	in.check(t)
	logf("all sends accepted: %d (%d answered duplicate), %d retries [%s]", in.sends.Load(), in.duplicates.Load(), in.retries.Load(), in.retriesByCode())
	// Every article was sent twice; at most one send may have been told
	// it was new.
	none, twice := in.newAnswers(arts)
	if len(twice) > 0 {
		t.Errorf("%d articles were answered \"new\" more than once: %v", len(twice), head(twice))
	}
	if len(none) > 0 {
		logf("%d articles were answered \"duplicate\" on every send (after a retry or a concurrent copy): %v", len(none), head(none))
	}
	if want := int64(2 * len(arts)); in.sends.Load() != want {
		t.Errorf("%d sends accepted, want %d", in.sends.Load(), want)
	}
	c.checkAlive()

	res := collect(t, c, begin)
	res.sends, res.duplicates, res.retries, res.retriesByCode = in.sends.Load(), in.duplicates.Load(), in.retries.Load(), in.retriesByCode()
	res.took = time.Since(begin)
	return res
}

// envDuration is the duration in the environment variable name, or def.
func envDuration(t *testing.T, name string, def time.Duration) time.Duration {
	t.Helper()
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		t.Fatalf("%s=%q: %v", name, v, err)
	}
	return d
}

// checkAlive fails when a service has exited: every one of them must ride
// out the faults of its dependencies.
func (c *cluster) checkAlive() {
	c.t.Helper()
	for _, p := range []*proc{c.ingest, c.quote, c.gateway} {
		select {
		case <-p.done:
			c.t.Fatalf("%s: %s exited during the faults (%v)", c.name, p.name, p.err)
		default:
		}
	}
}

// collect waits for the pipeline to settle, reads what was stored, checks
// that the gateway that ran throughout and a freshly started one serve
// exactly that, and stops the deployment.
func collect(t *testing.T, c *cluster, begin time.Time) runResult {
	t.Helper()
	o := c.observe()
	q := o.settle(settleTimeout)
	ids, docs := o.stored()
	report(t, "%s: settled after %s: %d quotes stored (%d documents); %s",
		c.name, time.Since(begin).Round(100*time.Millisecond), len(ids), docs, q)
	if docs != len(ids) {
		t.Errorf("%s: %d quote documents for %d distinct ids", c.name, docs, len(ids))
	}
	res := runResult{ids: ids, docs: docs, queue: q, processed: c.processed()}
	res.served = checkServed(t, c.name+", gateway", c.gatewayAddr, ids)

	freshAddr := freeAddr(t)
	fresh := start(t, "gateway", c.serviceArgs(freshAddr)...)
	waitHealthy(t, freshAddr, time.Minute)
	res.servedFresh = checkServed(t, c.name+", fresh gateway", freshAddr, ids)
	terminate(t, fresh, 30*time.Second)
	c.shutdown()
	return res
}

// checkServed requires the gateway at addr to list every stored quote
// exactly once, and nothing else; it returns how many it lists.
func checkServed(t *testing.T, what, addr string, ids map[string]storedQuote) int {
	t.Helper()
	got := waitServed(t, addr, len(ids), time.Minute)
	listed := 0
	var twice, unknown []string
	for id, n := range got {
		listed += n
		if n > 1 {
			twice = append(twice, id)
		}
		if _, ok := ids[id]; !ok {
			unknown = append(unknown, id)
		}
	}
	var absent []string
	for id := range ids {
		if got[id] == 0 {
			absent = append(absent, id)
		}
	}
	if len(twice)+len(unknown)+len(absent) > 0 {
		t.Errorf("%s lists %d quotes for %d stored: %d listed more than once %v, %d not stored %v, %d stored but not listed:\n%s",
			what, listed, len(ids), len(twice), head(twice), len(unknown), head(unknown), len(absent), describe(absent, ids))
	}
	return listed
}

// diff returns the ids only in want (missing) and only in got (extra).
func diff(want, got map[string]storedQuote) (missing, extra []string) {
	for id := range want {
		if _, ok := got[id]; !ok {
			missing = append(missing, id)
		}
	}
	for id := range got {
		if _, ok := want[id]; !ok {
			extra = append(extra, id)
		}
	}
	sort.Strings(missing)
	sort.Strings(extra)
	return missing, extra
}

// describe lists ids with their articles, grouped by article, at most 20
// articles.
func describe(ids []string, info map[string]storedQuote) string {
	byURL := map[string][]string{}
	for _, id := range ids {
		u := info[id].url
		if u == "" {
			u = "(unknown article)"
		}
		byURL[u] = append(byURL[u], id)
	}
	urls := make([]string, 0, len(byURL))
	for u := range byURL {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	var b strings.Builder
	for i, u := range urls {
		if i == 20 {
			fmt.Fprintf(&b, "  … and %d more articles\n", len(urls)-20)
			break
		}
		fmt.Fprintf(&b, "  %s: %d statements %v\n", u, len(byURL[u]), head(byURL[u]))
	}
	return b.String()
}

func head(ids []string) []string {
	sort.Strings(ids)
	if len(ids) > 5 {
		return append(ids[:5:5], "…")
	}
	return ids
}
