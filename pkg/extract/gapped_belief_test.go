package extract

import "testing"

// TestGappedBelief covers "a step they believe could help X" and "which he
// believes will X": the clause after the belief verb is the content,
// rule-accepted at inference; a that-clause with its own subject,
// sentences with a quotation, free relatives after a preposition and
// training give no such frame.
func TestGappedBelief(t *testing.T) {
	framed := func(text string, training bool) string {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.cueText == "gapped belief" && a.ruleAccepted && len(a.content) > 0 {
				c := a.content[len(a.content)-1]
				return d.text[d.toks[c.s].s:d.toks[c.e-1].e]
			}
		}
		return ""
	}
	for text, want := range map[string]string{
		"Vote Set.\n\nLee backed a plan which he believes will cut costs for farmers.":                 "will cut costs for farmers",
		"Vote Set.\n\nThe board hired the people they thought were the best fit, while others waited.": "were the best fit",
		"Vote Set.\n\nCole wants what many voters think is a fair deal.":                               "is a fair deal",
	} {
		if got := framed(text, false); got != want {
			t.Errorf("%q: content %q, want %q", text, got, want)
		}
	}
	for _, text := range []string{
		"Vote Set.\n\nLee believes Cole will win the race.",
		"Vote Set.\n\nLee backed a plan \"that works,\" which he believes will cut costs.",
		"Vote Set.\n\nLee went beyond the bounds of what his aides thought was plausible.",
		"Vote Set.\n\nDo they think is it fair?",
	} {
		if got := framed(text, false); got != "" {
			t.Errorf("%q: gapped belief frame %q", text, got)
		}
	}
	if framed("Vote Set.\n\nLee backed a plan which he believes will cut costs for farmers.", true) != "" {
		t.Errorf("frame built while training")
	}
}
