package extract

import "testing"

// TestCityPlaceRole: a city the alias table lists for a country, before
// an office, is the office's place, so the nominal is the person named
// before; the country's demonym still makes the office the country's.
func TestCityPlaceRole(t *testing.T) {
	checkNamedSpeakers(t, New(nil), []namedSpeaker{
		{"Vote.\n\nSenator Edwin Sifuna said the Bill was unconstitutional.\n\n\"This House cannot sit,\" said the Nairobi senator.", "This House cannot sit", "Edwin Sifuna", "", ""},
	})
}
