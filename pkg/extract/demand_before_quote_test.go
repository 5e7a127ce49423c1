package extract

import "testing"

// TestDemandBeforeQuote covers a "called for" or "called on" whose
// sentence ends just before a quotation: the demand stays a statement,
// rule-accepted at inference only; a quotation inside the sentence keeps
// the naming frame, and a demand beside a quotation of its sentence adds
// nothing.
func TestDemandBeforeQuote(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "On Friday, the mayor called for a full audit. “We owe it to taxpayers,” she said.", content: "a full audit", mention: "the mayor"},
		{text: "The union called on lawmakers to act. “Now is the time,” its leader said.", content: "lawmakers to act", mention: "The union"},
		{text: "The senator called for an independent inquiry.", content: "an independent inquiry", mention: "The senator"},
	})
	qs := ex.Extract("“We will win,” said Ann Lee, who has since called on voters to stay home. “It is over.”")
	checkNoStatementWith(t, qs, "voters to stay home")
	for _, training := range []bool{false, true} {
		d := newDoc("On Friday, the mayor called for a full audit. “We owe it to taxpayers,” she said.")
		d.training = training
		found := false
		for _, a := range d.findAttributions() {
			if a.cueText == "called for" {
				found = true
				if !a.ruleAccepted {
					t.Errorf("demand before a quotation not rule-accepted")
				}
			}
		}
		if found == training {
			t.Errorf("training %v: demand frame found %v", training, found)
		}
		d.release()
	}
}
