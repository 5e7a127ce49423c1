package extract

// Findings of a poll or a study given as a noun phrase that the trained
// shapes (findingContent) miss: "a poll showed a virtual dead heat between
// Lee and Smith", "the survey shows only a small gender gap", "one poll
// shows Lee 16 points ahead of Smith", "the poll shows both Lee and Smith
// beating Jones". After an evidence subject almost any object is what the
// evidence shows. The wider shapes apply at inference only, so the models
// train on the same candidates as before (a few more training candidates
// shift the accept model's weights for every other statement); the frames
// are accepted by rule (evidenceFindingAccepted) like the other findings.

// findingContentAtInference reports an object of at least three words
// after "show"/"find" whose subject is a poll or a study, at inference
// only: a noun phrase or a clause the trained shapes missed. On train its
// own statements are 19 matches and 1 false positive.
func (d *doc) findingContentAtInference(a *attribution, fs, limit int) bool {
	if d.training || d.countWords(fs, limit) < 3 || d.inQuote(fs) || d.toks[fs].kind != tWord {
		return false
	}
	if d.word(fs-1) == "showing" || d.word(fs-1) == "finding" {
		return false // "with polls showing her behind, she campaigned ...": the clause runs on
	}
	if a.subj.ok() && quantityEvidence.has(d.word(a.subj.e-1)) {
		return false // "the statistics show part of the income picture"
	}
	w := d.word(fs)
	if badContentStart.has(w) && !findingQuantifiers.has(w) || w == "it" || w == "how" || findingNotContent.has(w) || d.word(fs+1) == "way" {
		return false
	}
	return true
}

// findingQuantifiers open a finding though they open no speech content:
// "records show little evidence that ...", "the inquiry found nothing new".
var findingQuantifiers = set("about", "little", "nothing", "much")

// quantityEvidence head a subject whose object is more often a description
// of the measure than a finding ("the figures show only the wages").
var quantityEvidence = set("statistics", "numbers", "figures", "data", "estimates", "count", "tally", "averages", "average", "census")

// findingNotContent start no finding: "shows no sign of", "found himself",
// "showed off" (nor does "found its way").
var findingNotContent = set("himself", "herself", "themselves", "itself", "off", "signs", "sign", "interest", "support", "respect")

// evidenceOpeningAccepted reports the finding after an opening poll phrase
// ("In the latest Herald poll, 71 percent of voters approved of ...",
// evidenceFrame), accepted by rule at inference only: the frame still
// trains the models as before. On train 13 of its 15 statements match the
// annotation; the accept model rejected a third of the matches.
func (d *doc) evidenceOpeningAccepted(a *attribution) bool {
	if d.training || a.cueText != "in" || a.class != cueBelief || a.cue.s != d.sents[a.sent].s || len(a.content) == 0 {
		return false
	}
	// "In the survey, voters were asked ...": the survey's method, no finding
	c := a.content[0]
	for k := c.s + 1; k < c.e && k < c.s+12; k++ {
		if surveyMethodVerbs.has(d.word(k)) && beForms.has(d.word(k-1)) {
			return false
		}
	}
	return true
}

// surveyMethodVerbs describe how a survey was taken: "voters were asked".
var surveyMethodVerbs = set("asked", "surveyed", "polled", "interviewed", "questioned", "contacted", "sampled")

// endFindingBeforeReason ends the finding of an opening poll phrase before
// a reason that follows it after a comma ("In the Herald poll, Kim had a
// ten-point lead, largely because ..."): the annotation keeps the finding
// alone. At inference only, so the cut model trains on the same contents.
func (d *doc) endFindingBeforeReason(a *attribution) {
	if d.training || a.cueText != "in" || a.class != cueBelief || len(a.content) != 1 {
		return
	}
	c := a.content[0]
	for k := c.s + 3; k < c.e-2; k++ {
		if d.punct(k) != "," || d.inQuote(k) {
			continue
		}
		n := k + 1
		if d.adverbAt(n) || d.word(n) == "partly" || d.word(n) == "mainly" {
			n++
		}
		if d.word(n) == "because" {
			a.content[0].e = k
			return
		}
	}
}

