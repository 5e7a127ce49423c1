// Command quotectl is the Quotetracker command line: it runs the whole
// system locally (dev), runs single embedded servers (nats, mongo), talks to
// a running system (ingest, quotes, quote, speakers, watch) and runs the
// extractor offline (extract).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// exitError carries a process exit code.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, args...)}
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *cliEnv, args []string) error
}

// cliEnv is what every command reads from and writes to.
type cliEnv struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func commands() []command {
	return []command{
		{"dev", "run the whole system locally: embedded NATS and MongoDB server plus all services", runDev},
		{"ingest", "ingest article files (text, JSON or JSON lines)", runIngest},
		{"quotes", "list quotes by speaker and date range", runQuotes},
		{"quote", "show one quote by id", runQuote},
		{"speakers", "list speakers with aliases and quote counts", runSpeakers},
		{"watch", "stream new quotes as they are stored", runWatch},
		{"check", "check an attribution: who said these words, and where they first appeared", runCheck},
		{"deadletters", "list or replay articles the quote service gave up on", runDeadLetters},
		{"extract", "run the extractor offline on a file or JSON lines", runExtract},
		{"nats", "run only the embedded NATS server (JetStream)", runNATS},
		{"mongo", "run only the embedded MongoDB server (FerretDB on SQLite)", runMongo},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, &cliEnv{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr}, os.Args[1:])
	stop()
	if err == nil || errors.Is(err, flag.ErrHelp) {
		return
	}
	code := 1
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
	}
	fmt.Fprintln(os.Stderr, "quotectl:", err)
	os.Exit(code)
}

func run(ctx context.Context, env *cliEnv, args []string) error {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printUsage(env.stderr)
		if len(args) == 0 {
			return usageError("no command given")
		}
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, env, args[1:])
		}
	}
	printUsage(env.stderr)
	return usageError("unknown command %q", args[0])
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: quotectl COMMAND [flags]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun 'quotectl COMMAND -h' for a command's flags.")
}
