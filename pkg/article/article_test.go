package article

import (
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/apierr"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

var testNow = time.Date(2024, 5, 1, 12, 30, 15, 0, time.UTC)

func validArticle() *qtv1.Article {
	return &qtv1.Article{
		Url:         "https://example.com/news/1",
		Title:       "Minister speaks",
		Outlet:      "Example News",
		PublishedAt: timestamppb.New(time.Date(2024, 4, 30, 8, 0, 0, 0, time.UTC)),
		Text:        `"We will act," the minister said.`,
	}
}

func mustNormalize(t *testing.T, a *qtv1.Article) *qtv1.Article {
	t.Helper()
	got, err := Normalize(a, testNow)
	if err != nil {
		t.Fatalf("Normalize: unexpected error: %v", err)
	}
	return got
}

func TestNormalizeValid(t *testing.T) {
	in := validArticle()
	orig := proto.Clone(in)
	got := mustNormalize(t, in)

	if !proto.Equal(in, orig) {
		t.Errorf("Normalize modified its input: got %v, want %v", in, orig)
	}
	if got.GetText() != in.GetText() {
		t.Errorf("text = %q, want %q", got.GetText(), in.GetText())
	}
	if got.GetUrl() != in.GetUrl() || got.GetTitle() != in.GetTitle() || got.GetOutlet() != in.GetOutlet() {
		t.Errorf("fields changed: %v", got)
	}
	if want := in.GetPublishedAt().AsTime(); !got.GetPublishedAt().AsTime().Equal(want) {
		t.Errorf("published_at = %v, want %v", got.GetPublishedAt().AsTime(), want)
	}
	if !got.GetIngestedAt().AsTime().Equal(testNow) {
		t.Errorf("ingested_at = %v, want %v", got.GetIngestedAt().AsTime(), testNow)
	}
	if want := ID(got.GetUrl(), got.GetText()); got.GetId() != want {
		t.Errorf("id = %q, want ID(url, text) = %q", got.GetId(), want)
	}
	if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(got.GetId()) {
		t.Errorf("id %q is not 32 lower-case hex digits", got.GetId())
	}
}

func TestNormalizeText(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"crlf", "line one\r\nline two", "line one\nline two"},
		{"lone cr", "line one\rline two", "line one\nline two"},
		{"nfc", "Cafe\u0301 owner", "Caf\u00e9 owner"},
		{"control chars dropped", "a\x00b\x07c\x1bd\u0085e", "abcde"},
		{"tab and newline kept", "a\tb\nc", "a\tb\nc"},
		{"nbsp to space", "Mr.\u00a0Price", "Mr. Price"},
		{"byte order marks dropped", "\ufeffHeadline\n\nMr.\ufeff Price", "Headline\n\nMr. Price"},
		{"already clean", "Plain text, “curly” quotes.", "Plain text, “curly” quotes."},
		{"mojibake repaired", "â€œWe donâ€™t,â€ she said.", "“We don’t,” she said."},
		{"character references decoded", "&ldquo;We won&rsquo;t go,&#8221; she said &amp; left.", "“We won’t go,” she said & left."},
		{"ampersands in running text kept", "AT&T and R&D &notice &unknown; &#xZZ;", "AT&T and R&D &notice &unknown; &#xZZ;"},
		{"nbsp reference to space", "Mr.&nbsp;Price", "Mr. Price"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := validArticle()
			a.Text = tt.in
			got := mustNormalize(t, a)
			if got.GetText() != tt.want {
				t.Errorf("text = %q, want %q", got.GetText(), tt.want)
			}
			if got.GetId() != ID(a.GetUrl(), tt.want) {
				t.Errorf("id is not computed over the normalised text")
			}
		})
	}
}

func TestNormalizeFields(t *testing.T) {
	a := validArticle()
	a.Title = "  Minister\n\tspeaks \r\n  again\x00 "
	a.Outlet = "  Example   News \t"
	a.Url = "  https://example.com/a?b=c  "
	got := mustNormalize(t, a)
	if got.GetTitle() != "Minister speaks again" {
		t.Errorf("title = %q, want %q", got.GetTitle(), "Minister speaks again")
	}
	if got.GetOutlet() != "Example News" {
		t.Errorf("outlet = %q, want %q", got.GetOutlet(), "Example News")
	}
	if got.GetUrl() != "https://example.com/a?b=c" {
		t.Errorf("url = %q, want %q", got.GetUrl(), "https://example.com/a?b=c")
	}
}

