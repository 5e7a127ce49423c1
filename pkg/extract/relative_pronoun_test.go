package extract

import "testing"

// TestKeepRelativePronoun checks that the relative pronoun of a clause
// whose gap the content fills becomes the content's first part at
// inference, and that other frames keep their content.
func TestKeepRelativePronoun(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Trump bought the ranch, which he describes as his second home.", content: "which as his second home", mention: "he"},
		{text: "Lee met a man whom she said was a friend of the mayor.", content: "whom was a friend of the mayor", mention: "she"},
		{text: "The town is seeing what the mayor said is growing demand for pools.", content: "what is growing demand for pools", mention: "the mayor"},
		// a quotation after the cue is no gap
		{text: "Lee met Kim, whom he called “a true friend.”", content: "a true friend.", mention: "he"},
		// "who" is left alone
		{text: "Lee met Kim, who he said was a friend.", content: "was a friend", mention: "he"},
	})
	d := newDoc("Trump bought the ranch, which he describes as his second home.")
	d.training = true
	for _, a := range d.findAttributions() {
		if len(a.content) != 1 {
			t.Errorf("pronoun added in training: %v", a.content)
		}
	}
	d.release()
}
