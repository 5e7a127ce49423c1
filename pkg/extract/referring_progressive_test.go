package extract

import "testing"

// TestReferringProgressive covers "was referring to" after a pronoun or a
// name: a rule-accepted reference at inference only.
func TestReferringProgressive(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The deal was bad. (He was referring to a dispute over the ports.)", content: "a dispute over the ports", mention: "He"},
		{text: "In this case, Ortiz was apparently referring to the remarks about the mayor.", content: "the remarks about the mayor", mention: "Ortiz"},
	})
	rule := func(text string, training bool) bool {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.ruleAccepted && a.cueText == "referring to" {
				return true
			}
		}
		return false
	}
	pos := "In this case, Ortiz was apparently referring to the remarks about the mayor."
	if !rule(pos, false) || rule(pos, true) {
		t.Errorf("%q: want a rule-accepted reference at inference only", pos)
	}
	checkNoStatements(t, ex, []string{
		"Ortiz may have been referring to a different case.",
		"The judge Ortiz was referring to is a native of Indiana.",
		"The report was referring to the old budget.",
	})
}