func TestNormalizeNoURL(t *testing.T) {
	a := validArticle()
	a.Url = "   "
	got := mustNormalize(t, a)
	if got.GetUrl() != "" {
		t.Errorf("url = %q, want empty", got.GetUrl())
	}
	if got.GetId() != ID("", got.GetText()) {
		t.Errorf("id = %q, want ID of empty url and text", got.GetId())
	}
}

func TestNormalizePublishedAtDefaultsToNow(t *testing.T) {
	a := validArticle()
	a.PublishedAt = nil
	local := testNow.In(time.FixedZone("UTC+5", 5*3600))
	got, err := Normalize(a, local)
	if err != nil {
		t.Fatal(err)
	}
	if !got.GetPublishedAt().AsTime().Equal(testNow) {
		t.Errorf("published_at = %v, want now (%v)", got.GetPublishedAt().AsTime(), testNow)
	}
}

func TestNormalizePublishedAtBounds(t *testing.T) {
	ok := []time.Time{
		time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC),
		testNow.Add(47 * time.Hour),
		testNow.Add(48 * time.Hour),
	}
	for _, ts := range ok {
		a := validArticle()
		a.PublishedAt = timestamppb.New(ts)
		got, err := Normalize(a, testNow)
		if err != nil {
			t.Errorf("published_at %v: unexpected error %v", ts, err)
			continue
		}
		if !got.GetPublishedAt().AsTime().Equal(ts) {
			t.Errorf("published_at = %v, want %v", got.GetPublishedAt().AsTime(), ts)
		}
	}
	bad := []*timestamppb.Timestamp{
		timestamppb.New(time.Date(1799, 12, 31, 23, 59, 59, 0, time.UTC)),
		timestamppb.New(testNow.Add(48*time.Hour + time.Second)),
		timestamppb.New(time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)),
		{Seconds: 1, Nanos: 2_000_000_000}, // invalid nanos
		{Seconds: 1 << 62},                 // out of the Timestamp range
	}
	for _, ts := range bad {
		a := validArticle()
		a.PublishedAt = ts
		assertInvalid(t, a, "published_at")
	}
}

func TestNormalizeRejects(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(a *qtv1.Article)
	}{
		{"empty text", func(a *qtv1.Article) { a.Text = "" }},
		{"blank text", func(a *qtv1.Article) { a.Text = " \n\t\r\n \u00a0" }},
		{"control-only text", func(a *qtv1.Article) { a.Text = "\x00\x01\x02" }},
		{"invalid utf8 text", func(a *qtv1.Article) { a.Text = "ok \xff bad" }},
		{"invalid utf8 title", func(a *qtv1.Article) { a.Title = "\xc3\x28" }},
		{"invalid utf8 url", func(a *qtv1.Article) { a.Url = "https://example.com/\xff" }},
		{"invalid utf8 outlet", func(a *qtv1.Article) { a.Outlet = "\xed\xa0\x80" }},
		{"text too long", func(a *qtv1.Article) { a.Text = strings.Repeat("a", MaxTextBytes+1) }},
		{"title too long", func(a *qtv1.Article) { a.Title = strings.Repeat("t", MaxTitleBytes+1) }},
		{"outlet too long", func(a *qtv1.Article) { a.Outlet = strings.Repeat("o", MaxOutletLen+1) }},
		{"url too long", func(a *qtv1.Article) { a.Url = "https://example.com/" + strings.Repeat("u", MaxURLBytes) }},
		{"url relative", func(a *qtv1.Article) { a.Url = "/news/1" }},
		{"url no host", func(a *qtv1.Article) { a.Url = "https:///news/1" }},
		{"url ftp", func(a *qtv1.Article) { a.Url = "ftp://example.com/a" }},
		{"url javascript", func(a *qtv1.Article) { a.Url = "javascript:alert(1)" }},
		{"url unparsable", func(a *qtv1.Article) { a.Url = "http://[::1" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := validArticle()
			tt.mutate(a)
			assertInvalid(t, a, "")
		})
	}
	t.Run("nil", func(t *testing.T) {
		got, err := Normalize(nil, testNow)
		if got != nil || !errors.Is(err, ErrInvalid) {
			t.Fatalf("Normalize(nil) = %v, %v; want nil, ErrInvalid", got, err)
		}
	})
}

