package extract

import "testing"

// TestCommonAcronymRun: initials of a common noun ("its AI products") are
// no body for a later "the company" or "it"; the company named before is.
func TestCommonAcronymRun(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Cuts\n\nBrightline Software said it would cut 1,200 jobs.\n\nThe chief executive wrote that staff would move to its AI products. The company said it expected charges of $90 million.", "expected charges", "Brightline Software"},
		{"Cuts\n\nVarden Motors said it would cut 900 jobs.\n\nIts EV sales fell. The company said it expected a loss.", "expected a loss", "Varden Motors"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
	d := newDoc("Its AI and its Ai.")
	if !d.commonAcronymRun(rng{1, 2}) || d.commonAcronymRun(rng{4, 5}) {
		t.Errorf("AI is a common acronym, Ai a name")
	}
}
