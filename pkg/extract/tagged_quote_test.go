package extract

import "testing"

// TestTaggedQuoteFrame covers a roundup item: a headline in capitals, a
// quotation and a bracketed source tag closing the paragraph. Rule-accepted
// at inference only.
func TestTaggedQuoteFrame(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "HOW FARMS ARE FIGHTING THE DROUGHT “We had to change how we water the fields.” [WaPo.]", content: "We had to change how we water the fields.", mention: ""},
		{text: "Roundup.\n\nCITY VOTES ON ‘GREEN’ PARK PLAN “The park will open next spring.” [NYT]", content: "The park will open next spring.", mention: ""},
	})
	checkNoStatements(t, ex, []string{
		"HOW FARMS ARE FIGHTING THE DROUGHT “Water Wars” [WaPo.] is a new series.",
		"How Farms Are Fighting the Drought “We had to change how we water the fields.” [WaPo.]",
		"NEW SHOW “Water Wars” opens tonight.",
		"‘THE OTHER SIDE OF THE PARTY’“The bash featured champagne showers.” [NYT]",
	})
	for _, training := range []bool{false, true} {
		d := newDoc("HOW FARMS ARE FIGHTING THE DROUGHT “We had to change how we water the fields.” [WaPo.]")
		d.training = training
		got := d.findAttributions()
		if training && len(got) != 0 {
			t.Errorf("tagged quotation frame built in training")
		}
		if !training && (len(got) != 1 || !got[0].ruleAccepted) {
			t.Errorf("want one rule-accepted tagged quotation frame, got %d", len(got))
		}
		d.release()
	}
}
