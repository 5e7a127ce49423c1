package extract

import (
	"slices"
	"testing"
)

// TestParticleSurfaceAliases: the alias a mention gives a speaker is the
// name with its particles ("Von der Leyen"), never the capitalised word
// after them ("Leyen", "Salman"), which no reader looks the person up by.
func TestParticleSurfaceAliases(t *testing.T) {
	ex := withoutAccept()
	for _, c := range []struct {
		text, sub, name string
		want, not       []string
	}{
		{"European Commission President Ursula von der Leyen said the bloc would act.", "the bloc would act",
			"Ursula von der Leyen", nil, []string{"Leyen"}},
		{"European Commission President Ursula von der Leyen said the bloc would act. Von der Leyen added that sanctions would follow.",
			"sanctions would follow", "Ursula von der Leyen", []string{"Von der Leyen"}, []string{"Leyen"}},
		{"Crown Prince Mohammed bin Salman said the kingdom would invest.", "the kingdom would invest",
			"Mohammed bin Salman", nil, []string{"Salman"}},
		{"Sheikh Mohammed bin Rashid Al Maktoum said the city would grow.", "the city would grow",
			"Mohammed bin Rashid Al Maktoum", nil, []string{"Rashid Al Maktoum"}},
		{"Brazilian President Luiz Inacio Lula da Silva said the deal was fair. Lula added that he would sign it.",
			"he would sign it", "Luiz Inacio Lula da Silva", []string{"Lula"}, []string{"Silva"}},
		// no particles: the forms as before
		{"Chilean President Gabriel Boric said the reform would pass. Boric added that he would veto cuts.",
			"he would veto cuts", "Gabriel Boric", []string{"Boric"}, nil},
	} {
		sp := find(t, ex.Extract(c.text), c.sub).Speaker
		if sp.Name != c.name {
			t.Errorf("%q: speaker %q, want %q", c.text, sp.Name, c.name)
		}
		for _, w := range c.want {
			if !slices.Contains(sp.Aliases, w) {
				t.Errorf("%q: aliases %q lack %q", c.text, sp.Aliases, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(sp.Aliases, w) {
				t.Errorf("%q: aliases %q have %q", c.text, sp.Aliases, w)
			}
		}
	}
}

// TestLeadingParticleName: a subject that opens with the particles of a
// family name in lower case ("von der Leyen said") is the family name,
// the article's full name for it if it gave one; lower-case words that are
// no particle, or an article's "al", do not join a name.
func TestLeadingParticleName(t *testing.T) {
	ex := withoutAccept()
	for _, c := range []struct{ text, sub, name, title string }{
		{"Ursula von der Leyen spoke on Monday. “We will act,” von der Leyen said.", "We will act", "Ursula von der Leyen", ""},
		{"“We will act,” von der Leyen said.", "We will act", "von der Leyen", ""},
		{"Mayor Bill de Blasio spoke on Monday. “We will act,” de Blasio told reporters.", "We will act", "Bill de Blasio", ""},
		{"Crown Prince Mohammed bin Salman spoke on Monday. “We will invest,” bin Salman said.", "We will invest", "Mohammed bin Salman", "Crown Prince"},
		{"“We will invest,” bin Salman said.", "We will invest", "bin Salman", ""},
		// negatives
		{"“We will act,” de facto leader Jane Lee said.", "We will act", "Jane Lee", "de facto leader"},
		{"Geert van der Berg said the plan failed.", "the plan failed", "Geert van der Berg", ""},
	} {
		sp := find(t, ex.Extract(c.text), c.sub).Speaker
		if sp.Name != c.name || sp.Title != c.title {
			t.Errorf("%q: speaker %q (title %q), want %q (title %q)", c.text, sp.Name, sp.Title, c.name, c.title)
		}
	}
}
