package extract

import "testing"

// TestOpenAppositionOwner: an apposition without its closing comma is no
// speaker; the name before it is.
func TestOpenAppositionOwner(t *testing.T) {
	checkMentions(t, New(nil), []mentionCase{
		{"open apposition", "Headline\n\nOn WXYZ's “Morning Talk,” Sen. Ann Lee (D-NY), a supporter of Tom Reed's bid for the presidency told host Jo Kim she believes him.", "she believes him", "Sen. Ann Lee"},
		{"no parenthesis", "Headline\n\nAnn Lee, a longtime backer of the mayor's bid for the office told reporters the plan was sound.", "the plan was sound", "Ann Lee"},
		// near misses: an introduction, a closed apposition
		{"introduction", "Headline\n\nSignificantly, the judge said he could not rule.", "he could not rule", "the judge"},
		{"closed apposition", "Headline\n\nAnn Lee, a backer of the mayor, told reporters the plan was sound.", "the plan was sound", "Ann Lee, a backer of the mayor"},
	})
	checkSpeakerNames(t, []speakerCase{
		{"Ann Lee, a longtime backer of the mayor's bid for the office told reporters the plan was sound.", "the plan was sound", "Ann Lee"},
	})
}
