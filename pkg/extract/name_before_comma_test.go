package extract

import "testing"

// TestNameBeforeComma: a participle frame whose subject is a name and an
// apposition names the person, not the apposition.
func TestNameBeforeComma(t *testing.T) {
	const h = "Headline\n\n"
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{h + "Sen. Ted Cruz, R-Texas, objected, saying the bill was a mistake.", "the bill was a mistake", "Ted Cruz", SpeakerPerson, "Sen."},
		{h + "Rep. Jim Jordan, an Ohio Republican, disagreed, saying the bill was a mistake.", "the bill was a mistake", "Jim Jordan", SpeakerPerson, "Rep."},
		{h + "Mary Lee, a spokeswoman for Acme, pushed back, saying the plant would stay open.", "the plant would stay open", "Mary Lee", SpeakerPerson, ""},
		// The plain cue's frame was right already.
		{h + "Rep. Jim Jordan, R-Ohio, wrote that the bill was a mistake.", "the bill was a mistake", "Jim Jordan", SpeakerPerson, "Rep."},
	})
}
