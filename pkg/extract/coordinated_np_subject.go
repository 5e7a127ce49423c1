package extract

// coordinatedNounSubject reports "and" at b closing a short noun phrase
// that opens the content of a speech or belief cue ("said the city and the
// state agreed to ...", "said that his polls and other research show ..."):
// the frame after "and" has the coordinated phrase as its subject and sits
// inside the content rather than starting a clause of its own.
func (d *doc) coordinatedNounSubject(b int) bool {
	p, n := b-1, 0
	for ; p >= 0 && n < 6; p-- {
		t := d.toks[p]
		if t.kind != tWord || d.inQuote(p) {
			return false
		}
		w := t.lower
		if w == "that" && n > 0 {
			p--
			break
		}
		if _, cue := cueOf(w); cue && n > 0 {
			break
		}
		if npStop.has(w) || clauseAux.has(w) || beForms.has(w) || timeWords.has(w) || finiteVerb(w) || isAdverb(t) {
			return false
		}
		n++
	}
	if n == 0 || p < 0 {
		return false
	}
	c, ok := cueOf(d.word(p))
	if !ok {
		return d.cueBeforeAdjunct(p) // "said in a statement that X and Y had agreed" (adjunct_that_subject.go)
	}
	return !c.participle && (clauseVerbs.has(c.lemma) || clauseBeliefs.has(c.lemma))
}

// clauseBeliefs are belief cues that take a clause ("think the city and
// the state will ..."), unlike "support Sanders and ...".
var clauseBeliefs = set("think", "believe", "show", "find", "expect")

// irregularPasts are past tenses without "-ed" that pastVerbs lacks; with
// pastVerbs they end a sentence's subject ("The senator drew a contrast,
// saying ...").
var irregularPasts = set("drew", "struck", "hit", "sat", "shot", "fought", "caught", "swore",
	"forgot", "hid", "fled", "dealt", "hung", "laid", "lent", "rode", "rang", "sang", "shook",
	"slept", "stuck", "stole", "swept", "swung", "wept", "woke", "withdrew", "blew", "flew",
	"froze", "ate", "beat", "bit", "bore", "tore", "wore", "overcame", "undertook", "upheld",
	"sold", "heard", "bent", "lit", "fed", "dug")

// subjectEndingPast reports a lower-case past tense that ends a subject
// noun phrase scanned forwards.
func subjectEndingPast(w string) bool {
	return pastVerbs.has(w) || irregularPasts.has(w)
}
