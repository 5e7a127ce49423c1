package extract

import "testing"

// TestParticipleHost: a participle after a statement whose content holds a
// frame of its own continues the outer statement, at inference only.
func TestParticipleHost(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The army said the strikes would continue, citing security concerns.", content: "security concerns", mention: "The army"},
		{text: "The army said on Monday that the strikes would continue, adding that more troops were needed.", content: "that more troops were needed", mention: "The army"},
		// the frame before the participle is its own statement: it stays the host
		{text: "The strikes will continue, the army said, citing security concerns.", content: "security concerns", mention: "the army"},
		{text: "Smith said he was disappointed, adding that the club would appeal.", content: "that the club would appeal", mention: "Smith"},
	})
	d := newDoc("The army said the strikes would continue, citing security concerns.")
	defer d.release()
	army := &attribution{cue: rng{2, 3}, subj: rng{0, 2}, class: cueSpeech}
	strikes := &attribution{cue: rng{6, 7}, subj: rng{3, 5}, class: cueSpeech}
	prev := []*attribution{army, strikes}
	if h := d.participleHost(prev); h != army {
		t.Errorf("host %q, want said", d.word(h.cue.s))
	}
	d.training = true
	if h := d.participleHost(prev); h != strikes {
		t.Errorf("host %q in training, want the last frame", d.word(h.cue.s))
	}
}
