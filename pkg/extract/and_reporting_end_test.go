package extract

import "testing"

// TestEndBeforeAndReporting covers a content ended before "and" with a
// participle of saying; at inference only.
func TestEndBeforeAndReporting(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Lee said there was a real benefit to having the mayor in the race and chiding the press for its games.", content: "there was a real benefit to having the mayor in the race", mention: "Lee"},
		{text: "Lee said the new law would protect the workers and calling it a victory for the town.", content: "the new law would protect the workers", mention: "Lee"},
		// no participle of saying: the content stays
		{text: "Lee said the new law would protect the workers and their families.", content: "the new law would protect the workers and their families", mention: "Lee"},
	})
	d := newDoc("Lee said there was a real benefit to having the mayor in the race and chiding the press for its games.")
	d.training = true
	for _, a := range d.findAttributions() {
		for _, c := range a.content {
			if d.word(c.e-1) == "race" {
				t.Errorf("content ended before the participle in training")
			}
		}
	}
	d.release()
}
