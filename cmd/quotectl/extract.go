package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/quotetracker/quotetracker/pkg/aliasfile"
	"github.com/quotetracker/quotetracker/pkg/config"
	"github.com/quotetracker/quotetracker/pkg/extract"
	"github.com/quotetracker/quotetracker/pkg/extract/jsonl"
	"github.com/quotetracker/quotetracker/pkg/extractpb"
)

// runExtract runs the extractor offline: on one text file (or standard
// input), or with --jsonl on JSON lines of documents (the evaluation
// contract: one output line per input line, in order).
func runExtract(ctx context.Context, env *cliEnv, args []string) error {
	fs := config.NewFlagSet("quotectl extract", env.stderr)
	var asJSONL, asJSON bool
	var aliasPath string
	fs.Bool(&asJSONL, "jsonl", "", false, `read JSON lines {"id","text","published_at"} and write one JSON line of quotes per document`)
	fs.Bool(&asJSON, "json", "", false, "print the quotes of a text file as JSON")
	fs.String(&aliasPath, "alias-file", "ALIAS_FILE", "", "extra speaker alias file")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, "usage: quotectl extract [flags] [FILE]   (no FILE or '-': standard input)")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageOrHelp(err)
	}
	if fs.NArg() > 1 {
		return usageError("extract takes at most one file")
	}
	aliases, err := aliasfile.Load(aliasPath)
	if err != nil {
		return err
	}
	ex := extract.New(aliases)
	in := env.stdin
	if fs.NArg() == 1 && fs.Arg(0) != "-" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		defer f.Close()
		in = f
	}
	if asJSONL {
		failed, err := jsonl.Run(ctx, in, env.stdout, env.stderr, ex)
		if err != nil {
			return err
		}
		if failed > 0 {
			return &exitError{code: 1, err: fmt.Errorf("%d input lines could not be read", failed)}
		}
		return nil
	}
	b, err := io.ReadAll(in)
	if err != nil {
		return err
	}
	text := string(b)
	quotes := ex.Extract(text)
	if asJSON {
		enc := json.NewEncoder(env.stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(quotes)
	}
	for _, q := range quotes {
		kind := string(q.Kind)
		if !q.IsSpeech {
			kind += ", belief or plan"
		}
		fmt.Fprintf(env.stdout, "%s (%s, %s) [%s, confidence %.2f]\n", q.Speaker.Name, q.Speaker.Kind, q.CueText, kind, q.Confidence)
		if m := q.SpeakerMention; m != nil {
			fmt.Fprintf(env.stdout, "    mention: %q at %d-%d\n", text[m.Start:m.End], m.Start, m.End)
		}
		fmt.Fprintf(env.stdout, "    %s\n\n", asReported(extractpb.Kind(q.Kind), q.Text))
	}
	if len(quotes) == 0 {
		fmt.Fprintln(env.stderr, "no quotes found")
	}
	return nil
}
