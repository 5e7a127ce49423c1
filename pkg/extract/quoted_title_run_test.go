package extract

import "testing"

// TestQuotedTitleRun: a quoted title does not compete with the company
// named before it; a second company does.
func TestQuotedTitleRun(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Its publisher, Marlowe Books, pulped the first run of \"Winter Harbour.\" The company said the printer had used the wrong paper.", "the wrong paper", "Marlowe Books"},
		{"Its publisher, Marlowe Books, sold the rights to Castlegate Media. The company said the deal was worth $2 million.", "worth $2 million", "company"},
	})
}
