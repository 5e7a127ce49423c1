package extract

import "testing"

// TestKeptUnscored covers "I think ..." statements kept whatever the accept
// model says (here a model that rejects everything), with the model's
// probability as their confidence; other statements stay filtered. (A
// belief with a modal clause, "thought the council would come around", is
// accepted by rule instead: hope_fear.go.)
func TestKeptUnscored(t *testing.T) {
	rejectAll := NewModel()
	rejectAll.Threshold, rejectAll.NonSpeechThreshold = 0.99, 0.99
	ex := NewWithModels(nil, nil, rejectAll)
	text := `Her aides think the council will come around. On Monday, Ortega said the plan was dead.`
	find(t, ex.Extract(`The mayor claims the vote was rigged.`), "the vote was rigged")
	find(t, ex.Extract(`Prices rose. The mayor insisted the vote was fair.`), "the vote was fair")
	find(t, ex.Extract(`Prices rose. The mayor warned that the vote would be close.`), "the vote would be close")
	qs := ex.Extract(text)
	q := find(t, qs, "the council will come around")
	if q.Confidence <= 0 || q.Confidence > 1 {
		t.Errorf("confidence %v, want the model's probability", q.Confidence)
	}
	for _, q := range append(qs, ex.Extract(`Her aides thought the council was coming around.`)...) {
		if q.Text == "the plan was dead" || q.Text == "the council was coming around" {
			t.Errorf("a rejected statement was kept: %q", q.Text)
		}
	}
}
