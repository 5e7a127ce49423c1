package extract

import "testing"

// TestOneWordNamedObject covers a one-word name or pronoun as the object of
// an object verb: it is a statement at inference, but no training
// candidate (attribution.untrained). A one-word remnant of another verb
// frames nothing.
func TestOneWordNamedObject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	text := `In a long speech on Friday, the governor never mentioned Ortega.`
	q := find(t, ex.Extract(text), "Ortega")
	if q.Text != "Ortega" {
		t.Errorf("content %q, want the name alone", q.Text)
	}
	if m := mention(text, q); m != "the governor" {
		t.Errorf("mention %q, want the subject", m)
	}
	find(t, ex.Extract(`The senator criticized him, but voted for the bill anyway.`), "him")
	if c := ex.Candidates(text); len(c) != 0 {
		t.Errorf("%d training candidates, want none", len(c))
	}
	checkNoStatements(t, ex, []string{
		`The senator announced Tuesday.`,
	})
}
