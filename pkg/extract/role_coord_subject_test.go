package extract

import "testing"

// TestCoordinatedRoleSubject: two offices joined by "and" before a name,
// after a quotation, are the subject of "told" as of "said"; a lower-case
// phrase with no name after it is no such subject.
func TestCoordinatedRoleSubject(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Markets wrap.\n\n\"We are building the future of payments,\" co-founder and CEO Maya Patel told TechCrunch.", "We are building the future of payments", "co-founder and CEO Maya Patel"},
		{"Markets wrap.\n\n\"Demand is strong,\" chairman and chief executive Tim Cook told analysts.", "Demand is strong", "chairman and chief executive Tim Cook"},
		{"Markets wrap.\n\n\"Demand is strong,\" Tim Cook told analysts.", "Demand is strong", "Tim Cook"},
	})
	checkNamedSpeakers(t, ex, []namedSpeaker{
		{"Markets wrap.\n\n\"We are building the future of payments,\" co-founder and CEO Maya Patel told TechCrunch.", "building the future", "Maya Patel", SpeakerPerson, "CEO"},
	})
	// near miss: "and" joins two clauses, the second's subject a plain noun
	for _, q := range ex.Extract("Markets wrap.\n\n\"We are building the future of payments,\" co-founder and investors told the board.") {
		if m := mention("Markets wrap.\n\n\"We are building the future of payments,\" co-founder and investors told the board.", q); m == "co-founder and investors" {
			t.Errorf("coordinated subject without a name: %q", m)
		}
	}
}
