package extract

import "testing"

// TestChantOfFrame covers a quotation after "chants of": a statement with
// the possessive as speaker mention, at inference only.
func TestChantOfFrame(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "But their chants of “Lee! Lee! Lee!” were cut short when the results came in.", content: "Lee! Lee! Lee!", mention: "their"},
		{text: "Walking into the hall to chants of “Four more years!” the mayor waved.", content: "Four more years!", mention: ""},
	})
	checkNoStatements(t, ex, []string{
		"The chants grew louder as the “Victory Tour” bus arrived.",
		"The history of “Lee! Lee!” chants is long.",
	})
	for _, training := range []bool{false, true} {
		d := newDoc("But their chants of “Lee! Lee! Lee!” were cut short when the results came in.")
		d.training = training
		got := d.findAttributions()
		if training && len(got) != 0 {
			t.Errorf("chant frame built in training")
		}
		if !training && (len(got) != 1 || !got[0].ruleAccepted) {
			t.Errorf("want one rule-accepted chant frame, got %d", len(got))
		}
		d.release()
	}
}
