package extract

import "testing"

// TestFindingComparison covers a poll's finding that runs on through its
// comparison; other cues and training keep their cut points.
func TestFindingComparison(t *testing.T) {
	checkContents(t, withoutAccept(), []contentCase{
		{text: "A new poll found that 28 percent of voters supported Lee, while 23 percent favored Kim and 15 percent backed Ortiz.", content: "that 28 percent of voters supported Lee, while 23 percent favored Kim and 15 percent backed Ortiz", mention: "A new poll"},
		{text: "The poll found 40 percent of women have an unfavorable view of Lee, compared with 48 percent who dislike Kim.", content: "40 percent of women have an unfavorable view of Lee, compared with 48 percent who dislike Kim", mention: "The poll"},
		{text: "A CNN poll found Lee the winner of the debate with 35 percent of the vote, followed by Kim at 25 percent.", content: "Lee the winner of the debate with 35 percent of the vote, followed by Kim at 25 percent", mention: "A CNN poll"},
	})
	cases := []struct {
		text string
		want bool
	}{
		{"The survey shows Lee at 31 percent, while Kim has 23 percent.", true},
		{"The survey shows Lee at 31 percent, compared to 23 percent for Kim.", true},
		{"The survey shows Lee at 31 percent, followed by Kim.", true},
		{"The survey shows Lee at 31 percent, compared Kim to Ortiz.", false},
		{"Lee said the plan was good, while Kim was away.", false},
		{"Lee hopes to win, while Kim waits.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		comma := firstComma(d)
		got := false
		for _, a := range d.findAttributions() {
			if a.cue.ok() && a.cue.s < comma && d.findingComparison(a, comma) {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%q: findingComparison = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		for _, a := range d.findAttributions() {
			if d.findingComparison(a, comma) {
				t.Errorf("%q: findingComparison in training", c.text)
			}
		}
		d.release()
	}
}
