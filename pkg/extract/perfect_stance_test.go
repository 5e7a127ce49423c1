package extract

import "testing"

// TestPerfectStance covers "has/have/had blasted X": a body stance like
// the simple past, at inference; not negated, after a modal or for the
// verbs left out ("has endorsed").
func TestPerfectStance(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nSenator Lee has assailed the trade deal.", content: "the trade deal", mention: "Senator Lee"},
		{text: "Vote Set.\n\nRuiz had blasted the board for its secrecy.", content: "its secrecy", mention: "Ruiz"},
		{text: "Vote Set.\n\nLee knocked Ruiz on trade.", content: "Ruiz on trade", mention: "Lee"},
	})
	checkNoStatements(t, ex, []string{
		"Vote Set.\n\nSenator Lee has not assailed the trade deal.",
		"Vote Set.\n\nSenator Lee would have assailed the trade deal.",
		"Vote Set.\n\nSenator Lee has welcomed the trade deal.",
		"Vote Set.\n\nThe storm knocked out the power.",
		"Vote Set.\n\nVolunteers knocked on doors all day.",
	})
}
