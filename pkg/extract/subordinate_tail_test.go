package extract

import "testing"

// TestCircumstanceTail: after a clause, a comma and the frame, a clause
// of circumstance after the cue is no content; the clause before is.
func TestCircumstanceTail(t *testing.T) {
	const h = "Headline\n\n"
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: h + "Strikes will go on, the union said as talks with the company collapsed.", content: "Strikes will go on", mention: "the union"},
		{text: h + "Rates will stay high for longer, the central bank said amid signs of slowing growth.", content: "Rates will stay high for longer", mention: "the central bank"},
		{text: h + "Strikes will go on, said the union leader as talks collapsed.", content: "Strikes will go on", mention: "the union leader"},
		// not after a name and its apposition, nor for "as much"
		{text: h + "He said as much on Monday, the union leader said.", content: "He said as much on Monday", mention: "the union leader"},
	})
	for _, text := range []string{
		h + "Dan Gross, president of the Brady Campaign, tweeted as the president spoke.",
	} {
		for _, q := range ex.Extract(text) {
			if q.Text == "Dan Gross, president of the Brady Campaign" {
				t.Errorf("%q: the subject taken for the content", text)
			}
		}
	}
}
