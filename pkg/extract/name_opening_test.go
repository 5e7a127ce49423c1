package extract

import "testing"

// TestNameOpening: the first two words of a three-word name given before
// are that person; a listed given name before a post-nominal or a
// generational suffix is not taken for them.
func TestNameOpening(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Talks resumed.\n\nIndonesian Finance Minister Sri Mulyani Indrawati spoke in Jakarta. Sri Mulyani said the deficit would narrow.", "the deficit would narrow", "Sri Mulyani Indrawati", SpeakerPerson, ""},
		{"Budget\n\nThe report was written by Ruth Okafor KC. Ruth Okafor said the fund was sound.", "the fund was sound", "Ruth Okafor", SpeakerPerson, ""},
		{"Budget\n\nThe bill came from Rep. Joe Kennedy III. Joe Kennedy said the fund was sound.", "the fund was sound", "Joe Kennedy", SpeakerPerson, ""},
	})
}
