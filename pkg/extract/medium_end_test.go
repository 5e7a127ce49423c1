package extract

import "testing"

// TestEndAtMediumPhrase covers a forward content ended before a phrase that
// names the statement's medium; at inference only.
func TestEndAtMediumPhrase(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Lee said her team did not want that kind of help in an interview with the radio station on Sunday.", content: "her team did not want that kind of help", mention: "Lee"},
		{text: "Lee criticized the chairman and his allies in an email Saturday to the panel.", content: "the chairman and his allies", mention: "Lee"},
		{text: "Lee said the plan would fail during a phone interview.", content: "the plan would fail", mention: "Lee"},
		// inside the quotation the words are the speaker's
		{text: "Lee said the mayor “lied to us in a statement last week.”", content: "the mayor “lied to us in a statement last week.”", mention: "Lee"},
		// an event is no medium, and a short content keeps its phrase
		{text: "Lee said the plan would fail at a news conference on Monday.", content: "the plan would fail at a news conference on Monday", mention: "Lee"},
		{text: "Lee said yes in a statement.", content: "yes in a statement", mention: "Lee"},
	})
	d := newDoc("Lee said her team did not want that kind of help in an interview with the radio station.")
	d.training = true
	for _, a := range d.findAttributions() {
		if fi := d.fwdRange(a); fi >= 0 && d.word(a.content[fi].e-1) != "station" {
			t.Errorf("content ended at the medium phrase in training")
		}
	}
	d.release()
}
