package extract

import "testing"

// TestNearerNamedBody: "the bank" after a nearer bank that spoke is that
// bank, not a farther one the alias table knows; a person's name or a bank
// only named leaves the old reading.
func TestNearerNamedBody(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Growth\n\nThe World Bank cut its forecast on Tuesday.\n\nBarclays said the cut was expected. The bank said rates would fall.", "rates would fall", "Barclays"},
		{"Growth\n\nThe World Bank cut its forecast on Tuesday.\n\nAnalysts at Commerzbank said the cut was expected. The bank said rates would fall.", "rates would fall", "Commerzbank"},
		{"Deal\n\nThe IMF approved the loan.\n\nNomura said demand was strong. The bank added that pricing was tight.", "pricing was tight", "Nomura"},
		{"Growth\n\nThe World Bank cut its forecast on Tuesday. Tom Banks, an economist, said the cut was expected.\n\nThe bank said rates would fall.", "rates would fall", "World Bank"},
		{"Biz.\n\nThe Bank of England held rates. Officials at Barclays met. The bank said inflation was falling.", "inflation was falling", "bank"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
