package extract

import "testing"

// TestLyNouns: "rally" and "assembly" are nouns of the addressee, not
// adverbs; a real adverb still ends the noun phrase.
func TestLyNouns(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`Okafor told a rally in Dayton that the levy would pass.`, "that the levy would pass", "Okafor"},
		{`The levy will pass, Okafor told a rally in Dayton.`, "The levy will pass", "Okafor"},
		{`Okafor told the assembly that the levy would pass.`, "that the levy would pass", "Okafor"},
		{`Okafor told reporters repeatedly that the levy would pass.`, "that the levy would pass", "Okafor"},
	})
}
