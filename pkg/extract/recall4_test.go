package extract

import "testing"

// TestSpeechRecall4 covers the forms added in the fourth recall round. The
// accept model is off: these tests check the rules, not a trained model's choice.
func TestSpeechRecall4(t *testing.T) {
	cases := []mentionCase{
		{"adverb opening the content after an inverted frame", `According to the county survey, nearly a third of the wells were dry.`, "nearly a third of the wells were dry", "the county survey"},
		{"time adjunct after a show title", `Mayor Ruiz said on WXYZ’s “Morning Desk” on Sunday that the budget was balanced.`, "that the budget was balanced", "Mayor Ruiz"},
		{"gerund subject of a present-tense clause", `Analysts say raising the levy hurts small towns.`, "raising the levy hurts small towns", "Analysts"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}

// TestGerundSubjectClause: a gerund phrase after the cue is a clause's
// subject only when a verb follows it.
func TestGerundSubjectClause(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{`They said closing the plant puts jobs at risk.`, true},
		{`They said closing the plant in May.`, false},
		{`They said closing the plant and the mill.`, false},
	} {
		d := newDoc(c.text)
		if got := d.gerundSubjectClause(2, len(d.toks)-1); got != c.want {
			t.Errorf("%q: %v, want %v", c.text, got, c.want)
		}
		d.release()
	}
}
