package extract

import "testing"

// TestMixedQuotePairing covers single marks in a document that quotes with
// double ones: a short pair in a sentence without double marks is a
// quotation; elsewhere the marks stay apostrophes.
func TestMixedQuotePairing(t *testing.T) {
	cases := []quotationPartsCase{
		{"scare quotes after a quoted sentence", "The prime minister told MPs: \"We will act.\" He said 'the plan' was working.",
			[]string{"\"We will act.\"", "'the plan'"}},
		{"curly marks in the next paragraph", "“We will act,” she said.\n\nShe called it ‘a new start’ for the region.",
			[]string{"“We will act,”", "‘a new start’"}},
		{"same sentence as a double quotation", "She called it “fair” and said ‘we will see’.", []string{"“fair”"}},
		{"nested in double marks", "“He said ‘no’ to me,” she said.", []string{"“He said ‘no’ to me,”"}},
		{"elision", "“We will act,” she said. The ’90s were different, she said.", []string{"“We will act,”"}},
		{"too long for a phrase", "“Yes,” she said. He said 'we will win this election and the next one and the one after that and then some more'.",
			[]string{"“Yes,”"}},
	}
	checkQuotationParts(t, cases)
	d := newDocFor("“We will act,” she said. He said 'the plan' was working.", true)
	defer d.release()
	if len(d.quotes) != 1 {
		t.Errorf("training: %d quotations, want the double-marked one", len(d.quotes))
	}
}

// TestMixedQuoteStatement: the sentence after a double-quoted one keeps
// its statement when it quotes a phrase with single marks.
func TestMixedQuoteStatement(t *testing.T) {
	text := "The prime minister told MPs: \"We will act.\" He said 'the plan' was working."
	q := find(t, New(nil).Extract(text), "the plan")
	if q.Kind != KindPartial || mention(text, q) != "He" {
		t.Errorf("kind %s mention %q, want partial by He", q.Kind, mention(text, q))
	}
}
