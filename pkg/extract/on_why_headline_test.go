package extract

import "testing"

// TestOnWhyHeadline covers one-sentence paragraphs "<Name> on why <clause>".
func TestOnWhyHeadline(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Lee Talks.\n\nJohn Lee On How History Makes Voters Feel Unseen.\n\nThe rest follows.", content: "How History Makes Voters Feel Unseen", mention: "John Lee"},
		{text: "Lee Talks.\n\nCarson on why young voters should back Smith.\n\nThe rest follows.", content: "why young voters should back Smith", mention: "Carson"},
	})
	checkNoStatements(t, ex, []string{
		"Lee Talks.\n\nThe Vote On Whether To Act.\n\nThe rest follows.",
		"The plan failed. Lee on why it failed.",
		"Lee Talks.\n\nCarson on why young voters should back Smith?\n\nThe rest follows.",
	})
	d := newDoc("Lee Talks.\n\nCarson on why young voters should back Smith.\n\nThe rest follows.")
	d.training = true
	for _, a := range d.findAttributions() {
		if d.word(a.cue.s) == "on" {
			t.Errorf("training: no frame at the headline's \"on\"")
		}
	}
	d.release()
}
