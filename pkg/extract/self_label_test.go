package extract

import "testing"

// TestSelfLabel: a label the subject gives itself is a statement, also
// before the subject ("Instead of calling himself X, Lee said"); a name
// given with a reflexive ("a man calling himself Ray Doe") and "itself"
// are none.
func TestSelfLabel(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	const opener = "Town notes.\n\nThe board met on Monday. "
	checkContents(t, ex, []contentCase{
		{text: opener + "Lee calls himself a cautious reformer.", content: "himself a cautious reformer", mention: "Lee"},
		{text: opener + "Instead of calling herself progressive, the mayor said she was practical.", content: "herself progressive", mention: ""},
	})
	for _, text := range []string{
		opener + "A man calling himself Ray Doe wrote to the paper.",
		opener + "A club that calls itself Friends of the Park sued the town.",
		opener + "He wants to call himself mayor.",
	} {
		for _, q := range ex.Extract(text) {
			if q.CueText == "called" || q.CueText == "calls" || q.CueText == "calling" || q.CueText == "call" {
				t.Errorf("%q: no self-label, got %+v", text, q.Text)
			}
		}
	}
}
