package extract

import "strings"

// Adjective stances after a finite "be": "Trump was critical of Obama's
// leadership", "These voters are skeptical of free trade", "Democratic
// leaders are worried about X", "his advisers were optimistic that he
// would win". The adjective's object (or its that-clause) is the
// subject's stance, which the annotation marks. The perfect "has been
// critical of" is neg_stance.go's standing stance; a perfect with an
// adverb ("have long been concerned that", "has been acutely aware that")
// or an adjective it lacks ("have been outraged by") is this rule's. A
// copula other than "be" links them too ("his donors remain confident
// that", "Rubio seemed hopeful that": 13 of 15 such phrases outside
// reports annotated on train). The frames are built at inference only and
// accepted by rule (attribution.ruleAccepted).
//
// On train (held-out predictions of cross-validation) 35 of the rule's 37
// finds match an annotated statement; the two others are an object whose
// apposition the annotation keeps ("was concerned about her daughter, a
// student at ...") and a clause inside a writer's paraphrase. Left out:
// "proud of" (0 of 2: "The Swiss are fiercely proud of X"), "opposed to"
// (0 of 3, all in reports or relatives), "upset by" (the object runs past
// a time phrase), "aware of" (0 of 1; "aware that" 2 of 2), any "be" in
// another report's content ("said he was confident that": 1 annotated in
// 4) or after "whether" or "if", and "it" as subject ("it is critical
// to"). cv3: all tp +105 fp +6, speech tp +3 fp +0, direct unchanged.

// beAdjectiveConf is the confidence of a rule-accepted adjective stance.
const beAdjectiveConf = 0.7

// beAdjectivePreps gives, per adjective, the words that may open its
// object: a preposition, or "that" for a clause.
var beAdjectivePreps = map[string]wordSet{
	"critical":     set("of"),
	"skeptical":    set("of", "about"),
	"sceptical":    set("of", "about"),
	"supportive":   set("of"),
	"wary":         set("of"),
	"worried":      set("about", "that"),
	"concerned":    set("about", "that"),
	"confident":    set("in", "that", "about"),
	"optimistic":   set("about", "that"),
	"hopeful":      set("about", "that"),
	"furious":      set("at", "about", "with", "over"),
	"angry":        set("at", "about", "with", "over"),
	"troubled":     set("by"),
	"aware":        set("that"),
	"fond":         set("of"),
	"outraged":     set("by", "at", "over"),
	"dismissive":   set("of"),
	"sympathetic":  set("to", "toward", "towards"),
	"enthusiastic": set("about"),
	"frustrated":   set("with", "by", "that"),
	"disappointed": set("in", "with", "by"),
	"nervous":      set("about"),
	"pessimistic":  set("about", "that"),
	"doubtful":     set("that", "about"),
	"hostile":      set("to", "toward", "towards"),
}

// beAdjectiveCopulas link an adjective stance as "be" does: "his donors
// remain confident that", "Rubio seemed hopeful that", "allies are growing
// increasingly frustrated that".
var beAdjectiveCopulas = set("remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared",
	"become", "becomes", "became", "grew", "grow", "grows", "growing", "grown")

var beAdjectiveForms = func() wordSet {
	var ws []string
	for w := range beAdjectivePreps {
		ws = append(ws, w)
	}
	return set(ws...)
}()

// beAdjectiveCue returns the start and end of an adjective stance's cue at
// i ("was [critical of]", "are [worried] that", "[remain confident] that"),
// or -1, -1: a finite "be" before the
// adjective, past at most one adverb, its preposition and an object (or
// "that" and a clause) after it, outside the headline, quotations,
// questions and other statements' contents.
func (d *doc) beAdjectiveCue(s sentence, i int) (int, int) {
	if d.training || s.para == 0 && s.s == d.sents[0].s || d.inQuote(i) || d.toks[i].upper || d.punct(s.e-1) == "?" {
		return -1, -1
	}
	preps, ok := beAdjectivePreps[d.word(i)]
	if !ok {
		return -1, -1
	}
	b := i - 1
	if w := d.word(b); (w == "also" || w == "still" || w == "very" || w == "more" || w == "so" || w == "not" || d.adverbAt(b)) && !d.inQuote(b) {
		b--
	}
	cs := i
	if beAdjectiveCopulas.has(d.word(b)) {
		cs = b // the copula is the cue's: "[remain confident] that"
	}
	switch w := d.word(b); {
	case w == "is", w == "was", w == "are", w == "were", w == "am", beAdjectiveCopulas.has(w):
	case w == "been" && !d.inQuote(b) && (auxAdv.has(d.word(b-1)) || d.adverbAt(b-1)):
	case pronounContraction(w) && !strings.HasPrefix(w, "it") && (strings.HasSuffix(w, "re") || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "m")):
		b++ // "they're": the subject and its verb
	default:
		return -1, -1
	}
	if d.reportedBefore(s, b, true) {
		return -1, -1 // inside a report: "said he was confident that"
	}
	if d.word(b) == "been" {
		if cs, _ := d.standingStanceCue(s, i); cs >= 0 {
			return -1, -1 // "has been critical of X" (neg_stance.go)
		}
	}
	e := i + 1
	p := d.word(e)
	if !preps.has(p) || d.inQuote(e) {
		return -1, -1
	}
	if p == "that" {
		if e+2 >= s.e || clauseAux.has(d.word(e+1)) || d.inQuote(e+1) {
			return -1, -1
		}
		return cs, e // the content opens with "that"
	}
	if !d.bodyStanceObject(e+1) && !whWords.has(d.word(e+1)) && !gerundWord(d.word(e+1)) {
		return -1, -1
	}
	return cs, e + 1
}

// beAdjectiveContentEnd returns the end of an adjective stance's content,
// which starts right after its cue; 0 for a frame without its subject
// right before it; -1 for other frames.
func (d *doc) beAdjectiveContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "be stance" || !a.cue.ok() {
		return -1
	}
	if !a.subj.ok() || a.inverted || a.partOf != nil || a.subj.e > a.cue.s || a.cue.e >= limit {
		return 0
	}
	if w := d.word(a.subj.s); w == "it" || w == "not" || d.word(a.subj.s-1) == "not" {
		return 0
	}
	if d.word(a.cue.e) == "that" {
		e := d.clauseAsideEnd(a.cue.e, limit, false)
		return d.subordinateClauseEnd(a.cue.e, d.beforeNestedReport(a.cue.e, e))
	}
	return d.trimEnd(a.cue.e, d.stanceObjectEnd(rng{a.cue.e, limit}))
}

// beAdjectiveStarts reports an adjective stance at i (beAdjectiveCue).
func (d *doc) beAdjectiveStarts(s sentence, i int) bool {
	cs, _ := d.beAdjectiveCue(s, i)
	return cs >= 0
}
