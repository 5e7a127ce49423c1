package extract

import "testing"

// TestPushedFor covers "pushed back on/against X" and "pushed for X": the
// object is the content, rule-accepted at inference; spans of time,
// passives, a bare "pushed back" with an object, relative objects and
// training give no such frame.
func TestPushedFor(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nMore news.\n\nThe mayor pushed back on those reports Thursday.", content: "those reports", mention: "The mayor"},
		{text: "Vote Set.\n\nMore news.\n\nThe senator has pushed back against accusations of bias, saying the rules are fair.", content: "accusations of bias", mention: "The senator"},
		{text: "Vote Set.\n\nMore news.\n\nThe union also pushed for a new contract.", content: "a new contract", mention: "The union"},
	})
	framed := func(text string, training bool) bool {
		return ruleFrameContent(text, "phrasal stance", training) != ""
	}
	for _, text := range []string{
		"Vote Set.\n\nMore news.\n\nIt is a case that Lee has pushed for months.",
		"Vote Set.\n\nMore news.\n\nThe mayor pushed for nearly a decade to build it.",
		"Vote Set.\n\nMore news.\n\nThe cart was pushed for a mile.",
		"Vote Set.\n\nMore news.\n\nAides pushed back the launch.",
		"Vote Set.\n\nMore news.\n\nThese are the policies they have pushed for.",
	} {
		if framed(text, false) {
			t.Errorf("%q: pushed frame", text)
		}
	}
	if framed("Vote Set.\n\nMore news.\n\nThe union also pushed for a new contract.", true) {
		t.Errorf("frame built while training")
	}
}
