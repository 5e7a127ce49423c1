package extract

import "testing"

// TestPassiveByAgent covers passive reports and stances with their agent:
// the agent speaks, the passive subject is the statement; "by" with a time
// frames nothing.
func TestPassiveByAgent(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`The merger was confirmed by the bank on Friday.`, "The merger", "the bank"},
		{`The new figure was quickly disputed by farmers in the valley.`, "The new figure", "farmers"},
		{`Crowds gathered after the bombing, which was claimed by a rebel group.`, "which", "a rebel group"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
	checkNoStatements(t, ex, []string{`If any judge should have been confirmed by now, it is Ruiz.`})
}
