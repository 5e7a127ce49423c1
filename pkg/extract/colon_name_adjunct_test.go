package extract

import "testing"

// TestColonNameAdjunct: a name, an adjunct of where or how, and a colon
// before a quotation make the name the quotation's speaker; a name that
// does not open its clause does not.
func TestColonNameAdjunct(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Live.\n\nZelensky, in his nightly address: \"We will rebuild every home.\"", "We will rebuild every home.", "Zelensky"},
		{"Live.\n\nLagarde, speaking in Frankfurt: \"Inflation is too high.\"", "Inflation is too high.", "Lagarde"},
	})
	text := "Live.\n\nThe envoy met Zelensky, in his office: \"We will rebuild every home.\""
	for _, q := range ex.Extract(text) {
		if m := mention(text, q); m == "Zelensky" {
			t.Errorf("%q: a name inside its clause took the quotation", text)
		}
	}
}
