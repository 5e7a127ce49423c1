package extract

import "testing"

// TestContinuedToObject covers "continued to V" with an object: the cue
// spans the verb (and its preposition) and the object is the statement;
// without an object, or in the present, nothing is framed.
func TestContinuedToObject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`The coach continued to dismiss the rumors about his health.`, "the rumors about his health", "The coach"},
		{`The union has continued to push for a shorter work week.`, "a shorter work week", "The union"},
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
		`The river continued to rise overnight.`,
		`The team continues to trail the leaders by two points.`,
	})
}
