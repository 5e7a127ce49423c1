package extract

import "testing"

// TestGerundObjectContent covers an "-ing" word right after a cue that
// takes a noun-phrase object: it opens the content at inference; an
// infinitive plan and a participle after a comma do not, and training
// keeps the old frame.
func TestGerundObjectContent(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The senator proposed raising taxes on investment income.", content: "raising taxes on investment income", mention: "The senator"},
		{text: "In interviews, donors described sweeping cultural changes that were driving their giving.", content: "sweeping cultural changes that were driving their giving", mention: "donors"},
		{text: "One official even suggested raising questions about the senator's record.", content: "raising questions about the senator's record", mention: "One official"},
	})
	d := newDoc("The senator proposed raising taxes on investment income.")
	defer d.release()
	k := 0
	for d.word(k) != "proposed" {
		k++
	}
	a := &attribution{cue: rng{k, k + 1}}
	c := cueInfoOf("proposed")
	if !d.gerundObjectContent(a, c, k+1) {
		t.Errorf("gerund object not taken")
	}
	d.training = true
	if d.gerundObjectContent(a, c, k+1) {
		t.Errorf("gerund object taken in training")
	}
	p := newDoc("The mayor plans to disclose fundraising details next week.")
	defer p.release()
	k = 0
	for p.word(k) != "disclose" {
		k++
	}
	if p.gerundObjectContent(&attribution{cue: rng{k, k + 1}}, cueInfoOf("disclose"), k+1) {
		t.Errorf("infinitive plan taken as a gerund object")
	}
}

// TestNewRulesAtTextEdges runs the rules of this branch on texts that end
// or begin right at their shapes: no panic (Extract would return nothing).
func TestNewRulesAtTextEdges(t *testing.T) {
	for _, text := range []string{
		"Lee proposed raising",
		"and Bo Kim: “We will win.”",
		"Ann Lee and Bo Kim: “We will win.",
		"Ruiz, a “crook,” said",
		"He said it: “Yes,” he",
	} {
		d := newDoc(text)
		d.findAttributions()
		d.release()
	}
}
