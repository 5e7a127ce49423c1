package extract

import "testing"

// TestToldNotInverted: "told" after a comma is never an inverted frame
// ("“A,” told X" is not English): its subject comes before it. The accept
// model is off: these tests check the rules.
func TestToldNotInverted(t *testing.T) {
	cases := []mentionCase{
		{"aside before told", `Ana Ruiz, in the wake of a new poll showing her ahead, told reporters on Sunday that she would win.`, "that she would win", "Ana Ruiz, in the wake of a new poll showing her ahead"},
		{"relative clause before told", `Tom Ray, who was listed on the county slate, told the Ledger, “Of the three, I like Ruiz best.”`, "Of the three, I like Ruiz best.", "Tom Ray"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}

// TestFrameInSubject: a frame inside the subject of a later frame ends its
// content at the later cue; a parenthetical frame keeps its content.
func TestFrameInSubject(t *testing.T) {
	ex := withoutAccept()
	text := `Ana Ruiz, in the wake of a new poll showing her ahead, told reporters on Sunday that she would win.`
	for _, q := range ex.Extract(text) {
		if q.CueText == "showing" && len(q.Text) > len("her ahead") {
			t.Errorf("%q: content %q runs past the later cue", text, q.Text)
		}
	}
	checkMentions(t, ex, []mentionCase{
		{"parenthetical frame", `The aide who met her, Ortiz recalled, asked her what she did for a living.`, "asked her what she did for a living", "Ortiz"},
	})
}
