package extract

import "testing"

// TestPossessiveMention covers possessives after a word in "s" ("the boys'
// mother", "James’ father"): the mention takes in the possessor, before or
// after the cue, and a subject after a quotation reaches it; a closing
// quotation mark and a mark in training are no possessive.
func TestPossessiveMention(t *testing.T) {
	checkMentions(t, New(nil), []mentionCase{
		{"before the cue", "The boys' mother said: 'They weren't home.'", "They weren't home", "The boys' mother"},
		{"curly", "James’ father said he was fine.", "he was fine", "James’ father"},
		{"inverted", "'I'm fine,' said James' father.", "I'm fine", "James' father"},
		{"after a quotation", "\"We lost,\" the players' coach said.", "We lost", "the players' coach"},
		{"after a clause", "The game was lost, the players' coach said.", "The game was lost", "the players' coach"},
		{"no possessive", "The coach said the game was lost.", "the game was lost", "The coach"},
	})
	d := newDoc("The boys' mother said 'no' to the players'.")
	defer d.release()
	for k := range d.toks {
		want := k == 2 // the mark after "boys"
		if got := d.possessiveApostrophe(k); got != want {
			t.Errorf("token %d %q: possessive %v, want %v", k, d.text[d.toks[k].s:d.toks[k].e], got, want)
		}
	}
	d.training = true
	if d.possessiveApostrophe(2) {
		t.Errorf("training: a possessive")
	}
}

// TestPossessorNamesSpeaker: the refined pass names a speaker with the
// plural or s-final possessor before its noun, as with "'s".
func TestPossessorNamesSpeaker(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"The Philippines' foreign ministry said it would protest.", "it would protest", "Philippine Foreign Ministry"},
		{"Sanders' campaign said it raised $20 million.", "raised", "Sanders campaign"},
		{"The Clintons' spokesman said the couple would attend.", "the couple", "Clintons' spokesman"},
	})
}
