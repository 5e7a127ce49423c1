package extract

import "testing"

// TestNationalPlayer covers "the <country> international" after a player
// is named: the player speaks; without a country, or after two players,
// no guess.
func TestNationalPlayer(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Transfer\n\nMoises Caicedo joined Chelsea on Monday.\n\n\"I'm so happy to be here,\" the Ecuador international told the club's website.", "", "Moises Caicedo", ""},
		{"Transfer\n\nLucas Paqueta scored twice on Monday. \"It's a big step,\" the Brazilian international said.", "", "Lucas Paqueta", ""},
		{"Transfer\n\nLucas Paqueta scored twice on Monday. \"It's a big step,\" the Chelsea international said.", "", "Chelsea international", ""},
		{"Transfer\n\nLucas Paqueta and Tomas Soucek trained on Monday. \"It's a big step,\" the Brazil international said.", "", "Brazil international", ""},
	})
}
