package extract

import "testing"

func TestCandidatePrevious(t *testing.T) {
	text := "Endorsement.\n\nSen. Ann Lee endorsed the governor on Thursday.\n\n“I'm ready,” Lee told MSNBC. She said the governor was ready.\n\nTom Hale mocked the endorsement. “It is a failure,” the presumptive Republican nominee wrote on Twitter."
	checkNamedSpeakers(t, New(nil), []namedSpeaker{
		{text, "It is a failure", "Tom Hale", SpeakerPerson, ""},
	})
	// near miss: after a pronoun's statement the dominant speaker stands
	text2 := "Endorsement.\n\nSen. Ann Lee endorsed the governor on Thursday.\n\n“I'm ready,” Lee told MSNBC. She said the governor was ready.\n\nShe mocked the critics. “It is a failure,” the candidate wrote on Twitter."
	checkNamedSpeakers(t, New(nil), []namedSpeaker{
		{text2, "It is a failure", "Ann Lee", SpeakerPerson, ""},
	})
}
