package extract

import "testing"

// TestProgressiveTalking covers "was talking about X" after its subject:
// a rule-accepted topic statement at inference only.
func TestProgressiveTalking(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The race was close. In an interview, Ortiz was talking about the defense budget when he left.", content: "the defense budget", mention: "Ortiz"},
		{text: "The race was close. He is now talking about immigration in a new way.", content: "immigration", mention: "He"},
	})
	rule := func(text string, training bool) bool {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.ruleAccepted && a.cueText == "talking about" {
				return true
			}
		}
		return false
	}
	pos := "The race was close. He is now talking about immigration in a new way."
	if !rule(pos, false) || rule(pos, true) {
		t.Errorf("%q: want a rule-accepted topic at inference only", pos)
	}
	for _, text := range []string{
		"The race was close. He did not know what he was talking about, and left.",
		"The race was close. Nobody in the state is talking about higher taxes.",
		"The race was close. She said he was talking about the tax plan.",
		"The race was close. Voters who are talking about the tax plan are angry.",
	} {
		if rule(text, false) {
			t.Errorf("%q: no progressive topic wanted", text)
		}
	}
}
