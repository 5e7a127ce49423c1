package main

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// runCheck asks the gateway whether words were said, and by whom: the
// journalist's "did X really say this, and where did it first appear?".
func runCheck(ctx context.Context, env *cliEnv, args []string) error {
	fs, cf := clientCommand(env, "check", gatewayEnv, gatewayDefault)
	var speaker string
	var maxMatches int
	fs.String(&speaker, "speaker", "", "", "who the words are claimed to be from (name, alias or id)")
	fs.Int(&maxMatches, "max", "", 5, "show at most this many matching statements")
	fs.Usage = func() {
		fmt.Fprintln(env.stderr, `usage: quotectl check [--speaker NAME] [flags] "WORDS OF THE QUOTE"`)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return usageOrHelp(err)
	}
	words := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if words == "" {
		return usageError("check needs the words of the quote")
	}
	conn, err := cf.dial()
	if err != nil {
		return err
	}
	defer conn.Close()
	cctx, cancel := context.WithTimeout(ctx, cf.timeout)
	defer cancel()
	resp, err := qtv1.NewQuoteServiceClient(conn).CheckAttribution(cctx, &qtv1.CheckAttributionRequest{
		Text: words, Speaker: speaker, MaxMatches: int32(maxMatches),
	})
	if err != nil {
		return fmt.Errorf("check attribution: %w", err)
	}
	if cf.json {
		printJSON(env.stdout, resp)
		return nil
	}
	printVerdict(env.stdout, speaker, resp)
	return nil
}

func printVerdict(w io.Writer, claimed string, resp *qtv1.CheckAttributionResponse) {
	who := claimed
	if cs := resp.GetClaimedSpeaker(); cs != nil {
		who = cs.GetName()
	}
	var speakers []string
	for _, m := range resp.GetMatches() {
		if name := m.GetStatement().GetSpeaker().GetName(); !slices.Contains(speakers, name) {
			speakers = append(speakers, name)
		}
	}
	switch resp.GetVerdict() {
	case qtv1.Verdict_VERDICT_CONFIRMED:
		if claimed == "" {
			fmt.Fprintf(w, "CONFIRMED: said by %s\n", strings.Join(speakers, "; "))
		} else {
			fmt.Fprintf(w, "CONFIRMED: %s said this\n", who)
		}
	case qtv1.Verdict_VERDICT_ATTRIBUTED_TO_OTHER:
		fmt.Fprintf(w, "ATTRIBUTED TO SOMEONE ELSE: no statement of %s matches; said by %s\n", who, strings.Join(speakers, "; "))
	default:
		fmt.Fprintln(w, "NOT FOUND: no stored statement matches these words")
		return
	}
	for _, m := range resp.GetMatches() {
		st := m.GetStatement()
		fmt.Fprintf(w, "\n  %s (match %.0f%%)\n    %s\n", st.GetSpeaker().GetName(), 100*m.GetScore(), asReported(st.GetFirstAppearance().GetKind(), st.GetText()))
		if fa := st.GetFirstAppearance(); fa != nil {
			a := fa.GetArticle()
			day := ""
			if fa.GetSaidAt() != nil {
				day = fa.GetSaidAt().AsTime().Format(time.DateOnly) + " "
			}
			fmt.Fprintf(w, "    first appeared %sin %s", day, strings.Join(nonEmpty(a.GetOutlet(), a.GetTitle()), ", "))
			if a.GetUrl() != "" {
				fmt.Fprintf(w, " <%s>", a.GetUrl())
			}
			fmt.Fprintln(w)
		}
		if n := len(st.GetAppearances()); n > 1 {
			fmt.Fprintf(w, "    quoted in %d articles:\n", n)
			for _, ap := range st.GetAppearances() {
				a := ap.GetArticle()
				fmt.Fprintf(w, "      - %s %s\n", strings.Join(nonEmpty(a.GetOutlet(), a.GetTitle()), ", "), a.GetUrl())
			}
		}
	}
}
