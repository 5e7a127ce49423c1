package extract

import "testing"

func TestPossessiveCampaign(t *testing.T) {
	checkNamedSpeakers(t, New(nil), []namedSpeaker{
		{"Rally.\n\nTom Reilly drew 20,000 people to a rally on Saturday. His campaign said it had raised $5 million.",
			"it had raised $5 million", "Tom Reilly campaign", SpeakerOrganization, ""},
		{"Rally.\n\nMaria Santos drew a crowd. Tom Reilly stayed home. Her campaign said it had raised $5 million.",
			"it had raised $5 million", "Maria Santos campaign", SpeakerOrganization, ""},
	})
	// near miss: no person for the pronoun; and another noun than campaign
	if got := speakerOf(t, "Rally.\n\nThe crowd was large. His campaign said it had raised $5 million.", "it had raised"); got == "Tom Reilly campaign" {
		t.Errorf("got %q", got)
	}
	if got := speakerOf(t, "Rally.\n\nTom Reilly drew a crowd. His office said it had raised $5 million.", "it had raised"); got == "Tom Reilly campaign" {
		t.Errorf("got %q", got)
	}
}

func TestOneOfGroup(t *testing.T) {
	checkNamedSpeakers(t, New(nil), []namedSpeaker{
		{"Report.\n\nTwo administration officials, speaking on condition of anonymity, said the president was angry. One said a decision could come soon.",
			"a decision could come soon", "Two administration officials", SpeakerAnonymous, ""},
	})
	// near miss: a named person spoke between: "one" may be anyone
	if got := speakerOf(t, "Report.\n\nTwo officials said the president was angry. Tom Hale said he was calm. One said a decision could come soon.", "a decision could come soon"); got == "Two officials" {
		t.Errorf("got %q", got)
	}
}
