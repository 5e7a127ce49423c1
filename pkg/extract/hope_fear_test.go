package extract

import "testing"

// TestHopeFearClause covers hopes and fears with a bare clause whose verb
// is a modal: after a common-noun subject they are verbs and the clause is
// the content; after a preposition, a determiner or "there are" they are
// nouns. Rule-accepted at inference only (hopeFearAccepted).
func TestHopeFearClause(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Party strategists hope the new ads will help the senator.", content: "the new ads will help the senator", mention: "Party strategists"},
		{text: "Farm groups fear the new rules would hurt small farms.", content: "the new rules would hurt small farms", mention: "Farm groups"},
		{text: "The governor hopes that his plan could pass this year.", content: "that his plan could pass this year", mention: "The governor"},
		{text: "His advisers believe he can win the state.", content: "he can win the state", mention: "His advisers"},
		{text: "He toured the state in the final week, which he hoped would spark a revival.", content: "which he hoped would spark a revival", mention: "he"},
	})
	checkNoStatements(t, ex, []string{
		"Voters stayed home in hopes turnout would drop.",
		"There are fears the crowd will be a target.",
		"The hopes of the town will rest on the new mill.",
	})
	d := newDoc("Farm groups fear the new rules would hurt small farms.")
	defer d.release()
	accepted := false
	for _, a := range d.findAttributions() {
		accepted = accepted || d.hopeFearAccepted(a)
	}
	if !accepted {
		t.Errorf("hope/fear clause not rule-accepted")
	}
	// a negated or hypothetical belief is left to the accept model
	for _, text := range []string{"Most farmers don't think the new dam will help.", "One might think the dam would help."} {
		d := newDoc(text)
		for _, a := range d.findAttributions() {
			if d.hopeFearAccepted(a) {
				t.Errorf("%q: rule-accepted", text)
			}
		}
		d.release()
	}
}
