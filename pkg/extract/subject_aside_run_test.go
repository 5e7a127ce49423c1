package extract

import "testing"

// TestSubjectAsideRun: a place or body inside the description of a
// speaker ("Meridian, one of the largest operators in the Southeast,")
// does not compete with the speaker for a later "the company"; a body
// named in a sentence of its own still does.
func TestSubjectAsideRun(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Hospitals\n\nShares of Meridian fell.\n\nMeridian, one of the largest hospital operators in the Southeast, said the claims were false. The company said its staffing met the rules.", "its staffing met", "Meridian"},
		{"Mines\n\nShares of Kelvor fell.\n\nKelvor, which runs three mines in Queensland, said output fell. The company said it would cut costs.", "it would cut costs", "Kelvor"},
		{"Mines\n\nShares of Kelvor fell.\n\nKelvor, which runs three mines in Queensland, said output fell. Brandt Mining said its output rose. The company said it would cut costs.", "it would cut costs", "company"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