// evidenceFindingAfter reports a clause or an object after the cue at k+1
// (not a finding before it: "..., a study by the council found.").
func (d *doc) evidenceFindingAfter(s sentence, k int) bool {
	return k+2 < s.e && d.tokAt(k+2).kind == tWord
}

// evidenceRelative returns the relative pronoun at k whose antecedent is a
// poll or a record, the subject of a finding: "polls by Gallup that showed
// Kim ahead", "her medical records, which showed she was fit". The
// annotation takes the pronoun as the source. Built at inference only and
// accepted by rule, like the other findings.
func (d *doc) evidenceRelative(s sentence, k int, c cueInfo) rng {
	if d.training || c.lemma != "show" && c.lemma != "find" || c.participle {
		return noRange
	}
	if w := d.word(k); w != "that" && w != "which" || k <= s.s || d.inQuote(k) {
		return noRange
	}
	for j := k - 1; j >= s.s && j > k-6; j-- {
		if d.toks[j].kind != tWord && !(j == k-1 && d.punct(j) == ",") || d.inQuote(j) {
			return noRange
		}
		w := d.word(j)
		if evidenceNouns.has(w) && !visualEvidence.has(w) && !quantityEvidence.has(w) {
			if np := d.npFwd(s.s, k); np.ok() && np.e == j+1 {
				// "The polls that show X at 10 percent have Y ahead": a
				// relative inside the sentence's subject runs on into
				// the main verb
				return noRange
			}
			return rng{k, k + 1}
		}
		if d.evidenceClauseWord(w) {
			return noRange
		}
	}
	return noRange
}

// visualSubjectAtInference reports a subject headed by a plural or a still
// image ("his first videos show ...", "photos showed ..."), which the
// trained evidence nouns lack; at inference only, so training keeps its
// candidates. The accept model scores these frames
// (evidenceFindingAccepted leaves visual evidence to it).
func (d *doc) visualSubjectAtInference(a *attribution) bool {
	return !d.training && a.subj.ok() && !a.inverted && visualEvidence.has(d.word(a.subj.e-1)) && a.subj.e == a.cue.s
}

// visualFindingAccepted reports what a video or a photo shows ("The video
// shows the mayor leaving the hall"), accepted by rule at inference: on
// train all 6 such candidates match the annotation.
func (d *doc) visualFindingAccepted(a *attribution) bool {
	if !d.visualSubjectAtInference(a) || a.class != cueBelief || a.partOf != nil {
		return false
	}
	c := cueInfoOf(d.word(a.cue.s))
	return c.lemma == "show" && !c.participle
}

// evidenceNounPhrase returns the noun phrase ending with the evidence noun
// at j that opens the sentence with a determiner and a few modifiers ("The
// most recent polling"), which the subject finder reads as a verb phrase
// when the noun ends in -ing; noRange otherwise.
func (d *doc) evidenceNounPhrase(s sentence, j int) rng {
	if d.word(j) != "polling" {
		return noRange
	}
	for n := j - 1; n >= s.s && n >= j-4; n-- {
		w := d.word(n)
		if d.toks[n].kind != tWord || d.inQuote(n) || d.evidenceClauseWord(w) {
			return noRange
		}
		if determiners.has(w) && n == s.s {
			return rng{n, j + 1}
		}
	}
	return noRange
}

// onlyBeforeFinding reports "only" or "just" between the cue and the
// finding at fs ("the survey shows only a small gender gap"), which the
// content start skips as an adverb; at inference only.
func (d *doc) onlyBeforeFinding(a *attribution, fs int) bool {
	w := d.word(a.cue.e)
	return !d.training && fs == a.cue.e+1 && (w == "only" || w == "just")
}
