package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// followUp is a second article, ingested while the page is offline: the
// live feed must pick up its statements when it reconnects, from the last
// position it saw.
const followUp = `Almaty airport reopens as calm returns

The airport in Almaty reopened on Monday after a week of unrest, officials said.

"Flights will resume gradually and passengers should check with their airlines before travelling," the Kazakh transport ministry said in a statement on Monday.

State Department spokesman Ned Price said the United States was following events closely. "We welcome the steps to restore calm and urge restraint from all sides," Price told reporters.
`

// lastArticle arrives after the page is reloaded, for the screenshot.
const lastArticle = `CSTO says its troops will leave Kazakhstan within days

The Collective Security Treaty Organization said on Tuesday that its peacekeeping force would begin to withdraw once order was restored.

"Our mission is limited in time and scope, and it is nearly complete," CSTO Secretary General Stanislav Zas told reporters in Moscow.
`

// TestDashboard drives the gateway's dashboard in headless Chromium against
// `quotectl dev`: statements arrive in the live feed without a reload (and
// after a disconnect, from where the feed left off), an attribution check
// gives its verdicts, and the speaker view lists a speaker's statements.
func TestDashboard(t *testing.T) {
	b := newBrowser(t, 1280, 900)

	dataDir := t.TempDir()
	gatewayAddr, ingestAddr, httpAddr := freeAddr(t), freeAddr(t), freeAddr(t)
	dev := start(t, "quotectl", "dev", "--data-dir", dataDir,
		"--gateway-addr", gatewayAddr, "--ingest-addr", ingestAddr,
		"--gateway-http-addr", httpAddr, "--ingest-http-addr", freeAddr(t))
	dev.waitOutput(t, "ready", 2*time.Minute)
	url := "http://" + httpAddr + "/"

	b.do(t, "open the dashboard", chromedp.Navigate(url))
	b.waitFor(t, 30*time.Second, "the live feed to connect", `(() => {
		const s = document.querySelector('[data-testid=connection-state]');
		if (!s) return 'fail: no connection state on the page';
		return s.dataset.state === 'live' ? 'ok' : s.dataset.state + ': ' + s.textContent.trim();
	})()`)
	// A mark that a reload would wipe out.
	eval[bool](t, b, `window.__notReloaded = true`)

	article := filepath.Join(sharedDir(t), "testdata", "articles", "kazakhstan-csto.txt")
	if out, err := runCLI(t, "ingest", "--addr", ingestAddr, "--published", "2022-01-07", "--outlet", "El American", article); err != nil {
		t.Fatalf("ingest: %q, %v", out, err)
	}

	// A live feed item by the Russian Foreign Ministry, not from the list
	// shown when the page opened (that was empty).
	feedItem := func(text string) string {
		return `(() => {
			if (!window.__notReloaded) return 'fail: the page was reloaded';
			const items = [...document.querySelectorAll('[data-testid=feed-item]')];
			const it = items.find((li) => li.querySelector('[data-testid=quote-text]').textContent.includes(` + jsString(text) + `));
			if (!it) return items.length + ' items in the feed';
			const who = it.querySelector('[data-testid=quote-speaker]').textContent.trim();
			return it.dataset.live === 'true' ? 'ok ' + who : 'listed, not live: ' + who;
		})()`
	}
	got := b.waitFor(t, time.Minute, "the Russian Foreign Ministry's statement in the live feed", feedItem("We view the recent developments"))
	if got != "ok Russian Foreign Ministry" {
		t.Errorf("live feed item: %q, want it by Russian Foreign Ministry", got)
	}
	if top := eval[string](t, b, `document.querySelector('[data-testid=feed-item]').dataset.live`); top != "true" {
		t.Errorf("top feed item live = %q, want newest live items at the top", top)
	}
	if link := eval[string](t, b, `(document.querySelector('[data-testid=feed-item] [data-testid=quote-link]') || {}).textContent || ''`); link == "" {
		t.Errorf("feed item has no source article")
	}
	// A statement carries no "belief or plan" badge (is_speech is true).
	if n := eval[int](t, b, `[...document.querySelectorAll('[data-testid=feed-item]')].filter((li) => li.querySelector('[data-testid=quote-text]').textContent.includes('We view the recent developments') && li.querySelector('[data-testid=quote-belief]')).length`); n != 0 {
		t.Errorf("the ministry's statement is badged a belief or plan")
	}

	t.Run("resume after disconnect", func(t *testing.T) {
		// The page drops its stream when the browser goes offline and
		// reconnects when it is back, asking for what it missed.
		setOffline := func(offline bool) {
			t.Helper()
			throughput := -1.0
			if _, err := chromedp.Call(b.ctx, network.OverrideNetworkState, network.OverrideNetworkStateParams{
				Offline: offline, DownloadThroughput: throughput, UploadThroughput: throughput}); err != nil {
				t.Fatalf("set network offline=%v: %v", offline, err)
			}
		}
		setOffline(true)
		b.waitFor(t, 10*time.Second, "the feed to show it is offline", `(() => {
			const s = document.querySelector('[data-testid=connection-state]');
			return s.dataset.state === 'offline' ? 'ok' : s.dataset.state;
		})()`)
		file := filepath.Join(t.TempDir(), "almaty-airport.txt")
		if err := os.WriteFile(file, []byte(followUp), 0o644); err != nil {
			t.Fatal(err)
		}
		if out, err := runCLI(t, "ingest", "--addr", ingestAddr, "--published", "2022-01-10", "--outlet", "Example Wire", file); err != nil {
			t.Fatalf("ingest: %q, %v", out, err)
		}
		// Give the pipeline the time to store the quotes while the page
		// is away: the gateway serves them once stored.
		eventually(t, time.Minute, "the follow-up's quotes to be stored", func() bool {
			out, err := runCLI(t, "quotes", "--addr", gatewayAddr, "--speaker", "Ned Price")
			return err == nil && strings.Contains(out, "We welcome the steps to restore calm")
		})
		if n := eval[int](t, b, `[...document.querySelectorAll('[data-testid=quote-text]')].filter((q) => q.textContent.includes('We welcome the steps')).length`); n != 0 {
			t.Fatalf("the follow-up's quote reached the page while it was offline")
		}
		setOffline(false)
		got := b.waitFor(t, time.Minute, "the missed statement after reconnecting", feedItem("We welcome the steps to restore calm"))
		if got != "ok Ned Price" {
			t.Errorf("missed statement: %q, want it by Ned Price", got)
		}
		b.waitFor(t, 10*time.Second, "the feed to be live again", `document.querySelector('[data-testid=connection-state]').dataset.state === 'live' ? 'ok' : 'not yet'`)
		if n := eval[int](t, b, `new Set([...document.querySelectorAll('[data-testid=feed-item]')].map((li) => li.dataset.quoteId)).size === document.querySelectorAll('[data-testid=feed-item]').length ? 0 : 1`); n != 0 {
			t.Errorf("a quote is shown twice in the feed after reconnecting")
		}
	})

	check := func(t *testing.T, text, speaker, wantVerdict string) string {
		t.Helper()
		eval[bool](t, b, `(() => {
			for (const id of ['check-text', 'check-speaker']) document.querySelector('[data-testid=' + id + ']').value = '';
			return true;
		})()`)
		steps := []chromedp.Action[chromedp.Void]{chromedp.SendKeys(chromedp.CSS(`[data-testid=check-text]`), text)}
		if speaker != "" {
			steps = append(steps, chromedp.SendKeys(chromedp.CSS(`[data-testid=check-speaker]`), speaker))
		}
		steps = append(steps, chromedp.Click(chromedp.CSS(`[data-testid=check-submit]`)))
		b.do(t, "fill in the check", steps...)
		return b.waitFor(t, 30*time.Second, "the verdict "+wantVerdict, `(() => {
			const err = document.querySelector('[data-testid=check-error]');
			if (err) return 'fail: ' + err.textContent;
			const v = document.querySelector('[data-testid=verdict]');
			if (!v) return 'no verdict yet';
			if (v.dataset.verdict !== `+jsString(wantVerdict)+`) return 'verdict ' + v.dataset.verdict;
			return 'ok ' + v.textContent.replace(/\s+/g, ' ').trim();
		})()`)
	}

	t.Run("check confirmed", func(t *testing.T) {
		got := check(t, "externally provoked attempts at disrupting the security", "", "VERDICT_CONFIRMED")
		if !strings.Contains(got, "Confirmed") || !strings.Contains(got, "Russian Foreign Ministry") {
			t.Errorf("verdict shows %q, want Confirmed naming the Russian Foreign Ministry", got)
		}
		match := eval[string](t, b, `(() => {
			const m = document.querySelector('[data-testid=match]');
			return m ? m.textContent.replace(/\s+/g, ' ') : '';
		})()`)
		for _, want := range []string{"Russian Foreign Ministry", "We view the recent developments", "El American", "% match", "Quoted in 1 article"} {
			if !strings.Contains(match, want) {
				t.Errorf("best match %q does not show %q", match, want)
			}
		}
	})

	t.Run("check attributed to someone else", func(t *testing.T) {
		got := check(t, "externally provoked attempts at disrupting the security", "Vladimir Putin", "VERDICT_ATTRIBUTED_TO_OTHER")
		if !strings.Contains(got, "Attributed to someone else") || !strings.Contains(got, "Russian Foreign Ministry") {
			t.Errorf("verdict shows %q, want 'Attributed to someone else' naming the Russian Foreign Ministry", got)
		}
	})

	t.Run("speaker view", func(t *testing.T) {
		b.do(t, "click the speaker of a feed item", chromedp.Click(chromedp.CSS(`[data-testid=feed-item][data-speaker-id=russian-foreign-ministry] [data-testid=quote-speaker]`)))
		got := b.waitFor(t, 30*time.Second, "the Russian Foreign Ministry's statements", `(() => {
			const d = document.querySelector('[data-testid=speaker-detail]');
			if (d.hidden) return 'speaker view hidden';
			const name = document.querySelector('[data-testid=speaker-name]').textContent;
			const quotes = [...document.querySelectorAll('[data-testid=speaker-quote]')];
			const bars = document.querySelectorAll('[data-testid=timeline-bar]').length;
			if (!quotes.some((q) => q.textContent.includes('We view the recent developments')) || !bars) return name + ': ' + quotes.length + ' quotes, ' + bars + ' bars';
			return 'ok ' + name + ' ' + quotes.length;
		})()`)
		if !strings.HasPrefix(got, "ok Russian Foreign Ministry ") {
			t.Errorf("speaker view: %q", got)
		}
		if hash := eval[string](t, b, `location.hash`); hash != "#speaker=russian-foreign-ministry" {
			t.Errorf("location.hash = %q, want the speaker's link", hash)
		}
		// Searching by an alias prefix finds the speaker.
		b.do(t, "search speakers", chromedp.Click(chromedp.CSS(`#speaker-close`)),
			chromedp.SendKeys(chromedp.CSS(`[data-testid=speaker-search]`), "Russian MF"))
		b.waitFor(t, 10*time.Second, "the speaker search result", `(() => {
			const names = [...document.querySelectorAll('[data-testid=speaker-option]')].map((o) => o.dataset.speakerId);
			return names.length === 1 && names[0] === 'russian-foreign-ministry' ? 'ok' : names.join(',');
		})()`)
	})

	// The screenshot: a fresh page (the hash alone would not reload it)
	// showing a speaker, one more article arriving live, and a check.
	b.do(t, "reload with a speaker shown",
		chromedp.Navigate(url+"#speaker=russian-foreign-ministry"), chromedp.Reload())
	b.waitFor(t, 30*time.Second, "the page to settle", `document.querySelectorAll('[data-testid=timeline-bar]').length && document.querySelector('[data-testid=connection-state]').dataset.state === 'live' ? 'ok' : 'loading'`)
	eval[bool](t, b, `window.__notReloaded = true`)
	file := filepath.Join(t.TempDir(), "csto-withdrawal.txt")
	if err := os.WriteFile(file, []byte(lastArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := runCLI(t, "ingest", "--addr", ingestAddr, "--published", "2022-01-11", "--outlet", "Example Wire", file); err != nil {
		t.Fatalf("ingest: %q, %v", out, err)
	}
	b.waitFor(t, time.Minute, "a statement arriving after the reload", feedItem("Our mission is limited in time and scope"))
	b.do(t, "check a quote for the screenshot",
		chromedp.SendKeys(chromedp.CSS(`[data-testid=check-text]`), "externally provoked attempts at disrupting the security"),
		chromedp.SendKeys(chromedp.CSS(`[data-testid=check-speaker]`), "Vladimir Putin"),
		chromedp.Click(chromedp.CSS(`[data-testid=check-submit]`)))
	b.waitFor(t, 30*time.Second, "the verdict", `document.querySelector('[data-testid=verdict], [data-testid=check-error]') ? 'ok' : 'no verdict yet'`)
	// Let the arrival highlight fade (it lasts 2.5 s) for a calm picture.
	b.waitFor(t, 10*time.Second, "the highlight to fade", `document.getAnimations().length === 0 ? 'ok' : 'animating'`)
	shot := filepath.Join(artifactsDir(), "dashboard.png")
	b.screenshot(t, shot)
	t.Logf("screenshot: %s", shot)

	t.Run("narrow window", func(t *testing.T) {
		b.do(t, "narrow the window", chromedp.EmulateViewport(390, 844))
		b.waitFor(t, 10*time.Second, "no sideways scrolling", `document.documentElement.scrollWidth <= window.innerWidth ? 'ok' : 'page is ' + document.documentElement.scrollWidth + ' px wide'`)
		narrow := filepath.Join(artifactsDir(), "dashboard-narrow.png")
		b.screenshot(t, narrow)
		t.Logf("screenshot: %s", narrow)
	})

	if errs := b.pageErrors(); len(errs) > 0 {
		t.Errorf("the page reported errors:\n%s", strings.Join(errs, "\n"))
	}
	dev.stop(t, 30*time.Second)
}
