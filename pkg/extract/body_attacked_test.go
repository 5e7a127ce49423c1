package extract

import "testing"

// TestBodyAttacked covers "attacked X" as a body stance at inference: in
// the simple past and the perfect, with its reason as content; not with a
// pronoun object, a manner adverb without a reason, a passive, a
// negation or a physical target ("attacked a pensioner").
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
		// physical attacks (crime and war news)
		"Man Jailed.\n\nA man who attacked a pensioner in his home has been jailed for eight years.",
		"Man Jailed.\n\nHe attacked his wife with a knife.",
		"Convoy Hit.\n\nRebels attacked a convoy near the border.",
		"Convoy Hit.\n\nGunmen attacked the embassy on Friday.",
	})
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nSenator Lee attacked the man who leads the party.", content: "the man who leads the party", mention: "Senator Lee"},
	})
}
