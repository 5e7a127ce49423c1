package extract

import (
	"fmt"
	"strings"
	"testing"
)

// TestProperNounIndex: the index of a long article answers as the walk
// does, for every capitalised token of articles of the corpus joined into
// long ones.
func TestProperNounIndex(t *testing.T) {
	texts := corpusTexts(t, "train")
	for i := 0; i+60 <= len(texts) && i < 180; i += 60 {
		d := newDoc(strings.Join(texts[i:i+60], "\n\n"))
		r := newResolver(d, nil)
		if len(r.runs) <= properNounIndexMin {
			t.Fatalf("articles %d-%d: %d runs, too few for the index", i, i+60, len(r.runs))
		}
		for k := range d.toks {
			w := stripPossessive(d.word(k))
			if w == "" || !d.toks[k].upper {
				continue
			}
			if walk, idx := r.properNounWalk(k, w), r.properNounIndexed(k, w); walk != idx {
				t.Fatalf("articles %d-%d, token %d %q: walk %v, index %v", i, i+60, k, d.word(k), walk, idx)
			}
		}
	}
}

// TestLongTranscript: every turn of a long debate transcript is a
// statement of its speaker (BenchmarkPathological/transcript measures its
// speed: 35 s when properNounElsewhere walked every run for every turn).
func TestLongTranscript(t *testing.T) {
	qs := New(nil).Extract(longTranscript(2000))
	if len(qs) != 2000 {
		t.Fatalf("%d statements, want 2000", len(qs))
	}
	for i, q := range qs {
		if want := []string{"HOLT", "CLINTON", "TRUMP"}[i%3]; !strings.Contains(strings.ToUpper(q.Speaker.Name), want) {
			t.Fatalf("turn %d: speaker %q, want %q", i, q.Speaker.Name, want)
		}
	}
}

// longTranscript is a debate transcript of n turns of three speakers.
func longTranscript(n int) string {
	var b strings.Builder
	b.WriteString("Transcript of the second debate\n\n")
	speakers := []string{"HOLT", "CLINTON", "TRUMP"}
	for i := range n {
		fmt.Fprintf(&b, "%s: We have to look at the record of %d years, and the plan my opponent has put forward will not work for the families of this country.\n\n", speakers[i%3], i)
	}
	return b.String()
}
