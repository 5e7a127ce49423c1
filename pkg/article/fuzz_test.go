package article

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/apierr"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// FuzzNormalize: whatever arrives, Normalize returns either an
// InvalidArgument error or an article whose text is valid, non-empty UTF-8
// within the limit, with a stable id; it never panics.
func FuzzNormalize(f *testing.F) {
	f.Add("“We will not go,” she said.", "Title", "https://example.org/a", "Outlet", int64(1640995200))
	f.Add("<html><body><p>He said \"yes\".</p><script>x()</script></body></html>", "", "", "", int64(0))
	f.Add("\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c", "t", "ftp://x", "o", int64(-99999999999))
	f.Add("a\r\nb\rc\u00a0d", "  spaced   title ", "http://[::1]:80/x", "", int64(253402300799))
	f.Add("\xff\xfe invalid", "t", "", "", int64(1))
	f.Add("&ldquo;Go,&rdquo; she said &amp;amp; &#1114111; &#x110000; &not &AMP;", "", "", "", int64(0))
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, text, title, url, outlet string, published int64) {
		in := &qtv1.Article{Text: text, Title: title, Url: url, Outlet: outlet, PublishedAt: &timestamppb.Timestamp{Seconds: published}}
		out, notices, err := NormalizeWithNotices(in, now)
		if err != nil {
			if !errors.Is(err, apierr.ErrInvalidArgument) {
				t.Fatalf("error of the wrong kind: %v", err)
			}
			return
		}
		if !utf8.ValidString(out.GetText()) || strings.TrimSpace(out.GetText()) == "" || len(out.GetText()) > MaxTextBytes {
			t.Fatalf("bad normalised text %q", out.GetText())
		}
		if out.GetId() != ID(out.GetUrl(), out.GetText()) {
			t.Fatalf("id does not match text and url")
		}
		again, _, err := NormalizeWithNotices(&qtv1.Article{Text: out.GetText(), Title: out.GetTitle(), Url: out.GetUrl(), Outlet: out.GetOutlet(), PublishedAt: out.GetPublishedAt()}, now)
		if err != nil {
			t.Fatalf("normalised article rejected on a second pass: %v", err)
		}
		if len(notices) == 0 && again.GetId() != out.GetId() {
			t.Fatalf("normalising twice changed the id: %q -> %q", out.GetText(), again.GetText())
		}
	})
}

func TestHTMLIsConvertedWithNotice(t *testing.T) {
	html := `<!doctype html><html><head><title>x</title><style>p{}</style></head><body>
<p>&ldquo;We will not go,&rdquo; said Mayor Anna Berg.</p><script>track()</script>
<div>Second&nbsp;paragraph &amp; more.</div></body></html>`
	out, notices, err := NormalizeWithNotices(&qtv1.Article{Text: html}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(notices) != 1 || !strings.Contains(notices[0], "HTML") {
		t.Errorf("notices = %q", notices)
	}
	want := "“We will not go,” said Mayor Anna Berg.\n\nSecond paragraph & more."
	if out.GetText() != want {
		t.Errorf("text = %q, want %q", out.GetText(), want)
	}
}

func TestBinaryIsRejected(t *testing.T) {
	blob := strings.Repeat("\x00\x01\x02data", 50)
	_, err := Normalize(&qtv1.Article{Text: blob}, time.Now())
	if !errors.Is(err, apierr.ErrInvalidArgument) || !strings.Contains(err.Error(), "binary") {
		t.Errorf("binary text: %v", err)
	}
}

// TestNormalizeMojibakeNotice: a text decoded as Windows-1252 is repaired,
// and the client is told.
func TestNormalizeMojibakeNotice(t *testing.T) {
	out, notices, err := NormalizeWithNotices(&qtv1.Article{Text: "â€œWe will win,â€\u009d she said.", Title: "Itâ€™s on"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if out.GetText() != "“We will win,” she said." || out.GetTitle() != "It’s on" {
		t.Errorf("text %q, title %q", out.GetText(), out.GetTitle())
	}
	if len(notices) != 1 || !strings.Contains(notices[0], "Windows-1252") {
		t.Errorf("notices %q", notices)
	}
}

func TestCharacterReferencesDecodedWithNotice(t *testing.T) {
	out, notices, err := NormalizeWithNotices(&qtv1.Article{Text: "&ldquo;We will not go,&rdquo; said Mayor Anna Berg."}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if len(notices) != 1 || !strings.Contains(notices[0], "decoded 2 HTML character references") {
		t.Errorf("notices = %q", notices)
	}
	if want := "“We will not go,” said Mayor Anna Berg."; out.GetText() != want {
		t.Errorf("text = %q, want %q", out.GetText(), want)
	}
}
