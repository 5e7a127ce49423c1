package extract

import "strings"

// A he or she whose statement follows a sentence about an unnamed person
// ("The striker, 23, has scored 14 goals this season. “I just want to help
// the team,” he said.") is that person: the plain rules read only earlier
// speakers and named persons, so the statement went to no one although the
// nominal subject is the only candidate. The pronoun takes the nominal
// ("striker") when the sentence right before opens with "the", at most two
// lower-case modifiers and a role or local descriptor noun ("the
// 23-year-old striker", "the prime minister") followed by a comma or a
// verb, the article names no person and has no statement before the
// pronoun, and the noun's gender does not contradict the pronoun. Speaker
// names only (refined pass); no train prediction changes (US political copy
// names its speakers). Session 24, hand-written probes.

// nominalSubjectPronoun returns the nominal speaker a he or she at pos
// takes up, if any.
func (r *resolver) nominalSubjectPronoun(p string, pos int) (Speaker, bool) {
	d := r.d
	if uint(pos) >= uint(len(d.toks)) {
		return Speaker{}, false
	}
	for _, h := range r.history {
		if h.cue.s < pos {
			return Speaker{}, false // an earlier statement: the history's rules decide
		}
	}
	if len(r.persons) > 0 && r.persons[0].s < pos {
		return Speaker{}, false // a named person before: personPronoun's
	}
	si := d.sentOf[pos]
	if si == 0 {
		return Speaker{}, false
	}
	prev := d.sents[si-1]
	if prev.para < d.toks[pos].para-1 || d.word(prev.s) != "the" || d.inQuote(prev.s) {
		return Speaker{}, false
	}
	for k := prev.s + 1; k < prev.e && k <= prev.s+3; k++ {
		t := d.tokAt(k)
		if t.kind != tWord || t.upper {
			return Speaker{}, false
		}
		w := t.lower
		if !roleNouns.has(w) && !localDescriptors.has(w) {
			continue // a modifier ("23-year-old", "prime")
		}
		if n := d.tokAt(k + 1); !(d.punct(k+1) == "," || n.kind == tWord && !n.upper && !roleNouns.has(n.lower) && !localDescriptors.has(n.lower)) {
			return Speaker{}, false
		}
		if !pronounGender(p).agrees(roleGender(w)) {
			return Speaker{}, false
		}
		s := k // the modifiers that are no age ("the prime minister", not "23-year-old")
		for s > prev.s+1 && !strings.ContainsAny(d.word(s-1), "0123456789") {
			s--
		}
		name := r.textOf(rng{s, k + 1})
		return Speaker{ID: r.id(name), Name: name, Kind: SpeakerUnknown}, true
	}
	return Speaker{}, false
}
