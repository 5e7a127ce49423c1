package extract

import "testing"

// TestHeadlineSurname covers a headline's lone surname that the body names
// in full: the speaker is that person, whether the body writes an office or
// a comma before the name; two body persons of that surname, or none,
// leave the surname alone.
func TestHeadlineSurname(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, content, name string }{
		{"Sunak defends migration plan as Tory rebels circle\n\nPrime Minister Rishi Sunak on Monday defended his plan.", "migration plan", "Rishi Sunak"},
		{"Sunak says migration plan will work\n\nThe prime minister, Rishi Sunak, said on Monday the plan would work.", "migration plan will work", "Rishi Sunak"},
		{"Okafor: Budget will pass this week\n\nFinance Minister Ada Okafor spoke to reporters.", "Budget will pass this week", "Ada Okafor"},
		// negative: two persons of the surname, or none in the body
		{"Lee says budget will pass\n\nThe mayor, Ann Lee, and her rival, Bo Lee, met on Monday.", "budget will pass", "Lee"},
		{"Sunak says migration plan will work\n\nThe plan was announced on Monday.", "migration plan will work", "Sunak"},
	} {
		if q := find(t, ex.Extract(c.text), c.content); q.Speaker.Name != c.name {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.name)
		}
	}
}
