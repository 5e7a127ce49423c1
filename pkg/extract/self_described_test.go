package extract

import "testing"

// TestSelfDescribed covers "a self-described X": the label is the
// statement, ending before a comma or a relative clause; after "the" the
// label only names the person and frames nothing.
func TestSelfDescribed(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	text := `Ana Ruiz, a self-described budget hawk, voted against the plan.`
	q := find(t, ex.Extract(text), "budget hawk")
	if q.Text != "budget hawk" {
		t.Errorf("content %q, want the label alone", q.Text)
	}
	text = `He is a self-described night owl who rarely sleeps.`
	q = find(t, ex.Extract(text), "night owl")
	if q.Text != "night owl" {
		t.Errorf("content %q, want the label before the relative clause", q.Text)
	}
	checkNoStatements(t, ex, []string{`The self-described night owl opened the store at noon.`})
}

// TestSelfDescribedKept: a self-description is kept whatever the accept
// model says (here a model that rejects everything).
func TestSelfDescribedKept(t *testing.T) {
	rejectAll := NewModel()
	rejectAll.Threshold, rejectAll.NonSpeechThreshold = 0.99, 0.99
	ex := NewWithModels(nil, nil, rejectAll)
	find(t, ex.Extract(`Prices rose. Lee, a self-described democratic socialist, won the seat.`), "democratic socialist")
	for _, q := range ex.Extract(`Prices rose. The self-described genius lost the seat.`) {
		t.Errorf("unexpected statement %q", q.Text)
	}
}
