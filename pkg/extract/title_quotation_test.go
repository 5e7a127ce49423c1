package extract

import "testing"

// TestTitleQuotation: a quoted title without a cue of its own is no
// statement at inference; a quoted fragment in lower case stays. (An
// all-zero model with a low threshold keeps every other candidate.)
func TestTitleQuotation(t *testing.T) {
	m := NewModel()
	m.Threshold, m.NonSpeechThreshold = 0.3, 0.3
	ex := NewWithModels(nil, nil, m)
	text := "“We will win this state,” Ann Lee said. Later the band played “Bridge Over the River” for the crowd."
	checkNoStatementWith(t, ex.Extract(text), "Bridge Over")
	find(t, ex.Extract(text), "We will win this state")
	keep := "“We will win this state,” Ann Lee said. She called the plan “a waste of money” in her speech."
	find(t, ex.Extract(keep), "a waste of money")
	d := newDoc(text)
	for _, a := range d.findAttributions() {
		if a.cue.ok() && d.titleQuotation(a, &Quote{Kind: KindPartial}) {
			t.Errorf("a cued frame was taken for a title")
		}
	}
	d.release()
}
