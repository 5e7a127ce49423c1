package extract

import "testing"

// TestNameInDescription: a person's name kept with a description before it
// or an employer after it is the person's two words; not a name of three
// words, a place, or a description without a known first name or the
// surname alone elsewhere.
func TestNameInDescription(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Headline\n\n\"The count was fair,\" said Senate Minority Whip Dick Dorrow.", "The count was fair", "Dick Dorrow", SpeakerPerson, "Senate Minority Whip"},
		{"Headline\n\nTexas-based Matt Dorrow said the race was over.", "the race was over", "Matt Dorrow", SpeakerPerson, "Texas-based"},
		{"Headline\n\nConservative Icon Morven Blackfield said the race was over. Blackfield, 80, said more.", "the race was over", "Morven Blackfield", SpeakerPerson, "Conservative Icon"},
		// near-misses: three names, a party member of a place
		{"Headline\n\nSant Kaur Dhillon said the plan was fair. Dhillon had said so before.", "the plan was fair", "Sant Kaur Dhillon", SpeakerPerson, ""},
		{"Headline\n\nDebbie Wasserman Schultz said the plan was fair.", "the plan was fair", "Debbie Wasserman Schultz", SpeakerPerson, ""},
	})
}
