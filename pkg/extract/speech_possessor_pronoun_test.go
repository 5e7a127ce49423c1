package extract

import "testing"

// TestSpeechPossessorPronoun: a he or she after a sentence about a
// person's statement ("listening to James Comey's statement") is that
// person, not the expert who spoke before; two such persons, or a
// sentence that is a statement itself, leave the nearest speaker.
func TestSpeechPossessorPronoun(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Emails\n\n\"It was a long shot,\" said Stephen Vale of the University of Texas.\n\nThat sounds odd to anyone listening to FBI Director James Comey's statement on Tuesday. He called her handling \"extremely careless.\"", "extremely careless", "James Comey"},
		{"Emails\n\n\"It was a long shot,\" said Stephen Vale of the University of Texas.\n\nThat sounds odd after James Comey's statement and John Roe's remarks. He called it \"extremely careless.\"", "extremely careless", "Stephen Vale"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
