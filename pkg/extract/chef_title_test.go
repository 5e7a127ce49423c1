package extract

import "testing"

// TestChefTitle: "Chef" before a name is a title, as "Professor" is: the
// speaker is the person, and a later surname or pronoun joins her without
// the word "Chef" in her name (aliases.go honorifics).
func TestChefTitle(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Dinner\n\nChef Nadia Farouk said she had nearly given up cooking.", "Chef Nadia Farouk", "Nadia Farouk", ""},
		{"Dinner\n\n\"Nobody shouts in my kitchen,\" said chef Marco Bellini.", "chef Marco Bellini", "Marco Bellini", ""},
	})
	qs := ex.Extract("Chef Nadia Farouk says she nearly quit\n\nThe chef Nadia Farouk has said she almost gave up cooking.\n\n\"I cried in the bath,\" Farouk said.")
	for _, q := range qs {
		if q.Speaker.Name != "Nadia Farouk" {
			t.Errorf("%q: speaker %q, want Nadia Farouk", q.Text, q.Speaker.Name)
		}
	}
	if len(qs) != 3 {
		t.Errorf("got %d statements, want 3", len(qs))
	}
}
