package eval_test

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/quotetracker/quotetracker/pkg/extract"
	"github.com/quotetracker/quotetracker/pkg/extract/eval"
	"github.com/quotetracker/quotetracker/pkg/extract/jsonl"
)

var evalDir = filepath.Join("..", "..", "..", "..", "shared", "eval")

// TestAgreesWithScorePy scores the extractor's predictions on the dev split,
// plus perturbed predictions (offsets inside runes, past the end, empty
// mentions), with both this package and score.py.
func TestAgreesWithScorePy(t *testing.T) {
	goldPath := filepath.Join(evalDir, "polnear", "dev.jsonl")
	script := filepath.Join(evalDir, "score.py")
	if _, err := os.Stat(goldPath); err != nil {
		t.Skip("corpus not available")
	}
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not available")
	}
	gold, err := eval.ReadGoldFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	verbs, err := eval.LoadVerbs(filepath.Join(evalDir, "speech_verbs.txt"))
	if err != nil {
		t.Fatal(err)
	}
	ex := extract.New(nil)
	rng := rand.New(rand.NewPCG(1, 2))
	preds := map[string][]eval.PredQuote{}
	f, err := os.Create(filepath.Join(t.TempDir(), "pred.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	enc := json.NewEncoder(f)
	for i, d := range gold {
		r := jsonl.Convert(d.ID, ex.Extract(d.Text))
		if i%3 == 1 { // perturb some documents
			for k := range r.Quotes {
				q := &r.Quotes[k]
				switch rng.IntN(4) {
				case 0:
					q.Content[0].Start += rng.IntN(5) - 2
				case 1:
					q.SpeakerMention = nil
				case 2:
					q.Content = append(q.Content, jsonl.Span{Start: len(d.Text) - 3, End: len(d.Text) + 10})
				}
			}
			n := len(d.Text)
			r.Quotes = append(r.Quotes, jsonl.Quote{Content: []jsonl.Span{{Start: rng.IntN(n + 1), End: rng.IntN(n + 1)}}, Cue: &jsonl.Span{Start: -1, End: 4}})
		}
		if i%7 == 3 {
			continue // a document without predictions
		}
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		var ps []eval.PredQuote
		for _, q := range r.Quotes {
			p := eval.PredQuote{}
			for _, c := range q.Content {
				p.Content = append(p.Content, eval.Span(c))
			}
			if q.SpeakerMention != nil {
				s := eval.Span(*q.SpeakerMention)
				p.SpeakerMention = &s
			}
			if q.Cue != nil {
				s := eval.Span(*q.Cue)
				p.Cue = &s
			}
			ps = append(ps, p)
		}
		preds[d.ID] = ps
	}
	f.Close()
	for _, slice := range eval.Slices {
		out, err := exec.Command(py, script, goldPath, f.Name(), "--slice", slice, "--json").Output()
		if err != nil {
			t.Fatalf("score.py: %v", err)
		}
		var want map[string]json.RawMessage
		if err := json.Unmarshal(out, &want); err != nil {
			t.Fatal(err)
		}
		got := eval.Score(gold, preds, slice, verbs)
		for _, lv := range eval.LevelNames {
			var w struct {
				P, R, F1   float64
				SpeakerAcc float64 `json:"speaker_acc"`
				E2EF1      float64 `json:"e2e_F1"`
				CueAcc     float64 `json:"cue_acc"`
				TP         int     `json:"tp"`
				FP         int     `json:"fp"`
				FN         int     `json:"fn"`
			}
			if err := json.Unmarshal(want[lv], &w); err != nil {
				t.Fatal(err)
			}
			g := got.Levels[lv]
			if g.TP != w.TP || g.FP != w.FP || g.FN != w.FN {
				t.Errorf("%s/%s: tp/fp/fn %d/%d/%d, score.py %d/%d/%d", slice, lv, g.TP, g.FP, g.FN, w.TP, w.FP, w.FN)
			}
			for _, c := range []struct {
				name      string
				got, want float64
			}{{"P", g.P, w.P}, {"R", g.R, w.R}, {"F1", g.F1, w.F1}, {"speaker_acc", g.SpeakerAcc, w.SpeakerAcc}, {"e2e_F1", g.E2EF1, w.E2EF1}, {"cue_acc", g.CueAcc, w.CueAcc}} {
				if math.Abs(c.got-c.want) > 0.0005 {
					t.Errorf("%s/%s %s: %.4f, score.py %.4f", slice, lv, c.name, c.got, c.want)
				}
			}
		}
	}
}
