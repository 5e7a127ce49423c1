package extract

import "testing"

// TestSingleQuoteParagraphs: a British quotation opening after the frame
// or another sentence of its paragraph goes on in the next paragraph; an
// apostrophe after a sentence end (’Twas) does not start one.
func TestSingleQuoteParagraphs(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{"The warden said: ‘We closed the gates at dusk.\n\n‘Nobody was hurt.’", "We closed the gates at dusk. Nobody was hurt.", "The warden"},
		{"‘We closed the gates,’ the warden said. ‘Nobody was hurt.\n\n‘We will reopen on Monday.’", "We closed the gates. Nobody was hurt. We will reopen on Monday.", "the warden"},
	})
	qs := ex.Extract("The warden said the gates were shut. ’Twas a long night.\n\n‘New’ gates held, the report found.")
	checkNoStatementWith(t, qs, "long night New")
}
