package statements

import (
	"fmt"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// synth makes statement-like texts: words drawn from a Zipf distribution
// over a vocabulary whose most common words are the stopwords.
type synth struct {
	r     *rand.Rand
	zipf  *rand.Zipf
	vocab []string
}

func newSynth(seed uint64) *synth {
	r := rand.New(rand.NewPCG(seed, 1))
	var vocab []string
	for w := range stopwords {
		vocab = append(vocab, w)
	}
	slices.Sort(vocab)
	for i := len(vocab); i < 60000; i++ {
		vocab = append(vocab, "w"+strconv.Itoa(i))
	}
	return &synth{r: r, zipf: rand.NewZipf(r, 1.07, 2, uint64(len(vocab)-1)), vocab: vocab}
}

func (s *synth) words(n int) []string {
	ws := make([]string, n)
	for i := range ws {
		ws[i] = s.vocab[s.zipf.Uint64()]
	}
	return ws
}

func (s *synth) quote(i int) Quote {
	ws := s.words(8 + s.r.IntN(33))
	return Quote{
		ID:        fmt.Sprintf("%032x", i),
		SpeakerID: "speaker-" + strconv.Itoa(s.r.IntN(2000)),
		Text:      strings.Join(ws, " "),
		SaidAt:    int64(i) * int64(time.Minute),
	}
}

var big struct {
	once    sync.Once
	x       *Index
	samples []string
	build   time.Duration
	heapMB  float64
}

// bigIndex loads STATEMENTS_BENCH_N (default 1,000,000) synthetic
// statements once per process.
func bigIndex(b *testing.B) *Index {
	big.once.Do(func() {
		n := 1_000_000
		if v, err := strconv.Atoi(os.Getenv("STATEMENTS_BENCH_N")); err == nil && v > 0 {
			n = v
		}
		var before runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		s := newSynth(1)
		x := New()
		start := time.Now()
		for i := range n {
			q := s.quote(i)
			x.Add(q)
			if i%(n/1000+1) == 0 {
				big.samples = append(big.samples, q.Text)
			}
		}
		big.build = time.Since(start)
		var after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&after)
		big.heapMB = float64(after.HeapAlloc-before.HeapAlloc) / (1 << 20)
		big.x = x
		fmt.Fprintf(os.Stderr, "loaded %d quotes as %d statements in %v (%.0f µs/quote); heap %.0f MiB (%.0f B/statement)\n",
			n, x.Len(), big.build.Round(time.Millisecond), float64(big.build.Microseconds())/float64(n), big.heapMB, big.heapMB*(1<<20)/float64(n))
	})
	b.ReportMetric(big.heapMB, "heap-MiB")
	return big.x
}

// BenchmarkCheck1M measures Check against a million statements:
//
//	go test ./pkg/statements -run '^$' -bench Check1M -benchmem
func BenchmarkCheck1M(b *testing.B) {
	x := bigIndex(b)
	r := rand.New(rand.NewPCG(2, 2))
	queries := map[string][]string{}
	for _, t := range big.samples {
		ws := strings.Fields(t)
		i := r.IntN(len(ws) - 6)
		ex := slices.Clone(ws[i : i+6+r.IntN(min(len(ws)-i-6, 6)+1)])
		queries["whole"] = append(queries["whole"], "“"+t+"”")
		queries["excerpt"] = append(queries["excerpt"], strings.Join(ex, " "))
		ex[len(ex)/2] = "changed"
		queries["changed"] = append(queries["changed"], strings.Join(ex, " "))
	}
	s := newSynth(99)
	for range big.samples {
		queries["unrelated"] = append(queries["unrelated"], strings.Join(s.words(12), " "))
	}
	for _, name := range []string{"whole", "excerpt", "changed", "unrelated"} {
		qs := queries[name]
		b.Run(name, func(b *testing.B) {
			found := 0
			i := 0
			for b.Loop() {
				ms, err := x.Check(qs[i%len(qs)], CheckOptions{Max: 10, PreferSpeaker: "speaker-7"})
				if err != nil {
					b.Fatal(err)
				}
				if len(ms) > 0 {
					found++
				}
				i++
			}
			b.ReportMetric(float64(found)/float64(i), "found/op")
		})
	}
}

// BenchmarkSearch1M measures Search against a million statements.
func BenchmarkSearch1M(b *testing.B) {
	x := bigIndex(b)
	r := rand.New(rand.NewPCG(3, 3))
	var words, phrases, rare []string
	for _, t := range big.samples {
		ws := strings.Fields(t)
		i := r.IntN(len(ws) - 2)
		words = append(words, ws[i]+" "+ws[i+2])
		phrases = append(phrases, `"`+ws[i]+" "+ws[i+1]+`"`)
		// The two rarest words of the text.
		df := func(w string) int { return len(x.wordPosts[x.vocab[w]]) }
		slices.SortFunc(ws, func(a, b string) int { return df(a) - df(b) })
		rare = append(rare, ws[0]+" "+ws[1])
	}
	for _, name := range []string{"common-words", "common-phrase", "rare-words"} {
		qs := map[string][]string{"common-words": words, "common-phrase": phrases, "rare-words": rare}[name]
		b.Run(name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				if _, _, err := x.Search(SearchQuery{Text: qs[i%len(qs)], Limit: 50}); err != nil {
					b.Fatal(err)
				}
				i++
			}
		})
	}
}

func BenchmarkAdd(b *testing.B) {
	s := newSynth(5)
	qs := make([]Quote, 100000)
	for i := range qs {
		qs[i] = s.quote(i)
	}
	x := New()
	i := 0
	for b.Loop() {
		if i == len(qs) {
			x, i = New(), 0
		}
		x.Add(qs[i])
		i++
	}
}

func BenchmarkNormalize(b *testing.B) {
	for _, text := range []string{mfa, "“Мы рассматриваем недавние события в этой дружественной стране” — Tokáyev’s"} {
		b.Run(strconv.Itoa(len(text)), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				Normalize(text)
			}
		})
	}
}
