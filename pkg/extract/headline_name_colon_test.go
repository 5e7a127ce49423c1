package extract

import "testing"

// TestHeadlineNameColon covers a short wire headline that names its speaker
// before a colon: kept whatever the accept model says; kickers, labels,
// column names and a content without a verb are not.
func TestHeadlineNameColon(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Macron: Europe could die", content: "Europe could die", mention: "Macron"},
	})
	if q := find(t, ex.Extract("Macron: Europe 'could die'"), "could die"); q.Speaker.Name != "Macron" {
		t.Errorf("speaker %q, want Macron", q.Speaker.Name)
	}
	for _, text := range []string{
		"The Latest: Cruz will give away a shotgun",
		"BOOM: Lee just won the debate",
		"Analysis: Europe could die",
		"Ted Cruz: Constitutional conservative or career politician?",
		"Markets fell.\n\nMacron: Europe could die",
	} {
		d := newDoc(text)
		for _, a := range d.findAttributions() {
			if d.headlineNameColon(a) {
				t.Errorf("%q: kept by rule", text)
			}
		}
		d.release()
	}
	d := newDocFor("Macron: Europe could die", true)
	defer d.release()
	for _, a := range d.findAttributions() {
		if d.headlineNameColon(a) {
			t.Errorf("kept by rule in training")
		}
	}
}
