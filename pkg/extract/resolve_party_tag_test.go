package extract

import "testing"

// TestPartyTagSurname: a lone surname with a party tag is the speaker's
// name without the tag; a full name kept it right before.
func TestPartyTagSurname(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Okafor (D-Ore.) said the levy would pass.", "the levy would pass", "Okafor", "", ""},
		{"Okafor (R-Tex.) told reporters the levy would pass.", "the levy would pass", "Okafor", "", ""},
		{"Sen. Dana Okafor (D-Ore.) said the levy would pass.", "the levy would pass", "Dana Okafor", SpeakerPerson, "Sen."},
	})
}
