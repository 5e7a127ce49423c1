package extract

import "testing"

// TestExpressedFeeling covers "expressed" with a feeling noun: the noun
// phrase and its complement are the content, rule-accepted at inference
// (expressedFeelingCue), ended before an aside, a clause opened without a
// comma ("even as") and a nested report after a comma.
func TestExpressedFeeling(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	head := "Budget fight goes on.\n\n"
	checkContents(t, ex, []contentCase{
		{text: head + "Mayor Lin expressed concern that the tunnel would flood, and aides agreed.", content: "concern that the tunnel would flood", mention: "Mayor Lin"},
		{text: head + "The governor also expressed strong support for the new stadium.", content: "strong support for the new stadium", mention: "The governor"},
		{text: head + "The coach expressed sympathy for the players even as he criticized the league.", content: "sympathy for the players", mention: "The coach"},
		{text: head + "The coach offered praise for the young players.", content: "praise for the young players", mention: "The coach"},
		{text: head + "The mayor offered her early assessment of the budget.", content: "her early assessment of the budget", mention: "The mayor"},
		{text: head + "Aides have expressed frustration over the delay, a step they believe could help.", content: "frustration over the delay", mention: "Aides"},
	})
	checkNoStatements(t, ex, []string{
		head + "The views expressed in this column are the author's own.",
		head + "Has the board expressed concern about the cost?",
		head + "The company expressed the package to Denver overnight.",
		head + "The city offered support to the flood victims.",
		head + "The firm offered advice to the city.",
	})
}
