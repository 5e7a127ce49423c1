package extract

import "testing"

// TestFirstNameOnly: a known first name alone is the one person the
// article names in full with it; not when two share it or it is a surname.
func TestFirstNameOnly(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Megyn Kelly hosted the debate. Later, Megyn said the candidates were rude.", "candidates were rude", "Megyn Kelly"},
		{"Tom Reed and Tom Hale spoke. Tom said the plan would work.", "plan would work", "Tom"},
		{"John Smith visited the site. Mr John said the plan was fine.", "plan was fine", "John"},
	})
}
