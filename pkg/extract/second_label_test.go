package extract

import "testing"

// TestExtendSecondLabel covers a pair of quoted labels given with "call";
// a second predicate after the label stays out.
func TestExtendSecondLabel(t *testing.T) {
	checkContents(t, withoutAccept(), []contentCase{
		{text: "The race went on. Lee called the charge “pathetic” and “dangerous.”", content: "the charge “pathetic” and “dangerous.”", mention: "Lee"},
		{text: "The race went on. Lee calls Kim a “fascist” and a “Stalinist” in the speech.", content: "Kim a “fascist” and a “Stalinist”", mention: "Lee"},
		{text: "The race went on. Lee called her “weak” and said she had “no plan.”", content: "her “weak”", mention: "Lee"},
	})
	d := newDoc("The race went on. Lee called the charge “pathetic” and “dangerous.”")
	d.training = true
	for _, a := range d.findAttributions() {
		if fi := d.fwdRange(a); fi >= 0 && d.word(a.content[fi].e-1) == "dangerous" {
			t.Errorf("second label taken in training")
		}
	}
	d.release()
}
