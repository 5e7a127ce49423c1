package extract

import "testing"

// TestSaidOf: "said NAME of his ..." ends the speaker at "of"; an office or
// a place after "of" stays in the noun phrase.
func TestSaidOf(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "\"He's been magnificent for us,\" said boss Gary Lane of his captain.", content: "He's been magnificent for us", mention: "boss Gary Lane"},
		{text: "\"We won,\" said Tom Hill of Leeds.", content: "We won", mention: "Tom Hill of Leeds"},
		{text: "A friend of his said he was fine.", content: "he was fine", mention: "A friend of his"},
	})
}
