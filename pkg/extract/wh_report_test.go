package extract

import "testing"

// TestWhReport covers a wh-clause after "tell" (right after the cue or
// after a pronoun addressee) and "describe"; a relative clause after a
// noun addressee is no content.
func TestWhReport(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`The manager is telling how he saved the club.`, "how he saved the club", "The manager"},
		{`The trainer tells them why the new diet works.`, "why the new diet works", "The trainer"},
		{`The report then describes what happened at the plant.`, "what happened at the plant", "The report"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
	for _, q := range ex.Extract(`The mayor told the farmers who gathered at the fair about the plan.`) {
		if q.Text == "who gathered at the fair about the plan" {
			t.Errorf("relative clause taken as content: %q", q.Text)
		}
	}
}
