package extract

import "testing"

// TestCatenativeOwner: the verb before an -ing cue is no part of the
// speaker's mention or name.
func TestCatenativeOwner(t *testing.T) {
	const h = "Headline\n\n"
	ex := withoutAccept()
	checkMentions(t, ex, []mentionCase{
		{"kept", h + "Lee kept insisting that she would release the report.", "she would release the report", "Lee"},
		{"keeps, pronoun", h + "Tom Reed spoke on Monday. He keeps saying the race is rigged.", "the race is rigged", "He"},
		{"started", h + "The mayor started telling reporters that the budget was fine.", "the budget was fine", "The mayor"},
	})
	checkNamedSpeakers(t, ex, []namedSpeaker{
		{h + "Tom Reed spoke on Monday. He keeps saying the race is rigged.", "the race is rigged", "Tom Reed", SpeakerPerson, ""},
		{h + "Lee kept insisting that she would release the report.", "she would release the report", "Lee", "", ""},
	})
}
