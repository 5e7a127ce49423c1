package extract

import "testing"

// TestColonGoesOn covers a content that runs on through a colon before a
// lower-case word; a colon before a capital or a quotation still ends it,
// and training keeps the old ends.
func TestColonGoesOn(t *testing.T) {
	checkContents(t, withoutAccept(), []contentCase{
		{text: "The race went on. Lee hopes to reap benefits of its own: to create new markets for goods.", content: "to reap benefits of its own: to create new markets for goods", mention: "Lee"},
		{text: "The race went on. The group endorsed one of its methods for stopping Kim: freeing all delegates to vote their conscience.", content: "one of its methods for stopping Kim: freeing all delegates to vote their conscience", mention: "The group"},
		{text: "The race went on. Lee talked about issues affecting all voters: the economy and national security.", content: "issues affecting all voters: the economy and national security", mention: "Lee"},
	})
	cases := []struct {
		text string
		want bool
	}{
		{"Lee hopes to win: to lead the party.", true},
		{"Lee hopes to win: the party is ready.", true},
		{"Lee hopes to win: The party is ready.", false},
		{"Lee hopes to win: “We are ready.”", false},
		{"Lee hopes to win: 45 percent back her.", false},
		{"Lee said “this: the end.”", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		colon := -1
		for i := range d.toks {
			if d.punct(i) == ":" {
				colon = i
				break
			}
		}
		if got := d.colonGoesOn(colon); got != c.want {
			t.Errorf("%q: colonGoesOn = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.colonGoesOn(colon) {
			t.Errorf("%q: colonGoesOn in training", c.text)
		}
		d.release()
	}
}
