package extract

// Negated and standing stances: "Cruz did not apologize for his remarks",
// "the senator did not rule out a meeting", "Republicans have been critical
// of the deal", "the magazine has been outspoken in its opposition to the
// plan". The annotation marks the object as the subject's stance (a belief,
// not speech: no verb of data/cues.txt's speech class). The frames are
// built at inference only and accepted by rule (attribution.ruleAccepted),
// so the models train on the same candidates with or without them.

// negStanceForms are bare verbs whose negation ("did not apologize for X",
// "has not spelled out X") keeps the object as a stance. "Endorse" and
// "back" are left out: on train most of their negated finds ("the union
// didn't endorse a candidate") are not annotated; so is "rule out" (one of
// its two finds: "did not rule out" a policy is often the writer's).
var negStanceForms = set("apologize", "apologise", "apologized", "apologised", "blame", "blamed", "rebut", "rebutted",
	"discuss", "discussed", "spell", "spelled", "spelt")

// standingStanceAdjectives after a perfect "been" take their object as the
// subject's stance: "has been critical of X", "have been sympathetic to X".
var standingStanceAdjectives = set("critical", "supportive", "sympathetic", "outspoken", "vocal", "cagey", "unsparing", "dismissive")

// desireAdjectives after a form of "be" take an infinitive as the
// subject's stance: "Lee is eager to debate", "aides were hesitant to
// reveal the plan". "Determined" and "loath" are left out (most of their
// finds on train are not annotated), so is "reluctant" (2 of its 4 finds
// on train are right: the annotation often takes its verb into the cue,
// "was reluctant to endorse [X]").
var desireAdjectives = set("eager", "hesitant")

// negStanceConf is the confidence of a rule-accepted negated or standing
// stance: on the training split all 18 of its finds match a statement at
// 30% (few, and the shapes were chosen there); it stays below the surest
// rules' and yields to a surer overlapping statement.
const negStanceConf = 0.7

// negStanceCue returns the end of a negated stance's cue at i ("did not
// [apologize for]", "did not [rule out]"), or -1: outside the headline
// and quotations, negated by an auxiliary, its object after the cue.
func (d *doc) negStanceCue(s sentence, i int) int {
	if d.training || s.para == 0 && s.s == d.sents[0].s || d.inQuote(i) || d.toks[i].upper || !negStanceForms.has(d.word(i)) || !d.negatedAt(i) {
		return -1
	}
	if p := d.word(i - 1); p == "to" || p == "never" {
		return -1 // "refused to apologize", "never discussed": no negation of this shape
	}
	e := i + 1
	switch d.word(i)[:3] {
	case "spe":
		if d.word(e) != "out" || d.inQuote(e) {
			return -1 // "spell out"
		}
		e++
	case "apo":
		if d.word(e) != "for" || d.inQuote(e) {
			return -1
		}
		e++
	}
	if d.word(i)[:3] == "dis" && whWords.has(d.word(e)) && !d.inQuote(e) {
		return e // "did not discuss how ..."
	}
	if !d.bodyStanceObject(e) {
		return -1
	}
	return e
}

// standingStanceCue returns the start and end of a standing stance's cue
// at i ("have been [critical of]", "has been [particularly outspoken
// on]"), or -1, -1: a perfect "been" before the adjective, past at most one adverb, a
// preposition and an object after it.
func (d *doc) standingStanceCue(s sentence, i int) (int, int) {
	if d.training || s.para == 0 && s.s == d.sents[0].s || d.inQuote(i) || d.toks[i].upper || !standingStanceAdjectives.has(d.word(i)) && !desireAdjectives.has(d.word(i)) {
		return -1, -1
	}
	b := i - 1
	if w := d.word(b); w == "very" || d.adverbAt(b) && !d.inQuote(b) {
		b--
	}
	if desireAdjectives.has(d.word(i)) {
		return d.desireCue(s, i, b)
	}
	if d.word(b) != "been" || d.inQuote(b) {
		return -1, -1
	}
	if p := d.word(b - 1); p != "has" && p != "have" && p != "had" && p != "'ve" && p != "’ve" {
		return -1, -1
	}
	e := i + 1
	switch d.word(e) {
	case "of", "to", "about", "in", "on":
	default:
		return -1, -1
	}
	if d.inQuote(e) || !d.bodyStanceObject(e+1) && !whWords.has(d.word(e+1)) && !gerundWord(d.word(e+1)) {
		return -1, -1
	}
	for k := e + 1; k < s.e; k++ {
		if d.word(k) == "according" && !d.inQuote(k) {
			return -1, -1 // "..., according to the paper": the paper's report
		}
	}
	return b + 1, e + 1
}

