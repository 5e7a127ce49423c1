package extract

import "testing"

// TestExtendAfterSemicolon covers the clause after a semicolon that closes
// a frame set after the first part of its content; a clause opening with a
// preposition or holding a frame of its own stays out.
func TestExtendAfterSemicolon(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "The vote split the party. These were not mistakes, Lee noted; the agency had slanted its summaries.", content: "These were not mistakes the agency had slanted its summaries", mention: "Lee"},
		{text: "The vote split the party. It was never about him, his aides argued this week; rather, it was his gift for words.", content: "It was never about him rather, it was his gift for words", mention: "his aides"},
		{text: "The vote split the party. Candidates need about 40 percent of the vote, analysts say; in 2012, Romney stumbled with 27 percent.", content: "Candidates need about 40 percent of the vote", mention: "analysts"},
		{text: "The vote split the party. It was late, he said; she said it was early.", content: "It was late", mention: "he"},
	})
}
