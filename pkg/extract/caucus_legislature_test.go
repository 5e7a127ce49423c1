package extract

import "testing"

// TestCaucusLegislature: a caucus before "in" and a legislature is the
// speaker, not the legislature; a lower-case "opposition" stays out.
func TestCaucusLegislature(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Accra\n\nThe Minority in Parliament has described the budget as \"a missed opportunity\".", "The Minority in Parliament", "Minority in Parliament", ""},
		{"Accra\n\nThe Opposition in Parliament said the budget would fail.", "The Opposition in Parliament", "Opposition in Parliament", ""},
		{"Nairobi\n\nThe Minority side in the Assembly said the bill was rushed.", "The Minority side in the Assembly", "Minority side in the Assembly", ""},
		{"Accra\n\n\"The budget is a missed opportunity,\" the Minority in Parliament said.", "the Minority in Parliament", "Minority in Parliament", ""},
	})
	checkOffInTraining(t, "Vote\n\nThe Minority in Parliament said the budget would fail.", "caucusBeforeLegislature", (*doc).caucusBeforeLegislature)
}
