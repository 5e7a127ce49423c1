package extract

import "testing"

// TestLastSpeakerBody: "the charity", "the force", "the watchdog" right
// after a named body's statement are that body; a person ("Xochitl
// Torres") or two bodies named before leave the nominal unresolved.
func TestLastSpeakerBody(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Vote\n\nDisability Rights UK said the vote was \"a dark day.\" The charity said it would campaign on.", "campaign on", "Disability Rights UK"},
		{"Crash\n\nWest Yorkshire Police said the car had failed to stop. \"The pursuit was short,\" the force said.", "The pursuit was short", "West Yorkshire Police"},
		{"Crash\n\nThe IOPC said it had opened an inquiry. The watchdog said no officer was under suspicion.", "no officer was under", "IOPC"},
		{"Vote\n\nXochitl Torres said the vote was bad. The company said it would appeal.", "it would appeal", "company"},
		{"Mines\n\nKelvor Group said output fell. Brandt Mining said its output rose. The company said it would cut costs.", "cut costs", "company"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
