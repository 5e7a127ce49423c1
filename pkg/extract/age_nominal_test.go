package extract

import "testing"

// TestAgeNominal: "the N-year-old" is the person named before with that
// age; without one, or with another age, no person.
func TestAgeNominal(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Putin, 72, said the West was to blame. The 72-year-old added that Russia would win.", "Russia would win", "Vladimir Putin"},
		{"Veteran diplomat Sergei Lavrov, 75, said the talks were useful. The 75-year-old added that Moscow was ready.", "Moscow was ready", "Sergei Lavrov"},
		{"Jane Smith, 45, met John Lee, 60, on Monday. The 60-year-old said the deal was done.", "the deal was done", "John Lee"},
		// negatives
		{"Jane Smith, 45, met John Lee, 60, on Monday. The 50-year-old said the deal was done.", "the deal was done", "50-year-old"},
		{"The 45-year-old said the deal was done.", "the deal was done", "45-year-old"},
	})
}
