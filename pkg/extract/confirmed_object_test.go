package extract

import "testing"

// TestConfirmedObject: a speaker's "confirmed" + noun-phrase object is a
// statement, accepted by rule at inference; a thing's or a passive's is not.
func TestConfirmedObject(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Talks went on.\n\nA spokesperson for the hospital confirmed the death.", content: "the death", mention: "A spokesperson for the hospital"},
		{text: "Talks went on.\n\nPolice confirmed the arrest of a 34-year-old man.", content: "the arrest of a 34-year-old man", mention: "Police"},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Talks went on.\n\nThe club confirmed the news on its website.", true},
		{"Talks went on.\n\nThe couple confirmed the news on Instagram.", true},
		{"Talks went on.\n\nA rep for the singer confirmed the split.", true},
		{"Talks went on.\n\nThe result confirmed the strength of his appeal.", false},
		{"Talks went on.\n\nThe club confirmed that he had left.", false},
		{"Talks went on.\n\nHis death was confirmed by the club.", false},
		{"Club confirms the departure of its coach", false},
	} {
		d := newDoc(c.text)
		got := false
		for _, a := range d.findAttributions() {
			got = got || d.confirmedObjectAccepted(a)
		}
		if got != c.want {
			t.Errorf("%q: accepted by rule %v, want %v", c.text, got, c.want)
		}
		d.release()
	}
}
