package extract

import "testing"

func TestHeadlineCommaSays(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "RBI keeps repo rate unchanged, says inflation risks remain\n\nThe bank met on Friday.", content: "inflation risks remain", mention: "RBI"},
		{text: "Kishida to step down, says party needs new face", content: "party needs new face", mention: "Kishida"},
		// near misses: the speaker after "says" is a noun phrase
		{text: "Inflation will fall next year, says minister", content: "Inflation will fall next year", mention: "minister"},
		{text: "Economy is slowing, says IMF", content: "Economy is slowing", mention: "IMF"},
		{text: "Prices will rise, says Bank of England chief", content: "Prices will rise", mention: "Bank of England chief"},
	})
	// in the body, the inverted reading stands
	qs := ex.Extract("Talks resumed.\n\nThe talks went well, says the minister.")
	if len(qs) == 0 || probeSpeaker("Talks resumed.\n\nThe talks went well, says the minister.", qs[0]) == "" || qs[0].Text != "The talks went well" {
		t.Errorf("body inverted frame: %+v", qs)
	}
}
