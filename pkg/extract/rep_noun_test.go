package extract

import "testing"

// TestRepNoun: a star's rep or publicist "for" the star is the speaker,
// not the star; a "Rep." title stays a title.
func TestRepNoun(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "A publicist for the actor told People that the couple had separated.", content: "that the couple had separated", mention: "A publicist for the actor"},
		{text: "A rep for the singer said she was resting.", content: "she was resting", mention: "A rep for the singer"},
		{text: "Rep. Jane Doe said the bill would pass.", content: "the bill would pass", mention: "Rep. Jane Doe"},
	})
	d := newDoc("A rep for the singer said she was resting.")
	d.training = true
	if d.repNoun(1) {
		t.Errorf("repNoun in training")
	}
	d.release()
}
