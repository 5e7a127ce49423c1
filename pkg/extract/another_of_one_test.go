package extract

import "testing"

// TestAnotherOfOne: "another" after an unnamed "One X" is a second X, a
// speaker of its own.
func TestAnotherOfOne(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Talks resumed.\n\nOne official said it was \"a mess\"; another said it was \"a disaster\".", "a disaster", "another official"},
		{"Talks resumed.\n\nOne of the officials said the talks had stalled. Another said a deal was near.", "a deal was near", "another of the officials"},
		{"Talks resumed.\n\nOne official said it was \"a mess\"; another said it was \"a disaster\".", "a mess", "One official"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
