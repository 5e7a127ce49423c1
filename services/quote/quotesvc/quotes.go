package quotesvc

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/extract"
	"github.com/quotetracker/quotetracker/pkg/extractpb"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// BuildQuotes turns the extractor's findings in art into stored quotes. A
// quote's id depends only on the article and the content spans, so
// extracting the same article again yields the same ids.
func BuildQuotes(art *qtv1.Article, found []extract.Quote, now time.Time) []*qtv1.Quote {
	ref := &qtv1.ArticleRef{
		Id: art.GetId(), Url: art.GetUrl(), Title: art.GetTitle(),
		Outlet: art.GetOutlet(), PublishedAt: art.GetPublishedAt(),
	}
	text := art.GetText()
	quotes := make([]*qtv1.Quote, 0, len(found))
	seen := make(map[string]bool, len(found))
	for _, f := range found {
		if len(f.Content) == 0 {
			continue
		}
		id := QuoteID(art.GetId(), f.Content)
		if seen[id] {
			continue
		}
		seen[id] = true
		q := &qtv1.Quote{
			Id:      id,
			Text:    f.Text,
			Speaker: extractpb.Speaker(f.Speaker),
			Cue:     f.CueText,
			Kind:    extractpb.Kind(f.Kind),
			// Articles rarely date a statement more precisely than the
			// day they report it.
			SaidAt:     art.GetPublishedAt(),
			Article:    ref,
			Span:       &qtv1.Span{Start: int32(f.Content[0].Start), End: int32(f.Content[len(f.Content)-1].End)},
			Confidence: f.Confidence,
			IsSpeech:   f.IsSpeech,
			// MongoDB keeps milliseconds: cut here so a quote read back
			// from the store equals the one published on QUOTES.
			StoredAt: timestamppb.New(now.Truncate(time.Millisecond)),
		}
		for _, c := range f.Content {
			q.ContentSpans = append(q.ContentSpans, extractpb.Span(c))
		}
		if m := f.SpeakerMention; m != nil {
			q.SpeakerMention = text[m.Start:m.End]
			q.SpeakerMentionSpan = extractpb.Span(*m)
		}
		if c := f.Cue; c != nil {
			q.CueSpan = extractpb.Span(*c)
		}
		quotes = append(quotes, q)
	}
	return quotes
}

// QuoteID hashes the article id and the content spans.
func QuoteID(articleID string, content []extract.Span) string {
	h := sha256.New()
	h.Write([]byte(articleID))
	var buf [8]byte
	for _, s := range content {
		binary.BigEndian.PutUint32(buf[:4], uint32(s.Start))
		binary.BigEndian.PutUint32(buf[4:], uint32(s.End))
		h.Write(buf[:])
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}
