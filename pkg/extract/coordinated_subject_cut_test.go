package extract

import "testing"

// TestCoordinatedSubjectAnd covers "and" inside a coordinated subject that
// opens a content: no cut there at inference, and training keeps it.
func TestCoordinatedSubjectAnd(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Lee said the heat and unsettled weather could last all week.", true},
		{"The research suggests moderate and Catholic voters might cross over.", true},
		{"Lee said that the city and the state will agree.", true},
		{"Lee said states like Ohio and Iowa will decide.", false}, // "like" ends the noun phrase test
		{"Lee said the heat and unsettled weather could last.", true},
		{"Lee criticized the plan and praised the budget.", false},
		{"Lee claimed momentum and argued he is ahead.", false},
		{"Lee said the plan failed and the budget was cut.", false},
		{"Lee said the heat and, he added, the rain would last.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		and := -1
		for i := range d.toks {
			if d.word(i) == "and" {
				and = i
				break
			}
		}
		if got := d.coordinatedSubjectAnd(and, len(d.toks)); got != c.want {
			t.Errorf("%q: coordinatedSubjectAnd = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.coordinatedSubjectAnd(and, len(d.toks)) {
			t.Errorf("%q: coordinatedSubjectAnd in training", c.text)
		}
	}
}
