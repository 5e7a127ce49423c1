package extract

import "testing"

// TestAnonymityWant covers a relative clause on the source's anonymity
// ("which did not want to be named"): its frame goes at inference, so the
// real statement is kept; other wants stay, and training keeps them.
func TestAnonymityWant(t *testing.T) {
	ex := New(nil)
	checkStatementTexts(t, ex, []statementText{
		{"Outbreak\n\nThe hospital, which did not want to be named, said it had treated 14 patients.", "it had treated 14 patients"},
		{"Outbreak\n\nThe firm, which did not wish to be identified, said it had lost money.", "it had lost money"},
	})
	cases := []struct {
		text string
		want bool
	}{
		{"The hospital, which did not want to be named, said it.", true},
		{"The hospital, who does not wish to be identified, said it.", true},
		{"The hospital, which wanted to be paid, said it.", false},
		{"The hospital did not want to be named in the report.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		for i := range d.toks {
			if w := d.word(i); w == "want" || w == "wanted" || w == "wish" {
				a := &attribution{cue: rng{i, i + 1}}
				if got := d.anonymityWant(a); got != c.want {
					t.Errorf("%q: anonymityWant = %v, want %v", c.text, got, c.want)
				}
				d.training = true
				if got := d.dropAtInference([]*attribution{a}, d.anonymityWant); len(got) != 1 {
					t.Errorf("%q: dropped in training", c.text)
				}
			}
		}
	}
}
