package extract

import "testing"

// TestNegatedAuxOwner: a negated auxiliary is no part of the speaker.
func TestNegatedAuxOwner(t *testing.T) {
	checkMentions(t, New(nil), []mentionCase{
		{"pronoun before", "Headline\n\nIt was the first time she had voted, and she doesn't think Lee can win.", "Lee can win", "she"},
		{"name before", "Headline\n\nReed cannot say that the money was lost.", "the money was lost", "Reed"},
		{"apposition before", "Headline\n\nSen. Tom Reed of Ohio, the likely leader next year, wouldn't say Tuesday how the party would vote.", "how the party would vote", "Sen. Tom Reed of Ohio"},
		{"relative clause before", "Headline\n\nTom Reed, who was elected in 2014, doesn't see the agency's role as vital.", "role as vital", "Tom Reed"},
		// near miss: no auxiliary
		{"plain subject", "Headline\n\nShe does not think Lee can win.", "Lee can win", "She"},
	})
	checkSpeakerNames(t, []speakerCase{
		{"Tom Reed spoke first. Reed isn't saying what the deal was.", "what the deal was", "Tom Reed"},
		{"Sen. Tom Reed of Ohio, the likely leader next year, wouldn't say Tuesday how the party would vote.", "how the party would vote", "Tom Reed"},
	})
	for w, want := range map[string]bool{"doesn't": true, "wouldn’t": true, "cannot": true, "isn't": true, "won't": true, "don't": true, "can": false, "not": false, "they'll": false} {
		if negatedAux(w) != want {
			t.Errorf("negatedAux(%q) = %v", w, !want)
		}
	}
}
