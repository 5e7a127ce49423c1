package extract

import "testing"

// TestHeadlineDashSource covers a wire headline tagged with its source
// after a final dash; a headline with a cue of its own keeps its speaker,
// and a dash before other words or in the body frames nothing.
func TestHeadlineDashSource(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Apple to cut 500 jobs - sources", content: "Apple to cut 500 jobs", mention: "sources"},
		{text: "Oil output to fall next year -sources", content: "Oil output to fall next year", mention: "sources"},
		{text: "Russia ready for talks - RIA", content: "Russia ready for talks", mention: "RIA"},
		{text: "EXCLUSIVE-Apple to cut 500 jobs - sources\n\nApple plans cuts.", content: "Apple to cut 500 jobs", mention: "sources"},
		{text: "Putin says Russia ready for talks - RIA", content: "Russia ready for talks", mention: "Putin"},
	})
	checkNoStatements(t, ex, []string{
		"Donors unite against the frontrunner - again",
		"Markets rallied.\n\nShares in Apple rose to a record - traders",
	})
}
