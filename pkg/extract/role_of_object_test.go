package extract

import "testing"

// TestRoleOfSpeaker: "the ROLE of NAME" speaks as the role, not as the
// place or body after "of"; a name in apposition is the speaker.
func TestRoleOfSpeaker(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"The governor of Texas said the claims were false.", "claims were false", "governor of Texas"},
		{"The former CEO of Apex said profits would fall.", "profits would fall", "former CEO of Apex"},
		{"The head of the World Food Programme said aid was blocked.", "aid was blocked", "head of the World Food Programme"},
		{"The dean of Columbia's Graduate School of Journalism said the claims were false.", "claims were false", "dean of Columbia's Graduate School of Journalism"},
		{"The director of the European Centre, Ina Kirsch, said the vote was close.", "vote was close", "Ina Kirsch"},
		{"The Department of Justice said the claims were false.", "claims were false", "Department of Justice"},
	})
}
