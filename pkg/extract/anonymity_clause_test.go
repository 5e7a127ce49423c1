package extract

import "testing"

// TestAnonymityClause: why a source is not named is no part of its name or
// mention; what the source is stays.
func TestAnonymityClause(t *testing.T) {
	const h = "Headline\n\n"
	ex := withoutAccept()
	checkNamedSpeakers(t, ex, []namedSpeaker{
		{h + "The White House is weighing sanctions, according to two people familiar with the talks who spoke on condition of anonymity.", "weighing sanctions", "two people familiar with the talks", SpeakerAnonymous, ""},
		{h + "A senior official who asked not to be named said no decision had been made.", "no decision had been made", "A senior official", SpeakerAnonymous, ""},
		{h + "A diplomat who was not authorized to speak publicly said talks had stalled.", "talks had stalled", "A diplomat", SpeakerAnonymous, ""},
	})
	checkMentions(t, ex, []mentionCase{
		{"anonymity", h + "A senior official who asked not to be named said no decision had been made.", "no decision had been made", "A senior official"},
		{"a relative clause of substance", h + "Voters who spoke to reporters said they were angry.", "they were angry", "Voters who spoke to reporters"},
	})
}
