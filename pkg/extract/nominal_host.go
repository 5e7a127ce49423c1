package extract

// "Mr. Obama revised his withdrawal plans in October, saying ...", "He
// echoed that promise on Monday, saying ...", "he sounded a rare note of
// self-deprecation, saying ...": the participle continues the last frame
// of its sentence, and here that frame is a cue word used as a noun in the
// main verb's object ("plans", "promise", "note"), whose subject is the
// words before it in the object ("his withdrawal", "that", "a rare"). The
// participle's speaker is the subject of the main verb. At inference, after
// the accept model, the mention and the refined-pass speaker are that
// subject (speaker_subject.go); the frames are as trained. Session 23.

// nominalHostOwner returns the sentence's subject for a participle whose
// host frame is a cue noun in the main verb's object, or noRange.
func (d *doc) nominalHostOwner(a *attribution) rng {
	if d.training || a.subj.ok() || a.partOf == nil || a.host != nil || !a.cue.ok() || !d.cueInfoAt(a.cue.s).participle {
		return noRange
	}
	p := a.partOf
	if p.inverted || !p.subj.ok() || !p.cue.ok() || p.subj.e != p.cue.s || p.sent != a.sent || !determiners.has(d.word(p.subj.s)) && d.word(p.subj.s) != "that" && !d.quantityObject(p.subj) {
		return noRange
	}
	v := p.subj.s - 1 // the main verb before the object
	w := d.word(v)
	if w == "" || d.tokAt(v).upper || d.inQuote(v) || !(finiteVerb(w) || presentVerb(w)) || adjunctPreps.has(w) || determiners.has(w) {
		return noRange
	}
	np := d.subjectAfterIntro(a.sent, v+1)
	if !np.ok() {
		np = d.sentenceSubject(a.sent)
	}
	if !np.ok() || np.e > v || np.s >= p.subj.s {
		return noRange
	}
	return np
}

// presentVerb reports a third-person present form: "echoes", "revises".
func presentVerb(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i'
}

// quantityObject reports a cue noun's subject that opens with a plural
// quantity noun and "of" ("decades of Republican support"), which no
// speaker opens. Session 23.
func (d *doc) quantityObject(r rng) bool {
	return r.e-r.s >= 3 && d.word(r.s+1) == "of" && quantityNouns.has(d.word(r.s))
}

var quantityNouns = set("decades", "years", "months", "weeks", "days", "hours", "centuries", "generations",
	"rounds", "layers", "pages", "dozens", "hundreds", "thousands", "millions", "billions")
