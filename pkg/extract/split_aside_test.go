package extract

import "testing"

// TestSplitAside: a "said" or "according to" aside that splits its
// sentence keeps its statement whatever the accept model says (here a
// model that rejects everything); other frames stay filtered (after a
// first sentence: a lone sentence reads as a headline).
func TestSplitAside(t *testing.T) {
	rejectAll := NewModel()
	rejectAll.Threshold, rejectAll.NonSpeechThreshold = 0.99, 0.99
	ex := NewWithModels(nil, nil, rejectAll)
	find(t, ex.Extract(`At one point, she said, she was considering a new party.`), "she was considering a new party")
	find(t, ex.Extract(`But the next day, according to Ruiz, the owner made further demands.`), "the owner made further demands")
	for _, text := range []string{
		`On Monday, Ortega said the plan was dead.`,                // no aside (and no plain report: plain_say.go)
		`The bill, she wrote, was never going to pass the Senate.`, // not "said"
		`Voters in the county, she said.`,                          // nothing after the aside
		`“At one point,” she said, “I was considering a new party.”`,
	} {
		for _, q := range ex.Extract("The meeting ran late. " + text) {
			t.Errorf("%q: a rejected statement was kept: %q", text, q.Text)
		}
	}
}
