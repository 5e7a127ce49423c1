package extract

import "testing"

// TestGenerationNominal: "the younger Patil" and "the elder Okonkwo" are
// the one of two same-named people named last; with one person of that
// name the surname's person stands.
func TestGenerationNominal(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Results\n\nChief Minister Suresh Patil said the people had spoken.\n\nPatil's son, Aditya Patil, said he had learned from his father. \"He taught me to listen,\" the younger Patil said.", "He taught me to listen", "Aditya Patil"},
		{"Transfer\n\nSamuel Okonkwo wants to leave, his agent said.\n\nOkonkwo's father, Emmanuel Okonkwo, said his son had dreamed of England. \"He wore the shirt every day,\" the elder Okonkwo said.", "He wore the shirt", "Emmanuel Okonkwo"},
		{"Results\n\nChief Minister Suresh Patil said the people had spoken. \"We will govern for all,\" the younger Patil said.", "We will govern for all", "Suresh Patil"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
