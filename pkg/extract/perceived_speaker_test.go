package extract

import "testing"

// TestPerceivedSpeaker: "was heard saying" speaks for the passive's
// subject.
func TestPerceivedSpeaker(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Tom Hale was heard saying the vote was rigged.", "vote was rigged", "Tom Hale"},
		{"Ann Ross was caught telling donors that the plan was dead.", "plan was dead", "Ann Ross"},
	})
	checkMentions(t, New(nil), []mentionCase{
		{"modal", "Headline\n\nTom Hale could be heard shouting \"Get out of here now!\" at protesters.", "Get out of here", "Tom Hale"},
	})
}
