package extract

import "testing"

// TestEndBeforeCommaSaid covers a forward content ended before ", said";
// at inference only.
func TestEndBeforeCommaSaid(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The lawyer, who said the plan was checked by his staff, said he knew of no dispute.", content: "the plan was checked by his staff", mention: "The lawyer, who"},
		// without a verb of saying after the comma the content goes on
		{text: "Lee said the plan, first checked by his staff, would pass.", content: "the plan, first checked by his staff, would pass", mention: "Lee"},
		// inside the quotation the words are the speaker's
		{text: "Lee said the plan “was checked by his staff, said the rules.”", content: "the plan “was checked by his staff, said the rules.”", mention: "Lee"},
	})
	d := newDoc("The lawyer, who said the plan was checked by his staff, said he knew of no dispute.")
	d.training = true
	for _, a := range d.findAttributions() {
		if fi := d.fwdRange(a); fi >= 0 && d.word(a.cue.s) == "said" && d.word(a.content[fi].s) == "the" && d.word(a.content[fi].e-1) == "staff" {
			t.Errorf("content ended before the comma and said in training")
		}
	}
	d.release()
}
