package extract

import "testing"

// TestCalledForDemand covers a finite "called for" after a pronoun or a
// name: accepted by rule at inference only, with a gerund object too.
func TestCalledForDemand(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The plan needs work. He has also called for doubling the caps on visas.", content: "doubling the caps on visas", mention: "He"},
		{text: "The mayor was angry. She also called for a review of the budget.", content: "a review of the budget", mention: "She"},
		{text: "Ortiz called for a recount of the votes.", content: "a recount of the votes", mention: "Ortiz"},
	})
	rule := func(text string, training bool) bool {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.ruleAccepted && a.cueText == "called for" {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"The plan needs work. He has also called for doubling the caps on visas.",
		"Ortiz called for a recount in the county.",
		"The plan is weak. She calls for a new tax on banks.",
	} {
		if !rule(text, false) {
			t.Errorf("%q: want a rule-accepted demand", text)
		}
		if rule(text, true) {
			t.Errorf("%q: demand accepted by rule in training", text)
		}
	}
	for _, text := range []string{
		"The politician called for a recount in the county.",
		"Texas was called for Ortiz after the polls closed.",
		"Democratic calls for her to quit grew louder.",
		"These calls for more troops have grown.",
	} {
		if rule(text, false) {
			t.Errorf("%q: no rule-accepted demand wanted", text)
		}
	}
}
