package extract

import (
	"strings"
	"testing"
)

// TestFrameRecall covers frame and subject forms added for recall: each
// sentence must give a statement holding sub with the given mention.
func TestFrameRecall(t *testing.T) {
	cases := []struct{ name, text, sub, mention string }{
		{"coordinated after a quotation", `The judge called the filing "sloppy," but said the case would go ahead.`, "the case would go ahead", "The judge"},
		{"adverb between subject and verb", `Lopez however said the budget would balance next year.`, "the budget would balance next year", "Lopez"},
		{"title-case headline", "Mayor Rita Gomez Says The Bridge Will Reopen In May\n\nThe city council met on Monday.", "The Bridge Will Reopen", "Mayor Rita Gomez"},
		{"noun-like verb form", `The Valley Gazette reports the mayor will run for a third term.`, "the mayor will run for a third term", "The Valley Gazette"},
	}
	ex := New(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs := ex.Extract(c.text)
			checkSpans(t, c.text, qs)
			q := find(t, qs, c.sub)
			if m := mention(c.text, q); m != c.mention {
				t.Errorf("mention %q, want %q", m, c.mention)
			}
		})
	}
}

// TestNounLikeVerbNeedsClause: a noun-like cue form after a subject is only
// a frame when a clause with its own subject follows.
func TestNounLikeVerbNeedsClause(t *testing.T) {
	for _, s := range []string{
		"Harsh comments are earning the town a bad name.",
		"The army advanced as it claims more ground from the rebels.",
	} {
		for _, q := range New(nil).Extract(s) {
			if strings.Contains(q.CueText, "comment") || strings.Contains(q.CueText, "claim") {
				t.Errorf("%q: unexpected quote %+v", s, q)
			}
		}
	}
}
