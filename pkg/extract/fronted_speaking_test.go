package extract

import "testing"

// TestFrontedSpeaking covers the frames kept after a sentence-opening
// phrase on the occasion of speech, and the ones left to the model.
func TestFrontedSpeaking(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Speaking to the BBC's Today programme, the health secretary said hospitals were coping.", content: "hospitals were coping", mention: "the health secretary"},
		{text: "In an interview with Sky News, the minister said the plan was working.", content: "the plan was working", mention: "the minister"},
		{text: "Speaking at a news conference in Geneva, the official told reporters the outbreak was slowing.", content: "the outbreak was slowing", mention: "the official"},
	})
	cases := []struct {
		text string
		kept bool
	}{
		{"Speaking to the BBC, the health secretary said hospitals were coping.", true},
		{"Asked about the report, the spokesman said it was wrong.", true},
		{"Talking to reporters, the coach said the team was tired.", true},
		// no opening phrase of speech, another cue, or the speaker elsewhere
		{"Speaking of the weather, the forecaster said rain was likely.", false},
		{"After the meeting, the health secretary said hospitals were coping.", false},
		{"Speaking to the BBC, the health secretary denied hospitals were struggling.", false},
		{"Speaking to the BBC, hospitals were coping, the health secretary said.", false},
		{"In an interview, the aide, a former diplomat, said the deal was close.", true},
		{"In his view, the health secretary said, hospitals were coping.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		got := false
		for _, a := range d.findAttributions() {
			q := Quote{IsSpeech: a.class != cueBelief}
			if d.frontedSpeakingKept(a, &q) {
				got = true
			}
		}
		d.release()
		if got != c.kept {
			t.Errorf("%q: kept %v, want %v", c.text, got, c.kept)
		}
	}
}
