package extract

import "testing"

// TestTimeOpening: a day or a month after a time preposition is no part of
// the name after it, in the mention and as a later surname's full name; a
// month that is a given name ("June Smith") stays.
func TestTimeOpening(t *testing.T) {
	checkSoleSpeakers(t, withoutAccept(), []soleSpeaker{
		{"Launch\n\nOn Monday NASA said the launch was off.", "NASA", "NASA", ""},
		{"Planes\n\nIn March Boeing said deliveries would slow.", "Boeing", "Boeing", ""},
		{"Senate\n\nLast Friday Senator Ann Lee said the bill was dead.", "Senator Ann Lee", "Ann Lee", ""},
		{"Senate\n\nIn June Smith said the bill was dead.", "June Smith", "June Smith", ""},
	})
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Flights\n\nOn Tuesday Ryanair cut 40 flights. Ryanair said fares would rise.", "fares would rise", "Ryanair", "", ""},
	})
}
