package extract

import "testing"

// TestDemonymNominal: "the Italian" after a person's statement is that
// person; a people ("the Chinese") or no person before stays unnamed.
func TestDemonymNominal(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Tennis\n\nGiulia Marchetti said she had struggled with her shoulder. \"It is not an excuse,\" the Italian said.", "It is not an excuse", "Giulia Marchetti"},
		{"Cycling\n\nTeam leader Joao Almeida said the climb was brutal.\n\n\"I had nothing left,\" the 26-year-old Brazilian said.", "I had nothing left", "Joao Almeida"},
		{"Trade\n\nThe talks ended on Friday. \"We will respond,\" the Chinese said.", "We will respond", "Chinese"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
	// no person before: an unnamed Italian, not Italy's organisation
	text := "Football\n\nJuventus beat Roma 2-0 on Sunday. \"It was a great night,\" the Italian said."
	if sp := find(t, ex.Extract(text), "great night").Speaker; sp.Name != "Italian" || sp.Kind != SpeakerUnknown {
		t.Errorf("%q: speaker %q (%s), want Italian (unknown)", text, sp.Name, sp.Kind)
	}
}
