package extract

import "testing"

// TestSemicolonAfter covers a rule-accepted frame after a semicolon that
// ends the sentence's earlier statement or after an opening phrase whose
// noun is a cue, and none inside a that-clause.
func TestSemicolonAfter(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nLee calls for lower fares; Mayor Ruiz aims to cut the deficit first.", content: "to cut the deficit first", mention: "Mayor Ruiz"},
		{text: "Vote Set.\n\nIn a Facebook post on Sunday, Ruiz encouraged voters to stay home.", content: "voters to stay home", mention: "Ruiz"},
	})
	framed := func(text string) bool {
		d := newDoc(text)
		defer d.release()
		for _, a := range d.findAttributions() {
			if a.cueText == "present vow" && a.ruleAccepted && len(a.content) > 0 {
				return true
			}
		}
		return false
	}
	if framed("Vote Set.\n\nThe paper reported that Mayor Ruiz aims to cut the deficit.") {
		t.Errorf("frame inside a reported clause")
	}
}