// negStanceFrame reports a rule-accepted negated or standing stance frame,
// whose content the cut model leaves as the rule ends it.
func (d *doc) negStanceFrame(a *attribution) bool {
	return !d.training && a.ruleAccepted && a.cueText == "neg stance"
}

// negStanceContentEnd returns the end of a negated or standing stance's
// content, which starts right after its cue; 0 for a frame without a
// subject right before it (no statement); -1 for other frames. Any subject
// is taken ("the answer did not rebut X", "the publication has been
// outspoken in X"): on train each such find is annotated. The
// object ends with its clause (stanceObjectEnd).
func (d *doc) negStanceContentEnd(a *attribution, limit int) int {
	if !d.negStanceFrame(a) || !a.cue.ok() {
		return -1
	}
	if !a.subj.ok() || a.inverted || a.partOf != nil || a.subj.e > a.cue.s || a.cue.e >= limit {
		return 0
	}
	if d.word(a.subj.s) == "not" || d.word(a.subj.s-1) == "not" {
		return 0 // "Not all delegates are eager to ...": whose stance is left open
	}
	if relativeWords.has(d.word(a.subj.s)) && d.punct(a.subj.s-1) != "," {
		return 0 // a restrictive relative describes its noun: "a host who has been critical of X"
	}
	for k := max(a.subj.s-3, d.sents[a.sent].s); k < a.subj.s; k++ {
		if c := cueInfoOf(d.word(k)).class; (c == cueSpeech || c == cueTell) && !d.inQuote(k) {
			return 0 // the content of another report: "told aides he had not ruled out X"
		}
	}
	e := d.stanceObjectEnd(rng{a.cue.e, limit})
	if e < limit && d.punct(e) == "," && d.word(e+1) == "that" && !d.inQuote(e) {
		e = d.clauseAsideEnd(e+1, limit, false) // "did not rebut her point, that the plan ...": the point's content
	}
	for k := a.cue.e + 1; k < e; k++ {
		if w := d.word(k); (w == "as" || w == "but") && !d.inQuote(k) {
			e = k // "outspoken on the issue [as he campaigns ...]"
			break
		}
	}
	return d.trimEnd(a.cue.e, e)
}

// negStanceContentStart skips a possessive noun of criticism that opens a
// standing stance's object: "unsparing in their criticism of [X]" (the
// annotation takes the noun into the cue).
func (d *doc) negStanceContentStart(a *attribution, e int) int {
	s := a.cue.e
	if possessiveDeterminers.has(d.word(s)) && (d.word(s+1) == "criticism" || d.word(s+1) == "criticisms") && d.word(s+2) == "of" && s+3 < e {
		return s + 3
	}
	return s
}

var possessiveDeterminers = set("his", "her", "its", "their", "our")

// desireCue returns the cue of a desire adjective at i after a form of
// "be" at b ("is [eager to]", "were [more reluctant to]"), ending before
// its infinitive, or -1, -1.
func (d *doc) desireCue(s sentence, i, b int) (int, int) {
	if !beForms.has(d.word(b)) && d.word(b) != "more" && d.word(b) != "so" || d.inQuote(b) {
		return -1, -1
	}
	if d.word(b) == "more" || d.word(b) == "so" {
		if !beForms.has(d.word(b - 1)) {
			return -1, -1
		}
		b-- // the cue holds the degree word: "were [more reluctant to]"
	}
	v := d.tokAt(i + 2)
	if d.word(i+1) != "to" || d.inQuote(i+1) || i+2 >= s.e || v.kind != tWord || v.upper || determiners.has(v.lower) {
		return -1, -1
	}
	return b + 1, i + 1
}
