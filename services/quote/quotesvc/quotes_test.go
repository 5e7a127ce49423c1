package quotesvc

import (
	"regexp"
	"slices"
	"testing"
	"time"

	"github.com/nats-io/nats.go/jetstream"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/extract"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

const bqText = `"We will rebuild," the mayor said. "It will take years." Berg added: "Soon."`

var (
	bqPublished = time.Date(2024, 6, 3, 8, 15, 0, 250_000_000, time.UTC)
	bqNow       = time.Date(2024, 6, 3, 9, 0, 0, 123_456_789, time.UTC)
)

func bqArticle() *qtv1.Article {
	return &qtv1.Article{
		Id: "0123456789abcdef0123456789abcdef", Url: "https://example.com/berg", Title: "Mayor vows rebuild",
		Outlet: "Example", PublishedAt: timestamppb.New(bqPublished), Text: bqText,
		IngestedAt: timestamppb.New(bqPublished.Add(time.Minute)),
	}
}

func span(s, e int) extract.Span { return extract.Span{Start: s, End: e} }

func bqFound() []extract.Quote {
	mention, cue := span(19, 28), span(29, 33)
	berg, added := span(57, 61), span(62, 67)
	return []extract.Quote{
		{
			Text: "We will rebuild, It will take years.", Content: []extract.Span{span(1, 17), span(36, 55)},
			SpeakerMention: &mention, Cue: &cue, CueText: "said", Kind: extract.KindDirect, IsSpeech: true,
			Speaker:    extract.Speaker{ID: "anna-berg", Name: "Anna Berg", Kind: extract.SpeakerPerson, Title: "Mayor", Aliases: []string{"Berg", "the mayor"}},
			Confidence: 0.9,
		},
		{
			Text: "Soon.", Content: []extract.Span{span(70, 75)},
			SpeakerMention: &berg, Cue: &added, CueText: "added", Kind: extract.KindPartial,
			Speaker:    extract.Speaker{ID: "anna-berg", Name: "Anna Berg", Kind: extract.SpeakerPerson},
			Confidence: 0.6,
		},
		// No content: not a quote.
		{Text: "", Kind: extract.KindIndirect, Speaker: extract.Speaker{ID: "x", Name: "X"}},
		// The first quote found again (same spans): dropped.
		{
			Text: "duplicate", Content: []extract.Span{span(1, 17), span(36, 55)}, Kind: extract.KindIndirect,
			Speaker: extract.Speaker{ID: "someone-else", Name: "Someone Else", Kind: extract.SpeakerOrganization},
		},
		// Reported speech without mention or cue span.
		{
			Text: "the mayor said", Content: []extract.Span{span(19, 33)}, Kind: extract.KindIndirect,
			Speaker: extract.Speaker{ID: "government-of-x", Name: "Government of X", Kind: extract.SpeakerOrganization},
		},
	}
}

func TestBuildQuotesFields(t *testing.T) {
	art := bqArticle()
	artCopy := proto.Clone(art)
	found := bqFound()
	got := BuildQuotes(art, found, bqNow)
	if !proto.Equal(art, artCopy) {
		t.Error("BuildQuotes modified the article")
	}
	if len(got) != 3 {
		t.Fatalf("BuildQuotes made %d quotes, want 3 (no empty, no duplicate)", len(got))
	}
	hex32 := regexp.MustCompile(`^[0-9a-f]{32}$`)
	wantStored := time.Date(2024, 6, 3, 9, 0, 0, 123_000_000, time.UTC)
	for i, q := range got {
		if !hex32.MatchString(q.GetId()) {
			t.Errorf("quote %d id %q is not 32 hex digits", i, q.GetId())
		}
		if !q.GetSaidAt().AsTime().Equal(bqPublished) {
			t.Errorf("quote %d said_at = %v, want the article's published_at %v", i, q.GetSaidAt().AsTime(), bqPublished)
		}
		if !q.GetStoredAt().AsTime().Equal(wantStored) {
			t.Errorf("quote %d stored_at = %v, want now at millisecond precision %v", i, q.GetStoredAt().AsTime(), wantStored)
		}
		ref := q.GetArticle()
		if ref.GetId() != art.GetId() || ref.GetUrl() != art.GetUrl() || ref.GetTitle() != art.GetTitle() ||
			ref.GetOutlet() != art.GetOutlet() || !ref.GetPublishedAt().AsTime().Equal(bqPublished) {
			t.Errorf("quote %d article ref = %v", i, ref)
		}
		if q.GetStatementId() != "" || q.GetAppearanceCount() != 0 {
			t.Errorf("quote %d has statement fields set: %q/%d", i, q.GetStatementId(), q.GetAppearanceCount())
		}
	}

	q := got[0]
	if q.GetId() != QuoteID(art.GetId(), found[0].Content) {
		t.Errorf("id = %q, want QuoteID(article, content)", q.GetId())
	}
	if q.GetText() != found[0].Text || q.GetCue() != "said" || q.GetKind() != qtv1.QuoteKind_QUOTE_KIND_DIRECT ||
		!q.GetIsSpeech() || q.GetConfidence() != 0.9 {
		t.Errorf("quote 0 = %v", q)
	}
	if s := q.GetSpan(); s.GetStart() != 1 || s.GetEnd() != 55 {
		t.Errorf("span = %v, want 1..55 (first content start to last content end)", s)
	}
	var spans [][2]int32
	for _, s := range q.GetContentSpans() {
		spans = append(spans, [2]int32{s.GetStart(), s.GetEnd()})
	}
	if want := [][2]int32{{1, 17}, {36, 55}}; !slices.Equal(spans, want) {
		t.Errorf("content spans = %v, want %v", spans, want)
	}
	if q.GetSpeakerMention() != "the mayor" {
		t.Errorf("speaker mention = %q, want %q", q.GetSpeakerMention(), "the mayor")
	}
	if s := q.GetSpeakerMentionSpan(); s.GetStart() != 19 || s.GetEnd() != 28 {
		t.Errorf("mention span = %v", s)
	}
	if s := q.GetCueSpan(); s.GetStart() != 29 || s.GetEnd() != 33 || bqText[s.GetStart():s.GetEnd()] != "said" {
		t.Errorf("cue span = %v", s)
	}
	sp := q.GetSpeaker()
	if sp.GetId() != "anna-berg" || sp.GetName() != "Anna Berg" || sp.GetTitle() != "Mayor" ||
		sp.GetKind() != qtv1.SpeakerKind_SPEAKER_KIND_PERSON || !slices.Equal(sp.GetAliases(), []string{"Berg", "the mayor"}) {
		t.Errorf("speaker = %v", sp)
	}
	// The quote does not share the extractor's alias slice.
	found[0].Speaker.Aliases[0] = "changed"
	if sp.GetAliases()[0] != "Berg" {
		t.Error("speaker aliases share memory with the extractor's result")
	}

	q = got[1]
	if q.GetSpeakerMention() != "Berg" || q.GetCue() != "added" || q.GetKind() != qtv1.QuoteKind_QUOTE_KIND_PARTIAL || q.GetIsSpeech() {
		t.Errorf("quote 1 = %v", q)
	}

	q = got[2]
	if q.GetSpeakerMention() != "" || q.GetSpeakerMentionSpan() != nil || q.GetCueSpan() != nil || q.GetCue() != "" {
		t.Errorf("quote without mention and cue = %v", q)
	}
	if q.GetKind() != qtv1.QuoteKind_QUOTE_KIND_INDIRECT || q.GetSpeaker().GetKind() != qtv1.SpeakerKind_SPEAKER_KIND_ORGANIZATION {
		t.Errorf("kinds = %v / %v", q.GetKind(), q.GetSpeaker().GetKind())
	}

	if got := BuildQuotes(art, nil, bqNow); len(got) != 0 {
		t.Errorf("no findings: %d quotes", len(got))
	}
}

func TestBuildQuotesDeterministicIDs(t *testing.T) {
	a := BuildQuotes(bqArticle(), bqFound(), bqNow)
	// Extracted again later, with other confidence and speaker: same ids.
	found := bqFound()
	for i := range found {
		found[i].Confidence /= 2
		found[i].Speaker = extract.Speaker{ID: "other", Name: "Other"}
		found[i].Text += " (edited)"
	}
	b := BuildQuotes(bqArticle(), found, bqNow.Add(time.Hour))
	if !slices.Equal(quoteIDs(a), quoteIDs(b)) {
		t.Fatalf("ids changed between extractions: %v vs %v", quoteIDs(a), quoteIDs(b))
	}
	// Another article: other ids.
	other := bqArticle()
	other.Id = "fedcba9876543210fedcba9876543210"
	for i, q := range BuildQuotes(other, bqFound(), bqNow) {
		if q.GetId() == a[i].GetId() {
			t.Errorf("quote %d has the same id in two articles", i)
		}
	}

	art := bqArticle().GetId()
	distinct := [][]extract.Span{
		{span(1, 17), span(36, 55)},
		{span(1, 17), span(36, 56)},
		{span(1, 17)},
		{span(36, 55), span(1, 17)},
		{span(1, 55)},
		{span(1, 36), span(36, 55)},
		{span(0, 17), span(36, 55)},
	}
	seen := map[string]int{}
	for i, c := range distinct {
		id := QuoteID(art, c)
		if j, dup := seen[id]; dup {
			t.Errorf("spans %v and %v share id %s", distinct[j], c, id)
		}
		seen[id] = i
		if QuoteID(art, slices.Clone(c)) != id {
			t.Errorf("QuoteID(%v) is not deterministic", c)
		}
	}
}

func quoteIDs(qs []*qtv1.Quote) []string {
	var out []string
	for _, q := range qs {
		out = append(out, q.GetId())
	}
	return out
}

// With the real extractor: spans point into the article text and the ids
// are stable.
func TestBuildQuotesWithExtractor(t *testing.T) {
	ex := extract.New(extract.DefaultAliases())
	art := bqArticle()
	art.Text = testArticleText
	first := BuildQuotes(art, ex.Extract(art.GetText()), bqNow)
	if len(first) == 0 {
		t.Fatal("no quotes extracted from the test article")
	}
	second := BuildQuotes(art, ex.Extract(art.GetText()), bqNow.Add(time.Minute))
	if !slices.Equal(quoteIDs(first), quoteIDs(second)) {
		t.Fatalf("ids differ between two extractions: %v vs %v", quoteIDs(first), quoteIDs(second))
	}
	seen := map[string]bool{}
	for _, q := range first {
		if seen[q.GetId()] {
			t.Errorf("id %s repeated", q.GetId())
		}
		seen[q.GetId()] = true
		n := int32(len(art.GetText()))
		for _, s := range q.GetContentSpans() {
			if s.GetStart() < 0 || s.GetStart() >= s.GetEnd() || s.GetEnd() > n {
				t.Errorf("content span %v outside the text", s)
			}
		}
		if m := q.GetSpeakerMentionSpan(); m != nil && art.GetText()[m.GetStart():m.GetEnd()] != q.GetSpeakerMention() {
			t.Errorf("speaker mention %q does not match its span %v", q.GetSpeakerMention(), m)
		}
		if q.GetSpeaker().GetId() == "" {
			t.Errorf("quote %q has no speaker id", q.GetText())
		}
	}
}

func TestBackoff(t *testing.T) {
	if got := backoff(nil); got != time.Second {
		t.Errorf("backoff(nil) = %v, want 1s", got)
	}
	want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second, 8 * time.Second, 16 * time.Second, 32 * time.Second, time.Minute, time.Minute, time.Minute}
	for i, w := range want {
		n := uint64(i + 1)
		if got := backoff(&jetstream.MsgMetadata{NumDelivered: n}); got != w {
			t.Errorf("backoff(delivery %d) = %v, want %v", n, got, w)
		}
	}
	prev := time.Duration(0)
	for _, n := range []uint64{1, 2, 3, 5, 8, 13, 64, 65, 1000, 1 << 40, ^uint64(0)} {
		got := backoff(&jetstream.MsgMetadata{NumDelivered: n})
		if got < prev || got > time.Minute || got <= 0 {
			t.Errorf("backoff(delivery %d) = %v: not growing or not capped at 1m", n, got)
		}
		prev = got
	}
	// NumDelivered is at least 1 in JetStream; 0 must still be sane.
	if got := backoff(&jetstream.MsgMetadata{}); got <= 0 || got > time.Minute {
		t.Errorf("backoff(delivery 0) = %v", got)
	}
}
