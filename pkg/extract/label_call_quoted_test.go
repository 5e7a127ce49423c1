package extract

import "testing"

// TestQuotedLabelCall covers a quoted label after "called" with a pronoun
// or a name as subject: accepted by rule at inference only.
func TestQuotedLabelCall(t *testing.T) {
	rule := func(text string, training bool) bool {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.ruleAccepted && a.class == cueName {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"The show aired late. Last week, Ortiz called the mayor a “clown” on his show.",
		"The vote passed. She later called the deal “a disgrace.”",
	} {
		if !rule(text, false) {
			t.Errorf("%q: want a rule-accepted label", text)
		}
		if rule(text, true) {
			t.Errorf("%q: label accepted by rule in training", text)
		}
	}
	for _, text := range []string{
		"The vote passed. Voters hated what he called the “new order,” a reporter wrote.",
		"The vote passed. It began with Ortiz, whom he called a “fraud.”",
		"The vote passed. A group called “Friends of Lee” paid for the ads.",
		"The vote passed. The plan was called “a disgrace” by critics.",
	} {
		if rule(text, false) {
			t.Errorf("%q: no rule-accepted label wanted", text)
		}
	}
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The show aired late. Last week, Ortiz called the mayor a “clown” on his show.", content: "the mayor a “clown”", mention: "Ortiz"},
	})
}
