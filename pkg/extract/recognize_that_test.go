package extract

import "testing"

// TestRecognizeThat covers "recognizes that X" and ", recognizing that X":
// the that-clause is the content, rule-accepted at inference; "came to
// recognize that", "by recognizing that", a negation and training give no
// such frame.
func TestRecognizeThat(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nBut the mayor recognizes that the fares are too high for many riders.", content: "that the fares are too high for many riders", mention: "the mayor"},
		{text: "Vote Set.\n\nLee dropped the plan, recognizing that it would not pass.", content: "that it would not pass", mention: "Lee"},
	})
	framed := func(text string, training bool) bool {
		return ruleFrameContent(text, "recognize", training) != ""
	}
	for _, text := range []string{
		"Vote Set.\n\nLee came to recognize that the plan would fail.",
		"Vote Set.\n\nThe party can respond by recognizing that the threat is real.",
		"Vote Set.\n\nLee does not recognize that the plan failed.",
	} {
		if framed(text, false) {
			t.Errorf("%q: recognition frame", text)
		}
	}
	if framed("Vote Set.\n\nBut the mayor recognizes that the fares are too high.", true) {
		t.Errorf("frame built while training")
	}
}
