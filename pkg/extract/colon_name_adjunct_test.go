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

// TestColonRoleApposition: a name, its role and a colon before a quotation
// (in a list of reactions too) make the name the speaker; a relative clause
// or a result line does not.
func TestColonRoleApposition(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, speaker, content string }{
		{"Live.\n\nTom Reed, campaign chair: \"We will win this state.\"", "Tom Reed", "We will win this state"},
		{"Live.\n\nReactions:\n\n• Tom Reed, campaign chair: \"We will win this state.\"\n• Jo Hill, the mayor of Leeds: \"It is over.\"", "Jo Hill", "It is over"},
		{"Live.\n\n- Ann Lee, economist at Acme Bank: \"Rates will fall.\"", "Ann Lee", "Rates will fall"},
		{"Results.\n\nTom Reed, first place: 45 percent.", "-", "-"},
	} {
		if qs := ex.Extract(c.text); !probeFound(c.text, qs, c.speaker, c.content) {
			t.Errorf("%q: want %q saying %q", c.text, c.speaker, c.content)
		}
	}
	text := "Live.\n\nTom Reed, who met the mayor: \"We will win.\""
	for _, q := range ex.Extract(text) {
		if m := mention(text, q); m == "Tom Reed" {
			t.Errorf("%q: a relative clause taken for a role", text)
		}
	}
}
