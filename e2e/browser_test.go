package e2e

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// browser is a headless Chromium driven over the DevTools protocol, one tab.
type browser struct {
	ctx context.Context

	mu   sync.Mutex
	errs []string // uncaught exceptions and console errors of the page
}

// chromiumPath finds the system Chromium: $CHROMIUM, /usr/bin/chromium, or
// chromium or chromium-browser on PATH.
func chromiumPath() string {
	if p := os.Getenv("CHROMIUM"); p != "" {
		return p
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// newBrowser starts Chromium with a fresh profile and a window of the given
// size. Without Chromium the test is skipped, except in CI (CI=true), which
// installs it (.ci/run) and so fails instead.
func newBrowser(t *testing.T, width, height int) *browser {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		msg := "Chromium not found (looked for $CHROMIUM, /usr/bin/chromium, chromium on PATH); " +
			"install it with: apt-get install -y --no-install-recommends chromium chromium-driver"
		if os.Getenv("CI") == "true" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		// This machine's network is closed: without these Chromium keeps
		// trying to reach Google's services.
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("lang", "en-US"),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	b := &browser{ctx: ctx}
	// Start the browser (no timeout on this first call: it would bound the
	// browser's life).
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium %s: %v", path, err)
	}
	go b.collect(t)
	return b
}

// collect records the page's uncaught exceptions and console errors.
func (b *browser) collect(t *testing.T) {
	exceptions := chromedp.Events(b.ctx, runtime.ExceptionThrown)
	console := chromedp.Events(b.ctx, runtime.ConsoleAPICalled)
	go func() {
		for ev, err := range exceptions {
			if err != nil {
				return
			}
			b.record("exception: " + (&chromedp.ExceptionError{ExceptionDetails: ev.ExceptionDetails}).Error())
		}
	}()
	for ev, err := range console {
		if err != nil {
			return
		}
		if ev.Type != runtime.ConsoleAPICalledTypeError {
			continue
		}
		var parts []string
		for _, a := range ev.Args {
			if len(a.Value) > 0 {
				parts = append(parts, string(a.Value))
			} else {
				parts = append(parts, a.Description)
			}
		}
		b.record("console.error: " + strings.Join(parts, " "))
	}
}

func (b *browser) record(s string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.errs = append(b.errs, s)
}

// pageErrors returns what the page has reported as errors so far.
func (b *browser) pageErrors() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]string(nil), b.errs...)
}

// do runs actions with a timeout.
func (b *browser) do(t *testing.T, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression and returns its value.
func eval[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// waitFor polls expr, a JavaScript expression giving a string, every 100 ms
// until it gives "ok…" (returned) or "fail…" (the test fails at once with
// it); anything else means "not yet", and is reported with the timeout.
func (b *browser) waitFor(t *testing.T, timeout time.Duration, what, expr string) string {
	t.Helper()
	deadline := time.Now().Add(timeout)
	last := ""
	for {
		ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		cancel()
		switch {
		case err != nil && !errors.Is(err, context.DeadlineExceeded):
			last = "error: " + err.Error()
		case strings.HasPrefix(v, "ok"):
			return v
		case strings.HasPrefix(v, "fail"):
			b.failShot(t)
			t.Fatalf("waiting for %s: %s", what, v)
		default:
			last = v
		}
		if time.Now().After(deadline) {
			b.failShot(t)
			t.Fatalf("timed out after %s waiting for %s (last: %q; page errors: %q)", timeout, what, last, b.pageErrors())
		}
		select {
		case <-time.After(100 * time.Millisecond):
		case <-b.ctx.Done():
			t.Fatalf("waiting for %s: browser gone: %v", what, b.ctx.Err())
		}
	}
}

// screenshot saves a full-page PNG to path.
func (b *browser) screenshot(t *testing.T, path string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// failShot saves what the page looked like when a wait failed.
func (b *browser) failShot(t *testing.T) {
	path := filepath.Join(artifactsDir(), "failure-"+strings.ReplaceAll(t.Name(), "/", "_")+".png")
	ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
	defer cancel()
	if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		if os.MkdirAll(filepath.Dir(path), 0o755) == nil && os.WriteFile(path, png, 0o644) == nil {
			t.Logf("page at failure: %s", path)
		}
	}
}

// artifactsDir is e2e/artifacts (gitignored), for screenshots.
func artifactsDir() string { return filepath.Join(repoRoot(), "e2e", "artifacts") }

// jsString quotes s as a JavaScript string literal.
func jsString(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "\r", `\r`, "\u2028", `\u2028`, "\u2029", `\u2029`)
	return "'" + r.Replace(s) + "'"
}
