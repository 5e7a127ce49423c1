package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// collect reads input as the file name (its extension chooses the format
// with "auto"); origins name the file by its base name.
func collect(t testing.TB, input, name, format string) []sourcedArticle {
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(input), 0o600); err != nil {
		t.Fatal(err)
	}
	var out []sourcedArticle
	for sa := range readArticles(nil, path, format, &qtv1.Article{Outlet: "Flag Outlet"}) {
		sa.origin = strings.TrimPrefix(sa.origin, filepath.Dir(path)+"/")
		out = append(out, sa)
	}
	return out
}

func TestReadArticlesJSONLines(t *testing.T) {
	input := `{"url":"https://example.org/1","title":"One","publisher":"Corpus Outlet","publication_date":"2016-09-12","text":"He said so."}

not json
{"title":"Three","published_at":"yesterday","text":"x"}
{"title":"Four","text":"She said no."}
`
	got := collect(t, input, "in.jsonl", "auto")
	if len(got) != 4 {
		t.Fatalf("got %d records, want 4 (blank line skipped)", len(got))
	}
	first := got[0].article
	if got[0].err != nil || first.GetOutlet() != "Corpus Outlet" || first.GetPublishedAt().AsTime().Format("2006-01-02") != "2016-09-12" || first.GetUrl() != "https://example.org/1" {
		t.Errorf("first record = %v, %v", first, got[0].err)
	}
	if got[1].err == nil || got[1].origin != "in.jsonl:3" {
		t.Errorf("malformed line: %+v, want an error naming line 3", got[1])
	}
	if got[2].err == nil || !strings.Contains(got[2].err.Error(), "yesterday") {
		t.Errorf("bad date: %v", got[2].err)
	}
	if got[3].err != nil || got[3].article.GetOutlet() != "Flag Outlet" {
		t.Errorf("flag defaults not applied: %v, %v", got[3].article, got[3].err)
	}
}

func TestReadArticlesJSONArrayAndText(t *testing.T) {
	got := collect(t, `[{"title":"A","text":"a"},{"title":"B","text":"b"}]`, "in.json", "auto")
	if len(got) != 2 || got[1].article.GetTitle() != "B" {
		t.Fatalf("JSON array: %+v", got)
	}
	got = collect(t, "Plain article text.", "story.txt", "auto")
	if len(got) != 1 || got[0].article.GetTitle() != "story" || got[0].article.GetText() != "Plain article text." {
		t.Fatalf("text file: %+v", got)
	}
	if got := collect(t, "x", "in.bin", "yaml"); len(got) != 1 || got[0].err == nil {
		t.Fatalf("unknown format accepted: %+v", got)
	}
}

// TestReadArticlesByteOrderMark: files saved with a byte order mark read
// as without it, in every format.
func TestReadArticlesByteOrderMark(t *testing.T) {
	const bom = "\ufeff"
	for _, c := range []struct{ input, name string }{
		{bom + `{"title":"A","text":"He said so."}` + "\n", "in.jsonl"},
		{bom + `[{"title":"A","text":"He said so."}]`, "in.json"},
		{bom + `{"title":"A","text":"He said so."}`, "in.json"},
		{bom + "He said so.", "A.txt"},
	} {
		got := collect(t, c.input, c.name, "auto")
		if len(got) != 1 || got[0].err != nil || got[0].article.GetTitle() != "A" || got[0].article.GetText() != "He said so." {
			t.Errorf("%s: %+v; want one article A, text without the mark", c.name, got)
		}
	}
}

// FuzzReadArticles: any input yields records that each carry an article
// or an error, never both nor neither, and never panics.
func FuzzReadArticles(f *testing.F) {
	f.Add(`{"title":"t","text":"x"}`+"\n"+`{bad`, "jsonl")
	f.Add(`[{"text":"a"}, 3, null]`, "json")
	f.Add(`{"published_at":"2016-13-45","text":"x"}`, "json")
	f.Add("\x00\xff", "text")
	f.Fuzz(func(t *testing.T, input, format string) {
		for _, sa := range collect(t, input, "fuzz", format) {
			if (sa.article == nil) == (sa.err == nil) {
				t.Fatalf("record %q has article=%v err=%v", sa.origin, sa.article, sa.err)
			}
		}
	})
}

// TestAsReported: only a direct quotation is shown in quotation marks;
// reported speech would otherwise read as the speaker's exact words.
func TestAsReported(t *testing.T) {
	for _, tt := range []struct {
		kind       qtv1.QuoteKind
		text, want string
	}{
		{qtv1.QuoteKind_QUOTE_KIND_DIRECT, "We will win,", "“We will win,”"},
		{qtv1.QuoteKind_QUOTE_KIND_PARTIAL, `the deal was "dead"`, `the deal was "dead"`},
		{qtv1.QuoteKind_QUOTE_KIND_INDIRECT, "taxes would rise", "taxes would rise"},
	} {
		if got := asReported(tt.kind, tt.text); got != tt.want {
			t.Errorf("asReported(%v, %q) = %q, want %q", tt.kind, tt.text, got, tt.want)
		}
	}
}

// TestPrintQuoteMarksBeliefs: a belief or plan is labelled as such, and its
// words are not shown as a quotation.
func TestPrintQuoteMarksBeliefs(t *testing.T) {
	var b strings.Builder
	printQuote(&b, &qtv1.Quote{Id: "q1", Text: "Lee leading by five points", Kind: qtv1.QuoteKind_QUOTE_KIND_INDIRECT,
		Speaker: &qtv1.Speaker{Name: "polls"}, Cue: "show"})
	if out := b.String(); !strings.Contains(out, "[indirect, belief or plan]") || strings.Contains(out, "“") {
		t.Errorf("output %q, want the belief labelled and unquoted", out)
	}
	b.Reset()
	printQuote(&b, &qtv1.Quote{Id: "q2", Text: "We will win,", Kind: qtv1.QuoteKind_QUOTE_KIND_DIRECT, IsSpeech: true,
		Speaker: &qtv1.Speaker{Name: "Lee"}, Cue: "said"})
	if out := b.String(); !strings.Contains(out, "[direct]") || !strings.Contains(out, "“We will win,”") {
		t.Errorf("output %q, want a quoted direct statement", out)
	}
}
