package extract

import "testing"

// TestWouldLike covers wishes with "would like to": the infinitive, or
// after "to see" its object and predicate, is the content, rule-accepted
// at inference (wouldLikeCue); after another frame of the sentence the
// wish stays in that statement's content.
func TestWouldLike(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	head := "Budget fight goes on.\n\n"
	checkContents(t, ex, []contentCase{
		{text: head + "The city council would like to make the vote a test of trust.", content: "to make the vote a test of trust", mention: "The city council"},
		{text: head + "The mayor would like to see the plan reflect her ideas.", content: "the plan reflect her ideas", mention: "The mayor"},
		{text: head + "Many residents said they would like to see more buses.", content: "they would like to see more buses", mention: "Many residents"},
	})
	checkNoStatements(t, ex, []string{
		head + "Would you like to see the new buses?",
		head + "Kids like to swim in the lake.",
	})
}
