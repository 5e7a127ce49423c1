package extract

import "testing"

// TestLabelCallPrep: a quoted label after an object holding a preposition
// is a label; a preposition with no quotation after it, or a quotation
// after a comma, is none.
func TestLabelCallPrep(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	const opener = "Town notes.\n\nThe board met on Monday. "
	checkContents(t, ex, []contentCase{
		{text: opener + "Lee called the mayor’s remarks about the old mill “reckless” and left.", content: "the mayor’s remarks about the old mill “reckless”", mention: "Lee"},
		{text: opener + "Ruiz called those pushing for a second bridge “dreamers.”", content: "those pushing for a second bridge “dreamers.”", mention: "Ruiz"},
	})
	for _, text := range []string{
		opener + "Lee called him on Monday about the vote.",
		opener + "Lee called him on Monday, “We need to talk.”",
		opener + "Lee called on the council to act before “the storm.”",
	} {
		for _, q := range ex.Extract(text) {
			if q.CueText == "called" {
				t.Errorf("%q: no label, got %+v", text, q.Text)
			}
		}
	}
}
