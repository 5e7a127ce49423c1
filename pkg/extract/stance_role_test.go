package extract

import "testing"

// TestStanceRole covers a role noun with an object in the predicate ("is
// a vocal critic of X"): a rule-accepted stance at inference only.
func TestStanceRole(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The race was close. Ortiz has been a pointed critic of his political style.", content: "his political style", mention: "Ortiz"},
		{text: "The race was close. Rep. Jane Lee was an early backer of the senator.", content: "the senator", mention: "Rep. Jane Lee"},
		{text: "The poll was new. Many voters were supporters of the mayor.", content: "the mayor", mention: "Many voters"},
	})
	rule := func(text string, training bool) bool {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.ruleAccepted && a.cueText == "stance role" {
				return true
			}
		}
		return false
	}
	pos := "The race was close. Ortiz has been a pointed critic of his political style."
	if !rule(pos, false) || rule(pos, true) {
		t.Errorf("%q: want a rule-accepted stance at inference only", pos)
	}
	for _, text := range []string{
		"The race was close. Lee has said he is a strong supporter of legal immigration.",
		"The race was close. Jan Ortiz, an early supporter of the mayor, spoke.",
		"The race was close. Leading the effort are major financial backers of the mayor.",
		"The race was close. Supporters of the mayor cheered.",
	} {
		if rule(text, false) {
			t.Errorf("%q: no stance role wanted", text)
		}
	}
}
