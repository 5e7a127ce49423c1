package extract

import "testing"

// TestWhReport covers a wh-clause after "tell" (right after the cue or
// after a pronoun addressee) and "describe"; a relative clause after a
// noun addressee is no content.
func TestWhReport(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`The manager is telling how he saved the club.`, "how he saved the club", "The manager"},
		{`The trainer tells them why the new diet works.`, "why the new diet works", "The trainer"},
		{`The report then describes what happened at the plant.`, "what happened at the plant", "The report"},
	})
	for _, q := range ex.Extract(`The mayor told the farmers who gathered at the fair about the plan.`) {
		if q.Text == "who gathered at the fair about the plan" {
			t.Errorf("relative clause taken as content: %q", q.Text)
		}
	}
}
