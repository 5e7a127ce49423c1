package extract

import "testing"

// TestAndModalGoesOn covers "and" before a modal inside a content: no cut
// there at inference, unless a verb of saying or disclosing follows.
func TestAndModalGoesOn(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Lee said the plan was simple, and would not need a vote.", true},
		{"Lee said she hoped to win, and then would rest.", true},
		{"Lee said the plan was simple and could pass.", true},
		{"Lee said she had no plans and would not identify an issue.", false},
		{"Lee said the plan was simple and would not comment further.", false},
		{"Lee said the plan was simple and is popular.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		k := -1
		for i := range d.toks {
			if d.word(i) == "and" {
				k = i
				if d.punct(i-1) == "," {
					k = i - 1
				}
				break
			}
		}
		if got := d.andModalGoesOn(k); got != c.want {
			t.Errorf("%q: andModalGoesOn = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.andModalGoesOn(k) {
			t.Errorf("%q: andModalGoesOn in training", c.text)
		}
	}
}
