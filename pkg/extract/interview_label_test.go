package extract

import (
	"strings"
	"testing"
)

// TestInterviewLabel covers transcript turns: a speaker label and a colon
// opening a paragraph make the whole paragraph the label's statement;
// questions, headline kickers and a contact line are no statements.
func TestInterviewLabel(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "BIDEN: I intend to run again, and I will win.", content: "I intend to run again, and I will win", mention: "BIDEN"},
		{text: "The governor spoke on Sunday.\n\nTAPPER: Will she run?\n\nFALLIN: Well, I think so, yes. We all need to work together, and she knows it.", content: "Well, I think so, yes. We all need to work together, and she knows it", mention: "FALLIN"},
		{text: "Interviewer: Will you run again?\n\nBiden: I intend to run again, and I will win.", content: "I intend to run again, and I will win", mention: "Biden"},
		{text: "Q: Will you run again?\n\nBIDEN: I intend to, yes.", content: "I intend to, yes", mention: "BIDEN"},
		// a short turn after a label in capitals (minCapsAnswerWords)
		{text: "The senator spoke on Sunday.\n\nTAPPER: Do you back it?\n\nSEN. ANN LEE: Absolutely not.", content: "Absolutely not", mention: "SEN. ANN LEE"},
		// a quotation after the label is the quotation frames' business
		{text: "The rivals differ.\n\nLee: \"We will stay.\" Ortiz: \"We will leave.\"", content: "We will stay.", mention: "Lee"},
	})
	// a question is no statement; the answer's own frames are inside it
	text := "The mayor spoke on Sunday.\n\nTAPPER: Do you think he will win? Will he quit?\n\nLEE: No, he will stay, and I think he will win."
	qs := ex.Extract(text)
	checkNoStatementWith(t, qs, "Will he quit", "Do you think")
	if q := find(t, qs, "No, he will stay"); q.Text != "No, he will stay, and I think he will win" {
		t.Errorf("answer %q, want the whole paragraph", q.Text)
	}
	for _, q := range qs {
		if q.Content[0].Start > strings.Index(text, "LEE") && q.CueText != ":" {
			t.Errorf("the answer's own frame %q stays", q.Text)
		}
	}
	checkNoStatementWith(t, ex.Extract("The mayor spoke on Sunday.\n\nLEE: No, he will stay.\n\nEMAIL: fitcity@example.com."), "fitcity")
	// a mixed-case label of two words is a section's title as often
	checkNoStatementWith(t, ex.Extract("The race tightened.\n\nSanders: Keep pushing hard for the young voters he needs.\n\nClinton: Keep it"), "Keep it")
	checkNoStatements(t, ex, []string{
		"The Latest: Cruz to give away a shotgun, and a hat.\n\nCruz spoke on Monday.",
		"Editor's Note: The following is part 3 of an excerpt, and it is long.",
		"CORRECTION: An earlier version misstated the date, and the place.",
		"The mayor spoke on Sunday.\n\nRELATED: Clinton wins big in the Nevada primary, and Sanders trails.\n\nREAD MORE: How the vote was counted in three counties.",
	})
}

// TestInterviewParagraph covers which body paragraphs read as a
// transcript's turns.
func TestInterviewParagraph(t *testing.T) {
	for _, c := range []struct {
		text string
		para int
		want bool
	}{
		{"The mayor spoke.\n\nLEE: We will stay, and we will win.", 1, true},
		{"The mayor spoke.\n\nQ: Will you stay?\n\nLee: We will stay, and we will win.", 2, true},
		{"The mayor spoke.\n\nSuperdelegates: Clinton has 520, and Sanders 39.", 1, false},
		{"LEE: We will stay, and we will win.", 0, false},
	} {
		d := newDoc(c.text)
		if got := d.interviewParagraph(c.para); got != c.want {
			t.Errorf("%q: interviewParagraph(%d) = %v, want %v", c.text, c.para, got, c.want)
		}
	}
}

// TestEmptyLabelTurn: a transcript's turn whose answer opens with an
// interjection before an inner frame ("Well, I think ...") is still the
// label's, the whole paragraph; a one-word answer and a Q turn are not.
func TestEmptyLabelTurn(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Debate.\n\nSANDERS: Well, I think the economy is strong and getting stronger.", "Well, I think the economy is strong and getting stronger", "SANDERS"},
		{"Debate.\n\nSANDERS: Look, we said the economy is strong and getting stronger.", "Look, we said the economy is strong and getting stronger", "SANDERS"},
		{"Press briefing.\n\nTHE PRESIDENT: Well, I think the economy is strong and getting stronger.", "Well, I think the economy is strong and getting stronger", "THE PRESIDENT"},
	})
	for _, text := range []string{"Debate.\n\nSANDERS: Yes.", "Interview.\n\nQ: Well, I think the economy is strong and getting stronger, no?"} {
		for _, q := range ex.Extract(text) {
			if m := mention(text, q); m == "SANDERS" || m == "Q" {
				t.Errorf("%q: statement of the label %q: %q", text, m, q.Text)
			}
		}
	}
}
