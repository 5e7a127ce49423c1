package extract

import "testing"

// TestPollSupport covers a poll's share of a group supporting a candidate
// or a policy ("two-thirds of voters support X"): rule-accepted at
// inference only.
func TestPollSupport(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The poll was new. About two-thirds of farm voters support a ban on imports.", content: "a ban on imports", mention: "About two-thirds of farm voters"},
		{text: "The poll was new. Older women backed Ortiz, while about 6 in 10 young men supported Lee.", content: "Lee", mention: "about 6 in 10 young men"},
		{text: "The poll was new. A 60% majority of teachers favor raising the school budget.", content: "raising the school budget", mention: "A 60% majority of teachers"},
		{text: "The poll was new. More than half of the parents support at least lowering the fee.", content: "at least lowering the fee", mention: "More than half of the parents"},
		{text: "The poll was new. Lee gained; a 45% plurality of teachers oppose the idea.", content: "the idea", mention: "a 45% plurality of teachers"},
		{text: "The poll was new. Most in Miami want to change the law.", content: "to change the law", mention: "Most in Miami"},
		{text: "The poll was new. Young women back him by almost 9 points.", content: "him by almost 9 points", mention: "Young women"},
		{text: "The poll was new. Nurses favored Ortiz 46 percent to 32 percent.", content: "Ortiz", mention: "Nurses"},
	})
	rule := func(text string, training bool) bool {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.ruleAccepted && a.cueText == "poll support" {
				return true
			}
		}
		return false
	}
	pos := "The poll was new. About two-thirds of farm voters support a ban on imports."
	if !rule(pos, false) || rule(pos, true) {
		t.Errorf("%q: want a rule-accepted poll support at inference only", pos)
	}
	for _, text := range []string{
		"The poll was new. A survey found that 28 percent of voters supported Lee.",
		"The poll was new. Among liberals, most support Ortiz.",
		"The poll was new. The delegates, the vast majority of whom support Lee, met.",
		"The poll was new. Most voters would back Lee.",
		"The poll was new. Did a majority of voters support the plan?",
		"The poll was new. Lee won 40 percent support among young voters.",
		"The poll was new. A survey found nurses favored Ortiz, 46 percent to 32 percent.",
		"The poll was new. Nurses, who favor Ortiz by 9 points, met.",
	} {
		if rule(text, false) {
			t.Errorf("%q: no poll support wanted", text)
		}
	}
}
