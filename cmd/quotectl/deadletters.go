package main

import (
	"context"
	"fmt"
	"strconv"
	"time"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// runDeadLetters lists or replays the articles the quote service gave up on.
func runDeadLetters(ctx context.Context, env *cliEnv, args []string) error {
	usage := `usage: quotectl deadletters list [flags]
       quotectl deadletters replay [flags] (--all | SEQUENCE...)`
	if len(args) == 0 || (args[0] != "list" && args[0] != "replay") {
		fmt.Fprintln(env.stderr, usage)
		return usageError("deadletters needs list or replay")
	}
	verb := args[0]
	fs, cf := clientCommand(env, "deadletters "+verb, ingestEnv, ingestDefault)
	var all bool
	if verb == "replay" {
		fs.Bool(&all, "all", "", false, "replay every dead letter")
	}
	if err := fs.Parse(args[1:]); err != nil {
		return usageOrHelp(err)
	}
	var seqs []uint64
	for _, a := range fs.Args() {
		n, err := strconv.ParseUint(a, 10, 64)
		if err != nil || n == 0 || verb == "list" {
			return usageError("unexpected argument %q", a)
		}
		seqs = append(seqs, n)
	}
	if verb == "replay" && all == (len(seqs) > 0) {
		return usageError("replay takes --all or sequence numbers (not both)")
	}
	conn, err := cf.dial()
	if err != nil {
		return err
	}
	defer conn.Close()
	client := qtv1.NewIngestServiceClient(conn)

	if verb == "replay" {
		cctx, cancel := context.WithTimeout(ctx, cf.timeout)
		defer cancel()
		resp, err := client.ReplayDeadLetters(cctx, &qtv1.ReplayDeadLettersRequest{Sequences: seqs, All: all})
		if err != nil {
			return fmt.Errorf("replay dead letters: %w", err)
		}
		if cf.json {
			printJSON(env.stdout, resp)
		} else {
			fmt.Fprintf(env.stdout, "replayed %d\n", resp.GetReplayed())
			for _, m := range resp.GetMissing() {
				fmt.Fprintf(env.stdout, "not found: %d\n", m)
			}
		}
		if len(resp.GetMissing()) > 0 {
			return fmt.Errorf("%d dead letters not found", len(resp.GetMissing()))
		}
		return nil
	}

	n := 0
	for after := uint64(0); ; {
		cctx, cancel := context.WithTimeout(ctx, cf.timeout)
		resp, err := client.ListDeadLetters(cctx, &qtv1.ListDeadLettersRequest{AfterSequence: after, PageSize: 500})
		cancel()
		if err != nil {
			return fmt.Errorf("list dead letters: %w", err)
		}
		for _, dl := range resp.GetDeadLetters() {
			n++
			if cf.json {
				printJSON(env.stdout, dl)
				continue
			}
			fmt.Fprintf(env.stdout, "%6d  %s  article %s  %q\n        %s (after %d deliveries)\n",
				dl.GetSequence(), dl.GetDeadAt().AsTime().Format(time.RFC3339), dl.GetArticleId(), dl.GetTitle(), dl.GetReason(), dl.GetDeliveries())
		}
		if resp.GetNextAfterSequence() == 0 {
			break
		}
		after = resp.GetNextAfterSequence()
	}
	if n == 0 && !cf.json {
		fmt.Fprintln(env.stderr, "no dead letters")
	}
	return nil
}
