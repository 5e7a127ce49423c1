package extract

import "testing"

// TestNounPostOwner covers the noun "post" after a preposition and a
// determiner ("wrote in a blog post that"): the speaker is the verb's
// subject, not "blog"; a verb "post" and a post after no preposition are
// left alone, and nothing changes in training.
func TestNounPostOwner(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{text: "Outage\n\nThe company's chief technology officer, Ann Lee, wrote in a blog post that the outage was caused by a faulty update.", mention: "Ann Lee", name: "Ann Lee"},
		{text: "Outage\n\nAnn Lee, the firm's founder, wrote in a blog post that the outage was caused by a faulty update.", mention: "Ann Lee", name: "Ann Lee"},
		{text: "Outage\n\nThe chief executive, Ann Lee, said in a blog post that the outage was over.", mention: "The chief executive, Ann Lee", name: "Ann Lee"},
	})
	for _, text := range []string{
		"Fans post that the show was great.",
		"Ann Lee wrote that a blog post was due.",
	} {
		d := newDoc(text)
		for i := range d.toks {
			if d.word(i) != "post" {
				continue
			}
			a := &attribution{sent: d.sentOf[i], cue: rng{i, i + 1}, subj: rng{0, i}}
			if d.nounPostOwner(a).ok() {
				t.Errorf("%q: nounPostOwner found an owner", text)
			}
		}
	}
	d := newDoc("Ann Lee wrote in a blog post that it was over.")
	for i := range d.toks {
		if d.word(i) == "post" {
			a := &attribution{sent: d.sentOf[i], cue: rng{i, i + 1}, subj: rng{i - 2, i}}
			if !d.nounPostOwner(a).ok() {
				t.Errorf("no owner at inference")
			}
			d.training = true
			if d.nounPostOwner(a).ok() {
				t.Errorf("an owner in training")
			}
		}
	}
}
