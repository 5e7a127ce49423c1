package extract

import "testing"

// TestEndBeforeWhomClause covers a forward content ended before a
// non-restrictive relative clause on a person or a set; at inference only.
func TestEndBeforeWhomClause(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Lee said she had since apologized to Kim, whom she considers a friend.", content: "she had since apologized to Kim", mention: "Lee"},
		{text: "Lee said she favors the mayor and the judge, for whom she raised money last year.", content: "she favors the mayor and the judge", mention: "Lee"},
		{text: "Lee said the plan would anger the unions and the banks, both of which opposed it.", content: "the plan would anger the unions and the banks", mention: "Lee"},
		// "whom" without the comma stays, and so do the words inside a quotation
		{text: "Lee said she did not know whom to call about the leak.", content: "she did not know whom to call about the leak", mention: "Lee"},
		{text: "Lee said she “apologized to Kim, whom I admire.”", content: "she “apologized to Kim, whom I admire.”", mention: "Lee"},
	})
	d := newDoc("Lee said she had since apologized to Kim, whom she considers a friend.")
	d.training = true
	for _, a := range d.findAttributions() {
		if fi := d.fwdRange(a); fi >= 0 && d.word(a.content[fi].e-1) != "friend" {
			t.Errorf("content ended before the relative clause in training")
		}
	}
	d.release()
}
