package gatewaysvc

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/extract"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// BenchmarkListQuotes measures ListQuotes calls (pages of 50) on an index
// of 100,000 quotes by 1,000 speakers, as the gateway serves them, without
// the network: every speaker in a date range, one speaker (one tree), and
// one person with a surname-only speaker merged into them (two trees).
func BenchmarkListQuotes(b *testing.B) {
	idx := NewIndex(extract.DefaultAliases())
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	rng := rand.New(rand.NewPCG(1, 2))
	words := make([]string, 5000)
	for i := range words {
		words[i] = fmt.Sprintf("w%x", i*7919)
	}
	sentence := func() string {
		var sb strings.Builder
		for j := range 12 + rng.IntN(20) {
			if j > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(words[rng.IntN(len(words))])
		}
		return sb.String()
	}
	for i := range 100_000 {
		sp := &qtv1.Speaker{Id: fmt.Sprintf("speaker-%d", i%1000), Name: fmt.Sprintf("speaker-%d", i%1000)}
		switch i % 1000 {
		case 1: // a person, and articles that named them by surname only
			sp = &qtv1.Speaker{Id: "bernie-sanders", Name: "Bernie Sanders", Kind: qtv1.SpeakerKind_SPEAKER_KIND_PERSON}
		case 2:
			sp = &qtv1.Speaker{Id: "sanders", Name: "Sanders", Kind: qtv1.SpeakerKind_SPEAKER_KIND_PERSON}
		}
		idx.Add(&qtv1.Quote{
			Id:      fmt.Sprintf("%032x", i),
			Text:    sentence(),
			Speaker: sp,
			SaidAt:  timestamppb.New(base.Add(time.Duration(i) * time.Minute)),
			Article: &qtv1.ArticleRef{Id: fmt.Sprintf("a%d", i/10), Outlet: "Example", PublishedAt: timestamppb.New(base)},
		})
	}
	s := &quoteServer{index: idx, hub: newHub(), tokens: tokenSigner{key: []byte("k")}}
	for _, bc := range []struct {
		name string
		req  *qtv1.ListQuotesRequest
	}{
		{"range", &qtv1.ListQuotesRequest{StartTime: timestamppb.New(base.Add(24 * time.Hour)), EndTime: timestamppb.New(base.Add(30 * 24 * time.Hour)), PageSize: 50}},
		{"speaker", &qtv1.ListQuotesRequest{Speaker: "speaker-7", PageSize: 50}},
		{"merged", &qtv1.ListQuotesRequest{Speaker: "Bernie Sanders", PageSize: 50}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				resp, err := s.ListQuotes(b.Context(), bc.req)
				if err != nil || len(resp.GetQuotes()) != 50 {
					b.Fatalf("ListQuotes: %d quotes, %v", len(resp.GetQuotes()), err)
				}
			}
		})
	}
}
