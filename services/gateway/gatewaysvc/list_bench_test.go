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

// BenchmarkListQuotes measures a ListQuotes call (page of 50, every
// speaker, a date range) on an index of 100,000 quotes by 1,000 speakers,
// as the gateway serves it, without the network.
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
		sp := fmt.Sprintf("speaker-%d", i%1000)
		idx.Add(&qtv1.Quote{
			Id:      fmt.Sprintf("%032x", i),
			Text:    sentence(),
			Speaker: &qtv1.Speaker{Id: sp, Name: sp},
			SaidAt:  timestamppb.New(base.Add(time.Duration(i) * time.Minute)),
			Article: &qtv1.ArticleRef{Id: fmt.Sprintf("a%d", i/10), Outlet: "Example", PublishedAt: timestamppb.New(base)},
		})
	}
	s := &quoteServer{index: idx, hub: newHub(), tokens: tokenSigner{key: []byte("k")}}
	req := &qtv1.ListQuotesRequest{StartTime: timestamppb.New(base.Add(24 * time.Hour)), EndTime: timestamppb.New(base.Add(30 * 24 * time.Hour)), PageSize: 50}
	b.ReportAllocs()
	for b.Loop() {
		resp, err := s.ListQuotes(b.Context(), req)
		if err != nil || len(resp.GetQuotes()) != 50 {
			b.Fatalf("ListQuotes: %d quotes, %v", len(resp.GetQuotes()), err)
		}
	}
}
