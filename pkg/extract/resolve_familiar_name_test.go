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

// TestNameByFirstSurname: the father's family name of a Spanish or
// Portuguese name of two family names finds the full name; the first word
// before particles does too ("President Lula da Silva ... Lula").
func TestNameByFirstSurname(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\nGovernor Claudia Ruiz Pardo visited Monterrey.\n\n\"We will respond,\" Ruiz said.", "We will respond", "Claudia Ruiz Pardo"},
		{"Talks resumed.\n\nPresident Gustavo Petro Urrego spoke in Bogota.\n\n\"Peace is possible,\" Mr Petro said.", "Peace is possible", "Gustavo Petro Urrego"},
		{"Talks resumed.\n\nForeign Minister Marcelo Ebrard Casaubón visited Washington. On Monday, Ebrard said the talks had gone well.", "talks had gone well", "Marcelo Ebrard Casaubón"},
		{"Talks resumed.\n\nPresident Lula da Silva spoke in Brasilia.\n\n\"Peace is possible,\" Lula said.", "Peace is possible", "Lula da Silva"},
		// near misses: the last word keys as before; no given name first
		{"Talks resumed.\n\nGovernor Claudia Ruiz Pardo visited Monterrey.\n\n\"We will respond,\" Pardo said.", "We will respond", "Claudia Ruiz Pardo"},
		{"Talks resumed.\n\nThe Acme Steel Works opened.\n\n\"We will respond,\" Steel said.", "We will respond", "Steel"},
	})
}
