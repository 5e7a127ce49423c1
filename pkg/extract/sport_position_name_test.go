package extract

import "testing"

// TestSportPositionName: a position word opening a name of two more words
// goes; a lone surname after it stays.
func TestSportPositionName(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Striker Jamal Okafor", "Jamal Okafor"},
		{"Goalkeeper Ana Ruiz", "Ana Ruiz"},
		{"Striker Okafor", "Striker Okafor"},
		{"Jamal Okafor", "Jamal Okafor"},
		{"Forward Thinking", "Forward Thinking"},
	} {
		if got := sportPositionName(c.in); got != c.want {
			t.Errorf("sportPositionName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	ex := New(nil)
	text := "Derby\n\nStriker Jamal Okafor, who scored the winner, said he had never doubted himself. \"I picked my corner,\" Okafor said."
	qs := ex.Extract(text)
	checkSpans(t, text, qs)
	for _, sub := range []string{"never doubted", "I picked my corner"} {
		if got := find(t, qs, sub).Speaker.Name; got != "Jamal Okafor" {
			t.Errorf("%q: speaker %q, want Jamal Okafor", sub, got)
		}
	}
}
