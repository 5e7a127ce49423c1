package extract

import "testing"

// TestToSayFrames covers "to say" frames whose matrix word is no cue.
// The accept model is off: these tests check the rules, not a trained model's choice.
func TestToSayFrames(t *testing.T) {
	cases := []mentionCase{
		{"was prompted to say", `The coach was prompted to say that the team had played badly.`, "that the team had played badly", "The coach"},
		{"was not willing to say", `The mayor was not willing to say who would replace the chief.`, "who would replace the chief", "The mayor"},
		{"was careful to say", `Ms. Lund was careful to say that no decision had been made.`, "that no decision had been made", "Ms. Lund"},
		{"took pains to say", `The bakers took pains to say they backed neither side.`, "they backed neither side", "The bakers"},
		{"took to a medium to say", `The governor took to Facebook to say that the roads would reopen.`, "that the roads would reopen", "The governor"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}
