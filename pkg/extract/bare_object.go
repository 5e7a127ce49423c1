package extract

// Noun-phrase objects of speech verbs that take no clause: "released a
// statement", "released its findings", "stated his intention to run". The
// annotation marks such an object as the statement about half of the
// time (a report or an ad released by its author, not tax returns or
// emails released by an agency); the accept model tells them apart (object
// features of their own, ids 320-324, did not help it).

// bareObjectSpeech are the speech verbs whose determiner-led object is a
// candidate content.
var bareObjectSpeech = set("release", "state", "restate", "proclaim", "reassert", "clarify", "reconfirm", "preach")

// bareSpeechObject reports a noun-phrase object right after a finite form
// of a bareObjectSpeech verb as a valid forward content; "to release the
// transcripts" is a demand, not a statement.
func (d *doc) bareSpeechObject(a *attribution, c cueInfo, fs, limit int) bool {
	if fs == a.cue.e && !a.inverted && d.gerundObjectPrep(d.sents[a.sent], a.cue.s, c) >= 0 {
		return true // "by denouncing the New Deal" (gerund_objects.go)
	}
	if !bareObjectSpeech.has(c.lemma) || fs != a.cue.e || a.inverted || d.inQuote(fs) || d.word(a.cue.s-1) == "to" {
		return false
	}
	if w := d.word(fs); !determiners.has(w) && !possessivePronouns.has(w) {
		return false
	}
	np := d.npFwd(fs, limit)
	if !np.ok() || np.s != fs || c.lemma == "release" && releasedRecords.has(d.word(np.e-1)) {
		return false
	}
	// "released a statement Monday saying ...": the participle's frame
	// holds the statement
	for k := np.e; k < limit && k < np.e+4; k++ {
		if _, ok := cueOf(d.word(k)); ok {
			return false
		}
	}
	return true
}

// releasedRecords are released without being statements of their
// releaser: "released her tax returns", "released the emails".
var releasedRecords = set("records", "returns", "emails", "e-mails", "documents", "transcripts", "tapes",
	"names", "files", "pages", "prisoners", "hostages", "detainees", "funds", "money", "footage", "photos", "video")

var possessivePronouns = set("his", "her", "its", "their", "our", "my", "your")

// releasedObject reports a form of "release" at i whose object is no
// statement noun ("released its findings"): the verb is then a cue of its
// own, not the noun cue "released a statement".
func (d *doc) releasedObject(i int) bool {
	if c := cueInfoOf(d.word(i)); c.lemma != "release" || !determiners.has(d.word(i+1)) {
		return false
	}
	if p := d.word(i - 1); determiners.has(p) || possessivePronouns.has(p) || p == "news" || p == "press" {
		return false // "the news release his adviser issued": a noun
	}
	n := i + 2
	if !statementNouns.has(d.word(n)) && d.word(n) != "" && !d.toks[n].upper {
		n++
	}
	return !statementNouns.has(d.word(n))
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
	if f := d.word(fs); !determiners.has(f) && !possessivePronouns.has(f) {
		return false
	}
	np := d.npFwd(fs, limit)
	return np.ok() && np.s == fs
}

// newObjectShape reports a frame of the object shapes of this lane
// ("released its findings", "continued to refute a story", "claimed to be
// undecided", "told a joke", "by denouncing the New Deal", "mentions her
// granddaughter"), whose content is an object or an infinitive phrase.
func (d *doc) newObjectShape(a *attribution, fwd rng) bool {
	if !a.cue.ok() || a.inverted || fwd.s < a.cue.e {
		return false
	}
	c := cueInfoOf(d.word(a.cue.s))
	return a.cueText == "continued to" || a.cueText == "respond to" || c.lemma == "release" || d.claimInfinitive(a.cue.s) || d.toldStoryStart(a) > 0 ||
		d.gerundObjectPrep(d.sents[a.sent], a.cue.s, c) >= 0 || d.objectVerbAfterSubject(a, fwd.s, fwd.e)
}

// objectShapeEnd ends such an object content at the first comma, colon,
// semicolon or dash outside quotation marks: what follows is the writer's
// ("released a digital ad in Iowa -- a tactic used by Sanders",
// "without mentioning Sanders, but that has begun to change").
func (d *doc) objectShapeEnd(a *attribution, fwd rng) int {
	if !d.newObjectShape(a, fwd) {
		return fwd.e
	}
	for k := fwd.s + 1; k < fwd.e; k++ {
		if d.inQuote(k) {
			continue
		}
		if p := d.punct(k); p == "," || p == ":" || p == ";" || p == "--" || d.isDash(k) {
			return k
		}
	}
	return fwd.e
}
