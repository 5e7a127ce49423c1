package extract

import "testing"

// TestAccordingWithStart covers the content of a trailing "according to"
// started at an absolute "with" phrase or a "which" clause; at inference
// only.
func TestAccordingWithStart(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Voters like him more than his rivals, with 56 percent of voters viewing him positively, according to a new poll.", content: "56 percent of voters viewing him positively", mention: "a new poll"},
		{text: "He can still close the gap in delegates, which stood at 263 before the vote, according to the count.", content: "which stood at 263 before the vote", mention: "the count"},
		// "with" inside the clause, not after a comma
		{text: "He won the state with 56 percent of the vote, according to the count.", content: "He won the state with 56 percent of the vote", mention: "the count"},
		// another comma after the "with" phrase
		{text: "The plan failed, with costs rising, and the mayor resigned, according to the paper.", content: "The plan failed, with costs rising, and the mayor resigned", mention: "the paper"},
		// another cue
		{text: "Voters like him more than his rivals, with 56 percent of voters viewing him positively, the poll found.", content: "Voters like him more than his rivals, with 56 percent of voters viewing him positively", mention: "the poll"},
	})
	d := newDoc("Voters like him more than his rivals, with 56 percent of voters viewing him positively, according to a new poll.")
	d.training = true
	found := false
	for _, a := range d.findAttributions() {
		if a.cueText == "according to" {
			found = true
			if len(a.content) != 1 || d.word(a.content[0].s) != "voters" {
				t.Errorf("training: the content must start at the sentence")
			}
		}
	}
	if !found {
		t.Errorf("training: no according-to frame")
	}
	d.release()
}
