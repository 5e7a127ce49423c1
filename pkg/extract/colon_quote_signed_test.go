package extract

import "testing"

// TestColonQuoteSigned covers a clause followed by a colon and a
// quotation that its own inverted frame signs, or that a name and a cue
// right before the colon introduce: the clause stays the first frame's
// content and the quotation goes to the other frame; an unsigned
// quotation after the colon is still the first frame's content, and
// training keeps the old frame.
func TestColonQuoteSigned(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "He said he was too busy to look for the papers: “I have a lot going on,” he wrote.", content: "he was too busy to look for the papers", mention: "He"},
		{text: "Lee asserted that the city had lost its way: “It is no longer itself,” she claimed.", content: "that the city had lost its way", mention: "Lee"},
		{text: "Lee declared the need for courage: “Change the world.”", content: "Change the world.", mention: "Lee"},
		{text: "She said that experts had found her plans were sound, to which Lee interjected: “It is just not true.”", content: "that experts had found her plans were sound", mention: "She"},
	})
	text := "He said he was too busy to look for the papers: “I have a lot going on,” he wrote."
	if q := find(t, ex.Extract(text), "I have a lot"); q.Cue == nil || text[q.Cue.Start:q.Cue.End] != "wrote" {
		t.Errorf("signed quotation's cue %v, want “wrote”", q.Cue)
	}
	d := newDoc("He said he was too busy: “I have a lot going on,” he wrote.")
	defer d.release()
	k := 0
	for d.punct(k) != ":" {
		k++
	}
	if !d.colonQuoteSigned(k) {
		t.Errorf("signed quotation not found")
	}
	d.training = true
	if d.colonQuoteSigned(k) {
		t.Errorf("signed quotation used in training")
	}
}
