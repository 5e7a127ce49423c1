package extract

import "testing"

// TestPhrasalStance covers "railed against X", "lashed out at X", "laid
// out X", "reiterated X", "bemoaned X", "shrugged off X", "weighed in on
// X", "wrote about X": the object is the content, rule-accepted at
// inference; relative "that", events laying out, headline decks, objects
// missing and training give no such frame.
func TestPhrasalStance(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nMore news.\n\nLee has railed against the trade deal and cast himself as an outsider.", content: "the trade deal", mention: "Lee"},
		{text: "Vote Set.\n\nMore news.\n\nThe mayor lashed out at the council on Tuesday.", content: "the council", mention: "The mayor"},
		{text: "Vote Set.\n\nMore news.\n\nThe senator also laid out a plan for the schools.", content: "a plan for the schools", mention: "The senator"},
		{text: "Vote Set.\n\nMore news.\n\nThe governor reiterated those concerns in a letter.", content: "those concerns", mention: "The governor"},
		{text: "Vote Set.\n\nMore news.\n\nThe mayor bemoaned the city's reputation.", content: "the city's reputation", mention: "The mayor"},
		{text: "Vote Set.\n\nMore news.\n\nThe campaign shrugged off the criticism.", content: "the criticism", mention: "The campaign"},
		{text: "Vote Set.\n\nMore news.\n\nSeveral senators weighed in on the deal.", content: "the deal", mention: "Several senators"},
		{text: "Vote Set.\n\nMore news.\n\nThe columnist wrote about the hearing.", content: "the hearing", mention: "The columnist"},
		{text: "Vote Set.\n\nMore news.\n\nThe senator took issue with the new oversight board.", content: "the new oversight board", mention: "The senator"},
		{text: "Vote Set.\n\nMore news.\n\nLee ticked off a list of issues, including taxes and jobs.", content: "a list of issues, including taxes and jobs", mention: "Lee"},
		{text: "Vote Set.\n\nMore news.\n\nThe mayor apologized for the delay.", content: "the delay", mention: "The mayor"},
		{text: "Vote Set.\n\nMore news.\n\nThe mayor has made no secret of her plans for the park.", content: "her plans for the park", mention: "The mayor"},
		{text: "Vote Set.\n\nMore news.\n\nThe senator distanced himself from the governor.", content: "the governor", mention: "The senator"},
	})
	framed := func(text string, training bool) bool {
		return ruleFrameContent(text, "phrasal stance", training) != ""
	}
	for _, text := range []string{
		"Vote Set.\n\nMore news.\n\nThe bill that laid out a new role for the agency passed.",
		"Vote Set.\n\nMore news.\n\nThe flood laid out the problem.",
		"Vote Set.\n\nHe lashes out at critics over the delay.\n\nMore news.",
		"Vote Set.\n\nMore news.\n\nIt is the system that Lee rails against.",
		"Vote Set.\n\nMore news.\n\nThe mayor apologized for what happened: “I was wrong.”",
		"Vote Set.\n\nMore news.\n\nThe mayor took a seat.",
		"Vote Set.\n\nMore news.\n\nLee said that when Roe railed against the banks, she agreed.",
	} {
		if framed(text, false) {
			t.Errorf("%q: phrasal stance frame", text)
		}
	}
	if framed("Vote Set.\n\nMore news.\n\nThe mayor lashed out at the council on Tuesday.", true) {
		t.Errorf("frame built while training")
	}
}

// TestPhrasalBrushedBragged covers "brushed off/aside X" and "bragged
// about X" (a noun phrase, no pronoun), and "not only X but also ..."
// ending the object.
func TestPhrasalBrushedBragged(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nMore news.\n\nThe mayor brushed off the concerns.", content: "the concerns", mention: "The mayor"},
		{text: "Vote Set.\n\nMore news.\n\nThe leaders brushed aside the needs of workers.", content: "the needs of workers", mention: "The leaders"},
		{text: "Vote Set.\n\nMore news.\n\nThe mayor bragged about her record.", content: "her record", mention: "The mayor"},
		{text: "Vote Set.\n\nMore news.\n\nShe not only brushed off the report but also went on the offensive.", content: "the report", mention: "She"},
	})
	for _, text := range []string{
		"Vote Set.\n\nMore news.\n\nThe mayor bragged about it to voters.",
		"Vote Set.\n\nMore news.\n\nThe plan was brushed aside by the board.",
	} {
		qs := ex.Extract(text)
		checkSpans(t, text, qs)
		for _, q := range qs {
			if q.CueText == "phrasal stance" {
				t.Errorf("%q: unexpected phrasal stance %q", text, q.Text)
			}
		}
	}
}
