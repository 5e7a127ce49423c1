package extract

import "testing"

// TestSeemedGeneric covers "Lee seemed to X" with a verb beyond the
// stance verbs: the infinitive is the content, rule-accepted at inference;
// "be" and "have", a prepositional object or a time word for a subject, a
// fronted relative object and training give no such frame.
func TestSeemedGeneric(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nAt the rally, Senator Lee seemed to lose his patience, snapping at a heckler.", content: "to lose his patience", mention: "Senator Lee"},
		{text: "Vote Set.\n\nBut if she appeared to waver on taxes, her aides held firm.", content: "to waver on taxes", mention: "she"},
		{text: "Vote Set.\n\nLee seemed to endorse the plan.", content: "the plan", mention: "Lee"}, // a stance verb (seemed_to.go)
	})
	framed := func(text string, training bool) bool {
		return ruleFrameContent(text, "seemed", training) != ""
	}
	for _, text := range []string{
		"Vote Set.\n\nLee appears to be fully embracing the role.",
		"Vote Set.\n\nThe fight with Lee seemed to start and stop.",
		"Vote Set.\n\nThe debate on Saturday seemed to fall short.",
		"Vote Set.\n\nIt is a rule which he appeared to break.",
	} {
		if framed(text, false) {
			t.Errorf("%q: apparent act frame", text)
		}
	}
	if framed("Vote Set.\n\nAt the rally, Senator Lee seemed to lose his patience.", true) {
		t.Errorf("frame built while training")
	}
}
