package extract

import "testing"

// TestPreVerbFrame covers a quotation that ends its sentence after a clause
// of its speaker and a verb that is no cue. Rule-accepted at inference
// only.
func TestPreVerbFrame(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Smith shot back, “You are a very nasty person.”", content: "You are a very nasty person.", mention: "Smith"},
		{text: "As the band sang back in the 1980s, “They will turn us all into beggars.”", content: "They will turn us all into beggars.", mention: "the band"},
		{text: "In the song, Billy Joel sings, “Do not go changing to please me.”", content: "Do not go changing to please me.", mention: "Billy Joel"},
	})
	checkNoStatements(t, ex, []string{
		"Lee visited Dallas, “the best city in the world.”",
		"Lee visited Dallas, “We love this city and its people.”",
		"Smith shot back, “You are a very nasty person,” and left.",
	})
	d := newDoc("Smith shot back, “You are a very nasty person.”")
	d.training = true
	if got := d.findAttributions(); len(got) != 0 {
		t.Errorf("frame built in training: %d", len(got))
	}
	d.release()
}
