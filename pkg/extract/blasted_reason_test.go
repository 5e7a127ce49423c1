package extract

import "testing"

// TestBlastedReason covers "blasted X for Y": the reason is the content,
// past a time word or an abbreviation after the object, before a
// relative clause or a gerund of manner; without a reason the object is.
func TestBlastedReason(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nSenator Lee blasted the Federal Election Commission (FEC) Tuesday for its refusal to act.", content: "its refusal to act", mention: "Senator Lee"},
		{text: "Vote Set.\n\nLee blasted Ruiz for meeting with a lobbyist who funds his campaign.", content: "meeting with a lobbyist", mention: "Lee"},
		{text: "Vote Set.\n\nLee blasted the firm for its practices in requiring workers to train their replacements.", content: "its practices", mention: "Lee"},
		{text: "Vote Set.\n\nLee blasted Ruiz on Monday.", content: "Ruiz", mention: "Lee"},
		{text: "Vote Set.\n\nLee defended himself on Saturday for dropping the bill.", content: "dropping the bill", mention: "Lee"},
	})
}
