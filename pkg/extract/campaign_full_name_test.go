package extract

import "testing"

// TestCampaignFullName: a campaign named by a surname is named by the
// person's full name the article gives; not by another person of the
// surname against an honorific, nor an organisation called a campaign.
func TestCampaignFullName(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Headline\n\nMarco Dell spoke in Ohio. The Dell campaign said the poll was wrong.", "the poll was wrong", "Marco Dell campaign", SpeakerOrganization, ""},
		{"Headline\n\nMarco Dell spoke in Ohio. Dell's campaign said the poll was wrong.", "the poll was wrong", "Marco Dell campaign", SpeakerOrganization, ""},
		// near-misses: Mrs. Dell is not Marco Dell; no full name given
		{"Headline\n\nMarco Dell spoke in Ohio. Mrs. Dell's campaign said the poll was wrong.", "the poll was wrong", "Dell campaign", SpeakerOrganization, ""},
		{"Headline\n\nThe Dell campaign said the poll was wrong.", "the poll was wrong", "Dell campaign", SpeakerOrganization, ""},
	})
}
