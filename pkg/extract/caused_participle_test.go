package extract

import "testing"

// TestCausedParticiple: after ", prompting/leading/forcing X to CUE" the
// object X speaks, not the sentence's subject, at inference; a long object
// (a title before a name) is read whole; training keeps the sentence's
// subject.
func TestCausedParticiple(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{"Markets\n\nThe yen slid again, prompting Japan's top currency diplomat Masato Kanda to warn that officials were ready to act.", "that officials were ready to act", "Japan's top currency diplomat Masato Kanda"},
		{"Budget\n\nThe bill stalled in committee, leading the chairman to say that he would try again.", "that he would try again", "the chairman"},
		{"Recall\n\nThe report came out Monday, forcing the firm to concede that tests had been skipped.", "that tests had been skipped", "the firm"},
		{"Vote\n\nTurnout fell, prompting her to say the party had lost its base.", "the party had lost its base", "her"},
	})
	subject := func(text string, training bool) string {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.cue.ok() && d.word(a.cue.s) == "say" && a.subj.ok() {
				return d.rangeText(a.subj)
			}
		}
		return ""
	}
	text := "Budget\n\nThe bill stalled, leading the chairman to say that he would try again."
	if got := subject(text, false); got != "the chairman" {
		t.Errorf("inference: subject %q, want %q", got, "the chairman")
	}
	if got := subject(text, true); got == "the chairman" {
		t.Errorf("training: subject %q, want the sentence's", got)
	}
}
