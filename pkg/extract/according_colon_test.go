package extract

import "testing"

// TestStartAfterColonBeforeAccording covers the content of a trailing
// "according to" started after a colon; at inference only.
func TestStartAfterColonBeforeAccording(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The tax has not made the city less attractive to banks: it was the financial capital of the world in 2015, according to one index.", content: "it was the financial capital of the world in 2015", mention: "one index"},
		// too few words after the colon
		{text: "The city has one rank: first place, according to one index.", content: "The city has one rank: first place", mention: "one index"},
		// no colon
		{text: "The city was the financial capital of the world in 2015, according to one index.", content: "The city was the financial capital of the world in 2015", mention: "one index"},
	})
	d := newDoc("The tax has not made the city less attractive to banks: it was the financial capital of the world in 2015, according to one index.")
	d.training = true
	found := false
	for _, a := range d.findAttributions() {
		if a.cueText == "according to" {
			found = true
			if len(a.content) != 1 || d.word(a.content[0].s) != "the" {
				t.Errorf("training: the content must start at the sentence")
			}
		}
	}
	if !found {
		t.Errorf("training: no according-to frame")
	}
	d.release()
}
