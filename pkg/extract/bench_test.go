package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// corpusTexts reads the article texts of a split of the eval corpus.
func corpusTexts(b testing.TB, split string) []string {
	f, err := os.Open(sharedPath(b, "eval/polnear/"+split+".jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var texts []string
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var d struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		texts = append(texts, d.Text)
	}
	return texts
}

func BenchmarkExtract(b *testing.B) {
	texts := corpusTexts(b, "dev")
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	ex := New(nil)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			ex.Extract(t)
		}
	}
}

// BenchmarkExtractRules is BenchmarkExtract without the learned filters.
func BenchmarkExtractRules(b *testing.B) {
	texts := corpusTexts(b, "dev")
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	ex := NewWithModels(nil, nil, nil)
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			ex.Extract(t)
		}
	}
}

// BenchmarkTokenize is the tokenizer alone, the first stage of Extract.
func BenchmarkTokenize(b *testing.B) {
	texts := corpusTexts(b, "dev")
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var buf []token
	for b.Loop() {
		for _, t := range texts {
			buf = tokenize(t, buf[:0])
		}
	}
}

// BenchmarkPathological runs inputs that once made the rules quadratic
// (an endless sentence of frames, thousands of cut points, signatures and
// colon frames); each should stay close to the throughput of real text.
func BenchmarkPathological(b *testing.B) {
	inputs := []struct{ name, text string }{
		{"frames", strings.Repeat("he said that ", 20000)},
		{"commas", "He said " + strings.Repeat("x, ", 50000)},
		{"quotations", strings.Repeat(`"a," `, 50000)},
		{"signatures", strings.Repeat("“A” ― Bo Li\n", 10000)},
		{"colon frames", strings.Repeat("Bo Li: “A b c.” ", 10000)},
		{"transcript", longTranscript(2000)},
	}
	ex := New(nil)
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			for b.Loop() {
				ex.Extract(in.text)
			}
		})
	}
}
