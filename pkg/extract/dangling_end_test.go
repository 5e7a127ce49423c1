package extract

import "testing"

// TestDropDanglingSubordinators covers a content left ending on a
// subordinator whose clause went to the next statement: the word goes at
// inference, "so" stays.
func TestDropDanglingSubordinators(t *testing.T) {
	d := newDoc("Lee criticized the new tax plan, even though he voted for it. Ann said she thinks so.")
	atts := d.findAttributions()
	// a content as the frames leave it before the next statement takes its clause
	for _, a := range atts {
		if d.word(a.cue.s) == "criticized" {
			a.content = []rng{{a.cue.e, a.cue.e + 7}} // "the new tax plan , even though"
		}
	}
	d.dropDanglingSubordinators(atts)
	seen := 0
	for _, a := range atts {
		c := a.content[len(a.content)-1]
		switch d.word(a.cue.s) {
		case "criticized":
			seen++
			if got := d.text[d.toks[c.s].s:d.toks[c.e-1].e]; got != "the new tax plan" {
				t.Errorf("content %q, want %q", got, "the new tax plan")
			}
		case "said":
			seen++
			if d.word(c.e-1) != "so" {
				t.Errorf("\"so\" dropped from %q", d.text[d.toks[c.s].s:d.toks[c.e-1].e])
			}
		}
	}
	if seen != 2 {
		t.Errorf("found %d of the 2 frames", seen)
	}
	d.release()
	d = newDoc("Lee criticized the new tax plan, even though he voted for it.")
	d.training = true
	atts = d.findAttributions()
	for _, a := range atts {
		a.content = []rng{{a.cue.e, a.cue.e + 7}}
	}
	d.dropDanglingSubordinators(atts)
	for _, a := range atts {
		if d.word(a.content[0].e-1) != "though" {
			t.Errorf("content trimmed in training")
		}
	}
	d.release()
}
