package extract

import "testing"

// TestTellThatInfinitive covers tell verbs in the infinitive with an
// addressee and a that-clause, accepted by rule at inference (with a
// model that rejects everything), and the clause ended before a comma
// that opens the writer's main clause; plans, topics and training stay
// without a frame.
func TestTellThatInfinitive(t *testing.T) {
	rejectAll := NewModel()
	rejectAll.Threshold, rejectAll.NonSpeechThreshold = 0.99, 0.99
	ex := NewWithModels(nil, nil, rejectAll)
	for text, want := range map[string]string{
		"The leader agreed to a call, but only to tell the judge that he would not agree to a hearing.":  "that he would not agree to a hearing",
		"Lawyers have been able to convince judges that the laws were designed to discourage turnout.":   "that the laws were designed to discourage turnout",
		"While they spent the week trying to tell the country that all is well, there is plenty to see.": "that all is well",
		"Her aide helped convince voters across the state that the mayor should be their next governor.": "that the mayor should be their next governor",
	} {
		q := find(t, ex.Extract(text), want)
		if q.Text != want || q.Confidence != 0.7 {
			t.Errorf("%q: content %q confidence %v, want %q at 0.7", text, q.Text, q.Confidence, want)
		}
	}
	for _, text := range []string{
		"She wants to tell her story at the hearing.",
		"He plans to warn about the risks that the plan carries.",
		"They came to tell how the town had changed.",
		"“We went to tell them that the plan is dead,” a clerk said.",
	} {
		for _, q := range ex.Extract(text) {
			if q.Cue != nil && q.Confidence == 0.7 {
				t.Errorf("%q: unexpected rule statement %q", text, q.Text)
			}
		}
	}
	text := "The leader called, but only to tell the judge that he would not agree."
	for _, c := range ex.Candidates(text) {
		if c.Quote.Cue != nil && text[c.Quote.Cue.Start:c.Quote.Cue.End] == "tell" {
			t.Errorf("training candidate %q from the rule", c.Quote.Text)
		}
	}
}
