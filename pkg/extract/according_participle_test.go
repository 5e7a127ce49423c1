package extract

import "testing"

// TestAccordingParticiple covers "According to the lawsuit, filed Tuesday,
// the company hid ...": the content starts after the participle
// apposition; an apposition that ends the sentence, a later "according
// to" and training keep the old frame.
func TestAccordingParticiple(t *testing.T) {
	checkContents(t, New(nil), []contentCase{
		{text: "According to the lawsuit, filed Tuesday in federal court, the company hid the defect.", content: "the company hid the defect", mention: "the lawsuit"},
		{text: "According to the memo, dated May 3, officials hid the risk.", content: "officials hid the risk", mention: "the memo"},
		{text: "According to the study, published in the journal Nature, rates doubled.", content: "rates doubled", mention: "the study"},
		{text: "According to the lawsuit, filed Tuesday in federal court, the company knew of the defect.", content: "the company knew of the defect", mention: "the lawsuit"},
	})
	for _, q := range New(nil).Extract("According to the lawsuit, filed Tuesday, the company knew of the defect.") {
		if q.Text != "the company knew of the defect" {
			t.Errorf("statement %q: the frame's words are no content", q.Text)
		}
	}
	right := func(text string, training bool) int {
		d := newDoc(text)
		defer d.release()
		d.training = training
		a := d.frameAt(0, 0, nil)
		if a == nil {
			return -1
		}
		return a.right
	}
	if r := right("According to the lawsuit, filed in May.", false); r != 4 {
		t.Errorf("apposition ending the sentence: frame ends at %d, want 4", r)
	}
	if r := right("According to the lawsuit, filed Tuesday, the company hid it.", true); r != 4 {
		t.Errorf("training: frame ends at %d, want 4", r)
	}
	if r := right("According to the lawsuit, filed Tuesday, the company hid it.", false); r != 7 {
		t.Errorf("frame ends at %d, want 7", r)
	}
}
