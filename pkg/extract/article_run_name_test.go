package extract

import "testing"

// TestArticleRunName: after "the", the words of a capitalised run before
// a known first name are no part of the person's name; without a known
// first name, or for an organisation, the run stays.
func TestArticleRunName(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Talks resumed.\n\nLeader of the Opposition in the Lok Sabha Rahul Gandhi said the bill was unconstitutional.", "the bill was unconstitutional", "Rahul Gandhi", SpeakerPerson, "Lok Sabha"},
		// near misses
		{"Talks resumed.\n\nLeader of the Opposition in the Lok Sabha Gandhi said the bill was unconstitutional.", "the bill was unconstitutional", "Lok Sabha Gandhi", SpeakerPerson, ""},
		{"Talks resumed.\n\nThe Mary Smith Foundation said the fund was empty.", "the fund was empty", "Mary Smith Foundation", SpeakerOrganization, ""},
	})
}
