package extract

import (
	"strings"
	"testing"
)

// TestNegatedFrameTakesNoQuotation: a quotation before "X did not respond"
// is not X's; it goes on with the statement before it.
func TestNegatedFrameTakesNoQuotation(t *testing.T) {
	for _, text := range []string{
		"“That is nonsense,” Mr. Reed said by phone on Monday. “He invents things, and everybody knows it.” The campaign did not respond.",
		"“That is nonsense,” Mr. Reed said by phone on Monday. “He invents things.” Her office didn’t immediately respond.",
		"“That is nonsense,” Mr. Reed said by phone on Monday. “He invents things.” The mayor would not comment.",
	} {
		qs := NewWithModels(nil, nil, nil).Extract(text) // rule candidates
		q := find(t, qs, "He invents things")
		if !strings.Contains(q.Speaker.Name, "Reed") {
			t.Errorf("%q: speaker %+v, want Reed", text, q.Speaker)
		}
	}
}

// candidateHas reports whether the rule candidate holding sub has the
// feature built by add.
func candidateHas(t *testing.T, text, sub string, add func(f *feats)) bool {
	t.Helper()
	var want feats
	add(&want)
	for _, c := range NewWithModels(nil, nil, nil).Candidates(text) {
		if strings.Contains(c.Quote.Text, sub) {
			for _, h := range c.Features {
				if h == want.fs[0] {
					return true
				}
			}
			return false
		}
	}
	t.Fatalf("no candidate holding %q", sub)
	return false
}

// TestArticleContextFeatures: the accept model sees whether the paragraph
// holds a quotation.
func TestArticleContextFeatures(t *testing.T) {
	plain := "The mayor said the budget was balanced."
	quoted := "The mayor said the budget was balanced. “We have done it,” she added."
	paraQuote := func(v string) func(*feats) {
		return func(f *feats) { f.add3(145, v, "indirect", "f") }
	}
	if !candidateHas(t, plain, "the budget was balanced", paraQuote("noq")) {
		t.Error("plain paragraph: want noq")
	}
	if !candidateHas(t, quoted, "the budget was balanced", paraQuote("q")) {
		t.Error("paragraph with a quotation: want q")
	}
}

// TestRelativeClauseAfterNounCue: a cue form used as a noun with a relative
// clause ("a report that could raise") is no frame; "that" with a subject of
// its own still opens a content.
func TestRelativeClauseAfterNounCue(t *testing.T) {
	ex := NewWithModels(nil, nil, nil) // rule candidates
	checkNoStatements(t, ex, []string{
		"The senators await an infamous section of a congressional report that could raise new questions about the deal.",
		"Aides are drafting a second report that would cover the spending of the agency.",
	})
	find(t, ex.Extract("The agency reports that the economy grew in May."), "the economy grew")
}

// TestMedialFrameOverContentlessBelief: a belief verb without a content of
// its own inside the content after a medial frame does not end that content.
func TestMedialFrameOverContentlessBelief(t *testing.T) {
	qs := NewWithModels(nil, nil, nil).Extract("Two years ago, the governor said, most voters considered him an outsider.")
	q := find(t, qs, "Two years ago")
	if !strings.Contains(q.Text, "most voters considered him an outsider") {
		t.Errorf("content %q, want it to go on after the frame", q.Text)
	}
}

// TestWorkTitleAfterComma: a quoted title after "in his book," is no
// content; the statement before the frame is.
func TestWorkTitleAfterComma(t *testing.T) {
	text := "His parents gave up their plans to return home, Mr. Lane said in his 2014 book, “A Long Way Home.” So they stayed."
	qs := NewWithModels(nil, nil, nil).Extract(text)
	for _, q := range qs {
		if strings.Contains(q.Text, "A Long Way Home") {
			t.Errorf("title taken for content: %q", q.Text)
		}
	}
	find(t, qs, "gave up their plans to return home")
}
