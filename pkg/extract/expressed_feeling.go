package extract

// Expressed feelings: "Ortiz expressed concern that the plan would fail",
// "the mayor expressed support for the tunnel". The noun phrase with what
// follows is the subject's stance, which the annotation marks ("concern
// that the plan would fail"). "Expressed" is no cue: the frames are built
// at inference only and accepted by rule, and only as their sentence's
// first frame ("said and expressed ..." belongs to the statement before).

// expressedFeelingConf is the confidence of a rule-accepted expressed
// feeling: on the training split 32 of the 34 finite "expressed/expresses
// + feeling" phrases outside quotations carry an annotated cue (94%;
// "expressed interest in buying" is left out: an intention, rarely
// marked).
const expressedFeelingConf = 0.75

// expressedFeelings are the nouns of a stance the subject expresses.
var expressedFeelings = set("concern", "concerns", "support", "frustration", "confidence", "alarm", "fear", "fears",
	"sympathy", "optimism", "admiration", "doubt", "doubts", "skepticism", "scepticism", "disappointment", "opposition",
	"regret", "anger", "outrage", "hope", "surprise", "dismay", "reservations", "solidarity", "amusement", "gratitude",
	"shock", "astonishment")

// offeredStances are the nouns of a stance the subject offers ("offered
// praise for"; all 4 such phrases on train are annotated): "offered
// support" is as often help as a stance. "Voiced concern" was measured
// and left out: 7 of its 9 finds annotated, and on cv3 it added speech
// false positives.
var offeredStances = set("praise", "condolences", "apology", "apologies", "criticism", "thanks",
	// statements offered: all 8 such finds on train are annotated
	// ("offered advice", "analysis", "a glimpse", "an explanation" are
	// left out: 4 of their 5 are not; "a defense of X" is annotated with
	// the defended one alone as often as with the whole phrase)
	"assessment", "thoughts", "promise", "response", "address", "descriptions", "description", "slogan",
	"evaluation")

// expressedFeelingCue reports "expressed" (or "offered" with a stance
// noun: "offered praise for X") at i, outside quotations and
// questions, after a word (its subject) and before a feeling noun within
// three words: "expressed (their / deep) concern".
func (d *doc) expressedFeelingCue(s sentence, i int) bool {
	w := d.word(i)
	if d.training || d.inQuote(i) || i == s.s || w != "expressed" && w != "offered" || d.punct(s.e-1) == "?" {
		return false
	}
	if p := d.word(i - 1); p == "" || beForms.has(p) || determiners.has(p) || p == "the" {
		return false // "views expressed", "was expressed", "the expressed"
	}
	for k := i + 1; k < s.e && k <= i+3; k++ {
		t := d.toks[k]
		if t.kind != tWord || d.inQuote(k) {
			return false
		}
		if w != "offered" && expressedFeelings.has(t.lower) || w == "offered" && offeredStances.has(t.lower) {
			return true
		}
	}
	return false
}

// expressedFeelingContentEnd returns the end of an expressed feeling's
// content, which starts right after "expressed", 0 for a frame without its
// subject before it, or -1 for other frames.
func (d *doc) expressedFeelingContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "expressed" || !a.cue.ok() {
		return -1
	}
	if !a.subjectLeads(limit) {
		return 0
	}
	e := d.feelingClauseEnd(a.cue.e, d.clauseAsideEnd(a.cue.e, limit, a.relative || a.subj.ok() && relativeWords.has(d.word(a.subj.e-1))))
	return d.beforeNestedReport(a.cue.e, e)
}

// beforeNestedReport ends a content [s, e) at its last comma before a
// speech cue inside it: "expressed amusement that X, echoing critics who
// have suggested that Y" would hold (and drop, as nested) the critics'
// statement, which the annotation marks on its own.
func (d *doc) beforeNestedReport(s, e int) int {
	comma := -1
	for k := s + 1; k < e; k++ {
		if d.punct(k) == "," && (!d.inQuote(k) || d.isQuote(k+1)) {
			comma = k // also a comma before a closing quotation mark
		} else if c := cueInfoOf(d.word(k)).class; !d.inQuote(k) && d.toks[k].kind == tWord && (c == cueSpeech || c == cueBelief) {
			if comma > s+1 {
				return d.trimEnd(s, comma)
			}
		}
	}
	return e
}

// feelingClauseEnd ends a feeling's content [s, e) before a subordinate
// clause that opens without a comma ("solidarity for her even as he
// alluded to her failings"): the annotation ends the feeling before it.
func (d *doc) feelingClauseEnd(s, e int) int {
	for k := s + 2; k < e; k++ {
		if d.inQuote(k) {
			continue
		}
		w := d.word(k)
		if w == "even" && (d.word(k+1) == "as" || d.word(k+1) == "though" || d.word(k+1) == "if") || w == "although" || w == "whereas" {
			return d.trimEnd(s, k)
		}
	}
	return e
}
