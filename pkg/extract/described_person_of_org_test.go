package extract

import "testing"

// TestDescribedPersonOfOrg: a name of no listed first name in apposition
// to a lower-case description before "of" and an organisation is the
// speaker; a body's name after a description stays the body's.
func TestDescribedPersonOfOrg(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Iowa\n\nOne pastor backing the senator, Darran Whiting of Liberty Baptist Church, said he had made 150 calls.", "he had made 150 calls", "Darran Whiting"},
		{"Fire\n\nA neighbor, Odalys Brantley of the Elm Street Association, said the fire started at noon.", "the fire started at noon", "Odalys Brantley"},
		{"Strike\n\nA union steward at the plant, Tavish Oyelaran of the Steelworkers Union, said the walkout would go on.", "the walkout would go on", "Tavish Oyelaran"},
		{"Rates\n\nThe lender, Federal Reserve Bank of New York, said rates would rise.", "rates would rise", "lender, Federal Reserve Bank of New York"},
		{"Deal\n\nIts parent, Acme Holdings of Delaware, said the deal would close.", "the deal would close", "parent, Acme Holdings of Delaware"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
