package extract

import "testing"

// TestEndBeforeTimeWhen covers a forward content ended before ", when" after
// a time; at inference only.
func TestEndBeforeTimeWhen(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Lee said the vote would wait until September, when the council returns from its break.", content: "the vote would wait until September", mention: "Lee"},
		{text: "Lee said she had lived alone since 2015, when her brother moved away.", content: "she had lived alone since 2015", mention: "Lee"},
		{text: "Lee said the talks broke down on Friday, when the union walked out.", content: "the talks broke down on Friday", mention: "Lee"},
		// no time before the comma: the clause stays
		{text: "Lee said the plan looked fine, when it was first drawn up.", content: "the plan looked fine, when it was first drawn up", mention: "Lee"},
		// inside the quotation the words are the speaker's
		{text: "Lee said the mayor “lied to us in May, when the budget came out.”", content: "the mayor “lied to us in May, when the budget came out.”", mention: "Lee"},
	})
	d := newDoc("Lee said the vote would wait until September, when the council returns from its break.")
	d.training = true
	for _, a := range d.findAttributions() {
		if fi := d.fwdRange(a); fi >= 0 && d.word(a.content[fi].e-1) != "break" {
			t.Errorf("content ended before the time clause in training")
		}
	}
	d.release()
}
