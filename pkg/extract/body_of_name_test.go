package extract

import "testing"

// TestBodyOfName: a body named "X of Y" before a nominal is the nominal's
// antecedent; another body named between still competes.
func TestBodyOfName(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Biz.\n\nThe Bank of England held rates at 5%. The central bank said inflation was falling.", "inflation was falling", "Bank of England", SpeakerOrganization, ""},
		{"Biz.\n\nThe Bank of Japan held rates. The bank said inflation was falling.", "inflation was falling", "Bank of Japan", SpeakerOrganization, ""},
		// near misses: two bodies, no organisation word before "of"
		{"Biz.\n\nThe Bank of England held rates. Officials at Barclays met. The bank said inflation was falling.", "inflation was falling", "bank", "", ""},
		{"Biz.\n\nShares of Acme fell 5%. The company said sales rose.", "sales rose", "Acme", "", ""},
	})
}
