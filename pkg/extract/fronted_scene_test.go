package extract

import "testing"

// TestDropFrontedScene covers a fronted temporal or concessive clause
// dropped from a content whose quotation follows the cue; at inference only.
func TestDropFrontedScene(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "While he was speaking in Miami on Wednesday, Lee said, “It has been a long time since she spoke to us.”", content: "It has been a long time since she spoke to us.", mention: "Lee"},
		// a condition is part of the claim
		{text: "If she is elected, Lee said, “she will be back and forth between the court and the office.”", content: "If she is elected she will be back and forth between the court and the office.", mention: "Lee"},
		// a discourse adverb is no clause
		{text: "After all, Lee says, “I never claimed to be a journalist.”", content: "After all I never claimed to be a journalist.", mention: "Lee"},
	})
	d := newDoc("While he was speaking in Miami on Wednesday, Lee said, “It has been a long time since she spoke to us.”")
	d.training = true
	found := false
	for _, a := range d.findAttributions() {
		if d.word(a.cue.s) == "said" {
			found = true
			if len(a.content) != 2 {
				t.Errorf("training: %d content parts, want the clause and the quotation", len(a.content))
			}
		}
	}
	if !found {
		t.Errorf("training: no frame of said")
	}
	d.release()
}
