package extract

import "testing"

// TestVerbSubordinator covers "after" or "before" right after a finite
// verb ("The vote came after the chairman, Tom Kane, said"): the clause's
// subject speaks; a cleft ("It was after X did Y that Z said"), a
// preposition after a participle and training are left alone.
func TestVerbSubordinator(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, mention string }{
		{"Derby\n\nReed's comments came after the club's chairman, Tom Kane, said the job was safe.", "the club's chairman, Tom Kane"},
		{"Derby\n\nReed spoke after the chairman, Tom Kane, said the job was safe.", "the chairman, Tom Kane"},
	} {
		qs := ex.Extract(c.text)
		if len(qs) != 1 || qs[0].SpeakerMention == nil {
			t.Errorf("%q: %d statements", c.text, len(qs))
			continue
		}
		if m := c.text[qs[0].SpeakerMention.Start:qs[0].SpeakerMention.End]; m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
	cases := []struct {
		text string
		want bool
	}{
		{"The vote came after the chairman said it.", true},
		{"Reed spoke before the chairman said it.", true},
		{"It was after Lazar released the notes that Gawker said it.", false},
		{"Officials speaking after the meeting said it.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		got := false
		for i := range d.toks {
			if w := d.word(i); w == "after" || w == "before" {
				got = d.verbSubordinator(i)
				d.training = true
				if d.verbSubordinator(i) {
					t.Errorf("%q: verbSubordinator in training", c.text)
				}
				break
			}
		}
		if got != c.want {
			t.Errorf("%q: verbSubordinator = %v, want %v", c.text, got, c.want)
		}
	}
}
