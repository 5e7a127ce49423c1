package extract

import "testing"

// TestHeadlineInvertedCue covers a title-case headline that quotes first and
// names its speaker after a capitalised cue; a capitalised cue without the
// quotation before it, or in the body, is no cue.
func TestHeadlineInvertedCue(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "“We Will Act,” Says Minister", content: "We Will Act", mention: "Minister"},
		{text: "'We Will Act,' Says Sunak\n\nThe prime minister spoke on Monday.", content: "We Will Act", mention: "Sunak"},
	})
	for _, q := range ex.Extract("Markets fell.\n\nHe read “Top Gun,” Says Magazine and other titles.") {
		if q.CueText == "Says" || q.CueText == "say" {
			t.Errorf("body cue read: %q", q.Text)
		}
	}
	d := newDocFor("“We Will Act,” Says Minister", true)
	defer d.release()
	c, _ := cueOf("says")
	if d.headlineInvertedCue(d.sents[0], 5, c) {
		t.Errorf("cue read in training")
	}
}
