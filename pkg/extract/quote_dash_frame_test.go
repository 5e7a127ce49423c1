package extract

import "testing"

// TestQuoteDashFrame covers a quotation before an en dash, "--" or a
// spaced hyphen and its frame ("“We will win” – he said"): the frame's
// content is the quotation without the dash; a dash inside a sentence
// without a quotation before it and training are no such dash.
func TestQuoteDashFrame(t *testing.T) {
	checkContents(t, New(nil), []contentCase{
		{text: "‘We will win’ – he said.", content: "We will win", mention: "he"},
		{text: "\"We will win\" -- he said.", content: "We will win", mention: "he"},
		{text: "\"We will win\" - he said.", content: "We will win", mention: "he"},
		{text: "“We will win” – the mayor said.", content: "We will win", mention: "the mayor"},
	})
	d := newDoc("He said the plan – which failed – was good.")
	defer d.release()
	for k := range d.toks {
		if d.dashAfterQuote(k) {
			t.Errorf("token %d: a dash after a quotation", k)
		}
	}
	d2 := newDoc("\"We will win\" – he said.")
	defer d2.release()
	k := 5 // the dash after the closing mark
	if !d2.dashAfterQuote(k) {
		t.Errorf("token %d %q: no dash after the quotation", k, d2.punct(k))
	}
	d2.training = true
	if d2.dashAfterQuote(k) {
		t.Errorf("training: a dash after a quotation")
	}
}
