package extract

// Noun-phrase objects of speech verbs that take no clause: "stated his
// intention to run", "clarified his position". The annotation marks such
// an object as the statement about half of the time; the accept model
// tells them apart. ("release" as a cue of its own, "released its
// findings", cost more false statements than it found, in
// cross-validation.)

// bareObjectSpeech are the speech verbs whose determiner-led object is a
// candidate content.
var bareObjectSpeech = set("state", "restate", "proclaim", "reassert", "clarify", "reconfirm", "preach")

// bareSpeechObject reports a noun-phrase object right after a finite form
// of a bareObjectSpeech verb as a valid forward content; "to clarify the
// rules" is a plan, not a statement.
func (d *doc) bareSpeechObject(a *attribution, c cueInfo, fs, limit int) bool {
	if !bareObjectSpeech.has(c.lemma) || fs != a.cue.e || a.inverted || d.inQuote(fs) || d.word(a.cue.s-1) == "to" {
		return false
	}
	if w := d.word(fs); !determiners.has(w) {
		return false
	}
	np := d.npFwd(fs, limit)
	if !np.ok() || np.s != fs {
		return false
	}
	// "stated his view Monday, saying ...": the participle's frame holds
	// the statement
	for k := np.e; k < limit && k < np.e+4; k++ {
		if _, ok := cueOf(d.word(k)); ok {
			return false
		}
	}
	return true
}

// objectVerbAfterSubject reports a noun-like third-person form of an
// object-taking speech verb used as the verb of its subject, with a
// noun-phrase object: "The candidate often mentions her granddaughter",
// "the platform specifically mentions its defense of ...".
func (d *doc) objectVerbAfterSubject(a *attribution, fs, limit int) bool {
	w := d.word(a.cue.s)
	c := cueInfoOf(w)
	if len(w) < 4 || w[len(w)-1] != 's' || !objectVerbs.has(c.lemma) {
		return false
	}
	if a.inverted || !a.subj.ok() || fs != a.cue.e || d.toks[a.cue.s].upper || d.inQuote(fs) {
		return false
	}
	for k := a.subj.e; k < a.cue.s; k++ {
		if t := d.toks[k]; t.kind != tWord || !(t.lower == "also" || t.lower == "often" || t.lower == "still" || isAdverb(t)) {
			return false
		}
	}
	if f := d.word(fs); !determiners.has(f) {
		return false
	}
	np := d.npFwd(fs, limit)
	return np.ok() && np.s == fs
}

// newObjectShape reports a frame of the object shapes ("continued to
// refute a story", "claimed to be undecided", "told a joke", "did not
// respond to a request", "mentions her granddaughter"), whose content is an
// object or an infinitive phrase.
func (d *doc) newObjectShape(a *attribution, fwd rng) bool {
	if !a.cue.ok() || a.inverted || fwd.s < a.cue.e {
		return false
	}
	return a.cueText == "continued to" || a.cueText == "respond to" || d.infinitiveContent(a.cue.s) || d.toldStoryStart(a) > 0 ||
		d.objectVerbAfterSubject(a, fwd.s, fwd.e)
}

// objectShapeEnd ends such an object content at the first comma, colon,
// semicolon or dash outside quotation marks: what follows is the writer's
// ("told a joke -- one he tells at every rally", "continued to refute the
// story, which ran on Monday").
func (d *doc) objectShapeEnd(a *attribution, fwd rng) int {
	if !d.newObjectShape(a, fwd) {
		return fwd.e
	}
	for k := fwd.s + 1; k < fwd.e; k++ {
		if d.inQuote(k) {
			continue
		}
		if p := d.punct(k); p == "," || p == ":" || p == ";" || p == "--" || d.isDash(k) {
			end, resume := d.clauseBreakAt(fwd.s, k, fwd.e) // list_continues.go
			if end >= 0 {
				return end
			}
			k = resume
			continue
		}
	}
	return fwd.e
}
