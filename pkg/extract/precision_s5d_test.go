package extract

import (
	"strings"
	"testing"
)

// TestColonQuestionNoStatement: an interviewer's question or a headline that
// asks after a colon label is not a statement of the label; the answer is.
func TestColonQuestionNoStatement(t *testing.T) {
	text := "The mayor spoke to reporters on Monday.\n\nQ: Have you talked to the governor about the budget?\n\nA: I will call her about the budget next week.\n\nLee: Reformer or career politician?\n\nSo: the plan failed and nobody came to the hearing."
	qs := NewWithModels(nil, nil, nil).Extract(text) // rule candidates only
	for _, q := range qs {
		if strings.Contains(q.Text, "talked") || strings.Contains(q.Text, "Reformer") || strings.Contains(q.Text, "nobody came") {
			t.Errorf("unexpected statement %q", q.Text)
		}
	}
	find(t, qs, "call her about the budget")
}
