package extract

import "testing"

// TestSeemedTo covers "seemed to" / "appeared to" with a stance verb: what
// follows the verb is the content, rule-accepted at inference; a preceding
// object, a nested noun statement, a bare "seemed" and training give no
// such frame.
func TestSeemedTo(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nMore news.\n\nThe mayor seemed to blame the council for the delay.", content: "the council for the delay", mention: "The mayor"},
		{text: "Vote Set.\n\nMore news.\n\nAt the time, Lee appeared to suggest he would not run.", content: "he would not run", mention: "Lee"},
	})
	framed := func(text string, training bool) bool {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.cueText == "seemed to" && len(a.content) > 0 {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"Vote Set.\n\nMore news.\n\nIt was a point the party seemed to acknowledge by adding debates.",
		"Vote Set.\n\nMore news.\n\nThe email appears to contradict comments from Lee that the plan was safe.",
		"Vote Set.\n\nMore news.\n\nThe mayor seemed tired.",
	} {
		if framed(text, false) {
			t.Errorf("%q: seemed-to frame", text)
		}
	}
	if framed("Vote Set.\n\nMore news.\n\nThe mayor seemed to blame the council for the delay.", true) {
		t.Errorf("frame built while training")
	}
}
