package extract

import "testing"

// TestCapitalOfficeApposition: a capitalised hyphenated office before the name
// between commas is the title, the name's person speaks; other subjects
// with a comma keep their speakers.
func TestCapitalOfficeApposition(t *testing.T) {
	ex := withoutAccept()
	for _, c := range []struct{ text, sub, name, title string }{
		{"The UN Secretary-General, Antonio Guterres, said the war must end.", "the war must end", "Antonio Guterres", "UN Secretary-General"},
		{"The Secretary-General, Antonio Guterres, told reporters the war must end.", "the war must end", "Antonio Guterres", "Secretary-General"},
		{"The Director-General, Jane M. Okafor, said the virus was spreading.", "the virus was spreading", "Jane Okafor", "Director-General"},
		// as before
		{"The Prime Minister, Keir Starmer, said the plan would work.", "the plan would work", "Keir Starmer", ""},
		{"Britain's foreign secretary, David Lammy, said the strikes were unlawful.", "the strikes were unlawful", "David Lammy", ""},
		// negatives: no person after the office, or no first name to tell one
		{"The Secretary-General, Acme Holdings Ltd, said the deal would close.", "the deal would close", "", ""},
		{"The Director-General, Zorblat Quenk, said the virus was spreading.", "the virus was spreading", "", ""},
	} {
		sp := find(t, ex.Extract(c.text), c.sub).Speaker
		if c.name == "" {
			if sp.Name == "Antonio Guterres" || sp.Name == "Acme Holdings Ltd" || sp.Name == "Zorblat Quenk" {
				t.Errorf("%q: speaker %q", c.text, sp.Name)
			}
			continue
		}
		if sp.Name != c.name || c.title != "" && sp.Title != c.title {
			t.Errorf("%q: speaker %q (title %q), want %q (title %q)", c.text, sp.Name, sp.Title, c.name, c.title)
		}
	}
}
