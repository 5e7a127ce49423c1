package extract

import "testing"

// TestPersonOfOrg: an expert or a person with a known first name before
// "of" and an organisation is the speaker; a body's own name ("The Bank
// of England") keeps its reading (a name of no listed first name after a
// description: described_person_of_org_test.go).
func TestPersonOfOrg(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Cuts\n\nAnalyst Sophie Klein of Harbor Securities said the cuts were in line with rivals.", "in line with rivals", "Sophie Klein"},
		{"Ruling\n\nLegal scholar Adam Wexler of the University of Denver said the ruling was narrow.", "the ruling was narrow", "Adam Wexler"},
		{"Study\n\nProfessor Jane Hill of the University of Leeds said the data were thin.", "the data were thin", "Jane Hill"},
		{"Rates\n\nThe Bank of England said rates would stay high.", "rates would stay high", "Bank of England"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
