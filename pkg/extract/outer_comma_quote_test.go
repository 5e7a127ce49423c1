package extract

import "testing"

// TestOuterCommaQuote: a one-word quotation with the comma outside its
// marks is the content of the frame after it, alone or as the first part
// of a split quotation; a clause opening with a one-word quotation
// stays whole, and without a frame it is nobody's.
func TestOuterCommaQuote(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct {
		text, mention string
		parts         int
	}{
		{"Talks resumed.\n\n‘No’, she said.", "she", 1},
		{"Talks resumed.\n\n“Never”, said the minister.", "the minister", 1},
		{"Talks resumed.\n\n“This”, said the chairman, “is the end of an era.”", "the chairman", 2},
		{"Talks resumed.\n\n'Brexit', the chairman said, 'is a mess.'", "the chairman", 2},
	} {
		qs := ex.Extract(c.text)
		if len(qs) != 1 || len(qs[0].Content) != c.parts || mention(c.text, qs[0]) != c.mention {
			t.Errorf("%q: got %+v, want one statement of %d parts by %q", c.text, qs, c.parts, c.mention)
		}
	}
	// a clause that opens with the quoted word is the content, not the word
	q := find(t, ex.Extract("Talks resumed.\n\n“Never” was the answer, she said."), "answer")
	if q.Text != "“Never” was the answer" {
		t.Errorf("content %q", q.Text)
	}
	checkNoStatements(t, ex, []string{
		"Talks resumed.\n\n“Jaws”, the film, opened in 1975.",
		"Talks resumed.\n\n‘Brexit’, the word, entered the dictionary.",
	})
	d := newDoc("“Never”, said the minister.")
	d.training = true
	if d.outerCommaQuote(2, 0) {
		t.Errorf("rule on in training")
	}
	d.release()
}

// TestQuoteCommaBeforeSubordinate: a quotation with the comma outside its
// marks is the content of the frame after it when a subordinate clause
// follows the cue, in both word orders; a quoted fragment inside a clause
// is not.
func TestQuoteCommaBeforeSubordinate(t *testing.T) {
	const h = "Talks resumed.\n\n"
	checkMentions(t, withoutAccept(), []mentionCase{
		{"as, subject first", h + "‘We will not be bullied’, Starmer said as talks collapsed.", "We will not be bullied", "Starmer"},
		{"as, inverted", h + "‘We will not be bullied’, said Starmer as talks collapsed.", "We will not be bullied", "Starmer"},
		{"pronoun", h + "“We will not be bullied”, he said as he left the building.", "We will not be bullied", "he"},
		{"amid, inverted", h + "‘We will not be bullied’, said Starmer amid a strike threat.", "We will not be bullied", "Starmer"},
		{"as, comma inside", h + "“We will not be bullied,” he said as he left the building.", "We will not be bullied", "he"},
	})
	for _, text := range []string{
		h + "He compared them to “criminals” and “rapists”, Ferrera wrote in a blog post.",
	} {
		for _, q := range withoutAccept().Extract(text) {
			if q.Text == "“rapists”" || q.Text == "rapists" {
				t.Errorf("%q: the fragment %q taken as content", text, q.Text)
			}
		}
	}
	d := newDoc("“We will not be bullied”, he said as he left.")
	if !d.quoteCommaEndsFrame(7) {
		t.Errorf("the comma after the closing mark does not end the quotation")
	}
	d.training = true
	if d.quoteCommaEndsFrame(7) {
		t.Errorf("rule on in training")
	}
	d.release()
}
