package extract

import "testing"

// TestLabelHeadlineColon covers headline colons whose subject names a
// column or a topic (an article, a possessive): no statement at inference,
// while a bare name before the colon stays a source. (An all-zero model
// with a low threshold keeps every other candidate.)
func TestLabelHeadlineColon(t *testing.T) {
	m := NewModel()
	m.Threshold, m.NonSpeechThreshold = 0.3, 0.3
	ex := NewWithModels(nil, nil, m)
	for _, text := range []string{
		"The Weekly Memo: Senate Leaders Plan a Vote on the Budget.\n\nThe Senate met on Monday.",
		"Friday’s Morning Note: Governors Meet to Talk About Roads.\n\nThe governors met on Friday.",
		"A Town Divided: Voters Weigh the New School Plan.\n\nThe town voted on Tuesday.",
	} {
		checkNoStatementWith(t, ex.Extract(text), "Senate Leaders Plan", "Governors Meet", "Voters Weigh")
	}
	// a clause before the colon is no title
	find(t, ex.Extract("The governor returned to his theme: “Taxes are too high.”"), "Taxes are too high")
	find(t, ex.Extract("Ortiz: Senate Leaders Plan a Vote on the Budget.\n\nThe Senate met on Monday."), "Senate Leaders Plan a Vote on the Budget")
	// not in the headline: a speaker's label in a transcript is no headline
	d := newDoc("The host: We will be right back after this.")
	for _, a := range d.findAttributions() {
		if d.labelHeadlineColon(a) && d.sents[a.sent].para != 0 {
			t.Errorf("a colon outside the headline was dropped")
		}
	}
	d.release()
}
