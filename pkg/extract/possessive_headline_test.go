package extract

import "testing"

// TestPossessiveHeadlineColon covers a headline colon after a country's or
// an acronym's possessive and a name, at inference only.
func TestPossessiveHeadlineColon(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Russia's Lavrov: West wants to destroy Russia", content: "West wants to destroy Russia", mention: "Russia's Lavrov"},
		{text: "UK's Hunt: Taxes will fall next year", content: "Taxes will fall next year", mention: "UK's Hunt"},
	})
	// a day's possessive, a short content, a body paragraph: not by rule
	for _, text := range []string{
		"Tuesday's Morning Email: Obama's last speech",
		"Russia's Lavrov: Talks",
		"Markets fell.\nRussia's Lavrov: West wants to destroy Russia",
	} {
		d := newDoc(text)
		for _, a := range d.findAttributions() {
			if d.possessiveHeadlineColon(a) {
				t.Errorf("%q: accepted by rule", text)
			}
		}
		d.release()
	}
	d := newDoc("Russia's Lavrov: West wants to destroy Russia")
	defer d.release()
	atts := d.findAttributions()
	if len(atts) != 1 || !d.possessiveHeadlineColon(atts[0]) {
		t.Fatalf("no colon frame accepted by rule: %d frames", len(atts))
	}
	d.training = true
	if d.possessiveHeadlineColon(atts[0]) {
		t.Errorf("accepted by rule in training")
	}
}
