package extract

import "testing"

// TestFocusedOn covers a finite "focused on" after a pronoun or a name
// opening its clause: a rule-accepted topic at inference only.
func TestFocusedOn(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The race was close. Instead, she focused on Ortiz, trying to use his words.", content: "Ortiz", mention: "she"},
		{text: "The race was close. At the rally, however, Lee focused on the need to fight the group online.", content: "the need to fight the group online", mention: "Lee"},
	})
	rule := func(text string, training bool) bool {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.ruleAccepted && a.cueText == "focused on" {
				return true
			}
		}
		return false
	}
	pos := "The race was close. He focused intensively on the dangers of the plan."
	if !rule(pos, false) || rule(pos, true) {
		t.Errorf("%q: want a rule-accepted topic at inference only", pos)
	}
	for _, text := range []string{
		"The race was close. In 2008, when she focused mainly on organizing in the early states, she lost.",
		"The race was close. A forum at St. Anselm College focused on scandals linked to her.",
		"The race was close. The group is focused on the budget.",
		"The race was close. It focuses on the budget.",
	} {
		if rule(text, false) {
			t.Errorf("%q: no focus topic wanted", text)
		}
	}
}
