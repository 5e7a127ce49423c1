package extract

import "testing"

// TestParticleSurname: "De Varga" opening a sentence is the person the
// article names with a known first name before the particle; not when the
// article gives none, nor for "Al", a first name.
func TestParticleSurname(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"De Varga: the city is safe\n\nMayor Bill de Varga spoke on Monday.\n\nDe Varga said the plan was fair.", "the plan was fair", "Bill de Varga", SpeakerPerson, ""},
		{"De Varga: the city is safe\n\nThe mayor spoke on Monday.\n\nDe Varga said the plan was fair.", "the plan was fair", "De Varga", SpeakerPerson, ""},
	})
}
