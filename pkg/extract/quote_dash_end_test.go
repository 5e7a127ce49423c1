package extract

import "testing"

// TestEndAtQuoteDash covers a forward content that runs past a quotation
// and a single dash: ended at the quotation at inference, kept whole when
// the dash is one of a pair or goes on with "and".
func TestEndAtQuoteDash(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Tom Hart warned that the plan “risks higher prices” - except that prices fell.", content: "that the plan “risks higher prices”", mention: "Tom Hart"},
	})
	// the frames as training builds them (no cut, no end fix), then the
	// fix at inference
	for _, c := range []struct{ text, want string }{
		{"In 2010 he warned that buying bonds “risks higher inflation” - except that, once again, inflation has fallen since then.", "that buying bonds “risks higher inflation”"},
		{"In 2010 he warned that buying bonds “risks higher inflation” -- except that, once again, inflation has fallen since then.", "that buying bonds “risks higher inflation”"},
		{"In 2010 he warned that buying bonds “risks higher inflation” - and more cuts in the budget would follow next year.", "that buying bonds “risks higher inflation” - and more cuts in the budget would follow next year"},
		{"In 2010 he warned that the call to “make it whole” - itself a rebuttal to the slogan of his rival - was a hit with the crowd.", "that the call to “make it whole” - itself a rebuttal to the slogan of his rival - was a hit with the crowd"},
	} {
		d := newDoc(c.text)
		d.training = true
		atts := d.findAttributions()
		if len(atts) != 1 {
			t.Fatalf("%q: %d frames in training", c.text, len(atts))
		}
		a := atts[0]
		d.training = false
		d.endAtQuoteDash(a)
		last := a.content[len(a.content)-1]
		if got := d.text[d.toks[last.s].s:d.toks[last.e-1].e]; got != c.want {
			t.Errorf("%q: content %q, want %q", c.text, got, c.want)
		}
		d.release()
	}
}
