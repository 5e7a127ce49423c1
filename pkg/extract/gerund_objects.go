package extract

// Object-taking speech verbs as gerunds after a preposition: "won Senate
// races by denouncing the New Deal", "the most aggressive in denouncing
// the mainstream media", "campaigned without mentioning Sanders". The
// clause's subject speaks and the object is the statement, as with "by
// saying that" (gerundPrep) for the clause verbs; "criticized for
// telling" and "the delay in releasing" stay out (no object verb, or
// "for").

var gerundObjectPreps = set("by", "while", "after", "before", "in", "without", "upon")

// gerundObjectPrep returns the preposition before the -ing form of an
// object verb at i whose object follows, or -1.
func (d *doc) gerundObjectPrep(s sentence, i int, c cueInfo) int {
	if !c.participle || !objectVerbs.has(c.lemma) || d.inQuote(i+1) {
		return -1
	}
	if w := d.word(i + 1); !(determiners.has(w) || possessivePronouns.has(w) || objPronouns.has(w) || d.toks[i+1].kind == tWord && d.toks[i+1].upper) {
		return -1
	}
	k := i - 1
	for k > s.s && isAdverb(d.toks[k]) && !d.inQuote(k) {
		k--
	}
	if k < s.s || d.inQuote(k) || !gerundObjectPreps.has(d.word(k)) || d.toks[k].upper && k != s.s {
		return -1 // "Responds To Question By Saying": a headline
	}
	return k
}
