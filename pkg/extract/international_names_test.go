package extract

import "testing"

// TestInternationalGivenNames: a he or she skips a person whose given name
// (data/firstnames.txt, session 21 line) is of the other gender, as for
// English names; a given name after "Sir" finds the full name after an
// office ("Britain's Prime Minister Keir Starmer ... Sir Keir").
func TestInternationalGivenNames(t *testing.T) {
	ex := withoutAccept()
	for _, c := range []struct{ text, sub, name string }{
		{"Estonian Prime Minister Kaja Kallas met Chancellor Olaf Scholz. She said Russia must lose.", "Russia must lose", "Kaja Kallas"},
		{"Chancellor Olaf Scholz met Estonian Prime Minister Kaja Kallas. He said Russia must lose.", "Russia must lose", "Olaf Scholz"},
		{"Italian Prime Minister Giorgia Meloni met President Volodymyr Zelenskiy. She said aid would go on.", "aid would go on", "Giorgia Meloni"},
		{"Britain's Prime Minister Keir Starmer met Sadiq Khan. Sir Keir said London would get more money.", "London would get more money", "Keir Starmer"},
		// the nearest person of the pronoun's gender, as before
		{"Chancellor Olaf Scholz met Estonian Prime Minister Kaja Kallas. She said Russia must lose.", "Russia must lose", "Kaja Kallas"},
	} {
		sp := find(t, ex.Extract(c.text), c.sub).Speaker
		if sp.Name != c.name {
			t.Errorf("%q: speaker %q, want %q", c.text, sp.Name, c.name)
		}
	}
}
