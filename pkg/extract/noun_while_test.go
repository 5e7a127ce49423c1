package extract

import "testing"

// TestNounWhile covers "while" after an article, an adjective of length or
// a possessive: a noun the content keeps, at inference only; the
// conjunction still ends a content.
func TestNounWhile(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"He said he would stop posting for a while.", true},
		{"She said it would take a little while to fix.", true},
		{"They said it was worth their while to wait.", true},
		{"He said all the while that he was innocent.", true},
		{"He said he was tired while she said she was not.", false},
		{"He said the team played well, while rivals struggled.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		k := -1
		for i := range d.toks {
			if d.word(i) == "while" {
				k = i
				break
			}
		}
		if got := d.nounWhile(k); got != c.want {
			t.Errorf("%q: nounWhile = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.nounWhile(k) {
			t.Errorf("%q: nounWhile in training", c.text)
		}
	}
	ex := New(nil)
	checkStatementTexts(t, ex, []statementText{
		{"Film festival\n\nIn a YouTube video, the creator said he would stop posting for a while.", "he would stop posting for a while"},
		{"Film festival\n\nHe said he would be back in a while.", "he would be back in a while"},
		{"Film festival\n\nShe said it would take a little while to fix the roof.", "it would take a little while to fix the roof"},
	})
}
