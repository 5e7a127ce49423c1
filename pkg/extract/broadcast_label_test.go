package extract

import "testing"

// TestBroadcastLabel: a capital description after the label's name is no
// obstacle to the turn's statement; the speaker is the name.
func TestBroadcastLabel(t *testing.T) {
	ex := New(nil)
	checkMentions(t, ex, []mentionCase{
		{name: "title", text: "Transcript\n\nCOOPER: Welcome back.\n\nDONALD TRUMP, PRESIDENT OF THE UNITED STATES: We are going to win this state.", sub: "going to win", mention: "DONALD TRUMP"},
		{name: "party", text: "Transcript\n\nJAKE TAPPER, CNN ANCHOR: Governor, will you run?\n\nGOV. ANN LEE (R), OHIO: I have not decided yet.", sub: "not decided", mention: "GOV. ANN LEE"},
	})
	wantSpeakers(t, []speakerCase{
		{"Transcript\n\nCOOPER: Welcome back.\n\nDONALD TRUMP, PRESIDENT OF THE UNITED STATES: We are going to win this state.", "going to win", "Donald Trump"},
		{"Transcript\n\nJAKE TAPPER, CNN ANCHOR: Governor, will you run?\n\nGOV. ANN LEE (R), OHIO: I have not decided yet.", "not decided", "Ann Lee"},
	})
	// near misses: lower-case words in the description, no colon, the headline
	for _, text := range []string{
		"Transcript\n\nCOOPER: Welcome back.\n\nDONALD TRUMP, the president, said: We are going to win this state.",
		"Transcript\n\nCOOPER: Welcome back.\n\nDONALD TRUMP, PRESIDENT OF THE UNITED STATES, waved at the crowd.",
	} {
		for _, q := range ex.Extract(text) {
			if q.Speaker.Name == "Donald Trump" && q.Text == "We are going to win this state" && q.CueText == ":" {
				t.Errorf("%q: a label statement %+v", text, q)
			}
		}
	}
	d := newDoc("JAKE TAPPER, CNN ANCHOR: Governor, will you run?")
	defer d.release()
	for _, a := range d.findAttributions() {
		if a.cueText == ":" {
			t.Errorf("a headline read as a broadcast label")
		}
	}
}
