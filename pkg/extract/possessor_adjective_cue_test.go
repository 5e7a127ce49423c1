package extract

import "testing"

// TestPossessorAdjectiveCue: a cue noun after a possessive and adjectives
// is the possessor's, never an adjective's; a noun before the cue ("Smith's
// aide claims") is the subject.
func TestPossessorAdjectiveCue(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Farm bill\n\nSen. John Smith spoke on Monday. The senator repeated his recent claim that the tax would hurt farmers.", "his", "John Smith", ""},
		{"Farm bill\n\nJohn Smith spoke on Monday. Later, Smith's recent claim that the tax would hurt farmers drew fire.", "Smith's", "John Smith", ""},
		{"Farm bill\n\nJames Sanders spoke. Sanders' recent claim that the tax would hurt farmers drew fire.", "Sanders", "James Sanders", ""},
		{"Farm bill\n\nSmith's aide claims that the tax would hurt farmers.", "Smith's aide", "Smith's aide", ""},
	})
	d := newDoc("Farm bill\n\nThe party's longtime treasurer claims that the tax would hurt farmers.")
	defer d.release()
	for _, a := range d.findAttributions() {
		if w := d.possessorOwner(a); w.ok() {
			t.Errorf("possessorOwner took %q for a noun's subject", d.text[d.toks[w.s].s:d.toks[w.e-1].e])
		}
	}
}
