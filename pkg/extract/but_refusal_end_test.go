package extract

import "testing"

// TestEndBeforeButRefusal covers a content ended before "but" and a
// refusal of the speaker (inference only: forwardEndContent).
func TestEndBeforeButRefusal(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Lee said he would offer a prayer for the eventual nominee but did not say who it would be.", content: "he would offer a prayer for the eventual nominee", mention: "Lee"},
		{text: "Lee said she had given paid speeches since the spring, but declined to list the fees.", content: "she had given paid speeches since the spring", mention: "Lee"},
		// the content's own subject goes on: it stays
		{text: "Lee said he knew the plot of the book but had not seen the movie.", content: "he knew the plot of the book but had not seen the movie", mention: "Lee"},
	})
}
