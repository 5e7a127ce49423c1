package extract

import "testing"

// TestSummaryNoun: a summary noun phrase after a comma or a dash with a
// speech verb in a relative clause or a reduced passive is the content;
// a verb with an object or a clause of its own, a noun without "a", and
// training give no such statement.
func TestSummaryNoun(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Talks Go On.\n\nThe aide did not write the memo, but she did join the talks, a point Lee also acknowledged to reporters.", content: "a point", mention: "Lee"},
		{text: "Talks Go On.\n\nThe party now relies on her fund-raising for a fifth of its income, an arrangement the rival campaign has criticized.", content: "an arrangement", mention: "the rival campaign"},
		{text: "Talks Go On.\n\nSome states merged those groups when they reported data, a practice criticized by Ann Lee and some advocates.", content: "a practice", mention: "Ann Lee"},
		{text: "Talks Go On.\n\nThe number came from no analysis but was a guess by the campaign - a fact later confirmed by the department.", content: "a fact", mention: "the department"},
		{text: "Talks Go On.\n\nHe was fired for taking time off, a claim that the office strongly disputes.", content: "a claim", mention: "the office"},
	})
	checkNoStatements(t, withoutAccept(), []string{
		"Talks Go On.\n\nIt was a good year, a point he made the case for.",
		"Talks Go On.\n\nThe city won, the point Lee acknowledged.",
		"Talks Go On.\n\nThe city won, a point that is clear.",
	})
	d := newDoc("Talks Go On.\n\nThe aide joined the talks, a point Lee acknowledged.")
	defer d.release()
	d.training = true
	for _, a := range d.findAttributions() {
		if a.ruleAccepted && a.cueText == "acknowledge" {
			t.Errorf("summary-noun frame built while training")
		}
	}
}
