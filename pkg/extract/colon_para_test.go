package extract

import "testing"

// TestColonParagraph covers a paragraph ending in a colon before a
// quotation paragraph: the clause's subject speaks.
func TestColonParagraph(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	text := "The hall was full.\n\nA young volunteer from Ames echoed:\n\n\"She listens to us, and that is what we need.\"\n\nOthers left early."
	q := find(t, ex.Extract(text), "She listens to us")
	if m := mention(text, q); m != "A young volunteer" {
		t.Errorf("mention %q, want the clause's subject", m)
	}
}
