package extract

import "testing"

// TestAccordingAsideSource covers a long "according to" source set off by
// commas between a cue and its that-clause, at inference only.
func TestAccordingAsideSource(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	text := "Lavrov said, according to a transcript released by the ministry, that the West was to blame."
	q := find(t, ex.Extract(text), "West was to blame")
	if m := mention(text, q); m != "a transcript released by the ministry" {
		t.Errorf("mention %q, want the whole source", m)
	}
	// no "that" after the source: the plain noun phrase stays
	for _, text := range []string{
		"Lavrov said, according to a transcript released by the ministry, the West was to blame.",
		"The talks failed, according to a transcript released by the ministry, and Lavrov left.",
	} {
		for _, q := range ex.Extract(text) {
			if mention(text, q) == "a transcript released by the ministry" {
				t.Errorf("%q: the source ran to the comma", text)
			}
		}
	}
	d := newDoc(text)
	defer d.release()
	d.training = true
	if d.asideSourceEnd(3, noRange, d.sents[0]) != 0 {
		t.Errorf("the long source is read in training")
	}
}
