package extract

// A progressive "was referring to" after its subject names what the
// subject's words were about: "(Lee was referring to the 2006 port deal.)",
// "Ortiz was apparently referring to the mayor". particleCue framed only
// the participle after a comma and "refers to". On train all 4 such
// phrases outside quotations whose subject is a pronoun or a capitalised
// name right before "is" or "was" (an adverb may follow) carry an
// annotated statement with the referent as content; after a modal ("may
// have been referring to") or without its own subject ("but was referring
// to") they are not, so those are left out, as is a stranded "to" ("the
// judge he was referring to is ..."). The frame is built and
// accepted by rule at inference only (attribution.ruleAccepted).

// referringProgressiveConf is the confidence of a rule-accepted reference.
const referringProgressiveConf = 0.7

// referringProgressive reports "is/was (adverb) referring to" at i after a
// subject pronoun or a capitalised name.
func (d *doc) referringProgressive(s sentence, i int) bool {
	if d.training || d.word(i) != "referring" || d.word(i+1) != "to" || d.inQuote(i) {
		return false
	}
	if nx := d.word(i + 2); nx == "" && !d.isQuote(i+2) || beForms.has(nx) || clauseAux.has(nx) {
		return false // "the judge Trump was referring to is ...": the object went before
	}
	k := i - 1
	if d.adverbAt(k) {
		k--
	}
	if w := d.word(k); w != "was" && w != "is" || k-1 < s.s || d.inQuote(k-1) {
		return false
	}
	t := d.tokAt(k - 1)
	if t.kind != tWord || t.lower == "it" || t.lower == "you" || determiners.has(t.lower) {
		return false
	}
	return subjPronouns.has(t.lower) || t.upper && stripPossessive(t.lower) == t.lower
}
