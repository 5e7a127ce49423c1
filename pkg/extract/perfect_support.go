package extract

// Perfect support: "Clinton has backed a no-fly zone", "Sanders has
// supported stem cell research", "a developer who had supported Senator
// Rubio". The annotation marks a standing support in the perfect as the
// subject's stance far more often than the simple past ("backed",
// "supported" after a subject are 38-50% annotated on train) or the
// present. On the training split 12 of the 15 "has/have/had (also)
// supported/backed" phrases outside quotations are annotated; two of the
// three others stand in a clause reported by a speech verb ("said he has
// supported ..."), whose statement is the speech verb's, so the rule
// leaves out a pronoun subject after a cue or "that" (12 of 13). Like the
// other body stances, the frames are built ("backed") or accepted by rule
// ("supported", a cue whose candidates train as before) at inference only.

// "Has/had (long) opposed X" too (the simple past "opposed" is 61%
// annotated, often an adjective: "those opposed to"): on train 3 of the 3
// perfect phrases with an object outside quotations and reports are
// annotated; a pronoun object is left out (the annotation ends at "it",
// the frame's content runs on) and so is a named subject after "that" or
// a cue (reportedSubject). cv3: all tp +9 fp +0, speech, direct and exact
// unchanged.

// perfectSupportForms take a body stance frame only in the perfect.
var perfectSupportForms = set("supported", "backed", "opposed")

// perfectSupportLeft reports a perfect auxiliary at k ("has", "have",
// "had") before "supported" or "backed" at i, after its subject: no
// negation, modal or infinitive, and no pronoun subject of a reported
// clause ("said he has supported", "that they had backed").
func (d *doc) perfectSupportLeft(s sentence, k, i int) bool {
	if d.training || !perfectSupportForms.has(d.word(i)) || !d.perfectAuxAfterSubject(s, k) {
		return false
	}
	p := d.word(k - 1)
	if subjPronouns.has(p) && k-2 >= s.s {
		if q := d.word(k - 2); q == "that" || cueInfoOf(q).class != 0 {
			return false // "said he has supported ..."
		}
	}
	if d.word(i) == "opposed" && (d.reportedSubject(s, k) || objPronouns.has(d.word(i+1))) {
		return false // "seeking to show that Sanders had opposed a bill"; "have opposed it [on those grounds]" (the annotation ends at the pronoun)
	}
	if p == "who" && d.sourceAside(s, k-2) {
		return false // "..., said Frank Smith, who had backed Rubio"
	}
	return true
}

// sourceAside reports a comma at c that closes the name of a source right
// after a speech verb ("said Frank Smith, who ..."): the relative clause
// that follows is the writer's aside about the source, seldom annotated.
func (d *doc) sourceAside(s sentence, c int) bool {
	if c <= s.s || d.punct(c) != "," {
		return false
	}
	for j := c - 1; j >= s.s && j > c-10; j-- {
		if d.inQuote(j) || d.toks[j].kind != tWord {
			return false
		}
		if d.cueInfoAt(j).class == cueSpeech && !d.toks[j].upper {
			return true
		}
	}
	return false
}

// reportedSubject reports a subject before the auxiliary at k that opens
// a clause after "that" or a cue ("show that Sanders had opposed ...").
func (d *doc) reportedSubject(s sentence, k int) bool {
	j := k - 1
	for j > s.s && j > k-6 && d.tokAt(j).kind == tWord && d.tokAt(j).upper && !d.inQuote(j) {
		j--
	}
	if j == k-1 || j < s.s {
		return false
	}
	w := d.word(j)
	return w == "that" || cueInfoOf(w).class != 0
}
