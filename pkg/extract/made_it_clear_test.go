package extract

import "testing"

// TestMadeItClear covers "made it clear" with an agent subject: its clause
// (past an addressee and a time) is the content, rule-accepted at
// inference; an event for a subject, a bare "made it clear" and training
// give no frame.
func TestMadeItClear(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nThe mayor made it clear that she would not run again.", content: "that she would not run again", mention: "The mayor"},
		{text: "Vote Set.\n\nLee made it clear to reporters on Monday that the plan was dead, citing costs.", content: "that the plan was dead", mention: "Lee"},
		{text: "Vote Set.\n\nLee made it clear the plan was dead.", content: "the plan was dead", mention: "Lee"},
	})
	framed := func(text string, training bool) bool {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.cueText == "made it clear" && len(a.content) > 0 {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"Vote Set.\n\nThe primary made it clear that the race was over.",
		"Vote Set.\n\nThe mayor made it very clear.",
		"Vote Set.\n\nShe said, “Lee made it clear that he would go.”",
	} {
		if framed(text, false) {
			t.Errorf("%q: made-it-clear frame", text)
		}
	}
	if framed("Vote Set.\n\nThe mayor made it clear that she would not run again.", true) {
		t.Errorf("frame built while training")
	}
}
