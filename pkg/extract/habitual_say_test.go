package extract

import (
	"strings"
	"testing"
)

// TestHabitualSay: "he liked to say", "she used to tell" are statements of
// their subject; the passive "is used to say" and other infinitives are not.
func TestHabitualSay(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, speaker string }{
		{"Obituary.\n\nCaptain Tom Reed died on Monday. He liked to say that the sea was his only teacher.", "the sea was his only teacher", "Tom Reed"},
		{"Obituary.\n\nMary Lane taught for 40 years. \"Never give up,\" she used to tell her pupils.", "Never give up", "Mary Lane"},
		{"Obituary.\n\nJohn Hale wrote six novels. He once loved to joke that he had never read a book.", "he had never read a book", "John Hale"},
	} {
		q := find(t, ex.Extract(c.text), c.sub)
		if q.Speaker.Name != c.speaker {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.speaker)
		}
	}
	for _, text := range []string{
		"Obituary.\n\nThe phrase is used to say that someone is lucky.",
		"Obituary.\n\nHe liked to sail with his son.",
		"Obituary.\n\nShe got used to saying that she was fine.",
	} {
		for _, q := range ex.Extract(text) {
			if strings.Contains(q.Text, "lucky") || strings.Contains(q.Text, "sail") || strings.Contains(q.Text, "fine") {
				t.Errorf("%q: unexpected statement %q", text, q.Text)
			}
		}
	}
}
