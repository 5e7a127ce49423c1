package extract

import "testing"

// TestAccordingOpensAdjunct covers an opening "According to X," followed by
// an adjunct or a subordinate clause: both belong to the content.
func TestAccordingOpensAdjunct(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`According to the latest county survey, in a field of nine candidates, Ortiz leads by 12 points.`, "in a field of nine candidates, Ortiz leads by 12 points", "the latest county survey"},
		{`But according to internal party memos, while the leaders attack lobbyists, they meet them often.`, "while the leaders attack lobbyists, they meet them often", "internal party memos"},
	})
}
