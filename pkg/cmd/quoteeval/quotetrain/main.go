// Command quotetrain trains the extractor's learned filters (see
// pkg/extract/model.go) on the training split of the annotated corpus and
// writes their weights into pkg/extract/data. Deterministic: the same corpus
// gives the same files.
//
//	cd pkg && go run ./cmd/quoteeval/quotetrain [-gold ../../shared/eval/polnear/train.jsonl]
package main

import (
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"

	"github.com/quotetracker/quotetracker/pkg/extract"
	"github.com/quotetracker/quotetracker/pkg/extract/eval"
	"github.com/quotetracker/quotetracker/pkg/extract/jsonl"
)

// Decision thresholds, chosen by cross-validation on the training split.
var cutThreshold, acceptThreshold, nonSpeechThreshold = 0.35, 0.5, 0.8

// seed varies the fold split and the example order (-seed).
var seed uint64

type example struct {
	fs []uint32
	y  float64
}

func main() {
	gold := flag.String("gold", "../../shared/eval/polnear/train.jsonl", "training corpus (JSONL); never the dev split")
	out := flag.String("out", "extract/data", "folder of the weight files")
	epochs := flag.Int("epochs", 8, "passes over the examples")
	l2 := flag.Float64("l2", 1e-6, "L2 penalty per example")
	cv := flag.Int("cv", 0, "instead of writing the models, report a k-fold cross-validation on the training split")
	cvPred := flag.String("cv-pred", "", "with -cv: also write the cross-validated predictions (JSONL, score.py format) to this file")
	flag.Uint64Var(&seed, "seed", 0, "with -cv: another fold split and example order, to see how much a difference is noise")
	flag.Float64Var(&cutThreshold, "cut-threshold", cutThreshold, "decision threshold of the cut model")
	flag.Float64Var(&acceptThreshold, "accept-threshold", acceptThreshold, "decision threshold of the accept model")
	flag.Float64Var(&nonSpeechThreshold, "nonspeech-threshold", nonSpeechThreshold, "decision threshold of the accept model for beliefs, plans and findings")
	flag.Parse()
	docs, err := eval.ReadGoldFile(*gold)
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotetrain:", err)
		os.Exit(1)
	}

	if *cv > 1 {
		crossValidate(docs, *cv, *epochs, *l2, *gold, *cvPred)
		return
	}
	cut, acc := fit(docs, *epochs, *l2, true)
	write(*out+"/cut.bin", cut)
	write(*out+"/accept.bin", acc)
}

// crossValidate scores, on each of k folds of docs, the models trained on
// the other folds: an honest estimate on the training split alone.
func crossValidate(docs []eval.GoldDoc, k, epochs int, l2 float64, goldPath, predPath string) {
	verbs, err := eval.LoadVerbs(filepath.Join(filepath.Dir(filepath.Dir(goldPath)), "speech_verbs.txt"))
	if err != nil {
		fmt.Fprintln(os.Stderr, "quotetrain:", err)
		os.Exit(1)
	}
	preds := map[string][]eval.PredQuote{}
	var lines [][]byte
	var held []scored // the accept model's held-out candidates
	for f := 0; f < k; f++ {
		var tr, te []eval.GoldDoc
		for i, d := range docs {
			if (i+int(seed))%k == f {
				te = append(te, d)
			} else {
				tr = append(tr, d)
			}
		}
		cut, acc := fit(tr, epochs, l2, false)
		for _, e := range acceptExamples(te, cut) {
			held = append(held, scored{acc.Prob(e.fs), e.y})
		}
		ex := extract.NewWithModels(nil, cut, acc)
		for _, d := range te {
			qs := ex.Extract(d.Text)
			preds[d.ID] = eval.Predictions(qs)
			if predPath != "" {
				b, _ := json.Marshal(jsonl.Convert(d.ID, qs))
				lines = append(lines, append(b, '\n'))
			}
		}
	}
	if predPath != "" {
		var all []byte
		for _, l := range lines {
			all = append(all, l...)
		}
		if err := os.WriteFile(predPath, all, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "quotetrain:", err)
			os.Exit(1)
		}
	}
	for _, s := range eval.Slices {
		fmt.Print(eval.Score(docs, preds, s, verbs))
	}
	logLoss, auc := heldOutFit(held)
	fmt.Printf("accept model held out: %d candidates, log loss %.4f, AUC %.4f\n", len(held), logLoss, auc)
}

// scored is a held-out candidate: the accept model's probability, its label.
type scored struct{ p, y float64 }

// heldOutFit measures the accept model apart from its thresholds, on all of
// its candidates: the mean log loss and the area under the ROC curve. (Both
// improve with fewer epochs or stacked training while F1 stays flat: the
// figures tell a better-ranked model from noise, not a better extractor.)
func heldOutFit(ss []scored) (logLoss, auc float64) {
	if len(ss) == 0 {
		return 0, 0
	}
	var pos, neg float64
	for _, s := range ss {
		p := min(max(s.p, 1e-7), 1-1e-7)
		if s.y == 1 {
			logLoss -= math.Log(p)
			pos++
		} else {
			logLoss -= math.Log(1 - p)
			neg++
		}
	}
	slices.SortStableFunc(ss, func(a, b scored) int { return cmp.Compare(a.p, b.p) })
	// rank sum of the positives; ties share their mean rank
	var rankSum float64
	for i := 0; i < len(ss); {
		j := i
		for j < len(ss) && ss[j].p == ss[i].p {
			j++
		}
		mean := float64(i+j+1) / 2
		for k := i; k < j; k++ {
			if ss[k].y == 1 {
				rankSum += mean
			}
		}
		i = j
	}
	if pos == 0 || neg == 0 {
		return logLoss / float64(len(ss)), 0
	}
	return logLoss / float64(len(ss)), (rankSum - pos*(pos+1)/2) / (pos * neg)
}

