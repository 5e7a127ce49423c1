package extract

import "testing"

// TestPresentClauseAfterAdjunct covers a bare present-tense clause after a
// cue's adjunct ("said in a statement the report merits ..."): the clause
// is the content at inference; training keeps the old frame.
func TestPresentClauseAfterAdjunct(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Ann Lee said in a statement the new report merits a full inquiry.", content: "the new report merits a full inquiry", mention: "Ann Lee"},
		{text: "Ann Lee said in a statement released by the party the audit shows a deficit.", content: "the audit shows a deficit", mention: "Ann Lee"},
	})
	d := newDoc("Ann Lee said in a statement the new report merits a full inquiry.")
	defer d.release()
	k := 0
	for d.word(k) != "the" {
		k++
	}
	if !d.presentClauseAfterAdjunct(k, len(d.toks)) {
		t.Errorf("present clause after the adjunct not found")
	}
	if !d.presentAfterSingular(k+3) || d.presentAfterSingular(k+2) {
		t.Errorf("presentAfterSingular: want the verb only")
	}
	d.training = true
	if d.presentClauseAfterAdjunct(k, len(d.toks)) {
		t.Errorf("present clause used in training")
	}
}
