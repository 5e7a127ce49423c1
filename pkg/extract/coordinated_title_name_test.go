package extract

import "testing"

// TestCoordinatedTitleName: two titles joined by "and" before one name
// are one person's; names joined by "and" stay two speakers.
func TestCoordinatedTitleName(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Markets wrap.\n\nCo-founder and CEO Maya Patel said the company was profitable.", "the company was profitable", "Maya Patel", SpeakerPerson, "CEO"},
		{"Markets wrap.\n\nChairman and chief executive Tim Cook said sales rose.", "sales rose", "Tim Cook", SpeakerPerson, "chief executive"},
		{"Markets wrap.\n\nAna Smith and Bob Jones said the company was profitable.", "the company was profitable", "Ana Smith and Bob Jones", SpeakerPerson, ""},
		{"Markets wrap.\n\nSmith and CEO Maya Patel said the company was profitable.", "the company was profitable", "Smith and Maya Patel", "", ""},
	})
}

// TestCoordinatedTitleNameSurname: a description word that is a surname
// the article gives ("singer") keeps the joint reading.
func TestCoordinatedTitleNameSurname(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Markets wrap.\n\nPaul Singer gave money.\n\nSinger and Ana Faso said the race was close.", "the race was close", "Paul Singer and Ana Faso", SpeakerPerson, ""},
		{"Markets wrap.\n\nSinger and Faso said the race was close.", "the race was close", "Singer and Faso", "", ""},
	})
}
