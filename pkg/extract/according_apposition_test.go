package extract

import "testing"

// TestAccordingDescription covers an opening "According to X," whose X is
// described (a role apposition, a relative clause) before the reported
// clause: the content starts after the description. Without a role noun or
// a relative pronoun the words after the comma stay in the content.
func TestAccordingDescription(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`According to Dana Reyes, a spokeswoman for the port authority, the ferry will not run on Sunday.`, "the ferry will not run on Sunday", "Dana Reyes"},
		{`According to Okafor, who chairs the budget panel, the county will cut two clinics.`, "the county will cut two clinics", "Okafor"},
		{`According to state police, who reached the scene first, the driver fled on foot.`, "the driver fled on foot", "state police"},
		{`According to Lund, the mayor's plan, which voters rejected in May, will return in the fall.`, "the mayor's plan, which voters rejected in May, will return in the fall", "Lund"},
		{`According to Gallup, a clear majority of voters, 58 percent, back the measure.`, "a clear majority of voters, 58 percent, back the measure", "Gallup"},
	})
}
