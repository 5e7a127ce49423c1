package extract

import "testing"

// TestCitedAsSayingNoAgentFrame: "X was cited by Y as saying ..." is X's
// statement only; the passive "cited by Y" makes no statement of Y whose
// content is X (passive_by.go, inference only).
func TestCitedAsSayingNoAgentFrame(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, text := range []string{
		"The minister was cited by the Nikkei newspaper as saying the plan would go ahead.",
		"Smith was cited by Reuters as saying the plan failed.",
	} {
		qs := ex.Extract(text)
		if len(qs) != 1 {
			t.Errorf("%q: %d statements, want 1: %+v", text, len(qs), qs)
			continue
		}
		if q := qs[0]; q.Text != "the plan would go ahead" && q.Text != "the plan failed" {
			t.Errorf("%q: content %q", text, q.Text)
		}
	}
	// a passive with an agent and no "as saying" keeps its frame
	checkContents(t, ex, []contentCase{
		{text: "The death was confirmed by the foundation.", content: "The death", mention: "the foundation"},
	})
}
