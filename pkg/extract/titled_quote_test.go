package extract

import "testing"

// TestTitledFrame covers a quotation after "titled" or "entitled" that no
// other statement holds: a statement without speaker mention, at inference
// only.
func TestTitledFrame(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The group launched a radio ad on Saturday titled, “Fraud.”", content: "Fraud.", mention: ""},
		{text: "The ad, entitled “Our Town,” features five workers.", content: "Our Town,", mention: ""},
	})
	checkNoStatements(t, ex, []string{
		"The ad was titled in haste and the “Our Town” team moved on.",
		"The “Our Town” ad features five workers.",
	})
	for _, training := range []bool{false, true} {
		d := newDoc("The ad, entitled “Our Town,” features five workers.")
		d.training = training
		got := d.findAttributions()
		if training && len(got) != 0 {
			t.Errorf("titled frame built in training")
		}
		if !training && (len(got) != 1 || !got[0].ruleAccepted) {
			t.Errorf("want one rule-accepted titled frame, got %d", len(got))
		}
		d.release()
	}
}
