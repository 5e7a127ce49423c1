package store_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"go.mongodb.org/mongo-driver/v2/mongo"
	"go.mongodb.org/mongo-driver/v2/mongo/options"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/embedded"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
	"github.com/quotetracker/quotetracker/pkg/store"
)

// These are integration tests against a real embedded FerretDB. One server
// is started for the whole test; every subtest uses its own database.
func TestStore(t *testing.T) {
	log := slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelError}))
	m, err := embedded.StartMongo("127.0.0.1:0", t.TempDir(), log)
	if err != nil {
		t.Fatalf("start ferretdb: %v", err)
	}
	t.Cleanup(m.Shutdown)

	db := 0
	open := func(t *testing.T) *store.Store {
		t.Helper()
		db++
		s, err := store.Connect(m.URI(), dbName(db))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close(context.Background()) })
		if err := s.Ping(t.Context()); err != nil {
			t.Fatal(err)
		}
		return s
	}

	t.Run("InsertArticleDuplicate", func(t *testing.T) { testInsertArticle(t, open(t)) })
	t.Run("InsertQuotesIdempotent", func(t *testing.T) { testInsertQuotesIdempotent(t, open(t)) })
	t.Run("InsertQuotesMixedBatch", func(t *testing.T) { testInsertQuotesMixed(t, open(t)) })
	t.Run("InsertQuotesDuplicateInBatch", func(t *testing.T) { testInsertQuotesDupInBatch(t, open(t)) })
	t.Run("EachQuoteRoundTrip", func(t *testing.T) { testRoundTrip(t, open(t)) })
	t.Run("EachQuoteStopsOnError", func(t *testing.T) { testEachQuoteError(t, open(t)) })
	t.Run("EnsureIndexesIdempotent", func(t *testing.T) {
		s := open(t)
		testEnsureIndexes(t, s)
		assertIndexes(t, m.URI(), dbName(db))
	})
	t.Run("ErrorsAreNotDuplicates", func(t *testing.T) { testErrors(t, open(t)) })
}

func dbName(n int) string { return fmt.Sprintf("storetest%d", n) }

