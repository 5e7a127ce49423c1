package extract

import "testing"

// TestPlainSay covers the plain reports kept whatever the model says, and
// the ones left to it (polls' answers, questions, other cues and shapes).
func TestPlainSay(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "A spokesperson for the union said members were angry.", content: "members were angry", mention: "A spokesperson for the union"},
		{text: "The union said members were angry about the deal.", content: "members were angry about the deal", mention: "The union"},
	})
	cases := []struct {
		text string
		kept bool
	}{
		{"The union said members were angry.", true},
		{"The union also said on Monday that members were angry.", true},
		{"The coach told reporters the team was tired.", true},
		// a poll's answers, a question, another cue, a quotation, the
		// subject elsewhere or the content not ending the sentence
		{"Most voters said they were angry.", false},
		{"A majority of voters said they were angry.", false},
		{"52 percent said they were angry.", false},
		{"Did the union say members were angry?", false},
		{"The union denied members were angry.", false},
		{"The union said “members were angry.”", false},
		{"After the vote, the union said members were angry.", false},
		{"Members were angry, the union said.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		got := false
		var slab spanSlab
		for _, a := range d.findAttributions() {
			q, ok := d.quote(a, &slab)
			if ok && d.plainSayKept(a, &q) {
				got = true
			}
		}
		d.release()
		if got != c.kept {
			t.Errorf("%q: kept %v, want %v", c.text, got, c.kept)
		}
	}
}
