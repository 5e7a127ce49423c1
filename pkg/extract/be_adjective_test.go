package extract

import "testing"

// TestBeAdjective covers adjective stances after a finite "be" ("was
// critical of X", "are worried that ..."): rule-accepted at inference only.
func TestBeAdjective(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The race was close. Ortiz was critical of the mayor's budget.", content: "the mayor's budget", mention: "Ortiz"},
		{text: "The race was close. Many farmers are skeptical of the new trade deal.", content: "the new trade deal", mention: "Many farmers"},
		{text: "The race was close. Party leaders are worried that the vote will split.", content: "that the vote will split", mention: "Party leaders"},
		{text: "The race was close. They’re supportive of the new park.", content: "the new park", mention: "They’re"},
		{text: "The race was close. Local groups have long been concerned that the plant will close.", content: "that the plant will close", mention: "Local groups"},
		{text: "The race was close. His donors remain confident that he will win.", content: "that he will win", mention: "His donors"},
		{text: "The race was close. His blog has often been critical of the mayor.", content: "the mayor", mention: "His blog"},
		{text: "The race was close. But he was not hopeful about the vote.", content: "the vote", mention: "he"},
	})
	rule := func(text string, training bool) bool {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.ruleAccepted && a.cueText == "be stance" && len(a.content) > 0 {
				return true
			}
		}
		return false
	}
	pos := "The race was close. Ortiz was critical of the mayor's budget."
	if !rule(pos, false) || rule(pos, true) {
		t.Errorf("%q: want a rule-accepted stance at inference only", pos)
	}
	for _, text := range []string{
		"The race was close. Lee said he was confident that he would win.",
		"The race was close. Asked whether he was concerned about the vote, Lee smiled.",
		"The race was close. Data is critical to the campaign.",
		"The race was close. The residents are proud of their town.",
		"The race was close. Is the mayor critical of the plan?",
		"The race was close. “We are critical of the plan,” Lee said.",
		"The race was close. The unions are aware of the problem.",
	} {
		if rule(text, false) {
			t.Errorf("%q: no adjective stance wanted", text)
		}
	}
}
