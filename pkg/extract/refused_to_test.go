package extract

import "testing"

// TestRefusedTo covers refusals: the infinitive after "refuse" is
// rule-accepted at inference; other frames of the verb are left to the
// models.
func TestRefusedTo(t *testing.T) {
	accepted := func(text string) bool {
		d := newDoc(text)
		defer d.release()
		for _, a := range d.findAttributions() {
			if d.refusedToAccepted(a) && d.acceptedByRule(a) {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"Vote Set.\n\nThe campaign refused to answer questions about the loan.",
		"Vote Set.\n\nSenate leaders have refused to hold hearings on the nominee.",
		"Vote Set.\n\nThe mayor refuses to release the report.",
	} {
		if !accepted(text) {
			t.Errorf("%q: refusal not rule-accepted", text)
		}
	}
	for _, text := range []string{
		"Vote Set.\n\nThe mayor refused the offer.",
		"Vote Set.\n\nThe general refused to intervene.",
		"Vote Set.\n\nThe court refused to extend it.",
		"Vote Set.\n\nThe governor refused to endorse the senator.",
		"Vote Set.\n\nShe said, “I refused to go.”",
	} {
		if accepted(text) {
			t.Errorf("%q: rule-accepted", text)
		}
	}
	d := newDoc("Vote Set.\n\nThe campaign refused to answer questions about the loan.")
	defer d.release()
	d.training = true
	for _, a := range d.findAttributions() {
		if d.refusedToAccepted(a) {
			t.Errorf("rule-accepted while training")
		}
	}
}

// TestDeclinedTo covers "declined to": rule-accepted at inference after a
// subject that is no relative pronoun, for "to comment" or an infinitive
// with a longer object.
func TestDeclinedTo(t *testing.T) {
	accepted := func(text string) bool {
		d := newDoc(text)
		defer d.release()
		for _, a := range d.findAttributions() {
			if d.declinedToAccepted(a) && d.acceptedByRule(a) {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"Vote Set.\n\nThrough a spokesman, the mayor declined to comment.",
		"Vote Set.\n\nThe chairman declined to name the three delegates on the slate.",
	} {
		if !accepted(text) {
			t.Errorf("%q: not rule-accepted", text)
		}
	}
	for _, text := range []string{
		"Vote Set.\n\nA longtime adviser, who declined to be identified by name, said the plan failed.",
		"Vote Set.\n\nThe mayor declined to weigh in.",
		"Vote Set.\n\nThe mayor declined to criticize him openly.",
		"Vote Set.\n\nThe fee the workers declined to pay violates the law.",
	} {
		if accepted(text) {
			t.Errorf("%q: rule-accepted", text)
		}
	}
}
