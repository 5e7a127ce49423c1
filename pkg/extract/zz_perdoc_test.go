package extract

import (
	"os"
	"strconv"
	"testing"
)

func BenchmarkZZDoc(b *testing.B) {
	texts := corpusTexts(b, "dev")
	i, _ := strconv.Atoi(os.Getenv("ZZDOC"))
	ex := New(nil)
	b.SetBytes(int64(len(texts[i])))
	for b.Loop() {
		ex.Extract(texts[i])
	}
}
