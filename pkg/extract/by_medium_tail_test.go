package extract

import "testing"

// TestByMediumTail covers "by" and a medium ending the sentence after a
// backward frame ("..., a local official said by phone."): the content
// before the frame is the statement; "by" and another noun (a passive's
// agent) and training are left alone.
func TestByMediumTail(t *testing.T) {
	ex := New(nil)
	for _, text := range []string{
		"Quake kills dozens\n\nRescue workers were digging through rubble, a local official said by phone.",
		"Quake kills dozens\n\nRescue workers were digging through rubble, a local official told AFP by telephone.",
		"Quake kills dozens\n\nRescue workers were digging through rubble, a local official said by text message.",
	} {
		found := false
		for _, q := range ex.Extract(text) {
			found = found || q.Text == "Rescue workers were digging through rubble"
		}
		if !found {
			t.Errorf("%q: no statement", text)
		}
	}
	d := newDoc("It was over, she said by phone. It was over, she said by the river.")
	n := 0
	for i := range d.toks {
		if d.word(i) == "said" {
			a := &attribution{cue: rng{i, i + 1}, class: cueSpeech}
			want := n == 0
			if got := d.byMediumTail(a, i+1, d.sents[d.sentOf[i]].e-1); got != want {
				t.Errorf("sentence %d: byMediumTail = %v, want %v", n, got, want)
			}
			d.training = true
			if d.byMediumTail(a, i+1, d.sents[d.sentOf[i]].e-1) {
				t.Errorf("byMediumTail in training")
			}
			d.training = false
			n++
		}
	}
}
