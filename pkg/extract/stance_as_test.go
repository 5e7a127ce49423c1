package extract

import "testing"

// TestStanceAs covers the label after a stance object ("defended Kim as a
// mainstream candidate"), and the clauses and fixed phrases after "as"
// that stay out.
func TestStanceAs(t *testing.T) {
	checkContents(t, withoutAccept(), []contentCase{
		{text: "The race went on. Lee defended Kim as a mainstream candidate.", content: "Kim as a mainstream candidate", mention: "Lee"},
		{text: "The race went on. Lee refers to those islands as Chinese bases.", content: "those islands as Chinese bases", mention: "Lee"},
	})
	cases := []struct {
		text string
		want string // the content's last word, or "-" for no "as" phrase
	}{
		{"Lee defended Kim as a mainstream candidate.", "."},
		{"Lee defended the remarks as “sarcasm”; aides agreed.", ";"},
		{"Lee defended the remarks as being sarcastic.", "."},
		{"Lee opposed it as he left.", "-"},
		{"Lee opposed the ban as Congress debated it.", "-"},
		{"Lee opposed the ban as well.", "-"},
		{"Lee opposed the ban as part of a deal.", "-"},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		as := -1
		for i := range d.toks {
			if d.word(i) == "as" {
				as = i
				break
			}
		}
		got := d.stanceAsEnd(as, len(d.toks))
		want := -1
		if c.want != "-" {
			for i := as; i < len(d.toks); i++ {
				if d.punct(i) == c.want && !d.inQuote(i) {
					want = i
					break
				}
			}
		}
		if got != want {
			t.Errorf("%q: stanceAsEnd = %d, want %d", c.text, got, want)
		}
		d.training = true
		if d.stanceAsEnd(as, len(d.toks)) >= 0 {
			t.Errorf("%q: stanceAsEnd in training", c.text)
		}
		d.release()
	}
}
