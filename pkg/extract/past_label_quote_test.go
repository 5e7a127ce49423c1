package extract

import "testing"

// TestPastLabelQuote covers "labelled"/"dubbed" after a subject with a
// quotation after the object ("The manager labelled the performance
// “unacceptable”"): a naming frame at inference; a passive ("were
// labeled “organic”"), a far quotation and training are left alone.
func TestPastLabelQuote(t *testing.T) {
	ex := New(nil)
	checkStatementTexts(t, ex, []statementText{
		{"Rovers sack manager\n\nThe manager labelled the performance \"unacceptable.\"", "the performance \"unacceptable.\""},
		{"Rovers sack manager\n\nThe coach dubbed Reed's tackle \"reckless\" after the game.", "Reed's tackle \"reckless\""},
	})
	for _, text := range []string{
		"Rovers sack manager\n\nThe cans were labeled \"organic\" by the firm.",
		"Rovers sack manager\n\nThe firm labeled the cans of soup and the jars of jam and the boxes \"organic\".",
	} {
		for _, q := range ex.Extract(text) {
			if q.CueText == "labeled" {
				t.Errorf("%q: a statement %q", text, q.Text)
			}
		}
	}
	d := newDoc("The manager labelled the performance \"unacceptable.\"")
	a := &attribution{cue: rng{2, 3}, subj: rng{0, 2}, class: cueName}
	if !d.pastLabelQuote(a, 3, len(d.toks)) {
		t.Errorf("pastLabelQuote = false at inference")
	}
	d.training = true
	if d.pastLabelQuote(a, 3, len(d.toks)) {
		t.Errorf("pastLabelQuote in training")
	}
}
