package extract

import "testing"

// TestAskedAfterAdjunct covers questions after "asked" with an adjunct
// before them or after a mid-sentence "when": the question is the content,
// it ends at its comma or dash, it ends the answer before "when", and a
// quotation after it stays the answerer's. Rule-accepted at inference only.
func TestAskedAfterAdjunct(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Asked on Monday whether he would run again, the mayor laughed.", content: "whether he would run again"},
		{text: "The mayor said no when asked whether he would run again.", content: "whether he would run again"},
		{text: "The mayor said no when asked whether he would run again.", content: "no", mention: "The mayor"},
		{text: "But when asked how she would pay for it - a question raised by rivals - the governor smiled.", content: "how she would pay for it"},
	})
	checkNoStatements(t, ex, []string{
		"The rally ended when asked to leave by the police.",
		"Asked on Monday, the mayor laughed.",
	})
	d := newDoc("The mayor said no when asked whether he would run again.")
	defer d.release()
	if got := d.findAttributions(); len(got) == 0 {
		t.Fatalf("no statements")
	}
	for _, a := range d.findAttributions() {
		if a.class == cueAsk && !a.ruleAccepted {
			t.Errorf("asked question not rule-accepted")
		}
	}
}
