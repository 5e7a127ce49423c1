package extract

import "testing"

// TestBylineExcerpt: a passage reprinted after "writing at/for" an outlet
// is no statement at inference; other "writing" frames stay. (An all-zero
// model with a low threshold keeps every other candidate.)
func TestBylineExcerpt(t *testing.T) {
	m := NewModel()
	m.Threshold, m.NonSpeechThreshold = 0.3, 0.3
	ex := NewWithModels(nil, nil, m)
	for _, text := range []string{
		"A headline here.\n\nFrom Jane Roe writing at The Daily Planet:\n\n\"The senator spoke for an hour on the budget and left without questions.\"",
		"A headline here.\n\nFrom Jane Roe writing for The Daily Planet:\n\n\"The senator spoke for an hour on the budget and left without questions.\"",
	} {
		checkNoStatementWith(t, ex.Extract(text), "The senator spoke")
	}
	find(t, ex.Extract("Ann Lee took to Twitter, writing: \"The plan will fail and everyone knows it.\""), "The plan will fail")
	find(t, ex.Extract("Ann Lee answered the mayor, writing that the plan would fail."), "the plan would fail")
}
