package extract

import "testing"

func TestPronounLearnedGender(t *testing.T) {
	checkNamedSpeakers(t, New(nil), []namedSpeaker{
		// "Sanders" was taken up with "he": "she" is the woman before him
		{"Debate.\n\nMaria Ortiz and Cole clashed on Thursday.\n\nCole shook his head. He said the record spoke for itself.\n\nShe responded that she had fought for families.",
			"she had fought for families", "Maria Ortiz", SpeakerPerson, ""},
	})
	// near miss: without the "he", the lone surname of unknown gender may be hers
	if got := speakerOf(t, "Debate.\n\nMaria Ortiz and Cole clashed on Thursday.\n\nCole shook her head.\n\nShe responded that she had fought for families.", "she had fought for families"); got == "" {
		t.Errorf("no speaker")
	}
}