// fit trains the cut model, then the accept model on the candidates the cut
// model shapes.
func fit(docs []eval.GoldDoc, epochs int, l2 float64, verbose bool) (cut, acc *extract.Model) {
	// 1. the cut model, on the rule-based candidates without filters
	ex := extract.NewWithModels(nil, nil, nil)
	var cutEx []example
	for i := range docs {
		m := eval.NewMatcher(&docs[i])
		for _, c := range ex.Candidates(docs[i].Text) {
			if len(c.Cuts) == 0 {
				continue
			}
			opts := make([][]extract.Span, 0, len(c.Cuts)+1)
			for _, k := range c.Cuts {
				opts = append(opts, k.Content)
			}
			opts = append(opts, c.Quote.Content) // no cut
			gi, bestJ := -1, 0.0
			for _, o := range opts {
				g, _ := m.Best(eval.Spans(o))
				if g >= 0 {
					if j := m.Jaccard(eval.Spans(o), g); j > bestJ {
						gi, bestJ = g, j
					}
				}
			}
			if gi < 0 || bestJ < 0.3 {
				continue
			}
			best, bj := len(opts)-1, m.Jaccard(eval.Spans(opts[len(opts)-1]), gi)
			for oi := len(opts) - 2; oi >= 0; oi-- {
				if j := m.Jaccard(eval.Spans(opts[oi]), gi); j > bj+1e-9 {
					best, bj = oi, j
				}
			}
			for oi, k := range c.Cuts {
				if oi > best {
					break
				}
				y := 0.0
				if oi == best {
					y = 1
				}
				cutEx = append(cutEx, example{k.Features, y})
			}
		}
	}
	cut = train(cutEx, epochs, l2, 1+2*seed)
	cut.Threshold = float32(cutThreshold)
	if verbose {
		report("cut", cut, cutEx)
	}

	// 2. the accept model, on the candidates the cut model has shaped;
	// label: the candidate is matched by score.py's greedy one-to-one rule
	accEx := acceptExamples(docs, cut)
	acc = train(accEx, epochs, l2, 2+2*seed)
	acc.Threshold = float32(acceptThreshold)
	acc.NonSpeechThreshold = float32(nonSpeechThreshold)
	if verbose {
		report("accept", acc, accEx)
	}
	return cut, acc
}

// acceptExamples lists the candidates of docs that the cut model shapes,
// labelled: the candidate is matched by score.py's greedy one-to-one rule.
func acceptExamples(docs []eval.GoldDoc, cut *extract.Model) []example {
	ex := extract.NewWithModels(nil, cut, nil)
	var accEx []example
	for i := range docs {
		m := eval.NewMatcher(&docs[i])
		cands := ex.Candidates(docs[i].Text)
		covers := make([][]float64, len(cands))
		for ci, c := range cands {
			covers[ci] = m.Covers(eval.Spans(c.Quote.Content))
		}
		used := make([]bool, len(cands))
		for gi := range docs[i].Attributions {
			best, bc := -1, 0.0
			for ci := range cands {
				if !used[ci] && covers[ci][gi] >= 0.3 && covers[ci][gi] > bc {
					best, bc = ci, covers[ci][gi]
				}
			}
			if best >= 0 {
				used[best] = true
			}
		}
		for ci, c := range cands {
			y := 0.0
			if used[ci] {
				y = 1
			}
			accEx = append(accEx, example{c.Features, y})
		}
	}
	return accEx
}

// train fits a logistic regression by AdaGrad SGD with L2, in a fixed
// shuffled order; features seen fewer than 3 times keep a zero weight.
func train(ex []example, epochs int, l2 float64, seed uint64) *extract.Model {
	m := extract.NewModel()
	n := len(m.W)
	count := make([]int, n)
	for _, e := range ex {
		for _, f := range e.fs {
			count[f]++
		}
	}
	w := make([]float64, n)
	g2 := make([]float64, n)
	var b, bg2 float64
	rng := rand.New(rand.NewPCG(seed, 42))
	order := make([]int, len(ex))
	for i := range order {
		order[i] = i
	}
	const eta = 0.1
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, i := range order {
			e := ex[i]
			z := b
			for _, f := range e.fs {
				if count[f] >= 3 {
					z += w[f]
				}
			}
			p := 1 / (1 + math.Exp(-z))
			g := p - e.y
			bg2 += g * g
			b -= eta * g / math.Sqrt(bg2+1e-8)
			for _, f := range e.fs {
				if count[f] < 3 {
					continue
				}
				gf := g + l2*w[f]
				g2[f] += gf * gf
				w[f] -= eta * gf / math.Sqrt(g2[f]+1e-8)
			}
		}
	}
	for i := range w {
		if math.Abs(w[i]) > 1e-4 {
			m.W[i] = float32(w[i])
		}
	}
	m.Bias = float32(b)
	return m
}

func report(name string, m *extract.Model, ex []example) {
	var tp, fp, fn, pos int
	for _, e := range ex {
		p := m.Prob(e.fs) >= float64(m.Threshold)
		switch {
		case p && e.y == 1:
			tp++
		case p:
			fp++
		case e.y == 1:
			fn++
		}
		if e.y == 1 {
			pos++
		}
	}
	fmt.Printf("%s: %d examples, %d positive; on train: tp %d fp %d fn %d\n", name, len(ex), pos, tp, fp, fn)
}

func write(path string, m *extract.Model) {
	b, _ := m.MarshalBinary()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "quotetrain:", err)
		os.Exit(1)
	}
	fmt.Printf("wrote %s (%d bytes)\n", path, len(b))
}
