package extract

import "testing"

// TestAddresseeDomain covers a website as the addressee of "told": the
// that-clause after it is the statement; a name without a domain is as
// before, and a lower-case word after a dot is no domain.
func TestAddresseeDomain(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Police\n\nPolice Capt. Mike Ellis told KSL.com that officers were called to the home.", "that officers were called to the home", "Police Capt. Mike Ellis"},
		{"Police\n\nMike Ellis told NBCNews.com on Monday that the road was closed.", "that the road was closed", "Mike Ellis"},
		{"Police\n\nMike Ellis told KSL that the road was closed.", "that the road was closed", "Mike Ellis"},
		{"Police\n\nThe road was closed for hours, Mike Ellis told KSL.com.", "The road was closed for hours", "Mike Ellis"},
	})
	// the domain is one word at inference (web_domain.go): the addressee
	// ends after it
	d := newDoc("Ellis told KSL.com that it was closed.")
	if e := d.addresseeDomainEnd(rng{2, 3}, len(d.toks)); e != 3 || d.text[d.toks[2].s:d.toks[2].e] != "KSL.com" {
		t.Errorf("addresseeDomainEnd = %d, want 3 after the word KSL.com", e)
	}
	d = newDoc("Ellis told KSL.then it was closed.")
	if e := d.addresseeDomainEnd(rng{2, 3}, len(d.toks)); e != 3 {
		t.Errorf("addresseeDomainEnd = %d, want 3", e)
	}
}
