package extract

import "testing"

// TestHeadlineCommaSubject covers a headline's second verb phrase after a
// comma: it shares the first's subject, and the first content ends at the
// comma; a relative clause between commas and a body sentence stay.
func TestHeadlineCommaSubject(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Lee defends budget, says cuts are needed", content: "budget", mention: "Lee"},
		{text: "Lee defends budget, says cuts are needed", content: "cuts are needed", mention: "Lee"},
		{text: "Lee urges calm, says police will act", content: "calm", mention: "Lee"},
		{text: "Lee urges calm, says police will act", content: "police will act", mention: "Lee"},
		{text: "Sunak slams Labour, says Tories will win", content: "Tories will win", mention: "Sunak"},
		// a verbless clause after "says": the noun is no speaker
		{text: "Trump vows tariffs on China, says deal 'dead'", content: "deal 'dead'", mention: "Trump"},
		{text: "Lee defends plan, says economy “fragile”", content: "economy “fragile”", mention: "Lee"},
		{text: "Lee says the plan, which critics say is costly, will work.", content: "the plan, which critics say is costly, will work", mention: "Lee"},
	})
	d := newDocFor("Lee defends budget, says cuts are needed", true)
	defer d.release()
	for _, a := range d.findAttributions() {
		if a.cueText == "said" && a.subj.e == 1 {
			t.Errorf("subject shared in training")
		}
	}
}
