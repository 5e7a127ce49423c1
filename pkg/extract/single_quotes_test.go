package extract

import "testing"

// TestSingleQuotePairing covers which single marks become quotation marks:
// only in a document without double marks, and only where they pair.
func TestSingleQuotePairing(t *testing.T) {
	cases := []quotationPartsCase{
		{"split by the attribution", "‘We will not go,’ she said, ‘until it is done.’", []string{"‘We will not go,’", "‘until it is done.’"}},
		{"straight marks", "'We will win,' he said.", []string{"'We will win,'"}},
		{"plural possessive inside", "‘The students’ votes count,’ she said.", []string{"‘The students’ votes count,’"}},
		{"possessive closing a label", "She called it ‘a win for the voters’ and left.", []string{"‘a win for the voters’"}},
		{"over two paragraphs", "‘We are going to win.\n\n‘And we will not stop,’ she said.", []string{"‘We are going to win.", "‘And we will not stop,’"}},
		{"elision", "In the ’90s he said the plan had failed.", nil},
		{"elided and in straight marks", "Rock 'n' roll fans said the show was loud.", nil},
		{"elided and in straight marks mid sentence", "Fans of rock 'n' roll said the show was loud.", nil},
		{"elision inside a quotation", "'Rock 'n' roll is dead,' the singer said.", []string{"'Rock 'n' roll is dead,'"}},
		{"curly elision inside a quotation", "‘Rock ’n’ roll is dead,’ the singer said.", []string{"‘Rock ’n’ roll is dead,’"}},
		{"elision ending a quotation", "‘I love rock ‘n’ roll,’ she said.", []string{"‘I love rock ‘n’ roll,’"}},
		{"spaced n is no elision", "He said ‘n ’ is a letter.", nil},
		{"elided word inside a quotation", "‘They never give up ’cause they love it,’ she said.", []string{"‘They never give up ’cause they love it,’"}},
		{"elided pronoun inside a quotation", "'I told 'em to go home,' said the coach.", []string{"'I told 'em to go home,'"}},
		{"decade inside a quotation", "'Back in the '90s we had nothing,' he said.", []string{"'Back in the '90s we had nothing,'"}},
		{"possessive without a quotation", "Sanders’ campaign said it would appeal.", nil},
		{"opening mark never closed", "He cited the ‘plan and left.", nil},
		{"unclosed mid paragraph", "He said ‘we will win.\n\n‘And more,’ she said.", []string{"‘And more,’"}},
		{"nested in double marks", "“He said ‘no’ to me,” she said.", []string{"“He said ‘no’ to me,”"}},
		{"double marks nested in single ones", "‘He said “no” to me,’ she said.", []string{"‘He said “no” to me,’"}},
		{"double marks of their own", "She called it “fair” and said ‘we will see’.", []string{"“fair”"}},
		{"next paragraph opens with a word", "‘We will win.\n\nThe crowd cheered,’ she said.", nil},
	}
	checkQuotationParts(t, cases)
	// training keeps the marks the models were trained with
	d := newDocFor("‘We will not go,’ she said.", true)
	defer d.release()
	if len(d.quotes) != 0 {
		t.Errorf("training: %d quotations, want none", len(d.quotes))
	}
}

// TestSingleQuoteStatements covers British-style direct quotes end to end.
func TestSingleQuoteStatements(t *testing.T) {
	ex := New(nil)
	cases := []struct {
		text, mention string
		parts         int
	}{
		{"‘We will not go,’ she said, ‘until it is done.’", "she", 2},
		{"Ms Lee, the home secretary, said: ‘This is a disgrace.’", "Ms Lee, the home secretary", 1},
		{"‘The students’ votes count,’ the minister told MPs.", "the minister", 1},
		{"‘He told me “never again”, and I believed him,’ Ms Lee said.", "Ms Lee", 1},
	}
	for _, c := range cases {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if len(qs) != 1 {
			t.Fatalf("%q: %d statements, want 1: %+v", c.text, len(qs), qs)
		}
		q := qs[0]
		if q.Kind != KindDirect || len(q.Content) != c.parts {
			t.Errorf("%q: kind %s with %d parts, want direct with %d", c.text, q.Kind, len(q.Content), c.parts)
		}
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
}

// quotationPartsCase: the parts of the quotations found in text, in order.
type quotationPartsCase struct {
	name, text string
	parts      []string
}

// checkQuotationParts checks the quotation parts the document finds in
// each case's text.
func checkQuotationParts(t *testing.T, cases []quotationPartsCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := newDoc(c.text)
			defer d.release()
			var got []string
			for _, q := range d.quotes {
				for _, p := range q.parts {
					got = append(got, c.text[d.toks[p[0]].s:d.toks[p[1]].e])
				}
			}
			if len(got) != len(c.parts) {
				t.Fatalf("quotation parts %q, want %q", got, c.parts)
			}
			for i := range got {
				if got[i] != c.parts[i] {
					t.Errorf("part %d %q, want %q", i, got[i], c.parts[i])
				}
			}
		})
	}
}
