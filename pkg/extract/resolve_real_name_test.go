package extract

import "testing"

// TestRealName: a description's "real name" apposition names the speaker;
// a stage name keeps its own.
func TestRealName(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"The singer, real name Robyn Fenty, said she was proud of the album.", "proud of the album", "Robyn Fenty", SpeakerPerson, "singer"},
		{"The rapper, whose real name is Marshall Mathers, said he was quitting.", "he was quitting", "Marshall Mathers", SpeakerPerson, "rapper"},
		{"Stormzy (real name Michael Omari) said he was proud.", "he was proud", "Stormzy", "", ""},
		{`"I'm proud," said the singer, real name Robyn Fenty.`, "I'm proud", "Robyn Fenty", SpeakerPerson, "singer"},
		{"The singer said her real name was Jane Doe.", "her real name", "singer", "", ""},
	})
}
