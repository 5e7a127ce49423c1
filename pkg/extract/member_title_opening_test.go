package extract

import "testing"

// TestMemberTitleOpening: "Council Member Paul Greer ... Greer said": the
// later surname is the person named after the office.
func TestMemberTitleOpening(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Vote\n\nCouncil Member Paul Greer said the council was ignoring residents.\n\n\"We held a hearing,\" Greer said.", "We held a hearing", "Paul Greer"},
		{"Schools\n\nBoard Member Ana Ruiz voted no.\n\n\"The budget does not add up,\" Ruiz said.", "The budget does not add up", "Ana Ruiz"},
		{"Austin\n\nCity Council Member Tom Hale said the plan was rushed.\n\n\"Nobody read it,\" Hale said.", "Nobody read it", "Tom Hale"},
	} {
		q, ok := longSpeaker(ex.Extract(c.text), c.sub)
		if !ok || q.Name != c.want {
			t.Errorf("%q: speaker %q (found %v), want %q", c.sub, q.Name, ok, c.want)
		}
	}
	checkOffInTraining(t, "Vote\n\nCouncil Member Paul Greer said the plan was rushed.", "memberTitleOpening", func(d *doc, k int) bool {
		r := &resolver{d: d}
		run := rng{k, k + 4}
		return k+4 <= len(d.toks) && r.memberTitleOpening(run) != run
	})
}
