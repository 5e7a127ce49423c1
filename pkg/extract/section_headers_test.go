package extract

import "testing"

// TestSectionHeaderNoStatement: a short fragment after a name and a colon in
// its own paragraph heads a section of a guide; a transcript answer, one
// after a one-letter or upper-case speaker label too, stays a statement.
func TestSectionHeaderNoStatement(t *testing.T) {
	text := "Here is what each candidate needs on Tuesday.\n\nOrtiz: Win in a walk.\n\nThe former mayor leads every poll in the state by a wide margin.\n\nLee: A late surge.\n\nThe senator needs a strong finish to stay in the race.\n\nMoss: Well, it is bad for the town.\n\nQ: Will you run again next year?\n\nA: Absolutely not.\n\nHOST: And the budget?\n\nMOSS: Never again."
	qs := NewWithModels(nil, nil, nil).Extract(text) // rule candidates only
	checkNoStatementWith(t, qs, "walk", "surge")
	find(t, qs, "bad for the town")
	find(t, qs, "Absolutely not")
	find(t, qs, "Never again")
}
