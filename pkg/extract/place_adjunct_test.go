package extract

import "testing"

// TestPlaceClauseAfterAdjunct covers a bare clause after an adjunct that a
// place name ends, at inference only.
func TestPlaceClauseAfterAdjunct(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Tedros told a news conference in Geneva the outbreak was slowing.", content: "the outbreak was slowing", mention: "Tedros"},
		{text: "Tedros told reporters in Geneva the outbreak was slowing.", content: "the outbreak was slowing", mention: "Tedros"},
		{text: "She said in New York the talks would resume.", content: "the talks would resume", mention: "She"},
		{text: "Scholz told lawmakers in the Bundestag the government would not send the missiles.", content: "the government would not send the missiles", mention: "Scholz"},
	})
	// no determiner and verb after the name, or a determiner inside the
	// adjunct: the adjunct is not taken for one before a clause
	for _, text := range []string{
		"She said in New York the talks.",
		"She spoke in Geneva the day before the vote.",
	} {
		d := newDoc(text)
		for _, a := range d.findAttributions() {
			for _, c := range a.content {
				if got := d.text[d.toks[c.s].s:d.toks[c.e-1].e]; got == "the talks" || got == "the day before the vote" {
					t.Errorf("%q: content %q", text, got)
				}
			}
		}
		d.release()
	}
	d := newDoc("Tedros told reporters in Geneva the outbreak was slowing.")
	defer d.release()
	d.training = true
	if d.placeClauseAfterAdjunct(3, 5, len(d.toks)) {
		t.Errorf("the place adjunct ends before a clause in training")
	}
}
