// Package article validates and normalises incoming articles and gives them
// deterministic ids, so the same article sent twice is recognised as one.
package article

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/apierr"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// Limits on an article's fields.
const (
	// MaxTextBytes keeps an article within one NATS message (1 MiB by
	// default); half a MiB is far beyond any news article.
	MaxTextBytes  = 512 << 10
	MaxTitleBytes = 1000
	MaxURLBytes   = 2048
	MaxOutletLen  = 200
)

// ErrInvalid wraps every validation failure; it is an
// apierr.ErrInvalidArgument.
var ErrInvalid = apierr.New(apierr.ErrInvalidArgument, "invalid article")

// Publication dates before earliestYear or more than maxFutureSkew ahead
// are typos or unit mix-ups, not news.
const (
	earliestYear  = 1800
	maxFutureSkew = 48 * time.Hour
)

// Normalize checks a and returns a normalised copy with its id set: text in
// Unicode NFC with Unix newlines and no control characters, UTF-8 decoded
// as Windows-1252 repaired (mojibake.go), HTML converted to text and
// character references left in plain text decoded (entities.go), fields
// trimmed, published_at defaulting to now. It never changes a's meaning: offsets of
// quotes refer to the returned text.
func Normalize(a *qtv1.Article, now time.Time) (*qtv1.Article, error) {
	art, _, err := NormalizeWithNotices(a, now)
	return art, err
}

// NormalizeWithNotices is Normalize that also says what it changed beyond
// the routine (HTML converted to text, say), for the client to see.
func NormalizeWithNotices(a *qtv1.Article, now time.Time) (*qtv1.Article, []string, error) {
	if a == nil {
		return nil, nil, fmt.Errorf("%w: article is required", ErrInvalid)
	}
	for name, v := range map[string]string{"text": a.GetText(), "title": a.GetTitle(), "url": a.GetUrl(), "outlet": a.GetOutlet()} {
		if !utf8.ValidString(v) {
			return nil, nil, fmt.Errorf("%w: %s is not valid UTF-8", ErrInvalid, name)
		}
	}
	if len(a.GetText()) > MaxTextBytes {
		return nil, nil, fmt.Errorf("%w: text is %d bytes, the limit is %d", ErrInvalid, len(a.GetText()), MaxTextBytes)
	}
	raw := a.GetText()
	if share := controlShare(raw); share > maxControlShare {
		return nil, nil, fmt.Errorf("%w: text looks like binary data (%.0f%% control characters)", ErrInvalid, 100*share)
	}
	var notices []string
	raw, repaired := repairMojibake(raw)
	if repaired > 0 {
		notices = append(notices, fmt.Sprintf("text was decoded as Windows-1252 (â€œ for “); repaired %d characters", repaired))
	}
	text := normalizeText(raw)
	if looksLikeHTML(text) {
		text = normalizeText(htmlToText(text))
		notices = append(notices, "text was HTML; converted to plain text")
	} else if decoded, n := decodeReferences(text); n > 0 {
		text = normalizeText(decoded)
		notices = append(notices, fmt.Sprintf("decoded %d HTML character references (&ldquo; for “)", n))
	}
	if strings.TrimSpace(text) == "" {
		return nil, nil, fmt.Errorf("%w: text is empty", ErrInvalid)
	}
	title, _ := repairMojibake(a.GetTitle())
	title = strings.Join(strings.Fields(normalizeText(title)), " ")
	if len(title) > MaxTitleBytes {
		return nil, nil, fmt.Errorf("%w: title is %d bytes, the limit is %d", ErrInvalid, len(title), MaxTitleBytes)
	}
	outlet := strings.Join(strings.Fields(a.GetOutlet()), " ")
	if len(outlet) > MaxOutletLen {
		return nil, nil, fmt.Errorf("%w: outlet is %d bytes, the limit is %d", ErrInvalid, len(outlet), MaxOutletLen)
	}
	link := strings.TrimSpace(a.GetUrl())
	if link != "" {
		if len(link) > MaxURLBytes {
			return nil, nil, fmt.Errorf("%w: url is %d bytes, the limit is %d", ErrInvalid, len(link), MaxURLBytes)
		}
		u, err := url.Parse(link)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return nil, nil, fmt.Errorf("%w: url %q is not an absolute http(s) URL", ErrInvalid, link)
		}
		link = u.String()
	}
	// Times keep MongoDB's millisecond precision, so what is published on
	// the streams equals what the store reads back (gateways loading from
	// MongoDB and gateways following QUOTES must order quotes alike).
	now = now.UTC().Truncate(time.Millisecond)
	published := now
	if ts := a.GetPublishedAt(); ts != nil {
		if err := ts.CheckValid(); err != nil {
			return nil, nil, fmt.Errorf("%w: published_at: %v", ErrInvalid, err)
		}
		published = ts.AsTime().UTC().Truncate(time.Millisecond)
		if published.Year() < earliestYear || published.After(now.Add(maxFutureSkew)) {
			return nil, nil, fmt.Errorf("%w: published_at %s is before %d or more than %s in the future", ErrInvalid, published.Format(time.RFC3339), earliestYear, maxFutureSkew)
		}
	}
	return &qtv1.Article{
		Id:          ID(link, text),
		Url:         link,
		Title:       title,
		Outlet:      outlet,
		PublishedAt: timestamppb.New(published),
		Text:        text,
		IngestedAt:  timestamppb.New(now),
	}, notices, nil
}

// Text with more than minBinaryControls control characters (other than
// newlines and tabs) making up more than maxControlShare of it is taken for
// binary data, not an article; a few stray ones are just dropped.
const (
	maxControlShare   = 0.05
	minBinaryControls = 8
)

func controlShare(s string) float64 {
	n, ctl := 0, 0
	for _, r := range s {
		n++
		if r != '\n' && r != '\t' && r != '\r' && unicode.IsControl(r) {
			ctl++
		}
	}
	if n == 0 || ctl <= minBinaryControls {
		return 0
	}
	return float64(ctl) / float64(n)
}

// ID is the deterministic id of an article: a hash of its URL and
// normalised text. The same story at two URLs is two articles (two
// appearances of its quotes).
func ID(url, text string) string {
	h := sha256.New()
	h.Write([]byte(url))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

func normalizeText(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	s = norm.NFC.String(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\u00a0':
			return ' '
		case unicode.IsControl(r) || r == utf8.RuneError || r == '\ufeff':
			// U+FEFF: a byte order mark pasted with a file's text
			return -1
		}
		return r
	}, s)
}
