package extract

import "testing"

// TestStartAfterKickerColon covers a headline's kicker before a colon: the
// content of an inverted frame starts after it; a source before a colon
// ("Poll:") and a kicker-like word in the body stay.
func TestStartAfterKickerColon(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Exclusive: Apple to cut jobs, sources say", content: "Apple to cut jobs", mention: "sources"},
		{text: "EXCLUSIVE: Apple to cut jobs, sources say\n\nApple plans to cut 500 jobs.", content: "Apple to cut jobs", mention: "sources"},
		{text: "UPDATE 1: Oil rises as OPEC signals cuts, traders say", content: "Oil rises as OPEC signals cuts", mention: "traders"},
		{text: "Breaking: Apple will cut jobs, company says", content: "Apple will cut jobs", mention: "company"},
		{text: "Poll: Voters back the new stadium plan", content: "Voters back the new stadium plan", mention: "Poll"},
		{text: "Markets fell on Monday.\n\nUpdate: the plant will close, workers say.", content: "Update: the plant will close", mention: "workers"},
	})
}
