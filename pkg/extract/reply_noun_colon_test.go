package extract

import "testing"

// TestReplyNounColon: "with a single word:", "in three words:", "with a
// question:" before a quotation give it to the clause's subject; a noun
// of no reply ("with one sentence:", "with a photo:"), a noun without
// "with" or "in", and training give no such frame.
func TestReplyNounColon(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{"Social\n\nThe actor responded to the rumor with a single word: \"Nope.\"", "Nope.", "The actor"},
		{"Debate\n\nLee summed it up in two words: \"Never again.\"", "Never again.", "Lee"},
		{"Hearing\n\nThe chairman replied with a question: \"Who signed it?\"", "Who signed it?", "The chairman"},
		{"Briefing\n\nAsked about the memo, the minister had a one-word response: \"Lies.\"", "Lies.", "the minister"},
	})
	framed := func(text string, training bool) bool {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, q := range d.quotes {
			if d.replyNounColonFrame(q) != nil {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"Social\n\nThe group emailed a link with one sentence: \"This is wrong.\"",
		"Social\n\nThe actor replied with a photo: \"Me, today.\"",
		"Social\n\nThe actor had the last word: \"Nope.\"",
		"Social\n\nThe actor had response: \"Nope.\"",
	} {
		if framed(text, false) {
			t.Errorf("%q: reply frame", text)
		}
	}
	if framed("Social\n\nThe actor responded with a single word: \"Nope.\"", true) {
		t.Errorf("frame built while training")
	}
	if !framed("Social\n\nThe actor responded with a single word: \"Nope.\"", false) {
		t.Errorf("no frame at inference")
	}
}
