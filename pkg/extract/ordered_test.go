package extract

import "testing"

// TestOrdered covers "ordered" with an object or a that-clause: the order
// is the content, rule-accepted at inference; passives, hyphenated
// adjectives, pronoun objects, frames after another frame and training
// give no such frame.
func TestOrdered(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nA federal judge ordered the city to release the video.", content: "the city to release the video", mention: "A federal judge"},
		{text: "Vote Set.\n\nThe mayor has ordered a review of the program, which began in 2010.", content: "a review of the program", mention: "The mayor"},
		{text: "Vote Set.\n\nThe governor ordered a quarantine, although the nurse was not sick.", content: "a quarantine", mention: "The governor"},
	})
	framed := func(text string, training bool) bool {
		return ruleFrameContent(text, "ordered", training) != ""
	}
	for _, text := range []string{
		"Vote Set.\n\nThe agency was ordered to release the emails.",
		"Vote Set.\n\nThe court-ordered release of the emails fell behind.",
		"Vote Set.\n\nThe captain ordered them to wait.",
		"Vote Set.\n\nThe paper reported that the mayor ordered a review of the program.",
	} {
		if framed(text, false) {
			t.Errorf("%q: order frame", text)
		}
	}
	if framed("Vote Set.\n\nA federal judge ordered the city to release the video.", true) {
		t.Errorf("frame built while training")
	}
}
