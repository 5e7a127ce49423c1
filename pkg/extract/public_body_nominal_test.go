package extract

import "testing"

// TestPublicBodyNominal: "the agency" is the public body of two names;
// "the company" still keeps the two apart.
func TestPublicBodyNominal(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"The National Highway Traffic Safety Administration said Corvane Motors had received 40 complaints. No crashes have been reported, the agency said.", "No crashes have been reported", "National Highway Traffic Safety Administration"},
		{"The National Highway Traffic Safety Administration said Corvane Motors had received 40 complaints. No crashes have been reported, the company said.", "No crashes have been reported", "company"},
	})
}
