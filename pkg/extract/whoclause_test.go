package extract

import "testing"

// TestWhoClauseSubjects covers subjects with a "who" clause that the frame
// finder missed: one followed by an aside between commas and one running
// straight to the cue. The accept model is off: these tests check the rules, not a trained model's choice.
func TestWhoClauseSubjects(t *testing.T) {
	cases := []mentionCase{
		{"who clause and a comma aside before the cue", `Parents who saw the play, at the school or online, said the ending was too dark.`, "the ending was too dark", "Parents who saw the play, at the school or online"},
		{"who clause running to the cue", `Neighbors who called him said the water smelled of gas.`, "the water smelled of gas", "Neighbors who called him"},
		{"comma after a party label in parentheses", `Sen. Ada Moss (D-Vt.), said the bill would pass.`, "the bill would pass", "Sen. Ada Moss (D-Vt.)"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}
