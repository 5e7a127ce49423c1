package extract

import "testing"

// TestSoContent covers a statement's "so" as the content of its frame,
// accepted by rule at inference (with a model that rejects everything);
// "so" as an adverb, and training, give no such statement.
func TestSoContent(t *testing.T) {
	rejectAll := NewModel()
	rejectAll.Threshold, rejectAll.NonSpeechThreshold = 0.99, 0.99
	ex := NewWithModels(nil, nil, rejectAll)
	for _, text := range []string{
		"Six in 10 call him decisive, after half said so in the earlier poll.",
		"The senator apparently thinks so, too.",
		"His rivals never thought so.",
	} {
		q := find(t, ex.Extract(text), "so")
		if q.Text != "so" || q.Confidence != 0.85 {
			t.Errorf("%q: content %q confidence %v, want \"so\" at 0.85", text, q.Text, q.Confidence)
		}
	}
	for _, text := range []string{
		"He said so much about the plan.",
		"She thinks so highly of him.",
		"They told me so.",
	} {
		for _, q := range ex.Extract(text) {
			if q.Confidence == 0.85 {
				t.Errorf("%q: unexpected rule statement %q", text, q.Text)
			}
		}
	}
	for _, c := range ex.Candidates("His rivals never thought so.") {
		t.Errorf("training candidate %q from the rule", c.Quote.Text)
	}
}
