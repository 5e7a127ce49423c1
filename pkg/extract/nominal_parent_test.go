package extract

import "testing"

// TestNominalParent covers a verb coordinated with a dropped first verb
// after a nominal subject ("The company denied wrongdoing and said"): the
// nominal speaks; a subject inside the sentence or with capitals is left
// to the other rules.
func TestNominalParent(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, name string }{
		{"Fraud trial opens\n\nThe company denied wrongdoing and said it would fight the charges.", "company"},
		{"Fraud trial opens\n\nThe coach denied wrongdoing and said he would fight the ban.", "coach"},
	} {
		qs := ex.Extract(c.text)
		if len(qs) != 1 || qs[0].Speaker.Name != c.name {
			var got []string
			for _, q := range qs {
				got = append(got, q.Speaker.Name)
			}
			t.Errorf("%q: speakers %q, want %q", c.text, got, c.name)
		}
	}
	d := newDoc("The company denied it. Later the company denied it. The Acme company denied it.")
	r := &resolver{d: d}
	want := []bool{true, false, false}
	n := 0
	for i := range d.toks {
		if d.word(i) == "denied" {
			s := i - 2
			if d.word(i-3) == "the" {
				s = i - 3
			}
			p := &attribution{subj: rng{s, i}}
			if got := r.nominalSubject(p); got != want[n] {
				t.Errorf("subject %q: nominalSubject = %v, want %v", r.textOf(p.subj), got, want[n])
			}
			n++
		}
	}
}
