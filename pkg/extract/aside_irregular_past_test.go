package extract

import "testing"

// TestAsideIrregularPast covers a content's subject with an aside before
// an irregular past ("the suspect, identified as X, fled"): the aside is
// found at inference, so the content runs on to the verb; an irregular
// past inside quotation marks or a capitalised word is no verb, and
// training keeps the old asides.
func TestAsideIrregularPast(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Police said the suspect, identified as Tom Reed, fled the scene.", true},
		{"Police said the man, who was 25, shot at officers.", true},
		{"Police said the suspect, identified as Tom Reed, 25, of Dayton, stole a car.", true},
		{"Police said the suspect, a man from Dayton, Hit the road.", false},
		{"Police said the suspect, a man from Dayton, and his friend were held.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		s, k := -1, -1
		for i := range d.toks {
			if d.word(i) == "the" && s < 0 {
				s = i
			}
			if d.punct(i) == "," && k < 0 && s >= 0 {
				k = i
			}
		}
		got := d.subjectAside(s, k, len(d.toks)) > 0
		if got != c.want {
			t.Errorf("%q: subjectAside found = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if c.want && d.subjectAside(s, k, len(d.toks)) > 0 {
			t.Errorf("%q: aside found in training", c.text)
		}
	}
	ex := New(nil)
	checkStatementTexts(t, ex, []statementText{
		{"Shooting\n\nPolice said the suspect, identified as Tom Reed, 25, of Dayton, fled the scene in a stolen car.", "the suspect, identified as Tom Reed, 25, of Dayton, fled the scene in a stolen car"},
		{"Shooting\n\nPolice said the man, who was 25, fled the scene in a car.", "the man, who was 25, fled the scene in a car"},
	})
}
