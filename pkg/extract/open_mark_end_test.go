package extract

import (
	"strings"
	"testing"
)

// TestOpenMarkEnd: a content ends before an opening bracket or a dash
// outside quotation marks; a quoted dash stays.
func TestOpenMarkEnd(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, content string }{
		{"Debate\n\nThe senator has been asked about a loan from a bank and about debts in his past (fair questions in my view), but the governor has not.", "debts in his past"},
		{"Council\n\nThe mayor said the repairs had been delayed by the contractor — and she named the firm at the meeting.", "delayed by the contractor"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if strings.HasSuffix(q.Text, "(") || strings.HasSuffix(q.Text, "—") {
			t.Errorf("%q: content %q ends on an opening mark", c.text, q.Text)
		}
	}
	q := find(t, ex.Extract("“We were going to —” she said, and stopped."), "We were going to")
	if !strings.Contains(q.Text, "—") {
		t.Errorf("quoted dash dropped: %q", q.Text)
	}
}

// TestUnmatchedCloseEnd: a content that ends with the closing bracket of a
// parenthesis it started inside drops the bracket.
func TestUnmatchedCloseEnd(t *testing.T) {
	ex := New(nil)
	text := "Ferry\n\nThe captain blamed the delay on the weather (the crossing, many sailors say, is the roughest in the region)."
	q := find(t, ex.Extract(text), "roughest in the region")
	if strings.HasSuffix(q.Text, ")") {
		t.Errorf("content %q keeps the unmatched bracket", q.Text)
	}
}
