package extract

import "testing"

// TestHopeFearFinite covers hopes and fears with a bare clause of any
// finite verb after a name or a plural noun.
func TestHopeFearFinite(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The race tightened. Party allies fear the toll all this is taking.", content: "the toll all this is taking", mention: "Party allies"},
		{text: "The race tightened. Bivens hopes Lee and other Democrats do not make the same mistake.", content: "Lee and other Democrats do not make the same mistake", mention: "Bivens"},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"The race tightened. Party allies fear the toll all this is taking.", true},
		{"The race tightened. Economists believe this provides an incentive.", true},
		{"The race tightened. Economists believe Lee has joined an axis “for now”.", false}, // a quotation runs on
		{"The race tightened. She hopes the plan works.", false},                            // a pronoun subject
		{"The race tightened. Voters fear Lee.", false},                                     // no clause
		{"The race tightened. Their hopes rested on Iowa.", false},                          // a noun
		{"The race tightened. Party allies fear that if Lee loses, ...", false},             // no clause subject
	} {
		d := newDoc(c.text)
		got := false
		for _, a := range d.findAttributions() {
			if l := cueInfoOf(d.word(a.cue.s)).lemma; (l == "hope" || l == "fear" || l == "believe") && d.hopeFearFinite(a, a.cue.e, d.sents[a.sent].e) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: hopeFearFinite = %v, want %v", c.text, got, c.want)
		}
		d.release()
		d = newDocFor(c.text, true)
		d.training = true
		for _, a := range d.findAttributions() {
			if d.hopeFearFinite(a, a.cue.e, d.sents[a.sent].e) {
				t.Errorf("%q: hopeFearFinite in training", c.text)
			}
		}
		d.release()
	}
}
