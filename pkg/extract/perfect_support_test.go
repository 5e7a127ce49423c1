package extract

import "testing"

// TestPerfectSupport covers "has/have/had supported/backed X": a body
// stance in the perfect only, at inference; not in the simple past, not
// negated, not in a reported clause nor in an aside about a quoted source.
func TestPerfectSupport(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nSenator Lee has backed the trade deal.", content: "the trade deal", mention: "Senator Lee"},
		{text: "Vote Set.\n\nMoney came from Ann Ruiz, a banker who had previously backed Senator Lee.", content: "Senator Lee", mention: "who"},
		{text: "Vote Set.\n\nLee had backed Ruiz and is now giving money to the party.", content: "Ruiz", mention: "Lee"},
	})
	// rule-accepted: the shipped accept model does not decide it
	checkContents(t, New(nil), []contentCase{
		{text: "Vote Set.\n\nSenator Lee has supported the trade deal.", content: "the trade deal", mention: "Senator Lee"},
	})
	checkNoStatements(t, ex, []string{
		"Vote Set.\n\nSenator Lee backed the trade deal.",
		"Vote Set.\n\nSenator Lee has not backed the trade deal.",
		"Vote Set.\n\nSenator Lee would have backed the trade deal.",
		"Vote Set.\n\nThe truck had backed into the wall.",
	})
	for _, text := range []string{
		"Vote Set.\n\nLee said he had backed the trade deal.",
		"Vote Set.\n\n\"We will win,\" said Ann Ruiz, who had backed Senator Lee.",
	} {
		qs := ex.Extract(text)
		checkSpans(t, text, qs)
		checkNoStatementWith(t, qs, "Senator Lee", "the trade deal.")
		for _, q := range qs {
			if q.Text == "the trade deal" {
				t.Errorf("%q: unexpected statement %q", text, q.Text)
			}
		}
	}
}
