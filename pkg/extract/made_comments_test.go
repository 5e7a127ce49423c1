package extract

import "testing"

// TestMadeComments covers the topic of comments or remarks someone made:
// it is the statement. A possessive "her comments on X" and a comment made
// inside a quotation frame nothing of their own.
func TestMadeComments(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`The governor has made several sharp remarks about the new pipeline.`, "the new pipeline", "The governor"},
		{`The mayor made no comment on the verdict.`, "the verdict", "The mayor"},
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
		`Her comments on the budget drew little notice.`,
	})
}
