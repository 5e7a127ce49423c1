package extract

import "testing"

// TestComplaintsThat covers "complaints that X": the clause is the
// content, rule-accepted at inference, up to its first comma; relative
// clauses, quotations and training give no such frame.
func TestComplaintsThat(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nDespite complaints that the fee is too high, the board kept it.", content: "that the fee is too high", mention: ""},
		{text: "Vote Set.\n\nThe park drew complaints that dogs were running loose on the lawn.", content: "that dogs were running loose on the lawn", mention: ""},
		{text: "Vote Set.\n\nThe mayor was adamant that the fares would not rise.", content: "that the fares would not rise", mention: ""},
		{text: "Vote Set.\n\nThere is speculation that the governor will resign.", content: "that the governor will resign", mention: ""},
	})
	framed := func(text string, training bool) bool {
		return ruleFrameContent(text, "complaint", training) != ""
	}
	for _, text := range []string{
		"Vote Set.\n\nThe complaints that were filed went nowhere.",
		"Vote Set.\n\nThe complaints that mentioned the fee went nowhere.",
		"Vote Set.\n\n“There were complaints that the fee is too high,” Lee said.",
	} {
		if framed(text, false) {
			t.Errorf("%q: complaint frame", text)
		}
	}
	if framed("Vote Set.\n\nDespite complaints that the fee is too high, the board kept it.", true) {
		t.Errorf("frame built while training")
	}
}
