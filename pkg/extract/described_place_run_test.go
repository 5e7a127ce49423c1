package extract

import "testing"

// TestDescribedPlace: places by their shape do not compete with the
// company; a second company does.
func TestDescribedPlace(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Voltrex Batteries, a startup based in Tucson, Arizona, plans a factory south of Peralta, a village of 2,000 people. The company said the plant would open in 2027.", "open in 2027", "Voltrex Batteries"},
		{"Voltrex Batteries, a startup based in Tucson, Arizona, plans a factory with Kessler Motors. The company said the plant would open in 2027.", "open in 2027", "company"},
	})
}
