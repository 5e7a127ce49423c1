package extract

import "testing"

// TestPerfectOpposed covers "has/had opposed X": rule-accepted in the
// perfect only, not with a pronoun object, not after "that" + a name.
func TestPerfectOpposed(t *testing.T) {
	accepted := func(text string) bool {
		d := newDoc(text)
		defer d.release()
		for _, a := range d.findAttributions() {
			if d.word(a.cue.s) == "opposed" && d.bodyStance(a) && d.acceptedByRule(a) {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"Vote Set.\n\nSenator Lee, who has long opposed the tax, spoke on Monday.",
		"Vote Set.\n\nSenator Lee had opposed a similar bill in 2007.",
	} {
		if !accepted(text) {
			t.Errorf("%q: no rule-accepted perfect opposition", text)
		}
	}
	for _, text := range []string{
		"Vote Set.\n\nSenator Lee opposed the tax.",
		"Vote Set.\n\nSenator Lee has opposed it on those grounds.",
		"Vote Set.\n\nAides sought to show that Lee had opposed a bill in 2009.",
		"Vote Set.\n\nThose opposed to the deal left early.",
	} {
		if accepted(text) {
			t.Errorf("%q: unexpected rule-accepted perfect opposition", text)
		}
	}
}
