package extract

import "testing"

// TestNameBeforeParticles: "Lula" is the "Luiz Inacio Lula da Silva" named
// before, opening a sentence or not.
func TestNameBeforeParticles(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Luiz Inacio Lula da Silva arrived in Beijing on Monday. Lula said the deal was fair.", "deal was fair", "Luiz Inacio Lula da Silva", SpeakerPerson, ""},
		{"Luiz Inacio Lula da Silva arrived in Beijing on Monday. On Tuesday, Lula said the deal was fair.", "deal was fair", "Luiz Inacio Lula da Silva", SpeakerPerson, ""},
		{"Brazilian President Luiz Inacio Lula da Silva arrived in Beijing on Monday. Lula said the deal was fair. The Brazilian president added that talks would continue.", "talks would continue", "Luiz Inacio Lula da Silva", SpeakerPerson, "Brazilian President"},
		// negatives: another person of that name, a name without particles
		{"Jose da Silva met Lula on Monday. On Tuesday, Lula said the deal was fair.", "deal was fair", "Lula", SpeakerPerson, ""},
		{"Maria Lopez arrived on Monday. On Tuesday, Lopez said the deal was fair.", "deal was fair", "Maria Lopez", SpeakerPerson, ""},
	})
}
