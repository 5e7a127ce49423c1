// Package svcmain is the shared body of every service's main: parse flags
// (with env fallbacks), build the logger, build the service, run it until
// SIGINT/SIGTERM, and turn the outcome into an exit code.
package svcmain

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"github.com/quotetracker/quotetracker/pkg/config"
	"github.com/quotetracker/quotetracker/pkg/logging"
)

// Config is a service's configuration.
type Config interface {
	Register(f *config.FlagSet)
	Shared() *config.Common
}

// Runner is a built service; Run blocks until ctx is done and the service
// has shut down.
type Runner interface {
	Run(ctx context.Context) error
}

// Build constructs a service from its parsed config.
type Build func(ctx context.Context, log *slog.Logger) (Runner, error)

// Main runs the service named name and exits: 0 on a clean shutdown, 2 on
// bad flags, 1 on any other error.
func Main(name string, cfg Config, build Build) {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := Run(ctx, name, os.Args[1:], os.Stderr, cfg, build)
	stop()
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		os.Exit(0)
	case errors.Is(err, errUsage):
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		os.Exit(2)
	default:
		fmt.Fprintf(os.Stderr, "%s: %v\n", name, err)
		os.Exit(1)
	}
}

var errUsage = errors.New("usage")

// Run is Main without the process exit, for tests.
func Run(ctx context.Context, name string, args []string, stderr io.Writer, cfg Config, build Build) error {
	fs := config.NewFlagSet(name, stderr)
	cfg.Register(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("%w: unexpected arguments %q", errUsage, fs.Args())
	}
	c := cfg.Shared()
	log, err := logging.New(stderr, c.LogLevel, c.LogFormat)
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	log = log.With("service", name)
	svc, err := build(ctx, log)
	if err != nil {
		return err
	}
	log.Info("starting")
	if err := svc.Run(ctx); err != nil {
		return err
	}
	log.Info("stopped")
	return nil
}
