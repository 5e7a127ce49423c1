package extract

import "testing"

// TestItContentSpeaker: "it" after a content that opens with a company or
// a body nominal is that body; a person, a common word opening the
// sentence and a quotation leave it unknown.
func TestItContentSpeaker(t *testing.T) {
	ex := New(nil)
	checkNamedSpeakers(t, ex, []namedSpeaker{
		{"Markets wrap.\n\nAcme expects full-year earnings of $4.50 per share, it said. Shares of Acme fell.", "full-year earnings", "Acme", SpeakerOrganization, ""},
		{"Markets wrap.\n\nAcme's revenue rose 8% to $12.4 billion, it said, beating estimates.", "revenue rose", "Acme", SpeakerOrganization, ""},
		{"Markets wrap.\n\nAcme Corp posted a loss. The company expects full-year earnings of $4.50 per share, it said.", "full-year earnings", "Acme Corp", SpeakerOrganization, ""},
		{"Markets wrap.\n\nThe bank will close 40 branches by March, it said on Tuesday.", "40 branches", "bank", "", ""},
		// near misses
		{"Markets wrap.\n\nRevenue rose 8% to $12.4 billion, it said.", "Revenue rose", "unknown", "", ""},
		{"Markets wrap.\n\nJane Smith will step down in March, it said.", "will step down", "unknown", "", ""},
		{"Markets wrap.\n\n\"Acme will grow,\" it said.", "Acme will grow", "unknown", "", ""},
	})
}
