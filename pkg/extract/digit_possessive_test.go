package extract

import "testing"

// TestDigitPossessive: an addressee with a numeral's possessive ("BBC
// Radio 4's Today programme") runs on to "that"; a plural's or a
// numeral's plain mark does not change; a subject after one is the noun
// after the mark, its mention with the possessor.
func TestDigitPossessive(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Radio\n\nThe minister told BBC Radio 4's Today programme that the plan was fair.", "that the plan was fair", "The minister"},
		{"Radio\n\nThe minister told BBC Radio 4’s Today programme that the plan was fair.", "that the plan was fair", "The minister"},
		{"Radio\n\nThe coach told Sky Sports 1's pundits that the team was tired.", "that the team was tired", "The coach"},
		{"Radio\n\nShe told the 1990s' fans that the band was back.", "that the band was back", "She"},
	})
	checkContents(t, ex, []contentCase{
		{"Radio\n\nChannel 4's political editor said the vote was close.", "the vote was close", "Channel 4's political editor"},
		{"Radio\n\n\"It is close,\" Channel 4's political editor said.", "It is close", "Channel 4's political editor"},
	})
	checkNamedSpeakers(t, ex, []namedSpeaker{
		{"Radio\n\nChannel 4's political editor said the vote was close.", "the vote was close", "political editor", "", ""},
	})
	d := newDoc("The minister told BBC Radio 4's Today programme that the plan was fair.")
	defer d.release()
	if np := d.npFwd(3, len(d.toks)); np.e != 10 {
		t.Errorf("npFwd end %d, want 10 (before \"that\")", np.e)
	}
	d.training = true
	if np := d.npFwd(3, len(d.toks)); np.e != 6 {
		t.Errorf("training npFwd end %d, want 6 (the old noun phrase)", np.e)
	}
}
