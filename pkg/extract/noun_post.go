package extract

// nounPostOwner returns, at inference, the speaker's noun phrase of a
// frame whose cue is the noun "post" of "wrote in a blog post that ...",
// "said in a Facebook post that ...": after a preposition and a
// determiner ("in a blog post", "on her LinkedIn post") the word is a
// noun, and the frame's subject ("a blog") is the medium. The frame takes
// the content of the verb's frame ("wrote", "said"), which then goes as a
// second statement of the same content, so "The company's chief
// technology officer, Ann Lee, wrote in a blog post that ..." was spoken
// by "blog". The speaker is the subject of the verb before the
// preposition (writerSubject, speaker_subject.go: mention and refined
// speaker; the statement and its confidence stay). Session 24,
// hand-written tech and culture probes; inference only. Train
// predictions: see the commit.
func (d *doc) nounPostOwner(a *attribution) rng {
	if d.training || !a.cue.ok() || a.cue.e-a.cue.s != 1 || a.inverted {
		return noRange
	}
	if w := d.word(a.cue.s); w != "post" && w != "posts" {
		return noRange
	}
	det := a.cue.s - 1
	if a.subj.ok() && a.subj.e == a.cue.s && a.subj.e-a.subj.s <= 3 {
		det = a.subj.s // "a blog", "her Facebook"
	}
	if !postDeterminers.has(d.word(det)) || !postPrepositions.has(d.word(det-1)) || d.inQuote(det-1) {
		return noRange
	}
	v := det - 2 // the verb before the preposition: "wrote in a blog post"
	if c, ok := cueOf(d.word(v)); !ok || c.class != cueSpeech || d.tokAt(v).upper || d.inQuote(v) {
		return noRange
	}
	if subj := d.subjectBeforeVerb(v, a.sent); subj.ok() {
		return subj
	}
	if k := v - 1; d.punct(k) == "," && !d.inQuote(k) && k > d.sents[a.sent].s {
		// "The chief technology officer, Ann Lee, wrote", "Ann Lee, the
		// founder, wrote": an apposition, whose name is the speaker
		// (writerSubject's resolution splits no apposition)
		if subj, name, _ := d.subjectBefore(k, d.sents[a.sent].s); subj.ok() && subj.e == k && name.ok() && d.isProperName(name) {
			return name
		}
	}
	return noRange
}

// postDeterminers open the noun phrase of a post; postPrepositions lead
// to it.
var (
	postDeterminers  = set("a", "an", "the", "his", "her", "their", "its", "our", "my", "this", "that")
	postPrepositions = set("in", "on", "via", "through", "with")
)
