package extract

import "testing"

// TestReportedly covers "AUX reportedly": the subject and the predicate
// without the auxiliary are the content, rule-accepted at inference;
// "reportedly" without an auxiliary before it and training give no frame.
func TestReportedly(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nThe agency is reportedly planning a second audit; the mayor declined to comment.", content: "The agency planning a second audit", mention: "The agency"},
	})
	contents := func(text string, training bool) [][]string {
		d := newDoc(text)
		defer d.release()
		d.training = training
		var out [][]string
		for _, a := range d.findAttributions() {
			if a.cueText != "reportedly" {
				continue
			}
			var c []string
			for _, r := range a.content {
				c = append(c, d.text[d.toks[r.s].s:d.toks[r.e-1].e])
			}
			out = append(out, c)
		}
		return out
	}
	got := contents("Vote Set.\n\nThe hackers have reportedly entered the party's servers as they prepared the leak.", false)
	if len(got) != 1 || len(got[0]) != 2 || got[0][0] != "The hackers" || got[0][1] != "entered the party's servers" {
		t.Errorf("reportedly: got %q", got)
	}
	for _, text := range []string{
		"Vote Set.\n\nLee reportedly got a reply from the campaign.",
		"Vote Set.\n\nShe said, “The hackers have reportedly entered the servers.”",
	} {
		if c := contents(text, false); len(c) > 0 && len(c[0]) > 0 {
			t.Errorf("%q: reportedly frame %q", text, c)
		}
	}
	if c := contents("Vote Set.\n\nThe hackers have reportedly entered the party's servers.", true); len(c) > 0 {
		t.Errorf("frame built while training")
	}
}
