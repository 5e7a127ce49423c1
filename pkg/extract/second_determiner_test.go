package extract

import "testing"

// TestSecondDeterminer: a subject opening with two determiners ("The other
// candidate", "The two senators") gives the participle after its clause a
// speaker; a determiner later in the phrase still ends it at the verb's
// object, and training keeps the old noun phrases.
func TestSecondDeterminer(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Debate Night.\n\nThe other candidate, Ann Lee, drew a contrast, saying that fears of job losses were not to be dismissed.", content: "that fears of job losses were not to be dismissed", mention: "The other candidate, Ann Lee"},
		{text: "Debate Night.\n\nThe two senators praised the plan, saying it would lower costs for families.", content: "it would lower costs for families", mention: "two senators"},
		{text: "Debate Night.\n\nThe mayor thanked the other members, saying the vote had been close.", content: "the vote had been close", mention: "The mayor"},
	})
	d := newDoc("The other candidate drew a contrast.")
	defer d.release()
	if !d.secondDeterminer(0, 1) {
		t.Errorf("the other: no second determiner")
	}
	if d.secondDeterminer(0, 2) || d.secondDeterminer(1, 2) {
		t.Errorf("second determiner away from the phrase's start")
	}
	d.training = true
	if d.secondDeterminer(0, 1) {
		t.Errorf("second determiner while training")
	}
}
