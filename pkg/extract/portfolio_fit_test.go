package extract

import "testing"

// TestPortfolioFits: a role nominal with a portfolio ("the prime
// minister") is not a minister of another one, nor the deputy; a bare "the
// minister" and a matching portfolio are.
func TestPortfolioFits(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Culture Minister Tom Hale said he had no choice.\n\nThe prime minister said she accepted the resignation with regret.", "accepted the resignation", "prime minister"},
		{"Deputy Prime Minister Tom Hale said the plan was good.\n\nThe prime minister said the plan would work.", "plan would work", "prime minister"},
		{"Prime Minister Ann Lee visited. She said the plan was good.\n\nThe prime minister said the plan would work.", "plan would work", "Ann Lee"},
		{"Foreign Minister Ann Lee said the plan was good.\n\nThe foreign minister said the talks would go on.", "talks would go on", "Ann Lee"},
		{"Culture minister Tom Hale said he had no choice.\n\nThe minister said the vote would go ahead.", "vote would go ahead", "Tom Hale"},
	})
}
