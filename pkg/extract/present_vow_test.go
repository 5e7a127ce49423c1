package extract

import "testing"

// TestPresentVow covers "he vows/promises/pledges/seeks/aims (not) to X"
// and "seeks X": the infinitive or the object is the content, rule-accepted at inference; plural nouns,
// "what he promises to do", frames after another frame and training give
// no such frame.
func TestPresentVow(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nAt every stop, she vows to cut the fees for students.", content: "to cut the fees for students", mention: "she"},
		{text: "Vote Set.\n\nMayor Lee promises not to raise taxes until the deficit is gone.", content: "not to raise taxes until the deficit is gone", mention: "Mayor Lee"},
		{text: "Vote Set.\n\nGovernor Lee seeks a new audit of the agency.", content: "a new audit of the agency", mention: "Governor Lee"},
		{text: "Vote Set.\n\nSmith seeks to win the county with a flood of ads.", content: "to win the county", mention: "Smith"},
	})
	framed := func(text string, training bool) bool {
		return ruleFrameContent(text, "present vow", training) != ""
	}
	for _, text := range []string{
		"Vote Set.\n\nThe crowd liked his speeches and promises to cut fees.",
		"Vote Set.\n\nHis promises to cut fees went nowhere.",
		"Vote Set.\n\nBut now, as Smith seeks the White House, the fund is a burden.",
		"Vote Set.\n\nShe cannot do what she promises to do.",
		"Vote Set.\n\nThe paper reported that she vows to cut the fees.",
	} {
		if framed(text, false) {
			t.Errorf("%q: present vow frame", text)
		}
	}
	if framed("Vote Set.\n\nAt every stop, she vows to cut the fees for students.", true) {
		t.Errorf("frame built while training")
	}
}
