package extract

import "testing"

// TestCommentedOn covers the verb "comment on X": the topic is the
// statement and the subject speaks; the noun "comments on X" frames nothing.
func TestCommentedOn(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`The governor also commented on the new tax plan.`, "the new tax plan", "The governor"},
		{`The bank has not commented on the reason for the delay.`, "the reason for the delay", "The bank"},
		{`Neither club would comment on those rumors.`, "those rumors", "club"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want the topic %q", c.text, q.Text, c.content)
		}
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
	checkNoStatements(t, ex, []string{`His comments on the budget surprised the council.`})
}
