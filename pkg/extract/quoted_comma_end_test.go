package extract

import "testing"

// TestEndAtQuotedComma covers a content ended at a quoted phrase closed by
// a comma when the writer's narration follows; at inference only.
func TestEndAtQuotedComma(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Lee said she was “going to close the mines,” while trying to explain her plan.", content: "she was “going to close the mines”", mention: "Lee"},
		{text: "Lee said the rules had a “loophole,” which lets buyers skip the check.", content: "the rules had a “loophole”", mention: "Lee"},
		{text: "Lee said the bill was “the best of both worlds,” giving states more power.", content: "the bill was “the best of both worlds,” giving states more power", mention: "Lee"},
	})
	d := newDoc("Lee said she was “going to close the mines,” while trying to explain her plan.")
	d.training = true
	for _, a := range d.findAttributions() {
		if len(a.content) == 1 && d.isQuote(a.content[0].e-1) {
			t.Errorf("content ended at the quotation in training")
		}
	}
	d.release()
}
