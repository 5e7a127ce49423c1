package extract

import "testing"

// TestInitialVerbForm: a sentence-opening -ed/-ing/-ly word is no part of
// the name after it; a first name or a company's first word is.
func TestInitialVerbForm(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Entrusting Donald Trump with the codes worried him. Trump said the plan was fine.", "plan was fine", "Donald Trump"},
		{"United Technologies said profits would rise.", "profits would rise", "United Technologies"},
		{"Alfred Hitchcock said the film was done.", "film was done", "Alfred Hitchcock"},
	})
	ex := New(nil)
	for _, q := range ex.Extract("Understated Perez raises profile\n\nThomas Perez spoke in Ohio. Perez said the plan would work.") {
		if q.Speaker.Name == "Understated Perez" {
			t.Errorf("the headline's capitalised adjective named the speaker: %+v", q.Speaker)
		}
	}
}
