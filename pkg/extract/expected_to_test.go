package extract

import "testing"

// TestExpectedTo covers passive expectations: the infinitive is the
// content, rule-accepted at inference; modals, "been", questions and
// "whose" asides are left to the models.
func TestExpectedTo(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nThe mayor is not expected to sign the bill before June.", content: "to sign the bill before June", mention: "The mayor"},
	})
	accepted := func(text string) bool {
		d := newDoc(text)
		defer d.release()
		for _, a := range d.findAttributions() {
			if d.acceptedByRule(a) && d.expectedToFrame(a) {
				return true
			}
		}
		return false
	}
	if !accepted("Vote Set.\n\nThe governor is widely expected to sign the budget this week.") {
		t.Errorf("passive expectation not rule-accepted")
	}
	// negated or widely held, the expectation needs no agent for subject
	for _, text := range []string{
		"Vote Set.\n\nThe closing of the plant is not expected to happen until 2019.",
		"Vote Set.\n\nThe ruling is widely expected to go against the state.",
	} {
		if !accepted(text) {
			t.Errorf("%q: firm expectation not rule-accepted", text)
		}
	}
	if accepted("Vote Set.\n\nThe closing of the plant is expected to happen in 2019.") {
		t.Errorf("plain expectation of a non-agent rule-accepted")
	}
	for _, text := range []string{
		"Vote Set.\n\nThe governor might be expected to sign the budget this week.",
		"Vote Set.\n\nIs the governor expected to sign the budget this week?",
		"Vote Set.\n\nLee, whose bid was not expected to last the winter, won the seat.",
	} {
		if accepted(text) {
			t.Errorf("%q: rule-accepted", text)
		}
	}
}
