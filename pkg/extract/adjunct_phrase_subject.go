package extract

// "Progressives in particular wish ...", "Britain and France in
// particular feared ...", "Lee in his announcement speech called ...":
// a phrase between the subject and its verb took the speaker's place, as
// the time phrases of time_adjunct_subject.go did ("particular", "his
// announcement speech"). At inference, after the accept model, the
// mention and the refined-pass speaker are the noun phrase before the
// preposition (a participle's is left: "Bush went after Trump at the
// debate refusing ..." is Bush's, not Trump's); the frames keep the subjects the accept model was trained
// with (speaker_subject.go). Session 23, train design docs: mentions 5
// right, none wrong (5 docs); with writerMention's host mention for a
// coordinated verb, 3 more right.

// adjunctPhraseHeads end a phrase that stands between a subject and its
// verb: a manner ("in particular", "in turn") or the occasion of the
// words ("in his speech").
var adjunctPhraseHeads = set("particular", "general", "turn", "part", "private", "public", "speech", "speeches",
	"remarks", "interview", "interviews", "statement", "address", "debate", "op-ed", "letter", "tweet", "post",
	"column", "memoir", "book", "essay", "testimony", "appearance", "rally", "conference", "call", "hearing")

// adjunctPhraseOwner returns the subject before the phrase that frame a's
// subject finder took for its subject, or noRange. Inference only.
func (d *doc) adjunctPhraseOwner(a *attribution) rng {
	if d.training || !a.subj.ok() || a.inverted || a.partOf != nil || !a.cue.ok() || a.subj.e > a.cue.s || a.subj.e-a.subj.s > 4 || d.cueInfoAt(a.cue.s).participle {
		return noRange
	}
	for k := a.subj.e; k < a.cue.s; k++ {
		if !d.adverbAt(k) && !clauseAux.has(d.word(k)) {
			return noRange // only adverbs and auxiliaries before the cue
		}
	}
	p := a.subj.s - 1
	if w := d.word(p); w != "in" && w != "at" && w != "for" && w != "during" || d.inQuote(p) || !adjunctPhraseHeads.has(d.word(a.subj.e-1)) {
		return noRange
	}
	for k := a.subj.s; k < a.subj.e; k++ {
		if d.tokAt(k).upper || d.inQuote(k) {
			return noRange // "in New York", "at the White House"
		}
	}
	s := d.sents[a.sent]
	subj := d.subjectBeforeVerb(p, a.sent) // over "have" of "critics have in particular noted"
	if !subj.ok() {
		return noRange
	}
	if d.word(subj.s-1) == "and" && d.tokAt(subj.s).upper {
		// "Britain and France in particular feared"
		if first := d.npBack(subj.s-2, s.s); first.ok() && d.tokAt(first.s).upper && (first.s == s.s || d.punct(first.s-1) == ",") {
			subj.s = first.s
		}
	}
	return subj
}
