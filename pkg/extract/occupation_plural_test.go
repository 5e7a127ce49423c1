package extract

import "testing"

// TestOccupationPlural covers a trade's plural before "at", "from" or
// "with" ("Forecasters at the Met Office said"): the people speak,
// anonymous, not the body; a trade before another word, or in training,
// is left alone.
func TestOccupationPlural(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, mention string }{
		{"Weather\n\nForecasters at the Met Office said snow was likely.", "Forecasters at the Met Office"},
		{"Weather\n\nSnow was likely, meteorologists at the National Weather Service said.", "meteorologists at the National Weather Service"},
	} {
		qs := ex.Extract(c.text)
		if len(qs) != 1 || qs[0].SpeakerMention == nil {
			t.Errorf("%q: %d statements", c.text, len(qs))
			continue
		}
		if m := c.text[qs[0].SpeakerMention.Start:qs[0].SpeakerMention.End]; m != c.mention || qs[0].Speaker.Kind != SpeakerAnonymous {
			t.Errorf("%q: mention %q (%s), want %q (anonymous)", c.text, m, qs[0].Speaker.Kind, c.mention)
		}
	}
	d := newDoc("Forecasters at the Met Office said it. Forecasters said it. Forecasters in Leeds said it.")
	want := []bool{true, false, false}
	n := 0
	for i := range d.toks {
		if d.word(i) == "forecasters" {
			if got := d.occupationPlural(i); got != want[n] {
				t.Errorf("occupationPlural #%d = %v, want %v", n, got, want[n])
			}
			n++
		}
	}
	d.training = true
	if d.occupationPlural(0) {
		t.Errorf("occupationPlural in training")
	}
}
