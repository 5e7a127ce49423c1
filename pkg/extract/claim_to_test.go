package extract

import "testing"

// TestClaimInfinitive covers "claim to" with an infinitive: the infinitive
// is the claimed statement; the nouns "laid claim to" and "claim to fame"
// frame nothing.
func TestClaimInfinitive(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`Several voters claimed to be undecided.`, "to be undecided", "Several voters"},
		{`Two senators claim to oppose the merger.`, "to oppose the merger", "Two senators"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
	checkNoStatements(t, ex, []string{
		`The duke laid claim to the throne.`,
		`His only claim to fame is a hit song.`,
	})
}