// assertIndexes checks with a plain driver client that EnsureIndexes made
// the operator indexes.
func assertIndexes(t *testing.T, uri, db string) {
	t.Helper()
	c, err := mongo.Connect(options.Client().ApplyURI(uri))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Disconnect(context.Background())
	cur, err := c.Database(db).Collection("quotes").Indexes().List(t.Context())
	if err != nil {
		t.Fatalf("list indexes: %v", err)
	}
	var specs []struct {
		Name string `bson:"name"`
	}
	if err := cur.All(t.Context(), &specs); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, s := range specs {
		names = append(names, s.Name)
	}
	for _, want := range []string{"speaker.id_1_said_at_-1", "article.id_1"} {
		if !slices.Contains(names, want) {
			t.Errorf("index %q missing; have %q", want, names)
		}
	}
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(p []byte) (int, error) {
	w.t.Log(strings.TrimSpace(string(p)))
	return len(p), nil
}

var base = time.Date(2024, 3, 14, 9, 26, 53, 589_000_000, time.UTC)

func ts(t time.Time) *timestamppb.Timestamp { return timestamppb.New(t) }

// fullQuote has every field set.
func fullQuote(i int) *qtv1.Quote {
	pub := base.Add(-time.Duration(i) * time.Hour)
	return &qtv1.Quote{
		Id:   fmt.Sprintf("%032x", i+1),
		Text: fmt.Sprintf("We will not back down, number %d.", i),
		Speaker: &qtv1.Speaker{
			Id: "ned-price", Name: "Ned Price", Aliases: []string{"Price", "State Department spokesman Ned Price"},
			Kind: qtv1.SpeakerKind_SPEAKER_KIND_PERSON, Title: "spokesman",
		},
		Cue:    "said",
		Kind:   qtv1.QuoteKind_QUOTE_KIND_PARTIAL,
		SaidAt: ts(pub),
		Article: &qtv1.ArticleRef{
			Id: fmt.Sprintf("a%031x", i), Url: "https://example.com/a", Title: "Talks “resume”", Outlet: "Example",
			PublishedAt: ts(pub),
		},
		Span:               &qtv1.Span{Start: 10, End: 120},
		ContentSpans:       []*qtv1.Span{{Start: 10, End: 40}, {Start: 60, End: 120}},
		SpeakerMention:     "Price",
		SpeakerMentionSpan: &qtv1.Span{Start: 45, End: 50},
		CueSpan:            &qtv1.Span{Start: 51, End: 55},
		Confidence:         0.8125,
		IsSpeech:           true,
		StoredAt:           ts(base.Add(time.Minute)),
	}
}

func quotes(from, to int) []*qtv1.Quote {
	var out []*qtv1.Quote
	for i := from; i < to; i++ {
		out = append(out, fullQuote(i))
	}
	return out
}

func readAll(t *testing.T, s *store.Store) map[string]*qtv1.Quote {
	t.Helper()
	got := map[string]*qtv1.Quote{}
	err := s.EachQuote(t.Context(), func(q *qtv1.Quote) error {
		if _, dup := got[q.GetId()]; dup {
			t.Errorf("EachQuote returned %s twice", q.GetId())
		}
		got[q.GetId()] = q
		return nil
	})
	if err != nil {
		t.Fatalf("EachQuote: %v", err)
	}
	return got
}

func count(t *testing.T, s *store.Store) int64 {
	t.Helper()
	n, err := s.CountQuotes(t.Context())
	if err != nil {
		t.Fatalf("CountQuotes: %v", err)
	}
	return n
}

func insert(t *testing.T, s *store.Store, qs []*qtv1.Quote) int {
	t.Helper()
	n, err := s.InsertQuotes(t.Context(), qs)
	if err != nil {
		t.Fatalf("InsertQuotes: %v", err)
	}
	return n
}

func testInsertArticle(t *testing.T, s *store.Store) {
	a := &qtv1.Article{
		Id: "0123456789abcdef0123456789abcdef", Url: "https://example.com/x", Title: "T", Outlet: "O",
		PublishedAt: ts(base), Text: "Some text.", IngestedAt: ts(base.Add(time.Second)),
	}
	dup, err := s.InsertArticle(t.Context(), a)
	if err != nil || dup {
		t.Fatalf("first InsertArticle = %v, %v; want false, nil", dup, err)
	}
	dup, err = s.InsertArticle(t.Context(), a)
	if err != nil || !dup {
		t.Fatalf("second InsertArticle = %v, %v; want true, nil", dup, err)
	}
	// Same id, other content: still the stored article.
	b := proto.Clone(a).(*qtv1.Article)
	b.Text = "Other text."
	if dup, err = s.InsertArticle(t.Context(), b); err != nil || !dup {
		t.Fatalf("InsertArticle same id = %v, %v; want true, nil", dup, err)
	}
	c := proto.Clone(a).(*qtv1.Article)
	c.Id = "fedcba9876543210fedcba9876543210"
	if dup, err = s.InsertArticle(t.Context(), c); err != nil || dup {
		t.Fatalf("InsertArticle new id = %v, %v; want false, nil", dup, err)
	}
}

func testInsertQuotesIdempotent(t *testing.T, s *store.Store) {
	if n := count(t, s); n != 0 {
		t.Fatalf("CountQuotes on an empty database = %d", n)
	}
	if n, err := s.InsertQuotes(t.Context(), nil); n != 0 || err != nil {
		t.Fatalf("InsertQuotes(nil) = %d, %v", n, err)
	}
	batch := quotes(0, 4)
	if n := insert(t, s, batch); n != 4 {
		t.Fatalf("first insert reported %d new, want 4", n)
	}
	if n := insert(t, s, batch); n != 0 {
		t.Fatalf("second insert of the same batch reported %d new, want 0", n)
	}
	if n := count(t, s); n != 4 {
		t.Fatalf("CountQuotes = %d, want 4", n)
	}
	if got := readAll(t, s); len(got) != 4 {
		t.Fatalf("EachQuote saw %d quotes, want 4", len(got))
	}
}

func testInsertQuotesMixed(t *testing.T, s *store.Store) {
	if n := insert(t, s, quotes(0, 3)); n != 3 {
		t.Fatalf("insert reported %d new, want 3", n)
	}
	// Old and new quotes interleaved, old ones first and last.
	mixed := []*qtv1.Quote{fullQuote(0), fullQuote(3), fullQuote(1), fullQuote(4), fullQuote(5), fullQuote(2)}
	if n := insert(t, s, mixed); n != 3 {
		t.Fatalf("mixed batch reported %d new, want 3", n)
	}
	if n := count(t, s); n != 6 {
		t.Fatalf("CountQuotes = %d, want 6", n)
	}
	got := readAll(t, s)
	for i := range 6 {
		if _, ok := got[fullQuote(i).GetId()]; !ok {
			t.Errorf("quote %d missing after mixed insert", i)
		}
	}
}

func testInsertQuotesDupInBatch(t *testing.T, s *store.Store) {
	q := fullQuote(7)
	if n := insert(t, s, []*qtv1.Quote{q, q, fullQuote(8)}); n != 2 {
		t.Fatalf("batch with a repeated quote reported %d new, want 2", n)
	}
	if n := count(t, s); n != 2 {
		t.Fatalf("CountQuotes = %d, want 2", n)
	}
}

func testRoundTrip(t *testing.T, s *store.Store) {
	full := fullQuote(0)

	// Optional parts absent: no mention, no cue, no aliases, no title.
	sparse := fullQuote(1)
	sparse.SpeakerMention = ""
	sparse.SpeakerMentionSpan = nil
	sparse.CueSpan = nil
	sparse.Cue = ""
	sparse.Speaker = &qtv1.Speaker{Id: "kremlin", Name: "Kremlin", Kind: qtv1.SpeakerKind_SPEAKER_KIND_ORGANIZATION}
	sparse.Kind = qtv1.QuoteKind_QUOTE_KIND_INDIRECT
	sparse.IsSpeech = false
	sparse.Confidence = 0

	// Every enum value, zero-valued spans, and times far from now.
	other := fullQuote(2)
	other.Speaker.Kind = qtv1.SpeakerKind_SPEAKER_KIND_ANONYMOUS
	other.Kind = qtv1.QuoteKind_QUOTE_KIND_DIRECT
	other.Span = &qtv1.Span{Start: 0, End: 0}
	other.ContentSpans = []*qtv1.Span{{Start: 0, End: 5}}
	other.SpeakerMentionSpan = &qtv1.Span{}
	other.SaidAt = ts(time.Date(1850, 7, 4, 0, 0, 0, 0, time.UTC))
	other.Article.PublishedAt = ts(time.Date(1850, 7, 4, 0, 0, 0, 0, time.UTC))
	other.StoredAt = ts(time.Date(2099, 12, 31, 23, 59, 59, 999_000_000, time.UTC))
	other.Text = "Ünïcödé “quotes” — and 日本語."

	unspecified := fullQuote(3)
	unspecified.Speaker.Kind = qtv1.SpeakerKind_SPEAKER_KIND_UNSPECIFIED
	unspecified.Kind = qtv1.QuoteKind_QUOTE_KIND_UNSPECIFIED

	// A joint speaker and its members.
	joint := fullQuote(4)
	joint.Speaker = &qtv1.Speaker{Id: "sergei-lavrov-and-antony-blinken", Name: "Sergei Lavrov and Antony Blinken",
		Aliases: []string{"Lavrov and Blinken"}, Kind: qtv1.SpeakerKind_SPEAKER_KIND_PERSON,
		Members: []*qtv1.Speaker{
			{Id: "sergei-lavrov", Name: "Sergei Lavrov", Kind: qtv1.SpeakerKind_SPEAKER_KIND_PERSON, Title: "Foreign Minister of Russia"},
			{Id: "antony-blinken", Name: "Antony Blinken", Kind: qtv1.SpeakerKind_SPEAKER_KIND_PERSON},
		}}

	want := []*qtv1.Quote{full, sparse, other, unspecified, joint}
	if n := insert(t, s, want); n != len(want) {
		t.Fatalf("inserted %d, want %d", n, len(want))
	}
	got := readAll(t, s)
	if len(got) != len(want) {
		t.Fatalf("EachQuote returned %d quotes, want %d", len(got), len(want))
	}
	for _, w := range want {
		g, ok := got[w.GetId()]
		if !ok {
			t.Errorf("quote %s not returned", w.GetId())
			continue
		}
		if !proto.Equal(g, w) {
			t.Errorf("quote %s did not round-trip:\n got  %v\n want %v", w.GetId(), g, w)
		}
	}
	if g := got[sparse.GetId()]; g != nil && (g.SpeakerMentionSpan != nil || g.CueSpan != nil) {
		t.Errorf("absent spans came back as %v / %v, want nil", g.SpeakerMentionSpan, g.CueSpan)
	}
	if g := got[other.GetId()]; g != nil && g.SpeakerMentionSpan == nil {
		t.Errorf("a present zero span came back nil")
	}
	if g := got[full.GetId()]; g != nil {
		if !slices.Equal(g.GetSpeaker().GetAliases(), full.GetSpeaker().GetAliases()) {
			t.Errorf("aliases = %q, want %q in order", g.GetSpeaker().GetAliases(), full.GetSpeaker().GetAliases())
		}
		for i, sp := range g.GetContentSpans() {
			if sp.GetStart() != full.ContentSpans[i].GetStart() || sp.GetEnd() != full.ContentSpans[i].GetEnd() {
				t.Errorf("content span %d = %v, want %v (order must be kept)", i, sp, full.ContentSpans[i])
			}
		}
	}
}

func testEachQuoteError(t *testing.T, s *store.Store) {
	insert(t, s, quotes(0, 3))
	stop := errors.New("stop here")
	calls := 0
	err := s.EachQuote(t.Context(), func(*qtv1.Quote) error {
		calls++
		return stop
	})
	if !errors.Is(err, stop) {
		t.Fatalf("EachQuote error = %v, want the callback's error", err)
	}
	if calls != 1 {
		t.Fatalf("callback ran %d times after returning an error, want 1", calls)
	}
}

func testEnsureIndexes(t *testing.T, s *store.Store) {
	for i := range 2 {
		if err := s.EnsureIndexes(t.Context()); err != nil {
			t.Fatalf("EnsureIndexes #%d: %v", i+1, err)
		}
	}
	// Indexes do not make the quote ids any less unique.
	insert(t, s, quotes(0, 2))
	if n := insert(t, s, quotes(0, 2)); n != 0 {
		t.Fatalf("re-insert after EnsureIndexes reported %d new", n)
	}
}

func testErrors(t *testing.T, s *store.Store) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if n, err := s.InsertQuotes(ctx, quotes(0, 2)); err == nil {
		t.Errorf("InsertQuotes with a cancelled context = %d, nil; want an error", n)
	}
	if dup, err := s.InsertArticle(ctx, &qtv1.Article{Id: "x", Text: "t"}); err == nil {
		t.Errorf("InsertArticle with a cancelled context = %v, nil; want an error", dup)
	}
	if _, err := s.CountQuotes(ctx); err == nil {
		t.Error("CountQuotes with a cancelled context succeeded")
	}
	if err := s.EachQuote(ctx, func(*qtv1.Quote) error { return nil }); err == nil {
		t.Error("EachQuote with a cancelled context succeeded")
	}
}
