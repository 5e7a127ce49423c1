package extract

import "testing"

// TestAttemptFrames covers a speech verb in the infinitive of an attempt:
// the subject of "tried", "struggled", "was pressed" speaks; a stance in
// the infinitive and a plan frame nothing of their own.
func TestAttemptFrames(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`The coach has tried to explain his decision to bench the captain.`, "his decision to bench the captain", "The coach"},
		{`The minister struggled to demonstrate that the new budget was fair.`, "that the new budget was fair", "The minister"},
		{`Ms. Ruiz was pressed to explain the delay.`, "the delay", "Ms. Ruiz"},
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
		`The owners tried to defend the old stadium.`,
		`The club wants to announce a new coach.`,
	})
}
