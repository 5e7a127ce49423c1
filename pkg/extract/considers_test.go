package extract

import "testing"

// TestConsiders covers "considers X Y" and "considered doing X": the
// object to the end of its clause is the content, rule-accepted at
// inference; passives, participles, fronted objects, reports of it and
// training give no such frame.
func TestConsiders(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nThe mayor considers Mr. Lee untrustworthy, but he will vote.", content: "Mr. Lee untrustworthy", mention: "The mayor"},
		{text: "Vote Set.\n\nFor a time, Ana Ruiz considered selling her car to pay rent.", content: "selling her car to pay rent", mention: "Ana Ruiz"},
		{text: "Vote Set.\n\nDespite the critics, Obama deems the swap a fair trade.", content: "the swap a fair trade", mention: "Obama"},
		{text: "Vote Set.\n\nAs he considered a run last year, Lee waited.", content: "a run", mention: "he"},
	})
	framed := func(text string, training bool) bool {
		return ruleFrameContent(text, "considers", training) != ""
	}
	for _, text := range []string{
		"Vote Set.\n\nCole is widely considered a moderate.",
		"Vote Set.\n\nCole, a Lee appointee considered a moderate, voted no.",
		"Vote Set.\n\nCole is a host considered one of the best in town.",
		"Vote Set.\n\nLee spoke about what he considers unfair coverage.",
		"Vote Set.\n\nLee said she considered Cole a friend.",
		"Vote Set.\n\nThe judge who considered the matter ruled on Monday.",
		"Vote Set.\n\nDoes Lee consider Cole a friend?",
		"Vote Set.\n\nLee would consider Cole a friend.",
		"Vote Set.\n\nBut consider the record turnout this year.",
		"Vote Set.\n\nThey can go home if they're deemed safe.",
		"Vote Set.\n\nHe won most voters who consider themselves very liberal.",
	} {
		if framed(text, false) {
			t.Errorf("%q: consideration frame", text)
		}
	}
	if framed("Vote Set.\n\nThe mayor considers Mr. Lee untrustworthy.", true) {
		t.Errorf("frame built while training")
	}
}
