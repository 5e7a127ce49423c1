package extract

import "testing"

// TestContinuingTo: "is continuing to CUE" speaks through the infinitive
// as "continues to CUE" does; an opening participle phrase does not, and
// the training frames do not change.
func TestContinuingTo(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Safety\n\nThe company is continuing to insist that the product is safe.", "that the product is safe", "The company"},
		{"Safety\n\nThe company is still continuing to insist that the product is safe.", "that the product is safe", "The company"},
		{"Fine\n\nThe firm has been continuing to argue that the fine is unfair.", "that the fine is unfair", "The firm"},
		{"Talks\n\nThe minister was continuing to deny that any deal had been struck.", "that any deal had been struck", "The minister"},
		{"Court\n\nContinuing to insist on his innocence, Lee said the case was weak.", "the case was weak", "Lee"},
	})
	for _, training := range []bool{false, true} {
		if got := insistFrames("Safety\n\nThe company is continuing to insist that the product is safe.", training); got != !training {
			t.Errorf("training %v: frame found %v, want %v", training, got, !training)
		}
	}
}

// insistFrames reports a frame whose cue is "insist" in text.
func insistFrames(text string, training bool) bool {
	d := newDoc(text)
	defer d.release()
	d.training = training
	for _, a := range d.findAttributions() {
		if a.cue.ok() && d.word(a.cue.s) == "insist" {
			return true
		}
	}
	return false
}
