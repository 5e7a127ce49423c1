package extract

import "testing"

// TestBodyAttacked covers "attacked X" as a body stance at inference: in
// the simple past and the perfect, with its reason as content; not with a
// pronoun object, a manner adverb without a reason, a passive or a
// negation.
func TestBodyAttacked(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nSenator Lee attacked the trade deal.", content: "the trade deal", mention: "Senator Lee"},
		{text: "Vote Set.\n\nRuiz has attacked Lee repeatedly for his votes on trade.", content: "his votes on trade", mention: "Ruiz"},
		{text: "Vote Set.\n\nRuiz often attacked Lee during the primaries for his votes.", content: "his votes", mention: "Ruiz"},
	})
	checkNoStatements(t, ex, []string{
		"Vote Set.\n\nSenator Lee attacked him from the stage.",
		"Vote Set.\n\nSenator Lee attacked Ruiz relentlessly in Ohio.",
		"Vote Set.\n\nSenator Lee was attacked in Ohio.",
		"Vote Set.\n\nSenator Lee has not attacked the trade deal.",
	})
}
