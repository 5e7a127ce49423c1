package extract

import "testing"

// TestMinisterMinistry: a bare "the ministry" right after a minister's
// statement is that minister's ministry of the article's country; without
// a minister, or with a prime minister, it stays unnamed.
func TestMinisterMinistry(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Ruling\n\nBERLIN - Germany's top court struck down the law.\n\nInterior Minister Thomas Keller said the government would respect the ruling.\n\nThe ministry said it would present a new draft.", "present a new draft", "German Interior Ministry"},
		{"Budget\n\nFrance's finance minister spoke first. Finance Minister Anne Roux said the deficit would shrink. The ministry said the figures were final.", "the figures were final", "French Finance Ministry"},
		{"Vote\n\nBERLIN - Germany's top court struck down the law.\n\nThe ministry said it would present a new draft.", "present a new draft", "ministry"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
