// Command quoteeval runs the extractor over an annotated corpus and prints
// the reference scorer's figures (see shared/eval/score.py).
//
//	cd pkg && go run ./cmd/quoteeval -gold ../../shared/eval/polnear/dev.jsonl [-slice every|all|speech|direct]
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/quotetracker/quotetracker/pkg/extract"
	"github.com/quotetracker/quotetracker/pkg/extract/eval"
	"github.com/quotetracker/quotetracker/pkg/extract/jsonl"
)

func main() {
	gold := flag.String("gold", "../../shared/eval/polnear/dev.jsonl", "annotated corpus (JSONL)")
	slice := flag.String("slice", "every", "all, speech, direct, or every (all three)")
	verbsPath := flag.String("verbs", "", "speech verb list (default: speech_verbs.txt in the corpus's parent folder)")
	predOut := flag.String("pred", "", "also write the predictions (JSONL, score.py format) to this file")
	text := flag.String("text", "", "extract from this text instead and print the quotes (debugging)")
	noCut := flag.Bool("no-cut", false, "switch off the learned cut model")
	noAccept := flag.Bool("no-accept", false, "switch off the learned accept model")
	flag.Parse()
	newExtractor = func() *extract.Extractor {
		cut, acc := extract.DefaultModels()
		if *noCut {
			cut = nil
		}
		if *noAccept {
			acc = nil
		}
		return extract.NewWithModels(nil, cut, acc)
	}
	if *text != "" {
		for _, q := range newExtractor().Extract(*text) {
			mention, cue := "", ""
			if q.SpeakerMention != nil {
				mention = (*text)[q.SpeakerMention.Start:q.SpeakerMention.End]
			}
			if q.Cue != nil {
				cue = (*text)[q.Cue.Start:q.Cue.End]
			}
			var parts []string
			for _, c := range q.Content {
				parts = append(parts, (*text)[c.Start:c.End])
			}
			kind := string(q.Kind)
			if !q.IsSpeech {
				kind += ", belief or plan" // is_speech false
			}
			fmt.Printf("[%s] %q (%s) cue %q: %q\n", kind, mention, q.Speaker.Name, cue, strings.Join(parts, " | "))
		}
		return
	}
	if err := run(*gold, *slice, *verbsPath, *predOut); err != nil {
		fmt.Fprintln(os.Stderr, "quoteeval:", err)
		os.Exit(1)
	}
}

var newExtractor = func() *extract.Extractor { return extract.New(nil) }

func run(goldPath, slice, verbsPath, predOut string) error {
	slices := []string{slice}
	switch slice {
	case "every":
		slices = eval.Slices
	case "all", "speech", "direct":
	default:
		return fmt.Errorf("unknown -slice %q (want all, speech, direct or every)", slice)
	}
	docs, err := eval.ReadGoldFile(goldPath)
	if err != nil {
		return err
	}
	if verbsPath == "" {
		verbsPath = filepath.Join(filepath.Dir(filepath.Dir(goldPath)), "speech_verbs.txt")
	}
	verbs, err := eval.LoadVerbs(verbsPath)
	if err != nil {
		return fmt.Errorf("speech verbs (-verbs): %w", err)
	}
	ex := newExtractor()
	preds := make(map[string][]eval.PredQuote, len(docs))
	var w *bufio.Writer
	if predOut != "" {
		f, err := os.Create(predOut)
		if err != nil {
			return err
		}
		defer f.Close()
		w = bufio.NewWriter(f)
		defer w.Flush()
	}
	for _, d := range docs {
		qs := ex.Extract(d.Text)
		preds[d.ID] = eval.Predictions(qs)
		if w != nil {
			b, err := json.Marshal(jsonl.Convert(d.ID, qs))
			if err != nil {
				return err
			}
			w.Write(append(b, '\n'))
		}
	}
	for _, s := range slices {
		fmt.Print(eval.Score(docs, preds, s, verbs))
	}
	return nil
}
