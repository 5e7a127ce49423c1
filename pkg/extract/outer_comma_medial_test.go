package extract

import "testing"

// TestOuterCommaMedial: a quotation with the comma outside the marks ends
// its frame as with the comma inside; medial frames keep their tails.
func TestOuterCommaMedial(t *testing.T) {
	ex := New(nil)
	for _, text := range []string{
		"Verdict\n\n“We will win”, he said, because the polls were good.",
		"Verdict\n\n‘We will win’, said Tom Reed, because the polls were good.",
		"Verdict\n\n“We will win,” he said, because the polls were good.",
	} {
		q, ok := soleStatement(t, ex, text)
		if ok && q.Text != "We will win" {
			t.Errorf("%q: content %q, want the quotation alone", text, q.Text)
		}
	}
	// near misses: a medial frame inside a sentence that opens with no quotation
	checkStatementTexts(t, ex, []statementText{
		{"Verdict\n\nThis campaign, he says, is different.", "This campaign is different"},
		{"Verdict\n\nThe talks, she said, were going nowhere.", "The talks were going nowhere"},
	})
}
