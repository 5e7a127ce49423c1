package extract

import (
	"strings"
	"testing"
)

// TestCaptionFrame: a quotation given as a post's caption is the words of
// the sentence's subject; a photo that runs with a caption says nothing,
// and a caption word far from the quotation frames nothing.
func TestCaptionFrame(t *testing.T) {
	checkSoleSpeakers(t, New(nil), []soleSpeaker{
		{"Feud.\n\nThe actress captioned a carousel of photos, \"What a year.\"", "The actress", "actress", ""},
		{"Feud.\n\nShe captioned the clip \"Best. Night. Ever.\"", "She", "unknown", ""},
		{"Feud.\n\nThe Oscar-winning actress, 35, posted a selfie with the caption: \"Back to work.\"", "The Oscar-winning actress", "Oscar-winning actress", ""},
		{"Feud.\n\nLizzo posted a selfie with the caption \"Back to work.\"", "Lizzo", "Lizzo", ""},
		{"Feud.\n\nThe singer posted a photo alongside the caption, \"Back to work.\"", "The singer", "singer", ""},
	})
	ex := New(nil)
	for _, text := range []string{
		"Feud.\n\nThe photo ran with the caption \"Back to work.\"",
		"Feud.\n\nThe caption was changed after readers complained about the photo of the beach, \"Back to work.\"",
	} {
		for _, q := range ex.Extract(text) {
			if strings.Contains(q.Text, "Back to work") {
				t.Errorf("%q: statement %q, want none of the quotation", text, q.Text)
			}
		}
	}
}
