package extract

import "testing"

// TestEndBeforeEvenAs covers a forward content ended before ", even as" and
// a clause; at inference only.
func TestEndBeforeEvenAs(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Lee said she would back the nominee, even as she kept attacking his plans.", content: "she would back the nominee", mention: "Lee"},
		// a phrase after "even as" belongs to the content
		{text: "Lee said the mayor, even as a young man, had wanted the job.", content: "the mayor, even as a young man, had wanted the job", mention: "Lee"},
		{text: "Lee said she would back the nominee, even if she disliked his plans.", content: "she would back the nominee, even if she disliked his plans", mention: "Lee"},
		// inside the quotation the words are the speaker's
		{text: "Lee said she “would back the nominee, even as he attacks me.”", content: "she “would back the nominee, even as he attacks me.”", mention: "Lee"},
	})
	d := newDoc("Lee said she would back the nominee, even as she kept attacking his plans.")
	d.training = true
	for _, a := range d.findAttributions() {
		if fi := d.fwdRange(a); fi >= 0 && d.word(a.content[fi].e-1) != "plans" {
			t.Errorf("content ended before the even-as clause in training")
		}
	}
	d.release()
}
