package extract

import "testing"

// TestHandleQuote covers a quotation signed by a handle after it, either
// order of handle and verb; a handle followed by an object, or a verb that
// is no posting, gives no frame.
func TestHandleQuote(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Outage\n\n\"We are working on a fix,\" @XboxSupport wrote.", "@XboxSupport", "@XboxSupport", ""},
		{"Outage\n\n\"Working on it,\" wrote @elonmusk.", "@elonmusk", "@elonmusk", ""},
		{"Outage\n\n\"Fake,\" @nypost_fan replied on Monday.", "@nypost_fan", "@nypost_fan", ""},
		{"Outage\n\n\"Video is coming,\" wrote @jay.bsky.team.", "@jay.bsky.team", "@jay.bsky.team", ""},
	})
	checkNoStatements(t, ex, []string{
		"Outage\n\n\"Hamilton,\" @theatrefan watched twice.",
		"Outage\n\n\"Hamilton,\" @theatrefan posted the review.",
	})
}
