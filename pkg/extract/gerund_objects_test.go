package extract

import "testing"

// TestGerundObjects covers an object verb's gerund after "by", "in",
// "while" or "without": the clause's subject speaks and the object is the
// statement; "for" and a headline's capitalised preposition frame nothing.
func TestGerundObjects(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`The mayor has been the loudest in denouncing the new tax.`, "the new tax", "The mayor"},
		{`She spent the day campaigning in Ohio without mentioning Tom Smith.`, "Tom Smith", "She"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
	checkNoStatements(t, ex, []string{`The coach was fined for criticizing the referees.`})
}
