package extract

import "testing"

// TestOpinionCueThreshold: with an accept model that gives every candidate
// 0.6, a "think" statement passes the speech threshold while a suspicion,
// held to the stricter threshold of beliefs, does not (a clause with a
// modal verb would be rule-accepted: hope_fear.go).
func TestOpinionCueThreshold(t *testing.T) {
	acc := NewModel()
	acc.Bias = 0.405 // probability 0.6
	acc.Threshold, acc.NonSpeechThreshold = 0.5, 0.8
	cut, _ := DefaultModels()
	ex := NewWithModels(nil, cut, acc)
	kept := `Most farmers think the new dam floods their fields.`
	q := find(t, ex.Extract(kept), "the new dam floods their fields")
	if q.IsSpeech {
		t.Errorf("%q: IsSpeech true, want a belief", kept)
	}
	checkNoStatements(t, ex, []string{`Most farmers suspect the new dam floods their fields.`})
}
