package extract

// Passive stances with their agent: "Lee was rebuked by rivals for the
// plan", "the proposals have been applauded by economists", "Ruiz has
// been attacked on the issue by his rival". As with the passive blame
// cues (passiveForStart), the agent takes the stance and the passive
// subject, with the reason, is the content. The verbs are no cues of
// data/cues.txt; the frames are built at inference only and accepted by
// rule. On the training split each of its 6 finds outside quotations is
// annotated.

// passiveStanceForms are past participles of stance verbs that are no
// cues.
var passiveStanceForms = set("attacked", "rebuked", "berated", "derided", "applauded", "lambasted", "blasted", "chided",
	"scolded", "assailed", "hailed", "lauded", "excoriated", "castigated", "chastised", "ridiculed", "bashed", "skewered")

// passiveStanceConf is the confidence of a rule-accepted passive stance
// (all 6 finds on train are right, few to judge by).
const passiveStanceConf = 0.7

// passiveStanceFrame builds the frame of a passive stance at i: a form of
// "be" before it (past one adverb), its subject before that, and a "by"
// agent right after it or after a short "on" phrase ("attacked on the
// speeches by X"). It returns nil for other words.
func (d *doc) passiveStanceFrame(s sentence, i int, a *attribution) *attribution {
	if d.training || s.para == 0 && s.s == d.sents[0].s || d.inQuote(i) || d.toks[i].upper || !passiveStanceForms.has(d.word(i)) {
		return nil
	}
	b := i - 1
	if d.adverbAt(b) && !beForms.has(d.word(b)) {
		b--
	}
	if !beForms.has(d.word(b)) || d.inQuote(b) {
		return nil
	}
	k := d.skipAuxAdverbsBack(b, s.s)
	if k < s.s || d.toks[k].kind != tWord || d.inQuote(k) {
		return nil
	}
	if !relativeWords.has(d.word(k)) {
		if np := d.npBack(k, s.s); !np.ok() || np.e != k+1 || whWords.has(d.word(k)) || d.word(k) == "it" {
			return nil
		}
	}
	by := i + 1
	if d.word(by) == "on" || d.word(by) == "over" {
		for by = i + 2; by < s.e && by < i+6 && d.toks[by].kind == tWord && !d.inQuote(by) && d.word(by) != "by"; by++ {
		}
	}
	if d.word(by) != "by" || d.inQuote(by) {
		return nil
	}
	if w := d.word(by + 1); timeWords.has(w) || periodWords.has(w) || w == "now" || w == "then" || w == "far" {
		return nil // "by Monday"
	}
	src := d.npFwd(by+1, s.e)
	if !src.ok() || src.e-src.s > 12 || d.inQuote(src.s) {
		return nil
	}
	a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "passive stance", passiveStanceConf, true
	a.subj, a.inverted = src, true
	a.name, a.title = d.apposition(src, s.e)
	a.left, a.right = k+1, src.e
	return a
}

// passiveStanceContent returns the contents of a passive stance: its
// subject (a relative pronoun alone) and, if any, the phrase between the
// verb and "by" and the reason after the agent ("for ...", "of ...", "as
// ..."), up to the end of the clause. It returns false for other frames.
func (d *doc) passiveStanceContent(a *attribution, lo, limit int) bool {
	if !d.isPassiveStance(a) || !a.cue.ok() {
		return false
	}
	a.content = a.content[:0]
	s := d.sents[a.sent]
	k := a.left - 1
	subj := rng{k, k + 1}
	relative := relativeWords.has(d.word(k))
	if !relative {
		subj = d.npBack(k, max(lo, s.s))
		if !subj.ok() || subj.e != k+1 {
			return true
		}
	}
	a.content = append(a.content, subj)
	if d.word(a.cue.s) == "known" {
		if f := a.cue.e; f < limit {
			e := d.clauseAsideEnd(f, limit, relative)
			for j := f + 1; j < e-1; j++ {
				if d.word(j) == "and" && (beForms.has(d.word(j+1)) || auxAdv.has(d.word(j+1))) && !d.inQuote(j) {
					e = j // "known for [X] and is celebrated as Y": a second predicate
					break
				}
			}
			a.content = append(a.content, rng{f, e}) // "known for [her candor]"
		}
		return true
	}
	if p := a.cue.e; d.word(p) != "by" && p < limit {
		e := p
		for e < limit && d.word(e) != "by" {
			e++
		}
		a.content = append(a.content, rng{p, e}) // "attacked [on the speeches] by X"
	}
	if r := a.right; r < limit && (d.word(r) == "for" || d.word(r) == "of" || d.word(r) == "as" || d.word(r) == "over") && !d.inQuote(r) {
		a.content = append(a.content, rng{r, d.clauseAsideEnd(r, limit, relative)})
	}
	return true
}

// isPassiveStance reports a rule-accepted passive stance frame, whose
// contents the cut model leaves as the rule ends them.
func (d *doc) isPassiveStance(a *attribution) bool {
	return !d.training && a.ruleAccepted && a.cueText == "passive stance"
}

// knownForFrame fills a as the reputation of the subject ending at k of a
// passive "known" at i: "Ginsburg is known for her candor", "a firm best
// known for its index funds". The annotation marks the subject with what
// it is known for, without a source. Inference only, rule-accepted (on
// the training split 7 of its 8 statements match at 30%). Sentences with a
// quotation are left out: the quotation's statement would join it.
func (d *doc) knownForFrame(s sentence, k, i int, a *attribution, sawBe bool) bool {
	if d.training || d.word(i) != "known" || d.word(i+1) != "for" || d.inQuote(i) || s.para == 0 {
		return false
	}
	if !sawBe && k == i-1 && d.word(k) == "best" && beForms.has(d.word(k-1)) {
		k = d.skipAuxAdverbsBack(k-1, s.s) // "is best known for"
		sawBe = true
	}
	if !sawBe || k < s.s || d.toks[k].kind != tWord || d.inQuote(k) {
		return false
	}
	for j := i + 2; j < s.e; j++ {
		if d.isQuote(j) {
			return false // "known for X voiced in his demand: “...”": the quotation's own statement
		}
	}
	if w := d.word(i + 2); w == "some" || timeWords.has(w) || periodWords.has(w) || d.inQuote(i+2) || !d.bodyStanceObject(i+2) && !gerundWord(w) {
		return false // "known for some time", "the energy he is known for -"
	}
	if w := d.word(k); w == "it" || !relativeWords.has(w) && whWords.has(w) {
		return false
	}
	if !relativeWords.has(d.word(k)) {
		if np := d.npBack(k, s.s); !np.ok() || np.e != k+1 {
			return false
		}
	}
	a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 2}, cueBelief, "passive stance", passiveStanceConf, true
	a.left, a.right = k+1, i+2
	return true
}
