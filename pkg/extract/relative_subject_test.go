package extract

import (
	"strings"
	"testing"
)

// TestRelativeClauseSubject covers a subject whose relative clause tells
// how the source spoke, at inference only.
func TestRelativeClauseSubject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "An official who spoke on condition of anonymity said the plan had been shelved.", content: "the plan had been shelved", mention: "An official"}, // the frame spans the clause; the mention ends before it (anonymity_clause.go)
		{text: "Voters who talked to reporters said the plan had been shelved.", content: "the plan had been shelved", mention: "Voters who talked to reporters"},
		{text: "A diplomat who was not authorised to speak publicly said the plan had been shelved.", content: "the plan had been shelved", mention: "A diplomat"},
	})
	// another relative clause, or one inside a content, is left as it was
	for _, c := range []struct{ text, sub string }{
		{"Voters who met the senator in Iowa said the plan had been shelved.", "Voters who met"},
		{"She said residents in Jupiter, Florida who spoke to reporters said the plan had been shelved.", "residents in Jupiter"},
	} {
		d := newDoc(c.text)
		for _, a := range d.findAttributions() {
			if a.subj.ok() && strings.HasPrefix(d.text[d.toks[a.subj.s].s:d.toks[a.subj.e-1].e], c.sub) {
				t.Errorf("%q: subject %q", c.text, c.sub)
			}
		}
		d.release()
	}
	d := newDoc("An official who spoke on condition of anonymity said the plan had been shelved.")
	defer d.release()
	d.training = true
	for _, a := range d.findAttributions() {
		if a.subj.ok() && a.subj.s == 0 {
			t.Errorf("the relative subject is read in training")
		}
	}
}
