package gatewaysvc

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"os"
	"testing"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/extract"
	"github.com/quotetracker/quotetracker/pkg/extractpb"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

const seedArticle = "../../../../shared/testdata/articles/kazakhstan-csto.txt"

// articleQuotes runs the real extractor over text and builds quotes the
// way the quote service does (the fields the gateway uses).
func articleQuotes(t *testing.T, articleID, outlet string, published time.Time, text string) []*qtv1.Quote {
	t.Helper()
	ref := &qtv1.ArticleRef{Id: articleID, Outlet: outlet, Title: articleID, PublishedAt: timestamppb.New(published)}
	var out []*qtv1.Quote
	for _, f := range extract.New(nil).Extract(text) {
		if len(f.Content) == 0 {
			continue
		}
		h := sha256.New()
		h.Write([]byte(articleID))
		for _, c := range f.Content {
			h.Write(binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(nil, uint32(c.Start)), uint32(c.End)))
		}
		out = append(out, &qtv1.Quote{
			Id:   hex.EncodeToString(h.Sum(nil)[:16]),
			Text: f.Text,
			Speaker: &qtv1.Speaker{
				Id: f.Speaker.ID, Name: f.Speaker.Name, Aliases: f.Speaker.Aliases, Title: f.Speaker.Title,
				Kind: extractpb.SpeakerKind(f.Speaker.Kind),
			},
			Cue:     f.CueText,
			SaidAt:  timestamppb.New(published),
			Article: ref,
			Span:    &qtv1.Span{Start: int32(f.Content[0].Start), End: int32(f.Content[len(f.Content)-1].End)},
		})
	}
	if len(out) == 0 {
		t.Fatalf("no quotes extracted from %s", articleID)
	}
	return out
}

// TestCheckAttributionSeedArticle is the acceptance scenario: with the
// seed article ingested, the Russian Foreign Ministry's words are confirmed
// as theirs, with the article as first appearance, and attributed to
// someone else when claimed for Vladimir Putin. A later article quoting the
// statement again is a second appearance of it.
func TestCheckAttributionSeedArticle(t *testing.T) {
	text, err := os.ReadFile(seedArticle)
	if os.IsNotExist(err) {
		t.Skipf("seed article %s is absent", seedArticle)
	}
	if err != nil {
		t.Fatal(err)
	}
	quotes := articleQuotes(t, "kazakhstan-csto", "El American", time.Date(2022, 1, 7, 0, 0, 0, 0, time.UTC), string(text))
	later := articleQuotes(t, "later-report", "Wire", time.Date(2022, 1, 9, 0, 0, 0, 0, time.UTC),
		"Moscow defended the deployment.\n\nThe Russian Foreign Ministry said: \"We view the recent developments in this friendly country as externally provoked attempts at disrupting the security and integrity of the state...\"\n")
	s := newTestServer(t, append(quotes, later...)...)
	ctx := context.Background()
	const words = "externally provoked attempts at disrupting the security"

	resp, err := s.CheckAttribution(ctx, &qtv1.CheckAttributionRequest{Text: words})
	if err != nil {
		t.Fatal(err)
	}
	if resp.GetVerdict() != qtv1.Verdict_VERDICT_CONFIRMED || len(resp.GetMatches()) == 0 {
		t.Fatalf("no speaker claimed: %v", resp)
	}
	best := resp.GetMatches()[0]
	st := best.GetStatement()
	if st.GetSpeaker().GetName() != "Russian Foreign Ministry" || st.GetFirstAppearance().GetArticle().GetId() != "kazakhstan-csto" || best.GetScore() != 1 {
		t.Fatalf("best match: %v", best)
	}
	if n := len(st.GetAppearances()); n != 2 || st.GetAppearances()[1].GetArticle().GetId() != "later-report" {
		t.Fatalf("the later article's quote is not a second appearance: %v", st.GetAppearances())
	}

	resp, err = s.CheckAttribution(ctx, &qtv1.CheckAttributionRequest{Text: words, Speaker: "Russian Foreign Ministry"})
	if err != nil || resp.GetVerdict() != qtv1.Verdict_VERDICT_CONFIRMED || !resp.GetMatches()[0].GetSpeakerMatches() ||
		resp.GetClaimedSpeaker().GetId() != st.GetSpeaker().GetId() {
		t.Fatalf("claimed by the ministry: %v %v", resp, err)
	}

	resp, err = s.CheckAttribution(ctx, &qtv1.CheckAttributionRequest{Text: words, Speaker: "Vladimir Putin"})
	if err != nil {
		t.Fatal(err)
	}
	if resp.GetVerdict() != qtv1.Verdict_VERDICT_ATTRIBUTED_TO_OTHER || resp.GetMatches()[0].GetSpeakerMatches() ||
		resp.GetMatches()[0].GetStatement().GetId() != st.GetId() || resp.GetClaimedSpeaker().GetName() != "Vladimir Putin" {
		t.Fatalf("claimed by Putin: %v", resp)
	}

	// The listing shows the statement once, from its first article.
	list, err := s.ListQuotes(ctx, &qtv1.ListQuotesRequest{Speaker: "Russian MFA"})
	if err != nil {
		t.Fatal(err)
	}
	seen := 0
	for _, q := range list.GetQuotes() {
		if q.GetStatementId() == st.GetId() {
			seen++
			if q.GetId() != st.GetId() || q.GetAppearanceCount() != 2 || q.GetArticle().GetId() != "kazakhstan-csto" {
				t.Fatalf("listed %v", q)
			}
		}
	}
	if seen != 1 {
		t.Fatalf("the statement is listed %d times", seen)
	}
}
