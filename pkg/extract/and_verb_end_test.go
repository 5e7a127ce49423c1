package extract

import "testing"

// TestEndBeforeAndVerb covers a content ended before "and" with a finite
// verb of quoting or judging (inference only: forwardEndContent).
func TestEndBeforeAndVerb(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Lee said he respects the mayor as a rival and calls her a very smart woman.", content: "he respects the mayor as a rival", mention: "Lee"},
		{text: "Lee said that he will fight on until the convention and refuses to answer any questions.", content: "that he will fight on until the convention", mention: "Lee"},
		{text: "Lee said she wants a safe zone for the refugees and defended her vote on the war.", content: "she wants a safe zone for the refugees", mention: "Lee"},
		// no such verb: the content stays
		{text: "Lee said he respects the mayor as a rival and likes her plan.", content: "he respects the mayor as a rival and likes her plan", mention: "Lee"},
	})
}