func TestNormalizeLimitsInclusive(t *testing.T) {
	a := validArticle()
	a.Text = strings.Repeat("a", MaxTextBytes)
	a.Title = strings.Repeat("t", MaxTitleBytes)
	a.Outlet = strings.Repeat("o", MaxOutletLen)
	a.Url = "https://example.com/" + strings.Repeat("u", MaxURLBytes-len("https://example.com/"))
	mustNormalize(t, a)
}

func assertInvalid(t *testing.T, a *qtv1.Article, mention string) {
	t.Helper()
	got, err := Normalize(a, testNow)
	if err == nil {
		t.Fatalf("Normalize(%.80v) = %v, want an error", a, got)
	}
	if got != nil {
		t.Errorf("Normalize returned an article with an error: %v", got)
	}
	if !errors.Is(err, ErrInvalid) || !errors.Is(err, apierr.ErrInvalidArgument) {
		t.Errorf("error %v is not ErrInvalid / ErrInvalidArgument", err)
	}
	if st, _ := status.FromError(apierr.Status(err)); st.Code() != codes.InvalidArgument {
		t.Errorf("status code = %v, want InvalidArgument", st.Code())
	}
	if mention != "" && !strings.Contains(err.Error(), mention) {
		t.Errorf("error %q does not mention %q", err, mention)
	}
}

func TestIDDeterministic(t *testing.T) {
	a := validArticle()
	first := mustNormalize(t, a)

	// The same article sent again, with different line endings, extra
	// whitespace in metadata and at another time, is the same article.
	b := validArticle()
	b.Text = strings.ReplaceAll(a.Text, "\n", "\r\n")
	b.Title = "  " + a.Title + "  "
	b.Url = " " + a.Url + " "
	b.PublishedAt = nil
	second, err := Normalize(b, testNow.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if first.GetId() != second.GetId() {
		t.Errorf("same article got ids %q and %q", first.GetId(), second.GetId())
	}

	// NFD and NFC forms of the same text are the same article.
	c, d := validArticle(), validArticle()
	c.Text, d.Text = "Jose\u0301 said so.", "Jos\u00e9 said so."
	if mustNormalize(t, c).GetId() != mustNormalize(t, d).GetId() {
		t.Errorf("NFD and NFC texts got different ids")
	}

	// Another URL or other text is another article.
	e := validArticle()
	e.Url = "https://example.com/news/2"
	if mustNormalize(t, e).GetId() == first.GetId() {
		t.Errorf("different url got the same id")
	}
	f := validArticle()
	f.Text += " More."
	if mustNormalize(t, f).GetId() == first.GetId() {
		t.Errorf("different text got the same id")
	}
}

func TestIDSeparatesFields(t *testing.T) {
	if ID("https://a/b", "c") == ID("https://a/", "bc") {
		t.Error("ID does not separate url from text")
	}
	// Stored ids and the streams' dedup keys depend on this value: a change
	// would publish every known article again under a new id.
	if got, want := ID("x", "y"), "ce3890a816f5237a17aa7e1436113bba"; got != want {
		t.Errorf("ID(x, y) = %s, want %s", got, want)
	}
	if got := ID("", ""); len(got) != 32 {
		t.Errorf("len(ID) = %d, want 32", len(got))
	}
}

// Timestamps are cut to MongoDB's millisecond precision, so the article and
// its quotes read back from the store exactly as they were published on the
// streams.
func TestNormalizeMillisecondPrecision(t *testing.T) {
	now := time.Date(2024, 5, 1, 12, 30, 15, 123_456_789, time.UTC)
	a := validArticle()
	a.PublishedAt = timestamppb.New(time.Date(2024, 4, 30, 8, 0, 0, 987_654_321, time.UTC))
	got, err := Normalize(a, now)
	if err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2024, 4, 30, 8, 0, 0, 987_000_000, time.UTC); !got.GetPublishedAt().AsTime().Equal(want) {
		t.Errorf("published_at = %v, want %v", got.GetPublishedAt().AsTime(), want)
	}
	wantNow := time.Date(2024, 5, 1, 12, 30, 15, 123_000_000, time.UTC)
	if !got.GetIngestedAt().AsTime().Equal(wantNow) {
		t.Errorf("ingested_at = %v, want %v", got.GetIngestedAt().AsTime(), wantNow)
	}
	a.PublishedAt = nil
	if got, err = Normalize(a, now); err != nil {
		t.Fatal(err)
	}
	if !got.GetPublishedAt().AsTime().Equal(wantNow) {
		t.Errorf("default published_at = %v, want %v", got.GetPublishedAt().AsTime(), wantNow)
	}
}
