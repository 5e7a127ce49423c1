package extract

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"
)

// devTexts reads the article texts of the eval dev split.
func devTexts(b testing.TB) []string {
	f, err := os.Open(sharedPath(b, "eval/polnear/dev.jsonl"))
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
	texts := devTexts(b)
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
	texts := devTexts(b)
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
	texts := devTexts(b)
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
