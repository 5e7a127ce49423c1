package extract

import "testing"

// TestAccentSurname: a family name written without its accents, or with
// them, is the full name the article gave the other way; no such name
// leaves it alone.
func TestAccentSurname(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\nHungarian Prime Minister Viktor Orbán spoke in Budapest. Orban said Hungary would help.", "Hungary would help", "Viktor Orbán"},
		{"Talks resumed.\n\nHungarian Prime Minister Viktor Orbán spoke in Budapest.\n\n\"We will help,\" Orban said.", "We will help", "Viktor Orbán"},
		{"Talks resumed.\n\nHungarian Prime Minister Viktor Orban spoke in Budapest.\n\n\"We will help,\" Orbán said.", "We will help", "Viktor Orban"},
		{"Talks resumed.\n\nTurkish lawmaker Ali Şahin spoke in Ankara. Sahin said Turkey would help.", "Turkey would help", "Ali Şahin"},
		// near misses: no full name; a name that differs in more than accents
		{"Talks resumed.\n\nThe talks went on in Budapest.\n\n\"We will help,\" Orban said.", "We will help", "Orban"},
		{"Talks resumed.\n\nHungarian Prime Minister Viktor Orbán spoke in Budapest.\n\n\"We will help,\" Orbano said.", "We will help", "Orbano"},
	})
}
