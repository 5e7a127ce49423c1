package extract

import "testing"

// TestAffiliationRun: a body named as a person's employer is no
// antecedent of "the company"; a body that spoke is.
func TestAffiliationRun(t *testing.T) {
	const h = "Phone launch\n\n"
	ex := withoutAccept()
	checkNamedSpeakers(t, ex, []namedSpeaker{
		{h + "\"It is an incremental update,\" said Jane Roe, an analyst at Apex Securities. The company did not say how many phones it expects to sell.", "how many phones it expects to sell", "company", "", ""},
		{h + "Apex Securities said profits rose. The company did not say how many people it would hire.", "how many people it would hire", "Apex Securities", SpeakerOrganization, ""},
	})
	d := newDoc("Jane Roe, an analyst at Apex Securities, said it. Apex Securities said it.")
	defer d.release()
	var runs []bool
	for i := range d.toks {
		if d.word(i) == "apex" {
			runs = append(runs, d.affiliationRun(rng{i, i + 2}))
		}
	}
	if len(runs) != 2 || !runs[0] || runs[1] {
		t.Errorf("affiliationRun = %v, want [true false]", runs)
	}
}
