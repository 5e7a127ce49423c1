package extract

import "testing"

// TestNameModifiedNoun: "in a Facebook post that …" is a noun phrase, not
// the platform posting; the writer keeps the statement.
func TestNameModifiedNoun(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, speaker string }{
		{"Talks resumed.\n\nThe minister wrote in a Facebook post that the company would expand.", "the company would expand", "minister"},
		{"Talks resumed.\n\nThe minister said in an Instagram post that the company would expand.", "the company would expand", "minister"},
		{"Talks resumed.\n\nAnn Lee said in a Pentagon report that the base would close.", "the base would close", "Ann Lee"},
	} {
		qs := ex.Extract(c.text)
		if len(qs) != 1 || qs[0].Speaker.Name != c.speaker {
			var got []string
			for _, q := range qs {
				got = append(got, q.Speaker.Name+": "+q.Text)
			}
			t.Errorf("%q: got %q, want one statement of %s", c.text, got, c.speaker)
		}
	}
	// negatives: the -s form is a verb; no article, no preposition
	d := newDoc("Facebook posts that the ban is lawful. Sharing a Facebook post that ran.")
	for i := range d.toks {
		if w := d.word(i); (w == "posts" || w == "post") && d.nameModifiedNoun(i, w) {
			t.Errorf("%q read as a noun after a name", w)
		}
	}
}
