package extract

// Time phrases took the speaker's place. "Trump at the time said",
// "Beck, who has in the past described ...", "Gore's friends have in the
// past said", "Lee in recent days has said": the subject finder stopped at
// the preposition and took the time for the speaker ("the time", "the
// past"). And a participle continuing a sentence that opens with a time
// phrase, "Hours later, Trump returned the compliment, telling Reuters
// ...", "The day before, at a rally, Mr. Trump was just as blunt,
// claiming ...", took the time phrase for the sentence's subject ("Hours",
// "The day"). At inference the mention and the speaker (refined pass) are
// the noun phrase before the preposition (over an auxiliary), or the
// subject after the introductory time phrase (subjectAfterIntroFrom); the
// frames keep the subjects the accept model was trained with (changing
// them before the model kept one more unannotated statement on cv3v).
// Session 23: design documents, 7 wrong speakers of this kind over the
// three held-out seeds.

// timeAdjunctNouns are the heads of a time phrase after a preposition.
var timeAdjunctNouns = set("time", "past", "days", "weeks", "months", "years", "decades", "moment",
	"meantime", "meanwhile", "interim", "end", "recent", "hours", "minutes", "interviews")

// timeAdjunctPreps open a time phrase between a subject and its verb.
var timeAdjunctPreps = set("at", "in", "for", "over", "during", "since", "within")

// timeAdjunctOwner returns the subject before the time phrase that frame
// a's subject finder took for its subject ("Trump" of "Trump at the time
// said"), or noRange. Inference only.
func (d *doc) timeAdjunctOwner(a *attribution) rng {
	if d.training || !a.subj.ok() || a.inverted || a.subj.e > a.cue.s || a.subj.e-a.subj.s > 3 {
		return noRange
	}
	p := a.subj.s - 1
	if !timeAdjunctPreps.has(d.word(p)) || d.inQuote(p) || !timeAdjunctNouns.has(d.word(a.subj.e-1)) {
		return noRange
	}
	for k := a.subj.s; k < a.subj.e; k++ {
		if w := d.word(k); !(determiners.has(w) || w == "the" || w == "recent" || w == "past" || w == "few" || timeAdjunctNouns.has(w)) {
			return noRange
		}
	}
	return d.subjectBeforeVerb(p, a.sent) // over "has" of "who has in the past described"
}

// timeIntroOwner returns the subject after a time phrase that opens the
// sentence of a participle frame whose subject is that phrase ("Trump" of
// "Hours later, Trump returned the compliment, telling ..."), or noRange.
// Inference only.
func (d *doc) timeIntroOwner(a *attribution) rng {
	if d.training || !a.subj.ok() || a.inverted || a.partOf != nil || !d.cueInfoAt(a.cue.s).participle {
		return noRange
	}
	s := d.sents[a.sent]
	st := s.s
	for st < a.subj.s && discourse.has(d.word(st)) {
		st++
	}
	if a.subj.s != st {
		return noRange
	}
	c := d.timeIntroEnd(st, a.cue.s)
	if c < a.subj.e-1 {
		return noRange
	}
	np := d.subjectAfterIntroFrom(a.sent, c+1, a.left)
	if !np.ok() || np.e > a.cue.s {
		return noRange
	}
	return np
}

// timeIntroEnd returns the comma after a time phrase that opens a sentence
// at st ("Hours later,", "The day before,", "Two weeks ago,", "Moments
// after,"), or -1.
func (d *doc) timeIntroEnd(st, k int) int {
	for x := st; x < k && x < st+5; x++ {
		w := d.word(x)
		switch {
		case w == "later" || w == "earlier" || w == "before" || w == "after" || w == "ago":
			if x > st && d.punct(x+1) == "," {
				return x + 1
			}
			return -1
		case determiners.has(w) || w == "the" || isNumber(w) || numberWords.has(w) || timeAdjunctNouns.has(w) || periodWords.has(w) || w == "day" || w == "hour" || w == "minute" || w == "moments" || w == "nights" || w == "mornings":
		default:
			return -1
		}
	}
	return -1
}
