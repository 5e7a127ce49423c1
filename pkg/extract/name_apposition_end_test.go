package extract

import "testing"

// TestEndBeforeNameApposition covers a forward content ended before an
// apposition on a full name at its end; at inference only.
func TestEndBeforeNameApposition(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Lee criticized a large check to a group backing John Doe, a lawyer trying to win a seat in the county.", content: "a large check to a group backing John Doe", mention: "Lee"},
		{text: "Lee said she would not sit at a table with Mark Stone, the drug company executive.", content: "she would not sit at a table with Mark Stone", mention: "Lee"},
		// not a person's name, or the apposition closes before more content
		{text: "Lee said the party should give the Supreme Court, a body she admires, more time.", content: "the party should give the Supreme Court, a body she admires, more time", mention: "Lee"},
		{text: "Lee said the deal was made by Jane Roe, a banker, and her partners.", content: "the deal was made by Jane Roe, a banker, and her partners", mention: "Lee"},
	})
	d := newDoc("Lee criticized a large check to a group backing John Doe, a lawyer trying to win a seat in the county.")
	d.training = true
	for _, a := range d.findAttributions() {
		if fi := d.fwdRange(a); fi >= 0 && d.word(a.content[fi].e-1) != "county" {
			t.Errorf("content ended before the apposition in training")
		}
	}
	d.release()
}
