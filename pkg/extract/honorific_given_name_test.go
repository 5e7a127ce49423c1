package extract

import "testing"

// TestHonorificGivenName: "Ms Paetongtarn" is the Paetongtarn Shinawatra
// named before; a family name of the article or a listed given name after
// the honorific keeps the old reading.
func TestHonorificGivenName(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Talks resumed.\n\nThai Prime Minister Paetongtarn Shinawatra visited the site. Ms Paetongtarn said the cabinet had approved the plan.", "the cabinet had approved", "Paetongtarn Shinawatra", SpeakerPerson, "Ms"},
		{"Talks resumed.\n\nQuan Lihua visited the site. Mr Quan said the plan was fine.", "the plan was fine", "Quan Lihua", SpeakerPerson, "Mr"},
		// near misses
		{"Talks resumed.\n\nJohn Smith visited the site. Mr John said the plan was fine.", "the plan was fine", "John", SpeakerPerson, "Mr"},
		{"Talks resumed.\n\nHarris Lee met Ann Harris. Ms Harris said the plan was fine.", "the plan was fine", "Ann Harris", SpeakerPerson, "Ms"},
	})
}
