package extract

import "testing"

// TestListGoesOn checks that a comma inside a short list ending the
// content is no cut point, and that a comma before a clause still is.
func TestListGoesOn(t *testing.T) {
	cases := []struct {
		text, after string // the comma tested follows the word after
		want        bool
	}{
		{"Lee voted no, citing low growth, unemployment and rising inequality.", "growth", true},
		{"Lee voted no, citing costs, delays, and waste.", "costs", true},
		{"Lee voted no, citing costs, delays or waste.", "costs", true},
		{"Lee voted no, citing costs, saying the plan was too expensive.", "costs", false},
		{"Lee voted no, citing costs, and he said so.", "costs", false},
		{"Lee voted no, citing costs, which rose and fell.", "costs", false},
		{"Lee voted no, citing costs, as delays and waste grew.", "costs", false},
		{"Lee voted no, citing costs, delays and waste that were reported.", "costs", false},
		{"Lee voted no, citing costs, delays", "costs", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		s, k := -1, -1
		for i := range d.toks {
			if d.word(i) == "citing" {
				s = i + 1
			}
			if d.word(i) == c.after && d.punct(i+1) == "," {
				k = i + 1
				break
			}
		}
		if s < 0 || k < 0 {
			t.Fatalf("%q: no comma after %q", c.text, c.after)
		}
		if got := d.listGoesOn(s, k, len(d.toks)); got != c.want {
			t.Errorf("%q: listGoesOn = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.listGoesOn(s, k, len(d.toks)) {
			t.Errorf("%q: listGoesOn in training", c.text)
		}
		d.release()
	}
	d := newDoc("Lee voted no, citing growth, unemployment and rising inequality.")
	rising := -1
	for i := range d.toks {
		if d.word(i) == "rising" {
			rising = i
		}
	}
	if !d.insideList(5, rising, len(d.toks)) {
		t.Errorf("insideList: no list around %q", "rising")
	}
	d.release()
	d = newDoc("Lee voted no, citing growth, saying rising costs hurt.")
	for i := range d.toks {
		if d.word(i) == "rising" && d.insideList(5, i, len(d.toks)) {
			t.Errorf("insideList: a clause taken for a list")
		}
	}
	d.release()
}
