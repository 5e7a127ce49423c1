package extract

import "testing"

// TestExtendStanceObject covers body stance objects that go on past a
// comma: a list of possessive items, not a following clause.
func TestExtendStanceObject(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nLee thanked his staff, his donors and his family.", content: "his staff, his donors and his family", mention: "Lee"},
		{text: "Vote Set.\n\nLee thanked the voters, and the crowd cheered.", content: "the voters", mention: "Lee"},
	})
}
